"""查看完整号码: a full phone or ID number shown once, to whoever may see it, and logged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from studio_app.ui import messages


def _t(text: str) -> str:
    return QCoreApplication.translate("privacy", text)


def reveal(parent: QWidget, text: Callable[[], str]) -> bool:
    """Show ``text()``, which asks a service for the full numbers (the service checks that the
    signed-in user may, and logs the look). False when refused: the user is told why."""
    from studio_app.base.errors import StudioError

    try:
        shown = text()
    except StudioError as exc:
        messages.show_error(parent, exc)
        return False
    messages.info(parent, shown + _t("\n\n（这次查看已记入操作日志）"), _t("完整号码"))
    return True
