"""Reception days, visitors and their requests with an append-only history."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studio_app.base.enums import ReceptionStatus, RequestChannel, RequestStatus, Satisfaction
from studio_app.core.models.base import Archivable, Base, Record, UTCDateTime, utcnow
from studio_app.core.models.households import Household
from studio_app.core.models.organisation import Member, Studio, enum_column


class ReceptionDay(Record, Archivable):
    """委员接待日: a fixed day each month when members on duty receive visitors."""

    __tablename__ = "reception_day"

    studio_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("studio.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time, default=None)
    ends_at: Mapped[time | None] = mapped_column(Time, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    theme: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ReceptionStatus] = mapped_column(
        enum_column(ReceptionStatus), default=ReceptionStatus.PLANNED
    )
    moved_from: Mapped[date | None] = mapped_column(Date, default=None)
    change_reason: Mapped[str] = mapped_column(Text, default="")  # why moved or cancelled

    studio: Mapped[Studio] = relationship()
    duties: Mapped[list[DutyAssignment]] = relationship(back_populates="reception_day")


class DutyAssignment(Record):
    """A member on duty on a reception day; a swap keeps whom they replaced."""

    __tablename__ = "duty_assignment"
    __table_args__ = (UniqueConstraint("reception_day_id", "member_id"),)

    reception_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reception_day.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    replaces_member_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("member.id"), default=None
    )
    note: Mapped[str] = mapped_column(Text, default="")

    reception_day: Mapped[ReceptionDay] = relationship(back_populates="duties")
    member: Mapped[Member] = relationship(foreign_keys=[member_id])


class Visitor(Record, Archivable):
    """A person who raised a matter; may be anonymous, may be a known household."""

    __tablename__ = "visitor"

    name: Mapped[str] = mapped_column(String(100), default="")
    anonymous: Mapped[bool] = mapped_column(default=False)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    id_number: Mapped[str] = mapped_column(String(18), default="")
    village: Mapped[str] = mapped_column(String(100), default="")
    household_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("household.id"), default=None, index=True
    )
    # The studio where they came (a person who goes to two studios is two visitors).
    studio_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("studio.id"), default=None, index=True
    )

    household: Mapped[Household | None] = relationship()


class RequestCategory(Record, Archivable):
    """An entry of the editable category list (医疗, 教育, 就业 …)."""

    __tablename__ = "request_category"

    name: Mapped[str] = mapped_column(String(50), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CommonIssue(Record, Archivable):
    """共性问题: recurring requests grouped into one class of matters, the seed of a proposal."""

    __tablename__ = "common_issue"

    studio_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("studio.id"), default=None)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")


class Request(Record, Archivable):
    """群众诉求: one matter raised by a visitor, followed through a closed loop."""

    __tablename__ = "request"

    number: Mapped[str] = mapped_column(String(20), unique=True)  # e.g. 2026-0001
    # The number given on a field laptop (临2026-0001, printed on the receipt there) before
    # the office gave this final one at check-in (core/field): the receipt's cross-reference.
    provisional_number: Mapped[str | None] = mapped_column(String(20), default=None, index=True)
    studio_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("studio.id"), default=None, index=True
    )
    reception_day_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("reception_day.id"), default=None, index=True
    )
    visitor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visitor.id"), default=None, index=True
    )
    channel: Mapped[RequestChannel] = mapped_column(
        enum_column(RequestChannel), default=RequestChannel.RECEPTION_DAY
    )
    category: Mapped[str] = mapped_column(String(50), default="", index=True)
    content: Mapped[str] = mapped_column(Text)
    status: Mapped[RequestStatus] = mapped_column(
        enum_column(RequestStatus), default=RequestStatus.REGISTERED, index=True
    )
    received_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("member.id"), default=None)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("member.id"), default=None, index=True
    )
    handling_unit: Mapped[str] = mapped_column(String(200), default="")
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    assign_due: Mapped[date | None] = mapped_column(Date, default=None)
    answer_due: Mapped[date | None] = mapped_column(Date, default=None)
    return_visit_due: Mapped[date | None] = mapped_column(Date, default=None)
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    reply: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[Satisfaction | None] = mapped_column(
        enum_column(Satisfaction), default=None
    )
    satisfaction_comment: Mapped[str] = mapped_column(Text, default="")
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    extension_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 延期
    close_reason: Mapped[str] = mapped_column(Text, default="")  # 不予受理 / conversion note
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("request.id"), default=None)
    # 关联到该提案: a request already 转为提案 this one is related to (its own loop goes on).
    linked_to_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("request.id"), default=None)
    common_issue_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("common_issue.id"), default=None, index=True
    )
    # The proposal or 社情民意 item it was converted into (core/proposals.py).
    proposal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("proposal.id"), default=None, index=True
    )
    search_text: Mapped[str] = mapped_column(Text, default="")
    search_tokens: Mapped[str] = mapped_column(Text, default="")  # SQLite's full-text index

    visitor: Mapped[Visitor | None] = relationship()
    received_by: Mapped[Member | None] = relationship(foreign_keys=[received_by_id])
    assignee: Mapped[Member | None] = relationship(foreign_keys=[assignee_id])
    history: Mapped[list[RequestEvent]] = relationship(
        back_populates="request", order_by="RequestEvent.sequence"
    )

    __table_args__ = (
        # The requests page (core/request_list.py), newest first, without archived requests and
        # those merged into another: walked in order and stopped when a page is full. It holds
        # the columns of its WHERE too, or SQLite 3.40 reads the table to count (10x slower).
        Index(
            "ix_request_listing",
            "registered_at",
            "id",
            "archived_at",
            "merged_into_id",
            sqlite_where=text("archived_at IS NULL AND merged_into_id IS NULL"),
            postgresql_where=text("archived_at IS NULL AND merged_into_id IS NULL"),
        ),
        # Deadlines of the step each request waits for (overdue, due soon, the 工作台).
        Index("ix_request_status_assign_due", "status", "assign_due"),
        Index("ix_request_status_answer_due", "status", "answer_due"),
        Index("ix_request_status_return_visit_due", "status", "return_visit_due"),
        Index("ix_request_received_by_id", "received_by_id"),  # a member's requests
        # The requests each 承办委员 answered in a year, on time or late (the 履职积分 ranking),
        # from the index alone.
        Index(
            "ix_request_answered_by_assignee",
            "answered_at",
            "assignee_id",
            "answer_due",
            "status",
            "return_visit_due",
            "archived_at",
            sqlite_where=text("assignee_id IS NOT NULL AND answered_at IS NOT NULL"),
            postgresql_where=text("assignee_id IS NOT NULL AND answered_at IS NOT NULL"),
        ),
        # A studio's user reads rows by id (a page, its merged requests) within their studio:
        # with the studio's filter SQLite would otherwise read all of the studio's requests
        # through ix_request_studio_id (10-25 ms at county scale) instead of looking them up.
        Index("ix_request_studio_row", "studio_id", "id"),
        Index(
            "ix_request_studio_merged",
            "studio_id",
            "merged_into_id",
            sqlite_where=text("merged_into_id IS NOT NULL"),
            postgresql_where=text("merged_into_id IS NOT NULL"),
        ),
        # The requests merged into one, shown under it. Partial: for "IS NULL" (nearly every
        # request) SQLite without statistics would take it over the listing order (100x slower).
        Index(
            "ix_request_merged_into_id",
            "merged_into_id",
            sqlite_where=text("merged_into_id IS NOT NULL"),
            postgresql_where=text("merged_into_id IS NOT NULL"),
        ),
    )


class RequestEvent(Base):
    """One accepted change of a request. Rows are only ever inserted."""

    __tablename__ = "request_event"
    __table_args__ = (UniqueConstraint("request_id", "sequence"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("request.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 … per request: the exact order
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    from_status: Mapped[RequestStatus | None] = mapped_column(
        enum_column(RequestStatus), default=None
    )
    to_status: Mapped[RequestStatus] = mapped_column(enum_column(RequestStatus))
    note: Mapped[str] = mapped_column(Text, default="")

    request: Mapped[Request] = relationship(back_populates="history")
