"""Proposals (提案) and 社情民意 items: their text, members and course.

A proposal's course: 起草 → 提交 → 立案 or 不予立案 → 承办单位答复 (one per answering unit) →
委员对答复的满意度. A 社情民意 item's: 起草 → 提交 → 采用 (by the 县/市/省/全国 level) and/or 领导批示
→ 承办单位答复 → 满意度. Each step has the day it happened; a step out of order is refused and
changes nothing. Steps are never deleted: a step recorded wrongly is replaced or withdrawn by a
correcting step (``correct``), which the course shows beside it.

A common issue or a single request becomes a draft in one step (``convert_issue``,
``convert_request``): its requests are marked 转为提案/社情民意 and linked to the draft, and each
visitor not yet called back is still called back (core/visitor_requests.py). The draft's text
is the requests' facts and contents with every visitor's name cut to the surname and 某 (王某)
and every phone and ID number hidden, so neither the screen nor the Word file carries them.

Each act (drafted, changed, a step, a correction, a Word export) writes an audit event.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from studio_app.base.enums import (
    AdoptionLevel,
    AuditAction,
    Permission,
    ProposalKind,
    ProposalRole,
    ProposalStep,
    RequestStatus,
    Satisfaction,
)
from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.i18n import tr, trn
from studio_app.base.labels import label, word_label
from studio_app.base.messages import chinese
from studio_app.base.redact import without_numbers
from studio_app.base.text import clean_text
from studio_app.core.guard import acting_user, permit
from studio_app.core.listing import PAGE_SIZE, ListHead
from studio_app.core.models import (
    CommonIssue,
    Member,
    Proposal,
    ProposalEvent,
    ProposalMember,
    Request,
    Visitor,
    utcnow,
)
from studio_app.core.records import check_version, load
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator
from studio_app.core.visitor_requests import RequestService, convertible
from studio_app.documents.proposal_sheet import ProposalSheet

K = ProposalKind
P = ProposalStep
# The step an item is at, as the list calls it.
ANSWER_STEPS = {K.PROPOSAL: (P.REGISTER,), K.SOCIAL_OPINION: (P.ADOPT, P.INSTRUCT)}
DECIDING = {K.PROPOSAL: (P.REGISTER, P.NOT_REGISTER), K.SOCIAL_OPINION: (P.ADOPT, P.INSTRUCT)}


@dataclass
class ProposalInput:
    """The text of the form and its members, as the coordinator edits them."""

    kind: ProposalKind
    title: str  # 案由 ("关于……的提案") / 标题
    analysis: str = ""  # 提案: 情况分析/存在问题
    situation: str = ""  # 社情民意: 基本情况
    problems: str = ""  # 社情民意: 存在问题
    suggestions: str = ""  # 具体建议 / 意见建议
    units: str = ""  # 建议承办单位
    contact: str = ""  # 反映人联系方式: the lead member's own, never a visitor's
    lead_id: uuid.UUID | None = None  # 领衔
    co_ids: Sequence[uuid.UUID] = ()  # 附议, in signing order


@dataclass(frozen=True)
class CourseStep:
    """One row of the course as recorded (corrections and what they replaced included)."""

    sequence: int
    step: ProposalStep
    day: date
    level: AdoptionLevel | None
    unit: str
    text: str
    satisfaction: Satisfaction | None
    corrects: int | None  # the step this one replaces or withdraws
    reason: str
    actor: str
    superseded: bool  # replaced or withdrawn by a later correction


@dataclass(frozen=True)
class ProposalRow:
    id: uuid.UUID
    kind: ProposalKind
    title: str
    step: ProposalStep
    lead: str
    co_count: int
    drafted_on: date
    submitted_on: date | None
    accepted: bool | None
    level: AdoptionLevel | None
    instructed: bool
    satisfaction: Satisfaction | None
    version: int


@dataclass(frozen=True)
class SourceRequest:
    """A request the item came from: its number and state, no visitor."""

    id: uuid.UUID
    number: str
    status: RequestStatus
    awaiting_call: bool  # the visitor is still to be called back


@dataclass(frozen=True)
class ProposalDetail:
    row: ProposalRow
    text: ProposalInput
    members: tuple[tuple[uuid.UUID, str, ProposalRole], ...]  # (member, name, role)
    course: tuple[CourseStep, ...]
    common_issue: str  # the title of the common issue it came from ("" if none)
    requests: tuple[SourceRequest, ...]
    next_steps: tuple[ProposalStep, ...]


@dataclass(frozen=True)
class ProposalQuery:
    kind: ProposalKind | None = None
    step: ProposalStep | None = None
    year: int | None = None  # drafted or submitted in that year
    sort: str = "drafted_on"
    descending: bool = True


@dataclass(frozen=True)
class ProposalInvolvement:
    """A member's part in an item submitted in a year: what the points (履职积分) count."""

    member_id: uuid.UUID
    item_id: uuid.UUID
    kind: str  # "proposal" or "social_opinion"
    role: str  # "lead" or "co"
    submitted_on: date
    accepted: bool  # 立案 / 采用
    level: str | None  # the 采用 level: county, city, province or national
    instructed: bool  # 批示
    title: str


