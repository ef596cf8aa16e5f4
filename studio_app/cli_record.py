"""Command line: the members' record (wired into ``studio_app.cli``).

studio-app points [--year Y] [--json] --db DB
                                    every active member's 履职积分 for the year: the total and
                                    the points of each item of the year's scheme
studio-app member-record MEMBER [--year Y] [--all] --out F.pdf --db DB
                                    the member's annual record (一人一档) as a PDF; MEMBER is a
                                    name or a member code; --all: every active member's

``cli.py`` adds these with ``add_parsers(sub, db)`` and dispatches through ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.cli_login import open_services


def add_parsers(sub, db_parent: argparse.ArgumentParser) -> None:
    points = sub.add_parser(
        "points", parents=[db_parent], help=tr("列出全体在任委员某一年的履职积分（总分和各项得分）")
    )  # fmt: skip
    points.add_argument("--year", type=int, default=None, help=tr("年度（默认今年）"))
    points.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    record = sub.add_parser(
        "member-record", parents=[db_parent], help=tr("把委员的年度履职档案（一人一档）保存为 PDF")
    )  # fmt: skip
    record.add_argument("member", nargs="?", default=None,
                        help=tr("委员姓名或委员编号（同名的委员请用编号）"))  # fmt: skip
    record.add_argument("--year", type=int, default=None, help=tr("年度（默认今年）"))
    record.add_argument("--all", action="store_true", help=tr("全体在任委员，每人从新的一页开始"))
    record.add_argument("--out", required=True, help=tr("保存到的文件"))


def _points(args) -> int:
    from studio_app.core.points import rule_label

    services = open_services(args)
    year = args.year or date.today().year
    ranking = services.points.ranking(year)
    scheme = ranking.version.scheme
    if args.json:
        report = {
            "year": year,
            "scheme": {"version": ranking.version.number, "base": scheme.base,
                       "pass_mark": scheme.pass_mark},
            "members": [
                {"name": r.name, "code": r.code, "total": r.score.total, "passed": r.score.passed,
                 "items": {i.rule.key: i.signed
                           for i in r.score.items}}
                for r in ranking.rows
            ],
        }  # fmt: skip
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(tr("{year} 年履职积分（积分办法第 {n} 版，基础分 {base}，合格线 {mark}）").format(
        year=year, n=ranking.version.number, base=f"{scheme.base:g}", mark=f"{scheme.pass_mark:g}"))  # fmt: skip
    for r in ranking.rows:
        items = tr("，").join(
            f"{rule_label(i.rule)} {i.signed:g}"
            for i in r.score.items if i.points
        )  # fmt: skip
        verdict = tr("合格") if r.score.passed else tr("不合格")
        print(f"{r.name}（{r.code}）\t{r.score.total:g}\t{verdict}\t{items}")
    return 0


def _member_record(args) -> int:
    from studio_app.documents.files import write_atomic

    if bool(args.member) == bool(args.all):
        raise StudioError(tr("请写一位委员的姓名或编号，或者用 --all 打印全体委员（二者选一）。"))
    services = open_services(args)
    records = services.member_records
    year = args.year or date.today().year
    ids = records.active_members() if args.all else [records.find_member(args.member)]
    doc = records.print_records(ids, year, services.printing.fonts())
    out = Path(args.out)
    write_atomic(out, doc.data)
    print(tr("已生成 {file}").format(file=out))
    return 0


COMMANDS = {"points": _points, "member-record": _member_record}
