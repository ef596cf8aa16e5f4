"""Making a backup while the program writes, and rotating the folder: 30 daily, 12 monthly."""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from studio_app.base.i18n import tr
from studio_app.base.keeping import BACKUP_KEEP_DAYS, BACKUP_KEEP_MONTHS
from studio_app.base.private import FOLDER_MODE
from studio_app.storage import faults
from studio_app.storage.backups import leftovers
from studio_app.storage.backups.files import (
    BEFORE_RESTORE,
    BackupError,
    BackupInfo,
    DamagedSource,
    backup_name,
    copy_with_backup_api,
    fsync_folder,
    list_backups,
    local_now,
    unlink_quietly,
    write_error,
)
from studio_app.storage.backups.settings import BackupSettings

log = logging.getLogger("studio_app.storage")

KEEP_DAYS = BACKUP_KEEP_DAYS
KEEP_MONTHS = BACKUP_KEEP_MONTHS


def due(last_backup: datetime | None, now: datetime | None = None) -> bool:
    """Whether the automatic backup is due: at most once a (local) calendar day.

    A last backup dated after ``now`` (the clock was wrong then) counts as another day, so a
    clock put right does not stop the backups.
    """
    if last_backup is None:
        return True
    now = now or local_now()
    return last_backup.astimezone().date() != now.astimezone().date()


def backups_to_keep(backups: Iterable[BackupInfo], today: date) -> set[Path]:
    """The newest backup of each of the last ``KEEP_DAYS`` days and of each of the last
    ``KEEP_MONTHS`` months (this one included), the newest of all up to today (however old),
    and any dated after today (the clock was wrong: not ours to judge)."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    past = [b for b in ordered if b.taken_at.date() <= today]
    keep: set[Path] = {past[0].path} if past else set()
    days: set[date] = set()
    months: set[tuple[int, int]] = set()
    this_month = today.year * 12 + today.month
    for backup in ordered:
        day = backup.taken_at.date()
        if day > today:
            keep.add(backup.path)
            continue
        if (today - day).days < KEEP_DAYS and day not in days:
            days.add(day)
            keep.add(backup.path)
        month = (day.year, day.month)
        if this_month - (day.year * 12 + day.month) < KEEP_MONTHS and month not in months:
            months.add(month)
            keep.add(backup.path)
    return keep


def rotate(folder: Path, *, today: date | None = None) -> list[Path]:
    """Delete the backups of ours that ``backups_to_keep`` does not keep; returns them.

    Only files named like ours (``studio-YYYYMMDD-HHMMSS.sqlite3``) and our own temporary files
    left by a backup that was killed (``leftovers``) are ever deleted; anything else in the
    folder stays.
    """
    folder = Path(folder)
    today = today or date.today()
    backups = list_backups(folder)
    keep = backups_to_keep(backups, today)
    removed = []
    for backup in backups:
        if backup.path in keep:
            continue
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", backup.path, exc)
    leftovers.remove_partials(folder)
    return removed


def _prepare_folder(folder: Path) -> Path:
    """The backup folder, made if only its last part is missing; a Chinese error otherwise.

    Parents are never made: with the USB stick out, ``/media/user/U盘/备份`` would otherwise be
    created on the computer's own disk, and the backups would be hidden when the stick returns.
    """
    folder = Path(folder).expanduser()
    if folder.is_dir():
        return folder
    if folder.exists():
        raise BackupError(
            tr("备份位置“{folder}”是一个文件，不是文件夹。请在“备份设置”中选择一个文件夹。").format(
                folder=folder
            )
        )
    if not folder.parent.is_dir():
        raise BackupError(
            tr(
                "备份文件夹“{folder}”不存在。如果备份放在 U 盘或移动硬盘上，请插好后重试；"
                "也可以在“备份设置”中换一个文件夹。这次没有备份，下次会再试。"
            ).format(folder=folder)
        )
    try:
        folder.mkdir(mode=FOLDER_MODE)
    except OSError as exc:
        raise write_error(folder, exc) from exc
    return folder


def _damaged_source(detail: object) -> BackupError:
    return BackupError(
        tr(
            "这次没有备份：数据库已损坏（{error}），以前的备份都保持不变。请用“检查数据库”查看，"
            "或从以前的备份恢复。"
        ).format(error=detail)
    )


def _backup_from(source: sqlite3.Connection, folder: Path, now: datetime | None) -> BackupInfo:
    folder = _prepare_folder(folder)
    taken = (now or local_now()).astimezone().replace(microsecond=0)
    final = folder / backup_name(taken)
    partial = folder / f".{final.stem}-{uuid.uuid4().hex[:8]}.partial"
    try:
        with leftovers.working_in(folder):  # the partial file is not a leftover meanwhile
            copy_with_backup_api(source, partial, check=True)
            os.replace(partial, final)  # a backup made in the same second is replaced
        fsync_folder(folder)
        size = final.stat().st_size
    except DamagedSource as exc:
        raise _damaged_source(exc) from exc
    except sqlite3.Error as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise _damaged_source(exc) from exc
        raise write_error(folder, exc) from exc
    except OSError as exc:
        raise write_error(folder, exc) from exc
    finally:
        unlink_quietly(partial, partial.with_name(partial.name + "-journal"))
    log.info("backed up to %s (%d bytes)", final, size)
    return BackupInfo(final, taken, size)


def backup_and_rotate(
    source: sqlite3.Connection,
    db_path: Path,
    folder: Path | None,
    settings: BackupSettings,
    now: datetime | None,
) -> BackupInfo:
    target = Path(folder).expanduser() if folder else settings.folder_for(db_path)
    if target.exists() and target.resolve() == (db_path.parent / BEFORE_RESTORE).resolve():
        raise BackupError(tr("请不要把备份放在“{name}”文件夹中。").format(name=BEFORE_RESTORE))
    info = _backup_from(source, target, now)
    settings.record_backup(db_path, info)
    try:
        removed = rotate(info.path.parent, today=info.taken_at.date())
    except OSError as exc:
        log.warning("rotating %s failed: %s", info.path.parent, exc)
        removed = []
    return BackupInfo(info.path, info.taken_at, info.size, tuple(removed))


def backup_file(
    db_path: Path,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
    settings: BackupSettings | None = None,
) -> BackupInfo:
    """Back up the SQLite file at ``db_path`` into ``folder`` (default: its configured one),
    record it, rotate. The file may be open in the window meanwhile; it is not changed (not
    upgraded, not switched to WAL), so this is what the command line uses."""
    db_path = Path(db_path)
    fault = faults.diagnose(db_path)  # a folder, nothing there, 0 bytes: said as such
    if fault is not None:
        raise fault
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        source.execute("PRAGMA busy_timeout=5000")
        return backup_and_rotate(source, db_path, folder, settings or BackupSettings(), now)
    finally:
        source.close()
