"""扫码找委员 on paper: a wall poster of a studio's members and a single member's card.

Each member appears with their photo (when there is one), name, role, level and sector,
specialties and the QR code a phone reads with no internet (a vCard, or the county's page).

A phone held at arm's length sees about 3.3 camera pixels per printed millimetre and reads a
module of 0.8 mm or more (core.member_codes keeps every code at version 8 or below, 49 modules).
Every code on a poster is drawn the same size with its quiet zone: 46 mm on A4, so the code
itself is 40 mm (version 8, 0.81 mm a module) down to 37 mm (version 4, 1.1 mm a module), and
56 mm on A3 (48 to 45 mm). That takes nine cards an A4 sheet and sixteen an A3 one.
"""

from __future__ import annotations

import io
import logging
import math
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from studio_app import APP_TITLE
from studio_app.base.i18n import tr
from studio_app.base.messages import encode, shown
from studio_app.documents.fonts import EMBEDDING, FontChain
from studio_app.documents.line_breaks import CANNOT_END, CANNOT_START
from studio_app.documents.pdf_layout import PdfDocument
from studio_app.documents.qr import PRINTED_MM, draw_qr

log = logging.getLogger("studio_app.documents")

INK = colors.HexColor("#1f2d3d")
MUTED = colors.HexColor("#55606e")
ACCENT = colors.HexColor("#b3261e")  # the red of CPPCC posters
RULE = colors.HexColor("#c9ced6")


@dataclass(frozen=True)
class MemberEntry:
    name: str
    role: str  # 领衔委员 / 加盟委员 / ""
    lead: bool
    title: str  # 县（区）政协委员 · 农业界
    work_unit: str
    specialties: str
    phone: str  # printed beside the code: the villager can call without scanning
    photo: bytes | None
    payload: str


@dataclass(frozen=True)
class PosterGrid:
    """One paper size of the poster: the grid, the code's side and the type sizes (points)."""

    columns: int
    rows: int
    qr: float  # the code's side, quiet zone included
    margin: float
    title: float  # 扫码找委员
    studio: float
    hint: float
    name: float
    text: float  # role, title, specialties
    caption: float  # the phone number under the code


GRIDS = {
    "A4": PosterGrid(3, 3, PRINTED_MM * mm, 9 * mm, title=24, studio=15, hint=12, name=16, text=12,
                     caption=14),
    "A3": PosterGrid(4, 4, 56 * mm, 12 * mm, title=34, studio=18, hint=14, name=18, text=12,
                     caption=15),
}  # fmt: skip
PAPER = {"A4": A4, "A3": A3}
FOOTER_H = 11 * mm  # below the cards: the studio, the date and the page number
FRAME = 1 * mm  # between a cell's edge and its rounded frame
PAD = 1.8 * mm  # inside the frame
LEADING = 1.3


def scan_hint(payloads: list[str]) -> str:
    """What a villager does with the codes. A phone's camera offers to save a vCard as a
    contact; WeChat's 扫一扫 only shows it as text; a web address opens in either."""
    if all(p.startswith("BEGIN:VCARD") for p in payloads):
        return tr(
            "用手机相机扫码，可把委员存进通讯录，不用上网；微信“扫一扫”只显示名片文字，不能保存。"
        )
    return tr("用微信“扫一扫”或手机相机扫码，打开县政协的委员页面（要上网），反映问题、联系委员。")


def hint_lines(
    chain: FontChain, hint: str, size: float, width: float, max_lines: int = 2
) -> list[str]:
    """The hint on one line, else on two broken after its semicolon, where the sense breaks."""
    return _two_lines(chain, hint, size, width, {"；": "；", "; ": ";"}, max_lines)


def _two_lines(
    chain: FontChain,
    text: str,
    size: float,
    width: float,
    marks: dict[str, str],
    max_lines: int = 2,
) -> list[str]:
    """``text`` on one line, else on two broken at the first of ``marks`` that makes both fit
    (the mark replaced by what the first line ends with), else wherever it must."""
    if chain.string_width(text, size) <= width:
        return [text]
    for mark, end in marks.items():
        first, found, rest = text.partition(mark)
        if found and all(chain.string_width(p, size) <= width for p in (first + end, rest)):
            return [first + end, rest]
    return fit_lines(chain, text, size, width, max_lines)


