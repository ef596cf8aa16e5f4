"""Command line: the field package (外出工作包), wired into ``studio_app.cli``.

studio-app field export --out PKG [--studio NAME] [--replace] --db OFFICE
                                 the studio's working set, encrypted, for the laptop;
                                 --replace cancels a package still out (a lost laptop)
studio-app field open PKG --db LAPTOP.sqlite3
                                 the package as the laptop's own new database
studio-app field return --db LAPTOP.sqlite3 --out BACK
                                 the laptop's work, encrypted, for the office
studio-app field import BACK [--dry-run] [--json] --db OFFICE
                                 the laptop's changes merged in one transaction; what both
                                 sides changed goes to the conflict list
studio-app field conflicts [--json] --db OFFICE
                                 the conflict list (settled in the window: 文件 → 冲突列表)

The passphrase is asked for at the terminal (twice for a new file), or read from
``STUDIO_PACKAGE_PASSPHRASE`` (scripts). The verbs need a 联络员 or an administrator when
logins are set up.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.cli_login import open_services

PASSPHRASE_ENV = "STUDIO_PACKAGE_PASSPHRASE"


def add_parsers(sub, db_parent: argparse.ArgumentParser) -> None:
    field = sub.add_parser("field", help=tr("外出工作包：带到村里的笔记本上工作，再带回合并"))
    verbs = field.add_subparsers(dest="field_verb", required=True)
    export = verbs.add_parser("export", parents=[db_parent],
                              help=tr("办公室：把一个工作室的数据生成加密的外出工作包"))  # fmt: skip
    export.add_argument("--out", required=True, help=tr("工作包保存到的文件（例如 U 盘上）"))
    export.add_argument("--replace", action="store_true",
                        help=tr("作废还没带回的工作包（例如笔记本丢失），再带出新的"))  # fmt: skip
    opening = verbs.add_parser("open", parents=[db_parent],
                               help=tr("笔记本：把工作包打开为笔记本上的新数据库（--db）"))  # fmt: skip
    opening.add_argument("package", help=tr("外出工作包文件"))
    back = verbs.add_parser("return", parents=[db_parent],
                            help=tr("笔记本：生成加密的带回文件，交回办公室导入"))  # fmt: skip
    back.add_argument("--out", required=True, help=tr("带回文件保存到的文件"))
    imp = verbs.add_parser("import", parents=[db_parent],
                           help=tr("办公室：导入带回文件（一次完成；双方都改过的记录进入冲突列表）"))  # fmt: skip
    imp.add_argument("file", help=tr("带回文件"))
    imp.add_argument("--dry-run", action="store_true", help=tr("只显示会做什么，不保存"))
    imp.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    conflicts = verbs.add_parser("conflicts", parents=[db_parent],
                                 help=tr("办公室：列出等待选择的冲突"))  # fmt: skip
    conflicts.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))


def passphrase(*, new: bool) -> str:
    """From ``STUDIO_PACKAGE_PASSPHRASE``, else asked at the terminal (twice for a new file)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise StudioError(tr("需要口令：请在终端中运行并按提示输入，或为脚本设置环境变量 {env}。").format(
            env=PASSPHRASE_ENV))  # fmt: skip
    first = getpass.getpass(tr("工作包口令："))
    if new and getpass.getpass(tr("再输入一次口令：")) != first:
        raise StudioError(tr("两次输入的口令不一样，没有生成文件。"))
    return first


def _field(args) -> int:
    return VERBS[args.field_verb](args)


def _export(args) -> int:
    from studio_app.storage.field_blank import make_blank

    secret = passphrase(new=True)
    services = open_services(args)
    try:
        info = services.field.check_out(Path(args.out), secret, blank=make_blank,
                                        replace=args.replace)  # fmt: skip
    finally:
        services.db.close()
    print(tr("已生成外出工作包：{studio}，委员 {members} 人，联系户 {households} 户，诉求 {requests} 条。").format(
        studio=info.studio_name, members=info.counts["member"],
        households=info.counts["household"], requests=info.counts["request"]))  # fmt: skip
    print(tr("文件：{file}（已用口令加密）").format(file=args.out))
    return 0


def _open(args) -> int:
    from studio_app.core.field.service import open_package

    if not args.db:
        raise StudioError(tr("请用 --db 指定笔记本上新数据库的文件名。"))
    laptop = Path(args.db)
    info = open_package(Path(args.package), passphrase(new=False), laptop)
    try:
        services = open_services(args)
        try:
            services.field.opened()
        finally:
            services.db.close()
    except BaseException:  # not allowed here, or not a database this program can open
        laptop.unlink(missing_ok=True)
        raise
    print(tr("已打开外出工作包：{studio}（带出于 {when}）。数据库：{db}").format(
        studio=info.studio_name, when=info.made_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        db=laptop))  # fmt: skip
    return 0


def _return(args) -> int:
    secret = passphrase(new=True)
    services = open_services(args)
    try:
        info = services.field.make_return(Path(args.out), secret)
    finally:
        services.db.close()
    print(tr("已生成带回文件：{studio}。请交回办公室导入。文件：{file}").format(
        studio=info.studio_name, file=args.out))  # fmt: skip
    return 0


def _import(args) -> int:
    secret = passphrase(new=False)
    services = open_services(args)
    try:
        summary = services.field.check_in(Path(args.file), secret, dry_run=args.dry_run)
    finally:
        services.db.close()
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
        return 0
    head = tr("试运行，没有保存：") if summary.dry_run else tr("已导入带回文件：")
    print(head + tr("{studio}：新增 {inserted} 条，合并修改 {updated} 条，办理步骤 {steps} 步，"
                    "操作日志 {appended} 条，冲突 {conflicts} 条。").format(
        studio=summary.studio_name, inserted=summary.inserted, updated=summary.updated,
        steps=summary.steps, appended=summary.appended, conflicts=summary.conflicts))  # fmt: skip
    for provisional, final in summary.renumbered:
        print(tr("  临时编号 {provisional} → 正式编号 {final}").format(
            provisional=provisional, final=final))  # fmt: skip
    if summary.conflicts:
        print(tr("有冲突的记录没有改动，请在窗口中打开“文件 → 冲突列表”逐项选择。"))
    return 0


def _conflicts(args) -> int:
    from studio_app.core.field.conflicts import step_text

    services = open_services(args)
    try:
        found = services.field.conflicts()
    finally:
        services.db.close()
    if args.json:
        print(json.dumps([c.as_dict() for c in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(tr("没有等待处理的冲突。"))
        return 0
    for c in found:
        print(f"{c.title}\t{c.studio_name}\t{c.id}")
        for f in c.fields:
            mark = "*" if f.clash else " "
            print(tr("  {mark}{field}：办公室 {office} ｜ 笔记本 {laptop}").format(
                mark=mark, field=f.name, office=f.office, laptop=f.laptop))  # fmt: skip
        for step in c.office_steps:
            print(tr("  办公室：{step}").format(step=step_text(step)))
        for step in c.laptop_steps:
            print(tr("  笔记本：{step}").format(step=step_text(step)))
    return 0


VERBS = {"export": _export, "open": _open, "return": _return, "import": _import,
         "conflicts": _conflicts}  # fmt: skip
COMMANDS = {"field": _field}
