"""Database faults in Chinese: the one place that turns what SQLite, PostgreSQL and the disk
report into a ``DatabaseFault`` saying what happened and what to do.

``translate`` is applied around every unit of work (``Database.session``) and when a database
is opened (``migrate.open_database``); ``diagnose`` looks at a database file's path before it is
opened (a folder, nothing there, 0 bytes), with nothing but ``stat`` (opening the file with
another descriptor would drop SQLite's locks on it in this process).

A SQLite error names a class of problem, not its cause: "attempt to write a readonly database"
or "unable to open database file" is said for a read-only file, a read-only folder (the
``-wal`` cannot be made beside it), a read-only USB stick or a missing folder alike, so the
file system is looked at to tell the user which one it is. Faults are logged with the kind and
the driver's message only, never with a statement's values.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import URL
from sqlalchemy.exc import DBAPIError, IntegrityError

from studio_app.base.errors import DatabaseFault, FaultKind
from studio_app.base.i18n import tr
from studio_app.base.redact import describe

log = logging.getLogger("studio_app.storage")

LOCK_WAIT_SECONDS = 5  # SQLite's busy_timeout and PostgreSQL's lock_timeout
LOW_SPACE_BYTES = 1024 * 1024  # less than this left on the disk counts as full

# SQLite's primary result codes (sqlite.org/rescode.html)
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3, 5, 6, 8, 10, 11, 13, 14, 26,
)  # fmt: skip
_LOCK_STATES = {"55P03", "57014", "40P01"}  # lock_not_available, query_canceled, deadlock


def _name(path: Path | None, url: URL | None) -> str:
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True) if url is not None else ""


# ---- the messages ---------------------------------------------------------------------------


def locked(path: Path | None, url: URL | None = None) -> DatabaseFault:
    if path is None:
        text = tr(
            "服务器上的数据库“{name}”中，要修改的记录正被另一台电脑修改，等了 {s} 秒仍未完成，"
            "这次没有保存。请稍后再试；如果一直这样，请联系服务器管理员。"
        )
    else:
        text = tr(
            "数据库“{name}”正被另一个窗口或程序写入，等了 {s} 秒仍未完成，这次没有保存。"
            "请稍后再试；如果一直这样，请关闭其他打开这个数据库的委员工作室助手窗口"
            "（或其他电脑上通过共享文件夹打开它的程序）。"
        )
    return DatabaseFault(FaultKind.LOCKED, text.format(name=_name(path, url), s=LOCK_WAIT_SECONDS))


def read_only_file(path: Path) -> DatabaseFault:
    return DatabaseFault(
        FaultKind.READ_ONLY,
        tr(
            "数据库文件“{name}”是只读的（文件设为只读，或这个账户没有写入权限），不能保存修改，"
            "这次没有保存。请取消文件的只读属性，或把它复制到可以写入的文件夹（如“文档”）后再打开。"
        ).format(name=path),
    )


def read_only_folder(path: Path, *, medium: bool = False) -> DatabaseFault:
    text = (
        tr(
            "数据库“{name}”所在的磁盘是只读的（写保护的 U 盘、光盘或只读共享），程序不能在上面保存，"
            "这次没有保存。请打开 U 盘的写保护开关，或把数据库复制到电脑上可以写入的文件夹后再打开。"
        )
        if medium
        else tr(
            "数据库“{name}”所在的文件夹“{folder}”不能写入（这个账户没有写入权限），程序无法在里面"
            "保存，这次没有保存。请把数据库复制到可以写入的文件夹（如“文档”）后再打开，"
            "或请电脑管理员给这个文件夹写入权限。"
        )
    )
    return DatabaseFault(FaultKind.READ_ONLY, text.format(name=path, folder=path.parent))


def read_only_server(url: URL | None) -> DatabaseFault:
    return DatabaseFault(
        FaultKind.READ_ONLY,
        tr(
            "服务器上的数据库“{name}”现在只允许读取（或这个账户没有修改权限），这次没有保存。"
            "请联系服务器管理员。"
        ).format(name=_name(None, url)),
    )


def disk_full(path: Path | None, url: URL | None = None) -> DatabaseFault:
    if path is None:
        text = tr(
            "服务器“{name}”的磁盘已满，这次没有保存；已保存的资料不受影响。请联系服务器管理员腾出空间。"
        )
        return DatabaseFault(FaultKind.DISK_FULL, text.format(name=_name(None, url)))
    return DatabaseFault(
        FaultKind.DISK_FULL,
        tr(
            "数据库“{name}”所在的磁盘已满，这次没有保存；已保存的资料不受影响。请删除不需要的文件、"
            "清空回收站，腾出空间后再试。"
        ).format(name=path),
    )


def disk_error(path: Path) -> DatabaseFault:
    return DatabaseFault(
        FaultKind.DISK_ERROR,
        tr(
            "读写数据库文件“{name}”时磁盘出错（U 盘被拔出，或磁盘有故障），这次没有保存。"
            "请检查磁盘或 U 盘后重新打开程序；如果反复出现，请用“检查数据库”查看，必要时从备份恢复。"
        ).format(name=path),
    )


def damaged(
    path: Path | None, url: URL | None = None, detail: str = "", *, not_a_database: bool = False
) -> DatabaseFault:
    name = _name(path, url)
    if path is None:
        return DatabaseFault(
            FaultKind.DAMAGED,
            tr("服务器上的数据库“{name}”报告数据已损坏，这次没有保存。请立即联系服务器管理员。")
            .format(name=name),
        )  # fmt: skip
    how = tr(
        "请从备份恢复（窗口中“文件 → 从备份恢复”，或命令 studio-app restore 备份文件 --db 数据库）；"
        "原文件在恢复时另存到 before-restore 文件夹。"
    )
    if not_a_database:
        text = tr(
            "“{name}”不是数据库文件，或者文件已损坏（文件开头不是 SQLite 数据库的标记），程序不使用它。"
            "请选择正确的数据库文件；如果它原来就是委员工作室助手的数据库，"
        )
    else:
        text = tr("数据库文件“{name}”已损坏（{detail}）。为免损失扩大，程序不使用它。")
    return DatabaseFault(
        FaultKind.DAMAGED, text.format(name=name, detail=detail or tr("文件内部结构损坏")) + how
    )


def empty(path: Path) -> DatabaseFault:
    return DatabaseFault(
        FaultKind.EMPTY,
        tr(
            "数据库文件“{name}”是空的（0 字节），里面没有任何资料，可能在复制、保存或断电时出了问题。"
            "程序不会把它当作新的空数据库使用。请从备份恢复。"
        ).format(name=path),
    )


def missing(path: Path) -> DatabaseFault:
    if path.parent.is_dir():
        text = tr(
            "找不到数据库文件“{name}”。请检查路径或文件名是否写错；如果文件被移动或删除了，"
            "可以从备份恢复。程序不会在这里悄悄新建一个空数据库。"
        )
    else:
        text = tr(
            "找不到数据库文件“{name}”：文件夹“{folder}”不存在（路径写错了，或 U 盘、移动硬盘没有插好？）。"
            "请检查路径后重试。"
        )
    return DatabaseFault(FaultKind.MISSING, text.format(name=path, folder=path.parent))


def not_a_file(path: Path) -> DatabaseFault:
    return DatabaseFault(
        FaultKind.NOT_A_FILE,
        tr("“{name}”是一个文件夹，不是数据库文件。请写出数据库文件本身，例如“{example}”。").format(
            name=path, example=Path(path) / "studio.sqlite3"
        ),
    )


def server(url: URL | None, reason: str) -> DatabaseFault:
    return DatabaseFault(
        FaultKind.SERVER,
        tr(
            "无法使用服务器上的数据库“{name}”：{reason}。请检查网络、服务器地址、用户名和密码，"
            "或联系服务器管理员。"
        ).format(name=_name(None, url), reason=reason),
    )


# ---- looking at the file system ---------------------------------------------------------------


def diagnose(
    path: Path, *, missing_ok: bool = False, empty_ok: bool = False
) -> DatabaseFault | None:
    """What is wrong with the database file at ``path`` before it is opened: a folder, nothing
    there (unless ``missing_ok``), 0 bytes (unless ``empty_ok``); None when it may be opened."""
    path = Path(path)
    if path.is_dir():
        return not_a_file(path)
    if not path.exists():
        return None if missing_ok else missing(path)
    try:
        size = path.stat().st_size
    except OSError:
        return None  # let SQLite say what it finds
    if size == 0 and not empty_ok:
        return empty(path)
    return None


def _read_only_medium(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _free_bytes(folder: Path) -> int | None:
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):
        try:
            import shutil

            return shutil.disk_usage(folder).free
        except OSError:
            return None
    return stat.f_bavail * stat.f_frsize


def _writable(path: Path, folder: bool = False) -> bool:
    mode = os.W_OK | (os.X_OK if folder else 0)
    return os.access(path, mode)


def file_system_fault(path: Path, *, writing: bool) -> DatabaseFault | None:
    """The cause of a SQLite "cannot open / cannot write / disk I/O" error, from the file
    system; None when nothing wrong is seen there."""
    folder = path.parent
    if path.is_dir():
        return not_a_file(path)
    if not folder.is_dir():
        blocked = any(p.exists() and not p.is_dir() for p in (folder, *folder.parents))
        return None if blocked else missing(path)  # a file standing in the path: no diagnosis
    if _read_only_medium(folder):
        return read_only_folder(path, medium=True)
    if path.exists() and not _writable(path):
        return read_only_file(path)
    if not _writable(folder, folder=True):
        return read_only_folder(path)
    free = _free_bytes(folder)
    if writing and free is not None and free < LOW_SPACE_BYTES:
        return disk_full(path)
    return None


# ---- translating an exception -----------------------------------------------------------------


def _sqlite_fault(error: sqlite3.Error, path: Path | None) -> DatabaseFault | None:
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in (_BUSY, _LOCKED) or "database is locked" in text or "is locked" in text:
        return locked(path)
    if primary == _FULL or "disk is full" in text:
        return disk_full(path)
    if primary == _NOTADB or "not a database" in text:
        return damaged(path, not_a_database=True)
    if primary == _CORRUPT or "malformed" in text:
        return damaged(path, detail=tr("文件内部结构损坏"))
    if path is None:
        return None
    readonly = primary == _READONLY or "readonly" in text or "read-only" in text
    cannot_open = primary in (_CANTOPEN, _PERM) or "unable to open" in text
    io_error = primary == _IOERR or "disk i/o error" in text
    if readonly or cannot_open or io_error:
        found = file_system_fault(path, writing=readonly or io_error)
        if found is not None:
            return found
        if readonly:
            return read_only_file(path)
        if cannot_open:
            return missing(path) if not path.exists() else read_only_folder(path)
        return disk_error(path)
    return None


def _server_reason(error: BaseException, state: str | None) -> str:
    text = str(error).lower()
    if state in ("28P01", "28000") or "password" in text or "authentication" in text:
        return tr("用户名或密码不对")
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return tr("服务器上没有这个数据库")
    if state == "53300" or "too many" in text:
        return tr("服务器的连接数已满")
    if state in ("57P01", "57P02", "57P03") or "shutting down" in text or "starting up" in text:
        return tr("服务器正在关闭或启动")
    if "timeout" in text or "timed out" in text:
        return tr("服务器没有响应")
    if "refused" in text:
        return tr("服务器拒绝连接（服务没有运行，或地址、端口不对）")
    if "could not translate host name" in text or "name or service not known" in text:
        return tr("找不到这个服务器地址")
    return tr("连接失败或被中断")


def _postgres_fault(error: BaseException, url: URL | None) -> DatabaseFault | None:
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if state in _LOCK_STATES:
        return locked(None, url)
    if state == "25006" or state == "42501":  # read_only_sql_transaction, insufficient_privilege
        return read_only_server(url)
    if state == "53100":
        return disk_full(None, url)
    if state in ("XX001", "XX002"):
        return damaged(None, url)
    if state is None or state.startswith(("08", "28", "3D", "53", "57P")):
        module = type(error).__module__
        if module.startswith(("psycopg", "psycopg2")):
            return server(url, _server_reason(error, state))
    return None


def translate(exc: BaseException, url: URL | None, path: Path | None) -> DatabaseFault | None:
    """The ``DatabaseFault`` for a database error, or None when it is not a fault of the
    database, the disk or the server (a bug, or an integrity error a service handles).

    The errors it led to are looked through too: after a full disk SQLite has already rolled
    the transaction back, so the rollback to a savepoint that follows fails ("no such
    savepoint") with the full disk as its context.
    """
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen and len(seen) < 10:
        seen.add(id(error))
        fault = _translate_one(error, url, path)
        if fault is not None:
            return fault
        error = error.__cause__ or error.__context__
    return None


def _translate_one(exc: BaseException, url: URL | None, path: Path | None) -> DatabaseFault | None:
    if isinstance(exc, DatabaseFault):
        return exc
    if isinstance(exc, IntegrityError):
        return None
    error: BaseException | None = exc
    if isinstance(exc, DBAPIError):
        error = exc.orig
        if exc.connection_invalidated and url is not None and path is None and error is None:
            return server(url, tr("连接失败或被中断"))
    fault = None
    if isinstance(error, sqlite3.Error):
        fault = _sqlite_fault(error, path)
    elif error is not None and path is None:
        fault = _postgres_fault(error, url)
    if fault is not None:
        log.info("database fault %s: %s", fault.kind.value, describe(error or exc))
    return fault
