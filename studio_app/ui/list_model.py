"""A read-only table model over a short Python list (detail panels, import preview, errors)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from studio_app.ui import list_view
from studio_app.ui.lazy_table_model import NO_PARENT, ROW_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Field:
    header: str
    text: Callable[[Any], str]
    width: int = 160  # the most the column grows to when fitted to its contents
    priority: int = 1  # as ColumnSpec's: 0 narrows first and may be hidden, 3 last
    min_width: int = 0


class RowsModel(QAbstractTableModel):
    """Rows already in memory, shown through ``fields``."""

    def __init__(self, fields: Sequence[Field], parent=None):
        super().__init__(parent)
        self._fields = list(fields)
        self._rows: list[Any] = []
        self._foreground: Callable[[Any], Any] = lambda _row: None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_foreground(self, colour_of: Callable[[Any], Any]) -> None:
        self._foreground = colour_of

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._fields)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._fields[index.column()].text(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None  # the tooltip: the header in full, where it is elided
        if orientation == Qt.Orientation.Horizontal:
            return self._fields[section].header if 0 <= section < len(self._fields) else None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def rows_view(
    model: RowsModel, fields: Sequence[Field], parent: QWidget | None = None
) -> QTableView:
    """A compact read-only table for ``model``: whole-row selection, no row numbers."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    model.modelReset.connect(lambda: fit_columns(view, fields))
    fit_columns(view, fields)
    return view


def fit_columns(view: QTableView, fields: Sequence[Field]) -> None:
    """Each column as wide as its contents (rows loaded so far) and header, within the list's
    width (``list_view.ColumnFitter``); the last one stretches."""
    list_view.fit_columns(view, fields)


def selected_row(view: QTableView) -> Any | None:
    """The row object selected in a ``rows_view`` (or None)."""
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    return indexes[0].data(ROW_ROLE) if indexes else None
