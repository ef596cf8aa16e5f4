"""The requests page: filters, search, paging, merged requests, and similar open requests.

Follows the households page (core/households.py): one ordered query of ids (which SQLite
answers by walking an index and stopping when the page is full), then the rows for those ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Literal

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from studio_app.base.enums import RequestChannel, RequestStatus, Satisfaction
from studio_app.base.errors import NotFoundError
from studio_app.base.i18n import N_, tr
from studio_app.core.listing import COUNT_CAP, PAGE_SIZE, ListHead, as_uuids, raw_ids
from studio_app.core.models import Member, Request, Visitor
from studio_app.core.retention import visitor_label
from studio_app.core.search import (
    NOT_NARROWED,
    Narrowing,
    full_text_candidates,
    matches,
    whole_part,
)
from studio_app.core.similarity import SAME_MATTER, likeness, matcher_for
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.visitor_requests import STAGE_DEADLINES
from studio_app.core.workdays import CalendarService, WorkCalendar

S = RequestStatus
# Still in the loop: waiting to be assigned, handled, answered or called back.
OPEN_STATUSES = frozenset({S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS, S.ANSWERED})
# Out of it (办结): called back, rejected or turned into a proposal. A merged request is listed
# under the request it joined, which carries on.
FINISHED_STATUSES = frozenset({S.CLOSED, S.REJECTED, S.CONVERTED})

# 将到期, one rule for the 工作台's list and the requests page's colour and filter: the deadline
# of the step a request waits for is today or the next working day. (A new request, due to be
# assigned in two working days, is not yet due soon.)
DUE_SOON_WORKDAYS = 1  # working days after today whose deadlines still count as due soon
DUE_SOON_NAME = "将到期"
DUE_SOON_MEANS = "期限是今天或下一个工作日的诉求（还没超期）"


def due_soon_label() -> str:
    """将到期, as every list, tab and filter names the requests ``due_soon_until`` selects."""
    return tr(DUE_SOON_NAME)


def due_soon_meaning() -> str:
    """What 将到期 means, in a sentence (a tooltip)."""
    return tr(DUE_SOON_MEANS)


def due_soon_until(calendar: WorkCalendar, today: date) -> date:
    """The last deadline that is due soon on ``today``: the next working day (from today on, the
    deadlines up to it are 将到期; before today, overdue)."""
    return calendar.add_workdays(today, DUE_SOON_WORKDAYS)


Due = Literal["overdue", "due_soon"]


@dataclass
class RequestQuery:
    text: str = ""
    statuses: frozenset[RequestStatus] | None = None
    open_only: bool = False
    category: str | None = None
    village: str | None = None  # the visitor's
    member_id: uuid.UUID | None = None  # assigned to or received by this member
    reception_day_id: uuid.UUID | None = None
    channel: RequestChannel | None = None
    registered_from: date | None = None  # local days, both included
    registered_to: date | None = None
    due: Due | None = None  # by the deadline of the step each request waits for
    today: date | None = None
    common_issue_id: uuid.UUID | None = None
    # Merged requests are listed under the request they joined (merged_into), not here,
    # unless asked for, or their status is among ``statuses``.
    include_merged: bool = False
    active: bool | None = True  # not archived; False: archived only; None: both
    sort: str = "registered_at"
    descending: bool = True  # newest first


@dataclass(frozen=True)
class RequestRow:
    id: uuid.UUID
    number: str
    registered_at: datetime
    channel: RequestChannel
    category: str
    content: str
    visitor_name: str  # 匿名 for an anonymous visitor
    visitor_phone: str
    village: str
    household_id: uuid.UUID | None
    status: RequestStatus
    assignee_name: str
    handling_unit: str
    deadline: date | None  # of the step it waits for
    stage: str  # that step: 交办, 答复 or 回访 ("" when it waits for none)
    satisfaction: Satisfaction | None
    reopen_count: int
    merged_count: int  # requests merged into this one
    common_issue_id: uuid.UUID | None
    version: int
    urgency: Due | None = None  # that deadline passed, or is due soon (due_soon_until), today
    days_overdue: int = 0  # working days after the deadline (met on its own day)


class Likeness(StrEnum):
    """Why an open request is offered as similar."""

    CONTENT = "content"  # its text shares words with what is typed: maybe the same matter
    HOUSEHOLD = "household"  # raised by the same household
    VILLAGE = "village"  # raised in the same village


@dataclass(frozen=True)
class SimilarRequest:
    request: RequestRow
    score: float
    reason: str  # 内容相近、同一联系户 …
    likeness: frozenset[Likeness] = frozenset()

    @property
    def close(self) -> bool:
        """The content reads alike: the desk asks before registering it again."""
        return Likeness.CONTENT in self.likeness


@dataclass(frozen=True)
class SimilarGroups:
    """The similar open requests in two groups that are never mixed.

    Attributes:
        likely: content alike or the same household, best first: may be the same matter.
        village: only the same village, newest first: for reference, shown quieter.
    """

    likely: list[SimilarRequest]
    village: list[SimilarRequest]

    @property
    def close(self) -> list[SimilarRequest]:
        """The content matches, best first: the desk asks about these before registering."""
        return [m for m in self.likely if m.close]


def current_deadline():
    """The deadline of the step a request waits for, as an SQL expression (NULL if none)."""
    return case(
        *((Request.status.in_(statuses), column) for statuses, column, _stage in STAGE_DEADLINES),
        else_=None,
    )


SORT_COLUMNS = {
    "registered_at": Request.registered_at,
    "number": Request.number,
    "channel": Request.channel,
    "category": Request.category,
    "status": Request.status,
    "handling_unit": Request.handling_unit,
    "satisfaction": Request.satisfaction,
    "reopen_count": Request.reopen_count,
    "deadline": current_deadline(),
    "visitor_name": Visitor.name,
    "village": Visitor.village,
    "assignee_name": Member.sort_key,
}
NULLABLE_SORTS = {"satisfaction", "deadline", "visitor_name", "village", "assignee_name"}

# Text search on SQLite, by how many requests the full-text index finds (measured at 100,000):
# up to TEXT_LOOKUPS they are read one by one and sorted (~2.6 µs each); more only filter the
# walk in the list's order, which skips the others unread, or are left to the walk alone when it
# soon finds a page (core/search.py). Counting reads every match: one by one, up to
# COUNT_LOOKUPS, beats reading every request.
TEXT_LOOKUPS = 2500
COUNT_LOOKUPS = 30_000

# similar(): how many words (the typed text's and their near-synonyms) are looked for in SQL,
# and how many of the requests holding most of them are weighed in Python. A long letter is
# judged by its opening; the same household or village adds to the content's likeness (0 to 1),
# so that they come first in the list.
PROBE_WORDS = 24
CANDIDATES = 60
SCORED_CHARS = 300
HOUSEHOLD_BONUS = 1.0
VILLAGE_BONUS = 0.3
REASONS = {
    Likeness.CONTENT: N_("内容相近"),
    Likeness.HOUSEHOLD: N_("同一联系户"),
    Likeness.VILLAGE: N_("同村"),
}


def _local_start(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()  # registered_at is UTC; days are local


class RequestListService:
    def __init__(self, db: SessionSource, calendar: CalendarService):
        self.db = db
        self.calendar = calendar

    # ---- the list ------------------------------------------------------------------------
    def _conditions(self, s: Session, q: RequestQuery, walk: int = 0) -> tuple[list, Narrowing]:
        """The list's conditions and how its text search narrows and plans the statement.
        ``walk``: the query lists rows in order and stops once that many match (0: it counts
        every match)."""
        conds: list = []
        narrowed = NOT_NARROWED
        if q.active is True:
            conds.append(Request.archived_at.is_(None))
        elif q.active is False:
            conds.append(Request.archived_at.is_not(None))
        if not q.include_merged and not (q.statuses and S.MERGED in q.statuses):
            conds.append(Request.merged_into_id.is_(None))
        if (cond := matches(Request.search_text, q.text)) is not None:
            conds.append(cond)
            # Only the rows the full-text index finds (LIKE alone reads every request when
            # few match), or the walk in time order where it reads less.
            narrowed = full_text_candidates(
                s, q.text, "request", lookups=TEXT_LOOKUPS if walk else COUNT_LOOKUPS,
                walk=walk, newest_first=q.sort == "registered_at" and q.descending,
            )  # fmt: skip
            if narrowed.condition is not None:
                conds.append(narrowed.condition)
        if q.statuses is not None:
            conds.append(Request.status.in_(q.statuses))
        if q.open_only:
            conds.append(Request.status.in_(OPEN_STATUSES))
        if q.category:
            conds.append(Request.category == q.category)
        if q.village:
            conds.append(
                Request.visitor_id.in_(select(Visitor.id).where(Visitor.village == q.village))
            )
        if q.member_id:
            conds.append(
                or_(Request.assignee_id == q.member_id, Request.received_by_id == q.member_id)
            )
        if q.reception_day_id:
            conds.append(Request.reception_day_id == q.reception_day_id)
        if q.channel:
            conds.append(Request.channel == q.channel)
        if q.registered_from:
            conds.append(Request.registered_at >= _local_start(q.registered_from))
        if q.registered_to:
            conds.append(Request.registered_at < _local_start(q.registered_to + timedelta(1)))
        if q.common_issue_id:
            conds.append(Request.common_issue_id == q.common_issue_id)
        if q.due:
            conds.append(self._due(q.due, q.today or date.today()))
        return conds, narrowed

    def _due(self, due: Due, today: date):
        """Each step's own (status, deadline) condition, so each can use its index."""
        if due == "overdue":
            return or_(*(and_(Request.status.in_(statuses), column < today)
                         for statuses, column, _stage in STAGE_DEADLINES))  # fmt: skip
        if due == "due_soon":
            last = due_soon_until(self.calendar.calendar(), today)
            return or_(*(and_(Request.status.in_(statuses), column.between(today, last))
                         for statuses, column, _stage in STAGE_DEADLINES))  # fmt: skip
        raise ValueError(f"unknown due filter {due!r}")

    @staticmethod
    def _ordered_ids(q: RequestQuery, conds: list):
        key = SORT_COLUMNS.get(q.sort, Request.registered_at)
        order = key.desc() if q.descending else key.asc()
        if q.sort in NULLABLE_SORTS:  # blanks last either way
            order = order.nulls_last()
        stmt = select(Request.id).where(*conds)
        if q.sort in ("visitor_name", "village"):
            stmt = stmt.outerjoin(Visitor, Visitor.id == Request.visitor_id)
        elif q.sort == "assignee_name":
            stmt = stmt.outerjoin(Member, Member.id == Request.assignee_id)
        return stmt.order_by(order, Request.id.desc() if q.descending else Request.id)

    def count(self, q: RequestQuery) -> int:
        with self.db.session() as s:
            conds, narrowed = self._conditions(s, q)
            with narrowed.planned(s):
                return s.scalar(select(func.count()).select_from(Request).where(*conds)) or 0

    def first_page(self, q: RequestQuery, limit: int = PAGE_SIZE) -> ListHead[RequestRow]:
        """The first ``limit`` rows and the total; a text search counts to COUNT_CAP only."""
        if not q.text.strip():
            return ListHead(self.page(q, 0, limit), self.count(q))
        with self.db.session() as s:  # one ordered query: first page ids and the capped count
            conds, narrowed = self._conditions(s, q, walk=COUNT_CAP + 1)
            stmt = raw_ids(self._ordered_ids(q, conds)).limit(COUNT_CAP + 1)
            with narrowed.planned(s):
                ids = list(s.scalars(stmt))
            rows = self._rows_by_id(s, as_uuids(ids[:limit]), q.today)
        return ListHead(rows, min(len(ids), COUNT_CAP), exact=len(ids) <= COUNT_CAP)

    def page(self, q: RequestQuery, offset: int = 0, limit: int = PAGE_SIZE) -> list[RequestRow]:
        with self.db.session() as s:
            conds, narrowed = self._conditions(s, q, walk=offset + limit)
            stmt = self._ordered_ids(q, conds).offset(offset).limit(limit)
            with narrowed.planned(s):
                ids = list(s.scalars(stmt))
            return self._rows_by_id(s, ids, q.today)

    def rows(self, q: RequestQuery, batch: int = 1000) -> Iterator[RequestRow]:
        offset = 0
        while chunk := self.page(q, offset, batch):
            yield from chunk
            offset += batch

    def villages(self) -> list[str]:
        """Villages of the visitors who raised requests: the village filter's choices."""
        with self.db.session() as s:
            return list(s.scalars(
                select(Visitor.village).where(Visitor.village != "").distinct()
                .order_by(Visitor.village)
            ))  # fmt: skip

    def categories_in_use(self) -> list[str]:
        with self.db.session() as s:
            return list(s.scalars(
                select(Request.category).where(Request.category != "").distinct()
                .order_by(Request.category)
            ))  # fmt: skip

    def merged_into(self, request_id: uuid.UUID) -> list[RequestRow]:
        """The requests merged into this one, oldest first."""
        with self.db.session() as s:
            ids = list(s.scalars(
                select(Request.id).where(Request.merged_into_id == request_id)
                .order_by(Request.registered_at, Request.id)
            ))  # fmt: skip
            return self._rows_by_id(s, ids)

    def row(self, request_id: uuid.UUID) -> RequestRow:
        """One request as the list shows it (merged or archived too)."""
        with self.db.session() as s:
            rows = self._rows_by_id(s, [request_id])
        if not rows:
            raise NotFoundError(tr("找不到这条诉求，可能已被删除或数据库已更换。"))
        return rows[0]

    # ---- rows ----------------------------------------------------------------------------
    def _rows_by_id(
        self, s: Session, ids: list[uuid.UUID], today: date | None = None
    ) -> list[RequestRow]:
        """Rows for ``ids`` in that order: one lookup by key after the ordered id query; each
        deadline judged as of ``today``."""
        if not ids:
            return []
        # The columns a row shows, not whole requests: no search columns, no identity map.
        stmt = (
            select(*ROW_COLUMNS, Visitor.name.label("visitor_name"), Visitor.anonymous,
                   Visitor.phone, Visitor.village, Visitor.household_id,
                   Member.name.label("assignee_name"))
            .outerjoin(Visitor, Visitor.id == Request.visitor_id)
            .outerjoin(Member, Member.id == Request.assignee_id)
            .where(Request.id.in_(ids))
        )  # fmt: skip
        found = {row.id: row for row in s.execute(stmt)}
        merged = dict(s.execute(
            select(Request.merged_into_id, func.count())
            .where(Request.merged_into_id.in_(ids)).group_by(Request.merged_into_id)
        ).all())  # fmt: skip
        rows = [_row(found[i], merged.get(i, 0)) for i in ids if i in found]
        if not any(r.deadline is not None for r in rows):
            return rows
        today, calendar = today or date.today(), self.calendar.calendar()
        soon = due_soon_until(calendar, today)
        return [_with_urgency(r, today, soon, calendar) for r in rows]

    # ---- similar open requests -----------------------------------------------------------
    def similar(
        self,
        content: str,
        *,
        village: str = "",
        household_id: uuid.UUID | None = None,
        exclude_id: uuid.UUID | None = None,
        limit: int = 8,
    ) -> list[SimilarRequest]:
        """Open requests that may be the same matter, best first: content sharing words with
        ``content``, the same household, the same village. Called as the coordinator types."""
        with self.db.session() as s:
            scored = self._scored(s, content, village, household_id, exclude_id, limit)
            return self._similar_rows(s, sorted(scored, reverse=True)[:limit])

    def similar_groups(
        self,
        content: str,
        *,
        village: str = "",
        household_id: uuid.UUID | None = None,
        exclude_id: uuid.UUID | None = None,
        limit: int = 8,
    ) -> SimilarGroups:
        """``similar``, in its two groups, up to ``limit`` each: content alike or the same
        household (best first), and those only of the same village (newest first), so that a
        neighbour's matter never pushes aside one that reads alike."""
        with self.db.session() as s:
            scored = self._scored(s, content, village, household_id, exclude_id, limit)
            likely = sorted((m for m in scored if m[4] != {Likeness.VILLAGE}), reverse=True)
            nearby = sorted((m for m in scored if m[4] == {Likeness.VILLAGE}),
                            key=lambda m: (m[1], m[2]), reverse=True)  # fmt: skip
            return SimilarGroups(
                self._similar_rows(s, likely[:limit]), self._similar_rows(s, nearby[:limit])
            )

    def _scored(self, s: Session, content: str, village: str,
                household_id: uuid.UUID | None, exclude_id: uuid.UUID | None,
                limit: int) -> list[tuple]:  # fmt: skip
        """(score, registered_at, id, reason, likeness) of each open request like this one."""
        matcher = matcher_for(s)
        typed = matcher.terms(content[:SCORED_CHARS], village)
        base = [Request.status.in_(OPEN_STATUSES), Request.archived_at.is_(None)]
        if exclude_id:
            base.append(Request.id != exclude_id)
        found = {r.id: r for r in self._by_content(s, base, matcher.probes(typed, PROBE_WORDS))}
        if household_id:
            of_household = select(Visitor.id).where(Visitor.household_id == household_id)
            cond = Request.visitor_id.in_(of_household)
            found |= {r.id: r for r in self._latest(s, base, limit, cond)}
        if village:
            # The visitor's village is an inner part of search_text: no lookup of each open
            # request's visitor (no index on village). Checked exactly below. As many more as
            # were found already: the village's own group has ``limit`` even if those are in it.
            cond = _holds(s, Request.search_text, whole_part(village))
            found |= {r.id: r for r in self._latest(s, base, limit + len(found), cond)}
        visitors = self._visitor_places(s, {r.visitor_id for r in found.values()})
        scored = []
        for r in found.values():
            home, place = visitors.get(r.visitor_id, (None, ""))
            score, why = 0.0, set()
            if typed:
                # Each request's words are cut once, and again only when it changes.
                words = matcher.kept(r.id, r.version) or matcher.keep(
                    r.id, r.version, r.content[:SCORED_CHARS], place
                )
                if (alike := likeness(typed, words)) >= SAME_MATTER:
                    score, why = alike, {Likeness.CONTENT}
            if household_id and home == household_id:
                score, why = score + HOUSEHOLD_BONUS, why | {Likeness.HOUSEHOLD}
            elif village and place == village:
                score, why = score + VILLAGE_BONUS, why | {Likeness.VILLAGE}
            if why:
                reason = tr("、").join(tr(REASONS[w]) for w in Likeness if w in why)
                scored.append((round(score, 3), r.registered_at, r.id, reason, frozenset(why)))
        return scored

    @staticmethod
    def _by_content(s: Session, base: list, probes: list[str]) -> list:
        """The open requests holding the most of ``probes`` (the words the typed text's words
        are said with, near-synonyms too): the ones worth weighing."""
        # In the content itself (not in the visitor's village or name); Latin words in
        # search_text, which is lower-cased as they are.
        hits = [_holds(s, Request.search_text if word.isascii() else Request.content, word)
                for word in probes]  # fmt: skip
        if not hits:
            return []
        held = sum((case((hit, 1), else_=0) for hit in hits), literal(0))
        stmt = (
            select(*SIMILAR_COLUMNS)
            .where(*base, or_(*hits))
            .order_by(held.desc(), Request.registered_at.desc())
            .limit(CANDIDATES)
        )
        return list(s.execute(stmt).all())

    @staticmethod
    def _latest(s: Session, base: list, limit: int, condition) -> list:
        """The newest ``limit`` open requests meeting ``condition``. Found among the open ones
        (a few thousand at most) and sorted here: ordered in SQL, PostgreSQL would walk every
        request newest first, looking for a village's few."""
        found = s.execute(select(Request.registered_at, Request.id).where(*base, condition)).all()
        newest = [r.id for r in sorted(found, reverse=True)[:limit]]
        if not newest:
            return []
        return list(s.execute(select(*SIMILAR_COLUMNS).where(Request.id.in_(newest))).all())

    @staticmethod
    def _visitor_places(s: Session, ids: set) -> dict:
        ids.discard(None)
        if not ids:
            return {}
        stmt = select(Visitor.id, Visitor.household_id, Visitor.village).where(Visitor.id.in_(ids))
        return {visitor_id: (home, place) for visitor_id, home, place in s.execute(stmt)}

    def _similar_rows(self, s: Session, best: list[tuple]) -> list[SimilarRequest]:
        rows = self._rows_by_id(s, [request_id for _score, _at, request_id, *_why in best])
        return [SimilarRequest(row, score, reason, why)
                for row, (score, _at, _id, reason, why) in zip(rows, best, strict=True)]  # fmt: skip


