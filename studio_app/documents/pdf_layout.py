"""What every printed document shares: A4/A3 pages, Chinese styles over a font chain, tables
that split across pages with their header repeated, and a footer with the studio's name and
"第 x 页 共 y 页"."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from studio_app import APP_TITLE
from studio_app.base.i18n import tr
from studio_app.documents.fonts import EMBEDDING, FontSet
from studio_app.documents.line_breaks import CANNOT_START, phrase_list, phrases

GRID = colors.HexColor("#555555")
HEAD_FILL = colors.HexColor("#e9eef5")
FACT_FILL = colors.HexColor("#f4f6f9")


@dataclass(frozen=True)
class PdfDocument:
    """A finished document: its bytes, its page count, and characters no font could print.

    ``kind`` and ``refs`` say what it is of (the archive stores it when it is handed out):
    a ``DocumentKind`` value and the ids it was made from (studio_id, request_id, …)."""

    data: bytes
    pages: int
    missing: str
    title: str
    kind: str = ""
    refs: Mapping[str, object] = field(default_factory=dict)
    stored_title: str = ""  # the title as the archive stores it (base.messages), else ``title``


class Styles:
    """The paragraph styles of a document. In the house style (``fonts.official``) the title,
    the headings and the body each take their role's font, the body on a regular grid of
    lines (GB/T 9704: 22 lines a page at 3号); in the compact layout all share one font."""

    def __init__(self, fonts: FontSet, base: float = 11, cell: float | None = None):
        official = fonts.official
        self.role_of: dict[str, str] = {}

        def style(name: str, size: float, role: str = "body", **kw) -> ParagraphStyle:
            kw.setdefault("leading", size * (1.8 if official else 1.55))
            self.role_of[name] = role
            return ParagraphStyle(name, fontName=fonts.chain(role).primary, fontSize=size,
                                  wordWrap="CJK", **kw)  # fmt: skip

        cell = cell or base - 1.5
        indent = 2 * base if official else 0  # 公文: headings indented two characters too
        self.title = style("title", 22 if official else base + 9, "title", alignment=TA_CENTER,
                           leading=(22 if official else base + 9) * 1.45,
                           spaceAfter=(6 if official else 4) * mm)  # fmt: skip
        self.subtitle = style("subtitle", base if official else base + 2, alignment=TA_CENTER,
                              spaceAfter=5 * mm)  # fmt: skip
        self.form_title = style(
            "form_title",
            base + (3 if official else 2),
            "title",
            alignment=TA_CENTER,
            spaceAfter=4 * mm,
        )  # a form's own title
        self.edition = style("edition", base, alignment=TA_CENTER, spaceBefore=-3 * mm,
                             spaceAfter=4 * mm, textColor=colors.HexColor("#8a1c12"))  # fmt: skip
        self.heading = style("heading", base if official else base + 3, "heading",
                             firstLineIndent=indent, spaceBefore=(2 if official else 5) * mm,
                             spaceAfter=(0 if official else 2) * mm)  # fmt: skip
        self.subheading = style("subheading", base if official else base + 1, "subheading",
                                firstLineIndent=indent, spaceBefore=(0 if official else 2) * mm,
                                spaceAfter=(0 if official else 1) * mm)  # fmt: skip
        self.body = style("body", base, firstLineIndent=2 * base,
                          alignment=TA_JUSTIFY if official else TA_LEFT,
                          spaceAfter=(0 if official else 1.5) * mm)  # fmt: skip
        self.plain = style("plain", base, spaceAfter=(0 if official else 1.5) * mm)
        self.cell = style("cell", cell, leading=cell * 1.4)
        self.cell_head = style("cell_head", cell, "heading" if official else "body",
                               leading=cell * 1.4, alignment=TA_CENTER)  # fmt: skip
        self.cell_center = style("cell_center", cell, leading=cell * 1.4, alignment=TA_CENTER)
        self.small = style("small", base - 2, textColor=colors.HexColor("#444444"))
        self.right = style("right", base, alignment=TA_RIGHT)
        self.sign = style("sign", base, leading=base * 1.25)  # sits on its blank's line
        self.left = style("left", base, alignment=TA_LEFT)


class DocumentBuilder:
    """Builds one PDF: ``p()``/``table()``/``facts()`` make flowables, ``build()`` the bytes.

    The footer (the studio's name on the left, 第 x 页 共 y 页 in the middle) is drawn once the
    page count is known, through the same font chain, so a rare character in a studio's name
    prints too.
    """

    def __init__(
        self,
        fonts: FontSet,
        *,
        title: str,
        footer: str,
        stored_title: str = "",
        pagesize: tuple[float, float] = A4,
        base_size: float = 11,
        cell_size: float | None = None,
        margins: tuple[float, float, float, float] = (20 * mm, 20 * mm, 22 * mm, 22 * mm),
        numbered: bool = True,
        watermark: str = "",
    ):
        self.fonts = fonts
        self.chain = fonts.body  # the footer's, the watermark's
        self.watermark = watermark  # 草稿: drawn across every page
        self.title = title
        self.stored_title = stored_title
        self.footer = footer
        self.pagesize = pagesize
        self.margins = margins  # left, right, top, bottom
        self.numbered = numbered
        self.styles = Styles(fonts, base_size, cell_size)

    @property
    def width(self) -> float:
        """The width between the margins."""
        return self.pagesize[0] - self.margins[0] - self.margins[1]

    @property
    def height(self) -> float:
        return self.pagesize[1] - self.margins[2] - self.margins[3]

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        style = style or self.styles.plain
        chain = self.fonts.chain(self.styles.role_of.get(style.name, "body"))
        return Paragraph(chain.markup(text), style)

    def cell(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        """A table cell's text: its lines end between phrases where they can."""
        return self.p(phrases("" if text is None else str(text)), style or self.styles.cell)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        *,
        centered: Sequence[int] = (),
    ) -> Table:
        """A grid table whose header row repeats on every page it runs onto. ``widths`` are
        fractions of the text width; columns in ``centered`` are centred.

        A table row cannot split across pages, and reportlab's own in-row splitting repeats the
        header badly, so a cell too long for a fifth of a page (a 5,000-character request) goes on
        in the rows below it, drawn without a line between, as one record."""
        s = self.styles
        data = [[self.cell(h, s.cell_head) for h in header]]
        style: list = [
            ("BOX", (0, 0), (-1, -1), 0.5, GRID),
            ("INNERGRID", (0, 0), (-1, 0), 0.5, GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
            ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        room = [self._cell_room(w) for w in widths]
        for row in rows:
            texts = ["" if v is None else str(v) for v in row]
            pieces = [_pieces(t, n) for t, n in zip(texts, room, strict=True)]
            for line in range(max(len(p) for p in pieces)):
                data.append(
                    [
                        self.cell(p[line] if line < len(p) else "",
                                  s.cell_center if i in centered else s.cell)
                        for i, p in enumerate(pieces)
                    ]
                )  # fmt: skip
                if line:  # a continuation: no seam between it and the row above
                    at = len(data) - 1
                    style += [("VALIGN", (0, at), (-1, at), "TOP"),
                              ("TOPPADDING", (0, at), (-1, at), 0),
                              ("BOTTOMPADDING", (0, at - 1), (-1, at - 1), 0)]  # fmt: skip
            style.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.5, GRID))
        table = Table(data, colWidths=[w * self.width for w in widths], repeatRows=1)
        table.setStyle(TableStyle(style))
        return table

    def _cell_room(self, width: float) -> int:
        """How many characters of a cell fit in a fifth of a page (Chinese characters are
        the widest, so any other text takes less)."""
        cell = self.styles.cell
        per_line = max(2, int((width * self.width - 8) / cell.fontSize))
        return per_line * max(4, int(self.height * 0.2 / cell.leading))

    def facts(
        self, pairs: Sequence[tuple[str, str]], *, columns: int = 2, wide: Sequence[str] = ()
    ) -> Table:
        """A table of the document's facts: shaded labels with their values beside them,
        ``columns`` pairs a row; a long value, or one whose label is in ``wide``, takes a row
        of its own."""
        s = self.styles
        # the labels' column as wide as the longest label needs (其他参会人员 on one line)
        longest = max((self.chain.string_width(label, s.cell.fontSize) for label, _ in pairs),
                      default=0)  # fmt: skip
        label_w = min(0.25, max(0.12, (longest + 12) / self.width))
        value_w = 1 / columns - label_w
        rows: list[list] = []
        style: list = []
        line: list = []

        def flush() -> None:
            if line:
                style.extend(("BACKGROUND", (2 * c, len(rows)), (2 * c, len(rows)), FACT_FILL)
                             for c in range(len(line) // 2))  # fmt: skip
                if len(line) < 2 * columns:  # an odd fact out: its value takes the row's rest
                    style.append(("SPAN", (len(line) - 1, len(rows)), (-1, len(rows))))
                rows.append(line + [""] * (2 * columns - len(line)))
                line.clear()

        for label, value in pairs:
            cells = [self.cell(label, s.cell_center), self.cell(value)]
            if label in wide or len(value) > 24 or "\n" in value:
                flush()
                style.append(("SPAN", (1, len(rows)), (-1, len(rows))))
                style.append(("BACKGROUND", (0, len(rows)), (0, len(rows)), FACT_FILL))
                rows.append(cells + [""] * (2 * columns - 2))
            else:
                line.extend(cells)
                if len(line) == 2 * columns:
                    flush()
        flush()
        table = Table(rows, colWidths=[w * self.width for w in (label_w, value_w) * columns])
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    *style,
                ]
            )
        )
        return table

    def gap(self, height_mm: float) -> Spacer:
        return Spacer(1, height_mm * mm)

    def closing(self, story: list[Flowable], block: list[Flowable], lines: int = 3) -> None:
        """End ``story`` with ``block`` (the signature lines) and at least ``lines`` lines of the
        text before it on the same page: a signature page without any text of the document would
        sign nothing. The last paragraph or table is split so only its tail moves along."""
        tail: list[Flowable] = []
        count = 0
        while story and count < lines:
            item = story.pop()
            have = _line_count(item, self.width)
            if have > lines - count:
                head, rest = _split_tail(item, self.width, lines - count)
                if head is not None:
                    story.append(head)
                    item = rest
            tail.insert(0, item)
            count += have
        while story and _leads_in(story[-1]):  # a heading stays with what it heads
            tail.insert(0, story.pop())
        story.append(KeepTogether(tail + block))

    def build(self, story: list[Flowable]) -> PdfDocument:
        buffer = io.BytesIO()
        left, right, top, bottom = self.margins
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=self.title,
            author=self.footer,
            creator=APP_TITLE,
            subject=self.title,
            # the same document gives the same bytes (no creation time, a fixed id), so a
            # reprint is recognised as the copy already archived
            invariant=1,
        )
        # no frame padding: paragraphs start where the tables' rules do, at the margin
        frame = Frame(left, bottom, doc.width, doc.height, 0, 0, 0, 0, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=self.pagesize)])
        builder = self

        class FooterCanvas(_PageCountCanvas):
            def draw_footer(self, page: int, total: int) -> None:
                builder._draw_footer(self, page, total)

        with EMBEDDING:
            doc.build(story, canvasmaker=FooterCanvas)
        return PdfDocument(
            buffer.getvalue(), doc.page, self.fonts.missing_text(), self.title,
            stored_title=self.stored_title,
        )  # fmt: skip

    def _draw_footer(self, canvas: Canvas, page: int, total: int) -> None:
        if self.watermark:
            self._draw_watermark(canvas)
        left, right, _top, bottom = self.margins
        y = bottom / 2
        size = 9
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 4 * mm, self.pagesize[0] - right, y + 4 * mm)
        canvas.setFillColor(colors.HexColor("#333333"))
        self.chain.draw_string(canvas, left, y, self.footer, size)
        if self.numbered:
            text = tr("第 {page} 页 共 {total} 页").format(page=page, total=total)
            width = self.chain.string_width(text, size)
            self.chain.draw_string(canvas, self.pagesize[0] - right - width, y, text, size)
        canvas.restoreState()

    def _draw_watermark(self, canvas: Canvas) -> None:
        """The mark large, light and diagonal across the page, under-ink in look: text stays
        readable through it, and a photocopy still shows it."""
        width, height = self.pagesize
        size = min(width, height) / (len(self.watermark) + 1)
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#c0392b"))
        canvas.setFillAlpha(0.1)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45 if height > width else 30)
        text_w = self.chain.string_width(self.watermark, size)
        self.chain.draw_string(canvas, -text_w / 2, -size / 3, self.watermark, size)
        canvas.restoreState()


