"""The first-run wizard: folders, the studio and its lead member, a login, or the demo data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from studio_app.base.enums import MembershipRole, Role
from studio_app.core.members import MemberQuery
from studio_app.core.services import Services
from studio_app.opening import DataPlace, open_place
from studio_app.storage import database
from studio_app.storage.backups.settings import BackupSettings
from studio_app.ui import app as app_module
from studio_app.ui import first_run_wizard as wizard_module
from studio_app.ui.first_run_wizard import DEMO, DONE, FOLDERS, LOGIN, STUDIO, FirstRunWizard


@pytest.fixture
def wizards(qtbot):
    """Makes first-run wizards over a place; closes the databases they opened afterwards."""
    made: list[FirstRunWizard] = []

    def make(folder: Path, services: Services | None = None) -> FirstRunWizard:
        wizard = FirstRunWizard(services, DataPlace.of_file(folder / "studio.sqlite3"))
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if wizard.services is not None:
            wizard.services.db.close()


def test_a_new_coordinator_sets_up_the_studio_in_a_chosen_folder(qtbot, tmp_path, wizards):
    chosen = tmp_path / "工作室数据"
    wizard = wizards(tmp_path / "default")
    assert wizard.currentPage().title() == "欢迎使用委员工作室助手"
    wizard.next()
    assert wizard.currentId() == FOLDERS
    assert wizard.folders.data.edit.text() == str(tmp_path / "default")
    wizard.folders.data.set_folder(chosen)
    assert wizard.folders.backup.folder == chosen / "backups"  # the backups follow
    usb = tmp_path / "U盘" / "备份"
    wizard.folders.backup.set_folder(usb)
    wizard.next()
    assert wizard.currentId() == STUDIO
    assert (chosen / "studio.sqlite3").is_file()
    assert database.saved_data_dir() == chosen
    assert BackupSettings().folder_for(chosen / "studio.sqlite3") == usb

    page = wizard.studio
    page.lead_phone.setText("123")
    wizard.next()  # no name, and a bad phone: both said, nothing saved
    assert wizard.currentId() == STUDIO
    assert page.fields.error("name").text() == "请填写工作室名称。"
    error = page.fields.error("lead_phone").text()
    assert error.startswith("领衔委员手机：") and "不是有效的电话号码" in error  # not 联系电话
    assert wizard.services.studios.list() == []
    qtbot.keyClicks(page.lead_phone, "4")  # put right (or being put right): the error goes
    assert page.fields.error("lead_phone").isHidden()
    assert not page.fields.error("name").isHidden()  # the other still stands
    page.name.setText("东关村委员工作室")
    page.address.setText("东关村村委会二楼")
    page.township.setText("城关镇")
    page.lead_name.setText("李堃")
    page.lead_phone.setText("139 1234 5678")
    wizard.next()
    assert wizard.currentId() == LOGIN
    studio = wizard.services.studios.default()
    assert (studio.name, studio.address, studio.township) == (
        "东关村委员工作室", "东关村村委会二楼", "城关镇",
    )  # fmt: skip
    lead = wizard.services.members.first_page(MemberQuery()).rows
    assert [m.name for m in lead] == ["李堃"]
    detail = wizard.services.members.get(lead[0].id)
    assert [(st.id, ms.role) for st, ms in detail.memberships] == [(studio.id, MembershipRole.LEAD)]
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() or not (
        wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )  # the studio is saved: no going back to save it twice
    wizard.next()  # no login
    assert wizard.currentId() == DONE
    assert "东关村委员工作室" in wizard.done_page.summary.text()
    assert str(usb) in wizard.done_page.summary.text()
    assert "接待日规则" in wizard.done_page.summary.text()  # the first thing a studio sets
    assert not wizard.services.access.enabled()


def test_the_login_page_refuses_two_different_passwords(tmp_path, wizards):
    wizard = wizards(tmp_path)
    wizard.next()
    wizard.next()
    wizard.studio.name.setText("东关村委员工作室")
    wizard.next()
    page = wizard.login
    page.with_login.setChecked(True)
    page.password.setText("guanli-2026")
    page.again.setText("guanli-2027")
    wizard.next()
    assert wizard.currentId() == LOGIN
    assert "不一样" in page.fields.error("again").text()
    assert not wizard.services.access.enabled()
    page.again.setText("guanli-2026")
    wizard.next()
    assert wizard.currentId() == DONE
    user = wizard.services.current_user
    assert (user.username, user.role) == ("管理员", Role.ADMIN)
    assert "管理员" in wizard.done_page.summary.text()


def test_a_database_given_at_start_keeps_its_place(tmp_path, wizards):
    services = open_place(DataPlace.of_file(tmp_path / "given.sqlite3"), create=True)
    wizard = wizards(tmp_path / "default", services)
    wizard.next()
    assert wizard.folders.data.edit.text() == str(tmp_path)
    assert wizard.folders.data.button.isHidden()
    wizard.next()
    assert wizard.currentId() == STUDIO
    assert wizard.services is services
    assert database.saved_data_dir() is None
    assert not (tmp_path / "default").exists()


def test_the_demo_goes_to_its_own_database(tmp_path, wizards, monkeypatch):
    filled: list[Services] = []
    shown: list[tuple[str, bool, bool]] = []

    def fill(services, progress):
        filled.append(services)
        progress("会议纪要…")
        services.studios.create(wizard_module.StudioInput(name="城关镇农业界委员工作室"))

    monkeypatch.setattr("studio_app.demo.fill_demo", fill)
    wizard = wizards(tmp_path)
    wizard.welcome.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == DEMO
    page = wizard.demo_page
    assert str(tmp_path / "demo.sqlite3") in page.note.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    page._steps.step.connect(
        lambda _text: shown.append((page.step.text(), page.busy.isVisible(), finish.isEnabled()))
    )
    assert wizard.validateCurrentPage()
    # Said on the page while it loaded, the buttons held meanwhile; all back afterwards.
    assert shown == [("正在载入演示数据：会议纪要…", True, False)]
    assert finish.isEnabled() and page.busy.isHidden() and not page.loading
    assert wizard.demo
    assert [s.db.url.database for s in filled] == [str(tmp_path / "demo.sqlite3")]
    assert wizard.services is filled[0]
    assert not (tmp_path / "studio.sqlite3").exists()  # the real database is not started
    assert database.saved_data_dir() is None


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform
def test_run_gui_opens_the_wizard_on_a_new_pc_and_quits_when_cancelled(
    qapp, tmp_path, when_modal, monkeypatch, restore_app_setup
):
    monkeypatch.setattr(database, "data_dir", lambda: tmp_path / "data")
    seen = when_modal(FirstRunWizard, lambda wizard: wizard.reject())
    assert app_module.run_gui(None) == 0
    assert seen and seen[0].welcome.own.isChecked()
    assert not (tmp_path / "data").exists()  # nothing was created before the folder was chosen
    assert QApplication.activeModalWidget() is None
