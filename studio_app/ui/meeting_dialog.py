"""The form to record a meeting (协商议事会、座谈会、调研) and its minutes: the facts at the top,
then tabs for the members present, the other people, the agenda, what was agreed and the
follow-up actions (each a widget of ``studio_app.ui.meeting_form``). Saved whole through
``MeetingService``; errors are shown where they are, an error of a tab's rows on that tab."""

from __future__ import annotations

import uuid
from datetime import datetime, time

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import MeetingType
from studio_app.base.errors import FieldError
from studio_app.base.labels import TOPIC_SOURCES, choices
from studio_app.core.meetings import MeetingInput, input_of
from studio_app.core.models import Meeting
from studio_app.core.services import Services
from studio_app.ui import screen_fit
from studio_app.ui.action_dialog import pydate
from studio_app.ui.form_fields import (
    FormFields,
    combo_data_index,
    combo_word,
    dialog_buttons,
    editable_combo,
    enum_data,
    save_or_show,
    set_combo_word,
    set_words,
)
from studio_app.ui.meeting_form.actions_tab import ActionsTab
from studio_app.ui.meeting_form.agenda_tab import AgendaTab
from studio_app.ui.meeting_form.agreed_tab import AgreedTab
from studio_app.ui.meeting_form.members_tab import MembersTab
from studio_app.ui.meeting_form.others_tab import OthersTab
from studio_app.ui.print_actions import actor, remember_actor


class MeetingFields(FormFields):
    """The form's fields, in two form layouts, plus the error lines of the tabs (each tab's
    own, attached here): an error of a child list is shown on its tab, and that tab is brought
    forward."""

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
        screen_fit.fit_size(self, 900, 680)

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

        # ---- the tabs (in the order of TAB_MEMBERS …) ---------------------------------------
        self.members = MembersTab(services)
        self.others = OthersTab()
        self.agenda = AgendaTab()
        self.agreed = AgreedTab()
        self.actions = ActionsTab(services, lambda: self.starts_at.date())
        for tab in (self.members, self.others, self.agenda, self.agreed, self.actions):
            tab.titleChanged.connect(self._refresh_tab_titles)
            self.tabs.addTab(tab, tab.tab_title())
        f.attach(OthersTab.FIELD, self.others.table, self.others.error, self.TAB_OTHERS)
        f.attach(AgendaTab.FIELD, self.agenda.list, self.agenda.error, self.TAB_AGENDA)
        f.attach(AgreedTab.FIELD, self.agreed.list, self.agreed.error, self.TAB_AGREED)
        f.attach(ActionsTab.FIELD, self.actions.table, self.actions.error, self.TAB_ACTIONS)

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

    @staticmethod
    def _datetime_edit(value: QDateTime) -> QDateTimeEdit:
        edit = QDateTimeEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

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
        given = input_of(m)  # the tabs' parts
        self.members.load([a for a in m.attendees if a.member_id is not None])
        self.others.set_value([a for a in given.attendees if a.member_id is None])
        self.agenda.set_value(given.agenda)
        self.agreed.set_value(given.agreed)
        self.actions.set_value(given.actions)

    def _refresh_tab_titles(self) -> None:
        """Each tab's title with how many it holds."""
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self.tabs.widget(index).tab_title())

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
            actions=self.actions.value(),
        )

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

        reload = (
            (lambda: self._load(self.services.meetings.get(self.meeting_id)))
            if (self.meeting_id)
            else None
        )
        saved = save_or_show(self, self.fields, call, reload)
        if saved is not None:
            self.saved_id = saved
            self.accept()
