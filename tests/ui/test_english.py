"""English is complete: the catalogue covers every text, and with English switched on the
window, its menus, pages and dialogs show no Chinese of the program's own.

The data here is typed in English (a studio, a member, a household, a request), so any Chinese
seen comes from the program. Both checks fail on a text added without a translation.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from studio_app.base.enums import HouseholdKind, Role
from studio_app.core.households import HouseholdInput
from studio_app.core.members import MemberInput
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.opening import DataPlace
from studio_app.ui import language

ROOT = Path(__file__).resolve().parents[2]
# Chinese characters and Chinese punctuation (full-width forms, 、。「」…)
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\U00020000-\U0003134f]")
TAGS = re.compile(r"<[^>]+>")


def _catalogue_tool():
    spec = importlib.util.spec_from_file_location(
        "studio_translations", ROOT / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_text_in_the_code_has_english_and_the_qm_is_current():
    tool = _catalogue_tool()
    extraction = tool.extract()
    assert len(extraction.messages) > 1500
    assert extraction.dynamic == []  # tr(variable) without "# i18n: from TABLE"
    assert tool.problems() == []


def test_a_text_moved_to_another_class_keeps_its_english():
    tool = _catalogue_tool()
    entries = {
        ("OldDialog", "删除"): tool.Entry("删除", "Delete"),
        ("Kept", "保存"): tool.Entry("保存", "Save"),
        ("OldDialog", "上移"): tool.Entry("上移", "Move up"),
        ("OtherDialog", "上移"): tool.Entry("上移", "Up"),
        ("Kept", "取消"): tool.Entry("取消", "Cancel"),
        ("Kept", "关闭"): tool.Entry("关闭", "Close"),
        ("Other", "关闭"): tool.Entry("关闭", "Shut"),
    }
    found = {
        (context, source): tool.Message(context, source, "studio_app/ui/x.py:1")
        for context, source in [
            ("NewTab", "删除"), ("Kept", "保存"), ("NewTab", "上移"), ("Kept", "取消"),
            ("NewTab", "取消"), ("Kept", "关闭"), ("Other", "关闭"), ("NewTab", "关闭"),
        ]
    }  # fmt: skip
    merged = tool.merge(found, entries)
    assert (merged[("NewTab", "删除")].translation, merged[("NewTab", "删除")].obsolete) == (
        "Delete", False,
    )  # fmt: skip
    assert merged[("OldDialog", "删除")].obsolete  # kept where it was, marked vanished
    assert merged[("Kept", "保存")].translation == "Save"
    assert merged[("NewTab", "上移")].translation == ""  # two Englishes left behind: none guessed
    assert merged[("NewTab", "取消")].translation == "Cancel"  # the one English it has
    assert merged[("NewTab", "关闭")].translation == ""  # two Englishes in use: none guessed


@pytest.fixture
def english(qapp, restore_app_setup):
    language.install(qapp, language.ENGLISH)
    assert QLocale().language() == QLocale.Language.English


@pytest.fixture
def english_services(services) -> Services:
    studio = services.studios.create(StudioInput(name="Dongguan studio", township="Chengguan"))
    member = services.members.create(
        MemberInput(name="Li Kun", phone="13912345678", studio_id=studio.id, work_unit="Clinic")
    )
    household = services.households.create(
        HouseholdInput(
            head_name="Wang Fang",
            village="Dongguan",
            phone="13812345678",
            kind=HouseholdKind.HOUSEHOLD,
        )
    )
    services.linkages.link(member.id, household.id)
    services.requests.register(
        RequestInput(
            content="Street light broken", visitor_name="Zhou Yao", visitor_phone="13712345678"
        )
    )
    return services


def visible_texts(widget: QWidget) -> dict[str, str]:
    """Every text a user can read on ``widget``: {text: where}."""
    found: dict[str, str] = {}

    def note(text: str, where: QWidget | str) -> None:
        text = TAGS.sub("", text or "")
        if text.strip():
            found.setdefault(text, where if isinstance(where, str) else type(where).__name__)

    def actions(owner, where: str) -> None:
        for action in QWidget.actions(owner):  # (some widgets name a field "actions")
            note(action.text(), where)
            note(action.toolTip(), where)
            note(action.statusTip(), where)
            if action.menu() is not None:
                actions(action.menu(), f"{where} > {action.text()}")

    for w in [widget, *widget.findChildren(QWidget)]:
        note(w.windowTitle(), w)
        note(w.toolTip(), w)
        if isinstance(w, (QLabel, QAbstractButton)):
            note(w.text(), w)
        elif isinstance(w, QLineEdit):
            note(w.placeholderText(), w)
        elif isinstance(w, QTextEdit):  # a timeline, a detail drawn as rich text
            for line in w.toPlainText().splitlines():
                note(line, w)
        elif isinstance(w, QGroupBox):
            note(w.title(), w)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                note(w.tabText(i), w)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                note(w.itemText(i), w)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model: one column
                columns = 1
            for column in range(columns):
                note(str(model.headerData(column, Qt.Orientation.Horizontal) or ""), w)
                for row in range(min(model.rowCount(root), 20)):
                    note(str(model.index(row, column, root).data() or ""), w)
        if not isinstance(w, QMenu):
            actions(w, type(w).__name__)
    return found


def chinese_in(widget: QWidget) -> dict[str, str]:
    """The texts with Chinese, but for the language menu's 中文（简体）, named in itself."""
    return {
        text: where
        for text, where in visible_texts(widget).items()
        if CHINESE.search(text) and text not in language.LANGUAGES.values()
    }


