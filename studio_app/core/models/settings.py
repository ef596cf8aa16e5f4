"""Settings that belong to the data (studio-wide), not to one PC's window layout."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.core.models.base import Base, UTCDateTime, utcnow


class AppSetting(Base):
    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
