"""Who may use the program (optional login) and the append-only audit log of what they did.

``AuditEvent`` rows are only ever inserted. Three guards keep it so:

* the ORM refuses to flush a changed or deleted event (``before_update``/``before_delete``);
* the ORM refuses ``update(AuditEvent)``/``delete(AuditEvent)`` statements (``do_orm_execute``);
* the database refuses UPDATE and DELETE on ``audit_event`` with triggers (migrations 0008 and
  0010), so raw SQL on another PC cannot rewrite history either. A later migration that
  rebuilds the table on SQLite (batch mode) drops its triggers and must create them again.

Whoever holds the database file (or owns the tables on a server) can still drop the triggers.
So the events also form a hash chain (``core.models.audit_chain``): each carries its place
``seq`` (1, 2, 3 … with no gap) and ``hash``, the SHA-256 of its own content and the previous
event's hash. A deleted, edited, inserted or reordered event breaks the chain, and
``studio-app check`` says where.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from studio_app.base.enums import AuditAction, Role
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.core.models.base import Base, Record, UTCDateTime, utcnow
from studio_app.core.models.organisation import enum_column


class User(Record):
    """A login. ``username_key`` is the name folded to lower case: one account per spelling."""

    __tablename__ = "app_user"  # "user" is a reserved word in PostgreSQL

    username: Mapped[str] = mapped_column(String(50))
    username_key: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.COORDINATOR)
    # The studio the user works in; None for the county office's roles (every studio).
    studio_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("studio.id"), default=None)
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id, PHC string
    active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)  # wrong passwords in a row
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


_last_ns = 0
_ns_lock = threading.Lock()


def ordered_uuid() -> uuid.UUID:
    """A unique id that sorts in the order this process made it: nanoseconds since 1970 (made
    strictly increasing) in the high 64 bits, 64 random bits below. Events recorded in the same
    instant (a failed login and the lockout it causes) keep their order in the log."""
    global _last_ns
    with _ns_lock:
        _last_ns = max(time.time_ns(), _last_ns + 1)
        ns = _last_ns
    return uuid.UUID(int=(ns << 64) | secrets.randbits(64))


class AuditEvent(Base):
    """One thing done: who, when (UTC), what, to what. Rows are only ever inserted; the log
    lists them by ``at``, then by ``id`` (which sorts by creation, see ``ordered_uuid``).

    ``seq`` and ``hash`` link the event into the chain. They are given when the transaction that
    recorded it commits (``core.audit``), under a lock on the chain's head, so two PCs writing
    to one server at once still make one line: ``seq`` is the order of commits, not of clocks.
    """

    __tablename__ = "audit_event"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=ordered_uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(100), default="")  # "" before any login
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, 30), index=True)
    target: Mapped[str] = mapped_column(Text, default="")  # 诉求 2026-0012, 用户 zhang …
    detail: Mapped[str] = mapped_column(Text, default="")
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)  # its place in the chain, from 1
    hash: Mapped[str] = mapped_column(String(64))  # audit_chain.chain_hash, hex


class AppendOnlyError(StudioError):
    """Something tried to change or delete an audit event."""

    def __init__(self) -> None:
        super().__init__(tr("操作日志只能添加，不能修改或删除。"))


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_flushed_change(_mapper, _connection, _target) -> None:
    raise AppendOnlyError()


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_change(state) -> None:
    if (state.is_update or state.is_delete) and any(
        m.class_ is AuditEvent for m in state.all_mappers
    ):
        raise AppendOnlyError()
