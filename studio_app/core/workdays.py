"""Working days (工作日): weekends and official holidays off, make-up working days (调休) on.

Deadlines such as "assign within 2 working days" count these days. The official schedule for
2004–2026 ships in the ``chinese_calendar`` package; later years are announced each November
by the State Council and entered by the coordinator (pasted from the notice, ``notices.py``) as
``CalendarDay`` rows, which also override the shipped dates. Until a year's notice is entered
(the year is *unpublished*), its statutory holidays are estimated by the law's own rules
(``statutory_days``) and everything counted over them says "调休安排待公布": the make-up working
days, and any extra day off, are not known yet.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache

from sqlalchemy import extract, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from studio_app.base.enums import DayKind
from studio_app.base.enums import RequestStatus as S
from studio_app.base.errors import ConflictError, NotFoundError
from studio_app.base.i18n import N_, tr
from studio_app.base.messages import encode
from studio_app.base.text import clean_text
from studio_app.core.guard import acting_user
from studio_app.core.holiday_notice import Notice
from studio_app.core.models import AppSetting, CalendarDay, Request, RequestEvent, utcnow
from studio_app.core.records import check_version, conflict
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator

MAX_SPAN = 3660  # days searched for the n-th working day: ten years is never a deadline
PENDING = N_("调休安排待公布")  # said wherever a day of an unpublished year is counted or shown
PUBLISHED_KEY = "calendar.published_years"  # the years whose notice was entered: "2027,2028"


@cache
def shipped_year(year: int) -> bool:
    """Whether the shipped official schedule covers ``year``."""
    import chinese_calendar

    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


@cache
def last_shipped_year() -> int:
    from chinese_calendar import holidays

    return max(holidays).year


@cache
def statutory_days(year: int) -> dict[date, str]:
    """The days off fixed by 《全国年节及纪念日放假办法》 (2024 revision), by their Chinese
    names: 元旦 1/1; 春节 除夕 and 正月初一至初三; 清明 on its solar term; 劳动节 5/1–5/2;
    端午 五月初五; 中秋 八月十五; 国庆 10/1–10/3. 除夕 is the day before 正月初一, so the 29th
    of the twelfth month when that month is short."""
    from chinese_calendar import get_solar_terms
    from lunar_python import Lunar

    def lunar(month: int, day: int) -> date:
        solar = Lunar.fromYmd(year, month, day).getSolar()
        return date(solar.getYear(), solar.getMonth(), solar.getDay())

    new_year = lunar(1, 1)
    qingming = next(d for d, term in get_solar_terms(date(year, 4, 1), date(year, 4, 10))
                    if term == "清明")  # fmt: skip
    named = [
        (date(year, 1, 1), "元旦"),
        *((new_year + timedelta(days=i), "春节") for i in range(-1, 3)),
        (qingming, "清明节"),
        (date(year, 5, 1), "劳动节"), (date(year, 5, 2), "劳动节"),
        (lunar(5, 5), "端午节"),
        (lunar(8, 15), "中秋节"),
        *((date(year, 10, d), "国庆节") for d in (1, 2, 3)),
    ]  # fmt: skip
    days: dict[date, str] = {}
    for day, name in named:  # 中秋 may fall on 1–3 October: one day, both names
        days[day] = f"{days[day]}、{name}" if day in days else name
    return days


@dataclass(frozen=True)
class WorkCalendar:
    """The working-day calendar: shipped dates, overridden by the coordinator's ``entries``;
    a year neither shipped nor ``published`` (its notice entered) has its statutory holidays
    estimated.

    Each year's days are worked out once per calendar (a list and its running count), so
    lateness over months for a page of requests costs a few subtractions, not a walk per row.
    """

    entries: Mapping[date, DayKind] = field(default_factory=dict)
    published: frozenset[int] = frozenset()
    _years: dict[int, list[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def _decide(self, day: date) -> bool:
        if (kind := self.entries.get(day)) is not None:
            return kind == DayKind.WORKDAY
        if shipped_year(day.year):
            # chinese_calendar.is_workday's own rule, read from its tables: the function checks
            # the year's range first, with a min() and max() over every holiday on each call.
            from chinese_calendar import holidays, workdays

            return day in workdays or (day.weekday() < 5 and day not in holidays)
        if self.unpublished(day.year) and day in statutory_days(day.year):
            return False  # estimated: the law fixes the day off, the notice only adds 调休
        return day.weekday() < 5

    def _running(self, year: int) -> list[int]:
        """Working days of ``year`` from 1 January up to and including each day of it."""
        counts = self._years.get(year)
        if counts is None:
            counts, total, day = [], 0, date(year, 1, 1)
            while day.year == year:
                total += self._decide(day)
                counts.append(total)
                day += timedelta(days=1)
            self._years[year] = counts
        return counts

    def is_workday(self, day: date) -> bool:
        counts, index = self._running(day.year), day.timetuple().tm_yday - 1
        return counts[index] != (counts[index - 1] if index else 0)

    def add_workdays(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself is not counted)."""
        if n < 0:
            raise ValueError("n must not be negative")
        day = start
        for _ in range(MAX_SPAN):
            if n == 0:
                return day
            day += timedelta(days=1)
            if self.is_workday(day):
                n -= 1
        raise ValueError(f"no {n} working days within {MAX_SPAN} days of {start}")

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end < start:
            return -self.workdays_between(end, start)
        before = self._running(start.year)[start.timetuple().tm_yday - 1]
        upto = self._running(end.year)[end.timetuple().tm_yday - 1]
        return upto - before + sum(self._running(y)[-1] for y in range(start.year, end.year))

    def unpublished(self, year: int) -> bool:
        """Whether ``year``'s holidays are estimated: after the last shipped year, its notice
        not entered (a year before the shipped ones, 2003 say, is counted by weekends)."""
        return year > last_shipped_year() and year not in self.published

    def unpublished_years(self, years: Iterable[int]) -> list[int]:
        return [y for y in years if self.unpublished(y)]

    def pending_note(self, *days: date | None) -> str:
        """The words "调休安排待公布" when a count over ``days`` (a step's start and its
        deadline, or one day) touches an unpublished year; else ""."""
        years = [d.year for d in days if d is not None]
        if years and self.unpublished_years(range(min(years), max(years) + 1)):
            return tr(PENDING)  # i18n: from PENDING
        return ""


