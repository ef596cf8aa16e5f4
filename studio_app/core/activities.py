"""A member's activities (履职活动), from two sources, as one list of ``Activity``.

* Read from the studio's records at query time, never copied, so each appears once from its
  record and disappears when that record is withdrawn (archived, cancelled, reopened):
  - 接待日值班: a duty on a reception day marked held (``served``); the member a swap
    replaced on it was rostered and did not serve (``missed``);
  - 走访: a visit to a household;
  - 承办诉求: a request assigned to the member (承办委员) and answered, ``on_time`` or ``late``
    by the figures' rule (``request_figures.day_ends``: met on the due date's own day);
  - 会议: a member among a meeting's attendees, ``present`` / ``leave`` / ``absent``, once the
    meeting has begun;
  - 跟踪落实: a follow-up action marked done, counted for the 承办委员 of the request it is tied
    to (an action tied to no request is the responsible unit's, not a member's).
* Entered by the coordinator (``MemberActivity``): 全会, 常委会 (attended / leave / absent),
  大会发言 (oral / written), 调研视察, 学习培训, 帮办实事, 其他, with a date, a note and scans.
* Other sources are passed to the service as functions: the proposals and 社情民意
  (``proposal_activities``), which ``Services`` gives it.

The ranking needs every member's year: ``ActivityService.counts`` counts in SQL per member and
outcome, one query per source, and never loads the rows.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Select, String, case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from studio_app.base.enums import (
    ActionStatus,
    ActivityKind,
    ReceptionStatus,
    RequestStatus,
)
from studio_app.base.errors import StudioError
from studio_app.base.i18n import N_, tr
from studio_app.base.labels import label
from studio_app.base.text import clean_text
from studio_app.core.archive import scan_fields, stored_scan
from studio_app.core.meetings import local_day
from studio_app.core.models import (
    ActivityAttachment,
    DutyAssignment,
    FollowUpAction,
    Household,
    Meeting,
    MeetingAttendee,
    Member,
    MemberActivity,
    ReceptionDay,
    Request,
    Visit,
    utcnow,
)
from studio_app.core.proposals import involvements
from studio_app.core.records import check_version, load
from studio_app.core.request_figures import day_ends, local_day_start
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator

K = ActivityKind
# The kinds the coordinator enters, and the outcomes each may have ("" for none).
ENTERED_OUTCOMES: dict[ActivityKind, tuple[str, ...]] = {
    K.PLENARY: ("attended", "leave", "absent"),
    K.STANDING: ("attended", "leave", "absent"),
    K.SPEECH: ("oral", "written"),
    K.RESEARCH: ("",),
    K.TRAINING: ("",),
    K.SERVICE: ("",),
    K.OTHER: ("",),
}
OUTCOME_LABELS = {
    "served": N_("已值班"),
    "missed": N_("排班未到（换班）"),
    "on_time": N_("按时答复"),
    "late": N_("超期答复"),
    "present": N_("出席"),
    "attended": N_("出席"),
    "leave": N_("请假"),
    "absent": N_("缺席"),
    "oral": N_("口头发言"),
    "written": N_("书面发言"),
}
TITLE_LENGTH = 200


def outcome_label(outcome: str) -> str:
    return (
        tr(OUTCOME_LABELS[outcome]) if outcome in OUTCOME_LABELS else ""
    )  # i18n: from OUTCOME_LABELS


class ActivityKey(NamedTuple):
    """What the points scheme looks at: activities with the same key score the same."""

    kind: ActivityKind
    outcome: str = ""
    role: str = ""  # joint work: "lead" (领衔) or "co" (附议); "" when not joint
    accepted: bool = False  # 立案 (a proposal), 采用 (社情民意)
    co_signers: int = 0  # how many 附议 the joint item has


@dataclass(frozen=True)
class Activity:
    """One thing a member did, whichever record it comes from.

    ``source`` and ``source_id`` name that record ("duty", "visit", "request", "meeting",
    "follow_up", "entered", or another source's own word such as "proposal").
    """

    member_id: uuid.UUID
    on: date
    kind: ActivityKind
    detail: str
    source: str
    source_id: uuid.UUID
    outcome: str = ""
    role: str = ""
    accepted: bool = False
    co_signers: int = 0

    @property
    def key(self) -> ActivityKey:
        return ActivityKey(self.kind, self.outcome, self.role, self.accepted, self.co_signers)

    @property
    def entered(self) -> bool:
        return self.source == "entered"


# Another record that counts as activities (the proposals): for a session, the first and last
# day, and one member (None: every member), the activities of those days.
ActivitySource = Callable[[Session, date, date, uuid.UUID | None], list[Activity]]


def joint_activities(involvements: Iterable) -> list[Activity]:
    """The activities of joint work (提案, 社情民意) from records shaped like the proposals'
    ``ProposalInvolvement`` (member_id, item_id, kind "proposal"|"social_opinion", role
    "lead"|"co", submitted_on, accepted, title): each item's 附议 counted, so that the scheme
    can split its points. Give every involvement of the items concerned, not one member's
    only, or the co-signers would be miscounted."""
    rows = list(involvements)
    co_signers = Counter(i.item_id for i in rows if i.role == "co")
    return [
        Activity(i.member_id, i.submitted_on, ActivityKind(i.kind), i.title, i.kind, i.item_id,
                 role=i.role, accepted=i.accepted, co_signers=co_signers[i.item_id])
        for i in rows
    ]  # fmt: skip


def proposal_activities(
    s: Session, start: date, end: date, member_id: uuid.UUID | None
) -> list[Activity]:
    """提案 and 社情民意 submitted on ``start``..``end`` (core/proposals.py), as activities of
    their members: every member of an item is read, so that its 附议 are counted, then the
    member asked for (None: every member) is kept."""
    rows = [
        found
        for year in range(start.year, end.year + 1)
        for found in involvements(s, year)
        if start <= found.submitted_on <= end
    ]
    return [a for a in joint_activities(rows) if member_id is None or a.member_id == member_id]


@dataclass(frozen=True)
class ActivityInput:
    member_id: uuid.UUID
    kind: ActivityKind
    held_on: date
    outcome: str = ""
    title: str = ""
    note: str = ""


@dataclass(frozen=True)
class AttachmentRow:
    id: uuid.UUID
    activity_id: uuid.UUID
    file_name: str
    media_type: str
    size: int
    attached_at: datetime
    attached_by: str


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


class ActivityService:
    def __init__(self, db: SessionSource, sources: Sequence[ActivitySource] = ()):
        self.db = db
        self.sources = list(sources)

    # ---- reading -------------------------------------------------------------------------
    def of_member(self, member_id: uuid.UUID, start: date, end: date) -> list[Activity]:
        """The member's activities on ``start``..``end``, oldest first."""
        with self.db.session() as s:
            found = list(_read(s, start, end, member_id))
            for source in self.sources:
                found += source(s, start, end, member_id)
        return sorted(found, key=lambda a: (a.on, a.kind, a.detail))

    def counts(self, start: date, end: date) -> dict[uuid.UUID, dict[ActivityKey, int]]:
        """Every member's activities on ``start``..``end`` counted by key, in SQL."""
        found: dict[uuid.UUID, dict[ActivityKey, int]] = {}
        with self.db.session() as s:
            rows = list(_counted(s, start, end))
            for source in self.sources:
                rows += ((a.member_id, a.key, 1) for a in source(s, start, end, None))
        for member_id, key, n in rows:
            mine = found.get(member_id)
            if mine is None:
                mine = found[member_id] = {}
            mine[key] = mine.get(key, 0) + n
        return found

    # ---- entering ------------------------------------------------------------------------
    def add(self, data: ActivityInput) -> MemberActivity:
        values = _validate(data)
        with self.db.session() as s:
            self._member(s, data.member_id)
            activity = MemberActivity(member_id=data.member_id, **values)
            s.add(activity)
            s.flush()
            return activity

    def update(
        self, activity_id: uuid.UUID, version: int | None, data: ActivityInput
    ) -> MemberActivity:
        values = _validate(data)
        with self.db.session() as s:
            activity = self._load(s, activity_id)
            check_version(activity, version)
            for name, value in values.items():
                setattr(activity, name, value)
            s.flush()
            return activity

    def withdraw(self, activity_id: uuid.UUID, *, version: int | None = None) -> None:
        """撤回: the activity leaves the record and the points (kept, archived, with its scans)."""
        with self.db.session() as s:
            activity = self._load(s, activity_id)
            check_version(activity, version)
            activity.archived_at = activity.archived_at or utcnow()

    # ---- scans ---------------------------------------------------------------------------
    def attach(
        self, activity_id: uuid.UUID, file_name: str, data: bytes, by: str = ""
    ) -> AttachmentRow:
        """Attach a scan or photo (PDF, JPEG or PNG) to an entered activity."""
        fields = scan_fields(file_name, data, by, tr("附件"))
        with self.db.session() as s:
            self._load(s, activity_id)
            a = ActivityAttachment(activity_id=activity_id, **fields)
            s.add(a)
            s.flush()
            return _attachment_row(a)

    def attachments(self, activity_id: uuid.UUID) -> list[AttachmentRow]:
        with self.db.session() as s:
            stmt = (
                select(ActivityAttachment)
                .where(ActivityAttachment.activity_id == activity_id)
                .order_by(ActivityAttachment.attached_at)
            )
            return [_attachment_row(a) for a in s.scalars(stmt)]

    def attachment_data(self, attachment_id: uuid.UUID) -> tuple[AttachmentRow, bytes, bool]:
        """The attachment, its bytes, and whether they still match their hash."""
        with self.db.session() as s:
            a, intact = stored_scan(s, ActivityAttachment, attachment_id, tr("找不到这份附件。"))
            return _attachment_row(a), a.data, intact

    # ---- helpers -------------------------------------------------------------------------
    @staticmethod
    def _load(s: Session, activity_id: uuid.UUID) -> MemberActivity:
        return load(s, MemberActivity, activity_id, tr("找不到这项履职活动，可能已被撤回。"))

    @staticmethod
    def _member(s: Session, member_id: uuid.UUID) -> Member:
        member = load(s, Member, member_id, tr("找不到这位委员，可能已被删除或数据库已更换。"))
        if member.archived_at is not None:
            raise StudioError(
                tr("{name}已归档，不能再登记履职活动，请先恢复。").format(name=member.name)
            )
        return member


def _validate(data: ActivityInput) -> dict:
    v = Validator()
    if data.kind not in ENTERED_OUTCOMES:
        v.add(
            "kind",
            tr("活动类别"),
            tr("“{kind}”由系统从记录中统计，不能手工登记。").format(kind=label(data.kind)),
        )
    elif data.outcome not in ENTERED_OUTCOMES[data.kind]:
        choices = tr("、").join(outcome_label(o) for o in ENTERED_OUTCOMES[data.kind] if o)
        v.add("outcome", tr("情况"), tr("请选择：{choices}。").format(choices=choices or tr("无")))
    if data.held_on > date.today():
        v.add(
            "held_on",
            tr("日期"),
            tr("还没到 {day}，活动结束后再登记。").format(day=data.held_on.isoformat()),
        )
    title = v.length("title", tr("名称"), clean_text(data.title), max_length=TITLE_LENGTH)
    note = v.length("note", tr("说明"), clean_text(data.note), max_length=2000)
    v.raise_if_any()
    return {"kind": data.kind, "held_on": data.held_on, "outcome": data.outcome, "title": title,
            "note": note}  # fmt: skip


def _attachment_row(a: ActivityAttachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.activity_id, a.file_name, a.media_type, a.size, a.attached_at,
                         a.attached_by)  # fmt: skip


# ---- the sources, each as one SELECT of (member, id, day, outcome, kind, detail…) --------------
def _moments(start: date, end: date) -> tuple[datetime, datetime]:
    return local_day_start(start), local_day_start(end + timedelta(days=1))


def _duties(start: date, end: date, member_col) -> Select:
    return (
        select(
            member_col.label("member_id"),
            DutyAssignment.id,
            ReceptionDay.held_on,
            ReceptionDay.place,
            ReceptionDay.theme,
        )
        .join(ReceptionDay, ReceptionDay.id == DutyAssignment.reception_day_id)
        .where(
            member_col.is_not(None),
            ReceptionDay.status == ReceptionStatus.HELD,
            ReceptionDay.archived_at.is_(None),
            ReceptionDay.held_on.between(start, min(end, date.today())),
        )
    )


def _visits(start: date, end: date) -> Select:
    return select(Visit.member_id, Visit.id, Visit.visited_on).where(
        Visit.archived_at.is_(None), Visit.visited_on.between(start, end)
    )


def _answered(start: date, end: date) -> tuple:
    first, last = _moments(start, end)
    return (
        Request.assignee_id.is_not(None),
        Request.archived_at.is_(None),
        # Set by an answer, cleared on reopening (as the figures count it); a merged request's
        # answer is the one it joined, counted there.
        Request.return_visit_due.is_not(None),
        Request.status != RequestStatus.MERGED,
        Request.answered_at >= first,
        Request.answered_at < last,
    )


def _request_outcome(start: date, end: date):
    ends = day_ends(Request.answer_due, start - timedelta(days=400), end)
    return case(
        (Request.answer_due.is_(None), literal("on_time")),
        (Request.answered_at < ends, literal("on_time")),
        else_=literal("late"),
    )


def _meeting_where(start: date, end: date) -> tuple:
    first, last = _moments(start, end)
    return (
        MeetingAttendee.member_id.is_not(None),
        Meeting.archived_at.is_(None),
        Meeting.starts_at >= first,
        Meeting.starts_at < min(last, utcnow()),  # a meeting still to come is no activity yet
    )


def _actions_where(start: date, end: date) -> tuple:
    return (
        FollowUpAction.status == ActionStatus.DONE,
        FollowUpAction.done_on.between(start, end),
        Meeting.archived_at.is_(None),
        Request.archived_at.is_(None),
        Request.assignee_id.is_not(None),
    )


def _entered_where(start: date, end: date) -> tuple:
    return (MemberActivity.archived_at.is_(None), MemberActivity.held_on.between(start, end))


def _raw(col):
    """A column read as the driver gives it: a UUID as SQLite's hex text or PostgreSQL's
    UUID, an enum as its text. The ranking reads tens of thousands of grouped rows; turning
    each into objects would cost more than the query (``_Ids`` turns each id once)."""
    return type_coerce(col, String)


_KINDS = {k.value: k for k in ActivityKind}


class _Ids(dict):
    """Each member's id as a UUID, made once from the driver's value."""

    def __missing__(self, raw) -> uuid.UUID:
        made = self[raw] = raw if isinstance(raw, uuid.UUID) else uuid.UUID(hex=raw)
        return made


def _counted(s: Session, start: date, end: date) -> Iterable[tuple[uuid.UUID, ActivityKey, int]]:
    """(member, key, count) of every source but the extra ones, grouped in SQL."""
    n, ids = func.count(), _Ids()
    for col, outcome in ((DutyAssignment.member_id, "served"),
                         (DutyAssignment.replaces_member_id, "missed")):  # fmt: skip
        sub = _duties(start, end, col).subquery()
        stmt = select(_raw(sub.c.member_id), n).group_by(sub.c.member_id)
        for member_id, count in s.execute(stmt).all():
            yield ids[member_id], ActivityKey(K.DUTY, outcome), count
    stmt = (
        select(_raw(Visit.member_id), n)
        .where(Visit.archived_at.is_(None), Visit.visited_on.between(start, end))
        .group_by(Visit.member_id)
    )
    for member_id, count in s.execute(stmt).all():
        yield ids[member_id], ActivityKey(K.VISIT), count
    outcome = _request_outcome(start, end).label("outcome")
    sub = select(Request.assignee_id, outcome).where(*_answered(start, end)).subquery()
    stmt = select(_raw(sub.c.assignee_id), sub.c.outcome, n).group_by(
        sub.c.assignee_id, sub.c.outcome
    )
    for member_id, o, count in s.execute(stmt).all():
        yield ids[member_id], ActivityKey(K.REQUEST, o), count
    stmt = (
        select(_raw(MeetingAttendee.member_id), _raw(MeetingAttendee.attendance), n)
        .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
        .where(*_meeting_where(start, end))
        .group_by(MeetingAttendee.member_id, MeetingAttendee.attendance)
    )
    for member_id, attendance, count in s.execute(stmt).all():
        yield ids[member_id], ActivityKey(K.MEETING, attendance), count
    stmt = (
        select(_raw(Request.assignee_id), n)
        .select_from(FollowUpAction)
        .join(Meeting, Meeting.id == FollowUpAction.meeting_id)
        .join(Request, Request.id == FollowUpAction.request_id)
        .where(*_actions_where(start, end))
        .group_by(Request.assignee_id)
    )
    for member_id, count in s.execute(stmt).all():
        yield ids[member_id], ActivityKey(K.FOLLOW_UP), count
    # Read in the covering index's order (member, kind, outcome): no sorting.
    a = MemberActivity
    stmt = (
        select(_raw(a.member_id), _raw(a.kind), a.outcome, n)
        .where(*_entered_where(start, end))
        .group_by(a.member_id, a.kind, a.outcome)
    )
    keys: dict[tuple[str, str], ActivityKey] = {}  # one key for each kind and outcome
    for member_id, kind, o, count in s.execute(stmt).all():
        key = keys.get((kind, o))
        if key is None:
            key = keys[kind, o] = ActivityKey(_KINDS[kind], o)
        yield ids[member_id], key, count


def _read(s: Session, start: date, end: date, member_id: uuid.UUID) -> Iterable[Activity]:
    """One member's activities of every source but the extra ones."""
    for col, outcome in ((DutyAssignment.member_id, "served"),
                         (DutyAssignment.replaces_member_id, "missed")):  # fmt: skip
        stmt = _duties(start, end, col).where(col == member_id)
        for _m, duty_id, held_on, place, theme in s.execute(stmt):
            where = theme or place
            detail = tr("接待日：{place}").format(place=where) if where else tr("接待日")
            yield Activity(member_id, held_on, K.DUTY, detail, "duty", duty_id, outcome)
    stmt = (
        _visits(start, end)
        .add_columns(Household.head_name)
        .join(Household, Household.id == Visit.household_id)
        .where(Visit.member_id == member_id)
    )
    for _m, visit_id, visited_on, head_name in s.execute(stmt):
        yield Activity(member_id, visited_on, K.VISIT, tr("走访 {name}").format(name=head_name),
                       "visit", visit_id)  # fmt: skip
    stmt = select(Request.id, Request.answered_at, Request.number, Request.category,
                  _request_outcome(start, end)).where(
        *_answered(start, end), Request.assignee_id == member_id
    )  # fmt: skip
    for request_id, answered_at, number, category, o in s.execute(stmt):
        detail = tr("诉求 {number}").format(number=number) + (f"（{category}）" if category else "")
        yield Activity(
            member_id, local_day(answered_at), K.REQUEST, detail, "request", request_id, o
        )
    stmt = (
        select(
            MeetingAttendee.id,
            Meeting.starts_at,
            Meeting.type,
            Meeting.topic,
            MeetingAttendee.attendance,
        )
        .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
        .where(*_meeting_where(start, end), MeetingAttendee.member_id == member_id)
    )
    for attendee_id, starts_at, kind, topic, attendance in s.execute(stmt):
        yield Activity(member_id, local_day(starts_at), K.MEETING,
                       tr("{kind}：{topic}").format(kind=label(kind), topic=topic),
                       "meeting", attendee_id, attendance.value)  # fmt: skip
    stmt = (
        select(FollowUpAction.id, FollowUpAction.done_on, FollowUpAction.text)
        .join(Meeting, Meeting.id == FollowUpAction.meeting_id)
        .join(Request, Request.id == FollowUpAction.request_id)
        .where(*_actions_where(start, end), Request.assignee_id == member_id)
    )
    for action_id, done_on, text in s.execute(stmt):
        yield Activity(member_id, done_on, K.FOLLOW_UP, text[:80], "follow_up", action_id)
    stmt = select(MemberActivity).where(*_entered_where(start, end),
                                        MemberActivity.member_id == member_id)  # fmt: skip
    for a in s.scalars(stmt):
        yield Activity(member_id, a.held_on, a.kind, a.title or a.note[:80] or label(a.kind),
                       "entered", a.id, a.outcome)  # fmt: skip
