"""Studio-wide settings kept in the database (``app_setting``), so every PC on a shared server
counts the same deadlines. Window layout belongs to QSettings, not here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from studio_app.base.enums import AuditAction
from studio_app.base.errors import ConflictError
from studio_app.base.i18n import tr
from studio_app.base.local_times import local_minute
from studio_app.base.text import fold_key
from studio_app.core.models import AppSetting, AuditEvent, User
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

    def stored(self, keys: Iterable[str]) -> dict[str, str | None]:
        """The settings as a form reads them (None: never saved, the same as empty), for
        ``set_many(read=…)``."""
        keys = list(keys)
        with self.db.session() as s:
            stmt = select(AppSetting.key, AppSetting.value).where(AppSetting.key.in_(keys))
            found = {key: value for key, value in s.execute(stmt)}
        return {key: found.get(key) for key in keys}

    def set(self, key: str, value: str) -> None:
        self.set_many({key: value})

    def set_many(
        self, values: dict[str, str], *, read: Mapping[str, str | None] | None = None
    ) -> None:
        """Store several settings in one transaction (one 设置 entry in the audit log).

        ``read``: the settings as the form read them (``stored``); one saved elsewhere since
        is refused (``ConflictError``, naming who saved it: the 设置 entry of the audit log)
        and nothing is stored. Without it, a setting saved elsewhere between this reading
        and writing it is refused all the same (the UPDATE compares the value it read)."""
        read = read or {}
        try:
            with self.db.session() as s:
                for key, value in values.items():
                    setting = s.get(AppSetting, key)
                    if key in read and (setting.value if setting else "") != (read[key] or ""):
                        raise ConflictError()
                    if setting is None:
                        s.add(AppSetting(key=key, value=value))
                    else:
                        setting.value = value
        except (ConflictError, IntegrityError) as exc:  # IntegrityError: a new key, twice
            raise settings_conflict(self.db, values) from exc

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

    def set_deadlines(self, deadlines: Deadlines, *, read: Deadlines | None = None) -> None:
        """Store the deadlines; ``read``: as the form showed them (``deadlines()``), so that
        deadlines changed elsewhere since are refused (``ConflictError``), not overwritten."""
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
        values = {f"deadline.{f.name}": str(getattr(deadlines, f.name)) for f in fields(Deadlines)}
        if read is not None and self.deadlines() != read:
            raise settings_conflict(self.db, values)
        self.set_many(values)


def settings_conflict(db: SessionSource, keys: Iterable[str]) -> ConflictError:
    """The refusal of a stale save of settings: they keep no "saved by" of their own, so the
    newest 设置 entry of the audit log naming one of them says who saved them and when."""
    keys = list(keys)
    with db.session() as s:
        event = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == AuditAction.SETTINGS,
                   or_(*(AuditEvent.detail.contains(key) for key in keys)))
            .order_by(AuditEvent.seq.desc()).limit(1)
        ).first()  # fmt: skip
        if event is None:
            return ConflictError()
        user = s.scalars(select(User).where(User.username_key == fold_key(event.username))).first()
        who = (user.display_name or user.username) if user is not None else event.username
        return ConflictError(who=who, when=local_minute(event.at))
