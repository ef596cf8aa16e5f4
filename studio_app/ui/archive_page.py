"""档案: every issued document (minutes, reception records, receipts, posters, member cards)
by date, type, studio and meeting, searchable; each opens, prints or saves exactly as issued,
its hash checked when opened; signed scans attached to it."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import DocumentKind
from studio_app.base.i18n import tr
from studio_app.base.labels import choices, label
from studio_app.base.local_times import local_minute
from studio_app.core.archive import DocumentRow
from studio_app.ui.action_dialog import date_picker, pydate
from studio_app.ui.detail_panel import DetailPanel, section_label
from studio_app.ui.form_fields import enum_data
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import FilterRow, search_box, side_by_side
from studio_app.ui.page import Page, page_toolbar
from studio_app.ui.print_actions import attach_scan, open_attachment, open_stored
from studio_app.ui.table_page import filter_combo

if TYPE_CHECKING:
    from studio_app.core.services import Services


class ArchivePage(Page):
    """The archive of issued documents, newest first.

    Attributes:
        model: the documents listed (``DocumentRow``).
    """

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        t = self.tr
        self.toolbar = page_toolbar()
        self.open_action = self.toolbar.addAction(t("打开（打印、另存为）…"), self.open_document)
        self.attach_action = self.toolbar.addAction(t("附上签字扫描件…"), self.attach)

        self.search, self._timer = search_box(self, t("搜索标题、会议、经办人、修订原因、编号…"),
                                              self.reload)  # fmt: skip
        self.kind_filter = filter_combo(
            t("全部类型"), [(text, v) for v, text in choices(DocumentKind)]
        )
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.by_date = QCheckBox(t("存档日期"))
        today = date.today()
        self.start = date_picker(date(today.year, 1, 1))
        self.end = date_picker(today)
        for widget in (self.start, self.end):
            widget.setEnabled(False)
            widget.dateChanged.connect(lambda _d: self.reload())
        self.by_date.toggled.connect(self._dates_toggled)
        self.count_label = QLabel()
        self.search.setMinimumWidth(300)  # the longest placeholder of the pages
        filters = FilterRow()
        filters.addWidget(self.search)
        filters.addWidget(self.kind_filter)
        filters.addSpacing(8)
        dates = QHBoxLayout()  # 存档日期 [from] 至 [to]: one piece when the row wraps
        dates.setContentsMargins(0, 0, 0, 0)
        for widget in (self.by_date, self.start, QLabel(t("至")), self.end):
            dates.addWidget(widget)
        dates_box = QWidget()
        dates_box.setLayout(dates)
        filters.addWidget(dates_box)
        filters.addStretch()
        filters.addWidget(self.count_label)

        fields = [  # 标题 stretches; on a narrow screen 页数 and 扫描件 go first
            Field(t("存档时间"), lambda r: local_minute(r.issued_at), 120, priority=2),
            Field(t("类型"), lambda r: label(r.kind), 110),
            Field(t("标题"), lambda r: r.title, 300),
            Field(t("版本"), self._revision, 60),
            Field(t("经办人"), lambda r: r.issued_by, 70),
            Field(t("页数"), lambda r: str(r.pages), 40, priority=0),
            Field(t("扫描件"), lambda r: str(r.attachments) if r.attachments else "", 50,
                  priority=0),
        ]  # fmt: skip
        self.model = RowsModel(fields, self)
        self.view = rows_view(self.model, fields)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.open_document())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.detail = DocumentDetail(services, self)

        splitter = side_by_side(
            self.view, self.detail, (780, 380), stretch=(3, 1), remember="archive"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        current = self.selected()
        keep = select or (current.id if current else None)
        dated = self.by_date.isChecked()
        rows = self.services.archive.list(
            self.search.text(),
            enum_data(self.kind_filter, DocumentKind),
            pydate(self.start.date()) if dated else None,
            pydate(self.end.date()) if dated else None,
        )
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("共 %n 份", None, len(rows)))
        row = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else None)
        if row is not None:
            self.view.selectRow(row)
        self._selected()

    def _dates_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.reload()

    def _revision(self, r: DocumentRow) -> str:
        return self.tr("第 {n} 版").format(n=r.revision) if r.kind == DocumentKind.MINUTES else ""

    def selected(self) -> DocumentRow | None:
        return selected_row(self.view)

    def _selected(self) -> None:
        row = self.selected()
        self.open_action.setEnabled(row is not None)
        self.attach_action.setEnabled(row is not None)
        self.detail.show_row(row)

    def open_document(self) -> None:
        row = self.selected()
        if row is not None:
            open_stored(self, self.services, row.id)

    def attach(self) -> None:
        row = self.selected()
        if row is not None and attach_scan(self, self.services, row.id):
            self.reload(row.id)
            self.recordsChanged.emit()


class DocumentDetail(DetailPanel):
    """The selected document's facts, its check code (SHA-256, in full in a tooltip) and its
    signed scans."""

    def __init__(self, services: Services, parent=None):
        super().__init__(self.tr("选中一份存档文件，查看它的存档信息和签字扫描件。"), parent)
        self.services = services
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scans = QListWidget()
        self.scans.itemDoubleClicked.connect(self._open_scan)
        self.body.addWidget(self.facts)
        self.body.addWidget(section_label(self.tr("签字扫描件（双击打开）")))
        self.body.addWidget(self.scans, 1)
        self._row: DocumentRow | None = None

    def _open_scan(self, item: QListWidgetItem) -> None:
        attachment_id = item.data(Qt.ItemDataRole.UserRole)
        if attachment_id is not None:  # not the "none yet" line
            open_attachment(self, self.services, attachment_id)

    def show_row(self, row: DocumentRow | None) -> None:
        self._row = row
        self.show_record(row.id if row else None)

    def load(self, record_id: uuid.UUID) -> None:
        row = self._row
        t = self.tr
        self.title.setText(row.title)
        self.subtitle.setText(" · ".join(p for p in (label(row.kind), row.studio_name) if p))
        lines = [
            t("存档时间：{when}").format(when=local_minute(row.issued_at)),
            t("经办人：{who}").format(who=row.issued_by or "—"),
            t("页数：{n}　大小：{kb:.0f} KB").format(n=row.pages, kb=row.size / 1024),
        ]
        if row.kind == DocumentKind.MINUTES:
            lines.insert(0, t("第 {n} 版").format(n=row.revision))
            if row.reason:
                lines.append(t("修订原因：{reason}").format(reason=row.reason))
            if row.meeting_topic:
                lines.append(t("会议：{topic}").format(topic=row.meeting_topic))
        # The check code's first digits are enough to read out; all of it (SHA-256, for the
        # county office's manifest) is in the tooltip.
        lines.append(
            t("校验码：{code}…（鼠标停在这里可看完整的校验码）").format(code=row.sha256[:8])
        )
        lines.append(t("每次打开都重新核对校验码，与存档时不一致会标为“已损坏”。"))
        self.facts.setText("\n".join(lines))
        self.facts.setToolTip(t("完整的校验码（SHA-256）：\n{sha}").format(sha=row.sha256))
        self.scans.clear()
        for a in self.services.archive.attachments(record_id):
            when = local_minute(a.attached_at)
            item = QListWidgetItem(tr("{name}（{note}）").format(name=a.file_name, note=when))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.scans.addItem(item)
        if not self.scans.count():
            self.scans.addItem(t("（没有）"))
