"""The main window: pages, menus, keys, remembered place, language, and starting the program."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QSplitter

from studio_app.ui import app as app_module
from studio_app.ui.archive_page import ArchivePage
from studio_app.ui.households_page import HouseholdsPage
from studio_app.ui.main_window import MainWindow
from studio_app.ui.meetings_page import MeetingsPage
from studio_app.ui.member_record_page import MemberRecordPage
from studio_app.ui.members_page import MembersPage
from studio_app.ui.proposals_page import ProposalsPage
from studio_app.ui.reception_days_page import ReceptionDaysPage
from studio_app.ui.reception_desk_page import ReceptionDeskPage
from studio_app.ui.requests_page import RequestsPage
from studio_app.ui.workbench_page import WorkbenchPage


@pytest.fixture
def window(qtbot, services, studio) -> MainWindow:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


PAGES = [
    ("工作台", WorkbenchPage), ("接待日", ReceptionDaysPage), ("接待登记", ReceptionDeskPage),
    ("诉求", RequestsPage), ("会议纪要", MeetingsPage), ("委员", MembersPage),
    ("联户", HouseholdsPage), ("档案", ArchivePage), ("提案与社情民意", ProposalsPage),
    ("履职档案", MemberRecordPage),
]  # fmt: skip


@pytest.mark.pg  # one window over the server: every page loads there too
def test_the_window_shows_its_pages_home_first(window, services):
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav == [title for title, _cls in PAGES]
    assert window.stack.count() == len(PAGES)
    assert [type(p) for p in window.pages] == [WorkbenchPage]  # the others when first shown
    assert window.stack.currentWidget() is window.workbench_page
    for i, (_title, cls) in enumerate(PAGES):
        window.nav.setCurrentRow(i)
        assert isinstance(window.stack.currentWidget(), cls)
        assert window.current_page() is window.stack.currentWidget() is window.page_at(i)
    assert [type(p) for p in window.pages] == [cls for _title, cls in PAGES]
    # The system writes the program's name after the title: "城关镇委员工作室 — 委员工作室助手".
    assert window.windowTitle() == "城关镇委员工作室"
    assert services.db.display_name in window.location_label.text()
    assert window.counts_label.text() == ("委员 0 名 · 联系户 0 户 · 未办结诉求 0 件（超期 0 件）")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "打印(&P)", "设置(&S)", "查看(&V)", "帮助(&H)"]


def test_navigation_switches_pages(window):
    window.nav.setCurrentRow(6)
    assert window.current_page() is window.households_page
    assert window.stack.currentWidget() is window.households_page


def test_pages_hand_on_a_request_and_a_day(window, services, studio):
    from studio_app.core.visitor_requests import RequestInput

    days = services.reception_days
    day = days.add_day(studio.id, date.today())
    request = services.requests.register(
        RequestInput(content="路灯坏了", visitor_name="张三", reception_day_id=day.id)
    )
    window.open_request(request.id)
    assert window.current_page() is window.requests_page
    assert window.requests_page.selected_id() == request.id
    assert "路灯坏了" in window.requests_page.detail.facts.text()

    window.open_day(day.id)
    assert window.current_page() is window.reception_days_page
    assert window.reception_days_page.selected_day().id == day.id
    window.reception_days_page.desk_action.trigger()
    assert window.current_page() is window.desk_page
    assert window.desk_page.day.currentData() == day.id

    window.desk_page.recordsChanged.emit()  # a registration elsewhere refreshes the counts
    assert "未办结诉求 1 件" in window.counts_label.text()


def test_keys_switch_pages_and_new_opens_the_page_s_form(window, qtbot, when_modal):
    from studio_app.ui.member_dialog import MemberDialog

    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.members_page
    seen = when_modal(MemberDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(window.members_page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1  # only the page on show answers Ctrl+N
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.requests_page
    qtbot.keyClick(window.requests_page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.desk_page  # 登记新诉求 goes to the desk
    assert len(seen) == 1


def test_window_place_and_dividers_are_kept_for_the_next_start(qtbot, services, studio):
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.setGeometry(40, 50, 700, 500)  # within the offscreen screen (800 × 600)
    first.show()
    page = first.requests_page
    splitter = next(s for s in page.findChildren(QSplitter) if s.objectName() == "requests")
    splitter.setSizes([300, 700])
    splitter.splitterMoved.emit(300, 1)
    kept = splitter.sizes()
    first.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (700, 500)
    splitter = next(
        s for s in again.requests_page.findChildren(QSplitter) if s.objectName() == "requests"
    )
    assert splitter.sizes() == kept


def test_about_names_the_version_data_and_log_folders(window, services, monkeypatch):
    from studio_app import __version__
    from studio_app.logs import log_dir

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: shown.append((title, text)))
    window.about()
    title, text = shown[0]
    assert title == "关于委员工作室助手"
    assert f"版本 {__version__}" in text
    assert services.db.display_name in text and str(log_dir()) in text


def test_choosing_english_is_kept_and_offers_a_restart(window, monkeypatch):
    from studio_app.ui import language

    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.No
    )
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "设置(&S)")
    languages = next(a.menu() for a in menu.actions() if a.text().endswith("/ Language"))
    english = next(a for a in languages.actions() if a.text() == "English")
    assert not english.isChecked()
    english.trigger()
    assert language.saved_language() == "en"
    assert len(asked) == 1 and "Restart now?" in asked[0][2]
    assert not window.restart_requested  # the coordinator said no: the window stays
    language.save_language("zh_CN")


def test_changes_update_the_counts_and_the_other_page(
    qtbot, window, services, make_member, make_household
):
    member = make_member("王建国")
    household = make_household("李大爷")
    services.linkages.link(member.id, household.id)
    window.members_page.refresh()
    window.members_page.recordsChanged.emit()
    assert window.counts_label.text().startswith("委员 1 名 · 联系户 1 户")
    window.show_page(window.households_page)
    assert window.households_page.proxy.index(0, 7).data() == "王建国"


def test_a_database_that_cannot_be_opened_is_explained_in_chinese(
    qapp, tmp_path, monkeypatch, restore_app_setup
):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text, *_a: shown.append((title, text))
    )
    assert app_module.run_gui(str(tmp_path)) == 1  # a folder, not a database file
    assert shown[0][0] == "无法打开数据库"
    assert "是一个文件夹" in shown[0][1]
    assert "Traceback" not in shown[0][1]


def test_the_application_is_set_up_for_chinese(qapp, restore_app_setup):
    app_module.setup_application(qapp)
    assert QLocale().language() == QLocale.Language.Chinese
    assert qapp.applicationDisplayName() == "委员工作室助手"
    cjk = {*app_module.LINUX_CJK_FONTS, *app_module.WINDOWS_CJK_FONTS}
    if not cjk & set(QFontDatabase.families()):
        pytest.skip("no CJK font installed")
    assert cjk & set(qapp.font().families())


def test_the_frame_paints_before_the_data_layers_load(qtbot, services, studio):
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    assert frame.stack.currentWidget() is frame.opening
    assert frame.opening.text() == "正在打开数据库…"
    assert not frame.menuBar().isEnabled()  # nothing to import into yet
    assert frame.nav.count() == 0

    frame.attach(services)
    assert [frame.nav.item(i).text() for i in range(frame.nav.count())] == [
        title for title, _cls in PAGES
    ]
    assert frame.stack.currentWidget() is frame.workbench_page
    assert frame.menuBar().isEnabled()
    assert frame.windowTitle() == "城关镇委员工作室"


def test_starting_the_window_does_not_wait_for_the_data_layers():
    """The modules that paint the frame must not import SQLAlchemy (it takes ~0.3 s)."""
    import subprocess
    import sys

    code = "import sys, studio_app.ui.app; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_studio_s_details_can_be_changed_later(qtbot, window, services, studio):
    from studio_app.ui.studio_dialog import StudioDialog

    dialog = StudioDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == studio.name
    dialog.name.clear()
    dialog.save()
    assert dialog.fields.error("name").text() == "请填写工作室名称。"
    assert services.studios.default().name == studio.name  # nothing saved
    dialog.name.setText("城关镇农业界委员工作室")
    dialog.address.setText("人民路18号")
    dialog.phone.setText("0931-6123456")
    dialog.save()
    assert dialog.changed
    saved = services.studios.default()
    assert (saved.name, saved.address, saved.phone) == (
        "城关镇农业界委员工作室", "人民路18号", "0931-6123456",
    )  # fmt: skip


def _menu_actions(menu_bar) -> list:
    found, menus = [], [a.menu() for a in menu_bar.actions() if a.menu()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu():
                menus.append(action.menu())
            else:
                found.append(action)
    return found


def test_no_key_is_claimed_twice_on_any_page(qtbot, services):
    """A key both a page and the window claim does nothing at all (Qt: "Ambiguous shortcut
    overload"): on every page, each key is the window's or one of the page's actions."""
    from PySide6.QtGui import QAction

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window_keys = [a.shortcut().toString() for a in _menu_actions(window.menuBar())]
    window_keys = [k for k in window_keys if k]
    assert len(window_keys) == len(set(window_keys)) and "Ctrl+0" in window_keys
    for index, title in enumerate(window.page_titles()):
        page = window.page_at(index)
        window.show_page(page)
        keys = [a.shortcut().toString() for a in page.findChildren(QAction)]
        keys = [k for k in keys if k]
        clash = (set(keys) & set(window_keys)) | {k for k in keys if keys.count(k) > 1}
        assert not clash, (title, clash)


def test_the_proposals_steps_and_the_pages_answer_their_keys(qtbot, services, make_member):
    from PySide6.QtGui import QKeySequence

    from studio_app.base.enums import ProposalKind
    from studio_app.base.enums import ProposalStep as P
    from studio_app.core.proposals import ProposalInput

    lead = make_member("林委员", "13700002222")
    services.proposals.create(ProposalInput(ProposalKind.PROPOSAL, "路灯", lead_id=lead.id))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keys reach the active window's shortcuts
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.proposals_page
    window.show_page(page)
    steps, edits = [], []
    page._step = steps.append  # the step actions call it when triggered
    page.edit_action.triggered.disconnect()  # no dialog: that the key reaches it is enough
    page.edit_action.triggered.connect(lambda: edits.append(True))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.waitUntil(page.step_actions[P.SUBMIT].isEnabled)
    qtbot.keyClick(page.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert steps == [P.SUBMIT] and edits == [True]
    assert page.step_actions[P.RATE].shortcut() == QKeySequence("Alt+6")
    qtbot.keyClick(page.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.member_record_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.workbench_page
