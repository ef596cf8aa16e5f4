"""Recording a visit (走访) a member made to a household."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QVBoxLayout,
)

from studio_app.base.enums import VisitMethod
from studio_app.base.labels import choices
from studio_app.core.linkage import VisitInput
from studio_app.core.services import Services
from studio_app.ui.form_fields import FormFields, dialog_buttons, save_or_show
from studio_app.ui.member_dialog import text_edit

Choice = tuple[uuid.UUID, str]  # id and the name shown


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
    return edit


class VisitDialog(QDialog):
    """Who visited whom, when, how, and what was found.

    ``members`` and ``households`` are the choices offered (usually those linked now);
    ``member_id``/``household_id`` preselect one of them.

    Attributes:
        saved_id: the visit recorded, once the dialog is accepted.
    """

    def __init__(
        self,
        services: Services,
        *,
        members: list[Choice],
        households: list[Choice],
        member_id: uuid.UUID | None = None,
        household_id: uuid.UUID | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.services = services
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("记录走访"))
        self.setMinimumWidth(460)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(form)
        f = self.fields
        self.member = f.add("member_id", self.tr("走访委员"), self._combo(members, member_id))
        self.household = f.add(
            "household_id", self.tr("联系户"), self._combo(households, household_id)
        )
        self.visited_on = f.add("visited_on", self.tr("走访日期"), date_edit())
        self.method = f.add("method", self.tr("方式"), QComboBox())
        for value, text in choices(VisitMethod):
            self.method.addItem(text, value)
        self.notes = f.add("notes", self.tr("走访情况"), text_edit(110))
        self.notes.setPlaceholderText(self.tr("了解到的情况、群众反映的问题、帮办的事项…"))

        buttons, self.save_button = dialog_buttons(
            self, self.tr("保存"), self.tr("取消"), self.save
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)
        self.notes.setFocus()

    @staticmethod
    def _combo(options: list[Choice], current: uuid.UUID | None) -> QComboBox:
        combo = QComboBox()
        for option_id, name in options:
            combo.addItem(name, option_id)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setEnabled(len(options) > 1)
        return combo

    def data(self) -> VisitInput:
        return VisitInput(
            member_id=self.member.currentData(),
            household_id=self.household.currentData(),
            visited_on=self.visited_on.date().toPython(),
            method=self.method.currentData(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        visit = save_or_show(self, self.fields, lambda: self.services.visits.record(self.data()))
        if visit is not None:
            self.saved_id = visit.id
            self.accept()
