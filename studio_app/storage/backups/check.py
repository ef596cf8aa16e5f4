"""Verifying a backup before it is restored, and checking the database itself: integrity,
foreign keys, schema revision, and (``storage.audit_log``) the audit log's chain and guards and
the login switch."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studio_app.base.errors import DatabaseError
from studio_app.base.i18n import tr, trn
from studio_app.base.labels import count_text
from studio_app.core.models import COUNTED
from studio_app.storage.audit_log import audit_problems
from studio_app.storage.backups.files import (
    BackupError,
    backup_time,
    copy_with_wal,
    format_size,
    format_time,
)
from studio_app.storage.database import Database, sqlite_path
from studio_app.storage.migrate import (
    VERSION_TABLE,
    current_revision,
    head_revision,
    known_revisions,
)

log = logging.getLogger("studio_app.storage")


SQLITE_HEADER = b"SQLite format 3\x00"


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
        return tr("、").join(count_text(k, n) for k, n in self.counts.items())

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


def stage(source: Path, target: Path) -> None:
    """Copy the file (and a ``-wal`` beside it, which holds its latest commits) to ``target``."""
    try:
        copy_with_wal(source, target)
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
        trn("表“{table}”中有 %n 行引用了不存在的“{parent}”记录（行号 {rows}）。", len(rows)).format(
            table=table,
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
    """Integrity, foreign keys, a schema revision this program knows, the audit log and the
    login switch; [] when all is well."""
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
        else:
            fetch = lambda sql: connection.execute(sql).fetchall()  # noqa: E731
            problems += audit_problems(fetch, revision, server=False)
        return problems
    except sqlite3.DatabaseError as exc:
        return [
            tr("“{name}”不是有效的数据库文件，或者文件已损坏（{error}）。").format(
                name=name, error=exc
            )
        ]


def inspect(copy: Path, source: Path) -> BackupReport:
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
        stage(source, copy)
        return inspect(copy, source)


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
    """Problems of an open database: integrity and foreign keys (SQLite), schema revision, the
    audit log's chain and guards, the login switch."""
    path = sqlite_path(db.url)
    if path is not None:
        return check_file(path)

    try:
        connection = db.engine.connect()
    except Exception as exc:  # the server is unreachable or refuses: that is the problem found
        return [tr("无法连接数据库：{error}").format(error=exc)]
    with connection:
        try:
            revision = current_revision(connection)
        except Exception as exc:  # no right to read it, say
            return [tr("无法连接数据库：{error}").format(error=exc)]
        if problem := _revision_problem(revision, {"?"}, db.display_name):
            return [problem]
        fetch = lambda sql: connection.exec_driver_sql(sql).all()  # noqa: E731
        return audit_problems(fetch, revision, server=True)
