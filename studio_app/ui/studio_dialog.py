"""设置 → 工作室信息: the studio's name, township, address, phone and speciality, as printed
on the minutes, receipts and posters (the first-run wizard asks them once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from studio_app.core.studios import StudioInput
from studio_app.ui.form_fields import FormFields, dialog_buttons, save_or_show

if TYPE_CHECKING:
    from studio_app.core.services import Services


class StudioDialog(QDialog):
    """Edits one studio (a chooser on top when the database holds several).

    Attributes:
        changed: whether something was saved (the pages then reload).
    """

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("工作室信息"))
        self.setMinimumWidth(520)
        self.studios = services.studios.list()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chooser = QComboBox()
        for studio in self.studios:
            self.chooser.addItem(studio.name, studio.id)
        if len(self.studios) > 1:
            form.addRow(self.tr("工作室"), self.chooser)
        self.fields = FormFields(form)
        self.name = self.fields.add("name", self.tr("工作室名称 *"), QLineEdit())
        self.township = self.fields.add("township", self.tr("乡镇（街道）"), QLineEdit())
        self.address = self.fields.add("address", self.tr("地址"), QLineEdit())
        self.phone = self.fields.add("phone", self.tr("联系电话"), QLineEdit())
        self.speciality = self.fields.add("speciality", self.tr("特色"), QPlainTextEdit())
        self.speciality.setPlaceholderText(self.tr("如 果蔬产业技术指导、涉农矛盾纠纷调解"))
        self.speciality.setFixedHeight(80)
        buttons, self.ok_button = dialog_buttons(self, self.tr("保存"), self.tr("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)
        self.chooser.currentIndexChanged.connect(self._show)
        self._show()

    def _show(self) -> None:
        studio = self.studios[self.chooser.currentIndex()] if self.studios else None
        self.ok_button.setEnabled(studio is not None)
        if studio is None:
            return
        self.name.setText(studio.name)
        self.township.setText(studio.township)
        self.address.setText(studio.address)
        self.phone.setText(studio.phone)
        self.speciality.setPlainText(studio.speciality)

    def _reload(self) -> None:
        """What is saved now (another window or PC changed it)."""
        index = self.chooser.currentIndex()
        self.studios = self.services.studios.list()
        self.chooser.setCurrentIndex(min(index, len(self.studios) - 1))
        self._show()

    def save(self) -> None:
        studio_id = self.chooser.currentData()
        data = StudioInput(
            name=self.name.text(),
            township=self.township.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            speciality=self.speciality.toPlainText(),
        )
        studio = self.studios[self.chooser.currentIndex()]
        saved = save_or_show(
            self, self.fields,
            lambda: self.services.studios.update(studio_id, data, expected_version=studio.version),
            self._reload,
        )  # fmt: skip
        if saved is not None:
            self.changed = True
            self.accept()
