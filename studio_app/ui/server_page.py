"""The first-run wizard's "连接县政协服务器": this PC works on the county's shared server.

The county's IT person gives the coordinator the server's address, the database, the
database login and its password, and the county's CA certificate file (README: TLS with
``verify-full``). 测试连接 says in Chinese what failed; 开始使用 tests again, remembers the
connection (the password in the user's private password file, ``storage.server_connection``)
and opens the server; the program's own users then sign in (the login dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from studio_app.base.errors import StudioError
from studio_app.opening import DataPlace
from studio_app.server_setup import ConnectionCheck, ServerSettings, connect_server, test_server
from studio_app.ui.form_fields import ERROR_STYLE

if TYPE_CHECKING:
    from studio_app.core.services import Services

OK_STYLE = "color: #1b7a1b;"
CA_MODES = ("verify-full", "verify-ca")  # the modes that check the certificate against the CA


class ServerPage(QWizardPage):
    """Of the first-run wizard (``wizard``: its ``services``, ``place`` and ``server`` are set
    when the connection is made)."""

    def __init__(self, wizard: QWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("连接县政协服务器"))
        self.setSubTitle(
            self.tr("各工作室的数据放在县政协的服务器上时，请按县政协信息管理员给的连接信息填写。")
        )
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("如 192.168.1.10 或 db.xzx.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("studio")
        self.user = QLineEdit("studio")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        for mode, text in (
            ("verify-full", self.tr("加密，并核对服务器证书和名字（verify-full，推荐）")),
            ("verify-ca", self.tr("加密，并核对服务器证书（verify-ca）")),
            ("require", self.tr("加密，不核对证书（require）")),
            ("prefer", self.tr("服务器支持就加密（prefer）")),
            ("disable", self.tr("不加密（disable，只用于测试）")),
        ):
            self.sslmode.addItem(text, mode)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("县政协提供的 CA 证书文件（.crt）"))
        self.choose_ca = QPushButton(self.tr("选择…"))
        self.choose_ca.clicked.connect(self._choose_ca)
        ca_row = QWidget()
        row = QHBoxLayout(ca_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.ca_file, 1)
        row.addWidget(self.choose_ca)
        self.sslmode.currentIndexChanged.connect(self._mode_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("服务器地址"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("数据库"), self.database)
        form.addRow(self.tr("数据库用户名"), self.user)
        form.addRow(self.tr("数据库密码"), self.password)
        form.addRow(self.tr("加密方式"), self.sslmode)
        form.addRow(self.tr("CA 证书"), ca_row)

        self.test = QPushButton(self.tr("测试连接"))
        self.test.clicked.connect(self.run_test)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(
            self.tr(
                "这里的用户名和密码是数据库的账户，不是程序里的登录用户：连接以后，再用县政协为您"
                "设置的程序用户登录。密码保存在这台电脑上只有您的账户能读的文件里，不写进设置文件。"
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        layout.addWidget(note)
        layout.addStretch(1)
        for edit in (self.host, self.database, self.user, self.password, self.ca_file):
            edit.textEdited.connect(self.result.clear)

    def settings(self) -> ServerSettings:
        mode = self.sslmode.currentData()
        return ServerSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=mode,
            sslrootcert=self.ca_file.text().strip() if mode in CA_MODES else "",
        )

    def _mode_changed(self) -> None:
        checks_ca = self.sslmode.currentData() in CA_MODES
        self.ca_file.setEnabled(checks_ca)
        self.choose_ca.setEnabled(checks_ca)
        self.result.clear()

    def _choose_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择县政协的 CA 证书"), str(Path.home()),
            self.tr("证书文件 (*.crt *.pem *.cer);;所有文件 (*)"),
        )  # fmt: skip
        if path:
            self.ca_file.setText(path)
            self.result.clear()

    def _show(self, result: ConnectionCheck) -> None:
        self.result.setStyleSheet(OK_STYLE if result.ok else ERROR_STYLE)
        self.result.setText(result.message)

    def _off_thread(self, work: Callable[[], object]) -> object:
        """``work()`` on a pool thread (a server that does not answer takes seconds), the
        window painting meanwhile and a busy dialog after 300 ms; its result, or the exception
        it raised."""
        from studio_app.ui.background import BackgroundOp

        outcome: list[object] = []
        loop = QEventLoop()
        op = BackgroundOp(self, self.tr("正在连接服务器…"), work)
        op.success(outcome.append)
        op.failure(outcome.append)
        op.finished.connect(loop.quit)
        self.test.setEnabled(False)
        try:
            op.run()
            loop.exec()
        finally:
            self.test.setEnabled(True)
        return outcome[0] if outcome else StudioError(self.tr("连接没有完成。"))

    def run_test(self) -> ConnectionCheck | None:
        """测试连接: what connecting finds, shown on the page."""
        self.result.setStyleSheet("")
        self.result.setText(self.tr("正在连接…"))
        settings, password = self.settings(), self.password.text()
        result = self._off_thread(lambda: test_server(settings, password))
        if isinstance(result, BaseException):
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(str(result))
            return None
        self._show(result)
        return result

    def validatePage(self) -> bool:
        """Connect for good: test again, remember the connection, open the server."""
        settings, password = self.settings(), self.password.text()
        outcome = self._off_thread(lambda: connect_server(settings, password))
        if isinstance(outcome, BaseException):  # opening failed after the test passed
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(str(outcome))
            return False
        result, services = outcome
        self._show(result)
        if services is None:
            return False
        self._take(services)
        return True

    def _take(self, services: Services) -> None:
        wizard = self.wizard_
        if wizard.services is not None:
            wizard.services.db.close()
        wizard.services = services
        wizard.place = DataPlace(services.db.url)
        wizard.server = True

    def nextId(self) -> int:
        return -1