def _leads_in(item: Flowable) -> bool:
    """A heading, or the conditional page break kept before one."""
    if isinstance(item, Paragraph):
        return item.style.name in ("heading", "subheading")
    return isinstance(item, CondPageBreak)


def _line_count(item: Flowable, width: float) -> int:
    """Lines of text in a paragraph, rows in a table (headers not counted); 0 for space."""
    if isinstance(item, Paragraph):
        item.wrap(width, 1e6)
        return len(item.blPara.lines)
    if isinstance(item, Table):
        return max(1, len(item._cellvalues) - item.repeatRows)
    if isinstance(item, KeepTogether):
        return sum(_line_count(f, width) for f in item._content)
    return 0 if isinstance(item, (Spacer, CondPageBreak, ActionFlowable)) else 1


def _split_tail(item: Flowable, width: float, keep: int) -> tuple[Flowable | None, Flowable]:
    """``item`` as (head, its last ``keep`` lines or rows); (None, item) when it cannot split."""
    if isinstance(item, Paragraph):
        lines = len(item.blPara.lines)
        leading = item.style.leading
        parts = item.split(width, (lines - keep) * leading + leading / 4)
    elif isinstance(item, Table):
        item.wrap(width, 1e6)
        heights = item._rowHeights
        parts = item.split(width, sum(heights[: len(heights) - keep]) + 0.5)
    else:
        parts = []
    return (parts[0], parts[1]) if len(parts) == 2 else (None, item)


