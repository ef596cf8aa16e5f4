"""The 工作台 on Friday 6 March 2026, against values worked out by hand.

2026: Spring Festival 2/15–2/23 off, with Saturdays 2/14 and 2/28 worked; no holidays in March.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from studio_app.base.enums import RequestStatus as S
from studio_app.base.enums import Satisfaction
from studio_app.core.members import MemberInput
from studio_app.core.request_list import RequestQuery
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.core.workbench import WorkbenchService

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


D = date.fromisoformat
FRIDAY = D("2026-03-06")
LONG = "村里的灌溉渠从去年秋天起一直堵塞，春灌用水十分困难，村民多次反映没有结果，希望委员帮助协调水利部门尽快清淤"


def L(day: str, hour: int = 9) -> datetime:
    return datetime.combine(D(day), time(hour)).astimezone()


def _bench(services, today=FRIDAY, **kw):
    service = WorkbenchService(services.db, services.calendar, services.requests,
                               services.reception_days)  # fmt: skip
    return service.today(today, **kw)


@pytest.fixture
def week(services):
    """Requests at every step, named by what they show on 6 March."""
    rq = services.requests
    studio = services.studios.create(StudioInput(name="城关镇委员工作室")).id
    ids = {}

    def register(key, day, content="村口路灯坏了", **kw):
        data = RequestInput(content=content, visitor_name=kw.pop("name", key), studio_id=studio,
                            **kw)  # fmt: skip
        ids[key] = rq.register(data, at=L(day)).id
        return ids[key]

    # Closed by a return visit on 3/3 (counts this month) and on 2/10 (does not).
    r = register("closed_march", "2026-02-09")
    rq.assign(r, handling_unit="县交通局", at=L("2026-02-10"))
    rq.answer(r, "已修好", at=L("2026-02-13"))
    rq.return_visit(r, Satisfaction.SATISFIED, at=L("2026-03-03"))
    r = register("closed_feb", "2026-02-02")
    rq.assign(r, handling_unit="县交通局", at=L("2026-02-03"))
    rq.answer(r, "已修好", at=L("2026-02-05"))
    rq.return_visit(r, Satisfaction.SATISFIED, at=L("2026-02-10"))
    # Due 2/14, the make-up Saturday; ten working days late on 3/6 (2/24–2/28, 3/2–3/6).
    register("holiday_late", "2026-02-12", LONG, village="东关村")
    # Answered 2/25, call back due 3/3 (2/28 is worked): three working days late.
    r = register("call_back_late", "2026-02-12", anonymous=True, village="西关村")
    rq.assign(r, handling_unit="县民政局", at=L("2026-02-13"))
    rq.answer(r, "已发放补贴", at=L("2026-02-25"))
    # Answered 3/5, call back due Thursday 3/12: four working days ahead.
    r = register("call_back_next_week", "2026-02-25")
    rq.assign(r, handling_unit="县民政局", at=L("2026-02-26"))
    rq.answer(r, "已答复", at=L("2026-03-05"))
    register("two_late", "2026-03-02")  # due 3/4: two working days late
    r = register("answer_wednesday", "2026-03-02")  # assigned 3/4: answer due 3/11
    rq.assign(r, handling_unit="县教育局", at=L("2026-03-04"))
    register("due_today", "2026-03-04")  # due Friday 3/6
    register("due_monday", "2026-03-05")  # due Monday 3/9, over the weekend
    register("due_tuesday", "2026-03-06")  # due Tuesday 3/10: the window's last day
    merged = register("merged", "2026-03-03")  # closed by merging: not a closed case
    rq.merge(merged, ids["due_today"], at=L("2026-03-04"))
    return {"studio": studio, "ids": ids}


def _keys(work, ids):
    names = {v: k for k, v in ids.items()}
    return [(names[r.id], r.stage, r.deadline, r.days) for r in work.rows]


def test_overdue_and_due_soon_across_a_holiday_and_a_weekend(services, week):
    bench = _bench(services)
    ids = week["ids"]
    assert _keys(bench.overdue, ids) == [
        ("holiday_late", "交办", D("2026-02-14"), -10),
        ("call_back_late", "回访", D("2026-03-03"), -3),
        ("two_late", "交办", D("2026-03-04"), -2),
    ]
    assert bench.overdue.total == 3
    # The same requests, and the same working days, as ``studio-app overdue``.
    assert [(o.id, o.days_overdue) for o in services.requests.overdue(FRIDAY)] == [
        (r.id, -r.days) for r in bench.overdue.rows
    ]
    # 将到期: due today or the next working day (Monday, over the weekend); not due_tuesday,
    # registered today with two working days to assign it, nor answer_wednesday (3/11).
    assert _keys(bench.due_soon, ids) == [
        ("due_today", "交办", D("2026-03-06"), 0),
        ("due_monday", "交办", D("2026-03-09"), 1),
    ]
    assert _keys(bench.awaiting_return_visit, ids) == [
        ("call_back_late", "回访", D("2026-03-03"), -3),
        ("call_back_next_week", "回访", D("2026-03-12"), 4),
    ]


def test_due_soon_is_the_requests_pages_rule(services, week):
    # The same requests the requests page tints and filters as 将到期, today and on Monday.
    for today in (FRIDAY, D("2026-03-07"), D("2026-03-09")):
        bench = {r.id for r in _bench(services, today).due_soon.rows}
        listed = services.request_list.rows(RequestQuery(today=today, open_only=True))
        tinted = {r.id for r in listed if r.urgency == "due_soon"}
        filtered = {
            r.id for r in services.request_list.rows(RequestQuery(due="due_soon", today=today))
        }
        assert bench == tinted == filtered and bench


def test_rows_carry_what_the_list_shows(services, week):
    rows = {r.id: r for r in _bench(services).overdue.rows}
    late = rows[week["ids"]["holiday_late"]]
    assert (late.status, late.visitor, late.village) == (S.REGISTERED, "holiday_late", "东关村")
    assert late.summary == LONG[:40] + "…" and len(LONG) > 40
    anonymous = rows[week["ids"]["call_back_late"]]
    assert (anonymous.status, anonymous.visitor, anonymous.village) == (
        S.ANSWERED,
        "匿名",
        "西关村",
    )
    soon = _bench(services).due_soon.rows[0]
    assert soon.summary == "村口路灯坏了"


def test_lists_are_bounded_and_keep_the_most_urgent(services, week, monkeypatch):
    monkeypatch.setattr("studio_app.core.workbench.LIMIT", 2)
    bench = _bench(services)
    ids = {v: k for k, v in week["ids"].items()}
    assert [ids[r.id] for r in bench.overdue.rows] == ["holiday_late", "call_back_late"]
    assert (bench.overdue.total, len(bench.due_soon.rows), bench.due_soon.total) == (3, 2, 2)


def test_a_studio_sees_only_its_own_requests(services, week):
    other = services.studios.create(StudioInput(name="另一个工作室")).id
    bench = _bench(services, studio_id=other)
    assert (bench.overdue.total, bench.due_soon.total, bench.awaiting_return_visit.total) == (
        0,
        0,
        0,
    )
    assert bench.next_reception_day is None
    assert _bench(services, studio_id=week["studio"]).overdue.total == 3


def test_the_next_reception_day_and_who_is_on_duty(services):
    days = services.reception_days
    studio = services.studios.create(StudioInput(name="城关镇委员工作室")).id
    wang = services.members.create(MemberInput(name="王䶮")).id
    li = services.members.create(MemberInput(name="李堃")).id
    assert _bench(services).next_reception_day is None
    days.set_rule(studio, "每月15日")
    year = {d.held_on: d for d in days.generate(studio, 2026).created}
    march = year[D("2026-03-16")]  # 3/15 is a Sunday
    days.set_duty(march.id, [wang, li])
    days.cancel(days.add_day(studio, D("2026-03-10")).id, "暴雨")  # cancelled: skipped

    upcoming = _bench(services).next_reception_day
    assert (upcoming.id, upcoming.held_on) == (march.id, D("2026-03-16"))
    assert [d.name for d in upcoming.duties] == ["李堃", "王䶮"]
    assert _bench(services, D("2026-03-16")).next_reception_day.id == march.id  # on the day
    days.mark_held(march.id)
    assert _bench(services, D("2026-03-16")).next_reception_day.held_on == D("2026-04-15")


def test_an_empty_database(services):
    bench = _bench(services)
    assert bench.today == FRIDAY
    assert (bench.overdue.rows, bench.due_soon.rows, bench.awaiting_return_visit.rows) == (
        (),
        (),
        (),
    )
    assert bench.next_reception_day is None
