"""The 联户 page: households and enterprises members keep in touch with, and their visits."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QDialog, QSpinBox

from studio_app.base.enums import HouseholdKind, RosterKind
from studio_app.base.i18n import tr
from studio_app.base.labels import choices, label, word_choices, word_label
from studio_app.base.masking import mask_phone
from studio_app.core.households import (
    DEFAULT_NOT_VISITED_DAYS,
    HouseholdQuery,
    HouseholdRow,
    not_visited,
)
from studio_app.core.listing import ListHead
from studio_app.core.services import Services
from studio_app.ui import messages
from studio_app.ui.detail_panel import MUTED
from studio_app.ui.household_detail import HouseholdDetail
from studio_app.ui.household_dialog import HouseholdDialog
from studio_app.ui.lazy_table_model import ColumnSpec, LazyTableModel
from studio_app.ui.list_view import FilterRow
from studio_app.ui.privacy import reveal
from studio_app.ui.table_page import TablePage, filter_combo, reload_combo

NOT_VISITED = QColor("#fff1dc")  # soft amber: not visited within the chosen number of days


class HouseholdsModel(LazyTableModel):
    """Households matching a ``HouseholdQuery``, 200 at a time.

    Attributes:
        stale_days: rows not visited within this many days (or never) get a soft background.
    """

    def __init__(self, services: Services, parent=None):
        super().__init__(HouseholdQuery(), parent)
        self.services = services
        self.stale_days = DEFAULT_NOT_VISITED_DAYS
        self.today = date.today()
        t = self.tr
        self._columns = [
            ColumnSpec(t("户主/名称"), "head_name", 120, priority=3),
            ColumnSpec(t("类型"), "kind", 80, priority=0),
            ColumnSpec(t("村（社区）"), "village", 100, priority=2),
            ColumnSpec(t("组"), "group_name", 60),
            ColumnSpec(t("联系电话"), "phone", 120, priority=2),
            ColumnSpec(t("人口"), "size", 50, align_center=True, priority=0),
            ColumnSpec(t("标签"), None, 150),
            ColumnSpec(t("联系委员"), None, 110, priority=2),
            ColumnSpec(t("最近走访"), "last_visit_on", 90),
        ]

    def columns(self) -> list[ColumnSpec]:
        return self._columns

    def _first_page(self, query: HouseholdQuery, limit: int) -> ListHead:
        return self.services.households.first_page(query, limit)

    def _page(self, query: HouseholdQuery, offset: int, limit: int) -> list[HouseholdRow]:
        return self.services.households.page(query, offset, limit)

    def refresh(self) -> None:
        self.today = date.today()
        super().refresh()

    def _text(self, row: HouseholdRow, column: int) -> str:
        match column:
            case 0:
                return row.head_name + (self.tr("（已归档）") if row.archived else "")
            case 1:
                return label(row.kind)
            case 2:
                return row.village
            case 3:
                return row.group_name
            case 4:
                return mask_phone(row.phone)  # 查看完整号码 shows it (and is logged)
            case 5:
                return "" if row.size is None else str(row.size)
            case 6:
                return tr("、").join(map(word_label, row.tags))
            case 7:
                return tr("、").join(row.members)
            case 8:
                return row.last_visit_on.isoformat() if row.last_visit_on else self.tr("从未走访")
        return ""

    def is_stale(self, row: HouseholdRow) -> bool:
        return not_visited(row.last_visit_on, self.stale_days, self.today)

    def _background(self, row: HouseholdRow) -> Any:
        return NOT_VISITED if not row.archived and self.is_stale(row) else None

    def _foreground(self, row: HouseholdRow) -> Any:
        return MUTED if row.archived else None


class HouseholdsPage(TablePage):
    """Households, enterprises and organisations linked to members (联户)."""

    def __init__(self, services: Services, parent=None):
        super().__init__(services, parent)

    roster_kind = RosterKind.HOUSEHOLDS

    def make_model(self) -> HouseholdsModel:
        return HouseholdsModel(self.services, self)

    def make_detail(self) -> HouseholdDetail:
        return HouseholdDetail(self.services, self)

    def add_filters(self, layout: FilterRow) -> None:
        t = self.tr
        self.village_filter = filter_combo(t("全部村（社区）"), self._villages())
        self.tag_filter = filter_combo(t("全部标签"), self._tags())
        self.kind_filter = filter_combo(
            t("全部类型"), [(text, v) for v, text in choices(HouseholdKind)]
        )
        self.status_filter = filter_combo(t("全部状态"), [(t("在册"), True), (t("已归档"), False)])
        self.status_filter.setCurrentIndex(1)
        for combo in (self.village_filter, self.tag_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            layout.addWidget(combo)
        self.not_visited = QCheckBox(t("只看超过"))
        self.not_visited.setToolTip(t("只列出超过这么多天没有走访（或从未走访）的联系户"))
        self.not_visited_days = QSpinBox()
        self.not_visited_days.setRange(1, 3650)
        self.not_visited_days.setValue(DEFAULT_NOT_VISITED_DAYS)
        self.not_visited_days.setSuffix(t(" 天未走访"))
        self.not_visited.toggled.connect(lambda _on: self.apply_filters())
        self.not_visited_days.valueChanged.connect(self._days_changed)
        layout.addSpacing(8)
        layout.addWidget(self.not_visited)
        layout.addWidget(self.not_visited_days)

    def _days_changed(self, days: int) -> None:
        self.model.stale_days = days
        if self.not_visited.isChecked():
            self._timer.start()  # typing "120" should not query for 1 and 12 first
        else:
            self.view.viewport().update()

    def _villages(self) -> list[tuple[str, str]]:
        return [(v, v) for v in self.services.households.villages()]

    def _tags(self) -> list[tuple[str, str]]:
        return [(shown, tag) for tag, shown in word_choices(self.services.households.tags())]

    def reload_filter_options(self) -> None:
        reload_combo(self.village_filter, self._villages())
        reload_combo(self.tag_filter, self._tags())

    def build_query(self) -> HouseholdQuery:
        return HouseholdQuery(
            text=self.search.text(),
            village=self.village_filter.currentData(),
            tag=self.tag_filter.currentData(),
            kind=self.kind_filter.currentData(),
            active=self.status_filter.currentData(),
            not_visited_days=self.not_visited_days.value()
            if self.not_visited.isChecked()
            else None,
        )

    def make_dialog(self, record_id: uuid.UUID | None) -> QDialog:
        return HouseholdDialog(self.services, record_id, self)

    def archive(self, row: HouseholdRow) -> None:
        self.services.households.archive(row.id, version=row.version)

    def restore(self, row: HouseholdRow) -> None:
        self.services.households.restore(row.id, version=row.version)

    def archive_question(self, row: HouseholdRow) -> str:
        return self.tr(
            "归档联系户“{name}”？\n\n归档后，这一户不再出现在日常名单中，但联系委员、走访等历史记录"
            "都会保留。需要时可在“已归档”中找到并恢复。"
        ).format(name=row.head_name)

    def export_name(self) -> str:
        return self.tr("联户名册")

    def export_rows(self, path: Path, query: HouseholdQuery, masked: bool = True) -> int:
        return self.services.rosters.export_households(path, query, masked=masked)

    def export_options(self) -> dict | None:
        """Phone and ID numbers masked unless whoever may export them whole asks (logged)."""
        from studio_app.base.enums import Permission

        if not self.services.guard.may(Permission.EXPORT_UNMASKED):
            return {"masked": True}
        chosen = messages.choose(
            self, self.tr("导出联户名册"),
            self.tr("导出的名册中，电话和身份证号要隐去中间几位吗？\n完整号码的名册只在需要重新导入时使用，"
                    "导出会记入操作日志，请妥善保管文件。"),
            [self.tr("隐去中间几位（推荐）"), self.tr("完整导出"), self.tr("取消")],
        )  # fmt: skip
        return None if chosen is None else {"masked": chosen == 0}

    def add_actions(self) -> None:
        self.toolbar.addSeparator()
        self.reveal_action = self._action(self.tr("查看完整号码…"), self.reveal)
        self.row_actions.append(self.reveal_action)

    def reveal(self) -> None:
        """查看完整号码: one household's phone and ID number, shown once and logged."""
        row = self.selected_row()
        if row is None:
            return

        def numbers() -> str:
            name, phone, id_number = self.services.households.reveal_numbers(row.id)
            return self.tr("{name}\n联系电话：{phone}\n身份证号：{id}").format(
                name=name, phone=phone or self.tr("未填写"), id=id_number or self.tr("未填写")
            )

        reveal(self, numbers)
