"""Every issued revision of a meeting's minutes (number, time, who, why), what each changed
side by side, the stored PDF of any revision, and the signed scans attached to it."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.local_times import local_minute
from studio_app.core.archive import Change, DocumentRow
from studio_app.core.services import Services
from studio_app.ui import screen_fit
from studio_app.ui.detail_panel import section_label
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import side_by_side
from studio_app.ui.print_actions import attach_scan, open_attachment, open_stored
from studio_app.ui.settings_dialogs import close_buttons


def changes_table(changes: list[Change], *headers: str) -> str:
    """The changed fields as an HTML table: field, before, after."""

    def cell(text: str, style: str = "") -> str:
        body = html.escape(text or "—").replace("\n", "<br>")
        return f"<td style='padding:4px 6px;{style}'>{body}</td>"

    head = "".join(f"<th style='background:#e9eef5;padding:4px 6px'>{h}</th>" for h in headers)
    rows = "".join(
        "<tr>" + cell(c.label, "white-space:nowrap;font-weight:bold")
        + cell(c.before, "color:#7a1f1f;background:#fbeeee")
        + cell(c.after, "color:#1f5a25;background:#eef7ee") + "</tr>"
        for c in changes
    )  # fmt: skip
    return (
        "<table width='100%' border='1' cellspacing='0' style='border-collapse:collapse'>"
        f"<tr>{head}</tr>{rows}</table>"
    )


class RevisionsDialog(QDialog):
    """The revisions of one meeting's minutes.

    Attributes:
        model: the revisions, the first first.
        shown: what the selected revision changed against the one before it, shown side by
            side (项目 / 修订前 / 修订后) in ``changes``.
    """

    def __init__(self, services: Services, meeting_id: uuid.UUID, topic: str, parent=None):
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        t = self.tr
        self.setWindowTitle(t("纪要的各版：{topic}").format(topic=topic))
        screen_fit.fit_size(self, 1080, 640)

        fields = [
            Field(t("版本"), lambda r: t("第 {n} 版").format(n=r.revision), 60),
            Field(t("存档时间"), lambda r: local_minute(r.issued_at), 120),
            Field(t("经办人"), lambda r: r.issued_by, 70),
            Field(t("修订原因"), lambda r: r.reason or t("定稿"), 200),
            Field(t("扫描件"), lambda r: str(r.attachments) if r.attachments else "", 50),
        ]
        self.model = RowsModel(fields, self)
        self.view = rows_view(self.model, fields)
        self.view.doubleClicked.connect(lambda _i: self.open_revision())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.open_button = QPushButton(t("打开此版…"))
        self.open_button.clicked.connect(self.open_revision)
        self.attach_button = QPushButton(t("附上签字扫描件…"))
        self.attach_button.clicked.connect(self.attach)
        self.scans = QListWidget()
        self.scans.setMaximumHeight(110)
        self.scans.itemDoubleClicked.connect(self._open_scan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(section_label(t("签字扫描件（双击打开）")))
        left_layout.addWidget(self.scans)

        self.changes_label = section_label(t("与上一版相比"))
        # side by side as rich text: long agreed items wrap in full, nothing is cut off
        self.changes = QTextBrowser()
        self.shown: list[Change] = []
        self.no_changes = QLabel()
        self.no_changes.setStyleSheet("color: #555;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.changes_label)
        right_layout.addWidget(self.no_changes)
        right_layout.addWidget(self.changes, 1)

        splitter = side_by_side(left, right, (500, 580), remember="revisions")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close_buttons(self))
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        rows = self.services.archive.revisions(self.meeting_id)
        self.model.set_rows(rows)
        wanted = next((i for i, r in enumerate(rows) if r.id == select), len(rows) - 1)
        if rows:
            self.view.selectRow(wanted)
        self._selected()

    def selected(self) -> DocumentRow | None:
        return selected_row(self.view)

    def _selected(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.attach_button.setEnabled(row is not None)
        self.scans.clear()
        self.shown = []
        self.changes.clear()
        if row is None:
            return
        for a in self.services.archive.attachments(row.id):
            item = QListWidgetItem(
                self.tr("{name}（{when}，{who}）").format(
                    name=a.file_name, when=local_minute(a.attached_at), who=a.attached_by or "—"
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.scans.addItem(item)
        changes = self.services.archive.revision_changes(row.id)
        self.changes_label.setText(
            self.tr("第 {n} 版与第 {m} 版相比").format(n=row.revision, m=row.revision - 1)
            if row.revision > 1
            else self.tr("第 1 版")
        )
        self.no_changes.setText(
            self.tr("第 1 版是定稿时的纪要。") if row.revision == 1 else
            self.tr("修订原因：{reason}").format(reason=row.reason)
        )  # fmt: skip
        self.shown = changes
        self.changes.setHtml(changes_table(changes, self.tr("项目"), self.tr("修订前"),
                                          self.tr("修订后")) if changes else "")  # fmt: skip

    def open_revision(self) -> None:
        row = self.selected()
        if row is not None:
            open_stored(self, self.services, row.id)

    def attach(self) -> None:
        row = self.selected()
        if row is not None and attach_scan(self, self.services, row.id):
            self.reload(row.id)

    def _open_scan(self, item: QListWidgetItem) -> None:
        open_attachment(self, self.services, item.data(Qt.ItemDataRole.UserRole))
