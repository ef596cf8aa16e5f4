"""Logging in: the login at start, setting up the first administrator, the lock after idle
minutes, and changing one's own password.

Each dialog calls ``AccessService`` and shows a refusal in place, in red under the form, so the
user can simply type again; a wrong password is cleared and the field gets the focus.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError, ValidationError
from studio_app.core.access import MIN_PASSWORD_LENGTH, AccessService, CurrentUser
from studio_app.ui import messages
from studio_app.ui.form_fields import FormFields

INTRO_STYLE = "color: #555; margin-bottom: 6px;"


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


def intro_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(INTRO_STYLE)
    return label


class _AccessForm(QDialog):
    """A form whose service call may be refused with field errors or a general sentence."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.user: CurrentUser | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(self.form)
        self.fields.general.setObjectName("error_general")

    def _buttons(self, accept_text: str, reject_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reject_button = buttons.addButton(reject_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_button.setDefault(True)
        self.accept_button.setAutoDefault(True)
        buttons.accepted.connect(self._submit_and_fit)
        buttons.rejected.connect(self._cancel)
        return buttons

    def _cancel(self) -> None:
        self.reject()

    def _fit(self) -> None:
        """As tall as the wrapped texts need at the dialog's width (no gap above them)."""
        width = max(self.minimumWidth(), self.sizeHint().width())
        self.resize(width, self.layout().heightForWidth(width))

    def _submit_and_fit(self) -> None:
        self._submit()
        if self.result() != QDialog.DialogCode.Accepted:  # errors shown: make room for them
            self.layout().invalidate()
            self.layout().activate()
            needed = max(
                self.layout().heightForWidth(self.width()), self.layout().minimumSize().height()
            )
            if needed > self.height():
                self.resize(self.width(), needed)

    def _submit(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def _refused(self, message: str, clear: QLineEdit | None = None) -> None:
        self.fields.general.setText(message)
        self.fields.general.show()
        if clear is not None:
            clear.clear()
            clear.setFocus()

    def _run(self, call: Callable[[], CurrentUser | None], clear: QLineEdit | None) -> bool:
        """Call the service: field errors under their fields, other refusals under the form."""
        self.fields.clear()
        try:
            result = call()
        except ValidationError as exc:
            self.fields.show(exc.errors)
            return False
        except StudioError as exc:
            self._refused(str(exc), clear)
            return False
        except Exception as exc:  # a database error: still a sentence, never a traceback
            self._refused(messages.error_text(exc), clear)
            return False
        self.user = result
        return True


class LoginDialog(_AccessForm):
    """User name and password at start.

    Attributes:
        user: the logged-in ``CurrentUser`` once the dialog accepted.
    """

    def __init__(self, access: AccessService, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(self.tr("登录 - 委员工作室助手"))
        self.setMinimumWidth(400)
        self.username = QLineEdit()
        self.username.setMaxLength(50)
        self.password = password_edit()
        self.fields.add("username", self.tr("用户名"), self.username)
        self.fields.add("password", self.tr("密码"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label(self.tr("请输入您的用户名和密码。")))
        layout.addLayout(self.form)
        layout.addWidget(self.fields.general)
        layout.addWidget(self._buttons(self.tr("登录"), self.tr("退出")))
        self._fit()
        self.username.setFocus()

    def _submit(self) -> None:
        if not self.username.text().strip():
            self.fields.clear()
            self.fields.set_error("username", self.tr("请输入用户名。"))
            self.username.setFocus()
            return
        if not self.password.text():
            self.fields.clear()
            self.fields.set_error("password", self.tr("请输入密码。"))
            self.password.setFocus()
            return
        if self._run(
            lambda: self.access.login(self.username.text(), self.password.text()), self.password
        ):
            self.accept()


class SetupLoginDialog(_AccessForm):
    """Turn login on by creating the first administrator.

    Attributes:
        user: the new administrator (logged in) once the dialog accepted.
    """

    def __init__(self, access: AccessService, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(self.tr("启用登录"))
        self.setMinimumWidth(480)
        self.username = QLineEdit()
        self.username.setMaxLength(50)
        self.username.setPlaceholderText(self.tr("登录时输入的名字，如 王丽 或 wangli，不含空格"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("可不填，默认同用户名"))
        self.password = password_edit()
        self.password.setPlaceholderText(
            self.tr("至少 {n} 个字符，不能全是数字").format(n=MIN_PASSWORD_LENGTH)
        )
        self.password_again = password_edit()
        self.fields.add("username", self.tr("用户名"), self.username)
        self.fields.add("display_name", self.tr("姓名"), self.display_name)
        self.fields.add("password", self.tr("密码"), self.password)
        self.fields.add("password_again", self.tr("再次输入密码"), self.password_again)
        intro = intro_label(
            self.tr(
                "设置第一位管理员后即启用登录：以后每次打开程序都要输入用户名和密码，"
                "一段时间无人操作时窗口会自动锁定，需输入密码解锁。管理员可以在"
                "“设置 → 用户与权限 → 用户管理”中添加联络员和查看账户。请牢记管理员密码。"
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.fields.general)
        layout.addWidget(self._buttons(self.tr("启用登录"), self.tr("取消")))
        self._fit()

    def _submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self.fields.clear()
            self.fields.set_error("password_again", self.tr("两次输入的密码不一致，请重新输入。"))
            self.password_again.clear()
            self.password_again.setFocus()
            return
        if self._run(
            lambda: self.access.create_first_admin(
                self.username.text(), self.display_name.text(), self.password.text()
            ),
            None,
        ):
            self.accept()


class LockDialog(_AccessForm):
    """The window locked itself: only the user's password (or quitting) opens it again.

    Esc and the window's close button do nothing; 退出程序 logs out and rejects.

    Attributes:
        user: the user as stored after the unlock (a role change applies).
        quit_requested: True when the user chose 退出程序.
    """

    def __init__(self, access: AccessService, user: CurrentUser, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.locked_user = user
        self.quit_requested = False
        self._leaving = False
        self.setWindowTitle(self.tr("窗口已锁定"))
        self.setMinimumWidth(420)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setModal(True)
        title = QLabel(self.tr("窗口已锁定"))
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        who = intro_label(
            self.tr("当前用户：{name}（{username}）。请输入密码解锁。").format(
                name=user.name, username=user.username
            )
        )
        self.password = password_edit()
        self.fields.add("password", self.tr("密码"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(who)
        self.who = who
        layout.addLayout(self.form)
        layout.addWidget(self.fields.general)
        layout.addWidget(self._buttons(self.tr("解锁"), self.tr("退出程序")))
        self._fit()
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.password.text():
            self.fields.clear()
            self.fields.set_error("password", self.tr("请输入密码。"))
            self.password.setFocus()
            return
        if self._run(
            lambda: self.access.unlock(self.locked_user.id, self.password.text()), self.password
        ):
            self.accept()

    def _cancel(self) -> None:
        self.quit_requested = True
        try:
            self.access.logout(self.locked_user)
        except Exception:  # quitting must work even if the database is gone
            messages.log.exception("logout on quit failed")
        self._leaving = True
        super().reject()

    def reject(self) -> None:  # Esc and the close button come here too
        if self._leaving:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving or self.result() == QDialog.DialogCode.Accepted:
            super().closeEvent(event)
        else:
            event.ignore()


class ChangePasswordDialog(_AccessForm):
    """The logged-in user changes their own password."""

    def __init__(self, access: AccessService, user: CurrentUser, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.user = user
        self.changed = False
        self.setWindowTitle(self.tr("修改密码"))
        self.setMinimumWidth(440)
        self.old_password = password_edit()
        self.new_password = password_edit()
        self.new_password.setPlaceholderText(
            self.tr("至少 {n} 个字符，不能全是数字").format(n=MIN_PASSWORD_LENGTH)
        )
        self.new_password_again = password_edit()
        self.fields.add("old_password", self.tr("原密码"), self.old_password)
        self.fields.add("new_password", self.tr("新密码"), self.new_password)
        self.fields.add("new_password_again", self.tr("再次输入新密码"), self.new_password_again)
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro_label(self.tr("用户：{name}（{username}）").format(
                name=user.name, username=user.username))
        )  # fmt: skip
        layout.addLayout(self.form)
        layout.addWidget(self.fields.general)
        layout.addWidget(self._buttons(self.tr("修改密码"), self.tr("取消")))
        self._fit()

    def _submit(self) -> None:
        if self.new_password.text() != self.new_password_again.text():
            self.fields.clear()
            self.fields.set_error(
                "new_password_again", self.tr("两次输入的新密码不一致，请重新输入。")
            )
            self.new_password_again.clear()
            self.new_password_again.setFocus()
            return
        user = self.user

        def change() -> CurrentUser:
            self.access.change_password(user, self.old_password.text(), self.new_password.text())
            return user

        if self._run(change, None):
            self.changed = True
            self.accept()


ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
CHECK_INTERVAL_MS = 30_000


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without keyboard or mouse input.

    Attributes:
        action: a 锁定 menu action (Ctrl+L) that locks at once.
        dialog: the LockDialog while it is shown.

    Signals:
        locked: the window locked itself.
        unlocked(object): unlocked again, with the user as stored now.
        quit_requested: the user chose 退出程序 on the lock (the window is being closed).
    """

    locked = Signal()
    unlocked = Signal(object)
    quit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        access: AccessService,
        user_getter: Callable[[], CurrentUser | None],
        minutes: int,
    ):
        super().__init__(window)
        self.window = window
        self.access = access
        self.user_getter = user_getter
        self.minutes = minutes
        self.dialog: LockDialog | None = None
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self.action = QAction(QCoreApplication.translate("IdleLock", "锁定"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setStatusTip(QCoreApplication.translate("IdleLock", "锁定窗口，输入密码解锁"))
        self.action.triggered.connect(self.lock_now)
        app = QCoreApplication.instance()
        self._app = app
        if app is not None:
            app.installEventFilter(self)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """``minutes <= 0``: never lock by itself (the 锁定 action still works)."""
        self.minutes = minutes
        if minutes > 0:
            self._last_input = time.monotonic()
            self._timer.start()
        else:
            self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self._last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    def check(self) -> None:
        if self.minutes > 0 and self.dialog is None and self.idle_seconds() >= self.minutes * 60:
            self.lock_now()

    def lock_now(self) -> None:
        """Lock the window and wait for the password (or quit)."""
        user = self.user_getter()
        if user is None or self.dialog is not None:
            return
        was_active = self._timer.isActive()
        self._timer.stop()
        try:
            self.access.lock(user)
        except Exception:
            messages.log.exception("recording the lock failed")
        self.locked.emit()
        dialog = LockDialog(self.access, user, self.window)
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self.dialog = None
        quit_requested = dialog.quit_requested
        unlocked_as = dialog.user
        dialog.deleteLater()
        if quit_requested:
            self.stop()
            self.quit_requested.emit()
            self.window.close()
            return
        self._last_input = time.monotonic()
        if was_active or self.minutes > 0:
            self._timer.start()
        self.unlocked.emit(unlocked_as)

    def stop(self) -> None:
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
