"""Starting the window: the Qt application, Chinese text and fonts, the database, the window."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QThreadPool, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from studio_app import APP_NAME, APP_TITLE, __version__
from studio_app.core.errors import DatabaseError, StudioError
from studio_app.core.i18n import install_translator
from studio_app.ui.main_window import MainWindow

log = logging.getLogger("studio_app.ui")

# Fonts that cover CJK Unified Ideographs and Extension A (rare names such as 䶮); Hanazono
# adds Extension B (𠮷). Tried in order after the system's default family.
LINUX_CJK_FONTS = ("WenQuanYi Zen Hei", "Droid Sans Fallback", "HanaMinA", "HanaMinB")
WINDOWS_CJK_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "SimSun", "SimSun-ExtB")


def _t(text: str) -> str:
    return QCoreApplication.translate("app", text)


def cjk_font(base: QFont) -> QFont:
    """``base`` with CJK fallback families, so Chinese (rare characters too) never shows boxes."""
    preferred = WINDOWS_CJK_FONTS if sys.platform == "win32" else LINUX_CJK_FONTS
    available = set(QFontDatabase.families())
    present = [f for f in preferred if f in available]
    if not present:
        return base
    default = base.family()
    default_has_chinese = (
        QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(default)
    )
    # A default without Chinese (e.g. DejaVu Sans) would mix scripts badly: lead with a CJK font.
    families = [default, *present] if default_has_chinese else [*present, default]
    font = QFont(base)
    font.setFamilies(list(dict.fromkeys(families)))
    return font


def setup_application(app: QApplication) -> None:
    """Names, Chinese locale and Qt's own Chinese texts, fonts, and the core's ``tr`` hook."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_texts = QTranslator(app)
    if qt_texts.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_texts)  # 确定/取消 in Qt's own dialogs
    app.setFont(cjk_font(app.font()))
    install_translator(QCoreApplication.translate)


def _show_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Last resort for a bug: log the traceback, tell the user in Chinese, keep running."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    QMessageBox.critical(
        None,
        _t("出现意外错误"),
        _t(
            "程序出现了意外错误，刚才的操作可能没有完成。\n已保存的数据不受影响。请重试；如果反复出现，请联系技术支持。"
        ),
    )


def _offer_backup(window, db_arg: str | None, error: DatabaseError):
    """The database cannot be opened (damaged, not a database, too new): say why, and offer
    its newest backup; the file itself is never overwritten without the user's yes (a copy
    of it is kept by the restore). Returns the database opened, or None."""
    from studio_app.storage.backups import BackupSettings, newest_backup, restore
    from studio_app.storage.database import resolve_url, sqlite_path
    from studio_app.storage.migrate import open_database
    from studio_app.ui.backup_dialogs import RestoreDialog

    path = sqlite_path(resolve_url(db_arg))
    folder = BackupSettings().folder_for(path) if path is not None else None
    if path is None or newest_backup(folder) is None:
        QMessageBox.critical(window, _t("无法打开数据库"), str(error))
        return None
    dialog = RestoreDialog(path, folder, window, problem=str(error))
    if not dialog.exec() or dialog.chosen is None:
        return None
    try:
        restore(dialog.chosen, path)
        return open_database(path)
    except StudioError as exc:  # the backup is damaged too: nothing was replaced
        QMessageBox.critical(window, _t("无法从备份恢复"), str(exc))
        return None


def run_gui(db_arg: str | None) -> int:
    """Open the database at ``db_arg`` (path or URL; default location if None) in the window."""
    app = QApplication.instance() or QApplication(sys.argv)
    setup_application(app)
    # Paint the frame first: the data layers (SQLAlchemy, the models) take ~0.4 s to import.
    window = MainWindow()
    window.show()
    app.processEvents()
    from studio_app.core.services import Services
    from studio_app.storage.migrate import open_database
    from studio_app.ui.first_run_dialog import FirstRunDialog

    try:
        db = open_database(db_arg)
    except DatabaseError as exc:
        db = _offer_backup(window, db_arg, exc)
        if db is None:
            return 1
    services = Services(db)
    if services.access.enabled():  # login is set up: nothing shows before the password
        from studio_app.ui.login_dialogs import LoginDialog

        login = LoginDialog(services.access, window)
        if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
            db.close()
            return 0
        services.current_user = login.user
    if services.studios.default() is None:
        first_run = FirstRunDialog(services, window)
        if first_run.exec() != QDialog.DialogCode.Accepted:
            db.close()
            return 0
    window.attach(services)
    window.start_auto_backup()
    window.start_idle_lock()
    # What start-up built lives as long as the window: keep it out of every later garbage
    # collection, whose pauses would otherwise show up as slow keystrokes in a search box.
    gc.collect()
    gc.freeze()
    previous_hook = sys.excepthook
    sys.excepthook = _show_unexpected
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        QThreadPool.globalInstance().waitForDone()
        db.close()
