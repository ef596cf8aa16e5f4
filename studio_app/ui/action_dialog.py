"""A small form for one step (改期, 交办, 答复 …): a few fields, then one service call."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio_app.ui.form_fields import FormFields, dialog_buttons, save_or_show


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_picker(value: date) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def plain_text(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def member_combo(choices: Sequence[tuple[uuid.UUID, str]], current: uuid.UUID | None = None,
                 *, none_text: str | None = None) -> QComboBox:  # fmt: skip
    """Members by name; ``none_text`` adds a first "nobody" entry (data None)."""
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for member_id, name in choices:
        combo.addItem(name, member_id)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.setMaxVisibleItems(20)
    return combo


def member_checklist(choices: Sequence[tuple[uuid.UUID, str]],
                     checked: set[uuid.UUID]) -> QListWidget:  # fmt: skip
    """Members with a check box each, the checked ones first."""
    widget = QListWidget()
    ordered = sorted(choices, key=lambda c: c[0] not in checked)
    for member_id, name in ordered:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, member_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if member_id in checked else Qt.CheckState.Unchecked
        )
        widget.addItem(item)
    widget.setMinimumHeight(220)
    return widget


def checked_ids(widget: QListWidget) -> list[uuid.UUID]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class ActionDialog(QDialog):
    """Fields in a form; 确定 runs ``call`` through the service, and the dialog stays open with
    the errors shown when it is refused.

    Attributes:
        result: what ``call`` returned, once it succeeded.
    """

    def __init__(self, title: str, accept_text: str, call: Callable[[], Any],
                 parent: QWidget | None = None, intro: str = ""):  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._call = call
        self.result: Any = None
        self.done_ok = False
        self.outdated = False  # closed to reload: someone saved the record first
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(self.form)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            label.setStyleSheet("color: #555; margin-bottom: 6px;")
            layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.fields.general)
        buttons, self.accept_button = dialog_buttons(
            self, accept_text, self.tr("取消"), self._submit
        )
        layout.addWidget(buttons)

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        return self.fields.add(field, label, widget)

    def _submit(self) -> None:
        result = save_or_show(self, self.fields, lambda: (self._call(),), self._outdated)
        if result is not None:
            (self.result,) = result
            self.done_ok = True
            self.accept()

    def _outdated(self) -> None:
        """The record changed since the list showed it: close, so the page shows it anew."""
        self.outdated = True
        self.reject()
