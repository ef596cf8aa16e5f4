"""Consultation meetings (协商议事) and their minutes (会议纪要): who came, what was discussed,
what was agreed, and the follow-up actions each responsible unit reports back on.

A meeting is saved whole: its attendees, agenda, agreed items and actions are replaced by what
the form holds (a follow-up action given with its ``id`` keeps its identity). Every change to a
meeting, its children or an action's status bumps the meeting's version, so a form opened
before another window saved is refused rather than overwriting it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from studio_app.base.enums import (
    ActionStatus,
    AttendanceRole,
    AuditAction,
    DocumentKind,
    MeetingType,
    Permission,
    RequestStatus,
)
from studio_app.base.errors import NotFoundError, StudioError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import TOPIC_SOURCES, word_label
from studio_app.base.messages import chinese
from studio_app.base.text import clean_text, to_half_width
from studio_app.core.guard import permit
from studio_app.core.models import (
    AgendaItem,
    AgreedItem,
    FollowUpAction,
    IssuedDocument,
    Meeting,
    MeetingAttendee,
    Member,
    Request,
    Studio,
    utcnow,
)
from studio_app.core.records import check_version, load
from studio_app.core.search import query_terms
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator, clean_name

# Longest texts accepted (characters); discussions are long: the minutes run to pages.
MAX_SUMMARY = 10_000
MAX_DISCUSSION = 20_000
MAX_ITEM = 2_000
MAX_FEEDBACK = 5_000
MISSING = "找不到这次会议，可能已被删除或数据库已更换。"


# ---- what the form provides ------------------------------------------------------------------


@dataclass
class AttendeeInput:
    """A member from the roster (``member_id``; the name may be left empty) or another person
    (an official, a villager: name, unit, title). Absentees have ``attendance=ABSENT``."""

    name: str = ""
    unit: str = ""
    title: str = ""
    member_id: uuid.UUID | None = None
    attendance: AttendanceRole = AttendanceRole.PRESENT


@dataclass
class AgendaInput:
    title: str = ""
    discussion: str = ""


@dataclass
class ActionInput:
    """A follow-up action; ``id`` (of an action of this meeting) keeps it the same record."""

    text: str = ""
    responsible_unit: str = ""
    deadline: date | None = None
    request_id: uuid.UUID | None = None
    status: ActionStatus = ActionStatus.OPEN
    feedback: str = ""
    done_on: date | None = None
    id: uuid.UUID | None = None


@dataclass(kw_only=True)
class MeetingInput:
    studio_id: uuid.UUID | None = None
    type: MeetingType = MeetingType.CONSULTATION
    starts_at: datetime  # aware
    ends_at: datetime | None = None
    place: str = ""
    topic: str
    topic_source: str = ""  # one of TOPIC_SOURCES, or empty
    host: str = ""  # 主持人
    recorder: str = ""  # 记录人
    summary: str = ""
    attendees: list[AttendeeInput] = field(default_factory=list)
    agenda: list[AgendaInput] = field(default_factory=list)
    agreed: list[str] = field(default_factory=list)
    actions: list[ActionInput] = field(default_factory=list)


# ---- what the lists show ---------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingSummary:
    id: uuid.UUID
    starts_at: datetime  # aware (UTC)
    type: MeetingType
    topic: str
    place: str
    host: str
    present: int  # attendees present
    agreed: int  # agreed items
    open_actions: int  # follow-up actions not yet done or cancelled
    archived: bool
    version: int


@dataclass(frozen=True)
class OpenAction:
    """A follow-up action still to be done, with its meeting."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    meeting_topic: str
    meeting_starts_at: datetime
    text: str
    responsible_unit: str
    deadline: date | None
    request_id: uuid.UUID | None
    request_number: str
    overdue: bool


@dataclass(frozen=True)
class RequestRef:
    """A request a follow-up action can be linked to, as the forms show it."""

    id: uuid.UUID
    number: str
    content: str
    status: RequestStatus


# ---- validation ------------------------------------------------------------------------------


def local_day(at: datetime) -> date:
    """The day of ``at`` on this PC's clock (timestamps are stored in UTC)."""
    return at.astimezone().date()


def _check_time(v: Validator, name: str, label: str, value: datetime | None) -> None:
    if value is not None and (not isinstance(value, datetime) or value.utcoffset() is None):
        v.add(name, label, tr("{label}缺少时区，请重新选择时间。").format(label=label))


