"""The minutes, the reception register and the receipt held to the office's own paper rules:
a signature block never on a page of its own, 草稿 across every page of a draft, no U+0000 in
any text layer, and the smaller points of issue 17 (one attendance list, no empty fact cell,
paragraphs flush with the tables)."""

from __future__ import annotations

import re
from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType
from studio_app.documents.fonts import FontSet
from studio_app.documents.minutes_pdf import Action, AgendaItem, Attendee, Minutes, render_minutes
from studio_app.documents.reception_pdf import (
    Receipt,
    ReceptionRecord,
    RecordLine,
    render_receipt,
    render_reception_record,
)

STUDIO = "城关镇农业界委员工作室"


@pytest.fixture(scope="module", params=["house", "compact"])
def fonts(request) -> FontSet:
    """Each document in the house style (fonts by role, 3号) and in the compact layout."""
    return getattr(FontSet, request.param)()


def pages_of(data: bytes) -> list[str]:
    return [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(BytesIO(data)).pages]


def last_page(data: bytes) -> str:
    """The last page's text alone (the sweeps below read only it: 120 documents)."""
    return re.sub(r"\s+", "", PdfReader(BytesIO(data)).pages[-1].extract_text())


def minutes(discussion: str, *, actions: int = 0) -> Minutes:
    return Minutes(
        type=MeetingType.CONSULTATION, topic="东风村村道硬化", topic_source="",
        starts_at=datetime(2026, 11, 20, 9, 30), ends_at=None, place="议事室", host="王䶮",
        recorder="吉𠮷", summary="",
        attendees=(Attendee("王䶮", "县水务局", "", True, AttendanceRole.PRESENT),
                   Attendee("钱犇", "县交通运输局", "副局长", False, AttendanceRole.PRESENT)),
        agenda_items=(AgendaItem("村道", discussion),), agreed_items=("县交通运输局牵头立项。",),
        actions=tuple(Action(f"落实第{i}段", "县交通运输局", date(2027, 3, 31), "",
                             ActionStatus.OPEN, None, "") for i in range(1, actions + 1)),
    )  # fmt: skip


def without_furniture(page: str, *marks: str) -> str:
    """A page's text without its footer, the page number, the watermark and ``marks``."""
    page = re.sub(r"第\d+页共\d+页", "", page)
    for mark in (STUDIO, "草稿，未定稿", "草稿", *marks):
        page = page.replace(mark, "")
    return page


MINUTES_SIGNATURE = ("主持人（签字）：", "记录人（签字）：", "纪要整理日期：________年____月____日")


def test_the_minutes_signature_shares_its_page_with_the_text(fonts):
    """Every length of discussion from one page to three: the signature page always holds at
    least a few lines of the minutes (before, some of these ended with a page of signatures)."""
    alone = []
    for n in range(60, 420, 6):
        for actions in (0, 9):
            doc = render_minutes(minutes("村道泥泞，出行困难。" * n, actions=actions), fonts,
                                 studio_name=STUDIO)  # fmt: skip
            last = last_page(doc.data)
            assert "主持人（签字）" in last
            rest = without_furniture(last, *MINUTES_SIGNATURE)
            if len(rest) < 10:  # three lines of text hold far more than ten characters
                alone.append((n, actions, rest))
    assert not alone


def test_the_register_signature_shares_its_page_with_the_rows(fonts):
    alone = []
    for n in range(8, 40, 1):
        record = ReceptionRecord(
            studio_name=STUDIO, held_on=date(2026, 11, 16), place="工作室", duty="王䶮",
            status="已举行", visitors=n,
            lines=[RecordLine(f"2026-{i:04d}", "李堃", "138****5678", "东风村", "交通",
                              "路灯坏了，晚上看不见路。" * (1 + i % 4), "王䶮", "办理中")
                   for i in range(n)],
        )  # fmt: skip
        doc = render_reception_record(record, fonts)
        last = last_page(doc.data)
        assert "登记人（签字）" in last
        rest = without_furniture(last, "值班委员（签字）：", "登记人（签字）：")
        if "2026-" not in rest:
            alone.append(n)
    assert not alone


