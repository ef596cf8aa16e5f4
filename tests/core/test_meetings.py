"""Consultation meetings (协商议事) and their minutes: saving whole, refusing stale or bad
input, listing, and tracking the follow-up actions afterwards."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType, RequestStatus
from studio_app.base.errors import ConflictError, NotFoundError, StudioError, ValidationError
from studio_app.base.labels import choices, label, parse_label
from studio_app.core.meetings import (
    ActionInput,
    AgendaInput,
    AttendeeInput,
    MeetingInput,
    action_overdue,
)
from studio_app.core.members import MemberInput
from studio_app.core.models import (
    AgendaItem,
    AgreedItem,
    FollowUpAction,
    Meeting,
    MeetingAttendee,
)
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


BEIJING = timezone(timedelta(hours=8))
STARTS = datetime(2025, 5, 20, 9, 30, tzinfo=BEIJING)


@pytest.fixture
def studio(services):
    return services.studios.create(StudioInput(name="城关镇农业界委员工作室", township="城关镇"))


@pytest.fixture
def members(services):
    return [
        services.members.create(MemberInput(name=name, work_unit=unit))
        for name, unit in (("刘䶮", "丰源县人民医院"), ("张堃", "丰源县水务局"), ("陈喆", ""))
    ]


def _input(studio, members, **kw) -> MeetingInput:
    values = dict(
        studio_id=studio.id,
        type=MeetingType.CONSULTATION,
        starts_at=STARTS,
        ends_at=STARTS + timedelta(hours=2, minutes=30),
        place="城关镇协商议事室",
        topic="柳湾村通村道路硬化",
        topic_source="群众出题",
        host="刘䶮",
        recorder="𠮷庆华",
        summary="围绕柳湾村通村道路硬化开展协商。",
        attendees=[
            AttendeeInput(member_id=members[0].id),
            AttendeeInput(name="张堃（委员）", member_id=members[1].id, title="委员"),
            AttendeeInput(member_id=members[2].id, attendance=AttendanceRole.ABSENT),
            AttendeeInput(name="王𠮷祥", unit="丰源县交通运输局", title="副局长"),
            AttendeeInput(name="龚䶮", unit="柳湾村", title="村民代表"),
        ],
        agenda=[
            AgendaInput("通报道路现状", "村道全长 3.2 公里，雨天泥泞。\n群众出行困难。"),
            AgendaInput("讨论硬化方案", "拟采用水泥混凝土路面。"),
        ],
        agreed=["县交通运输局将柳湾村道纳入年度计划", "村委会负责征求沿线农户意见"],
        actions=[
            ActionInput("编制硬化方案", "县交通运输局", date(2025, 7, 31)),
            ActionInput("召开村民代表会", "柳湾村委会", date(2025, 6, 10)),
        ],
    )
    values.update(kw)
    return MeetingInput(**values)


def _counts(services) -> tuple[int, ...]:
    with services.db.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (Meeting, MeetingAttendee, AgendaItem, AgreedItem, FollowUpAction)
        )


def test_labels_of_the_meeting_vocabularies():
    assert [text for _v, text in choices(MeetingType)][:3] == ["协商议事会", "座谈会", "调研"]
    assert label(AttendanceRole.ABSENT) == "缺席"
    assert label(ActionStatus.DONE) == "已落实"
    assert parse_label(ActionStatus, "已完成") == ActionStatus.DONE


def test_create_and_get_round_trip_with_every_child(services, studio, members):
    created = services.meetings.create(_input(studio, members))
    meeting = services.meetings.get(created.id)  # usable after its session closed
    assert (meeting.topic, meeting.type, meeting.topic_source) == (
        "柳湾村通村道路硬化", MeetingType.CONSULTATION, "群众出题"
    )  # fmt: skip
    assert meeting.starts_at == STARTS and meeting.starts_at.tzinfo is not None
    assert meeting.ends_at - meeting.starts_at == timedelta(hours=2, minutes=30)
    assert (meeting.host, meeting.recorder, meeting.version) == ("刘䶮", "𠮷庆华", 1)
    people = [(a.name, a.unit, a.title, a.attendance) for a in meeting.attendees]
    assert people == [
        ("刘䶮", "丰源县人民医院", "", AttendanceRole.PRESENT),  # name and unit from the roster
        ("张堃（委员）", "丰源县水务局", "委员", AttendanceRole.PRESENT),
        ("陈喆", "", "", AttendanceRole.ABSENT),
        ("王𠮷祥", "丰源县交通运输局", "副局长", AttendanceRole.PRESENT),
        ("龚䶮", "柳湾村", "村民代表", AttendanceRole.PRESENT),
    ]
    assert [a.member.name if a.member else None for a in meeting.attendees] == [
        "刘䶮", "张堃", "陈喆", None, None
    ]  # fmt: skip
    assert [(i.title, i.discussion) for i in meeting.agenda_items] == [
        ("通报道路现状", "村道全长 3.2 公里，雨天泥泞。\n群众出行困难。"),
        ("讨论硬化方案", "拟采用水泥混凝土路面。"),
    ]
    assert [i.text for i in meeting.agreed_items] == [
        "县交通运输局将柳湾村道纳入年度计划", "村委会负责征求沿线农户意见"
    ]  # fmt: skip
    assert [(a.text, a.responsible_unit, a.deadline, a.status, a.done_on)
            for a in meeting.actions] == [
        ("编制硬化方案", "县交通运输局", date(2025, 7, 31), ActionStatus.OPEN, None),
        ("召开村民代表会", "柳湾村委会", date(2025, 6, 10), ActionStatus.OPEN, None),
    ]  # fmt: skip
    children = [*meeting.attendees, *meeting.agenda_items, *meeting.agreed_items, *meeting.actions]
    assert all(c.meeting is meeting for c in children)  # loaded both ways
    assert _counts(services) == (1, 5, 2, 2, 2)


def test_update_replaces_children_bumps_the_version_and_keeps_named_actions(
    services, studio, members
):
    meeting = services.meetings.create(_input(studio, members))
    kept = meeting.actions[1]
    data = _input(
        studio, members,
        topic="柳湾村通村道路硬化（第二次协商）",
        attendees=[AttendeeInput(member_id=members[1].id), AttendeeInput(name="杨垚")],
        agenda=[AgendaInput("确定施工时间", "避开农忙。")],
        agreed=["八月开工"],
        actions=[ActionInput("召开村民代表会", "柳湾村委会", date(2025, 6, 10), id=kept.id,
                             status=ActionStatus.DONE, done_on=date(2025, 6, 8),
                             feedback="已开会，32 户同意")],
    )  # fmt: skip
    updated = services.meetings.update(meeting.id, meeting.version, data)
    assert updated.version == 2 and updated.topic.endswith("（第二次协商）")
    assert [a.name for a in updated.attendees] == ["张堃", "杨垚"]
    assert [i.title for i in updated.agenda_items] == ["确定施工时间"]
    assert [i.text for i in updated.agreed_items] == ["八月开工"]
    (action,) = updated.actions
    assert (action.id, action.status, action.done_on, action.feedback) == (
        kept.id, ActionStatus.DONE, date(2025, 6, 8), "已开会，32 户同意"
    )  # fmt: skip
    assert _counts(services) == (1, 2, 1, 1, 1)  # the replaced children are gone

    # Only a child changes: the meeting's version still moves.
    again = services.meetings.update(
        updated.id, updated.version, replace(data, agreed=["九月开工"])
    )
    assert again.version == 3 and [i.text for i in again.agreed_items] == ["九月开工"]


def test_a_stale_update_is_refused_and_changes_nothing(services, studio, members):
    meeting = services.meetings.create(_input(studio, members))
    services.meetings.update(meeting.id, 1, _input(studio, members, place="村委会会议室"))
    with pytest.raises(ConflictError, match="您这次的修改没有保存"):
        services.meetings.update(meeting.id, 1, _input(studio, members, place="镇政府"))
    current = services.meetings.get(meeting.id)
    assert (current.place, current.version) == ("村委会会议室", 2)


def test_an_action_status_change_makes_an_open_form_stale(services, studio, members):
    meeting = services.meetings.create(_input(studio, members))
    services.meetings.set_action_status(meeting.actions[0].id, ActionStatus.DONE, "方案已编制")
    with pytest.raises(ConflictError):
        services.meetings.update(meeting.id, meeting.version, _input(studio, members))
    assert services.meetings.get(meeting.id).actions[0].status == ActionStatus.DONE


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"topic": "  "}, "topic", "请填写会议主题"),
        ({"ends_at": STARTS - timedelta(minutes=1)}, "ends_at", "结束时间早于开始时间"),
        ({"starts_at": datetime(2025, 5, 20, 9, 30)}, "starts_at", "开始时间缺少时区"),
        ({"topic_source": "领导交办"}, "topic_source", "议题来源只能是党政点题"),
        ({"agenda": [AgendaInput("", "只有讨论，没有议题")]}, "agenda", "议程第 1 项：请填写议题"),
        ({"actions": [ActionInput("", "县交通运输局")]}, "actions", "跟踪事项第 1 项：请填写事项内容"),
        ({"actions": [ActionInput("修路", deadline=date(2025, 5, 1))]}, "actions",
         "完成期限 2025-05-01 早于会议日期"),
        ({"attendees": [AttendeeInput(unit="县交通运输局", title="科长")]}, "attendees",
         "参会人员第 1 位：请填写姓名"),
        ({"host": "x" * 101}, "host", "主持人太长"),
    ],
)  # fmt: skip
def test_bad_input_names_the_field_and_changes_nothing(services, studio, members, changes, field,
                                                       message):  # fmt: skip
    meeting = services.meetings.create(_input(studio, members))
    before = _counts(services)
    with pytest.raises(ValidationError) as new:
        services.meetings.create(_input(studio, members, **changes))
    assert field in [e.field for e in new.value.errors] and message in str(new.value)
    with pytest.raises(ValidationError) as edit:
        services.meetings.update(meeting.id, 1, _input(studio, members, **changes))
    assert message in str(edit.value)
    assert _counts(services) == before
    assert services.meetings.get(meeting.id).version == 1


def test_roster_members_and_requests_must_exist_and_members_appear_once(services, studio, members):
    import uuid

    twice = [AttendeeInput(member_id=members[0].id),
             AttendeeInput(member_id=members[0].id, attendance=AttendanceRole.ABSENT)]  # fmt: skip
    with pytest.raises(ValidationError, match="委员“刘䶮”在参会名单中出现了两次"):
        services.meetings.create(_input(studio, members, attendees=twice))
    ghost = [ActionInput("核实情况", request_id=uuid.uuid4())]
    with pytest.raises(ValidationError, match="跟踪事项第 1 项：关联的诉求不存在"):
        services.meetings.create(_input(studio, members, actions=ghost))
    nobody = [AttendeeInput(member_id=uuid.uuid4())]
    with pytest.raises(ValidationError, match="名册中找不到这位委员"):
        services.meetings.create(_input(studio, members, attendees=nobody))
    assert _counts(services) == (0, 0, 0, 0, 0)


def test_blank_rows_are_dropped_and_rare_characters_kept(services, studio, members):
    data = _input(
        studio, members,
        topic="  䶮堃喆𠮷：饮水安全  ",
        attendees=[AttendeeInput(), AttendeeInput(name=" 𠮷 秀英 ", unit="河滩村")],
        agenda=[AgendaInput(), AgendaInput("水源地保护", "𠮷祥说：水有异味。")],
        agreed=["", "  ", "定期检测水质"],
        actions=[ActionInput()],
    )  # fmt: skip
    meeting = services.meetings.create(data)
    assert meeting.topic == "䶮堃喆𠮷：饮水安全"
    assert [(a.name, a.unit) for a in meeting.attendees] == [("𠮷秀英", "河滩村")]
    assert [(i.title, i.discussion) for i in meeting.agenda_items] == [
        ("水源地保护", "𠮷祥说：水有异味。")
    ]
    assert [i.text for i in meeting.agreed_items] == ["定期检测水质"]
    assert meeting.actions == []
    assert [m.topic for m in services.meetings.list(text="𠮷")] == ["䶮堃喆𠮷：饮水安全"]


def test_list_is_newest_first_with_its_figures_and_filters(services, studio, members):
    m = services.meetings
    may = m.create(_input(studio, members))
    m.set_action_status(may.actions[0].id, ActionStatus.DONE, done_on=date(2025, 6, 1))
    june = m.create(_input(studio, members, type=MeetingType.SYMPOSIUM, topic="果品销售座谈",
                           starts_at=STARTS + timedelta(days=30), ends_at=None, host="张堃",
                           attendees=[AttendeeInput(name="赵赟", unit="金穗合作社")],
                           agreed=[], actions=[]))  # fmt: skip
    old = m.create(_input(studio, members, topic="去年的调研", type=MeetingType.SURVEY,
                          starts_at=datetime(2024, 11, 3, 14, 0, tzinfo=BEIJING), ends_at=None,
                          actions=[]))  # fmt: skip
    rows = m.list()
    assert [r.id for r in rows] == [june.id, may.id, old.id]
    first, second = rows[0], rows[1]
    assert (first.type, first.topic, first.host, first.present, first.agreed,
            first.open_actions) == (MeetingType.SYMPOSIUM, "果品销售座谈", "张堃", 1, 0, 0)  # fmt: skip
    assert (second.present, second.agreed, second.open_actions) == (4, 2, 1)
    assert second.place == "城关镇协商议事室" and second.starts_at == STARTS
    assert [r.id for r in m.list(year=2024)] == [old.id]
    assert [r.id for r in m.list(year=2025)] == [june.id, may.id]
    assert m.years() == [2025, 2024]
    assert [r.id for r in m.list(text="赵赟")] == [june.id]  # an attendee's name
    assert [r.id for r in m.list(text="协商议事室 调研")] == [old.id]  # every term, any column
    assert [r.id for r in m.list(studio_id=studio.id)] == [june.id, may.id, old.id]
    assert m.latest(studio.id).id == june.id

    m.archive(june.id)
    assert [r.id for r in m.list()] == [may.id, old.id]
    archived = m.list(include_archived=True)
    assert (archived[0].id, archived[0].archived) == (june.id, True)
    assert m.latest().id == may.id  # archived meetings are not the latest
    latest = m.latest()
    assert [a.name for a in latest.attendees][:2] == ["刘䶮", "张堃（委员）"]  # loaded
    with pytest.raises(StudioError, match="已归档，请先恢复"):
        m.update(june.id, 1, _input(studio, members))
    m.restore(june.id)
    assert [r.id for r in m.list()] == [june.id, may.id, old.id]
    assert not m.list()[0].archived


def test_follow_up_actions_are_tracked_afterwards(services, studio, members):
    today = date(2025, 6, 20)
    request = services.requests.register(
        RequestInput(content="柳湾村道路泥泞", visitor_name="龚䶮", category="交通"),
        today=date(2025, 5, 15), at=datetime(2025, 5, 15, 2, 0, tzinfo=UTC),
    )  # fmt: skip
    actions = [
        ActionInput("编制硬化方案", "县交通运输局", date(2025, 7, 31), request_id=request.id),
        ActionInput("召开村民代表会", "柳湾村委会", date(2025, 6, 10)),
        ActionInput("争取省级补助", "县财政局"),
        ActionInput("排查危桥", "县交通运输局", date(2025, 6, 1)),
    ]
    meeting = services.meetings.create(_input(studio, members, actions=actions))
    ids = [a.id for a in meeting.actions]
    pending = services.meetings.open_actions(studio.id, today=today)
    assert [(p.text, p.overdue) for p in pending] == [
        ("排查危桥", True), ("召开村民代表会", True), ("编制硬化方案", False),
        ("争取省级补助", False),
    ]  # fmt: skip
    assert pending[2].request_number == request.number and pending[2].request_id == request.id
    assert pending[0].meeting_topic == "柳湾村通村道路硬化"

    done = services.meetings.set_action_status(ids[1], ActionStatus.DONE, " 已开会，同意硬化 ")
    assert (done.status, done.feedback, done.done_on) == (
        ActionStatus.DONE, "已开会，同意硬化", date.today()
    )  # fmt: skip
    services.meetings.set_action_status(ids[3], ActionStatus.DONE, done_on=date(2025, 6, 2))
    with pytest.raises(ValidationError, match="取消跟踪事项时请写明原因"):
        services.meetings.set_action_status(ids[2], ActionStatus.CANCELLED)
    with pytest.raises(ValidationError, match="早于会议日期"):
        services.meetings.set_action_status(ids[2], ActionStatus.DONE, done_on=date(2025, 1, 1))
    services.meetings.set_action_status(ids[2], ActionStatus.CANCELLED, "省级补助已停止申报")
    assert [p.text for p in services.meetings.open_actions(today=today)] == ["编制硬化方案"]

    reopened = services.meetings.set_action_status(ids[3], ActionStatus.OPEN)
    assert (reopened.status, reopened.done_on) == (ActionStatus.OPEN, None)
    after = services.meetings.get(meeting.id)
    assert [a.status for a in after.actions] == [
        ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.CANCELLED, ActionStatus.OPEN
    ]  # fmt: skip
    assert after.actions[2].feedback == "省级补助已停止申报"
    assert after.version == 5  # each status change moved the meeting's version
    assert sum(r.open_actions for r in services.meetings.list()) == 2

    services.meetings.archive(meeting.id)
    assert services.meetings.open_actions(today=today) == []


def test_requests_are_found_by_number_for_linking(services):
    request = services.requests.register(RequestInput(content="路灯不亮", visitor_name="李喆"))
    found = services.meetings.find_request(f" {request.number} ")
    assert (found.id, found.content, found.status) == (
        request.id, "路灯不亮", RequestStatus.REGISTERED
    )  # fmt: skip
    wide = request.number.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789-"})
    assert services.meetings.find_request(wide).id == request.id  # full-width digits
    assert services.meetings.find_request("1999-9999") is None
    assert services.meetings.find_request("") is None
    assert services.meetings.request_refs([request.id, None])[request.id].number == request.number


def test_a_missing_meeting_or_action_says_so(services):
    import uuid

    with pytest.raises(NotFoundError, match="找不到这次会议"):
        services.meetings.get(uuid.uuid4())
    with pytest.raises(NotFoundError, match="找不到这项跟踪事项"):
        services.meetings.set_action_status(uuid.uuid4(), ActionStatus.DONE)
    assert services.meetings.latest() is None and services.meetings.list() == []


def test_tracking_refuses_a_stale_form_and_an_archived_meeting(services, studio, members):
    meeting = services.meetings.create(_input(studio, members))
    action = meeting.actions[0]
    services.meetings.set_action_status(action.id, ActionStatus.DONE, "方案已编制",
                                        version=action.version)  # fmt: skip
    with pytest.raises(ConflictError):  # a second form, opened before the first was saved
        services.meetings.set_action_status(action.id, ActionStatus.DONE, "另一份反馈",
                                            version=action.version)  # fmt: skip
    assert services.meetings.get(meeting.id).actions[0].feedback == "方案已编制"
    services.meetings.archive(meeting.id)
    with pytest.raises(StudioError, match="已归档，请先恢复"):
        services.meetings.set_action_status(meeting.actions[1].id, ActionStatus.DONE, "已开会")
    assert services.meetings.get(meeting.id).actions[1].status == ActionStatus.OPEN


def test_the_latest_meeting_is_one_already_held(services, studio, members):
    now = datetime.now(UTC)
    held = services.meetings.create(
        _input(studio, members, starts_at=now - timedelta(days=2), ends_at=None, actions=[])
    )
    services.meetings.create(
        _input(studio, members, topic="下周的座谈会", ends_at=None, actions=[],
               starts_at=now + timedelta(days=7))
    )  # fmt: skip
    assert services.meetings.latest().id == held.id


def test_an_open_action_is_overdue_after_its_deadline_day():
    def action(status: ActionStatus, deadline: date | None) -> FollowUpAction:
        return FollowUpAction(text="修路灯", status=status, deadline=deadline)

    today = date(2026, 6, 15)
    assert action_overdue(action(ActionStatus.OPEN, date(2026, 6, 14)), today)
    assert not action_overdue(action(ActionStatus.OPEN, today), today)  # met on its own day
    assert not action_overdue(action(ActionStatus.OPEN, None), today)
    assert not action_overdue(action(ActionStatus.DONE, date(2026, 6, 1)), today)
