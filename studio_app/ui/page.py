"""What every page of the main window shares: a title for the navigation, a signal when its
records change, and reloading when another page changed what it shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QProxyStyle, QStyle, QToolBar, QToolButton, QWidget

TOOL_PADDING = 10  # each toolbar button's text has this much room left and right


class _ToolBarStyle(QProxyStyle):
    """The application's style, with room at a toolbar's end for a 更多 button (not Qt's »)."""

    def __init__(self, extent: int):
        super().__init__()
        self.extent = extent

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric == QStyle.PixelMetric.PM_ToolBarExtensionExtent:
            return self.extent
        return super().pixelMetric(metric, option, widget)


def page_toolbar() -> QToolBar:
    """The row of text buttons at the top of a page. Where the page is too narrow for all of
    them (a small screen, the longer English words), those at the end are offered in the menu
    of a 更多 button at its right end, named so that it is seen."""
    toolbar = QToolBar()
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    more = QCoreApplication.translate("page", "更多 »")
    style = _ToolBarStyle(toolbar.fontMetrics().horizontalAdvance(more) + 2 * TOOL_PADDING + 4)
    style.setParent(toolbar)  # the toolbar owns it
    toolbar.setStyle(style)
    toolbar.setStyleSheet(f"QToolButton {{ padding: 3px {TOOL_PADDING}px; }}")
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None:  # Qt's own, whose menu lists the buttons that did not fit
        extension.setText(more)
        extension.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        extension.setToolTip(QCoreApplication.translate("page", "放不下的按钮在这里"))
    return toolbar


def keyed(action: QAction, keys: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
    """Give a toolbar action its shortcut, shown in its tooltip. Only the page on show takes
    it (the shortcut of an action whose buttons are hidden is off), so pages may share keys
    such as Ctrl+N."""
    sequence = QKeySequence(keys)
    action.setShortcut(sequence)
    shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{action.text().rstrip('…')} ({shown})")
    return action


class Page(QWidget):
    """A page of the main window.

    Signals:
        recordsChanged: records were added or changed here (other pages may show them).
    """

    recordsChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._stale = False
        self.read_only = False

    def set_read_only(self, read_only: bool) -> None:
        """For the 查看 role: nothing on the page changes data. Its toolbars are switched off
        as a whole (a disabled toolbar keeps every action off, whatever the selection says),
        and so is every other button, again after each selection (panels enable their own)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QAbstractItemView

        first = not hasattr(self, "_read_only_hooked")
        self.read_only = read_only
        self._apply_read_only()
        if first and read_only:
            self._read_only_hooked = True
            for view in self.findChildren(QAbstractItemView):
                if view.selectionModel() is not None:
                    view.selectionModel().selectionChanged.connect(
                        lambda *_: QTimer.singleShot(0, self._apply_read_only)
                    )

    def _apply_read_only(self) -> None:
        from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QToolBar

        if not self.read_only:
            return
        for bar in self.findChildren(QToolBar):
            bar.setEnabled(False)
        for button in self.findChildren(QAbstractButton):
            # the toolbar's own are off with it; check boxes here filter lists, and stay
            if not isinstance(button.parent(), QToolBar) and not isinstance(
                button, (QCheckBox, QRadioButton)
            ):
                button.setEnabled(False)

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
