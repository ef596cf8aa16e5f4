"""查看完整号码: a full phone or ID number shown once, to whoever may see it, and logged."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from studio_app.ui import messages

if TYPE_CHECKING:
    from studio_app.core.services import Services


def _t(text: str) -> str:
    return QCoreApplication.translate("privacy", text)


def reveal(parent: QWidget, services: Services, target: str, text: Callable[[], str]) -> bool:
    """Show ``text()`` (the numbers) if the signed-in user may reveal, logging ``target`` (a
    record by number or id: the log names no villager). False when refused."""
    from studio_app.base.enums import AuditAction, Permission
    from studio_app.core.access import PermissionDeniedError

    user = services.current_user
    try:
        services.access.require(user, Permission.REVEAL)
    except PermissionDeniedError as exc:
        messages.show_error(parent, exc)
        return False
    services.audit.record(user, AuditAction.REVEAL, target)
    messages.info(parent, text() + _t("\n\n（这次查看已记入操作日志）"), _t("完整号码"))
    return True
