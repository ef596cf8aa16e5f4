"""The 提案与社情民意 page: proposals and 社情民意 items with their course, each step from the
toolbar or the keyboard, and the Word export."""

from __future__ import annotations

import html
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableView, QTextBrowser, QVBoxLayout

from studio_app.base.enums import Permission, ProposalKind, ProposalStep
from studio_app.base.errors import StudioError
from studio_app.base.i18n import N_, tr
from studio_app.base.labels import choices, label
from studio_app.core.listing import ListHead
from studio_app.core.proposals import CourseStep, ProposalDetail, ProposalQuery, ProposalRow
from studio_app.core.services import Services
from studio_app.ui import file_dialogs, messages
from studio_app.ui.detail_panel import MUTED, DetailPanel, section_label
from studio_app.ui.lazy_table_model import (
    ID_ROLE,
    ROW_ROLE,
    ColumnSpec,
    LazyTableModel,
    SqlSortProxyModel,
)
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import (
    WHOLE,
    FilterRow,
    fit_columns,
    select_record,
    setup_list_view,
    side_by_side,
    total_text,
)
from studio_app.ui.page import Page, keyed, page_toolbar
from studio_app.ui.proposal_dialogs import (
    ProposalDialog,
    correctable,
    correction_dialog,
    step_dialog,
)
from studio_app.ui.table_page import filter_combo, reload_combo

P = ProposalStep
# One colour per outcome, in the list and on the course.
STEP_COLOURS = {
    P.DRAFT: "#6c7a89", P.SUBMIT: "#2d6cb5", P.REGISTER: "#2e8b57", P.NOT_REGISTER: "#a94442",
    P.ADOPT: "#2e8b57", P.INSTRUCT: "#8e5bb5", P.REPLY: "#d68a00", P.RATE: "#16808a",
    P.RETRACT: "#7f8c8d",
}  # fmt: skip
DRAFT_ROW = QColor("#f3f5f8")
# Where an item stands after its last step, as the list says it.
STATE_TEXTS = {
    P.DRAFT: N_("草稿"),
    P.SUBMIT: N_("已提交"),
    P.REGISTER: N_("已立案"),
    P.NOT_REGISTER: N_("不予立案"),
    P.ADOPT: N_("已采用"),
    P.INSTRUCT: N_("已批示"),
    P.REPLY: N_("已答复"),
    P.RATE: N_("已评价"),
}


def state_text(step: ProposalStep) -> str:
    return tr(STATE_TEXTS[step])  # i18n: STATE_TEXTS are in the catalogue


def outcome(row: ProposalRow) -> str:
    """What became of it, in a few words: 立案 · 县交通局答复 · 满意."""
    parts = []
    if row.accepted is False:
        parts.append(label(P.NOT_REGISTER))
    elif row.accepted and row.kind == ProposalKind.PROPOSAL:
        parts.append(label(P.REGISTER))
    elif row.accepted:
        parts.append(tr("{level}级采用").format(level=label(row.level)))
    if row.instructed:
        parts.append(label(P.INSTRUCT))
    if row.satisfaction is not None:
        parts.append(label(row.satisfaction))
    return tr(" · ").join(parts)


class ProposalsModel(LazyTableModel):
    def __init__(self, services: Services, parent=None):
        super().__init__(ProposalQuery(), parent)
        self.services = services
        t = self.tr
        self._columns = [
            ColumnSpec(t("类型"), "kind", 90, priority=1),
            ColumnSpec(t("案由/标题"), "title", 320, priority=3),
            ColumnSpec(t("领衔"), None, 70, priority=2),
            ColumnSpec(t("当前进展"), "step", 90, priority=3),
            ColumnSpec(t("结果"), None, 140, priority=1),
            ColumnSpec(t("起草"), "drafted_on", 85, priority=WHOLE),
            ColumnSpec(t("提交"), "submitted_on", 85, priority=WHOLE),
        ]

    def columns(self) -> list[ColumnSpec]:
        return self._columns

    def _first_page(self, query: ProposalQuery, limit: int) -> ListHead:
        return self.services.proposals.first_page(query, limit)

    def _page(self, query: ProposalQuery, offset: int, limit: int) -> list[ProposalRow]:
        return self.services.proposals.page(query, offset, limit)

    def _text(self, row: ProposalRow, column: int) -> str:
        match column:
            case 0:
                return label(row.kind)
            case 1:
                return row.title
            case 2:
                co = self.tr("等 {n} 人").format(n=row.co_count + 1) if row.co_count else ""
                return row.lead + co
            case 3:
                return state_text(row.step)
            case 4:
                return outcome(row)
            case 5:
                return row.drafted_on.isoformat()
            case 6:
                return row.submitted_on.isoformat() if row.submitted_on else ""
        return ""

    def _background(self, row: ProposalRow) -> Any:
        return DRAFT_ROW if row.step == P.DRAFT else None

    def _foreground(self, row: ProposalRow) -> Any:
        return MUTED if row.accepted is False else None