class _PageCountCanvas(Canvas):
    """Holds each page back until the end, so its footer can say how many pages there are."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("pageCompression", 1)
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # reportlab names it so
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.draw_footer(number, total)
            super().showPage()
        super().save()

    def draw_footer(self, page: int, total: int) -> None:
        raise NotImplementedError


def _pieces(text: str, size: int) -> list[str]:
    """``text`` in pieces of at most about ``size`` characters, cut between phrases (a phrase
    longer than a piece is cut where no closing mark would begin the next)."""
    pieces: list[str] = []
    current = ""
    for phrase in phrase_list(text):
        if current and len(current) + len(phrase) > size:
            pieces.append(current)
            current = ""
        current += phrase
        while len(current) > size:
            end = size
            while end < len(current) and current[end] in CANNOT_START:
                end += 1
            pieces.append(current[:end])
            current = current[end:]
    if current:
        pieces.append(current)
    return pieces or [""]


def landscape_a4() -> tuple[float, float]:
    return landscape(A4)


def signature_line(builder: DocumentBuilder, labels: Sequence[str]) -> Table:
    """Signature blanks side by side: "主持人（签字）：________"."""
    style = builder.styles.sign
    texts = [tr("{who}（签字）：").format(who=label) for label in labels]
    each = builder.width / len(labels)
    # a label takes what its words need (3号 in the house style), the blank the rest
    label_w = [min(each * 0.7, builder.chain.string_width(t, style.fontSize) + 24) for t in texts]
    row = [item for t in texts for item in (builder.p(t, style), "")]
    widths = [w for lw in label_w for w in (lw, each - lw)]
    table = Table([row], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), 0.8, colors.black)
                for i in range(len(labels))
            ]
            + [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    return table
