"""Common issues (共性问题): recurring requests grouped into one class of matters.

"From one matter to one class of matters": the coordinator groups requests that say the same
thing, sees how many villages and categories they touch, and drafts a proposal (提案) from
them. A request belongs to at most one common issue; a merged request is represented by the
request it joined.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.base.enums import RequestStatus
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr, trn
from studio_app.base.labels import word_label
from studio_app.base.text import clean_text
from studio_app.core.models import CommonIssue, Request, Studio, Visitor, utcnow
from studio_app.core.records import check_version, load
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator

S = RequestStatus
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
               expected_version: int) -> CommonIssue:  # fmt: skip
        title, summary = _validate(title, summary)
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            check_version(issue, expected_version)
            issue.title, issue.summary = title, summary
        return issue

    def add_requests(self, issue_id: uuid.UUID, request_ids: Iterable[uuid.UUID], *,
                     move: bool = False) -> CommonIssue:  # fmt: skip
        """Add requests; one already in another issue moves here only with ``move=True``."""
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            if issue.archived_at is not None:
                raise StudioError(
                    tr("共性问题“{title}”已归档，请先恢复再添加诉求。").format(title=issue.title)
                )
            self._attach(s, issue, request_ids, move)
        return issue

    def remove_request(self, issue_id: uuid.UUID, request_id: uuid.UUID) -> None:
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            request = _load_request(s, request_id)
            if request.common_issue_id != issue.id:
                raise StudioError(
                    tr("诉求 {number} 不在共性问题“{title}”中，无需移出。").format(
                        number=request.number, title=issue.title
                    )
                )
            request.common_issue_id = None

    def archive(self, issue_id: uuid.UUID) -> None:
        """Hide from the daily list; its requests stay linked to it."""
        with self.db.session() as s:
            issue = self._load(s, issue_id)
            if issue.archived_at is None:
                issue.archived_at = utcnow()

    def restore(self, issue_id: uuid.UUID) -> None:
        with self.db.session() as s:
            self._load(s, issue_id).archived_at = None

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
