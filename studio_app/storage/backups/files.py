"""What a backup is: its file name, the folder's list, the error, the bits every step shares."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.private import create_file
from studio_app.storage.asides import BEFORE_RESTORE as BEFORE_RESTORE  # its name, for restore

log = logging.getLogger("studio_app.storage")

NAME_PREFIX = "studio-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
BACKUP_NAME = re.compile(r"^studio-(\d{8}-\d{6})\.sqlite3$")
PARTIAL_NAME = re.compile(r"^\.studio-\d{8}-\d{6}-[0-9a-f]{8}\.partial$")


class BackupError(StudioError):
    """A backup or restore could not be done; the message says why and what to do."""


def server_backup_message() -> str:
    return tr(
        "当前使用的是县政协服务器上的数据库（PostgreSQL），由服务器管理员用 pg_dump 统一备份，"
        "本程序不在这台电脑上备份或恢复它。如需恢复，请联系服务器管理员。"
    )


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of ours.

    Attributes:
        path: the file.
        taken_at: when it was made (local time, aware), from its name.
        size: bytes.
        removed: older backups that rotation deleted right after this one was made.
    """

    path: Path
    taken_at: datetime
    size: int
    removed: tuple[Path, ...] = ()


def format_time(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return tr("{n} KB").format(n=max(1, round(size / 1024)))
    return tr("{n:.1f} MB").format(n=size / 1024 / 1024)


def local_now() -> datetime:
    return datetime.now().astimezone()


def backup_name(at: datetime) -> str:
    """``studio-20261123-101530.sqlite3`` for a backup made at ``at`` (local time)."""
    return f"{NAME_PREFIX}{at.astimezone().strftime(STAMP)}{SUFFIX}"


def backup_time(path: Path) -> datetime | None:
    """When a backup of ours was made (from its name); None for any other file."""
    match = BACKUP_NAME.match(Path(path).name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP).astimezone()
    except ValueError:  # e.g. studio-20261399-…: looks like ours, is not
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups of ours in ``folder`` (not its subfolders), newest first; [] if it is
    absent."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        taken = backup_time(path)
        if taken is None:
            continue
        try:
            if not path.is_file():
                continue
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, taken, size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_backup(folder: Path | None) -> Path | None:
    """The newest backup of ours in ``folder``, to offer when the database cannot be opened."""
    if folder is None:
        return None
    backups = list_backups(folder)
    return backups[0].path if backups else None


def unlink_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; NTFS journals the rename itself
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_error(folder: Path, exc: BaseException) -> BackupError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return BackupError(
        tr(
            "无法写入备份文件夹“{folder}”（{reason}）。请检查 U 盘是否插好、是否已满或被设为只读，"
            "或在“备份设置”中换一个文件夹。这次没有备份，下次会再试。"
        ).format(folder=folder, reason=reason)
    )


class DamagedSource(Exception):
    """The copy just made fails SQLite's quick check: the database itself is damaged."""


def copy_with_backup_api(source: sqlite3.Connection, target: Path, *, check: bool) -> None:
    """A consistent copy of ``source`` into the new file ``target``, as one self-contained file
    (rollback journal, nothing beside it), flushed to the disk. With ``check``, the copy must
    pass ``PRAGMA quick_check`` (0.3 s for a county's 400 MB), else ``DamagedSource``. The
    file is private (0600) from its first byte."""
    create_file(target)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)  # all pages in one step: one consistent snapshot
        dest.execute("PRAGMA journal_mode=DELETE")
        dest.commit()
        if check:
            found = [r[0] for r in dest.execute("PRAGMA quick_check")]
            if found != ["ok"]:
                raise DamagedSource(found[0])
    finally:
        dest.close()
    fsync_file(target)


def copy_with_wal(source: Path, target: Path) -> None:
    """Copy a database file byte for byte, with the ``-wal`` beside it (its latest commits);
    the copies are private (0600)."""
    create_file(target)
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + "-wal")
    if wal.is_file():
        wal_copy = target.with_name(target.name + "-wal")
        create_file(wal_copy)
        shutil.copyfile(wal, wal_copy)
