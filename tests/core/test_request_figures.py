"""Figures of the request loop for a period, against values worked out by hand.

March 2026 has no holidays: the 2nd is a Monday, and deadlines fall N working days later.
"""

from __future__ import annotations

import time as time_module
from datetime import date, datetime, time

import pytest

from studio_app.base.enums import ProposalKind, Satisfaction
from studio_app.base.enums import RequestStatus as S
from studio_app.core.members import MemberInput
from studio_app.core.request_figures import FigureService, Rate
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


D = date.fromisoformat
MARCH = (D("2026-03-01"), D("2026-03-31"))


def L(day: str, hour: int = 9) -> datetime:
    """A local time on ``day``: the step happened then, and its deadline counts from that day."""
    return datetime.combine(D(day), time(hour)).astimezone()


def _figures(services, start=MARCH[0], end=MARCH[1], **kw):
    return FigureService(services.db, services.calendar).figures(start, end, **kw)


@pytest.fixture
def march(services):
    """Ten requests registered in March 2026 (and one in February), each noted with the
    deadlines the workflow gives it and how it counts on 31 March."""
    rq = services.requests
    studio = services.studios.create(StudioInput(name="城关镇委员工作室"))
    a = services.members.create(MemberInput(name="王䶮")).id
    b = services.members.create(MemberInput(name="李堃")).id

    def register(day, category, name="", village="", phone="", **kw):
        data = RequestInput(content=f"{category}方面的诉求", category=category,
                            visitor_name=name, village=village, visitor_phone=phone,
                            studio_id=studio.id, **kw)  # fmt: skip
        return rq.register(data, at=L(day)).id

    def loop(r, assigned, answered, *visits, to=a):
        rq.assign(r, assignee_id=to, handling_unit="县交通局", at=L(assigned, 17))
        rq.answer(r, "已答复", at=L(answered, 15))
        for day, satisfaction in visits:
            rq.return_visit(r, satisfaction, at=L(day, 16))

    register("2026-02-27", "交通", "钱一")  # outside the period
    # R1: due 3/4, assigned 3/4 (on time); answer due 3/11, answered 3/12 (late); satisfied.
    r1 = register("2026-03-02", "交通", "张三", "东关村", "13800000001")
    loop(r1, "2026-03-04", "2026-03-12", ("2026-03-13", Satisfaction.SATISFIED))
    # R2: assigned 3/5 (late); answered 3/13, unsatisfied 3/16 reopens it (answer due 3/23),
    # answered again 3/20 (on time: judged on its current answer), basically satisfied.
    r2 = register("2026-03-02", "交通", "李四", "西关村")
    loop(r2, "2026-03-05", "2026-03-13", ("2026-03-16", Satisfaction.UNSATISFIED))
    rq.answer(r2, "复查后已解决", at=L("2026-03-20", 15))
    rq.return_visit(r2, Satisfaction.BASICALLY, at=L("2026-03-24", 16))
    # R3: the same visitor again; rejected before assignment: left out of 交办.
    r3 = register("2026-03-03", "其他", "张三", "东关村", "138 0000 0001")
    rq.reject(r3, "不属于本工作室职责范围", at=L("2026-03-04"))
    # R4: due 3/10, never assigned: late on 3/31; its answer, promised for 3/17, late too.
    register("2026-03-06", "医疗", "王五", "西关村")
    # R5: due 4/1: not yet due on 3/31, counted neither way. Anonymous, no village.
    register("2026-03-30", "医疗", anonymous=True)
    # R6: assigned 3/6 (on time) to B; answer due 3/13, not answered: late.
    r6 = register("2026-03-04", "教育", "赵六", "南街社区")
    rq.assign(r6, assignee_id=b, at=L("2026-03-06"))
    # R7: a handling unit only, on time; answered 3/12 on its due day; call back due 3/19,
    # not made: 回访 overdue.
    r7 = register("2026-03-04", "教育", "孙七", "东关村")
    rq.assign(r7, handling_unit="县教育局", at=L("2026-03-05"))
    rq.answer(r7, "已调整校车时刻", at=L("2026-03-12"))
    # R8: answer promised for 4/1 (assigned early, it stays): not yet late on 3/31.
    r8 = register("2026-03-23", "就业", "周八", "南街社区")
    rq.assign(r8, assignee_id=b, at=L("2026-03-24"))
    # R9: assigned to A on time 3/10, re-routed to B 3/16 (its first assignment counts);
    # the re-routing keeps the answer promised for 3/18: answered 3/20, late; satisfied at the
    # first call back.
    r9 = register("2026-03-09", "就业", "吴九", "西关村")
    rq.assign(r9, assignee_id=a, at=L("2026-03-10"))
    rq.assign(r9, assignee_id=b, at=L("2026-03-16"))
    rq.answer(r9, "已安排培训", at=L("2026-03-20"))
    rq.return_visit(r9, Satisfaction.SATISFIED, at=L("2026-03-25"))
    # R10: on time, answered on time, unsatisfied 3/20: reopened, answer due 3/27, late.
    r10 = register("2026-03-10", "交通", "郑十", "东关村")
    loop(r10, "2026-03-11", "2026-03-17", ("2026-03-20", Satisfaction.UNSATISFIED))

    days = services.reception_days
    days.set_rule(studio.id, "每月15日")
    year = {d.held_on: d for d in days.generate(studio.id, 2026).created}
    days.mark_held(year[D("2026-02-24")].id)  # held, but in February
    days.mark_held(year[D("2026-03-16")].id)  # 3/15 is a Sunday
    days.mark_held(days.add_day(studio.id, D("2026-03-05"), "两会前专场").id)
    days.cancel(days.add_day(studio.id, D("2026-03-25")).id, "暴雨")
    return {"studio": studio.id, "a": a, "b": b, "r1": r1, "r7": r7}


