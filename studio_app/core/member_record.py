"""一人一档: one member's year (facts, activities by kind, points with each item's source,
linked households and their last visits, requests handled, proposals and 社情民意), the studio's
ranking, and the plain data the PDFs (documents/member_record_pdf.py) and Excel print.

Everything is read from the activities (core/activities.py) and the points (core/points.py):
nothing is stored here. The member's phone is masked on the page and on paper alike.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from studio_app.base.enums import ActivityKind, AuditAction, Permission
from studio_app.base.errors import NotFoundError, StudioError
from studio_app.base.i18n import N_, tr
from studio_app.base.labels import label, word_label
from studio_app.base.masking import mask_phone
from studio_app.base.messages import chinese
from studio_app.core.activities import Activity, outcome_label, year_span
from studio_app.core.guard import permit
from studio_app.core.linkage import LinkageService
from studio_app.core.models import Member, Request, Studio, StudioMembership, Visit
from studio_app.core.points import MemberPoints, PointsService, Rule, member_code, rule_label
from studio_app.core.records import load
from studio_app.core.request_figures import local_day_start
from studio_app.core.unit_of_work import SessionSource
from studio_app.documents.chart_data import ChartData, chart

if TYPE_CHECKING:
    from studio_app.documents.fonts import FontSet
    from studio_app.documents.pdf_layout import PdfDocument

K = ActivityKind
JOINT_KINDS = (K.PROPOSAL, K.SOCIAL_OPINION)
ROLE_LABELS = {"lead": N_("领衔"), "co": N_("附议")}
# The activity-by-month chart's series: a few groups, so twelve months stay readable.
MONTH_GROUPS = (
    (N_("接待与走访"), (K.DUTY, K.VISIT)),
    (N_("诉求与落实"), (K.REQUEST, K.FOLLOW_UP)),
    (N_("会议"), (K.MEETING, K.PLENARY, K.STANDING)),
    (N_("提案、社情民意及其他"), (K.PROPOSAL, K.SOCIAL_OPINION, K.SPEECH, K.RESEARCH, K.TRAINING,
                                   K.SERVICE, K.OTHER)),
)  # fmt: skip


@dataclass(frozen=True)
class HouseholdLine:
    household_id: uuid.UUID
    name: str
    village: str
    last_visit: date | None  # this member's last visit


@dataclass(frozen=True)
class RequestLine:
    request_id: uuid.UUID
    number: str
    registered_on: date
    category: str
    summary: str
    outcome: str  # 已回访（按时答复）…


@dataclass(frozen=True)
class PointsLine:
    """A scored item of the year and the activities its points come from."""

    rule: Rule
    deduction: bool
    points: float  # signed: a deduction is negative
    capped: bool
    activities: tuple[Activity, ...]

    @property
    def label(self) -> str:
        return rule_label(self.rule)

    def source(self) -> str:
        """Where the points came from, in one line: each activity, or the first few of many."""
        parts = [f"{a.on.isoformat()} {describe(a)}" for a in self.activities[:3]]
        more = len(self.activities) - len(parts)
        text = tr("；").join(parts)
        if more:
            text += tr("；等共 {n} 项").format(n=len(self.activities))
        if self.capped:
            text += tr("（已达年度上限 {cap} 分）").format(cap=f"{self.rule.cap:g}")
        return text


@dataclass(frozen=True)
class MemberRecord:
    points: MemberPoints
    facts: tuple[tuple[str, str], ...]
    studio_name: str
    households: tuple[HouseholdLine, ...]
    requests: tuple[RequestLine, ...]

    @property
    def activities(self) -> tuple[Activity, ...]:
        return self.points.activities

    def by_kind(self) -> list[tuple[ActivityKind, list[Activity]]]:
        """The activities grouped by kind, in the kinds' order, each oldest first."""
        groups: dict[ActivityKind, list[Activity]] = {}
        for a in self.activities:
            groups.setdefault(a.kind, []).append(a)
        return [(k, groups[k]) for k in ActivityKind if k in groups]

    def proposals(self) -> list[Activity]:
        return [a for a in self.activities if a.kind in JOINT_KINDS]

    def points_lines(self) -> list[PointsLine]:
        """The scored items (count > 0) with their activities, items first, then deductions."""
        scheme = self.points.version.scheme
        lines = []
        for item in self.points.score.items:
            if not item.count:
                continue
            mine = tuple(a for a in self.activities
                         if _first(scheme.deductions if item.deduction else scheme.items, a) == item.rule)  # fmt: skip
            lines.append(PointsLine(item.rule, item.deduction,
                                    item.signed, item.capped,
                                    mine))  # fmt: skip
        return lines

    def points_chart(self) -> ChartData:
        lines = [line for line in self.points_lines() if line.points]
        return chart(tr("积分构成"), [line.label for line in lines],
                     [(tr("积分"), [line.points for line in lines])], tr("分"))  # fmt: skip

    def month_chart(self) -> ChartData:
        months = [tr("{m}月").format(m=m) for m in range(1, 13)]
        series = []
        for name, kinds in MONTH_GROUPS:
            counts = Counter(a.on.month for a in self.activities if a.kind in kinds)
            shown = tr(name)  # i18n: from MONTH_GROUPS
            series.append((shown, [counts.get(m, 0) for m in range(1, 13)]))
        return chart(tr("每月履职活动"), months, series, tr("项"))


