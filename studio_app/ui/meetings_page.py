"""The 会议纪要 page: the studio's consultation meetings, symposiums and surveys, each with who
came, the agenda, what was agreed, and the follow-up actions tracked until the units report
back."""

from __future__ import annotations

import html
import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import ActionStatus, AttendanceRole
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.labels import choices, label, word_label
from studio_app.base.local_times import time_span
from studio_app.core.meetings import MeetingSummary, action_overdue, local_day
from studio_app.core.models import FollowUpAction, Meeting
from studio_app.core.services import Services
from studio_app.ui import messages
from studio_app.ui.action_dialog import ActionDialog, date_picker, plain_text, pydate, qdate
from studio_app.ui.detail_panel import DetailPanel, section_label
from studio_app.ui.form_fields import combo_data_index, enum_data
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import search_box, side_by_side
from studio_app.ui.meeting_dialog import MeetingDialog
from studio_app.ui.page import Page, keyed, page_toolbar
from studio_app.ui.table_page import filter_combo, reload_combo

ACTION_COLOURS = {  # follow-up actions in the detail panel; open ones in the normal colour
    ActionStatus.DONE: "#2e8b57",  # green: done
    ActionStatus.CANCELLED: "#888888",  # grey: cancelled
}
OVERDUE = "#c0392b"  # red: open past its deadline


def _person(a) -> str:
    """An attendee as the minutes list them: 李堃（丰源县交通运输局，副局长）."""
    e = html.escape
    about = tr("，").join(e(p) for p in (a.unit, a.title) if p)
    if not about:
        return e(a.name)
    return e(a.name) + "<span style='color:#777'>" + tr("（{note}）").format(note=about) + "</span>"


