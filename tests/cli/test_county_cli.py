"""``studio-app county overview`` and ``county overdue``: the county's reports at the terminal,
for the county's users only once logins are set up."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import pytest

from studio_app.base.enums import Role
from studio_app.cli import main
from studio_app.cli_county import as_of
from studio_app.cli_errors import REFUSED as EXIT_REFUSED
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.migrate import open_database

PHONE = "13812345678"


@pytest.fixture
def db_file(tmp_path, monkeypatch):
    """Two studios; 河西 has one request, registered 30 days ago and never assigned."""
    monkeypatch.delenv("STUDIO_USER", raising=False)
    monkeypatch.delenv("STUDIO_PASSWORD", raising=False)
    path = tmp_path / "county.sqlite3"
    services = Services(open_database(path))
    services.studios.create(StudioInput(name="城关"))
    hexi = services.studios.create(StudioInput(name="河西"))
    services.use_studio(hexi.id)
    at = datetime.combine(date.today() - timedelta(days=30), time(9)).astimezone()
    services.requests.register(
        RequestInput(content="村道坑洼", category="交通", visitor_name="李四",
                     visitor_phone=PHONE, studio_id=hexi.id), at=at,
    )  # fmt: skip
    services.db.close()
    return path


def test_overview_and_overdue_as_json_and_text(db_file, capsys):
    assert main(["county", "overview", "--json", "--db", str(db_file)]) == 0
    report = json.loads(capsys.readouterr().out)
    year = report["year"]
    assert [s["name"] for s in year["studios"]] == ["城关", "河西"]
    this_year = int((date.today() - timedelta(days=30)).year == date.today().year)
    assert [s["requests"] for s in year["studios"]] == [0, this_year]
    assert year["total"]["overdue"] == year["studios"][1]["overdue"]
    assert year["total"]["rates"]["assign_on_time"]["denominator"] in (0, 1)

    assert main(["county", "overdue", "--json", "--db", str(db_file)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["studio"], r["category"], r["stage"]) for r in rows] == [("河西", "交通", "交办")]
    assert rows[0]["days_late"] > 15

    assert main(["county", "overdue", "--db", str(db_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("河西  ") and "应于" in out and PHONE not in out
    assert main(["county", "overview", "--db", str(db_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("本月（") and lines[1].startswith("工作室\t接待日次数\t来访人数")
    assert any(line.startswith("全县合计\t") for line in lines)


def test_a_past_year_is_counted_to_its_end():
    assert as_of(2025, date(2026, 3, 4)) == date(2025, 12, 31)
    assert as_of(None, date(2026, 3, 4)) == as_of(2026, date(2026, 3, 4)) == date(2026, 3, 4)


def test_only_the_county_office_may(db_file, monkeypatch, capsys):
    services = Services(open_database(db_file))
    hexi = next(s for s in services.studios.list() if s.name == "河西")
    admin = services.access.create_first_admin("county", "", "county-2026", role=Role.COUNTY_ADMIN)
    services.access.add_user(admin, "hexi", "", Role.ADMIN, "hexi-2026", studio_id=hexi.id)
    services.db.close()
    monkeypatch.setenv("STUDIO_USER", "hexi")
    monkeypatch.setenv("STUDIO_PASSWORD", "hexi-2026")
    assert main(["county", "overdue", "--db", str(db_file)]) == EXIT_REFUSED
    assert "全县概览" in capsys.readouterr().err
    monkeypatch.setenv("STUDIO_USER", "county")
    monkeypatch.setenv("STUDIO_PASSWORD", "county-2026")
    assert main(["county", "overdue", "--json", "--db", str(db_file)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_the_county_lists_adds_closes_and_reopens_studios(db_file, monkeypatch, capsys):
    def listed() -> list[tuple[str, bool]]:
        assert main(["studios", "list", "--json", "--db", str(db_file)]) == 0
        return [(s["name"], s["closed"]) for s in json.loads(capsys.readouterr().out)]

    assert listed() == [("城关", False), ("河西", False)]
    assert (
        main(["studios", "add", "新设委员工作室", "--township", "新设镇", "--db", str(db_file)])
        == 0
    )
    assert "已新增“新设委员工作室”" in capsys.readouterr().out
    assert main(["studios", "close", "河西", "--db", str(db_file)]) == 0
    assert "已撤销“河西”" in capsys.readouterr().out
    assert listed() == [("城关", False), ("新设委员工作室", False), ("河西", True)]
    assert main(["studios", "list", "--db", str(db_file)]) == 0
    assert "河西\t\t\t已撤销\t" in capsys.readouterr().out
    assert main(["studios", "reopen", "河西", "--db", str(db_file)]) == 0
    assert "已恢复“河西”" in capsys.readouterr().out
    assert listed() == [("城关", False), ("河西", False), ("新设委员工作室", False)]

    services = Services(open_database(db_file))
    admin = services.access.create_first_admin("county", "", "county-2026", role=Role.COUNTY_ADMIN)
    hexi = services.studios.find("河西")
    services.access.add_user(admin, "hexi", "", Role.ADMIN, "hexi-2026", studio_id=hexi)
    services.db.close()
    monkeypatch.setenv("STUDIO_USER", "hexi")
    monkeypatch.setenv("STUDIO_PASSWORD", "hexi-2026")
    assert main(["studios", "close", "城关", "--db", str(db_file)]) != 0  # not their studio
    assert main(["studios", "close", "河西", "--db", str(db_file)]) == EXIT_REFUSED
    assert "管理工作室" in capsys.readouterr().err