class ProposalDetailPanel(DetailPanel):
    """The selected item: its members, where it came from, its course and its text.

    Signals:
        requestActivated(object): a source request (its id) was double-clicked.
    """

    requestActivated = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(self.tr("选择左侧的一份提案或社情民意信息，查看经过和正文。"), parent)
        self.services = services
        self.detail: ProposalDetail | None = None
        t = self.tr
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.facts)
        self.body.addWidget(section_label(t("经过（选中一步可“更正”）")))
        course_fields = [
            Field(t("步"), lambda c: str(c.sequence), 30),
            Field(t("日期"), lambda c: c.day.isoformat(), 85),
            Field(t("步骤"), self._step_text, 110, priority=WHOLE),
            Field(t("内容"), self._step_note, 260),
        ]
        self.course = RowsModel(course_fields, self)
        self.course.set_foreground(lambda c: MUTED if c.superseded else None)
        self.course_view = rows_view(self.course, course_fields)
        self.course_view.setMaximumHeight(170)
        self.body.addWidget(self.course_view)
        self.sources_label = section_label(t("来自诉求（双击查看）"))
        source_fields = [
            Field(t("编号"), lambda r: r.number, 80, priority=WHOLE),
            Field(t("状态"), lambda r: label(r.status), 110),
            Field(t("回访"), lambda r: t("待回访") if r.awaiting_call else "", 60),
        ]
        self.sources = RowsModel(source_fields, self)
        self.sources_view = rows_view(self.sources, source_fields)
        self.sources_view.setMaximumHeight(100)
        self.sources_view.doubleClicked.connect(
            lambda _i: self.requestActivated.emit(selected_row(self.sources_view).id)
        )
        self.body.addWidget(self.sources_label)
        self.body.addWidget(self.sources_view)
        self.body.addWidget(section_label(t("正文")))
        self.text = QTextBrowser()
        self.text.setStyleSheet("QTextBrowser { border: none; background: transparent; }")
        self.body.addWidget(self.text, 1)

    def _step_text(self, c: CourseStep) -> str:
        text = label(c.step)
        if c.corrects is not None:
            text = self.tr("更正第 {n} 步：{step}").format(n=c.corrects, step=text)
        if c.superseded:
            text += self.tr("（已更正）")
        return text

    def _step_note(self, c: CourseStep) -> str:
        parts = []
        if c.level is not None:
            parts.append(self.tr("{level}级").format(level=label(c.level)))
        if c.unit:
            parts.append(c.unit)
        if c.satisfaction is not None:
            parts.append(label(c.satisfaction))
        if c.text:
            parts.append(" ".join(c.text.split()))
        if c.reason:
            parts.append(self.tr("理由：{reason}").format(reason=c.reason))
        if c.actor:
            parts.append(self.tr("（{actor}）").format(actor=c.actor))
        return self.tr("；").join(parts)

    def load(self, record_id: uuid.UUID) -> None:
        t = self.tr
        d = self.detail = self.services.proposals.detail(record_id)
        colour = STEP_COLOURS[d.row.step]
        self.title.setText(html.escape(d.row.title))
        self.subtitle.setText(
            t("{kind} · <span style='color:{colour}'>{step}</span> {outcome}").format(
                kind=label(d.row.kind), colour=colour, step=state_text(d.row.step),
                outcome=html.escape(outcome(d.row)),
            )
        )  # fmt: skip
        leads = [n for _i, n, role in d.members if role.value == "lead"]
        cos = [n for _i, n, role in d.members if role.value == "co"]
        lines = [t("领衔：{names}").format(names=tr("、").join(leads) or t("（未选）"))]
        if cos:
            lines.append(t("附议：{names}").format(names=tr("、").join(cos)))
        if d.common_issue:
            lines.append(t("来自共性问题：{title}").format(title=d.common_issue))
        if d.text.units:
            lines.append(t("建议承办单位：{units}").format(units=d.text.units))
        self.facts.setText("\n".join(lines))
        self.course.set_rows(list(d.course))
        self.sources.set_rows(list(d.requests))
        self.sources_label.setVisible(bool(d.requests))
        self.sources_view.setVisible(bool(d.requests))
        self.text.setHtml(self._text_html(d))

    def _text_html(self, d: ProposalDetail) -> str:
        t = self.tr
        if d.row.kind == ProposalKind.PROPOSAL:
            sections = [(t("情况分析"), d.text.analysis), (t("具体建议"), d.text.suggestions)]
        else:
            sections = [(t("基本情况"), d.text.situation), (t("存在问题"), d.text.problems),
                        (t("意见建议"), d.text.suggestions)]  # fmt: skip
        parts = []
        for heading, text in sections:
            body = html.escape(text).replace("\n", "<br>") or f"<i>{t('（未填写）')}</i>"
            parts.append(f"<p><b>{html.escape(heading)}</b><br>{body}</p>")
        return "".join(parts)

    def selected_step(self) -> CourseStep | None:
        step = selected_row(self.course_view)
        return step if step is not None and step in correctable(self.detail) else None


