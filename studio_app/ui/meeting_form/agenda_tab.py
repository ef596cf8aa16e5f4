"""议程: the meeting's agenda, each item's topic and how it was discussed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio_app.core.meetings import AgendaInput
from studio_app.ui.form_fields import error_label
from studio_app.ui.list_view import side_by_side
from studio_app.ui.meeting_form.tab_parts import MeetingTab, button_row


class AgendaTab(MeetingTab):
    """The items in a numbered list beside an editor of the one chosen (its topic and its
    discussion). ``value`` gives them as ``AgendaInput``s, in order; ``error`` shows the
    service's errors of the agenda (``FIELD``)."""

    FIELD = "agenda"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._agenda: list[AgendaInput] = []
        self._row = -1  # the item the editor holds
        t = self.tr
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._selected)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(t("议程")))
        side_layout.addWidget(self.list, 1)
        self.title = QLineEdit()
        self.title.setPlaceholderText(t("议题，例如：道路硬化方案和资金筹措"))
        self.title.textEdited.connect(self._title_edited)
        self.discussion = QPlainTextEdit()
        self.discussion.setTabChangesFocus(True)
        self.discussion.setPlaceholderText(
            t("讨论情况：谁发言、说了什么。每位发言人另起一行，例如“李堃（县交通运输局）：……”")
        )
        editor = QWidget()
        editor_layout = QFormLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editor_layout.addRow(t("议题"), self.title)
        editor_layout.addRow(t("讨论情况"), self.discussion)
        split = side_by_side(side, editor, (240, 620), stretch=(1, 3), remember="meeting_agenda")
        layout.addWidget(split, 1)
        self.error = error_label(self.FIELD)
        layout.addWidget(self.error)
        row, (self.add_button, self.remove_button, self.up_button, self.down_button) = button_row(
            (t("添加议程"), self.add), (t("删除"), self._remove),
            (t("上移"), lambda: self._move(-1)), (t("下移"), lambda: self._move(1)),
        )  # fmt: skip
        layout.addLayout(row)
        self._editor_enabled(False)

    def set_value(self, agenda: list[AgendaInput]) -> None:
        """The items of ``agenda``, the first one chosen."""
        self._row = -1
        self._agenda = []
        self.list.clear()
        for item in agenda:
            self.add(item.title, item.discussion)
        if self._agenda:
            self.list.setCurrentRow(0)

    def value(self) -> list[AgendaInput]:
        """The agenda as the tab holds it now (the item being edited too)."""
        self._commit()
        return [AgendaInput(a.title, a.discussion) for a in self._agenda]

    def add(self, title: str = "", discussion: str = "") -> int:
        """An item at the end; an empty one is chosen, its topic ready to be typed."""
        self._commit()
        self._agenda.append(AgendaInput(title, discussion))
        self.list.addItem(self._text(len(self._agenda) - 1))
        row = len(self._agenda) - 1
        if not (title or discussion):
            self.list.setCurrentRow(row)
            self.title.setFocus()
        self.titleChanged.emit()
        return row

    def _text(self, row: int) -> str:
        title = self._agenda[row].title or self.tr("（未填写议题）")
        return f"{row + 1}. {title}"

    def _editor_enabled(self, enabled: bool) -> None:
        self.title.setEnabled(enabled)
        self.discussion.setEnabled(enabled)

    def _commit(self) -> None:
        """Keep what the editor holds in the item being edited."""
        row = self._row
        if 0 <= row < len(self._agenda):
            self._agenda[row] = AgendaInput(self.title.text(), self.discussion.toPlainText())

    def _selected(self, row: int) -> None:
        self._commit()
        self._row = row
        valid = 0 <= row < len(self._agenda)
        self._editor_enabled(valid)
        self.title.setText(self._agenda[row].title if valid else "")
        self.discussion.setPlainText(self._agenda[row].discussion if valid else "")

    def _title_edited(self, text: str) -> None:
        row = self._row
        if 0 <= row < len(self._agenda):
            self._agenda[row].title = text
            self.list.item(row).setText(self._text(row))

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._row = -1  # nothing to keep from the item going away
        del self._agenda[row]
        self._relabel(min(row, len(self._agenda) - 1))

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < len(self._agenda):
            return
        self._commit()
        self._agenda[row], self._agenda[to] = self._agenda[to], self._agenda[row]
        self._row = -1
        self._relabel(to)

    def _relabel(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in range(len(self._agenda)):
            self.list.addItem(self._text(row))
        self.list.blockSignals(False)
        self.list.setCurrentRow(select)
        self._selected(select)
        self.titleChanged.emit()

    def tab_title(self) -> str:
        return self.tr("议程（{n}）").format(n=len(self._agenda))
