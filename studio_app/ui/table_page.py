"""What the list pages share: toolbar, search box and filters, the lazy table, a detail panel."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from studio_app.base.enums import RosterKind
from studio_app.base.errors import StudioError
from studio_app.core.services import Services
from studio_app.ui import file_dialogs, messages
from studio_app.ui.background import BackgroundOp
from studio_app.ui.detail_panel import DetailPanel
from studio_app.ui.import_dialog import ImportDialog, xlsx_filter
from studio_app.ui.lazy_table_model import ID_ROLE, ROW_ROLE, LazyTableModel, SqlSortProxyModel
from studio_app.ui.list_view import (
    FilterRow,
    fit_columns,
    search_box,
    select_record,
    setup_list_view,
    side_by_side,
    total_text,
)
from studio_app.ui.page import Page, keyed, page_toolbar

FILTER_WIDTH = 240


def filter_combo(all_text: str, items: list[tuple[str, Any]]) -> QComboBox:
    """A filter drop-down: "all" (data None) then the items."""
    combo = QComboBox()
    combo.addItem(all_text, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMaximumWidth(FILTER_WIDTH)  # a long village or tag does not widen the page
    combo.setMaxVisibleItems(25)
    return combo


def reload_combo(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Replace the items after the "all" entry, keeping the current choice if it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)


class TablePage(Page):
    """A page listing members or households.

    Subclasses build the model, the detail panel and the filters, and say how to build the
    query, open the edit dialog and archive a record.

    Signals:
        recordsChanged: records were added, edited, archived, imported or linked here.
    """

    roster_kind: RosterKind

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.model = self.make_model()
        self.proxy = SqlSortProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.detail = self.make_detail()
        self.detail.linksChanged.connect(self._links_changed)

        self.toolbar = page_toolbar()
        self.add_action = keyed(self._action(self.tr("新增"), self.add_record), "Ctrl+N")
        self.edit_action = self._action(self.tr("编辑"), self.edit_selected)
        self.archive_action = self._action(self.tr("归档"), self.toggle_archive)
        self.toolbar.addSeparator()
        self.import_action = self._action(self.tr("导入…"), self.import_roster)
        self.export_action = self._action(self.tr("导出…"), self.export_list)
        self.row_actions: list[QAction] = []  # enabled while a row is selected
        self.add_actions()

        self.search, self._timer = search_box(self, self.tr("搜索姓名、电话、村…"),
                                              self.apply_filters)  # fmt: skip
        self.count_label = QLabel()
        filters = FilterRow()
        filters.addWidget(self.search)
        self.add_filters(filters)
        filters.addStretch()
        filters.addWidget(self.count_label)

        self.view = QTableView()
        self._setup_view()
        splitter = side_by_side(
            self.view, self.detail, (790, 370), stretch=(3, 1), remember=type(self).__name__
        )
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.model.totalChanged.connect(self._show_total)
        self.model.set_query(self.build_query())
        self._selection_changed()

    def _show_total(self, total: int, exact: bool) -> None:
        self.count_label.setText(total_text(total, exact))

    # ---- what subclasses provide --------------------------------------------------------
    def make_model(self) -> LazyTableModel:
        raise NotImplementedError

    def make_detail(self) -> DetailPanel:
        raise NotImplementedError

    def add_filters(self, layout: FilterRow) -> None:
        raise NotImplementedError

    def reload_filter_options(self) -> None:
        """Refill filter drop-downs whose choices come from the data (villages, tags …)."""

    def build_query(self) -> Any:
        raise NotImplementedError

    def make_dialog(self, record_id: uuid.UUID | None) -> QDialog:
        raise NotImplementedError

    def archive(self, row: Any) -> None:
        """Archive the record of ``row`` at the version the list shows."""
        raise NotImplementedError

    def restore(self, row: Any) -> None:
        raise NotImplementedError

    def archive_question(self, row: Any) -> str:
        raise NotImplementedError

    def export_name(self) -> str:
        raise NotImplementedError

    def export_rows(self, path: Path, query: Any) -> int:
        """Write the rows of ``query`` to ``path`` (runs on a pool thread)."""
        raise NotImplementedError

    # ---- building -----------------------------------------------------------------------
    def add_actions(self) -> None:
        """Add the page's own toolbar actions (after the shared ones)."""

    def _action(self, text: str, slot) -> QAction:
        action = self.toolbar.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _setup_view(self) -> None:
        view = self.view
        setup_list_view(view, self.proxy)
        header = view.horizontalHeader()
        self._columns_fitted = False
        sort_column = next(
            (i for i, c in enumerate(self.model.columns()) if c.sort_key == self.model.query.sort),
            0,
        )
        header.setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self._sort_section = sort_column
        self._sort_order = Qt.SortOrder.AscendingOrder
        view.doubleClicked.connect(lambda _index: self.edit_selected())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), view)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.edit_selected)
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        """Columns the database cannot sort keep the previous indicator (and order)."""
        header = self.view.horizontalHeader()
        if not self.model.is_sortable(section):
            header.blockSignals(True)
            header.setSortIndicator(self._sort_section, self._sort_order)
            header.blockSignals(False)
            return
        self._sort_section, self._sort_order = section, order

    # ---- querying -----------------------------------------------------------------------
    def apply_filters(self, select_id: uuid.UUID | None = None, *, search_pages: int = 5) -> None:
        """Re-query with the search text and filters; keep the selected record if still listed."""
        self._timer.stop()
        keep = select_id or self.selected_id()
        query = self.build_query()
        query.sort, query.descending = self.model.query.sort, self.model.query.descending
        self.model.set_query(query)
        self._reselect(keep, search_pages)

    def refresh(self, select_id: uuid.UUID | None = None) -> None:
        """Reload after a change, here or on another page; ``select_id`` is looked for further."""
        self._stale = False
        self.reload_filter_options()
        self.apply_filters(select_id, search_pages=20 if select_id else 5)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._columns_fitted:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as the first rows need, each up to its column's width."""
        self._columns_fitted = True
        fit_columns(self.view, self.model)

    def _reselect(self, record_id: uuid.UUID | None, search_pages: int = 5) -> None:
        select_record(self.view, self.proxy, self.model, record_id, search_pages)

    # ---- selection ----------------------------------------------------------------------
    def selected_row(self) -> Any | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def selected_id(self) -> uuid.UUID | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ID_ROLE) if indexes else None

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.view.selectRow(0)

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.edit_action.setEnabled(row is not None)
        self.archive_action.setEnabled(row is not None)
        for action in self.row_actions:
            action.setEnabled(row is not None)
        archived = bool(row is not None and row.archived)
        self.archive_action.setText(self.tr("恢复") if archived else self.tr("归档"))
        self.detail.show_record(row.id if row is not None else None)

    def _links_changed(self) -> None:
        self.refresh()
        self.recordsChanged.emit()

    # ---- actions ------------------------------------------------------------------------
    def add_record(self) -> None:
        self._run_dialog(None)

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.edit_record(record_id)

    def edit_record(self, record_id: uuid.UUID) -> None:
        self._run_dialog(record_id)

    def _run_dialog(self, record_id: uuid.UUID | None) -> None:
        if self.read_only:  # a double-click of the 查看 role opens no form
            return
        try:
            dialog = self.make_dialog(record_id)
        except StudioError as exc:  # the record vanished meanwhile
            messages.show_error(self, exc)
            self.refresh()
            return
        dialog.exec()
        saved, other = dialog.saved_id, dialog.open_instead
        dialog.deleteLater()
        if saved is not None:
            self.refresh(select_id=saved)
            self.recordsChanged.emit()
        elif other is not None:
            self.refresh(select_id=other)
            self.edit_record(other)

    def toggle_archive(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:  # the services check the permission and log it, by id
            if row.archived:
                self.restore(row)
            else:
                if not messages.confirm(
                    self,
                    self.tr("归档"),
                    self.archive_question(row),
                    self.tr("归档"),
                    self.tr("取消"),
                ):
                    return
                self.archive(row)
        except StudioError as exc:  # saved elsewhere since the list was read: reload?
            messages.show_refusal(self, exc, lambda: self.refresh(select_id=row.id))
            return
        self.refresh(select_id=row.id)
        self.recordsChanged.emit()

    def import_roster(self) -> None:
        dialog = ImportDialog(self.services, self.roster_kind, self)
        dialog.choose_file_later()
        dialog.exec()
        imported = dialog.imported
        dialog.deleteLater()
        if imported is not None:
            self.refresh()
            self.recordsChanged.emit()

    def export_list(self) -> None:
        """Save the rows the page lists now (search and filters applied) to an Excel file."""
        name = f"{self.export_name()}-{date.today():%Y%m%d}.xlsx"
        from studio_app.base.enums import Permission
        from studio_app.core.access import PermissionDeniedError

        try:  # asked before the file is chosen; the export itself checks and logs again
            self.services.guard.require(Permission.EXPORT, self.export_name())
        except PermissionDeniedError as exc:
            messages.show_error(self, exc)
            return
        options = self.export_options()
        if options is None:
            return
        path = file_dialogs.ask_save_file(self, self.tr("导出到 Excel"), name, xlsx_filter())
        if path is None:
            return
        query = self.model.query

        def done(count: int) -> None:
            messages.info(
                self,
                self.tr("已导出 %n 条记录到：\n{path}", None, count).format(path=path),
                self.tr("导出完成"),
            )

        BackgroundOp(
            self, self.tr("正在导出…"), lambda: self.export_rows(path, query, **options)
        ).success(done).run()

    def export_options(self) -> dict | None:
        """What ``export_rows`` is given besides the file and the query (None: cancelled)."""
        return {}
