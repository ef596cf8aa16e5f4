"""Backups of the SQLite database: made while it is open, rotated, verified, restored, checked.

A backup is made with SQLite's online backup API (a consistent copy while the program goes on
writing) into a temporary file in the backup folder, made a single self-contained file
(``journal_mode=DELETE``), flushed to the disk and renamed to ``studio-YYYYMMDD-HHMMSS.sqlite3``
(local time): a backup file is either complete or absent, also on a USB stick pulled out
half-way. ``rotate`` keeps the newest backup of each of the last 30 days and of each of the last
12 months and never deletes a file whose name is not one of ours.

Where the backups go and when the last one was made is kept per database file in a small JSON
file in the user's config folder (``backup.json``), not in the database: the folder is a path on
this computer (a USB stick is ``E:\\`` on one PC and ``/media/…`` on another), a restore must not
bring back an old "last backup" time, and the settings must be readable when the database is
not. An absent folder (the stick is not plugged in) is a ``BackupError`` with a Chinese message;
nothing is recorded, so the next attempt tries again.

A restore verifies the backup first (``verify``: integrity check, foreign keys, a schema
revision this program knows, the counts to show the user), on a private copy that then becomes
the database, so what was verified is what is installed. The current database is kept first in
a ``before-restore`` folder beside it. The caller must close its ``Database`` before
``restore``; ``restore_and_reopen`` does close → restore → open for the window.

A PostgreSQL database (the county server) is backed up by its administrator with ``pg_dump``;
these functions say so in Chinese instead of trying.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from studio_app.base.errors import DatabaseError, StudioError
from studio_app.base.i18n import tr
from studio_app.core.stats import COUNTED
from studio_app.storage.database import Database, config_dir, sqlite_path
from studio_app.storage.migrate import VERSION_TABLE, head_revision, known_revisions

if TYPE_CHECKING:
    from studio_app.core.services import Services

log = logging.getLogger("studio_app.storage")

NAME_PREFIX = "studio-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
BACKUP_NAME = re.compile(r"^studio-(\d{8}-\d{6})\.sqlite3$")
PARTIAL_NAME = re.compile(r"^\.studio-\d{8}-\d{6}-[0-9a-f]{8}\.partial$")
KEEP_DAYS = 30
KEEP_MONTHS = 12
DEFAULT_FOLDER_NAME = "backups"  # beside the database, until the user picks a folder
BEFORE_RESTORE = "before-restore"
SETTINGS_FILE = "backup.json"
SQLITE_HEADER = b"SQLite format 3\x00"
PARTIAL_MAX_AGE = timedelta(hours=1)  # a temporary file this old was left by a killed backup

COUNT_LABELS = {
    "studios": "工作室",
    "members": "委员",
    "households": "联系户",
    "linkages": "联户关系",
    "visits": "走访",
    "reception_days": "接待日",
    "visitors": "来访群众",
    "requests": "诉求",
    "meetings": "会议",
}


class BackupError(StudioError):
    """A backup or restore could not be done; the message says why and what to do."""


def server_backup_message() -> str:
    return tr(
        "当前使用的是县政协服务器上的数据库（PostgreSQL），由服务器管理员用 pg_dump 统一备份，"
        "本程序不在这台电脑上备份或恢复它。如需恢复，请联系服务器管理员。"
    )


# ---- what a backup is ------------------------------------------------------------------------


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


@dataclass(frozen=True)
class BackupReport:
    """What ``verify`` found in a backup file (it passed every check, or ``verify`` raised).

    Attributes:
        path: the file verified.
        taken_at: when it was made: from a name of ours, else the file's modification time.
        revision: its schema revision; ``head`` is this program's newest.
        counts: rows per entity (keys of ``core.stats.COUNTED``), for the user to recognise it.
        size: bytes.
    """

    path: Path
    taken_at: datetime
    revision: str
    head: str
    counts: dict[str, int]
    size: int

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head

    def counts_text(self) -> str:
        return tr("、").join(
            tr("{what} {n}").format(what=tr(COUNT_LABELS.get(k, k)), n=f"{n:,}")
            for k, n in self.counts.items()
        )

    def summary_lines(self) -> list[str]:
        """What was verified, in Chinese, one fact a line (for the CLI and the window)."""
        revision = (
            tr("{rev}（恢复后自动升级到 {head}）").format(rev=self.revision, head=self.head)
            if self.needs_upgrade
            else tr("{rev}（与本程序相同）").format(rev=self.revision)
        )
        return [
            tr("备份文件：{path}").format(path=self.path),
            tr("备份时间：{time}").format(time=format_time(self.taken_at)),
            tr("结构版本：{revision}").format(revision=revision),
            tr("记录：{counts}").format(counts=self.counts_text()),
            tr("文件大小：{size}").format(size=format_size(self.size)),
            tr("完整性检查：通过；外键检查：通过"),
        ]


@dataclass(frozen=True)
class RestoreResult:
    """A restore that was done.

    Attributes:
        report: what was verified in the backup before it replaced the database.
        db_path: the database file that now holds the backup's data.
        kept: the copy of the database as it was before (in ``before-restore``), or None when
            there was no database file.
    """

    report: BackupReport
    db_path: Path
    kept: Path | None


@dataclass(frozen=True)
class Reopened:
    """What ``restore_and_reopen`` leaves the window with.

    Attributes:
        services: the services over the database now open: the restored one, or the unchanged
            old one if the restore failed; None if neither could be opened.
        result: the restore, if it was done.
        error: why the restore (or the reopening) failed, to show the user; None on success.
    """

    services: Services | None
    result: RestoreResult | None
    error: StudioError | None


def format_time(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return tr("{n} KB").format(n=max(1, round(size / 1024)))
    return tr("{n:.1f} MB").format(n=size / 1024 / 1024)


def _local_now() -> datetime:
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


def due(last_backup: datetime | None, now: datetime | None = None) -> bool:
    """Whether the automatic backup is due: at most once a (local) calendar day.

    A last backup dated after ``now`` (the clock was wrong then) counts as another day, so a
    clock put right does not stop the backups.
    """
    if last_backup is None:
        return True
    now = now or _local_now()
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
    left by a backup that was killed are ever deleted; anything else in the folder stays.
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
    _remove_stale_partials(folder)
    return removed


def _remove_stale_partials(folder: Path) -> None:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    limit = datetime.now().timestamp() - PARTIAL_MAX_AGE.total_seconds()
    for path in entries:
        if PARTIAL_NAME.match(path.name) or (
            path.name.endswith("-journal") and PARTIAL_NAME.match(path.name[: -len("-journal")])
        ):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                pass


# ---- making a backup -------------------------------------------------------------------------


def _unlink_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
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
        folder.mkdir()
    except OSError as exc:
        raise _write_error(folder, exc) from exc
    return folder


def _write_error(folder: Path, exc: BaseException) -> BackupError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return BackupError(
        tr(
            "无法写入备份文件夹“{folder}”（{reason}）。请检查 U 盘是否插好、是否已满或被设为只读，"
            "或在“备份设置”中换一个文件夹。这次没有备份，下次会再试。"
        ).format(folder=folder, reason=reason)
    )


class _DamagedSource(Exception):
    """The copy just made fails SQLite's quick check: the database itself is damaged."""


