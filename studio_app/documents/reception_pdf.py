"""接待日登记表 (one reception day's visitors and requests) and 受理回执 (the receipt a visitor
takes home). Both print what they are given: masking phone and ID numbers is the caller's
choice, made before the data reaches here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from studio_app.base.i18n import tr
from studio_app.base.local_times import chinese_date
from studio_app.base.messages import encode, shown
from studio_app.documents.fonts import FontChain, FontSet
from studio_app.documents.pdf_layout import (
    DocumentBuilder,
    PdfDocument,
    landscape_a4,
    signature_line,
)

RECEIPT_SUMMARY_MAX = 240  # characters of the request on the receipt; the record keeps it all


@dataclass(frozen=True)
class RecordLine:
    number: str
    visitor: str
    phone: str
    village: str
    category: str
    content: str
    handling: str  # 承办委员 / 承办单位
    status: str


@dataclass(frozen=True)
class ReceptionRecord:
    studio_name: str
    held_on: date
    place: str
    duty: str  # the duty members' names
    status: str  # 计划 / 已举行 / 已取消
    visitors: int  # people received: a visitor with two requests counts once
    lines: list[RecordLine]


@dataclass(frozen=True)
class Receipt:
    studio_name: str
    studio_phone: str
    studio_address: str
    number: str
    registered_on: date
    visitor: str
    phone: str
    id_number: str
    village: str
    category: str
    content: str
    received_by: str  # the member on duty who received it
    answer_by: date  # when the visitor can expect an answer
    answer_by_note: str = ""  # "调休安排待公布" when answer_by counts over estimated holidays


def render_reception_record(record: ReceptionRecord, fonts: FontSet) -> PdfDocument:
    title = tr("委员接待日登记表")
    stored_title = encode("document.reception_record", day=record.held_on.isoformat())
    b = DocumentBuilder(
        fonts,
        title=shown(stored_title),
        stored_title=stored_title,
        footer=record.studio_name,
        pagesize=landscape_a4(),
        base_size=10.5,
        margins=(15 * mm, 15 * mm, 16 * mm, 18 * mm),
    )
    s = b.styles
    story: list[Flowable] = [
        b.p(record.studio_name, s.subtitle),
        b.p(title, s.title),
        b.facts(
            [
                (tr("接待日期"), chinese_date(record.held_on)),
                (tr("地点"), record.place or tr("—")),
                (tr("值班委员"), record.duty or tr("—")),
                (
                    tr("接待情况"),
                    tr("{status}，来访 {people} 人，诉求 {n} 件").format(
                        status=record.status, people=record.visitors, n=len(record.lines)
                    ),
                ),
            ],
            columns=2,
        ),
        b.gap(4),
    ]
    rows = [
        (n, line.number, line.visitor, line.phone, line.village, line.category, line.content,
         line.handling, line.status)
        for n, line in enumerate(record.lines, start=1)
    ]  # fmt: skip
    if rows:
        story.append(
            b.table(
                [
                    tr("序号"),
                    tr("编号"),
                    tr("来访人"),
                    tr("联系电话"),
                    tr("村（社区）"),
                    tr("类别"),
                    tr("诉求内容"),
                    tr("承办"),
                    tr("办理状态"),
                ],
                rows,
                [0.045, 0.085, 0.08, 0.1, 0.09, 0.065, 0.35, 0.105, 0.08],
                centered=(0, 1, 5),
            )
        )
    else:
        story.append(b.p(tr("这一天没有登记诉求。"), s.plain))
    b.closing(story, [b.gap(10), signature_line(b, [tr("值班委员"), tr("登记人")])])
    return b.build(story)


def render_receipt(receipt: Receipt, fonts: FontSet) -> PdfDocument:
    """One A4 sheet: the stub the studio keeps (存根联) above, the receipt the visitor takes
    home (回执联) below, with a line to cut along."""
    stored_title = encode("document.receipt", number=receipt.number)
    b = DocumentBuilder(
        fonts,
        title=shown(stored_title),
        stored_title=stored_title,
        footer=receipt.studio_name,
        base_size=10.5,
        margins=(20 * mm, 20 * mm, 14 * mm, 16 * mm),
        numbered=False,
    )
    story: list[Flowable] = _receipt_copy(b, receipt, tr("存根联"), stub=True)
    cut = CutLine(b.width, tr("沿此线剪开"), b.chain)
    # the cut line at the middle of the sheet: each half is an A5 to hand over
    story.append(ToHeight(b.pagesize[1] / 2 + cut.height / 2 - b.margins[3]))
    story.append(cut)
    story += _receipt_copy(b, receipt, tr("回执联"), stub=False)
    return b.build(story)


def _receipt_copy(b: DocumentBuilder, r: Receipt, copy: str, *, stub: bool) -> list[Flowable]:
    s = b.styles
    content = r.content
    if len(content) > RECEIPT_SUMMARY_MAX:
        content = content[:RECEIPT_SUMMARY_MAX] + "……"
    facts = [
        (tr("受理编号"), r.number),
        (tr("受理日期"), chinese_date(r.registered_on)),
        (tr("来访人"), r.visitor),
        (tr("联系电话"), r.phone or tr("—")),
    ]
    if r.id_number:
        facts.append((tr("身份证号"), r.id_number))
    facts += [
        (tr("村（社区）"), r.village or tr("—")),
        (tr("诉求类别"), r.category or tr("—")),
        (tr("接待委员"), r.received_by or tr("—")),
        (tr("诉求摘要"), content),
    ]
    promise = tr(
        "您反映的问题已登记受理。我们将在{day}前将办理情况答复您，答复后还会回访听取您的意见。"
        "查询办理进度请报受理编号 {number}。"
    ).format(day=chinese_date(r.answer_by), number=r.number)
    if r.answer_by_note:
        promise += tr("答复日期按预估的法定节假日计算（{note}），如有变动另行告知。").format(
            note=r.answer_by_note
        )
    if r.studio_address and r.studio_phone:
        promise += tr("工作室地址：{address}；电话：{phone}。").format(
            address=r.studio_address, phone=r.studio_phone
        )
    elif r.studio_address:
        promise += tr("工作室地址：{address}。").format(address=r.studio_address)
    elif r.studio_phone:
        promise += tr("工作室电话：{phone}。").format(phone=r.studio_phone)
    signed = tr("经办人：__________（工作室盖章）{day}").format(day=chinese_date(r.registered_on))
    if stub:  # the studio's copy: the visitor signs for the receipt they take home
        signed = tr("　").join((tr("来访人（签字）：__________"), "", signed))
    return [
        b.p(tr("{studio}　群众诉求受理回执（{copy}）").format(studio=r.studio_name, copy=copy),
            s.form_title),
        b.facts(facts, wide=(tr("诉求摘要"),)),
        b.gap(3),
        b.p(promise, s.body),
        b.gap(4),
        b.p(signed, s.right),
    ]  # fmt: skip


class ToHeight(Flowable):
    """Empty space down to ``height`` above the frame's bottom (none if already below it)."""

    def __init__(self, height: float):
        super().__init__()
        self.above_bottom = height

    def wrap(self, availWidth, availHeight):  # reportlab's names
        return 0, max(0.0, availHeight - self.above_bottom)

    def draw(self) -> None:
        pass


class CutLine(Flowable):
    """A dashed line across the page with a note in its middle (沿此线剪开)."""

    def __init__(self, width: float, note: str, chain: FontChain):
        super().__init__()
        self.width = width
        self.height = 14 * mm
        self.note = note
        self.chain = chain

    def draw(self) -> None:
        c = self.canv
        size = 8
        text_w = self.chain.string_width(self.note, size) + 6 * mm
        y = self.height / 2
        c.saveState()
        c.setStrokeColor(colors.HexColor("#777777"))
        c.setDash(4, 3)
        c.line(0, y, (self.width - text_w) / 2, y)
        c.line((self.width + text_w) / 2, y, self.width, y)
        c.setFillColor(colors.HexColor("#777777"))
        self.chain.draw_string(c, (self.width - text_w) / 2 + 3 * mm, y - size / 3, self.note, size)
        c.restoreState()
