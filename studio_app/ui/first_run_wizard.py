"""The first start: a short wizard that sets up the studio, or opens the demo data for a look.

Pages: 欢迎 (own studio, or demo data) → 数据位置 (data and backup folders) → 工作室 (name,
address, township, lead member) → 登录 (optional administrator) → 完成; or 欢迎 → 演示数据; or
欢迎 → 连接县政协服务器 (``ui.server_page``), after which the program's users sign in.
The database is created when the data folder is confirmed; each later page saves what it asks
(as commit pages: no going back to something already saved), so nothing is configured by hand.
The demo data goes to a database of its own beside the real one and never mixes with it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from studio_app.base.errors import StudioError, ValidationError
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput, StudioSetup
from studio_app.opening import DataPlace
from studio_app.ui import messages
from studio_app.ui.form_fields import ERROR_STYLE, FormFields
from studio_app.ui.server_page import ServerPage

WELCOME, FOLDERS, STUDIO, LOGIN, DONE, DEMO, SERVER = range(7)


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _clear_errors_when_edited(fields: FormFields, names: tuple[str, ...]) -> None:
    """A field's error goes as soon as the field is changed: a mistake put right no longer
    shows (the page checks again when it is left)."""
    for name in names:
        edit = fields.widget(name)
        assert isinstance(edit, QLineEdit)
        edit.textEdited.connect(lambda _text, n=name: fields.set_error(n, None))


class _FolderRow(QWidget):
    """A folder shown in full with a 更改… button (or fixed, with a note why)."""

    def __init__(self, folder: Path, choose_title: str, fixed_note: str = ""):
        super().__init__()
        self.folder = folder
        self.edit = QLineEdit(str(folder))
        self.edit.setReadOnly(True)
        self.button = QPushButton(self.tr("更改…"))
        self.button.clicked.connect(self._choose)
        self._title = choose_title
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        if fixed_note:
            self.button.hide()
            self.edit.setToolTip(fixed_note)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self._title, str(self.folder))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.edit.setText(str(folder))


class FirstRunWizard(QWizard):
    """Sets up a new database.

    Args:
        services: the database already open (given on the command line, or one that has no
            studio yet), or None to create it in the folder the user confirms.
        place: where the database is (``services``) or is proposed to be created.

    Attributes:
        services: the database set up, once accepted (the demo database if that was chosen).
        demo: whether the demo data was chosen.
        server: whether this PC was connected to the county's server (its users sign in next).
    """

    def __init__(
        self,
        services: Services | None,
        place: DataPlace,
        parent=None,
    ):
        super().__init__(parent)
        self.services = services
        # A database already open is where it is: its place, not the one proposed.
        self.place = DataPlace(services.db.url, explicit=True) if services is not None else place
        self.demo = False
        self.server = False
        self.setWindowTitle(self.tr("首次使用向导"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(640, 520)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("保存并继续"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("开始使用"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("退出"))
        self.welcome = WelcomePage(self)
        self.folders = FoldersPage(self)
        self.studio = StudioPage(self)
        self.login = LoginPage(self)
        self.done_page = DonePage(self)
        self.demo_page = DemoPage(self)
        self.server_page = ServerPage(self)
        for page_id, page in (
            (WELCOME, self.welcome), (FOLDERS, self.folders), (STUDIO, self.studio),
            (LOGIN, self.login), (DONE, self.done_page), (DEMO, self.demo_page),
            (SERVER, self.server_page),
        ):  # fmt: skip
            self.setPage(page_id, page)
        self.setStartId(WELCOME)

    def reject(self) -> None:
        if self.demo_page.loading:  # closed while the demo loads: it finishes first
            return
        super().reject()

    @property
    def sqlite_file(self) -> Path | None:
        """The database file (None on a shared PostgreSQL server)."""
        return self.place.sqlite_file


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.setTitle(self.tr("欢迎使用委员工作室助手"))
        self.setSubTitle(self.tr("几步就能开始：填写工作室的情况，确定数据和备份放在哪里。"))
        self.own = QRadioButton(self.tr("设置我的工作室，开始正式使用"))
        self.own.setChecked(True)
        self.demo = QRadioButton(self.tr("先用演示数据看看"))
        demo_note = _wrapped(
            self.tr(
                "演示数据是虚构的城关镇农业界委员工作室：委员、联系户、接待日、诉求和会议纪要都有，"
                "便于熟悉各项功能。演示数据单独保存，不会混进正式数据；"
                "下次打开程序时会再次出现本向导，那时再设置自己的工作室。"
            )
        )
        demo_note.setIndent(24)
        self.server = QRadioButton(self.tr("连接县政协服务器"))
        server_note = _wrapped(
            self.tr(
                "县政协把全县各工作室的数据放在一台服务器上时选这一项：填写县政协信息管理员给的"
                "服务器地址和数据库账户，以后这台电脑就打开服务器上的数据。"
            )
        )
        server_note.setIndent(24)
        if wizard.services is not None:
            self.server.setEnabled(False)  # the database was named at start-up
            if wizard.sqlite_file is None:
                self.demo.setEnabled(False)  # a shared server holds real data only
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr("这是第一次使用本程序。请选择：")))
        layout.addWidget(self.own)
        layout.addWidget(self.demo)
        layout.addWidget(demo_note)
        layout.addWidget(self.server)
        layout.addWidget(server_note)
        layout.addStretch(1)

    def nextId(self) -> int:
        if self.server.isChecked():
            return SERVER
        return DEMO if self.demo.isChecked() else FOLDERS


class FoldersPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("数据保存位置"))
        self.setSubTitle(
            self.tr("所有资料都保存在这台电脑上。默认位置即可；备份最好放在另一块硬盘或U盘上。")
        )
        fixed = wizard.services is not None
        where = wizard.sqlite_file
        self.data = _FolderRow(
            wizard.place.folder,
            self.tr("选择数据文件夹"),
            self.tr("数据库已在启动时指定，不能在这里更改。") if fixed else "",
        )
        from studio_app.storage.backups.settings import default_folder

        self.backup_note = _wrapped("")
        self.backup = _FolderRow(
            default_folder(where) if where is not None else wizard.place.folder / "backups",
            self.tr("选择备份文件夹"),
        )
        self.error = _wrapped("")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("数据文件夹"), self.data)
        form.addRow(self.tr("备份文件夹"), self.backup)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if where is None:  # PostgreSQL: the server's administrator backs it up
            self.backup.setEnabled(False)
            self.data.edit.setText(wizard.services.db.display_name)
            layout.addWidget(_wrapped(self.tr("数据在共用服务器上，由服务器管理员负责备份。")))
        else:
            layout.addWidget(
                _wrapped(
                    self.tr(
                        "程序打开时每天自动备份一次，关闭时再备份一次，保留最近 30 天和 12 个月的备份。"
                        "以后可以在“文件 → 备份”中更改。"
                    )
                )
            )
        layout.addWidget(self.error)
        layout.addStretch(1)
        if not fixed:  # the backups follow a changed data folder until chosen themselves
            self._backup_follows = True
            self.backup.button.clicked.connect(self._backup_chosen)
            self.data.edit.textChanged.connect(self._data_moved)

    def _backup_chosen(self) -> None:
        self._backup_follows = False

    def _data_moved(self, text: str) -> None:
        if self._backup_follows:
            self.backup.set_folder(Path(text) / "backups")

    def validatePage(self) -> bool:
        """Create (or open) the database in the data folder and remember both folders."""
        from studio_app.opening import open_data_folder, set_backup_folder

        wizard = self.wizard_
        self.error.hide()
        try:
            if wizard.services is None:
                wizard.place, wizard.services = open_data_folder(self.data.folder)
            set_backup_folder(wizard.place, self.backup.folder)
        except (StudioError, OSError) as exc:
            self.error.setText(messages.error_text(exc))
            self.error.show()
            return False
        self.data.button.hide()  # the database now lives there
        return True

    def nextId(self) -> int:
        return STUDIO


class StudioPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("工作室"))
        self.setSubTitle(self.tr("这些内容印在会议纪要、回执和海报上，以后可以修改。"))
        self.setCommitPage(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(form)
        self.name = self.fields.add("name", self.tr("工作室名称 *"), QLineEdit())
        self.name.setPlaceholderText(self.tr("如 城关镇农业界委员工作室"))
        self.address = self.fields.add("address", self.tr("地址"), QLineEdit())
        self.address.setPlaceholderText(self.tr("如 人民路18号（镇政府院内二楼）"))
        self.township = self.fields.add("township", self.tr("乡镇（街道）"), QLineEdit())
        self.township.setPlaceholderText(self.tr("如 城关镇"))
        self.phone = self.fields.add("phone", self.tr("联系电话"), QLineEdit())
        self.lead_name = self.fields.add("lead_name", self.tr("领衔委员"), QLineEdit())
        self.lead_name.setPlaceholderText(self.tr("姓名，可以以后在“委员”页添加"))
        self.lead_phone = self.fields.add("lead_phone", self.tr("领衔委员手机"), QLineEdit())
        _clear_errors_when_edited(
            self.fields, ("name", "address", "township", "phone", "lead_name", "lead_phone")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields.general)
        layout.addStretch(1)
        self.studio = None

    def initializePage(self) -> None:
        self.name.setFocus()

    def validatePage(self) -> bool:
        setup = StudioSetup(
            StudioInput(
                name=self.name.text(),
                township=self.township.text(),
                address=self.address.text(),
                phone=self.phone.text(),
            ),
            lead_name=self.lead_name.text(),
            lead_phone=self.lead_phone.text(),
        )
        self.fields.clear()
        try:
            self.studio = self.wizard_.services.studios.set_up(setup)
        except ValidationError as exc:
            self.fields.show(exc.errors)
            return False
        except StudioError as exc:
            messages.show_error(self, exc)
            return False
        return True

    def nextId(self) -> int:
        return LOGIN


class LoginPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("登录密码（可选）"))
        self.setSubTitle(
            self.tr("几个人共用这台电脑、或带笔记本下乡时，建议设置管理员密码。以后也可以设置。")
        )
        self.setCommitPage(True)
        self.with_login = QCheckBox(self.tr("设置管理员密码，打开程序时要登录"))
        form = QFormLayout()
        self.fields = FormFields(form)
        self.username = self.fields.add(
            "username", self.tr("管理员用户名"), QLineEdit(self.tr("管理员"))
        )
        self.username.setPlaceholderText(self.tr("登录时输入的名字，如 王丽 或 wangli，不含空格"))
        self.password = self.fields.add("password", self.tr("密码"), QLineEdit())
        self.again = self.fields.add("again", self.tr("再次输入密码"), QLineEdit())
        _clear_errors_when_edited(self.fields, ("username", "password", "again"))
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.username, self.password, self.again):
            edit.setEnabled(False)
            self.with_login.toggled.connect(edit.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.with_login)
        layout.addLayout(form)
        layout.addWidget(self.fields.general)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        if not self.with_login.isChecked():
            return True
        self.fields.clear()
        if self.password.text() != self.again.text():
            self.fields.show(ValidationError.single(
                "again", self.tr("再次输入密码"), self.tr("两次输入的密码不一样，请重新输入。")
            ).errors)  # fmt: skip
            return False
        services = self.wizard_.services
        try:
            user = services.access.create_first_admin(
                self.username.text(), self.tr("管理员"), self.password.text()
            )
        except ValidationError as exc:
            self.fields.show(exc.errors)
            return False
        except StudioError as exc:
            messages.show_error(self, exc)
            return False
        services.current_user = user
        return True

    def nextId(self) -> int:
        return DONE


class DonePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("设置完成"))
        self.summary = _wrapped("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard_
        studio = wizard.studio.studio
        lines = [
            self.tr("工作室“{name}”已建好。").format(name=studio.name if studio else ""),
            self.tr("数据保存在：{where}").format(where=wizard.services.db.display_name),
        ]
        if wizard.sqlite_file is not None:
            lines.append(self.tr("备份保存在：{where}").format(where=wizard.folders.backup.folder))
        if wizard.services.current_user is not None:
            lines.append(
                self.tr("已设置管理员“{name}”，以后打开程序时要登录。").format(
                    name=wizard.services.current_user.username
                )
            )
        lines += [
            "",
            self.tr("接下来先做这件事：到“接待日”页点“接待日规则…”，按平时的说法写上接待日"
                    "（如“每月15日”“每月第一个星期三”），再生成全年的接待日。值班安排、接待登记"
                    "和工作台的提醒都从这里开始。"),
            "",
            self.tr("然后在“文件 → 导入委员名册…”中导入委员，或在“委员”页逐个添加。"),
            self.tr("“帮助 → 用户手册”按一个月的工作顺序介绍各项功能。"),
        ]  # fmt: skip
        self.summary.setText("\n".join(lines))

    def nextId(self) -> int:
        return -1


class _Steps(QObject):
    """Carries the demo's steps from the thread that fills it to the page (queued)."""

    step = Signal(str)


