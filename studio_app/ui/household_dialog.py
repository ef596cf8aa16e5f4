"""The form to add or edit a household, enterprise or organisation (联系户)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import HouseholdKind
from studio_app.base.labels import HOUSEHOLD_TAGS, choices, stored_word, word_label
from studio_app.core.households import HouseholdInput, clean_tags
from studio_app.core.services import Services
from studio_app.core.validation import normalise_id_number, normalise_phone
from studio_app.ui.form_fields import FormFields, combo_data_index, editable_combo
from studio_app.ui.member_dialog import text_edit
from studio_app.ui.record_dialog import RecordDialog


class TagPicker(QWidget):
    """Common tags as check boxes, plus a line for any others (separated by 、 or ，)."""

    def __init__(self, known: list[str], parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setFixedHeight(64)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        for tag in known:
            self._add_item(tag)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("其他标签，多个用顿号“、”分隔"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.other)

    def _add_item(self, tag: str) -> QListWidgetItem:
        item = QListWidgetItem(word_label(tag), self.list)
        item.setData(Qt.ItemDataRole.UserRole, tag)  # the stored tag; the text is as shown
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _item(self, tag: str) -> QListWidgetItem | None:
        return next((i for i in self._items() if i.data(Qt.ItemDataRole.UserRole) == tag), None)

    def set_tags(self, tags: list[str]) -> None:
        for tag in tags:
            item = self._item(tag) or self._add_item(tag)
            item.setCheckState(Qt.CheckState.Checked)

    def tags(self) -> list[str]:
        """The stored tags: those checked, then those typed (one typed as a box shows it is
        that box's tag)."""
        items = self._items()
        known = [i.data(Qt.ItemDataRole.UserRole) for i in items]
        checked = [
            i.data(Qt.ItemDataRole.UserRole) for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]  # fmt: skip
        typed = [stored_word(tag, known) for tag in clean_tags([self.other.text()])]
        return clean_tags([*checked, *typed])


class HouseholdDialog(RecordDialog):
    """Add a household (``household_id`` None) or edit one.

    ``saved_id`` and ``open_instead`` as in ``RecordDialog``.
    """

    def __init__(self, services: Services, household_id: uuid.UUID | None = None, parent=None):
        super().__init__(household_id, parent)
        self.services = services

        self.setWindowTitle(self.tr("编辑联系户") if household_id else self.tr("新增联系户"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(form)
        f = self.fields
        self.kind = f.add("kind", self.tr("类型"), QComboBox())
        for value, text in choices(HouseholdKind):
            self.kind.addItem(text, value)
        self.head_name = f.add("head_name", self.tr("户主姓名 *"), QLineEdit())
        self.phone = f.add("phone", self.tr("联系电话"), QLineEdit())
        self.phone.setPlaceholderText(self.tr("手机号或座机号，如 13812345678、0931-8123456"))
        self.id_number = f.add("id_number", self.tr("身份证号"), QLineEdit())
        self.id_number.setPlaceholderText(self.tr("18位，可不填"))
        self.village = f.add(
            "village", self.tr("村（社区）"), editable_combo(services.households.villages())
        )
        self.group_name = f.add("group_name", self.tr("组"), QLineEdit())
        self.group_name.setPlaceholderText(self.tr("如 三组"))
        self.address = f.add("address", self.tr("地址"), QLineEdit())
        self.size = f.add("size", self.tr("人口"), QSpinBox())
        self.size.setRange(0, 200)
        self.size.setSpecialValueText(self.tr("未填写"))
        self.size.setSuffix(self.tr(" 人"))
        known = list(dict.fromkeys([*HOUSEHOLD_TAGS, *services.households.tags()]))
        self.tags = f.add("tags", self.tr("标签"), TagPicker(known))
        self.notes = f.add("notes", self.tr("备注"), text_edit())
        f.check_on_finish("phone", self.tr("联系电话"), normalise_phone)
        f.check_on_finish("id_number", self.tr("身份证号"), normalise_id_number)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        buttons = self.button_box()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)
        if household_id:
            self._load(household_id)
        self.head_name.setFocus()

    def _kind_changed(self) -> None:
        is_household = self.kind.currentData() == HouseholdKind.HOUSEHOLD
        self.fields.set_label(
            "head_name", self.tr("户主姓名 *") if is_household else self.tr("名称 *")
        )

    def _load(self, household_id: uuid.UUID) -> None:
        h = self.services.households.get(household_id)
        self._version = h.version
        self.kind.setCurrentIndex(combo_data_index(self.kind, h.kind))
        self.head_name.setText(h.head_name)
        self.phone.setText(h.phone)
        self.id_number.setText(h.id_number)
        self.village.setCurrentText(h.village)
        self.group_name.setText(h.group_name)
        self.address.setText(h.address)
        self.size.setValue(h.size or 0)
        self.tags.set_tags(h.tag_names)
        self.notes.setPlainText(h.notes)

    def data(self) -> HouseholdInput:
        return HouseholdInput(
            head_name=self.head_name.text(),
            kind=self.kind.currentData(),
            phone=self.phone.text(),
            id_number=self.id_number.text(),
            village=self.village.currentText(),
            group_name=self.group_name.text(),
            address=self.address.text(),
            size=self.size.value() or None,
            notes=self.notes.toPlainText(),
            tags=self.tags.tags(),
        )

    def _create(self, data: HouseholdInput, *, allow_duplicate: bool):
        return self.services.households.create(data, allow_duplicate=allow_duplicate)

    def _update(self, data: HouseholdInput, *, expected_version: int):
        return self.services.households.update(
            self.record_id, data, expected_version=expected_version
        )

    def _duplicate_title(self) -> str:
        return self.tr("重复的联系户")

    def _duplicate_question(self) -> str:
        return self.tr(
            "已有同名同电话的联系户“{name}”。仍要保存为新记录吗？\n（如果是同一户，请打开已有记录修改。）"
        ).format(name=self.head_name.text().strip())
