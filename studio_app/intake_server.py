"""The intake page (扫码说事) served on the studio's own network: a door, like the window.

Python's own ``http.server`` (ThreadingHTTPServer), not QtHttpServer: it reads a request's
headers first, so a body larger than the limit (``Content-Length``) or one of unknown length
is refused before a byte of it is read; each connection has its own thread, so neither the
database writes nor the photos (Pillow) ever run on the window's thread, and the same server
runs from the command line on a PC with no screen (no Qt event loop). QtHttpServer 6.12 can cap
a body too, but handles each request on the thread that owns it (the window's) and the bundle
leaves it out.

It listens on one address only (never on every interface) and serves exactly one page, at
``/<token>``: the form (GET) and its submission (POST). Any other path is "not found"; no file,
directory, or anything stored is ever served. Every rule (tokens, PIN, CSRF, rates, checks,
the photo) is the core's (core/intake.py); submissions are saved through the same services as
the desk, in the studio the server was started for.
"""

from __future__ import annotations

import html
import logging
import re
import socket
import sys
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.i18n import tr
from studio_app.core.intake import (
    BODY_MAX_BYTES,
    CONTENT_MAX,
    STOP_TIME,
    IntakeRefusal,
    IntakeSession,
    SubmissionInput,
    clean_photo,
)
from studio_app.core.services import Services

log = logging.getLogger("studio_app.intake")
EVERY_INTERFACE = {"", "0.0.0.0", "::", "[::]", "*"}
FIELDS = ("name", "phone", "village", "category", "content", "consent", "pin", "csrf")
POLL_SECONDS = 0.1  # how soon a stop is noticed by the listening thread
READ_TIMEOUT = 30  # seconds a phone may take to send its request (a stalled one is dropped)


class BindRefused(StudioError):
    """The address to listen on is refused or cannot be used (said in Chinese)."""


class IntakeServer:
    """One run of the intake page: started, stopped by the desk or the command line, or by
    itself at the session's time limit.

    Attributes:
        session: the run's rules (token, PIN, rates, the count of submissions).
        on_received: called (on the server's thread) after each saved submission.
        on_stopped: called once the server has stopped, with the reason.
    """

    def __init__(self, services: Services, session: IntakeSession, *,
                 on_received: Callable[[str], None] | None = None,
                 on_stopped: Callable[[str], None] | None = None) -> None:  # fmt: skip
        self.services = services
        self.session = session
        self.on_received = on_received
        self.on_stopped = on_stopped
        studio = services.studios.get(session.studio_id) if session.studio_id else None
        studio = studio or services.studios.default()
        self.studio_name = studio.name if studio else ""
        self.studio_phone = studio.phone if studio else ""
        self.categories = services.categories.names()
        self._httpd: ThreadingHTTPServer | None = None
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        # One submission saved at a time: fifty phones at once would otherwise wait on the
        # database's write lock in turns of up to 100 ms (SQLite's busy wait), and keep the
        # window's thread from Python's lock meanwhile.
        self._saving = threading.Lock()
        # One photo decoded at a time: several at once pass Python's lock among themselves and
        # kept the window's thread waiting over 100 ms (one at a time: under 30 ms).
        self._photos = threading.Lock()
        self.stopped_why = ""

    # ---- start and stop ------------------------------------------------------------------
    def start(self) -> None:
        """Listen on the session's address and port (refused for every interface), record
        the start, and stop by itself at the time limit."""
        address = self.session.address.strip()
        if address in EVERY_INTERFACE:
            raise BindRefused(tr("请选择一个具体的网络地址；不能在所有网络上同时开放登记页。"))
        handler = type("Handler", (_Handler,), {"door": self})
        family_server = _V6Server if ":" in address else _Server
        try:
            httpd = family_server((address, self.session.port), handler)
        except OSError as exc:
            raise BindRefused(tr(
                "无法在 {address} 的端口 {port} 上开放登记页：这台电脑没有这个地址，或端口已被占用。"
                "请换一个网络或端口（{error}）。"
            ).format(address=address, port=self.session.port, error=exc.strerror or exc)) from exc  # fmt: skip
        self.session.port = httpd.server_address[1]  # port 0: the one the system gave
        try:
            self.services.intake.log_start(self.session)  # refused to a viewer: not opened
        except BaseException:
            httpd.server_close()
            raise
        self._httpd = httpd
        threading.Thread(
            target=httpd.serve_forever, args=(POLL_SECONDS,), name="intake-server", daemon=True
        ).start()
        self._timer = threading.Timer(self.session.seconds_left(), self.stop, (STOP_TIME,))
        self._timer.daemon = True
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def stop(self, why: str) -> None:
        """Stop listening (a form being sent is finished) and record why, once."""
        with self._lock:
            httpd = self._httpd
            if httpd is None or self.stopped_why:
                return
            self.stopped_why = why
        if self._timer is not None and self._timer is not threading.current_thread():
            self._timer.cancel()
        httpd.shutdown()
        httpd.server_close()
        try:
            self.services.intake.log_stop(self.session, why)
        finally:
            self._httpd = None  # ``running`` turns false once closed and recorded
        if self.on_stopped is not None:
            self.on_stopped(why)

    # ---- what the handler asks -----------------------------------------------------------
    def admits(self, token: str) -> bool | None:
        if self.session.expired():
            return None
        return self.session.admits(token)

    def submit(self, fields: dict[str, str], photo: bytes | None, standing: bool) -> str:
        """The form's fields checked and saved; returns the receipt (IntakeRefusal or
        ValidationError otherwise: nothing saved)."""
        session = self.session
        session.use_csrf(fields.get("csrf", ""))
        session.check_pin(fields.get("pin", ""))
        data = self.services.intake.checked(SubmissionInput(
            name=fields.get("name", ""), phone=fields.get("phone", ""),
            village=fields.get("village", ""), category=fields.get("category", ""),
            content=fields.get("content", ""), consent=fields.get("consent", "") == "yes",
        ))  # fmt: skip
        cleaned = None
        if photo:
            with self._photos:
                cleaned = clean_photo(photo)  # on this connection's thread
        session.take_phone(data.phone)
        with self._saving:
            receipt = self.services.intake.receive(
                data, cleaned, standing=standing, studio_id=session.studio_id
            )
        if self.on_received is not None:
            self.on_received(receipt)
        return receipt


