"""Command line: setting up a county's PostgreSQL server (wired into ``studio_app.cli``).

studio-app server-init --db postgresql+psycopg://USER@HOST/DB [--admin NAME]
    create the schema in an empty database and the first 县政协管理员 (default name admin);
    the password is asked for twice at a terminal, or read from STUDIO_ADMIN_PASSWORD
studio-app server-upgrade --db postgresql+psycopg://USER@HOST/DB
    bring the server's schema to this version (the studios' PCs never upgrade the server)
studio-app demo --db postgresql+psycopg://… (or --county on a SQLite file)
    the county demo: three studios, their 联络员 and (on a database with no user yet) a
    县政协管理员, the user names and the demo password printed

Neither the password nor the URL's password is ever printed or logged: the URL is shown
with *** in its place.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr

log = logging.getLogger("studio_app.cli")
PASSWORD_ENV = "STUDIO_ADMIN_PASSWORD"


def add_parsers(sub, db_parent: argparse.ArgumentParser) -> None:
    init = sub.add_parser(
        "server-init",
        parents=[db_parent],
        help=tr("在县政协的 PostgreSQL 服务器上建立空数据库的结构和第一个县政协管理员"),
    )
    init.add_argument(
        "--admin",
        default="admin",
        help=tr(
            "县政协管理员的用户名（默认 admin）；密码在终端输入两次，或读取环境变量 {env}"
        ).format(env=PASSWORD_ENV),
    )
    sub.add_parser(
        "server-upgrade",
        parents=[db_parent],
        help=tr("把县政协服务器上的数据库升级到本版本（各工作室的电脑不会自行升级服务器）"),
    )


def admin_password(
    *,
    interactive: bool | None = None,
    ask_secret: Callable[[str], str] = getpass.getpass,
) -> str:
    """The new administrator's password: ``STUDIO_ADMIN_PASSWORD``, else typed twice."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if interactive is None:
        interactive = sys.stdin.isatty()
    if not interactive:
        raise StudioError(
            tr("没有终端可以输入县政协管理员的密码。请在终端中运行，或设置环境变量 {env}。").format(
                env=PASSWORD_ENV
            )
        )
    first = ask_secret(tr("县政协管理员的密码（至少 8 位）："))
    if ask_secret(tr("再输入一次密码：")) != first:
        raise StudioError(tr("两次输入的密码不一样，没有做任何改动。请重新运行 server-init。"))
    return first


def _server_init(args) -> int:
    from studio_app.opening import locate
    from studio_app.server_setup import init_server, refuse_unless_empty, refuse_unless_server

    url = locate(args.db).url
    refuse_unless_server(url)  # before asking for a password that would not be used
    refuse_unless_empty(url)
    done = init_server(url, args.admin, admin_password())
    log.info("server-init: schema %s and county admin %s in %s", done.revision, done.admin,
             done.database)  # fmt: skip
    print(tr("已在服务器数据库“{db}”中建好结构（版本 {rev}）。").format(
        db=done.database, rev=done.revision))  # fmt: skip
    print(
        tr(
            "已设置县政协管理员“{admin}”。接下来：在县政协的电脑上打开程序，用首次使用向导的"
            "“连接县政协服务器”连接这个数据库，以“{admin}”登录，在“设置 → 工作室”中添加各工作室，"
            "再在“用户管理”中为每个工作室添加联络员。"
        ).format(admin=done.admin)
    )
    return 0


def county_demo(args, place, sign_in: Callable) -> int:
    """``studio-app demo`` on a server (or ``--county``): the county demo, and who can sign in."""
    from studio_app.base.labels import label
    from studio_app.opening import fill_demo_at

    if args.force:
        raise StudioError(
            tr("县的演示数据只能填入空数据库（不能用 --force）。请新建一个空数据库。")
        )
    name, made = fill_demo_at(place, seed=args.seed, county=True, sign_in=sign_in)
    print(tr("已填入县的演示数据：{summary}").format(summary=made.summary))
    print(tr("数据库：{db}").format(db=name))
    print(tr("可以登录的用户（演示密码都是 {password}）：").format(password=made.password))
    for user in made.users:
        where = user.studio or tr("县政协")
        print(f"  {user.username}  {label(user.role)}（{where}）")
    if not any(user.role.county for user in made.users):
        print(tr("县政协管理员：用 server-init 时设置的账户和密码登录。"))
    return 0


def _server_upgrade(args) -> int:
    from studio_app.opening import locate
    from studio_app.server_setup import upgrade_server

    done = upgrade_server(locate(args.db).url)
    if done.before == done.after:
        print(tr("服务器数据库“{db}”已是最新的结构版本 {rev}，不需要升级。").format(
            db=done.database, rev=done.after))  # fmt: skip
        return 0
    log.info("server-upgrade: %s from %s to %s", done.database, done.before, done.after)
    print(tr("已把服务器数据库“{db}”的结构从版本 {old} 升级到 {new}。各工作室的电脑装好新版本后即可连接。").format(
        db=done.database, old=done.before, new=done.after))  # fmt: skip
    return 0


COMMANDS = {"server-init": _server_init, "server-upgrade": _server_upgrade}
