"""Command line: backups, restore and the database check (wired into ``studio_app.cli``).

studio-app backup --db DB [--to DIR]     back up now (default: the folder set in the window)
studio-app restore FILE --db DB          verify FILE, keep the current database, replace it
                                         (its users and audit log stay); prints what it
                                         verified and never asks
studio-app check --db DB                 integrity, foreign keys, schema revision, the audit
                                         log's chain and guards, the login switch; exit 1 on a
                                         problem

``cli.py`` adds these with ``add_parsers(sub, db)`` and dispatches through ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio_app.base.enums import AuditAction, Permission
from studio_app.base.errors import DatabaseError
from studio_app.base.i18n import tr, trn
from studio_app.base.messages import chinese


def add_parsers(sub, db_parent: argparse.ArgumentParser) -> None:
    """The ``backup``, ``restore`` and ``check`` subcommands, taking ``--db`` from
    ``db_parent``."""
    backup = sub.add_parser(
        "backup", parents=[db_parent], help=tr("立即备份数据库（SQLite 在线备份，可在程序打开时进行）")
    )  # fmt: skip
    backup.add_argument(
        "--to",
        default=None,
        help=tr("备份到的文件夹（默认：窗口中“备份设置”选择的文件夹，或数据库旁的 backups）"),
    )
    restore = sub.add_parser(
        "restore",
        parents=[db_parent],
        help=tr("从备份恢复：先核对备份，当前数据库另存到 before-restore，再替换（不询问）"),
    )
    restore.add_argument("file", help=tr("备份文件（.sqlite3）"))
    sub.add_parser(
        "check",
        parents=[db_parent],
        help=tr("检查数据库的完整性、外键、结构版本、操作日志和登录设置（有问题时返回非零）"),
    )


def _permitted(place, permission: Permission, target: str):
    """When the database opens as it is and logins are set up: the user signed in and allowed
    ``permission`` (else refused, and logged), and the services kept open to log the act.
    None when logins are off, or the database cannot be opened as it is (damaged, or older:
    then there is nothing to check against, and whoever has the file could copy it anyway)."""
    from studio_app.cli_login import sign_in
    from studio_app.opening import open_place

    try:
        services = open_place(place, upgrade_schema=False)
    except DatabaseError:
        return None
    try:
        if not services.access.enabled():
            services.db.close()
            return None
        sign_in(services)
        services.guard.require_whole(permission, target)
    except BaseException:
        services.db.close()
        raise
    return services


def _backup(args) -> int:
    from studio_app.opening import locate
    from studio_app.storage.backups.files import BackupError, format_size, server_backup_message
    from studio_app.storage.backups.make import backup_file

    # The file as it is (not opened through open_database): a backup never upgrades it.
    place = locate(args.db)
    path = place.sqlite_file
    if path is None:
        raise BackupError(server_backup_message())
    services = _permitted(place, Permission.BACKUP, chinese("audit.backup"))
    try:
        info = backup_file(path, Path(args.to) if args.to else None)
        if services is not None:
            services.audit.record(services.current_user, AuditAction.BACKUP, str(info.path))
    finally:
        if services is not None:
            services.db.close()
    print(tr("已备份到 {path}（{size}）").format(path=info.path, size=format_size(info.size)))
    if info.removed:
        print(trn("按保留规则（最近 30 天每天一份、最近 12 个月每月一份）删除了 %n 份旧备份。",
                  len(info.removed)))  # fmt: skip
    return 0


def _restore(args) -> int:
    from studio_app.opening import locate, restore_file

    place = locate(args.db)
    services = _permitted(place, Permission.RESTORE, chinese("audit.restore"))
    user = services.current_user if services is not None else None
    if services is not None:
        services.db.close()  # the file is about to be replaced
    result = restore_file(place, Path(args.file), by=user)  # the restore: the chain's newest
    print(tr("已核对备份："))
    for line in result.report.summary_lines():
        print(f"  {line}")
    if result.kept:
        print(tr("原来的数据库已另存为：{path}").format(path=result.kept))
    if result.report.needs_upgrade:
        print(tr("已把恢复的数据库升级到结构版本 {head}。").format(head=result.report.head))
    print(result.carried.summary())
    print(tr("已从备份恢复数据库：{path}").format(path=result.db_path))
    return 0


def _check(args) -> int:
    from studio_app.opening import check_place, locate

    name, problems = check_place(locate(args.db))
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(
            trn("数据库“{name}”有 %n 处问题。可以从备份恢复：studio-app restore 备份文件 --db 数据库",
                len(problems)).format(name=name),
            file=sys.stderr,
        )  # fmt: skip
        return 1
    print(
        tr("数据库“{name}”检查通过：完整性、外键、结构版本、操作日志和登录设置都正常。").format(
            name=name
        )
    )
    return 0


COMMANDS = {"backup": _backup, "restore": _restore, "check": _check}
