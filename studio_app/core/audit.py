"""The audit log (操作日志): logins, failed logins, exports, reveals, archives, restores, settings
changes … one row each, who and when, only ever added.

There is deliberately no way here to change or delete an event; the ORM and the database refuse
it too (core/models/access.py, migration 0008). Services that change data record their event
in the same transaction with ``add_event``, so the change and its record are saved together.
Viewing and exporting the log is for administrators: the window checks
``AccessService.require(user, Permission.VIEW_AUDIT)`` before it shows or exports it.

The events form a hash chain (core/models/audit_chain.py). ``add_event`` only keeps the event
with the session; when the transaction commits, ``_link_pending`` flushes the act's own
changes, takes the chain's lock, reads the head (the event with the highest ``seq``), gives
each new event the next ``seq`` and its hash, and inserts them. The lock makes "previous" one
event even with two PCs writing to one server at once, whatever their clocks say:

* PostgreSQL: a transaction-scoped advisory lock (``pg_advisory_xact_lock``), released at
  commit after the events are visible, so the next writer's read of the head sees them;
* SQLite: the database's write lock, taken by a write that changes nothing, before the head
  is read (SQLite has one writer at a time; the lock is held until commit).

It is the last lock a transaction takes and is held only while the events are inserted, so it
cannot deadlock with the row locks of the act, nor hold other PCs up for long.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy import event as orm_events
from sqlalchemy.orm import Session, SessionTransaction

from studio_app.base.enums import AuditAction
from studio_app.base.i18n import tr
from studio_app.base.labels import choices, label
from studio_app.base.messages import MESSAGES, chinese, literal, matching_codes, shown
from studio_app.base.text import clean_text, to_half_width
from studio_app.core.models import AppendOnlyError, AuditEvent, utcnow
from studio_app.core.models.access import ordered_uuid
from studio_app.core.models.audit_chain import CHAIN_START, chain_hash
from studio_app.core.models.base import StudioSession
from studio_app.core.unit_of_work import SessionSource

if TYPE_CHECKING:
    from studio_app.documents.spreadsheet import Column

__all__ = ["AppendOnlyError", "AuditRow", "AuditService", "actor_name", "add_event"]

DEFAULT_LIMIT = 1000  # what the log dialog shows at once, newest first
MAX_USERNAME = 100
PENDING = "studio_app.audit.pending"  # Session.info: events added, linked at commit
CHAIN_LOCK_KEY = 7_302_010_010  # PostgreSQL advisory lock of the chain's head (any fixed number)


class HasUsername(Protocol):
    username: str


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: datetime  # UTC
    username: str  # "" when no one was logged in (login not set up)
    action: AuditAction
    target: str
    detail: str

    @property
    def action_label(self) -> str:
        return label(self.action)

    @property
    def local_time(self) -> str:
        """2026-11-16 09:30:05, in this PC's time zone."""
        return self.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def actor_name(user_or_name: HasUsername | str | None) -> str:
    """Who did it, as the log stores it: a logged-in user's username, or the text given."""
    if user_or_name is None:
        return ""
    name = user_or_name if isinstance(user_or_name, str) else user_or_name.username
    return clean_text(name)[:MAX_USERNAME]


def add_event(
    s: Session,
    user_or_name: HasUsername | str | None,
    action: AuditAction | str,
    target: str = "",
    detail: str = "",
    *,
    at: datetime | None = None,
) -> AuditEvent:
    """Add one event to the session's transaction (saved with whatever else it saves, linked
    into the chain when it commits: see the module's notes)."""
    event = AuditEvent(
        id=ordered_uuid(),
        at=at or utcnow(),
        username=actor_name(user_or_name),
        action=AuditAction(action),  # an unknown id is a programming error: ValueError
        target=clean_text(target),
        detail=clean_text(detail),
    )
    s.info.setdefault(PENDING, []).append(event)
    return event


