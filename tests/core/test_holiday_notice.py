"""Reading the State Council's holiday notice pasted whole: the published 2025 and 2026
notices against chinese_calendar's days, and the variants they do not show."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import chinese_calendar
import pytest

from studio_app.base.enums import DayKind
from studio_app.base.errors import ValidationError
from studio_app.core.holiday_notice import read_notice

# copies of shared/seeds/notices/: the notices as published, in the State Council's format
NOTICES = Path(__file__).resolve().parents[1] / "data" / "notices"
D = date.fromisoformat


def _notice(year: int) -> str:
    return (NOTICES / f"{year}.txt").read_text(encoding="utf-8")


def _head(year: int) -> str:
    return (f"国务院办公厅关于{year}年部分节假日安排的通知\n各省、自治区、直辖市人民政府，国务院各部委、"
            f"各直属机构：\n经国务院批准，现将{year}年元旦、春节放假调休日期的具体安排通知如下。\n")  # fmt: skip


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_published_notices_give_the_days_chinese_calendar_holds(year):
    notice = read_notice(_notice(year))
    assert notice.year == year and notice.problems == ()
    holidays = {d for d in chinese_calendar.holidays if d.year == year}
    workdays = {d for d in chinese_calendar.workdays if d.year == year}
    assert {d.day for d in notice.holidays()} == holidays
    assert {d.day for d in notice.workdays()} == workdays


def test_2025_names_the_combined_line_and_the_make_up_days():
    days = {d.day: d for d in read_notice(_notice(2025)).days}
    assert days[D("2025-10-06")].name == "国庆节、中秋节"  # 中秋 inside the National Day break
    assert (days[D("2025-09-28")].kind, days[D("2025-09-28")].name) == (
        DayKind.WORKDAY, "国庆节、中秋节"
    )  # fmt: skip
    assert days[D("2025-01-28")].name == "春节"  # 除夕, the first day
    assert D("2025-01-02") not in days  # 元旦：1 day, 不调休


def test_variants_no_make_up_day_two_make_up_days_and_a_combined_line():
    text = _head(2028) + (
        "一、元旦：1月1日（周六）至3日（周一）放假，共3天。\n"
        "二、春节：1月25日（农历除夕、周二）至2月1日（周二）放假调休，共8天。"
        "1月23日（周日）、2月5日（周六）上班。\n"
        "三、国庆节、中秋节：10月1日（周日）至8日（周日）放假调休，共8天。"
        "9月30日（周六）、10月14日（周六）上班。\n"
        "节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。\n国务院办公厅\n2027年11月"
    )
    notice = read_notice(text)
    assert notice.problems == ()
    new_year = [d for d in notice.days if d.name == "元旦"]
    assert [(d.day, d.kind) for d in new_year] == [
        (D(f"2028-01-0{i}"), DayKind.HOLIDAY) for i in (1, 2, 3)
    ]  # no make-up day
    assert [d.day for d in notice.workdays() if d.name == "春节"] == [
        D("2028-01-23"),
        D("2028-02-05"),
    ]
    combined = [d for d in notice.holidays() if d.name == "国庆节、中秋节"]
    assert len(combined) == 8 and combined[-1].day == D("2028-10-08")
    assert [d.day for d in notice.workdays() if d.name == "国庆节、中秋节"] == [
        D("2028-09-30"), D("2028-10-14")
    ]  # fmt: skip


def test_a_notice_pasted_as_one_paragraph_and_a_range_into_the_next_year():
    text = (_head(2028) + "一、元旦：2027年12月30日（周四）至1月1日（周六）放假调休，共3天。"
            "12月26日（周日）上班。二、劳动节：5月1日至5日放假调休，共5天。").replace("\n", "")  # fmt: skip
    notice = read_notice(text)
    assert [d.day for d in notice.holidays()][:3] == [D("2027-12-30"), D("2027-12-31"),
                                                      D("2028-01-01")]  # fmt: skip
    # the make-up day's year is the notice's: 26 December 2028 is a Tuesday, said as a problem
    assert any("星期日" in p for p in notice.problems)
    assert len([d for d in notice.holidays() if d.name == "劳动节"]) == 5


def test_mistakes_are_pointed_out():
    text = (
        _head(2027)
        + "一、元旦：1月1日（周四）放假1天，不调休。\n二、春节：2月5日至11日放假调休，共8天。"
    )
    notice = read_notice(text)
    assert notice.problems == (
        "2027-01-01 通知写的是星期四，实际是星期五。",
        "春节：通知写共 8 天，日期算来是 7 天。",
    )
    with pytest.raises(ValidationError, match="没有找到通知的标题"):
        read_notice("一、元旦：1月1日放假1天。")
    with pytest.raises(ValidationError, match="没有找到放假日期"):
        read_notice(_head(2027))


@pytest.mark.pg
def test_saving_a_notice_publishes_its_year_and_keeps_other_entries(services):
    calendar = services.calendar
    calendar.set_day(D("2026-05-06"), DayKind.HOLIDAY, "县里另行通知")
    calendar.set_day(D("2026-10-01"), DayKind.WORKDAY, "录错的")
    notice = read_notice(_notice(2026))
    assert [e.day for e in calendar.kept_beside(notice)] == [D("2026-05-06")]
    calendar.save_notice(notice)
    entries = {e.day: e for e in calendar.entries(2026)}
    assert (entries[D("2026-10-01")].kind, entries[D("2026-10-01")].name) == (
        DayKind.HOLIDAY, "国庆节"
    )  # fmt: skip
    assert entries[D("2026-05-06")].name == "县里另行通知"
    assert len(entries) == 40  # 33 off, 6 worked, and the county's own day

    assert calendar.calendar().unpublished(2027)
    text = _head(2027) + "一、元旦：1月1日（周五）至3日（周日）放假，共3天。"
    calendar.save_notice(read_notice(text))
    cal = calendar.calendar()
    assert not cal.unpublished(2027) and cal.pending_note(D("2027-03-01")) == ""
    assert cal.is_workday(D("2027-02-08"))  # published: the estimate of 春节 is gone
    assert not any(d.estimated for d in calendar.year_days(2027))
