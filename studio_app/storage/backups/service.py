"""The backups of one open database, as the window and the command line use them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from studio_app.storage.backups.check import check
from studio_app.storage.backups.files import (
    BackupError,
    BackupInfo,
    list_backups,
    newest_backup,
    server_backup_message,
)
from studio_app.storage.backups.make import backup_and_rotate, due
from studio_app.storage.backups.settings import BackupPlace, BackupSettings
from studio_app.storage.database import Database, sqlite_path


class BackupService:
    """Backups of one open database.

    Attributes:
        db: the open database.
        settings: where the backup settings are kept.
    """

    def __init__(self, db: Database, settings: BackupSettings | None = None):
        self.db = db
        self.settings = settings or BackupSettings()

    @property
    def db_path(self) -> Path | None:
        return sqlite_path(self.db.url)

    @property
    def available(self) -> bool:
        """Backups are made here only of a SQLite file (not of the county's server)."""
        return self.db_path is not None

    def _path(self) -> Path:
        path = self.db_path
        if path is None:
            raise BackupError(server_backup_message())
        return path

    def folder(self) -> Path:
        """The folder the backups go to: the one picked, else ``backups`` beside the database."""
        return self.settings.folder_for(self._path())

    def folder_is_default(self) -> bool:
        return self.settings.get(self._path()).folder is None

    def set_folder(self, folder: Path | None) -> None:
        """Remember the folder (None: back to the default); it need not be there right now."""
        self.settings.set_folder(self._path(), Path(folder).expanduser() if folder else None)

    def last_backup(self) -> BackupPlace:
        return self.settings.get(self._path())

    def is_due(self, now: datetime | None = None) -> bool:
        return self.available and due(self.settings.get(self._path()).last_backup, now)

    def backup_now(self, folder: Path | None = None, *, now: datetime | None = None) -> BackupInfo:
        """Back up into ``folder`` (default: the configured one), record it, rotate that
        folder. Raises ``BackupError`` (nothing recorded) when the folder is missing."""
        path = self._path()
        with self.db.engine.connect() as connection:
            source = connection.connection.driver_connection
            return backup_and_rotate(source, path, folder, self.settings, now)

    def auto_backup(self, now: datetime | None = None, *, force: bool = False) -> BackupInfo | None:
        """The automatic backup: when due (``force``: when the window closes), into the
        configured folder. None when not due or not available (a server database); raises
        ``BackupError`` when the folder is missing (nothing recorded: the next call tries
        again)."""
        if not self.available or not (force or self.is_due(now)):
            return None
        return self.backup_now(now=now)

    def newest(self) -> Path | None:
        return newest_backup(self.folder()) if self.available else None

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.folder()) if self.available else []

    def check(self) -> list[str]:
        return check(self.db)
