"""出席委员: the studio's members, each ticked when on the meeting, with how they took part."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from studio_app.base.enums import AttendanceRole
from studio_app.base.labels import choices
from studio_app.core.meetings import AttendeeInput
from studio_app.core.members import MemberQuery
from studio_app.core.models import MeetingAttendee
from studio_app.core.services import Services
from studio_app.ui.form_fields import combo_data_index, enum_data
from studio_app.ui.meeting_form.tab_parts import MeetingTab, button_row, hint, read_only_item


@dataclass
class _Kept:
    """What a loaded row carries that the form does not show (kept as it was when saved)."""

    name: str = ""
    unit: str = ""
    title: str = ""


class MembersTab(MeetingTab):
    """The roster: the meeting's members first (in its order, archived ones too), then the
    other active members; a ticked member's attendance (出席, 缺席 …) is chosen beside the name.
    Filled by ``load``; ``value`` gives the ticked members as ``AttendeeInput``s."""

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self._kept: dict[uuid.UUID, _Kept] = {}
        t = self.tr
        layout = QVBoxLayout(self)
        layout.addWidget(hint(t("勾选参加这次会议的委员；请假的委员选“缺席”，纪要中列为缺席。")))
        self.roster = QTableWidget(0, 3)
        self.roster.setHorizontalHeaderLabels([t("委员"), t("工作单位"), t("出席情况")])
        self.roster.verticalHeader().hide()
        self.roster.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.roster.verticalHeader().setDefaultSectionSize(self.roster.fontMetrics().height() + 14)
        header = self.roster.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.roster.itemChanged.connect(self._checked)
        layout.addWidget(self.roster, 1)
        row, _ = button_row((t("全部勾选"), lambda: self.check_all(True)),
                            (t("全部取消"), lambda: self.check_all(False)))  # fmt: skip
        layout.addLayout(row)

    def load(self, attending: Sequence[MeetingAttendee]) -> None:
        """The roster with the meeting's member attendees ``attending`` (as saved) ticked."""
        t = self.tr
        self._kept = {a.member_id: _Kept(a.name, a.unit, a.title) for a in attending}
        rows: list[tuple[uuid.UUID, str, str, AttendanceRole | None]] = [
            (a.member_id, a.member.name if a.member else a.name,
             (a.member.work_unit if a.member else a.unit)
             + (t("（已归档）") if a.member is not None and a.member.archived_at else ""),
             a.attendance)
            for a in attending
        ]  # fmt: skip
        units = self._work_units()
        rows += [(member_id, name, units.get(member_id, ""), None)
                 for member_id, name in self.services.members.choices()
                 if member_id not in self._kept]  # fmt: skip
        self.roster.blockSignals(True)
        self.roster.setRowCount(0)
        for member_id, name, unit, attendance in rows:
            r = self.roster.rowCount()
            self.roster.insertRow(r)
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if attendance else Qt.CheckState.Unchecked)
            self.roster.setItem(r, 0, item)
            self.roster.setItem(r, 1, read_only_item(unit))
            combo = QComboBox()
            for value, text in choices(AttendanceRole):
                combo.addItem(text, value)
            combo.setCurrentIndex(combo_data_index(combo, attendance or AttendanceRole.PRESENT))
            combo.setEnabled(attendance is not None)
            combo.currentIndexChanged.connect(lambda _i: self.titleChanged.emit())
            self.roster.setCellWidget(r, 2, combo)
        self.roster.blockSignals(False)

    def _work_units(self) -> dict[uuid.UUID, str]:
        return {r.id: r.work_unit for r in self.services.members.rows(MemberQuery())}

    def value(self) -> list[AttendeeInput]:
        """The ticked members, in the roster's order."""
        attendees = []
        for r in range(self.roster.rowCount()):
            item = self.roster.item(r, 0)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            member_id = item.data(Qt.ItemDataRole.UserRole)
            kept = self._kept.get(member_id, _Kept())
            attendance = enum_data(self.attendance_combo(r), AttendanceRole)
            attendees.append(AttendeeInput(kept.name or item.text(), kept.unit, kept.title,
                                           member_id, attendance))  # fmt: skip
        return attendees

    def attendance_combo(self, row: int) -> QComboBox:
        return self.roster.cellWidget(row, 2)

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for r in range(self.roster.rowCount()):
            self.roster.item(r, 0).setCheckState(state)

    def _checked(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.attendance_combo(item.row()).setEnabled(item.checkState() == Qt.CheckState.Checked)
            self.titleChanged.emit()

    def tab_title(self) -> str:
        t = self.tr
        present = absent = 0
        for r in range(self.roster.rowCount()):
            if self.roster.item(r, 0).checkState() == Qt.CheckState.Checked:
                if enum_data(self.attendance_combo(r), AttendanceRole) != AttendanceRole.PRESENT:
                    absent += 1
                else:
                    present += 1
        if absent:
            return t("出席委员（{n}，缺席 {a}）").format(n=present, a=absent)
        return t("出席委员（{n}）").format(n=present)