# ---- the course's rules (pure) -----------------------------------------------------------
@dataclass(frozen=True)
class _Step:
    step: ProposalStep
    day: date
    level: AdoptionLevel | None = None
    unit: str = ""
    text: str = ""
    satisfaction: Satisfaction | None = None
    corrects: int | None = None  # a correction: the step it replaces


def effective(course: Iterable[ProposalEvent | _Step | CourseStep]) -> list:
    """The course as it stands: each correction in the place of the step it replaces, a
    withdrawn step gone."""
    steps: dict[int, object] = {}
    for e in course:
        corrects = getattr(e, "corrects", None)
        if corrects is None:
            steps[e.sequence] = e
        elif e.step == P.RETRACT:
            steps.pop(corrects, None)
        else:
            steps[corrects] = e
    return [steps[k] for k in sorted(steps)]


def check_course(kind: ProposalKind, title: str, steps: Sequence, today: date) -> None:
    """Refuse (StudioError, in Chinese) the first step of ``steps`` out of order, dated
    before the one it follows or in the future, or missing what it records."""
    done: list[ProposalStep] = []
    previous: date | None = None
    for s in steps:
        why = _refusal(kind, s, done)
        if why:
            raise StudioError(
                tr("“{title}”不能记录“{step}”：{why}").format(
                    title=title, step=label(s.step), why=why
                )
            )
        if previous is not None and s.day < previous:
            raise StudioError(
                tr("“{step}”的日期 {day} 早于上一步的日期 {previous}，请检查日期。").format(
                    step=label(s.step), day=s.day.isoformat(), previous=previous.isoformat()
                )
            )
        if s.day > today:
            raise StudioError(
                tr("“{step}”的日期 {day} 还没有到，请填写已经发生的日期。").format(
                    step=label(s.step), day=s.day.isoformat()
                )
            )
        done.append(s.step)
        previous = s.day


def _refusal(kind: ProposalKind, s, done: list[ProposalStep]) -> str:
    """Why step ``s`` cannot follow ``done`` ("" if it can)."""
    step = s.step
    if step in (P.REGISTER, P.NOT_REGISTER) and kind != K.PROPOSAL:
        return tr("立案只用于提案；社情民意信息请记录“采用”或“批示”。")
    if step in (P.ADOPT, P.INSTRUCT) and kind != K.SOCIAL_OPINION:
        return tr("采用和批示只用于社情民意信息；提案请记录“立案”或“不予立案”。")
    if step == P.DRAFT:
        return "" if not done else tr("起草只能是第一步。")
    if not done:
        return tr("第一步必须是起草。")
    if step == P.SUBMIT:
        return tr("已经提交过了。") if P.SUBMIT in done else ""
    if P.SUBMIT not in done:
        return tr("还没有提交，请先记录“提交”。")
    if step in (P.REGISTER, P.NOT_REGISTER):
        return (
            tr("已经记录过立案结果，如有错误请用“更正”。")
            if set(DECIDING[kind]) & set(done)
            else ""
        )
    if step in (P.ADOPT, P.INSTRUCT):
        if step in done:
            return tr("已经记录过了，如有错误请用“更正”。")
        if step == P.ADOPT and s.level is None:
            return tr("请选择采用的层级（县、市、省或全国）。")
        if step == P.INSTRUCT and not s.text:
            return tr("请填写批示的领导或批示内容。")
        return ""
    if step == P.REPLY:
        if not set(ANSWER_STEPS[kind]) & set(done):
            if kind == K.PROPOSAL:
                return tr("提案立案后才有承办单位答复。")
            return tr("社情民意信息被采用或批示后才有承办单位答复。")
        if P.RATE in done:
            return tr("已经评价了满意度，如有错误请用“更正”。")
        if not s.unit or not s.text:
            return tr("请填写答复的承办单位和答复内容。")
        return ""
    if step == P.RATE:
        if P.REPLY not in done:
            return tr("承办单位答复后才能评价满意度。")
        if P.RATE in done:
            return tr("已经评价过了，如有错误请用“更正”。")
        return "" if s.satisfaction is not None else tr("请选择委员对答复是否满意。")
    return tr("这一步不能这样记录。")


