"""扫码说事: villagers send their matters from their own phones over the studio's network.

The coordinator's PC serves a small page (intake_server.py, a door like the window); what
arrives is a *submission*, 待受理, outside the closed loop until the desk decides:

* **accept**: it becomes a registered request (channel 扫码) with its deadlines counted from
  the acceptance, its visitor linked to the household whose phone matches (only one);
* **merge** into a similar open request: registered as the visitor's own request and merged at
  once (the visitor is still answered and called back, as at the desk);
* **reject**, with a reason.

Every field is checked by the desk's own rules (``RequestService.check``: names with rare
characters, phones, control characters; a text beginning with "=" is stored as the text it is,
as at the desk, and exports keep it text). The page's limits are tighter: content 2,000
characters, one photo up to 5 MB (re-encoded without EXIF, so without location), HEIC refused.

An ``IntakeSession`` holds the rules of one run of the server, in memory: its random token
(≥128 bits, new at each start, so an old poster cannot submit), the studio's standing token
(revocable, checked in the database at each request), the optional PIN, single-use CSRF
tokens, and the rates per address, per phone and per session. Starts, stops, each submission
and each decision are in the audit log (receipt numbers only: no name or phone).

Retention: a decided submission follows its request's visitor (``forget_submissions`` in
core/retention.py): name and phone emptied, photo deleted; a rejected one after the same
number of years from its rejection. A pending one is never removed unseen.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from studio_app.base.enums import AuditAction, IntakeStatus, RequestChannel
from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.i18n import N_, tr
from studio_app.base.messages import chinese
from studio_app.base.text import clean_text
from studio_app.core.audit import add_event
from studio_app.core.guard import acting_user, permit
from studio_app.core.models import (
    Household,
    IntakeStanding,
    IntakeSubmission,
    Request,
    Studio,
    utcnow,
)
from studio_app.core.records import check_version, load
from studio_app.core.request_categories import CategoryService
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator
from studio_app.core.visitor_requests import RequestInput, RequestService
from studio_app.documents.fonts import FontChain
from studio_app.documents.pdf_layout import PdfDocument

S = IntakeStatus

CONTENT_MAX = 2000  # characters of 内容 (the desk allows 5,000; a phone's page is shorter)
PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_MAX_SIDE = 1600  # pixels: enough to read a notice, a few hundred KB
PHOTO_MAX_PIXELS = 50_000_000  # a decompression bomb is refused before it is decoded
# The most a form's body may be: the photo and the text fields with the form's own markup.
BODY_MAX_BYTES = PHOTO_MAX_BYTES + 64 * 1024
TOKEN_BYTES = 24  # 192 random bits, URL-safe (32 characters)
DEFAULT_MINUTES = 240  # the server stops itself after 4 hours unless told otherwise
MAX_MINUTES = 24 * 60
DEFAULT_PORT = 8080
CSRF_MAX_AGE = 2 * 3600  # seconds a form stays valid on a phone
# Rates: a villager resends after a mistake; a flood from one phone or address is refused.
ADDRESS_LIMIT, ADDRESS_WINDOW = 10, 600  # form posts per address per 10 minutes
PHONE_LIMIT, PHONE_WINDOW = 3, 3600  # submissions per phone number per hour
SESSION_LIMIT = 300  # submissions per run of the server
PIN_DIGITS = 4

STOP_BUTTON = N_("联络员停止")
STOP_TIME = N_("到了设定的时间")
STOP_CLOSED = N_("程序关闭")
STOP_INTERRUPTED = N_("命令行中断")
STOP_STUDIO = N_("切换了工作室")

HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "BMP", "MPO"}


class IntakeRefusal(StudioError):
    """What the page says to a phone, with the HTTP status it is sent with (nothing saved).

    Attributes:
        status: 400 (the form), 403 (token, PIN), 404, 413 (too large), 415 (HEIC), 429 (rate).
    """

    def __init__(self, message: str, status: int):
        self.status = status
        super().__init__(message)


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_pin() -> str:
    return f"{secrets.randbelow(10**PIN_DIGITS):0{PIN_DIGITS}d}"


def page_url(address: str, port: int, token: str) -> str:
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}/{token}" if port != 80 else f"http://{host}/{token}"


# ---- the submission as typed on the phone ---------------------------------------------------
@dataclass
class SubmissionInput:
    name: str = ""
    phone: str = ""
    village: str = ""
    category: str = ""
    content: str = ""
    consent: bool = False
    photo: bytes | None = None  # as uploaded; cleaned by ``clean_photo`` before it is saved


@dataclass(frozen=True)
class PendingSubmission:
    """A row of the desk's 待受理 list (and of ``intake pending``)."""

    id: uuid.UUID
    receipt: str
    received_at: datetime
    name: str
    phone: str
    village: str
    category: str
    content: str
    has_photo: bool
    standing: bool
    status: IntakeStatus
    version: int


