"""议定事项: what the meeting agreed, an item a line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QVBoxLayout

from studio_app.ui.form_fields import error_label
from studio_app.ui.meeting_form.tab_parts import MeetingTab, button_row, hint


class AgreedTab(MeetingTab):
    """The agreed items in a list edited in place. ``value`` gives their texts, in order;
    ``error`` shows the service's errors of the agreed items (``FIELD``)."""

    FIELD = "agreed"

    def __init__(self, parent=None):
        super().__init__(parent)
        t = self.tr
        layout = QVBoxLayout(self)
        layout.addWidget(hint(t("会议议定的事项，一条一项。双击修改。")))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setSpacing(2)
        layout.addWidget(self.list, 1)
        self.error = error_label(self.FIELD)
        layout.addWidget(self.error)
        row, (self.add_button, self.remove_button, self.up_button, self.down_button) = button_row(
            (t("添加一项"), self.add), (t("删除"), self._remove),
            (t("上移"), lambda: self._move(-1)), (t("下移"), lambda: self._move(1)),
        )  # fmt: skip
        layout.addLayout(row)

    def set_value(self, agreed: list[str]) -> None:
        """The items ``agreed``, none opened for editing."""
        self.list.clear()
        for text in agreed:
            self.add(text, edit=False)

    def value(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add(self, text: str = "", *, edit: bool = True) -> int:
        """An item at the end; an empty one is opened for typing (``edit``)."""
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        row = self.list.count() - 1
        if edit and not text:
            self.list.setCurrentRow(row)
            self.list.editItem(item)
        self.titleChanged.emit()
        return row

    def _remove(self) -> None:
        if (row := self.list.currentRow()) >= 0:
            self.list.takeItem(row)
            self.titleChanged.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)

    def tab_title(self) -> str:
        return self.tr("议定事项（{n}）").format(n=self.list.count())
