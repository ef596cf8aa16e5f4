"""What the meeting form's tabs are built of: the tab itself (its title tells how many rows it
holds), a grey hint, a row of buttons, a table edited in place, and the table helpers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

MUTED = "color: #666;"


class MeetingTab(QWidget):
    """A tab of the meeting form. ``titleChanged`` is emitted whenever ``tab_title`` may now
    read differently (a row added or removed, an attendance changed)."""

    titleChanged = Signal()

    def tab_title(self) -> str:
        raise NotImplementedError


def hint(text: str, *, wrap: bool = False) -> QLabel:
    """The grey line at the top of a tab that says what goes in it."""
    label = QLabel(text)
    if wrap:
        label.setWordWrap(True)
    label.setStyleSheet(MUTED)
    return label


def button_row(*pairs: tuple[str, Callable[[], object]]) -> tuple[QHBoxLayout, list[QPushButton]]:
    """Buttons in a row, left-aligned; each calls its slot without arguments."""
    row = QHBoxLayout()
    made = []
    for text, slot in pairs:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False, slot=slot: slot())  # not clicked's bool
        row.addWidget(button)
        made.append(button)
    row.addStretch()
    return row, made


def edit_table(headers: list[str]) -> QTableWidget:
    """A table of rows edited in place (double-click, F2 or typing), one row selected."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.horizontalHeader().setHighlightSections(False)
    return table


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def read_only_item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(tooltip or text)
    return item


def swap_rows(table: QTableWidget, row: int, to: int) -> None:
    """Swap two rows of a table's items (cell widgets stay where they are) and select ``to``."""
    if not (0 <= row < table.rowCount() and 0 <= to < table.rowCount()):
        return
    for column in range(table.columnCount()):
        a, b = table.takeItem(row, column), table.takeItem(to, column)
        table.setItem(row, column, b)
        table.setItem(to, column, a)
    table.setCurrentCell(to, table.currentColumn() if table.currentColumn() >= 0 else 0)
