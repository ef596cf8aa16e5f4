"""The first start on an empty database: name the studio (a fuller wizard comes later)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from studio_app.core.studios import StudioInput
from studio_app.ui.form_fields import FormFields, dialog_buttons, save_or_show

if TYPE_CHECKING:
    from studio_app.core.services import Services


class FirstRunDialog(QDialog):
    """Asks the studio's name and township, and creates the studio.

    Attributes:
        studio_id: the studio created, once accepted.
    """

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.studio_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("欢迎使用委员工作室助手"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "这是第一次使用。请填写工作室的名称，以后可以修改。\n所有数据保存在：{where}"
            ).format(where=services.db.display_name)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(form)
        self.name = self.fields.add(
            "name", self.tr("工作室名称 *"), QLineEdit(self.tr("我的委员工作室"))
        )
        self.township = self.fields.add("township", self.tr("乡镇（街道）"), QLineEdit())
        self.township.setPlaceholderText(self.tr("如 城关镇，可不填"))
        # An optional login: a PC shared in the office, or a laptop taken to villages.
        self.with_login = QCheckBox(
            self.tr("设置登录密码（几个人共用这台电脑、或带笔记本下乡时建议设置）")
        )
        form.addRow(self.with_login)
        self.username = self.fields.add("username", self.tr("管理员用户名"), QLineEdit("admin"))
        self.password = self.fields.add("password", self.tr("密码"), QLineEdit())
        self.again = self.fields.add("again", self.tr("再次输入密码"), QLineEdit())
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.username, self.password, self.again):
            edit.setEnabled(False)
            self.with_login.toggled.connect(edit.setEnabled)
        buttons, self.ok_button = dialog_buttons(
            self, self.tr("开始使用"), self.tr("退出"), self.save
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)
        self.name.selectAll()
        self.name.setFocus()

    def save(self) -> None:
        from studio_app.core.errors import ValidationError

        if self.with_login.isChecked() and self.password.text() != self.again.text():
            self.fields.clear()
            self.fields.show(ValidationError.single(
                "again", self.tr("再次输入密码"), self.tr("两次输入的密码不一样，请重新输入。")
            ).errors)  # fmt: skip
            return
        if self.studio_id is None:  # a second try after a refused password adds no studio
            data = StudioInput(name=self.name.text(), township=self.township.text())
            studio = save_or_show(self, self.fields, lambda: self.services.studios.create(data))
            if studio is None:
                return
            self.studio_id = studio.id
        if self.with_login.isChecked():
            access = self.services.access
            user = save_or_show(self, self.fields, lambda: access.create_first_admin(
                self.username.text(), self.tr("管理员"), self.password.text()))  # fmt: skip
            if user is None:
                return
            self.services.current_user = user
        self.accept()
