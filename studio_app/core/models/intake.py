"""扫码说事: what villagers sent from their phones over the studio's network, awaiting the desk.

A submission is not a request: it enters the closed loop (and takes a request number) only when
the coordinator accepts it (core/intake.py). The standing poster's token is the studio's own,
kept until the coordinator revokes it.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from studio_app.base.enums import IntakeStatus
from studio_app.core.models.base import Record, UTCDateTime, utcnow
from studio_app.core.models.organisation import enum_column


class IntakeSubmission(Record):
    """One matter sent through the intake page (channel 扫码), 待受理 until decided."""

    __tablename__ = "intake_submission"
    __table_args__ = (
        UniqueConstraint("studio_id", "receipt", name="uq_intake_submission_studio_receipt"),
        Index("ix_intake_submission_status_received", "status", "received_at"),
    )

    studio_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("studio.id"), default=None, index=True
    )
    receipt: Mapped[str] = mapped_column(String(20))  # shown on the phone: Q1207-003
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    village: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(50), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    # The photo as received: resized, re-encoded as JPEG without EXIF (no location). Loaded
    # only when shown.
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, default=None))
    has_photo: Mapped[bool] = mapped_column(default=False)
    standing: Mapped[bool] = mapped_column(default=False)  # through the standing poster
    status: Mapped[IntakeStatus] = mapped_column(
        enum_column(IntakeStatus), default=IntakeStatus.PENDING
    )
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was rejected
    # The request it became (accepted) or joined (merged).
    request_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("request.id"), default=None, index=True
    )
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class IntakeStanding(Record):
    """A studio's standing poster: the fixed address its intake page is served on and the
    poster's token (empty: revoked, no standing poster is valid)."""

    __tablename__ = "intake_standing"

    studio_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("studio.id"), default=None, unique=True
    )
    address: Mapped[str] = mapped_column(String(100), default="")  # e.g. 192.168.1.10
    port: Mapped[int] = mapped_column(default=8080)
    token: Mapped[str] = mapped_column(String(64), default="")