def next_steps(kind: ProposalKind, steps: Sequence) -> tuple[ProposalStep, ...]:
    """The steps the course allows next (ignoring the values they need)."""
    done = [s.step for s in steps]
    candidates = {
        K.PROPOSAL: (P.SUBMIT, P.REGISTER, P.NOT_REGISTER, P.REPLY, P.RATE),
        K.SOCIAL_OPINION: (P.SUBMIT, P.ADOPT, P.INSTRUCT, P.REPLY, P.RATE),
    }[kind]
    probe = {"level": AdoptionLevel.COUNTY, "unit": "-", "text": "-",
             "satisfaction": Satisfaction.SATISFIED}  # fmt: skip
    return tuple(
        step for step in candidates if not _refusal(kind, _Step(step, date.min, **probe), done)
    )


def _outcome(item: Proposal, steps: Sequence) -> None:
    """The course's result on the item, for the lists and the points."""
    by = {s.step: s for s in steps}
    item.step = steps[-1].step if steps else P.DRAFT
    item.submitted_on = by[P.SUBMIT].day if P.SUBMIT in by else None
    if P.REGISTER in by or P.ADOPT in by:
        item.accepted = True
    elif P.NOT_REGISTER in by:
        item.accepted = False
    else:
        item.accepted = None
    item.level = by[P.ADOPT].level if P.ADOPT in by else None
    item.instructed = P.INSTRUCT in by
    item.satisfaction = by[P.RATE].satisfaction if P.RATE in by else None


# ---- text for a draft --------------------------------------------------------------------
def proposal_title(kind: ProposalKind, title: str) -> str:
    """A proposal's 案由 reads "关于……的提案": a title typed without either end gets it."""
    title = clean_text(title)
    if kind != K.PROPOSAL or not title:
        return title
    if not title.startswith("关于"):
        title = "关于" + title
    if not title.endswith("的提案"):
        title = title.removesuffix("提案") + "的提案"
    return title


def masked_name(name: str) -> str:
    """王䶮 → 王某: the surname stays, the person is not named (a two-character surname too)."""
    name = name.strip()
    if not name:
        return ""
    surname = name[:2] if len(name) >= 4 else name[:1]
    return surname + "某"


def visitor_free(text: str, names: Iterable[str]) -> str:
    """``text`` without the visitors' names (each cut to its surname and 某) and without any
    phone or ID number."""
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        text = text.replace(name, masked_name(name))
    return without_numbers(text, tr("（电话略）"), tr("（身份证号略）"))


def _day(d: date) -> str:
    return tr("{y}年{m}月{d}日").format(y=d.year, m=d.month, d=d.day)


@dataclass(frozen=True)
class _Source:
    number: str
    content: str
    village: str
    category: str
    unit: str
    assignee_id: uuid.UUID | None
    received_by_id: uuid.UUID | None
    registered_on: date


