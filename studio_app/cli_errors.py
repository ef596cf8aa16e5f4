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
REFUSED = 5  # not signed in, a wrong password, or the role may not do it (the login's code)
FAULT_CODES = {
    FaultKind.LOCKED: 4,
    FaultKind.READ_ONLY: 6,
    FaultKind.DISK_FULL: 7,
    FaultKind.DISK_ERROR: 8,
    FaultKind.DAMAGED: 9,
    FaultKind.EMPTY: 10,
    FaultKind.MISSING: 11,
    FaultKind.NOT_A_FILE: 12,
    FaultKind.SERVER: 13,
}
UNEXPECTED = 70  # a bug: see the log
INTERRUPTED = 130  # Ctrl+C


def exit_code(error: BaseException) -> int:
    """The code for ``error``; an exception class may name its own (``exit_code``)."""
    from studio_app.cli_login import SignInRequired
    from studio_app.core.access import LoginError, PermissionDeniedError

    own = getattr(error, "exit_code", None)
    if isinstance(own, int):
        return own
    if isinstance(error, DatabaseFault):
        return FAULT_CODES[error.kind]
    if isinstance(error, DatabaseError):
        return DATABASE
    if isinstance(error, (LoginError, PermissionDeniedError, SignInRequired)):
        return REFUSED
    if isinstance(error, StudioError):
        return INPUT
    if isinstance(error, KeyboardInterrupt):
        return INTERRUPTED
    return UNEXPECTED


def epilog() -> str:
    """The exit codes, for ``--help``."""
    rows = [
        (OK, tr("成功")),
        (
            PROBLEMS,
            tr("check / archive verify 发现问题；import 的文件中有错误（没有导入任何数据）"),
        ),
        (INPUT, tr("输入有误或无法完成（如日期格式、找不到记录、备份文件夹不存在）")),
        (DATABASE, tr("数据库不能使用（不是本程序的数据库、由更新版本创建、结构升级失败）")),
        (REFUSED, tr("没有登录、密码不对或身份不允许")),
        (FAULT_CODES[FaultKind.LOCKED], tr("数据库正被其他窗口或程序写入，等了 5 秒仍未完成")),
        (FAULT_CODES[FaultKind.READ_ONLY], tr("数据库文件、所在文件夹或磁盘只读")),
        (FAULT_CODES[FaultKind.DISK_FULL], tr("磁盘已满")),
        (FAULT_CODES[FaultKind.DISK_ERROR], tr("磁盘读写出错")),
        (FAULT_CODES[FaultKind.DAMAGED], tr("数据库文件已损坏或不是数据库")),
        (FAULT_CODES[FaultKind.EMPTY], tr("数据库文件是空的（0 字节）")),
        (FAULT_CODES[FaultKind.MISSING], tr("找不到数据库文件")),
        (FAULT_CODES[FaultKind.NOT_A_FILE], tr("--db 指定的是文件夹")),
        (FAULT_CODES[FaultKind.SERVER], tr("无法连接数据库服务器，或服务器拒绝")),
        (UNEXPECTED, tr("程序出现意外错误（详见日志）")),
        (INTERRUPTED, tr("按了 Ctrl+C")),
    ]
    return "\n".join([tr("退出码："), *(f"  {code:<4}{text}" for code, text in sorted(rows))])


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
