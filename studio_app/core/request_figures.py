"""Figures of the visitor-request loop for a period, as a county office would audit them.

The period is a cohort: the requests registered on local dates ``start``..``end`` (not archived),
followed to wherever they stand on ``today``. Every rate counts requests, not steps, and judges
a deadline by the local date of the step (a deadline is met on its own day, as in ``overdue``).

- 来访 人次 (``visits``) is the number of requests registered: one matter raised is one
  visit-time. ``visitors`` is the number of distinct people (each anonymous request is one).
- 办结 (``closed``): the period's requests closed by a 满意 or 基本满意 return visit, those
  converted into a proposal after closing included (``CLOSED_MEANS``). It is the one count of
  closed requests: the 工作台 shows no other.
- 接待日 (``reception_days_held``): reception days marked held with ``held_on`` in the period.
- 交办及时率 (``assign_on_time``): first assigned (the 登记→已交办 step; a later re-routing does
  not count) on or before ``assign_due``, over those assigned plus those still 登记 with
  ``assign_due`` before ``today``. Not counted: not yet due, and requests rejected, merged or
  converted before any assignment.
- 答复及时率 (``answer_on_time``): the current answer given on or before ``answer_due``, over
  those answered plus those still owing one (登记/已交办/办理中) with ``answer_due`` before
  ``today``. ``answer_due`` is the date promised at registration: a late 交办 or a re-routing
  (改派) does not move it, a 延期 does (counted in ``extended``). After an unsatisfied return
  visit the request is judged on its new answer and new deadline. Not counted: not yet due,
  and requests closed off (rejected, merged, converted) before an answer.
- 延期 (``extended``): the period's requests whose answer deadline was extended at least once.
- 回访率 (``return_visit``): visitors called back and none overdue now, over those called back
  plus those waiting past ``return_visit_due`` (已答复, or merged into a request that was
  answered: each merged visitor has a return visit of their own, 百分百回访 means every
  visitor). An answer converted into a report before its call back, or not yet due, is not
  counted. 满意率 and 一次性化解率 count merged visitors' own return visits too.
- 满意率 (``satisfaction``): requests whose latest return visit was 满意 or 基本满意, over
  requests with at least one return visit.
- 一次性化解率 (``first_time_resolution``): requests closed 满意/基本满意 at the first return
  visit (never reopened), over requests with at least one return visit.

Each rate keeps its numerator and denominator; its ``value`` is None when nothing is counted.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    and_,
    case,
    distinct,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from studio_app.base.enums import ReceptionStatus, RequestStatus, Satisfaction
from studio_app.base.i18n import tr
from studio_app.core.models import Member, ReceptionDay, Request, RequestEvent, Visitor
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.workdays import CalendarService

S = RequestStatus
SATISFIED = (Satisfaction.SATISFIED, Satisfaction.BASICALLY)
ANSWER_OWED = (S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS)  # promised an answer, not given yet
CLOSED_NAME = "办结"
CLOSED_MEANS = "这段时间登记的诉求中，回访满意或基本满意而办结的件数（办结后转为提案的也算）"
RATE_LABELS = {
    "assign_on_time": "交办及时率",
    "answer_on_time": "答复及时率",
    "return_visit": "回访率",
    "satisfaction": "满意率",
    "first_time_resolution": "一次性化解率",
}


def local_day_start(day: date) -> datetime:
    """The UTC instant local ``day`` begins: the inverse of ``at.astimezone().date()``."""
    return datetime.combine(day, time()).astimezone(UTC)


def registered_between(start: date, end: date) -> tuple[ColumnElement[bool], ...]:
    """Requests registered on local dates ``start``..``end``, as an indexed UTC range."""
    return (
        Request.registered_at >= local_day_start(start),
        Request.registered_at < local_day_start(end + timedelta(days=1)),
    )


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def __str__(self) -> str:
        """95.0%（19/20）, or — when nothing is counted."""
        if self.value is None:
            return "—"
        return tr("{name}（{note}）").format(
            name=f"{self.value:.1%}", note=f"{self.numerator}/{self.denominator}"
        )

    def to_json(self) -> dict[str, float | int | None]:
        return {"value": self.value, "numerator": self.numerator, "denominator": self.denominator}


@dataclass(frozen=True)
class MemberCount:
    member_id: uuid.UUID | None  # None: not assigned to a member
    name: str  # "" when unassigned
    count: int


@dataclass(frozen=True)
class Figures:
    start: date
    end: date
    today: date
    reception_days_held: int
    visitors: int  # distinct people
    visits: int  # 人次: requests registered
    closed: int  # 办结: closed by a satisfied return visit (converted afterwards included)
    extended: int  # 延期: requests whose answer deadline was extended
    by_status: dict[RequestStatus, int]  # every status, zeros included
    by_category: dict[str, int]  # most first; "" is uncategorised
    by_village: dict[str, int]  # the visitor's village; "" when not given
    by_member: tuple[MemberCount, ...]  # the assignee, most first
    assign_on_time: Rate
    answer_on_time: Rate
    return_visit: Rate
    satisfaction: Rate
    first_time_resolution: Rate

    def rates(self) -> dict[str, Rate]:
        return {key: getattr(self, key) for key in RATE_LABELS}

    def summary_lines(self) -> list[str]:
        """The rates in Chinese, one a line: 交办及时率：95.0%（19/20）."""
        return [
            tr("{label}：{text}").format(label=tr(RATE_LABELS[key]), text=rate)
            for key, rate in self.rates().items()
        ]

    def to_json(self) -> dict:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "as_of": self.today.isoformat(),
            "reception_days_held": self.reception_days_held,
            "visitors": self.visitors,
            "visits": self.visits,
            "closed": self.closed,
            "extended": self.extended,
            "by_status": {status.value: n for status, n in self.by_status.items()},
            "by_category": dict(self.by_category),
            "by_village": dict(self.by_village),
            "by_member": [
                {
                    "member_id": str(m.member_id) if m.member_id else None,
                    "name": m.name,
                    "count": m.count,
                }
                for m in self.by_member
            ],
            "rates": {key: rate.to_json() for key, rate in self.rates().items()},
        }


def _most_first(counts: Counter) -> dict[str, int]:
    return dict(sorted(((k or "", n) for k, n in counts.items()), key=lambda kv: (-kv[1], kv[0])))


class _ShiftedDate(FunctionElement):
    """A date plus a number of seconds, as a (naive UTC) timestamp, in each dialect's words."""

    type = DateTime()
    inherit_cache = True

    def __init__(self, day: ColumnElement, seconds: int):
        super().__init__(day, literal(seconds, Integer))  # a parameter: part of the cache key