def test_a_draft_carries_the_mark_across_every_page_and_a_final_copy_none(fonts):
    body = minutes("村道泥泞，出行困难。" * 300, actions=20)
    draft = render_minutes(body, fonts, studio_name=STUDIO, draft=True)
    final = render_minutes(body, fonts, studio_name=STUDIO)
    assert draft.pages >= 3
    assert marks(draft.data) == [True] * draft.pages
    assert marks(final.data) == [False] * final.pages


def marks(data: bytes) -> list[bool]:
    """Per page: is 草稿 drawn turned and large (the watermark, not the footer's 9 pt words)?"""
    found = []
    for page in PdfReader(BytesIO(data)).pages:
        seen = []

        def visit(text, cm, tm, _font, size, seen=seen):
            turned = abs(cm[1]) > 0.1 or abs(tm[1]) > 0.1
            if "草稿" in text and turned and size * max(abs(cm[0]), abs(cm[1]), 1) > 60:
                seen.append(text)

        page.extract_text(visitor_text=visit)
        found.append(bool(seen))
    return found


def receipt(**changes) -> Receipt:
    values = dict(
        studio_name=STUDIO, studio_phone="0931-6123456", studio_address="丰源县城关镇人民路18号",
        number="2026-0002", registered_on=date(2026, 1, 15), visitor="赵德明",
        phone="168****3090", id_number="", village="西关村", category="就业",
        content="村里妇女希望在家门口找到手工活", received_by="李东",
        answer_by=date(2026, 1, 26),
    )  # fmt: skip
    values.update(changes)
    return Receipt(**values)


def test_the_receipt_says_things_once_and_the_stub_has_the_visitor_sign(fonts):
    doc = render_receipt(receipt(), fonts)
    raw = "".join(p.extract_text() for p in PdfReader(BytesIO(doc.data)).pages)
    text = re.sub(r"\s+", "", raw)
    assert "1月26日 前" not in raw and "2026年1月26日前" in text
    assert text.count("0931-6123456") == 2  # once a copy, not "电话：…，联系电话…"
    assert text.count("工作室地址：丰源县城关镇人民路18号；电话：0931-6123456。") == 2
    assert text.count("来访人（签字）") == 1  # on the stub the studio keeps
    stub, _cut, _copy = text.partition("沿此线剪开")
    assert "来访人（签字）" in stub


def test_minutes_list_the_attendance_once(fonts):
    text = "".join(pages_of(render_minutes(minutes("村道泥泞。"), fonts, studio_name=STUDIO).data))
    assert text.count("钱犇") == 1 and "参会人员名单" not in text


def test_paragraphs_start_where_the_tables_do(fonts):
    """The text's left edge is the left margin, where the tables (as wide as the text) draw
    their rule; before, the frame's 6 pt padding set the text in and the tables out."""
    doc = render_minutes(minutes("村道泥泞，出行困难。"), fonts, studio_name=STUDIO)
    page = PdfReader(BytesIO(doc.data)).pages[0]
    starts = []

    def visit(text, cm, tm, _font, _size):
        if text.strip().startswith("1."):
            starts.append(cm[4] + tm[4])

    page.extract_text(visitor_text=visit)
    margin = 28 * mm if fonts.official else 20 * mm  # the binding edge of GB/T 9704
    assert starts and abs(starts[0] - margin) < 0.5


def line_texts(para) -> list[str]:
    lines = []
    for line in para.blPara.lines:
        words = line[1] if isinstance(line, tuple) else [w.text for w in line.words]
        lines.append("".join(words))
    return lines


KINSOKU_TEXT = (
    "群众反映（三组、五组）村道泥泞，出门要蹚水；《村规民约》规定：“谁受益、谁出力”。"
    "联系电话0931-6123456，路长约3.2公里（含桥）。【急】"
)


