"""Every window of the program on one screen, run as a child process by ``test_window_fit.py``
(the offscreen platform takes its screen from a configuration file when it starts, so each
screen is a process of its own); under Xvfb with a window manager it measures real frames.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python tests/ui/window_fit_probe.py \
        --db DEMO.sqlite3 --language en

Opens the main window over the demonstration database and visits every page, then opens every
dialog (the forms, the settings, users and access, backups, the request steps, the revisions,
the print preview, the user manual, the 关于 box …) over it, one at a time, and at last the
first-run wizard's pages on their own. Prints one JSON object: the screen's work area and, for
each window, its name, frame, inner geometry and whether it is maximised.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QThreadPool, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


class Probe:
    def __init__(self, app: QApplication):
        self.app = app
        self.seen: list[dict] = []
        self.columns: list[str] = []  # 诉求's columns in sight
        self.toolbars: dict[str, dict] = {}  # each page's toolbar

    def settle(self, rounds: int = 8) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def measure(self, name: str, window: QWidget) -> None:
        self.settle()
        self.seen.append(
            {
                "name": name,
                "frame": _rect(window.frameGeometry()),
                "geometry": _rect(window.geometry()),
                "maximized": bool(window.windowState() & Qt.WindowState.WindowMaximized),
                "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            }
        )

    def dialog(self, name: str, make) -> None:
        """Show the dialog ``make()`` builds (modeless, as exec would place it), measure, close."""
        dialog = make()
        dialog.show()
        self.measure(name, dialog)
        dialog.close()
        dialog.deleteLater()
        self.settle(2)

    def modal(self, name: str, run) -> None:
        """Measure the modal window that ``run()`` opens (a static QMessageBox), then close it."""

        def look() -> None:
            widget = QApplication.activeModalWidget()
            if widget is None:
                QTimer.singleShot(20, look)
                return
            self.measure(name, widget)
            widget.close()

        QTimer.singleShot(0, look)
        run()


def columns_in_sight(view) -> list[str]:
    """The headers of the columns seen whole (the stretching last one: 100 px of it at least)."""
    header, width = view.horizontalHeader(), view.viewport().width()
    model = view.model()
    seen = []
    for i in range(model.columnCount()):
        if view.isColumnHidden(i):
            continue
        left = header.sectionViewportPosition(i)
        last = i == model.columnCount() - 1
        if left >= 0 and (left + 100 <= width if last else left + header.sectionSize(i) <= width):
            seen.append(model.headerData(i, Qt.Orientation.Horizontal))
    return seen


def toolbar_report(toolbar) -> dict:
    """The actions whose buttons did not fit, and the text of the button that offers them."""
    from PySide6.QtWidgets import QToolButton

    hidden = [
        a.text()
        for a in toolbar.actions()
        if a.isVisible()
        and not a.isSeparator()
        and toolbar.widgetForAction(a) is not None
        and not toolbar.widgetForAction(a).isVisible()
    ]
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    shown = extension is not None and extension.isVisible()
    return {"hidden": hidden, "more": extension.text() if shown else None}


def main_window_and_dialogs(probe: Probe, db: str, scratch: Path) -> None:
    from studio_app.base.enums import ProposalKind, ProposalStep, RosterKind
    from studio_app.core.intake import SubmissionInput
    from studio_app.core.proposals import ProposalQuery
    from studio_app.core.request_list import RequestQuery
    from studio_app.opening import locate, open_place
    from studio_app.storage.backups.service import BackupService
    from studio_app.ui import help_window, proposal_dialogs, request_actions
    from studio_app.ui.activity_dialog import ActivityDialog
    from studio_app.ui.audit_dialog import AuditDialog
    from studio_app.ui.backup_dialogs import BackupSettingsDialog, RestoreDialog
    from studio_app.ui.end_link_dialog import end_link_dialog
    from studio_app.ui.error_dialog import UnexpectedErrorDialog
    from studio_app.ui.field_dialogs import ConflictListDialog, PackageFileDialog
    from studio_app.ui.household_dialog import HouseholdDialog
    from studio_app.ui.import_dialog import ImportDialog
    from studio_app.ui.intake_panel import IntakeStartDialog, SubmissionDialog
    from studio_app.ui.link_dialog import LinkDialog
    from studio_app.ui.login_dialogs import (
        ChangePasswordDialog,
        LockDialog,
        LoginDialog,
        SetupLoginDialog,
    )
    from studio_app.ui.main_window import MainWindow
    from studio_app.ui.meeting_dialog import MeetingDialog
    from studio_app.ui.member_dialog import MemberDialog
    from studio_app.ui.own_words_dialog import OwnWordsDialog
    from studio_app.ui.pdf_preview import ImagePreviewDialog, PdfPreviewDialog
    from studio_app.ui.points_scheme_dialog import PointsSchemeDialog
    from studio_app.ui.retention_dialog import RetentionDialog
    from studio_app.ui.revisions_dialog import RevisionsDialog
    from studio_app.ui.settings_dialogs import (
        CalendarDialog,
        CategoriesDialog,
        DeadlinesDialog,
        NoticeDialog,
        PrintSettingsDialog,
    )
    from studio_app.ui.studio_dialog import StudioDialog
    from studio_app.ui.suggested_issues_dialog import SuggestedIssuesDialog
    from studio_app.ui.users_dialog import UsersDialog
    from studio_app.ui.visit_dialog import VisitDialog

    services = open_place(locate(db))
    window = MainWindow(services)
    window.show()
    probe.measure("main window", window)
    for index, title in enumerate(window.page_titles()):
        page = window.page_at(index)
        window.show_page(page)
        probe.measure(f"main window: {title}", window)
        if getattr(page, "toolbar", None) is not None:
            probe.toolbars[title] = toolbar_report(page.toolbar)
    window.show_page(window.requests_page)
    window.requests_page.status_filter.setCurrentIndex(0)  # every request
    probe.measure("main window: all requests", window)
    probe.columns = columns_in_sight(window.requests_page.view)

    member_id = window.members_page.model.row_at(0).id
    household_id = window.households_page.model.row_at(0).id
    meeting = max(services.meetings.list(), key=lambda m: m.present)
    admin = services.access.create_first_admin("admin", "Admin", "guanli-2026")
    services.current_user = admin
    roster = scratch / "members.xlsx"
    services.rosters.export_members(roster, window.members_page.model.query)
    backups = BackupService(services.db)
    backups.backup_now()

    def importing():
        dialog = ImportDialog(services, RosterKind.MEMBERS, window)
        dialog.load(roster)
        from studio_app.ui import background

        while background.is_busy():
            probe.app.processEvents()
        return dialog

    households = window.households_page.model
    shared, contacts = next(  # a household whose main contact has others to hand over to
        (h.id, contacts)
        for h in (households.row_at(i) for i in range(households.rowCount()))
        if len(contacts := services.linkages.members_of(h.id)) > 1 and contacts[0].primary
    )
    request = services.request_list.first_page(RequestQuery(), 1).rows[0]
    details = [services.proposals.detail(r.id)
               for r in services.proposals.page(ProposalQuery())]  # fmt: skip
    longest = max(details, key=lambda d: len(d.course))
    document = services.printing.minutes(meeting.id)
    png = Path(help_window.GUIDE_FOLDER).rglob("*.png")
    picture = next(png).read_bytes()
    intake = services.intake
    intake.set_standing("192.168.1.10", 8080)  # the start dialog with its standing poster
    intake.receive(intake.checked(SubmissionInput(
        name="钱𠮷", phone="13812345678", village="东关村", category="交通", consent=True,
        content="村口的路灯坏了三个月，晚上出行很不方便，老人孩子摔倒过好几次。" * 8,
    )))  # fmt: skip
    submission = intake.pending()[-1]
    p = window
    dialogs = {
        "intake start": lambda: IntakeStartDialog(services, p),
        "intake submission": lambda: SubmissionDialog(services, submission, p),
        "member": lambda: MemberDialog(services, member_id, p),
        "household": lambda: HouseholdDialog(services, household_id, p),
        "link": lambda: LinkDialog(services, member_id=member_id, parent=p),
        "end link": lambda: end_link_dialog(
            p, services, contacts[0].linkage_id, contacts[0].name, "x", shared
        ),
        "visit": lambda: VisitDialog(
            services,
            members=[(member_id, "x")],
            households=[(household_id, "y")],
            household_id=household_id,
            parent=p,
        ),
        "meeting": lambda: MeetingDialog(services, meeting.id, p),
        "import": importing,
        "studio": lambda: StudioDialog(services, p),
        "deadlines": lambda: DeadlinesDialog(services, p),
        "categories": lambda: CategoriesDialog(services, p),
        "own words": lambda: OwnWordsDialog(services, p),
        "suggested issues": lambda: SuggestedIssuesDialog(
            services, services.common_issues.suggestions(), p
        ),
        "calendar": lambda: CalendarDialog(services, p),
        "holiday notice": lambda: NoticeDialog(services, p),
        "print settings": lambda: PrintSettingsDialog(services, p),
        "points scheme": lambda: PointsSchemeDialog(services, p),
        "activity": lambda: ActivityDialog(services, member_id, "王建国", p),
        "users": lambda: UsersDialog(services, admin, p),
        "audit": lambda: AuditDialog(services, p),
        "retention": lambda: RetentionDialog(services, p),
        "backup settings": lambda: BackupSettingsDialog(backups, p),
        "restore": lambda: RestoreDialog(backups.db_path, backups.folder(), p),
        "login": lambda: LoginDialog(services.access, p),
        "setup login": lambda: SetupLoginDialog(services.access, p),
        "change password": lambda: ChangePasswordDialog(services.access, admin, p),
        "lock": lambda: LockDialog(services.access, admin, p),
        "assign": lambda: request_actions.assign_dialog(services, request, p),
        "extend": lambda: request_actions.extend_dialog(services, request, p),
        "merge": lambda: request_actions.merge_dialog(services, request, p),
        "common issue": lambda: request_actions.issue_dialog(services, [request], p),
        "convert to a proposal": lambda: request_actions.convert_dialog(services, request, p),
        "proposal": lambda: proposal_dialogs.ProposalDialog(
            services, ProposalKind.PROPOSAL, services.proposals.detail(longest.row.id), p
        ),
        "social opinion": lambda: proposal_dialogs.ProposalDialog(
            services, ProposalKind.SOCIAL_OPINION, None, p
        ),
        "proposal step": lambda: proposal_dialogs.step_dialog(
            services, longest, ProposalStep.REPLY, p
        ),
        "proposal decision": lambda: proposal_dialogs.step_dialog(
            services, longest, ProposalStep.REGISTER, p
        ),
        "proposal correction": lambda: proposal_dialogs.correction_dialog(
            services, longest, proposal_dialogs.correctable(longest)[-1], p
        ),
        "revisions": lambda: RevisionsDialog(services, meeting.id, meeting.topic, p),
        "pdf preview": lambda: PdfPreviewDialog(document, p),
        "scan preview": lambda: ImagePreviewDialog(picture, "scan.png", p),
        "user manual": lambda: help_window.GuideWindow(help_window.guide_file(), p),
        "error": lambda: UnexpectedErrorDialog("KeyError: 'x'", "Traceback …", scratch / "x.log"),
        "field package": lambda: PackageFileDialog(
            "外出工作包",
            "把本工作室的委员、联系户、诉求……写成一个加密文件。" * 3,
            saving=True,
            name_filter="*.pkg",
            option="作废之前带出、还没带回的工作包并重新带出",
            parent=p,
        ),
        "conflict list": lambda: ConflictListDialog(services, p),
    }
    for name, make in dialogs.items():
        probe.dialog(name, make)
    probe.modal("about", window.about)
    probe.modal("message", lambda: QMessageBox.information(p, "?", "一二三四五六七八九十" * 12))
    window.close()
    services.db.close()


def wizard(probe: Probe, scratch: Path) -> None:
    from studio_app.opening import DataPlace
    from studio_app.ui.first_run_wizard import FirstRunWizard

    place = DataPlace.of_file(scratch / "wizard" / "studio.sqlite3")
    first_run = FirstRunWizard(None, place)
    first_run.show()
    for page in range(3):
        probe.measure(f"wizard page {page + 1}", first_run)
        first_run.next()
    first_run.close()
    if first_run.services is not None:
        first_run.services.db.close()
    server = FirstRunWizard(None, place)  # 连接县政协服务器: its page of fields
    server.show()
    server.welcome.server.setChecked(True)
    server.next()
    probe.measure("wizard server page", server)
    server.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--language", default="zh_CN")
    parser.add_argument("--only-main", action="store_true", help="the main window's pages only")
    args = parser.parse_args(argv)

    from studio_app.ui.app import setup_application

    # Offscreen's windows cannot pass size hints on: its one harmless complaint.
    qInstallMessageHandler(lambda _kind, _context, _text: None)
    app = QApplication(sys.argv[:1])
    setup_application(app, args.language)
    probe = Probe(app)
    with tempfile.TemporaryDirectory(prefix="window-fit-") as folder:
        scratch = Path(folder)
        if args.only_main:
            from studio_app.opening import locate, open_place
            from studio_app.ui.main_window import MainWindow

            services = open_place(locate(args.db))
            window = MainWindow(services)
            window.show()
            probe.measure("main window", window)
            for index, title in enumerate(window.page_titles()):
                window.show_page(window.page_at(index))
                probe.measure(f"main window: {title}", window)
            window.close()
            services.db.close()
        else:
            main_window_and_dialogs(probe, args.db, scratch)
            wizard(probe, scratch)
    # As the program does on quitting: the pages' background work (the 工作台's figures) ends
    # before Python tears down, else a worker still running then crashes it (none_dealloc).
    QThreadPool.globalInstance().waitForDone()
    screen = app.primaryScreen()
    print(
        json.dumps(
            {
                "available": _rect(screen.availableGeometry()),
                "screen": _rect(screen.geometry()),
                "windows": probe.seen,
                "request_columns": probe.columns,
                "toolbars": probe.toolbars,
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
