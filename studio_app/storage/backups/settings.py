"""Where the backups of each database file go and when the last one was made (backup.json)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studio_app.base.i18n import tr
from studio_app.storage.backups.files import BackupError, BackupInfo
from studio_app.storage.database import config_dir

log = logging.getLogger("studio_app.storage")


DEFAULT_FOLDER_NAME = "backups"  # beside the database, until the user picks a folder
SETTINGS_FILE = "backup.json"


def default_folder(db_path: Path) -> Path:
    """Until the user picks a folder: ``backups`` beside the database file."""
    return Path(db_path).parent / DEFAULT_FOLDER_NAME


@dataclass
class BackupPlace:
    """The backup settings of one database file.

    Attributes:
        folder: the folder the user picked; None means ``default_folder``.
        last_backup: when the last backup of this database was made (local time, aware).
        last_path: that backup's file.
    """

    folder: Path | None = None
    last_backup: datetime | None = None
    last_path: Path | None = None


class BackupSettings:
    """``backup.json`` in the user config folder: per database file, its backup folder and the
    last backup. An unreadable file counts as empty (the backups go on to the default folder)."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else config_dir() / SETTINGS_FILE

    @staticmethod
    def _key(db_path: Path) -> str:
        return str(Path(db_path).expanduser().resolve())

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable %s: %s", self.path, exc)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            temp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            os.replace(temp, self.path)
        finally:
            temp.unlink(missing_ok=True)

    def get(self, db_path: Path) -> BackupPlace:
        databases = self._read().get("databases")
        entry = databases.get(self._key(db_path)) if isinstance(databases, dict) else None
        if not isinstance(entry, dict):
            return BackupPlace()

        def when(text) -> datetime | None:
            try:
                return datetime.fromisoformat(text).astimezone() if text else None
            except (TypeError, ValueError):
                return None

        folder, last_path = entry.get("folder"), entry.get("last_path")
        return BackupPlace(
            folder=Path(folder) if isinstance(folder, str) and folder else None,
            last_backup=when(entry.get("last_backup")),
            last_path=Path(last_path) if isinstance(last_path, str) and last_path else None,
        )

    def folder_for(self, db_path: Path) -> Path:
        """Where the backups of ``db_path`` go (works while the database cannot be opened)."""
        return self.get(db_path).folder or default_folder(db_path)

    def _update(self, db_path: Path, **values) -> None:
        data = self._read()
        databases = data.setdefault("databases", {})
        if not isinstance(databases, dict):
            databases = data["databases"] = {}
        entry = databases.get(self._key(db_path))
        if not isinstance(entry, dict):
            entry = databases[self._key(db_path)] = {}
        entry.update(values)
        data["version"] = 1
        self._write(data)

    def set_folder(self, db_path: Path, folder: Path | None) -> None:
        try:
            self._update(db_path, folder=str(folder) if folder else None)
        except OSError as exc:
            raise BackupError(
                tr("无法保存备份设置到“{path}”（{reason}）。").format(
                    path=self.path, reason=exc.strerror or exc
                )
            ) from exc

    def record_backup(self, db_path: Path, info: BackupInfo) -> None:
        try:
            self._update(db_path, last_backup=info.taken_at.isoformat(), last_path=str(info.path))
        except OSError as exc:  # the backup itself is made; only its time is not remembered
            log.warning("could not record the backup in %s: %s", self.path, exc)
