"""The form to record a meeting (协商议事会、座谈会、调研) and its minutes: the facts at the top,
then tabs for the members present, the other people, the agenda, what was agreed and the
follow-up actions. Saved whole through ``MeetingService``; errors are shown where they are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType
from studio_app.base.errors import FieldError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import TOPIC_SOURCES, choices, label
from studio_app.core.meetings import (
    ActionInput,
    AgendaInput,
    AttendeeInput,
    MeetingInput,
    RequestRef,
)
from studio_app.core.members import MemberQuery
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
from studio_app.ui.list_view import side_by_side
from studio_app.ui.print_actions import actor, remember_actor

NO_DEADLINE = QDate(2000, 1, 1)  # a deadline edit at this date shows "未定" (no deadline)
MUTED = "color: #666;"


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

    def attach(self, field: str, widget: QWidget, tab: int) -> QLabel:
        """An error line for ``field`` (placed by the caller) on tab ``tab``."""
        error = error_label(field)
        self._widgets[field] = widget
        self._errors[field] = error
        self._tab_of[field] = tab
        return error

    def show(self, errors: list[FieldError]) -> None:
        tab = next((self._tab_of[e.field] for e in errors if e.field in self._tab_of), None)
        top_error = any(e.field in self._widgets and e.field not in self._tab_of for e in errors)
        if tab is not None and not top_error:
            self._tabs.setCurrentIndex(tab)
        super().show(errors)


@dataclass
class _Kept:
    """What a loaded row carries that the form does not show (kept as it was when saved)."""

    name: str = ""
    unit: str = ""
    title: str = ""


@dataclass
class _ActionState:
    id: uuid.UUID | None = None
    status: ActionStatus = ActionStatus.OPEN
    feedback: str = ""
    done_on: date | None = None


def _buttons(*pairs: tuple[str, object]) -> tuple[QHBoxLayout, list[QPushButton]]:
    row = QHBoxLayout()
    made = []
    for text, slot in pairs:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False, slot=slot: slot())  # not clicked's bool
        row.addWidget(button)
        made.append(button)
    row.addStretch()
    return row, made


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _read_only(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(tooltip or text)
    return item


def _move_row(table: QTableWidget, row: int, to: int) -> None:
    """Swap two rows of a table (items and cell widgets alike)."""
    if not (0 <= row < table.rowCount() and 0 <= to < table.rowCount()):
        return
    for column in range(table.columnCount()):
        a, b = table.takeItem(row, column), table.takeItem(to, column)
        table.setItem(row, column, b)
        table.setItem(to, column, a)
    table.setCurrentCell(to, table.currentColumn() if table.currentColumn() >= 0 else 0)


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
        self._kept: dict[uuid.UUID, _Kept] = {}
        self._agenda: list[AgendaInput] = []
        self._agenda_row = -1
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
        self.tabs.addTab(self._members_tab(), t("出席委员"))
        self.tabs.addTab(self._others_tab(), t("其他参会人员"))
        self.tabs.addTab(self._agenda_tab(), t("议程"))
        self.tabs.addTab(self._agreed_tab(), t("议定事项"))
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
            self._fill_roster([])
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

    def _members_tab(self) -> QWidget:
        t = self.tr
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(t("勾选参加这次会议的委员；请假的委员选“缺席”，纪要中列为缺席。"))
        hint.setStyleSheet(MUTED)
        layout.addWidget(hint)
        self.roster = QTableWidget(0, 3)
        self.roster.setHorizontalHeaderLabels([t("委员"), t("工作单位"), t("出席情况")])
        self.roster.verticalHeader().hide()
        self.roster.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.roster.verticalHeader().setDefaultSectionSize(self.roster.fontMetrics().height() + 14)
        header = self.roster.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.roster.itemChanged.connect(self._roster_checked)
        layout.addWidget(self.roster, 1)
        row, _ = _buttons((t("全部勾选"), lambda: self._check_all(True)),
                          (t("全部取消"), lambda: self._check_all(False)))  # fmt: skip
        layout.addLayout(row)
        return tab

    def _others_tab(self) -> QWidget:
        t = self.tr
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(t("部门负责人、镇村干部、群众代表等。双击单元格修改。"))
        hint.setStyleSheet(MUTED)
        layout.addWidget(hint)
        self.others = _table([t("姓名"), t("单位"), t("职务或身份")])
        header = self.others.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.others.setColumnWidth(0, 140)
        self.others.setColumnWidth(2, 200)
        layout.addWidget(self.others, 1)
        layout.addWidget(self.fields.attach("attendees", self.others, self.TAB_OTHERS))
        row, (self.add_other_button, self.remove_other_button) = _buttons(
            (t("添加一行"), self.add_other), (t("删除选中行"), self._remove_other)
        )
        layout.addLayout(row)
        return tab

    def _agenda_tab(self) -> QWidget:
        t = self.tr
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.agenda_list = QListWidget()
        self.agenda_list.currentRowChanged.connect(self._agenda_selected)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(t("议程")))
        side_layout.addWidget(self.agenda_list, 1)
        self.agenda_title = QLineEdit()
        self.agenda_title.setPlaceholderText(t("议题，例如：道路硬化方案和资金筹措"))
        self.agenda_title.textEdited.connect(self._agenda_title_edited)
        self.agenda_discussion = QPlainTextEdit()
        self.agenda_discussion.setTabChangesFocus(True)
        self.agenda_discussion.setPlaceholderText(
            t("讨论情况：谁发言、说了什么。每位发言人另起一行，例如“李堃（县交通运输局）：……”")
        )
        editor = QWidget()
        editor_layout = QFormLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editor_layout.addRow(t("议题"), self.agenda_title)
        editor_layout.addRow(t("讨论情况"), self.agenda_discussion)
        split = side_by_side(side, editor, (240, 620), stretch=(1, 3), remember="meeting_agenda")
        layout.addWidget(split, 1)
        layout.addWidget(self.fields.attach("agenda", self.agenda_list, self.TAB_AGENDA))
        row, (self.add_agenda_button, self.remove_agenda_button, self.agenda_up_button,
             self.agenda_down_button) = _buttons(
            (t("添加议程"), self.add_agenda), (t("删除"), self._remove_agenda),
            (t("上移"), lambda: self._move_agenda(-1)), (t("下移"), lambda: self._move_agenda(1)),
        )  # fmt: skip
        layout.addLayout(row)
        self._agenda_editor_enabled(False)
        return tab

    def _agreed_tab(self) -> QWidget:
        t = self.tr
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(t("会议议定的事项，一条一项。双击修改。"))
        hint.setStyleSheet(MUTED)
        layout.addWidget(hint)
        self.agreed = QListWidget()
        self.agreed.setWordWrap(True)
        self.agreed.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.agreed.setSpacing(2)
        layout.addWidget(self.agreed, 1)
        layout.addWidget(self.fields.attach("agreed", self.agreed, self.TAB_AGREED))
        row, (self.add_agreed_button, self.remove_agreed_button, self.agreed_up_button,
             self.agreed_down_button) = _buttons(
            (t("添加一项"), self.add_agreed), (t("删除"), self._remove_agreed),
            (t("上移"), lambda: self._move_agreed(-1)), (t("下移"), lambda: self._move_agreed(1)),
        )  # fmt: skip
        layout.addLayout(row)
        return tab

    def _actions_tab(self) -> QWidget:
        t = self.tr
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(
            t("会后要落实的事项，写明责任单位和完成期限；与某件群众诉求有关的，填上诉求编号。"
              "落实情况在会议纪要页用“跟踪事项”登记。")
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED)
        layout.addWidget(hint)
        self.actions = _table(
            [t("事项"), t("责任单位"), t("完成期限"), t("关联诉求编号"), t("落实情况")]
        )
        header = self.actions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 120), (3, 110), (4, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.actions.setColumnWidth(column, width)
        self.actions.itemChanged.connect(self._action_item_changed)
        layout.addWidget(self.actions, 1)
        layout.addWidget(self.fields.attach("actions", self.actions, self.TAB_ACTIONS))
        row, (self.add_action_button, self.remove_action_button, self.action_up_button,
             self.action_down_button) = _buttons(
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
        on_roster = [a for a in m.attendees if a.member_id is not None]
        self._kept = {a.member_id: _Kept(a.name, a.unit, a.title) for a in on_roster}
        self._fill_roster(on_roster)
        for a in m.attendees:
            if a.member_id is None:
                self.add_other(a.name, a.unit, a.title)
        for item in m.agenda_items:
            self.add_agenda(item.title, item.discussion)
        if self._agenda:
            self.agenda_list.setCurrentRow(0)
        for item in m.agreed_items:
            self.add_agreed(item.text, edit=False)
        refs = self.services.meetings.request_refs(a.request_id for a in m.actions)
        for a in m.actions:
            ref = refs.get(a.request_id)
            self.add_action(
                a.text, a.responsible_unit, a.deadline, ref.number if ref else "",
                _ActionState(a.id, a.status, a.feedback, a.done_on),
            )  # fmt: skip

    def _fill_roster(self, attending) -> None:
        """Active members, those on this meeting first (in its order, archived ones too)."""
        t = self.tr
        on_meeting = {a.member_id: a for a in attending}
        rows: list[tuple[uuid.UUID, str, str, AttendanceRole | None]] = [
            (a.member_id, a.member.name if a.member else a.name,
             (a.member.work_unit if a.member else a.unit)
             + (t("（已归档）") if a.member is not None and a.member.archived_at else ""),
             a.attendance)
            for a in attending
        ]  # fmt: skip
        units = self._work_units()
        rows += [(member_id, name, units.get(member_id, ""), None)
                 for member_id, name in self.services.members.choices()
                 if member_id not in on_meeting]  # fmt: skip
        self.roster.blockSignals(True)
        self.roster.setRowCount(0)
        for member_id, name, unit, attendance in rows:
            r = self.roster.rowCount()
            self.roster.insertRow(r)
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if attendance else Qt.CheckState.Unchecked)
            self.roster.setItem(r, 0, item)
            self.roster.setItem(r, 1, _read_only(unit))
            combo = QComboBox()
            for value, text in choices(AttendanceRole):
                combo.addItem(text, value)
            combo.setCurrentIndex(combo_data_index(combo, attendance or AttendanceRole.PRESENT))
            combo.setEnabled(attendance is not None)
            combo.currentIndexChanged.connect(lambda _i: self._refresh_tab_titles())
            self.roster.setCellWidget(r, 2, combo)
        self.roster.blockSignals(False)

    def _work_units(self) -> dict[uuid.UUID, str]:
        return {r.id: r.work_unit for r in self.services.members.rows(MemberQuery())}

    # ---- members present ---------------------------------------------------------------------
    def roster_row(self, name: str) -> int:
        """The row of the member called ``name`` in the 出席委员 table (-1 if not listed)."""
        return next((r for r in range(self.roster.rowCount())
                     if self.roster.item(r, 0).text() == name), -1)  # fmt: skip

    def attendance_combo(self, row: int) -> QComboBox:
        return self.roster.cellWidget(row, 2)

    def _roster_checked(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.attendance_combo(item.row()).setEnabled(item.checkState() == Qt.CheckState.Checked)
            self._refresh_tab_titles()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for r in range(self.roster.rowCount()):
            self.roster.item(r, 0).setCheckState(state)

    # ---- other attendees ---------------------------------------------------------------------
    def add_other(self, name: str = "", unit: str = "", title: str = "") -> int:
        r = self.others.rowCount()
        self.others.insertRow(r)
        for column, text in enumerate((name, unit, title)):
            self.others.setItem(r, column, QTableWidgetItem(text))
        if not (name or unit or title):  # a new empty row: start typing the name
            self.others.setCurrentCell(r, 0)
            self.others.editItem(self.others.item(r, 0))
        self._refresh_tab_titles()
        return r

    def _remove_other(self) -> None:
        if (r := self.others.currentRow()) >= 0:
            self.others.removeRow(r)
            self._refresh_tab_titles()

    # ---- agenda ------------------------------------------------------------------------------
    def add_agenda(self, title: str = "", discussion: str = "") -> int:
        self._commit_agenda()
        self._agenda.append(AgendaInput(title, discussion))
        self.agenda_list.addItem(self._agenda_text(len(self._agenda) - 1))
        row = len(self._agenda) - 1
        if not (title or discussion):
            self.agenda_list.setCurrentRow(row)
            self.agenda_title.setFocus()
        self._refresh_tab_titles()
        return row

    def _agenda_text(self, row: int) -> str:
        title = self._agenda[row].title or self.tr("（未填写议题）")
        return f"{row + 1}. {title}"

    def _agenda_editor_enabled(self, enabled: bool) -> None:
        self.agenda_title.setEnabled(enabled)
        self.agenda_discussion.setEnabled(enabled)

    def _commit_agenda(self) -> None:
        """Keep what the editor holds in the item being edited."""
        row = self._agenda_row
        if 0 <= row < len(self._agenda):
            self._agenda[row] = AgendaInput(
                self.agenda_title.text(), self.agenda_discussion.toPlainText()
            )

    def _agenda_selected(self, row: int) -> None:
        self._commit_agenda()
        self._agenda_row = row
        valid = 0 <= row < len(self._agenda)
        self._agenda_editor_enabled(valid)
        self.agenda_title.setText(self._agenda[row].title if valid else "")
        self.agenda_discussion.setPlainText(self._agenda[row].discussion if valid else "")

    def _agenda_title_edited(self, text: str) -> None:
        row = self._agenda_row
        if 0 <= row < len(self._agenda):
            self._agenda[row].title = text
            self.agenda_list.item(row).setText(self._agenda_text(row))

    def _remove_agenda(self) -> None:
        row = self.agenda_list.currentRow()
        if row < 0:
            return
        self._agenda_row = -1  # nothing to keep from the item going away
        del self._agenda[row]
        self._relabel_agenda(min(row, len(self._agenda) - 1))

    def _move_agenda(self, step: int) -> None:
        row = self.agenda_list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < len(self._agenda):
            return
        self._commit_agenda()
        self._agenda[row], self._agenda[to] = self._agenda[to], self._agenda[row]
        self._agenda_row = -1
        self._relabel_agenda(to)

    def _relabel_agenda(self, select: int) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for row in range(len(self._agenda)):
            self.agenda_list.addItem(self._agenda_text(row))
        self.agenda_list.blockSignals(False)
        self.agenda_list.setCurrentRow(select)
        self._agenda_selected(select)
        self._refresh_tab_titles()

    def agenda(self) -> list[AgendaInput]:
        """The agenda as the form holds it now."""
        self._commit_agenda()
        return [AgendaInput(a.title, a.discussion) for a in self._agenda]

    # ---- agreed items ------------------------------------------------------------------------
    def add_agreed(self, text: str = "", *, edit: bool = True) -> int:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.agreed.addItem(item)
        row = self.agreed.count() - 1
        if edit and not text:
            self.agreed.setCurrentRow(row)
            self.agreed.editItem(item)
        self._refresh_tab_titles()
        return row

    def _remove_agreed(self) -> None:
        if (row := self.agreed.currentRow()) >= 0:
            self.agreed.takeItem(row)
            self._refresh_tab_titles()

    def _move_agreed(self, step: int) -> None:
        row = self.agreed.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.agreed.count():
            return
        item = self.agreed.takeItem(row)
        self.agreed.insertItem(to, item)
        self.agreed.setCurrentRow(to)

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
        self.actions.setItem(r, 4, _read_only(status))
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
        _move_row(self.actions, row, to)
        self.deadline_edit(row).setDate(b)
        self.deadline_edit(to).setDate(a)
        self.actions.blockSignals(False)

    # ---- the tabs' titles --------------------------------------------------------------------
    def _refresh_tab_titles(self) -> None:
        t = self.tr
        present = absent = 0
        for r in range(self.roster.rowCount()):
            if self.roster.item(r, 0).checkState() == Qt.CheckState.Checked:
                if enum_data(self.attendance_combo(r), AttendanceRole) == AttendanceRole.ABSENT:
                    absent += 1
                else:
                    present += 1
        members = t("出席委员（{n}）").format(n=present)
        if absent:
            members = t("出席委员（{n}，缺席 {a}）").format(n=present, a=absent)
        titles = (
            members,
            t("其他参会人员（{n}）").format(n=self.others.rowCount()),
            t("议程（{n}）").format(n=len(self._agenda)),
            t("议定事项（{n}）").format(n=self.agreed.count()),
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
        attendees = []
        for r in range(self.roster.rowCount()):
            item = self.roster.item(r, 0)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            member_id = item.data(Qt.ItemDataRole.UserRole)
            kept = self._kept.get(member_id, _Kept())
            attendance = enum_data(self.attendance_combo(r), AttendanceRole)
            attendees.append(AttendeeInput(kept.name or item.text(), kept.unit, kept.title,
                                           member_id, attendance))  # fmt: skip
        for r in range(self.others.rowCount()):
            attendees.append(AttendeeInput(*(_cell(self.others, r, c) for c in range(3))))
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
            agenda=self.agenda(),
            agreed=[self.agreed.item(i).text() for i in range(self.agreed.count())],
            actions=self._actions_data(),
        )

    def _actions_data(self) -> list[ActionInput]:
        actions, unknown = [], []
        for r in range(self.actions.rowCount()):
            state: _ActionState = self.actions.item(r, 0).data(Qt.ItemDataRole.UserRole)
            number = _cell(self.actions, r, 3).strip()
            ref = self._request(number) if number else None
            if number and ref is None:
                unknown.append(
                    self.tr("跟踪事项第 {n} 项：找不到编号为“{number}”的诉求，请核对编号。").format(
                        n=r + 1, number=number
                    )
                )
            deadline = self.deadline_edit(r).date()
            actions.append(ActionInput(
                text=_cell(self.actions, r, 0),
                responsible_unit=_cell(self.actions, r, 1),
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
