"""工作成效统计: the 工作台's figures for a period and its two charts (requests by month over
twelve months, requests by category over a year), on one A4 page to file or to hand to the
county office. Figures only: no visitor's name or number is in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from studio_app.base.i18n import tr
from studio_app.documents.chart_data import ChartData
from studio_app.documents.fonts import FontSet
from studio_app.documents.pdf_charts import bar_chart, hbar_chart
from studio_app.documents.pdf_layout import DocumentBuilder, PdfDocument

PAGE = dict(base_size=11, cell_size=10, margins=(18 * mm, 18 * mm, 16 * mm, 18 * mm))


@dataclass(frozen=True)
class FiguresReport:
    studio_name: str  # the studio, or the office's name when all studios are counted
    period: str  # "2026-01-01 至 2026-12-07"
    as_of: date
    figures: tuple[tuple[str, str], ...]  # (接待日, 12 次), (答复及时率, 95.0%（19/20）)…
    by_month: ChartData
    by_category: ChartData
    notes: tuple[str, ...] = ()  # what each series counts, printed under the charts


def figures_title() -> str:
    return tr("工作成效统计")


def render_figures(report: FiguresReport, fonts: FontSet) -> PdfDocument:
    title = figures_title()
    b = DocumentBuilder(fonts, title=title, footer=report.studio_name, **PAGE)
    s = b.styles
    story: list[Flowable] = [
        b.p(report.studio_name, s.subtitle),
        b.p(title, s.title),
        b.p(
            tr("统计期间：{period}（截至 {day}）").format(
                period=report.period, day=report.as_of.isoformat()
            ),
            s.subtitle,
        ),
        b.facts(list(report.figures), columns=3),
        b.gap(5),
        bar_chart(report.by_month, fonts, b.width, 78 * mm),
        b.gap(4),
        hbar_chart(report.by_category, fonts, b.width),
    ]
    if report.notes:
        story.append(b.gap(3))
        story += [b.p(note, s.small) for note in report.notes]
    return b.build(story)