@compiles(_ShiftedDate, "sqlite")
def _shifted_sqlite(element: _ShiftedDate, compiler, **kw) -> str:
    day, seconds = (compiler.process(c, **kw) for c in element.clauses)
    # 'YYYY-MM-DD HH:MM:SS' compares correctly with the stored 'YYYY-MM-DD HH:MM:SS.ffffff'.
    return f"datetime({day}, {seconds} || ' seconds')"


@compiles(_ShiftedDate)
def _shifted_default(element: _ShiftedDate, compiler, **kw) -> str:
    day, seconds = (compiler.process(c, **kw) for c in element.clauses)
    return f"({day} + {seconds} * INTERVAL '1 second')"


def day_ends(due: ColumnElement, first: date, last: date) -> ColumnElement:
    """The UTC instant the local date in ``due`` ends, for dates ``first``..``last``.

    Only this process knows the local zone, so its offset goes into the SQL: one shift per
    stretch of dates with the same offset (a single one where there is no summer time).
    """

    def seconds(day: date) -> int:
        ends = local_day_start(day + timedelta(days=1))
        return int((ends - datetime.combine(day, time(), UTC)).total_seconds())

    stretches = [(first, seconds(first))]  # (from this date, seconds)
    day = first + timedelta(days=1)
    while day <= last:
        if seconds(day) != stretches[-1][1]:
            stretches.append((day, seconds(day)))
        day += timedelta(days=1)
    if len(stretches) == 1:
        return _ShiftedDate(due, stretches[0][1])
    return case(
        *((due < later, _ShiftedDate(due, n)) for (_, n), (later, _) in pairwise(stretches)),
        else_=_ShiftedDate(due, stretches[-1][1]),
    )


def rate_conditions(today: date, first_due: date, last_due: date) -> tuple[ColumnElement, ...]:
    """What each rate counts of a request, as SQL conditions: the numerator and denominator of
    each rate in RATE_LABELS order (a count of the requests matching each gives the rate).
    ``first_due``..``last_due`` span the deadlines of the requests counted (``day_ends``)."""
    # 交办 on time is judged by the first assignment (the 登记→已交办 step): re-routing
    # moves assigned_at, never back. So a request whose latest assignment was in time was
    # first assigned in time too, and only the others' first step is looked up.
    assign_ends = day_ends(Request.assign_due, first_due, last_due)
    first_in_time = (
        select(RequestEvent.id)
        .where(
            RequestEvent.request_id == Request.id,
            RequestEvent.from_status == S.REGISTERED,
            RequestEvent.to_status == S.ASSIGNED,
            RequestEvent.at < assign_ends,
        )
        .exists()
    )
    assigned_in_time = case(
        (Request.assigned_at < assign_ends, True),
        (Request.assigned_at.is_(None), False),
        else_=first_in_time,
    )
    # Set by an answer, cleared on reopening. A merged visitor's answer is the request's
    # they joined: judged there, not twice.
    answered = and_(Request.return_visit_due.is_not(None), Request.status != S.MERGED)
    visited = Request.satisfaction.is_not(None)
    # Waiting for a call back past its date: 已答复, or a merged or converted visitor
    # (whose return_visit_due is set only while their own call back is awaited).
    visit_overdue = and_(
        Request.status.in_((S.ANSWERED, S.MERGED, S.CONVERTED)),
        Request.return_visit_due.is_not(None),
        Request.return_visit_due < today,
    )
    satisfied = Request.satisfaction.in_(SATISFIED)
    return (
        assigned_in_time,
        or_(
            Request.assigned_at.is_not(None),
            and_(Request.status == S.REGISTERED, Request.assign_due < today),
        ),
        and_(answered, Request.answered_at < day_ends(Request.answer_due, first_due, last_due)),
        or_(
            answered,
            and_(Request.status.in_(ANSWER_OWED), Request.answer_due < today),
        ),
        and_(visited, ~visit_overdue),
        or_(visited, visit_overdue),
        satisfied,
        visited,
        and_(satisfied, Request.reopen_count == 0),
        visited,
    )