def test_the_window_and_every_page_in_english(qtbot, english, english_services):
    from studio_app.ui.main_window import MainWindow

    window = MainWindow(english_services)
    qtbot.addWidget(window)
    window.show()
    for index in range(len(window.page_titles())):
        window.show_page(window.page_at(index))
    assert window.page_titles()[0] == "Workbench"
    assert chinese_in(window) == {}


def test_every_dialog_in_english(qtbot, english, english_services, tmp_path):
    from studio_app.storage.backups.service import BackupService
    from studio_app.ui.audit_dialog import AuditDialog
    from studio_app.ui.backup_dialogs import BackupSettingsDialog
    from studio_app.ui.error_dialog import UnexpectedErrorDialog
    from studio_app.ui.first_run_wizard import FirstRunWizard
    from studio_app.ui.household_dialog import HouseholdDialog
    from studio_app.ui.import_dialog import ImportDialog
    from studio_app.ui.login_dialogs import LoginDialog, SetupLoginDialog
    from studio_app.ui.meeting_dialog import MeetingDialog
    from studio_app.ui.member_dialog import MemberDialog
    from studio_app.ui.own_words_dialog import OwnWordsDialog
    from studio_app.ui.retention_dialog import RetentionDialog
    from studio_app.ui.settings_dialogs import (
        CalendarDialog,
        CategoriesDialog,
        DeadlinesDialog,
        PrintSettingsDialog,
    )
    from studio_app.ui.suggested_issues_dialog import SuggestedIssuesDialog
    from studio_app.ui.users_dialog import UsersDialog

    services = english_services
    admin = services.access.create_first_admin("admin", "Admin", "guanli-2026")
    services.current_user = admin
    assert admin.role == Role.ADMIN
    from studio_app.base.enums import RosterKind

    wizard = FirstRunWizard(None, DataPlace.of_file(tmp_path / "data" / "studio.sqlite3"))
    dialogs = [
        wizard,
        DeadlinesDialog(services),
        CategoriesDialog(services),
        OwnWordsDialog(services),
        SuggestedIssuesDialog(services, services.common_issues.suggestions()),
        CalendarDialog(services),
        PrintSettingsDialog(services),
        BackupSettingsDialog(BackupService(services.db)),
        MemberDialog(services),
        HouseholdDialog(services),
        MeetingDialog(services),
        ImportDialog(services, RosterKind.MEMBERS),
        UsersDialog(services, admin),
        AuditDialog(services),
        RetentionDialog(services),
        LoginDialog(services.access),
        SetupLoginDialog(services.access),
        UnexpectedErrorDialog("KeyError: 'x'", "Traceback …", tmp_path / "studio-app.log"),
    ]
    seen = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        seen.update({f"{text}": f"{type(dialog).__name__}: {where}"
                     for text, where in chinese_in(dialog).items()})  # fmt: skip
    # the wizard's later pages too
    for _ in range(3):
        wizard.next()
        seen.update(chinese_in(wizard))
    assert seen == {}


