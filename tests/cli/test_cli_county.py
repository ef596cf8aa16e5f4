"""The command line on a county database: a studio's user signs in and sees their studio only;
a county user names a studio with --studio (or STUDIO_STUDIO) or sees the whole county; a
studio's user cannot name another studio."""

from __future__ import annotations

import openpyxl
import pytest

from studio_app.base.enums import Role
from studio_app.cli import main
from studio_app.core.households import HouseholdInput
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.storage.migrate import open_database


@pytest.fixture
def county_file(tmp_path, monkeypatch):
    """Two studios with a household each, a county admin and a coordinator of 城关."""
    for name in ("STUDIO_USER", "STUDIO_PASSWORD", "STUDIO_STUDIO"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "county.sqlite3"
    services = Services(open_database(path))
    studios = {}
    for studio, head in (("城关委员工作室", "东关户主"), ("河湾委员工作室", "西岔户主")):
        studios[studio] = services.studios.create(StudioInput(name=studio)).id
        services.use_studio(studios[studio])
        services.households.create(HouseholdInput(head_name=head))
    admin = services.access.create_first_admin("county", "", "guanli-2026", role=Role.COUNTY_ADMIN)
    services.access.add_user(admin, "zhang", "", Role.COORDINATOR, "lianluo-2026",
                             studio_id=studios["城关委员工作室"])  # fmt: skip
    services.db.close()
    return path


def _heads(path) -> set[str]:
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if "户主姓名" in r)
    column = rows[header].index("户主姓名")
    return {row[column] for row in rows[header + 1 :] if row[column]}


def _export(db, out, *extra) -> int:
    return main(["export", "households", str(out), "--db", str(db), *extra])


def test_each_user_exports_what_their_studio_holds(county_file, tmp_path, monkeypatch, capsys):
    out = tmp_path / "x.xlsx"
    monkeypatch.setenv("STUDIO_USER", "zhang")
    monkeypatch.setenv("STUDIO_PASSWORD", "lianluo-2026")
    assert _export(county_file, out) == 0
    assert _heads(out) == {"东关户主"}
    assert _export(county_file, out, "--studio", "河湾") != 0
    assert "只能在自己的工作室" in capsys.readouterr().err
    monkeypatch.setenv("STUDIO_USER", "county")
    monkeypatch.setenv("STUDIO_PASSWORD", "guanli-2026")
    assert _export(county_file, out) == 0
    assert _heads(out) == {"东关户主", "西岔户主"}  # the whole county
    assert _export(county_file, out, "--studio", "河湾") == 0
    assert _heads(out) == {"西岔户主"}
    monkeypatch.setenv("STUDIO_STUDIO", "城关")
    assert _export(county_file, out) == 0
    assert _heads(out) == {"东关户主"}
    assert _export(county_file, out, "--studio", "委员工作室") != 0  # names both
    assert "不止一个" in capsys.readouterr().err
