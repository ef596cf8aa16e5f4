"""备份设置 and 从备份恢复: the backup folder, 立即备份, choosing and verifying a backup.

``BackupSettingsDialog`` picks the folder (a USB stick is typical), shows the last backup and
runs 立即备份 off the GUI thread. ``RestoreDialog`` lists the backups in the folder (newest
first, selected), verifies the chosen one off the GUI thread and shows what it holds; after the
user confirms it returns the file in ``chosen``: the caller closes its database and restores
(``run_restore`` does it in the background through ``opening.restore_and_reopen``).
It needs no open database, so it can be offered when the database cannot be opened.
``AutoBackup`` is the daily and on-close backup for the main window.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.base.keeping import (
    ASIDE_KEEP_DAYS,
    ASIDE_KEEP_LAST,
    BACKUP_KEEP_DAYS,
    BACKUP_KEEP_MONTHS,
)
from studio_app.opening import Reopened, restore_and_reopen
from studio_app.storage.backups.check import BackupReport, verify
from studio_app.storage.backups.files import (
    BackupInfo,
    format_size,
    format_time,
    list_backups,
    server_backup_message,
)
from studio_app.storage.backups.service import BackupService
from studio_app.ui import file_dialogs, messages, screen_fit
from studio_app.ui.background import BackgroundOp
from studio_app.ui.form_fields import ERROR_STYLE
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row

log = logging.getLogger("studio_app.ui")
NOTE_STYLE = "color: #555;"
OK_STYLE = "color: #1e7b34;"
AUTO_CHECK_MS = 60 * 60 * 1000  # while the window is open, look once an hour whether one is due


def _t(text: str) -> str:
    return QCoreApplication.translate("BackupDialogs", text)


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """Choose a folder (tests replace this function, as they do ``file_dialogs``)."""
    path = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(path) if path else None


def _wrapped(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class BackupSettingsDialog(QDialog):
    """The backup folder, the last backup, and 立即备份.

    Attributes:
        last: the backup 立即备份 made while the dialog was open, if any.
    """

    def __init__(
        self,
        backups: BackupService,
        parent=None,
        backup_now: Callable[[], BackupInfo] | None = None,
    ):
        super().__init__(parent)
        self.backups = backups
        self._backup_now = backup_now or backups.backup_now  # the window's: checked and logged
        self.last: BackupInfo | None = None
        self.setWindowTitle(self.tr("备份设置"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        if not backups.available:
            layout.addWidget(_wrapped(server_backup_message()))
            layout.addWidget(close)
            self.folder_edit = self.backup_button = None
            return

        intro = _wrapped(
            self.tr("每天第一次使用时和关闭程序时，程序自动把数据库备份到下面的文件夹，"
                    "保留最近 {days} 天每天一份、最近 {months} 个月每月一份。建议选择 U 盘或移动硬盘上的文件夹："
                    "电脑坏了，备份还在。U 盘没有插上时不会出错，下次会再试。").format(
                days=BACKUP_KEEP_DAYS, months=BACKUP_KEEP_MONTHS)
        )  # fmt: skip
        asides = _wrapped(
            self.tr("恢复备份和升级程序之前，当时的数据库另存在数据库旁的 before-restore 和 before-upgrade "
                    "文件夹中，保留 {days} 天，并始终保留最近 {last} 份，更早的在打开程序时自动删除。"
                    "备份和这些副本只有本机的这个账户能读取。").format(
                days=ASIDE_KEEP_DAYS, last=ASIDE_KEEP_LAST),
            NOTE_STYLE,
        )  # fmt: skip
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        choose = QPushButton(self.tr("选择文件夹…"))
        choose.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("恢复默认"))
        self.default_button.setToolTip(self.tr("数据库所在文件夹中的 backups 文件夹"))
        self.default_button.clicked.connect(lambda: self._set_folder(None))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        row.addWidget(self.default_button)
        folder_box = QWidget()
        folder_box.setLayout(row)
        self.folder_note = _wrapped(style=NOTE_STYLE)
        self.last_label = _wrapped()
        self.folder_state = _wrapped()
        self.status = _wrapped()
        self.status.hide()
        form = QFormLayout()
        form.addRow(self.tr("备份文件夹"), folder_box)
        facts = QFormLayout()  # below the note: a wrapped label inside a form row gets cut off
        facts.addRow(self.tr("上次备份"), self.last_label)
        facts.addRow(self.tr("文件夹中"), self.folder_state)

        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.backup_now)
        close.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(intro)
        layout.addWidget(asides)
        layout.addLayout(form)
        layout.addWidget(self.folder_note)
        layout.addLayout(facts)
        layout.addWidget(self.status)
        layout.addStretch()
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        folder = self.backups.folder()
        self.folder_edit.setText(str(folder))
        default = self.backups.folder_is_default()
        self.default_button.setEnabled(not default)
        self.folder_note.setText(
            self.tr("现在用的是默认位置：数据库旁的文件夹，和数据库在同一块磁盘上，电脑损坏时会一起丢失。"
                    "建议选择 U 盘上的文件夹。") if default else
            self.tr("可以是 U 盘上的文件夹；换一台电脑时，在那台电脑上也选择这个文件夹。")
        )  # fmt: skip
        place = self.backups.last_backup()
        self.last_label.setText(
            self.tr("{time}，备份到 {path}").format(
                time=format_time(place.last_backup), path=place.last_path or ""
            )
            if place.last_backup
            else self.tr("还没有备份过")
        )
        if folder.is_dir():
            found = list_backups(folder)
            self.folder_state.setText(
                self.tr("共 %n 份备份，最新的是 {time}", None, len(found)).format(
                    time=format_time(found[0].taken_at)
                )
                if found
                else self.tr("还没有备份")
            )
            self.folder_state.setStyleSheet("")
        else:
            self.folder_state.setText(
                self.tr("文件夹现在不存在（U 盘没有插上？）。插上后再备份即可。")
            )
            self.folder_state.setStyleSheet(ERROR_STYLE)

    def choose_folder(self) -> None:
        folder = ask_folder(self, self.tr("选择备份文件夹"), self.backups.folder())
        if folder is not None:
            self._set_folder(folder)

    def _set_folder(self, folder: Path | None) -> None:
        try:
            self.backups.set_folder(folder)
        except StudioError as exc:
            messages.show_error(self, exc)
        self.status.hide()
        self.refresh()

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        (
            BackgroundOp(self, self.tr("正在备份数据库…"), self._backup_now)
            .success(self._backed_up)
            .failure(self._failed)
            .run()
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self.last = info
        self.backup_button.setEnabled(True)
        self.refresh()
        self.status.setText(
            self.tr("已备份到 {path}（{size}）。").format(
                path=info.path, size=format_size(info.size)
            )
        )
        self.status.setStyleSheet(OK_STYLE)
        self.status.show()

    def _failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.refresh()
        self.status.setText(messages.error_text(error))
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.show()
        messages.show_error(self, error, self.tr("备份没有完成"))


class RestoreDialog(QDialog):
    """Choose a backup, see what it holds (verified off the GUI thread), confirm.

    Attributes:
        chosen: the backup file to restore, once the user confirmed (else None).
        report: what the verification found in it.
    """

    def __init__(
        self, db_path: Path, folder: Path | None, parent=None, *, problem: str = ""
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.folder = folder
        self.chosen: Path | None = None
        self.report: BackupReport | None = None
        self._candidate: Path | None = None
        self.setWindowTitle(self.tr("从备份恢复"))
        screen_fit.fit_size(self, 720, 520)
        t = self.tr

        layout = QVBoxLayout(self)
        if problem:
            layout.addWidget(
                _wrapped(t("数据库打不开：{problem}").format(problem=problem), ERROR_STYLE)
            )
        layout.addWidget(
            _wrapped(
                t("备份文件夹：{folder}").format(folder=folder) if folder else t("没有设置备份文件夹。")
            )
        )  # fmt: skip
        fields = [
            Field(t("备份时间"), lambda b: format_time(b.taken_at), 170),
            Field(t("大小"), lambda b: format_size(b.size), 90),
            Field(t("文件"), lambda b: b.path.name),
        ]
        self.model = RowsModel(fields, self)
        self.view = rows_view(self.model, fields)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._row_selected())
        self.empty_note = _wrapped(
            t("这个文件夹中还没有备份（或 U 盘没有插上）。可以点“选择其他备份文件…”。"), NOTE_STYLE
        )
        other = QPushButton(t("选择其他备份文件…"))
        other.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.empty_note, 1)
        row.addStretch()
        row.addWidget(other)

        self.file_label = _wrapped()
        self.report_label = _wrapped()
        self.report_label.setTextFormat(Qt.TextFormat.PlainText)
        warning = _wrapped(
            t("恢复时，当前数据库“{db}”会先另存一份到它旁边的 before-restore 文件夹，再用所选备份替换。"
              "备份之后录入的内容不在备份中。").format(db=self.db_path),
            NOTE_STYLE,
        )  # fmt: skip
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(t("恢复…"))
        self.restore_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(t("取消"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)

        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.file_label)
        layout.addWidget(self.report_label)
        layout.addStretch(0)  # takes the room of the list when there is none to show
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        found = list_backups(self.folder) if self.folder else []
        self.model.set_rows(found)
        self.empty_note.setVisible(not found)
        self.view.setVisible(bool(found))
        if found:
            self.view.selectRow(0)  # the newest: what the user most likely wants
        else:
            self._show_nothing()

    def _show_nothing(self) -> None:
        self.file_label.setText(self.tr("请选择一份备份。"))
        self.report_label.clear()
        self.restore_button.setEnabled(False)

    def _row_selected(self) -> None:
        backup = selected_row(self.view)
        if backup is not None:
            self.check(backup.path)

    def choose_file(self) -> None:
        path = file_dialogs.ask_open_file(
            self, self.tr("选择备份文件"), self.tr("数据库备份 (*.sqlite3 *.db);;所有文件 (*)")
        )
        if path is not None:
            self.view.clearSelection()
            self.check(path)

    def check(self, path: Path) -> None:
        """Verify ``path`` in the background; the report (or the problem) is shown after."""
        self._candidate = path
        self.report = None
        self.restore_button.setEnabled(False)
        self.file_label.setText(self.tr("正在核对：{path}").format(path=path))
        self.report_label.clear()
        (
            BackgroundOp(self, self.tr("正在核对备份…"), lambda: verify(path))
            .success(lambda report: self._verified(path, report))
            .failure(lambda error: self._refused(path, error))
            .run()
        )

    def _verified(self, path: Path, report: BackupReport) -> None:
        if path != self._candidate:  # another file was chosen meanwhile
            return
        self.report = report
        self.file_label.setText(self.tr("已核对，可以恢复："))
        self.file_label.setStyleSheet(OK_STYLE)
        self.report_label.setText("\n".join(report.summary_lines()))
        self.report_label.setStyleSheet("")
        self.restore_button.setEnabled(True)

    def _refused(self, path: Path, error: BaseException) -> None:
        if path != self._candidate:
            return
        self.file_label.setText(self.tr("这个文件不能用于恢复："))
        self.file_label.setStyleSheet(ERROR_STYLE)
        self.report_label.setText(messages.error_text(error))
        self.report_label.setStyleSheet(ERROR_STYLE)
        self.restore_button.setEnabled(False)

    def confirm(self) -> None:
        report = self.report
        if report is None:
            return
        text = self.tr(
            "用 {time} 的备份替换当前数据库？\n\n{summary}\n\n当前数据库会先另存到 before-restore 文件夹；"
            "现有的账户和操作日志保持不变，这次恢复会记入操作日志。"
        ).format(time=format_time(report.taken_at), summary="\n".join(report.summary_lines()[1:4]))
        if messages.confirm(self, self.tr("确认恢复"), text, self.tr("恢复")):
            self.chosen = report.path
            self.accept()


def run_restore(parent: QWidget, services, file: Path, done: Callable[[Reopened], None]) -> None:
    """Close the window's database, restore ``file``, reopen — off the GUI thread — then
    tell the user and call ``done`` with what is open now (``Reopened.services``)."""

    def finished(reopened: Reopened) -> None:
        if reopened.error is None:
            kept = reopened.result.kept
            messages.info(
                parent,
                _t("已从备份恢复（{time} 的备份）。").format(
                    time=format_time(reopened.result.report.taken_at)
                )
                + "\n\n" + reopened.result.carried.summary()
                + (_t("\n\n原来的数据库已另存为：\n{path}").format(path=kept) if kept else ""),
                _t("恢复完成"),
            )  # fmt: skip
        else:
            messages.show_error(parent, reopened.error, _t("没有恢复"))
        done(reopened)

    BackgroundOp(parent, _t("正在从备份恢复…"), lambda: restore_and_reopen(services, file)).success(
        finished
    ).run()


class AutoBackup(QObject):
    """The automatic backups of the main window: at most once a day while it runs (checked at
    start and then hourly) and whenever it closes.

    The daily one runs on a plain thread with no busy dialog: it must not interrupt the
    coordinator at the desk (the database stays usable meanwhile: the online backup reads a
    snapshot). A missing folder (USB stick not plugged in) is reported through ``failed``, for
    the status bar rather than a message box each hour, and the next check tries again.

    Signals:
        made(BackupInfo): a backup was made.
        failed(str): why the backup could not be made (Chinese).
    """

    made = Signal(object)
    failed = Signal(str)
    _finished = Signal(object, object)  # from the worker thread, queued to the GUI thread

    def __init__(self, window: QWidget, backups: BackupService):
        super().__init__(window)
        self.backups = backups
        self._thread: threading.Thread | None = None
        self._finished.connect(self._report)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        if self.backups.available:
            self.timer.start()
            QTimer.singleShot(0, self.check)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def check(self) -> None:
        """Start today's backup in the background if it is still to be made."""
        if self.busy or not self.backups.is_due():
            return
        self._thread = threading.Thread(target=self._work, name="studio-backup", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            info, error = self.backups.auto_backup(), None
        except BaseException as exc:  # reported on the GUI thread, never lost
            info, error = None, exc
        with contextlib.suppress(RuntimeError):  # the window is gone already
            self._finished.emit(info, error)

    def _report(self, info: BackupInfo | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, StudioError):
                log.error("automatic backup failed", exc_info=error)
            self.failed.emit(messages.error_text(error))
        elif info is not None:
            self.made.emit(info)

    def on_close(self) -> str | None:
        """The backup when the window closes, before it closes its database (waits for a
        daily backup still running). Returns the problem to show, or None."""
        self.timer.stop()
        if self._thread is not None:
            self._thread.join()
        try:
            self.backups.auto_backup(force=True)
        except StudioError as exc:
            return str(exc)
        except Exception:  # never keep the window from closing
            log.exception("backup on close failed")
            return self.tr("关闭时的自动备份没有完成。")
        return None
