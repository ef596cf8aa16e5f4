"""A studio's reception-day rule ("每月固定1天开展接待活动") and the days it gives in a year.

Rules are written the way coordinators say them: 每月15日, 每月10日和20日, 每月第一个星期三,
每月最后一个星期五 (or in plain English: "15th of every month", "the last Friday of every
month"). A rule is stored in its plain Chinese form and shown in the interface language. A day
that falls on a weekend or holiday moves to the next working day of its month (``plan_year``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from studio_app.base.i18n import N_, tr
from studio_app.base.text import to_half_width
from studio_app.core.workdays import WorkCalendar

# The parser's words: 星期一 … 星期日 (also 天 for Sunday), 第一 … 第四 and 最后一.
WEEKDAYS = "一二三四五六日"
ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "最后一": -1}
_DAYS = re.compile(r"^每月((?:\d{1,2}[日号]?[、,，和及与]?)+)$")
_NTH = re.compile(r"^每月第?(最后一|[一二三四1-4])个?(?:星期|周|礼拜)([一二三四五六日天])$")
# The same rules in plain English: "15th of every month", "every month on the 10th and 20th",
# "day 15 of each month", "the first Wednesday of every month", "monthly on the last Friday".
_EN_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                "fourth": 4, "4th": 4, "last": -1}  # fmt: skip
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EN_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_EN_DAY_LIST = rf"{_EN_DAY}(?:\s*(?:,|&|、|\band\b|,\s*and\b)\s*(?:the\s+|days?\s+)?{_EN_DAY})*"
_EN_MONTHLY = r"(?:(?:every|each)\s+month|monthly)"
_EN_NTH_WORDS = (
    rf"(?:the\s+)?({'|'.join(_EN_ORDINALS)})\s+"
    r"(mon|tue|wed|thu|fri|sat|sun)(?:day|s|rs|sday|nesday|rsday|urday)?"
)
_EN_RULES = (  # (pattern, what it gives)
    (re.compile(rf"^(?:on\s+)?(?:the\s+|days?\s+)?({_EN_DAY_LIST})\s+(?:of|in)\s+"
                rf"(?:every|each)\s+month$"), "days"),
    (re.compile(rf"^{_EN_MONTHLY}\s*,?\s*(?:on\s+)?(?:the\s+|days?\s+)?({_EN_DAY_LIST})$"),
     "days"),
    (re.compile(rf"^(?:on\s+)?{_EN_NTH_WORDS}\s+(?:of|in)\s+(?:every|each)\s+month$"), "nth"),
    (re.compile(rf"^{_EN_MONTHLY}\s*,?\s*(?:on\s+)?{_EN_NTH_WORDS}$"), "nth"),
)  # fmt: skip
# How a rule reads where shown: 每月第一个星期三 is 每月 + 第一 + 个 + 星期三.
_ORDINAL_WORDS = {1: N_("第一"), 2: N_("第二"), 3: N_("第三"), 4: N_("第四"), -1: N_("最后一")}
_WEEKDAY_WORDS = (
    N_("星期一"), N_("星期二"), N_("星期三"), N_("星期四"), N_("星期五"), N_("星期六"),
    N_("星期日"),
)  # fmt: skip


@dataclass(frozen=True)
class ScheduleRule:
    """Days of the month (15) or an n-th weekday (1st Wednesday = (1, 2); last = -1)."""

    days: tuple[int, ...] = ()
    nth_weekday: tuple[int, int] | None = None

    def plain(self) -> str:
        """The rule as stored, in Chinese whatever the interface language: 每月10日、20日,
        每月第一个星期三, 每月最后一个星期五 (``parse_rule`` reads it back)."""
        if self.nth_weekday is not None:
            n, weekday = self.nth_weekday
            return f"每月{_ORDINAL_WORDS[n]}个{_WEEKDAY_WORDS[weekday]}"
        return "每月" + "、".join(f"{d}日" for d in self.days)

    def describe(self) -> str:
        """The rule as shown, in the interface language (in Chinese the same as ``plain``)."""
        if self.nth_weekday is not None:
            n, weekday = self.nth_weekday
            return tr("每月{n}个{d}").format(n=tr(_ORDINAL_WORDS[n]), d=tr(_WEEKDAY_WORDS[weekday]))
        days = tr("、").join(tr("{d}日").format(d=d) for d in self.days)
        return tr("每月{days}").format(days=days)

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


def describe_rule(stored: str) -> str:
    """A stored rule as shown (``ScheduleRule.describe``); one that no longer parses, as is."""
    try:
        return parse_rule(stored).describe()
    except ValueError:
        return stored


def parse_rule(text: str) -> ScheduleRule:
    """A rule from the coordinator's words, in Chinese or plain English; ``ValueError`` says
    how to write one."""
    half = to_half_width(text or "")
    compact = re.sub(r"\s+", "", half)
    english = re.sub(r"\s+", " ", half).strip().rstrip(".").lower()
    if m := _NTH.match(compact):
        weekday = WEEKDAYS.index(m.group(2).replace("天", "日"))
        return ScheduleRule(nth_weekday=(ORDINALS[m.group(1)], weekday))
    if (m := _DAYS.match(compact)) and (rule := _days_rule(m.group(1))):
        return rule
    for pattern, kind in _EN_RULES:
        if not (m := pattern.match(english)):
            continue
        if kind == "nth":
            weekday = _EN_WEEKDAYS.index(m.group(2))
            return ScheduleRule(nth_weekday=(_EN_ORDINALS[m.group(1)], weekday))
        if rule := _days_rule(m.group(1)):
            return rule
    raise ValueError(
        tr("看不懂接待日规则“{text}”。可以这样写：每月15日、每月10日和20日、每月第一个星期三、"
           "每月最后一个星期五。").format(text=text)
    )  # fmt: skip


def _days_rule(listed: str) -> ScheduleRule | None:
    """每月 and the days listed (15, 10日和20日, 10th and 20th); None if any is not a day."""
    days = tuple(sorted({int(d) for d in re.findall(r"\d{1,2}", listed)}))
    return ScheduleRule(days=days) if days and all(1 <= d <= 31 for d in days) else None


@dataclass(frozen=True)
class PlannedDay:
    """One reception day of the plan and the rule's dates it stands for."""

    held_on: date
    rule_dates: tuple[date, ...]  # the rule's dates held on this day (two that shift together)
    backward: bool = False  # the next working day was in the next month: moved back instead
    lacking: tuple[int, ...] = ()  # rule days this month lacks (31日 in April): its last day

    @property
    def moved_from(self) -> date | None:
        """The rule's date, when the day is held on another (a day off, a merged twin)."""
        return None if self.held_on in self.rule_dates else self.rule_dates[0]