def _validate(data: MeetingInput) -> tuple[dict, Validator]:
    """The meeting's own columns cleaned, and the validator holding every error so far (the
    children are checked by ``_children``)."""
    v = Validator()
    if data.starts_at is None:
        v.add("starts_at", tr("开始时间"), tr("请填写开始时间。"))
    _check_time(v, "starts_at", tr("开始时间"), data.starts_at)
    _check_time(v, "ends_at", tr("结束时间"), data.ends_at)
    if not v.errors and data.ends_at is not None and data.ends_at < data.starts_at:
        v.add("ends_at", tr("结束时间"), tr("结束时间早于开始时间，请核对。"))
    source = clean_text(data.topic_source)
    if source and source not in TOPIC_SOURCES:
        v.add(
            "topic_source",
            tr("议题来源"),
            tr("议题来源只能是{options}之一，或不填。").format(
                options=tr("、").join(map(word_label, TOPIC_SOURCES))
            ),
        )
    try:
        kind = MeetingType(data.type)
    except ValueError:
        v.add("type", tr("会议类型"), tr("请选择会议类型。"))
        kind = MeetingType.CONSULTATION
    values = {
        "studio_id": data.studio_id,
        "type": kind,
        "starts_at": data.starts_at,
        "ends_at": data.ends_at,
        "place": v.length("place", tr("会议地点"), clean_text(data.place), max_length=200),
        "topic": v.required("topic", tr("会议主题"), clean_text(data.topic), max_length=300),
        "topic_source": source,
        "host": v.name("host", tr("主持人"), data.host, max_length=100),
        "recorder": v.name("recorder", tr("记录人"), data.recorder, max_length=100),
        "summary": v.length(
            "summary", tr("会议概况"), clean_text(data.summary), max_length=MAX_SUMMARY
        ),
    }
    return values, v


@dataclass
class _Children:
    attendees: list[dict]
    agenda: list[dict]
    agreed: list[str]
    actions: list[dict]


def _children(s: Session, v: Validator, data: MeetingInput, meeting_day: date | None) -> _Children:
    """Each child list cleaned and checked against the database; rows left wholly blank are
    dropped (an empty line of a table means nothing)."""
    attendees: list[dict] = []
    seen: set[uuid.UUID] = set()
    label = tr("参会人员")
    for n, a in enumerate(data.attendees, 1):
        name, unit, title = clean_name(a.name), clean_text(a.unit), clean_text(a.title)
        if a.member_id is None and not (name or unit or title):
            continue
        where = tr("参会人员第 {n} 位").format(n=n)
        try:
            attendance = AttendanceRole(a.attendance)
        except ValueError:
            v.add("attendees", label, tr("{where}：请选择出席或缺席。").format(where=where))
            attendance = AttendanceRole.PRESENT
        if a.member_id is not None:
            member = s.get(Member, a.member_id)
            if member is None:
                v.add("attendees", label,
                      tr("{where}：名册中找不到这位委员，可能已被删除。").format(where=where))  # fmt: skip
                continue
            if a.member_id in seen:
                v.add("attendees", label,
                      tr("委员“{name}”在参会名单中出现了两次，请删去一处。").format(
                          name=member.name))  # fmt: skip
                continue
            seen.add(a.member_id)
            name = name or member.name
            unit = unit or member.work_unit
        elif not name:
            v.add("attendees", label, tr("{where}：请填写姓名。").format(where=where))
        attendees.append({
            "member_id": a.member_id,
            "name": v.name("attendees", tr("{where}的姓名").format(where=where), name,
                           max_length=100),
            "unit": v.length("attendees", tr("{where}的单位").format(where=where), unit,
                             max_length=200),
            "title": v.length("attendees", tr("{where}的职务").format(where=where), title,
                              max_length=100),
            "attendance": attendance,
        })  # fmt: skip

    agenda: list[dict] = []
    for n, item in enumerate(data.agenda, 1):
        title, discussion = clean_text(item.title), clean_text(item.discussion)
        if not (title or discussion):
            continue
        where = tr("议程第 {n} 项").format(n=n)
        if not title:
            v.add("agenda", tr("议程"), tr("{where}：请填写议题。").format(where=where))
        agenda.append({
            "title": v.length("agenda", tr("{where}的议题").format(where=where), title,
                              max_length=300),
            "discussion": v.length("agenda", tr("{where}的讨论情况").format(where=where),
                                   discussion, max_length=MAX_DISCUSSION),
        })  # fmt: skip

    agreed = [
        v.length("agreed", tr("议定事项第 {n} 项").format(n=n), text, max_length=MAX_ITEM)
        for n, text in enumerate((clean_text(t) for t in data.agreed), 1)
        if text
    ]

    actions: list[dict] = []
    for n, a in enumerate(data.actions, 1):
        text, unit = clean_text(a.text), clean_text(a.responsible_unit)
        feedback = clean_text(a.feedback)
        if not (text or unit or feedback) and a.deadline is None and a.request_id is None:
            continue
        where = tr("跟踪事项第 {n} 项").format(n=n)
        label = tr("跟踪事项")
        if not text:
            v.add("actions", label, tr("{where}：请填写事项内容。").format(where=where))
        try:
            status = ActionStatus(a.status)
        except ValueError:
            v.add("actions", label, tr("{where}：请选择落实情况。").format(where=where))
            status = ActionStatus.OPEN
        if a.request_id is not None and s.get(Request, a.request_id) is None:
            v.add("actions", label,
                  tr("{where}：关联的诉求不存在，可能已被删除，请重新选择。").format(where=where))  # fmt: skip
        if a.deadline is not None and meeting_day is not None and a.deadline < meeting_day:
            v.add("actions", label,
                  tr("{where}：完成期限 {deadline} 早于会议日期，请核对。").format(
                      where=where, deadline=a.deadline.isoformat()))  # fmt: skip
        done_on = _done_on(status, a.done_on)
        if done_on is not None and meeting_day is not None and done_on < meeting_day:
            v.add("actions", label,
                  tr("{where}：完成日期 {day} 早于会议日期，请核对。").format(
                      where=where, day=done_on.isoformat()))  # fmt: skip
        actions.append({
            "id": a.id,
            "text": v.length("actions", tr("{where}的内容").format(where=where), text,
                             max_length=MAX_ITEM),
            "responsible_unit": v.length("actions", tr("{where}的责任单位").format(where=where),
                                         unit, max_length=200),
            "deadline": a.deadline,
            "request_id": a.request_id,
            "status": status,
            "feedback": v.length("actions", tr("{where}的反馈").format(where=where), feedback,
                                 max_length=MAX_FEEDBACK),
            "done_on": done_on,
        })  # fmt: skip
    return _Children(attendees, agenda, agreed, actions)