def _draft_text(kind: ProposalKind, title: str, summary: str, sources: list[_Source],
                names: set[str]) -> ProposalInput:  # fmt: skip
    """The draft's sections from its requests: the facts and the visitors' matters, no visitor
    named; 建议承办单位 from the units that handled them (most requests first)."""
    facts = ""
    if sources:
        first, last = sources[0].registered_on, sources[-1].registered_on
        span = _day(first) if first == last else f"{_day(first)}{tr('至')}{_day(last)}"
        facts = trn("{span}，委员工作室共收到群众反映此类问题的诉求 %n 件", len(sources)).format(
            span=span
        )
        villages = [v for v, _n in Counter(s.village for s in sources if s.village).most_common()]
        if villages:
            facts += trn("，涉及 %n 个村（社区）：{villages}", len(villages)).format(
                villages=tr("、").join(villages)
            )
        facts += tr("。")
        categories = [
            c for c, _n in Counter(s.category for s in sources if s.category).most_common()
        ]
        if categories:
            facts += tr("诉求类别：{categories}。").format(
                categories=tr("、").join(map(word_label, categories))
            )
    if summary:
        facts = (facts + "\n" + summary).strip()
    matters = "\n".join(
        f"{i}. " + tr("{name}（{note}）").format(
            name=" ".join(s.content.split()),
            note=tr("，").join(x for x in (s.village, s.number) if x),
        )
        for i, s in enumerate(sources, 1)
    )  # fmt: skip
    units = tr("、").join(u for u, _n in Counter(s.unit for s in sources if s.unit).most_common())
    facts, matters = visitor_free(facts, names), visitor_free(matters, names)
    if kind == K.PROPOSAL:
        analysis = facts
        if matters:
            analysis += "\n" + tr("群众反映的具体问题：") + "\n" + matters
        return ProposalInput(kind, title, analysis=analysis.strip(), units=units)
    return ProposalInput(kind, title, situation=facts, problems=matters, units=units)