def clean_photo(data: bytes) -> bytes:
    """The photo as stored: orientation applied, at most PHOTO_MAX_SIDE pixels a side, JPEG
    without any metadata (EXIF with its GPS location, XMP, comments are not copied)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > PHOTO_MAX_BYTES:
        raise IntakeRefusal(tr("照片太大（超过 5 MB），请换一张或截图后发送。"), 413)
    if data[4:8] == b"ftyp" and data[8:12] in HEIC_BRANDS:
        raise IntakeRefusal(tr(
            "这张照片是 HEIC 格式（苹果手机的默认格式），本页收不了。请在手机“设置 → 相机 → 格式”"
            "中选“兼容性最佳”后重拍，或把照片截图后发送截图。"
        ), 415)  # fmt: skip
    unreadable = IntakeRefusal(
        tr("照片无法识别，请发送 JPG 或 PNG 格式的照片，或截图后发送截图。"), 415
    )
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in PHOTO_FORMATS:
                raise unreadable
            if image.width * image.height > PHOTO_MAX_PIXELS:
                raise unreadable
            image.seek(0)
            # A JPEG is decoded straight at a fraction of its size (DCT scaling): a phone's
            # 12-megapixel photo in a quarter of the time and memory.
            image.draft("RGB", (PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
            upright = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise unreadable from exc
    upright.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=85, optimize=True)  # no exif= given: none is written
    return out.getvalue()


# ---- one run of the server ------------------------------------------------------------------
class _Window:
    """Events within a sliding window, per key (thread-safe through the session's lock)."""

    def __init__(self, limit: int, seconds: float):
        self.limit, self.seconds = limit, seconds
        self.seen: dict[str, deque[float]] = {}

    def full(self, key: str, now: float) -> bool:
        times = self.seen.get(key)
        if not times:
            return False
        while times and now - times[0] > self.seconds:
            times.popleft()
        return len(times) >= self.limit

    def add(self, key: str, now: float) -> None:
        self.seen.setdefault(key, deque()).append(now)


@dataclass
class IntakeSession:
    """The rules of one run of the intake server, in memory (a restart starts afresh: a new
    token, no CSRF token of the old run valid).

    Attributes:
        studio_id: the studio the submissions go to.
        address, port: where the page is served (one interface, never all).
        minutes: the time limit; ``expires`` is when it is reached (monotonic clock).
        pin: the 4-digit PIN the page asks for ("": none).
        standing: a check of the studio's standing token (None: not accepted in this run).
    """

    studio_id: uuid.UUID | None
    address: str
    port: int
    minutes: int = DEFAULT_MINUTES
    pin: str = ""
    standing: Callable[[str], bool] | None = None
    token: str = field(default_factory=new_token)
    started: float = field(default_factory=time.monotonic)
    received: int = 0
    _key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    _used: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _addresses: _Window = field(default_factory=lambda: _Window(ADDRESS_LIMIT, ADDRESS_WINDOW))
    _phones: _Window = field(default_factory=lambda: _Window(PHONE_LIMIT, PHONE_WINDOW))

    @property
    def url(self) -> str:
        """The page's address with this run's token: what the QR code and the CLI show."""
        return page_url(self.address, self.port, self.token)

    @property
    def expires(self) -> float:
        return self.started + self.minutes * 60

    def expired(self, now: float | None = None) -> bool:
        return (now or time.monotonic()) >= self.expires

    def seconds_left(self) -> int:
        return max(0, int(self.expires - time.monotonic()))

    def admits(self, token: str) -> bool | None:
        """Whether ``token`` (the first part of the path) opens the page: True through this
        run's poster, False through the standing poster, None: not at all."""
        if token and hmac.compare_digest(token.encode(), self.token.encode()):
            return True
        if self.standing is not None and token and self.standing(token):
            return False
        return None

    # ---- CSRF: a signed, single-use token in each form ------------------------------------
    def csrf_token(self, now: float | None = None) -> str:
        issued = int(now or time.time())
        nonce = secrets.token_urlsafe(12)
        return f"{nonce}.{issued}.{self._sign(nonce, issued)}"

    def _sign(self, nonce: str, issued: int) -> str:
        return hmac.new(self._key, f"{nonce}.{issued}".encode(), hashlib.sha256).hexdigest()[:32]

    def use_csrf(self, value: str, now: float | None = None) -> None:
        """Accept the form's token once (a resent form is refused, nothing saved twice)."""
        now = now or time.time()
        expired = IntakeRefusal(tr("这个页面已过期，请重新扫码打开后再填写。"), 400)
        try:
            nonce, issued_text, mac = value.split(".")
            issued = int(issued_text)
        except ValueError:
            raise expired from None
        if not hmac.compare_digest(mac, self._sign(nonce, issued)):
            raise expired
        if not 0 <= now - issued <= CSRF_MAX_AGE:
            raise expired
        with self._lock:
            for old in [k for k, at in self._used.items() if now - at > CSRF_MAX_AGE]:
                del self._used[old]
            if nonce in self._used:
                raise IntakeRefusal(tr("这份内容已经提交过了，不用重复提交。"), 400)
            self._used[nonce] = now

    def check_pin(self, typed: str) -> None:
        if self.pin and not hmac.compare_digest(clean_text(typed).encode(), self.pin.encode()):
            raise IntakeRefusal(tr("验证码不对，请看工作室现场公布的 4 位验证码。"), 403)

    # ---- rates -----------------------------------------------------------------------------
    def take_post(self, address: str) -> None:
        """Count a form post from ``address`` before its body is read; refuse a flood."""
        now = time.monotonic()
        with self._lock:
            if self.received >= SESSION_LIMIT:
                raise IntakeRefusal(tr(
                    "本次扫码登记已收满 {n} 条，请直接到工作室或打电话反映。"
                ).format(n=SESSION_LIMIT), 429)  # fmt: skip
            if self._addresses.full(address, now):
                raise IntakeRefusal(tr("提交太频繁了，请过 10 分钟再试，或直接到工作室反映。"), 429)
            self._addresses.add(address, now)

    def take_phone(self, phone: str) -> None:
        """Count a submission for ``phone`` (checked), or refuse the phone's flood."""
        now = time.monotonic()
        with self._lock:
            if self._phones.full(phone, now):
                raise IntakeRefusal(
                    tr(
                        "这个电话号码一小时内已提交 {n} 次，请稍后再试，或直接到工作室反映。"
                    ).format(n=PHONE_LIMIT),
                    429,
                )
            self._phones.add(phone, now)
            self.received += 1


# ---- the service --------------------------------------------------------------------------
@dataclass(frozen=True)
class Standing:
    """The studio's standing poster: its fixed address and token ("": revoked)."""

    address: str
    port: int
    token: str

    @property
    def url(self) -> str:
        return page_url(self.address, self.port, self.token) if self.token else ""


class IntakeService:
    def __init__(self, db: SessionSource, requests: RequestService, categories: CategoryService):
        self.db = db
        self.requests = requests
        self.categories = categories

    # ---- the runs of the server ------------------------------------------------------------
    def log_start(self, session: IntakeSession) -> None:
        """Record the start (the acting user's act, which needs the EDIT permission: a viewer
        cannot open the studio's door)."""
        from studio_app.base.enums import Permission

        with self.db.session() as s:
            permit(s, Permission.EDIT, AuditAction.INTAKE, *self._session_texts(session))

    def serving_studio(self, studio_id: uuid.UUID | None) -> uuid.UUID | None:
        """The studio a run serves: the one the door works in, else the database's only one
        (refused on a county database where none is chosen: submissions must belong to one)."""
        if studio_id is not None:
            return studio_id
        with self.db.session() as s:
            ids = s.scalars(select(Studio.id).where(Studio.archived_at.is_(None)).limit(2)).all()
        if len(ids) > 1:
            raise StudioError(tr(
                "数据库里有多个工作室，请先选择为哪个工作室开放扫码登记（命令行用 --studio）。"
            ))  # fmt: skip
        return ids[0] if ids else None

    def log_stop(self, session: IntakeSession, why: str) -> None:
        with self.db.session() as s:
            add_event(
                s, acting_user(s), AuditAction.INTAKE,
                chinese("audit.intake_session", address=f"{session.address}:{session.port}"),
                chinese("audit.intake_stopped", why=[why], count=session.received),
            )  # fmt: skip

    @staticmethod
    def _session_texts(session: IntakeSession) -> tuple[str, str]:
        return (
            chinese("audit.intake_session", address=f"{session.address}:{session.port}"),
            chinese("audit.intake_started", minutes=session.minutes),
        )

    # ---- the standing poster ---------------------------------------------------------------
    def standing(self) -> Standing | None:
        with self.db.session() as s:
            row = s.scalars(select(IntakeStanding).limit(1)).first()
            return None if row is None else Standing(row.address, row.port, row.token)

    def standing_valid(self, token: str) -> bool:
        """Whether ``token`` is the studio's standing poster's (read at each request: a
        revocation holds at once)."""
        found = self.standing()
        return bool(found and found.token and hmac.compare_digest(found.token, token))

    def set_standing(self, address: str, port: int = DEFAULT_PORT) -> Standing:
        """Fix the address of the standing poster and give it a new token: posters printed
        before no longer open the page."""
        address = clean_text(address)
        v = Validator()
        if not address:
            v.add(
                "address",
                tr("固定地址"),
                tr("请填写这台电脑在工作室网络中的固定地址，例如 192.168.1.10。"),
            )
        if not isinstance(port, int) or not 1024 <= port <= 65535:
            v.add("port", tr("端口"), tr("端口应为 1024 到 65535 之间的数字，一般用 8080。"))
        v.raise_if_any()
        token = new_token()
        with self.db.session() as s:
            row = s.scalars(select(IntakeStanding).limit(1)).first()
            if row is None:
                row = IntakeStanding()
                s.add(row)
            row.address, row.port, row.token = address, port, token
            add_event(
                s, acting_user(s), AuditAction.INTAKE, chinese("audit.intake_standing"),
                chinese("audit.intake_standing_new", address=f"{address}:{port}"),
            )  # fmt: skip
        return Standing(address, port, token)

    def revoke_standing(self) -> None:
        """作废: no standing poster opens the page until a new one is made."""
        with self.db.session() as s:
            row = s.scalars(select(IntakeStanding).limit(1)).first()
            if row is None or not row.token:
                return
            row.token = ""
            add_event(
                s, acting_user(s), AuditAction.INTAKE, chinese("audit.intake_standing"),
                chinese("audit.intake_standing_revoked"),
            )  # fmt: skip

    def poster(self, chain: FontChain) -> PdfDocument:
        """The standing poster (A4) for the fixed address: refused when none is set or it was
        revoked."""
        from studio_app.documents.intake_poster import render_intake_poster

        with self.db.session() as s:
            row = s.scalars(select(IntakeStanding).limit(1)).first()
            if row is None or not row.token:
                raise StudioError(tr(
                    "还没有设置长期海报的固定地址（或原来的海报已作废）。请在“接待登记 → 开始扫码登记…”"
                    "中设置这台电脑的固定地址并生成长期二维码。"
                ))  # fmt: skip
            studio = s.get(Studio, row.studio_id) if row.studio_id else None
            name, phone = (studio.name, studio.phone) if studio else ("", "")
            url = page_url(row.address, row.port, row.token)
        return render_intake_poster(name, phone, url, chain)

    # ---- receiving -------------------------------------------------------------------------
    def checked(self, data: SubmissionInput) -> SubmissionInput:
        """The submission's fields cleaned and checked by the desk's rules and the page's own
        (ValidationError listing each field); the photo is left to ``clean_photo``."""
        v = Validator()
        try:
            content, category, name, phone, village = self.requests.check(RequestInput(
                content=data.content, category=data.category, channel=RequestChannel.QR,
                visitor_name=data.name, visitor_phone=data.phone, village=data.village,
            ))  # fmt: skip
        except ValidationError as exc:
            v.errors.extend(exc.errors)
            content = clean_text(data.content)
            category, name, phone, village = "", "", "", ""
        if len(clean_text(data.content)) > CONTENT_MAX:
            v.add("content", tr("内容"), tr(
                "内容太长（{n} 个字），最多 {max} 个字。请写主要的事，详细情况可以到工作室当面说。"
            ).format(n=len(clean_text(data.content)), max=CONTENT_MAX))  # fmt: skip
        if not clean_text(data.phone):
            v.add("phone", tr("电话"), tr("请填写电话，工作室要打电话告诉您办理结果。"))
        chosen = clean_text(data.category)
        if chosen and chosen not in self.categories.names():
            v.add("category", tr("类别"), tr("请从列表中选择类别，或不选。"))
        if not data.consent:
            v.add(
                "consent", tr("同意"), tr("请勾选“同意工作室使用以上信息办理诉求”，否则无法办理。")
            )
        v.raise_if_any()
        return SubmissionInput(name, phone, village, category if chosen else "", content, True)

    def receive(self, data: SubmissionInput, photo: bytes | None = None, *,
                standing: bool = False, studio_id: uuid.UUID | None = None,
                at: datetime | None = None) -> str:  # fmt: skip
        """Save a checked submission (``checked``) with its cleaned photo as 待受理, in
        ``studio_id`` (the run's; another than the door's is refused); returns its receipt
        number, the only thing the phone is told."""
        at = at or utcnow()
        day = at.astimezone().strftime("%y%m%d")
        for _attempt in range(10):  # two phones at once may take the same number
            try:
                with self.db.session() as s:
                    receipt = self._next_receipt(s, day)
                    s.add(IntakeSubmission(
                        receipt=receipt, received_at=at, name=data.name, phone=data.phone,
                        village=data.village, category=data.category, content=data.content,
                        photo=photo, has_photo=photo is not None, standing=standing,
                        studio_id=studio_id,
                    ))  # fmt: skip
                    add_event(
                        s, acting_user(s), AuditAction.INTAKE,
                        chinese("audit.intake_submission", receipt=receipt),
                        chinese("audit.intake_received"), at=at,
                    )  # fmt: skip
                return receipt
            except IntegrityError:
                continue
        raise StudioError(tr("服务器太忙，请稍后再提交。"))

    @staticmethod
    def _next_receipt(s: Session, day: str) -> str:
        prefix = f"{day}-"
        last = s.scalar(
            select(func.max(IntakeSubmission.receipt)).where(
                IntakeSubmission.receipt.startswith(prefix)
            )
        )
        return f"{prefix}{int(last.removeprefix(prefix)) + 1 if last else 1:03d}"

    # ---- the desk ----------------------------------------------------------------------------
    def pending(self) -> list[PendingSubmission]:
        """What awaits acceptance (待受理), oldest first."""
        stmt = (
            select(IntakeSubmission)
            .where(IntakeSubmission.status == S.PENDING)
            .order_by(IntakeSubmission.received_at, IntakeSubmission.receipt)
        )
        with self.db.session() as s:
            return [_row(x) for x in s.scalars(stmt)]

    def pending_count(self) -> int:
        with self.db.session() as s:
            return s.scalar(
                select(func.count()).select_from(IntakeSubmission)
                .where(IntakeSubmission.status == S.PENDING)
            ) or 0  # fmt: skip

    def get(self, submission_id: uuid.UUID) -> PendingSubmission:
        with self.db.session() as s:
            return _row(self._load(s, submission_id))

    def photo(self, submission_id: uuid.UUID) -> bytes | None:
        with self.db.session() as s:
            return self._load(s, submission_id).photo

    def household_for(self, phone: str) -> uuid.UUID | None:
        """The household the phone belongs to, when exactly one of the studio's has it."""
        if not phone:
            return None
        with self.db.session() as s:
            found = s.scalars(
                select(Household.id).where(Household.phone == phone,
                                           Household.archived_at.is_(None)).limit(2)
            ).all()  # fmt: skip
        return found[0] if len(found) == 1 else None

    def accept(self, submission_id: uuid.UUID, *, category: str = "", version: int | None = None,
               merge_into: uuid.UUID | None = None, at: datetime | None = None) -> Request:  # fmt: skip
        """受理: a registered request (deadlines from now), or with ``merge_into`` the visitor's
        own request merged into that open one, in one transaction with the submission's
        decision. The category is the coordinator's choice (the villager's by default)."""
        at = at or utcnow()
        with self.db.session() as s:
            sub = self._load(s, submission_id)
            check_version(sub, version)
            self._pending(sub)
            data = RequestInput(
                content=sub.content, category=clean_text(category) or sub.category,
                channel=RequestChannel.QR, visitor_name=sub.name, visitor_phone=sub.phone,
                village=sub.village, household_id=self.household_for(sub.phone),
                studio_id=sub.studio_id,
            )  # fmt: skip

        def decide(s: Session, request: Request) -> None:
            sub = self._load(s, submission_id)
            check_version(sub, version)
            self._pending(sub)  # another PC decided it meanwhile: nothing is registered
            sub.status = S.MERGED if merge_into is not None else S.ACCEPTED
            sub.request_id, sub.decided_at = request.id, at
            if merge_into is None:
                detail = chinese("audit.intake_accepted", number=request.number)
            else:
                target = s.get(Request, merge_into)
                detail = chinese("audit.intake_merged", number=target.number if target else "")
            add_event(s, acting_user(s), AuditAction.INTAKE_DECIDED,
                      chinese("audit.intake_submission", receipt=sub.receipt), detail)  # fmt: skip

        return self.requests.register(
            data, at=at, merge_into=merge_into, require_category=True, then=decide
        )

    def reject(self, submission_id: uuid.UUID, reason: str, *, version: int | None = None,
               at: datetime | None = None) -> None:  # fmt: skip
        """不予受理, with the reason (told to the villager when they call)."""
        reason = clean_text(reason)
        if not reason:
            raise ValidationError.single(
                "reason", tr("不予受理的理由"), tr("请填写不予受理的理由。")
            )
        with self.db.session() as s:
            sub = self._load(s, submission_id)
            check_version(sub, version)
            self._pending(sub)
            sub.status, sub.reason, sub.decided_at = S.REJECTED, reason, at or utcnow()
            add_event(
                s, acting_user(s), AuditAction.INTAKE_DECIDED,
                chinese("audit.intake_submission", receipt=sub.receipt),
                chinese("audit.intake_rejected"),
            )  # fmt: skip

    @staticmethod
    def _pending(sub: IntakeSubmission) -> None:
        if sub.status != S.PENDING:
            from studio_app.base.labels import label

            raise StudioError(tr("扫码提交 {receipt} 已经“{status}”，不能再处理。").format(
                receipt=sub.receipt, status=label(sub.status)))  # fmt: skip

    @staticmethod
    def _load(s: Session, submission_id: uuid.UUID) -> IntakeSubmission:
        return load(s, IntakeSubmission, submission_id, tr("找不到这条扫码提交，可能已被处理。"))


def _row(x: IntakeSubmission) -> PendingSubmission:
    return PendingSubmission(x.id, x.receipt, x.received_at, x.name, x.phone, x.village,
                             x.category, x.content, x.has_photo, x.standing, x.status,
                             x.version)  # fmt: skip


def check_minutes(minutes: int) -> int:
    """A run's time limit, checked: 1 minute to 24 hours."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
        raise ValidationError.single("minutes", tr("自动停止"), tr(
            "自动停止的时间应为 1 到 {max} 分钟。"
        ).format(max=MAX_MINUTES))  # fmt: skip
    return minutes
