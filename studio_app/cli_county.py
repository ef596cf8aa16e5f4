"""Command line: the county office's reports (wired into ``studio_app.cli``).

studio-app county overview [--year Y] [--json] --db DB
                                    全县概览: every studio's figures this month and this year
                                    (with --year: as of the end of year Y)
studio-app county overdue [--json] --db DB
                                    every studio's overdue requests, the latest first

Both need the county's permission (县政协管理员, 县政协联络员, or no logins set up).
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from studio_app.base.i18n import tr, trn
from studio_app.cli_login import open_services


def add_parsers(sub, db_parent: argparse.ArgumentParser) -> None:
    county = sub.add_parser("county", help=tr("县政协：全县概览和全县超期诉求"))
    reports = county.add_subparsers(dest="report", required=True, metavar="REPORT")
    overview = reports.add_parser(
        "overview", parents=[db_parent], help=tr("各工作室本月和本年的接待、诉求和五项比率")
    )
    overview.add_argument(
        "--year", type=int, default=None, help=tr("统计的年份（默认今年；往年按年底计算）")
    )
    overview.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    overdue = reports.add_parser(
        "overdue", parents=[db_parent], help=tr("全县超期诉求（各工作室，不含电话号码）")
    )
    overdue.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))


def as_of(year: int | None, today: date) -> date:
    """The day the figures are counted to: today, or the last day of an earlier year."""
    return today if year is None or year >= today.year else date(year, 12, 31)


def _county(args) -> int:
    return _overview(args) if args.report == "overview" else _overdue(args)


def _overview(args) -> int:
    from studio_app.core.request_figures import RATE_LABELS

    services = open_services(args)
    report = services.county.overview(as_of(args.year, date.today()))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 0
    head = [tr("工作室"), tr("接待日次数"), tr("来访人数"), tr("诉求"), tr("超期")]
    head += [tr(label) for label in RATE_LABELS.values()]  # i18n: from RATE_LABELS
    for title, period in ((tr("本月"), report.month), (tr("本年"), report.year)):
        print(tr("{title}（{start} 至 {end}）").format(
            title=title, start=period.start.isoformat(), end=period.end.isoformat()))  # fmt: skip
        print("\t".join(head))
        for f in (*period.studios, period.total):
            cells = [f.name, f.reception_days_held, f.visitors, f.requests, f.overdue]
            print("\t".join(str(c) for c in (*cells, *f.rates.values())))
        print()
    return 0


def _overdue(args) -> int:
    services = open_services(args)
    rows = services.county.overdue()
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(tr("全县没有超期的诉求。"))
    for r in rows:
        print(trn(
            "{studio}  {number}  {category}  应于 {deadline} 前{stage}，已超期 %n 个工作日  {who}",
            r.days_late,
        ).format(studio=r.studio, number=r.number, category=r.category or tr("未分类"),
                 deadline=r.deadline.isoformat(), stage=r.stage,
                 who=tr("、").join(x for x in (r.assignee, r.unit) if x)))  # fmt: skip
    return 0


COMMANDS = {"county": _county}
