"""Visitor requests (群众诉求) and their closed loop, with deadlines on working days.

登记 → 已交办 → 办理中 → 已答复 → 已回访 (closed); side exits 不予受理 (with a reason), 已合并
(into another request) and 转为提案/社情民意 (into a draft proposal, core/proposals.py; its
visitor is still called back). An unsatisfied return
visit reopens the request. Every accepted change appends one ``RequestEvent`` (who, when, from,
to, note); a change the workflow does not allow is refused and changes nothing.

One city's rule, the defaults here: assign within 2 working days, answer within a week (5
working days after assignment), and call every visitor back (5 working days after the answer).

The answer is due by the date promised to the visitor at registration (assign + answer working
days, the date on the receipt). A 交办 (the first, a late one, or a re-routing, 改派) keeps it:
only a 延期 with a reason moves it, and each is recorded and counted. A reopening after an
unsatisfied return visit owes a new answer, with a period of its own from that day.

Every visitor is called back (百分百回访), a merged one too: the merged request stays the
visitor's own record. When the request it joined is answered, it gets the answer and a return
visit due of its own (``return_visit_due`` set: awaiting the call; cleared once called); an
unsatisfied merged visitor reopens the request it joined. A merge into a request already 办结,
不予受理 or 转为提案 is refused; for 转为提案 the refusal offers 关联到该提案 (``link_to_proposal``),
which keeps the visitor's own loop open.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from studio_app.base.enums import (
    AuditAction,
    Permission,
    ProposalKind,
    RequestChannel,
    RequestStatus,
    Satisfaction,
)
from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.i18n import N_, tr
from studio_app.base.labels import label
from studio_app.base.messages import chinese, encode, shown
from studio_app.base.text import clean_text
from studio_app.core.app_settings import Deadlines, SettingsService
from studio_app.core.guard import acting_user, permit
from studio_app.core.models import Household, Member, Request, RequestEvent, Visitor, utcnow
from studio_app.core.models.field import LAPTOP, FieldPackage
from studio_app.core.records import check_version, load
from studio_app.core.retention import visitor_label
from studio_app.core.scope import EVERY_STUDIO
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator, clean_name, normalise_phone
from studio_app.core.workdays import CalendarService

S = RequestStatus
SATISFIED = (Satisfaction.SATISFIED, Satisfaction.BASICALLY)


class Action(StrEnum):
    ASSIGN = "assign"
    START = "start"
    ANSWER = "answer"
    RETURN_VISIT = "return_visit"
    REJECT = "reject"
    MERGE = "merge"
    CONVERT = "convert"
    EXTEND = "extend"
    LINK = "link"


OPEN = frozenset({S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS})
ALLOWED_FROM: dict[Action, frozenset[RequestStatus]] = {
    # Assigning again re-routes it (改派), also while 办理中 (a reopened request included).
    Action.ASSIGN: OPEN,
    Action.START: frozenset({S.ASSIGNED}),
    Action.ANSWER: frozenset({S.ASSIGNED, S.IN_PROGRESS}),
    # A merged visitor is called back once the request they joined is answered, a converted
    # one once their matter became a proposal (both while return_visit_due is set).
    Action.RETURN_VISIT: frozenset({S.ANSWERED, S.MERGED, S.CONVERTED}),
    Action.REJECT: OPEN,
    Action.MERGE: OPEN,
    Action.CONVERT: OPEN | {S.ANSWERED, S.CLOSED},
    Action.EXTEND: OPEN,  # an answer is still owed
    Action.LINK: OPEN | {S.ANSWERED},  # 关联到该提案: the visitor's own loop goes on
}


def may_act(action: Action, status: RequestStatus, waits_for_a_step: bool) -> bool:
    """Whether the workflow allows ``action`` on a request in ``status``; ``waits_for_a_step``:
    it has the deadline of a step to come (a merged visitor is called back only once the request
    they joined was answered, which gives them their own return-visit date)."""
    if action == Action.RETURN_VISIT and status in (S.MERGED, S.CONVERTED):
        return waits_for_a_step
    return status in ALLOWED_FROM[action]


def convertible(request: Request) -> bool:
    """Whether a request may still become a proposal (a common issue's others stay)."""
    return may_act(Action.CONVERT, request.status, request.return_visit_due is not None)


# A merge needs a request still to be answered or called back: not one finished like these.
MERGE_REFUSED = {
    S.CLOSED: N_(
        "诉求 {number} 已办结，不能再合并进去。请把这条作为新诉求办理（可在备注中写明与 {number} 相同）。"
    ),
    S.REJECTED: N_(
        "诉求 {number} 已不予受理，不能合并进去。请把这条单独办理或不予受理，并写明理由。"
    ),
    S.CONVERTED: N_(
        "诉求 {number} 已转为提案/社情民意，不能合并进去。可以改为“关联到该提案”：这位群众的诉求照常答复和回访。"
    ),
}
# A request that names no category (from the command line, an import, any door but the desk,
# which asks for one) is filed under this shipped word: every request counts in the figures by
# category, and none is refused for want of one.
FALLBACK_CATEGORY = N_("其他")
ACTION_LABELS = {
    Action.ASSIGN: "交办",
    Action.START: "开始办理",
    Action.ANSWER: "答复",
    Action.RETURN_VISIT: "回访",
    Action.REJECT: "不予受理",
    Action.MERGE: "合并",
    Action.CONVERT: "转为提案/社情民意",
    Action.EXTEND: "延期",
    Action.LINK: "关联到该提案",
}


class ConvertedTargetError(StudioError):
    """A merge into a request already 转为提案 was refused: the window offers 关联到该提案.

    Attributes:
        target_id: the converted request.
    """

    def __init__(self, message: str, target_id: uuid.UUID):
        self.target_id = target_id
        super().__init__(message)


@dataclass
class RequestInput:
    """What the reception desk registers."""

    content: str
    category: str = ""
    channel: RequestChannel = RequestChannel.RECEPTION_DAY
    visitor_name: str = ""
    anonymous: bool = False
    visitor_phone: str = ""
    village: str = ""
    household_id: uuid.UUID | None = None
    received_by_id: uuid.UUID | None = None
    reception_day_id: uuid.UUID | None = None
    studio_id: uuid.UUID | None = None


def name_for_household(typed: str, head_name: str, *, by_phone: bool = False) -> str:
    """The visitor's name once a household is picked for them at the desk: the head's, unless
    the household was found by its phone and a name that is not part of the head's was typed;
    that is another member of the family, kept as typed.

    So a fragment typed to find the household (钱天 → 钱天佑) never becomes a visitor's name."""
    typed, head = clean_name(typed), clean_name(head_name)
    if by_phone and typed and typed not in head:
        return typed
    return head or typed


def family_member_of(visitor_name: str, head_name: str) -> bool:
    """A visitor linked to a household under another name than its head's: a member of the
    family, registered so on purpose (the desk says so under the name)."""
    name, head = clean_name(visitor_name), clean_name(head_name)
    return bool(name and head and name != head)


@dataclass(frozen=True)
class OverdueRequest:
    id: uuid.UUID
    number: str
    status: RequestStatus
    stage: str  # what is late: 交办, 答复 or 回访
    deadline: date
    days_overdue: int  # working days past the deadline
    content: str


PROVISIONAL = "临"  # before a number given on a field laptop, until check-in
REGISTER_ATTEMPTS = 10  # a new number taken by another PC meanwhile: try the next

# Which deadline applies in each open status, and the step it is for.
STAGE_DEADLINES = (
    (frozenset({S.REGISTERED}), Request.assign_due, N_("交办")),
    (frozenset({S.ASSIGNED, S.IN_PROGRESS}), Request.answer_due, N_("答复")),
    # A merged visitor awaits their own call back while return_visit_due is set.
    (frozenset({S.ANSWERED, S.MERGED, S.CONVERTED}), Request.return_visit_due, N_("回访")),
)


@dataclass(frozen=True)
class HistoryEntry:
    at: object  # datetime, UTC
    actor: str
    from_status: RequestStatus | None
    to_status: RequestStatus
    note: str


def _when(at: datetime | None, today: date | None) -> tuple[datetime, date]:
    """When a step happened (now by default) and the local day its deadline counts from."""
    at = at or utcnow()
    return at, today or at.astimezone().date()


def next_number(s: Session, year: int, mark: str = "") -> str:
    """The next request number of ``year`` (``mark`` before it: a laptop's provisional ones)."""
    prefix = f"{mark}{year}-"
    # Longest first: "2026-10000" is after "2026-9999", though it sorts before it as text.
    # Numbers are the county's: one sequence over every studio of a shared server, so a
    # number names one request wherever the county office meets it.
    last = s.scalar(
        select(Request.number)
        .where(Request.number.startswith(prefix))
        .order_by(func.length(Request.number).desc(), Request.number.desc())
        .limit(1),
        execution_options={EVERY_STUDIO: True},
    )
    return f"{prefix}{int(last.removeprefix(prefix)) + 1 if last else 1:04d}"


class RequestService:
    def __init__(self, db: SessionSource, calendar: CalendarService, settings: SettingsService):
        self.db = db
        self.calendar = calendar
        self.settings = settings

    @property
    def deadlines(self) -> Deadlines:
        """Read at each step, so a change in the settings applies to the next step taken."""
        return self.settings.deadlines()

    # ---- registration --------------------------------------------------------------------
    def register(self, data: RequestInput, *, actor: str = "", today: date | None = None,
                 at: datetime | None = None, merge_into: uuid.UUID | None = None,
                 require_category: bool = False,
                 then: Callable[[Session, Request], None] | None = None) -> Request:  # fmt: skip
        """Register a visitor's request; its assignment deadline counts working days. With
        ``merge_into``, it is merged into that (similar, open) request in the same transaction:
        a refused merge registers nothing.

        A request without a category is filed under FALLBACK_CATEGORY (其他), unless
        ``require_category`` (the reception desk, where the coordinator chooses one): then it is
        refused with the error under the category.

        Every step takes ``at``, when it happened (default now; a phone answer may be recorded
        the next morning), and ``today``, the day its deadline counts from (default: ``at``'s).
        ``then`` is done in the same transaction (the intake's submission marked accepted).
        """
        content, category, name, phone, village = self._checked(data, require_category)
        at, today = _when(at, today)
        calendar, deadlines = self.calendar.calendar(), self.deadlines
        due = calendar.add_workdays(today, deadlines.assign)
        promised = calendar.add_workdays(due, deadlines.answer)  # the receipt's date
        # Several PCs on one server may take the same number at once: the one saved first
        # keeps it, the others take the next. Ten coordinators registering within the same
        # second (the county bench) lost three times in a row.
        for attempt in range(REGISTER_ATTEMPTS):
            try:
                with self.db.session() as s:
                    if data.household_id:
                        load(s, Household, data.household_id, tr("找不到这个联系户。"))
                    visitor = self._visitor(
                        s, name, data.anonymous, phone, village, data.household_id, data.studio_id
                    )
                    request = Request(
                        number=self._next_number(s, today.year), studio_id=data.studio_id,
                        reception_day_id=data.reception_day_id, visitor=visitor,
                        channel=data.channel, category=category, content=content,
                        received_by_id=data.received_by_id, assign_due=due, answer_due=promised,
                        registered_at=at,
                    )  # fmt: skip
                    s.add(request)
                    s.flush()
                    self._event(s, request, None, S.REGISTERED, actor, "", at)
                    if merge_into is not None:
                        self._merge(s, request, merge_into, actor, at)
                    if then is not None:
                        then(s, request)
                return request
            except IntegrityError:
                if attempt == REGISTER_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def check(
        self, data: RequestInput, *, require_category: bool = False
    ) -> tuple[str, str, str, str, str]:
        """Refuse what ``register`` would refuse for its fields (ValidationError), saving
        nothing: the desk checks before it asks whether a similar request is the same matter.
        Returns the fields as they would be saved: content, category, name, phone, village."""
        return self._checked(data, require_category)

    @staticmethod
    def _checked(data: RequestInput, require_category: bool) -> tuple[str, str, str, str, str]:
        """The fields cleaned and checked: content, category, name, phone, village."""
        v = Validator()
        content = v.required("content", tr("诉求内容"), clean_text(data.content), max_length=5000)
        category = v.length("category", tr("类别"), clean_text(data.category), max_length=50)
        if not category and require_category:
            v.add("category", tr("类别"), tr("请选择诉求类别。"))
        name = ""
        if not data.anonymous:
            name = v.name(
                "visitor_name", tr("来访人"), data.visitor_name, max_length=100, required=True
            )
        phone = v.check("visitor_phone", tr("联系电话"), normalise_phone, data.visitor_phone)
        village = v.length("village", tr("村（社区）"), clean_text(data.village), max_length=100)
        v.raise_if_any()
        return content, category or FALLBACK_CATEGORY, name, phone, village

    @staticmethod
    def _visitor(
        s: Session,
        name: str,
        anonymous: bool,
        phone: str,
        village: str,
        household_id: uuid.UUID | None,
        studio_id: uuid.UUID | None,
    ) -> Visitor:
        """The same person (name and phone) comes back to a studio as the same visitor."""
        if not anonymous and phone:
            same = select(Visitor).where(Visitor.name == name, Visitor.phone == phone)
            if studio_id is not None:
                same = same.where(Visitor.studio_id == studio_id)
            found = s.scalars(same.limit(1)).first()
            if found is not None:
                found.village = village or found.village
                found.household_id = household_id or found.household_id
                return found
        visitor = Visitor(name=name, anonymous=anonymous, phone=phone, village=village,
                          household_id=household_id, studio_id=studio_id)  # fmt: skip
        s.add(visitor)
        return visitor

    @staticmethod
    def _next_number(s: Session, year: int) -> str:
        # A field laptop's numbers are provisional (临2026-0001): the office gives the final
        # one at check-in (core/field), so two places never hand out the same number.
        laptop = s.scalar(select(FieldPackage.id).where(FieldPackage.side == LAPTOP).limit(1))
        return next_number(s, year, PROVISIONAL if laptop is not None else "")

    # ---- the workflow --------------------------------------------------------------------
    def assign(self, request_id: uuid.UUID, *, assignee_id: uuid.UUID | None = None,
               handling_unit: str = "", note: str = "", actor: str = "", version: int | None = None,
               today: date | None = None, at: datetime | None = None) -> Request:  # fmt: skip
        """交办 to a member and/or a handling unit. A first, late or repeated 交办 (改派, also
        while 办理中) keeps the answer deadline: the date promised to the visitor, or the one a
        延期 or a reopening set. It returns the request to 已交办."""
        unit = clean_text(handling_unit)
        if assignee_id is None and not unit:
            raise ValidationError.single(
                "assignee", tr("交办对象"), tr("请选择承办委员，或填写承办单位。")
            )
        at, today = _when(at, today)
        with self.db.session() as s:
            request = self._load(s, request_id)
            check_version(request, version)
            self._check(request, Action.ASSIGN)
            if assignee_id is not None:
                load(s, Member, assignee_id, tr("找不到这位委员。"))
            request.assignee_id, request.handling_unit = assignee_id, unit
            request.assigned_at = at
            if request.answer_due is None:  # registered before the promise was kept
                request.answer_due = self._promised(request)
            self._move(s, request, S.ASSIGNED, actor, clean_text(note), at)
        return request

    def _promised(self, request: Request) -> date:
        """The answer date the receipt printed: assign + answer working days from registration."""
        calendar, deadlines = self.calendar.calendar(), self.deadlines
        assign_due = request.assign_due or calendar.add_workdays(
            request.registered_at.astimezone().date(), deadlines.assign
        )
        return calendar.add_workdays(assign_due, deadlines.answer)

    def extension_proposal(self, request_id: uuid.UUID) -> tuple[date, date]:
        """The answer deadline now, and the one a 延期 proposes: an answer period later."""
        with self.db.session() as s:
            request = self._load(s, request_id)
            due = request.answer_due or self._promised(request)
        return due, self.calendar.calendar().add_workdays(due, self.deadlines.answer)

    def extend(self, request_id: uuid.UUID, new_due: date | None, reason: str, *,
               actor: str = "", version: int | None = None,
               at: datetime | None = None) -> Request:  # fmt: skip
        """延期: the answer is due later, for a reason recorded in the history with who gave it
        (the signed-in user, or ``actor``), and counted in the figures (``extension_count``)."""
        reason = clean_text(reason)
        v = Validator()
        if new_due is None:
            v.add("new_due", tr("延至"), tr("请选择新的答复期限。"))
        if not reason:
            v.add("reason", tr("延期理由"), tr("请填写延期的理由，例如需要上级部门会商。"))
        v.raise_if_any()
        at, _today = _when(at, None)
        with self.db.session() as s:
            request = self._load(s, request_id)
            check_version(request, version)
            self._check(request, Action.EXTEND)
            old = request.answer_due or self._promised(request)
            if new_due <= old:
                raise ValidationError.single("new_due", tr("延至"), tr(
                    "新的答复期限要晚于现在的期限 {old}。"
                ).format(old=old.isoformat()))  # fmt: skip
            request.answer_due = new_due
            request.extension_count += 1
            note = encode("request.extended", old=old.isoformat(), new=new_due.isoformat(),
                          reason=reason)  # fmt: skip
            self._move(s, request, request.status, actor, note, at)
        return request

    def start(self, request_id: uuid.UUID, *, note: str = "", actor: str = "", version: int | None = None,
              at: datetime | None = None) -> Request:  # fmt: skip
        at, _today = _when(at, None)
        with self.db.session() as s:
            request = self._load(s, request_id)
            check_version(request, version)
            self._check(request, Action.START)
            self._move(s, request, S.IN_PROGRESS, actor, clean_text(note), at)
        return request

    def answer(self, request_id: uuid.UUID, reply: str, *, actor: str = "", version: int | None = None,
               today: date | None = None, at: datetime | None = None) -> Request:  # fmt: skip
        """已答复 with the reply given to the visitor; the return visit is due next."""
        reply = clean_text(reply)
        if not reply:
            raise ValidationError.single("reply", tr("答复内容"), tr("请填写答复内容。"))
        at, today = _when(at, today)
        with self.db.session() as s:
            request = self._load(s, request_id)
            check_version(request, version)
            self._check(request, Action.ANSWER)
            request.reply, request.answered_at = reply, at
            request.return_visit_due = self.calendar.calendar().add_workdays(
                today, self.deadlines.return_visit
            )
            self._move(s, request, S.ANSWERED, actor, reply, at)
            self._answer_merged(s, request, actor, at)
        return request

    def _answer_merged(self, s: Session, request: Request, actor: str, at: datetime) -> None:
        """The visitors merged into ``request`` and not yet satisfied get its answer and a
        return visit of their own, due as the request's own."""
        merged = s.scalars(
            select(Request).where(
                Request.merged_into_id == request.id,
                or_(Request.satisfaction.is_(None), Request.satisfaction.not_in(SATISFIED)),
            )
        )
        for visitor_request in merged:
            visitor_request.reply, visitor_request.answered_at = request.reply, at
            visitor_request.return_visit_due = request.return_visit_due
            visitor_request.satisfaction, visitor_request.satisfaction_comment = None, ""
            note = encode("request.merged_answer", number=request.number)
            self._move(s, visitor_request, S.MERGED, actor, note, at)

    def return_visit(self, request_id: uuid.UUID, satisfaction: Satisfaction | None,
                     comment: str = "", *, actor: str = "", version: int | None = None,
                     today: date | None = None, at: datetime | None = None) -> Request:  # fmt: skip
        """回访: satisfied (or basically) closes the request; unsatisfied reopens it. The
        visitor's answer is never assumed: no satisfaction is refused."""
        if satisfaction is None:
            raise ValidationError.single(
                "satisfaction", tr("满意度"), tr("请选择群众对答复是否满意。")
            )
        comment = clean_text(comment)
        at, today = _when(at, today)
        with self.db.session() as s:
            request = self._load(s, request_id)
            check_version(request, version)
            self._check(request, Action.RETURN_VISIT)
            request.satisfaction, request.satisfaction_comment = satisfaction, comment
            note = encode("request.visit", satisfaction=satisfaction)
            if comment:
                note = encode("request.visit_comment", satisfaction=satisfaction, comment=comment)
            if request.status == S.MERGED:
                self._merged_visit(s, request, satisfaction, note, actor, today, at)
            elif request.status == S.CONVERTED:  # the matter goes on as the proposal
                request.return_visit_due = None
                self._move(s, request, S.CONVERTED, actor, note, at)
            elif satisfaction == Satisfaction.UNSATISFIED:
                request.reopen_count += 1
                request.answer_due = self.calendar.calendar().add_workdays(
                    today, self.deadlines.answer
                )
                request.return_visit_due = None
                self._move(s, request, S.IN_PROGRESS, actor, note, at)
            else:
                request.closed_at = at
                self._move(s, request, S.CLOSED, actor, note, at)
        return request

    def _merged_visit(self, s: Session, request: Request, satisfaction: Satisfaction, note: str,
                      actor: str, today: date, at: datetime) -> None:  # fmt: skip
        """A merged visitor's own call back: recorded on their request (no longer awaited). If
        unsatisfied, the request they joined is reopened, if it was answered or closed, with a
        new answer period; its next answer reaches this visitor again."""
        request.return_visit_due = None
        self._move(s, request, S.MERGED, actor, note, at)
        if satisfaction != Satisfaction.UNSATISFIED:
            return
        request.reopen_count += 1
        joined = self._load(s, request.merged_into_id)
        if joined.status in (S.ANSWERED, S.CLOSED):
            joined.reopen_count += 1
            joined.answer_due = self.calendar.calendar().add_workdays(today, self.deadlines.answer)
            joined.return_visit_due, joined.closed_at = None, None
            reopened = encode("request.reopened_by", number=request.number)
            self._move(s, joined, S.IN_PROGRESS, actor, reopened, at)

    def link_to_proposal(self, request_id: uuid.UUID, proposal_id: uuid.UUID, *, actor: str = "",
                         version: int | None = None, at: datetime | None = None) -> Request:  # fmt: skip
        """关联到该提案: the request joins a request already 转为提案 as a related matter, and
        keeps its own loop (answer, return visit) open; its timeline names the proposal."""
        at, _today = _when(at, None)
        with self.db.session() as s:
            request = self._load(s, request_id)
            check_version(request, version)
            self._check(request, Action.LINK)
            proposal = self._load(s, proposal_id)
            if proposal.status != S.CONVERTED:
                raise StudioError(tr("诉求 {number} 没有转为提案，不能关联。").format(
                    number=proposal.number))  # fmt: skip
            request.linked_to_id = proposal.id
            note = encode("request.linked_to", number=proposal.number, report=proposal.close_reason)
            self._move(s, request, request.status, actor, note, at)
        return request

    def reject(self, request_id: uuid.UUID, reason: str, *, actor: str = "", version: int | None = None,
               at: datetime | None = None) -> Request:  # fmt: skip
        """不予受理, with the reason told to the visitor."""
        reason = clean_text(reason)
        if not reason:
            raise ValidationError.single(
                "reason", tr("不予受理的理由"), tr("请填写不予受理的理由。")
            )
        with self.db.session() as s:
            request = self._load(s, request_id)
            check_version(request, version)
            self._check(request, Action.REJECT)
            at, _today = _when(at, None)
            request.close_reason, request.closed_at = reason, at
            self._move(s, request, S.REJECTED, actor, reason, at)
        return request

    def merge(self, request_id: uuid.UUID, into_id: uuid.UUID, *, actor: str = "", version: int | None = None,
              at: datetime | None = None) -> Request:  # fmt: skip
        """已合并 into another request, which carries on; the merged one stays visible under it."""
        at, _today = _when(at, None)
        with self.db.session() as s:
            request = self._load(s, request_id)
            check_version(request, version)
            self._merge(s, request, into_id, actor, at)
        return request

    def _merge(self, s: Session, request: Request, into_id: uuid.UUID, actor: str,
               at: datetime) -> None:  # fmt: skip
        target = self._load(s, into_id)
        self._check(request, Action.MERGE)
        if target.id == request.id:
            raise StudioError(tr("诉求不能合并到它自己。"))
        if target.status == S.MERGED:
            raise StudioError(
                tr("诉求 {number} 已合并到其他诉求，请合并到它最终所在的诉求。").format(
                    number=target.number
                )
            )
        if target.status in MERGE_REFUSED:
            refusal = tr(MERGE_REFUSED[target.status]).format(number=target.number)  # i18n: above
            if target.status == S.CONVERTED:
                raise ConvertedTargetError(refusal, target.id)
            raise StudioError(refusal)
        request.merged_into_id, request.closed_at = target.id, at
        note = encode("request.merged_into", number=target.number)
        self._move(s, request, S.MERGED, actor, note, at)
        # Those merged into this one follow it: each is still called back when it is answered.
        for follower in s.scalars(select(Request).where(Request.merged_into_id == request.id)):
            follower.merged_into_id = target.id
            self._move(s, follower, S.MERGED, actor, note, at)
        if target.status == S.ANSWERED:  # answered already: the visitor is told at the call
            request.reply, request.answered_at = target.reply, at
            request.return_visit_due = self.calendar.calendar().add_workdays(
                at.astimezone().date(), self.deadlines.return_visit
            )

    def check_convert(self, request: Request) -> None:
        """Refuse (StudioError) a request the workflow does not let become a proposal."""
        self._check(request, Action.CONVERT)

    def mark_converted(self, s: Session, request: Request, proposal_id: uuid.UUID,
                       kind: ProposalKind, title: str, actor: str, at: datetime) -> None:  # fmt: skip
        """转为提案/社情民意, in the transaction that drafts the proposal (core/proposals.py).
        A visitor not yet called back still is (百分百回访): an answered request keeps its
        return-visit date; one converted before its answer gets one from today, and the call
        tells the visitor what their matter became."""
        self._check(request, Action.CONVERT)
        request.proposal_id = proposal_id
        request.close_reason = title
        request.closed_at = request.closed_at or at
        if request.status == S.CLOSED:  # called back already: no call awaited
            request.return_visit_due = None
        elif request.return_visit_due is None:
            request.return_visit_due = self.calendar.calendar().add_workdays(
                at.astimezone().date(), self.deadlines.return_visit
            )
        note = encode("request.converted", kind=kind, title=title)
        self._move(s, request, S.CONVERTED, actor, note, at)
        # Visitors merged into it would wait for an answer that now comes as the proposal:
        # each not yet called back awaits a call of their own, due as this one's.
        waiting = s.scalars(select(Request).where(
            Request.merged_into_id == request.id, Request.return_visit_due.is_(None),
            or_(Request.satisfaction.is_(None), Request.satisfaction.not_in(SATISFIED)),
        ))  # fmt: skip
        for follower in waiting:
            follower.return_visit_due = request.return_visit_due or self.calendar.calendar(
            ).add_workdays(at.astimezone().date(), self.deadlines.return_visit)  # fmt: skip
            self._move(s, follower, S.MERGED, actor, note, at)

    # ---- reading -------------------------------------------------------------------------
    def overdue(self, today: date | None = None) -> list[OverdueRequest]:
        """Requests past the deadline of the step they wait for, most overdue first.

        A deadline is met on its own day; lateness counts working days after it.
        """
        today = today or date.today()
        calendar = self.calendar.calendar()
        found: list[OverdueRequest] = []
        with self.db.session() as s:
            for statuses, deadline, stage in STAGE_DEADLINES:
                stmt = select(Request).where(
                    Request.status.in_(statuses), Request.archived_at.is_(None), deadline < today
                )
                for r in s.scalars(stmt):
                    due = getattr(r, deadline.key)
                    found.append(OverdueRequest(
                        r.id, r.number, r.status, tr(stage), due,  # i18n: from STAGE_DEADLINES
                        calendar.workdays_between(due, today), r.content,
                    ))  # fmt: skip
        return sorted(found, key=lambda o: (-o.days_overdue, o.deadline, o.number))

    def reveal_phone(self, request_id: uuid.UUID) -> tuple[str, str]:
        """The visitor's name and full phone, for the call back (回访): needs the ``reveal``
        permission and is logged by the request's number, in the same transaction."""
        with self.db.session() as s:
            r = self._load(s, request_id)
            target = chinese("audit.visitor_phone", number=r.number)
            permit(s, Permission.REVEAL, AuditAction.REVEAL, target)
            visitor = r.visitor
            if visitor is None or visitor.anonymous:
                return tr("匿名"), ""
            return visitor_label(visitor.name), visitor.phone

    def get(self, request_id: uuid.UUID) -> Request:
        with self.db.session() as s:
            return self._load(s, request_id)

    def history(self, request_id: uuid.UUID) -> list[HistoryEntry]:
        stmt = (
            select(RequestEvent)
            .where(RequestEvent.request_id == request_id)
            .order_by(RequestEvent.sequence)
        )
        with self.db.session() as s:
            return [
                HistoryEntry(e.at, e.actor, e.from_status, e.to_status, shown(e.note))
                for e in s.scalars(stmt)
            ]

    # ---- helpers -------------------------------------------------------------------------
    @staticmethod
    def _load(s: Session, request_id: uuid.UUID) -> Request:
        return load(s, Request, request_id, tr("找不到这条诉求，可能已被删除或数据库已更换。"))

    @staticmethod
    def _check(request: Request, action: Action) -> None:
        awaiting = request.return_visit_due is not None
        if action == Action.RETURN_VISIT and request.status == S.MERGED and not awaiting:
            raise StudioError(
                tr("诉求 {number} 已合并，它所在的诉求答复后才能回访这位群众。").format(
                    number=request.number
                )
            )
        if not may_act(action, request.status, awaiting):
            raise StudioError(
                tr("诉求 {number} 当前是“{status}”，不能“{action}”。").format(
                    number=request.number,
                    status=label(request.status),
                    action=tr(ACTION_LABELS[action]),
                )
            )

    def _move(self, s: Session, request: Request, to: RequestStatus, actor: str, note: str,
              at: datetime) -> None:  # fmt: skip
        self._event(s, request, request.status, to, actor, note, at)
        request.status = to

    @staticmethod
    def _event(s: Session, request: Request, from_status, to_status, actor: str, note: str,
               at: datetime) -> None:  # fmt: skip
        if not actor and (user := acting_user(s)) is not None:
            actor = user.name  # who is signed in, unless the step names someone
        count = s.scalar(select(func.count()).where(RequestEvent.request_id == request.id)) or 0
        s.add(RequestEvent(request_id=request.id, sequence=count + 1, at=at, actor=actor,
                           from_status=from_status, to_status=to_status, note=note))  # fmt: skip
