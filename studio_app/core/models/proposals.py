"""Proposals (提案) and 社情民意 items, their members and their course (append-only)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studio_app.base.enums import (
    AdoptionLevel,
    ProposalKind,
    ProposalRole,
    ProposalStep,
    Satisfaction,
)
from studio_app.core.models.base import Archivable, Base, Record, UTCDateTime, utcnow
from studio_app.core.models.organisation import Member, enum_column


class Proposal(Record, Archivable):
    """A proposal or a 社情民意 item with the sections of its standard form.

    ``step`` and the outcome columns (``submitted_on``, ``accepted``, ``level``, ``instructed``,
    ``satisfaction``) are the course's result, kept with each step for the lists and the points;
    the course itself (``ProposalEvent``) is the record."""

    __tablename__ = "proposal"

    kind: Mapped[ProposalKind] = mapped_column(enum_column(ProposalKind), index=True)
    # The studio that drafted it (its members may be in others too).
    studio_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("studio.id"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(String(200))  # 案由 / 标题
    analysis: Mapped[str] = mapped_column(Text, default="")  # 提案: 情况分析/存在问题
    situation: Mapped[str] = mapped_column(Text, default="")  # 社情民意: 基本情况
    problems: Mapped[str] = mapped_column(Text, default="")  # 社情民意: 存在问题
    suggestions: Mapped[str] = mapped_column(Text, default="")  # 具体建议 / 意见建议
    units: Mapped[str] = mapped_column(String(500), default="")  # 建议承办单位
    contact: Mapped[str] = mapped_column(String(200), default="")  # the lead member's contact
    common_issue_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("common_issue.id"), default=None, index=True
    )
    step: Mapped[ProposalStep] = mapped_column(
        enum_column(ProposalStep), default=ProposalStep.DRAFT, index=True
    )
    drafted_on: Mapped[date] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    accepted: Mapped[bool | None] = mapped_column(Boolean, default=None)  # 立案 / 采用
    level: Mapped[AdoptionLevel | None] = mapped_column(enum_column(AdoptionLevel), default=None)
    instructed: Mapped[bool] = mapped_column(Boolean, default=False)  # 批示
    satisfaction: Mapped[Satisfaction | None] = mapped_column(
        enum_column(Satisfaction), default=None
    )

    members: Mapped[list[ProposalMember]] = relationship(
        back_populates="proposal", order_by="ProposalMember.position", cascade="all, delete-orphan"
    )


class ProposalMember(Base):
    """A member on a proposal: the one 领衔 (lead) and any 附议 (co-signers)."""

    __tablename__ = "proposal_member"
    __table_args__ = (UniqueConstraint("proposal_id", "member_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposal.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    role: Mapped[ProposalRole] = mapped_column(enum_column(ProposalRole))
    position: Mapped[int] = mapped_column(Integer, default=0)  # the lead first, as signed

    proposal: Mapped[Proposal] = relationship(back_populates="members")
    member: Mapped[Member] = relationship()


class ProposalEvent(Base):
    """One step of the course, with the day it happened. Rows are only ever inserted: a step
    recorded wrongly is corrected by a later row naming it (``corrects``), which takes its place
    (another step, day or values) or withdraws it (``ProposalStep.RETRACT``)."""

    __tablename__ = "proposal_event"
    __table_args__ = (UniqueConstraint("proposal_id", "sequence"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposal.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 … per item
    step: Mapped[ProposalStep] = mapped_column(enum_column(ProposalStep))
    day: Mapped[date] = mapped_column(Date)  # when it happened (not when it was entered)
    level: Mapped[AdoptionLevel | None] = mapped_column(enum_column(AdoptionLevel), default=None)
    unit: Mapped[str] = mapped_column(String(200), default="")  # the answering unit
    text: Mapped[str] = mapped_column(Text, default="")  # the answer, the instruction, a note
    satisfaction: Mapped[Satisfaction | None] = mapped_column(
        enum_column(Satisfaction), default=None
    )
    corrects: Mapped[int | None] = mapped_column(Integer, default=None)  # the step replaced
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was corrected
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)  # when it was entered
    actor: Mapped[str] = mapped_column(String(100), default="")
