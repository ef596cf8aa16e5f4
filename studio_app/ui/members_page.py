"""The 委员 page: the member roster, filters by sector/level/status, and each member's households."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog

from studio_app.base.enums import MemberLevel, RosterKind
from studio_app.base.labels import choices, label, word_choices, word_label
from studio_app.core.listing import ListHead
from studio_app.core.members import MemberQuery, MemberRow
from studio_app.core.services import Services
from studio_app.ui.detail_panel import MUTED
from studio_app.ui.lazy_table_model import ColumnSpec, LazyTableModel
from studio_app.ui.list_view import FilterRow
from studio_app.ui.member_detail import MemberDetail
from studio_app.ui.member_dialog import MemberDialog
from studio_app.ui.print_actions import print_member_card, print_poster, save_member_qr
from studio_app.ui.table_page import TablePage, filter_combo, reload_combo


class MembersModel(LazyTableModel):
    """Members matching a ``MemberQuery``, 200 at a time."""

    def __init__(self, services: Services, parent=None):
        super().__init__(MemberQuery(), parent)
        self.services = services
        t = self.tr
        self._columns = [
            ColumnSpec(t("姓名"), "name", 100, priority=3),
            ColumnSpec(t("性别"), "gender", 50, align_center=True, priority=0),
            ColumnSpec(t("级别"), "level", 70),
            ColumnSpec(t("界别"), "sector", 120, priority=2),
            ColumnSpec(t("专委会"), "committee", 125),
            ColumnSpec(t("工作单位"), "work_unit", 135),
            ColumnSpec(t("联系电话"), "phone", 120, priority=2),
            ColumnSpec(t("工作室身份"), "studio_role", 90, priority=0),
            ColumnSpec(t("联系户数"), "household_count", 70, align_center=True),
        ]

    def columns(self) -> list[ColumnSpec]:
        return self._columns

    def _first_page(self, query: MemberQuery, limit: int) -> ListHead:
        return self.services.members.first_page(query, limit)

    def _page(self, query: MemberQuery, offset: int, limit: int) -> list[MemberRow]:
        return self.services.members.page(query, offset, limit)

    def _text(self, row: MemberRow, column: int) -> str:
        match column:
            case 0:
                return row.name + (self.tr("（已归档）") if row.archived else "")
            case 1:
                return label(row.gender)
            case 2:
                return label(row.level)
            case 3:
                return word_label(row.sector)
            case 4:
                return word_label(row.committee)
            case 5:
                return row.work_unit
            case 6:
                return row.phone
            case 7:
                return label(row.studio_role)
            case 8:
                return str(row.household_count)
        return ""

    def _foreground(self, row: MemberRow) -> Any:
        return MUTED if row.archived else None


class MembersPage(TablePage):
    """The member roster (委员名册).

    Signals:
        recordRequested(member_id): open the member's record (履职档案).
    """

    recordRequested = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(services, parent)

    roster_kind = RosterKind.MEMBERS

    def add_actions(self) -> None:
        self.toolbar.addSeparator()
        self.record_action = self._action(self.tr("履职档案"), self._open_record)
        self.card_action = self._action(self.tr("联系卡…"), self._print_card)
        self.qr_action = self._action(self.tr("保存二维码…"), self._save_qr)
        self.row_actions += [self.record_action, self.card_action, self.qr_action]
        self.poster_action = self._action(self.tr("扫码找委员海报…"),
                                          lambda: print_poster(self, self.services))  # fmt: skip

    def _open_record(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.recordRequested.emit(row.id)

    def _print_card(self) -> None:
        row = self.selected_row()
        if row is not None:
            print_member_card(self, self.services, row.id)

    def _save_qr(self) -> None:
        row = self.selected_row()
        if row is not None:
            save_member_qr(self, self.services, row.id, row.name)

    def make_model(self) -> MembersModel:
        return MembersModel(self.services, self)

    def make_detail(self) -> MemberDetail:
        return MemberDetail(self.services, self)

    def add_filters(self, layout: FilterRow) -> None:
        self.sector_filter = filter_combo(self.tr("全部界别"), self._sectors())
        self.level_filter = filter_combo(
            self.tr("全部级别"), [(t, v) for v, t in choices(MemberLevel)]
        )
        self.status_filter = filter_combo(
            self.tr("全部状态"), [(self.tr("在册"), True), (self.tr("已归档"), False)]
        )
        self.status_filter.setCurrentIndex(1)
        for combo in (self.sector_filter, self.level_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            layout.addWidget(combo)

    def _sectors(self) -> list[tuple[str, str]]:
        return [(shown, s) for s, shown in word_choices(self.services.members.sectors())]

    def reload_filter_options(self) -> None:
        reload_combo(self.sector_filter, self._sectors())

    def build_query(self) -> MemberQuery:
        return MemberQuery(
            text=self.search.text(),
            sector=self.sector_filter.currentData(),
            level=self.level_filter.currentData(),
            active=self.status_filter.currentData(),
        )

    def make_dialog(self, record_id: uuid.UUID | None) -> QDialog:
        return MemberDialog(self.services, record_id, self)

    def archive(self, row: MemberRow) -> None:
        self.services.members.archive(row.id, version=row.version)

    def restore(self, row: MemberRow) -> None:
        self.services.members.restore(row.id, version=row.version)

    def archive_question(self, row: MemberRow) -> str:
        return self.tr(
            "归档委员“{name}”？\n\n归档后，这位委员不再出现在日常名单中，但其联系户、走访等历史记录"
            "都会保留。需要时可在“已归档”中找到并恢复。"
        ).format(name=row.name)

    def export_name(self) -> str:
        return self.tr("委员名册")

    def export_rows(self, path: Path, query: MemberQuery) -> int:
        return self.services.rosters.export_members(path, query)
