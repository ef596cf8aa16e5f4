"""Common issues (共性问题): recurring requests grouped into one class of matters.

"From one matter to one class of matters": the coordinator groups requests that say the same
thing, sees how many villages and categories they touch, and drafts a proposal (提案) from
them. A request belongs to at most one common issue; a merged request is represented by the
request it joined.
"""

from __future__ import annotations

import calendar
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.base.enums import RequestStatus
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr, trn
from studio_app.base.labels import word_label
from studio_app.base.text import clean_text
from studio_app.core.models import CommonIssue, Request, Studio, Visitor, utcnow
from studio_app.core.records import check_version, load
from studio_app.core.request_list import SCORED_CHARS
from studio_app.core.similarity import SAME_MATTER, Terms, likeness, matcher_for
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator

S = RequestStatus
# Suggested common issues: at least this many requests that read alike, from at least this
# many visitors, registered in the last months (the seeds' "一件事→一类事").
SUGGEST_REQUESTS = 3
SUGGEST_VISITORS = 2
SUGGEST_MONTHS = 3
COMMON_WORD_TEXTS = 200  # a word in more texts than this is too common to find others by
# Not yet through the loop: an answered request still waits for its return visit.
UNFINISHED = frozenset({S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS, S.ANSWERED})


@dataclass(frozen=True)
class IssueRequest:
    id: uuid.UUID
    number: str
    content: str
    status: RequestStatus
    village: str
    category: str
    registered_on: date  # local day


@dataclass(frozen=True)
class SuggestedIssue:
    """Requests that read alike, found for the coordinator to accept as a common issue (or
    edit first: its title, which requests).

    Attributes:
        title: what the requests share, e.g. 路灯损坏 (the thing, then what went wrong).
        requests: oldest first.
        visitors: how many visitors raised them.
    """

    title: str
    requests: tuple[IssueRequest, ...]
    visitors: int

    @property
    def villages(self) -> tuple[str, ...]:
        return _most_first(r.village for r in self.requests)


@dataclass(frozen=True)
class IssueRow:
    id: uuid.UUID
    title: str
    summary: str
    request_count: int
    open_count: int  # not yet closed, rejected, merged or converted
    villages: tuple[str, ...]  # most requests first
    categories: tuple[str, ...]  # most requests first
    created_on: date
    archived: bool
    version: int


