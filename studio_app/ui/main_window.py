"""The main window: navigation on the left, one page per feature, menus and a status bar."""

from __future__ import annotations

import html
import platform
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from studio_app import __version__
from studio_app.base.enums import Permission, RosterKind
from studio_app.base.errors import StudioError
from studio_app.ui import messages, screen_fit

if TYPE_CHECKING:
    from studio_app.core.services import Services
    from studio_app.ui.archive_page import ArchivePage
    from studio_app.ui.households_page import HouseholdsPage
    from studio_app.ui.meetings_page import MeetingsPage
    from studio_app.ui.member_record_page import MemberRecordPage
    from studio_app.ui.members_page import MembersPage
    from studio_app.ui.page import Page
    from studio_app.ui.proposals_page import ProposalsPage
    from studio_app.ui.reception_days_page import ReceptionDaysPage
    from studio_app.ui.reception_desk_page import ReceptionDeskPage
    from studio_app.ui.requests_page import RequestsPage
    from studio_app.ui.workbench_page import WorkbenchPage

GEOMETRY_KEY = "window/geometry"
PREFERRED_SIZE = QSize(1200, 760)
NAV_WIDTH = 140
NAV_STYLE = """
QListWidget { border: none; background: #f3f5f8; font-size: 15px; padding-top: 8px;
              outline: none; }
QListWidget::item { padding: 10px 18px; border: none; }
QListWidget::item:selected { background: #dce8f7; color: #1f4e8c; font-weight: bold; }
"""


