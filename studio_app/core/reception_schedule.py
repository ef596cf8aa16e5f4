"""A studio's reception-day rule ("每月固定1天开展接待活动") and the days it gives in a year.

Rules are written the way coordinators say them: 每月15日, 每月10日和20日, 每月第一个星期三,
每月最后一个星期五. A day that falls on a weekend or holiday moves to the next working day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from studio_app.core.i18n import tr
from studio_app.core.validation import to_half_width
from studio_app.core.workdays import WorkCalendar

WEEKDAYS = "一二三四五六日"  # 星期一 … 星期日 (also 天 for Sunday)
ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "最后一": -1}
_DAYS = re.compile(r"^每月((?:\d{1,2}[日号]?[、,，和及与]?)+)$")
_NTH = re.compile(r"^每月第?(最后一|[一二三四1-4])个?(?:星期|周|礼拜)([一二三四五六日天])$")


@dataclass(frozen=True)
class ScheduleRule:
    """Days of the month (15) or an n-th weekday (1st Wednesday = (1, 2); last = -1)."""

    days: tuple[int, ...] = ()
    nth_weekday: tuple[int, int] | None = None

    def describe(self) -> str:
        if self.nth_weekday is not None:
            n, weekday = self.nth_weekday
            which = tr("最后一") if n == -1 else "一二三四"[n - 1]
            return (
                tr("每月第{n}个星期{d}")
                .format(n=which, d=WEEKDAYS[weekday])
                .replace("第最后一", "最后一")
            )
        return tr("每月{days}").format(days="、".join(f"{d}日" for d in self.days))

    def dates_in(self, year: int, month: int) -> list[date]:
        last = calendar.monthrange(year, month)[1]
        if self.nth_weekday is None:  # 31日 in a short month: its last day
            return sorted({date(year, month, min(d, last)) for d in self.days})
        n, weekday = self.nth_weekday
        matching = [
            date(year, month, d)
            for d in range(1, last + 1)
            if date(year, month, d).weekday() == weekday
        ]
        return [matching[-1] if n == -1 else matching[n - 1]]


def parse_rule(text: str) -> ScheduleRule:
    """A rule from the coordinator's words; ``ValueError`` (Chinese) says how to write one."""
    compact = re.sub(r"\s+", "", to_half_width(text or ""))
    if m := _NTH.match(compact):
        weekday = WEEKDAYS.index(m.group(2).replace("天", "日"))
        return ScheduleRule(nth_weekday=(ORDINALS[m.group(1)], weekday))
    if m := _DAYS.match(compact):
        days = tuple(sorted({int(d) for d in re.findall(r"\d{1,2}", m.group(1))}))
        if days and all(1 <= d <= 31 for d in days):
            return ScheduleRule(days=days)
    raise ValueError(
        tr("看不懂接待日规则“{text}”。可以这样写：每月15日、每月10日和20日、每月第一个星期三、"
           "每月最后一个星期五。").format(text=text)
    )  # fmt: skip


@dataclass(frozen=True)
class PlannedDay:
    held_on: date
    moved_from: date | None  # the rule's date, when it fell on a day off


def plan_year(rule: ScheduleRule, year: int, workdays: WorkCalendar) -> list[PlannedDay]:
    """The year's reception days; one on a weekend or holiday moves to the next working day."""
    planned = []
    for month in range(1, 13):
        for day in rule.dates_in(year, month):
            held = day
            while not workdays.is_workday(held):
                held += timedelta(days=1)
            planned.append(PlannedDay(held, None if held == day else day))
    return planned
