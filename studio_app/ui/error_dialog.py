"""The last resort for a bug: say in plain words what happened, where the log is, and offer
复制详情 (the details for support). The data is safe: every save is one transaction, and one
that did not finish is rolled back, so the program keeps running.

The details hold no personal data: the traceback passes through ``base.redact`` (a statement's
parameters, a server's quoted row, phones and ID numbers are hidden), as the log does. An error
the services explain themselves (a ``StudioError``: a database fault, a refused step) that no
page caught is shown as its Chinese message, not as a bug."""

from __future__ import annotations

import logging
import platform
import sys
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from studio_app import __version__
from studio_app.base.errors import StudioError
from studio_app.base.redact import describe, format_exception

log = logging.getLogger("studio_app.ui")
_showing: list[QDialog] = []  # one at a time: an error repeated in a paint loop is only logged


def details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """What support needs: versions, the system, the time, and the traceback (redacted)."""
    return "\n".join(
        [
            f"studio-app {__version__} · Python {platform.python_version()} · "
            f"PySide6 {pyside_version} · Qt {qVersion()}",
            f"{platform.platform()} · {sys.executable}",
            datetime.now().astimezone().isoformat(timespec="seconds"),
            "",
            format_exception(kind, error, tb),
        ]
    )


class UnexpectedErrorDialog(QDialog):
    def __init__(self, summary: str, text: str, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("出现意外错误"))
        self.setMinimumWidth(560)
        self.text = text
        self.log_path = log_path
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
                       .pixmap(48, 48))  # fmt: skip
        where = str(log_path) if log_path is not None else self.tr("（没有日志文件）")
        message = QLabel(
            self.tr(
                "程序出现了意外错误，刚才的操作没有完成。\n\n"
                "已保存的资料不受影响：每次保存都是完整的一步，没有完成的会自动撤销。"
                "请再试一次；如果反复出现，请点“复制详情”，把内容连同日志文件发给技术支持。\n\n"
                "错误：{summary}\n日志文件：{where}"
            ).format(summary=summary, where=where)
        )
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(text)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        self.details.hide()
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("复制详情"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button = QPushButton(self.tr("显示详情"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self.details.setVisible)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        if log_path is not None:
            folder = QPushButton(self.tr("打开日志文件夹"))
            folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent)))
            )
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        close.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(self.tr("已复制"))


def show_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook`` of the window: log the traceback, tell the user, keep running."""
    from studio_app.logs import log_file

    if isinstance(error, StudioError) and QApplication.instance() is not None:
        from studio_app.ui import messages

        log.warning("not caught by the window: %s", describe(error))
        messages.show_refusal(QApplication.activeWindow(), error)  # a conflict says who, when
        return
    text = details(kind, error, tb)
    log.error("unexpected error\n%s", text)
    if _showing or QApplication.instance() is None:
        return
    summary = describe(error)
    path = log_file()
    dialog = UnexpectedErrorDialog(
        summary, text, path if path.exists() else None, QApplication.activeWindow()
    )
    _showing.append(dialog)
    try:
        dialog.exec()
    finally:
        _showing.remove(dialog)
        dialog.deleteLater()