@dataclass(frozen=True)
class CalendarEntry:
    id: uuid.UUID
    day: date
    kind: DayKind
    name: str
    version: int = 0  # as read: a change saved elsewhere since is refused (ConflictError)


# The shipped schedule names its holidays in English; they are kept and stored by their
# Chinese names, shown with ``tr`` (the interface's English comes from the catalogue).
HOLIDAY_NAMES = {
    "New Year's Day": N_("元旦"), "Spring Festival": N_("春节"),
    "Tomb-sweeping Day": N_("清明节"), "Labour Day": N_("劳动节"),
    "Dragon Boat Festival": N_("端午节"), "National Day": N_("国庆节"),
    "Mid-autumn Festival": N_("中秋节"), "Anti-Fascist 70th Day": N_("抗战胜利70周年纪念日"),
}  # fmt: skip


@dataclass(frozen=True)
class YearDay:
    """A day that breaks the weekday/weekend pattern: a weekday off or a weekend worked."""

    day: date
    kind: DayKind
    name: str
    entered: bool  # entered by the coordinator (else from the shipped official schedule)
    estimated: bool = False  # a statutory holiday of an unpublished year, by the law's rules
    version: int = 0  # an entered day's, as read (``CalendarService.set_day``)


def shipped_days(year: int) -> list[YearDay]:
    """The official schedule's weekdays off and weekend working days of ``year``."""
    if not shipped_year(year):
        return []
    import chinese_calendar

    found = []
    day = date(year, 1, 1)
    while day.year == year:
        holiday, name = chinese_calendar.get_holiday_detail(day)
        weekend = day.weekday() >= 5
        if holiday != weekend:  # a weekday off, or a weekend day worked
            kind = DayKind.HOLIDAY if holiday else DayKind.WORKDAY
            found.append(YearDay(day, kind, HOLIDAY_NAMES.get(name or "", name or ""), False))
        day += timedelta(days=1)
    return found


def estimated_days(year: int) -> list[YearDay]:
    """The statutory holidays of ``year`` that fall on a weekday, estimated (预估)."""
    return [
        YearDay(day, DayKind.HOLIDAY, name, False, estimated=True)
        for day, name in sorted(statutory_days(year).items())
        if day.weekday() < 5
    ]