def readable_phone(phone: str) -> str:
    """A mobile number in groups as people read it out (138 1234 5678); others as stored."""
    if len(phone) == 11 and phone.isdigit() and phone.startswith("1"):
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    return phone


def _phone_line(m: MemberEntry) -> str:
    if m.phone:
        return tr("电话 {phone}").format(phone=readable_phone(m.phone))
    return tr("扫码联系{name}").format(name=m.name)


def render_poster(
    studio_name: str, members: list[MemberEntry], chain: FontChain, *, size: str = "A4"
) -> PdfDocument:
    """The studio's members on A4 or A3 sheets, a grid of cards with a header on each sheet."""
    grid, (width, height) = GRIDS[size], PAPER[size]
    margin = grid.margin
    hint = hint_lines(chain, scan_hint([m.payload for m in members]), grid.hint, width - 2 * margin)
    header_h = (grid.title * 1.25 + grid.studio * 1.4 + len(hint) * grid.hint * 1.35) + 3 * mm
    per_page = grid.columns * grid.rows
    pages = max(1, math.ceil(len(members) / per_page))
    cell_w = (width - 2 * margin) / grid.columns
    cell_h = (height - margin - header_h - FOOTER_H) / grid.rows
    title = tr("扫码找委员")
    stored_title = encode("document.qr_poster", studio=studio_name)

    buffer = io.BytesIO()
    c = _canvas(buffer, (width, height), shown(stored_title), studio_name)
    for page in range(pages):
        y = height - margin - grid.title
        c.setFillColor(ACCENT)
        _centered(c, chain, title, width / 2, y, grid.title)
        y -= grid.studio * 1.4
        c.setFillColor(INK)
        _centered(c, chain, studio_name, width / 2, y, grid.studio)
        c.setFillColor(MUTED)
        for line in hint:
            y -= grid.hint * 1.35
            _centered(c, chain, line, width / 2, y, grid.hint)
        chunk = members[page * per_page : (page + 1) * per_page]
        for i, member in enumerate(chunk):
            row, col = divmod(i, grid.columns)
            x = margin + col * cell_w
            y = height - margin - header_h - (row + 1) * cell_h
            _poster_cell(c, chain, member, x, y, cell_w, cell_h, grid)
        _footer(c, chain, width, margin, studio_name, page + 1, pages)
        c.showPage()
    with EMBEDDING:
        c.save()
    return PdfDocument(buffer.getvalue(), pages, chain.missing_text(), shown(stored_title),
                       stored_title=stored_title)  # fmt: skip


