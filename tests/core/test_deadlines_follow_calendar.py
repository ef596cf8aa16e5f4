"""Deadlines follow the calendar: when days are entered, changed or removed, or a notice is
saved, the deadlines of the steps not yet done are counted again, and each request's history
says from which day to which."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from studio_app.base.enums import DayKind, RequestStatus, Satisfaction
from studio_app.core.holiday_notice import read_notice
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL

D = date.fromisoformat


def _at(day: str) -> dict:
    on = D(day)
    return {"today": on, "at": datetime(on.year, on.month, on.day, 4, tzinfo=UTC)}


def _register(services, content: str, day: str):
    return services.requests.register(
        RequestInput(content=content, visitor_name="张三"), **_at(day)
    )


@pytest.fixture
def waiting(services):
    """Requests waiting for each step across the new year, counted on the estimated 2027
    (1 January off), and some that must not move."""
    requests = services.requests
    to_assign = _register(services, "路灯坏了", "2026-12-30")
    to_answer = _register(services, "水渠堵了", "2026-12-28")
    requests.assign(to_answer.id, handling_unit="县水务局", **_at("2026-12-29"))
    rerouted = _register(services, "道路坑洼", "2026-12-28")
    requests.assign(rerouted.id, handling_unit="镇政府", **_at("2026-12-29"))
    requests.assign(rerouted.id, handling_unit="县交通局", **_at("2026-12-30"))  # 改派
    to_visit = _register(services, "低保咨询", "2026-12-21")
    requests.assign(to_visit.id, handling_unit="县民政局", **_at("2026-12-22"))
    requests.answer(to_visit.id, "已答复", **_at("2026-12-30"))
    closed = _register(services, "已办结的", "2026-12-21")
    requests.assign(closed.id, handling_unit="县民政局", **_at("2026-12-22"))
    requests.answer(closed.id, "已答复", **_at("2026-12-23"))
    requests.return_visit(closed.id, Satisfaction.SATISFIED, **_at("2026-12-24"))
    early = _register(services, "上月的", "2026-11-02")
    got = {
        "assign": requests.get(to_assign.id), "answer": requests.get(to_answer.id),
        "rerouted": requests.get(rerouted.id), "visit": requests.get(to_visit.id),
        "closed": requests.get(closed.id), "early": requests.get(early.id),
    }  # fmt: skip
    assert got["assign"].assign_due == D("2027-01-04")  # Thu 31 Dec, (Fri 1 Jan off), Mon 4
    # the date promised at registration, 2 + 5 working days: 29, 30, 31 Dec, 4, 5, 6, 7 Jan
    assert got["answer"].answer_due == D("2027-01-07")
    assert got["rerouted"].answer_due == D("2027-01-07")  # the re-route keeps the promise
    assert got["visit"].return_visit_due == D("2027-01-07")  # 31 Dec, 4, 5, 6, 7 Jan
    return got


def _moves(services, request_id) -> list[str]:
    return [e.note for e in services.requests.history(request_id) if "节假日安排变更" in e.note]


def test_a_notice_moves_the_deadlines_of_steps_not_yet_done(services, waiting):
    notice = read_notice(
        "国务院办公厅关于2027年部分节假日安排的通知\n"
        "一、元旦：2026年12月31日（周四）至2027年1月3日（周日）放假调休，共4天。1月9日（周六）上班。"
    )
    assert services.calendar.save_notice(notice) == 4
    requests = services.requests
    assign = requests.get(waiting["assign"].id)
    assert assign.assign_due == D("2027-01-05")  # 31 Dec is off now
    assert _moves(services, assign.id) == [
        "节假日安排变更，交办期限由 2027年1月4日 改为 2027年1月5日"
    ]
    history = requests.history(assign.id)
    assert (history[-1].from_status, history[-1].to_status) == (RequestStatus.REGISTERED,) * 2
    # counted from registration as the promise is: 29, 30 Dec, 4, 5, 6, 7, 8 Jan now
    assert requests.get(waiting["answer"].id).answer_due == D("2027-01-08")
    assert requests.get(waiting["rerouted"].id).answer_due == D("2027-01-08")
    assert requests.get(waiting["visit"].id).return_visit_due == D("2027-01-08")
    for untouched in ("closed", "early"):
        assert _moves(services, waiting[untouched].id) == []
    assert requests.get(waiting["early"].id).assign_due == waiting["early"].assign_due

    # saved again (a second paste): nothing moves, nothing is said twice
    assert services.calendar.save_notice(notice) == 0
    assert len(_moves(services, assign.id)) == 1


def test_a_day_entered_changed_and_removed_moves_them_back_and_forth(services, waiting):
    calendar, requests = services.calendar, services.requests
    assign_id = waiting["assign"].id
    calendar.set_day(D("2027-01-04"), DayKind.HOLIDAY, "县里另行通知")
    assert requests.get(assign_id).assign_due == D("2027-01-05")
    calendar.set_day(D("2027-01-02"), DayKind.WORKDAY, "调休上班")  # a Saturday worked
    assert requests.get(assign_id).assign_due == D("2027-01-02")
    calendar.remove_day(D("2027-01-02"))
    calendar.remove_day(D("2027-01-04"))
    assert requests.get(assign_id).assign_due == D("2027-01-04")
    assert _moves(services, assign_id) == [
        "节假日安排变更，交办期限由 2027年1月4日 改为 2027年1月5日",
        "节假日安排变更，交办期限由 2027年1月5日 改为 2027年1月2日",
        "节假日安排变更，交办期限由 2027年1月2日 改为 2027年1月5日",
        "节假日安排变更，交办期限由 2027年1月5日 改为 2027年1月4日",
    ]
    # a day entered where no open step counts moves nothing
    calendar.set_day(D("2027-03-01"), DayKind.HOLIDAY, "县里另行通知")
    assert len(_moves(services, assign_id)) == 4


def test_a_reopened_request_counts_its_own_answer_period(services):
    requests = services.requests
    r = _register(services, "噪音扰民", "2026-12-01")
    requests.assign(r.id, handling_unit="县生态环境局", **_at("2026-12-02"))
    requests.answer(r.id, "已答复", **_at("2026-12-03"))
    requests.return_visit(r.id, Satisfaction.UNSATISFIED, **_at("2026-12-30"))
    assert requests.get(r.id).answer_due == D("2027-01-07")  # 31 Dec, 4, 5, 6, 7 Jan
    services.calendar.set_day(D("2026-12-31"), DayKind.HOLIDAY, "元旦")
    assert requests.get(r.id).answer_due == D("2027-01-08")