def closed_label() -> str:
    """办结, as the 工作台 names the count ``Figures.closed``."""
    return tr(CLOSED_NAME)


def closed_meaning() -> str:
    """What ``Figures.closed`` counts, in a sentence."""
    return tr(CLOSED_MEANS)


class FigureService:
    def __init__(self, db: SessionSource, calendar: CalendarService):
        self.db = db
        self.calendar = calendar  # deadlines are stored as dates: the rates need no calendar

    def figures(
        self,
        start: date,
        end: date,
        *,
        studio_id: uuid.UUID | None = None,
        today: date | None = None,
    ) -> Figures:
        """The period's figures in three passes over its requests (and one over its days):
        by village, by status and category (with the rates), by assignee. Each returns a few
        hundred rows at most, so a county's year takes little more than reading its requests."""
        today = today or date.today()
        where = [*registered_between(start, end), Request.archived_at.is_(None)]
        days_where = [
            ReceptionDay.status == ReceptionStatus.HELD,
            ReceptionDay.held_on.between(start, end),
            ReceptionDay.archived_at.is_(None),
        ]
        if studio_id is not None:
            where.append(Request.studio_id == studio_id)
            days_where.append(ReceptionDay.studio_id == studio_id)
        statuses, categories = Counter(), Counter()
        rates, closed, extended, members = [0] * (2 * len(RATE_LABELS)), 0, 0, []
        with self.db.session() as s:
            held = s.scalar(select(func.count()).select_from(ReceptionDay).where(*days_where))
            villages, visitors, dues = self._villages(s, where)
            if dues:
                for status, category, n, n_extended, *counts in self._groups(
                    s, where, today, *dues
                ):
                    statuses[status] += n
                    extended += n_extended
                    categories[category] += n
                    rates = [a + b for a, b in zip(rates, counts, strict=True)]
                    # CLOSED is reached only by a satisfied return visit; CONVERTED after one.
                    closed += n if status == S.CLOSED else counts[6] * (status == S.CONVERTED)
                members = self._assignees(s, where)
        return Figures(
            start,
            end,
            today,
            held or 0,
            visitors,
            villages.total(),
            closed,
            extended,
            {status: statuses[status] for status in S},
            _most_first(categories),
            _most_first(villages),
            tuple(members),
            *(Rate(rates[i], rates[i + 1]) for i in range(0, len(rates), 2)),
        )

    @staticmethod
    def _villages(s: Session, where: list) -> tuple[Counter, int, tuple[date, date] | None]:
        """Requests per village, distinct visitors, and the span of deadlines to convert."""
        stmt = (
            select(
                Visitor.village,
                func.count(),
                func.count(distinct(Request.visitor_id)),
                func.min(Request.assign_due),
                func.max(Request.assign_due),
                func.min(Request.answer_due),
                func.max(Request.answer_due),
            )
            .select_from(Request)
            .outerjoin(Visitor, Visitor.id == Request.visitor_id)
            .where(*where)
            .group_by(Visitor.village)
        )
        villages: Counter = Counter()
        visitors, dues = 0, []
        for village, n, people, *span in s.execute(stmt):
            # One village per visitor, so the distinct counts of the groups add up.
            villages[village or ""] += n
            visitors += people
            dues += [d for d in span if d is not None]
        return villages, visitors, (min(dues), max(dues)) if dues else None

    @staticmethod
    def _assignees(s: Session, where: list) -> list[MemberCount]:
        """Requests per assignee (None: not assigned to a member), most first."""
        stmt = select(Request.assignee_id, func.count()).where(*where).group_by(Request.assignee_id)
        counts = dict(s.execute(stmt).all())
        ids = [mid for mid in counts if mid is not None]
        names = dict(s.execute(select(Member.id, Member.name).where(Member.id.in_(ids))).all())
        found = (
            MemberCount(mid, names.get(mid, "") if mid else "", n) for mid, n in counts.items()
        )
        return sorted(found, key=lambda m: (-m.count, m.name))

    @staticmethod
    def _groups(s: Session, where: list, today: date, first_due: date, last_due: date):
        """Counts per (status, category): requests, those extended, and the rates' numerators
        and denominators in RATE_LABELS order, for the caller to add up."""
        conditions = rate_conditions(today, first_due, last_due)
        stmt = (
            select(
                Request.status,
                Request.category,
                func.count(),
                func.count(case((Request.extension_count > 0, 1))),
                *(func.count(case((c, 1))) for c in conditions),
            )
            .where(*where)
            .group_by(Request.status, Request.category)
        )
        return s.execute(stmt)
