"""How the command line ends: an exit code for each kind of failure, a Chinese sentence on
standard error, the details in the log.

``main`` in ``cli.py`` starts the log (``start_log``) and hands any exception of a command to
``report``, which prints what the services said (a ``StudioError``'s own message; for a
database fault the newest backup and the command that restores it), logs it, and returns the
exit code. An unexpected error (a bug) prints one Chinese line and where the log is: never a
traceback, and nothing the log or the terminal shows holds a phone or ID number
(``base.redact``).
"""

from __future__ import annotations

import logging
import shlex
import sys
from pathlib import Path

from studio_app.base.errors import DatabaseError, DatabaseFault, FaultKind, StudioError
from studio_app.base.i18n import tr
from studio_app.base.redact import describe, format_exception

log = logging.getLogger("studio_app.cli")

OK = 0
PROBLEMS = 1  # check / archive verify found problems; an import found errors in the file
INPUT = 2  # what was asked cannot be done (validation, not found, refused); also usage errors
DATABASE = 3  # the database cannot be used (not ours, from a newer version, upgrade failed)
FAULT_CODES = {
    FaultKind.LOCKED: 4,
    FaultKind.READ_ONLY: 5,
    FaultKind.DISK_FULL: 6,
    FaultKind.DISK_ERROR: 7,
    FaultKind.DAMAGED: 8,
    FaultKind.EMPTY: 9,
    FaultKind.MISSING: 10,
    FaultKind.NOT_A_FILE: 11,
    FaultKind.SERVER: 12,
}
UNEXPECTED = 70  # a bug: see the log
INTERRUPTED = 130  # Ctrl+C


def exit_code(error: BaseException) -> int:
    if isinstance(error, DatabaseFault):
        return FAULT_CODES[error.kind]
    if isinstance(error, DatabaseError):
        return DATABASE
    if isinstance(error, StudioError):
        return INPUT
    if isinstance(error, KeyboardInterrupt):
        return INTERRUPTED
    return UNEXPECTED


def epilog() -> str:
    """The exit codes, for ``--help``."""
    lines = [
        tr("退出码："),
        tr("  0  成功"),
        tr("  1  check / archive verify 发现问题；import 的文件中有错误（没有导入任何数据）"),
        tr("  2  输入有误或操作不允许（如日期格式、找不到记录、备份文件夹不存在）"),
        tr("  3  数据库不能使用（不是本程序的数据库、由更新版本创建、结构升级失败）"),
        tr("  4  数据库正被其他窗口或程序写入，等了 5 秒仍未完成"),
        tr("  5  数据库文件、所在文件夹或磁盘只读"),
        tr("  6  磁盘已满"),
        tr("  7  磁盘读写出错"),
        tr("  8  数据库文件已损坏或不是数据库"),
        tr("  9  数据库文件是空的（0 字节）"),
        tr("  10 找不到数据库文件"),
        tr("  11 --db 指定的是文件夹"),
        tr("  12 无法连接数据库服务器，或服务器拒绝"),
        tr("  70 程序出现意外错误（详见日志）"),
    ]
    return "\n".join(lines)


def start_log() -> Path | None:
    """The command writes to the same rotating log as the window (quietly: nothing on the
    terminal if the log folder cannot be written)."""
    from studio_app.logs import start_log_file

    return start_log_file()


def _backup_hint(fault: DatabaseFault) -> str:
    if fault.backup is None:
        if fault.database is None:
            return ""
        return tr("没有找到这个数据库的备份。")
    command = shlex.join(["studio-app", "restore", str(fault.backup), "--db", fault.database])
    return tr("最新的备份是“{backup}”。核对后恢复：{command}").format(
        backup=fault.backup, command=command
    )


def report(error: BaseException) -> int:
    """Tell the user (standard error) and the log what stopped the command; its exit code."""
    code = exit_code(error)
    if isinstance(error, StudioError):
        print(tr("错误：{message}").format(message=error), file=sys.stderr)
        if isinstance(error, DatabaseFault):
            log.warning("command stopped by a database fault: %s", error.kind.value)
            if hint := _backup_hint(error):
                print(hint, file=sys.stderr)
        return code
    if isinstance(error, KeyboardInterrupt):
        print(tr("已中断。"), file=sys.stderr)
        return code
    log.error("unexpected error\n%s", format_exception(type(error), error, error.__traceback__))
    from studio_app.logs import log_file

    print(
        tr(
            "出现意外错误，操作没有完成（{summary}）。已保存的资料不受影响。请重试；如果反复出现，"
            "请把日志文件“{log}”发给技术支持。"
        ).format(summary=describe(error), log=log_file()),
        file=sys.stderr,
    )
    return code
