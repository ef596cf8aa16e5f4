"""Charts drawn into PDFs with reportlab.graphics, from the same plain ``ChartData`` the screen
shows with QtCharts: printing a chart loads no Qt.

Every word (title, legend, categories) is drawn through the document's font chain, run by run,
so a rare character in a category prints as the text does; numbers on the axis take the chain's
first font with digits, so no font is left unembedded (reportlab's default Helvetica would be)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from studio_app.base.i18n import tr
from studio_app.documents.chart_data import COLOURS, ChartData, nice_scale, value_floor
from studio_app.documents.fonts import FontChain, FontSet

PALETTE = tuple(colors.HexColor(c) for c in COLOURS)
TEXT = colors.HexColor("#222222")
AXIS = colors.HexColor("#777777")
TITLE_SIZE = 10.5
LABEL_SIZE = 8
LEGEND_SIZE = 8


def series_colour(index: int) -> colors.Color:
    return PALETTE[index % len(PALETTE)]


def bar_chart(data: ChartData, fonts: FontSet, width: float, height: float) -> Drawing:
    """Vertical bars, one group per category (a month), one bar per series, with the title
    above and the legend under it."""
    chain = fonts.body
    drawing = Drawing(width, height)
    top = _title_and_legend(drawing, data, fonts, width, height)
    axis_w = _number_width(chain, data) + 6
    label_h = LABEL_SIZE + 6
    chart = VerticalBarChart()
    chart.x, chart.y = axis_w, label_h
    chart.width, chart.height = width - axis_w - 4, max(20.0, top - label_h - 4)
    chart.data = [list(s.values) or [0] for s in data.series] or [[0] * len(data.categories)]
    _value_axis(chart.valueAxis, data, chain)
    chart.categoryAxis.labels.fontSize = 0.1  # drawn below through the chain instead
    chart.categoryAxis.categoryNames = [""] * len(data.categories)
    chart.categoryAxis.strokeColor = AXIS
    chart.categoryAxis.visibleTicks = 0
    chart.groupSpacing = 4
    chart.barSpacing = 0.5
    for i in range(len(data.series)):
        chart.bars[i].fillColor = series_colour(i)
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    n = max(1, len(data.categories))
    step = chart.width / n
    size = _fitting_size(chain, data.categories, step - 2, LABEL_SIZE)
    for i, name in enumerate(data.categories):
        drawing.add(_text(chain, chart.x + (i + 0.5) * step, chart.y - size - 3, name, size,
                          anchor="middle"))  # fmt: skip
    if data.empty:
        _nothing_yet(drawing, chain, chart.x + chart.width / 2, chart.y + chart.height / 2)
    return drawing


def hbar_chart(
    data: ChartData, fonts: FontSet, width: float, height: float | None = None
) -> Drawing:
    """Horizontal bars of one series by category (points by kind), the value at each bar's end;
    without ``height``, tall enough for every category's row."""
    chain = fonts.body
    rows = max(1, len(data.categories))
    head = TITLE_SIZE + 10 + (LEGEND_SIZE + 8 if len(data.series) > 1 else 0)
    height = height or head + rows * 16 + LABEL_SIZE + 14
    drawing = Drawing(width, height)
    top = _title_and_legend(drawing, data, fonts, width, height)
    names_w = min(width * 0.35, max((chain.string_width(c, LABEL_SIZE) for c in data.categories),
                                    default=0) + 8)  # fmt: skip
    chart = HorizontalBarChart()
    chart.x, chart.y = names_w, LABEL_SIZE + 6
    chart.width = width - names_w - _number_width(chain, data) - 12
    chart.height = max(16.0, top - chart.y - 4)
    # reportlab draws the first category at the bottom: reversed, the list reads top-down
    chart.data = [list(reversed(s.values)) or [0] for s in data.series] or [[0] * rows]
    _value_axis(chart.valueAxis, data, chain)
    chart.categoryAxis.labels.fontSize = 0.1
    chart.categoryAxis.categoryNames = [""] * len(data.categories)
    chart.categoryAxis.strokeColor = AXIS
    chart.categoryAxis.visibleTicks = 0
    chart.barLabelFormat = _number
    chart.barLabels.fontName = digits_font(chain)
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    for i in range(len(data.series)):
        chart.bars[i].fillColor = series_colour(i)
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    step = chart.height / rows
    for i, name in enumerate(data.categories):
        y = chart.y + chart.height - (i + 0.5) * step - LABEL_SIZE / 3
        drawing.add(_text(chain, chart.x - 4, y, name, LABEL_SIZE, anchor="end"))
    if data.empty:
        _nothing_yet(drawing, chain, chart.x + chart.width / 2, chart.y + chart.height / 2)
    return drawing


