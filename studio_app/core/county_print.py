"""The 全县概览 and the county's ranking on paper and in Excel: the same rows the page shows,
as plain data for documents/county_pdf.py and documents/spreadsheet. The PDFs carry figures and
members' names, never a visitor's; an Excel export is the county office's act: it needs the
export permission and is written to the audit log with its count."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from studio_app.base.enums import AuditAction, Permission
from studio_app.base.i18n import N_, tr
from studio_app.base.messages import chinese
from studio_app.core.county_overview import (
    CountyRanking,
    OverdueRow,
    PeriodOverview,
    StudioFigures,
)
from studio_app.core.guard import permit
from studio_app.core.request_figures import RATE_LABELS
from studio_app.documents.chart_data import ChartData, chart

if TYPE_CHECKING:
    from studio_app.core.services import Services
    from studio_app.documents.county_pdf import CountyReport
    from studio_app.documents.pdf_layout import PdfDocument
    from studio_app.documents.spreadsheet import Column

# The studios' table: (key, header), the rates after these in RATE_LABELS order.
COUNTS = (
    ("name", N_("工作室")),
    ("reception_days_held", N_("接待日次数")),
    ("visitors", N_("来访人数")),
    ("requests", N_("诉求件数")),
    ("overdue", N_("超期件数")),
)
OVERDUE = (
    ("studio", N_("工作室")),
    ("number", N_("编号")),
    ("category", N_("类别")),
    ("stage", N_("超期环节")),
    ("deadline", N_("期限")),
    ("days_late", N_("超期工作日")),
    ("assignee", N_("交办委员")),
    ("unit", N_("承办单位")),
)


def office() -> str:
    """Who the county's reports are from."""
    return tr("县政协委员工作室")


def overview_header() -> list[str]:
    return [tr(h) for _k, h in COUNTS] + [tr(h) for h in RATE_LABELS.values()]  # i18n: from COUNTS


def overview_cells(f: StudioFigures) -> list[str]:
    """A studio's (or the county's) row as the page, the PDF and Excel show it."""
    return [f.name, *(str(getattr(f, key)) for key, _h in COUNTS[1:]),
            *(str(rate) for rate in f.rates.values())]  # fmt: skip


def overdue_header() -> list[str]:
    return [tr(h) for _k, h in OVERDUE]  # i18n: from OVERDUE


def overdue_cells(r: OverdueRow) -> list[str]:
    return [r.studio, r.number, r.category or tr("未分类"), r.stage, r.deadline.isoformat(),
            str(r.days_late), r.assignee, r.unit]  # fmt: skip


def ranking_header() -> list[str]:
    return [tr("名次"), tr("委员"), tr("委员编号"), tr("所在工作室"), tr("积分"), tr("是否合格")]


def places(ranking: CountyRanking) -> list[int]:
    """Each row's 名次: members of equal points share it, the next after them skips (1, 1, 3)."""
    found: list[int] = []
    for i, row in enumerate(ranking.rows):
        tied = i and row.points.score.total == ranking.rows[i - 1].points.score.total
        found.append(found[-1] if tied else i + 1)
    return found


def ranking_cells(place: int, row) -> list[str]:
    score = row.points.score
    return [str(place), row.points.name, row.points.code, tr("、").join(row.studios),
            f"{score.total:g}", tr("合格") if score.passed else tr("不合格")]  # fmt: skip


def studio_chart(period: PeriodOverview) -> ChartData:
    """Each studio's requests of the period and how many of them are overdue now."""
    return chart(
        tr("各工作室诉求件数与超期件数"),
        [f.name for f in period.studios],
        [(tr("诉求件数"), [f.requests for f in period.studios]),
         (tr("超期件数"), [f.overdue for f in period.studios])],
        tr("件"),
    )  # fmt: skip


def period_text(period: PeriodOverview) -> str:
    return tr("{a} 至 {b}").format(a=period.start.isoformat(), b=period.end.isoformat())


