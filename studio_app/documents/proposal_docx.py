"""A proposal (提案) or a 社情民意信息 as a Word file (.docx) for the member to finish in Word or WPS.

The page is the house style of an official document (GB/T 9704): A4, 37 mm at the top, 28 mm
at the binding edge; the title centred in 方正小标宋简体 二号 (22 pt), section headings in 黑体 三号,
the body in 仿宋 三号 (16 pt) at a fixed 28 pt line, each paragraph indented two characters.
Every run names its Chinese font in ``w:eastAsia`` too: Word and WPS pick the East Asian font
from there, and would set the Chinese in the Latin font's fallback otherwise.

The two forms as a county CPPCC office files them:

* 提案: 案由 as the title (“关于……的提案”), a table of 案由, 提案人 (with work unit and contact),
  附议人, 建议承办单位 and the date, then 一、情况分析（存在问题） and 二、具体建议;
* 社情民意信息: the headline, 一、基本情况, 二、存在问题, 三、意见建议, and at the end 反映人 and
  联系方式 (the member's own: never a visitor's).

An empty section keeps its heading and a line saying what to write there.
"""

from __future__ import annotations

import os
from datetime import date
from io import BytesIO

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from studio_app.base.enums import ProposalKind
from studio_app.base.i18n import tr
from studio_app.documents.files import write_atomic
from studio_app.documents.proposal_sheet import ProposalSheet

TITLE_FONT = "方正小标宋简体"  # the official documents' title face; WPS and Word substitute a
HEADING_FONT = "黑体"  # Song-class face where it is missing, never a Latin one (w:eastAsia)
BODY_FONT = "仿宋"
TITLE_SIZE = Pt(22)  # 二号
BODY_SIZE = Pt(16)  # 三号
TABLE_SIZE = Pt(14)  # 四号: a label and its value on one line in the form's table
LINE = Pt(28)  # a fixed line: 22 lines to the page, as the house style has it
INDENT = Pt(32)  # two characters of 三号


def proposal_docx(sheet: ProposalSheet) -> bytes:
    """The .docx file's bytes."""
    document = Document()
    _page(document)
    _title(document, sheet.title or tr("（请填写标题）"))
    if sheet.kind == ProposalKind.PROPOSAL:
        _proposal(document, sheet)
    else:
        _social_opinion(document, sheet)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def write_proposal_docx(sheet: ProposalSheet, path: str | os.PathLike[str]) -> None:
    """Write the file whole or not at all (a half-written .docx would not open)."""
    write_atomic(path, proposal_docx(sheet))


def _day(d: date) -> str:
    return tr("{y}年{m}月{d}日").format(y=d.year, m=d.month, d=d.day)


def _proposal(document, sheet: ProposalSheet) -> None:
    lead = sheet.lead or tr("（请选择领衔委员）")
    if sheet.lead_unit:
        lead = tr("{name}（{unit}）").format(name=lead, unit=sheet.lead_unit)
    rows = [
        (tr("案由"), sheet.title),
        (tr("提案人"), lead),
        (tr("联系方式"), sheet.contact),
        (tr("附议人"), tr("、").join(sheet.co_signers) or tr("无")),
        (tr("建议承办单位"), sheet.units),
        (tr("日期"), _day(sheet.day)),
    ]
    _form_table(document, rows)
    _section(document, tr("一、情况分析（存在问题）"), sheet.analysis,
             tr("（请写明情况、存在的问题及其原因。）"))  # fmt: skip
    _section(document, tr("二、具体建议"), sheet.suggestions,
             tr("（请逐条写出具体、可行的建议。）"))  # fmt: skip


def _social_opinion(document, sheet: ProposalSheet) -> None:
    _section(document, tr("一、基本情况"), sheet.situation, tr("（请写明基本情况。）"))
    _section(document, tr("二、存在问题"), sheet.problems, tr("（请写明存在的问题。）"))
    _section(document, tr("三、意见建议"), sheet.suggestions, tr("（请写出意见建议。）"))
    if sheet.units:
        _body(document, tr("建议承办单位：{units}").format(units=sheet.units), indent=False)
    _body(document, "", indent=False)
    reporter = sheet.lead or tr("（请选择领衔委员）")
    if sheet.lead_unit:
        reporter = tr("{name}（{unit}）").format(name=reporter, unit=sheet.lead_unit)
    if sheet.co_signers:
        reporter += tr("；联名：{names}").format(names=tr("、").join(sheet.co_signers))
    _body(document, tr("反映人：{name}").format(name=reporter), indent=False)
    _body(document, tr("联系方式：{contact}").format(contact=sheet.contact), indent=False)
    _body(document, _day(sheet.day), indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)


# ---- layout ------------------------------------------------------------------------------
def _page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = BODY_FONT, BODY_SIZE
    _east_asian(normal.element.get_or_add_rPr(), BODY_FONT)


def _east_asian(rpr, font: str) -> None:
    """Name ``font`` for every script of the run: Word takes Chinese from w:eastAsia."""
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)


def _run(paragraph: Paragraph, text: str, font: str, size, *, bold: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.name, run.font.size, run.font.bold = font, size, bold
    _east_asian(run._element.get_or_add_rPr(), font)


def _spacing(paragraph: Paragraph, *, indent: bool, line=LINE) -> None:
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, line
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = INDENT if indent else None


def _title(document, title: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(paragraph, indent=False, line=Pt(36))
    paragraph.paragraph_format.space_after = Pt(16)
    _run(paragraph, title, TITLE_FONT, TITLE_SIZE)


def _section(document, heading: str, text: str, empty: str) -> None:
    paragraph = document.add_paragraph()
    _spacing(paragraph, indent=True)
    _run(paragraph, heading, HEADING_FONT, BODY_SIZE)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines or [empty]:
        _body(document, line)


def _body(document, text: str, *, indent: bool = True,
          align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY) -> None:  # fmt: skip
    paragraph = document.add_paragraph()
    paragraph.alignment = align
    _spacing(paragraph, indent=indent)
    if text:
        _run(paragraph, text, BODY_FONT, BODY_SIZE)


def _form_table(document, rows: list[tuple[str, str]]) -> Table:
    """The form's facts: a label (黑体) and its value (仿宋), ruled like the office's form."""
    table = document.add_table(rows=len(rows), cols=2)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    width = document.sections[0].page_width - Mm(28) - Mm(26)
    for row, (caption, value) in zip(table.rows, rows, strict=True):
        left, right = row.cells
        left.width, right.width = Mm(38), width - Mm(38)
        for cell, text, font in ((left, caption, HEADING_FONT), (right, value, BODY_FONT)):
            paragraph = cell.paragraphs[0]
            _spacing(paragraph, indent=False, line=Pt(24))
            paragraph.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER if cell is left else WD_ALIGN_PARAGRAPH.LEFT
            )
            _run(paragraph, text, font, TABLE_SIZE)
    document.add_paragraph()  # a line between the table and the first section
    return table
