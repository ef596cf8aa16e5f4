"""Declarative base and the columns every record carries.

Every record has a globally unique id (so two PCs' data can be merged later), created and
updated times in UTC, and a version number that SQLAlchemy checks on every UPDATE, so a stale
edit raises instead of silently overwriting somebody else's change.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column

# Stable constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class StudioSession(Session):
    """A session over the studio's records (``storage.database.Database`` makes these): the
    derived search columns are kept up to date on each flush (``core.search``), without a hook
    on every SQLAlchemy session in the process."""


# An execution option: this statement is the county's own, not filtered to the session's
# studio (``core.scope``).
EVERY_STUDIO = "every_studio"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC (SQLite keeps no zone) and returned as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record(Base):
    """Abstract base: id, timestamps and optimistic-locking version."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Who saved it last (the signed-in user's name; "" before login is set up, or a script):
    # set by the guard on each flush (core/guard.py), said when a stale save is refused.
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


class Archivable:
    """Records with history are archived (hidden from daily lists), never hard-deleted."""

    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