def _title_and_legend(
    drawing: Drawing, data: ChartData, fonts: FontSet, width: float, height: float
) -> float:
    """Draws the title (and a legend when there are several series); returns the y below."""
    y = height - TITLE_SIZE
    drawing.add(_text(fonts.chain("heading"), width / 2, y, data.title, TITLE_SIZE,
                      anchor="middle"))  # fmt: skip
    y -= 6
    if len(data.series) > 1:
        chain = fonts.body
        y -= LEGEND_SIZE + 2
        widths = [chain.string_width(s.name, LEGEND_SIZE) + LEGEND_SIZE + 16 for s in data.series]
        x = (width - sum(widths)) / 2
        for i, (s, w) in enumerate(zip(data.series, widths, strict=True)):
            drawing.add(Rect(x, y - 1, LEGEND_SIZE, LEGEND_SIZE, fillColor=series_colour(i),
                             strokeColor=None))  # fmt: skip
            drawing.add(_text(chain, x + LEGEND_SIZE + 3, y, s.name, LEGEND_SIZE))
            x += w
        y -= 6
    return y


def _value_axis(axis, data: ChartData, chain: FontChain) -> None:
    """From 0 (or below it, for a deduction) to a round top, in whole steps (2 visits, never
    2.5)."""
    top, step = nice_scale(data.top)
    axis.valueMin, axis.valueMax, axis.valueStep = value_floor(data, step), top, step
    axis.labels.fontName = digits_font(chain)
    axis.labels.fontSize = LABEL_SIZE
    axis.labelTextFormat = _number
    axis.strokeColor = AXIS
    axis.visibleGrid = 1
    axis.gridStrokeColor = colors.HexColor("#dddddd")
    axis.gridStrokeWidth = 0.4


def digits_font(chain: FontChain) -> str:
    """The chain's font for numbers (Droid Sans Fallback, first in some chains, has no digits:
    drawn in it, they would read back as U+0000)."""
    return chain.font_for("0") or chain.primary


def _number(value: float) -> str:
    """12, 7.5: no trailing zeros."""
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def _number_width(chain: FontChain, data: ChartData) -> float:
    top, _ = nice_scale(data.top)
    return pdf_width(chain, _number(max(top, data.top)), LABEL_SIZE)


def pdf_width(chain: FontChain, text: str, size: float) -> float:
    return sum(stringWidth(p, f, size) for f, p in chain.runs(text))


def _fitting_size(chain: FontChain, labels: tuple[str, ...], room: float, size: float) -> float:
    """The label size at which the widest label fits ``room`` (never below 5 pt)."""
    widest = max((chain.string_width(t, size) for t in labels), default=0)
    return size if widest <= room else max(5.0, size * room / widest)


def _text(
    chain: FontChain, x: float, y: float, text: str, size: float, *, anchor: str = "start"
) -> Group:
    """``text`` at (x, y) run by run through ``chain`` (anchor: start, middle, end)."""
    runs = list(chain.runs(text))
    width = sum(stringWidth(p, f, size) for f, p in runs)
    x -= {"start": 0, "middle": width / 2, "end": width}[anchor]
    group = Group()
    for font, piece in runs:
        group.add(String(x, y, piece, fontName=font, fontSize=size, fillColor=TEXT))
        x += stringWidth(piece, font, size)
    return group


def _nothing_yet(drawing: Drawing, chain: FontChain, x: float, y: float) -> None:
    drawing.add(_text(chain, x, y, tr("暂无数据"), LABEL_SIZE + 1, anchor="middle"))
