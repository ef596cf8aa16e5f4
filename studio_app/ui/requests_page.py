"""The 诉求 page: every visitor request with its deadline, the workflow steps, and common
issues (共性问题) grouping requests into one class of matters."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import RequestChannel, RequestStatus
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.labels import choices, label, word_choices, word_label
from studio_app.core.listing import ListHead
from studio_app.core.request_list import (
    FINISHED_STATUSES,
    OPEN_STATUSES,
    RequestQuery,
    RequestRow,
    due_soon_label,
    due_soon_meaning,
)
from studio_app.core.services import Services
from studio_app.core.visitor_requests import Action, may_act
from studio_app.ui import messages
from studio_app.ui.common_issues_panel import CommonIssuesPanel
from studio_app.ui.form_fields import enum_data
from studio_app.ui.lazy_table_model import (
    ID_ROLE,
    ROW_ROLE,
    ColumnSpec,
    LazyTableModel,
    SqlSortProxyModel,
)
from studio_app.ui.list_view import (
    WHOLE,
    FilterRow,
    fit_columns,
    search_box,
    select_record,
    setup_list_view,
    side_by_side,
    total_text,
)
from studio_app.ui.page import Page, keyed, page_toolbar
from studio_app.ui.print_actions import print_receipt
from studio_app.ui.privacy import reveal
from studio_app.ui.request_actions import (
    answer_dialog,
    assign_dialog,
    convert_dialog,
    extend_dialog,
    issue_dialog,
    merge_dialog,
    reject_dialog,
    return_visit_dialog,
)
from studio_app.ui.request_detail import RequestDetail
from studio_app.ui.table_page import filter_combo, reload_combo

OVERDUE = QColor("#fde2e1")  # soft red: late for the step it waits for
DUE_SOON = QColor("#fff1dc")  # soft amber: 将到期, the core's rule (request_list.due_soon_until)
DONE = QColor("#888888")

OPEN = "open"  # the status filter's entry for every request still in the loop
DETAIL_MIN_WIDTH = 280  # the list keeps 承办 and 内容 in sight beside it at 1024 px
FINISHED = "finished"  # … and for every request out of it (已办结)
MESSAGE_MS = 30_000  # how long the status bar says what a step did


class RequestsModel(LazyTableModel):
    """Requests matching a ``RequestQuery``, a page at a time; late rows tinted."""

    def __init__(self, services: Services, parent=None):
        super().__init__(RequestQuery(), parent)
        self.services = services
        t = self.tr
        # On a narrow screen the category and 满意度 narrow first and then go, the date and the
        # village narrow; 编号, 承办 and 内容 stay (the detail pane beside shows all of it).
        self._columns = [
            ColumnSpec(t("编号"), "number", 80, priority=WHOLE),
            ColumnSpec(t("登记日期"), "registered_at", 80, priority=0),
            ColumnSpec(t("来访人"), "visitor_name", 70, priority=2),
            ColumnSpec(t("村（社区）"), "village", 90, priority=1),
            ColumnSpec(t("类别"), "category", 60, priority=0),
            ColumnSpec(t("状态"), "status", 100, priority=2),
            ColumnSpec(t("期限"), "deadline", 110, priority=2),
            ColumnSpec(t("承办"), "assignee_name", 100, priority=3, min_width=80),
            ColumnSpec(t("满意度"), "satisfaction", 60, priority=0),
            ColumnSpec(t("内容"), None, 400),
        ]

    def columns(self) -> list[ColumnSpec]:
        return self._columns

    def _first_page(self, query: RequestQuery, limit: int) -> ListHead:
        return self.services.request_list.first_page(query, limit)

    def _page(self, query: RequestQuery, offset: int, limit: int) -> list[RequestRow]:
        return self.services.request_list.page(query, offset, limit)

    def _text(self, row: RequestRow, column: int) -> str:
        match column:
            case 0:
                return row.number + (f" +{row.merged_count}" if row.merged_count else "")
            case 1:
                return row.registered_at.astimezone().date().isoformat()
            case 2:
                return row.visitor_name
            case 3:
                return row.village
            case 4:
                return word_label(row.category)
            case 5:
                reopened = self.tr("（重办）") if row.reopen_count else ""
                return label(row.status) + reopened
            case 6:
                if row.deadline is None:
                    return ""
                late = self.tr("，超期") if row.urgency == "overdue" else ""
                return f"{row.stage} {row.deadline:%m-%d}{late}"
            case 7:
                return tr("、").join(p for p in (row.assignee_name, row.handling_unit) if p)
            case 8:
                return label(row.satisfaction)
            case 9:
                return row.content.replace("\n", " ")
        return ""

    def _background(self, row: RequestRow) -> Any:
        return {"overdue": OVERDUE, "due_soon": DUE_SOON}.get(row.urgency)

    def _foreground(self, row: RequestRow) -> Any:
        return DONE if row.status not in OPEN_STATUSES else None


class RequestsPage(Page):
    """Requests, the steps of their closed loop, and common issues.

    Signals:
        deskRequested: the coordinator wants to register a new request.
        proposalRequested(object): show this proposal (a draft just converted) on its page.
    """

    deskRequested = Signal()
    proposalRequested = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        t = self.tr
        self.model = RequestsModel(services, self)
        self.proxy = SqlSortProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.detail = RequestDetail(services, self)
        self.detail.requestActivated.connect(self.show_request)

        self.toolbar = page_toolbar()
        add = self.toolbar.addAction
        keyed(add(t("登记新诉求"), self.deskRequested.emit), "Ctrl+N")
        self.toolbar.addSeparator()
        # Each step from the keyboard too: its keys (J 交, Y 延, B 办, D 答, H 回), or every step in
        # the list's menu (the Menu key or Shift+F10).
        self.step_actions = {
            Action.ASSIGN: keyed(add(t("交办…"), lambda: self._step(assign_dialog)), "Ctrl+J"),
            Action.EXTEND: keyed(add(t("延期…"), lambda: self._step(extend_dialog)), "Ctrl+Y"),
            Action.START: keyed(add(t("开始办理"), self._start), "Ctrl+B"),
            Action.ANSWER: keyed(add(t("答复…"), lambda: self._step(answer_dialog)), "Ctrl+D"),
            Action.RETURN_VISIT: keyed(
                add(t("回访…"), lambda: self._step(return_visit_dialog)), "Ctrl+H"
            ),
        }
        self.toolbar.addSeparator()
        self.step_actions |= {
            Action.REJECT: add(t("不予受理…"), lambda: self._step(reject_dialog)),
            Action.MERGE: add(t("合并到…"), lambda: self._step(merge_dialog)),
            Action.CONVERT: add(t("转为提案/社情民意…"), self._convert),
        }
        self.toolbar.addSeparator()
        self.issue_action = add(t("归入共性问题…"), self._to_issue)
        self.toolbar.addSeparator()
        self.receipt_action = keyed(add(t("打印回执…"), self._print_receipt), "Ctrl+P")
        self.reveal_action = add(t("查看完整号码…"), self.reveal)

        self.said = ""  # what the status bar was last told
        self.search, self._timer = search_box(self, t("搜索编号、姓名、电话、村、内容…"),
                                              self.apply_filters)  # fmt: skip
        self.status_filter = filter_combo(
            t("全部诉求"),
            [
                (t("未办结"), OPEN),
                (t("已超期"), "overdue"),
                (due_soon_label(), "due_soon"),
                (t("已办结"), FINISHED),
            ]
            + [(text, value) for value, text in choices(RequestStatus)],
        )
        self.status_filter.setCurrentIndex(1)
        soon = self.status_filter.findData("due_soon")
        self.status_filter.setItemData(soon, due_soon_meaning(), Qt.ItemDataRole.ToolTipRole)
        self.category_filter = filter_combo(t("全部类别"), self._categories())
        self.village_filter = filter_combo(t("全部村（社区）"), self._villages())
        self.channel_filter = filter_combo(
            t("全部来源"), [(text, value) for value, text in choices(RequestChannel)]
        )
        self.count_label = QLabel()
        filters = FilterRow()
        filters.addWidget(self.search)
        for combo in (self.status_filter, self.category_filter, self.village_filter,
                      self.channel_filter):  # fmt: skip
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            filters.addWidget(combo)
        filters.addStretch()
        filters.addWidget(self.count_label)

        self.view = QTableView()
        self._setup_view()
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        splitter = side_by_side(
            self.view, self.detail, (760, 400), stretch=(3, 2), remember="requests"
        )
        splitter.setCollapsible(1, True)  # dragged to the right, the list has the whole width

        self.issues = CommonIssuesPanel(services, self)
        self.issues.requestActivated.connect(self.show_request)
        self.issues.changed.connect(self._changed)
        self.issues.proposalCreated.connect(self.proposalRequested.emit)
        self.tabs = QTabWidget()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 4, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(splitter, 1)
        self.tabs.addTab(top, t("诉求列表"))
        self.tabs.addTab(self.issues, t("共性问题"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)

        self.model.totalChanged.connect(self._show_total)
        self.model.set_query(self.build_query())
        self._selection_changed()

    def _setup_view(self) -> None:
        view = self.view
        setup_list_view(view, self.proxy, multi_select=True)  # several into a 共性问题
        header = view.horizontalHeader()
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        view.setSortingEnabled(True)
        self.model.modelReset.connect(lambda: fit_columns(self.view, self.model))
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # every step
        view.addActions(list(self.step_actions.values()))

    def _tab_changed(self, index: int) -> None:
        """The steps act on the list's selection: shown with the list only."""
        for action in self.toolbar.actions()[1:]:
            action.setVisible(index == 0)
        if index == 1:
            self.issues.refresh()

    def _show_total(self, total: int, exact: bool) -> None:
        self.count_label.setText(total_text(total, exact))

    # ---- querying -----------------------------------------------------------------------
    def _categories(self) -> list[tuple[str, str]]:
        names = dict.fromkeys(
            [*self.services.categories.names(), *self.services.request_list.categories_in_use()]
        )
        return [(shown, n) for n, shown in word_choices(names)]

    def _villages(self) -> list[tuple[str, str]]:
        return [(v, v) for v in self.services.request_list.villages()]

    def build_query(self) -> RequestQuery:
        status = self.status_filter.currentData()
        q = RequestQuery(
            text=self.search.text(),
            category=self.category_filter.currentData(),
            village=self.village_filter.currentData(),
            channel=enum_data(self.channel_filter, RequestChannel),
            today=date.today(),
        )
        if status == OPEN:
            q.open_only = True
        elif status == FINISHED:
            q.statuses = FINISHED_STATUSES
        elif status in ("overdue", "due_soon"):
            q.due = status
        elif status is not None:
            q.statuses = frozenset({RequestStatus(status)})
            q.include_merged = status == RequestStatus.MERGED
        return q

    def apply_filters(self, select_id: uuid.UUID | None = None) -> None:
        self._timer.stop()
        keep = select_id or self.selected_id()
        query = self.build_query()
        query.sort, query.descending = self.model.query.sort, self.model.query.descending
        self.model.set_query(query)
        self._reselect(keep)

    def refresh(self, select_id: uuid.UUID | None = None) -> None:
        reload_combo(self.category_filter, self._categories())
        reload_combo(self.village_filter, self._villages())
        self.apply_filters(select_id)
        if self.tabs.currentIndex() == 1:
            self.issues.refresh()

    def show_request(self, request_id: uuid.UUID) -> None:
        """Select this request, widening the filters if they hide it."""
        self.tabs.setCurrentIndex(0)
        self.apply_filters(request_id)
        if self.selected_id() != request_id:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in (self.category_filter, self.village_filter, self.channel_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.status_filter.blockSignals(True)
            status = self.services.requests.get(request_id).status
            self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
            self.status_filter.blockSignals(False)
            self.apply_filters(request_id)

    def _reselect(self, record_id: uuid.UUID | None) -> None:
        select_record(self.view, self.proxy, self.model, record_id, max_pages=20)

    # ---- selection ----------------------------------------------------------------------
    def selected_rows(self) -> list[RequestRow]:
        return [i.data(ROW_ROLE) for i in self.view.selectionModel().selectedRows()]

    def selected_row(self) -> RequestRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def selected_id(self) -> uuid.UUID | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ID_ROLE) if len(indexes) == 1 else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        for action, widget in self.step_actions.items():
            # row.deadline: the step it waits for (a merged visitor's return visit once the
            # request they joined was answered)
            widget.setEnabled(
                row is not None and may_act(action, row.status, row.deadline is not None)
            )
        rows = self.selected_rows()
        self.issue_action.setEnabled(
            bool(rows) and all(r.status != RequestStatus.MERGED for r in rows)
        )
        self.receipt_action.setEnabled(row is not None)
        self.reveal_action.setEnabled(row is not None and bool(row.visitor_phone))
        self.detail.show_record(row.id if row is not None else None)

    def reveal(self) -> None:
        """The visitor's full phone, for the call back (回访): shown once, logged."""
        row = self.selected_row()
        if row is None:
            return

        def phone() -> str:
            name, number = self.services.requests.reveal_phone(row.id)
            return self.tr("{name}\n联系电话：{phone}").format(name=name, phone=number)

        reveal(self, phone)

    def _print_receipt(self) -> None:
        request_id = self.selected_id()
        if request_id is not None:
            print_receipt(self, self.services, request_id)

    # ---- steps --------------------------------------------------------------------------
    def _step(self, make_dialog) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            dialog = make_dialog(self.services, row, self)
        except StudioError as exc:
            messages.show_error(self, exc)
            return
        dialog.exec()
        done, changed = dialog.done_ok, dialog.done_ok or dialog.outdated
        dialog.deleteLater()
        if changed:
            self._after_step(row, done)

    def _convert(self) -> None:
        """The request becomes a draft; the coordinator goes on writing it on its page."""
        row = self.selected_row()
        if row is None:
            return
        dialog = convert_dialog(self.services, row, self)
        dialog.exec()
        done, changed, draft = dialog.done_ok, dialog.done_ok or dialog.outdated, dialog.result
        dialog.deleteLater()
        if changed:
            self._after_step(row, done)
        if done and draft is not None:
            self.proposalRequested.emit(draft.id)

    def _start(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            self.services.requests.start(row.id, version=row.version)
        except StudioError as exc:  # changed elsewhere since the list was read: reload?
            messages.show_refusal(self, exc, lambda: self._changed(row.id))
            return
        self._after_step(row, True)

    def _after_step(self, before: RequestRow, done: bool) -> None:
        """Show the request as it is now, and say what the step did. If it has left the list
        (a final 回访 under 未办结), the next row is selected and the message says where it is."""
        place = self.view.currentIndex().row()
        self._changed(before.id)
        if not done:
            return
        text = self._outcome(self.services.request_list.row(before.id), before.status)
        if self.selected_id() != before.id:
            text = self.tr("{what}。当前列表不再显示它，{where}").format(
                what=text, where=self._where(before.id)
            )
            self._select_row(min(place, self.proxy.rowCount() - 1))
        self.say(text)

    def _outcome(self, row: RequestRow, was: RequestStatus) -> str:
        """What a step made of the request: "2026-0070 已办结（满意）"."""
        t = self.tr
        if row.status == RequestStatus.CLOSED:
            return t("{number} 已办结（{satisfaction}）").format(
                number=row.number, satisfaction=label(row.satisfaction)
            )
        if row.status in FINISHED_STATUSES:
            return t("{number} 已办结（{status}）").format(
                number=row.number, status=label(row.status)
            )
        if was == row.status == RequestStatus.MERGED and row.satisfaction is not None:
            return t("{number} 已回访（{satisfaction}）").format(
                number=row.number, satisfaction=label(row.satisfaction)
            )  # a merged visitor's own call back
        if row.status == RequestStatus.MERGED:
            target = self.services.requests.get(row.id).merged_into_id
            return t("{number} 已合并到 {target}").format(
                number=row.number, target=self.services.request_list.row(target).number
            )
        if was == RequestStatus.ANSWERED and row.status == RequestStatus.IN_PROGRESS:
            return t("{number} 回访不满意，重新办理").format(number=row.number)
        return t("{number} {status}").format(number=row.number, status=label(row.status))

    def _where(self, request_id: uuid.UUID) -> str:
        status = self.services.requests.get(request_id).status
        if status in FINISHED_STATUSES:
            return self.tr("在“已办结”中可以找到。")
        if status == RequestStatus.MERGED:
            return self.tr("在它合并到的那件诉求下面可以找到。")
        return self.tr("在“{status}”中可以找到。").format(status=label(status))

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        self.view.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def say(self, text: str) -> None:
        """Tell the coordinator in the window's status bar (kept in ``said``)."""
        self.said = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, MESSAGE_MS)

    def _to_issue(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = issue_dialog(self.services, rows, self)
        dialog.exec()
        ok = dialog.done_ok
        dialog.deleteLater()
        if ok:
            self._changed(rows[0].id)
            self.tabs.setCurrentIndex(1)

    def _changed(self, select_id: uuid.UUID | None = None) -> None:
        self.refresh(select_id)
        self.recordsChanged.emit()
