"""Times as the coordinator reads them: in this PC's time zone (records keep UTC)."""

from __future__ import annotations

from datetime import date, datetime

from studio_app.base.i18n import tr


def local_minute(at: datetime) -> str:
    """2026-11-16 09:30"""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def chinese_date(day: date) -> str:
    """2026年11月16日"""
    return tr("{y}年{m}月{d}日").format(y=day.year, m=day.month, d=day.day)


def time_span(start: datetime, end: datetime | None, *, chinese: bool = False) -> str:
    """The start, and the end's time (or its date and time on another day):
    2026-11-16 09:00—12:00, or with ``chinese`` 2026年11月16日 09:00—12:00."""

    def full(at: datetime) -> str:
        local = at.astimezone()
        return f"{chinese_date(local.date())} {local:%H:%M}" if chinese else local_minute(at)

    text = full(start)
    if end is not None:
        same_day = end.astimezone().date() == start.astimezone().date()
        text += "—" + (f"{end.astimezone():%H:%M}" if same_day else full(end))
    return text
