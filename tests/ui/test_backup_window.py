"""What a newcomer does with backups from the window: back up to a folder, restore from the
文件 menu, and open a broken database file by restoring its newest backup — nothing lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studio_app.core.members import MemberInput, MemberQuery
from studio_app.core.services import Services
from studio_app.opening import DataPlace
from studio_app.storage.backups.settings import BackupSettings
from studio_app.storage.migrate import open_database
from studio_app.ui import app as app_module
from studio_app.ui.backup_dialogs import RestoreDialog
from studio_app.ui.main_window import MainWindow


@pytest.fixture
def studio_db(tmp_path):
    path = tmp_path / "studio.sqlite3"
    services = Services(open_database(path))
    for name in ("刘䶮", "𠮷田", "张堃"):
        services.members.create(MemberInput(name=name))
    return path, services


def _confirm_newest(qtbot, wait_background, answers):
    def confirm(d: RestoreDialog) -> None:
        wait_background()
        qtbot.waitUntil(lambda: d.restore_button.isEnabled(), timeout=10_000)
        answers.confirm = True
        qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)

    return confirm


def test_restore_from_the_window_rebuilds_it_over_the_backup(
    qtbot, studio_db, tmp_path, when_modal, wait_background, answers
):
    path, services = studio_db
    usb = tmp_path / "U盘"
    usb.mkdir()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.backups.set_folder(usb)
    window.backups.backup_now()
    services.members.create(MemberInput(name="备份之后"))
    assert window.members_page.model.rowCount() == 4

    when_modal(RestoreDialog, _confirm_newest(qtbot, wait_background, answers))
    window._restore()
    wait_background()
    assert window.services is not services  # reopened over the restored file
    assert window.services.members.count(MemberQuery()) == 3
    assert window.nav.count() == len(window.page_titles()) == 10
    assert window.nav.item(0).text() == "工作台"
    assert window.members_page.model.rowCount() == 3
    assert (path.parent / "before-restore").is_dir()  # the replaced file was kept
    window.services.db.close()


def test_a_broken_file_opens_by_restoring_its_newest_backup(
    qtbot, studio_db, tmp_path, when_modal, wait_background, answers, monkeypatch
):
    path, services = studio_db
    monkeypatch.setattr(BackupSettings, "folder_for", lambda _self, _db: tmp_path / "U盘")
    (tmp_path / "U盘").mkdir()
    from studio_app.storage.backups.service import BackupService

    BackupService(services.db).backup_now(tmp_path / "U盘")
    services.db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # the laptop lost power while copying it

    window = MainWindow()
    qtbot.addWidget(window)
    seen = when_modal(RestoreDialog, _confirm_newest(qtbot, wait_background, answers))
    with pytest.raises(Exception) as broken:
        open_database(path)
    services = app_module._offer_backup(window, DataPlace.of_file(path), broken.value)
    assert seen and "数据库打不开" in " ".join(
        label.text() for label in seen[0].findChildren(type(seen[0].report_label))
    )
    assert services is not None
    assert services.members.count(MemberQuery()) == 3  # nothing lost
    kept = list((path.parent / "before-restore").iterdir())
    assert kept and kept[0].stat().st_size == len(data) // 2  # the broken file, kept aside
    services.db.close()
