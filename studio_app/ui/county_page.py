"""全县概览: the county office's page. Every studio's figures this month or this year (sortable,
with the county's totals and a chart), the county's overdue requests, and the county's ranking
of members' points; each printable and exportable. The figures come from
``services.county`` (core/county_overview.py); this page only shows them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.core import county_print
from studio_app.core.county_overview import CountyOverview, CountyRanking, OverdueRow
from studio_app.core.request_figures import RATE_LABELS
from studio_app.ui import file_dialogs, messages
from studio_app.ui.background import BackgroundOp
from studio_app.ui.charts import HBarChart
from studio_app.ui.lazy_table_model import NO_PARENT, ROW_ROLE
from studio_app.ui.page import Page, page_toolbar

if TYPE_CHECKING:
    from studio_app.core.services import Services

Index = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 200  # rows handed to the view at a time as it scrolls (a county's overdue list)
CHART_ROW_PX = 26  # each studio's room in the chart, which scrolls when there are many


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any]  # what the column sorts by (None: last)
    centred: bool = True


class SortedRowsModel(QAbstractTableModel):
    """Rows in memory (a county's studios, its overdue requests, its members), sorted by any
    column and handed to the view ``PAGE_ROWS`` at a time as it scrolls. A ``pinned`` last row
    (the county's totals) stays last whatever the order."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._given: list[Any] = []  # the service's order, for no sort column
        self._pinned: Any = None
        self._shown = 0

    def set_rows(self, rows: Sequence[Any], pinned: Any = None) -> None:
        self.beginResetModel()
        self._rows, self._pinned = list(rows), pinned
        self._given = list(rows)
        self._shown = min(PAGE_ROWS, len(self._rows))
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._pinned if row == self._shown else self._rows[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid():
            return 0
        return self._shown + (self._pinned is not None and self._shown == len(self._rows))

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        more = min(PAGE_ROWS, len(self._rows) - self._shown)
        last = self._shown + more - 1 + (self._pinned is not None and
                                         self._shown + more == len(self._rows))  # fmt: skip
        self.beginInsertRows(NO_PARENT, self._shown, last)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.row_at(index.row()), self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.centred:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and row is self._pinned:
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):  # no sort column: the service's order
            self.beginResetModel()
            self._rows = list(self._given)
            self.endResetModel()
            return
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        present = [r for r in self._rows if key(r) is not None]
        missing = [r for r in self._rows if key(r) is None]  # a rate with nothing counted
        self.beginResetModel()
        self._rows = sorted(present, key=key, reverse=descending) + missing
        self.endResetModel()


def table_view(model: SortedRowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # (in the service's order until a header is clicked)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


def _keep_order(view: QTableView) -> None:
    """New rows in the order the coordinator chose by a header (if any)."""
    header = view.horizontalHeader()
    view.model().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


def _rate_value(key: str) -> Callable[[Any], Any]:
    return lambda f: f.rates[key].value


def studio_columns() -> list[Column]:
    header = county_print.overview_header()
    counts = ("reception_days_held", "visitors", "requests", "overdue")
    columns = [Column(header[0], lambda f: f.name, lambda f: f.name, centred=False)]
    columns += [
        Column(header[i], lambda f, k=k: str(getattr(f, k)), lambda f, k=k: getattr(f, k))
        for i, k in enumerate(counts, 1)
    ]
    columns += [
        Column(header[i], lambda f, k=k: str(f.rates[k]), _rate_value(k))
        for i, k in enumerate(RATE_LABELS, 1 + len(counts))
    ]
    return columns


def overdue_columns() -> list[Column]:
    header = county_print.overdue_header()
    keys: list[Callable[[OverdueRow], Any]] = [
        lambda r: r.studio, lambda r: r.number, lambda r: r.category, lambda r: r.stage,
        lambda r: r.deadline, lambda r: r.days_late, lambda r: r.assignee, lambda r: r.unit,
    ]  # fmt: skip
    return [
        Column(h, lambda r, i=i: county_print.overdue_cells(r)[i], key, centred=i in (1, 3, 4, 5))
        for i, (h, key) in enumerate(zip(header, keys, strict=True))
    ]


def ranking_columns() -> list[Column]:
    header = county_print.ranking_header()
    keys: list[Callable[[tuple], Any]] = [
        lambda r: r[0], lambda r: r[1].points.name, lambda r: r[1].points.code,
        lambda r: county_print.ranking_cells(*r)[3], lambda r: r[1].points.score.total,
        lambda r: r[1].points.score.passed,
    ]  # fmt: skip
    return [
        Column(h, lambda r, i=i: county_print.ranking_cells(*r)[i], key, centred=i in (0, 2, 4, 5))
        for i, (h, key) in enumerate(zip(header, keys, strict=True))
    ]


class CountyPage(Page):
    """全县概览 (for the county office's roles).

    Attributes:
        overview: the month's and year's figures shown (None until they arrive).
        overdue: the county's overdue requests shown.
        ranking: the ranking shown (None until its tab is first opened).
    """

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.overview: CountyOverview | None = None
        self.overdue: list[OverdueRow] = []
        self.ranking: CountyRanking | None = None
        self._asked = 0
        t = self.tr

        toolbar = page_toolbar()
        self.period = QComboBox()
        self.period.addItem(t("本月"), "month")
        self.period.addItem(t("本年"), "year")
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(lambda _i: self._show_overview())
        toolbar.addWidget(QLabel(t("统计期间") + " "))
        toolbar.addWidget(self.period)
        toolbar.addSeparator()
        toolbar.addAction(t("刷新"), self.refresh)
        toolbar.addAction(t("打印…"), self.print_current)
        toolbar.addAction(t("导出 Excel…"), self.export_list)

        self.studios = SortedRowsModel(studio_columns(), self)
        self.studio_view = table_view(self.studios)
        self.chart = HBarChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.studio_view)
        split.addWidget(chart_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.late = SortedRowsModel(overdue_columns(), self)
        self.late_view = table_view(self.late)

        ranking_tab = QWidget()
        ranking_layout = QVBoxLayout(ranking_tab)
        ranking_layout.setContentsMargins(0, 4, 0, 0)
        year_row = QHBoxLayout()
        self.ranking_year = QSpinBox()
        self.ranking_year.setRange(2000, 2100)
        self.ranking_year.setValue(date.today().year)
        self.ranking_year.valueChanged.connect(lambda _y: self._show_ranking())
        year_row.addWidget(QLabel(t("年度")))
        year_row.addWidget(self.ranking_year)
        self.ranking_note = QLabel()
        year_row.addWidget(self.ranking_note, 1)
        ranking_layout.addLayout(year_row)
        self.members = SortedRowsModel(ranking_columns(), self)
        self.ranking_view = table_view(self.members)
        ranking_layout.addWidget(self.ranking_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(split, t("各工作室"))
        self.tabs.addTab(self.late_view, t("全县超期诉求"))
        self.tabs.addTab(ranking_tab, t("委员履职积分排名"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 8)
        layout.addWidget(toolbar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Read and report only: nothing on the page changes data, so 查看 keeps it whole."""
        self.read_only = False

    # ---- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Work the county's figures and overdue list out on a background thread (a county's
        year takes a few tenths of a second); they show when they arrive."""
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("正在计算全县概览…"))
        county = self.services.county

        def work() -> tuple[CountyOverview, list[OverdueRow]]:
            today = date.today()
            return county.overview(today), county.overdue(today)

        op = BackgroundOp(self, self.tr("正在计算全县概览…"), work, quietly=True)
        op.success(lambda found: self._arrived(asked, *found))
        op.failure(lambda exc: self._failed(asked, exc))
        op.run()
        if self.ranking is not None or self.tabs.currentIndex() == 2:
            self._show_ranking()

    def _arrived(self, asked: int, overview: CountyOverview, overdue: list[OverdueRow]) -> None:
        if asked != self._asked:
            return
        self.overview, self.overdue = overview, overdue
        self.late.set_rows(overdue)
        _keep_order(self.late_view)
        self.tabs.setTabText(1, self.tr("全县超期诉求（%n 件）", "", len(overdue)))
        self._show_overview()

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self.status.setText(
                self.tr("全县概览没有算出来：{why}").format(why=messages.error_text(error))
            )

    def current_period(self):
        if self.overview is None:
            return None
        return self.overview.year if self.period.currentData() == "year" else self.overview.month

    def _show_overview(self) -> None:
        period = self.current_period()
        if period is None:
            return
        self.studios.set_rows(period.studios, pinned=period.total)
        _keep_order(self.studio_view)
        data = county_print.studio_chart(period)
        self.chart.set_data(data)
        self.chart.setMinimumHeight(max(240, CHART_ROW_PX * len(period.studios) + 80))
        self.status.setText(
            self.tr("{start} 至 {end} 登记的诉求，截至 {today}；共 %n 个工作室。点列标题排序。",
                    "", len(period.studios)).format(
                start=period.start.isoformat(), end=period.end.isoformat(),
                today=period.today.isoformat())
        )  # fmt: skip

    def _tab_changed(self, index: int) -> None:
        self.period.setEnabled(index == 0)  # the overdue list and the ranking have none
        if index == 2 and self.ranking is None:
            self._show_ranking()

    def _show_ranking(self) -> None:
        year = self.ranking_year.value()
        self.ranking_note.setText(self.tr("正在计算…"))
        county = self.services.county
        op = BackgroundOp(self, self.tr("正在计算履职积分…"), lambda: county.ranking(year),
                          quietly=True)  # fmt: skip
        op.success(lambda ranking: self._ranking_arrived(year, ranking))
        op.failure(lambda exc: self.ranking_note.setText(messages.error_text(exc)))
        op.run()

    def _ranking_arrived(self, year: int, ranking: CountyRanking) -> None:
        if year != self.ranking_year.value():
            return
        self.ranking = ranking
        places = county_print.places(ranking)
        self.members.set_rows(list(zip(places, ranking.rows, strict=True)))
        _keep_order(self.ranking_view)
        self.ranking_note.setText(
            self.tr("积分办法第 {n} 版 · 全县 %n 名在任委员，同分同名次", "", len(ranking.rows))
            .format(n=ranking.version.number)
        )  # fmt: skip

    # ---- print and export ---------------------------------------------------------------
    def print_current(self) -> None:
        """The overview (studios, chart, overdue list) or, on its tab, the ranking, as a PDF."""
        from studio_app.ui.pdf_preview import show_document

        services = self.services
        if self.tabs.currentIndex() == 2:
            year = self.ranking_year.value()
            show_document(self, self.tr("全县委员履职积分排名"),
                          lambda: county_print.ranking_pdf(services, year))  # fmt: skip
            return
        period = self.current_period()
        if period is None:
            return
        show_document(
            self, self.tr("全县概览"), lambda: county_print.overview_pdf(services, period)
        )

    def export_list(self) -> None:
        """文件 → 导出当前列表 (Ctrl+E), and the toolbar's: the tab shown, to an .xlsx."""
        services, tab, period, ranking = (
            self.services,
            self.tabs.currentIndex(),
            self.current_period(),
            self.ranking,
        )
        if tab == 0 and period is not None:
            name = self.tr("全县概览.xlsx")

            def write(path) -> int:
                return county_print.export_overview(services, path, period)
        elif tab == 1:
            name, rows = self.tr("全县超期诉求.xlsx"), self.overdue

            def write(path) -> int:
                return county_print.export_overdue(services, path, rows)
        elif tab == 2 and ranking is not None:
            name = self.tr("{year}年度全县委员履职积分排名.xlsx").format(year=ranking.year)

            def write(path) -> int:
                return county_print.export_ranking(services, path, ranking)
        else:
            return
        path = file_dialogs.ask_save_file(self, self.tr("导出 Excel"), name,
                                          self.tr("Excel 文件 (*.xlsx)"))  # fmt: skip
        if path is None:
            return
        try:
            count = write(path)
        except (OSError, StudioError) as exc:
            messages.show_error(self, exc)
            return
        messages.info(self, self.tr("已导出 %n 行到 {file}。", "", count).format(file=path))
