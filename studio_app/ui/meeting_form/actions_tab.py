"""跟踪事项: what is to be done after the meeting, by whom and by when, and the visitor request
it concerns."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHeaderView, QTableWidgetItem, QVBoxLayout

from studio_app.base.enums import ActionStatus
from studio_app.base.errors import FieldError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import label
from studio_app.core.meetings import ActionInput, RequestRef
from studio_app.core.services import Services
from studio_app.ui.action_dialog import pydate, qdate
from studio_app.ui.form_fields import error_label
from studio_app.ui.meeting_form.tab_parts import (
    MeetingTab,
    button_row,
    cell_text,
    edit_table,
    hint,
    read_only_item,
    swap_rows,
)

NO_DEADLINE = QDate(2000, 1, 1)  # a deadline edit at this date shows "未定" (no deadline)


@dataclass
class _ActionState:
    """What a row carries that the table does not let one edit (kept as it was saved)."""

    id: uuid.UUID | None = None
    status: ActionStatus = ActionStatus.OPEN
    feedback: str = ""
    done_on: date | None = None


class ActionsTab(MeetingTab):
    """The actions in a table edited in place: the action, the responsible unit, the deadline
    (a new one's a month after ``meeting_day()``), the request's number (its content shown
    under the number) and, read-only, how far it has got. ``value`` gives them as
    ``ActionInput``s; ``error`` shows the service's errors of the actions (``FIELD``)."""

    FIELD = "actions"

    def __init__(self, services: Services, meeting_day: Callable[[], QDate], parent=None):
        super().__init__(parent)
        self.services = services
        self._meeting_day = meeting_day
        t = self.tr
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(t("会后要落实的事项，写明责任单位和完成期限；与某件群众诉求有关的，填上诉求编号。"
                   "落实情况在会议纪要页用“跟踪事项”登记。"), wrap=True)
        )  # fmt: skip
        self.table = edit_table(
            [t("事项"), t("责任单位"), t("完成期限"), t("关联诉求编号"), t("落实情况")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 120), (3, 110), (4, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)
        self.error = error_label(self.FIELD)
        layout.addWidget(self.error)
        row, (self.add_button, self.remove_button, self.up_button, self.down_button) = button_row(
            (t("添加事项"), self.add), (t("删除"), self._remove),
            (t("上移"), lambda: self._move(-1)), (t("下移"), lambda: self._move(1)),
        )  # fmt: skip
        layout.addLayout(row)

    def set_value(self, actions: list[ActionInput]) -> None:
        """A row for each of ``actions``, its request shown by number."""
        self.table.setRowCount(0)
        refs = self.services.meetings.request_refs(a.request_id for a in actions)
        for a in actions:
            ref = refs.get(a.request_id)
            self.add(
                a.text, a.responsible_unit, a.deadline, ref.number if ref else "",
                _ActionState(a.id, a.status, a.feedback, a.done_on),
            )  # fmt: skip

    def value(self) -> list[ActionInput]:
        """The actions as the table holds them; a request number that matches no request is
        refused here (``ValidationError`` on ``FIELD``)."""
        actions, unknown = [], []
        for r in range(self.table.rowCount()):
            state: _ActionState = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            number = cell_text(self.table, r, 3).strip()
            ref = self._request(number) if number else None
            if number and ref is None:
                unknown.append(
                    self.tr("跟踪事项第 {n} 项：找不到编号为“{number}”的诉求，请核对编号。").format(
                        n=r + 1, number=number
                    )
                )
            deadline = self.deadline_edit(r).date()
            actions.append(ActionInput(
                text=cell_text(self.table, r, 0),
                responsible_unit=cell_text(self.table, r, 1),
                deadline=None if deadline == NO_DEADLINE else pydate(deadline),
                request_id=ref.id if ref else None,
                status=state.status, feedback=state.feedback, done_on=state.done_on,
                id=state.id,
            ))  # fmt: skip
        if unknown:
            raise ValidationError(
                [FieldError(self.FIELD, self.tr("跟踪事项"), text) for text in unknown]
            )
        return actions

    def add(self, text: str = "", unit: str = "", deadline: date | None = None,
            request_number: str = "", state: _ActionState | None = None) -> int:  # fmt: skip
        """A row at the end; an empty one is opened for typing the action."""
        state = state or _ActionState()
        self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        first = QTableWidgetItem(text)
        first.setData(Qt.ItemDataRole.UserRole, state)
        self.table.setItem(r, 0, first)
        self.table.setItem(r, 1, QTableWidgetItem(unit))
        self.table.setCellWidget(r, 2, self._deadline_edit(deadline, new=state.id is None))
        self.table.setItem(r, 3, QTableWidgetItem(request_number))
        status = label(state.status)
        if state.status != ActionStatus.OPEN and state.feedback:
            status = tr("{label}：{text}").format(label=status, text=state.feedback)
        self.table.setItem(r, 4, read_only_item(status))
        self.table.blockSignals(False)
        self._show_request(r)
        if not text:
            self.table.setCurrentCell(r, 0)
            self.table.editItem(first)
        self.titleChanged.emit()
        return r

    def deadline_edit(self, row: int) -> QDateEdit:
        return self.table.cellWidget(row, 2)

    def _deadline_edit(self, deadline: date | None, *, new: bool) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DEADLINE)
        edit.setSpecialValueText(self.tr("未定"))
        if deadline is not None:
            edit.setDate(qdate(deadline))
        elif new:  # a month after the meeting, as is usual
            edit.setDate(self._meeting_day().addDays(30))
        else:
            edit.setDate(NO_DEADLINE)
        return edit

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 3:
            self._show_request(item.row())

    def _show_request(self, row: int) -> None:
        """Under the typed number: the request's content, or that there is none so numbered."""
        item = self.table.item(row, 3)
        number = item.text().strip() if item else ""
        if item is None:
            return
        self.table.blockSignals(True)
        if not number:
            item.setToolTip(self.tr("与群众诉求有关时，填写诉求编号，如 2025-0012"))
            item.setForeground(self.palette().text())
        elif (ref := self._request(number)) is not None:
            item.setToolTip(
                self.tr("{number}（{status}）：{content}").format(
                    number=ref.number, status=label(ref.status), content=ref.content
                )
            )
            item.setForeground(self.palette().text())
        else:
            item.setToolTip(self.tr("找不到编号为“{number}”的诉求").format(number=number))
            item.setForeground(Qt.GlobalColor.red)
        self.table.blockSignals(False)

    def _request(self, number: str) -> RequestRef | None:
        return self.services.meetings.find_request(number)

    def _remove(self) -> None:
        if (r := self.table.currentRow()) >= 0:
            self.table.removeRow(r)
            self.titleChanged.emit()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.table.rowCount():
            return
        self.table.blockSignals(True)
        a, b = self.deadline_edit(row).date(), self.deadline_edit(to).date()
        swap_rows(self.table, row, to)
        self.deadline_edit(row).setDate(b)
        self.deadline_edit(to).setDate(a)
        self.table.blockSignals(False)

    def tab_title(self) -> str:
        return self.tr("跟踪事项（{n}）").format(n=self.table.rowCount())
