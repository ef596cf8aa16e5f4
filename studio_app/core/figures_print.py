"""The 工作台's figures and charts as a PDF (documents/figures_pdf.py): from the 工作台's print
button and from ``studio-app print figures``. Printing loads no Qt: the charts are drawn by
reportlab from the same data the screen shows."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from studio_app.base.i18n import tr, trn
from studio_app.core.request_charts import RequestCharts, month_meanings
from studio_app.core.request_figures import RATE_LABELS, Figures, closed_label

if TYPE_CHECKING:
    from studio_app.core.services import Services
    from studio_app.documents.figures_pdf import FiguresReport
    from studio_app.documents.pdf_layout import PdfDocument


def year_period(year: int | None, today: date) -> tuple[date, date]:
    """A year's figures: 1 January to its last day, or to today in the year running."""
    year = year or today.year
    return date(year, 1, 1), min(today, date(year, 12, 31))


def figure_pairs(f: Figures) -> list[tuple[str, str]]:
    """The 工作台's tiles as (name, value), in their order."""
    pairs = [
        (tr("接待日"), tr("{n} 次").format(n=f.reception_days_held)),
        (
            tr("来访"),
            tr("{visits}（{people}）").format(
                visits=trn("%n 人次", f.visits), people=trn("%n 人", f.visitors)
            ),
        ),
        (closed_label(), trn("%n 件", f.closed)),
        (tr("延期"), trn("%n 件", f.extended)),
    ]
    named = {k: tr(RATE_LABELS[k]) for k in RATE_LABELS}  # i18n: from RATE_LABELS
    return pairs + [(named[k], str(rate)) for k, rate in f.rates().items()]


def figures_report(
    services: Services,
    start: date,
    end: date,
    *,
    year: int | None = None,
    studio_id: uuid.UUID | None = None,
    today: date | None = None,
    charts: RequestCharts | None = None,
) -> FiguresReport:
    """The period's figures with the charts of ``year`` (None: the twelve months up to today);
    ``charts`` already worked out (the 工作台 has them) are not counted again."""
    from studio_app.documents.figures_pdf import FiguresReport

    today = today or date.today()
    figures = services.figures.figures(start, end, studio_id=studio_id, today=today)
    charts = charts or services.request_charts.charts(year, today=today, studio_id=studio_id)
    name = services.studios.get(studio_id).name if studio_id else _studios_name(services)
    notes = [tr("{name}：{meaning}").format(name=n, meaning=m)
             for n, m in month_meanings().items()]  # fmt: skip
    notes.append(tr("类别图统计 {year} 年 1 月 1 日至 {day} 登记的诉求。").format(
        year=charts.year, day=charts.category_end.isoformat()))  # fmt: skip
    return FiguresReport(
        studio_name=name,
        period=tr("{a} 至 {b}").format(a=start.isoformat(), b=end.isoformat()),
        as_of=today,
        figures=tuple(figure_pairs(figures)),
        by_month=charts.by_month,
        by_category=charts.by_category,
        notes=tuple(notes),
    )


def figures_pdf(services: Services, start: date, end: date, **kw) -> PdfDocument:
    from studio_app.documents.figures_pdf import render_figures

    return render_figures(figures_report(services, start, end, **kw), services.printing.fonts())


def _studios_name(services: Services) -> str:
    """The one studio's name, or what the office calls all of them together."""
    studios = services.studios.list()
    return studios[0].name if len(studios) == 1 else tr("全部委员工作室")