class MeetingsPage(Page):
    """Meetings of the studio, newest first, and the selected one's minutes.

    Signals:
        minutesRequested(object): show the printable minutes of this meeting (its id).
        requestRequested(object): show this request (its id) on the requests page.
    """

    minutesRequested = Signal(object)
    requestRequested = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("会议纪要"))
        studio = services.studios.default()
        self.studio_id: uuid.UUID | None = studio.id if studio else None
        t = self.tr

        self.toolbar = page_toolbar()
        add = self.toolbar.addAction
        self.new_action = keyed(add(t("新建会议…"), self.new_meeting), "Ctrl+N")
        self.edit_action = add(t("编辑…"), self.edit_meeting)
        self.archive_action = add(t("归档"), self.toggle_archive)
        self.toolbar.addSeparator()
        self.track_action = add(t("跟踪事项…"), lambda: self.track_follow_up())
        self.toolbar.addSeparator()
        self.minutes_action = keyed(add(t("预览纪要"), self.preview_minutes), "Ctrl+P")
        self.finalise_action = add(t("定稿…"), self.finalise)
        self.revisions_action = add(t("版本…"), self.show_revisions)

        self.search, self._timer = search_box(
            self, t("搜索主题、地点、主持人、参会人员…"), self.reload
        )
        self.year_filter = filter_combo(t("全部年份"), [])
        self.year_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_archived = QCheckBox(t("显示已归档"))
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.show_archived)
        filters.addSpacing(8)
        filters.addWidget(self.count_label)

        self.fields = [
            Field(t("日期"), lambda m: local_day(m.starts_at).isoformat(), 90),
            Field(t("类型"), lambda m: label(m.type), 80),
            Field(t("主题"), lambda m: m.topic, 260),
            Field(t("地点"), lambda m: m.place, 130),
            Field(t("主持人"), lambda m: m.host, 70),
            Field(t("出席"), lambda m: str(m.present), 40),
            Field(t("议定事项"), lambda m: str(m.agreed) if m.agreed else "", 60),
            Field(t("未完成事项"), lambda m: str(m.open_actions) if m.open_actions else "", 70),
            Field(t("纪要"), self._edition, 60),
        ]
        self._issued: dict[uuid.UUID, int] = {}  # meeting -> newest revision of its minutes
        self.model = RowsModel(self.fields, self)
        self.model.set_foreground(lambda m: QColor("#999999") if m.archived else None)
        self.view = rows_view(self.model, self.fields)
        header = self.view.horizontalHeader()  # the topic takes the room left, not the counts
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(lambda: self.view.resizeColumnToContents(7))
        self.model.modelReset.connect(lambda: self.view.resizeColumnToContents(8))
        self.view.doubleClicked.connect(lambda _i: self.edit_meeting())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)

        self.detail = MeetingDetail(services, self)
        self.detail.requestActivated.connect(self.requestRequested)
        self.detail.trackRequested.connect(self.track_follow_up)
        splitter = side_by_side(left, self.detail, (690, 450), stretch=(3, 2), remember="meetings")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.refresh()

    # ---- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        studio = self.services.studios.default()
        self.studio_id = studio.id if studio else None
        years = self.services.meetings.years(self.studio_id)
        reload_combo(self.year_filter, [(self.tr("{y} 年").format(y=y), y) for y in years])
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Reload the list (keeping the selection, or selecting ``select``)."""
        current = self.selected_meeting()
        keep = select or (current.id if current else None)
        rows = self.services.meetings.list(
            self.studio_id, self.search.text(), self.year_filter.currentData(),
            include_archived=self.show_archived.isChecked(),
        )  # fmt: skip
        self._issued = self.services.archive.finalised([m.id for m in rows])
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("共 %n 次", None, len(rows)))
        if not self.select_meeting(keep) and rows:
            self.view.selectRow(0)
        self._selected()

    def select_meeting(self, meeting_id: uuid.UUID | None) -> bool:
        for row, m in enumerate(self.model.rows):
            if m.id == meeting_id:
                self.view.selectRow(row)
                return True
        return False

    def selected_meeting(self) -> MeetingSummary | None:
        return selected_row(self.view)

    def _selected(self) -> None:
        m = self.selected_meeting()
        self.detail.show_record(m.id if m else None)
        for action in (self.edit_action, self.archive_action, self.minutes_action):
            action.setEnabled(m is not None)
        self.edit_action.setEnabled(m is not None and not m.archived)
        self.archive_action.setText(self.tr("恢复") if m and m.archived else self.tr("归档"))
        self.track_action.setEnabled(
            m is not None and not m.archived and bool(self.detail.actions.rows)
        )
        finalised = m is not None and m.id in self._issued
        self.finalise_action.setEnabled(m is not None and not m.archived and not finalised)
        self.revisions_action.setEnabled(finalised)
        self.edit_action.setText(self.tr("修订…") if finalised else self.tr("编辑…"))

    def _edition(self, m: MeetingSummary) -> str:
        revision = self._issued.get(m.id)
        return self.tr("第 {n} 版").format(n=revision) if revision else self.tr("草稿")

    def _changed(self, select: uuid.UUID | None = None) -> None:
        if select is None:
            self.refresh()
        else:
            self._refresh_and_select(select)
        self.recordsChanged.emit()

    def _refresh_and_select(self, select: uuid.UUID) -> None:
        years = self.services.meetings.years(self.studio_id)
        reload_combo(self.year_filter, [(self.tr("{y} 年").format(y=y), y) for y in years])
        self.reload(select)
        if self.selected_meeting() is None or self.selected_meeting().id != select:
            # Hidden by the filters (another year, another search): show every meeting.
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.year_filter.setCurrentIndex(0)
            self.reload(select)

    # ---- actions ------------------------------------------------------------------------
    def new_meeting(self) -> None:
        self._edit(None)

    def edit_meeting(self) -> None:
        m = self.selected_meeting()
        if m is not None and not m.archived:
            self._edit(m.id)

    def _edit(self, meeting_id: uuid.UUID | None) -> None:
        if self.read_only:  # a double-click of the 查看 role opens no form
            return
        dialog = MeetingDialog(self.services, meeting_id, self, self.studio_id)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        if saved is not None:
            self._changed(saved)

    def toggle_archive(self) -> None:
        m = self.selected_meeting()
        if m is None:
            return
        if m.archived:  # the service checks the permission and logs it
            try:
                self.services.meetings.restore(m.id, version=m.version)
            except StudioError as exc:  # changed elsewhere since the list was read: reload?
                messages.show_refusal(self, exc, lambda: self._refresh_and_select(m.id))
                return
            self._changed(m.id)
            return
        if not messages.confirm(
            self,
            self.tr("归档会议"),
            self.tr("归档“{topic}”吗？归档后不在列表中显示，纪要和跟踪事项都保留，"
                    "勾选“显示已归档”可以找到并恢复。").format(topic=m.topic),
            self.tr("归档"),
        ):  # fmt: skip
            return
        try:
            self.services.meetings.archive(m.id, version=m.version)
        except StudioError as exc:  # changed elsewhere since the list was read: reload?
            messages.show_refusal(self, exc, lambda: self._refresh_and_select(m.id))
            return
        self._changed()

    def track_follow_up(self, action_id: uuid.UUID | None = None) -> None:
        """Record how a follow-up action went: done (with the unit's feedback) or cancelled."""
        m = self.selected_meeting()
        actions: list[FollowUpAction] = self.detail.actions.rows
        if m is None or not actions:
            return
        t = self.tr
        chosen = action_id or (self.detail.selected_action().id
                               if self.detail.selected_action() else None)  # fmt: skip
        if chosen is None:
            chosen = next((a.id for a in actions if a.status == ActionStatus.OPEN), actions[0].id)
        which = QComboBox()
        for a in actions:
            unit = a.responsible_unit or t("未定责任单位")
            which.addItem(tr("{name}（{note}）").format(name=a.text, note=unit), a.id)
        which.setCurrentIndex(combo_data_index(which, chosen))
        status = QComboBox()
        for value, text in choices(ActionStatus):
            status.addItem(text, value)
        done_on = date_picker(date.today())
        feedback = plain_text(t("责任单位的反馈，例如：已完成设计，预算 186 万元"), 4)

        def load(_index: int = 0) -> None:
            a = next(x for x in actions if x.id == which.currentData())
            wanted = ActionStatus.DONE if a.status == ActionStatus.OPEN else a.status
            status.setCurrentIndex(combo_data_index(status, wanted))
            feedback.setPlainText(a.feedback)
            done_on.setDate(done_on.date() if a.done_on is None else qdate(a.done_on))

        which.currentIndexChanged.connect(load)
        status.currentIndexChanged.connect(
            lambda _i: done_on.setEnabled(enum_data(status, ActionStatus) == ActionStatus.DONE)
        )
        load()

        def save():
            chosen_status = enum_data(status, ActionStatus)
            a = next(x for x in actions if x.id == which.currentData())
            return self.services.meetings.set_action_status(
                a.id, chosen_status, feedback.toPlainText(),
                pydate(done_on.date()) if chosen_status == ActionStatus.DONE else None,
                version=a.version,
            )  # fmt: skip

        dialog = ActionDialog(
            t("跟踪事项 — {topic}").format(topic=m.topic), t("保存"), save, self,
            t("登记责任单位的落实情况。取消的事项要写明原因。"),
        )  # fmt: skip
        dialog.setMinimumWidth(560)
        dialog.add("action", t("事项"), which)
        dialog.add("status", t("落实情况"), status)
        dialog.add("done_on", t("完成日期"), done_on)
        dialog.add("feedback", t("反馈情况"), feedback)
        dialog.exec()
        ok = dialog.done_ok
        dialog.deleteLater()
        if ok:
            self._changed(m.id)

    def finalise(self) -> None:
        """定稿: the minutes as they print now go into the archive; the meeting is read-only."""
        from studio_app.ui.print_actions import actor, remember_actor

        m = self.selected_meeting()
        if m is None or m.id in self._issued:
            return
        who = QLineEdit(actor(self.services))

        def save():
            row = self.services.archive.finalise(m.id, who.text())
            remember_actor(self.services, who.text())
            return row

        dialog = ActionDialog(
            self.tr("定稿：{topic}").format(topic=m.topic), self.tr("定稿"), save, self,
            self.tr("定稿后，纪要按现在的样子存入档案（记下时间、经办人和校验值），会议内容不能再"
                    "直接修改；以后要改，须写明修订原因，生成新的一版，已存档的各版保持原样。"),
        )  # fmt: skip
        dialog.setMinimumWidth(520)
        dialog.add("by", self.tr("经办人"), who)
        dialog.exec()
        ok = dialog.done_ok
        dialog.deleteLater()
        if ok:
            self._changed(m.id)
            self.preview_minutes()

    def show_revisions(self) -> None:
        from studio_app.ui.revisions_dialog import RevisionsDialog

        m = self.selected_meeting()
        if m is None:
            return
        dialog = RevisionsDialog(self.services, m.id, m.topic, self)
        dialog.exec()
        dialog.deleteLater()
        self.detail.show_record(m.id)

    def preview_minutes(self) -> None:
        m = self.selected_meeting()
        if m is not None:
            self.minutesRequested.emit(m.id)


class MeetingDetail(DetailPanel):
    """The selected meeting: its facts, attendees, agenda, agreed items and follow-ups.

    Signals:
        requestActivated(object): a follow-up's linked request (its id) was asked for.
        trackRequested(object): the follow-up action (its id) is to be tracked.
    """

    requestActivated = Signal(object)
    trackRequested = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(self.tr("选择左侧的一次会议，查看纪要和跟踪事项。"), parent)
        self.services = services
        self.meeting: Meeting | None = None
        self._requests: dict = {}
        t = self.tr
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.minutes = QTextBrowser()
        self.minutes.setOpenLinks(False)
        self.minutes.setStyleSheet("QTextBrowser { border: none; background: transparent; }")
        self.body.addWidget(self.minutes, 3)
        self.actions_label = section_label(t("跟踪事项"))
        self.body.addWidget(self.actions_label)
        fields = [
            Field(t("事项"), lambda a: a.text, 400),
            Field(t("责任单位"), lambda a: a.responsible_unit, 120),
            Field(t("期限"), self._deadline, 90),
            Field(t("落实情况"), self._status, 120),
        ]
        self.actions = RowsModel(fields, self)
        self.actions.set_foreground(self._colour)
        self.actions_view = rows_view(self.actions, fields)
        self.actions_view.setWordWrap(True)
        self.actions_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.actions_view.horizontalHeader()  # the text wraps; the rest fits
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.actions_view.doubleClicked.connect(lambda _i: self._track())
        self.body.addWidget(self.actions_view, 2)
        self.feedback = QLabel()  # the selected action's feedback and linked request
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.setStyleSheet("color: #444;")
        self.body.addWidget(self.feedback)
        self.track_button = QPushButton(t("登记落实情况…"))
        self.track_button.clicked.connect(self._track)
        self.request_button = QPushButton(t("查看关联诉求"))
        self.request_button.clicked.connect(self._open_request)
        self.button_row(self.track_button, self.request_button)
        self.actions_view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())

    def load(self, record_id: uuid.UUID) -> None:
        t = self.tr
        m = self.services.meetings.get(record_id)
        self.meeting = m
        archived = t("（已归档）") if m.archived_at else ""
        self.title.setText(m.topic + archived)
        when = time_span(m.starts_at, m.ends_at)
        self.subtitle.setText(" · ".join(p for p in (label(m.type), when, m.place) if p))
        self._requests = self.services.meetings.request_refs(a.request_id for a in m.actions)
        self.minutes.setHtml(self._minutes_html(m))
        self.actions.set_rows(m.actions)
        self._fit_actions_height()
        self.actions_label.setText(
            t("跟踪事项（{n} 项，未完成 {o} 项）").format(
                n=len(m.actions), o=sum(a.status == ActionStatus.OPEN for a in m.actions)
            )
        )
        self._buttons()

    def _minutes_html(self, m: Meeting) -> str:
        t = self.tr
        e = html.escape

        def people(rows) -> str:
            return tr("、").join(_person(a) for a in rows)

        # grouped as the minutes print them: others present, and everyone absent
        came = [a for a in m.attendees if a.attendance == AttendanceRole.PRESENT]
        present = [a for a in came if a.member_id is not None]
        others = [a for a in came if a.member_id is None]
        absent = [a for a in m.attendees if a.attendance != AttendanceRole.PRESENT]
        facts = [
            (t("议题来源"), e(word_label(m.topic_source))),
            (t("主持人"), e(m.host)),
            (t("记录人"), e(m.recorder)),
            (t("出席委员"), people(present)),
            (t("其他参会人员"), people(others)),
            (t("缺席"), people(absent)),
        ]
        parts = [
            "<table cellspacing=0 cellpadding=2>"
            + "".join(
                f"<tr><td style='color:#666; padding-right:8px' valign=top nowrap>{k}</td>"
                f"<td>{v}</td></tr>"
                for k, v in facts
                if v
            )
            + "</table>"
        ]
        if m.summary:
            parts.append(self._section(t("会议概况")) + self._paragraphs(m.summary))
        if m.agenda_items:
            items = "".join(
                f"<p style='margin:6px 0 2px 0'><b>{n}. {e(i.title)}</b></p>"
                + self._paragraphs(i.discussion)
                for n, i in enumerate(m.agenda_items, 1)
            )
            parts.append(self._section(t("议程和讨论情况")) + items)
        if m.agreed_items:
            agreed = "".join(
                f"<p style='margin:2px 0'>{n}. {e(i.text)}</p>"
                for n, i in enumerate(m.agreed_items, 1)
            )
            parts.append(self._section(t("议定事项")) + agreed)
        return "".join(parts)

    @staticmethod
    def _section(title: str) -> str:
        return f"<p style='margin:10px 0 2px 0; font-weight:bold'>{html.escape(title)}</p>"

    @staticmethod
    def _paragraphs(text: str) -> str:
        return "".join(
            f"<p style='margin:1px 0 1px 0'>{html.escape(line)}</p>"
            for line in text.splitlines()
            if line.strip()
        )

    # ---- follow-up actions --------------------------------------------------------------
    def _deadline(self, a: FollowUpAction) -> str:
        return a.deadline.isoformat() if a.deadline else self.tr("未定")

    def _status(self, a: FollowUpAction) -> str:
        t = self.tr
        if a.status == ActionStatus.DONE and a.done_on:
            return t("已落实 {day}").format(day=a.done_on.strftime("%m-%d"))
        if action_overdue(a):
            return t("已超期")
        return label(a.status)

    def _about(self, a: FollowUpAction | None) -> str:
        """Under the table: the selected action's feedback and linked request."""
        t = self.tr
        if a is None:
            return (
                t("选中一项，查看责任单位的反馈；双击登记落实情况。") if self.actions.rows else ""
            )
        lines = []
        if a.feedback:
            lines.append(t("反馈：{text}").format(text=a.feedback))
        elif a.status == ActionStatus.OPEN:
            lines.append(t("{unit}尚未反馈。").format(unit=a.responsible_unit or t("责任单位")))
        ref = self._requests.get(a.request_id)
        if ref is not None:
            lines.append(t("关联诉求 {number}（{status}）：{content}").format(
                number=ref.number, status=label(ref.status), content=ref.content))  # fmt: skip
        return "\n".join(lines)

    @staticmethod
    def _colour(a: FollowUpAction) -> QColor | None:
        if a.status == ActionStatus.OPEN:
            return QColor(OVERDUE) if action_overdue(a) else None
        return QColor(ACTION_COLOURS[a.status])

    def _fit_actions_height(self, most: int = 280) -> None:
        """As tall as its rows (up to ``most``): the minutes above get the rest of the room."""
        view = self.actions_view
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(r) for r in range(self.actions.rowCount()))
        least = 3 * view.verticalHeader().defaultSectionSize()
        height = view.horizontalHeader().height() + max(rows, least) + 2 * view.frameWidth() + 2
        view.setMaximumHeight(min(height, most))

    def selected_action(self) -> FollowUpAction | None:
        return selected_row(self.actions_view)

    def _buttons(self) -> None:
        a = self.selected_action()
        self.feedback.setText(self._about(a))
        archived = self.meeting is not None and self.meeting.archived_at is not None
        self.track_button.setEnabled(bool(self.actions.rows) and not archived)
        self.request_button.setEnabled(a is not None and a.request_id is not None)
        self.request_button.setVisible(any(x.request_id for x in self.actions.rows))

    def _track(self) -> None:
        a = self.selected_action()
        self.trackRequested.emit(a.id if a else None)

    def _open_request(self) -> None:
        a = self.selected_action()
        if a is not None and a.request_id is not None:
            self.requestActivated.emit(a.request_id)
