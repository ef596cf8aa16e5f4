"""What a member's QR code says (扫码找委员).

Either a web address, when the studio has a page per member (the template in the settings, with
``{id}`` where the member's id goes), or else a contact card (vCard 3.0) a phone's camera saves
straight away: what a contact needs, the name, the phone number and the studio.

A code must stay sparse enough for a phone at arm's length: about 3.3 camera pixels per printed
millimetre, slightly blurred, reads a module of 0.8 mm or more. The poster prints codes 40 mm
(A4) and 48 mm (A3) wide; so no code holds more than version 8 (49 modules) takes at level M.
Level, sector and specialties are printed beside the code instead: in the code they made a
version 10-11 card that no phone read from across a desk.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from urllib.parse import urlsplit

from sqlalchemy import select

from studio_app.base.enums import MemberLevel
from studio_app.base.errors import NotFoundError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import label, word_label
from studio_app.base.text import clean_text
from studio_app.core.app_settings import SettingsService
from studio_app.core.models import Member, Studio, StudioMembership
from studio_app.core.records import load
from studio_app.core.unit_of_work import SessionSource

URL_TEMPLATE_KEY = "qr.url_template"
# What version 8 holds at level M in byte mode (ISO/IEC 18004 table 7): 49 modules, each at
# least 0.8 mm on the poster. A typical card is 120-140 bytes; a long studio name is shortened.
MAX_CODE_BYTES = 152
_ID_LENGTH = 36  # a member's id in a web address: 8-4-4-4-12 hex digits
_IN_CHUNK = 500  # ids per IN (...) list: well below every backend's parameter limit
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_ELLIPSIS = "…"


def _escape(text: str) -> str:
    """A vCard 3.0 text value (RFC 2426 section 5): backslash, comma, semicolon, newline."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def member_title(level: MemberLevel | None, sector: str) -> str:
    """What the card gives as the member's title, e.g. ``县（区）政协委员 · 农业界``."""
    title = tr("{level}政协委员").format(level=label(level)) if level else tr("政协委员")
    return f"{title} · {word_label(sector)}" if sector else title


def vcard(name: str, phone: str, studio_name: str, *, max_bytes: int | None = None) -> str:
    """A vCard 3.0 (N, FN, TEL, ORG) with CRLF line ends; an empty phone or studio is left out,
    N and FN are always there.

    The whole name goes in N's family-name part: Chinese names are not split into surname and
    given name (compound surnames, minority names), and phones then show it unchanged. A mobile
    number is typed CELL, any other number (a landline) WORK,VOICE. Lines are not folded: phone
    scanners read long lines, not all of them unfold. With ``max_bytes``, a studio name that
    would make the card longer (in UTF-8) is shortened and ends with "…", or left out; the name
    and the number are never cut.
    """
    head = ["BEGIN:VCARD", "VERSION:3.0", f"N:{_escape(name)};;;;", f"FN:{_escape(name)}"]
    if phone:
        kind = "CELL" if _MOBILE.match(phone) else "WORK,VOICE"
        head.append(f"TEL;TYPE={kind}:{_escape(phone)}")
    tail = ["END:VCARD"]
    org = f"ORG:{_escape(studio_name)}" if studio_name else ""
    if org and max_bytes is not None:
        room = max_bytes - len("\r\n".join([*head, *tail, ""]).encode("utf-8")) - 2
        org = _shortened("ORG:", studio_name, room)
    lines = [*head, *([org] if org else []), *tail]
    return "\r\n".join(lines) + "\r\n"


def _shortened(key: str, text: str, room: int) -> str:
    """``key`` and as much of ``text`` as fits in ``room`` bytes ("" when nothing does)."""
    line = f"{key}{_escape(text)}"
    if len(line.encode("utf-8")) <= room:
        return line
    budget = room - len(key.encode("utf-8")) - len(_ELLIPSIS.encode("utf-8"))
    kept, used = [], 0
    for char in text.rstrip():
        size = len(_escape(char).encode("utf-8"))
        if used + size > budget:
            break
        kept.append(char)
        used += size
    text = "".join(kept).rstrip()
    return f"{key}{_escape(text)}{_ELLIPSIS}" if text else ""


