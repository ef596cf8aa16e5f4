"""Consultation meetings (协商议事) and what their minutes record."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType
from studio_app.core.models.base import Archivable, Record, UTCDateTime
from studio_app.core.models.organisation import Member, enum_column


class Meeting(Record, Archivable):
    __tablename__ = "meeting"

    studio_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("studio.id"), default=None, index=True
    )
    type: Mapped[MeetingType] = mapped_column(
        enum_column(MeetingType), default=MeetingType.CONSULTATION
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(300))
    topic_source: Mapped[str] = mapped_column(String(50), default="")  # 党政点题/群众出题/…
    host: Mapped[str] = mapped_column(String(100), default="")  # 主持人
    recorder: Mapped[str] = mapped_column(String(100), default="")  # 记录人
    summary: Mapped[str] = mapped_column(Text, default="")

    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAttendee.position"
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    agreed_items: Mapped[list[AgreedItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgreedItem.position"
    )
    actions: Mapped[list[FollowUpAction]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="FollowUpAction.position"
    )


class MeetingAttendee(Record):
    """A member from the roster (member_id set) or another person (official, villager)."""

    __tablename__ = "meeting_attendee"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("member.id"), default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    attendance: Mapped[AttendanceRole] = mapped_column(
        enum_column(AttendanceRole), default=AttendanceRole.PRESENT
    )

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")
    member: Mapped[Member | None] = relationship()


class AgendaItem(Record):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    discussion: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")


class AgreedItem(Record):
    """议定事项: what the meeting agreed."""

    __tablename__ = "agreed_item"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agreed_items")


class FollowUpAction(Record):
    """A follow-up with a responsible unit and deadline, optionally tied to a request."""

    __tablename__ = "follow_up_action"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    responsible_unit: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("request.id"), default=None)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus), default=ActionStatus.OPEN
    )
    feedback: Mapped[str] = mapped_column(Text, default="")  # the department's answer
    done_on: Mapped[date | None] = mapped_column(Date, default=None)

    meeting: Mapped[Meeting] = relationship(back_populates="actions")
