"""备份设置 and 从备份恢复, driven like a coordinator would (SQLite only: a server database is
backed up by its administrator)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import make_url

from studio_app.core.members import MemberInput, MemberQuery
from studio_app.core.services import Services
from studio_app.opening import Reopened
from studio_app.storage.backups.service import BackupService
from studio_app.storage.database import Database, sqlite_path
from studio_app.ui import backup_dialogs
from studio_app.ui.backup_dialogs import (
    AutoBackup,
    BackupSettingsDialog,
    RestoreDialog,
    run_restore,
)


@pytest.fixture
def local(sqlite_db) -> Services:
    services = Services(sqlite_db)
    for name, phone in (("刘䶮", "13912345678"), ("𠮷田", "")):
        services.members.create(MemberInput(name=name, phone=phone))
    return services


@pytest.fixture
def backups(local) -> BackupService:
    return BackupService(local.db)


@pytest.fixture
def usb(tmp_path, backups, monkeypatch) -> Path:
    folder = tmp_path / "U盘" / "备份"
    folder.parent.mkdir()
    monkeypatch.setattr(backup_dialogs, "ask_folder", lambda *_a: folder)
    return folder


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_choose_a_folder_and_back_up_now(qtbot, backups, usb, wait_background, answers):
    d = _shown(qtbot, BackupSettingsDialog(backups))
    assert d.folder_edit.text() == str(sqlite_path(backups.db.url).parent / "backups")
    assert d.last_label.text() == "还没有备份过"
    assert "默认位置" in d.folder_note.text()

    d.choose_folder()
    assert d.folder_edit.text() == str(usb) and backups.folder() == usb
    assert "默认位置" not in d.folder_note.text() and d.default_button.isEnabled()

    qtbot.mouseClick(d.backup_button, Qt.MouseButton.LeftButton)
    wait_background()

    (made,) = usb.iterdir()
    assert d.last is not None and d.last.path == made
    assert d.status.isVisible() and d.status.text().startswith(f"已备份到 {made}")
    assert made.name in d.last_label.text()
    assert d.folder_state.text().startswith("共 1 份备份，最新的是 ")
    assert answers.said == []

    qtbot.mouseClick(d.default_button, Qt.MouseButton.LeftButton)
    assert backups.folder_is_default() and not d.default_button.isEnabled()


def test_back_up_now_without_the_usb_stick_says_so(
    qtbot, backups, tmp_path, wait_background, answers
):
    backups.set_folder(tmp_path / "不在" / "备份")
    d = _shown(qtbot, BackupSettingsDialog(backups))
    assert "不存在" in d.folder_state.text()

    qtbot.mouseClick(d.backup_button, Qt.MouseButton.LeftButton)
    wait_background()

    (error,) = answers.texts("error")
    assert "不存在" in error and "U 盘" in error
    assert d.status.text() == error and d.backup_button.isEnabled()
    assert d.last_label.text() == "还没有备份过"


def test_a_server_database_is_not_backed_up_here(qtbot):
    server = Database(make_url("postgresql+psycopg://studio@db.example.org/studio"), None)
    d = _shown(qtbot, BackupSettingsDialog(BackupService(server)))
    assert d.backup_button is None
    assert any("pg_dump" in label.text() for label in d.findChildren(backup_dialogs.QLabel))


def _two_backups(local, backups, folder: Path) -> tuple[Path, Path]:
    backups.set_folder(folder)
    older = backups.backup_now(now=datetime(2026, 11, 20, 9, 0).astimezone()).path
    local.members.create(MemberInput(name="王五", phone="13700001111"))
    newer = backups.backup_now(now=datetime(2026, 11, 23, 17, 30).astimezone()).path
    return older, newer


def test_restore_offers_the_newest_backup_and_returns_it_after_confirming(
    qtbot, local, backups, usb, wait_background, answers
):
    older, newer = _two_backups(local, backups, usb)
    d = _shown(qtbot, RestoreDialog(sqlite_path(local.db.url), backups.folder()))
    wait_background()

    assert d.model.rowCount() == 2 and d.model.row_at(0).path == newer
    assert d.report is not None and d.report.path == newer
    text = d.report_label.text()
    assert "备份时间：2026-11-23 17:30:00" in text and "委员 3" in text
    assert "完整性检查：通过" in text and d.restore_button.isEnabled()

    d.view.selectRow(1)  # the older one
    wait_background()
    assert d.report.path == older and "委员 2" in d.report_label.text()

    answers.confirm = False
    qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    assert d.chosen is None and d.isVisible()
    answers.confirm = True
    qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    assert d.chosen == older and d.result() == RestoreDialog.DialogCode.Accepted.value
    assert "2026-11-20 09:00:00" in answers.texts("confirm")[-1]


def test_a_bad_file_is_refused_with_its_reason(
    qtbot, local, backups, usb, tmp_path, answers, wait_background
):
    bad = tmp_path / "坏的.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    answers.open_path = bad
    d = _shown(qtbot, RestoreDialog(sqlite_path(local.db.url), usb, problem="文件已损坏"))
    assert d.empty_note.isVisible() and not d.restore_button.isEnabled()
    assert any(
        "数据库打不开：文件已损坏" in x.text() for x in d.findChildren(backup_dialogs.QLabel)
    )

    d.choose_file()
    wait_background()

    assert d.file_label.text() == "这个文件不能用于恢复："
    assert "不是有效的数据库文件" in d.report_label.text()
    assert not d.restore_button.isEnabled() and d.report is None


def test_run_restore_closes_restores_and_reopens(
    qtbot, local, backups, usb, wait_background, answers
):
    older, _newer = _two_backups(local, backups, usb)
    window = QWidget()
    qtbot.addWidget(window)
    got: list[Reopened] = []

    run_restore(window, local, older, got.append)
    wait_background()

    (reopened,) = got
    assert reopened.error is None
    assert reopened.services.members.count(MemberQuery()) == 2
    (info,) = answers.texts("info")
    assert "已从备份恢复（2026-11-20 09:00:00 的备份）" in info and "before-restore" in info
    reopened.services.db.close()


def test_auto_backup_once_a_day_and_on_close(qtbot, backups, usb, answers):
    backups.set_folder(usb)
    window = QWidget()
    qtbot.addWidget(window)
    auto = AutoBackup(window, backups)
    made, failed = [], []
    auto.made.connect(made.append)
    auto.failed.connect(failed.append)

    auto.start()
    qtbot.waitUntil(lambda: bool(made) and not auto.busy, timeout=10_000)
    auto.check()  # made today already: nothing to do
    assert not auto.busy and len(made) == 1 and failed == [] and auto.timer.isActive()
    assert answers.said == []  # no dialog, no message box: the desk is not interrupted

    assert auto.on_close() is None and not auto.timer.isActive()
    assert len(list(usb.iterdir())) == 1  # today's backup replaced by the newer one

    backups.set_folder(usb.parent.parent / "拔掉的U盘" / "备份")
    assert "不存在" in auto.on_close()


def test_auto_backup_without_the_usb_stick_reports_for_the_status_bar(
    qtbot, backups, tmp_path, answers
):
    backups.set_folder(tmp_path / "拔掉的U盘" / "备份")
    window = QWidget()
    qtbot.addWidget(window)
    auto = AutoBackup(window, backups)
    failed = []
    auto.failed.connect(failed.append)

    auto.check()
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)

    assert "不存在" in failed[0] and answers.said == []
    assert backups.is_due()  # the next check tries again
