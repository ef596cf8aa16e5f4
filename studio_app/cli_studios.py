"""Command line: the county's studios (wired into ``studio_app.cli``).

studio-app studios list [--json] --db DB    every studio, closed ones too, with its users
studio-app studios add NAME [--township T] [--address A] [--phone P] --db DB
studio-app studios close NAME|ID --db DB    its users can no longer sign in; its records stay
studio-app studios reopen NAME|ID --db DB

Adding a second studio, closing and reopening need 管理工作室 (县政协管理员, or no logins set
up); the first studio of a database is anyone's.
"""

from __future__ import annotations

import argparse
import json

from studio_app.base.i18n import tr
from studio_app.cli_login import open_services
from studio_app.core.studios import StudioInput


def add_parsers(sub, db_parent: argparse.ArgumentParser) -> None:
    studios = sub.add_parser("studios", help=tr("县政协：列出、新增、撤销和恢复工作室"))
    actions = studios.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser(
        "list", parents=[db_parent], help=tr("列出全部工作室（含已撤销的）")
    )
    listing.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    add = actions.add_parser("add", parents=[db_parent], help=tr("新增一个工作室"))
    add.add_argument("name", help=tr("工作室名称"))
    add.add_argument("--township", default="", help=tr("乡镇（街道）"))
    add.add_argument("--address", default="", help=tr("地址"))
    add.add_argument("--phone", default="", help=tr("联系电话"))
    for verb, text in (
        ("close", tr("撤销工作室：它的用户不能再登录，记录保留在全县")),
        ("reopen", tr("恢复已撤销的工作室")),
    ):
        one = actions.add_parser(verb, parents=[db_parent], help=text)
        one.add_argument(
            "target", metavar="NAME|ID", help=tr("工作室名称（或其中不重复的一部分）或编号")
        )


def _studios(args) -> int:
    services = open_services(args)
    if args.action == "list":
        return _list(services, args.json)
    if args.action == "add":
        data = StudioInput(args.name, args.township, args.address, args.phone)
        studio = services.studios.create(data)
        print(tr("已新增“{name}”。").format(name=studio.name))
        return 0
    studio_id = services.studios.find(args.target, closed=True)
    if args.action == "close":
        studio = services.studios.close(studio_id)
        print(tr("已撤销“{name}”：它的用户不能再登录，记录保留在全县。").format(name=studio.name))
    else:
        studio = services.studios.reopen(studio_id)
        print(tr("已恢复“{name}”。").format(name=studio.name))
    return 0


def _list(services, as_json: bool) -> int:
    rows = [
        {
            "id": str(st.id),
            "name": st.name,
            "township": st.township,
            "phone": st.phone,
            "closed": st.archived_at is not None,
        }
        for st in services.studios.managed()
    ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        state = tr("已撤销") if row["closed"] else tr("在用")
        print("\t".join((row["name"], row["township"], row["phone"], state, row["id"])))
    return 0


COMMANDS = {"studios": _studios}
