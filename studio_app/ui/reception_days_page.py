"""The 接待日 page: a studio's rule, the year's days on a month calendar and in a list, each
day's duty roster, and who came and what they asked."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import ReceptionStatus
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.labels import label, word_label
from studio_app.core.reception_days import DaySummary
from studio_app.core.reception_schedule import describe_rule
from studio_app.core.request_list import RequestQuery, RequestRow
from studio_app.core.services import Services
from studio_app.ui import messages
from studio_app.ui.action_dialog import (
    ActionDialog,
    checked_ids,
    date_picker,
    member_checklist,
    member_combo,
    plain_text,
    pydate,
    qdate,
)
from studio_app.ui.detail_panel import section_label
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import WHOLE, side_by_side
from studio_app.ui.page import Page, keyed, page_toolbar
from studio_app.ui.print_actions import print_reception_record

# Literal so translation tools find them; weekday() translates.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("weekday", "星期一"), QT_TRANSLATE_NOOP("weekday", "星期二"),
    QT_TRANSLATE_NOOP("weekday", "星期三"), QT_TRANSLATE_NOOP("weekday", "星期四"),
    QT_TRANSLATE_NOOP("weekday", "星期五"), QT_TRANSLATE_NOOP("weekday", "星期六"),
    QT_TRANSLATE_NOOP("weekday", "星期日"),
)  # fmt: skip
# … and as a list's column has room for them (周一, Mon).
SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("weekday", "周一"), QT_TRANSLATE_NOOP("weekday", "周二"),
    QT_TRANSLATE_NOOP("weekday", "周三"), QT_TRANSLATE_NOOP("weekday", "周四"),
    QT_TRANSLATE_NOOP("weekday", "周五"), QT_TRANSLATE_NOOP("weekday", "周六"),
    QT_TRANSLATE_NOOP("weekday", "周日"),
)  # fmt: skip
STATUS_COLOURS = {
    ReceptionStatus.PLANNED: QColor("#dce8f7"),  # blue: still to come
    ReceptionStatus.HELD: QColor("#d9f0dc"),  # green: held
    ReceptionStatus.CANCELLED: QColor("#e6e6e6"),  # grey: cancelled
}


def whole_rows(names: QListWidget, most: int = 16) -> None:
    """A list of names as tall as the names (up to ``most``, then it scrolls), in whole rows,
    so that no name is cut in half at the bottom."""
    shown = max(1, min(names.count(), most))
    row = names.sizeHintForRow(0) if names.count() else names.fontMetrics().height()
    names.setFixedHeight(shown * row + 2 * names.frameWidth())


def weekday(day: date) -> str:
    return QCoreApplication.translate("weekday", WEEKDAYS[day.weekday()])


def short_weekday(day: date) -> str:
    return QCoreApplication.translate("weekday", SHORT_WEEKDAYS[day.weekday()])


class ReceptionDaysPage(Page):
    """Reception days of one studio in one year.

    Signals:
        deskRequested(object): open the reception desk on this day (its id).
        requestRequested(object): show this request (its id) on the requests page.
    """

    deskRequested = Signal(object)
    requestRequested = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.studio_id: uuid.UUID | None = None
        self._days: list[DaySummary] = []
        self._free_day: date | None = None  # a day clicked on the calendar that has none
        self._pending = ""  # "调休安排待公布" while the year shown is unpublished

        self.studio_combo = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setSuffix(self.tr(" 年"))
        self.rule_label = QLabel()
        self.rule_label.setStyleSheet("color: #555;")

        self.toolbar = page_toolbar()
        add = self.toolbar.addAction
        self.rule_action = add(self.tr("接待日规则…"), self.edit_rule)
        self.generate_action = add(self.tr("生成全年接待日"), self.generate)
        self.add_action = keyed(add(self.tr("新增接待日…"), self.add_day), "Ctrl+N")
        self.toolbar.addSeparator()
        self.duty_action = add(self.tr("值班安排…"), self.edit_duty)
        self.swap_action = add(self.tr("换班…"), self.swap)
        self.move_action = add(self.tr("改期…"), self.move_day)
        self.cancel_action = add(self.tr("取消接待日…"), self.cancel_day)
        self.held_action = add(self.tr("标记已举行"), self.mark_held)
        self.toolbar.addSeparator()
        self.desk_action = add(self.tr("开始接待登记"), self._open_desk)
        self.record_action = add(self.tr("打印登记表…"), self._print_record)

        top = QHBoxLayout()
        self.studio_label = QLabel(self.tr("工作室"))
        top.addWidget(self.studio_label)
        top.addWidget(self.studio_combo)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.rule_label, 1)

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMinimumHeight(250)
        legend = QLabel(
            self.tr(
                "<span style='background:#dce8f7'>&nbsp;计划&nbsp;</span> "
                "<span style='background:#d9f0dc'>&nbsp;已举行&nbsp;</span> "
                "<span style='background:#e6e6e6'>&nbsp;已取消&nbsp;</span>"
            )
        )

        t = self.tr
        self.day_fields = [
            Field(t("日期"), lambda d: d.held_on.isoformat(), 90, priority=WHOLE),
            Field(t("星期"), lambda d: short_weekday(d.held_on), 60, priority=3),
            Field(t("状态"), lambda d: label(d.status), 90, priority=2),
            Field(t("值班委员"), lambda d: tr("、").join(d.duty_names) or t("未安排"), 160),
            Field(t("来访人次"), lambda d: str(d.visitors) if d.visitors else "", 60),
            Field(t("诉求"), lambda d: str(d.requests) if d.requests else "", 50),
            Field(t("未办结"), lambda d: str(d.open_requests) if d.open_requests else "", 50),
            Field(t("说明"), self._note, 200),
        ]
        self.days_model = RowsModel(self.day_fields, self)
        self.days_model.set_foreground(
            lambda d: QColor("#999999") if d.status == ReceptionStatus.CANCELLED else None
        )
        self.days_view = rows_view(self.days_model, self.day_fields)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(legend)
        left_layout.addWidget(self.days_view, 1)

        self.detail = DayDetail(self)
        self.detail.requestActivated.connect(self.requestRequested)
        splitter = side_by_side(
            left, self.detail, (640, 420), stretch=(3, 2), remember="reception_days"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.studio_combo.currentIndexChanged.connect(lambda _i: self._studio_changed())
        self.year.valueChanged.connect(lambda _y: self.reload_days())
        self.calendar.clicked.connect(self._calendar_clicked)
        self.calendar.currentPageChanged.connect(lambda y, _m: self._page_year(y))
        self.days_view.selectionModel().selectionChanged.connect(lambda *_: self._day_selected())
        self.days_view.doubleClicked.connect(lambda _i: self._open_desk())
        self.refresh()

    # ---- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.studio_id
        self.studio_combo.blockSignals(True)
        self.studio_combo.clear()
        for studio in self.services.studios.list():
            self.studio_combo.addItem(studio.name, studio.id)
        index = self.studio_combo.findData(current) if current else 0
        self.studio_combo.setCurrentIndex(max(index, 0))
        self.studio_combo.blockSignals(False)
        several = self.studio_combo.count() > 1  # one studio: nothing to choose
        self.studio_combo.setVisible(several)
        self.studio_label.setVisible(several)
        self._studio_changed()

    def _studio_changed(self) -> None:
        self.studio_id = self.studio_combo.currentData()
        self.reload_days()

    def reload_days(self, select: uuid.UUID | date | None = None) -> None:
        keep = select or (self.selected_day().id if self.selected_day() else None)
        self._pending = self.services.calendar.calendar().pending_note(
            date(self.year.value(), 1, 1)
        )
        studio = self.services.studios.get(self.studio_id) if self.studio_id else None
        if studio is None:
            self.rule_label.setText(self.tr("还没有工作室。请先在首次使用向导中填写工作室信息。"))
            self._days = []
        else:
            rule = describe_rule(studio.reception_rule) or self.tr("未设置")
            text = self.tr("接待日规则：{rule}").format(rule=rule)
            if self._pending:
                text += self.tr("（{year} 年{pending}，遇预估的法定节假日顺延）").format(
                    year=self.year.value(), pending=self._pending
                )
            self.rule_label.setText(text)
            self._days = self.services.reception_days.summaries(self.studio_id, self.year.value())
        self.days_model.set_rows(self._days)
        self._paint_calendar()
        for action in (self.rule_action, self.generate_action, self.add_action):
            action.setEnabled(studio is not None)
        if not self._select(keep):
            self._select(self._next_day())
        self._day_selected()

    def _next_day(self) -> date | None:
        """The first day still to come (or the last one of a past year)."""
        today = date.today()
        days = [d for d in self._days if d.status != ReceptionStatus.CANCELLED]
        upcoming = [d.held_on for d in days if d.held_on >= today]
        return upcoming[0] if upcoming else (days[-1].held_on if days else None)

    def _select(self, key: uuid.UUID | date | None) -> bool:
        for row, day in enumerate(self._days):
            if key in (day.id, day.held_on):
                self.days_view.selectRow(row)
                return True
        return False

    def _paint_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every format
        for day in self._days:
            fmt = QTextCharFormat()
            fmt.setBackground(STATUS_COLOURS[day.status])
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontStrikeOut(day.status == ReceptionStatus.CANCELLED)
            fmt.setToolTip(self._tooltip(day))
            self.calendar.setDateTextFormat(qdate(day.held_on), fmt)

    def _tooltip(self, day: DaySummary) -> str:
        text = self.tr("接待日（{status}）").format(status=label(day.status))
        if day.duty_names:
            text += "\n" + self.tr("值班：{names}").format(names=tr("、").join(day.duty_names))
        if note := self._note(day):
            text += "\n" + note
        return text

    def _note(self, day: DaySummary) -> str:
        if day.status == ReceptionStatus.CANCELLED:
            text = self.tr("取消原因：{reason}").format(reason=day.change_reason)
            if day.moved_from:
                text += self.tr("（原定 {date}）").format(date=day.moved_from.isoformat())
            return text
        if day.moved_from:
            text = self.tr("由 {date} 改期：{reason}").format(
                date=day.moved_from.isoformat(), reason=day.change_reason
            )
        else:
            text = day.change_reason
        if self._pending and day.status == ReceptionStatus.PLANNED:
            text = tr("；").join(t for t in (text, self._pending) if t)
        return text

    # ---- selection ----------------------------------------------------------------------
    def selected_day(self) -> DaySummary | None:
        return selected_row(self.days_view)

    def _day_selected(self) -> None:
        day = self.selected_day()
        if day is not None:
            self._free_day = None  # a reception day already: not where to add one
        planned = day is not None and day.status == ReceptionStatus.PLANNED
        for action in (self.duty_action, self.swap_action, self.move_action,
                       self.cancel_action, self.held_action):  # fmt: skip
            action.setEnabled(planned)
        self.swap_action.setEnabled(planned and bool(day.duty_names))
        self.desk_action.setEnabled(day is not None and day.status != ReceptionStatus.CANCELLED)
        self.record_action.setEnabled(day is not None)
        if day is not None:
            self.calendar.blockSignals(True)
            self.calendar.setSelectedDate(qdate(day.held_on))
            self.calendar.blockSignals(False)
        self.detail.show_day(self.services, day)

    def _calendar_clicked(self, value: QDate) -> None:
        if not self._select(pydate(value)):
            self.days_view.clearSelection()
            self.detail.show_day(self.services, None, pydate(value))
            self._free_day = pydate(value)  # where 新增接待日 proposes to add one

    def _page_year(self, year: int) -> None:
        if year != self.year.value():
            self.year.setValue(year)

    # ---- actions ------------------------------------------------------------------------
    def _run(
        self,
        dialog: ActionDialog,
        select: uuid.UUID | date | Callable[[], uuid.UUID] | None = None,
    ) -> bool:
        """Run ``dialog``; once it saved, show the days again with ``select`` selected (a
        callable: asked after the dialog, for a day it made)."""
        dialog.exec()
        ok, outdated = dialog.done_ok, dialog.outdated
        dialog.deleteLater()
        if ok and callable(select):
            select = select()
        if ok:
            self.reload_days(select)
            self.recordsChanged.emit()
        elif outdated:  # changed elsewhere meanwhile: show the day as it is saved now
            self.reload_days(select)
        return ok

    def edit_rule(self) -> None:
        studio = self.services.studios.get(self.studio_id)
        shown = describe_rule(studio.reception_rule)
        rule = QLineEdit(shown)
        rule.setPlaceholderText(self.tr("每月15日"))

        def save() -> str:
            # left as shown: the stored rule, whatever words the interface shows it in
            text = studio.reception_rule if rule.text() == shown else rule.text()
            return self.services.reception_days.set_rule(
                self.studio_id, text, version=studio.version
            )

        dialog = ActionDialog(
            self.tr("接待日规则"), self.tr("保存"), save, self,
            self.tr("按平时的说法写，例如：每月15日、每月10日和20日、每月第一个星期三、"
                    "每月最后一个星期五。遇周末或节假日顺延到下一个工作日；顺延会跨到下个月的，"
                    "改为提前到当月最后一个工作日；当月没有的日子（如4月31日）安排在当月最后一天；"
                    "两个日子落到同一天的，只安排一个接待日。"),
        )  # fmt: skip
        dialog.add("reception_rule", self.tr("规则"), rule)
        if self._run(dialog) and messages.confirm(
            self,
            self.tr("生成接待日"),
            self.tr("规则已保存为“{rule}”。现在生成 {year} 年的接待日吗？").format(
                rule=describe_rule(dialog.result), year=self.year.value()
            ),
            self.tr("生成"),
            self.tr("以后再说"),
        ):
            self.generate()

    def generate(self) -> None:
        try:
            year = self.services.reception_days.generate(self.studio_id, self.year.value())
        except StudioError as exc:
            messages.show_error(self, exc)
            return
        self.reload_days()
        self.recordsChanged.emit()
        text = "\n".join(year.report())
        if self._pending:
            text += "\n" + self.tr("{year} 年{pending}：接待日按预估的法定节假日顺延，"
                                   "通知下发录入后请核对。").format(
                year=self.year.value(), pending=self._pending)  # fmt: skip
        messages.info(self, text, self.tr("生成全年接待日"))

    def add_day(self) -> None:
        # The free day clicked on the calendar, else today: never the reception day selected.
        picked = date_picker(self._free_day or date.today())
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("例如：汛期专场接待"))
        dialog = ActionDialog(self.tr("新增接待日"), self.tr("新增"), lambda: (
            self.services.reception_days.add_day(self.studio_id, pydate(picked.date()),
                                                 reason.text())
        ), self)  # fmt: skip
        dialog.add("held_on", self.tr("日期"), picked)
        dialog.add("reason", self.tr("说明"), reason)

        def the_new_day() -> uuid.UUID:
            """Its year shown, so that it can be selected."""
            day = dialog.result
            if day.held_on.year != self.year.value():
                self.year.blockSignals(True)  # reloaded once, by _run
                self.year.setValue(day.held_on.year)
                self.year.blockSignals(False)
            return day.id

        self._run(dialog, the_new_day)

    def edit_duty(self) -> None:
        day = self.selected_day()
        current = {d.member_id for d in self.services.reception_days.duties(day.id)}
        members = member_checklist(self.services.members.choices(), current)
        dialog = ActionDialog(
            self.tr("值班安排 — {date}").format(date=day.held_on.isoformat()),
            self.tr("保存"),
            lambda: self.services.reception_days.set_duty(
                day.id, checked_ids(members), version=day.version
            ),
            self,
            self.tr("勾选当天值班的委员（至少一位）。"),
        )
        dialog.add("duty", self.tr("值班委员"), members)
        whole_rows(members)
        self._run(dialog, day.id)

    def swap(self) -> None:
        day = self.selected_day()
        duties = self.services.reception_days.duties(day.id)
        on_duty = {d.member_id for d in duties}
        out = member_combo([(d.member_id, d.name) for d in duties])
        incoming = member_combo([c for c in self.services.members.choices() if c[0] not in on_duty])
        note = QLineEdit()
        note.setPlaceholderText(self.tr("例如：外出开会"))
        dialog = ActionDialog(
            self.tr("换班 — {date}").format(date=day.held_on.isoformat()),
            self.tr("换班"),
            lambda: self.services.reception_days.swap(
                day.id,
                out.currentData(),
                incoming.currentData(),
                note.text(),
                version=day.version,
            ),
            self,
        )
        dialog.add("out", self.tr("原值班委员"), out)
        dialog.add("in", self.tr("换为"), incoming)
        dialog.add("note", self.tr("原因"), note)
        if incoming.count() == 0:
            messages.info(self, self.tr("所有委员都已在当天值班名单中，无人可换。"))
            dialog.deleteLater()
            return
        self._run(dialog, day.id)

    def move_day(self) -> None:
        day = self.selected_day()
        picked = date_picker(day.held_on)
        reason = QLineEdit()
        dialog = ActionDialog(
            self.tr("改期 — {date}").format(date=day.held_on.isoformat()),
            self.tr("改期"),
            lambda: self.services.reception_days.move(
                day.id, pydate(picked.date()), reason.text(), version=day.version
            ),
            self,
            self.tr("改期后原定日期会保留在说明中。"),
        )
        dialog.add("held_on", self.tr("新日期"), picked)
        dialog.add("reason", self.tr("改期原因"), reason)
        self._run(dialog, day.id)

    def cancel_day(self) -> None:
        day = self.selected_day()
        reason = plain_text(self.tr("例如：暴雨红色预警，改到下月一并接待"), 2)
        dialog = ActionDialog(
            self.tr("取消接待日 — {date}").format(date=day.held_on.isoformat()),
            self.tr("取消接待日"),
            lambda: self.services.reception_days.cancel(
                day.id, reason.toPlainText(), version=day.version
            ),
            self,
            self.tr("取消后这一天仍保留在列表中（灰色），以备查考。"),
        )
        dialog.add("reason", self.tr("取消原因"), reason)
        self._run(dialog, day.id)

    def mark_held(self) -> None:
        day = self.selected_day()
        try:
            self.services.reception_days.mark_held(day.id, version=day.version)
        except StudioError as exc:  # changed elsewhere since the list was read: reload?
            messages.show_refusal(self, exc, lambda: self.reload_days(day.id))
            return
        self.reload_days(day.id)
        self.recordsChanged.emit()

    def _print_record(self) -> None:
        day = self.selected_day()
        if day is not None:
            print_reception_record(self, self.services, day.id)

    def _open_desk(self) -> None:
        day = self.selected_day()
        if day is not None and day.status != ReceptionStatus.CANCELLED:
            self.deskRequested.emit(day.id)


class DayDetail(QWidget):
    """The selected day: its facts, duty roster, and the requests registered on it.

    Signals:
        requestActivated(object): a request (its id) was double-clicked.
    """

    requestActivated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumWidth(360)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.duty = QLabel()
        self.duty.setWordWrap(True)
        t = self.tr
        fields = [
            Field(t("编号"), lambda r: r.number, 80, priority=WHOLE),
            Field(t("来访人"), lambda r: r.visitor_name, 70),
            Field(t("类别"), lambda r: word_label(r.category), 60),
            Field(t("状态"), lambda r: label(r.status), 60),
            Field(t("内容"), lambda r: r.content, 300),
        ]
        self.requests = RowsModel(fields, self)
        self.requests_view = rows_view(self.requests, fields)
        self.requests_view.doubleClicked.connect(
            lambda _i: self.requestActivated.emit(selected_row(self.requests_view).id)
        )
        self.requests_label = section_label(t("当天登记的诉求"))
        self.open_button = QPushButton(t("查看诉求"))
        self.open_button.clicked.connect(self._open_request)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(section_label(t("值班委员")))
        layout.addWidget(self.duty)
        layout.addWidget(self.requests_label)
        layout.addWidget(self.requests_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch()
        layout.addLayout(row)

    def show_day(self, services: Services, day: DaySummary | None, on: date | None = None) -> None:
        t = self.tr
        if day is None:
            self.title.setText(
                t("{date} {weekday}").format(date=on.isoformat(), weekday=weekday(on))
                if on else t("请选择一个接待日")
            )  # fmt: skip
            self.facts.setText(t("这一天不是接待日。可用“新增接待日…”安排一次。") if on else "")
            self.duty.setText("")
            self.requests.set_rows([])
            self.open_button.setEnabled(False)
            return
        self.title.setText(
            t("{date} {weekday} · {status}").format(
                date=day.held_on.isoformat(), weekday=weekday(day.held_on),
                status=label(day.status),
            )
        )  # fmt: skip
        facts = [t("地点：{place}").format(place=day.place or t("未填写"))]
        if day.moved_from:
            facts.append(t("原定 {date}，改期原因：{reason}").format(
                date=day.moved_from.isoformat(), reason=day.change_reason))  # fmt: skip
        elif day.change_reason:
            facts.append(t("说明：{reason}").format(reason=day.change_reason))
        facts.append(
            t("来访 {v} 人次，登记诉求 {r} 件，其中未办结 {o} 件。").format(
                v=day.visitors, r=day.requests, o=day.open_requests
            )
        )
        self.facts.setText("\n".join(facts))
        duties = services.reception_days.duties(day.id)
        self.duty.setText(
            "\n".join(
                d.name + (t("（替 {name}：{note}）").format(name=d.replaces_name, note=d.note)
                          if d.replaces_name else "")
                for d in duties
            ) or t("未安排。请用“值班安排…”选择值班委员。")
        )  # fmt: skip
        rows: list[RequestRow] = list(
            services.request_list.rows(RequestQuery(reception_day_id=day.id, include_merged=True))
        )
        self.requests.set_rows(rows)
        self.open_button.setEnabled(bool(rows))

    def _open_request(self) -> None:
        row = selected_row(self.requests_view) or (
            self.requests.row_at(0) if self.requests.rows else None
        )
        if row is not None:
            self.requestActivated.emit(row.id)
