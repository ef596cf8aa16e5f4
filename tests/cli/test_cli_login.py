"""The command line obeys logins and roles as the window does (issue 14).

With logins set up, every command that reads or changes records signs a user in, from the
terminal or from STUDIO_USER / STUDIO_PASSWORD, and refuses at once with no terminal and no
user; the role decides; refusals, wrong passwords and the acts themselves are in the audit log.
"""

from __future__ import annotations

import openpyxl
import pytest

from studio_app.base.enums import AuditAction, Role
from studio_app.cli import main
from studio_app.cli_errors import REFUSED as EXIT_REFUSED
from studio_app.cli_login import SignInRequired, sign_in
from studio_app.core.audit import AuditService
from studio_app.core.households import HouseholdInput
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database

PHONE, ID_NUMBER = "13812345678", "11010519491231002X"


@pytest.fixture
def db_file(tmp_path, monkeypatch):
    """A database with logins set up (an administrator and a coordinator) and one household."""
    monkeypatch.delenv("STUDIO_USER", raising=False)
    monkeypatch.delenv("STUDIO_PASSWORD", raising=False)
    path = tmp_path / "studio.sqlite3"
    services = Services(open_database(path))
    services.households.create(HouseholdInput(head_name="李堃", phone=PHONE, id_number=ID_NUMBER))
    admin = services.access.create_first_admin("admin", "王管理", "guanli-2026")
    services.access.add_user(admin, "lianluo", "", Role.COORDINATOR, "lianluo-2026")
    services.db.close()
    return path


def _log(path) -> list[tuple[str, AuditAction, str]]:
    database = open_database(path)
    try:
        return [(e.username, e.action, e.detail) for e in reversed(AuditService(database).list())]
    finally:
        database.close()


def _as(monkeypatch, user: str, password: str) -> None:
    monkeypatch.setenv("STUDIO_USER", user)
    monkeypatch.setenv("STUDIO_PASSWORD", password)


def _cells(path) -> list[str]:
    return [str(c.value) for row in openpyxl.load_workbook(path).active.iter_rows() for c in row]


def test_with_no_terminal_and_no_user_it_refuses_at_once(db_file, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert main(["export", "households", str(out), "--db", str(db_file)]) == EXIT_REFUSED
    error = capsys.readouterr().err
    assert "已设置登录" in error and "STUDIO_USER" in error
    assert not out.exists()


def test_a_script_signs_in_from_the_environment_and_its_role_decides(
    db_file, tmp_path, capsys, monkeypatch
):
    full, masked = tmp_path / "full.xlsx", tmp_path / "masked.xlsx"
    _as(monkeypatch, "lianluo", "lianluo-2026")
    assert main(["export", "households", str(full), "--unmasked", "--db", str(db_file)]) == (
        EXIT_REFUSED
    )
    assert "您的身份是“联络员”，不能导出不隐去号码的表格" in capsys.readouterr().err
    assert not full.exists()
    assert main(["export", "households", str(masked), "--db", str(db_file)]) == 0
    assert PHONE not in _cells(masked) and "138****5678" in _cells(masked)

    _as(monkeypatch, "admin", "guanli-2026")
    assert main(["export", "households", str(full), "--unmasked", "--db", str(db_file)]) == 0
    assert PHONE in _cells(full) and ID_NUMBER in _cells(full)
    log = _log(db_file)
    assert ("lianluo", AuditAction.REFUSED, "不能导出不隐去号码的表格") in log
    assert log[-2:] == [("admin", AuditAction.LOGIN, ""), ("admin", AuditAction.EXPORT_UNMASKED,
                                                             "1 条")]  # fmt: skip
    for line in capsys.readouterr().out.splitlines():
        assert PHONE not in line and ID_NUMBER not in line


def test_a_wrong_password_is_refused_and_counted(db_file, tmp_path, capsys, monkeypatch):
    _as(monkeypatch, "admin", "wrong-password")
    assert main(["overdue", "--db", str(db_file)]) == EXIT_REFUSED
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert ("admin", AuditAction.LOGIN_FAILED, "密码错误（连续第 1 次）") in _log(db_file)


def test_check_and_info_need_no_credentials(db_file, capsys):
    assert main(["check", "--db", str(db_file)]) == 0
    assert main(["info", "--db", str(db_file)]) == 0
    assert "联系户" in capsys.readouterr().out


def test_restore_and_backup_need_their_permission(db_file, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "backups"
    _as(monkeypatch, "lianluo", "lianluo-2026")
    assert main(["backup", "--db", str(db_file), "--to", str(folder)]) == 0  # a coordinator may
    (backup,) = folder.glob("studio-*.sqlite3")
    assert main(["restore", str(backup), "--db", str(db_file)]) == EXIT_REFUSED
    assert "不能恢复数据" in capsys.readouterr().err
    assert not (tmp_path / "before-restore").exists()  # nothing was replaced

    _as(monkeypatch, "admin", "guanli-2026")
    assert main(["restore", str(backup), "--db", str(db_file)]) == 0
    actions = [(user, action) for user, action, _detail in _log(db_file)]
    assert ("admin", AuditAction.RESTORE_BACKUP) in actions


def test_at_a_terminal_it_asks_for_the_user_and_password(db_file):
    services = Services(open_database(db_file))
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return "admin"

    def ask_secret(prompt: str) -> str:
        asked.append(prompt)
        return "guanli-2026"

    sign_in(services, interactive=True, ask=ask, ask_secret=ask_secret)
    assert asked == ["用户名：", "密码："]
    assert services.current_user.username == "admin"
    with pytest.raises(SignInRequired):
        sign_in(Services(services.db.database), interactive=False)
    services.db.close()
