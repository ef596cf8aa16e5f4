"""The working-day calendar across the 2026 Spring Festival and National Day, and entered years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio_app.base.enums import DayKind
from studio_app.base.errors import NotFoundError
from studio_app.core.workdays import WorkCalendar

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL

D = date.fromisoformat
SHIPPED = WorkCalendar()


@pytest.mark.parametrize(
    ("day", "workday"),
    [
        ("2026-02-13", True),  # Friday before the Spring Festival
        ("2026-02-14", True),  # Saturday, make-up working day (调休)
        ("2026-02-15", False),  # Sunday, holiday
        ("2026-02-16", False),  # Monday, holiday
        ("2026-02-23", False),  # Monday, last day off
        ("2026-02-24", True),
        ("2026-02-28", True),  # Saturday, make-up working day
        ("2026-09-20", True),  # Sunday, make-up working day for National Day
        ("2026-10-01", False),
        ("2026-10-07", False),
        ("2026-10-08", True),
        ("2026-10-10", True),  # Saturday, make-up working day
        ("2026-10-11", False),  # an ordinary Sunday
    ],
)
def test_official_days_of_2026(day, workday):
    assert SHIPPED.is_workday(D(day)) is workday


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        ("2026-02-12", 2, "2026-02-14"),  # Fri, then the make-up Saturday
        ("2026-02-13", 2, "2026-02-24"),  # over the whole Spring Festival
        ("2026-02-13", 6, "2026-02-28"),  # lands on the second make-up Saturday
        ("2026-02-13", 7, "2026-03-02"),
        ("2026-09-18", 1, "2026-09-20"),  # Fri -> make-up Sunday
        ("2026-09-30", 1, "2026-10-08"),  # over National Day
        ("2026-10-09", 1, "2026-10-10"),  # make-up Saturday
        ("2026-11-20", 5, "2026-11-27"),  # an ordinary week
        ("2026-11-23", 0, "2026-11-23"),
    ],
)
def test_deadlines_count_working_days(start, n, due):
    assert SHIPPED.add_workdays(D(start), n) == D(due)
    assert SHIPPED.workdays_between(D(start), D(due)) == n


def test_entered_days_override_and_fill_a_year_the_package_lacks(services):
    calendar = services.calendar
    assert calendar.calendar().unpublished_years([2026, 2027]) == [2027]
    assert calendar.calendar().is_workday(D("2027-02-09"))  # a Monday, 初四: no 调休 known

    calendar.set_day(D("2027-02-09"), DayKind.HOLIDAY, " 春节 ")
    calendar.set_day(D("2027-02-20"), DayKind.WORKDAY, "春节调休")  # a Saturday
    calendar.set_day(D("2026-10-09"), DayKind.HOLIDAY, "单位调整")  # overrides the package
    cal = calendar.calendar()
    assert cal.unpublished_years([2026, 2027]) == [2027]  # days entered are not the notice
    assert not cal.is_workday(D("2027-02-09"))
    assert cal.is_workday(D("2027-02-20"))
    assert not cal.is_workday(D("2026-10-09"))
    assert cal.add_workdays(D("2026-09-30"), 2) == D("2026-10-10")
    assert [(e.day, e.kind, e.name) for e in calendar.entries(2027)] == [
        (D("2027-02-09"), DayKind.HOLIDAY, "春节"),
        (D("2027-02-20"), DayKind.WORKDAY, "春节调休"),
    ]

    calendar.set_day(D("2027-02-20"), DayKind.HOLIDAY, "改为放假")  # changing an entry
    assert not calendar.calendar().is_workday(D("2027-02-20"))
    calendar.remove_day(D("2027-02-20"))
    assert not calendar.calendar().is_workday(D("2027-02-20"))  # back to an ordinary Saturday
    assert [e.day for e in calendar.entries(2027)] == [D("2027-02-09")]
    with pytest.raises(NotFoundError, match="没有录入过"):
        calendar.remove_day(D("2027-03-01"))


@given(
    st.dates(min_value=D("2025-01-01"), max_value=D("2027-12-31")),
    st.integers(min_value=1, max_value=30),
)
def test_the_nth_working_day_is_a_working_day_n_working_days_later(start, n):
    due = SHIPPED.add_workdays(start, n)
    assert SHIPPED.is_workday(due)
    assert SHIPPED.workdays_between(start, due) == n
    assert SHIPPED.workdays_between(start, due - timedelta(days=1)) == n - 1


def test_a_years_exceptions_shipped_and_entered(services):
    days = {d.day: d for d in services.calendar.year_days(2026)}
    oct1, oct10 = days[date(2026, 10, 1)], days[date(2026, 10, 10)]
    assert (oct1.kind, oct1.name, oct1.entered) == (DayKind.HOLIDAY, "国庆节", False)
    assert (oct10.kind, oct10.name) == (DayKind.WORKDAY, "国庆节")  # a Saturday worked
    assert date(2026, 10, 3) not in days  # a Saturday off is no exception
    assert days[date(2026, 2, 14)].kind == DayKind.WORKDAY

    services.calendar.set_day(date(2026, 10, 10), DayKind.HOLIDAY, "县里另行通知")
    entered = {d.day: d for d in services.calendar.year_days(2026)}[date(2026, 10, 10)]
    assert (entered.kind, entered.name, entered.entered) == (DayKind.HOLIDAY, "县里另行通知", True)
    # no schedule shipped or entered: the law's days on weekdays, estimated
    assert all(d.estimated for d in services.calendar.year_days(2040))


ENTERED = {D("2027-02-08"): DayKind.HOLIDAY, D("2027-02-20"): DayKind.WORKDAY,
           D("2025-10-11"): DayKind.HOLIDAY}  # fmt: skip


@given(
    st.dates(min_value=D("2024-06-01"), max_value=D("2028-06-30")),
    st.dates(min_value=D("2024-06-01"), max_value=D("2028-06-30")),
)
def test_working_days_between_are_those_a_day_by_day_walk_counts(start, end):
    """Across years shipped, entered and neither, in either order."""
    calendar, walk = WorkCalendar(ENTERED), WorkCalendar(ENTERED)
    low, high = sorted((start, end))
    counted = sum(walk._decide(low + timedelta(days=i)) for i in range(1, (high - low).days + 1))
    assert calendar.workdays_between(start, end) == (counted if start <= end else -counted)
    assert calendar.is_workday(end) == walk._decide(end)