class CommonIssueService:
    def __init__(self, db: SessionSource):
        self.db = db

    # ---- changing ------------------------------------------------------------------------
    def create(self, title: str, summary: str = "", request_ids: Iterable[uuid.UUID] = (),
               studio_id: uuid.UUID | None = None, *, move: bool = False) -> CommonIssue:  # fmt: skip
        """A new common issue, with its first requests (all of them or none are added)."""
        title, summary = _validate(title, summary)
        with self.db.session() as s:
            if studio_id is not None:
                load(s, Studio, studio_id, tr("找不到这个工作室。"))
            issue = CommonIssue(title=title, summary=summary, studio_id=studio_id)
            s.add(issue)
            s.flush()
            self._attach(s, issue, request_ids, move)
        return issue

    def update(self, issue_id: uuid.UUID, title: str, summary: str, *,
               expected_version: int | None) -> CommonIssue:  # fmt: skip
        title, summary = _validate(title, summary)
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            check_version(issue, expected_version)
            issue.title, issue.summary = title, summary
        return issue

    def add_requests(self, issue_id: uuid.UUID, request_ids: Iterable[uuid.UUID], *,
                     move: bool = False, version: int | None = None) -> CommonIssue:  # fmt: skip
        """Add requests; one already in another issue moves here only with ``move=True``. The
        issue's version moves with its list of requests, as with ``remove_request``."""
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            check_version(issue, version)
            if issue.archived_at is not None:
                raise StudioError(
                    tr("共性问题“{title}”已归档，请先恢复再添加诉求。").format(title=issue.title)
                )
            self._attach(s, issue, request_ids, move)
            issue.updated_at = utcnow()
        return issue

    def remove_request(self, issue_id: uuid.UUID, request_id: uuid.UUID, *,
                       version: int | None = None) -> None:  # fmt: skip
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            check_version(issue, version)
            request = _load_request(s, request_id)
            if request.common_issue_id != issue.id:
                raise StudioError(
                    tr("诉求 {number} 不在共性问题“{title}”中，无需移出。").format(
                        number=request.number, title=issue.title
                    )
                )
            request.common_issue_id = None
            issue.updated_at = utcnow()

    def archive(self, issue_id: uuid.UUID, *, version: int | None = None) -> None:
        """Hide from the daily list; its requests stay linked to it."""
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            check_version(issue, version)
            if issue.archived_at is None:
                issue.archived_at = utcnow()

    def restore(self, issue_id: uuid.UUID, *, version: int | None = None) -> None:
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            check_version(issue, version)
            issue.archived_at = None

    # ---- reading -------------------------------------------------------------------------
    def issues(self, include_archived: bool = False) -> list[IssueRow]:
        """Active issues newest first (then archived ones, if asked for), with their figures."""
        stmt = select(CommonIssue).order_by(
            CommonIssue.archived_at.is_not(None), CommonIssue.created_at.desc()
        )
        if not include_archived:
            stmt = stmt.where(CommonIssue.archived_at.is_(None))
        with self.db.session() as s:
            issues = list(s.scalars(stmt))
            linked = self._linked(s, [i.id for i in issues])
        return [_row(i, linked.get(i.id, [])) for i in issues]

    def requests_of(self, issue_id: uuid.UUID) -> list[IssueRequest]:
        """The issue's requests in the order they came in."""
        with self.db.session() as s:
            self._load(s, issue_id)
            return self._linked(s, [issue_id]).get(issue_id, [])

    def summary_text(self, issue_id: uuid.UUID) -> str:
        """A proposal seed in Chinese: the facts and the visitors' words, for the coordinator
        to complete with analysis and suggestions."""
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            requests = self._linked(s, [issue_id]).get(issue_id, [])
        return _draft(issue, requests)

    # ---- found for the coordinator ------------------------------------------------------
    def suggestions(self, today: date | None = None) -> list[SuggestedIssue]:
        """Groups of at least SUGGEST_REQUESTS requests that read alike, raised by at least
        SUGGEST_VISITORS visitors in the last SUGGEST_MONTHS months, largest first: "from one
        matter to one class of matters". Requests already in a common issue, merged into
        another, rejected or archived are left out.

        Each group is a request and those reading alike it (core/similarity.py), the request
        with the most such first; a request belongs to one group at most."""
        since = _months_before(today or date.today(), SUGGEST_MONTHS)
        with self.db.session() as s:
            matcher = matcher_for(s)
            rows = s.execute(
                select(Request.id, Request.version, Request.number, Request.content,
                       Request.status, Request.category, Request.registered_at,
                       Request.visitor_id, Visitor.village, Visitor.name, Visitor.phone,
                       Visitor.anonymous)
                .outerjoin(Visitor, Visitor.id == Request.visitor_id)
                .where(Request.registered_at >= _local_start(since),
                       Request.status.not_in((S.MERGED, S.REJECTED)),
                       Request.common_issue_id.is_(None), Request.archived_at.is_(None))
                .order_by(Request.registered_at, Request.number)
            ).all()  # fmt: skip
            words = [matcher.kept(r.id, r.version)
                     or matcher.keep(r.id, r.version, r.content[:SCORED_CHARS], r.village or "")
                     for r in rows]  # fmt: skip
        alike = _alike_pairs(words)
        taken: set[int] = set()
        found = []
        # The request with the most alike first: it stands for its group.
        for seed in sorted(alike, key=lambda i: (-len(alike[i]), i)):
            if seed in taken:
                continue
            members = sorted({seed, *(alike[seed] - taken)})
            visitors = len({_person(rows[i]) for i in members})
            if len(members) < SUGGEST_REQUESTS or visitors < SUGGEST_VISITORS:
                continue  # too few, or one visitor's own repeated requests
            taken.update(members)
            found.append(SuggestedIssue(
                _title([words[i] for i in members]) or rows[seed].content[:20],
                tuple(IssueRequest(rows[i].id, rows[i].number, rows[i].content, rows[i].status,
                                   rows[i].village or "", rows[i].category,
                                   rows[i].registered_at.astimezone().date())
                      for i in members),
                visitors,
            ))  # fmt: skip
        return sorted(found, key=lambda g: -len(g.requests))

    # ---- helpers -------------------------------------------------------------------------
    @staticmethod
    def _attach(s: Session, issue: CommonIssue, request_ids: Iterable[uuid.UUID],
                move: bool) -> None:  # fmt: skip
        """Link the requests to ``issue``, or refuse all of them, saying which and why."""
        requests = [_load_request(s, i) for i in dict.fromkeys(request_ids)]
        problems = []
        for r in requests:
            if r.status == S.MERGED:
                target = _final_target(s, r)
                problems.append(
                    tr("诉求 {number} 已合并到诉求 {target}，请把 {target} 加入共性问题。").format(
                        number=r.number, target=target.number
                    )
                )
            elif r.common_issue_id not in (None, issue.id) and not move:
                other = s.get(CommonIssue, r.common_issue_id)
                problems.append(
                    tr(
                        "诉求 {number} 已归入共性问题“{other}”，一条诉求只能归入一个共性问题；"
                        "如要把它移到“{title}”，请确认移动。"
                    ).format(number=r.number, other=other.title if other else "", title=issue.title)
                )
        if problems:
            raise StudioError("\n".join(problems))
        for r in requests:
            r.common_issue_id = issue.id

    @staticmethod
    def _linked(s: Session, issue_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[IssueRequest]]:
        if not issue_ids:
            return {}
        stmt = (
            select(Request.common_issue_id, Request.id, Request.number, Request.content,
                   Request.status, Visitor.village, Request.category, Request.registered_at)
            .outerjoin(Visitor, Visitor.id == Request.visitor_id)
            .where(Request.common_issue_id.in_(issue_ids))
            .order_by(Request.registered_at, Request.number)
        )  # fmt: skip
        found: dict[uuid.UUID, list[IssueRequest]] = {}
        for issue_id, rid, number, content, status, village, category, at in s.execute(stmt):
            found.setdefault(issue_id, []).append(
                IssueRequest(rid, number, content, status, village or "", category,
                             at.astimezone().date())
            )  # fmt: skip
        return found

    @staticmethod
    def _load(s: Session, issue_id: uuid.UUID) -> CommonIssue:
        return load(
            s, CommonIssue, issue_id, tr("找不到这个共性问题，可能已被删除或数据库已更换。")
        )