# ---- the service -------------------------------------------------------------------------
class ProposalService:
    def __init__(self, db: SessionSource, requests: RequestService):
        self.db = db
        self.requests = requests

    # ---- drafting ------------------------------------------------------------------------
    def create(self, data: ProposalInput, *, today: date | None = None,
               common_issue_id: uuid.UUID | None = None) -> Proposal:  # fmt: skip
        """A new draft (起草 on ``today``)."""
        today = today or date.today()
        data = _validated(data)
        with self.db.session() as s:
            if common_issue_id is not None:
                load(s, CommonIssue, common_issue_id, tr("找不到这个共性问题。"))
            item = self._new(s, data, today, common_issue_id)
        return item

    def update(self, proposal_id: uuid.UUID, data: ProposalInput, *,
               expected_version: int | None) -> Proposal:  # fmt: skip
        """The text and members of a draft. Once submitted, the text is what was submitted:
        it is kept as it was (the member edits the Word file for a later version)."""
        data = _validated(data)
        with self.db.session() as s:
            item = self._load(s, proposal_id)
            check_version(item, expected_version)
            if item.step != P.DRAFT:
                raise StudioError(
                    tr("“{title}”已经提交，正文和委员不再修改；如提交的记录有误，请“更正”提交这一步。").format(
                        title=item.title
                    )
                )  # fmt: skip
            if data.kind != item.kind:
                raise StudioError(tr("提案和社情民意信息不能互相转换，请新建一份。"))
            self._fill(s, item, data)
            permit(s, Permission.EDIT, AuditAction.PROPOSAL, _target(item),
                   chinese("audit.proposal_edited"))  # fmt: skip
        return item

    def convert_issue(self, issue_id: uuid.UUID, kind: ProposalKind, *,
                      lead_id: uuid.UUID | None = None, actor: str = "",
                      at: datetime | None = None) -> Proposal:  # fmt: skip
        """A common issue becomes a draft in one step: its requests are marked 转为提案/社情民意
        (those merged, rejected or already converted stay as they are), their visitors still
        called back. ``at``: when (default now; the demo's history is back-dated)."""
        at = at or utcnow()
        today = at.astimezone().date()
        with self.db.session() as s:
            issue = load(s, CommonIssue, issue_id, tr("找不到这个共性问题。"))
            requests = list(s.scalars(
                select(Request).where(Request.common_issue_id == issue_id)
                .order_by(Request.registered_at, Request.number)
            ))  # fmt: skip
            taken = [r for r in requests if convertible(r)]
            if not taken:
                raise StudioError(
                    tr("共性问题“{title}”中没有可以转为提案的诉求（已合并、不予受理或已转的除外）。").format(
                        title=issue.title
                    )
                )  # fmt: skip
            title = issue.title if kind == K.SOCIAL_OPINION else proposal_title(kind, issue.title)
            item = self._from_requests(
                s, kind, title, issue.summary, taken, lead_id, today, issue.id
            )
            self._mark(s, item, taken, actor, at)
        return item

    def convert_request(self, request_id: uuid.UUID, kind: ProposalKind, *,
                        lead_id: uuid.UUID | None = None, actor: str = "",
                        version: int | None = None, at: datetime | None = None) -> Proposal:  # fmt: skip
        """A single request becomes a draft in one step, marked 转为提案/社情民意."""
        at = at or utcnow()
        today = at.astimezone().date()
        with self.db.session() as s:
            request = load(
                s, Request, request_id, tr("找不到这条诉求，可能已被删除或数据库已更换。")
            )
            check_version(request, version)
            self.requests.check_convert(request)
            matter = " ".join(request.content.split())[:30]
            title = proposal_title(kind, matter) if kind == K.PROPOSAL else matter
            item = self._from_requests(s, kind, "", "", [request], lead_id, today, None)
            item.title = visitor_free(title, _visitor_names(s, [request]))[:200]
            self._mark(s, item, [request], actor, at)
        return item

    def _from_requests(self, s: Session, kind: ProposalKind, title: str, summary: str,
                       requests: list[Request], lead_id: uuid.UUID | None, today: date,
                       issue_id: uuid.UUID | None) -> Proposal:  # fmt: skip
        names = _visitor_names(s, requests)
        title = visitor_free(title, names)[:200]  # the coordinator's title may name a visitor
        sources = [_Source(
            r.number, r.content, r.visitor.village if r.visitor else "", r.category,
            r.handling_unit, r.assignee_id, r.received_by_id, r.registered_at.astimezone().date(),
        ) for r in requests]  # fmt: skip
        data = _draft_text(kind, title or "-", summary, sources, names)
        if lead_id is None:  # the member who handled most of them, else who received them
            handled = Counter(r.assignee_id or r.received_by_id for r in requests)
            handled.pop(None, None)
            lead_id = handled.most_common(1)[0][0] if handled else None
        data.lead_id = lead_id
        return self._new(s, data, today, issue_id)

    def _mark(self, s: Session, item: Proposal, requests: list[Request], actor: str,
              at: datetime) -> None:  # fmt: skip
        for r in requests:
            self.requests.mark_converted(s, r, item.id, item.kind, item.title, actor, at)

    def _new(self, s: Session, data: ProposalInput, today: date,
             issue_id: uuid.UUID | None) -> Proposal:  # fmt: skip
        item = Proposal(kind=data.kind, title=data.title, drafted_on=today,
                        common_issue_id=issue_id, step=P.DRAFT, instructed=False)  # fmt: skip
        s.add(item)
        self._fill(s, item, data)
        s.flush()
        self._event(s, item, _Step(P.DRAFT, today), None, "")
        permit(s, Permission.EDIT, AuditAction.PROPOSAL, _target(item),
               chinese("audit.proposal_step", step=P.DRAFT, day=today.isoformat()))  # fmt: skip
        return item

    @staticmethod
    def _fill(s: Session, item: Proposal, data: ProposalInput) -> None:
        ids = [data.lead_id] if data.lead_id else []
        ids += [i for i in dict.fromkeys(data.co_ids) if i != data.lead_id]
        members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(ids)))}
        if len(members) != len(ids):
            raise StudioError(tr("找不到所选的委员，可能已被删除。请重新选择。"))
        item.title = data.title
        item.analysis, item.situation, item.problems = data.analysis, data.situation, data.problems
        item.suggestions, item.units = data.suggestions, data.units
        old_lead = next((m.member for m in item.members if m.role == ProposalRole.LEAD), None)
        contact = data.contact
        if old_lead is not None and old_lead.id != data.lead_id and contact == old_lead.phone:
            contact = ""  # the former lead's own phone goes with them
        if not contact and data.lead_id:  # the member's own contact, never a visitor's
            contact = members[data.lead_id].phone
        item.contact = contact
        roles = [ProposalRole.LEAD] * bool(data.lead_id)
        roles += [ProposalRole.CO] * (len(ids) - len(roles))
        wanted = list(zip(ids, roles, strict=True))
        current = [(m.member_id, m.role) for m in item.members]
        if current != wanted:
            item.members.clear()
            s.flush()  # the old rows go before new ones take their (proposal, member) keys
            item.members.extend(
                ProposalMember(member_id=i, role=role, position=n)
                for n, (i, role) in enumerate(wanted)
            )

    # ---- the course ----------------------------------------------------------------------
    def record_step(self, proposal_id: uuid.UUID, step: ProposalStep, day: date, *,
                    level: AdoptionLevel | None = None, unit: str = "", text: str = "",
                    satisfaction: Satisfaction | None = None, version: int | None = None,
                    actor: str = "", today: date | None = None) -> Proposal:  # fmt: skip
        """The next step of the course, on the day it happened."""
        if step in (P.DRAFT, P.RETRACT):
            raise StudioError(tr("这一步不能这样记录。"))
        new = _Step(step, day, level, clean_text(unit)[:200], clean_text(text), satisfaction)
        with self.db.session() as s:
            item = self._load(s, proposal_id)
            check_version(item, version)
            steps = effective(self._events(s, item.id))
            if step == P.SUBMIT and not any(m.role == ProposalRole.LEAD for m in item.members):
                raise StudioError(
                    tr("“{title}”还没有领衔委员，提交前请在正文中选择领衔委员。").format(
                        title=item.title
                    )
                )
            check_course(item.kind, item.title, [*steps, new], today or date.today())
            self._event(s, item, new, None, actor)
            _outcome(item, [*steps, new])
            permit(s, Permission.EDIT, AuditAction.PROPOSAL, _target(item),
                   chinese("audit.proposal_step", step=step, day=day.isoformat()))  # fmt: skip
        return item

    def correct(self, proposal_id: uuid.UUID, sequence: int, step: ProposalStep, day: date,
                reason: str, *, level: AdoptionLevel | None = None, unit: str = "",
                text: str = "", satisfaction: Satisfaction | None = None,
                version: int | None = None, actor: str = "",
                today: date | None = None) -> Proposal:  # fmt: skip
        """A correcting step: step ``sequence`` is replaced by ``step`` (another decision, day
        or values) or, with ``ProposalStep.RETRACT``, withdrawn. Nothing is deleted; the
        corrected course must still be in order."""
        reason = clean_text(reason)
        if not reason:
            raise ValidationError.single("reason", tr("更正理由"), tr("请填写更正的理由。"))
        new = _Step(step, day, level, clean_text(unit)[:200], clean_text(text), satisfaction)
        with self.db.session() as s:
            item = self._load(s, proposal_id)
            check_version(item, version)
            events = self._events(s, item.id)
            # A correction takes the place of the step it corrects: naming either is the same.
            slot = next((e.corrects or e.sequence for e in events if e.sequence == sequence), None)
            current = {e.corrects or e.sequence: e for e in effective(events)}
            if slot not in current:
                raise StudioError(tr("第 {n} 步不在现在的经过中（可能已被撤回），请刷新后再试。").format(
                    n=sequence))  # fmt: skip
            if current[slot].step == P.DRAFT:
                raise StudioError(tr("起草这一步不能更正；正文可以在提交前修改。"))
            sequence = slot
            corrected = effective([*events, replace(new, corrects=sequence)])
            check_course(item.kind, item.title, corrected, today or date.today())
            self._event(s, item, new, sequence, actor, reason)
            _outcome(item, corrected)
            permit(s, Permission.EDIT, AuditAction.PROPOSAL, _target(item),
                   chinese("audit.proposal_corrected", sequence=sequence, step=step,
                           day=day.isoformat(), reason=reason[:200]))  # fmt: skip
        return item

    @staticmethod
    def _event(s: Session, item: Proposal, step: _Step, corrects: int | None, actor: str,
               reason: str = "") -> None:  # fmt: skip
        if not actor and (user := acting_user(s)) is not None:
            actor = user.name
        count = s.scalar(
            select(func.count()).where(ProposalEvent.proposal_id == item.id)
        ) or 0  # fmt: skip
        s.add(ProposalEvent(
            proposal_id=item.id, sequence=count + 1, step=step.step, day=step.day,
            level=step.level, unit=step.unit, text=step.text, satisfaction=step.satisfaction,
            corrects=corrects, reason=reason, actor=actor, at=utcnow(),
        ))  # fmt: skip

    @staticmethod
    def _events(s: Session, proposal_id: uuid.UUID) -> list[ProposalEvent]:
        return list(s.scalars(
            select(ProposalEvent).where(ProposalEvent.proposal_id == proposal_id)
            .order_by(ProposalEvent.sequence)
        ))  # fmt: skip

    def archive(self, proposal_id: uuid.UUID, *, version: int | None = None) -> None:
        """A draft never submitted (or an item kept no longer) is hidden, not deleted."""
        with self.db.session() as s:
            item = self._load(s, proposal_id)
            check_version(item, version)
            item.archived_at = item.archived_at or utcnow()
            permit(s, Permission.EDIT, AuditAction.PROPOSAL, _target(item),
                   chinese("audit.proposal_archived"))  # fmt: skip

    # ---- reading -------------------------------------------------------------------------
    def _conditions(self, q: ProposalQuery) -> list:
        where = [Proposal.archived_at.is_(None)]
        if q.kind is not None:
            where.append(Proposal.kind == q.kind)
        if q.step is not None:
            where.append(Proposal.step == q.step)
        if q.year is not None:
            year = func.coalesce(Proposal.submitted_on, Proposal.drafted_on)
            where.append(extract("year", year) == q.year)
        return where

    def first_page(self, q: ProposalQuery, limit: int = PAGE_SIZE) -> ListHead[ProposalRow]:
        with self.db.session() as s:
            total = s.scalar(select(func.count()).select_from(Proposal).where(*self._conditions(q)))
        return ListHead(self.page(q, 0, limit), total or 0)

    def page(self, q: ProposalQuery, offset: int = 0, limit: int = PAGE_SIZE) -> list[ProposalRow]:
        column = {"title": Proposal.title, "step": Proposal.step, "kind": Proposal.kind,
                  "submitted_on": Proposal.submitted_on}.get(q.sort, Proposal.drafted_on)  # fmt: skip
        order = column.desc() if q.descending else column.asc()
        with self.db.session() as s:
            items = list(s.scalars(
                select(Proposal).where(*self._conditions(q))
                .order_by(order.nulls_last(), Proposal.created_at.desc(), Proposal.id)
                .offset(offset).limit(limit)
            ))  # fmt: skip
            return self._rows(s, items)

    @staticmethod
    def _rows(s: Session, items: list[Proposal]) -> list[ProposalRow]:
        ids = [i.id for i in items]
        leads: dict[uuid.UUID, str] = {}
        co: Counter = Counter()
        if ids:
            stmt = (select(ProposalMember.proposal_id, ProposalMember.role, Member.name)
                    .join(Member, Member.id == ProposalMember.member_id)
                    .where(ProposalMember.proposal_id.in_(ids)))  # fmt: skip
            for pid, role, name in s.execute(stmt):
                if role == ProposalRole.LEAD:
                    leads[pid] = name
                else:
                    co[pid] += 1
        return [ProposalRow(
            i.id, i.kind, i.title, i.step, leads.get(i.id, ""), co[i.id], i.drafted_on,
            i.submitted_on, i.accepted, i.level, i.instructed, i.satisfaction, i.version,
        ) for i in items]  # fmt: skip

    def years(self) -> list[int]:
        """The years items were drafted or submitted in, newest first (the year filter)."""
        with self.db.session() as s:
            days = s.execute(select(Proposal.drafted_on, Proposal.submitted_on)).all()
        return sorted({(sub or drafted).year for drafted, sub in days}, reverse=True)

    def detail(self, proposal_id: uuid.UUID) -> ProposalDetail:
        with self.db.session() as s:
            item = self._load(s, proposal_id)
            (row,) = self._rows(s, [item])
            members = tuple((m.member_id, m.member.name, m.role) for m in item.members)
            events = self._events(s, item.id)
            standing = {id(e) for e in effective(events)}
            course = tuple(CourseStep(
                e.sequence, e.step, e.day, e.level, e.unit, e.text, e.satisfaction, e.corrects,
                e.reason, e.actor, id(e) not in standing and e.step != P.RETRACT,
            ) for e in events)  # fmt: skip
            issue = s.get(CommonIssue, item.common_issue_id) if item.common_issue_id else None
            requests = tuple(
                SourceRequest(r.id, r.number, r.status, r.return_visit_due is not None)
                for r in s.scalars(select(Request).where(Request.proposal_id == item.id)
                                   .order_by(Request.number))
            )  # fmt: skip
            lead = next((m for m in item.members if m.role == ProposalRole.LEAD), None)
            text = ProposalInput(
                item.kind, item.title, item.analysis, item.situation, item.problems,
                item.suggestions, item.units, item.contact, lead.member_id if lead else None,
                tuple(m.member_id for m in item.members if m.role == ProposalRole.CO),
            )  # fmt: skip
            return ProposalDetail(row, text, members, course, issue.title if issue else "",
                                  requests, next_steps(item.kind, effective(events)))  # fmt: skip

    def export_word(self, proposal_id: uuid.UUID, path: str | os.PathLike[str]) -> None:
        """The item in its standard form as a Word file (documents/proposal_docx.py), for the
        member to finish in Word or WPS; logged with the export, which fails as a whole."""
        from studio_app.documents.proposal_docx import write_proposal_docx

        with self.db.session() as s:
            item = self._load(s, proposal_id)
            sheet = self._sheet(item)
            permit(s, Permission.EXPORT, AuditAction.PROPOSAL, _target(item),
                   chinese("audit.proposal_exported"))  # fmt: skip
            write_proposal_docx(sheet, path)

    @staticmethod
    def _sheet(item: Proposal) -> ProposalSheet:
        lead = next((m.member for m in item.members if m.role == ProposalRole.LEAD), None)
        return ProposalSheet(
            item.kind, item.title, lead.name if lead else "", lead.work_unit if lead else "",
            tuple(m.member.name for m in item.members if m.role == ProposalRole.CO),
            item.contact, item.analysis, item.situation, item.problems, item.suggestions,
            item.units, item.submitted_on or item.drafted_on,
        )  # fmt: skip

    @staticmethod
    def _load(s: Session, proposal_id: uuid.UUID) -> Proposal:
        return load(s, Proposal, proposal_id,
                    tr("找不到这份提案或社情民意信息，可能已被删除或数据库已更换。"))  # fmt: skip


