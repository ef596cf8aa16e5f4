"""Settings that belong to the data (studio-wide), not to one PC's window layout."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.base.enums import DayKind
from studio_app.core.models.base import Base, Record, UTCDateTime, utcnow
from studio_app.core.models.organisation import enum_column


class AppSetting(Base):
    """One setting. It has no version column: its value serves as one (each UPDATE compares
    the value it read), so a setting saved on another PC between reading and writing it is
    refused (a ``ConflictError``) instead of overwritten."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __mapper_args__: ClassVar[dict] = {"version_id_col": value, "version_id_generator": False}


class CalendarDay(Record):
    """A day the coordinator entered: a holiday on a weekday or a make-up working day (调休).

    Entries override the shipped calendar, so next year's dates, announced each November by
    the State Council, can be added by hand.
    """

    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[DayKind] = mapped_column(enum_column(DayKind))
    name: Mapped[str] = mapped_column(String(50), default="")  # 春节, 国庆节 …
