"""The panel beside a list that shows the selected record's links and visits."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.ui import messages

MUTED = QColor("#888888")


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; margin-top: 6px;")
    return label


class DetailPanel(QWidget):
    """Placeholder text until a record is selected, then the record's own content.

    Signals:
        linksChanged: links or visits were changed from this panel (the list must reload).
    """

    linksChanged = Signal()

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self.record_id: uuid.UUID | None = None
        self.setMinimumWidth(340)
        self.stack = QStackedWidget()
        empty = QLabel(placeholder)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        empty.setStyleSheet("color: #888; padding: 24px;")
        self.content = QWidget()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #555;")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(8, 0, 0, 0)
        self.body.addWidget(self.title)
        self.body.addWidget(self.subtitle)
        self.stack.addWidget(empty)
        self.stack.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def button_row(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch()
        self.body.addLayout(row)
        return row

    def show_record(self, record_id: uuid.UUID | None) -> None:
        self.record_id = record_id
        if record_id is None:
            self.stack.setCurrentIndex(0)
            return
        try:
            self.load(record_id)
        except StudioError as exc:  # deleted or replaced meanwhile
            self.record_id = None
            self.stack.setCurrentIndex(0)
            messages.show_error(self, exc)
            return
        self.stack.setCurrentIndex(1)

    def reload(self) -> None:
        self.show_record(self.record_id)

    def load(self, record_id: uuid.UUID) -> None:
        raise NotImplementedError

    def changed(self) -> None:
        """After a change made here: the page reloads the list, which re-shows this panel."""
        self.linksChanged.emit()