def _target(item: Proposal) -> str:
    return chinese("audit.proposal", kind=item.kind, title=item.title[:100])


def _visitor_names(s: Session, requests: list[Request]) -> set[str]:
    ids = [r.visitor_id for r in requests if r.visitor_id]
    if not ids:
        return set()
    return {n for n in s.scalars(select(Visitor.name).where(Visitor.id.in_(ids))) if n}


def _validated(data: ProposalInput) -> ProposalInput:
    v = Validator()
    kind = data.kind
    title = v.required("title", tr("案由") if kind == K.PROPOSAL else tr("标题"),
                       proposal_title(kind, data.title), max_length=200)  # fmt: skip
    texts = {
        name: v.length(name, caption, clean_text(getattr(data, name)), max_length=20000)
        for name, caption in (("analysis", tr("情况分析")), ("situation", tr("基本情况")),
                              ("problems", tr("存在问题")), ("suggestions", tr("具体建议")))
    }  # fmt: skip
    units = v.length("units", tr("建议承办单位"), clean_text(data.units), max_length=500)
    contact = v.length("contact", tr("联系方式"), clean_text(data.contact), max_length=200)
    v.raise_if_any()
    return ProposalInput(kind, title, texts["analysis"], texts["situation"], texts["problems"],
                         texts["suggestions"], units, contact, data.lead_id, tuple(data.co_ids))  # fmt: skip