def _holds(s: Session, column, term: str):
    """``term`` occurs in ``column``: a plain substring test, cheaper than LIKE on SQLite."""
    if s.get_bind().dialect.name == "sqlite":
        return func.instr(column, term) > 0
    return func.strpos(column, term) > 0


# What similar() reads of a candidate.
SIMILAR_COLUMNS = (Request.id, Request.version, Request.content, Request.visitor_id,
                   Request.registered_at)  # fmt: skip


# What _row reads of a request (STAGE_DEADLINES's deadlines among them).
ROW_COLUMNS = (
    Request.id, Request.number, Request.registered_at, Request.channel, Request.category,
    Request.content, Request.status, Request.handling_unit, Request.satisfaction,
    Request.reopen_count, Request.common_issue_id, Request.version,
    *(column for _statuses, column, _stage in STAGE_DEADLINES),
)  # fmt: skip


def _stage(r) -> tuple[date | None, str]:
    for statuses, column, stage in STAGE_DEADLINES:
        if r.status in statuses:
            return getattr(r, column.key), tr(stage)  # i18n: from STAGE_DEADLINES
    return None, ""


def _with_urgency(row: RequestRow, today: date, soon: date, calendar: WorkCalendar) -> RequestRow:
    """The row with its deadline judged as of ``today``: late (by how many working days), or
    due by ``soon`` (``due_soon_until``: today or the next working day)."""
    if row.deadline is None:
        return row
    if row.deadline < today:
        late = calendar.workdays_between(row.deadline, today)
        return replace(row, urgency="overdue", days_overdue=late)
    return replace(row, urgency="due_soon") if row.deadline <= soon else row


def _row(r, merged: int) -> RequestRow:
    """A list row from the columns ``_rows_by_id`` selects (ROW_COLUMNS and the visitor's)."""
    deadline, stage = _stage(r)
    name = r.visitor_name
    return RequestRow(
        id=r.id, number=r.number, registered_at=r.registered_at, channel=r.channel,
        category=r.category, content=r.content,
        visitor_name=tr("匿名") if r.anonymous or not name else visitor_label(name),
        visitor_phone=r.phone or "", village=r.village or "", household_id=r.household_id,
        status=r.status, assignee_name=r.assignee_name or "", handling_unit=r.handling_unit,
        deadline=deadline, stage=stage, satisfaction=r.satisfaction,
        reopen_count=r.reopen_count, merged_count=merged,
        common_issue_id=r.common_issue_id, version=r.version,
    )  # fmt: skip
