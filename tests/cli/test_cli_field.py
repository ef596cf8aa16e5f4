"""studio-app field …: the round trip from the command line, the passphrase from the
environment, each refusal in Chinese with its exit code, and the viewer refused."""

from __future__ import annotations

import json
import shutil

import pytest

from studio_app.base.enums import Role
from studio_app.cli import main
from studio_app.core.field import sealed
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.migrate import open_database


@pytest.fixture
def office(tmp_path, sqlite_template, monkeypatch):
    monkeypatch.setattr(sealed, "SCRYPT_N", 2**10)
    monkeypatch.setenv("STUDIO_PACKAGE_PASSPHRASE", "村里没有网络")
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = open_database(path)
    Services(database).studios.create(StudioInput(name="城关镇委员工作室"))
    Services(database).requests.register(RequestInput(content="村道积水", anonymous=True))
    database.close()
    return path


def test_the_round_trip_from_the_command_line(office, tmp_path, capsys):
    pkg, laptop, back = tmp_path / "p.pkg", tmp_path / "laptop.sqlite3", tmp_path / "b.back"
    assert main(["field", "export", "--out", str(pkg), "--db", str(office)]) == 0
    assert "诉求 1 条" in capsys.readouterr().out
    assert main(["field", "export", "--out", str(tmp_path / "2.pkg"), "--db", str(office)]) != 0
    assert "已有一个外出工作包没有带回" in capsys.readouterr().err
    assert main(["field", "open", str(pkg), "--db", str(laptop)]) == 0
    database = open_database(laptop)
    number = (
        Services(database).requests.register(RequestInput(content="路灯", anonymous=True)).number
    )
    database.close()
    assert number.startswith("临")
    assert main(["field", "return", "--db", str(laptop), "--out", str(back)]) == 0
    capsys.readouterr()
    assert main(["field", "import", str(back), "--dry-run", "--json", "--db", str(office)]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["renumbered"][0][0] == number
    assert main(["field", "import", str(back), "--db", str(office)]) == 0
    out = capsys.readouterr().out
    assert f"临时编号 {number} → 正式编号" in out and "-0002" in out
    assert main(["field", "import", str(back), "--db", str(office)]) != 0
    assert "导入过" in capsys.readouterr().err
    assert main(["field", "conflicts", "--json", "--db", str(office)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_viewer_may_not_take_the_studio_out(office, tmp_path, capsys, monkeypatch):
    database = open_database(office)
    services = Services(database)
    admin = services.access.create_first_admin("admin", "管理员", "admin-pass-1")
    services.access.add_user(admin, "look", "查看者", Role.VIEWER, "look-pass-1")
    database.close()
    monkeypatch.setenv("STUDIO_USER", "look")
    monkeypatch.setenv("STUDIO_PASSWORD", "look-pass-1")
    assert main(["field", "export", "--out", str(tmp_path / "p.pkg"), "--db", str(office)]) != 0
    assert "使用外出工作包" in capsys.readouterr().err
    assert not (tmp_path / "p.pkg").exists()
