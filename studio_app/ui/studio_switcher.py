"""The studio switcher at the top of the main window, for the county office's users (and, before
logins are set up, on a database of several studios): 全县 or one studio."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from studio_app.base.errors import StudioError
from studio_app.ui import messages

if TYPE_CHECKING:
    from studio_app.core.services import Services


class StudioSwitcher(QToolBar):
    """工作室：[全县 ▾]. Picking one makes the services work there; the window then reloads.

    Signals:
        switched: the services now work in another studio (or the whole county).
    """

    switched = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("studio_switcher")
        self.setMovable(False)
        self.setFloatable(False)
        self.services: Services | None = None
        self.addWidget(QLabel(self.tr("工作室：")))
        self.choice = QComboBox()
        self.choice.setMinimumContentsLength(16)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setToolTip(self.tr("县政协的用户在这里选择在哪个工作室工作；“全县”只看不登记"))
        self.addWidget(self.choice)
        self.choice.activated.connect(lambda _i: self._picked())

    @staticmethod
    def wanted(services: Services) -> bool:
        """Whether the window offers it: to the county's users, and to anyone before logins
        are set up when the database holds several studios (a studio's user never)."""
        user = services.current_user
        if user is not None:
            return user.role.county
        return len(services.studios.switchable()) > 1

    def load(self, services: Services) -> None:
        """全县 and the studios the signed-in user may pick, the current one chosen."""
        self.services = services
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("全县"), None)
        for studio in services.studios.switchable():
            self.choice.addItem(studio.name, studio.id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(services.studio_id)))
        self.choice.blockSignals(False)

    def pick(self, index: int) -> None:
        """Choose the entry at ``index`` (0: 全县), as a click would."""
        self.choice.setCurrentIndex(index)
        self._picked()

    def _picked(self) -> None:
        studio_id = self.choice.currentData()
        if self.services is None or studio_id == self.services.studio_id:
            return
        try:
            self.services.use_studio(studio_id)
        except StudioError as exc:
            messages.show_error(self, exc)
            self.load(self.services)
            return
        self.switched.emit()