def involvements(source, year: int,
                 member_ids: Iterable[uuid.UUID] | None = None) -> list[ProposalInvolvement]:  # fmt: skip
    """Each member's part (领衔 or 附议) in the proposals and 社情民意 items submitted (提交) in
    ``year``: drafts and archived items do not count. ``source``: a session, or anything with
    a ``session()`` (a database, ``Services.db``, ``Services``)."""
    stmt = (
        select(ProposalMember.member_id, ProposalMember.role, Proposal.id, Proposal.kind,
               Proposal.submitted_on, Proposal.accepted, Proposal.level, Proposal.instructed,
               Proposal.title)
        .join(Proposal, Proposal.id == ProposalMember.proposal_id)
        .where(Proposal.submitted_on.is_not(None), Proposal.archived_at.is_(None),
               Proposal.submitted_on >= date(year, 1, 1), Proposal.submitted_on <= date(year, 12, 31))
        .order_by(Proposal.submitted_on, Proposal.id, ProposalMember.position)
    )  # fmt: skip
    if member_ids is not None:
        stmt = stmt.where(ProposalMember.member_id.in_(list(member_ids)))

    def read(s: Session) -> list[ProposalInvolvement]:
        return [ProposalInvolvement(
            member_id, item_id, kind.value, role.value, submitted_on, bool(accepted),
            level.value if level else None, bool(instructed), title,
        ) for member_id, role, item_id, kind, submitted_on, accepted, level, instructed, title
            in s.execute(stmt)]  # fmt: skip

    if isinstance(source, Session):
        return read(source)
    db = getattr(source, "db", source)
    with db.session() as s:
        return read(s)