class _Server(ThreadingHTTPServer):
    # Phones that connect at once wait in the listen queue: 5 (the default) made the 6th and
    # later retry after a second or more when a room of villagers sent at once.
    request_queue_size = 128
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """An unexpected failure of one phone's request: logged by its kind only (the base
        class prints the traceback, whose values may hold what the villager typed)."""
        kind = type(sys.exc_info()[1]).__name__
        log.warning("intake request failed: %s", kind)


class _V6Server(_Server):
    address_family = socket.AF_INET6


# ---- the page -----------------------------------------------------------------------------
STYLE = """
body{font-family:sans-serif;font-size:20px;line-height:1.5;margin:0;padding:16px;
background:#f6f7f9;color:#222}
h1{font-size:26px;margin:0 0 8px}label{display:block;font-weight:bold;margin-top:14px}
input[type=text],input[type=tel],select,textarea{width:100%;box-sizing:border-box;
font-size:20px;padding:10px;border:1px solid #999;border-radius:6px;background:#fff}
textarea{height:9em}.hint{font-size:16px;color:#555}.err{color:#b00020;font-size:18px}
.box{background:#fff;border-radius:8px;padding:14px;margin-top:12px}
.consent{font-weight:normal;display:flex;gap:10px;align-items:flex-start}
.consent input{width:28px;height:28px;flex:none}
button{width:100%;font-size:24px;padding:14px;margin-top:18px;border:0;border-radius:8px;
background:#1565c0;color:#fff}.receipt{font-size:34px;font-weight:bold;letter-spacing:2px}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _document(title: str, body: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>"
    ).encode()


def form_page(door: IntakeServer, values: dict[str, str] | None = None,
              errors: list[str] | None = None) -> bytes:  # fmt: skip
    """The form: the villager's own values and the errors again after a refusal (what they
    typed in this very request, nothing stored)."""
    values = values or {}
    session = door.session

    def field(name: str, label: str, kind: str = "text", hint: str = "", limit: int = 100) -> str:
        note = f'<div class="hint">{_e(hint)}</div>' if hint else ""
        return (f"<label for=\"{name}\">{_e(label)}</label>{note}"
                f"<input type=\"{kind}\" id=\"{name}\" name=\"{name}\" maxlength=\"{limit}\" "
                f"value=\"{_e(values.get(name, ''))}\">")  # fmt: skip

    chosen = values.get("category", "")
    options = "".join(
        f'<option value="{_e(c)}"{" selected" if c == chosen else ""}>{_e(c)}</option>'
        for c in door.categories
    )
    problems = "".join(f'<p class="err">{_e(e)}</p>' for e in errors or [])
    pin = ""
    if session.pin:
        pin = field("pin", tr("验证码"), "tel", tr("工作室现场公布的 4 位数字"), 4)
    consent = " checked" if values.get("consent") == "yes" else ""
    title = tr("扫码说事")
    body = (
        f'<h1>{_e(title)}</h1><div class="hint">{_e(door.studio_name)}</div>{problems}'
        f'<form method="post" enctype="multipart/form-data" accept-charset="utf-8">'
        f'<input type="hidden" name="csrf" value="{_e(session.csrf_token())}">'
        '<div class="box">'
        + field("name", tr("姓名"))
        + field("phone", tr("电话"), "tel", tr("工作室打这个电话告诉您办理结果"), 40)
        + field("village", tr("村（社区）"))
        + f'<label for="category">{_e(tr("类别（可不选）"))}</label>'
        f'<select id="category" name="category"><option value="">{_e(tr("（不选）"))}</option>'
        f"{options}</select>"
        f'<label for="content">{_e(tr("内容"))}</label>'
        f'<div class="hint">{_e(tr("想反映的事，最多 {n} 个字").format(n=CONTENT_MAX))}</div>'
        f'<textarea id="content" name="content" maxlength="{CONTENT_MAX}">'
        f"{_e(values.get('content', ''))}</textarea>"
        f'<label for="photo">{_e(tr("照片（可不传，最大 5 MB）"))}</label>'
        '<input type="file" id="photo" name="photo" accept="image/jpeg,image/png">'
        f'<div class="hint">{_e(tr("照片收到后会缩小，并去掉其中的拍摄位置等信息。"))}</div>'
        + pin
        + '</div><div class="box"><label class="consent">'
        f'<input type="checkbox" name="consent" value="yes"{consent}>'
        f"<span>{_e(tr('同意工作室使用以上信息办理诉求'))}</span></label></div>"
        f'<button type="submit">{_e(tr("提交"))}</button></form>'
        f'<p class="hint">{_e(plain_http_note())}</p>'
    )
    return _document(title, body)


def plain_http_note() -> str:
    """What the page and the guide say about its plain HTTP (no certificate on a LAN)."""
    return tr(
        "本页只在工作室的网络里打开，不经过互联网。没有互联网的网络无法取得受信任的证书，所以本页用"
        "普通的 http 传送：同一网络里的设备在技术上可能看到传送的内容。请不要填写身份证号、银行卡号和"
        "密码。提交的内容只保存在工作室的电脑上。"
    )


def receipt_page(door: IntakeServer, receipt: str) -> bytes:
    phone = door.studio_phone
    call = tr("工作室电话：{phone}").format(phone=phone) if phone else ""
    body = (
        f'<h1>{_e(tr("已收到"))}</h1><div class="box"><div>{_e(tr("回执号"))}</div>'
        f'<div class="receipt">{_e(receipt)}</div>'
        f"<p>{_e(tr('请记下回执号。工作室受理后会打电话告诉您办理情况。'))}</p>"
        f"<p>{_e(call)}</p></div>"
    )
    return _document(tr("已收到"), body)


def message_page(title: str, text: str) -> bytes:
    return _document(title, f'<h1>{_e(title)}</h1><div class="box"><p>{_e(text)}</p></div>')


# ---- HTTP ---------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    door: IntakeServer
    server_version = "studio"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = READ_TIMEOUT

    def log_message(self, format: str, *args) -> None:
        """Nothing is printed or logged per request: no address, phone or path of a phone."""

    def _send(self, status: int, body: bytes, *, close: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
        )
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _token(self) -> tuple[str, bool | None]:
        """The path's token and whether it opens the page (see ``IntakeSession.admits``)."""
        path = urlsplit(self.path).path
        parts = path.split("/")
        if len(parts) != 2 or not parts[1]:
            return "", None
        token = unquote(parts[1])
        return token, self.door.admits(token)

    def _refuse_token(self, token: str, *, close: bool = False) -> None:
        if token and len(token) >= 20 and "." not in token:  # a poster's code, not a file
            self._send(HTTPStatus.FORBIDDEN, message_page(tr("二维码已失效"), tr(
                "这个二维码已经失效（登记已结束，或海报已作废）。请扫描工作室现场张贴的新二维码，"
                "或直接到工作室、打电话反映。"
            )), close=close)  # fmt: skip
            return
        self._send(HTTPStatus.NOT_FOUND, message_page(tr("找不到这个页面"), tr(
            "请用手机扫描工作室的二维码打开登记页。"
        )), close=close)  # fmt: skip

    def do_GET(self) -> None:
        token, admitted = self._token()
        if admitted is None:
            self._refuse_token(token)
            return
        self._send(HTTPStatus.OK, form_page(self.door))

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        token, admitted = self._token()
        if admitted is None:
            self._refuse_token(token, close=True)  # its body is never read
            return
        try:
            self.door.session.take_post(self.client_address[0])
            body = self._body()
            fields, photo = _parse_form(self.headers.get("Content-Type", ""), body)
        except IntakeRefusal as refusal:
            self._send(refusal.status, message_page(tr("没有提交成功"), str(refusal)),
                       close=True)  # fmt: skip
            return
        try:
            receipt = self.door.submit(fields, photo, standing=admitted is False)
        except ValidationError as exc:
            errors = [f"{e.label}：{e.message}" if e.label not in e.message else e.message
                      for e in exc.errors]  # fmt: skip
            self._send(HTTPStatus.BAD_REQUEST, form_page(self.door, fields, errors))
            return
        except IntakeRefusal as refusal:
            self._send(refusal.status, form_page(self.door, fields, [str(refusal)]))
            return
        except StudioError as exc:
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, message_page(tr("没有提交成功"), str(exc)))
            return
        self._send(HTTPStatus.OK, receipt_page(self.door, receipt))

    def _body(self) -> bytes:
        """The body, read only once its declared length is known and within the limit."""
        if self.headers.get("Transfer-Encoding"):
            raise IntakeRefusal(tr("提交的方式不对，请用手机浏览器重新打开本页提交。"), 411)
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise IntakeRefusal(
                tr("提交的方式不对，请用手机浏览器重新打开本页提交。"), 411
            ) from None
        if length < 0 or length > BODY_MAX_BYTES:
            raise IntakeRefusal(
                tr(
                    "提交的内容太大：文字最多 {n} 个字，照片最大 5 MB。请换一张小一些的照片或截图。"
                ).format(n=CONTENT_MAX),
                413,
            )
        return self.rfile.read(length)