# ---- what the program itself stored, shown in English --------------------------------------
@pytest.fixture
def stored_texts(english_services, tmp_path) -> dict:
    """Each kind of text the program writes into the database: a reception day moved for a
    holiday (or weekend), a merged request and a return visit in the history, an archived
    poster, and audit events (an export, a failed login, a settings change, a refusal)."""
    from datetime import date

    from studio_app.base.enums import Satisfaction
    from studio_app.base.errors import StudioError
    from studio_app.core.app_settings import Deadlines
    from studio_app.core.households import HouseholdQuery
    from studio_app.core.members import MemberQuery

    services = english_services
    studio = services.studios.list()[0]
    days = services.reception_days
    days.set_rule(studio.id, "15th of every month")  # some 15th falls on a weekend or holiday
    days.generate(studio.id, date.today().year)
    first = services.requests.register(RequestInput(content="Bridge cracked", visitor_name="Qian"))
    again = services.requests.register(RequestInput(content="Bridge cracked", visitor_name="Sun"))
    services.requests.merge(again.id, first.id)
    services.requests.assign(first.id, handling_unit="Roads office")
    services.requests.answer(first.id, "Repaired")
    services.requests.return_visit(first.id, Satisfaction.SATISFIED, "Quick work")
    poster = services.printing.qr_poster(studio.id)
    services.archive.issue(poster, by="Admin")
    services.rosters.export_households(tmp_path / "households.xlsx", HouseholdQuery())
    services.settings.set_deadlines(Deadlines(assign=3, answer=5, return_visit=5))
    admin = services.access.create_first_admin("admin", "Admin", "guanli-2026")
    with pytest.raises(StudioError):
        services.access.login("admin", "wrong password")
    viewer = services.access.add_user(admin, "look", "Look", Role.VIEWER, "kan-2026-xx")
    services.current_user = services.access.login("look", "kan-2026-xx")
    with pytest.raises(StudioError):
        services.members.archive(next(services.members.rows(MemberQuery())).id)
    services.current_user = admin
    return {"services": services, "merged": again.id, "visited": first.id, "viewer": viewer,
            "into": first.number}  # fmt: skip


def test_what_the_program_stored_shows_in_english(qtbot, english, stored_texts):
    from studio_app.ui.audit_dialog import AuditDialog
    from studio_app.ui.main_window import MainWindow

    services = stored_texts["services"]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, str] = {}
    for index in range(len(window.page_titles())):
        window.show_page(window.page_at(index))
        seen.update(visible_texts(window))
    days = window.reception_days_page
    days.reload_days(next(d for d in days._days if d.moved_from).id)
    seen.update(visible_texts(window))
    for request_id in (stored_texts["merged"], stored_texts["visited"]):
        window.show_page(window.requests_page)
        window.requests_page.show_request(request_id)
        seen.update(visible_texts(window))
    window.show_page(window.archive_page)
    seen.update(visible_texts(window))
    dialog = AuditDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    seen.update(visible_texts(dialog))

    shown = "\n".join(seen)
    for english in (
        "Fell on a weekend or holiday",  # the reception day's reason
        f"Merged into {stored_texts['into']}",  # the merged request's history
        "Satisfied: Quick work",  # the return visit, with the visitor's own words
        "Dongguan studio: scan to find a member",  # the archived poster's title
        "Linked households roster",  # the audit log: the export …
        "1 record",  # … of one household
        "Wrong password (1 time in a row)",
        "Cannot edit data",  # the viewer's refusal
    ):
        assert english in shown, english
    chinese = {text: where for text, where in seen.items() if CHINESE.search(text)}
    assert {t: w for t, w in chinese.items() if t not in language.LANGUAGES.values()} == {}


def _counts() -> list[str]:
    """A count of each kind, for one and for many: core's ``trn`` (a numerus text of the core,
    one of a stored audit text) and a window's own ``tr(text, None, n)``."""
    from studio_app.base import messages
    from studio_app.base.i18n import trn
    from studio_app.base.labels import count_text
    from studio_app.ui.list_view import total_text

    audit = messages.chinese("audit.records", n=1), messages.chinese("audit.records", n=12)
    return [
        trn("已导出 %n 条到 {file}", 1).format(file="a.xlsx"),
        trn("已导出 %n 条到 {file}", 3).format(file="a.xlsx"),
        count_text("households", 1), count_text("households", 1320),
        total_text(1, True), total_text(25, True),
        *(messages.shown(text, ["audit.records"]) for text in audit),
    ]  # fmt: skip


def test_counts_take_englishs_plural_forms(qapp, english):
    assert _counts() == [
        "Exported 1 row to a.xlsx", "Exported 3 rows to a.xlsx",
        "1 linked household", "1,320 linked households",
        "1 record", "25 records",
        "1 record", "12 records",
    ]  # fmt: skip


@pytest.mark.parametrize("window", [False, True])
def test_counts_in_chinese_are_as_they_were(qapp, restore_app_setup, window):
    """Byte for byte what ``"…{n}…".format(n=…)`` gave before the plural forms: headless
    (the CLI) and in the Chinese window (Qt puts the number in)."""
    if window:
        language.install(qapp, language.CHINESE)
    assert _counts() == [
        "已导出 1 条到 a.xlsx", "已导出 3 条到 a.xlsx",
        "联系户 1", "联系户 1,320",
        "共 1 条", "共 25 条",
        "1 条", "12 条",
    ]  # fmt: skip
