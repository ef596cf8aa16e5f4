"""Faults as the window shows them: a database that is gone, empty or mistyped offers its
newest backup instead of the first-run wizard; a fault a page did not catch is a Chinese
message, not the bug dialog; the bug dialog's 复制详情 holds no phone, ID number or name; the
retention clean-up and the backup dialog say how long copies of the data last."""

from __future__ import annotations

import shutil
import sys

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy.exc import IntegrityError

from studio_app.base.errors import DatabaseFault, FaultKind
from studio_app.base.keeping import ASIDE_KEEP_DAYS, ASIDE_KEEP_LAST
from studio_app.storage import database
from studio_app.storage.backups.service import BackupService
from studio_app.storage.migrate import open_database
from studio_app.ui import app as app_module
from studio_app.ui import error_dialog
from studio_app.ui.backup_dialogs import BackupSettingsDialog, RestoreDialog
from studio_app.ui.error_dialog import UnexpectedErrorDialog
from studio_app.ui.first_run_wizard import FirstRunWizard
from studio_app.ui.retention_dialog import RetentionDialog

PHONE, ID_NUMBER, NAME = "13912345678", "110101199003074514", "王秀英"


def _problem(dialog: RestoreDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


@pytest.fixture
def default_place(tmp_path, monkeypatch, sqlite_template):
    """The platform's data folder in ``tmp_path``, with one backup of an (empty) database."""
    folder = tmp_path / "data"
    monkeypatch.setattr(database, "data_dir", lambda: folder)
    (folder / "backups").mkdir(parents=True)
    backup = folder / "backups" / "studio-20260101-090000.sqlite3"
    shutil.copyfile(sqlite_template, backup)
    return folder / "studio.sqlite3", backup


@pytest.fixture
def critical(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text, *_a: shown.append((title, text))
    )
    return shown


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_vanished_database_offers_its_backup_before_the_wizard(
    qapp, default_place, when_modal, restore_app_setup
):
    path, _backup = default_place
    order: list[str] = []

    def declined(dialog: RestoreDialog) -> None:
        order.append("restore: " + _problem(dialog))
        dialog.reject()

    when_modal(RestoreDialog, declined)
    when_modal(FirstRunWizard, lambda wizard: order.append("wizard") or wizard.reject())
    assert app_module.run_gui(None) == 0
    assert len(order) == 2 and order[1] == "wizard"
    assert order[0].startswith("restore: ") and "找不到数据库文件" in order[0]
    assert not path.exists()  # nothing made behind the user's back


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_an_empty_database_is_restored_from_its_backup(
    qtbot, qapp, default_place, when_modal, wait_background, answers, restore_app_setup
):
    path, backup = default_place
    path.write_bytes(b"")

    def accept(dialog: RestoreDialog) -> None:
        assert "是空的（0 字节）" in _problem(dialog)
        wait_background()
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10_000)
        answers.confirm = True
        dialog.restore_button.click()

    seen = when_modal(RestoreDialog, accept)
    when_modal(FirstRunWizard, lambda wizard: wizard.reject())  # the backup has no studio yet
    assert app_module.run_gui(None) == 0
    assert seen
    assert path.stat().st_size == backup.stat().st_size  # the backup, not a new database
    (kept,) = (path.parent / "before-restore").iterdir()
    assert kept.stat().st_size <= 4096  # the empty file, kept aside (as an empty database)


def test_a_mistyped_database_is_said_and_not_created(qapp, tmp_path, critical, restore_app_setup):
    mistyped = tmp_path / "studoi.sqlite3"
    assert app_module.run_gui(str(mistyped)) == 1
    assert critical[0][0] == "无法打开数据库" and "找不到数据库文件" in critical[0][1]
    assert not mistyped.exists()


def _raw_error() -> IntegrityError:
    """A driver error as SQLAlchemy raises it without ``hide_parameters``, quoting a row."""
    orig = Exception(
        'null value in column "kind" violates not-null constraint\n'
        f"DETAIL:  Failing row contains ({NAME}, {PHONE}, {ID_NUMBER})."
    )
    return IntegrityError("INSERT INTO household VALUES (?, ?, ?)", (NAME, PHONE, ID_NUMBER), orig)


def test_the_details_to_copy_hold_no_personal_data(qtbot, monkeypatch):
    shown: list[UnexpectedErrorDialog] = []
    monkeypatch.setattr(UnexpectedErrorDialog, "exec", lambda self: shown.append(self) or 0)
    raw = _raw_error()
    assert PHONE in str(raw) and NAME in str(raw)  # what would have been copied
    try:
        raise raw
    except IntegrityError:
        error_dialog.show_unexpected(*sys.exc_info())
    (dialog,) = shown
    body = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for text in (dialog.text, body):
        assert PHONE not in text and ID_NUMBER not in text and NAME not in text
    assert "IntegrityError" in dialog.text  # still useful to support


def test_a_fault_no_page_caught_is_said_in_chinese(qtbot, monkeypatch, answers):
    monkeypatch.setattr(UnexpectedErrorDialog, "exec", lambda self: pytest.fail("shown as a bug"))
    fault = DatabaseFault(FaultKind.DISK_FULL, "数据库所在的磁盘已满，这次没有保存。")
    try:
        raise fault
    except DatabaseFault:
        error_dialog.show_unexpected(*sys.exc_info())
    assert answers.texts("error") == ["数据库所在的磁盘已满，这次没有保存。"]


def test_the_retention_clean_up_says_what_it_does_not_reach(qtbot, services):
    dialog = RetentionDialog(services, None)
    qtbot.addWidget(dialog)
    text = dialog.copies.text()
    assert "不改已有的备份" in text and "before-restore" in text
    assert f"保留 {ASIDE_KEEP_DAYS} 天" in text and f"最近 {ASIDE_KEEP_LAST} 份" in text


def test_the_backup_dialog_says_how_long_the_copies_aside_are_kept(qtbot, tmp_path):
    local = open_database(tmp_path / "studio.sqlite3")
    dialog = BackupSettingsDialog(BackupService(local))
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "before-restore" in texts and f"保留 {ASIDE_KEEP_DAYS} 天" in texts
    assert "只有本机的这个账户能读取" in texts
    local.close()
