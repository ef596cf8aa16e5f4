"""Households (or enterprises) that members are linked to, the links, and visits."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studio_app.base.enums import HouseholdKind, VisitMethod
from studio_app.core.models.base import Archivable, Base, Record
from studio_app.core.models.organisation import Member, Studio, enum_column


class Household(Record, Archivable):
    __tablename__ = "household"

    kind: Mapped[HouseholdKind] = mapped_column(
        enum_column(HouseholdKind), default=HouseholdKind.HOUSEHOLD
    )
    head_name: Mapped[str] = mapped_column(String(200), index=True)  # 户主 / enterprise name
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    id_number: Mapped[str] = mapped_column(String(18), default="")
    village: Mapped[str] = mapped_column(String(100), default="")  # 村（社区）
    group_name: Mapped[str] = mapped_column(String(100), default="")  # 组
    address: Mapped[str] = mapped_column(String(300), default="")
    size: Mapped[int | None] = mapped_column(Integer, default=None)  # people in the household
    notes: Mapped[str] = mapped_column(Text, default="")
    last_visit_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    # search_text's letters and digits one by one ("王 建 国 1 3 8 …"): every character a
    # token of the SQLite full-text index (core/search.py), so 1- and 2-character terms match.
    search_tokens: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(800), default="")  # pinyin of head_name

    tags: Mapped[list[HouseholdTag]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="HouseholdTag.tag"
    )
    linkages: Mapped[list[Linkage]] = relationship(back_populates="household")

    __table_args__ = (
        # The households page: walked in name (pinyin) order, matched on search_text without
        # reading the wide rows, for active households only.
        Index(
            "ix_household_listing",
            "sort_key",
            "search_text",
            "id",
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
        # The village filter's choices and the village filter itself, for active households.
        Index(
            "ix_household_active_village",
            "village",
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
    )

    @property
    def tag_names(self) -> list[str]:
        return [t.tag for t in self.tags]


class HouseholdStudio(Base):
    """Which studios a household belongs to: the one that registered it and the studios of the
    members linked to it. On a shared county server each studio sees its own households."""

    __tablename__ = "household_studio"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("household.id"), primary_key=True)
    # Second in the key and indexed alone: a studio's households are found from the studio.
    studio_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("studio.id"), primary_key=True, index=True
    )

    # Declared so that a studio and a household saved in the same flush go in first.
    household: Mapped[Household] = relationship()
    studio: Mapped[Studio] = relationship()


class HouseholdTag(Base):
    """A label such as 低保, 独居老人 or 残疾; a plain table so lists filter by it in SQL."""

    __tablename__ = "household_tag"

    household_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(50), primary_key=True, index=True)

    household: Mapped[Household] = relationship(back_populates="tags")


class Linkage(Record, Archivable):
    """联户: a member keeps in touch with a household from ``since`` until ``until``."""

    __tablename__ = "linkage"

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("household.id"), index=True)
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date, default=None)
    primary: Mapped[bool] = mapped_column(Boolean, default=False)  # the household's main contact

    member: Mapped[Member] = relationship(back_populates="linkages")
    household: Mapped[Household] = relationship(back_populates="linkages")


class Visit(Record, Archivable):
    """走访: a member's visit (in person, by phone or WeChat) to a household."""

    __tablename__ = "visit"

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("household.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date, index=True)
    method: Mapped[VisitMethod] = mapped_column(
        enum_column(VisitMethod), default=VisitMethod.IN_PERSON
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship()
    household: Mapped[Household] = relationship()

    __table_args__ = (
        # The year's visits per member (the 履职积分 ranking), from the index alone.
        Index(
            "ix_visit_counted",
            "visited_on",
            "member_id",
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
    )
