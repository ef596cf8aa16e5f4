"""The studio's electronic archive (协商议事活动电子档案): every document as it was issued.

An issued document is never changed: its PDF bytes and their SHA-256 are stored when it is
finalised, printed or saved, and reprinting serves those bytes. Minutes have revisions: each
change to finalised minutes issues a new one with its reason; the earlier ones stay as they were.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studio_app.base.enums import DocumentKind
from studio_app.core.models.base import Record, UTCDateTime
from studio_app.core.models.organisation import enum_column


class IssuedDocument(Record):
    __tablename__ = "issued_document"
    __table_args__ = (
        # one revision number per meeting, even when two PCs finalise at the same moment
        Index(
            "uq_issued_document_minutes_revision",
            "meeting_id",
            "revision",
            unique=True,
            sqlite_where=text("kind = 'minutes'"),
            postgresql_where=text("kind = 'minutes'"),
        ),
    )

    kind: Mapped[DocumentKind] = mapped_column(enum_column(DocumentKind), index=True)
    title: Mapped[str] = mapped_column(String(300))
    studio_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("studio.id"), default=None)
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id"), default=None, index=True
    )
    reception_day_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("reception_day.id"), default=None
    )
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("request.id"), default=None)
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("member.id"), default=None)
    revision: Mapped[int] = mapped_column(Integer, default=1)  # 第 N 版 of a meeting's minutes
    reason: Mapped[str] = mapped_column(Text, default="")  # why this revision was issued
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    pages: Mapped[int] = mapped_column(Integer, default=1)
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    # the meeting's facts when its minutes were issued (JSON), to show what a revision changed
    snapshot: Mapped[str] = mapped_column(Text, default="")
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # lists never load it

    attachments: Mapped[list[DocumentAttachment]] = relationship(
        back_populates="document", order_by="DocumentAttachment.attached_at"
    )


class DocumentAttachment(Record):
    """The signed paper copy, scanned (a PDF or a photo), attached to the revision it signs."""

    __tablename__ = "document_attachment"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issued_document.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    attached_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attached_by: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)

    document: Mapped[IssuedDocument] = relationship(back_populates="attachments")
