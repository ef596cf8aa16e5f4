"""The first-run wizard's "连接县政协服务器", driven against a real server started here: a wrong
password and a stopped server are said on the page and nothing is saved; the right settings
are remembered and opened (issue 20, point 4)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import create_engine, text

from studio_app.opening import DataPlace, locate
from studio_app.server_setup import init_server
from studio_app.storage import server_connection
from studio_app.ui.first_run_wizard import SERVER, FirstRunWizard
from tests.pg_own_server import SUPERUSER_PASSWORD, OwnServer, own_server

PASSWORD = "Studio-Db-2026"


@pytest.fixture(scope="module")
def server() -> Iterator[OwnServer]:
    with own_server(tls=True) as running:
        engine = create_engine(
            f"postgresql+psycopg://postgres:{SUPERUSER_PASSWORD}@127.0.0.1:{running.port}/postgres",
            isolation_level="AUTOCOMMIT",
        )
        with engine.connect() as connection:
            connection.execute(text(f"CREATE ROLE studio LOGIN PASSWORD '{PASSWORD}'"))
            connection.execute(text("CREATE DATABASE studio OWNER studio"))
        engine.dispose()
        url = server_connection.ServerSettings(
            "localhost", running.port, sslrootcert=str(running.ca_file)
        ).url(PASSWORD)
        init_server(url, "admin", "county-2026")
        yield running


@pytest.fixture
def wizard(qtbot, tmp_path) -> Iterator[FirstRunWizard]:
    made = FirstRunWizard(None, DataPlace.of_file(tmp_path / "studio.sqlite3"))
    qtbot.addWidget(made)
    made.show()
    yield made
    if made.services is not None:
        made.services.db.close()


def _fill(wizard: FirstRunWizard, server: OwnServer, password: str) -> None:
    wizard.welcome.server.setChecked(True)
    wizard.next()
    assert wizard.currentId() == SERVER
    page = wizard.server_page
    assert page.sslmode.currentData() == "verify-full"  # the default: TLS, certificate checked
    page.host.setText("localhost")
    page.port.setValue(server.port)
    page.password.setText(password)
    page.ca_file.setText(str(server.ca_file))


def test_a_wrong_password_is_said_and_nothing_is_saved(wizard, server):
    _fill(wizard, server, "wrong-password")
    page = wizard.server_page
    result = page.run_test()
    assert not result.ok
    assert "用户名或密码不对" in page.result.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.currentId() == SERVER  # not finished
    assert server_connection.saved() is None and not wizard.server


def test_the_certificate_file_is_off_without_a_check_of_it(wizard, server):
    _fill(wizard, server, PASSWORD)
    page = wizard.server_page
    page.sslmode.setCurrentIndex(page.sslmode.findData("require"))
    assert not page.ca_file.isEnabled()
    assert page.settings().sslrootcert == ""


def test_the_right_settings_are_tested_remembered_and_opened(wizard, server):
    _fill(wizard, server, PASSWORD)
    page = wizard.server_page
    assert page.run_test().ok
    assert "连接成功" in page.result.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible() and wizard.server
    assert wizard.services is not None and wizard.services.access.enabled()  # login comes next
    saved = server_connection.saved()
    assert saved is not None and saved.port == server.port and saved.sslmode == "verify-full"
    assert locate().url.port == server.port


def test_a_stopped_server_is_said(qtbot, tmp_path):
    with own_server() as stopped:
        stopped.stop()
        made = FirstRunWizard(None, DataPlace.of_file(tmp_path / "studio.sqlite3"))
        qtbot.addWidget(made)
        made.show()
        _fill(made, stopped, PASSWORD)
        page = made.server_page
        page.sslmode.setCurrentIndex(page.sslmode.findData("disable"))
        assert not page.run_test().ok
        assert "数据库服务没有运行" in page.result.text()


def test_run_gui_connects_in_the_wizard_then_asks_for_the_program_user(
    qapp, server, when_modal, restore_app_setup, monkeypatch
):
    from studio_app.ui import app as app_module
    from studio_app.ui.login_dialogs import LoginDialog

    monkeypatch.setattr(qapp, "exec", lambda: 0)  # without a login it would open the window

    logins: list[list] = []

    def connect(wizard: FirstRunWizard) -> None:
        _fill(wizard, server, PASSWORD)
        logins.append(when_modal(LoginDialog, lambda dialog: dialog.reject()))
        wizard.button(QWizard.WizardButton.FinishButton).click()

    wizards = when_modal(FirstRunWizard, connect)
    assert app_module.run_gui(None) == 0  # the user gave up at the login: the window closes
    assert wizards and wizards[0].server
    assert logins and logins[0], "the program's login dialog was not shown after connecting"


def test_run_gui_opens_the_saved_server_with_its_login_and_no_wizard(
    qapp, server, when_modal, restore_app_setup, monkeypatch
):
    from studio_app.ui import app as app_module
    from studio_app.ui.login_dialogs import LoginDialog

    monkeypatch.setattr(qapp, "exec", lambda: 0)

    server_connection.save(
        server_connection.ServerSettings("localhost", server.port, sslrootcert=str(server.ca_file)),
        PASSWORD,
    )
    wizards = when_modal(FirstRunWizard, lambda wizard: wizard.reject())
    logins = when_modal(LoginDialog, lambda dialog: dialog.reject())
    assert app_module.run_gui(None) == 0
    assert logins and not wizards
