"""Restoring: the verified copy replaces the database, the current one kept in before-restore,
its users and audit log carried over into the restored one (``carry_over``)."""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studio_app.base.errors import DatabaseError
from studio_app.base.i18n import tr
from studio_app.base.private import make_folder
from studio_app.storage.backups.carry_over import CarriedOver, carry_over
from studio_app.storage.backups.check import BackupReport, inspect, stage
from studio_app.storage.backups.files import (
    BEFORE_RESTORE,
    BackupError,
    copy_with_backup_api,
    copy_with_wal,
    fsync_file,
    fsync_folder,
    unlink_quietly,
    write_error,
)
from studio_app.storage.backups.leftovers import restoring
from studio_app.storage.migrate import upgrade_file

log = logging.getLogger("studio_app.storage")


@dataclass(frozen=True)
class RestoreResult:
    """A restore that was done.

    Attributes:
        report: what was verified in the backup before it replaced the database.
        db_path: the database file that now holds the backup's data.
        kept: the copy of the database as it was before (in ``before-restore``), or None when
            there was no database file.
        carried: what of it the restored database kept (its users and audit log).
    """

    report: BackupReport
    db_path: Path
    kept: Path | None
    carried: CarriedOver


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _keep_current(db_path: Path) -> Path:
    """A copy of the database as it is now in ``before-restore`` beside it: through the online
    backup API, or byte for byte (with its ``-wal``) if the file is too damaged to read."""
    folder = db_path.parent / BEFORE_RESTORE
    try:
        make_folder(folder)
    except OSError as exc:
        raise write_error(folder, exc) from exc
    target = folder / f"{db_path.stem}-{_stamp()}{db_path.suffix}"
    try:
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True)
        try:
            source.execute("PRAGMA busy_timeout=5000")
            copy_with_backup_api(source, target, check=False)
        finally:
            source.close()
        return target
    except sqlite3.DatabaseError as exc:  # damaged: keep its bytes as they are
        log.info("current database unreadable (%s): keeping its bytes", exc)
        target.unlink(missing_ok=True)
    try:
        copy_with_wal(db_path, target)
    except OSError as exc:
        raise write_error(folder, exc) from exc
    return target


def _release(db_path: Path) -> None:
    """Fold the ``-wal`` into the file and make sure no other program has the database open.

    Closing the last connection to a database in WAL mode checkpoints and deletes its ``-wal``
    and ``-shm``; if they are still there, another window or program holds it open, and
    replacing the file under it would corrupt what it writes next.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    readable = True
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True)
        try:
            connection.execute("PRAGMA busy_timeout=2000")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        readable = False
    if readable and wal.exists():
        raise BackupError(
            tr(
                "数据库“{path}”正被另一个窗口或程序使用，不能恢复。请先关闭其他打开这个数据库的"
                "委员工作室助手窗口，再重试。"
            ).format(path=db_path)
        )


def _upgrade(staging: Path, source: Path) -> None:
    try:
        upgrade_file(staging)
    except Exception as exc:
        log.exception("upgrading the copy of %s failed", source)
        raise DatabaseError(
            tr("备份“{path}”无法升级到本程序的结构版本（{error}），没有恢复。").format(
                path=source, error=exc
            )
        ) from exc


@restoring  # its staging copy beside the database is not a leftover while it runs
def restore(file: Path, db_path: Path, *, by: str = "") -> RestoreResult:
    """Replace the database at ``db_path`` by the backup ``file``, after verifying it.

    The caller must have closed every connection to ``db_path`` (``Database.close()``). Steps:
    copy the backup beside the database and verify that copy (``verify``'s checks); upgrade
    the copy if it is older (the backup itself is untouched); keep the current database in
    ``before-restore``; fold its ``-wal`` in (refused if another program has it open); carry
    its users and audit log over into the copy and record the restore, done by ``by`` (a user
    name, "" before logins), as the log's newest event (``carry_over``); rename the copy over
    the database. Any failure before the rename leaves the current database as it was.
    """
    source, target = Path(file), Path(db_path)
    if source.is_dir():
        raise BackupError(tr("“{path}”是一个文件夹，请选择一个备份文件。").format(path=source))
    if target.exists() and source.exists() and source.resolve() == target.resolve():
        raise BackupError(
            tr("“{path}”就是当前的数据库文件，不能用它自己恢复。请选择一个备份文件。").format(
                path=source
            )
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(target.parent, exc) from exc
    staging = target.with_name(f".{target.name}.restore-{uuid.uuid4().hex[:8]}")
    try:
        stage(source, staging)
        report = inspect(staging, source)
        connection = sqlite3.connect(staging)
        try:  # one self-contained file: the -wal copied with it goes into the file
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
        if report.needs_upgrade:
            _upgrade(staging, source)
        kept = _keep_current(target) if target.exists() else None
        if target.exists():
            _release(target)
        try:
            carried = carry_over(staging, kept, by=by, backup=report.path, taken_at=report.taken_at)
        except sqlite3.Error as exc:  # the disk is full, say: nothing was replaced
            raise write_error(target.parent, exc) from exc
        fsync_file(staging)
        for sidecar in _sidecars(target):  # of a damaged file; kept with it above
            sidecar.unlink(missing_ok=True)
        os.replace(staging, target)
        fsync_folder(target.parent)
    except OSError as exc:
        raise write_error(target.parent, exc) from exc
    finally:
        unlink_quietly(staging, *_sidecars(staging))
    log.info("restored %s from %s (kept %s)", target, source, kept)
    return RestoreResult(report, target, kept, carried)
