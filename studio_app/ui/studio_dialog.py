"""设置 → 工作室信息: the studio's name, township, address, phone and speciality, as printed
on the minutes, receipts and posters (the first-run wizard asks them once); on a county
server the county adds, closes and reopens studios here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from studio_app.base.enums import Permission
from studio_app.base.errors import StudioError
from studio_app.core.studios import StudioInput
from studio_app.ui import messages
from studio_app.ui.action_dialog import ActionDialog
from studio_app.ui.form_fields import FormFields, dialog_buttons, save_or_show

if TYPE_CHECKING:
    from studio_app.core.services import Services


class StudioDialog(QDialog):
    """Edits one studio (a chooser on top when the database holds several). The county's
    administrator (管理工作室) also adds, closes and reopens studios here.

    Attributes:
        changed: whether something was saved (the pages then reload).
    """

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("工作室信息"))
        self.setMinimumWidth(620)  # a studio's full name beside the county's two buttons
        # The county's act: on a county server, or for the county's own users (a server
        # holding its first studio); a PC of one studio adds none by mistake.
        user = services.current_user
        county = services.guard.shared() or (user is not None and user.role.county)
        self.manages = county and services.guard.may(Permission.MANAGE_STUDIOS)
        self.studios = services.studios.managed()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chooser = QComboBox()
        self.add_button = QPushButton(self.tr("新增工作室…"))
        self.close_button = QPushButton(self.tr("撤销工作室…"))
        self.add_button.clicked.connect(self.add_studio)
        self.close_button.clicked.connect(self.close_or_reopen)
        choose = QHBoxLayout()
        choose.addWidget(self.chooser, 1)
        choose.addWidget(self.add_button)
        choose.addWidget(self.close_button)
        self.add_button.setVisible(self.manages)
        self.close_button.setVisible(self.manages)
        if len(self.studios) > 1 or self.manages:
            form.addRow(self.tr("工作室"), choose)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: #a04000;")
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
        layout.addWidget(self.state)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)
        self._fill_chooser()
        self.chooser.currentIndexChanged.connect(self._show)
        self._show()

    def _fill_chooser(self, current=None) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for studio in self.studios:
            closed = studio.archived_at is not None
            text = self.tr("{name}（已撤销）").format(name=studio.name) if closed else studio.name
            self.chooser.addItem(text, str(studio.id))  # Qt finds strings by value, not UUIDs
        index = self.chooser.findData(str(current)) if current is not None else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)

    def _current(self):
        return self.studios[self.chooser.currentIndex()] if self.studios else None

    def _show(self) -> None:
        studio = self._current()
        self.ok_button.setEnabled(studio is not None)
        self.close_button.setEnabled(studio is not None)
        if studio is None:
            return
        closed = studio.archived_at is not None
        self.close_button.setText(self.tr("恢复工作室") if closed else self.tr("撤销工作室…"))
        self.state.setText(
            self.tr("这个工作室已撤销：它的用户不能登录，它的记录在“全县”下仍可查看。")
            if closed else ""
        )  # fmt: skip
        self.state.setVisible(closed)
        self.name.setText(studio.name)
        self.township.setText(studio.township)
        self.address.setText(studio.address)
        self.phone.setText(studio.phone)
        self.speciality.setPlainText(studio.speciality)

    def _reload(self, current=None) -> None:
        """What is saved now (another window or PC changed it)."""
        if current is None and (shown := self._current()) is not None:
            current = shown.id
        self.studios = self.services.studios.managed()
        self._fill_chooser(current)
        self._show()

    def add_studio(self) -> None:
        """A new studio of the county: its name and township (the rest is edited here after)."""
        name, township = QLineEdit(), QLineEdit()
        dialog = ActionDialog(
            self.tr("新增工作室"), self.tr("新增"),
            lambda: self.services.studios.create(StudioInput(name.text(), township.text())),
            self, self.tr("新工作室的联络员账户在“用户管理”中添加，工作室的诉求编号与全县连续。"),
        )  # fmt: skip
        dialog.add("name", self.tr("工作室名称 *"), name)
        dialog.add("township", self.tr("乡镇（街道）"), township)
        dialog.exec()
        if dialog.done_ok:
            self.changed = True
            self._reload(dialog.result.id)
        dialog.deleteLater()

    def close_or_reopen(self) -> None:
        studio = self._current()
        if studio is None:
            return
        if studio.archived_at is None:
            question = self.tr(
                "撤销“{name}”？\n\n撤销后，这个工作室的用户不能再登录，也不能再在这里登记；它的委员、"
                "联系户和诉求都保留，县政协在“全县”下仍能查看、统计。以后可以随时恢复。"
            ).format(name=studio.name)
            if not messages.confirm(self, self.tr("撤销工作室"), question, self.tr("撤销")):
                return
            act = self.services.studios.close
        else:
            act = self.services.studios.reopen
        try:
            act(studio.id, expected_version=studio.version)
        except StudioError as error:
            messages.show_refusal(self, error, self._reload)
            return
        self.changed = True
        self._reload(studio.id)

    def save(self) -> None:
        data = StudioInput(
            name=self.name.text(),
            township=self.township.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            speciality=self.speciality.toPlainText(),
        )
        studio = self._current()
        saved = save_or_show(
            self, self.fields,
            lambda: self.services.studios.update(studio.id, data, expected_version=studio.version),
            self._reload,
        )  # fmt: skip
        if saved is not None:
            self.changed = True
            self.accept()
