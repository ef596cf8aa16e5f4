"""Starting the window: the log, the Qt application (language, fonts, icon), the database or
the first-run wizard, the window, and the dialog for an unexpected error."""

from __future__ import annotations

import gc
import logging
import sys

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QThreadPool
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from studio_app import APP_NAME, __version__
from studio_app.base import resources
from studio_app.base.errors import DatabaseError, DatabaseFault, FaultKind, StudioError
from studio_app.logs import start_log_file
from studio_app.ui import language as ui_language
from studio_app.ui.error_dialog import show_unexpected
from studio_app.ui.gui_thread_gc import collect_on_gui_thread
from studio_app.ui.main_window import MainWindow

log = logging.getLogger("studio_app.ui")

# Fonts that cover CJK Unified Ideographs and Extension A (rare names such as 䶮); Hanazono
# adds Extension B (𠮷). Tried in order after the system's default family.
LINUX_CJK_FONTS = ("WenQuanYi Zen Hei", "Droid Sans Fallback", "HanaMinA", "HanaMinB")
WINDOWS_CJK_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "SimSun", "SimSun-ExtB")
ICONS = resources.folder("icons")


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


def application_icon() -> QIcon:
    """The tile of ``resources/icons`` at every size drawn for it (sharp on high-DPI screens)."""
    icon = QIcon()
    for path in sorted(ICONS.glob("studio-app-*.png")):
        icon.addFile(str(path))
    return icon


def setup_application(app: QApplication, language: str | None = None) -> None:
    """Names, the interface language (the saved one unless given) with Qt's own texts, fonts,
    and the core's ``tr`` hook."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    ui_language.install(app, language or ui_language.saved_language())
    app.setApplicationDisplayName(_t("委员工作室助手"))
    app.setWindowIcon(application_icon())
    app.setFont(cjk_font(app.font()))
    collect_on_gui_thread(app)  # never in a worker thread: it would destroy the GUI's objects


def _starts_afresh(place, error: DatabaseError) -> bool:
    """Whether the first-run wizard may follow a database that could not be opened: the
    default one (not named by --db) that is missing or empty, when no backup was restored."""
    return (
        not place.explicit
        and isinstance(error, DatabaseFault)
        and error.kind in (FaultKind.MISSING, FaultKind.EMPTY)
    )


def _offer_backup(window, place, error: DatabaseError):
    """The database cannot be opened (damaged, empty, missing, not a database, too new, a
    fault of the disk): say why, and offer its newest backup; the file itself is never
    overwritten without the user's yes (a copy of it is kept by the restore). Returns the
    services over the database opened, or None."""
    from studio_app.opening import restore_newest
    from studio_app.ui.backup_dialogs import RestoreDialog

    if place.newest_backup() is None:
        text = str(error)
        if _starts_afresh(place, error):
            text += _t("没有找到它的备份。接下来请用首次使用向导重新设置工作室。")
        QMessageBox.critical(window, _t("无法打开数据库"), text)
        return None
    dialog = RestoreDialog(place.sqlite_file, place.backup_folder(), window, problem=str(error))
    if not dialog.exec() or dialog.chosen is None:
        return None
    try:
        return restore_newest(place, dialog.chosen)
    except StudioError as exc:  # the backup is damaged too: nothing was replaced
        QMessageBox.critical(window, _t("无法从备份恢复"), str(exc))
        return None


def _signed_in(window, services) -> bool:
    """When logins are set up, the login dialog: False (and the database closed) if the
    user gave up."""
    if not services.access.enabled():
        return True
    from studio_app.ui.login_dialogs import LoginDialog

    login = LoginDialog(services.access, window)
    if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
        services.db.close()
        return False
    services.current_user = login.user
    return True


def run_gui(db_arg: str | None) -> int:
    """Open the database at ``db_arg`` (path or URL; default location if None) in the window;
    with none and no database yet, the first-run wizard sets one up."""
    log_path = start_log_file()
    log.info("studio-app %s starting (log %s)", __version__, log_path)
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough  # 125 % and 150 % screens stay sharp
        )
        app = QApplication(sys.argv)
    setup_application(app)
    # Paint the frame first: the data layers (SQLAlchemy, the models) take ~0.4 s to import.
    window = MainWindow()
    window.show()
    app.processEvents()
    from studio_app.opening import locate, open_place
    from studio_app.ui.first_run_wizard import FirstRunWizard

    place = locate(db_arg)
    services = None
    # A default database that is gone while its backups are there is offered back, not
    # replaced by the first-run wizard's new one.
    if place.explicit or place.exists or place.newest_backup() is not None:
        try:
            services = open_place(place)
        except DatabaseError as exc:
            services = _offer_backup(window, place, exc)
            if services is None and not _starts_afresh(place, exc):
                return 1
    server = place.sqlite_file is None and not place.explicit  # connected to in the wizard
    if services is not None:
        if not _signed_in(window, services):  # login is set up: nothing shows before it
            return 0
        if not place.explicit and not server and services.studios.default() is None:
            services.db.close()  # an earlier first run stopped early: its folder may be chosen again
            services = None
    if services is None or services.studios.default() is None:
        wizard = FirstRunWizard(services, place, window)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        services = wizard.services
        if not accepted:
            if services is not None:
                services.db.close()
            return 0
        if wizard.server:  # connected to the county's server: its users sign in
            if not _signed_in(window, services):
                return 0
            if services.studios.default() is None:  # just set up: the wizard makes its studio
                wizard = FirstRunWizard(services, wizard.place, window)
                if wizard.exec() != QDialog.DialogCode.Accepted:
                    services.db.close()
                    return 0
    db = services.db
    window.attach(services)
    window.start_auto_backup()
    window.start_idle_lock()
    # What start-up built lives as long as the window: keep it out of every later garbage
    # collection, whose pauses would otherwise show up as slow keystrokes in a search box.
    gc.collect()
    gc.freeze()
    previous_hook = sys.excepthook
    sys.excepthook = show_unexpected
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        QThreadPool.globalInstance().waitForDone()
        db.close()
    if window.restart_requested:
        restart()
    return code


def restart() -> None:
    """Start the program again with the same arguments (after the window closed)."""
    if getattr(sys, "frozen", False):  # the installed bundle: the executable is the program
        program, arguments = sys.executable, sys.argv[1:]
    else:
        program, arguments = sys.executable, ["-m", "studio_app", *sys.argv[1:]]
    if not QProcess.startDetached(program, arguments):
        log.error("could not restart %s %s", program, arguments)