class DemoPage(QWizardPage):
    """Opens the demo database, filling it the first time (a few seconds, more on a slow
    computer): off the GUI thread, with each step shown on the page and the wizard's buttons
    held meanwhile, so the window neither freezes nor looks as if it did."""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("演示数据"))
        self.note = _wrapped("")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # moving: how long it takes is not known in advance
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.step = _wrapped("")
        self.loading = False
        self._steps = _Steps(self)
        self._steps.step.connect(self._show_step)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addSpacing(12)
        layout.addWidget(self.busy)
        layout.addWidget(self.step)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.note.setText(
            self.tr(
                "点击“开始使用”后载入演示数据，需要几秒钟。\n演示数据库：{path}\n\n"
                "演示数据里的姓名、电话和身份证号都是虚构的。"
            ).format(path=self.wizard_.place.demo_file)
        )

    def _show_step(self, text: str) -> None:
        self.step.setText(self.tr("正在载入演示数据：{step}").format(step=text))

    def _hold_buttons(self, held: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):  # fmt: skip
            self.wizard_.button(which).setEnabled(not held)

    def validatePage(self) -> bool:
        """Open the demo database, filling it the first time (off the GUI thread)."""
        from studio_app.opening import open_demo
        from studio_app.ui.background import BackgroundOp

        if self.loading:  # a second click while it loads
            return False
        wizard = self.wizard_
        outcome: list[object] = []
        loop = QEventLoop()
        steps = self._steps.step
        op = BackgroundOp(self, self.tr("正在载入演示数据…"),
                          lambda: open_demo(wizard.place, progress=steps.emit),
                          quietly=True)  # fmt: skip
        op.success(outcome.append)
        op.failure(lambda error: outcome.append(error))
        op.finished.connect(loop.quit)
        self.loading = True
        self._hold_buttons(True)
        self.busy.show()
        self._show_step(self.tr("打开数据库…"))
        try:
            op.run()
            loop.exec()
        finally:
            self.loading = False
            self._hold_buttons(False)
            self.busy.hide()
            self.step.clear()
        demo = outcome[0] if outcome else None
        if not isinstance(demo, Services):
            messages.show_error(self, demo if demo is not None else self.tr("演示数据没有载入。"))
            return False
        if wizard.services is not None:
            wizard.services.db.close()
        wizard.services = demo
        wizard.demo = True
        return True

    def nextId(self) -> int:
        return -1
