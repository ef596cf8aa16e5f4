"""Studios, members and who belongs to which studio."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Enum, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studio_app.base.enums import Gender, MemberLevel, MembershipRole
from studio_app.core.models.base import Archivable, Record


def enum_column(enum_cls, length: int = 20) -> Enum:
    # Stored as plain strings (no native PG enum), so adding a value never needs ALTER TYPE.
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda e: [m.value for m in e],
    )


class Studio(Record, Archivable):
    __tablename__ = "studio"

    name: Mapped[str] = mapped_column(String(200))
    township: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    speciality: Mapped[str] = mapped_column(Text, default="")  # 特色
    reception_rule: Mapped[str] = mapped_column(String(100), default="")  # 每月15日 …

    memberships: Mapped[list[StudioMembership]] = relationship(back_populates="studio")


class Member(Record, Archivable):
    """A CPPCC member (委员). Archived members leave daily lists but keep their history."""

    __tablename__ = "member"

    name: Mapped[str] = mapped_column(String(100), index=True)
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender), default=None)
    level: Mapped[MemberLevel] = mapped_column(enum_column(MemberLevel), default=MemberLevel.COUNTY)
    sector: Mapped[str] = mapped_column(String(100), default="", index=True)  # 界别
    committee: Mapped[str] = mapped_column(String(100), default="")  # 专委会
    work_unit: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    specialties: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="", index=True)  # pinyin of name

    memberships: Mapped[list[StudioMembership]] = relationship(back_populates="member")
    linkages: Mapped[list[Linkage]] = relationship(back_populates="member")  # noqa: F821


class StudioMembership(Record):
    """A member in a studio: lead (领衔) or team (加盟), with when they joined and left."""

    __tablename__ = "studio_membership"
    __table_args__ = (UniqueConstraint("studio_id", "member_id"),)

    studio_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("studio.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    role: Mapped[MembershipRole] = mapped_column(
        enum_column(MembershipRole), default=MembershipRole.TEAM
    )
    joined_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)

    studio: Mapped[Studio] = relationship(back_populates="memberships")
    member: Mapped[Member] = relationship(back_populates="memberships")
