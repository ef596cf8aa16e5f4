"""Screenshots of the main window's pages (works offscreen): for the docs and for review.

python -m studio_app.ui.screenshot --db DB --out DIR [--screen 1024x768] [--language en]

The window opens as it does on a coordinator's screen (1366×768 unless ``--screen`` says
otherwise, less a 40-px taskbar): maximised there, and its inside is saved, without the frame.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from studio_app.base.enums import RosterKind
from studio_app.core.households import HouseholdQuery
from studio_app.core.request_list import RequestQuery
from studio_app.opening import DataPlace, locate, open_place
from studio_app.ui import background
from studio_app.ui.activity_dialog import ActivityDialog
from studio_app.ui.app import setup_application
from studio_app.ui.household_dialog import HouseholdDialog
from studio_app.ui.import_dialog import ImportDialog
from studio_app.ui.link_dialog import LinkDialog
from studio_app.ui.main_window import MainWindow
from studio_app.ui.meeting_dialog import MeetingDialog
from studio_app.ui.member_dialog import MemberDialog
from studio_app.ui.pdf_preview import PdfPreviewDialog
from studio_app.ui.points_scheme_dialog import PointsSchemeDialog
from studio_app.ui.settings_dialogs import PrintSettingsDialog
from studio_app.ui.table_page import TablePage
from studio_app.ui.visit_dialog import VisitDialog

SCREEN = (1366, 768)  # the coordinators' laptops
TASKBAR = 40
NAMES = (
    "workbench", "reception_days", "desk", "requests", "meetings", "members", "households",
    "archive", "proposals", "member_record",
)  # fmt: skip


def _settle(app: QApplication) -> None:
    """Until the page's background work (the 工作台's figures and charts) has reported."""
    deadline = time.monotonic() + 30
    while background.is_busy() and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(5):
        app.processEvents()


def _prepare(window: MainWindow, page, app: QApplication) -> None:
    """Put each page in the state that shows most of it."""
    if isinstance(page, TablePage):
        _select_linked_row(page)
    elif page is window.requests_page:
        _select_request_with_history(page)
    elif page is window.desk_page:
        _fill_desk(page, app)
    elif page is window.meetings_page:
        _select_richest_meeting(page)
    elif page is window.proposals_page:
        _select_longest_course(page)
    elif page is window.reception_days_page:
        with_requests = [d for d in page.days_model.rows if d.requests]
        if with_requests:  # the latest day people came to: its requests fill the panel
            page.reload_days(with_requests[-1].id)


def _select_request_with_history(page) -> None:
    """The request with the longest history (reopened, merged into): the richest timeline."""
    page.status_filter.setCurrentIndex(0)  # every request, closed and merged ones too
    services, model = page.services, page.model
    best, best_len = None, -1
    for row in range(model.rowCount()):
        record = model.row_at(row)
        length = len(services.requests.history(record.id)) + 2 * record.merged_count
        if length > best_len:
            best, best_len = row, length
    if best is not None:
        page.view.selectRow(page.proxy.mapFromSource(model.index(best, 0)).row())


def _select_longest_course(page) -> None:
    """The item with the longest course, its source requests listed below it."""
    page.year_filter.setCurrentIndex(0)  # every year
    model, proposals = page.model, page.services.proposals
    lengths = [len(proposals.detail(model.row_at(i).id).course) for i in range(model.rowCount())]
    if lengths:
        best = max(range(len(lengths)), key=lambda i: (lengths[i], -i))
        page.view.selectRow(page.proxy.mapFromSource(model.index(best, 0)).row())


def _select_richest_meeting(page) -> None:
    """The meeting with the most follow-up actions: every part of the detail has something."""
    meetings = page.services.meetings.list()
    if meetings:
        page.select_meeting(max(meetings, key=lambda m: (m.open_actions, m.agreed, m.present)).id)


def _minutes_preview(app: QApplication, window: MainWindow, out: Path) -> Path | None:
    """The preview of the selected meeting's minutes, as 预览纪要 opens it."""
    meeting = window.meetings_page.selected_meeting()
    if meeting is None:
        return None
    dialog = PdfPreviewDialog(window.services.printing.minutes(meeting.id), window)
    dialog.show()
    for _ in range(20):  # QtPdf renders the pages on its own threads
        app.processEvents()
        time.sleep(0.05)
    path = out / "minutes_preview.png"
    dialog.grab().save(str(path))
    dialog.close()
    return path


