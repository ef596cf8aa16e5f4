"""A save refused because another PC saved first (issue 20, point 3), in the window: each editor
says who saved and when, offers 重新载入 (and 返回), overwrites nothing, and after reloading
shows what the other PC saved. The other PC is a ``Services`` over its own engine, signed in
as another user.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from studio_app.base.enums import Role
from studio_app.core.households import HouseholdInput
from studio_app.core.members import MemberInput
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.database import Database, create_db_engine
from studio_app.ui.household_dialog import HouseholdDialog
from studio_app.ui.member_dialog import MemberDialog
from studio_app.ui.members_page import MembersPage
from studio_app.ui.request_actions import answer_dialog

pytestmark = pytest.mark.pg  # both databases

THEM = "李管理"


@pytest.fixture
def other_pc(services, studio) -> Iterator[Services]:
    """This window signed in as 王管理; the other PC, on its own connections, as 李管理."""
    admin = services.access.create_first_admin("admin", "王管理", "guanli-2026")
    services.access.add_user(admin, "li", THEM, Role.ADMIN, "li-guanli-2026")
    services.current_user = admin
    db = services.db.database
    other_db = Database(db.url, create_db_engine(db.url))
    other = Services(other_db)
    other.current_user = other.access.login("li", "li-guanli-2026")
    yield other
    other_db.close()


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _refused(answers) -> str:
    """The one question asked: who saved and when, offering 重新载入 first."""
    ((options, _default),) = answers.offered
    assert options == ["重新载入", "返回"]
    (asked,) = answers.texts("choose")
    assert f"已由“{THEM}”于 " in asked and "您这次的修改没有保存" in asked
    return asked


def test_the_member_form_says_who_saved_first_and_reloads(
    qtbot, services, studio, other_pc, answers, type_text
):
    member = services.members.create(
        MemberInput(name="王建国", work_unit="县医院", studio_id=studio.id)
    )
    dialog = _open(qtbot, MemberDialog(services, member.id))
    other_pc.members.update(member.id, MemberInput(name="王建国", work_unit="县教育局"),
                            expected_version=None)  # fmt: skip
    dialog.work_unit.clear()
    type_text(dialog.work_unit, "县农业局")
    answers.choice = 1  # 返回: what was typed stays, nothing saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _refused(answers)
    assert dialog.isVisible() and dialog.work_unit.text() == "县农业局"
    assert services.members.get(member.id).member.work_unit == "县教育局"

    answers.offered.clear(), answers.said.clear()
    answers.choice = 0  # 重新载入: the form shows what the other PC saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _refused(answers)
    assert dialog.isVisible() and dialog.work_unit.text() == "县教育局"
    assert services.members.get(member.id).member.work_unit == "县教育局"


def test_the_household_form_says_who_saved_first_and_reloads(
    qtbot, services, other_pc, answers, type_text
):
    household = services.households.create(HouseholdInput(head_name="李堃", village="西关村"))
    dialog = _open(qtbot, HouseholdDialog(services, household.id))
    other_pc.households.update(  # only the tags changed on the other PC
        household.id,
        HouseholdInput(head_name="李堃", village="西关村", tags=["低保"]),
        expected_version=None,
    )
    dialog.village.setCurrentText("南关村")
    answers.choice = 0  # 重新载入
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _refused(answers)
    assert dialog.isVisible() and dialog.village.currentText() == "西关村"
    saved = services.households.get(household.id)
    assert (saved.village, saved.tag_names) == ("西关村", ["低保"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # saved on what is there
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_request_step_says_who_saved_first_and_saves_nothing(qtbot, services, other_pc, answers):
    r = services.requests.register(RequestInput(content="村口路灯坏了", visitor_name="张三"))
    services.requests.assign(r.id, handling_unit="镇城建办")
    row = services.request_list.row(r.id)  # as the list showed it
    dialog = _open(qtbot, answer_dialog(services, row, None))
    other_pc.requests.answer(r.id, "已更换灯具")
    dialog.fields.widget("reply").setPlainText("正在维修")
    answers.choice = 0  # 重新载入: the dialog closes, the page shows the request anew
    dialog.accept_button.click()
    _refused(answers)
    assert dialog.outdated and not dialog.isVisible()
    assert services.requests.get(r.id).reply == "已更换灯具"


def test_archiving_from_a_list_read_before_another_pc_saved_offers_to_reload(
    qtbot, services, studio, other_pc, answers
):
    member = services.members.create(MemberInput(name="王建国", studio_id=studio.id))
    page = MembersPage(services)
    qtbot.addWidget(page)
    page.refresh(select_id=member.id)
    other_pc.members.update(member.id, MemberInput(name="王建国", sector="经济界"),
                            expected_version=None)  # fmt: skip
    answers.confirm = True  # 归档
    answers.choice = 0  # 重新载入: the list shows what is saved now
    page.toggle_archive()
    _refused(answers)
    assert services.members.get(member.id).member.archived_at is None
    assert page.selected_row().sector == "经济界" and page.selected_row().id == member.id
