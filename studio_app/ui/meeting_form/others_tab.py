"""其他参会人员: the people at the meeting who are not the studio's members."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QVBoxLayout

from studio_app.core.meetings import AttendeeInput
from studio_app.ui.form_fields import error_label
from studio_app.ui.meeting_form.tab_parts import (
    MeetingTab,
    button_row,
    cell_text,
    edit_table,
    hint,
)


class OthersTab(MeetingTab):
    """Officials, village cadres, residents: a row each (name, unit, title), typed in place.
    ``value`` gives them as ``AttendeeInput``s without a member; ``error`` shows the service's
    errors of the attendees (``FIELD``)."""

    FIELD = "attendees"

    def __init__(self, parent=None):
        super().__init__(parent)
        t = self.tr
        layout = QVBoxLayout(self)
        layout.addWidget(hint(t("部门负责人、镇村干部、群众代表等。双击单元格修改。")))
        self.table = edit_table([t("姓名"), t("单位"), t("职务或身份")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(2, 200)
        layout.addWidget(self.table, 1)
        self.error = error_label(self.FIELD)
        layout.addWidget(self.error)
        row, (self.add_button, self.remove_button) = button_row(
            (t("添加一行"), self.add), (t("删除选中行"), self._remove_selected)
        )
        layout.addLayout(row)

    def set_value(self, attendees: list[AttendeeInput]) -> None:
        """One row for each of ``attendees`` (their name, unit and title)."""
        self.table.setRowCount(0)
        for a in attendees:
            self.add(a.name, a.unit, a.title)

    def value(self) -> list[AttendeeInput]:
        return [
            AttendeeInput(*(cell_text(self.table, r, c) for c in range(3)))
            for r in range(self.table.rowCount())
        ]

    def add(self, name: str = "", unit: str = "", title: str = "") -> int:
        """A row for a person; an empty one is opened for typing the name."""
        r = self.table.rowCount()
        self.table.insertRow(r)
        for column, text in enumerate((name, unit, title)):
            self.table.setItem(r, column, QTableWidgetItem(text))
        if not (name or unit or title):  # a new empty row: start typing the name
            self.table.setCurrentCell(r, 0)
            self.table.editItem(self.table.item(r, 0))
        self.titleChanged.emit()
        return r

    def _remove_selected(self) -> None:
        if (r := self.table.currentRow()) >= 0:
            self.table.removeRow(r)
            self.titleChanged.emit()

    def tab_title(self) -> str:
        return self.tr("其他参会人员（{n}）").format(n=self.table.rowCount())
