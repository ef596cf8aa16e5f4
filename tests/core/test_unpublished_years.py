"""Years whose holiday notice is not yet published: the law's holidays estimated (预估), and
"调休安排待公布" wherever a deadline counts over them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from io import BytesIO

import chinese_calendar
import pytest
from pypdf import PdfReader

from studio_app.base.enums import DayKind
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.core.workdays import WorkCalendar, statutory_days

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL

D = date.fromisoformat
SHIPPED = WorkCalendar()


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_law_s_days_are_the_published_holidays_of_2025_and_2026(year):
    """The 2024 revision is in force from 2025: every day it fixes is off in the published
    arrangement (the arrangement adds more: bridging days)."""
    days = statutory_days(year)
    assert len(days) == 13  # 1 + 4 + 1 + 2 + 1 + 1 + 3 (中秋 apart from 国庆 in both years)
    assert all(chinese_calendar.is_holiday(d) for d in days)


def test_2027_by_the_law():
    days = statutory_days(2027)
    # the twelfth lunar month of 2026 has 29 days: 除夕 is 腊月廿九, 5 February
    spring = sorted(d for d, name in days.items() if name == "春节")
    assert spring == [D("2027-02-05"), D("2027-02-06"), D("2027-02-07"), D("2027-02-08")]
    assert days[D("2027-04-05")] == "清明节"  # the solar term 清明
    assert days[D("2027-06-09")] == "端午节" and days[D("2027-09-15")] == "中秋节"
    assert {days[D(f"2027-05-0{i}")] for i in (1, 2)} == {"劳动节"}


def test_mid_autumn_on_national_day_is_one_day_with_both_names():
    assert statutory_days(2020)[D("2020-10-01")] == "中秋节、国庆节"


def test_an_unpublished_year_counts_the_estimated_holidays():
    assert SHIPPED.unpublished(2027) and not SHIPPED.unpublished(2026)
    assert not SHIPPED.is_workday(D("2027-01-01"))  # a Friday: 元旦
    assert not SHIPPED.is_workday(D("2027-02-05")) and not SHIPPED.is_workday(D("2027-02-08"))
    assert SHIPPED.is_workday(D("2027-02-09"))  # 初四: no 调休 known yet
    # Registered Wed 30 Dec 2026: 2 working days are Thu 31 Dec and Mon 4 Jan
    assert SHIPPED.add_workdays(D("2026-12-30"), 2) == D("2027-01-04")
    assert SHIPPED.pending_note(D("2026-12-30"), D("2027-01-04")) == "调休安排待公布"
    assert SHIPPED.pending_note(D("2026-11-02"), D("2026-11-04")) == ""
    assert WorkCalendar(published=frozenset({2027})).is_workday(D("2027-01-01"))  # notice rules


def test_the_calendar_lists_estimated_days_and_entries_override_them(services):
    calendar = services.calendar
    assert calendar.calendar().unpublished_years([2026, 2027]) == [2027]
    days = {d.day: d for d in calendar.year_days(2027)}
    assert days[D("2027-01-01")].estimated and days[D("2027-01-01")].name == "元旦"
    assert D("2027-02-06") not in days  # a Saturday off anyway: no exception to list
    calendar.set_day(D("2027-02-08"), DayKind.WORKDAY, "单位安排")
    days = {d.day: d for d in calendar.year_days(2027)}
    assert days[D("2027-02-08")].entered and not days[D("2027-02-08")].estimated
    assert calendar.calendar().is_workday(D("2027-02-08"))
    assert calendar.calendar().unpublished(2027)  # a day entered is not the notice


def _pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages))


def test_the_receipt_says_the_arrangement_is_pending(services):
    services.studios.create(StudioInput(name="城关镇委员工作室", township="城关镇"))
    at = datetime(2026, 12, 30, 2, tzinfo=UTC)
    late = services.requests.register(
        RequestInput(content="路灯坏了", visitor_name="张三"), today=D("2026-12-30"), at=at
    )
    assert late.assign_due == D("2027-01-04")
    text = _pdf_text(services.printing.receipt(late.id).data)
    # answer: 5 working days after 4 Jan
    assert "2027年1月11日前" in text
    assert "答复日期按预估的法定节假日计算（调休安排待公布）" in text
    early = services.requests.register(
        RequestInput(content="水渠堵了", visitor_name="李四"), today=D("2026-11-02"),
        at=datetime(2026, 11, 2, 2, tzinfo=UTC),
    )  # fmt: skip
    assert "调休安排待公布" not in _pdf_text(services.printing.receipt(early.id).data)


def test_years_before_the_shipped_ones_are_not_estimated():
    assert not SHIPPED.unpublished(2003) and SHIPPED.pending_note(D("2003-01-01")) == ""
    assert SHIPPED.is_workday(D("2003-10-01"))  # no schedule: weekends only, as before


@pytest.mark.parametrize("year", [2027, 2050, 2099, 2100])
def test_the_law_s_days_can_be_worked_out_for_every_year_the_dialog_offers(year):
    days = statutory_days(year)
    assert len(days) in (12, 13) and date(year, 10, 1) in days
