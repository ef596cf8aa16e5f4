"""全县概览: every studio's figures side by side, and the county's overdue requests.

For the county office (``Permission.COUNTY_OVERVIEW``): per studio, for this month and this year,
the reception days held, the visitors, the requests, the five rates of ``request_figures`` (the
same conditions, ``rate_conditions``, with numerator and denominator) and how many of the
period's requests are overdue now; the county's totals; and the list of every overdue request.

Counted by grouped SQL over all the studios at once (one statement per period for the requests,
one for the days, one for the overdue), never a loop over the studios: a year of 30 studios and
100,000 requests reads each request once. The statements opt out of the studio scope
(``EVERY_STUDIO``) only after the permission was checked.

What is overdue is ``STAGE_DEADLINES``'s: a request past the deadline of the step it waits for
(交办, 答复 or 回访) as of ``today``; lateness in working days, as on the requests page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from studio_app.base.enums import Permission, ReceptionStatus
from studio_app.base.i18n import tr
from studio_app.core.guard import permit
from studio_app.core.models import Member, ReceptionDay, Request, Studio, StudioMembership
from studio_app.core.request_figures import (
    RATE_LABELS,
    Rate,
    rate_conditions,
    registered_between,
)
from studio_app.core.scope import EVERY_STUDIO, SCOPE_KEY
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.visitor_requests import STAGE_DEADLINES
from studio_app.core.workdays import CalendarService

if TYPE_CHECKING:
    from studio_app.core.points import MemberPoints, PointsService, SchemeVersion

COUNTY_WIDE = {EVERY_STUDIO: True}


def overdue_now(today: date):
    """A request past the deadline of the step it waits for (``STAGE_DEADLINES``)."""
    return or_(*(and_(Request.status.in_(statuses), column < today)
                 for statuses, column, _stage in STAGE_DEADLINES))  # fmt: skip


@dataclass(frozen=True)
class StudioFigures:
    """One studio's figures for a period (or the county's: ``studio_id`` None)."""

    studio_id: uuid.UUID | None
    name: str
    reception_days_held: int = 0
    visitors: int = 0  # distinct people
    requests: int = 0
    overdue: int = 0  # of the period's requests, overdue now
    rates: dict[str, Rate] = field(default_factory=lambda: {k: Rate(0, 0) for k in RATE_LABELS})

    def to_json(self) -> dict:
        return {
            "studio_id": str(self.studio_id) if self.studio_id else None,
            "name": self.name,
            "reception_days_held": self.reception_days_held,
            "visitors": self.visitors,
            "requests": self.requests,
            "overdue": self.overdue,
            "rates": {key: rate.to_json() for key, rate in self.rates.items()},
        }


@dataclass(frozen=True)
class PeriodOverview:
    """Every open studio's figures for ``start``..``end`` (requests registered then, followed
    to ``today``), in the studios' order, and the county's totals."""

    start: date
    end: date
    today: date
    studios: tuple[StudioFigures, ...]
    total: StudioFigures

    def to_json(self) -> dict:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "as_of": self.today.isoformat(),
            "studios": [f.to_json() for f in self.studios],
            "total": self.total.to_json(),
        }


@dataclass(frozen=True)
class CountyOverview:
    month: PeriodOverview
    year: PeriodOverview

    def to_json(self) -> dict:
        return {"month": self.month.to_json(), "year": self.year.to_json()}


@dataclass(frozen=True)
class OverdueRow:
    """A request past its deadline, as the county's list shows it: no visitor, no phone."""

    request_id: uuid.UUID
    studio: str
    number: str
    category: str
    stage: str  # what is late: 交办, 答复 or 回访
    deadline: date
    days_late: int  # working days after the deadline
    assignee: str  # the member it was assigned to ("" if none)
    unit: str  # the unit handling it ("" if none)

    def to_json(self) -> dict:
        return {
            "studio": self.studio,
            "number": self.number,
            "category": self.category,
            "stage": self.stage,
            "deadline": self.deadline.isoformat(),
            "days_late": self.days_late,
            "assignee": self.assignee,
            "unit": self.unit,
        }