def text_lines(grid: PosterGrid, cell_h: float) -> int:
    """How many lines of text fit between the name and the code (at most three)."""
    room = cell_h - 2 * (FRAME + PAD) - grid.name * LEADING - grid.qr - grid.caption * 1.2
    return min(3, int(room // (grid.text * LEADING)))


def _poster_cell(c: Canvas, chain: FontChain, m: MemberEntry, x, y, w, h, grid: PosterGrid) -> None:
    """Top down: the name (with the role), the title and specialties (beside the photo when
    there is one), the code, its caption; every code on the poster the same size."""
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.roundRect(x + FRAME, y + FRAME, w - 2 * FRAME, h - 2 * FRAME, 2.5 * mm, stroke=1, fill=0)
    left, right, top = x + FRAME + PAD, x + w - FRAME - PAD, y + h - FRAME - PAD
    lines = text_lines(grid, h)
    text_h = grid.name * LEADING + lines * grid.text * LEADING
    text_x = left
    photo_w = text_h * 0.75
    if m.photo and _draw_photo(c, m.photo, left, top - text_h, photo_w, text_h):
        text_x = left + photo_w + 2 * mm
    text_w = right - text_x
    tag_w = chain.string_width(m.role, grid.text) + 2 * mm if m.role else 0
    # a long name (阿依古丽·买买提) gets smaller, down to the text's size, rather than running
    # into the next card
    size = grid.name
    while size > grid.text and chain.string_width(m.name, size) > text_w - tag_w:
        size -= 0.5
    name = fit_lines(chain, m.name, size, text_w - tag_w, 1)[0] if m.name else ""
    baseline = top - grid.name
    c.setFillColor(INK)
    chain.draw_string(c, text_x, baseline, name, size)
    if m.role:
        c.setFillColor(ACCENT if m.lead else MUTED)
        tag_x = text_x + chain.string_width(name, size) + 2 * mm
        chain.draw_string(c, tag_x, baseline, m.role, grid.text)
    c.setFillColor(MUTED)
    baseline = top - grid.name * LEADING
    # level and sector on lines of their own when the title is too wide for one
    title = (
        _two_lines(chain, m.title, grid.text, text_w, {" · ": ""})
        if lines >= 3
        else fit_lines(chain, m.title, grid.text, text_w, 1)
    )
    specialties = m.specialties and tr("专长：{text}").format(text=m.specialties)
    rest = fit_lines(chain, specialties, grid.text, text_w, lines - len(title))
    for line in (title + rest)[:lines]:
        baseline -= grid.text * LEADING
        chain.draw_string(c, text_x, baseline + grid.text * (LEADING - 1), line, grid.text)
    # the code centred between the text block and the caption (the grid leaves room for it)
    ceiling = top - text_h
    floor = y + FRAME + PAD + grid.caption * 1.2
    draw_qr(c, m.payload, x + (w - grid.qr) / 2, floor + (ceiling - floor - grid.qr) / 2, grid.qr)
    # the number under the code, in the ink of the name: read from across the desk and dialled
    c.setFillColor(INK if m.phone else MUTED)
    caption = _phone_line(m)
    size = grid.caption
    while size > grid.text and chain.string_width(caption, size) > right - left:
        size -= 0.5
    _centered(c, chain, caption, x + w / 2, y + FRAME + PAD + grid.caption * 0.3, size)


def render_member_card(studio_name: str, m: MemberEntry, chain: FontChain) -> PdfDocument:
    """One member's card on A4: a bordered card (to cut out or post by the door) with a large
    code, the member's facts and how to use the code."""
    width, height = A4
    buffer = io.BytesIO()
    stored_title = encode("document.member_card", name=m.name)
    title = shown(stored_title)
    c = _canvas(buffer, A4, title, studio_name)
    card_w, card_h = 150 * mm, 200 * mm
    x0, y0 = (width - card_w) / 2, height - 25 * mm - card_h
    frame = c.beginPath()
    frame.roundRect(x0, y0, card_w, card_h, 5 * mm)
    c.saveState()
    c.clipPath(frame, stroke=0, fill=0)  # the red header takes the frame's rounded corners
    c.setFillColor(ACCENT)
    c.rect(x0, y0 + card_h - 22 * mm, card_w, 22 * mm, stroke=0, fill=1)
    c.restoreState()
    c.setStrokeColor(RULE)
    c.setLineWidth(1)
    c.drawPath(frame, stroke=1, fill=0)
    c.setFillColor(colors.white)
    _centered(c, chain, tr("扫码找委员"), width / 2, y0 + card_h - 11 * mm, 22)
    _centered(c, chain, studio_name, width / 2, y0 + card_h - 18 * mm, 13)

    top = y0 + card_h - 32 * mm
    text_x = x0 + 12 * mm
    photo_w, photo_h = 30 * mm, 40 * mm
    if m.photo and _draw_photo(c, m.photo, text_x, top - photo_h, photo_w, photo_h):
        text_x += photo_w + 8 * mm
    text_w = x0 + card_w - 12 * mm - text_x
    c.setFillColor(INK)
    chain.draw_string(c, text_x, top - 24, m.name, 24)
    y = top - 24 - 10 * mm
    c.setFillColor(MUTED)
    specialties = m.specialties and tr("专长：{text}").format(text=m.specialties)
    for line in filter(None, [m.role, m.title, m.work_unit, specialties]):
        for part in fit_lines(chain, line, 12, text_w, 2):
            chain.draw_string(c, text_x, y, part, 12)
            y -= 18
    qr = 70 * mm
    draw_qr(c, m.payload, (width - qr) / 2, y0 + 36 * mm, qr)
    c.setFillColor(INK if m.phone else MUTED)
    _centered(c, chain, _phone_line(m), width / 2, y0 + 28 * mm, 20)
    c.setFillColor(MUTED)
    hint = hint_lines(chain, scan_hint([m.payload]), 12, card_w - 20 * mm, 3)
    for n, line in enumerate(hint):
        _centered(c, chain, line, width / 2, y0 + 19 * mm - n * 17, 12)
    _footer(c, chain, width, 20 * mm, studio_name)  # one card: no "第 1 页 共 1 页"
    c.showPage()
    with EMBEDDING:
        c.save()
    return PdfDocument(buffer.getvalue(), 1, chain.missing_text(), title,
                       stored_title=stored_title)  # fmt: skip


def fit_lines(chain: FontChain, text: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``; what does not fit ends
    in "…". A mark that may not begin a line (，。）) takes the character before it along; a
    Latin word is not split (English titles)."""
    lines: list[str] = []
    line = ""
    for ch in text.replace("\n", " "):
        if chain.string_width(line + ch, size) > width:
            carried = ""
            if _latin(ch) and line and _latin(line[-1]) and line.strip().count(" "):
                line, _space, carried = line.rpartition(" ")
            elif ch in CANNOT_START and len(line) > 1:
                line, carried = line[:-1], line[-1]
            lines.append(line)
            line = carried
            if len(lines) == max_lines:
                break
        line += ch
    else:
        if line:
            lines.append(line)
        return _no_lone_character(lines)
    last = lines[-1]
    while last and chain.string_width(last + "…", size) > width:
        last = last[:-1]
    lines[-1] = last + "…"
    return lines


def _no_lone_character(lines: list[str]) -> list[str]:
    """A wrapped text does not end with one character on a line of its own (委员工作室联络 /
    员): the line before gives it company, with a mark that may not begin a line kept with
    the character before it."""
    if len(lines) < 2 or len(lines[-1].strip()) != 1 or _latin(lines[-1].strip()):
        return lines
    before = lines[-2]
    take = 1
    while take < len(before) - 2 and (
        before[-take] in CANNOT_START or before[-take - 1] in CANNOT_END
    ):
        take += 1
    if len(before) - take < 2:
        return lines
    return [*lines[:-2], before[:-take], before[-take:] + lines[-1]]


def _latin(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "()'-")


def _canvas(buffer, pagesize, title: str, author: str) -> Canvas:
    c = Canvas(buffer, pagesize=pagesize, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(APP_TITLE)
    return c


def _centered(c: Canvas, chain: FontChain, text: str, cx: float, y: float, size: float) -> None:
    chain.draw_string(c, cx - chain.string_width(text, size) / 2, y, text, size)


def _draw_photo(c: Canvas, photo: bytes, x, y, w, h) -> bool:
    """The photo fitted into the box, centred; False (and nothing drawn) when it is unreadable."""
    try:
        image = ImageReader(io.BytesIO(photo))
        iw, ih = image.getSize()
    except Exception as exc:  # a damaged photo must not stop the poster
        log.info("member photo unreadable: %s", exc)
        return False
    ratio = min(w / iw, h / ih)
    dw, dh = iw * ratio, ih * ratio
    c.drawImage(image, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh, mask="auto")
    return True


def _footer(
    c: Canvas, chain: FontChain, width, margin, studio_name: str, page: int = 0, pages: int = 0
) -> None:
    """The studio and the date; the page number when ``page`` is given."""
    c.setFillColor(MUTED)
    size = 8
    y = 5 * mm
    chain.draw_string(c, margin, y, tr("　").join((studio_name, date.today().isoformat())), size)
    if not page:
        return
    text = tr("第 {page} 页 共 {total} 页").format(page=page, total=pages)
    chain.draw_string(c, width - margin - chain.string_width(text, size), y, text, size)
