"""Windows that fit the screen they open on: coordinators work on 1366×768 laptops, on 1024×768
office monitors with a taskbar, and at 125 % on 1920×1080 (1536×864 in Qt's pixels).

Every size a window asks for is a wish, bounded by the screen's work area (the screen less its
taskbar and docks) less room for the frame a window manager draws around a window that is not
maximised: a title bar and borders, which Qt does not know before the window is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager may add around a window: Windows 10 and 11 draw a title bar of about
# 31 px and borders of up to 8 px (they count in the frame); GNOME, KDE and UKUI draw less.
FRAME = QMargins(8, 32, 8, 8)


def work_area(widget: QWidget) -> QRect:
    """The work area of the screen ``widget`` is on, or will open on: its parent window's for
    a dialog not shown yet, else the screen under the widget, else the primary one."""
    anchor = widget
    parent = widget.parentWidget()
    if parent is not None and not widget.isVisible():
        anchor = parent.window()
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(widget: QWidget) -> QSize:
    """The largest size (without the frame) a window can have and still be seen whole."""
    area = work_area(widget)
    return QSize(
        area.width() - FRAME.left() - FRAME.right(), area.height() - FRAME.top() - FRAME.bottom()
    )


def fitted(widget: QWidget, width: int, height: int) -> QSize:
    """``width``×``height`` made small enough for the work area (never below the window's
    minimum: a window whose minimum does not fit is a bug of its layout)."""
    space = room(widget)
    return QSize(min(width, space.width()), min(height, space.height()))


def fits(widget: QWidget, width: int, height: int) -> bool:
    space = room(widget)
    return width <= space.width() and height <= space.height()


def fit_size(widget: QWidget, width: int, height: int) -> QSize:
    """Instead of ``resize(width, height)`` for a window: that size, or what the screen has."""
    size = fitted(widget, width, height)
    widget.resize(size)
    return size


def keep_inside(window: QWidget) -> None:
    """Bring a window (one placed where it was on a bigger screen, say) inside the work area:
    no larger than it, its frame on the screen. A maximised window fills it already."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    area = work_area(window)
    size = fitted(window, window.width(), window.height())
    inner = QRect(window.geometry().topLeft(), size)
    left = area.left() + FRAME.left()
    top = area.top() + FRAME.top()
    right = area.right() - FRAME.right()  # the last pixel a window may cover
    bottom = area.bottom() - FRAME.bottom()
    inner.moveLeft(max(left, min(inner.left(), right - inner.width() + 1)))
    inner.moveTop(max(top, min(inner.top(), bottom - inner.height() + 1)))
    if inner != window.geometry():
        window.setGeometry(inner)