class CalendarService:
    def __init__(self, db: SessionSource):
        self.db = db
        self._cached: tuple[tuple, WorkCalendar] | None = None

    def calendar(self) -> WorkCalendar:
        """The calendar as entered now; kept while no day was entered, changed or removed and
        no notice saved (here or on another PC sharing the server), which one small query
        tells."""
        with self.db.session() as s:
            stamp = (
                *s.execute(select(func.count(), func.max(CalendarDay.updated_at))).one(),
                s.scalar(select(AppSetting.value).where(AppSetting.key == PUBLISHED_KEY)),
            )
            cached = self._cached
            if cached is not None and cached[0] == stamp:
                return cached[1]
            calendar = _calendar_in(s)
        self._cached = (stamp, calendar)
        return calendar

    def entries(self, year: int) -> list[CalendarEntry]:
        stmt = (
            select(CalendarDay)
            .where(extract("year", CalendarDay.day) == year)
            .order_by(CalendarDay.day)
        )
        with self.db.session() as s:
            return [CalendarEntry(d.id, d.day, d.kind, d.name, d.version) for d in s.scalars(stmt)]

    def year_days(self, year: int) -> list[YearDay]:
        """Every exception of ``year``: the shipped ones (or, in an unpublished year, the
        estimated statutory holidays), overridden by those entered."""
        if self.calendar().unpublished(year):
            by_day = {d.day: d for d in estimated_days(year)}
        else:
            by_day = {d.day: d for d in shipped_days(year)}
        for e in self.entries(year):
            by_day[e.day] = YearDay(e.day, e.kind, e.name, True, version=e.version)
        return [by_day[d] for d in sorted(by_day)]

    def set_day(self, day: date, kind: DayKind, name: str = "", *,
                version: int | None = None) -> CalendarEntry:  # fmt: skip
        """Enter (or change) one day: a holiday (放假) or a make-up working day (调休上班).
        The deadlines it moves move with it (``follow_calendar``). ``version``: the entry's as
        the form read it (0: the day was not entered then); a change saved elsewhere since is
        refused (``ConflictError``)."""
        v = Validator()
        name = v.length("name", tr("名称"), clean_text(name), max_length=50)
        v.raise_if_any()
        with self._entered_elsewhere(day), self.db.session() as s:
            before = _calendar_in(s)
            entry = s.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
            if entry is None:
                if version:  # it was entered when read: removed since
                    raise ConflictError()
                entry = CalendarDay(day=day)
                s.add(entry)
            elif version is not None:
                check_version(entry, version)
            entry.kind, entry.name = kind, name
            s.flush()
            follow_calendar(s, before, _calendar_in(s))
            return CalendarEntry(entry.id, entry.day, entry.kind, entry.name, entry.version)

    @contextmanager
    def _entered_elsewhere(self, day: date) -> Iterator[None]:
        """Two PCs entering the same new day at once: the database's unique day refuses the
        second, which is told who entered it first."""
        try:
            yield
        except IntegrityError as exc:
            with self.db.session() as s:
                entry = s.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
                raise (conflict(entry) if entry is not None else ConflictError()) from exc

    def save_notice(self, notice: Notice) -> int:
        """Enter the days of a State Council notice (``holiday_notice.read_notice``) and count
        its year as published, in one transaction. Days entered by hand that the notice does
        not name are kept (a county's own day off); the dialog lists them for a check.

        Returns how many requests' deadlines moved with it (``follow_calendar``)."""
        with self.db.session() as s:
            before = _calendar_in(s)
            existing = {
                e.day: e
                for e in s.scalars(
                    select(CalendarDay).where(CalendarDay.day.in_([d.day for d in notice.days]))
                )
            }
            for d in notice.days:
                entry = existing.get(d.day)
                if entry is None:
                    entry = CalendarDay(day=d.day)
                    s.add(entry)
                entry.kind, entry.name = d.kind, d.name[:50]
            setting = s.get(AppSetting, PUBLISHED_KEY)
            if setting is None:
                setting = AppSetting(key=PUBLISHED_KEY, value="")
                s.add(setting)
            years = _years_of(setting.value) | {notice.year}
            setting.value = ",".join(map(str, sorted(years)))
            s.flush()
            return follow_calendar(s, before, _calendar_in(s))

    def kept_beside(self, notice: Notice) -> list[CalendarEntry]:
        """The days of the notice's year entered by hand that it does not name: kept when it
        is saved, shown so that a guess made before it was published can be removed."""
        named = {d.day for d in notice.days}
        return [e for e in self.entries(notice.year) if e.day not in named]

    def remove_day(self, day: date, *, version: int | None = None) -> None:
        with self.db.session() as s:
            before = _calendar_in(s)
            entry = s.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
            if entry is None:
                raise NotFoundError(tr("{day} 没有录入过，无需删除。").format(day=day.isoformat()))
            check_version(entry, version)
            s.delete(entry)
            s.flush()
            follow_calendar(s, before, _calendar_in(s))