def overview_report(period: PeriodOverview, overdue: list[OverdueRow]) -> CountyReport:
    from studio_app.documents.county_pdf import CountyReport, Table

    n_rates = len(RATE_LABELS)
    studios = Table(
        tr("各工作室"),
        tuple(overview_header()),
        tuple(tuple(overview_cells(f)) for f in (*period.studios, period.total)),
        (0.15, 0.05, 0.065, 0.065, 0.065, *([0.605 / n_rates] * n_rates)),
        centered=tuple(range(1, 5 + n_rates)),
    )
    late = Table(
        tr("全县超期诉求（{n} 件，截至 {day}）").format(
            n=len(overdue), day=period.today.isoformat()
        ),
        tuple(overdue_header()),
        tuple(tuple(overdue_cells(r)) for r in overdue),
        (0.17, 0.1, 0.1, 0.08, 0.11, 0.08, 0.12, 0.24),
        centered=(1, 3, 4, 5),
        empty=tr("全县没有超期的诉求。"),
    )
    return CountyReport(
        office(), tr("全县概览"), period_text(period), period.today, (studios, late),
        studio_chart(period),
        (tr("比率为“百分比（分子/分母）”，计算方法与各工作室工作台的工作成效相同；"
            "超期件数是这段时间登记、现在已超过所在环节期限的诉求。"),),
    )  # fmt: skip


def overview_pdf(services: Services, period: PeriodOverview) -> PdfDocument:
    from studio_app.documents.county_pdf import render_county

    report = overview_report(period, services.county.overdue(period.today))
    return render_county(report, services.printing.fonts())


def ranking_report(ranking: CountyRanking, today: date) -> CountyReport:
    from studio_app.documents.county_pdf import CountyReport, Table

    table = Table(
        tr("积分办法第 {n} 版，共 {count} 名委员").format(
            n=ranking.version.number, count=len(ranking.rows)
        ),
        tuple(ranking_header()),
        tuple(
            tuple(ranking_cells(p, r)) for p, r in zip(places(ranking), ranking.rows, strict=True)
        ),
        (0.07, 0.14, 0.1, 0.45, 0.1, 0.14),
        centered=(0, 2, 4, 5),
        empty=tr("没有在任的委员。"),
    )
    return CountyReport(office(), tr("全县委员履职积分排名"),
                        tr("{year} 年").format(year=ranking.year), today, (table,))  # fmt: skip


def ranking_pdf(services: Services, year: int, today: date | None = None) -> PdfDocument:
    from studio_app.documents.county_pdf import render_county

    report = ranking_report(services.county.ranking(year), today or date.today())
    return render_county(report, services.printing.fonts())


# ---- Excel ---------------------------------------------------------------------------------
def _columns(header: list[str], widths: list[int]) -> list[Column]:
    from studio_app.documents.spreadsheet import Column

    return [
        Column(f"c{i}", h, width=w) for i, (h, w) in enumerate(zip(header, widths, strict=True))
    ]


def _export(services: Services, path: Path, target: str, title: str, header: list[str],
            widths: list[int], rows: list[list[str]]) -> int:  # fmt: skip
    from studio_app.documents.spreadsheet import write_sheet

    with services.db.session() as s:  # checked and logged with the count, in one transaction
        event = permit(s, Permission.EXPORT, AuditAction.EXPORT, target)
        count = write_sheet(
            Path(path), _columns(header, widths),
            ({f"c{i}": v for i, v in enumerate(row)} for row in rows),
            title=title, sheet_name=title,
        )  # fmt: skip
        if event is not None:
            event.detail = chinese("audit.records", n=count)
    return count


def export_overview(services: Services, path: Path, period: PeriodOverview) -> int:
    """The studios' table (and the county's totals) to an .xlsx; returns the rows written."""
    title = tr("全县概览（{period}）").format(period=period_text(period))
    rows = [overview_cells(f) for f in (*period.studios, period.total)]
    widths = [24, 8, 10, 10, 10, *([16] * len(RATE_LABELS))]
    target = chinese("audit.county_overview", period=period_text(period))
    return _export(services, path, target, title, overview_header(), widths, rows)


def export_overdue(services: Services, path: Path, rows: list[OverdueRow]) -> int:
    title = tr("全县超期诉求")
    widths = [24, 12, 10, 10, 12, 10, 12, 24]
    return _export(services, path, chinese("audit.county_overdue"), title, overdue_header(),
                   widths, [overdue_cells(r) for r in rows])  # fmt: skip


def export_ranking(services: Services, path: Path, ranking: CountyRanking) -> int:
    title = tr("{year}年度全县委员履职积分排名").format(year=ranking.year)
    rows = [ranking_cells(p, r) for p, r in zip(places(ranking), ranking.rows, strict=True)]
    return _export(services, path, chinese("audit.county_points", year=ranking.year), title,
                   ranking_header(), [8, 12, 12, 36, 10, 10], rows)  # fmt: skip