def _revisions(app: QApplication, window: MainWindow, out: Path) -> Path | None:
    """版本… of the meeting revised most often, at the size it opens on this screen."""
    from studio_app.ui.revisions_dialog import RevisionsDialog

    services = window.services
    meetings = services.meetings.list()
    if not meetings:
        return None
    meeting = max(meetings, key=lambda m: len(services.archive.revisions(m.id)))
    dialog = RevisionsDialog(services, meeting.id, meeting.topic, window)
    dialog.show()
    _settle(app)
    path = out / "revisions.png"
    dialog.grab().save(str(path))
    dialog.close()
    return path


def _fill_desk(desk, app: QApplication) -> None:
    """A visitor half registered: a known household found, similar requests offered."""
    households = desk.services.households.first_page(HouseholdQuery(), 1).rows
    if not households:
        return
    household = households[0]
    desk.name.setText(household.head_name[:2])
    desk._look_up_households()
    desk.phone.setText(household.phone)
    desk.village.setCurrentText(household.village)
    desk.category.setCurrentIndex(1)
    still_open = desk.services.request_list.first_page(RequestQuery(open_only=True), 1).rows
    matter = still_open[0].content if still_open else "村里路灯坏了好几盏"
    desk.content.setPlainText(f"{matter}，反映过还没解决")  # a matter raised again
    desk._find_similar()
    _settle(app)


def _select_linked_row(page: TablePage) -> None:
    """Select a row whose detail panel has something to show (linked records)."""
    model = page.model
    for row in range(model.rowCount()):
        record = model.row_at(row)
        linked = getattr(record, "household_count", None) or getattr(record, "members", ())
        if linked:
            page.view.selectRow(page.proxy.mapFromSource(model.index(row, 0)).row())
            return
    page.select_first()


def _grab_dialogs(app: QApplication, window: MainWindow, out: Path) -> list[Path]:
    """The forms too (for review): member, household, link, visit and import dialogs."""
    services = window.services
    member_id = window.members_page.selected_id()
    household_id = window.households_page.selected_id()
    linked = services.linkages.members_of(household_id) if household_id else []
    export = out / "members-export.xlsx"
    services.rosters.export_members(export, window.members_page.model.query)
    meeting = window.meetings_page.selected_meeting()
    importing = ImportDialog(services, RosterKind.MEMBERS, window)
    importing.load(export)
    while background.is_busy():
        app.processEvents()
    dialogs = {
        "member_dialog": MemberDialog(services, member_id, window),
        "household_dialog": HouseholdDialog(services, household_id, window),
        "link_dialog": LinkDialog(services, member_id=member_id, parent=window),
        "visit_dialog": VisitDialog(
            services,
            members=[(m.member_id, m.name) for m in linked],
            households=[(household_id, services.households.get(household_id).head_name)],
            household_id=household_id,
            parent=window,
        ),
        "import_dialog": importing,
        "meeting_dialog": MeetingDialog(services, meeting.id if meeting else None, window),
        "print_settings_dialog": PrintSettingsDialog(services, window),
        **_proposal_dialogs(window),
        "points_scheme_dialog": PointsSchemeDialog(services, window),
        "activity_dialog": ActivityDialog(
            services, member_id, services.members.get(member_id).member.name, window
        ),
        **_intake_dialogs(window),
    }
    saved = []
    for name, dialog in dialogs.items():
        dialog.show()
        _settle(app)
        path = out / f"{name}.png"
        dialog.grab().save(str(path))
        saved.append(path)
        dialog.close()
    export.unlink()
    return saved


def _intake_dialogs(window: MainWindow) -> dict:
    """开始扫码登记 and one submission's 受理、合并或不予受理."""
    from studio_app.ui.intake_panel import IntakeStartDialog, SubmissionDialog

    services = window.services
    pending = services.intake.pending()
    dialogs = {"intake_start_dialog": IntakeStartDialog(services, window)}
    if pending:
        dialogs["intake_submission_dialog"] = SubmissionDialog(services, pending[1 % len(pending)],
                                                               window)  # fmt: skip
    return dialogs


def _proposal_dialogs(window: MainWindow) -> dict:
    """提案与社情民意: the text of a draft, a step (答复), a correction and a conversion."""
    from studio_app.base.enums import ProposalStep
    from studio_app.core.proposals import ProposalQuery
    from studio_app.ui import proposal_dialogs as dialogs

    services = window.services
    rows = services.proposals.page(ProposalQuery())
    if not rows:
        return {}
    details = [services.proposals.detail(r.id) for r in rows]
    draft = next((d for d in details if d.row.step == ProposalStep.DRAFT), details[0])
    longest = max(details, key=lambda d: len(d.course))
    request = services.request_list.first_page(RequestQuery(), 1).rows
    return {
        "proposal_dialog": dialogs.ProposalDialog(services, draft.row.kind, draft, window),
        "proposal_step_dialog": dialogs.step_dialog(services, longest, ProposalStep.REPLY,
                                                    window),
        "proposal_correction_dialog": dialogs.correction_dialog(
            services, longest, dialogs.correctable(longest)[-1], window),
        "conversion_dialog": dialogs.conversion_dialog(
            services, request[0].number if request else "", None, lambda k, lead: None, window),
    }  # fmt: skip