def test_counts_and_breakdowns_of_a_month(services, march):
    f = _figures(services, today=D("2026-03-31"))
    assert (f.visits, f.visitors, f.reception_days_held) == (10, 9, 2)
    assert f.by_status == {
        S.REGISTERED: 2, S.ASSIGNED: 2, S.IN_PROGRESS: 1, S.ANSWERED: 1, S.CLOSED: 3,
        S.REJECTED: 1, S.MERGED: 0, S.CONVERTED: 0,
    }  # fmt: skip
    assert list(f.by_category.items()) == [
        ("交通", 3), ("医疗", 2), ("就业", 2), ("教育", 2), ("其他", 1)
    ]  # fmt: skip
    assert f.by_village == {"东关村": 4, "西关村": 3, "南街社区": 2, "": 1}
    assert [(m.member_id, m.name, m.count) for m in f.by_member] == [
        (None, "", 4), (march["b"], "李堃", 3), (march["a"], "王䶮", 3)
    ]  # fmt: skip


def test_closed_is_one_count_satisfied_return_visits_converted_ones_included(services, march):
    f = _figures(services, today=D("2026-03-31"))
    assert f.closed == f.by_status[S.CLOSED] == 3  # R1 R2 R9; R10 was unsatisfied
    services.proposals.convert_request(march["r1"], ProposalKind.PROPOSAL)  # closed: still 办结
    services.proposals.convert_request(march["r7"], ProposalKind.SOCIAL_OPINION)  # answered
    f = _figures(services, today=D("2026-03-31"))
    assert (f.closed, f.by_status[S.CLOSED], f.by_status[S.CONVERTED]) == (3, 2, 2)
    assert f.to_json()["closed"] == 3


