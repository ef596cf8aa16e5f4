"""The 会议纪要 page and the meeting form, driven as the coordinator would, then checked in
the database."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLineEdit
from test_meeting_tabs import roster_row

from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType
from studio_app.core.meetings import ActionInput, AgendaInput, AttendeeInput, MeetingInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.action_dialog import ActionDialog
from studio_app.ui.meeting_dialog import MeetingDialog
from studio_app.ui.meetings_page import MeetingsPage

MEETING_DAY = date.today() - timedelta(days=20)


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _pick(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _type_in_cell(qtbot, table, row: int, column: int, text: str, type_text) -> None:
    """Edit a cell as a person does: its editor opens (double-click or F2), type, Enter."""
    index = table.model().index(row, column)
    if table.indexWidget(index) is None:  # a new row opens its first cell by itself
        table.setCurrentCell(row, column)
        qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits the cell (and does not save the form)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)


def _meeting(services, studio, members, **kw) -> object:
    at = datetime.combine(MEETING_DAY, datetime.min.time().replace(hour=9)).astimezone()
    values = dict(
        studio_id=studio.id, type=MeetingType.CONSULTATION, starts_at=at, place="协商议事室",
        topic="柳湾村通村道路硬化", host="刘䶮", recorder="蒋昇",
        attendees=[AttendeeInput(member_id=m.id) for m in members]
        + [AttendeeInput(name="李堃", unit="县交通运输局", title="副局长")],
        agenda=[AgendaInput("通报现状", "孙喆：路面坑洼。"), AgendaInput("硬化方案", "李堃：四级公路。")],
        agreed=["列入年度计划", "不向农户摊派"],
        actions=[ActionInput("编制设计和预算", "县交通运输局", MEETING_DAY + timedelta(days=30)),
                 ActionInput("修补坑槽", "县交通运输局", MEETING_DAY + timedelta(days=10))],
    )  # fmt: skip
    values.update(kw)
    return services.meetings.create(MeetingInput(**values))


def test_a_new_meeting_typed_in_the_form(qtbot, services, studio, make_member, when_modal,
                                         type_text):  # fmt: skip
    liu, zhang, chen = (
        make_member("刘䶮", work_unit="县人民医院"),
        make_member("张堃"),
        make_member("陈喆"),
    )
    road = services.requests.register(RequestInput(content="通村公路有大坑", visitor_name="龚䶮"))
    page = _show(qtbot, MeetingsPage(services))
    assert page.windowTitle() == "会议纪要" and page.model.rowCount() == 0
    assert not page.edit_action.isEnabled() and not page.minutes_action.isEnabled()

    def fill(d: MeetingDialog) -> None:
        d.save_button.click()  # nothing typed: refused, the topic's error under it
        assert d.isVisible() and "请填写会议主题" in d.fields.error("topic").text()
        type_text(d.topic, "柳湾村道路硬化𠮷")
        _pick(d.type, "协商议事会")
        d.starts_at.setDateTime(QDateTime(QDate(2025, 5, 20), QTime(9, 30)))
        d.ends_enabled.click()
        assert d.ends_at.isEnabled()
        d.ends_at.setDateTime(QDateTime(QDate(2025, 5, 20), QTime(8, 0)))
        d.place.clear()
        type_text(d.place, "柳湾村村委会")
        _pick(d.topic_source, "群众出题")
        d.host.setCurrentText("刘䶮")
        type_text(d.recorder, "蒋昇")
        type_text(d.summary, "村民联名要求硬化。")

        d.tabs.setCurrentIndex(d.TAB_MEMBERS)
        members = d.members
        for name in ("刘䶮", "张堃", "陈喆"):
            members.roster.item(roster_row(members, name), 0).setCheckState(Qt.CheckState.Checked)
        _pick(members.attendance_combo(roster_row(members, "陈喆")), "缺席")
        assert d.tabs.tabText(d.TAB_MEMBERS) == "出席委员（2，缺席 1）"

        d.tabs.setCurrentIndex(d.TAB_OTHERS)
        d.others.add_button.click()
        _type_in_cell(qtbot, d.others.table, 0, 0, "王𠮷祥", type_text)
        _type_in_cell(qtbot, d.others.table, 0, 1, "县交通运输局", type_text)
        _type_in_cell(qtbot, d.others.table, 0, 2, "副局长", type_text)

        d.tabs.setCurrentIndex(d.TAB_AGENDA)
        d.agenda.add_button.click()
        type_text(d.agenda.title, "通报道路现状")
        type_text(d.agenda.discussion, "孙喆：路面坑洼一百多处。")
        d.agenda.add_button.click()
        type_text(d.agenda.discussion, "只有讨论，忘了写议题")

        d.tabs.setCurrentIndex(d.TAB_AGREED)
        d.agreed.add_button.click()
        d.agreed.list.item(0).setText("列入今年农村公路计划")

        d.tabs.setCurrentIndex(d.TAB_ACTIONS)
        d.actions.add_button.click()
        _type_in_cell(qtbot, d.actions.table, 0, 0, "修补坑槽", type_text)
        _type_in_cell(qtbot, d.actions.table, 0, 1, "县交通运输局", type_text)
        d.actions.deadline_edit(0).setDate(QDate(2025, 6, 30))
        _type_in_cell(qtbot, d.actions.table, 0, 3, "2099-0001", type_text)
        assert "找不到编号" in d.actions.table.item(0, 3).toolTip()

        d.save_button.click()  # a request number that is no request: shown on its tab
        assert d.isVisible() and d.tabs.currentIndex() == d.TAB_ACTIONS
        assert "找不到编号为“2099-0001”的诉求" in d.fields.error("actions").text()
        _type_in_cell(qtbot, d.actions.table, 0, 3, road.number, type_text)
        assert "通村公路有大坑" in d.actions.table.item(0, 3).toolTip()

        d.save_button.click()  # the end before the start, an agenda item without a title
        assert d.isVisible()
        assert "结束时间早于开始时间" in d.fields.error("ends_at").text()
        assert "议程第 2 项：请填写议题" in d.fields.error("agenda").text()
        d.ends_at.setDateTime(QDateTime(QDate(2025, 5, 20), QTime(11, 30)))
        d.tabs.setCurrentIndex(d.TAB_AGENDA)
        d.agenda.list.setCurrentRow(1)
        type_text(d.agenda.title, "硬化方案")
        assert d.agenda.list.item(1).text() == "2. 硬化方案"
        qtbot.keyClick(d.recorder, Qt.Key.Key_Return)  # Enter does not save the whole form
        assert d.isVisible() and services.meetings.list() == []
        qtbot.keyClick(d.recorder, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    dialogs = when_modal(MeetingDialog, fill)
    page.new_action.trigger()
    assert dialogs and dialogs[0].saved_id is not None

    (row,) = services.meetings.list()
    m = services.meetings.get(row.id)
    assert (m.topic, m.type, m.topic_source, m.place, m.host, m.recorder, m.summary) == (
        "柳湾村道路硬化𠮷", MeetingType.CONSULTATION, "群众出题", "柳湾村村委会", "刘䶮", "蒋昇",
        "村民联名要求硬化。",
    )  # fmt: skip
    local = m.starts_at.astimezone()
    assert (local.date(), local.hour, local.minute) == (date(2025, 5, 20), 9, 30)
    assert m.ends_at - m.starts_at == timedelta(hours=2)
    assert [(a.name, a.unit, a.title, a.member_id, a.attendance) for a in m.attendees] == [
        ("陈喆", "", "", chen.id, AttendanceRole.ABSENT),  # the roster in pinyin order
        ("刘䶮", "县人民医院", "", liu.id, AttendanceRole.PRESENT),
        ("张堃", "", "", zhang.id, AttendanceRole.PRESENT),
        ("王𠮷祥", "县交通运输局", "副局长", None, AttendanceRole.PRESENT),
    ]
    assert [(i.title, i.discussion) for i in m.agenda_items] == [
        ("通报道路现状", "孙喆：路面坑洼一百多处。"), ("硬化方案", "只有讨论，忘了写议题"),
    ]  # fmt: skip
    assert [i.text for i in m.agreed_items] == ["列入今年农村公路计划"]
    (action,) = m.actions
    assert (action.text, action.responsible_unit, action.deadline, action.request_id,
            action.status) == ("修补坑槽", "县交通运输局", date(2025, 6, 30), road.id,
                               ActionStatus.OPEN)  # fmt: skip

    # The page lists and shows the new meeting.
    assert page.selected_meeting().id == m.id
    assert page.model.index(0, 2).data() == "柳湾村道路硬化𠮷"
    assert page.model.index(0, 5).data() == "3"  # 出席: two members and 王𠮷祥
    assert page.detail.title.text() == "柳湾村道路硬化𠮷"
    minutes = page.detail.minutes.toPlainText()
    assert re.search(r"缺席\s*陈喆", minutes)  # as the printed minutes list the absent
    for text in ("刘䶮", "王𠮷祥（县交通运输局，副局长）", "1. 通报道路现状",
                 "孙喆：路面坑洼一百多处。", "列入今年农村公路计划"):  # fmt: skip
        assert text in minutes, text
    assert page.detail.actions.index(0, 0).data() == "修补坑槽"


def test_editing_a_meeting_keeps_its_actions_and_refuses_a_stale_form(
    qtbot, services, studio, make_member, when_modal, answers
):
    members = [make_member("刘䶮"), make_member("张堃"), make_member("陈喆")]
    meeting = _meeting(services, studio, members)
    page = _show(qtbot, MeetingsPage(services))
    assert page.selected_meeting().id == meeting.id

    def edit(d: MeetingDialog) -> None:
        assert d.topic.text() == "柳湾村通村道路硬化" and d.ends_enabled.isChecked() is False
        members = d.members
        assert [members.roster.item(r, 0).text() for r in range(3)] == ["刘䶮", "张堃", "陈喆"]
        members.roster.item(roster_row(members, "张堃"), 0).setCheckState(Qt.CheckState.Unchecked)
        assert not members.attendance_combo(roster_row(members, "张堃")).isEnabled()
        _pick(members.attendance_combo(roster_row(members, "陈喆")), "缺席")
        d.tabs.setCurrentIndex(d.TAB_AGENDA)
        d.agenda.list.setCurrentRow(0)
        d.agenda.discussion.setPlainText("孙喆：路面坑洼一百多处，雨天泥泞。")
        d.agenda.list.setCurrentRow(1)  # the first item's edit is kept when another is chosen
        d.agenda.list.setCurrentRow(0)
        d.agenda.down_button.click()
        d.tabs.setCurrentIndex(d.TAB_AGREED)
        d.agreed.list.setCurrentRow(1)
        d.agreed.remove_button.click()
        assert d.agreed.list.count() == 1
        d.save_button.click()

    when_modal(MeetingDialog, edit)
    page.edit_action.trigger()
    m = services.meetings.get(meeting.id)
    assert m.version == 2
    assert [(a.name, a.attendance) for a in m.attendees] == [
        ("刘䶮", AttendanceRole.PRESENT), ("陈喆", AttendanceRole.ABSENT),
        ("李堃", AttendanceRole.PRESENT),
    ]  # fmt: skip
    assert [(i.title, i.discussion) for i in m.agenda_items] == [
        ("硬化方案", "李堃：四级公路。"), ("通报现状", "孙喆：路面坑洼一百多处，雨天泥泞。"),
    ]  # fmt: skip
    assert [i.text for i in m.agreed_items] == ["列入年度计划"]
    assert [a.id for a in m.actions] == [a.id for a in meeting.actions]  # the same follow-ups

    def stale(d: MeetingDialog) -> None:
        services.meetings.set_action_status(m.actions[0].id, ActionStatus.DONE, "已编制")
        d.topic.setText("另一个窗口不知道的修改")
        d.save_button.click()
        assert d.isVisible()  # refused: the form stays open to be closed and reopened

    when_modal(MeetingDialog, stale)
    page.edit_action.trigger()
    assert any("您这次的修改没有保存" in text for text in answers.texts("choose"))
    after = services.meetings.get(meeting.id)
    assert after.topic == "柳湾村通村道路硬化" and after.actions[0].status == ActionStatus.DONE


def test_tracking_follow_ups_from_the_page(qtbot, services, studio, make_member, when_modal):
    meeting = _meeting(services, studio, [make_member("刘䶮")])
    page = _show(qtbot, MeetingsPage(services))
    assert page.model.index(0, 7).data() == "2"  # 未完成事项
    page.detail.actions_view.selectRow(1)
    assert "县交通运输局尚未反馈" in page.detail.feedback.text()

    def cancel_without_reason_then_with(d: ActionDialog) -> None:
        assert d.fields.widget("action").currentText().startswith("修补坑槽")
        _pick(d.fields.widget("status"), "已取消")
        assert not d.fields.widget("done_on").isEnabled()
        d.accept_button.click()
        assert d.isVisible() and "取消跟踪事项时请写明原因" in d.fields.error("feedback").text()
        d.fields.widget("feedback").setPlainText("已并入县道大修项目")
        d.accept_button.click()

    when_modal(ActionDialog, cancel_without_reason_then_with)
    page.track_action.trigger()
    cancelled = services.meetings.get(meeting.id).actions[1]
    assert (cancelled.status, cancelled.feedback, cancelled.done_on) == (
        ActionStatus.CANCELLED, "已并入县道大修项目", None
    )  # fmt: skip

    def done(d: ActionDialog) -> None:
        which = d.fields.widget("action")
        which.setCurrentIndex(0)
        assert d.fields.widget("status").currentText() == "已落实"  # offered for an open one
        d.fields.widget("done_on").setDate(QDate(MEETING_DAY.year, MEETING_DAY.month,
                                                 MEETING_DAY.day).addDays(5))  # fmt: skip
        d.fields.widget("feedback").setPlainText("设计已完成，预算 186 万元")
        d.accept_button.click()

    when_modal(ActionDialog, done)
    page.detail.trackRequested.emit(None)  # 登记落实情况… under the table
    first = services.meetings.get(meeting.id).actions[0]
    assert (first.status, first.done_on, first.feedback) == (
        ActionStatus.DONE, MEETING_DAY + timedelta(days=5), "设计已完成，预算 186 万元"
    )  # fmt: skip
    assert page.model.index(0, 7).data() == ""  # nothing left open
    assert page.detail.actions.index(0, 3).data() == "已落实 " + first.done_on.strftime("%m-%d")
    page.detail.actions_view.selectRow(0)
    assert "反馈：设计已完成，预算 186 万元" in page.detail.feedback.text()
    assert services.meetings.open_actions() == []


def test_search_archive_restore_and_the_minutes_signal(qtbot, services, studio, make_member,
                                                       answers):  # fmt: skip
    members = [make_member("刘䶮")]
    road = _meeting(services, studio, members)
    water = _meeting(services, studio, members, topic="北山村饮水安全", type=MeetingType.SYMPOSIUM,
                     starts_at=road.starts_at + timedelta(days=3), actions=[])  # fmt: skip
    page = _show(qtbot, MeetingsPage(services))
    assert [r.id for r in page.model.rows] == [water.id, road.id]  # newest first
    assert page.model.index(0, 1).data() == "座谈会"
    assert page.count_label.text() == "共 2 次"

    page.search.setText("饮水")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.selected_meeting().id == water.id
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    page.select_meeting(road.id)
    with qtbot.waitSignal(page.minutesRequested) as signal:
        page.minutes_action.trigger()
    assert signal.args == [road.id]

    answers.confirm = True
    page.archive_action.trigger()
    assert [r.id for r in page.model.rows] == [water.id]
    assert services.meetings.get(road.id).archived_at is not None
    page.show_archived.setChecked(True)
    page.select_meeting(road.id)
    assert page.archive_action.text() == "恢复" and not page.edit_action.isEnabled()
    assert page.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # grey
    assert "（已归档）" in page.detail.title.text()
    page.archive_action.trigger()
    assert services.meetings.get(road.id).archived_at is None
    assert page.archive_action.text() == "归档"