def _grab_wizard(app: QApplication, out: Path) -> list[Path]:
    """The first-run wizard's pages, over a throwaway database in a temporary folder."""
    import tempfile

    from studio_app.ui.first_run_wizard import FirstRunWizard

    folder = Path(tempfile.mkdtemp(prefix="studio-wizard-"))
    place = DataPlace.of_file(folder / "委员工作室助手" / "studio.sqlite3")
    wizard = FirstRunWizard(None, place)
    wizard.show()
    saved = []
    for name in ("wizard_welcome", "wizard_folders", "wizard_studio"):
        _settle(app)
        path = out / f"{name}.png"
        wizard.grab().save(str(path))
        saved.append(path)
        wizard.next()
    wizard.close()
    if wizard.services is not None:
        wizard.services.db.close()
    return saved


def take(db: str, out: Path, *, dialogs: bool = False, language: str | None = None) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv)
    setup_application(app, language)
    services = open_place(locate(db))
    window = MainWindow(services)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for index, name in enumerate(NAMES):
        page = window.page_at(index)
        window.show_page(page)
        _settle(app)
        _prepare(window, page, app)
        _settle(app)
        path = out / f"{name}.png"
        window.grab().save(str(path))
        saved.append(path)
    record = window.member_record_page
    record.sections.setCurrentIndex(1)  # the member's two charts
    window.show_page(record)
    _settle(app)
    window.grab().save(str(out / "member_charts.png"))
    record.sections.setCurrentIndex(0)
    record.tabs.setCurrentIndex(1)  # the ranking
    _settle(app)
    window.grab().save(str(out / "member_ranking.png"))
    saved += [out / "member_charts.png", out / "member_ranking.png"]
    saved.append(_intake(app, window, out))
    if window.nav.count() > len(NAMES):  # a county: the studio switcher and 全县概览
        saved += _county(app, window, out)
    window.show_page(window.meetings_page)
    if preview := _minutes_preview(app, window, out):
        saved.append(preview)
    if revisions := _revisions(app, window, out):
        saved.append(revisions)
    if dialogs:
        saved += _grab_dialogs(app, window, out)
        saved += _grab_wizard(app, out)
    window.close()
    services.db.close()
    return saved


def _intake(app: QApplication, window: MainWindow, out: Path) -> Path:
    """扫码说事 at the desk: the page served on this PC's first network (its address and QR
    code, the count) and the 待受理 list; stopped again after the picture."""
    from studio_app.ui.intake_panel import networks

    desk = window.desk_page
    window.show_page(desk)
    desk.clear_form()
    desk.side.setCurrentIndex(1)
    found = networks()
    desk.intake.start(found[0][0] if found else "127.0.0.1", 0, 240, False)
    desk.intake.view.selectRow(0)
    _settle(app)
    path = out / "desk_intake.png"
    window.grab().save(str(path))
    desk.intake.shutdown()
    desk.side.setCurrentIndex(0)
    return path


def _county(app: QApplication, window: MainWindow, out: Path) -> list[Path]:
    """全县概览: the studios with the chart, the overdue list, the ranking."""
    page = window.county_page
    window.show_page(page)
    _settle(app)
    saved = []
    for tab, name in enumerate(("county_overview", "county_overdue", "county_ranking")):
        page.tabs.setCurrentIndex(tab)
        _settle(app)
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        saved.append(out / f"{name}.png")
    return saved


def use_screen(width: int, height: int) -> None:
    """Make the offscreen platform's one screen ``width``×``height`` less a taskbar (before the
    application starts); a platform chosen in QT_QPA_PLATFORM already is left alone."""
    import json
    import os
    import tempfile

    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    screen = {"name": "screenshot", "width": width, "height": height - TASKBAR}
    config = Path(tempfile.mkdtemp(prefix="studio-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save PNG screenshots of the main window.")
    parser.add_argument("--db", required=True, help="database file or URL")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--dialogs", action="store_true", help="also the forms, for review")
    parser.add_argument("--language", choices=["zh_CN", "en"], help="the interface language")
    parser.add_argument(
        "--screen", default="{}x{}".format(*SCREEN), help="the screen, as WIDTHxHEIGHT"
    )
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.screen.lower().split("x"))
    use_screen(width, height)
    for path in take(args.db, args.out, dialogs=args.dialogs, language=args.language):
        print(QCoreApplication.translate("screenshot", "已保存 {path}").format(path=path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
