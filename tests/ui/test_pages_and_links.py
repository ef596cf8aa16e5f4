"""The list pages end to end: archive and restore, link through the detail panel, visits."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from studio_app.core.households import HouseholdQuery
from studio_app.ui.action_dialog import ActionDialog
from studio_app.ui.households_page import HouseholdsPage
from studio_app.ui.link_dialog import LinkDialog
from studio_app.ui.member_dialog import MemberDialog
from studio_app.ui.members_page import MembersPage
from studio_app.ui.visit_dialog import VisitDialog


def _page(qtbot, cls, services):
    page = cls(services)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _select(page, name: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == name:
            page.view.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def _names(page) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_archiving_hides_a_household_and_restoring_brings_it_back(
    qtbot, services, answers, make_household
):
    make_household("𠮷祥", village="东关村", tags=["低保"])
    make_household("李大爷", village="东关村")
    page = _page(qtbot, HouseholdsPage, services)
    _select(page, "𠮷祥")
    assert page.archive_action.text() == "归档"

    answers.confirm = False  # the user thinks again
    page.archive_action.trigger()
    assert _names(page) == ["李大爷", "𠮷祥"]

    answers.confirm = True
    page.archive_action.trigger()
    question = answers.texts("confirm")[-1]
    assert "𠮷祥" in question and "历史记录" in question and "恢复" in question
    assert _names(page) == ["李大爷"]
    assert page.count_label.text() == "共 1 条"

    page.status_filter.setCurrentIndex(page.status_filter.findData(False))  # 已归档
    assert _names(page) == ["𠮷祥（已归档）"]
    _select(page, "𠮷祥（已归档）")
    assert page.archive_action.text() == "恢复"
    assert page.detail.title.text() == "𠮷祥（已归档）"
    assert not page.detail.link_button.isEnabled()

    page.archive_action.trigger()  # restore: no question needed
    assert _names(page) == []
    page.status_filter.setCurrentIndex(page.status_filter.findData(True))  # 在册
    assert sorted(_names(page)) == ["李大爷", "𠮷祥"]


def test_archiving_a_member_keeps_the_links(qtbot, services, answers, make_member, make_household):
    member = make_member("王建国", "13812345678")
    household = make_household("李大爷")
    services.linkages.link(member.id, household.id)
    page = _page(qtbot, MembersPage, services)
    _select(page, "王建国")
    page.archive_action.trigger()
    assert _names(page) == []
    page.status_filter.setCurrentIndex(0)  # 全部状态
    assert _names(page) == ["王建国（已归档）"]
    assert [h.head_name for h in services.linkages.households_of(member.id)] == ["李大爷"]


def test_link_from_the_member_panel_then_record_a_visit(
    qtbot, services, studio, answers, make_member, make_household, when_modal, type_text
):
    make_member("王建国", "13812345678", sector="农业界")
    make_household("李大爷", village="东关村")
    make_household("张桂英", village="石门村")
    members = _page(qtbot, MembersPage, services)
    _select(members, "王建国")
    panel = members.detail
    assert panel.title.text() == "王建国"
    assert panel.households_title.text() == "联系户（0）"
    assert not panel.visit_button.isEnabled()

    def pick_household(dialog: LinkDialog) -> None:
        type_text(dialog.search, "李")
        qtbot.waitUntil(lambda: dialog.results.count() == 1)
        dialog.results.item(0).setSelected(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    found = when_modal(LinkDialog, pick_household)
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert found and found[0].linked == 1
    assert panel.households_title.text() == "联系户（1）"
    assert [h.head_name for h in panel.households.rows] == ["李大爷"]
    assert members.model.index(0, 8).data() == "1"  # 联系户数 in the list
    assert panel.households.rows[0].primary  # the first member linked is the main contact

    def fill_visit(dialog: VisitDialog) -> None:
        assert dialog.household.currentText() == "李大爷（东关村）"
        type_text(dialog.notes, "了解春耕用工情况")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    panel.households_view.selectRow(0)
    when_modal(VisitDialog, fill_visit)
    qtbot.mouseClick(panel.visit_button, Qt.MouseButton.LeftButton)
    assert [v.notes for v in panel.visits.rows] == ["了解春耕用工情况"]

    households = _page(qtbot, HouseholdsPage, services)
    row = _names(households).index("李大爷")
    assert households.proxy.index(row, 8).data() == date.today().isoformat()  # 最近走访
    assert households.proxy.index(row, 7).data() == "王建国"  # 联系委员
    households.not_visited.setChecked(True)  # 90 天未走访
    assert households.not_visited_days.value() == 90
    assert _names(households) == ["张桂英"]


def test_household_panel_links_members_sets_the_main_contact_and_unlinks(
    qtbot, services, studio, answers, make_member, make_household, when_modal, type_text
):
    first = make_member("王建国", "13812345678", sector="农业界")
    make_member("刘䶮", "13912345678", sector="医药卫生界")
    household = make_household("李大爷", village="东关村")
    services.linkages.link(first.id, household.id, primary=True)
    page = _page(qtbot, HouseholdsPage, services)
    _select(page, "李大爷")
    panel = page.detail
    assert panel.members_title.text() == "联系委员（1）"

    def pick_member(dialog: LinkDialog) -> None:
        assert "王建国 · 农业界" in dialog.results.item(1).text()  # listed but already linked
        assert dialog.results.item(1).text().endswith("（已联系）")
        assert not dialog.primary.isChecked()  # the household already has a main contact
        type_text(dialog.search, "䶮")
        qtbot.waitUntil(lambda: dialog.results.count() == 1)
        dialog.results.item(0).setSelected(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(LinkDialog, pick_member)
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in panel.members.rows] == ["王建国", "刘䶮"]
    assert page.proxy.index(0, 7).data() == "王建国、刘䶮"

    panel.members_view.selectRow(1)
    qtbot.mouseClick(panel.primary_button, Qt.MouseButton.LeftButton)
    assert [(m.name, m.primary) for m in panel.members.rows] == [("刘䶮", True), ("王建国", False)]

    def end_today(d: ActionDialog) -> None:
        assert "仍保留在历史中" in d.findChild(QLabel).text()
        assert d.fields.widget("until").date() == QDate.currentDate()
        assert d.findChild(QComboBox) is None  # not the main contact: nobody to name
        d.accept_button.click()

    panel.members_view.selectRow(1)  # 王建国
    when_modal(ActionDialog, end_today)
    qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    assert answers.texts("info")[-1] == "王建国与“李大爷”的联系已解除。"
    assert [m.name for m in panel.members.rows] == ["刘䶮"]
    ended = services.linkages.members_of(household.id, include_ended=True)
    assert [(m.name, m.until is not None) for m in ended] == [("刘䶮", False), ("王建国", True)]

    def fill_visit(dialog: VisitDialog) -> None:
        assert dialog.member.currentText() == "刘䶮"
        dialog.method.setCurrentIndex(1)  # 电话
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(VisitDialog, fill_visit)
    qtbot.mouseClick(panel.visit_button, Qt.MouseButton.LeftButton)
    assert [(v.member_name, v.method.value) for v in panel.visits.rows] == [("刘䶮", "phone")]
    assert panel.visits_title.text() == f"走访记录（最近一次：{date.today().isoformat()}）"
    assert services.households.count(HouseholdQuery(not_visited_days=90)) == 0


def test_ending_the_main_contact_names_who_takes_over_or_says_there_is_none(
    qtbot, services, studio, answers, make_member, make_household, when_modal
):
    wang = make_member("王建国")
    liu = make_member("刘䶮")
    household = make_household("李大爷")
    services.linkages.link(wang.id, household.id, primary=True)
    services.linkages.link(liu.id, household.id)
    page = _page(qtbot, HouseholdsPage, services)
    _select(page, "李大爷")
    panel = page.detail
    later = date.today() + timedelta(days=10)

    def leave_later(d: ActionDialog) -> None:
        assert "王建国是这一户的主要联系人" in d.findChild(QLabel).text()
        successor = d.fields.widget("successor")
        assert [successor.itemText(i) for i in range(successor.count())] == [
            "刘䶮", "暂不设主要联系人",
        ]  # fmt: skip
        d.fields.widget("until").setDate(QDate(later.year, later.month, later.day))
        d.accept_button.click()

    panel.members_view.selectRow(0)  # 王建国, the main contact
    when_modal(ActionDialog, leave_later)
    qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    assert answers.texts("info")[-1] == (
        f"王建国与“李大爷”的联系保留到 {later.isoformat()}，当天起解除。\n"
        "即日起由刘䶮担任这一户的主要联系人。"
    )
    # in force until then, its end date shown
    assert [(m.name, m.primary) for m in panel.members.rows] == [("刘䶮", True), ("王建国", False)]
    assert panel.members.index(1, 3).data() == later.isoformat()

    def none_left(d: ActionDialog) -> None:
        d.fields.widget("successor").setCurrentIndex(1)  # 暂不设主要联系人
        d.accept_button.click()

    panel.members_view.selectRow(0)  # 刘䶮, the main contact now
    when_modal(ActionDialog, none_left)
    qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    assert answers.texts("info")[-1].endswith("这一户现在没有主要联系人，请尽快另设一位。")
    assert [(m.name, m.primary) for m in panel.members.rows] == [("王建国", False)]


def test_a_change_on_one_page_reaches_the_other(qtbot, services, make_member, make_household):
    member = make_member("王建国")
    household = make_household("李大爷")
    members = _page(qtbot, MembersPage, services)
    households = HouseholdsPage(services)
    qtbot.addWidget(households)
    members.recordsChanged.connect(households.mark_stale)
    services.linkages.link(member.id, household.id)
    _select(members, "王建国")
    members.detail.changed()  # as after linking from the panel
    households.show()
    qtbot.waitExposed(households)
    assert households.proxy.index(0, 7).data() == "王建国"


def test_double_click_opens_the_edit_dialog(qtbot, services, make_member, when_modal):
    make_member("王建国", "13812345678")
    page = _page(qtbot, MembersPage, services)
    seen = when_modal(MemberDialog, lambda dialog: dialog.reject())
    index = page.proxy.index(0, 0)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen and seen[0].name.text() == "王建国"
