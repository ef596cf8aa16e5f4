"""Roles in the window: 查看 changes nothing, a full number is revealed one at a time and
logged, a whole-number export needs an administrator and is logged."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QPushButton

from studio_app.base.enums import AuditAction, Role
from studio_app.core.audit import AuditService
from studio_app.core.households import HouseholdInput
from studio_app.ui.main_window import MainWindow


@pytest.fixture
def people(services, studio):
    admin = services.access.create_first_admin("admin", "王管理", "guanli-2026")
    services.current_user = admin  # as the login set up in the window leaves it
    for name, role in (("lianluo", Role.COORDINATOR), ("chakan", Role.VIEWER)):
        services.access.add_user(admin, name, name, role, f"{name}-pass-2026")
    services.households.create(
        HouseholdInput(head_name="李堃", phone="13812345678", id_number="11010519491231002X")
    )
    return {
        "admin": admin,
        "coordinator": services.access.login("lianluo", "lianluo-pass-2026"),
        "viewer": services.access.login("chakan", "chakan-pass-2026"),
    }


def _window(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_viewer_changes_nothing(qtbot, services, people, answers):
    services.current_user = people["viewer"]
    window = _window(qtbot, services)
    page = window.households_page
    window.show_page(page)
    page.view.selectRow(0)
    qtbot.wait(10)
    assert not page.toolbar.isEnabled()
    buttons = page.detail.findChildren(QPushButton)  # add a link, record a visit, …
    assert buttons and not any(b.isEnabled() for b in buttons)
    assert page.model.index(0, 4).data() == "138****5678"
    opened = []
    monkey_dialog = page.make_dialog
    page.make_dialog = lambda record_id: opened.append(record_id) or monkey_dialog(record_id)
    page.edit_selected()  # a double-click opens no form
    assert opened == []
    assert not window.desk_page.isEnabled()
    window._edit_deadlines()
    assert "查看" in answers.texts("error")[-1]


def test_a_full_number_is_revealed_one_at_a_time_and_logged(qtbot, services, people, answers):
    services.current_user = people["coordinator"]
    window = _window(qtbot, services)
    page = window.households_page
    window.show_page(page)
    page.view.selectRow(0)
    assert page.reveal_action.isEnabled()
    page.reveal_action.trigger()
    assert "13812345678" in answers.texts("info")[-1]
    assert "11010519491231002X" in answers.texts("info")[-1]
    (event,) = AuditService(services.db.database).list(action=AuditAction.REVEAL)
    assert event.username == "lianluo" and "李堃" not in event.target  # the log names no villager


def test_a_whole_number_export_needs_an_administrator(qtbot, services, people, answers,
                                                      wait_background, tmp_path):  # fmt: skip
    answers.save_path = tmp_path / "联户.xlsx"
    services.current_user = people["coordinator"]
    window = _window(qtbot, services)
    window.show_page(window.households_page)
    window.households_page.export_list()  # a coordinator is not asked: masked
    wait_background()
    cells = {c for r in openpyxl.load_workbook(answers.save_path).active.iter_rows(values_only=True)
             for c in r}  # fmt: skip
    assert "138****5678" in cells and "13812345678" not in cells
    assert answers.texts("choose") == []

    services.current_user = people["admin"]
    answers.choice = 1  # 完整导出
    window.households_page.export_list()
    wait_background()
    cells = {c for r in openpyxl.load_workbook(answers.save_path).active.iter_rows(values_only=True)
             for c in r}  # fmt: skip
    assert "13812345678" in cells
    assert [e.action for e in AuditService(services.db.database).list(text="联户名册")][:2] == [
        AuditAction.EXPORT_UNMASKED, AuditAction.EXPORT
    ]  # fmt: skip


def test_the_visitor_s_phone_for_the_call_back(qtbot, services, people, answers):
    from studio_app.core.visitor_requests import RequestInput
    from studio_app.ui.requests_page import RequestsPage

    request = services.requests.register(
        RequestInput(content="路灯坏了", visitor_name="周垚", visitor_phone="13912345678")
    )
    services.current_user = people["coordinator"]
    page = RequestsPage(services)
    qtbot.addWidget(page)
    page.view.selectRow(0)
    assert "139****5678" in page.detail.facts.text()
    page.reveal_action.trigger()
    assert "13912345678" in answers.texts("info")[-1]
    (event,) = AuditService(services.db.database).list(action=AuditAction.REVEAL)
    assert request.number in event.target
