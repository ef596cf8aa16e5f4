"""Message boxes in Chinese: errors, confirmations and choices, never a traceback.

Every modal question the window asks goes through these functions, so tests can answer them
(``monkeypatch.setattr(messages, "confirm", ...)``) instead of blocking on a dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from studio_app.base.errors import ConflictError, StudioError

log = logging.getLogger("studio_app.ui")
_CTX = "messages"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def error_text(error: BaseException | str) -> str:
    """What to tell the user about ``error``: the service's own sentence, or a plain one."""
    if isinstance(error, str):
        return error
    if isinstance(error, StudioError):
        return str(error)
    if isinstance(error, PermissionError):
        return _t(
            "无法读写文件“{name}”：没有权限，或文件正被其他程序（如 Excel）打开。请关闭后重试。"
        ).format(name=error.filename or "")
    if isinstance(error, FileNotFoundError):
        return _t("找不到文件“{name}”，可能已被移动或删除。").format(name=error.filename or "")
    if isinstance(error, OSError):
        return _t("无法读写文件“{name}”（{reason}）。请换一个位置或文件名后重试。").format(
            name=error.filename or "", reason=error.strerror or ""
        )
    log.error("unexpected error", exc_info=error)
    return _t("出现了意外错误，操作没有完成。请重试；如果反复出现，请联系技术支持。")


def show_error(parent: QWidget | None, error: BaseException | str, title: str = "") -> None:
    QMessageBox.warning(parent, title or _t("操作未完成"), error_text(error))


def show_refusal(
    parent: QWidget | None, error: BaseException, reload: Callable[[], None] | None = None
) -> None:
    """The one way every editor, dialog or page, reports a save the services refused. A save
    refused because someone else saved the record first (``ConflictError``: who and when)
    offers ``reload``, which shows what is saved now; nothing is overwritten either way."""
    if not isinstance(error, ConflictError):
        show_error(parent, error)
        return
    title = _t("记录已被修改")
    if reload is None:
        show_error(parent, error, title)
    elif choose(parent, title, str(error), [_t("重新载入"), _t("返回")]) == 0:
        reload()


def info(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.information(parent, title or _t("提示"), text)


def confirm(
    parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str = ""
) -> bool:
    """Ask a yes/no question with buttons that say what they do; the safe answer is default."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text or _t("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def choose(
    parent: QWidget | None, title: str, text: str, options: list[str], default: int | None = None
) -> int | None:
    """The index of the option the user clicked; the last option is the cancel one (None), and
    Esc. Enter picks option ``default`` (None: the cancel one). An option's mnemonic (&N) picks
    it with its letter alone."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons = [box.addButton(o, QMessageBox.ButtonRole.ActionRole) for o in options[:-1]]
    cancel = box.addButton(options[-1], QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(cancel)
    box.setDefaultButton(buttons[default] if default is not None else cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None
