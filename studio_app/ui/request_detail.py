"""The panel beside the requests list: one request's facts, the requests merged into it, and
its history drawn as a timeline."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser

from studio_app.base.enums import RequestStatus
from studio_app.base.i18n import tr
from studio_app.base.labels import label, word_label
from studio_app.base.local_times import local_minute
from studio_app.base.masking import mask_phone
from studio_app.core.services import Services
from studio_app.ui.detail_panel import DetailPanel, section_label
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import WHOLE

S = RequestStatus
# One colour per stage of the loop, the same in the list and on the timeline.
STATUS_COLOURS = {
    S.REGISTERED: "#6c7a89", S.ASSIGNED: "#2d6cb5", S.IN_PROGRESS: "#8e5bb5",
    S.ANSWERED: "#d68a00", S.CLOSED: "#2e8b57", S.REJECTED: "#a94442", S.MERGED: "#7f8c8d",
    S.CONVERTED: "#16808a",
}  # fmt: skip


class RequestDetail(DetailPanel):
    """Facts, merged requests and the timeline of the selected request.

    Signals:
        requestActivated(object): a merged request (its id) was double-clicked.
    """

    requestActivated = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(self.tr("选择左侧的一条诉求，查看详情和办理经过。"), parent)
        self.services = services
        t = self.tr
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.facts)
        self.merged_label = section_label(t("合并进来的诉求"))
        merged_fields = [
            Field(t("编号"), lambda r: r.number, 80, priority=WHOLE),
            Field(t("来访人"), lambda r: r.visitor_name, 70),
            Field(t("内容"), lambda r: r.content, 300),
        ]
        self.merged = RowsModel(merged_fields, self)
        self.merged_view = rows_view(self.merged, merged_fields)
        self.merged_view.setMaximumHeight(110)
        self.merged_view.doubleClicked.connect(
            lambda _i: self.requestActivated.emit(selected_row(self.merged_view).id)
        )
        self.body.addWidget(self.merged_label)
        self.body.addWidget(self.merged_view)
        self.body.addWidget(section_label(t("办理经过")))
        self.timeline = QTextBrowser()
        self.timeline.setOpenLinks(False)
        self.timeline.setStyleSheet("QTextBrowser { border: none; background: transparent; }")
        self.body.addWidget(self.timeline, 1)

    def load(self, record_id: uuid.UUID) -> None:
        t = self.tr
        r = self.services.requests.get(record_id)
        row = self.services.request_list.row(record_id)
        colour = STATUS_COLOURS[r.status]
        self.title.setText(
            t("诉求 {number} · <span style='color:{colour}'>{status}</span>").format(
                number=r.number, colour=colour, status=label(r.status)
            )
        )
        self.subtitle.setText(
            t("{when} 登记 · {channel}").format(
                when=local_minute(r.registered_at), channel=label(r.channel)
            )
        )
        visitor, satisfaction = row.visitor_name, label(r.satisfaction)
        if row.visitor_phone:
            visitor = tr("{name}（{note}）").format(
                name=visitor, note=mask_phone(row.visitor_phone)
            )
        if r.satisfaction_comment:
            satisfaction = tr("{label}：{text}").format(
                label=satisfaction, text=r.satisfaction_comment
            )
        facts: list[tuple[str, str]] = [  # (label, text): shown escaped, blank ones left out
            (t("来访人"), visitor),
            (t("村（社区）"), row.village),
            (t("类别"), word_label(r.category)),
            (t("诉求内容"), r.content),
            (t("承办"), tr("、").join(p for p in (row.assignee_name, r.handling_unit) if p)),
            (t("答复"), r.reply),
            (t("回访"), satisfaction),
            (t("理由/去向"), r.close_reason),
        ]  # fmt: skip
        late_text = ""
        if row.deadline is not None:
            text = t("{stage}期限 {date}").format(stage=row.stage, date=row.deadline.isoformat())
            if row.urgency == "overdue":
                late_text = text + t("，已超期 %n 个工作日", None, row.days_overdue)
            else:
                facts.append((t("期限"), text))
        if r.provisional_number:  # registered on a field laptop: its receipt bears this one
            facts.append((t("外出临时编号"), r.provisional_number))
        if r.reopen_count:
            facts.append((t("重新办理"), t("{n} 次（回访不满意）").format(n=r.reopen_count)))
        if r.merged_into_id is not None:
            target = self.services.requests.get(r.merged_into_id)
            facts.append((t("已合并到"), target.number))
        if r.linked_to_id is not None:  # 关联到该提案: the visitor's own loop goes on
            proposal = self.services.requests.get(r.linked_to_id)
            facts.append((t("关联提案"), t("{report}（诉求 {number}）").format(
                report=proposal.close_reason, number=proposal.number)))  # fmt: skip
        if r.extension_count:
            facts.append((t("延期"), t("%n 次", None, r.extension_count)))
        cells = [(k, html.escape(v).replace("\n", "<br>")) for k, v in facts if v]
        if late_text:  # the one fact in red
            cells.append((t("期限"), f"<b style='color:#c0392b'>{html.escape(late_text)}</b>"))
        self.facts.setText(
            "<table cellspacing=0 cellpadding=2>"
            + "".join(
                f"<tr><td style='color:#666; padding-right:8px' valign=top nowrap>{k}</td>"
                f"<td>{v}</td></tr>"
                for k, v in cells
            )
            + "</table>"
        )
        merged = self.services.request_list.merged_into(record_id)
        self.merged.set_rows(merged)
        self.merged_label.setVisible(bool(merged))
        self.merged_view.setVisible(bool(merged))
        self.timeline.setHtml(self._timeline_html(record_id))

    def _timeline_html(self, record_id: uuid.UUID) -> str:
        """Newest first: a coloured dot, the new status, when and who, and the note."""
        t = self.tr
        rows = []
        for entry in reversed(self.services.requests.history(record_id)):
            colour = STATUS_COLOURS[entry.to_status]
            step = label(entry.to_status)
            if entry.from_status not in (None, entry.to_status):  # same: a deadline moved
                step = f"{label(entry.from_status)} → {step}"
            who = f" · {html.escape(entry.actor)}" if entry.actor else ""
            note = (f"<div style='margin-top:2px'>{html.escape(entry.note)}</div>"
                    if entry.note else "")  # fmt: skip
            rows.append(
                f"<tr><td valign=top style='color:{colour}; font-size:16px'>●</td>"
                f"<td style='padding-bottom:8px'><b style='color:{colour}'>{html.escape(step)}"
                f"</b> <span style='color:#777'>{local_minute(entry.at)}{who}</span>{note}</td></tr>"
            )
        if not rows:
            return t("没有记录。")
        return "<table cellspacing=0 cellpadding=2>" + "".join(rows) + "</table>"