class ProposalsPage(Page):
    """Proposals and 社情民意 items, their course step by step, and their Word files.

    Signals:
        requestActivated(object): show this request (its id) on the 诉求 page.
    """

    requestActivated = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        t = self.tr
        self.model = ProposalsModel(services, self)
        self.proxy = SqlSortProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.detail = ProposalDetailPanel(services, self)
        self.detail.requestActivated.connect(self.requestActivated.emit)

        self.toolbar = page_toolbar()
        add = self.toolbar.addAction
        self.new_proposal = keyed(add(t("新建提案"), lambda: self._new(ProposalKind.PROPOSAL)),
                                  "Ctrl+N")  # fmt: skip
        self.new_opinion = keyed(
            add(t("新建社情民意"), lambda: self._new(ProposalKind.SOCIAL_OPINION)), "Ctrl+Shift+N"
        )
        self.edit_action = keyed(add(t("编辑正文…"), self.edit_selected), "F2")
        self.toolbar.addSeparator()
        # Each step from the keyboard: Alt+1 提交, 2 立案结果, 3 采用, 4 批示, 5 答复, 6 满意度
        # (Ctrl+1 … are the window's pages).
        self.step_actions = {
            P.SUBMIT: keyed(add(t("提交…"), lambda: self._step(P.SUBMIT)), "Alt+1"),
            P.REGISTER: keyed(add(t("立案结果…"), lambda: self._step(P.REGISTER)), "Alt+2"),
            P.ADOPT: keyed(add(t("采用…"), lambda: self._step(P.ADOPT)), "Alt+3"),
            P.INSTRUCT: keyed(add(t("批示…"), lambda: self._step(P.INSTRUCT)), "Alt+4"),
            P.REPLY: keyed(add(t("答复…"), lambda: self._step(P.REPLY)), "Alt+5"),
            P.RATE: keyed(add(t("满意度…"), lambda: self._step(P.RATE)), "Alt+6"),
        }
        self.correct_action = keyed(add(t("更正…"), self._correct), "Ctrl+R")
        self.toolbar.addSeparator()
        self.export_action = keyed(add(t("导出 Word…"), self.export_word), "Ctrl+Shift+E")
        self.archive_action = add(t("归档"), self._archive)

        self.kind_filter = filter_combo(t("全部类型"), [(x, v) for v, x in choices(ProposalKind)])
        self.step_filter = filter_combo(t("全部进展"), [(state_text(v), v) for v in STATE_TEXTS])
        self.year_filter = filter_combo(t("全部年份"), self._years())
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(date.today().year), 0))
        self.count_label = QLabel()
        filters = FilterRow()
        for combo in (self.kind_filter, self.step_filter, self.year_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            filters.addWidget(combo)
        filters.addStretch()
        filters.addWidget(self.count_label)

        self.view = QTableView()
        setup_list_view(self.view, self.proxy)
        header = self.view.horizontalHeader()
        header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.model.modelReset.connect(lambda: fit_columns(self.view, self.model))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([*self.step_actions.values(), self.correct_action, self.export_action])
        splitter = side_by_side(self.view, self.detail, (640, 460), stretch=(3, 2),
                                remember="proposals")  # fmt: skip

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.model.totalChanged.connect(
            lambda total, exact: self.count_label.setText(total_text(total, exact))
        )
        self.model.set_query(self.build_query())
        self._selection_changed()

    # ---- querying -----------------------------------------------------------------------
    def _years(self) -> list[tuple[str, int]]:
        years = sorted({date.today().year, *self.services.proposals.years()}, reverse=True)
        return [(self.tr("{year}年").format(year=y), y) for y in years]

    def build_query(self) -> ProposalQuery:
        kind, step = self.kind_filter.currentData(), self.step_filter.currentData()
        return ProposalQuery(
            kind=ProposalKind(kind) if kind else None, step=ProposalStep(step) if step else None,
            year=self.year_filter.currentData(), sort=self.model.query.sort,
            descending=self.model.query.descending,
        )  # fmt: skip

    def apply_filters(self, select_id: uuid.UUID | None = None) -> None:
        keep = select_id or self.selected_id()
        self.model.set_query(self.build_query())
        select_record(self.view, self.proxy, self.model, keep, max_pages=20)

    def refresh(self, select_id: uuid.UUID | None = None) -> None:
        reload_combo(self.year_filter, self._years())
        self.apply_filters(select_id)

    def show_item(self, item_id: uuid.UUID) -> None:
        """Select this item, widening the filters if they hide it."""
        self.apply_filters(item_id)
        if self.selected_id() != item_id:
            for combo in (self.kind_filter, self.step_filter, self.year_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.apply_filters(item_id)

    # ---- selection ----------------------------------------------------------------------
    def selected_row(self) -> ProposalRow | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def selected_id(self) -> uuid.UUID | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ID_ROLE) if indexes else None

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.detail.show_record(row.id if row is not None else None)
        detail = self.detail.detail if row is not None else None
        allowed = set(detail.next_steps) if detail is not None else set()
        allowed |= {P.REGISTER} if P.NOT_REGISTER in allowed else set()
        for step, action in self.step_actions.items():
            action.setEnabled(step in allowed and not self.read_only)
            if detail is not None:  # a proposal has no 采用/批示, a 社情民意 no 立案
                action.setVisible(step in self._steps_of(detail.row.kind))
        editable = detail is not None and detail.row.step == P.DRAFT and not self.read_only
        self.edit_action.setEnabled(editable)
        self.correct_action.setEnabled(
            detail is not None and bool(correctable(detail)) and not self.read_only
        )
        self.export_action.setEnabled(row is not None)
        self.archive_action.setEnabled(row is not None and not self.read_only)
        for action in (self.new_proposal, self.new_opinion):
            action.setEnabled(not self.read_only)

    @staticmethod
    def _steps_of(kind: ProposalKind) -> set[ProposalStep]:
        if kind == ProposalKind.PROPOSAL:
            return {P.SUBMIT, P.REGISTER, P.REPLY, P.RATE}
        return {P.SUBMIT, P.ADOPT, P.INSTRUCT, P.REPLY, P.RATE}

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._selection_changed()

    # ---- acts ---------------------------------------------------------------------------
    def _new(self, kind: ProposalKind) -> None:
        dialog = ProposalDialog(self.services, kind, None, self)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        if saved is not None:
            self._changed(saved)

    def edit_selected(self) -> None:
        detail = self.detail.detail if self.selected_row() is not None else None
        if detail is None or self.read_only:
            return
        if detail.row.step != P.DRAFT:
            messages.info(
                self,
                self.tr(
                    "“{title}”已经提交，正文不再修改；请在导出的 Word 文件中修改，"
                    "或用“更正”改正记错的一步。"
                ).format(title=detail.row.title),
            )
            return  # fmt: skip
        dialog = ProposalDialog(self.services, detail.row.kind, detail, self)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        self._changed(saved or detail.row.id)

    def _step(self, step: ProposalStep) -> None:
        detail = self.detail.detail if self.selected_row() is not None else None
        if detail is None:
            return
        self._run(step_dialog(self.services, detail, step, self), detail.row.id)

    def _correct(self) -> None:
        detail = self.detail.detail if self.selected_row() is not None else None
        if detail is None or not correctable(detail):
            return
        old = self.detail.selected_step() or correctable(detail)[-1]
        self._run(correction_dialog(self.services, detail, old, self), detail.row.id)

    def _run(self, dialog, item_id: uuid.UUID) -> None:
        dialog.exec()
        changed = dialog.done_ok or dialog.outdated
        dialog.deleteLater()
        if changed:
            self._changed(item_id)

    def export_word(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:  # asked before the file is chosen; the export checks and logs again
            self.services.guard.require(Permission.EXPORT, row.title)
        except StudioError as exc:
            messages.show_error(self, exc)
            return
        name = f"{row.title[:60]}.docx"
        path = file_dialogs.ask_save_file(self, self.tr("导出 Word"), name,
                                          self.tr("Word 文档 (*.docx)"), ".docx")  # fmt: skip
        if path is None:
            return
        try:
            self.services.proposals.export_word(row.id, path)
        except (StudioError, OSError) as exc:
            messages.show_error(self, exc)
            return
        messages.info(self, self.tr("已导出到：\n{path}\n\n可以用 Word 或 WPS 打开修改。").format(
            path=path), self.tr("导出完成"))  # fmt: skip

    def _archive(self) -> None:
        row = self.selected_row()
        if row is None or not messages.confirm(
            self, self.tr("归档"),
            self.tr("归档“{title}”？归档后不再出现在列表中，也不计入履职；经过和正文都会保留。").format(
                title=row.title),
            self.tr("归档"), self.tr("取消"),
        ):  # fmt: skip
            return
        try:
            self.services.proposals.archive(row.id, version=row.version)
        except StudioError as exc:  # changed elsewhere since the list was read: reload?
            messages.show_refusal(self, exc, lambda: self._changed(row.id))
            return
        self._changed(None)

    def _changed(self, select_id: uuid.UUID | None) -> None:
        self.refresh(select_id)
        self.recordsChanged.emit()
