"""Table models over the services: rows are pulled 200 at a time, sorted and filtered in SQL.

A list of 100,000 households never builds 100,000 rows: the view asks for more
(``canFetchMore``/``fetchMore``) as the user scrolls. Sorting re-queries the database, because
sorting only the rows already loaded would be wrong.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from studio_app.core.listing import PAGE_SIZE, ListHead

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's UUID
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole row dataclass

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the (invalid) parent of every row of a table


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    sort_key: str | None = None  # the service's sort name; None: not sortable
    width: int = 100  # the most the column grows to when fitted to its contents
    align_center: bool = False
    # When the list is too narrow for every column: 0 narrows first and may be hidden, 3 last.
    priority: int = 1
    min_width: int = 0  # the least it narrows to (0: a few characters)


class LazyTableModel(QAbstractTableModel):
    """Rows of a service query, fetched page by page.

    Subclasses provide ``columns``, ``_first_page``, ``_page`` and ``_text`` (and may colour
    rows). The query is a dataclass with ``sort`` and ``descending`` fields.

    Signals:
        totalChanged(int, bool): rows matching the query and whether that count is exact
            (a search counts up to COUNT_CAP only), after each refresh.
    """

    totalChanged = Signal(int, bool)

    def __init__(self, query: Any, parent=None):
        super().__init__(parent)
        self._query = query
        self._rows: list[Any] = []
        self._total = 0
        self._exact = True

    # ---- what subclasses provide --------------------------------------------------------
    def columns(self) -> list[ColumnSpec]:
        raise NotImplementedError

    def _first_page(self, query: Any, limit: int) -> ListHead:
        raise NotImplementedError

    def _page(self, query: Any, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def _text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def _background(self, row: Any) -> Any:
        return None

    def _foreground(self, row: Any) -> Any:
        return None

    # ---- query --------------------------------------------------------------------------
    @property
    def query(self) -> Any:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: Any) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Re-count and reload the first page (after a filter, a sort or an edit)."""
        self.beginResetModel()
        head = self._first_page(self._query, PAGE_SIZE)
        self._rows, self._total, self._exact = list(head.rows), head.total, head.exact
        self.endResetModel()
        self.totalChanged.emit(self._total, self._exact)

    # ---- rows ---------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: uuid.UUID, *, max_pages: int = 20) -> int | None:
        """The row showing ``record_id``, loading further pages (a few at most) to find it."""
        for _ in range(max_pages + 1):
            for i, row in enumerate(self._rows):
                if row.id == record_id:
                    return i
            if not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())
        return None

    # ---- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        if parent.isValid():
            return False
        # Past a capped count, keep fetching while pages come back full.
        return len(self._rows) < self._total or (
            not self._exact and len(self._rows) % PAGE_SIZE == 0
        )

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._page(self._query, len(self._rows), PAGE_SIZE)
        if len(more) < PAGE_SIZE and not self._exact:  # reached the end of a capped count
            self._total, self._exact = len(self._rows) + len(more), True
            self.totalChanged.emit(self._total, self._exact)
        if not more:  # rows were removed meanwhile: stop asking
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and self.columns()[index.column()].align_center
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None  # the tooltip: the header in full, where it is elided
        if orientation == Qt.Orientation.Horizontal:
            columns = self.columns()
            return columns[section].header if 0 <= section < len(columns) else None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL so all rows are in order, not just the loaded ones."""
        columns = self.columns()
        if not 0 <= column < len(columns) or columns[column].sort_key is None:
            return
        key = columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if (self._query.sort, self._query.descending) == (key, descending):
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def is_sortable(self, column: int) -> bool:
        columns = self.columns()
        return 0 <= column < len(columns) and columns[column].sort_key is not None


class SqlSortProxyModel(QSortFilterProxyModel):
    """The proxy the views use: rows pass through in the source's (SQL) order.

    ``sort()`` hands the column to the source, which re-queries the database; sorting here
    would only reorder the rows loaded so far. Filtering is the source's query for the same
    reason, so ``filterAcceptsRow`` keeps the default (everything).
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