def _done_on(status: ActionStatus, given: date | None) -> date | None:
    """Done actions carry the day they were done (today unless given); open ones none."""
    if status == ActionStatus.DONE:
        return given or date.today()
    if status == ActionStatus.OPEN:
        return None
    return given


def _meeting_day(values: dict) -> date | None:
    at = values.get("starts_at")
    return local_day(at) if isinstance(at, datetime) and at.utcoffset() is not None else None


# ---- the service -----------------------------------------------------------------------------

PRESENT_COUNT = (
    select(func.count(MeetingAttendee.id))
    .where(MeetingAttendee.meeting_id == Meeting.id,
           MeetingAttendee.attendance == AttendanceRole.PRESENT)
    .correlate(Meeting)
    .scalar_subquery()
)  # fmt: skip
AGREED_COUNT = (
    select(func.count(AgreedItem.id))
    .where(AgreedItem.meeting_id == Meeting.id)
    .correlate(Meeting)
    .scalar_subquery()
)
OPEN_ACTION_COUNT = (
    select(func.count(FollowUpAction.id))
    .where(FollowUpAction.meeting_id == Meeting.id, FollowUpAction.status == ActionStatus.OPEN)
    .correlate(Meeting)
    .scalar_subquery()
)


class MeetingService:
    def __init__(self, db: SessionSource):
        self.db = db

    # ---- changing ------------------------------------------------------------------------
    def create(self, data: MeetingInput) -> Meeting:
        """A new meeting with all its children; nothing is saved if any field is wrong."""
        values, v = _validate(data)
        with self.db.session() as s:
            self._check_studio(s, v, values["studio_id"])
            children = _children(s, v, data, _meeting_day(values))
            v.raise_if_any()
            meeting = Meeting(**values)
            s.add(meeting)
            self._set_children(s, meeting, children)
            s.flush()
            meeting_id = meeting.id
        return self.get(meeting_id)

    def update(self, meeting_id: uuid.UUID, version: int, data: MeetingInput) -> Meeting:
        """Replace the meeting's facts and child lists; refused (``ConflictError``) if it was
        saved elsewhere since the form loaded ``version``, and refused once its minutes are
        finalised (定稿): a change then is a revision, with its reason (``ArchiveService``)."""
        with self.db.session() as s:
            if is_finalised(s, meeting_id):
                raise StudioError(
                    tr("这次会议的纪要已定稿，不能直接修改。请点“修订”，写明修订原因后再改。")
                )
            self.apply(s, meeting_id, version, data)
        return self.get(meeting_id)

    def apply(self, s: Session, meeting_id: uuid.UUID, version: int, data: MeetingInput) -> Meeting:
        """The change of ``update`` inside the caller's unit of work (a revision saves the
        change and issues its minutes in one transaction)."""
        values, v = _validate(data)
        meeting = self._load(s, meeting_id)
        if meeting.archived_at is not None:
            raise StudioError(
                tr("会议“{topic}”已归档，请先恢复再修改。").format(topic=meeting.topic)
            )
        check_version(meeting, version)
        self._check_studio(s, v, values["studio_id"])
        children = _children(s, v, data, _meeting_day(values))
        v.raise_if_any()
        for key, value in values.items():
            setattr(meeting, key, value)
        meeting.updated_at = utcnow()  # the version moves even if only children changed
        self._set_children(s, meeting, children)
        s.flush()
        return meeting

    @staticmethod
    def _check_studio(s: Session, v: Validator, studio_id: uuid.UUID | None) -> None:
        if studio_id is not None and s.get(Studio, studio_id) is None:
            v.add("studio_id", tr("工作室"), tr("找不到这个工作室，可能已被删除。"))

    @staticmethod
    def _set_children(s: Session, meeting: Meeting, c: _Children) -> None:
        meeting.attendees = [MeetingAttendee(position=i, **a) for i, a in enumerate(c.attendees)]
        meeting.agenda_items = [AgendaItem(position=i, **a) for i, a in enumerate(c.agenda)]
        meeting.agreed_items = [AgreedItem(position=i, text=t) for i, t in enumerate(c.agreed)]
        existing = {a.id: a for a in meeting.actions}
        actions = []
        for i, values in enumerate(c.actions):
            action = existing.pop(values.pop("id"), None) or FollowUpAction()
            for key, value in values.items():
                setattr(action, key, value)
            action.position = i
            actions.append(action)
        meeting.actions = actions

    def archive(self, meeting_id: uuid.UUID, *, version: int | None = None) -> None:
        """Hide from the list; the meeting and its minutes stay and can be restored."""
        with self.db.session() as s:
            meeting = self._load(s, meeting_id)
            check_version(meeting, version)
            target = chinese("audit.meeting", id=meeting_id)
            permit(s, Permission.EDIT, AuditAction.ARCHIVE, target, meeting.topic)
            if meeting.archived_at is None:
                meeting.archived_at = utcnow()

    def restore(self, meeting_id: uuid.UUID, *, version: int | None = None) -> None:
        """Back into the list (needs the ``restore`` permission; logged)."""
        with self.db.session() as s:
            meeting = self._load(s, meeting_id)
            check_version(meeting, version)
            target = chinese("audit.meeting", id=meeting_id)
            permit(s, Permission.RESTORE, AuditAction.RESTORE_RECORD, target, meeting.topic)
            meeting.archived_at = None

    def set_action_status(self, action_id: uuid.UUID, status: ActionStatus, feedback: str = "",
                          done_on: date | None = None, *,
                          version: int | None = None) -> FollowUpAction:  # fmt: skip
        """Record how a follow-up went: done (on ``done_on``, today unless given) with the
        unit's feedback, cancelled (a reason is required), or open again. ``version`` is the
        action's version the form showed: a different one means someone saved since. An
        archived meeting's follow-ups are not changed."""
        status = ActionStatus(status)
        feedback = clean_text(feedback)
        v = Validator()
        v.length("feedback", tr("反馈情况"), feedback, max_length=MAX_FEEDBACK)
        if status == ActionStatus.CANCELLED and not feedback:
            v.add("feedback", tr("反馈情况"), tr("取消跟踪事项时请写明原因。"))
        v.raise_if_any()
        with self.db.session() as s:
            action = load(s, FollowUpAction, action_id,
                          tr("找不到这项跟踪事项，可能会议纪要已被修改。"))  # fmt: skip
            if action.meeting.archived_at is not None:
                raise StudioError(
                    tr("会议“{topic}”已归档，请先恢复再登记落实情况。").format(
                        topic=action.meeting.topic
                    )
                )
            if version is not None:
                check_version(action, version)
            done = _done_on(status, done_on)
            meeting_day = local_day(action.meeting.starts_at)
            if done is not None and done < meeting_day:
                raise ValidationError.single(
                    "done_on", tr("完成日期"),
                    tr("完成日期 {day} 早于会议日期 {meeting}，请核对。").format(
                        day=done.isoformat(), meeting=meeting_day.isoformat()),
                )  # fmt: skip
            action.status, action.feedback, action.done_on = status, feedback, done
            action.meeting.updated_at = utcnow()  # an open form of the meeting is stale now
        return action

    # ---- reading -------------------------------------------------------------------------
    def get(self, meeting_id: uuid.UUID) -> Meeting:
        """The meeting with every child loaded (and each attendee's member)."""
        with self.db.session() as s:
            meeting = s.scalars(with_children(select(Meeting).where(Meeting.id == meeting_id)))
            found = meeting.first()
            if found is None:
                raise NotFoundError(tr(MISSING))
            return complete(found)

    def latest(self, studio_id: uuid.UUID | None = None) -> Meeting | None:
        """The most recent meeting held (started by now) that is not archived, fully loaded;
        one planned for next week has no minutes yet."""
        stmt = select(Meeting).where(Meeting.archived_at.is_(None), Meeting.starts_at <= utcnow())
        if studio_id is not None:
            stmt = stmt.where(Meeting.studio_id == studio_id)
        stmt = stmt.order_by(Meeting.starts_at.desc(), Meeting.id).limit(1)
        with self.db.session() as s:
            found = s.scalars(with_children(stmt)).first()
            return complete(found) if found is not None else None

    def list(self, studio_id: uuid.UUID | None = None, text: str = "", year: int | None = None,
             include_archived: bool = False) -> list[MeetingSummary]:  # fmt: skip
        """Meetings newest first; ``text`` is found in the topic, place, host, recorder, summary,
        topic source or an attendee's name; ``year`` is the local calendar year."""
        stmt = select(Meeting, PRESENT_COUNT, AGREED_COUNT, OPEN_ACTION_COUNT)
        stmt = self._filtered(stmt, studio_id, text, year, include_archived)
        stmt = stmt.order_by(Meeting.starts_at.desc(), Meeting.id)
        with self.db.session() as s:
            return [_summary(*row) for row in s.execute(stmt)]

    @staticmethod
    def _filtered(stmt: Select, studio_id, text: str, year: int | None,
                  include_archived: bool) -> Select:  # fmt: skip
        if not include_archived:
            stmt = stmt.where(Meeting.archived_at.is_(None))
        if studio_id is not None:
            stmt = stmt.where(Meeting.studio_id == studio_id)
        if year is not None:
            start = datetime.combine(date(year, 1, 1), time()).astimezone()
            end = datetime.combine(date(year + 1, 1, 1), time()).astimezone()
            stmt = stmt.where(Meeting.starts_at >= start, Meeting.starts_at < end)
        columns = (Meeting.topic, Meeting.place, Meeting.host, Meeting.recorder,
                   Meeting.summary, Meeting.topic_source)  # fmt: skip
        for term in query_terms(text):
            attendee = exists().where(
                MeetingAttendee.meeting_id == Meeting.id,
                func.lower(MeetingAttendee.name).contains(term, autoescape=True),
            )
            stmt = stmt.where(
                or_(*(func.lower(c).contains(term, autoescape=True) for c in columns), attendee)
            )
        return stmt

    def years(self, studio_id: uuid.UUID | None = None) -> list[int]:
        """The local years that have meetings, newest first (for a year filter)."""
        stmt = select(Meeting.starts_at)
        if studio_id is not None:
            stmt = stmt.where(Meeting.studio_id == studio_id)
        with self.db.session() as s:
            return sorted({local_day(at).year for at in s.scalars(stmt)}, reverse=True)

    def open_actions(self, studio_id: uuid.UUID | None = None,
                     today: date | None = None) -> list[OpenAction]:  # fmt: skip
        """Follow-up actions not yet done (of meetings not archived): overdue ones first, then
        by deadline, those without a deadline last."""
        today = today or date.today()
        stmt = (
            select(FollowUpAction, Meeting.topic, Meeting.starts_at, Request.number)
            .join(Meeting, Meeting.id == FollowUpAction.meeting_id)
            .outerjoin(Request, Request.id == FollowUpAction.request_id)
            .where(FollowUpAction.status == ActionStatus.OPEN, Meeting.archived_at.is_(None))
        )
        if studio_id is not None:
            stmt = stmt.where(Meeting.studio_id == studio_id)
        with self.db.session() as s:
            rows = [_open_action(*row, today) for row in s.execute(stmt)]
        return sorted(
            rows,
            key=lambda r: (not r.overdue, r.deadline is None, r.deadline or date.max,
                           r.meeting_starts_at, r.text),
        )  # fmt: skip

    # ---- requests the actions link to -----------------------------------------------------
    def find_request(self, number: str) -> RequestRef | None:
        """The request numbered ``number`` (as typed: spaces and full-width digits are fine)."""
        wanted = to_half_width(clean_text(number)).replace(" ", "")
        if not wanted:
            return None
        with self.db.session() as s:
            r = s.scalars(select(Request).where(Request.number == wanted)).first()
            return None if r is None else RequestRef(r.id, r.number, r.content, r.status)

    def request_refs(self, request_ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, RequestRef]:
        """The requests of these ids (unknown and None ids left out)."""
        ids = {i for i in request_ids if i is not None}
        if not ids:
            return {}
        with self.db.session() as s:
            return {
                r.id: RequestRef(r.id, r.number, r.content, r.status)
                for r in s.scalars(select(Request).where(Request.id.in_(ids)))
            }

    # ---- helpers -------------------------------------------------------------------------
    @staticmethod
    def _load(s: Session, meeting_id: uuid.UUID) -> Meeting:
        return load(s, Meeting, meeting_id, tr(MISSING))


