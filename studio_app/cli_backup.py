"""Command line: backups, restore and the database check (wired into ``studio_app.cli``).

studio-app backup --db DB [--to DIR]     back up now (default: the folder set in the window)
studio-app restore FILE --db DB          verify FILE, keep the current database, replace it;
                                         prints what it verified and never asks
studio-app check --db DB                 integrity, foreign keys, schema revision; exit 1 on a
                                         problem

``cli.py`` adds these with ``add_parsers(sub, db)`` and dispatches through ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio_app.base.errors import DatabaseError
from studio_app.base.i18n import tr


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
        help=tr("检查数据库的完整性、外键和结构版本（有问题时返回非零）"),
    )


def _sqlite_file(args) -> Path:
    from studio_app.storage.backups import BackupError, server_backup_message
    from studio_app.storage.database import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise BackupError(server_backup_message())
    return path


def _backup(args) -> int:
    from studio_app.storage.backups import backup_file, format_size

    # The file as it is (not opened through open_database): a backup never upgrades it.
    path = _sqlite_file(args)
    info = backup_file(path, Path(args.to) if args.to else None)
    print(tr("已备份到 {path}（{size}）").format(path=info.path, size=format_size(info.size)))
    if info.removed:
        print(tr("按保留规则（最近 30 天每天一份、最近 12 个月每月一份）删除了 {n} 份旧备份。")
              .format(n=len(info.removed)))  # fmt: skip
    return 0


def _restore(args) -> int:
    from studio_app.storage.backups import restore
    from studio_app.storage.migrate import open_database

    path = _sqlite_file(args)
    result = restore(Path(args.file), path)
    print(tr("已核对备份："))
    for line in result.report.summary_lines():
        print(f"  {line}")
    if result.kept:
        print(tr("原来的数据库已另存为：{path}").format(path=result.kept))
    open_database(path).close()  # an older backup is upgraded now (copied aside first)
    if result.report.needs_upgrade:
        print(tr("已把恢复的数据库升级到结构版本 {head}。").format(head=result.report.head))
    print(tr("已从备份恢复数据库：{path}").format(path=path))
    return 0


def _check(args) -> int:
    from studio_app.storage.backups import check, check_file
    from studio_app.storage.database import resolve_url, sqlite_path
    from studio_app.storage.migrate import open_database

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is not None:
        problems = check_file(path)
        name = str(path)
    else:
        try:
            database = open_database(args.db, upgrade_schema=False)
        except DatabaseError as exc:
            problems, name = [str(exc)], url.render_as_string(hide_password=True)
        else:
            try:
                problems, name = check(database), database.display_name
            finally:
                database.close()
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(
            tr("数据库“{name}”有 {n} 处问题。可以从备份恢复：studio-app restore 备份文件 --db 数据库")
            .format(name=name, n=len(problems)),
            file=sys.stderr,
        )  # fmt: skip
        return 1
    print(tr("数据库“{name}”检查通过：完整性、外键和结构版本都正常。").format(name=name))
    return 0


COMMANDS = {"backup": _backup, "restore": _restore, "check": _check}
