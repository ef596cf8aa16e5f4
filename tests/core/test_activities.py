"""A member's activities: each read once from the record it comes from, gone when that record
is withdrawn; the ones the coordinator enters, with their scans; counted per member in SQL as
the list counts them."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from studio_app.base.enums import (
    ActionStatus,
    ActivityKind,
    AttendanceRole,
    MeetingType,
    Satisfaction,
)
from studio_app.base.errors import ValidationError
from studio_app.core.activities import (
    Activity,
    ActivityInput,
    ActivityKey,
    ActivityService,
    year_span,
)
from studio_app.core.households import HouseholdInput
from studio_app.core.linkage import VisitInput
from studio_app.core.meetings import ActionInput, AttendeeInput, MeetingInput
from studio_app.core.members import MemberInput
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL

K = ActivityKind
YEAR = 2026
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def world(services):
    studio = services.studios.create(StudioInput(name="城关委员工作室"))
    a = services.members.create(MemberInput(name="王建国", studio_id=studio.id))
    b = services.members.create(MemberInput(name="李䶮", studio_id=studio.id))
    return services, studio, a, b


def _by_source(services, member_id) -> Counter:
    found = services.activities.of_member(member_id, *year_span(YEAR))
    return Counter((a.source, a.kind, a.outcome) for a in found)


def test_a_duty_served_and_the_one_a_swap_took_over_each_appear_once(world):
    services, studio, a, b = world
    day = services.reception_days.add_day(studio.id, date(YEAR, 3, 16))
    services.reception_days.set_duty(day.id, [a.id])
    services.reception_days.swap(day.id, a.id, b.id, "出差")
    assert _by_source(services, b.id) == Counter()  # not held yet: nothing served
    services.reception_days.mark_held(day.id)
    assert _by_source(services, b.id) == Counter({("duty", K.DUTY, "served"): 1})
    assert _by_source(services, a.id) == Counter({("duty", K.DUTY, "missed"): 1})
    counts = services.activities.counts(*year_span(YEAR))
    assert counts[a.id] == Counter({ActivityKey(K.DUTY, "missed"): 1})
    assert counts[b.id] == Counter({ActivityKey(K.DUTY, "served"): 1})


def test_a_visit_appears_once_and_leaves_when_withdrawn(world):
    services, _studio, a, _b = world
    h = services.households.create(HouseholdInput(head_name="赵犇", village="东村"))
    visit = services.visits.record(VisitInput(a.id, h.id, date(YEAR, 4, 2)))
    found = services.activities.of_member(a.id, *year_span(YEAR))
    assert [(x.on, x.kind, x.source, x.source_id) for x in found] == [
        (date(YEAR, 4, 2), K.VISIT, "visit", visit.id)
    ]
    assert "赵犇" in found[0].detail
    assert services.activities.counts(*year_span(YEAR))[a.id] == Counter({ActivityKey(K.VISIT): 1})
    services.visits.archive(visit.id)
    assert services.activities.of_member(a.id, *year_span(YEAR)) == []
    assert a.id not in services.activities.counts(*year_span(YEAR))


def test_requests_answered_on_time_and_late_by_the_figures_rule(world):
    services, _studio, a, _b = world
    at = datetime(YEAR, 3, 2, 1, 0, tzinfo=UTC)  # a Monday morning in Beijing
    quick = services.requests.register(
        RequestInput(content="路灯坏了", category="交通", anonymous=True), at=at
    )
    slow = services.requests.register(
        RequestInput(content="水渠堵了", category="农业", anonymous=True), at=at
    )
    for r in (quick, slow):
        services.requests.assign(r.id, assignee_id=a.id, at=at)
    services.requests.answer(quick.id, "已修好", at=at + timedelta(days=1))
    late_at = datetime.combine(slow.answer_due + timedelta(days=1), datetime.min.time(), UTC)
    services.requests.answer(slow.id, "已疏通", at=late_at + timedelta(hours=2))
    found = {x.source_id: x for x in services.activities.of_member(a.id, *year_span(YEAR))}
    assert {k: (v.kind, v.outcome) for k, v in found.items()} == {
        quick.id: (K.REQUEST, "on_time"),
        slow.id: (K.REQUEST, "late"),
    }
    assert services.activities.counts(*year_span(YEAR))[a.id] == Counter(
        {ActivityKey(K.REQUEST, "on_time"): 1, ActivityKey(K.REQUEST, "late"): 1}
    )
    services.requests.return_visit(quick.id, Satisfaction.UNSATISFIED, at=at + timedelta(days=2))
    # reopened: its answer no longer stands, so it is no activity until answered again
    assert [x.source_id for x in services.activities.of_member(a.id, *year_span(YEAR))] == [slow.id]


def test_meeting_attendance_and_a_done_follow_up_appear_once_and_leave_with_the_meeting(world):
    services, studio, a, b = world
    at = datetime(YEAR, 5, 6, 1, 0, tzinfo=UTC)
    r = services.requests.register(RequestInput(content="路灯坏了", anonymous=True), at=at)
    services.requests.assign(r.id, assignee_id=a.id, at=at)
    meeting = services.meetings.create(MeetingInput(
        studio_id=studio.id, type=MeetingType.CONSULTATION, starts_at=at, topic="村道照明",
        attendees=[AttendeeInput(member_id=a.id),
                   AttendeeInput(member_id=b.id, attendance=AttendanceRole.LEAVE),
                   AttendeeInput(name="张科长", unit="县交通局")],
        actions=[ActionInput(text="更换路灯", request_id=r.id, status=ActionStatus.DONE,
                             done_on=date(YEAR, 5, 20)),
                 ActionInput(text="排查线路", request_id=r.id)],
    ))  # fmt: skip
    assert _by_source(services, a.id) == Counter(
        {("meeting", K.MEETING, "present"): 1, ("follow_up", K.FOLLOW_UP, ""): 1}
    )
    assert _by_source(services, b.id) == Counter({("meeting", K.MEETING, "leave"): 1})
    counts = services.activities.counts(*year_span(YEAR))
    assert counts[a.id] == Counter(
        {ActivityKey(K.MEETING, "present"): 1, ActivityKey(K.FOLLOW_UP): 1}
    )
    services.meetings.archive(meeting.id)
    assert _by_source(services, a.id) == Counter()
    assert services.activities.counts(*year_span(YEAR)) == {}


def test_a_meeting_still_to_come_is_no_activity_yet(world):
    services, studio, a, _b = world
    services.meetings.create(MeetingInput(
        studio_id=studio.id, starts_at=datetime.now(UTC) + timedelta(days=3), topic="下周议事",
        attendees=[AttendeeInput(member_id=a.id)],
    ))  # fmt: skip
    today = date.today()
    assert (
        services.activities.of_member(a.id, date(today.year, 1, 1), today + timedelta(days=9)) == []
    )


def test_an_entered_activity_with_its_scan_and_withdrawn(world):
    services, _studio, a, _b = world
    plenary = services.activities.add(
        ActivityInput(a.id, K.PLENARY, date(YEAR, 1, 10), "leave", "县政协全会", "因公出差请假")
    )
    services.activities.add(ActivityInput(a.id, K.RESEARCH, date(YEAR, 6, 3), title="乡村道路调研"))
    scan = services.activities.attach(plenary.id, r"C:\扫描\请假条.png", PNG, by="联络员")
    row, data, intact = services.activities.attachment_data(scan.id)
    assert (row.file_name, row.media_type, data, intact) == ("请假条.png", "image/png", PNG, True)
    assert [x.id for x in services.activities.attachments(plenary.id)] == [scan.id]
    found = services.activities.of_member(a.id, *year_span(YEAR))
    assert [(x.kind, x.outcome, x.detail, x.entered) for x in found] == [
        (K.PLENARY, "leave", "县政协全会", True),
        (K.RESEARCH, "", "乡村道路调研", True),
    ]
    services.activities.withdraw(plenary.id)
    assert [x.kind for x in services.activities.of_member(a.id, *year_span(YEAR))] == [K.RESEARCH]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (dict(kind=K.VISIT, outcome=""), "kind"),  # read from the records, never entered
        (dict(kind=K.PLENARY, outcome=""), "outcome"),  # attended, leave or absent
        (dict(kind=K.TRAINING, outcome="", held_on=date.today() + timedelta(days=2)), "held_on"),
    ],
)
def test_an_entered_activity_is_checked(world, data, field):
    services, _studio, a, _b = world
    values = {"member_id": a.id, "held_on": date(YEAR, 2, 1), **data}
    with pytest.raises(ValidationError) as caught:
        services.activities.add(ActivityInput(**values))
    assert [e.field for e in caught.value.errors] == [field]


def test_a_file_that_is_not_a_scan_is_refused(world):
    services, _studio, a, _b = world
    activity = services.activities.add(ActivityInput(a.id, K.TRAINING, date(YEAR, 2, 1)))
    with pytest.raises(ValidationError, match="PDF"):
        services.activities.attach(activity.id, "note.txt", b"hello")


def test_another_source_joins_the_list_and_the_counts(world):
    """The proposals come from their own records: a source function is a few lines."""
    services, _studio, a, _b = world
    item = uuid.uuid4()

    def proposals(_s, start, end, member_id):
        mine = [Activity(a.id, date(YEAR, 3, 1), K.PROPOSAL, "关于村道照明的提案", "proposal",
                         item, role="lead", accepted=True, co_signers=2)]  # fmt: skip
        return [p for p in mine if start <= p.on <= end and member_id in (None, p.member_id)]

    activities = ActivityService(services.db, [proposals])
    assert [x.kind for x in activities.of_member(a.id, *year_span(YEAR))] == [K.PROPOSAL]
    assert activities.counts(*year_span(YEAR))[a.id] == Counter(
        {ActivityKey(K.PROPOSAL, "", "lead", True, 2): 1}
    )
