"""The form to record a meeting (协商议事会、座谈会、调研) and its minutes: the facts at the top,
then tabs for the members present, the other people, the agenda, what was agreed and the
follow-up actions. Saved whole through ``MeetingService``; errors are shown where they are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import ActionStatus, MeetingType
from studio_app.base.errors import FieldError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import TOPIC_SOURCES, choices, label
from studio_app.core.meetings import (
    ActionInput,
    MeetingInput,
    RequestRef,
    input_of,
)
from studio_app.core.models import Meeting
from studio_app.core.services import Services
from studio_app.ui.action_dialog import pydate, qdate
from studio_app.ui.form_fields import (
    FormFields,
    combo_data_index,
    combo_word,
    dialog_buttons,
    editable_combo,
    enum_data,
    error_label,
    save_or_show,
    set_combo_word,
    set_words,
)
from studio_app.ui.meeting_form import tab_parts
from studio_app.ui.meeting_form.agenda_tab import AgendaTab
from studio_app.ui.meeting_form.agreed_tab import AgreedTab
from studio_app.ui.meeting_form.members_tab import MembersTab
from studio_app.ui.meeting_form.others_tab import OthersTab
from studio_app.ui.meeting_form.tab_parts import (
    button_row,
    cell_text,
    edit_table,
    read_only_item,
    swap_rows,
)
from studio_app.ui.print_actions import actor, remember_actor

NO_DEADLINE = QDate(2000, 1, 1)  # a deadline edit at this date shows "未定" (no deadline)


class MeetingFields(FormFields):
    """The form's fields, in two form layouts, plus the error lines of the tabs: an error of a
    child list is shown on its tab, and that tab is brought forward."""

    def __init__(self, form: QFormLayout, tabs: QTabWidget):
        super().__init__(form)
        self._tabs = tabs
        self._tab_of: dict[str, int] = {}

    def add_to(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> QWidget:
        primary, self._form = self._form, form
        try:
            return self.add(field, label, widget)
        finally:
            self._form = primary

    def attach(self, field: str, widget: QWidget, error: QLabel, tab: int) -> None:
        """The error line of ``field`` on tab ``tab``, under ``widget``."""
        self._widgets[field] = widget
        self._errors[field] = error
        self._tab_of[field] = tab

    def show(self, errors: list[FieldError]) -> None:
        tab = next((self._tab_of[e.field] for e in errors if e.field in self._tab_of), None)
        top_error = any(e.field in self._widgets and e.field not in self._tab_of for e in errors)
        if tab is not None and not top_error:
            self._tabs.setCurrentIndex(tab)
        super().show(errors)


@dataclass
class _ActionState:
    id: uuid.UUID | None = None
    status: ActionStatus = ActionStatus.OPEN
    feedback: str = ""
    done_on: date | None = None


class MeetingDialog(QDialog):
    """Record a new meeting (``meeting_id`` None) or edit one. A meeting whose minutes are
    finalised is changed by a revision: the dialog then asks why (修订原因) and who (经办人),
    and saving issues the next revision of the minutes.

    Attributes:
        saved_id: the meeting saved, once the dialog is accepted.
        revision: the revision number saving will issue (0 when the minutes are a draft).
    """

    TAB_MEMBERS, TAB_OTHERS, TAB_AGENDA, TAB_AGREED, TAB_ACTIONS = range(5)

    def __init__(self, services: Services, meeting_id: uuid.UUID | None = None, parent=None,
                 studio_id: uuid.UUID | None = None):  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.saved_id: uuid.UUID | None = None
        issued = services.archive.finalised([meeting_id]) if meeting_id else {}
        self.revision = issued[meeting_id] + 1 if meeting_id in issued else 0
        self._version = 0
        studio = services.studios.get(studio_id) if studio_id else services.studios.default()
        self._studio_id = studio.id if studio else None
        t = self.tr
        self.setWindowTitle(
            t("修订会议纪要（将生成第 {n} 版）").format(n=self.revision)
            if self.revision
            else t("编辑会议纪要")
            if meeting_id
            else t("新建会议")
        )
        self.setMinimumSize(900, 680)

        # ---- the facts ----------------------------------------------------------------------
        self.tabs = QTabWidget()
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = MeetingFields(left, self.tabs)
        f = self.fields
        self.topic = f.add_to(left, "topic", t("会议主题 *"), QLineEdit())
        self.topic.setPlaceholderText(t("例如：柳湾村通村道路硬化"))
        self.type = f.add_to(left, "type", t("会议类型"), QComboBox())
        for value, text in choices(MeetingType):
            self.type.addItem(text, value)
        start = QDateTime(QDate.currentDate(), QTime(9, 0))
        self.starts_at = f.add_to(left, "starts_at", t("开始时间"), self._datetime_edit(start))
        self.ends_enabled = QCheckBox()
        self.ends_enabled.setToolTip(t("勾选后填写结束时间"))
        self.ends_at = self._datetime_edit(start.addSecs(2 * 3600 + 1800))
        self.ends_at.setEnabled(False)
        self.ends_enabled.toggled.connect(self.ends_at.setEnabled)
        ends = QWidget()
        ends_row = QHBoxLayout(ends)
        ends_row.setContentsMargins(0, 0, 0, 0)
        ends_row.addWidget(self.ends_enabled)
        ends_row.addWidget(self.ends_at, 1)
        f.add_to(left, "ends_at", t("结束时间"), ends)
        self._start_value = self.starts_at.dateTime()
        self.starts_at.dateTimeChanged.connect(self._start_moved)
        self.place = f.add_to(left, "place", t("会议地点"), QLineEdit())

        self.topic_source = f.add_to(right, "topic_source", t("议题来源"), QComboBox())
        set_words(self.topic_source, TOPIC_SOURCES, blank=t("（未填写）"))
        member_names = [name for _id, name in services.members.choices()]
        self.host = f.add_to(right, "host", t("主持人"), editable_combo(member_names))
        self.recorder = f.add_to(right, "recorder", t("记录人"), QLineEdit())
        self.summary = f.add_to(right, "summary", t("会议概况"), QPlainTextEdit())
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(t("会议的背景、会前调研和总体情况"))
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 4 + 14)
        facts = QHBoxLayout()
        facts.addLayout(left, 1)
        facts.addSpacing(16)
        facts.addLayout(right, 1)

        # ---- the tabs -----------------------------------------------------------------------
        self.members = MembersTab(services)
        self.members.titleChanged.connect(self._refresh_tab_titles)
        self.tabs.addTab(self.members, self.members.tab_title())
        self.others = OthersTab()
        self.others.titleChanged.connect(self._refresh_tab_titles)
        self.tabs.addTab(self.others, self.others.tab_title())
        f.attach(OthersTab.FIELD, self.others.table, self.others.error, self.TAB_OTHERS)
        self.agenda = AgendaTab()
        self.agenda.titleChanged.connect(self._refresh_tab_titles)
        self.tabs.addTab(self.agenda, self.agenda.tab_title())
        f.attach(AgendaTab.FIELD, self.agenda.list, self.agenda.error, self.TAB_AGENDA)
        self.agreed = AgreedTab()
        self.agreed.titleChanged.connect(self._refresh_tab_titles)
        self.tabs.addTab(self.agreed, self.agreed.tab_title())
        f.attach(AgreedTab.FIELD, self.agreed.list, self.agreed.error, self.TAB_AGREED)
        self.tabs.addTab(self._actions_tab(), t("跟踪事项"))

        buttons, self.save_button = dialog_buttons(self, t("保存"), t("取消"), self.save)
        self.save_button.setToolTip(t("保存（Ctrl+Enter）"))
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(self.tabs, 1)
        if self.revision:
            layout.addLayout(self._revision_form())
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)

        if meeting_id:
            self._load(services.meetings.get(meeting_id))
        else:
            self.members.load([])
            self.place.setText(studio.address if studio else "")
        self._refresh_tab_titles()
        self.topic.setFocus()

    def _revision_form(self) -> QFormLayout:
        """Why the finalised minutes change, and who changes them: both go into the archive."""
        t = self.tr
        form = QFormLayout()
        note = QLabel(
            t("这次会议的纪要已定稿。保存后生成第 {n} 版，已存档的各版保持原样。").format(
                n=self.revision
            )
        )
        note.setStyleSheet("color: #8a1c12;")
        form.addRow(note)
        self.reason = self.fields.add_to(form, "reason", t("修订原因 *"), QLineEdit())
        self.reason.setPlaceholderText(t("例如：更正会议地点；补充县财政局的意见"))
        self.by = self.fields.add_to(form, "by", t("经办人 *"), QLineEdit(actor(self.services)))
        return form

    # ---- building the tabs -----------------------------------------------------------------
    @staticmethod
    def _datetime_edit(value: QDateTime) -> QDateTimeEdit:
        edit = QDateTimeEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

    def _actions_tab(self) -> QWidget:
        t = self.tr
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(
            t("会后要落实的事项，写明责任单位和完成期限；与某件群众诉求有关的，填上诉求编号。"
              "落实情况在会议纪要页用“跟踪事项”登记。")
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet(tab_parts.MUTED)
        layout.addWidget(hint)
        self.actions = edit_table(
            [t("事项"), t("责任单位"), t("完成期限"), t("关联诉求编号"), t("落实情况")]
        )
        header = self.actions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 120), (3, 110), (4, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.actions.setColumnWidth(column, width)
        self.actions.itemChanged.connect(self._action_item_changed)
        layout.addWidget(self.actions, 1)
        error = error_label("actions")
        self.fields.attach("actions", self.actions, error, self.TAB_ACTIONS)
        layout.addWidget(error)
        row, (self.add_action_button, self.remove_action_button, self.action_up_button,
             self.action_down_button) = button_row(
            (t("添加事项"), self.add_action), (t("删除"), self._remove_action),
            (t("上移"), lambda: self._move_action(-1)), (t("下移"), lambda: self._move_action(1)),
        )  # fmt: skip
        layout.addLayout(row)
        return tab

    # ---- loading -----------------------------------------------------------------------------
    def _load(self, m: Meeting) -> None:
        self._version = m.version
        self.topic.setText(m.topic)
        self.type.setCurrentIndex(combo_data_index(self.type, m.type))
        start = QDateTime(m.starts_at.astimezone().replace(tzinfo=None))
        self.starts_at.setDateTime(start)
        self._start_value = start
        if m.ends_at is not None:
            self.ends_enabled.setChecked(True)
            self.ends_at.setDateTime(QDateTime(m.ends_at.astimezone().replace(tzinfo=None)))
        self.place.setText(m.place)
        set_combo_word(self.topic_source, m.topic_source)
        self.host.setCurrentText(m.host)
        self.recorder.setText(m.recorder)
        self.summary.setPlainText(m.summary)
        given = input_of(m)
        self.members.load([a for a in m.attendees if a.member_id is not None])
        self.others.set_value([a for a in given.attendees if a.member_id is None])
        self.agenda.set_value(given.agenda)
        self.agreed.set_value(given.agreed)
        refs = self.services.meetings.request_refs(a.request_id for a in m.actions)
        for a in m.actions:
            ref = refs.get(a.request_id)
            self.add_action(
                a.text, a.responsible_unit, a.deadline, ref.number if ref else "",
                _ActionState(a.id, a.status, a.feedback, a.done_on),
            )  # fmt: skip

    # ---- follow-up actions -------------------------------------------------------------------
    def add_action(self, text: str = "", unit: str = "", deadline: date | None = None,
                   request_number: str = "", state: _ActionState | None = None) -> int:  # fmt: skip
        state = state or _ActionState()
        self.actions.blockSignals(True)
        r = self.actions.rowCount()
        self.actions.insertRow(r)
        first = QTableWidgetItem(text)
        first.setData(Qt.ItemDataRole.UserRole, state)
        self.actions.setItem(r, 0, first)
        self.actions.setItem(r, 1, QTableWidgetItem(unit))
        self.actions.setCellWidget(r, 2, self._deadline_edit(deadline, new=state.id is None))
        self.actions.setItem(r, 3, QTableWidgetItem(request_number))
        status = label(state.status)
        if state.status != ActionStatus.OPEN and state.feedback:
            status = tr("{label}：{text}").format(label=status, text=state.feedback)
        self.actions.setItem(r, 4, read_only_item(status))
        self.actions.blockSignals(False)
        self._show_request(r)
        if not text:
            self.actions.setCurrentCell(r, 0)
            self.actions.editItem(first)
        self._refresh_tab_titles()
        return r

    def _deadline_edit(self, deadline: date | None, *, new: bool) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DEADLINE)
        edit.setSpecialValueText(self.tr("未定"))
        if deadline is not None:
            edit.setDate(qdate(deadline))
        elif new:  # a month after the meeting, as is usual
            edit.setDate(self.starts_at.date().addDays(30))
        else:
            edit.setDate(NO_DEADLINE)
        return edit

    def deadline_edit(self, row: int) -> QDateEdit:
        return self.actions.cellWidget(row, 2)

    def _action_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 3:
            self._show_request(item.row())

    def _show_request(self, row: int) -> None:
        """Under the typed number: the request's content, or that there is none so numbered."""
        item = self.actions.item(row, 3)
        number = item.text().strip() if item else ""
        if item is None:
            return
        self.actions.blockSignals(True)
        if not number:
            item.setToolTip(self.tr("与群众诉求有关时，填写诉求编号，如 2025-0012"))
            item.setForeground(self.palette().text())
        elif (ref := self._request(number)) is not None:
            item.setToolTip(
                self.tr("{number}（{status}）：{content}").format(
                    number=ref.number, status=label(ref.status), content=ref.content
                )
            )
            item.setForeground(self.palette().text())
        else:
            item.setToolTip(self.tr("找不到编号为“{number}”的诉求").format(number=number))
            item.setForeground(Qt.GlobalColor.red)
        self.actions.blockSignals(False)

    def _request(self, number: str) -> RequestRef | None:
        return self.services.meetings.find_request(number)

    def _remove_action(self) -> None:
        if (r := self.actions.currentRow()) >= 0:
            self.actions.removeRow(r)
            self._refresh_tab_titles()

    def _move_action(self, step: int) -> None:
        row = self.actions.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.actions.rowCount():
            return
        self.actions.blockSignals(True)
        a, b = self.deadline_edit(row).date(), self.deadline_edit(to).date()
        swap_rows(self.actions, row, to)
        self.deadline_edit(row).setDate(b)
        self.deadline_edit(to).setDate(a)
        self.actions.blockSignals(False)

    # ---- the tabs' titles --------------------------------------------------------------------
    def _refresh_tab_titles(self) -> None:
        t = self.tr
        titles = (
            self.members.tab_title(),
            self.others.tab_title(),
            self.agenda.tab_title(),
            self.agreed.tab_title(),
            t("跟踪事项（{n}）").format(n=self.actions.rowCount()),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    # ---- saving ------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        """Enter finishes a cell or a field; it does not save the whole meeting (Ctrl+Enter
        does)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            return
        super().keyPressEvent(event)

    def _start_moved(self, value: QDateTime) -> None:
        """Moving the start moves the end with it (the meeting keeps its length)."""
        shift = self._start_value.secsTo(value)
        self._start_value = value
        self.ends_at.setDateTime(self.ends_at.dateTime().addSecs(shift))

    @staticmethod
    def _aware(value: QDateTime) -> datetime:
        d, t = value.date(), value.time()
        return datetime.combine(pydate(d), time(t.hour(), t.minute())).astimezone()

    def data(self) -> MeetingInput:
        """What the form holds; a request number that matches no request is refused here."""
        attendees = self.members.value() + self.others.value()
        starts = self._aware(self.starts_at.dateTime())
        return MeetingInput(
            studio_id=self._studio_id,
            type=enum_data(self.type, MeetingType),
            starts_at=starts,
            ends_at=self._aware(self.ends_at.dateTime()) if self.ends_enabled.isChecked() else None,
            place=self.place.text(),
            topic=self.topic.text(),
            topic_source=combo_word(self.topic_source),
            host=self.host.currentText(),
            recorder=self.recorder.text(),
            summary=self.summary.toPlainText(),
            attendees=attendees,
            agenda=self.agenda.value(),
            agreed=self.agreed.value(),
            actions=self._actions_data(),
        )

    def _actions_data(self) -> list[ActionInput]:
        actions, unknown = [], []
        for r in range(self.actions.rowCount()):
            state: _ActionState = self.actions.item(r, 0).data(Qt.ItemDataRole.UserRole)
            number = cell_text(self.actions, r, 3).strip()
            ref = self._request(number) if number else None
            if number and ref is None:
                unknown.append(
                    self.tr("跟踪事项第 {n} 项：找不到编号为“{number}”的诉求，请核对编号。").format(
                        n=r + 1, number=number
                    )
                )
            deadline = self.deadline_edit(r).date()
            actions.append(ActionInput(
                text=cell_text(self.actions, r, 0),
                responsible_unit=cell_text(self.actions, r, 1),
                deadline=None if deadline == NO_DEADLINE else pydate(deadline),
                request_id=ref.id if ref else None,
                status=state.status, feedback=state.feedback, done_on=state.done_on,
                id=state.id,
            ))  # fmt: skip
        if unknown:
            raise ValidationError(
                [FieldError("actions", self.tr("跟踪事项"), text) for text in unknown]
            )
        return actions

    def save(self) -> None:
        """Save through the service; on errors show them in place and keep the dialog open."""

        def call():
            data = self.data()
            if self.revision:
                by = self.by.text()
                self.services.archive.revise(
                    self.meeting_id, self._version, data, self.reason.text(), by
                )
                remember_actor(self.services, by)
                return self.meeting_id
            if self.meeting_id:
                return self.services.meetings.update(self.meeting_id, self._version, data).id
            return self.services.meetings.create(data).id

        saved = save_or_show(self, self.fields, call)
        if saved is not None:
            self.saved_id = saved
            self.accept()