class MemberCodeService:
    def __init__(self, db: SessionSource, settings: SettingsService):
        self.db = db
        self.settings = settings

    # ---- the web address -----------------------------------------------------------------
    def url_template(self) -> str:
        """The address with ``{id}`` a code opens; "" means codes hold contact cards."""
        return self.settings.get(URL_TEMPLATE_KEY)

    def set_url_template(self, text: str) -> str:
        """Check and store the template (empty: back to contact cards); returns what was kept."""
        template = clean_text(text)
        if template:
            self._check_template(template)
        self.settings.set(URL_TEMPLATE_KEY, template)
        return template

    @staticmethod
    def _check_template(template: str) -> None:
        name = tr("扫码网址")

        def fail(message: str) -> None:
            raise ValidationError.single("url_template", name, message)

        size = len(template.replace("{id}", "0" * _ID_LENGTH).encode("utf-8"))
        if size > MAX_CODE_BYTES:
            fail(
                tr(
                    "{label}太长：加上委员编号共 {n} 个字节，二维码会太密，手机隔着桌子扫不出来；"
                    "最多 {max} 个字节（一个汉字算 3 个）。请换用较短的网址。"
                ).format(label=name, n=size, max=MAX_CODE_BYTES)
            )
        if not template.lower().startswith(("http://", "https://")):
            fail(
                tr(
                    "{label}应以 http:// 或 https:// 开头，例如 https://www.example.cn/member/{{id}}。"
                ).format(label=name)
            )
        if any(c.isspace() for c in template):
            fail(tr("{label}中不能有空格或换行。").format(label=name))
        if "{id}" not in template:
            fail(
                tr("{label}中要有 {{id}}（扫码时换成委员的编号），例如 {example}。").format(
                    label=name, example=template.rstrip("/") + "/{id}"
                )
            )
        if not urlsplit(template.replace("{id}", "0")).hostname:
            fail(tr("{label}“{text}”中没有网站地址。").format(label=name, text=template))

    # ---- what a code says ----------------------------------------------------------------
    def payload(self, member_id: uuid.UUID, studio_id: uuid.UUID | None = None) -> str:
        """The text of the member's code: the address when a template is set, else a vCard
        naming ``studio_id``'s studio (by default the member's current studio, lead first)."""
        return self.payloads([member_id], studio_id)[member_id]

    def payloads(
        self, member_ids: Iterable[uuid.UUID], studio_id: uuid.UUID | None = None
    ) -> dict[uuid.UUID, str]:
        """``payload`` for many members at once (a poster), in the order given, with a fixed
        number of queries: the setting, then the members with their studios."""
        ids = list(dict.fromkeys(member_ids))
        template = self.url_template()
        with self.db.session() as s:
            if template:
                found = set()
                for chunk in _chunks(ids):
                    found.update(s.scalars(select(Member.id).where(Member.id.in_(chunk))))
                self._check_found(ids, found)
                return {i: template.replace("{id}", str(i)) for i in ids}

            studio_name = None
            if studio_id is not None:
                studio_name = load(
                    s, Studio, studio_id, tr("找不到这个工作室，可能已被删除。")
                ).name
            cards: dict[uuid.UUID, str] = {}
            for chunk in _chunks(ids):
                for row in s.execute(_card_query(chunk, with_studio=studio_name is None)):
                    if row.id in cards:  # a second current studio: the first one counts
                        continue
                    cards[row.id] = vcard(
                        row.name,
                        row.phone,
                        studio_name if studio_name is not None else (row.studio or ""),
                        max_bytes=MAX_CODE_BYTES,
                    )
            self._check_found(ids, cards)
            return {i: cards[i] for i in ids}

    @staticmethod
    def _check_found(ids: list[uuid.UUID], found) -> None:
        if any(i not in found for i in ids):
            raise NotFoundError(tr("找不到这位委员，可能已被删除或数据库已更换。"))


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start : start + _IN_CHUNK]


def _card_query(ids: list[uuid.UUID], *, with_studio: bool):
    """The card's columns (never the photo) per member; with the studios of the member's
    current memberships (active studios only), one row each, the lead role first."""
    columns = (Member.id, Member.name, Member.phone)
    if not with_studio:
        return select(*columns).where(Member.id.in_(ids))
    return (
        select(*columns, Studio.name.label("studio"))
        .outerjoin(
            StudioMembership,
            (StudioMembership.member_id == Member.id) & StudioMembership.left_on.is_(None),
        )
        .outerjoin(Studio, (Studio.id == StudioMembership.studio_id) & Studio.archived_at.is_(None))
        .where(Member.id.in_(ids))
        .order_by(
            Member.id,
            Studio.id.is_(None),  # a membership of an archived studio last
            StudioMembership.role,  # "lead" before "team"
            Studio.created_at,
            Studio.id,
        )
    )
