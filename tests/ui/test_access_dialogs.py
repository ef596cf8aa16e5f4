"""Logging in, the lock, users, the audit log and retention, driven like a person would."""

from __future__ import annotations

from datetime import UTC, date, datetime

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.base.enums import AuditAction, Role
from studio_app.core.access import LoginError
from studio_app.core.audit import AuditService
from studio_app.core.models import User, Visitor
from studio_app.core.retention import ANONYMISED_NAME
from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.action_dialog import ActionDialog
from studio_app.ui.audit_dialog import AuditDialog
from studio_app.ui.login_dialogs import (
    ChangePasswordDialog,
    IdleLock,
    LockDialog,
    LoginDialog,
    SetupLoginDialog,
)
from studio_app.ui.retention_dialog import RetentionDialog
from studio_app.ui.users_dialog import UsersDialog

PASSWORD = "guanli-2026"


@pytest.fixture
def admin(services):
    """The first administrator, signed in (as setting up the login leaves the window)."""
    services.current_user = services.access.create_first_admin("admin", "张管理", PASSWORD)
    return services.current_user


def _show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _actions(services, action: AuditAction) -> list:
    return AuditService(services.db.database).list(action=action)


def _enter(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_login_shows_a_wrong_password_in_place_then_logs_in(qtbot, services, admin, answers):
    dialog = _show(qtbot, LoginDialog(services.access))
    assert dialog.windowTitle().startswith("登录")
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    qtbot.keyClicks(dialog.username, "ADMIN")
    _enter(qtbot, dialog.password, "wrong-pass")
    assert dialog.isVisible() and dialog.user is None
    assert dialog.fields.general.isVisibleTo(dialog)
    assert dialog.fields.general.text() == "用户名或密码不正确。"
    assert dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password
    failed = _actions(services, AuditAction.LOGIN_FAILED)
    assert [(r.username, r.detail) for r in failed] == [("admin", "密码错误（连续第 1 次）")]

    _enter(qtbot, dialog.password, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.id == admin.id and dialog.user.name == "张管理"
    assert [r.username for r in _actions(services, AuditAction.LOGIN)] == ["admin"]
    assert answers.said == []


def test_five_wrong_passwords_lock_the_account(qtbot, services, admin):
    dialog = _show(qtbot, LoginDialog(services.access))
    qtbot.keyClicks(dialog.username, "admin")
    for _ in range(3):
        _enter(qtbot, dialog.password, "wrong-pass")
    assert "再输错 2 次，账户将锁定 5 分钟" in dialog.fields.general.text()
    for _ in range(2):
        _enter(qtbot, dialog.password, "wrong-pass")
    assert "账户已锁定" in dialog.fields.general.text()
    assert "5 分钟后" in dialog.fields.general.text()
    # even the right password is refused while locked
    _enter(qtbot, dialog.password, PASSWORD)
    assert dialog.user is None and dialog.isVisible()
    assert "账户已锁定" in dialog.fields.general.text()
    (row,) = services.access.users(admin)
    assert row.locked()
    assert len(_actions(services, AuditAction.ACCOUNT_LOCKED)) == 1


def test_an_empty_password_is_not_an_attempt(qtbot, services, admin):
    dialog = _show(qtbot, LoginDialog(services.access))
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.fields.error("password").text() == "请输入密码。"
    assert dialog.focusWidget() is dialog.password
    assert _actions(services, AuditAction.LOGIN_FAILED) == []


def test_setup_refuses_mismatched_passwords_then_turns_login_on(qtbot, services, type_text):
    assert not services.access.enabled()
    dialog = _show(qtbot, SetupLoginDialog(services.access))
    qtbot.keyClicks(dialog.username, "admin")
    type_text(dialog.display_name, "张管理")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_again, PASSWORD + "x")
    dialog.accept_button.click()
    assert dialog.isVisible() and dialog.user is None
    assert dialog.fields.error("password_again").text() == "两次输入的密码不一致，请重新输入。"
    assert not services.access.enabled()
    with services.db.session() as s:
        assert s.query(User).count() == 0

    # the service's own rule, under its field
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "12345678")
    qtbot.keyClicks(dialog.password_again, "12345678")
    dialog.accept_button.click()
    assert "不能全是数字" in dialog.fields.error("password").text()

    dialog.password.clear()
    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_again, PASSWORD)
    dialog.accept_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.role == Role.ADMIN and dialog.user.name == "张管理"
    assert services.access.enabled()
    assert services.access.login("admin", PASSWORD).id == dialog.user.id