def _parse_form(content_type: str, body: bytes) -> tuple[dict[str, str], bytes | None]:
    """The form's fields (only the page's own) and the photo's bytes (None: no photo)."""
    kind, _, params = content_type.partition(";")
    kind = kind.strip().lower()
    if kind == "application/x-www-form-urlencoded":
        parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        return {k: v[0] for k, v in parsed.items() if k in FIELDS}, None
    boundary = _BOUNDARY.search(params)
    if kind != "multipart/form-data" or boundary is None:
        raise IntakeRefusal(tr("提交的方式不对，请用手机浏览器重新打开本页提交。"), 400)
    return _multipart(body, (boundary.group(1) or boundary.group(2)).encode("latin-1"))


_BOUNDARY = re.compile(r'boundary=(?:"([^"]+)"|([^\s;]+))', re.I)
_NAME = re.compile(rb'\bname="([^"]*)"', re.I)


def _multipart(body: bytes, boundary: bytes) -> tuple[dict[str, str], bytes | None]:
    """multipart/form-data split at its boundaries with bytes' own (C) methods: a 5 MB photo
    never goes through a parser in Python line by line, which held the window's thread."""
    fields: dict[str, str] = {}
    photo: bytes | None = None
    for part in body.split(b"--" + boundary)[1:]:
        if part.startswith(b"--"):  # the closing boundary
            break
        head, found, data = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        name = _NAME.search(head)
        if not found or name is None:
            raise IntakeRefusal(tr("提交的方式不对，请用手机浏览器重新打开本页提交。"), 400)
        data = data.removesuffix(b"\r\n")
        key = name.group(1).decode("utf-8", "replace")
        if key == "photo":
            photo = data or None
        elif key in FIELDS:
            fields[key] = data.decode("utf-8", "replace")
    return fields, photo