def plan_year(rule: ScheduleRule, year: int, workdays: WorkCalendar) -> list[PlannedDay]:
    """The year's reception days, one per date and each in its own month.

    A rule day the month lacks (31日 in April) is its last day. A day on a weekend or holiday
    moves to the next working day; if that is in the next month (or year), it moves back to
    the last working day before it instead, so that no month is left without its day and the
    next one given two. Rule dates that end on the same day make one reception day.
    """
    planned: list[PlannedDay] = []
    for month in range(1, 13):
        last = calendar.monthrange(year, month)[1]
        lacking = tuple(d for d in rule.days if d > last)
        held: dict[date, list[date]] = {}
        moved_back: set[date] = set()
        for day in rule.dates_in(year, month):
            on, backward = _working_day_in_month(day, workdays)
            if on is None:  # not one working day in the month: reported as a month without
                continue
            held.setdefault(on, []).append(day)
            if backward:
                moved_back.add(on)
        for on, dates in sorted(held.items()):
            at_end = lacking and date(year, month, last) in dates
            planned.append(
                PlannedDay(on, tuple(dates), on in moved_back, lacking if at_end else ())
            )
    return planned


def _working_day_in_month(day: date, workdays: WorkCalendar) -> tuple[date | None, bool]:
    """The next working day from ``day`` in its month, else the last one before it (True)."""
    on = day
    while on.month == day.month and not workdays.is_workday(on):
        on += timedelta(days=1)
    if on.month == day.month:
        return on, False
    on = day - timedelta(days=1)
    while on.month == day.month and not workdays.is_workday(on):
        on -= timedelta(days=1)
    return (on, True) if on.month == day.month else (None, True)