def test_lock_dialog_refuses_esc_and_a_wrong_password_then_unlocks(qtbot, services, admin):
    dialog = _show(qtbot, LockDialog(services.access, admin))
    assert "张管理" in dialog.who.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.close()
    assert dialog.isVisible()
    dialog.reject()
    assert dialog.isVisible() and not dialog.quit_requested

    _enter(qtbot, dialog.password, "wrong-pass")
    assert dialog.isVisible()
    assert dialog.fields.general.text() == "用户名或密码不正确。"
    assert dialog.password.text() == ""
    assert len(_actions(services, AuditAction.UNLOCK_FAILED)) == 1

    _enter(qtbot, dialog.password, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert not dialog.quit_requested
    assert [r.username for r in _actions(services, AuditAction.UNLOCK)] == ["admin"]


def test_quitting_from_the_lock_logs_out(qtbot, services, admin):
    dialog = _show(qtbot, LockDialog(services.access, admin))
    dialog.reject_button.click()
    assert dialog.quit_requested
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert [r.username for r in _actions(services, AuditAction.LOGOUT)] == ["admin"]


def test_idle_lock_shows_the_lock_dialog(qtbot, services, admin, when_modal):
    window = _show(qtbot, QWidget())
    idle = IdleLock(window, services.access, lambda: admin, 10)
    assert idle.active and idle.action.text() == "锁定"
    unlocked = []
    idle.unlocked.connect(unlocked.append)

    def unlock(dialog: LockDialog) -> None:
        assert dialog.parent() is window and dialog.isModal()
        qtbot.keyClicks(dialog.password, PASSWORD)
        dialog.accept_button.click()

    found = when_modal(LockDialog, unlock)
    idle.lock_now()
    assert len(found) == 1 and idle.dialog is None
    assert [u.id for u in unlocked] == [admin.id]
    assert window.isVisible() and idle.active
    assert len(_actions(services, AuditAction.LOCK)) == 1
    assert len(_actions(services, AuditAction.UNLOCK)) == 1

    # ten idle minutes: the timer's check locks; 退出程序 closes the window
    idle._last_input -= 11 * 60
    found = when_modal(LockDialog, lambda d: d.reject_button.click())
    idle.check()
    assert len(found) == 1 and found[0].quit_requested
    assert not window.isVisible() and not idle.active
    assert len(_actions(services, AuditAction.LOCK)) == 2
    assert len(_actions(services, AuditAction.LOGOUT)) == 1


def test_idle_lock_off_and_input_counts_as_activity(qtbot, services, admin):
    window = _show(qtbot, QWidget())
    idle = IdleLock(window, services.access, lambda: admin, 0)
    assert not idle.active
    idle._last_input -= 3600
    idle.check()  # disabled: nothing happens
    assert _actions(services, AuditAction.LOCK) == []
    idle.set_minutes(5)
    idle._last_input -= 3600
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert idle.idle_seconds() < 5
    idle.stop()
    assert not idle.active


def test_change_password(qtbot, services, admin):
    dialog = _show(qtbot, ChangePasswordDialog(services.access, admin))
    qtbot.keyClicks(dialog.old_password, "not-it-123")
    qtbot.keyClicks(dialog.new_password, "xinmima-2027")
    qtbot.keyClicks(dialog.new_password_again, "xinmima-2027")
    dialog.accept_button.click()
    assert dialog.fields.error("old_password").text() == "原密码不正确。"
    dialog.old_password.clear()
    qtbot.keyClicks(dialog.old_password, PASSWORD)
    dialog.accept_button.click()
    assert dialog.changed and dialog.result() == QDialog.DialogCode.Accepted
    assert services.access.login("admin", "xinmima-2027").id == admin.id


def _fill_new_user(qtbot, type_text):
    def fill(dialog: ActionDialog) -> None:
        f = dialog.fields
        qtbot.keyClicks(f.widget("username"), "lisi")
        type_text(f.widget("display_name"), "李四")
        role = f.widget("role")
        role.setCurrentIndex(role.findData(Role.COORDINATOR))
        qtbot.keyClicks(f.widget("password"), "lianluo-2026")
        qtbot.keyClicks(f.widget("password_again"), "lianluo-2025")
        dialog.accept_button.click()
        assert "不一致" in f.error("password_again").text()
        f.widget("password_again").clear()
        qtbot.keyClicks(f.widget("password_again"), "lianluo-2026")
        dialog.accept_button.click()

    return fill


def test_users_dialog_adds_a_coordinator_and_keeps_the_last_admin(
    qtbot, services, admin, answers, when_modal, type_text
):
    dialog = _show(qtbot, UsersDialog(services, admin))
    assert dialog.model.rowCount() == 1
    assert not dialog.buttons["role"].isEnabled()
    found = when_modal(ActionDialog, _fill_new_user(qtbot, type_text))
    dialog.buttons["add"].click()
    assert found and found[0].done_ok and dialog.changed
    rows = {u.username: u for u in services.access.users(admin)}
    assert rows["lisi"].role == Role.COORDINATOR and rows["lisi"].display_name == "李四"
    assert services.access.login("lisi", "lianluo-2026").role == Role.COORDINATOR
    texts = [dialog.model.data(dialog.model.index(r, 2)) for r in range(dialog.model.rowCount())]
    assert sorted(texts) == ["管理员", "联络员"]
    assert dialog.selected().username == "lisi"
    assert dialog.model.data(dialog.model.index(1, 3)) == "启用"

    # demoting the only administrator is refused with the service's sentence
    dialog.view.selectRow(0)
    assert dialog.selected().username == "admin"

    def demote(d: ActionDialog) -> None:
        role = d.fields.widget("role")
        role.setCurrentIndex(role.findData(Role.VIEWER))
        d.accept_button.click()

    when_modal(ActionDialog, demote)
    dialog.buttons["role"].click()
    assert any("唯一在用的管理员" in t for t in answers.texts("error"))
    assert services.access.current(admin.id).role == Role.ADMIN

    # so is deactivating them; the coordinator can be deactivated
    dialog.buttons["active"].click()
    assert "唯一在用的管理员" in answers.texts("error")[-1]
    dialog.view.selectRow(1)
    dialog.buttons["active"].click()
    assert not {u.username: u for u in services.access.users(admin)}["lisi"].active
    assert dialog.model.data(dialog.model.index(1, 3)) == "停用"
    assert dialog.buttons["active"].text() == "启用"


def test_users_dialog_resets_a_password(qtbot, services, admin, when_modal):
    services.access.add_user(admin, "wangwu", "王五", Role.VIEWER, "chakan-2026")
    dialog = _show(qtbot, UsersDialog(services, admin))
    dialog.view.selectRow(1)

    def reset(d: ActionDialog) -> None:
        qtbot.keyClicks(d.fields.widget("new_password"), "xinde-2026")
        qtbot.keyClicks(d.fields.widget("new_password_again"), "xinde-2026")
        d.accept_button.click()

    found = when_modal(ActionDialog, reset)
    dialog.buttons["password"].click()
    assert found[0].done_ok
    assert services.access.login("wangwu", "xinde-2026").role == Role.VIEWER


def test_audit_dialog_lists_logins_and_exports(
    qtbot, services, admin, answers, wait_background, tmp_path, type_text
):
    services.access.login("admin", PASSWORD)
    with pytest.raises(LoginError):
        services.access.login("admin", "wrong-pass")
    dialog = _show(qtbot, AuditDialog(services))
    shown = [(r.action, r.username) for r in dialog.rows()]
    assert shown[0] == (AuditAction.LOGIN_FAILED, "admin")  # newest first
    assert (AuditAction.LOGIN, "admin") in shown and (AuditAction.USER_ADDED, "admin") in shown
    assert dialog.count.text() == f"共 {len(shown)} 条"
    assert dialog.model.data(dialog.model.index(0, 2)) == "登录失败"

    dialog.action.setCurrentIndex(dialog.action.findData(AuditAction.LOGIN))
    assert [r.action for r in dialog.rows()] == [AuditAction.LOGIN]
    dialog.action.setCurrentIndex(0)
    type_text(dialog.search, "密码错误")
    dialog.reload()
    assert [r.action for r in dialog.rows()] == [AuditAction.LOGIN_FAILED]
    dialog.search.clear()
    dialog.by_date.setChecked(True)
    dialog.start.setDate(dialog.start.date().addDays(-400))
    dialog.end.setDate(dialog.end.date().addYears(-1))
    assert dialog.rows() == []
    dialog.by_date.setChecked(False)
    dialog.reload()
    total = len(dialog.rows())

    answers.save_path = tmp_path / "日志.xlsx"
    dialog.export_button.click()
    wait_background()
    assert dialog.exported == total
    assert answers.texts("info") == [f"已导出 {total} 条操作记录到“日志.xlsx”。"]
    sheet = openpyxl.load_workbook(answers.save_path).active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    flat = [v for row in values for v in row if v is not None]
    assert flat.count("登录") == 1 and flat.count("登录失败") == 1
    assert "时间" in flat and "详情" in flat
    (export,) = _actions(services, AuditAction.EXPORT)
    assert export.username == "admin" and export.detail == f"{total} 条"
    assert dialog.rows()[0].action == AuditAction.EXPORT  # the list was reloaded


def _old_request(services, day: str, name: str, phone: str):
    d = date.fromisoformat(day)
    at = datetime(d.year, d.month, d.day, 2, tzinfo=UTC)
    request = services.requests.register(
        RequestInput(content="村口路灯坏了", visitor_name=name, visitor_phone=phone,
                     village="东关村", category="交通"), today=d, at=at,
    )  # fmt: skip
    services.requests.reject(request.id, "不属于受理范围", at=at)
    return request


def test_retention_preview_then_anonymise(qtbot, services, admin, answers):
    old = _old_request(services, "2018-05-06", "王䶮", "13812345678")
    recent = _old_request(services, date.today().replace(day=1).isoformat(), "李四", "13900000002")
    dialog = _show(qtbot, RetentionDialog(services))
    assert dialog.years.value() == 5 and dialog.years.maximum() == 30
    dialog.preview_button.click()
    assert dialog.preview.visitors == 1 and dialog.preview.requests == 1
    assert "涉及来访人 1 位" in dialog.summary.text()
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 1)) == "王*"
    assert dialog.model.data(dialog.model.index(0, 0)) == old.number

    answers.confirm = False
    dialog.run_button.click()
    assert "来访人 1 位" in answers.texts("confirm")[-1]
    with services.db.session() as s:
        assert s.get(Visitor, old.visitor_id).name == "王䶮"

    answers.confirm = True
    dialog.run_button.click()
    assert dialog.anonymised == 1
    assert answers.texts("info") == ["已匿名处理来访人 1 位。"]
    with services.db.session() as s:
        gone = s.get(Visitor, old.visitor_id)
        assert (gone.name, gone.phone) == (ANONYMISED_NAME, "")
        assert s.get(Visitor, recent.visitor_id).name == "李四"
    assert len(_actions(services, AuditAction.ANONYMISE)) == 1

    # nothing left: refused in place, nothing asked
    asked = len(answers.texts("confirm"))
    dialog.run_button.click()
    assert dialog.error.isVisibleTo(dialog) and "无需处理" in dialog.error.text()
    assert len(answers.texts("confirm")) == asked


def test_retention_is_refused_in_place_for_a_coordinator(qtbot, services, admin, answers):
    _old_request(services, "2018-05-06", "王䶮", "13812345678")
    services.access.add_user(admin, "lisi", "李四", Role.COORDINATOR, "lianluo-2026")
    services.current_user = services.access.login("lisi", "lianluo-2026")
    dialog = _show(qtbot, RetentionDialog(services))
    dialog.run_button.click()
    assert "不能匿名化过期的来访人信息" in dialog.error.text()
    assert dialog.anonymised is None