def _months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day if it has fewer)."""
    month = day.month - months
    year, month = day.year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _local_start(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()  # registered_at is UTC; days are local


def _person(row) -> object:
    """Who raised a request, the same at each visit (each registration has its own visitor
    record): the phone, else the name and village; an anonymous visitor is one person a visit."""
    if row.phone:
        return "".join(c for c in row.phone if c.isdigit())
    if row.name and not row.anonymous:
        return (row.name, row.village or "")
    return row.visitor_id


def _alike_pairs(words: list[Terms]) -> dict[int, set[int]]:
    """For each text (by index), the others reading alike it. Only texts sharing a word are
    weighed; a word in very many texts (老人, 村里) does not by itself make two of them worth
    weighing."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        for term in w.weights:
            postings[term].append(i)
    alike: dict[int, set[int]] = defaultdict(set)
    for i, w in enumerate(words):
        others = {j for term in w.weights if len(postings[term]) <= COMMON_WORD_TEXTS
                  for j in postings[term] if j > i}  # fmt: skip
        for j in others:
            if likeness(w, words[j]) >= SAME_MATTER:
                alike[i].add(j)
                alike[j].add(i)
    return alike


def _title(words: list[Terms]) -> str:
    """The thing most of the requests are about and what went wrong with it: 路灯损坏 (each
    the word in the most of them, the weightiest of those; in at least half)."""
    held: Counter = Counter()
    weight: dict[str, float] = {}
    problems: set[str] = set()
    for w in words:
        held.update(w.weights.keys())
        weight.update(w.weights)
        problems |= w.problems
    shared = sorted((t for t, n in held.items() if n * 2 >= len(words)),
                    key=lambda t: (-held[t], -weight[t], t))  # fmt: skip
    thing = next((t for t in shared if t not in problems), "")
    problem = next((t for t in shared if t in problems), "")
    return thing + problem


