"""Command line: 扫码说事 on a PC with no screen (wired into ``studio_app.cli``).

studio-app intake serve --bind ADDRESS [--port N] [--minutes M] [--pin]
                              serve the intake page on one address; its first line of output is
                              the page's address with this run's token (the QR code's text)
studio-app intake pending [--json]
                              what arrived and awaits acceptance (phones masked)
studio-app intake poster --out F.pdf
                              the standing poster for the fixed address set at the desk

All need a login when logins are set up (the acting user's studio; a county user names one with
--studio).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading

from studio_app.base.i18n import tr, trn
from studio_app.base.local_times import local_minute
from studio_app.base.masking import mask_phone
from studio_app.cli_login import open_services


def add_parsers(sub, db_parent: argparse.ArgumentParser) -> None:
    from studio_app.core.intake import DEFAULT_MINUTES, DEFAULT_PORT

    intake = sub.add_parser("intake", help=tr("扫码说事：在工作室的网络上开放登记页，查看待受理"))
    verbs = intake.add_subparsers(dest="verb", required=True, metavar="VERB")
    serve = verbs.add_parser("serve", parents=[db_parent], help=tr("在一个网络地址上开放登记页"))
    serve.add_argument(
        "--bind", required=True, help=tr("这台电脑在工作室网络中的地址，如 192.168.1.10")
    )
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=tr("端口（默认 8080）"))
    serve.add_argument("--minutes", type=int, default=DEFAULT_MINUTES,
                       help=tr("多少分钟后自动停止（默认 240，即 4 小时）"))  # fmt: skip
    serve.add_argument("--pin", action="store_true", help=tr("要求填写 4 位验证码（在终端显示）"))
    pending = verbs.add_parser("pending", parents=[db_parent], help=tr("列出待受理的扫码提交"))
    pending.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))
    poster = verbs.add_parser("poster", parents=[db_parent], help=tr("打印长期二维码海报（PDF）"))
    poster.add_argument("--out", required=True, help=tr("输出的 PDF 文件"))


def _intake(args) -> int:
    return {"serve": _serve, "pending": _pending, "poster": _poster}[args.verb](args)


def _serve(args) -> int:
    from studio_app.core.intake import (
        STOP_INTERRUPTED,
        IntakeSession,
        check_minutes,
        new_pin,
    )
    from studio_app.intake_server import IntakeServer

    services = open_services(args)
    intake = services.intake
    session = IntakeSession(
        intake.serving_studio(services.studio_id), args.bind, args.port,
        check_minutes(args.minutes), new_pin() if args.pin else "", intake.standing_valid,
    )  # fmt: skip
    done = threading.Event()
    server = IntakeServer(
        services, session,
        on_received=lambda receipt: print(tr("收到扫码提交 {receipt}").format(receipt=receipt),
                                          flush=True),
        on_stopped=lambda _why: done.set(),
    )  # fmt: skip
    server.start()
    print(session.url, flush=True)  # first line: what the QR code holds
    if session.pin:
        print(tr("验证码：{pin}").format(pin=session.pin), flush=True)
    print(trn("%n 分钟后自动停止；按 Ctrl+C 停止。", session.minutes), flush=True)
    main = threading.current_thread() is threading.main_thread()  # signals reach only it
    previous = (
        signal.signal(signal.SIGTERM, lambda *_: server.stop(STOP_INTERRUPTED)) if main else None
    )
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        server.stop(STOP_INTERRUPTED)
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
    print(trn("已停止，本次收到 %n 条。", session.received), flush=True)
    return 0


def _pending(args) -> int:
    services = open_services(args)
    rows = services.intake.pending()
    if args.json:
        out = [{"id": str(r.id), "receipt": r.receipt, "received_at": r.received_at.isoformat(),
                "name": r.name, "phone": mask_phone(r.phone), "village": r.village,
                "category": r.category, "content": r.content, "photo": r.has_photo}
               for r in rows]  # fmt: skip
        text = json.dumps(out, ensure_ascii=False, indent=2) + "\n"
        sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the console's code page
        sys.stdout.flush()
        return 0
    if not rows:
        print(tr("没有待受理的扫码提交。"))
    for r in rows:
        print(tr("{receipt}  {when}  {name}  {phone}  {village}  {category}：{content}").format(
            receipt=r.receipt, when=local_minute(r.received_at), name=r.name,
            phone=mask_phone(r.phone), village=r.village or "-", category=r.category or "-",
            content=r.content[:40].replace("\n", " "),
        ))  # fmt: skip
    return 0


def _poster(args) -> int:
    from pathlib import Path

    from studio_app.documents.files import write_atomic

    services = open_services(args)
    doc = services.intake.poster(services.printing.chain())
    write_atomic(Path(args.out), doc.data)
    print(trn("已生成 {file}（%n 页）", doc.pages).format(file=args.out))
    return 0


COMMANDS = {"intake": _intake}