def _summary(m: Meeting, present: int | None, agreed: int | None,
             open_count: int | None) -> MeetingSummary:  # fmt: skip
    return MeetingSummary(
        m.id, m.starts_at, m.type, m.topic, m.place, m.host, present or 0, agreed or 0,
        open_count or 0, m.archived_at is not None, m.version,
    )  # fmt: skip


def action_overdue(action: FollowUpAction, today: date | None = None) -> bool:
    """A follow-up action still open after its deadline (met on its own day)."""
    return (
        action.status == ActionStatus.OPEN
        and action.deadline is not None
        and action.deadline < (today or date.today())
    )


def _open_action(a: FollowUpAction, topic: str, starts_at: datetime, number: str | None,
                 today: date) -> OpenAction:  # fmt: skip
    return OpenAction(
        a.id, a.meeting_id, topic, starts_at, a.text, a.responsible_unit, a.deadline,
        a.request_id, number or "", action_overdue(a, today),
    )  # fmt: skip


def input_of(m: Meeting) -> MeetingInput:
    """A loaded meeting as its form would hand it back: to change one field and save."""
    return MeetingInput(
        studio_id=m.studio_id, type=m.type, starts_at=m.starts_at, ends_at=m.ends_at,
        place=m.place, topic=m.topic, topic_source=m.topic_source, host=m.host,
        recorder=m.recorder, summary=m.summary,
        attendees=[AttendeeInput(a.name, a.unit, a.title, a.member_id, a.attendance)
                   for a in m.attendees],
        agenda=[AgendaInput(i.title, i.discussion) for i in m.agenda_items],
        agreed=[i.text for i in m.agreed_items],
        actions=[ActionInput(a.text, a.responsible_unit, a.deadline, a.request_id, a.status,
                             a.feedback, a.done_on, a.id) for a in m.actions],
    )  # fmt: skip


def is_finalised(s: Session, meeting_id: uuid.UUID) -> bool:
    """Whether the meeting's minutes have been issued (定稿) at least once."""
    issued = select(IssuedDocument.id).where(
        IssuedDocument.meeting_id == meeting_id, IssuedDocument.kind == DocumentKind.MINUTES
    )
    return s.scalar(issued.limit(1)) is not None


def complete(meeting: Meeting) -> Meeting:
    """Each child's way back to its meeting set too (no query), so the whole record can be
    used once the session is closed."""
    for child in (*meeting.attendees, *meeting.agenda_items, *meeting.agreed_items,
                  *meeting.actions):  # fmt: skip
        set_committed_value(child, "meeting", meeting)
    return meeting


def with_children(stmt: Select) -> Select:
    return stmt.options(
        selectinload(Meeting.attendees).selectinload(MeetingAttendee.member),
        selectinload(Meeting.agenda_items),
        selectinload(Meeting.agreed_items),
        selectinload(Meeting.actions),
    )
