"""The meeting form's tabs on their own: each gives back exactly the part of the meeting it was
given, keeps what it does not show, and tells its title; and the whole dialog gives back an
unchanged meeting as it was saved."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType
from studio_app.base.errors import ValidationError
from studio_app.core.meetings import ActionInput, AgendaInput, AttendeeInput, MeetingInput, input_of
from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.meeting_dialog import MeetingDialog
from studio_app.ui.meeting_form.actions_tab import ActionsTab
from studio_app.ui.meeting_form.agenda_tab import AgendaTab
from studio_app.ui.meeting_form.agreed_tab import AgreedTab
from studio_app.ui.meeting_form.members_tab import MembersTab
from studio_app.ui.meeting_form.others_tab import OthersTab

DAY = date(2025, 5, 20)


def roster_row(tab, name: str) -> int:
    """The row of the member called ``name`` in a members tab's roster (-1 if not listed)."""
    rows = range(tab.roster.rowCount())
    return next((r for r in rows if tab.roster.item(r, 0).text() == name), -1)


def _tab(qtbot, tab):
    qtbot.addWidget(tab)
    return tab


def _meeting(services, studio, members, **kw):
    values = dict(
        studio_id=studio.id, type=MeetingType.CONSULTATION,
        starts_at=datetime(2025, 5, 20, 9, 0).astimezone(), topic="柳湾村通村道路硬化",
        attendees=[AttendeeInput(member_id=m.id) for m in members]
        + [AttendeeInput(name="李堃", unit="县交通运输局", title="副局长")],
    )  # fmt: skip
    values.update(kw)
    return services.meetings.create(MeetingInput(**values))


def test_members_tab_gives_back_the_members_it_was_given(qtbot, services, studio, make_member):
    liu, zhang, chen, wang = (make_member("刘䶮", work_unit="县人民医院"), make_member("张堃"),
                              make_member("陈喆"), make_member("王𠮷祥"))  # fmt: skip
    meeting = _meeting(services, studio, [zhang, liu, chen])
    services.members.archive(zhang.id)  # no longer active, still on the meeting
    meeting = services.meetings.get(meeting.id)
    members = [a for a in meeting.attendees if a.member_id is not None]
    tab = _tab(qtbot, MembersTab(services))
    titles = []
    tab.titleChanged.connect(lambda: titles.append(tab.tab_title()))
    tab.load(members)

    roster = [(tab.roster.item(r, 0).text(), tab.roster.item(r, 1).text())
              for r in range(tab.roster.rowCount())]  # fmt: skip
    assert roster == [("张堃", "（已归档）"), ("刘䶮", "县人民医院"), ("陈喆", ""), ("王𠮷祥", "")]
    assert tab.value() == [a for a in input_of(meeting).attendees if a.member_id is not None]
    assert tab.tab_title() == "出席委员（3）"

    tab.roster.item(roster_row(tab, "王𠮷祥"), 0).setCheckState(Qt.CheckState.Checked)
    chen_combo = tab.attendance_combo(roster_row(tab, "陈喆"))
    chen_combo.setCurrentIndex(chen_combo.findData(AttendanceRole.ABSENT))
    tab.roster.item(roster_row(tab, "刘䶮"), 0).setCheckState(Qt.CheckState.Unchecked)
    assert not tab.attendance_combo(roster_row(tab, "刘䶮")).isEnabled()
    assert titles[-1] == "出席委员（2，缺席 1）"
    assert [(a.name, a.member_id, a.attendance) for a in tab.value()] == [
        ("张堃", zhang.id, AttendanceRole.PRESENT), ("陈喆", chen.id, AttendanceRole.ABSENT),
        ("王𠮷祥", wang.id, AttendanceRole.PRESENT),
    ]  # fmt: skip
    tab.check_all(False)
    assert tab.value() == [] and tab.tab_title() == "出席委员（0）"


def test_others_tab_gives_back_the_people_it_was_given(qtbot):
    people = [AttendeeInput("李堃", "县交通运输局", "副局长"), AttendeeInput("龚䶮", "", "村民代表"),
              AttendeeInput("", "柳湾村村委会", "")]  # fmt: skip
    tab = _tab(qtbot, OthersTab())
    tab.set_value(people)
    assert tab.value() == people and tab.tab_title() == "其他参会人员（3）"
    tab.table.setCurrentCell(1, 0)
    tab.remove_button.click()
    tab.add_button.click()  # an empty row, opened for typing the name
    assert tab.table.currentRow() == 2 and tab.table.state() == tab.table.State.EditingState
    assert tab.value() == [people[0], people[2], AttendeeInput()]
    tab.set_value(people[:1])  # replaces what was there
    assert tab.value() == people[:1] and tab.tab_title() == "其他参会人员（1）"