def _copy_with_backup_api(source: sqlite3.Connection, target: Path, *, check: bool) -> None:
    """A consistent copy of ``source`` into the new file ``target``, as one self-contained file
    (rollback journal, nothing beside it), flushed to the disk. With ``check``, the copy must
    pass ``PRAGMA quick_check`` (0.3 s for a county's 400 MB), else ``_DamagedSource``."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)  # all pages in one step: one consistent snapshot
        dest.execute("PRAGMA journal_mode=DELETE")
        dest.commit()
        if check:
            found = [r[0] for r in dest.execute("PRAGMA quick_check")]
            if found != ["ok"]:
                raise _DamagedSource(found[0])
    finally:
        dest.close()
    _fsync_file(target)


def _damaged_source(detail: object) -> BackupError:
    return BackupError(
        tr(
            "这次没有备份：数据库已损坏（{error}），以前的备份都保持不变。请用“检查数据库”查看，"
            "或从以前的备份恢复。"
        ).format(error=detail)
    )


def _backup_from(source: sqlite3.Connection, folder: Path, now: datetime | None) -> BackupInfo:
    folder = _prepare_folder(folder)
    taken = (now or _local_now()).astimezone().replace(microsecond=0)
    final = folder / backup_name(taken)
    partial = folder / f".{final.stem}-{uuid.uuid4().hex[:8]}.partial"
    try:
        _copy_with_backup_api(source, partial, check=True)
        os.replace(partial, final)  # a backup made in the same second is replaced
        _fsync_folder(folder)
        size = final.stat().st_size
    except _DamagedSource as exc:
        raise _damaged_source(exc) from exc
    except sqlite3.Error as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise _damaged_source(exc) from exc
        raise _write_error(folder, exc) from exc
    except OSError as exc:
        raise _write_error(folder, exc) from exc
    finally:
        _unlink_quietly(partial, partial.with_name(partial.name + "-journal"))
    log.info("backed up to %s (%d bytes)", final, size)
    return BackupInfo(final, taken, size)


def _backup_and_rotate(
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
    if not db_path.is_file():
        raise BackupError(tr("找不到数据库文件“{path}”，无法备份。").format(path=db_path))
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        source.execute("PRAGMA busy_timeout=5000")
        return _backup_and_rotate(source, db_path, folder, settings or BackupSettings(), now)
    finally:
        source.close()


# ---- verifying -------------------------------------------------------------------------------


def _stage(source: Path, target: Path) -> None:
    """Copy the file (and a ``-wal`` beside it, which holds its latest commits) to ``target``."""
    try:
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except FileNotFoundError as exc:
        raise BackupError(
            tr("找不到备份文件“{path}”，可能已被移动或删除（U 盘是否已拔出？）。").format(
                path=source
            )
        ) from exc
    except IsADirectoryError as exc:
        raise BackupError(
            tr("“{path}”是一个文件夹，请选择一个备份文件。").format(path=source)
        ) from exc
    except OSError as exc:
        raise BackupError(
            tr("无法读取或复制“{path}”（{reason}）。").format(
                path=source, reason=exc.strerror or exc
            )
        ) from exc


def _damaged(name: Path, detail: str) -> DatabaseError:
    return DatabaseError(
        tr("“{name}”不是有效的数据库文件，或者文件已损坏（{detail}），不能用于恢复。").format(
            name=name, detail=detail
        )
    )


def _foreign_key_problems(connection: sqlite3.Connection) -> list[str]:
    broken: dict[tuple[str, str], list[int]] = {}
    for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
        broken.setdefault((table, parent), []).append(rowid)
    return [
        tr("表“{table}”中有 {n} 行引用了不存在的“{parent}”记录（行号 {rows}）。").format(
            table=table,
            n=len(rows),
            parent=parent,
            rows=tr("、").join(str(r) for r in rows[:10]) + ("…" if len(rows) > 10 else ""),
        )
        for (table, parent), rows in broken.items()
    ]


def _table_names(connection: sqlite3.Connection) -> set[str]:
    return {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _revision_problem(revision: str | None, tables: set[str], name: object) -> str | None:
    if revision is None:
        if tables:
            return tr(
                "“{name}”不是委员工作室助手的数据库（里面是其他数据表）。"
            ).format(name=name)  # fmt: skip
        return tr("“{name}”是一个空的数据库，里面没有委员工作室助手的数据。").format(name=name)
    if revision not in known_revisions():
        return tr(
            "“{name}”由更新版本的委员工作室助手创建（结构版本 {rev}），本程序无法使用，"
            "以免损坏数据。请安装最新版本后再试。"
        ).format(name=name, rev=revision)
    return None


def _sqlite_problems(connection: sqlite3.Connection, name: object) -> list[str]:
    """Integrity, foreign keys and a schema revision this program knows; [] when all is well."""
    try:
        integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            return [tr("完整性检查：{problem}").format(problem=p) for p in integrity]
        problems = _foreign_key_problems(connection)
        tables = _table_names(connection)
        revision = None
        if VERSION_TABLE in tables:
            revision = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = revision[0] if revision else None
        if problem := _revision_problem(revision, tables - {"sqlite_sequence"}, name):
            problems.append(problem)
        return problems
    except sqlite3.DatabaseError as exc:
        return [
            tr("“{name}”不是有效的数据库文件，或者文件已损坏（{error}）。").format(
                name=name, error=exc
            )
        ]


def _inspect(copy: Path, source: Path) -> BackupReport:
    """Check a private copy of ``source`` (raises a Chinese ``DatabaseError``); its report."""
    with open(copy, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        raise DatabaseError(
            tr("“{name}”是一个空文件（0 字节），不是数据库，不能用于恢复。").format(name=source)
        )
    if header != SQLITE_HEADER:
        raise _damaged(source, tr("文件开头不是 SQLite 数据库的标记"))
    connection = sqlite3.connect(copy)
    try:
        try:
            integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            raise _damaged(source, str(exc)) from exc
        if integrity != ["ok"]:
            raise _damaged(source, tr("完整性检查：{first}").format(first=integrity[0]))
        tables = _table_names(connection)
        revision = None
        if VERSION_TABLE in tables:
            row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = row[0] if row else None
        if problem := _revision_problem(revision, tables - {"sqlite_sequence"}, source):
            raise DatabaseError(problem + tr("不能用于恢复。"))
        broken = _foreign_key_problems(connection)
        if broken:
            raise _damaged(source, broken[0])
        counts = {
            key: connection.execute(f'SELECT count(*) FROM "{model.__tablename__}"').fetchone()[0]
            for key, model in COUNTED.items()
            if model.__tablename__ in tables
        }
    finally:
        connection.close()
    try:
        stat = source.stat()
    except OSError:  # gone since it was copied (a USB stick pulled out): the copy is what counts
        stat = copy.stat()
    taken = backup_time(source) or datetime.fromtimestamp(stat.st_mtime).astimezone()
    return BackupReport(source, taken, revision, head_revision(), counts, stat.st_size)


def verify(file: Path) -> BackupReport:
    """Check that ``file`` is a sound database of ours that this program can open.

    Checked on a private copy (with its ``-wal``, if any): the file itself is never written,
    not even the ``-shm`` SQLite makes beside a database in WAL mode. Raises ``DatabaseError``
    for a damaged, foreign or newer file and ``BackupError`` for one that cannot be read.
    """
    source = Path(file)
    if source.is_dir():
        raise BackupError(tr("“{path}”是一个文件夹，请选择一个备份文件。").format(path=source))
    with tempfile.TemporaryDirectory(prefix="studio-verify-") as folder:
        copy = Path(folder) / "candidate.sqlite3"
        _stage(source, copy)
        return _inspect(copy, source)


# ---- checking the database -------------------------------------------------------------------


def check_file(path: Path) -> list[str]:
    """Problems of the SQLite file at ``path`` (integrity, foreign keys, schema revision).

    The file is opened as it is (never created, never upgraded), so it may be checked while the
    program has it open.
    """
    path = Path(path)
    if not path.is_file():
        return [tr("找不到数据库文件“{path}”。").format(path=path)]
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        return [tr("无法打开数据库“{path}”（{error}）。").format(path=path, error=exc)]
    try:
        connection.execute("PRAGMA busy_timeout=5000")
        return _sqlite_problems(connection, path)
    finally:
        connection.close()


def check(db: Database) -> list[str]:
    """Problems of an open database: integrity and foreign keys (SQLite), schema revision."""
    path = sqlite_path(db.url)
    if path is not None:
        return check_file(path)
    from studio_app.storage.migrate import current_revision

    try:
        with db.engine.connect() as connection:
            revision = current_revision(connection)
    except Exception as exc:  # the server is unreachable or refuses: that is the problem found
        return [tr("无法连接数据库：{error}").format(error=exc)]
    problem = _revision_problem(revision, {"?"}, db.display_name)
    return [problem] if problem else []


# ---- restoring -------------------------------------------------------------------------------


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _keep_current(db_path: Path) -> Path:
    """A copy of the database as it is now in ``before-restore`` beside it: through the online
    backup API, or byte for byte (with its ``-wal``) if the file is too damaged to read."""
    folder = db_path.parent / BEFORE_RESTORE
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise _write_error(folder, exc) from exc
    target = folder / f"{db_path.stem}-{_stamp()}{db_path.suffix}"
    try:
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True)
        try:
            source.execute("PRAGMA busy_timeout=5000")
            _copy_with_backup_api(source, target, check=False)
        finally:
            source.close()
        return target
    except sqlite3.DatabaseError as exc:  # damaged: keep its bytes as they are
        log.info("current database unreadable (%s): keeping its bytes", exc)
        target.unlink(missing_ok=True)
    try:
        shutil.copyfile(db_path, target)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        raise _write_error(folder, exc) from exc
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


def restore(file: Path, db_path: Path) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup ``file``, after verifying it.

    The caller must have closed every connection to ``db_path`` (``Database.close()``). Steps:
    copy the backup beside the database and verify that copy (``verify``'s checks); keep the
    current database in ``before-restore``; fold its ``-wal`` in (refused if another program
    has it open); rename the verified copy over it. Any failure before the rename leaves the
    current database as it was. A backup at an older revision is upgraded by the next
    ``open_database`` (which copies it aside first).
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
        raise _write_error(target.parent, exc) from exc
    staging = target.with_name(f".{target.name}.restore-{uuid.uuid4().hex[:8]}")
    try:
        _stage(source, staging)
        report = _inspect(staging, source)
        connection = sqlite3.connect(staging)
        try:  # one self-contained file: the -wal copied with it goes into the file
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
        _fsync_file(staging)
        kept = _keep_current(target) if target.exists() else None
        if target.exists():
            _release(target)
        for sidecar in _sidecars(target):  # of a damaged file; kept with it above
            sidecar.unlink(missing_ok=True)
        os.replace(staging, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        raise _write_error(target.parent, exc) from exc
    finally:
        _unlink_quietly(staging, *_sidecars(staging))
    log.info("restored %s from %s (kept %s)", target, source, kept)
    return RestoreResult(report, target, kept)


def restore_and_reopen(services: Services, file: Path) -> Reopened:
    """For the window: close its database, restore ``file`` over it, open it again.

    Nothing is raised for a failed restore: the window gets the old database reopened (the
    restore changed nothing) together with the error to show.
    """
    from studio_app.core.services import Services
    from studio_app.storage.migrate import open_database

    path = sqlite_path(services.db.url)
    if path is None:
        return Reopened(services, None, BackupError(server_backup_message()))
    services.db.close()
    try:
        result = restore(file, path)
    except StudioError as exc:
        try:
            return Reopened(Services(open_database(path)), None, exc)
        except StudioError:
            return Reopened(None, None, exc)
    try:
        return Reopened(Services(open_database(path)), result, None)
    except StudioError as exc:
        return Reopened(None, result, exc)


# ---- settings: where the backups go, when the last one was made -----------------------------


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


# ---- the service the window and the command line use -----------------------------------------


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
            return _backup_and_rotate(source, path, folder, self.settings, now)

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