class MainWindow(QMainWindow):
    """One window over one database.

    Attributes:
        pages: the pages built so far, in navigation order (工作台, 接待日, 接待登记, 诉求,
            会议纪要, 委员, 联户, 档案, 提案与社情民意); a page is built when first shown.
    """

    def __init__(self, services: Services | None = None, parent=None):
        """The frame (menus, navigation, status bar) at once; the pages once ``services`` are
        given here or to ``attach``, so the window can paint before the data layers load."""
        super().__init__(parent)
        self.services: Services | None = None
        self.restart_requested = False  # the language changed: run_gui starts the program again
        self._built: dict[int, Page] = {}
        self.setWindowTitle(self.tr("委员工作室助手"))
        self._place()

        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("正在打开数据库…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.location_label = QLabel()
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long folder is cut short, not the window widened (the tooltip has it whole)
        self.location_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counts_label = QLabel()
        self.studio_label = QLabel()  # which studio the window works in (or 全县)
        self.statusBar().addWidget(self.studio_label)
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._build_menus()
        self.menuBar().setEnabled(False)
        from studio_app.ui.studio_switcher import StudioSwitcher

        self.switcher = StudioSwitcher(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.switcher)
        self.switcher.hide()
        self.switcher.switched.connect(self._studio_switched)
        if services is not None:
            self.attach(services)

    def _place(self) -> None:
        """Where the coordinator left the window, brought inside this screen's work area (it
        may have been left on a bigger one); the first time, ``PREFERRED_SIZE`` where that
        fits, else maximised (1366×768 and 1024×768 screens)."""
        geometry = QSettings().value(GEOMETRY_KEY)
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty()
        if restored and self.restoreGeometry(geometry):
            screen_fit.keep_inside(self)
            return
        preferred = PREFERRED_SIZE
        screen_fit.fit_size(self, preferred.width(), preferred.height())
        if not screen_fit.fits(self, preferred.width(), preferred.height()):
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def attach(self, services: Services) -> None:
        """Over the open database: the navigation, the first page, the status bar. The other
        pages are built the first time they are shown, so the window is ready sooner."""
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self._build(services)

    def _update_title(self) -> None:
        """The studio the window works in (全县 in the county's view of several studios), and
        whether this is the demo database, in the title and the status bar. The system adds
        the program's name (the application's display name) after it, so it is not written
        here again."""
        from studio_app.opening import DataPlace

        studios = self.services.studios.list()
        if self.services.studio_id is None and len(studios) > 1:
            where = self.tr("全县（%n 个工作室）", "", len(studios))
        else:
            studio = self.services.studios.default()
            where = studio.name if studio is not None else ""
        self.studio_label.setText(self.tr("当前：{where}").format(where=where) if where else "")
        if DataPlace(self.services.db.url).is_demo:
            where += self.tr("（演示数据）")
        self.setWindowTitle(where)

    def _build(self, services: Services, row: int = 0) -> None:
        from studio_app.storage.backups.service import BackupService
        from studio_app.ui.studio_switcher import StudioSwitcher

        self.services = services
        self.backups = BackupService(services.db)
        self.switcher.setVisible(StudioSwitcher.wanted(services))
        if self.switcher.isVisibleTo(self):
            self.switcher.load(services)
        self._update_title()
        titles = self.page_titles()
        if self._county_page_wanted():
            titles.append(self.tr("全县概览"))
        for title in titles:
            self.nav.addItem(title)
            self.stack.addWidget(QWidget())  # the page's place until it is first shown
        # Wide enough for the longest title (English ones are longer than the Chinese).
        self.nav.setFixedWidth(max(NAV_WIDTH, self.nav.sizeHintForColumn(0) + 8))
        self.nav.currentRowChanged.connect(self._show_index, Qt.ConnectionType.UniqueConnection)
        self.nav.setCurrentRow(min(row, self.nav.count() - 1))
        self.location_label.setText(
            self.tr("数据位置：{where}").format(where=services.db.display_name)
        )
        self.location_label.setToolTip(self.location_label.text())
        self.update_counts()
        self.menuBar().setEnabled(True)

    def start_auto_backup(self) -> None:
        """The daily backup while the window runs, and one when it closes (run_gui starts it;
        the tests' windows do without)."""
        from studio_app.ui.backup_dialogs import AutoBackup

        self.auto_backup = AutoBackup(self, self.backups)
        self.auto_backup.made.connect(
            lambda info: self.statusBar().showMessage(
                self.tr("已自动备份到 {path}").format(path=info.path), 10_000
            )
        )
        self.auto_backup.failed.connect(
            lambda why: self.statusBar().showMessage(
                self.tr("自动备份没有完成：{why}").format(why=why)
            )
        )
        self.auto_backup.start()

    def closeEvent(self, event) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if 2 in self._built:  # the desk was opened: its intake page (扫码说事) closes too
            self.desk_page.shutdown()
        auto = getattr(self, "auto_backup", None)
        if auto is not None:
            problem = auto.on_close()
            if problem:
                messages.show_error(self, problem, self.tr("关闭时的自动备份"))
        super().closeEvent(event)

    def _backup_settings(self) -> None:
        from studio_app.opening import backup_now
        from studio_app.ui.backup_dialogs import BackupSettingsDialog

        if not self._allowed(Permission.BACKUP):
            return
        dialog = BackupSettingsDialog(self.backups, self, lambda: backup_now(self.services))
        dialog.exec()
        dialog.deleteLater()

    def _restore(self) -> None:
        from studio_app.ui.backup_dialogs import RestoreDialog, run_restore

        if not self._allowed(Permission.RESTORE):
            return
        if not self.backups.available:
            messages.show_error(self, self.tr("共用服务器上的数据库由服务器管理员备份和恢复。"))
            return
        dialog = RestoreDialog(self.backups.db_path, self.backups.folder(), self)
        chosen = dialog.chosen if dialog.exec() else None
        dialog.deleteLater()
        if chosen is None:
            return
        auto = getattr(self, "auto_backup", None)
        if auto is not None:
            auto.timer.stop()
            if auto._thread is not None:
                auto._thread.join()
        run_restore(self, self.services, chosen, self._reopened)

    def _reopened(self, reopened) -> None:
        """After a restore: every page rebuilt over the database open now."""
        if reopened.services is None:
            self.close()
            return
        self._drop_pages()
        self._build(reopened.services)
        auto = getattr(self, "auto_backup", None)
        if auto is not None:
            auto.backups = self.backups
            auto.start()

    def _drop_pages(self) -> None:
        """Every page and its navigation entry gone, to be built again over what is open."""
        self.nav.blockSignals(True)
        for index in range(self.stack.count() - 1, -1, -1):
            widget = self.stack.widget(index)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        self.nav.clear()
        self.nav.blockSignals(False)

    def _studio_switched(self) -> None:
        """Another studio (or 全县) was picked: every page is built again over it, so none
        keeps a record, a choice or a half-filled form of the studio left; the page on show
        stays the same page."""
        self._rebuild_pages()
        self.statusBar().showMessage(
            self.tr("已切换到：{where}").format(where=self.windowTitle()), 5_000
        )

    def _rebuild_pages(self) -> None:
        row = self.nav.currentRow()
        self._drop_pages()
        self._build(self.services, max(0, row))

    def page_titles(self) -> list[str]:
        t = self.tr
        return [t("工作台"), t("接待日"), t("接待登记"), t("诉求"), t("会议纪要"), t("委员"),
                t("联户"), t("档案"), t("提案与社情民意"), t("履职档案")]  # fmt: skip

    def _county_page_wanted(self) -> bool:
        """The 全县概览 page: for who may see it (the county's roles, or anyone before logins)
        where there is a county to see (the switcher is offered)."""
        from studio_app.ui.studio_switcher import StudioSwitcher

        return self._can(Permission.COUNTY_OVERVIEW) and StudioSwitcher.wanted(self.services)

    def _show_index(self, index: int) -> None:
        self.page_at(index)
        self.stack.setCurrentIndex(index)

    def page_at(self, index: int) -> Page:
        """The page at ``index`` of the navigation, built now if it was not yet."""
        if index not in self._built:
            page = self._make_page(index)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[index] = page
            page.recordsChanged.connect(lambda p=page: self._records_changed(p))
            if not self._can(Permission.EDIT):
                page.set_read_only(True)
        return self._built[index]

    def _make_page(self, index: int) -> Page:
        """Each page with the signals that hand the coordinator on to another page."""
        services = self.services
        if index == 0:
            from studio_app.ui.workbench_page import WorkbenchPage

            page = WorkbenchPage(services)
            page.requestRequested.connect(self.open_request)
            page.dayRequested.connect(self.open_day)
            page.deskRequested.connect(self.open_desk)
        elif index == 1:
            from studio_app.ui.reception_days_page import ReceptionDaysPage

            page = ReceptionDaysPage(services)
            page.requestRequested.connect(self.open_request)
            page.deskRequested.connect(self.open_desk)
        elif index == 2:
            from studio_app.ui.reception_desk_page import ReceptionDeskPage

            page = ReceptionDeskPage(services)
            page.requestRequested.connect(self.open_request)
        elif index == 3:
            from studio_app.ui.requests_page import RequestsPage

            page = RequestsPage(services)
            page.deskRequested.connect(lambda: self.open_desk(None))
            page.proposalRequested.connect(self.open_proposal)
        elif index == 4:
            from studio_app.ui.meetings_page import MeetingsPage

            page = MeetingsPage(services)
            page.minutesRequested.connect(self._print_minutes)
            page.requestRequested.connect(self.open_request)
        elif index == 5:
            from studio_app.ui.members_page import MembersPage

            page = MembersPage(services)
            page.recordRequested.connect(self.open_member_record)
        elif index == 6:
            from studio_app.ui.households_page import HouseholdsPage

            page = HouseholdsPage(services)
        elif index == 7:
            from studio_app.ui.archive_page import ArchivePage

            page = ArchivePage(services)
        elif index == 8:
            from studio_app.ui.proposals_page import ProposalsPage

            page = ProposalsPage(services)
            page.requestActivated.connect(self.open_request)
        elif index == 9:
            from studio_app.ui.member_record_page import MemberRecordPage

            page = MemberRecordPage(services)
        else:
            from studio_app.ui.county_page import CountyPage

            page = CountyPage(services)
        return page

    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in navigation order."""
        return [self._built[i] for i in sorted(self._built)]

    @property
    def workbench_page(self) -> WorkbenchPage:
        return self.page_at(0)

    @property
    def reception_days_page(self) -> ReceptionDaysPage:
        return self.page_at(1)

    @property
    def desk_page(self) -> ReceptionDeskPage:
        return self.page_at(2)

    @property
    def requests_page(self) -> RequestsPage:
        return self.page_at(3)

    @property
    def meetings_page(self) -> MeetingsPage:
        return self.page_at(4)

    @property
    def members_page(self) -> MembersPage:
        return self.page_at(5)

    @property
    def households_page(self) -> HouseholdsPage:
        return self.page_at(6)

    @property
    def archive_page(self) -> ArchivePage:
        return self.page_at(7)

    @property
    def proposals_page(self) -> ProposalsPage:
        return self.page_at(8)

    def open_proposal(self, item_id) -> None:
        self.show_page(self.proposals_page)
        self.proposals_page.show_item(item_id)

    @property
    def member_record_page(self) -> MemberRecordPage:
        return self.page_at(9)

    @property
    def county_page(self):
        """全县概览 (only where ``_county_page_wanted``)."""
        return self.page_at(10)

    def open_member_record(self, member_id) -> None:
        self.show_page(self.member_record_page)
        self.member_record_page.show_member(member_id)

    def open_request(self, request_id) -> None:
        self.show_page(self.requests_page)
        self.requests_page.show_request(request_id)

    def open_day(self, day_id) -> None:
        self.show_page(self.reception_days_page)
        day = self.services.reception_days.get(day_id)
        self.reception_days_page.year.setValue(day.held_on.year)
        self.reception_days_page.reload_days(day_id)

    def open_desk(self, day_id) -> None:
        self.show_page(self.desk_page)
        if day_id is not None:
            self.desk_page.open_day(day_id)
        else:
            self.desk_page.name.setFocus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self._add(file_menu, self.tr("导入委员名册…"), lambda: self._import(self.members_page))
        self._add(file_menu, self.tr("导入联户名册…"), lambda: self._import(self.households_page))
        templates = file_menu.addMenu(self.tr("下载导入模板"))
        self._add(templates, self.tr("委员名册模板…"), lambda: self._template(RosterKind.MEMBERS))
        self._add(
            templates, self.tr("联户名册模板…"), lambda: self._template(RosterKind.HOUSEHOLDS)
        )
        self._add(file_menu, self.tr("导出当前列表…"), self._export_list, QKeySequence("Ctrl+E"))
        file_menu.addSeparator()
        self._add(file_menu, self.tr("备份（立即备份、备份位置）…"), self._backup_settings)
        self._add(file_menu, self.tr("从备份恢复…"), self._restore)
        file_menu.addSeparator()
        # 外出工作包 (issue 21): the office takes a studio out and brings it back; the laptop
        # opens the package and makes the return file.
        self._add(file_menu, self.tr("外出工作包…"), lambda: self._field("check_out"))
        self._add(file_menu, self.tr("导入带回文件…"), lambda: self._field("import_return"))
        self._add(file_menu, self.tr("冲突列表…"), lambda: self._field("conflicts"))
        self._add(file_menu, self.tr("打开工作包…"), self._open_package)
        self._add(file_menu, self.tr("生成带回文件…"), lambda: self._field("make_return"))
        file_menu.addSeparator()
        self._add(file_menu, self.tr("退出"), self.close, QKeySequence("Ctrl+Q"))
        print_menu = self.menuBar().addMenu(self.tr("打印(&P)"))
        self._add(print_menu, self.tr("最近一次会议纪要…"), lambda: self._print_minutes(None))
        self._add(print_menu, self.tr("最近一次接待日登记表…"), self._print_latest_day)
        print_menu.addSeparator()
        self._add(print_menu, self.tr("扫码找委员海报（A4）…"), lambda: self._print_poster("A4"))
        self._add(print_menu, self.tr("扫码找委员海报（A3）…"), lambda: self._print_poster("A3"))
        print_menu.addSeparator()
        hint = print_menu.addAction(
            self.tr("受理回执、登记表、联系卡：在诉求、接待日、委员页选中后打印")
        )
        hint.setEnabled(False)
        settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        self._add(settings_menu, self.tr("工作室信息…"), self._edit_studio)
        self._add(settings_menu, self.tr("办理时限…"), self._edit_deadlines)
        self._add(settings_menu, self.tr("诉求类别…"), self._edit_categories)
        self._add(settings_menu, self.tr("近义词…"), self._edit_own_words)
        self._add(settings_menu, self.tr("节假日与调休…"), self._edit_calendar)
        self._add(settings_menu, self.tr("打印设置…"), self._edit_printing)
        self._add(settings_menu, self.tr("履职积分办法…"), self._edit_points_scheme)
        settings_menu.addSeparator()
        access_menu = settings_menu.addMenu(self.tr("用户与权限"))
        self._add(access_menu, self.tr("开启登录…"), self._set_up_login)
        self._add(access_menu, self.tr("用户管理…"), self._users)
        self._add(access_menu, self.tr("修改我的密码…"), self._change_password)
        self._add(access_menu, self.tr("锁定窗口"), self._lock_now, QKeySequence("Ctrl+L"))
        access_menu.addSeparator()
        self._add(access_menu, self.tr("操作日志…"), self._audit_log)
        self._add(access_menu, self.tr("清理旧的来访群众信息…"), self._retention)
        settings_menu.addSeparator()
        self._language_menu(settings_menu)
        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        for index, title in enumerate(self.page_titles()):
            key = QKeySequence(f"Ctrl+{(index + 1) % 10}")  # the tenth page: Ctrl+0
            self._add(view_menu, title, lambda i=index: self._go_to(i), key)
        view_menu.addSeparator()
        self._add(view_menu, self.tr("刷新"), self._refresh_page, QKeySequence.StandardKey.Refresh)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self._add(
            help_menu, self.tr("用户手册"), self._guide, QKeySequence.StandardKey.HelpContents
        )
        help_menu.addSeparator()
        self._add(help_menu, self.tr("打开数据文件夹"), self._open_data_folder)
        self._add(help_menu, self.tr("打开日志文件夹"), self._open_log_folder)
        help_menu.addSeparator()
        self._add(help_menu, self.tr("关于"), self.about)

    def _language_menu(self, menu) -> None:
        """中文 / English: each named in itself, so it can be found whichever is showing."""
        from PySide6.QtGui import QActionGroup

        from studio_app.ui import language

        languages = menu.addMenu(self.tr("界面语言") + " / Language")
        group = QActionGroup(languages)
        current = language.saved_language()
        for code, name in language.LANGUAGES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self._switch_language(action.data()))

    def _switch_language(self, code: str) -> None:
        from studio_app.ui import language

        if code == language.saved_language():
            return
        language.save_language(code)
        # Asked in both languages: the new one is not installed until the restart.
        answer = QMessageBox.question(
            self,
            "界面语言 / Language",
            "界面语言将在重新打开程序后切换。现在重新打开吗？\n"
            "The new language applies when the program restarts. Restart now?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested = True
            self.close()

    def _go_to(self, index: int) -> None:
        if self.services is not None:
            self.nav.setCurrentRow(index)

    def refresh_page(self) -> None:
        self._refresh_page()

    def _field(self, act: str) -> None:
        # Loaded when first used: the field package's modules read the database (SQLAlchemy),
        # which the window's frame must not wait for.
        from studio_app.ui import field_dialogs

        getattr(field_dialogs, act)(self)

    def _open_package(self) -> None:
        """打开工作包… on the laptop: the package becomes this PC's database (remembered for the
        next start), the window switches to it, and its user signs in if logins are on."""
        from studio_app.opening import open_field_package
        from studio_app.ui import field_dialogs
        from studio_app.ui.login_dialogs import LoginDialog

        # On the office PC this would be a mistake: the window (and the next start) would
        # work in the package, not in the office's data, which stays where it is.
        if self.services.field.laptop_package() is None and not messages.confirm(
            self, self.tr("打开工作包"),
            self.tr("打开工作包以后，这台电脑改用工作包里的数据（下次启动也是），现在的数据库“{db}”原样保留。"
                    "工作包是在下乡用的笔记本上打开的；这台是办公室的电脑时，请不要打开。").format(
                db=self.services.db.display_name),
            self.tr("在这台电脑上打开"),
        ):  # fmt: skip
            return
        dialog = field_dialogs.ask_package(self)
        if dialog is None:
            return
        try:
            opened = open_field_package(dialog.path, dialog.passphrase)
        except (StudioError, OSError) as exc:  # said to the user, the window unchanged
            messages.show_refusal(self, exc)
            return
        if opened.access.enabled():
            login = LoginDialog(opened.access, self)
            if login.exec() != QDialog.DialogCode.Accepted:
                opened.db.close()
                return
            opened.current_user = login.user
        try:
            info = opened.field.opened()
        except StudioError as exc:  # a viewer: refused, the window unchanged
            opened.db.close()
            messages.show_refusal(self, exc)
            return
        old = self.services
        self._drop_pages()
        self._build(opened)
        old.db.close()
        messages.info(self, self.tr("已打开外出工作包：{studio}。现在可以照常登记、走访、答复和回访。").format(
            studio=info.studio_name))  # fmt: skip

    def _refresh_page(self) -> None:
        if self.services is not None:
            self.current_page().refresh()
            self.update_counts()

    def _guide(self) -> None:
        from studio_app.ui.help_window import show_guide

        show_guide(self)

    def _open_data_folder(self) -> None:
        from studio_app.opening import DataPlace

        where = DataPlace(self.services.db.url).sqlite_file if self.services is not None else None
        if where is None:
            messages.info(self, self.tr("数据在共用服务器上：{where}").format(
                where=self.services.db.display_name if self.services else ""))  # fmt: skip
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(where.parent)))

    def _open_log_folder(self) -> None:
        from studio_app.base.private import make_folder
        from studio_app.logs import log_dir

        make_folder(log_dir())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def _add(self, menu, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    # ---- pages --------------------------------------------------------------------------
    def current_page(self) -> Page:
        return self.page_at(self.stack.currentIndex())

    def show_page(self, page: Page) -> None:
        index = next(i for i, built in self._built.items() if built is page)
        self.nav.setCurrentRow(index)

    def _export_list(self) -> None:
        from studio_app.ui.member_record_page import MemberRecordPage
        from studio_app.ui.table_page import TablePage

        page = self.current_page()
        from studio_app.ui.county_page import CountyPage

        if isinstance(page, TablePage | MemberRecordPage | CountyPage):
            page.export_list()
        else:
            messages.info(self, self.tr("请先打开“委员”“联户”或“履职档案”页，再导出列表。"))

    def _can(self, permission) -> bool:
        """Whether to offer it (the services decide and log when it is done)."""
        return self.services is None or self.services.guard.may(permission)

    def _allowed(self, permission) -> bool:
        """Whether the signed-in user may; if not, they are told why (in Chinese) and the
        refusal is logged, by the guard."""
        from studio_app.core.access import PermissionDeniedError

        try:
            self.services.guard.require(permission)
        except PermissionDeniedError as exc:
            messages.show_error(self, exc)
            return False
        return True

    def _settings_dialog(self, make) -> bool:
        """Whether something was saved in the dialog ``make`` builds."""
        if not self._allowed(Permission.SETTINGS):
            return False
        dialog = make(self.services, self)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        if changed:  # each change was checked and logged by the services as it was saved
            for page in self.pages:
                page.mark_stale()
        return changed

    # ---- users and access ---------------------------------------------------------------
    def _access_dialog(self, make, permission=None) -> None:
        if permission is not None and not self._allowed(permission):
            return
        dialog = make()
        dialog.exec()
        dialog.deleteLater()

    def _set_up_login(self) -> None:
        from studio_app.ui.login_dialogs import SetupLoginDialog

        access = self.services.access
        if access.enabled():
            messages.info(self, self.tr("已经开启登录。用户请在“用户管理”中添加。"))
            return
        dialog = SetupLoginDialog(access, self)
        if dialog.exec() and dialog.user is not None:
            self.services.current_user = dialog.user
            self._studio_switched()  # the switcher and the studio as the new user has them
            self.start_idle_lock()
            messages.info(
                self,
                self.tr("已开启登录，管理员是“{name}”。以后打开程序时要输入用户名和密码。").format(
                    name=dialog.user.name
                ),
            )
        dialog.deleteLater()

    def _users(self) -> None:
        from studio_app.ui.users_dialog import UsersDialog

        self._access_dialog(
            lambda: UsersDialog(self.services, self.services.current_user, self),
            Permission.MANAGE_USERS,
        )

    def _audit_log(self) -> None:
        from studio_app.ui.audit_dialog import AuditDialog

        self._access_dialog(
            lambda: AuditDialog(self.services, self),
            Permission.VIEW_AUDIT,
        )

    def _retention(self) -> None:
        from studio_app.ui.retention_dialog import RetentionDialog

        self._access_dialog(
            lambda: RetentionDialog(self.services, self),
            Permission.ANONYMISE,
        )

    def _change_password(self) -> None:
        from studio_app.ui.login_dialogs import ChangePasswordDialog

        user = self.services.current_user
        if user is None:
            messages.info(
                self, self.tr("还没有开启登录。请先在“设置 → 用户与权限 → 开启登录”中设置。")
            )
            return
        self._access_dialog(lambda: ChangePasswordDialog(self.services.access, user, self))

    def start_idle_lock(self, minutes: int | None = None) -> None:
        """Lock the window after idle minutes (setting ``access.idle_minutes``, 10 by default)
        once login is on."""
        from studio_app.ui.login_dialogs import IdleLock

        if self.services.current_user is None or getattr(self, "idle_lock", None) is not None:
            return
        if minutes is None:
            text = self.services.settings.get("access.idle_minutes", "10")
            minutes = int(text) if text.isdigit() else 10
        self.idle_lock = IdleLock(
            self, self.services.access, lambda: self.services.current_user, minutes
        )

    def _lock_now(self) -> None:
        lock = getattr(self, "idle_lock", None)
        if lock is None:
            messages.info(self, self.tr("还没有开启登录，窗口无法锁定。"))
            return
        lock.lock_now()

    def _edit_studio(self) -> None:
        """The studio's details; the county's studios added, closed or reopened there change
        the switcher and 全县概览, so the pages are built again (over 全县 if the studio worked
        in was closed)."""
        from studio_app.ui.studio_dialog import StudioDialog

        if not self._settings_dialog(StudioDialog):
            return
        current = self.services.studio_id
        if current is not None and current not in {
            s.id for s in self.services.studios.switchable()
        }:
            self.services.use_studio(None)
        self._rebuild_pages()

    def _edit_deadlines(self) -> None:
        from studio_app.ui.settings_dialogs import DeadlinesDialog

        self._settings_dialog(DeadlinesDialog)

    def _edit_points_scheme(self) -> None:
        from studio_app.ui.points_scheme_dialog import PointsSchemeDialog

        self._settings_dialog(PointsSchemeDialog)

    def _edit_categories(self) -> None:
        from studio_app.ui.settings_dialogs import CategoriesDialog

        self._settings_dialog(CategoriesDialog)

    def _edit_own_words(self) -> None:
        from studio_app.ui.own_words_dialog import OwnWordsDialog

        self._settings_dialog(OwnWordsDialog)

    def _edit_calendar(self) -> None:
        from studio_app.ui.settings_dialogs import CalendarDialog

        self._settings_dialog(CalendarDialog)

    def _edit_printing(self) -> None:
        from studio_app.ui.settings_dialogs import PrintSettingsDialog

        self._settings_dialog(PrintSettingsDialog)

    # ---- printing -----------------------------------------------------------------------
    def _print_minutes(self, meeting_id) -> None:
        from studio_app.ui.print_actions import print_minutes

        print_minutes(self, self.services, meeting_id)

    def _print_latest_day(self) -> None:
        from studio_app.ui.print_actions import print_reception_record

        try:
            day_id = self.services.printing.latest_reception_day()
        except StudioError as exc:
            messages.show_error(self, exc)
            return
        print_reception_record(self, self.services, day_id)

    def _print_poster(self, size: str) -> None:
        from studio_app.ui.print_actions import print_poster

        print_poster(self, self.services, size)

    def _template(self, kind: RosterKind) -> None:
        from studio_app.ui.import_dialog import save_template

        save_template(self, self.services, kind)

    def _import(self, page) -> None:
        self.show_page(page)
        page.import_roster()

    def _records_changed(self, source: Page) -> None:
        """Pages show each other's records (counts, names, requests): keep them all fresh."""
        for page in self.pages:
            if page is not source:
                page.mark_stale()
        self.update_counts()

    def update_counts(self) -> None:
        from studio_app.core.households import HouseholdQuery
        from studio_app.core.members import MemberQuery
        from studio_app.core.request_list import RequestQuery

        members = self.services.members.count(MemberQuery())
        households = self.services.households.count(HouseholdQuery())
        still_open = self.services.request_list.count(RequestQuery(open_only=True))
        late = self.services.request_list.count(RequestQuery(due="overdue"))
        self.counts_label.setText(
            self.tr("委员 {m} 名 · 联系户 {h} 户 · 未办结诉求 {o} 件（超期 {l} 件）").format(
                m=members, h=households, o=still_open, l=late
            )
        )

    def about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from studio_app.logs import log_dir

        app = self.tr("委员工作室助手")
        where = self.services.db.display_name if self.services is not None else ""
        QMessageBox.about(
            self,
            self.tr("关于{app}").format(app=app),
            self.tr(
                "<h3>{app}</h3><p>版本 {version}</p>"
                "<p>为基层委员工作室联络员设计的桌面程序。</p>"
                "<p>数据位置：<br>{where}</p>"
                "<p>日志文件夹：<br>{logs}</p>"
                "<p style='color:#777'>Python {python} · PySide6 {pyside} · Qt {qt}</p>"
            ).format(
                app=app,
                version=__version__,
                where=html.escape(where),
                logs=html.escape(str(log_dir())),
                python=platform.python_version(),
                pyside=pyside_version,
                qt=qVersion(),
            ),
        )
