"""Field packages (外出工作包): a studio's working set taken to the villages on a laptop, and
the conflicts its return left for the coordinator (core/field)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.core.models.base import Base, UTCDateTime, utcnow

OFFICE = "office"  # the office's record of a package it made (with the base it was made from)
LAPTOP = "laptop"  # the laptop's own record of the package it was opened from


class FieldPackage(Base):
    """One check-out. The office keeps the rows it packed (``base``, the SQLite file before
    encryption, compressed): check-in compares the laptop's rows and the office's with it, so
    the laptop's clock never decides anything."""

    __tablename__ = "field_package"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)  # package id
    side: Mapped[str] = mapped_column(String(10))  # OFFICE or LAPTOP
    studio_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("studio.id"), index=True)
    studio_name: Mapped[str] = mapped_column(String(200), default="")
    # office: out → imported, or cancelled; laptop: opened → returned
    state: Mapped[str] = mapped_column(String(20))
    schema_revision: Mapped[str] = mapped_column(String(20))
    # The office's audit chain head (``audit_event.seq``) when packed and when imported: the
    # server's own order of the round trip.
    sync_point: Mapped[int] = mapped_column(BigInteger, default=0)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(100), default="")
    device: Mapped[str] = mapped_column(String(200), default="")  # the laptop, at return
    device_clock: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # laptop's
    imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    imported_by: Mapped[str] = mapped_column(String(100), default="")
    import_sync_point: Mapped[int | None] = mapped_column(BigInteger, default=None)
    summary: Mapped[str] = mapped_column(Text, default="")  # the import's counts (JSON)
    base: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)


class FieldConflict(Base):
    """A record both sides changed (or request steps the office's state refused): it waits
    whole, with both sides' values, until the coordinator chooses."""

    __tablename__ = "field_conflict"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    package_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("field_package.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # fields, steps or settings
    table_name: Mapped[str] = mapped_column(String(50))
    record_key: Mapped[str] = mapped_column(String(200))  # the record's key (JSON)
    title: Mapped[str] = mapped_column(Text, default="")  # which record, in words
    # JSON: {field: [base, office, laptop]} with the values as stored (core/field/rows.py)
    fields: Mapped[str] = mapped_column(Text, default="{}")
    laptop_row: Mapped[str] = mapped_column(Text, default="{}")  # the laptop's whole record
    office_steps: Mapped[str] = mapped_column(Text, default="[]")  # steps: both histories
    laptop_steps: Mapped[str] = mapped_column(Text, default="[]")
    state: Mapped[str] = mapped_column(String(20), default="open")  # open or settled
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    settled_by: Mapped[str] = mapped_column(String(100), default="")
    choices: Mapped[str] = mapped_column(Text, default="{}")  # JSON: {field: office|laptop}
