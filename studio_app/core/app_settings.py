"""Studio-wide settings kept in the database (``app_setting``), so every PC on a shared server
counts the same deadlines. Window layout belongs to QSettings, not here."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from studio_app.base.i18n import tr
from studio_app.core.models import AppSetting
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator


@dataclass(frozen=True)
class Deadlines:
    """Working days allowed for each step of a request (the city's rule by default)."""

    assign: int = 2  # registration -> assignment (两天内交办)
    answer: int = 5  # assignment (or reopening) -> answer (一周内答复)
    return_visit: int = 5  # answer -> return visit


DEADLINE_LABELS = {"assign": "交办时限", "answer": "答复时限", "return_visit": "回访时限"}
MAX_DEADLINE_DAYS = 60


class SettingsService:
    def __init__(self, db: SessionSource):
        self.db = db

    def get(self, key: str, default: str = "") -> str:
        with self.db.session() as s:
            value = s.scalar(select(AppSetting.value).where(AppSetting.key == key))
            return default if value is None else value

    def set(self, key: str, value: str) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[str, str]) -> None:
        """Store several settings in one transaction (one 设置 entry in the audit log)."""
        with self.db.session() as s:
            for key, value in values.items():
                setting = s.get(AppSetting, key)
                if setting is None:
                    s.add(AppSetting(key=key, value=value))
                else:
                    setting.value = value

    def deadlines(self) -> Deadlines:
        """The configured deadlines; a value that is missing or unreadable keeps its default."""
        default = Deadlines()
        with self.db.session() as s:
            stored = {
                key: value
                for key, value in s.execute(
                    select(AppSetting.key, AppSetting.value).where(
                        AppSetting.key.startswith("deadline.")
                    )
                )
            }
        values = {}
        for f in fields(Deadlines):
            text = stored.get(f"deadline.{f.name}", "")
            values[f.name] = int(text) if text.isdigit() else getattr(default, f.name)
        return Deadlines(**values)

    def set_deadlines(self, deadlines: Deadlines) -> None:
        v = Validator()
        for f in fields(Deadlines):
            days = getattr(deadlines, f.name)
            if not isinstance(days, int) or not 1 <= days <= MAX_DEADLINE_DAYS:
                v.add(
                    f.name,
                    tr(DEADLINE_LABELS[f.name]),
                    tr("应为 1 到 {n} 个工作日。").format(n=MAX_DEADLINE_DAYS),
                )
        v.raise_if_any()
        self.set_many(
            {f"deadline.{f.name}": str(getattr(deadlines, f.name)) for f in fields(Deadlines)}
        )