def test_the_five_rates_of_a_month(services, march):
    f = _figures(services, today=D("2026-03-31"))
    assert f.assign_on_time == Rate(6, 8)  # R1 R6 R7 R8 R9 R10 / + R2 late, R4 unassigned
    # R2 R7 / + R1 R9 late, R4 R6 R10 waiting past due
    assert f.answer_on_time == Rate(2, 7)
    assert f.return_visit == Rate(4, 5)  # R1 R2 R9 R10 / + R7 overdue
    assert f.satisfaction == Rate(3, 4)  # R1 R2 R9 / R10 unsatisfied
    assert f.first_time_resolution == Rate(2, 4)  # R1 R9; R2 was reopened
    assert f.assign_on_time.value == 0.75
    assert str(f.return_visit) == "80.0%（4/5）"
    assert f.summary_lines()[0] == "交办及时率：75.0%（6/8）"


def test_what_is_not_yet_due_counts_once_its_day_has_passed(services, march):
    f = _figures(services, today=D("2026-04-02"))
    assert f.assign_on_time == Rate(6, 9)  # R5 was due 4/1
    assert f.answer_on_time == Rate(2, 8)  # R8 was due 4/1
    early = _figures(services, today=D("2026-03-19"))
    assert early.return_visit == Rate(4, 4)  # R7's call back is due 3/19: not late yet


def test_an_empty_period_has_no_rates(services, march):
    f = _figures(services, D("2026-06-01"), D("2026-06-30"))
    assert (f.visits, f.visitors, f.reception_days_held) == (0, 0, 0)
    assert set(f.by_status.values()) == {0} and len(f.by_status) == len(S)
    assert (f.by_category, f.by_village, f.by_member) == ({}, {}, ())
    assert all(r == Rate(0, 0) and r.value is None for r in f.rates().values())
    assert str(f.satisfaction) == "—"
    other = services.studios.create(StudioInput(name="另一个工作室")).id
    assert _figures(services, studio_id=other).visits == 0
    assert _figures(services, studio_id=march["studio"]).visits == 10


def test_json_has_stable_english_keys(services, march):
    data = _figures(services, today=D("2026-03-31")).to_json()
    assert data["from"] == "2026-03-01" and data["as_of"] == "2026-03-31"
    assert data["by_status"]["closed"] == 3 and data["by_village"]["东关村"] == 4
    assert data["by_member"][0] == {"member_id": None, "name": "", "count": 4}
    assert data["rates"]["answer_on_time"] == {"value": 2 / 7, "numerator": 2, "denominator": 7}
    assert data["extended"] == 0
    assert list(data["rates"]) == [
        "assign_on_time", "answer_on_time", "return_visit", "satisfaction",
        "first_time_resolution",
    ]  # fmt: skip


@pytest.fixture
def beijing(monkeypatch):
    """The process runs on Beijing time (a POSIX zone string: no tz database needed)."""
    if not hasattr(time_module, "tzset"):
        pytest.skip("time.tzset is Unix-only")
    monkeypatch.setenv("TZ", "CST-8")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


def test_days_are_local_days_not_utc_days(services, beijing):
    rq = services.requests
    # 00:30 on 3/4 in Beijing is 3/3 in UTC; its assignment is due Friday 3/6.
    late = rq.register(RequestInput(content="甲", visitor_name="甲"), at=L("2026-03-04", 0))
    assert late.assign_due == D("2026-03-06")
    # 07:00 on Saturday 3/7 in Beijing is still 3/6 in UTC, but a day late.
    rq.assign(late.id, handling_unit="县民政局", at=L("2026-03-07", 7))
    on_time = rq.register(RequestInput(content="乙", visitor_name="乙"), at=L("2026-03-04", 9))
    rq.assign(on_time.id, handling_unit="县民政局", at=L("2026-03-06", 23))
    f = _figures(services, D("2026-03-04"), D("2026-03-04"), today=D("2026-03-31"))
    assert (f.visits, f.assign_on_time) == (2, Rate(1, 2))
    assert _figures(services, D("2026-03-03"), D("2026-03-03")).visits == 0
