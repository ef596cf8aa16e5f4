"""The county office's reports on landscape A4, in the house style of the figures PDF
(documents/figures_pdf.py): 全县概览 (every studio's figures, a chart, the overdue requests) and
the county's ranking of members' points. From plain data (built by core/county_print.py): no
visitor's name or phone is in them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from studio_app.base.i18n import tr
from studio_app.documents.chart_data import ChartData, Series
from studio_app.documents.fonts import FontSet
from studio_app.documents.pdf_charts import hbar_chart
from studio_app.documents.pdf_layout import DocumentBuilder, PdfDocument, landscape_a4

PAGE = dict(base_size=11, cell_size=9, margins=(14 * mm, 14 * mm, 14 * mm, 16 * mm))
CHART_ROWS = 25  # studios in one chart: a county's 30 or 50 go on as charts of this many


@dataclass(frozen=True)
class Table:
    """A titled table: its header, its rows (text), each column's share of the width, the
    columns centred, and a last row (the totals) or none."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    centered: tuple[int, ...] = ()
    empty: str = ""  # said instead of an empty table


@dataclass(frozen=True)
class CountyReport:
    office: str  # who reports: 县政协, in the footer and over the title
    title: str  # 全县概览, 全县委员履职积分排名
    period: str  # "2026-01-01 至 2026-12-07", or the year
    as_of: date
    tables: tuple[Table, ...]
    chart: ChartData | None = None  # after the first table
    notes: tuple[str, ...] = ()


def render_county(report: CountyReport, fonts: FontSet) -> PdfDocument:
    b = DocumentBuilder(fonts, title=report.title, footer=report.office, pagesize=landscape_a4(),
                        **PAGE)  # fmt: skip
    s = b.styles
    story: list[Flowable] = [
        b.p(report.office, s.subtitle),
        b.p(report.title, s.title),
        b.p(
            tr("统计期间：{period}（截至 {day}）").format(
                period=report.period, day=report.as_of.isoformat()
            ),
            s.subtitle,
        ),
    ]
    for i, table in enumerate(report.tables):
        story += [b.gap(3), b.p(table.title, s.heading)]
        if table.rows:
            story.append(b.table(table.header, table.rows, table.widths, centered=table.centered))
        else:
            story.append(b.p(table.empty, s.plain))
        if i == 0 and report.chart is not None:
            for part in _parts(report.chart, CHART_ROWS):
                story += [b.gap(4), hbar_chart(part, fonts, b.width)]
    if report.notes:
        story.append(b.gap(3))
        story += [b.p(note, s.small) for note in report.notes]
    return b.build(story)


def _parts(data: ChartData, rows: int) -> list[ChartData]:
    """The chart cut into charts of at most ``rows`` categories, each fitting a page; the
    later ones titled as continued."""
    parts = []
    for start in range(0, max(1, len(data.categories)), rows):
        title = data.title if not start else tr("{title}（续）").format(title=data.title)
        parts.append(ChartData(
            title, data.categories[start:start + rows],
            tuple(Series(s.name, s.values[start:start + rows]) for s in data.series), data.unit,
        ))  # fmt: skip
    return parts