def test_agenda_tab_gives_back_the_agenda_with_the_edit_under_way(qtbot, type_text):
    agenda = [
        AgendaInput("通报现状", "孙喆：路面坑洼。"),
        AgendaInput("硬化方案", "李堃：四级公路。"),
    ]
    tab = _tab(qtbot, AgendaTab())
    tab.set_value(agenda)
    assert tab.value() == agenda and tab.value() is not agenda
    assert [tab.list.item(r).text() for r in range(2)] == ["1. 通报现状", "2. 硬化方案"]
    assert tab.list.currentRow() == 0 and tab.title.text() == "通报现状"
    assert tab.tab_title() == "议程（2）"

    tab.discussion.setPlainText("孙喆：路面坑洼一百多处。")  # not yet kept: value() keeps it
    assert tab.value()[0] == AgendaInput("通报现状", "孙喆：路面坑洼一百多处。")
    tab.down_button.click()
    assert tab.list.currentRow() == 1 and tab.title.text() == "通报现状"
    assert [a.title for a in tab.value()] == ["硬化方案", "通报现状"]

    tab.add_button.click()  # chosen, its topic ready to be typed, the list shows it untitled
    assert tab.list.item(2).text() == "3. （未填写议题）" and tab.title.isEnabled()
    type_text(tab.title, "资金")
    assert tab.list.item(2).text() == "3. 资金"
    tab.remove_button.click()
    assert [a.title for a in tab.value()] == ["硬化方案", "通报现状"]
    assert tab.list.currentRow() == 1 and tab.tab_title() == "议程（2）"
    tab.set_value([])
    assert tab.value() == [] and not tab.title.isEnabled() and tab.title.text() == ""


def test_agreed_tab_gives_back_the_items_it_was_given(qtbot):
    agreed = ["列入年度计划", "不向农户摊派", "雨季前完工"]
    tab = _tab(qtbot, AgreedTab())
    tab.set_value(agreed)
    assert tab.value() == agreed and tab.tab_title() == "议定事项（3）"
    assert tab.list.currentRow() == -1  # none opened for editing
    tab.list.setCurrentRow(0)
    tab.down_button.click()
    assert tab.value() == ["不向农户摊派", "列入年度计划", "雨季前完工"]
    tab.up_button.click()
    tab.remove_button.click()
    assert tab.value() == ["不向农户摊派", "雨季前完工"] and tab.tab_title() == "议定事项（2）"


def test_actions_tab_gives_back_the_actions_it_was_given(qtbot, services, studio):
    road = services.requests.register(RequestInput(content="通村公路有大坑", visitor_name="龚䶮"))
    meeting = _meeting(services, studio, [], actions=[
        ActionInput("编制设计和预算", "县交通运输局", DAY + timedelta(days=30), road.id),
        ActionInput("修补坑槽", "县交通运输局"),
    ])  # fmt: skip
    services.meetings.set_action_status(meeting.actions[0].id, ActionStatus.DONE, "已编制")
    actions = input_of(services.meetings.get(meeting.id)).actions
    assert actions[0].status == ActionStatus.DONE and actions[1].deadline is None
    tab = _tab(qtbot, ActionsTab(services, lambda: QDate(2025, 5, 20)))
    tab.set_value(actions)

    assert tab.value() == actions  # ids, statuses, feedback and done dates kept as saved
    assert tab.table.item(0, 3).text() == road.number
    assert "通村公路有大坑" in tab.table.item(0, 3).toolTip()
    assert tab.table.item(0, 4).text() == "已落实：已编制"
    assert tab.deadline_edit(1).text() == "未定" and tab.tab_title() == "跟踪事项（2）"

    tab.table.setCurrentCell(0, 0)
    tab.down_button.click()  # the row moves with its deadline
    assert tab.value() == [actions[1], actions[0]]
    tab.add_button.click()  # a new action: due a month after the meeting
    assert tab.value()[2] == ActionInput(deadline=date(2025, 6, 19))
    tab.table.item(2, 3).setText("2099-0001")
    assert "找不到编号" in tab.table.item(2, 3).toolTip()
    with pytest.raises(ValidationError) as refused:
        tab.value()
    assert [(e.field, e.message) for e in refused.value.errors] == [
        ("actions", "跟踪事项第 3 项：找不到编号为“2099-0001”的诉求，请核对编号。")
    ]


def test_the_dialog_gives_back_an_unchanged_meeting_as_saved(qtbot, services, studio,
                                                             make_member):  # fmt: skip
    members = [make_member("刘䶮"), make_member("张堃")]
    meeting = _meeting(
        services, studio, members, place="协商议事室", host="刘䶮", recorder="蒋昇",
        ends_at=datetime(2025, 5, 20, 11, 30).astimezone(), summary="村民联名要求硬化。",
        agenda=[AgendaInput("通报现状", "孙喆：路面坑洼。")], agreed=["列入年度计划"],
        actions=[ActionInput("修补坑槽", "县交通运输局", DAY + timedelta(days=10))],
    )  # fmt: skip
    dialog = MeetingDialog(services, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.data() == input_of(services.meetings.get(meeting.id))
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "出席委员（2）", "其他参会人员（1）", "议程（1）", "议定事项（1）", "跟踪事项（1）",
    ]  # fmt: skip
