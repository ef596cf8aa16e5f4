"""The requests page (the closed loop from the window, the timeline, late rows), the 接待日 page,
the 工作台, and the settings dialogs."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from studio_app.base.enums import (
    DayKind,
    ProposalKind,
    ReceptionStatus,
    RequestStatus,
    Satisfaction,
)
from studio_app.core.holiday_notice import read_notice
from studio_app.core.members import MemberInput
from studio_app.core.request_list import due_soon_until
from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.action_dialog import ActionDialog, pydate
from studio_app.ui.lazy_table_model import ROW_ROLE
from studio_app.ui.reception_days_page import ReceptionDaysPage
from studio_app.ui.request_actions import (
    answer_dialog,
    assign_dialog,
    convert_dialog,
    extend_dialog,
    merge_dialog,
    reject_dialog,
    return_visit_dialog,
)
from studio_app.ui.requests_page import DUE_SOON, OVERDUE, RequestsPage
from studio_app.ui.settings_dialogs import (
    CalendarDialog,
    CategoriesDialog,
    DeadlinesDialog,
    NoticeDialog,
)
from studio_app.ui.workbench_page import WorkbenchPage


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _register(services, content, *, days_ago=0, name="张三", **kw):
    today = date.today() - timedelta(days=days_ago)
    at = datetime.combine(today, datetime.min.time().replace(hour=9)).astimezone()
    return services.requests.register(
        RequestInput(content=content, visitor_name=name, **kw), today=today, at=at
    )


def _days_ago_due_soon(services) -> int:
    """How many days ago a request was registered that is 将到期 today (whatever today is)."""
    calendar, today = services.calendar.calendar(), date.today()
    for days in range(1, 30):
        due = calendar.add_workdays(
            today - timedelta(days=days), services.settings.deadlines().assign
        )
        if today <= due <= due_soon_until(calendar, today):
            return days
    raise AssertionError("no day registered on is due soon today")


def _select_number(page: RequestsPage, number: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data(ROW_ROLE).number == number:
            page.view.selectRow(row)
            return
    raise AssertionError(f"{number} is not listed")


def test_the_closed_loop_from_the_requests_page(qtbot, services, studio, when_modal):
    member = services.members.create(MemberInput(name="王委员"))
    r = _register(services, "村口路灯坏了", village="东关村", category="交通")
    page = _show(qtbot, RequestsPage(services))
    _select_number(page, r.number)
    enabled = {a for a, action in page.step_actions.items() if action.isEnabled()}
    assert {a.value for a in enabled} == {"assign", "extend", "reject", "merge", "convert"}

    def assign(d: ActionDialog) -> None:
        combo = d.fields.widget("assignee")
        combo.setCurrentIndex(combo.findData(member.id))
        d.fields.widget("handling_unit").setText("镇城建办")
        d.accept_button.click()

    when_modal(ActionDialog, assign)
    page.step_actions[_action(page, "assign")].trigger()
    assert services.requests.get(r.id).status == RequestStatus.ASSIGNED
    assert page.selected_row().id == r.id  # still selected after the reload

    page.step_actions[_action(page, "start")].trigger()
    assert services.requests.get(r.id).status == RequestStatus.IN_PROGRESS

    def answer_empty_then_real(d: ActionDialog) -> None:
        d.accept_button.click()  # an empty reply is refused, the dialog stays open
        assert d.isVisible() and "请填写答复内容" in d.fields.error("reply").text()
        d.fields.widget("reply").setPlainText("已更换新灯")
        d.accept_button.click()

    when_modal(ActionDialog, answer_empty_then_real)
    page.step_actions[_action(page, "answer")].trigger()
    assert services.requests.get(r.id).reply == "已更换新灯"

    def unsatisfied(d: ActionDialog) -> None:
        combo = d.fields.widget("satisfaction")
        combo.setCurrentIndex(combo.findData(Satisfaction.UNSATISFIED))
        d.fields.widget("comment").setPlainText("只换了一盏")
        d.accept_button.click()

    when_modal(ActionDialog, unsatisfied)
    page.step_actions[_action(page, "return_visit")].trigger()
    reopened = services.requests.get(r.id)
    assert (reopened.status, reopened.reopen_count) == (RequestStatus.IN_PROGRESS, 1)

    timeline = page.detail.timeline.toPlainText()
    for text in ("登记", "已交办", "办理中", "已答复", "不满意：只换了一盏", "已更换新灯"):
        assert text in timeline
    # Newest first: the reopening is at the top.
    assert timeline.index("不满意") < timeline.index("已更换新灯") < timeline.index("登记 ")
    assert "重新办理" in page.detail.facts.text()


def _action(page: RequestsPage, value: str):
    return next(a for a in page.step_actions if a.value == value)


def test_late_rows_are_tinted_and_filters_find_them(qtbot, services, studio):
    late = _register(services, "三周前的诉求，还没交办", days_ago=21)
    fresh = _register(services, "今天的诉求")
    soon = _register(services, "前几天的诉求", days_ago=_days_ago_due_soon(services))
    closed = _register(services, "已经办结的诉求")
    services.requests.assign(closed.id, handling_unit="镇政府")
    services.requests.answer(closed.id, "已解决")
    services.requests.return_visit(closed.id, Satisfaction.SATISFIED)
    page = _show(qtbot, RequestsPage(services))
    rows = {page.proxy.index(i, 0).data(ROW_ROLE).number: i for i in range(page.proxy.rowCount())}
    assert set(rows) == {late.number, fresh.number, soon.number}  # 未办结 by default
    background = page.proxy.index(rows[late.number], 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background == OVERDUE
    assert "超期" in page.proxy.index(rows[late.number], 6).data()
    tint = page.proxy.index(rows[soon.number], 0).data(Qt.ItemDataRole.BackgroundRole)
    assert tint == DUE_SOON  # due today or the next working day
    # A new request has two working days to be assigned: not yet 将到期.
    assert page.proxy.index(rows[fresh.number], 0).data(Qt.ItemDataRole.BackgroundRole) is None

    page.view.selectRow(rows[late.number])
    assert "交办期限" in page.detail.facts.text() and "已超期" in page.detail.facts.text()
    assert "color:#c0392b" in page.detail.facts.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData("overdue"))
    assert page.proxy.rowCount() == 1 and page.count_label.text() == "共 1 条"
    page.status_filter.setCurrentIndex(page.status_filter.findData("due_soon"))
    assert page.status_filter.currentText() == "将到期" and page.proxy.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    assert page.proxy.rowCount() == 4
    page.search.setText("办结")
    page.apply_filters()
    assert [page.proxy.index(i, 0).data() for i in range(page.proxy.rowCount())] == [closed.number]


def test_requests_grouped_into_a_common_issue(qtbot, services, studio, when_modal):
    a = _register(services, "东关村路灯坏了", village="东关村")
    b = _register(services, "西关村路灯不亮", village="西关村")
    page = _show(qtbot, RequestsPage(services))
    _select_number(page, a.number)
    page.view.selectionModel().select(
        page.proxy.index(next(i for i in range(page.proxy.rowCount())
                              if page.proxy.index(i, 0).data(ROW_ROLE).id == b.id), 0),
        page.view.selectionModel().SelectionFlag.Select
        | page.view.selectionModel().SelectionFlag.Rows,
    )  # fmt: skip
    assert len(page.selected_rows()) == 2 and page.issue_action.isEnabled()

    def create(d: ActionDialog) -> None:
        d.fields.widget("title").setText("路灯长期失修")
        d.accept_button.click()

    when_modal(ActionDialog, create)
    page.issue_action.trigger()
    (issue,) = services.common_issues.issues()
    assert (issue.title, issue.request_count) == ("路灯长期失修", 2)
    assert page.tabs.currentIndex() == 1
    assert page.issues.title.text() == "路灯长期失修"
    assert {r.number for r in page.issues.requests.rows} == {a.number, b.number}


def test_the_reception_days_page(qtbot, services, studio, answers, when_modal):
    services.members.create(MemberInput(name="王委员"))
    page = _show(qtbot, ReceptionDaysPage(services))
    assert "未设置" in page.rule_label.text()

    def rule(d: ActionDialog) -> None:
        d.fields.widget("reception_rule").setText("每周三")
        d.accept_button.click()  # refused: not a monthly rule
        assert "看不懂接待日规则" in d.fields.error("reception_rule").text()
        d.fields.widget("reception_rule").setText("每月第一个星期三")
        d.accept_button.click()

    answers.confirm = True  # "generate the year's days now?"
    when_modal(ActionDialog, rule)
    page.rule_action.trigger()
    assert page.rule_label.text() == "接待日规则：每月第一个星期三"
    assert page.days_model.rowCount() == 12
    assert any("已生成 12 个接待日" in t for t in answers.texts("info"))

    first = page.days_model.row_at(0)
    page.days_view.selectRow(0)
    assert pydate(page.calendar.selectedDate()) == first.held_on
    fmt = page.calendar.dateTextFormat(QDate(first.held_on.year, first.held_on.month,
                                             first.held_on.day))  # fmt: skip
    assert fmt.fontWeight() > 400  # reception days stand out on the calendar

    def duty(d: ActionDialog) -> None:
        members = d.fields.widget("duty")
        # Every name in whole rows: the last one is not cut off.
        rows = members.count() * members.sizeHintForRow(0)
        assert members.viewport().height() >= rows and not members.verticalScrollBar().isVisible()
        members.item(0).setCheckState(Qt.CheckState.Checked)
        d.accept_button.click()

    when_modal(ActionDialog, duty)
    page.duty_action.trigger()
    assert page.selected_day().duty_names == ("王委员",)
    assert "王委员" in page.detail.duty.text()

    def cancel(d: ActionDialog) -> None:
        d.fields.widget("reason").setPlainText("暴雨红色预警")
        d.accept_button.click()

    when_modal(ActionDialog, cancel)
    page.cancel_action.trigger()
    day = page.selected_day()
    assert (day.status, day.change_reason) == (ReceptionStatus.CANCELLED, "暴雨红色预警")
    assert not page.duty_action.isEnabled() and not page.desk_action.isEnabled()
    fmt = page.calendar.dateTextFormat(QDate(day.held_on.year, day.held_on.month,
                                             day.held_on.day))  # fmt: skip
    assert fmt.fontStrikeOut()


def test_reception_days_of_an_unpublished_year_say_so(qtbot, services, studio, answers):
    services.reception_days.set_rule(studio.id, "每月第一个星期五")
    page = _show(qtbot, ReceptionDaysPage(services))
    page.year.setValue(2027)
    assert "2027 年调休安排待公布" in page.rule_label.text()
    page.generate()
    assert "调休安排待公布" in answers.said[-1][1]
    january = page.days_model.rows[0]
    # Friday 1 January 2027 is 元旦 by the law: the day moves to Monday 4 January
    assert (january.held_on, january.moved_from) == (date(2027, 1, 4), date(2027, 1, 1))
    assert page._note(january).endswith("调休安排待公布")
    page.year.setValue(2026)
    assert "待公布" not in page.rule_label.text()


def test_generating_says_what_moved_where(qtbot, services, studio, answers):
    services.reception_days.set_rule(studio.id, "每月31日")
    page = _show(qtbot, ReceptionDaysPage(services))
    page.year.setValue(2026)
    page.generate_action.trigger()
    (said,) = answers.texts("info")
    lines = said.split("\n")
    assert lines[0] == "已生成 12 个接待日。"
    assert "1月31日是休息日，顺延就到了下个月，改为提前到1月30日。" in lines
    assert "4月没有31日，安排在当月最后一天4月30日。" in lines
    assert page.days_model.rowCount() == 12
    page.generate_action.trigger()
    assert answers.texts("info")[-1] == "2026 年的接待日都已生成，没有新增。"


def test_a_new_reception_day_starts_from_today_and_is_selected(qtbot, services, studio, when_modal):
    services.reception_days.set_rule(studio.id, "每月第一个星期三")
    services.reception_days.generate(studio.id, date.today().year)
    page = _show(qtbot, ReceptionDaysPage(services))
    page.days_view.selectRow(0)  # a reception day (held or planned) is selected
    extra = date.today() + timedelta(days=400)  # next year: the page turns to it
    offered = []

    def add(d: ActionDialog) -> None:
        picked = d.fields.widget("held_on")
        offered.append(pydate(picked.date()))
        picked.setDate(QDate(extra.year, extra.month, extra.day))
        d.fields.widget("reason").setText("汛期专场接待")
        d.accept_button.click()

    when_modal(ActionDialog, add)
    page.add_action.trigger()
    assert offered == [date.today()]  # not the selected reception day
    assert page.year.value() == extra.year and page.selected_day().held_on == extra

    # A free day clicked on the calendar is the one offered.
    free = extra + timedelta(days=1)
    page.calendar.clicked.emit(QDate(free.year, free.month, free.day))
    assert page.selected_day() is None
    when_modal(ActionDialog, lambda d: (offered.append(pydate(d.fields.widget("held_on").date())),
                                        d.reject()))  # fmt: skip
    page.add_action.trigger()
    assert offered[-1] == free


def test_the_workbench_lists_what_is_late(qtbot, services, studio, wait_background):
    late = _register(services, "三周前的诉求，还没交办", days_ago=21, village="东关村",
                     visitor_phone="13812345678")  # fmt: skip
    _register(services, "今天的诉求", visitor_phone="138 1234 5678")  # the same person
    page = _show(qtbot, WorkbenchPage(services))
    overdue = page.lists["overdue"][1]
    assert [r.number for r in overdue.rows] == [late.number]
    assert page.tabs.currentIndex() == 0 and page.tabs.tabText(0) == "已超期（1）"
    assert "1 件超期" in page.todo_title.text()
    assert "超期" in overdue.index(0, 3).data()
    today = date.today()
    if today.year == 2026 and today.month >= 11:  # 2027's dates are not shipped
        assert "2027 年的调休安排待公布" in page.calendar_warning.text()
        services.calendar.set_day(date(2027, 1, 1), DayKind.HOLIDAY, "元旦")
        page.refresh()
        assert not page.calendar_warning.isHidden()  # one day entered is not the notice
        services.calendar.save_notice(read_notice(
            "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日放假。"
        ))  # fmt: skip
        page.refresh()
        assert page.calendar_warning.isHidden()
    assert page.period.currentText() == "本月"
    page.start.setDate(QDate.currentDate().addDays(-30))  # both requests, whatever today is
    assert page.period.currentText() == "自定义"
    wait_background()
    shown = {label.text() for label in page.figure_labels}
    assert "2 人次（1 人）" in shown  # the same visitor came twice this year
    assert page.figures_title.text() == "工作成效"

    with qtbot.waitSignal(page.requestRequested) as signal:
        view = page.tabs.widget(0)
        view.selectRow(0)
        view.doubleClicked.emit(overdue.index(0, 0))
    assert signal.args == [late.id]


def test_the_workbench_works_its_figures_out_off_the_gui_thread(
    qtbot, services, studio, wait_background, monkeypatch
):
    _register(services, "昨天的诉求", days_ago=1)
    threads, figures = [], services.figures.figures

    def traced(*args, **kw):
        threads.append(threading.current_thread())
        return figures(*args, **kw)

    monkeypatch.setattr(services.figures, "figures", traced)
    page = _show(qtbot, WorkbenchPage(services))
    assert page.figures_title.text() == "工作成效 · 正在计算…"
    wait_background()
    assert page.figures is not None and page.figures_title.text() == "工作成效"
    page.period.setCurrentIndex(page.period.findData("year"))
    page.period.setCurrentIndex(page.period.findData("last_30_days"))  # before the year arrives
    wait_background()
    assert threads and threading.main_thread() not in threads
    today = date.today()
    assert (page.figures.start, page.figures.end) == (today - timedelta(days=29), today)
    assert page.figures.visits == 1  # the year's answer came first and was not shown over it
    closed = next(w for w in page.figure_labels if w.text() == "办结")
    assert "回访满意或基本满意" in closed.parentWidget().toolTip()
    assert page.tabs.tabText(1).startswith("将到期") and "下一个工作日" in page.tabs.tabToolTip(1)


def test_the_workbench_offers_the_last_month_when_this_one_is_empty(
    qtbot, services, studio, wait_background
):
    page = _show(qtbot, WorkbenchPage(services))
    wait_background()
    assert page.period.currentData() == "month" and page.empty_note.isVisible()
    assert "上月" in page.empty_note.text() and "近 30 天" in page.empty_note.text()
    page.empty_note.linkActivated.emit("last_month")
    wait_background()
    first = date.today().replace(day=1)
    assert page.period.currentText() == "上月" and not page.empty_note.isVisible()
    assert page.figures.end == first - timedelta(days=1) and page.figures.start.day == 1


def test_settings_dialogs(qtbot, services, studio, when_modal):
    dialog = _show(qtbot, DeadlinesDialog(services))
    dialog.spins["answer"].setValue(7)
    dialog.save()
    assert services.settings.deadlines().answer == 7 and dialog.changed

    categories = _show(qtbot, CategoriesDialog(services))
    names = [e.name for e in categories.model.rows]
    assert names[:3] == ["医疗", "教育", "就业"]
    categories.view.selectRow(names.index("其他"))
    categories.toggle_archive()
    assert "其他" not in services.categories.names()

    calendar = _show(qtbot, CalendarDialog(services))
    calendar.year.setValue(2040)
    assert "2040 年的调休安排待公布" in calendar.notice.text()
    rows = {d.day: d for d in calendar.model.rows}
    assert date(2040, 1, 1) not in rows  # a Sunday: off anyway, no exception to list
    assert rows[date(2040, 2, 13)].name == "春节" and rows[date(2040, 2, 13)].estimated
    calendar.day.setDate(QDate(2040, 1, 2))  # a Monday: the law's 1 January is a Sunday
    calendar.kind.setCurrentIndex(calendar.kind.findData(DayKind.HOLIDAY))
    calendar.name.setText("元旦")
    calendar.add_day()
    rows = {d.day: d for d in calendar.model.rows}
    assert (rows[date(2040, 1, 2)].name, rows[date(2040, 1, 2)].entered) == ("元旦", True)
    assert calendar.model.index(0, 4).data() == "手工录入"
    assert calendar.model.index(1, 4).data() == "预估（法定）"  # 春节
    assert "待公布" in calendar.notice.text()


def test_a_pasted_notice_is_shown_for_a_check_then_saved(qtbot, services, when_modal, answers):
    calendar = _show(qtbot, CalendarDialog(services))
    text = (Path(__file__).resolve().parents[1] / "data" / "notices" / "2026.txt").read_text(
        encoding="utf-8"
    )

    def paste(d: NoticeDialog) -> None:
        assert not d.save_button.isEnabled()
        d.text.setPlainText("国务院办公厅关于2027年部分节假日安排的通知")
        assert "没有找到放假日期" in d.summary.text() and not d.save_button.isEnabled()
        d.text.setPlainText(text.replace("1月4日（周日）", "1月4日（周一）"))
        assert "放假 33 天，调休上班 6 天" in d.summary.text()
        assert "2026-01-04 通知写的是星期一，实际是星期日" in d.problems.text()
        assert d.model.rowCount() == 39 and d.model.index(0, 3).data() == "元旦"
        assert d.save_button.text() == "保存 2026 年安排"
        d.save_button.click()

    when_modal(NoticeDialog, paste)
    calendar.paste_notice()
    assert calendar.changed and calendar.year.value() == 2026
    assert answers.said[-1] == ("info", "2026 年的放假安排已保存。")  # no open request moved
    assert len(services.calendar.entries(2026)) == 39
    assert calendar.model.index(0, 4).data() == "手工录入"


@pytest.mark.parametrize("year", [2026])
def test_the_calendar_dialog_shows_the_shipped_dates(qtbot, services, year):
    calendar = _show(qtbot, CalendarDialog(services))
    calendar.year.setValue(year)
    rows = {d.day: d for d in calendar.model.rows}
    assert rows[date(2026, 10, 1)].name == "国庆节"
    assert calendar.model.index(0, 4).data() == "国务院公布（内置）"


# ---- the steps from the keyboard (issue 15) --------------------------------------------------


def _in_window(qtbot, page):
    """The page in a main window of its own (for the status bar), active for the keys."""
    window = QMainWindow()
    window.setCentralWidget(page)
    _show(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _focused():
    return QApplication.focusWidget()


@pytest.mark.parametrize(
    "make",
    [
        assign_dialog,
        extend_dialog,
        answer_dialog,
        return_visit_dialog,
        reject_dialog,
        merge_dialog,
        convert_dialog,
    ],
)
def test_each_step_dialog_opens_in_its_first_field_and_tabs_down_the_form(
    qtbot, services, studio, make
):
    _register(services, "村口路灯坏了三个月", village="东关村")
    r = _register(services, "村口路灯坏了，晚上看不见", village="东关村", name="李四")
    services.requests.assign(r.id, handling_unit="镇城建办")
    if make is return_visit_dialog:
        services.requests.answer(r.id, "已更换")
    if make in (assign_dialog, reject_dialog, merge_dialog):
        r = _register(services, "路灯又坏了", name="王五")  # still waiting to be assigned
    row = services.request_list.row(r.id)
    dialog = _show(qtbot, make(services, row, None))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    order = dialog.fields_in_order()
    assert order and order[0].hasFocus()  # not the OK button
    for here, after in zip(order, [*order[1:], dialog.accept_button], strict=True):
        assert _focused() is here
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert _focused() is after  # down the form as it is shown, then the OK button


def test_assign_by_keys_the_note_lands_in_the_note(qtbot, services, studio):
    member = services.members.create(MemberInput(name="王委员"))
    services.members.create(MemberInput(name="李委员"))
    r = _register(services, "村口路灯坏了")
    dialog = _show(qtbot, assign_dialog(services, services.request_list.row(r.id), None))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    members, unit, note = dialog.fields_in_order()
    assert members.hasFocus()
    qtbot.keyClicks(members, "wwy")  # 王委员 by the first letters of the name's pinyin
    assert members.currentData() == member.id
    assert unit.hasFocus()  # on by itself: one member begins so
    qtbot.keyClicks(unit, "Town office")
    qtbot.keyClick(unit, Qt.Key.Key_Tab)
    assert note.hasFocus()
    qtbot.keyClicks(note, "within two days")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.done_ok
    stored = services.requests.get(r.id)
    assert (stored.assignee_id, stored.handling_unit) == (member.id, "Town office")
    assert services.requests.history(r.id)[-1].note == "within two days"


def test_a_final_return_visit_says_what_happened_and_where_the_request_went(
    qtbot, services, studio, when_modal
):
    r = _register(services, "村口路灯坏了", days_ago=2)
    other = _register(services, "垃圾清运不及时", days_ago=3)
    services.requests.assign(r.id, handling_unit="镇城建办")
    services.requests.answer(r.id, "已更换")
    page = RequestsPage(services)
    window = _in_window(qtbot, page)
    _select_number(page, r.number)
    page.view.setFocus()

    def visit(d: ActionDialog) -> None:
        d.activateWindow()  # a real window system activates it; offscreen does not
        qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
        satisfaction = d.fields.widget("satisfaction")
        assert satisfaction.currentIndex() == -1 and satisfaction.hasFocus()  # none assumed
        qtbot.keyClick(satisfaction, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert d.isVisible()  # refused in place: the coordinator must choose
        assert d.fields.error("satisfaction").text() == "请选择群众对答复是否满意。"
        assert satisfaction.hasFocus()
        qtbot.keyClicks(satisfaction, "1")  # 满意, and on to the comment
        assert d.fields.widget("comment").hasFocus()
        qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    seen = when_modal(ActionDialog, visit)
    qtbot.keyClick(page.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # 回访
    assert len(seen) == 1
    assert services.requests.get(r.id).status == RequestStatus.CLOSED
    said = f"{r.number} 已办结（满意）。当前列表不再显示它，在“已办结”中可以找到。"
    assert page.said == said and window.statusBar().currentMessage() == said
    assert page.selected_id() == other.id  # the selection moved on to the next row
    page.status_filter.setCurrentIndex(page.status_filter.findData("finished"))
    assert [page.proxy.index(i, 0).data() for i in range(page.proxy.rowCount())] == [r.number]


def test_every_step_is_in_the_list_s_menu_and_has_its_keys(qtbot, services, studio):
    page = _show(qtbot, RequestsPage(services))
    assert page.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert set(page.view.actions()) == set(page.step_actions.values())
    keys = {a.value: page.step_actions[a].shortcut().toString() for a in page.step_actions}
    assert {k: v for k, v in keys.items() if v} == {
        "assign": "Ctrl+J", "extend": "Ctrl+Y", "start": "Ctrl+B", "answer": "Ctrl+D",
        "return_visit": "Ctrl+H",
    }  # fmt: skip


def test_an_extension_by_keys_is_saved_and_shown_in_the_timeline(
    qtbot, services, studio, when_modal
):
    r = _register(services, "村口路灯坏了")
    services.requests.assign(r.id, handling_unit="镇城建办")
    due, proposed = services.requests.extension_proposal(r.id)
    page = RequestsPage(services)
    window = _in_window(qtbot, page)
    _select_number(page, r.number)
    page.view.setFocus()

    opened: list = []

    def extend(d: ActionDialog) -> None:
        d.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
        new_due, reason = d.fields_in_order()
        texts = [label.text() for label in d.findChildren(QLabel)]
        opened.append((new_due.hasFocus(), pydate(new_due.date()), texts))
        qtbot.keyClick(new_due, Qt.Key.Key_Tab)
        qtbot.keyClicks(reason, "county bureau to confer")
        qtbot.keyClick(reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    seen = when_modal(ActionDialog, extend)
    qtbot.keyClick(page.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # 延期
    assert len(seen) == 1
    ((focused, shown, texts),) = opened
    assert focused and shown == proposed  # the cursor starts in the date, the proposal in it
    assert any(f"现在的答复期限是 {due.isoformat()}" in text for text in texts)
    stored = services.requests.get(r.id)
    assert (stored.answer_due, stored.extension_count) == (proposed, 1)
    assert "理由：county bureau to confer" in page.detail.timeline.toPlainText()
    assert window.statusBar().currentMessage() == page.said


# ---- every visitor called back; a finished request takes no merge (issue 16, point 5) -------


def test_a_merge_into_a_proposal_offers_to_relate_to_it_instead(qtbot, services, studio,
                                                               monkeypatch):  # fmt: skip
    from studio_app.ui import request_actions

    proposal = _register(services, "独居老人冬季取暖难")
    services.proposals.convert_request(proposal.id, ProposalKind.SOCIAL_OPINION)
    r = _register(services, "老人冬天取暖没保障", name="李四")
    asked: list[str] = []

    def confirm(_parent, _title, text, _yes, _no=""):
        asked.append(text)
        return True

    monkeypatch.setattr(request_actions.messages, "confirm", confirm)
    import studio_app.ui.form_fields as ff

    monkeypatch.setattr(ff.messages, "show_error", lambda _d, e, *a: asked.append(f"ERR {e}"))
    dialog = _show(qtbot, merge_dialog(services, services.request_list.row(r.id), None))
    dialog.fields.widget("into").setEditText(proposal.number)
    dialog.accept_button.click()
    assert dialog.done_ok
    (text,) = asked
    assert "已转为提案/社情民意，不能合并进去" in text and "仍由您答复和回访" in text
    stored = services.requests.get(r.id)
    assert (stored.status, stored.linked_to_id) == (RequestStatus.REGISTERED, proposal.id)


def test_a_merged_visitor_is_called_back_from_the_requests_page(
    qtbot, services, studio, when_modal
):
    main = _register(services, "村口路灯坏了")
    merged = _register(services, "路灯不亮", name="李四")
    services.requests.merge(merged.id, main.id)
    services.requests.assign(main.id, handling_unit="镇城建办")
    services.requests.answer(main.id, "已更换灯具")
    page = RequestsPage(services)
    window = _in_window(qtbot, page)
    page.show_request(merged.id)  # as a double-click on the 工作台's 待回访 does
    assert page.selected_id() == merged.id
    assert page.step_actions[_action(page, "return_visit")].isEnabled()
    intro: list[str] = []

    def visit(d: ActionDialog) -> None:
        intro.extend(label.text() for label in d.findChildren(QLabel))
        satisfaction = d.fields.widget("satisfaction")
        satisfaction.setCurrentIndex(satisfaction.findData(Satisfaction.SATISFIED))
        d.accept_button.click()

    when_modal(ActionDialog, visit)
    page.step_actions[_action(page, "return_visit")].trigger()
    assert any("这是对他（她）本人的回访" in text for text in intro)
    stored = services.requests.get(merged.id)
    assert (stored.status, stored.satisfaction) == (RequestStatus.MERGED, Satisfaction.SATISFIED)
    assert window.statusBar().currentMessage().startswith(f"{merged.number} 已回访（满意）")


def test_a_step_saved_second_offers_to_reload_and_saves_nothing(qtbot, services, studio, answers):
    """Another window re-routed the request while this one's 延期 was open (issue 16, 6)."""
    r = _register(services, "村口路灯坏了")
    services.requests.assign(r.id, handling_unit="镇城建办")
    row = services.request_list.row(r.id)  # as the list showed it
    dialog = _show(qtbot, extend_dialog(services, row, None))
    services.requests.assign(r.id, handling_unit="县交通运输局")  # the other window
    dialog.fields.widget("reason").setPlainText("需要会商")
    answers.choice = 0  # 重新载入
    dialog.accept_button.click()
    ((options, _default),) = answers.offered
    assert options[0] == "重新载入"
    (asked,) = answers.texts("choose")
    assert "修改（可能在另一个窗口或另一台电脑上）" in asked and "您这次的修改没有保存" in asked
    assert dialog.outdated and not dialog.isVisible()  # closed: the page shows it anew
    stored = services.requests.get(r.id)
    assert (stored.handling_unit, stored.extension_count) == ("县交通运输局", 0)
