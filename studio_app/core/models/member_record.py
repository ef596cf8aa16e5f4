"""The member's record (一人一档): activities the coordinator enters, their scanned papers, and
the published points schemes (积分办法) with the scheme each year is scored by."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studio_app.base.enums import ActivityKind
from studio_app.core.models.base import Archivable, Base, Record, UTCDateTime
from studio_app.core.models.organisation import Member, enum_column


class MemberActivity(Record, Archivable):
    """An activity entered by the coordinator: 全会/常委会, 大会发言, 调研视察, 培训, 帮办实事,
    其他. The activities the studio records elsewhere are read from there (core/activities.py)."""

    __tablename__ = "member_activity"
    __table_args__ = (
        # The year's counts per member and kind (the ranking), read from the index alone in
        # its order, and one member's activities (the record page).
        Index(
            "ix_member_activity_counted",
            "member_id",
            "kind",
            "outcome",
            "held_on",
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"))
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    held_on: Mapped[date] = mapped_column(Date)
    # attended / leave / absent (全会, 常委会), oral / written (发言); "" for the others
    outcome: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship()
    attachments: Mapped[list[ActivityAttachment]] = relationship(
        back_populates="activity", order_by="ActivityAttachment.attached_at"
    )


class ActivityAttachment(Record):
    """A scan or photo of an entered activity (a notice, a sign-in sheet), stored like the
    archive's signed copies: the bytes with their SHA-256."""

    __tablename__ = "activity_attachment"

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member_activity.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    attached_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attached_by: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)

    activity: Mapped[MemberActivity] = relationship(back_populates="attachments")


class PointsScheme(Record):
    """One published version of the 积分办法, as JSON (core/points.py reads it). Never edited:
    an edit publishes a new version, which applies from the year it was published in."""

    __tablename__ = "points_scheme"

    number: Mapped[int] = mapped_column(Integer, unique=True)  # 第 N 版
    from_year: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")  # what changed, as the editor said


class PointsYear(Base):
    """A year re-scored on purpose by a scheme other than the one in force that year."""

    __tablename__ = "points_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    scheme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("points_scheme.id"))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)
    set_by: Mapped[str] = mapped_column(String(100), default="")