@dataclass(frozen=True)
class CountyMemberPoints:
    points: MemberPoints
    studios: tuple[str, ...]  # every studio the member is in


@dataclass(frozen=True)
class CountyRanking:
    """Every active member of the county, one ranking, most points first."""

    year: int
    version: SchemeVersion
    rows: tuple[CountyMemberPoints, ...]


def month_and_year(today: date) -> tuple[tuple[date, date], tuple[date, date]]:
    """本月 and 本年, each up to ``today``."""
    return (today.replace(day=1), today), (date(today.year, 1, 1), today)


class CountyOverviewService:
    def __init__(
        self,
        db: SessionSource,
        calendar: CalendarService,
        points: Callable[[], PointsService],
    ):
        self.db = db
        self.calendar = calendar  # lateness counts working days
        self._points = points  # the members' record, loaded when the ranking is asked for

    def ranking(self, year: int) -> CountyRanking:
        """Every studio's active members ranked by their points for ``year`` (the county's
        scheme, as each studio's ranking scores them), each with the studios they are in."""
        from studio_app.core.activities import year_span
        from studio_app.core.points import MemberPoints, Scorer, member_code

        points = self._points()
        version = points.scheme_for(year)  # the scheme is the county's: no studio in it
        with self.db.session() as s:
            permit(s, Permission.COUNTY_OVERVIEW)
            # Checked: from here this session reads every studio, the activities' own counting
            # (which takes the session, not per-statement options) included.
            s.info[SCOPE_KEY] = None
            counts = points.activities.counts_in(s, *year_span(year))
            members = s.execute(
                select(Member.id, Member.name)
                .where(Member.archived_at.is_(None))
                .order_by(Member.sort_key)
            ).all()
            studios: dict[uuid.UUID, list[str]] = {}
            for member_id, name in s.execute(
                select(StudioMembership.member_id, Studio.name)
                .join(Studio, Studio.id == StudioMembership.studio_id)
                .order_by(Studio.created_at, Studio.name)
            ):
                studios.setdefault(member_id, []).append(name)
        scorer = Scorer(version.scheme)
        rows = [
            CountyMemberPoints(
                MemberPoints(
                    m.id, m.name, member_code(m.id), year, version, scorer(counts.get(m.id, {}))
                ),
                tuple(studios.get(m.id, ())),
            )
            for m in members
        ]
        rows.sort(key=lambda r: -r.points.score.total)  # stable: the name order among equals
        return CountyRanking(year, version, tuple(rows))

    def overview(self, today: date | None = None) -> CountyOverview:
        """This month's and this year's figures of every studio."""
        today = today or date.today()
        (m_start, m_end), (y_start, y_end) = month_and_year(today)
        with self.db.session() as s:
            permit(s, Permission.COUNTY_OVERVIEW)
            studios = self._studios(s)
            return CountyOverview(
                self._period(s, studios, m_start, m_end, today),
                self._period(s, studios, y_start, y_end, today),
            )

    def period(self, start: date, end: date, today: date | None = None) -> PeriodOverview:
        """Every studio's figures for the requests registered ``start``..``end``."""
        today = today or date.today()
        with self.db.session() as s:
            permit(s, Permission.COUNTY_OVERVIEW)
            return self._period(s, self._studios(s), start, end, today)

    def overdue(self, today: date | None = None) -> list[OverdueRow]:
        """Every studio's overdue requests, the latest first (as ``RequestService.overdue``)."""
        today = today or date.today()
        calendar = self.calendar.calendar()
        with self.db.session() as s:
            permit(s, Permission.COUNTY_OVERVIEW)
            stmt = (
                select(
                    Request.id,
                    Studio.name,
                    Request.number,
                    Request.category,
                    Request.status,
                    Request.handling_unit,
                    Member.name,
                    *(column for _statuses, column, _stage in STAGE_DEADLINES),
                )
                .join(Studio, Studio.id == Request.studio_id)
                .outerjoin(Member, Member.id == Request.assignee_id)
                .where(Request.archived_at.is_(None), overdue_now(today))
            )
            found = []
            for rid, studio, number, category, status, unit, assignee, *dues in s.execute(
                stmt, execution_options=COUNTY_WIDE
            ):
                for (statuses, _column, stage), due in zip(STAGE_DEADLINES, dues, strict=True):
                    if status in statuses:
                        late = calendar.workdays_between(due, today)
                        shown = tr(stage)  # i18n: from STAGE_DEADLINES
                        found.append(OverdueRow(rid, studio, number, category or "", shown,
                                                due, late, assignee or "", unit or ""))  # fmt: skip
                        break
        return sorted(found, key=lambda o: (-o.days_late, o.deadline, o.studio, o.number))

    # ---- counting ------------------------------------------------------------------------
    @staticmethod
    def _studios(s: Session) -> list[tuple[uuid.UUID, str]]:
        stmt = select(Studio.id, Studio.name).where(Studio.archived_at.is_(None))
        return list(
            s.execute(stmt.order_by(Studio.created_at, Studio.name), execution_options=COUNTY_WIDE)
        )

    @staticmethod
    def _period(s: Session, studios: list, start: date, end: date, today: date) -> PeriodOverview:
        where = [*registered_between(start, end), Request.archived_at.is_(None)]
        held = dict(
            s.execute(
                select(ReceptionDay.studio_id, func.count())
                .where(
                    ReceptionDay.status == ReceptionStatus.HELD,
                    ReceptionDay.held_on.between(start, end),
                    ReceptionDay.archived_at.is_(None),
                )
                .group_by(ReceptionDay.studio_id),
                execution_options=COUNTY_WIDE,
            ).all()
        )
        span = s.execute(
            select(
                func.min(Request.assign_due), func.max(Request.assign_due),
                func.min(Request.answer_due), func.max(Request.answer_due),
            ).where(*where),
            execution_options=COUNTY_WIDE,
        ).one()  # fmt: skip
        dues = [d for d in span if d is not None]
        counts: dict[uuid.UUID, list[int]] = {}
        if dues:
            conditions = rate_conditions(today, min(dues), max(dues))
            stmt = (
                select(
                    Request.studio_id,
                    func.count(),
                    func.count(distinct(Request.visitor_id)),
                    func.count(case((overdue_now(today), 1))),
                    *(func.count(case((c, 1))) for c in conditions),
                )
                .where(*where)
                .group_by(Request.studio_id)
            )
            counts = {
                row[0]: list(row[1:]) for row in s.execute(stmt, execution_options=COUNTY_WIDE)
            }
        rows = tuple(
            _figures(studio_id, name, held.get(studio_id, 0), counts.get(studio_id))
            for studio_id, name in studios
        )
        return PeriodOverview(start, end, today, rows, _total(rows))


def _figures(studio_id: uuid.UUID, name: str, held: int, counts: list[int] | None) -> StudioFigures:
    if counts is None:
        return StudioFigures(studio_id, name, held)
    requests, visitors, overdue, *rates = counts
    return StudioFigures(
        studio_id, name, held, visitors, requests, overdue,
        {key: Rate(rates[2 * i], rates[2 * i + 1]) for i, key in enumerate(RATE_LABELS)},
    )  # fmt: skip


def _total(rows: tuple[StudioFigures, ...]) -> StudioFigures:
    """The county's: sums (a visitor comes to one studio, so the studios' visitors add up)."""
    return StudioFigures(
        None,
        tr("全县合计"),
        sum(r.reception_days_held for r in rows),
        sum(r.visitors for r in rows),
        sum(r.requests for r in rows),
        sum(r.overdue for r in rows),
        {
            key: Rate(sum(r.rates[key].numerator for r in rows),
                      sum(r.rates[key].denominator for r in rows))
            for key in RATE_LABELS
        },
    )  # fmt: skip
