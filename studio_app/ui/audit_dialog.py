"""操作日志: who logged in, exported, revealed, restored or changed users, newest first;
filtered by date, action and text, and exported to Excel (the export is recorded too)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import AuditAction
from studio_app.base.errors import StudioError
from studio_app.base.labels import choices
from studio_app.core.audit import DEFAULT_LIMIT, AuditRow
from studio_app.core.services import Services
from studio_app.ui import file_dialogs, messages, screen_fit
from studio_app.ui.action_dialog import date_picker, pydate
from studio_app.ui.background import BackgroundOp
from studio_app.ui.form_fields import enum_data
from studio_app.ui.list_model import Field, RowsModel, rows_view
from studio_app.ui.settings_dialogs import close_buttons


class AuditDialog(QDialog):
    """The audit log, read-only.

    Attributes:
        exported: how many rows the last export wrote (None before one finished).
    """

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.audit = services.audit  # reading it checks the signed-in user's permission
        self.exported: int | None = None
        self.setWindowTitle(self.tr("操作日志"))
        screen_fit.fit_size(self, 980, 600)
        t = self.tr
        self.by_date = QCheckBox(t("按日期"))
        today = date.today()
        self.start = date_picker(today - timedelta(days=30))
        self.end = date_picker(today)
        self.action = QComboBox()
        self.action.addItem(t("全部操作"), None)
        for value, text in choices(AuditAction):
            self.action.addItem(text, value)
        self.action.setMaxVisibleItems(20)
        self.search = QLineEdit()
        self.search.setPlaceholderText(t("搜索用户、对象或说明"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(t("导出…"))
        self.export_button.clicked.connect(self.export)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.by_date.toggled.connect(self._dates_toggled)
        self.start.dateChanged.connect(lambda _d: self.reload())
        self.end.dateChanged.connect(lambda _d: self.reload())
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(self.by_date)
        filters.addWidget(self.start)
        filters.addWidget(QLabel(t("至")))
        filters.addWidget(self.end)
        filters.addSpacing(12)
        filters.addWidget(QLabel(t("操作")))
        filters.addWidget(self.action)
        filters.addSpacing(12)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.export_button)
        fields = [
            Field(t("时间"), lambda r: r.local_time, 150),
            Field(t("用户"), lambda r: r.username or t("（未登录）"), 110),
            Field(t("操作"), lambda r: r.action_label, 130),
            Field(t("对象"), lambda r: r.target, 220),
            Field(t("说明"), lambda r: r.detail),
        ]
        self.model = RowsModel(fields, self)
        self.view = rows_view(self.model, fields)
        self.count = QLabel()
        self.count.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close_buttons(self))
        layout.addLayout(bottom)
        self._dates_toggled(False)

    def _dates_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.reload()

    def filters(self) -> dict:
        """The current filters as ``AuditService.list``/``export`` take them."""
        on = self.by_date.isChecked()
        return {
            "start": pydate(self.start.date()) if on else None,
            "end": pydate(self.end.date()) if on else None,
            "action": enum_data(self.action, AuditAction),
            "text": self.search.text(),
        }

    def reload(self) -> None:
        self._debounce.stop()
        try:
            rows: list[AuditRow] = self.audit.list(**self.filters(), limit=DEFAULT_LIMIT)
        except StudioError as exc:
            messages.show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        if len(rows) >= DEFAULT_LIMIT:
            self.count.setText(
                self.tr("只显示最新的 {n} 条；请缩小日期范围或导出全部。").format(n=DEFAULT_LIMIT)
            )
        else:
            self.count.setText(self.tr("共 %n 条", None, len(rows)))

    def rows(self) -> list[AuditRow]:
        return self.model.rows

    def export(self) -> None:
        path = file_dialogs.ask_save_file(
            self, self.tr("导出操作日志"),
            self.tr("操作日志-{day}.xlsx").format(day=date.today().isoformat()),
            self.tr("Excel 文件 (*.xlsx)"),
        )  # fmt: skip
        if path is None:
            return
        filters = self.filters()
        audit = self.audit
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.exported = count
            messages.info(
                self,
                self.tr("已导出 %n 条操作记录到“{name}”。", None, count).format(name=path.name),
            )
            self.reload()  # the export itself is now in the log

        op = BackgroundOp(
            self, self.tr("正在导出操作日志…"),
            lambda: audit.export(Path(path), **filters),
        ).success(done)  # fmt: skip
        button = self.export_button
        op.finished.connect(lambda: shiboken6.isValid(button) and button.setEnabled(True))
        op.run()