@pytest.mark.parametrize("mixed", [False, True], ids=["one font", "runs of two fonts"])
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(fonts, mixed):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from studio_app.documents import pdf_layout  # noqa: F401 (it sets the line breaker)

    chain = fonts.body
    style = ParagraphStyle("t", fontName=chain.primary, fontSize=10, leading=14, wordWrap="CJK")
    text = KINSOKU_TEXT * 4 + ("ABC䶮" if mixed else "")
    starts, ends, whole = [], [], []
    for width in range(60, 320, 3):
        para = Paragraph(chain.markup(text), style)
        para.wrap(width, 10_000)
        lines = line_texts(para)
        whole.append("".join(lines) == text)
        starts += [line[:1] for line in lines[1:]]
        ends += [line[-1:] for line in lines[:-1]]
        if width >= 160:  # a line long enough: the phone number is never cut
            assert not [ln for ln in lines if "0931-" in ln and "6123456" not in ln], width
    assert all(whole) and len(starts) > 1500
    assert not [c for c in starts if c in "、，。；：）》”’"]
    assert not [c for c in ends if c in "（《“‘【"]


def test_table_cells_break_between_phrases(fonts):
    from studio_app.documents.line_breaks import phrase_list
    from studio_app.documents.pdf_layout import DocumentBuilder

    b = DocumentBuilder(fonts, title="t", footer="f")
    text = "三组至五组的村道雨天泥泞群众出门要蹚水老人孩子出行困难"
    bounds, at = set(), 0
    for phrase in phrase_list(text):
        at += len(phrase)
        bounds.add(at)
    assert 0 < len(bounds) < len(text)  # BudouX found phrases, not single characters
    cut_inside = 0
    for width in range(50, 200, 4):
        cell = b.cell(text)
        cell.wrap(width, 10_000)
        lines = line_texts(cell)
        assert "".join(lines) == text  # the phrase marks are never drawn
        at = 0
        for line in lines[:-1]:
            at += len(line)
            cut_inside += at not in bounds
    assert cut_inside == 0


def test_title_headings_and_body_each_in_their_role_s_font():
    """In the house style, the PDF's own font names: the title in 小标宋/黑体, headings in 黑体,
    second-level headings in 楷体, the body in 仿宋/宋 (on Debian: WenQuanYi Zen Hei, AR PL
    UKai and AR PL UMing, as ``make`` installs them)."""
    from reportlab.pdfbase import pdfmetrics

    fonts = FontSet.house()
    primaries = {  # the names the PDF gives them (the font's own PostScript name)
        role: pdfmetrics.getFont(fonts.chain(role).primary).face.name.decode()
        for role in ("title", "heading", "subheading", "body")
    }
    if len(set(primaries.values())) < 3:
        pytest.skip("this PC has no separate title, heading and body fonts")
    body = minutes("委员发言：村道泥泞，出行困难。")
    doc = render_minutes(body, fonts, studio_name=STUDIO)
    drawn: dict[str, set[str]] = {}

    def visit(text, _cm, _tm, font, _size):
        if font and text.strip():
            name = re.sub(r"-\d+$", "", str(font["/BaseFont"]).split("+")[-1])  # subset number
            drawn.setdefault(text.strip(), set()).add(name)

    PdfReader(BytesIO(doc.data)).pages[0].extract_text(visitor_text=visit)

    def font_of(fragment: str) -> set[str]:
        return set().union(*(f for text, f in drawn.items() if fragment in text))

    assert font_of("协商议事会纪要") == {primaries["title"]}
    assert font_of("议程及讨论情况") == {primaries["heading"]}
    assert font_of("（一）村道") == {primaries["subheading"]}
    assert font_of("出行困难") == {primaries["body"]}
    assert primaries["title"] != primaries["body"] and primaries["heading"] != primaries["body"]