def _calendar_in(s: Session) -> WorkCalendar:
    """The calendar as the transaction ``s`` sees it (its own changes included)."""
    published = s.scalar(select(AppSetting.value).where(AppSetting.key == PUBLISHED_KEY))
    return WorkCalendar(
        {d.day: d.kind for d in s.scalars(select(CalendarDay))}, _years_of(published)
    )


# The deadline each open step waits for, and the code of the history's note when it moves.
_STEPS = (
    (frozenset({S.REGISTERED}), "assign_due", "request.assign_due_moved"),
    (frozenset({S.ASSIGNED, S.IN_PROGRESS}), "answer_due", "request.answer_due_moved"),
    (frozenset({S.ANSWERED}), "return_visit_due", "request.return_visit_due_moved"),
)


def _changed_days(before: WorkCalendar, after: WorkCalendar) -> list[date]:
    """The days whose working-day status differs: entered days, and the estimated holidays of
    a year published or unpublished meanwhile."""
    days = set(before.entries) | set(after.entries)
    for year in before.published ^ after.published:
        days |= set(statutory_days(year))
    return sorted(d for d in days if before.is_workday(d) != after.is_workday(d))


def follow_calendar(s: Session, before: WorkCalendar, after: WorkCalendar) -> int:
    """Move the deadlines of the steps not yet done when the calendar changed under them.

    A deadline was "n working days after the step's start"; the step keeps its n (whatever
    the deadline settings say now, and whatever extension made it n), counted again on the
    new calendar. The history of each request moved says from which day to which. Returns
    how many requests moved."""
    changed = _changed_days(before, after)
    if not changed:
        return 0
    at = utcnow()
    user = acting_user(s)
    moved = 0
    for statuses, field_name, code in _STEPS:
        column = getattr(Request, field_name)
        stmt = select(Request).where(
            Request.status.in_(statuses), Request.archived_at.is_(None), column >= changed[0]
        )
        requests = list(s.scalars(stmt))
        starts = _answer_starts(s, requests) if field_name == "answer_due" else {}
        for r in requests:
            due: date = getattr(r, field_name)
            start = _local(starts.get(r.id) or _step_start(r, field_name))
            n = before.workdays_between(start, due)
            if n < 0:
                continue  # a deadline set before its own step: not this rule's to move
            new_due = after.add_workdays(start, n)
            if new_due == due:
                continue
            setattr(r, field_name, new_due)
            count = s.scalar(select(func.count()).where(RequestEvent.request_id == r.id)) or 0
            s.add(RequestEvent(
                request_id=r.id, sequence=count + 1, at=at, actor=user.name if user else "",
                from_status=r.status, to_status=r.status,
                note=encode(code, old=due.isoformat(), new=new_due.isoformat()),
            ))  # fmt: skip
            moved += 1
    return moved


def _step_start(r: Request, field_name: str) -> datetime:
    if field_name == "return_visit_due" and r.answered_at is not None:
        return r.answered_at
    return r.registered_at


def _answer_starts(s: Session, requests: list[Request]) -> dict[uuid.UUID, datetime]:
    """When each reopened request's answer period began: its latest reopening after an
    unsatisfied return visit (a period of its own). Others answer by the date promised at
    registration (``_step_start``), whoever they were assigned or re-routed to since."""
    if not requests:
        return {}
    stmt = (
        select(RequestEvent)
        .where(
            RequestEvent.request_id.in_([r.id for r in requests]),
            RequestEvent.from_status.in_((S.ANSWERED, S.CLOSED)),
            RequestEvent.to_status == S.IN_PROGRESS,
        )
        .order_by(RequestEvent.request_id, RequestEvent.sequence)
    )
    return {e.request_id: e.at for e in s.scalars(stmt)}  # the latest of each wins


def _local(at: datetime) -> date:
    """The local day of a step, which its deadline counted from."""
    return at.astimezone().date()


def _years_of(stored: str | None) -> frozenset[int]:
    return frozenset(int(y) for y in (stored or "").split(",") if y.strip().isdigit())