def _first(rules, activity: Activity) -> Rule | None:
    return next((r for r in rules if r.matches(activity.key)), None)


def describe(a: Activity) -> str:
    """An activity as the record lists it: its detail, and how it went (出席, 领衔、立案 …)."""
    notes = [outcome_label(a.outcome)] if a.outcome else []
    if a.role:
        notes.append(role_label(a.role))
    if a.accepted:
        notes.append(tr("已立案") if a.kind == K.PROPOSAL else tr("已采用"))
    notes = [n for n in notes if n]
    return a.detail + (tr("（{notes}）").format(notes=tr("，").join(notes)) if notes else "")


def ranks(totals: list[float]) -> list[int]:
    """Competition ranks of totals already sorted high to low: equal totals share a rank
    (1, 2, 2, 4)."""
    found = []
    for n, total in enumerate(totals):
        found.append(found[-1] if n and total == totals[n - 1] else n + 1)
    return found


class MemberRecordService:
    def __init__(self, db: SessionSource, points: PointsService, linkages: LinkageService):
        self.db = db
        self.points = points
        self.linkages = linkages

    def record(self, member_id: uuid.UUID, year: int) -> MemberRecord:
        points = self.points.member(member_id, year)
        start, end = year_span(year)
        with self.db.session() as s:
            member = load(s, Member, member_id, tr("找不到这位委员，可能已被删除或数据库已更换。"))
            studios = [n for (n,) in s.execute(
                select(Studio.name).join(StudioMembership, StudioMembership.studio_id == Studio.id)
                .where(StudioMembership.member_id == member_id, StudioMembership.left_on.is_(None))
                .order_by(StudioMembership.created_at)
            )]  # fmt: skip
            facts = (
                (tr("层级"), label(member.level)),
                (tr("界别"), word_label(member.sector)),
                (tr("专委会"), word_label(member.committee)),
                (tr("工作单位"), member.work_unit),
                (tr("所在工作室"), tr("、").join(studios)),
                (tr("联系电话"), mask_phone(member.phone) if member.phone else ""),
            )
            last_visits = dict(s.execute(
                select(Visit.household_id, func.max(Visit.visited_on))
                .where(Visit.member_id == member_id, Visit.archived_at.is_(None))
                .group_by(Visit.household_id)
            ).all())  # fmt: skip
            requests = self._requests(s, member_id, start, end, points.activities)
        households = tuple(
            HouseholdLine(h.household_id, h.head_name, h.village, last_visits.get(h.household_id))
            for h in self.linkages.households_of(member_id)
        )
        return MemberRecord(points, facts, studios[0] if studios else "", households, requests)

    def find_member(self, text: str) -> uuid.UUID:
        """A member by name (refused, with their codes, when two share it), by code (the first
        8 hex digits of the id) or by id."""
        wanted = text.strip()
        with self.db.session() as s:
            named = s.execute(select(Member.id).where(Member.name == wanted,
                                                      Member.archived_at.is_(None))).scalars().all()  # fmt: skip
            if len(named) > 1:
                codes = tr("、").join(sorted(member_code(i) for i in named))
                raise StudioError(
                    tr("有 {n} 位委员叫“{name}”，请改用委员编号：{codes}。").format(
                        n=len(named), name=wanted, codes=codes)
                )  # fmt: skip
            if named:
                return named[0]
            code = wanted.replace("-", "").lower()
            if 8 <= len(code) <= 32 and all(c in "0123456789abcdef" for c in code):
                found = [i for i in s.scalars(select(Member.id)) if i.hex.startswith(code)]
                if len(found) == 1:
                    return found[0]
        raise NotFoundError(tr("找不到名为或编号为“{text}”的委员。").format(text=text))

    def export_ranking(self, path: Path, year: int) -> int:
        """The year's ranking with each item's points, to an .xlsx (export permission, logged)."""
        from studio_app.documents.spreadsheet import Column, write_sheet

        ranking = self.points.ranking(year)
        rules = ranking.version.scheme.rules()
        columns = [Column("rank", tr("名次"), width=6), Column("name", tr("姓名"), width=12),
                   Column("code", tr("委员编号"), width=11), Column("total", tr("总分"), width=8),
                   Column("passed", tr("是否合格"), width=8),
                   *(Column(r.key, rule_label(r), width=10) for r in rules)]  # fmt: skip
        totals = [r.score.total for r in ranking.rows]
        rows = (
            {"rank": n, "name": r.name, "code": r.code, "total": r.score.total,
             "passed": tr("合格") if r.score.passed else tr("不合格"),
             **{i.rule.key: i.signed for i in r.score.items}}
            for n, r in zip(ranks(totals), ranking.rows, strict=True)
        )  # fmt: skip
        with self.db.session() as s:
            event = permit(s, Permission.EXPORT, AuditAction.EXPORT,
                           chinese("audit.points_year", year=year))  # fmt: skip
            count = write_sheet(Path(path), columns, rows,
                                title=tr("{year}年度委员履职积分").format(year=year),
                                sheet_name=tr("履职积分"))  # fmt: skip
            if event is not None:
                event.detail = chinese("audit.records", n=count)
        return count

    # ---- the PDFs' plain data --------------------------------------------------------------
    def pdf_record(self, member_id: uuid.UUID, year: int, *, today: date | None = None):
        """The member's year as documents/member_record_pdf.py prints it."""
        from studio_app.documents import member_record_pdf as pdf

        r = self.record(member_id, year)
        score = r.points.score
        today = today or date.today()
        return pdf.MemberYear(
            studio_name=r.studio_name, year=year, name=r.points.name, member_code=r.points.code,
            facts=r.facts, points_total=score.total, points_base=score.base,
            pass_mark=score.pass_mark, passed=score.passed,
            points_items=tuple(pdf.PointsItem(line.label, line.source(), line.points)
                               for line in r.points_lines()),
            activities=tuple(
                pdf.ActivityGroup(label(kind), tuple(pdf.Activity(a.on, describe(a)) for a in found))
                for kind, found in r.by_kind()
            ),
            households=tuple(pdf.LinkedHousehold(h.name, h.village, h.last_visit)
                             for h in r.households),
            requests=tuple(pdf.HandledRequest(q.number, q.registered_on, q.category, q.summary,
                                              q.outcome) for q in r.requests),
            proposals=tuple(
                pdf.ProposalLine(label(a.kind), a.detail, role_label(a.role), proposal_state(a), a.on)
                for a in r.proposals()
            ),
            points_by_kind=r.points_chart(), activities_by_month=r.month_chart(),
            scheme_name=scheme_name(r.points.version.number),
            as_of=today if year == today.year else None,
        )  # fmt: skip

    def pdf_ranking(self, year: int, *, today: date | None = None):
        from studio_app.documents import member_record_pdf as pdf

        ranking = self.points.ranking(year)
        today = today or date.today()
        totals = [r.score.total for r in ranking.rows]
        return pdf.Ranking(
            studio_name=self._studio_name(), year=year, pass_mark=ranking.version.scheme.pass_mark,
            rows=tuple(pdf.RankingRow(n, r.name, r.code, r.score.total, r.score.passed)
                       for n, r in zip(ranks(totals), ranking.rows, strict=True)),
            scheme_name=scheme_name(ranking.version.number),
            as_of=today if year == today.year else None,
        )  # fmt: skip

    def print_records(self, member_ids: list[uuid.UUID], year: int, fonts: FontSet) -> PdfDocument:
        """The annual record of each member (all of them: each from a new page)."""
        from studio_app.documents.member_record_pdf import render_member_records

        if not member_ids:
            raise StudioError(tr("还没有在任的委员。"))
        return render_member_records([self.pdf_record(i, year) for i in member_ids], fonts)

    def print_ranking(self, year: int, fonts: FontSet) -> PdfDocument:
        from studio_app.documents.member_record_pdf import render_ranking

        return render_ranking(self.pdf_ranking(year), fonts)

    def active_members(self) -> list[uuid.UUID]:
        with self.db.session() as s:
            return list(s.scalars(select(Member.id).where(Member.archived_at.is_(None))
                                  .order_by(Member.sort_key)))  # fmt: skip

    def _studio_name(self) -> str:
        with self.db.session() as s:
            return s.scalar(select(Studio.name).where(Studio.archived_at.is_(None))
                            .order_by(Studio.created_at).limit(1)) or ""  # fmt: skip

    @staticmethod
    def _requests(s, member_id: uuid.UUID, start: date, end: date,
                  activities: tuple[Activity, ...]) -> tuple[RequestLine, ...]:  # fmt: skip
        """Requests the member handled (承办) registered or answered in the year."""
        first, last = local_day_start(start), local_day_start(end + timedelta(days=1))
        answered = {a.source_id: a.outcome for a in activities if a.source == "request"}
        stmt = (
            select(Request.id, Request.number, Request.registered_at, Request.category,
                   Request.content, Request.status)
            .where(Request.assignee_id == member_id, Request.archived_at.is_(None),
                   or_(Request.registered_at.between(first, last),
                       Request.answered_at.between(first, last)))
            .order_by(Request.registered_at)
        )  # fmt: skip
        lines = []
        for request_id, number, registered_at, category, content, status in s.execute(stmt):
            outcome = label(status)
            if request_id in answered:
                outcome += tr("（{how}）").format(how=outcome_label(answered[request_id]))
            summary = content if len(content) <= 40 else content[:39] + "…"
            lines.append(RequestLine(request_id, number, registered_at.astimezone().date(),
                                     word_label(category), summary, outcome))  # fmt: skip
        return tuple(lines)


def scheme_name(number: int) -> str:
    return tr("履职积分办法（第 {n} 版）").format(n=number)


def role_label(role: str) -> str:
    return tr(ROLE_LABELS[role]) if role in ROLE_LABELS else ""  # i18n: from ROLE_LABELS


def proposal_state(a: Activity) -> str:
    if a.kind == K.PROPOSAL:
        return tr("已立案") if a.accepted else tr("未立案")
    return tr("已采用") if a.accepted else tr("未采用")
