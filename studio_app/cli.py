"""Command line: the same services as the window, headless.

studio-app [--db DB]                          open the window
studio-app demo --db DB [--seed N] [--county] fill a realistic demo studio (a county of three
                                              studios with their users on a server, or --county)
studio-app server-init --db postgresql+psycopg://USER@HOST/DB [--admin NAME]
                                              an empty county server: schema, 县政协管理员
studio-app server-upgrade --db postgresql+psycopg://USER@HOST/DB
                                              the county server's schema to this version
studio-app info --db DB [--json] [--from DATE] [--to DATE]
                                              counts, schema revision, the period's figures
studio-app template {members,households} FILE.xlsx
studio-app import {members,households} FILE.xlsx --db DB [--duplicates update|skip]
studio-app export {members,households} FILE.xlsx --db DB
studio-app overdue --db DB [--today DATE] [--json]
                                              requests late for the step they wait for
studio-app reception-days --db DB [--year YEAR] [--studio NAME|ID]
                                              generate the year's reception days from the rule,
                                              saying what moved where and months without one
studio-app print minutes --meeting ID|latest --out F.pdf --db DB
studio-app print reception --day DATE|latest --out F.pdf --db DB
studio-app print receipt --request ID|NUMBER --out F.pdf --db DB
studio-app print qr-poster [--studio ID] [--size A4|A3] --out F.pdf --db DB
studio-app print member-card --member ID|NAME --out F.pdf --db DB
studio-app print member-qr --member ID|NAME --out F.png|F.svg --db DB
studio-app print figures [--year Y] --out F.pdf --db DB
studio-app archive export --db DB [--from DATE] [--to DATE] --out DIR
studio-app archive verify --db DB           exit 1 when a stored document is damaged
studio-app backup --db DB [--to DIR]      a consistent copy, rotated (30 daily, 12 monthly)
studio-app restore FILE --db DB           verify, keep the current file aside, replace it
studio-app check --db DB                  integrity, foreign keys, audit log; exit 1 on a problem
studio-app points --db DB [--year Y] [--json]
                                          every active member's 履职积分: total and each item
studio-app member-record MEMBER|--all --out F.pdf --db DB [--year Y]
                                          the member's annual record (一人一档); MEMBER a name
                                          or a member code
studio-app county overview|overdue [--json] --db DB
                                          the county office's 全县概览 and overdue list
studio-app studios list|add NAME|close NAME|reopen NAME --db DB
                                          the county's studios (closing keeps the records)
studio-app intake serve --bind ADDRESS [--port N] [--minutes M] [--pin] --db DB
                                          扫码说事 on one address; first line: the page's address
studio-app intake pending [--json] --db DB  submissions awaiting acceptance (phones masked)
studio-app intake poster --out F.pdf --db DB  the standing poster for the fixed address
studio-app field export|open|return|import|conflicts …
                                          the field laptop (外出工作包), see cli_field.py
studio-app bench [--households N] [--members N] [--requests N] [--studios N] [--json]
                 [--db URL | --pg URL]      --db: an empty database (a filled one is refused)
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from datetime import date

from studio_app import (
    APP_TITLE,
    __version__,
    cli_backup,
    cli_county,
    cli_errors,
    cli_field,
    cli_intake,
    cli_record,
    cli_server,
    cli_studios,
    cli_words,
)
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr, trn
from studio_app.cli_login import open_services


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("“{text}”不是日期，请写成 2026-11-23 这样的格式").format(text=text)
        ) from None


def _date_or_latest(text: str) -> date | str:
    return text if text == "latest" else _date(text)


def _db_option(default) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        default=default,
        help=tr(
            "数据库文件路径或 SQLAlchemy URL（默认：用户数据文件夹中的 studio.sqlite3；也可用环境变量 STUDIO_DB）"
        ),
    )
    parent.add_argument(
        "--studio",
        default=default,
        metavar=tr("工作室"),
        help=tr(
            "县政协的账户在哪个工作室工作（名称或名称中的几个字；也可用环境变量 STUDIO_STUDIO）。"
            "不给出时看全县；工作室的账户总在自己的工作室"
        ),
    )
    return parent


def _login_note() -> str:
    return tr(
        "登录：在窗口中设置了登录以后，读取或修改记录的命令都要先登录：在终端中按提示输入用户名和密码，"
        "或为脚本设置环境变量 STUDIO_USER 和 STUDIO_PASSWORD。check、info、template 和 --version 不需要登录。"
        "工作室的账户只看到自己工作室的记录；县政协的账户用 --studio 选择工作室。"
    )


def _parser() -> argparse.ArgumentParser:
    # --db may stand before or after the command; after it, it must not reset one given before.
    db = _db_option(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="studio-app",
        description=APP_TITLE,
        parents=[_db_option(None)],
        epilog=f"{_login_note()}\n\n{cli_errors.epilog()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", parents=[db], help=tr("填入一个示例工作室的演示数据"))
    demo.add_argument("--seed", type=int, default=1, help=tr("随机种子（相同种子得到相同数据）"))
    demo.add_argument("--force", action="store_true", help=tr("数据库已有数据时仍然填入"))
    demo.add_argument(
        "--county",
        action="store_true",
        help=tr("填入一个县的演示数据：3 个工作室及其用户（PostgreSQL 服务器上总是如此）"),
    )

    info = sub.add_parser("info", parents=[db], help=tr("显示各类记录数量和数据库结构版本"))
    info.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    info.add_argument("--from", dest="start", type=_date, default=None,
                      help=tr("统计期间的第一天（YYYY-MM-DD，默认今年1月1日）"))  # fmt: skip
    info.add_argument("--to", dest="end", type=_date, default=None,
                      help=tr("统计期间的最后一天（YYYY-MM-DD，默认今天）"))  # fmt: skip

    overdue = sub.add_parser(
        "overdue", parents=[db], help=tr("列出超期未交办、未答复、未回访的诉求")
    )
    overdue.add_argument(
        "--today",
        type=_date,
        default=None,
        help=tr("按这一天计算（YYYY-MM-DD，默认今天）"),
    )
    overdue.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))

    kinds = ("members", "households")
    template = sub.add_parser("template", help=tr("生成 Excel 导入模板"))
    template.add_argument("kind", choices=kinds)
    template.add_argument("file")

    imp = sub.add_parser(
        "import", parents=[db], help=tr("从 Excel 导入委员或联户名册（全部成功才导入）")
    )
    imp.add_argument("kind", choices=kinds)
    imp.add_argument("file")
    imp.add_argument(
        "--duplicates",
        choices=("update", "skip"),
        default="skip",
        help=tr("遇到已有的同名同电话记录：update 更新，skip 跳过（默认）"),
    )

    exp = sub.add_parser("export", parents=[db], help=tr("把委员或联户名册导出为 Excel"))
    exp.add_argument("kind", choices=kinds)
    exp.add_argument("file")
    exp.add_argument(
        "--unmasked",
        action="store_true",
        help=tr("联户名册中的电话、身份证号完整导出（默认隐去中间几位），用于重新导入"),
    )

    days = sub.add_parser(
        "reception-days", parents=[db], help=tr("按接待日规则生成全年接待日（已有的不重复）")
    )
    days.add_argument("--year", type=int, default=None, help=tr("年份（默认今年）"))

    _print_parser(sub, db)
    cli_backup.add_parsers(sub, db)
    cli_record.add_parsers(sub, db)
    cli_county.add_parsers(sub, db)
    cli_studios.add_parsers(sub, db)
    cli_intake.add_parsers(sub, db)
    cli_server.add_parsers(sub, db)
    cli_field.add_parsers(sub, db)
    archive = sub.add_parser("archive", help=tr("档案：导出或核对存档的文件"))
    actions = archive.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export", parents=[db], help=tr("把一段时间内存档的文件导出到文件夹，附校验清单")
    )
    export.add_argument("--from", dest="start", type=_date, default=None,
                        help=tr("第一天（YYYY-MM-DD，默认今年1月1日）"))  # fmt: skip
    export.add_argument("--to", dest="end", type=_date, default=None,
                        help=tr("最后一天（YYYY-MM-DD，默认今天）"))  # fmt: skip
    export.add_argument("--out", required=True, help=tr("导出到的文件夹"))
    actions.add_parser(
        "verify", parents=[db], help=tr("重新计算每份存档文件的 SHA-256，有损坏时返回非零")
    )
    sub.add_parser("bench", add_help=False, help=tr("性能基准测试（县级规模的合成数据）"))
    return parser


def _print_parser(sub, db: argparse.ArgumentParser) -> None:
    printing = sub.add_parser(
        "print",
        parents=[db],
        help=tr(
            "生成 PDF：会议纪要、接待日登记表、受理回执、扫码找委员海报、委员联系卡、工作成效统计"
        ),
    )
    documents = printing.add_subparsers(dest="document", required=True, metavar="DOCUMENT")
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("--out", required=True, help=tr("保存到的文件"))

    def document(name: str, help_text: str) -> argparse.ArgumentParser:
        return documents.add_parser(name, parents=[db, out], help=help_text)

    minutes = document("minutes", tr("会议纪要"))
    minutes.add_argument(
        "--meeting", default="latest", help=tr("会议 ID，或 latest（最近一次会议，默认）")
    )
    reception = document("reception", tr("接待日登记表"))
    reception.add_argument(
        "--day",
        type=_date_or_latest,
        default="latest",
        help=tr("接待日日期（YYYY-MM-DD），或 latest（最近一次，默认）"),
    )
    receipt = document("receipt", tr("受理回执"))
    receipt.add_argument("--request", required=True, help=tr("诉求编号（如 2026-0012）或 ID"))
    poster = document("qr-poster", tr("扫码找委员海报（工作室全体在任委员）"))
    poster.add_argument(
        "--size", choices=("A4", "A3"), default="A4", help=tr("纸张大小（默认 A4）")
    )
    card = document("member-card", tr("委员联系卡（带二维码）"))
    card.add_argument("--member", required=True, help=tr("委员姓名或 ID"))
    code = document("member-qr", tr("一位委员的二维码图片（.png 或 .svg）"))
    code.add_argument("--member", required=True, help=tr("委员姓名或 ID"))
    figures = document("figures", tr("工作成效统计（工作台的数字和图表）"))
    figures.add_argument(
        "--year",
        type=int,
        default=None,
        help=tr("统计的年份（默认：今年至今，图表为近 12 个月）"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cli_words.install()
    if argv[:1] == ["bench"]:
        from studio_app.bench.run import main as bench_main

        return bench_main(argv[1:])
    args = _parser().parse_args(argv)
    if args.command is None:
        from studio_app.ui.app import run_gui

        return run_gui(args.db)
    cli_errors.start_log()
    try:
        return COMMANDS[args.command](args)
    except (Exception, KeyboardInterrupt) as exc:  # an exit code and a Chinese line for each
        return cli_errors.report(exc)


def _demo(args) -> int:
    from studio_app.cli_login import sign_in
    from studio_app.opening import fill_demo_at, locate

    place = locate(args.db)
    if args.county or place.sqlite_file is None:  # a server: the county demo
        return cli_server.county_demo(args, place, sign_in)
    # The one command that makes a database; all or nothing.
    name, summary = fill_demo_at(place, seed=args.seed, force=args.force)
    print(tr("已填入演示数据：{summary}").format(summary=summary))
    print(tr("数据库：{db}").format(db=name))
    return 0


def _info(args) -> int:
    from studio_app.base.labels import count_label
    from studio_app.core.request_figures import FigureService
    from studio_app.core.stats import entity_counts
    from studio_app.opening import schema_revision

    services = open_services(args, sign_in_user=False)  # counts and figures only
    end = args.end or date.today()
    start = args.start or date(end.year, 1, 1)
    if start > end:
        raise StudioError(tr("统计期间的第一天不能晚于最后一天。"))
    figures = FigureService(services.db, services.calendar).figures(start, end)
    revision, head = schema_revision(services)
    report = {
        "database": services.db.display_name,
        "schema_revision": revision,
        "schema_head": head,
        "app_version": __version__,
        "counts": entity_counts(services.db),
        "figures": figures.to_json(),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(tr("数据库：{db}").format(db=report["database"]))
        print(tr("结构版本：{rev}").format(rev=revision))
        for name, count in report["counts"].items():
            active = count.get("active", count["total"])
            print(
                tr("  {what}：{total}（有效 {active}）").format(
                    what=count_label(name), total=count["total"], active=active
                )
            )
        print(
            tr("{start} 至 {end}：接待日 {days} 次，来访 {visits} 人次（{people} 人）").format(
                start=start.isoformat(), end=end.isoformat(), days=figures.reception_days_held,
                visits=figures.visits, people=figures.visitors,
            )
        )  # fmt: skip
        for line in figures.summary_lines():
            print(f"  {line}")
    return 0


def _overdue(args) -> int:
    from studio_app.base.labels import label

    services = open_services(args)
    today = args.today or date.today()
    late = services.requests.overdue(today)
    calendar = services.calendar.calendar()
    # A deadline or lateness counted over a year whose 调休 is not yet published is an
    # estimate: said once on stderr, and on each such row of the JSON (which stays a list).
    notes = {o.id: calendar.pending_note(o.deadline, today) for o in late}
    unpublished = calendar.unpublished_years(
        range(min([o.deadline.year for o in late] + [today.year]), today.year + 1)
    )
    if unpublished:
        print(tr("注意：{years} 年调休安排待公布，期限和超期天数按预估的法定节假日计算。").format(
            years=tr("、").join(map(str, unpublished))), file=sys.stderr)  # fmt: skip
    if args.json:
        rows = []
        for o in late:
            row = {"id": str(o.id), "number": o.number, "status": o.status.value,
                   "stage": o.stage, "deadline": o.deadline.isoformat(),
                   "days_overdue": o.days_overdue}  # fmt: skip
            if notes[o.id]:
                row["calendar_note"] = notes[o.id]
            rows.append(row)
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not late:
        print(tr("没有超期的诉求。"))
    for o in late:
        line = trn(
            "{number}  {status}  应于 {deadline} 前{stage}，已超期 %n 个工作日：{content}",
            o.days_overdue,
        ).format(
            number=o.number,
            status=label(o.status),
            deadline=o.deadline.isoformat(),
            stage=o.stage,
            content=o.content[:40],
        )
        print(tr("{line}（{note}）").format(line=line, note=notes[o.id]) if notes[o.id] else line)
    return 0


def _template(args) -> int:
    from studio_app.core.roster_io import RosterKind, RosterTransfer

    RosterTransfer.write_template(RosterKind(args.kind), args.file)
    print(tr("已生成导入模板：{file}").format(file=args.file))
    return 0


def _import(args) -> int:
    from studio_app.core.roster_io import DuplicatePolicy, RosterKind

    services = open_services(args)
    plan = services.rosters.preview(RosterKind(args.kind), args.file)
    for issue in plan.errors + plan.warnings:
        where = tr("第 {row} 行").format(row=issue.row) if issue.row else tr("文件")
        if issue.column:
            where += tr("［{column}］").format(column=issue.column)
        if issue.warning:
            where = tr("请核对，{where}").format(where=where)
        print(tr("{label}：{text}").format(label=where, text=issue.message), file=sys.stderr)
    if not plan.ok:
        print(
            trn("共 %n 处错误，未导入任何数据。请改正后重新导入。", len(plan.errors)),
            file=sys.stderr,
        )
        return cli_errors.PROBLEMS
    result = services.rosters.apply(plan, DuplicatePolicy(args.duplicates))
    print(
        tr("导入完成：新增 {c} 条，更新 {u} 条，跳过 {s} 条。").format(
            c=result.created, u=result.updated, s=result.skipped
        )
    )
    return 0


def _export(args) -> int:
    from studio_app.core.households import HouseholdQuery
    from studio_app.core.members import MemberQuery

    services = open_services(args)
    if args.kind == "members":
        count = services.rosters.export_members(args.file, MemberQuery())
    else:
        count = services.rosters.export_households(
            args.file, HouseholdQuery(), masked=not args.unmasked
        )
    print(trn("已导出 %n 条到 {file}", count).format(file=args.file))
    return 0


def _print(args) -> int:
    from pathlib import Path

    from studio_app.documents.files import write_atomic

    services = open_services(args)
    printing = services.printing
    out = Path(args.out)
    if args.document == "member-qr":
        return _member_qr(args, printing, out)
    if args.document == "minutes":  # finalised minutes come from the archive, as issued
        meeting = printing.find_meeting(args.meeting) if args.meeting != "latest" else None
        if meeting is None:
            latest = services.meetings.latest()
            if latest is None:
                raise StudioError(tr("还没有会议记录。请先在“会议纪要”页新建会议。"))
            meeting = latest.id
        doc = services.archive.minutes(meeting)
    elif args.document == "reception":
        day = (
            printing.latest_reception_day()
            if args.day == "latest"
            else printing.reception_day_on(args.day)
        )
        doc = printing.reception_record(day)
    elif args.document == "receipt":
        doc = printing.receipt(printing.find_request(args.request))
    elif args.document == "qr-poster":
        doc = printing.qr_poster(services.studio_id, args.size)
    elif args.document == "figures":
        from studio_app.core.figures_print import figures_pdf, year_period

        today = date.today()
        if args.year is not None and not 2000 <= args.year <= today.year:
            raise StudioError(tr("年份应在 2000 至 {year} 之间。").format(year=today.year))
        doc = figures_pdf(services, *year_period(args.year, today), year=args.year, today=today)
    else:
        doc = printing.member_card(printing.find_member(args.member))
    write_atomic(out, doc.data)
    by = services.current_user.name if services.current_user else _who()
    services.archive.issue(doc, by=by)  # handed out: kept in the archive as it is
    print(trn("已生成 {file}（%n 页）", doc.pages).format(file=out))
    if doc.missing:
        from studio_app.documents.fonts import missing_message

        print(missing_message(doc.missing), file=sys.stderr)
    return 0


def _who() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account)
        return tr("命令行")


def _archive(args) -> int:
    from pathlib import Path

    archive = open_services(
        args, sign_in_user=args.action == "export"
    ).archive  # verify: hashes only
    if args.action == "export":
        end = args.end or date.today()
        start = args.start or date(end.year, 1, 1)
        count, manifest = archive.export(start, end, Path(args.out))
        print(trn("已导出 %n 份存档文件到 {folder}，清单：{manifest}", count).format(
            folder=args.out, manifest=manifest))  # fmt: skip
        return 0
    damaged = 0
    checked = 0
    for row, intact in archive.verify():
        checked += 1
        if not intact:
            damaged += 1
            print(tr("已损坏：{title}（{when}，SHA-256 {sha}）").format(
                title=row.title, when=row.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                sha=row.sha256), file=sys.stderr)  # fmt: skip
    if damaged:
        print(trn("共核对 %n 份存档文件，{bad} 份已损坏。", checked).format(bad=damaged),
              file=sys.stderr)  # fmt: skip
        return cli_errors.PROBLEMS
    print(trn("共核对 %n 份存档文件，全部完好。", checked))
    return 0


def _member_qr(args, printing, out) -> int:
    from studio_app.documents.files import write_atomic
    from studio_app.documents.qr import qr_png, qr_svg

    payload = printing.member_codes.payload(printing.find_member(args.member))
    suffix = out.suffix.lower()
    if suffix == ".svg":
        write_atomic(out, qr_svg(payload).encode("utf-8"))
    elif suffix == ".png":
        buffer = io.BytesIO()
        qr_png(payload, buffer)
        write_atomic(out, buffer.getvalue())
    else:
        raise StudioError(tr("二维码只能保存为 .png 或 .svg 文件。"))
    print(tr("已生成 {file}").format(file=out))
    return 0


def _reception_days(args) -> int:
    services = open_services(args)
    studio_id = services.studio_id
    if studio_id is None:  # a database of one studio (else --studio says which)
        studios = services.studios.list()
        if not studios:
            raise StudioError(tr("还没有工作室，请先在程序里填写工作室信息。"))
        if len(studios) > 1:
            raise StudioError(
                tr("数据库里有多个工作室，请用 --studio 指明为哪个工作室生成接待日。")
            )
        studio_id = studios[0].id
    year = services.reception_days.generate(studio_id, args.year or date.today().year)
    print("\n".join(year.report()))
    return 0


COMMANDS = {
    "archive": _archive,
    "reception-days": _reception_days,
    "print": _print,
    "demo": _demo,
    "info": _info,
    "template": _template,
    "import": _import,
    "export": _export,
    "overdue": _overdue,
}
COMMANDS.update(cli_backup.COMMANDS)
COMMANDS.update(cli_record.COMMANDS)
COMMANDS.update(cli_county.COMMANDS)
COMMANDS.update(cli_studios.COMMANDS)
COMMANDS.update(cli_intake.COMMANDS)
COMMANDS.update(cli_server.COMMANDS)
COMMANDS.update(cli_field.COMMANDS)