def _validate(title: str, summary: str) -> tuple[str, str]:
    v = Validator()
    title = v.required("title", tr("共性问题标题"), clean_text(title), max_length=200)
    summary = v.length("summary", tr("问题概述"), clean_text(summary), max_length=5000)
    v.raise_if_any()
    return title, summary


def _load_request(s: Session, request_id: uuid.UUID) -> Request:
    return load(s, Request, request_id, tr("找不到这条诉求，可能已被删除或数据库已更换。"))


def _final_target(s: Session, request: Request) -> Request:
    """The request a merged one ended up in (merges may chain if the target merged later)."""
    seen = {request.id}
    while (
        request.status == S.MERGED
        and request.merged_into_id is not None
        and request.merged_into_id not in seen
    ):
        request = _load_request(s, request.merged_into_id)
        seen.add(request.id)
    return request


def _most_first(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(v for v, _n in Counter(v for v in values if v).most_common())


def _row(issue: CommonIssue, requests: list[IssueRequest]) -> IssueRow:
    return IssueRow(
        issue.id, issue.title, issue.summary, len(requests),
        sum(r.status in UNFINISHED for r in requests),
        _most_first(r.village for r in requests), _most_first(r.category for r in requests),
        issue.created_at.astimezone().date(), issue.archived_at is not None, issue.version,
    )  # fmt: skip


def _day(d: date) -> str:
    return tr("{y}年{m}月{d}日").format(y=d.year, m=d.month, d=d.day)


def _draft(issue: CommonIssue, requests: list[IssueRequest]) -> str:
    row = _row(issue, requests)
    lines = [issue.title, "", tr("一、基本情况")]
    if requests:
        first, last = requests[0].registered_on, requests[-1].registered_on
        span = _day(first) if first == last else f"{_day(first)}{tr('至')}{_day(last)}"
        facts = trn("{span}，委员工作室共收到群众反映此类问题的诉求 %n 件", len(requests)).format(
            span=span
        )
        if row.villages:
            facts += trn("，涉及 %n 个村（社区）：{villages}", len(row.villages)).format(
                villages=tr("、").join(row.villages)
            )
        facts += tr("。")
        if row.categories:
            categories = tr("、").join(map(word_label, row.categories))
            facts += tr("诉求类别：{categories}。").format(categories=categories)
        if row.open_count:
            facts += trn("其中 %n 件尚未办结。", row.open_count)
        lines.append(facts)
    else:
        lines.append(tr("目前尚未归入群众诉求。"))
    if issue.summary:
        lines.append(issue.summary)
    lines += ["", tr("二、群众反映的具体问题")]
    for i, r in enumerate(requests, 1):
        where = tr("，").join((r.village, r.number)) if r.village else r.number
        content = " ".join(r.content.split())
        lines.append(f"{i}. " + tr("{name}（{note}）").format(name=content, note=where))
    lines += ["", tr("三、建议"), tr("（请在此填写建议。）")]
    return "\n".join(lines)
