"""Reading the State Council's holiday notice (国务院办公厅关于某年部分节假日安排的通知), pasted
whole, into the year's days off and make-up working days.

Each item reads like ``二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，
共8天。1月26日（周日）、2月8日（周六）上班。``: a range off (放假), then the Saturdays and Sundays
worked (上班), or ``不调休``. A date without its month takes the month before it (``4月4日至6日``),
without its year the notice's year, and a range that runs past 31 December ends in the next year.
The weekday the notice prints beside a date and its ``共N天`` are checked, so a mistyped digit is
caught before it moves anyone's deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from studio_app.base.enums import DayKind
from studio_app.base.errors import ValidationError
from studio_app.base.i18n import N_, tr

_TITLE_YEAR = re.compile(r"关于\s*(\d{4})\s*年[^。\n]{0,12}节假日安排")
_ITEM = re.compile(
    r"[一二三四五六七八九十]+[、.．]\s*([^：:。\n]{1,30}?)\s*[：:]"
    r"(.*?)(?=[一二三四五六七八九十]+[、.．]\s*[^：:。\n]{1,30}?\s*[：:]|节假日期间|\Z)",
    re.S,
)
_DATE = re.compile(
    r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*(?:[（(]([^）)]*)[）)])?"
)
_TOTAL = re.compile(r"共\s*(\d+)\s*天")
_WEEKDAYS = "一二三四五六日"
_WEEKDAY_NAMES = (
    N_("星期一"), N_("星期二"), N_("星期三"), N_("星期四"), N_("星期五"), N_("星期六"),
    N_("星期日"),
)  # fmt: skip
_WEEKDAY = re.compile(r"(?:周|星期)([一二三四五六日天])")


@dataclass(frozen=True)
class NoticeDay:
    day: date
    kind: DayKind  # HOLIDAY: 放假; WORKDAY: 调休上班
    name: str  # the holiday as the notice names it: 春节, 国庆节、中秋节


@dataclass(frozen=True)
class Notice:
    """What a pasted notice says: its year, every day it names, and what did not add up."""

    year: int
    days: tuple[NoticeDay, ...]
    problems: tuple[str, ...]  # the weekday or 共N天 printed disagrees with the dates: check

    def holidays(self) -> list[NoticeDay]:
        return [d for d in self.days if d.kind == DayKind.HOLIDAY]

    def workdays(self) -> list[NoticeDay]:
        return [d for d in self.days if d.kind == DayKind.WORKDAY]


def read_notice(text: str) -> Notice:
    """The days of a pasted notice; a text that is not such a notice is refused, saying why."""
    text = (text or "").replace("\u3000", " ")
    found = _TITLE_YEAR.search(text)
    if found is None:
        raise ValidationError.single("notice", tr("通知全文"), tr(
            "没有找到通知的标题（国务院办公厅关于某年部分节假日安排的通知）。请把通知从标题到"
            "落款整篇粘贴进来。"))  # fmt: skip
    year = int(found.group(1))
    days: dict[date, NoticeDay] = {}
    problems: list[str] = []
    for item in _ITEM.finditer(text[found.end() :]):
        name, body = item.group(1).strip(), item.group(2)
        for sentence in re.split(r"[。；;]", body):
            if "上班" in sentence:
                for day in _dates(sentence, year, problems):
                    days[day] = NoticeDay(day, DayKind.WORKDAY, name)
            elif "放假" in sentence:
                off = _dates(sentence, year, problems)
                if "至" in sentence and len(off) == 2:
                    off = [off[0] + timedelta(days=i) for i in range((off[1] - off[0]).days + 1)]
                total = _TOTAL.search(sentence)
                if total and int(total.group(1)) != len(off) and off:
                    problems.append(tr("{name}：通知写共 {total} 天，日期算来是 {n} 天。").format(
                        name=name, total=total.group(1), n=len(off)))  # fmt: skip
                for day in off:
                    days[day] = NoticeDay(day, DayKind.HOLIDAY, name)
    if not days:
        raise ValidationError.single("notice", tr("通知全文"), tr(
            "通知里没有找到放假日期。请确认粘贴的是整篇通知，每个节日一条，"
            "如“一、元旦：1月1日（周三）放假1天，不调休。”"))  # fmt: skip
    return Notice(year, tuple(days[d] for d in sorted(days)), tuple(problems))


def _dates(sentence: str, year: int, problems: list[str]) -> list[date]:
    """The dates of one sentence in order, each taking the year and month it leaves out from
    the one before it (the first from the notice's year)."""
    found: list[date] = []
    month = None
    for m in _DATE.finditer(sentence):
        explicit_year, month_text, day_text, aside = m.groups()
        month = int(month_text) if month_text else month
        if month is None:
            continue  # a bare "3日" with no month before it is no date
        y = int(explicit_year) if explicit_year else (found[-1].year if found else year)
        try:
            day = date(y, month, int(day_text))
        except ValueError:
            problems.append(tr("“{text}”不是有效的日期。").format(text=m.group(0).strip()))
            continue
        if found and day < found[-1] and not explicit_year:
            day = day.replace(year=day.year + 1)  # 12月31日至1月2日: into the next year
        printed = _WEEKDAY.search(aside or "")
        if printed:
            weekday = "日" if printed.group(1) == "天" else printed.group(1)
            if (said := _WEEKDAYS.index(weekday)) != day.weekday():
                names = [tr(n) for n in _WEEKDAY_NAMES]  # i18n: from _WEEKDAY_NAMES
                problems.append(tr("{day} 通知写的是{printed}，实际是{actual}。").format(
                    day=day.isoformat(), printed=names[said], actual=names[day.weekday()]))  # fmt: skip
        found.append(day)
    return found
