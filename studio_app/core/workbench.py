"""工作台: what the coordinator has to do today, in a few bounded, indexed queries.

``overdue`` and ``due_soon`` follow the step each request waits for (交办, 答复 or 回访, as in
``RequestService.overdue``): past its deadline, or 将到期 by the one rule of
``request_list.due_soon_until`` (today or the next working day), as the requests page colours
them. ``awaiting_return_visit`` is every 已答复 request, and every visitor merged into an answered
request not yet called back, whatever its deadline. The period's
figures (and the one count of closed requests) are ``FigureService.figures``.

Each list reads at most ``LIMIT`` rows through the (status, due date) indexes and carries the
full count, so the page stays fast at 100,000 requests. ``days`` on a row counts working days
from today to its deadline: 0 due today, 2 due in two working days, -3 three working days late
(the same count as ``RequestService.overdue``, with the sign turned).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from studio_app.base.enums import ReceptionStatus, RequestStatus
from studio_app.base.i18n import tr
from studio_app.core.models import ReceptionDay, Request, Visitor
from studio_app.core.reception_days import Duty, ReceptionDayService
from studio_app.core.request_list import due_soon_until
from studio_app.core.retention import visitor_label
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.visitor_requests import STAGE_DEADLINES, RequestService
from studio_app.core.workdays import CalendarService, WorkCalendar

S = RequestStatus
LIMIT = 200  # rows per list; the count says how many there are in all
SUMMARY = 40  # characters of the content shown


@dataclass(frozen=True)
class WorkRow:
    id: uuid.UUID
    number: str
    status: RequestStatus
    stage: str  # the step awaited: 交办, 答复 or 回访
    deadline: date
    days: int  # working days left until the deadline; negative: working days overdue
    summary: str  # the content, cut to SUMMARY characters
    visitor: str  # 匿名 for an anonymous visitor
    village: str


@dataclass(frozen=True)
class WorkList:
    rows: tuple[WorkRow, ...]  # at most LIMIT, the most urgent first
    total: int


@dataclass(frozen=True)
class NextReceptionDay:
    id: uuid.UUID
    studio_id: uuid.UUID
    held_on: date
    starts_at: time | None
    ends_at: time | None
    place: str
    theme: str
    duties: tuple[Duty, ...]


@dataclass(frozen=True)
class Workbench:
    today: date
    overdue: WorkList
    due_soon: WorkList
    awaiting_return_visit: WorkList
    next_reception_day: NextReceptionDay | None


class WorkbenchService:
    def __init__(
        self,
        db: SessionSource,
        calendar: CalendarService,
        requests: RequestService,
        reception_days: ReceptionDayService,
    ):
        self.db = db
        self.calendar = calendar
        # Not called: its overdue() loads every late request; the lists here apply the same
        # STAGE_DEADLINES and rule, bounded.
        self.requests = requests
        self.reception_days = reception_days

    def today(self, today: date | None = None, studio_id: uuid.UUID | None = None) -> Workbench:
        today = today or date.today()
        calendar = self.calendar.calendar()
        horizon = due_soon_until(calendar, today)
        days = _DaysLeft(calendar, today)
        scope = [Request.archived_at.is_(None)]
        if studio_id is not None:
            scope.append(Request.studio_id == studio_id)
        with self.db.session() as s:
            overdue = _stages(s, scope, lambda due: due < today, days)
            due_soon = _stages(s, scope, lambda due: due.between(today, horizon), days)
            awaiting = _list(
                # 已答复, and merged or converted visitors awaiting their own call back.
                s,
                [*scope, Request.status.in_((S.ANSWERED, S.MERGED, S.CONVERTED))],
                Request.return_visit_due,
                "回访",
                days,
            )
            upcoming = self._next_day(s, today, studio_id)
        next_day = None
        if upcoming is not None:
            duties = tuple(self.reception_days.duties(upcoming.id))
            next_day = NextReceptionDay(
                upcoming.id,
                upcoming.studio_id,
                upcoming.held_on,
                upcoming.starts_at,
                upcoming.ends_at,
                upcoming.place,
                upcoming.theme,
                duties,
            )
        return Workbench(today, overdue, due_soon, awaiting, next_day)

    @staticmethod
    def _next_day(s: Session, today: date, studio_id: uuid.UUID | None) -> ReceptionDay | None:
        stmt = select(ReceptionDay).where(
            ReceptionDay.status == ReceptionStatus.PLANNED,
            ReceptionDay.archived_at.is_(None),
            ReceptionDay.held_on >= today,
        )
        if studio_id is not None:
            stmt = stmt.where(ReceptionDay.studio_id == studio_id)
        return s.scalars(stmt.order_by(ReceptionDay.held_on).limit(1)).first()


class _DaysLeft:
    """Working days from today to a deadline (negative when past), each date looked up once:
    the lists' deadlines can reach back a year, and the calendar answers day by day."""

    def __init__(self, calendar: WorkCalendar, today: date):
        self.calendar = calendar
        self.counts = {today: 0}  # running count outward from today
        self.first = self.last = today

    def __call__(self, deadline: date) -> int:
        while deadline > self.last:
            day = self.last + timedelta(days=1)
            self.counts[day] = self.counts[self.last] + self.calendar.is_workday(day)
            self.last = day
        while deadline < self.first:
            day = self.first - timedelta(days=1)
            self.counts[day] = self.counts[self.first] - self.calendar.is_workday(self.first)
            self.first = day
        return self.counts[deadline]


def _stages(
    s: Session, scope: list, window: Callable[[ColumnElement], ColumnElement[bool]], days: _DaysLeft
) -> WorkList:
    """Requests whose current step's deadline falls in ``window``, over the three steps."""
    lists = [
        _list(s, [*scope, Request.status.in_(statuses), window(due)], due, stage, days)
        for statuses, due, stage in STAGE_DEADLINES
    ]
    rows = sorted(
        (r for wl in lists for r in wl.rows), key=lambda r: (r.days, r.deadline, r.number)
    )
    return WorkList(tuple(rows[:LIMIT]), sum(wl.total for wl in lists))


def _list(s: Session, where: list, due, stage: str, days: _DaysLeft) -> WorkList:
    # status IN (...) AND due <cmp> date, ordered by due: the (status, due) indexes serve it.
    where = [*where, due.is_not(None)]
    total = s.scalar(select(func.count()).select_from(Request).where(*where)) or 0
    stmt = (
        select(
            Request.id,
            Request.number,
            Request.status,
            due,
            func.substr(Request.content, 1, SUMMARY + 1),
            Visitor.name,
            Visitor.anonymous,
            Visitor.village,
        )
        .outerjoin(Visitor, Visitor.id == Request.visitor_id)
        .where(*where)
        .order_by(due, Request.number)
        .limit(LIMIT)
    )
    rows = tuple(
        WorkRow(
            rid,
            number,
            status,
            tr(stage),  # i18n: from STAGE_DEADLINES
            deadline,
            days(deadline),
            _cut(content),
            tr("匿名") if anonymous else visitor_label(name or ""),
            village or "",
        )
        for rid, number, status, deadline, content, name, anonymous, village in s.execute(stmt)
    )
    return WorkList(rows, total)


def _cut(text: str) -> str:
    return text if len(text) <= SUMMARY else text[:SUMMARY] + "…"
