"""用户: the administrator adds users, changes roles, deactivates and resets passwords.

Every change goes through ``AccessService`` (which records it in the audit log); its Chinese
refusals are shown as they are, e.g. that the last administrator cannot be demoted.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import Role
from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.labels import choices, label
from studio_app.base.local_times import local_minute
from studio_app.core.access import MIN_PASSWORD_LENGTH, CurrentUser, UserRow
from studio_app.core.services import Services
from studio_app.ui import messages, screen_fit
from studio_app.ui.action_dialog import ActionDialog
from studio_app.ui.form_fields import combo_data_index, enum_data
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.login_dialogs import password_edit
from studio_app.ui.settings_dialogs import close_buttons

ROLE_HINTS = {
    Role.ADMIN: "本工作室的全部功能，包括用户管理、恢复数据和查看操作日志",
    Role.COORDINATOR: "本工作室的日常登记、办理、导出和备份",
    Role.VIEWER: "只能查看本工作室，电话和身份证号隐藏",
    Role.COUNTY_ADMIN: "全县各工作室：用户、工作室、全县概览、恢复数据和全县共用的设置",
    Role.COUNTY_COORDINATOR: "可在任一工作室办理日常工作，查看全县概览",
}


def role_combo(roles: tuple[Role, ...], current: Role = Role.COORDINATOR) -> QComboBox:
    combo = QComboBox()
    for role, text in choices(Role):
        if role in roles:
            combo.addItem(text, role)
    combo.setCurrentIndex(combo_data_index(combo, current))
    return combo


class UsersDialog(QDialog):
    """The users, and what the administrator may change about them.

    Attributes:
        changed: whether anything was changed (the window may need to refresh who is who).
    """

    def __init__(self, services: Services, admin: CurrentUser, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.access = services.access
        self.admin = admin
        self.changed = False
        self.setWindowTitle(self.tr("用户"))
        screen_fit.fit_size(self, 760, 440)
        t = self.tr
        self.roles = self.access.assignable_roles(admin)
        fields = [
            Field(t("用户名"), lambda u: u.username, 140),
            Field(t("姓名"), lambda u: u.display_name, 120),
            Field(t("身份"), lambda u: label(u.role), 90),
            Field(t("状态"), self.status_text, 170),
            Field(
                t("上次登录"),
                lambda u: local_minute(u.last_login_at) if u.last_login_at else t("从未登录"),
            ),
        ]
        if admin.role.county:  # the county's admin manages every studio's users
            fields.insert(3, Field(t("工作室"), lambda u: u.studio_name or t("县政协"), 150))
        self.model = RowsModel(fields, self)
        self.model.set_foreground(
            lambda u: QColor("#999999") if not u.active else
            (QColor("#c0392b") if u.locked() else None)
        )  # fmt: skip
        self.view = rows_view(self.model, fields)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.view.doubleClicked.connect(lambda _i: self.change_role())
        self.buttons = {
            "add": QPushButton(t("新增用户…")),
            "role": QPushButton(t("修改身份…")),
            "active": QPushButton(t("停用")),
            "password": QPushButton(t("重置密码…")),
        }
        self.buttons["add"].clicked.connect(self.add_user)
        self.buttons["role"].clicked.connect(self.change_role)
        self.buttons["active"].clicked.connect(self.toggle_active)
        self.buttons["password"].clicked.connect(self.reset_password)
        side = QVBoxLayout()
        for b in self.buttons.values():
            side.addWidget(b)
        side.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        intro = QLabel(
            t("管理员：本工作室的全部功能；联络员：日常工作；查看：只读，号码隐藏；"
              "县政协管理员、县政协联络员：全县各工作室。"
              "停用的用户不能再登录，其操作记录保留。至少要保留一位在用的管理员。")
        )  # fmt: skip
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(close_buttons(self))
        self.reload()

    def status_text(self, user: UserRow) -> str:
        if not user.active:
            return self.tr("停用")
        if user.locked():
            return self.tr("锁定到 {time}").format(time=local_minute(user.locked_until))
        return self.tr("启用")

    def reload(self, select=None) -> None:
        keep = select or (self.selected().id if self.selected() else None)
        try:
            rows = self.access.users(self.admin)
        except StudioError as exc:
            messages.show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        for row, user in enumerate(rows):
            if user.id == keep:
                self.view.selectRow(row)
        self._selected()

    def selected(self) -> UserRow | None:
        return selected_row(self.view)

    def _selected(self) -> None:
        user = self.selected()
        for key in ("role", "active", "password"):
            self.buttons[key].setEnabled(user is not None)
        self.buttons["active"].setText(
            self.tr("启用") if user is not None and not user.active else self.tr("停用")
        )

    def _run_dialog(self, dialog: ActionDialog) -> None:
        dialog.exec()
        if dialog.done_ok:
            self.changed = True
            result = dialog.result
            self.reload(result.id if isinstance(result, UserRow) else None)
        dialog.deleteLater()

    def add_user(self) -> None:
        t = self.tr
        username, name = QLineEdit(), QLineEdit()
        username.setMaxLength(50)
        username.setPlaceholderText(t("登录时输入的名字，如 王丽 或 wangli，不含空格"))
        name.setPlaceholderText(t("可不填，默认同用户名"))
        role = role_combo(self.roles, Role.COORDINATOR)
        studio = QComboBox()  # the county's admin says where a studio's user works
        for item in self.services.studios.switchable() if self.admin.role.county else ():
            studio.addItem(item.name, item.id)
        password, again = password_edit(), password_edit()
        password.setPlaceholderText(
            t("至少 {n} 个字符，不能全是数字").format(n=MIN_PASSWORD_LENGTH)
        )
        hint = QLabel()
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)

        def show_hint() -> None:
            hint.setText(t(ROLE_HINTS[enum_data(role, Role)]))
            studio.setEnabled(not enum_data(role, Role).county)

        role.currentIndexChanged.connect(lambda _i: show_hint())
        show_hint()

        def call() -> UserRow:
            if password.text() != again.text():
                raise ValidationError.single(
                    "password_again", t("再次输入密码"), t("两次输入的密码不一致，请重新输入。")
                )
            return self.access.add_user(self.admin, username.text(), name.text(),
                                        enum_data(role, Role), password.text(),
                                        studio_id=studio.currentData())  # fmt: skip

        dialog = ActionDialog(t("新增用户"), t("新增"), call, self)
        dialog.add("username", t("用户名"), username)
        dialog.add("display_name", t("姓名"), name)
        dialog.add("role", t("身份"), role)
        dialog.form.addRow("", hint)
        if studio.count():
            dialog.add("studio", t("工作室"), studio)
        dialog.add("password", t("密码"), password)
        dialog.add("password_again", t("再次输入密码"), again)
        self._run_dialog(dialog)

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        t = self.tr
        role = role_combo(self.roles, user.role)
        dialog = ActionDialog(
            t("修改身份"), t("修改"),
            lambda: self.access.set_role(self.admin, user.id, enum_data(role, Role)), self,
            intro=t("用户：{name}（{username}），现在的身份：{role}").format(
                name=user.display_name, username=user.username, role=label(user.role)),
        )  # fmt: skip
        dialog.add("role", t("新身份"), role)
        self._run_dialog(dialog)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active and not messages.confirm(
            self, self.tr("停用用户"),
            self.tr("停用“{name}”后，该用户不能再登录，其操作记录保留。以后可以重新启用。").format(
                name=user.display_name or user.username),
            self.tr("停用"),
        ):  # fmt: skip
            return
        try:
            self.access.set_active(self.admin, user.id, not user.active)
        except StudioError as exc:  # another administrator changed the user meanwhile: reload?
            messages.show_refusal(self, exc, lambda: self.reload(user.id))
            return
        self.changed = True
        self.reload(user.id)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        t = self.tr
        password, again = password_edit(), password_edit()
        password.setPlaceholderText(
            t("至少 {n} 个字符，不能全是数字").format(n=MIN_PASSWORD_LENGTH)
        )

        def call() -> UserRow:
            if password.text() != again.text():
                raise ValidationError.single(
                    "new_password_again", t("再次输入新密码"),
                    t("两次输入的密码不一致，请重新输入。"),
                )  # fmt: skip
            self.access.reset_password(self.admin, user.id, password.text())
            return user

        dialog = ActionDialog(
            t("重置密码"), t("重置"), call, self,
            intro=t("为“{name}”（{username}）设置新密码，同时解除账户锁定。"
                    "请把新密码当面告诉本人，并提醒他登录后自行修改。").format(
                name=user.display_name, username=user.username),
        )  # fmt: skip
        dialog.add("new_password", t("新密码"), password)
        dialog.add("new_password_again", t("再次输入新密码"), again)
        self._run_dialog(dialog)
