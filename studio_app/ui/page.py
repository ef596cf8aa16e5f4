"""What every page of the main window shares: a title for the navigation, a signal when its
records change, and reloading when another page changed what it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolBar, QWidget


def page_toolbar() -> QToolBar:
    """The row of text buttons at the top of a page."""
    toolbar = QToolBar()
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.setStyleSheet("QToolButton { padding: 3px 10px; }")
    return toolbar


class Page(QWidget):
    """A page of the main window.

    Signals:
        recordsChanged: records were added or changed here (other pages may show them).
    """

    recordsChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._stale = False

    def refresh(self) -> None:
        """Reload everything the page shows from the database."""
        raise NotImplementedError

    def mark_stale(self) -> None:
        """Another page changed data this page shows: reload now if shown, else when shown."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