def lock_chain_head(s: Session) -> None:
    """Hold the chain's lock until the transaction ends (see the module's notes)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(select(func.pg_advisory_xact_lock(CHAIN_LOCK_KEY)))
    else:  # SQLite: a write, of nothing, takes the database's write lock
        s.execute(text("UPDATE audit_event SET seq = seq WHERE 0 = 1"))


@orm_events.listens_for(StudioSession, "before_commit")
def _link_pending(s: Session) -> None:
    # The act's changes (and their row locks) first: the chain's lock comes last. That flush
    # may itself add an event (the guard's 设置 entry), so the pending list is taken after it.
    s.flush()
    pending: list[AuditEvent] | None = s.info.pop(PENDING, None)
    if not pending:
        return
    lock_chain_head(s)
    head = s.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, previous = (head.seq, head.hash) if head else (0, CHAIN_START)
    for e in pending:
        seq += 1
        e.seq = seq
        e.hash = previous = chain_hash(
            previous, seq, e.id, e.at, e.username, e.action, e.target, e.detail
        )
        s.add(e)
    s.flush()


@orm_events.listens_for(StudioSession, "after_transaction_end")
def _drop_pending(s: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # rolled back (a commit took them already)
        s.info.pop(PENDING, None)


def _instant(value: date | datetime, *, end: bool) -> datetime:
    """A datetime as given; a local date as the instant it begins (``end``: the next day's)."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.astimezone()
    day = value + timedelta(days=1) if end else value
    return datetime.combine(day, time()).astimezone(UTC)


_USER = ("audit.user",)
_LOGIN = (
    "audit.no_such_user", "audit.account_locked", "audit.wrong_password", "audit.locked_until",
    "audit.account_disabled", "audit.no_studio", "audit.studio_closed",
)  # fmt: skip
_ACCOUNT = (
    "audit.first_admin", "audit.role", "audit.role_changed", "audit.enabled", "audit.disabled",
    "audit.own_password", "audit.password_reset",
)  # fmt: skip
_EXPORTED = (
    "audit.member_roster", "audit.household_roster", "audit.archive", "audit.audit_log",
    "audit.points_year",
)  # fmt: skip
_RECORDS = ("audit.member", "audit.household", "audit.meeting")
_REVEALED = (
    "audit.household_numbers", "audit.reception_record", "audit.receipt", "audit.visitor_phone",
)  # fmt: skip
# The kinds of text (base.messages) the program writes as each action's target and detail,
# in Chinese: recognised when shown, in the interface language. What the user typed (a
# meeting's topic), a file's path, and a text of no kind here are shown as stored.
TEXTS: dict[AuditAction, tuple[tuple[str, ...], tuple[str, ...]]] = {
    **dict.fromkeys(
        (
            AuditAction.LOGIN,
            AuditAction.LOGIN_FAILED,
            AuditAction.LOGOUT,
            AuditAction.LOCK,
            AuditAction.UNLOCK,
            AuditAction.UNLOCK_FAILED,
            AuditAction.ACCOUNT_LOCKED,
        ),
        (_USER, _LOGIN),
    ),
    **dict.fromkeys(
        (AuditAction.USER_ADDED, AuditAction.USER_CHANGED, AuditAction.PASSWORD_CHANGED),
        (_USER, _ACCOUNT),
    ),
    AuditAction.EXPORT: (_EXPORTED, ("audit.records", "audit.period")),
    AuditAction.EXPORT_UNMASKED: (_EXPORTED, ("audit.records", "audit.period")),
    AuditAction.REVEAL: (_REVEALED, ()),
    AuditAction.ARCHIVE: (_RECORDS, ()),
    AuditAction.RESTORE_RECORD: (_RECORDS, ()),
    AuditAction.RESTORE_BACKUP: (
        (),
        (
            "audit.backup_time",
            "audit.restore_kept",
            "audit.restore_kept_log",
            "audit.restore_not_kept",
        ),
    ),
    AuditAction.SETTINGS: (
        ("audit.kinds",),
        ("audit.studio_added", "audit.studio_closing", "audit.studio_reopened", "audit.kinds"),
    ),
    AuditAction.PROPOSAL: (
        ("audit.proposal",),
        (
            "audit.proposal_step",
            "audit.proposal_corrected",
            "audit.proposal_exported",
            "audit.proposal_edited",
            "audit.proposal_archived",
        ),
    ),
    AuditAction.ANONYMISE: (("audit.anonymised",), ("audit.anonymised_which",)),
    AuditAction.RESCORE: (("audit.points_year",), ("audit.rescored",)),
    AuditAction.INTAKE: (
        ("audit.intake_session", "audit.intake_standing", "audit.intake_submission"),
        (
            "audit.intake_started",
            "audit.intake_stopped",
            "audit.intake_standing_new",
            "audit.intake_standing_revoked",
            "audit.intake_received",
        ),
    ),
    AuditAction.INTAKE_DECIDED: (
        ("audit.intake_submission",),
        ("audit.intake_accepted", "audit.intake_merged", "audit.intake_rejected"),
    ),
    AuditAction.REFUSED: (
        (
            "audit.permission",
            *_EXPORTED,
            "audit.backup",
            "audit.restore",
            *_RECORDS,
            *_REVEALED,
            "audit.kinds",
        ),
        ("audit.cannot",),
    ),
}


AUDIT_CODES = tuple(code for code in MESSAGES if code.startswith("audit."))


def shown_target(action: AuditAction | str, target: str) -> str:
    """An event's stored target as shown, in the interface language (see ``TEXTS``)."""
    return shown(target, TEXTS.get(AuditAction(action), ((), ()))[0])


def shown_detail(action: AuditAction | str, detail: str) -> str:
    return shown(detail, TEXTS.get(AuditAction(action), ((), ()))[1])


def _row(e: AuditEvent) -> AuditRow:
    return AuditRow(e.id, e.at, e.username, e.action, shown_target(e.action, e.target),
                    shown_detail(e.action, e.detail))  # fmt: skip


def export_columns() -> list[Column]:
    from studio_app.documents.spreadsheet import Column

    return [
        Column("at", tr("时间"), width=20),
        Column("username", tr("用户"), width=14),
        Column("action", tr("操作"), width=18),
        Column("target", tr("对象"), width=32),
        Column("detail", tr("详情"), width=48),
    ]


class Permits(Protocol):
    """What the audit log needs of the guard (core.guard.Guard): reading it is for those with
    ``view_audit`` (on a county server, the county's administrators)."""

    def permit(self, s: Session, permission, action=None, target: str = "",
               detail: str = "") -> AuditEvent | None: ...  # fmt: skip

    def require_county(self, s: Session, permission, target: str) -> None: ...


class AuditService:
    """Append and read the audit log. It offers no update and no delete, on purpose.

    Reading and exporting it needs the acting user's ``view_audit`` permission (administrators),
    checked by ``guard`` (None: a script over its own database, unguarded)."""

    def __init__(self, db: SessionSource, guard: Permits | None = None):
        self.db = db
        self.guard = guard

    def _may_read(self, s: Session, export: bool = False) -> AuditEvent | None:
        if self.guard is None:
            return (
                add_event(s, None, AuditAction.EXPORT, chinese("audit.audit_log"))
                if export
                else None
            )
        from studio_app.base.enums import Permission

        action = AuditAction.EXPORT if export else None
        # One log for the whole database: on a county server it is the county's to read.
        self.guard.require_county(s, Permission.VIEW_AUDIT, chinese("audit.audit_log"))
        return self.guard.permit(s, Permission.VIEW_AUDIT, action, chinese("audit.audit_log"))

    def record(
        self,
        user_or_name: HasUsername | str | None,
        action: AuditAction | str,
        target: str = "",
        detail: str = "",
        *,
        at: datetime | None = None,
    ) -> AuditRow:
        """Record one event in its own transaction (for things the window does itself:
        an export, a reveal, a backup …)."""
        with self.db.session() as s:
            event = add_event(s, user_or_name, action, target, detail, at=at)
        return _row(event)

    def _query(
        self,
        start: date | datetime | None,
        end: date | datetime | None,
        action: AuditAction | str | None,
        text: str,
        username: str | None,
    ) -> Select:
        stmt = select(AuditEvent)
        if start is not None:
            stmt = stmt.where(AuditEvent.at >= _instant(start, end=False))
        if end is not None:  # a date: that whole local day; a datetime: up to (not including)
            stmt = stmt.where(AuditEvent.at < _instant(end, end=True))
        if action:
            stmt = stmt.where(AuditEvent.action == AuditAction(action))
        if username:
            stmt = stmt.where(AuditEvent.username == clean_text(username))
        for term in to_half_width(clean_text(text)).lower().split():
            named = [a for a, name in choices(AuditAction) if term in name.lower()]
            # "roster" finds 联户名册: the stored Chinese of the kinds whose shown words hold it
            words = {literal(code) for code in matching_codes(term, AUDIT_CODES)} - {""}
            stmt = stmt.where(
                or_(
                    *(
                        func.lower(column).contains(word, autoescape=True)
                        for column in (AuditEvent.username, AuditEvent.target, AuditEvent.detail)
                        for word in (term, *sorted(words))
                    ),
                    *([AuditEvent.action.in_(named)] if named else []),
                )
            )
        # Same second on two PCs: the id keeps the order stable.
        return stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())

    def rows(
        self,
        start: date | datetime | None = None,
        end: date | datetime | None = None,
        action: AuditAction | str | None = None,
        text: str = "",
        *,
        username: str | None = None,
        batch: int = 1000,
    ) -> Iterator[AuditRow]:
        """Every matching event, newest first (for the export; streamed)."""
        stmt = self._query(start, end, action, text, username)
        with self.db.session() as s:
            self._may_read(s)
            for event in s.scalars(stmt.execution_options(yield_per=batch)):
                yield _row(event)

    def export(
        self,
        path: str | Path,
        start: date | datetime | None = None,
        end: date | datetime | None = None,
        action: AuditAction | str | None = None,
        text: str = "",
        *,
        username: str | None = None,
    ) -> int:
        """The matching events (newest first) to an .xlsx; returns how many. Text that looks
        like a formula stays text. The export itself is recorded, by the acting user."""
        from studio_app.documents.spreadsheet import write_sheet

        events = (
            {"at": r.local_time, "username": r.username or tr("（未登录）"),
             "action": r.action_label, "target": r.target, "detail": r.detail}
            for r in self.rows(start, end, action, text, username=username)
        )  # fmt: skip
        with self.db.session() as s:
            event = self._may_read(s, export=True)
            count = write_sheet(
                Path(path), export_columns(), events, title=tr("操作日志"),
                sheet_name=tr("操作日志"),
            )  # fmt: skip
            if event is not None:
                event.detail = chinese("audit.records", n=count)
        return count

    def list(
        self,
        start: date | datetime | None = None,
        end: date | datetime | None = None,
        action: AuditAction | str | None = None,
        text: str = "",
        *,
        username: str | None = None,
        limit: int | None = DEFAULT_LIMIT,
    ) -> list[AuditRow]:
        """Events newest first: from local day ``start`` through local day ``end`` (or exact
        instants, when datetimes are given), of one ``action``, whose user, target, detail or
        action name holds every term of ``text``; at most ``limit`` (None: all)."""
        stmt = self._query(start, end, action, text, username)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.session() as s:
            self._may_read(s)
            return [_row(e) for e in s.scalars(stmt)]
