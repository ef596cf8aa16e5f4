"""What the list pages (委员, 联户, 诉求) share around their lazy table: the view's look, the
debounced search box, the count label, fitting columns and finding a record again."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QSplitter, QTableView, QWidget

from studio_app.ui.lazy_table_model import LazyTableModel, SqlSortProxyModel

SEARCH_DELAY_MS = 200


def setup_list_view(view: QTableView, proxy: SqlSortProxyModel, *,
                    multi_select: bool = False) -> None:  # fmt: skip
    """Whole rows, no editing, no row numbers, comfortable rows; sorting through SQL."""
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)


def search_box(owner: QWidget, placeholder: str,
               on_search: Callable[[], None]) -> tuple[QLineEdit, QTimer]:  # fmt: skip
    """A search field that runs ``on_search`` once typing pauses (not on every keystroke),
    and Ctrl+F in ``owner`` to reach it; returns the field and its timer."""
    box = QLineEdit()
    box.setClearButtonEnabled(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumWidth(220)
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(on_search)
    box.textChanged.connect(lambda _text: timer.start())
    find = QShortcut(QKeySequence.StandardKey.Find, owner)
    find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    find.activated.connect(box.setFocus)
    return box, timer


def total_text(total: int, exact: bool) -> str:
    if exact:
        return QCoreApplication.translate("list_view", "共 %n 条", None, total)
    return QCoreApplication.translate("list_view", "超过 {n} 条").format(n=total)


def fit_columns(view: QTableView, model: LazyTableModel) -> None:
    """Columns as wide as the loaded rows need, each up to its width; the last one stretches."""
    for i, column in enumerate(model.columns()[:-1]):
        view.resizeColumnToContents(i)
        view.setColumnWidth(i, min(view.columnWidth(i), column.width))


def select_record(view: QTableView, proxy: SqlSortProxyModel, model: LazyTableModel,
                  record_id: uuid.UUID | None, max_pages: int = 5) -> None:  # fmt: skip
    """Select the row of ``record_id``, loading a few more pages to find it."""
    if record_id is None:
        return
    row = model.row_of(record_id, max_pages=max_pages)
    if row is None:
        return
    index = proxy.mapFromSource(model.index(row, 0))
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)


def side_by_side(
    left: QWidget,
    right: QWidget,
    sizes: tuple[int, int],
    *,
    remember: str,
    stretch: tuple[int, int] | None = None,
) -> QSplitter:
    """A list and its detail (or any two panes) side by side: neither pane can be squeezed
    away, ``sizes`` to start with, ``stretch`` sharing what a bigger window adds. Where the
    user drags the divider is kept (QSettings ``splitters/<remember>``) for the next start."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(remember)
    splitter.addWidget(left)
    splitter.addWidget(right)
    if stretch is not None:
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(list(sizes))
    key = f"splitters/{remember}"
    saved = QSettings().value(key)
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda *_: QSettings().setValue(key, splitter.saveState()))
    return splitter
