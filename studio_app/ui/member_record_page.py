"""履职档案: one member's year (一人一档) and the studio's ranking (履职积分排名).

The record tab shows the member's facts, the points with each item's source, the activities by
kind, linked households, requests handled, proposals and 社情民意, and two charts; activities
the records do not hold are entered here (Ctrl+N). The ranking tab lists every active member's
points for a year, sortable, against the pass mark; it exports to Excel and prints."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.base.labels import label
from studio_app.core.member_record import (
    MemberRecord,
    describe,
    proposal_state,
    ranks,
    role_label,
    scheme_name,
)
from studio_app.core.points import rule_label
from studio_app.core.services import Services
from studio_app.ui import file_dialogs, messages
from studio_app.ui.action_dialog import member_combo
from studio_app.ui.charts import BarChart, HBarChart
from studio_app.ui.page import Page, keyed, page_toolbar
from studio_app.ui.pdf_preview import show_document
from studio_app.ui.print_actions import actor, open_attachment

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_OPEN = 6  # a group of at most this many activities is shown open; longer ones folded


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            if isinstance(value, int | float):  # sorts as a number
                item.setData(Qt.ItemDataRole.DisplayRole, value)
            else:
                item.setText(str(value))
            table.setItem(r, c, item)


def _points(value: float) -> str:
    return f"{value:g}"


class NumberItem(QTableWidgetItem):
    """A cell shown as text (6.5) that sorts by its number."""

    def __init__(self, value: float):
        super().__init__(_points(value))
        self.value = value

    def __lt__(self, other) -> bool:
        return self.value < getattr(other, "value", 0)


class MemberRecordPage(Page):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.record: MemberRecord | None = None
        t = self.tr
        self.tabs = QTabWidget()
        self.tabs.addTab(self._record_tab(), t("一人一档"))
        self.tabs.addTab(self._ranking_tab(), t("履职积分排名"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.refresh()

    # ---- the member's record ------------------------------------------------------------
    def _record_tab(self) -> QWidget:
        t = self.tr
        tab = QWidget()
        self.member = member_combo(self.services.members.choices())
        self.member.currentIndexChanged.connect(lambda _i: self.show_record())
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _v: self.show_record())
        bar = page_toolbar()
        self.add_action = keyed(QAction(t("登记活动…"), self), "Ctrl+N")
        self.add_action.triggered.connect(self.add_activity)
        self.withdraw_action = QAction(t("撤回所选活动"), self)
        self.withdraw_action.triggered.connect(self.withdraw_activity)
        self.print_action = keyed(QAction(t("打印本人档案…"), self), QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_record)
        self.print_all_action = QAction(t("打印全部委员档案…"), self)
        self.print_all_action.triggered.connect(self.print_all)
        for action in (self.add_action, self.withdraw_action, self.print_action,
                       self.print_all_action):  # fmt: skip
            bar.addAction(action)
        top = QHBoxLayout()
        top.addWidget(QLabel(t("委员")))
        top.addWidget(self.member, 1)
        top.addWidget(QLabel(t("年度")))
        top.addWidget(self.year)
        top.addWidget(bar, 2)

        self.facts = QFormLayout()
        facts = QWidget()
        facts.setLayout(self.facts)
        self.score = QLabel()
        self.score.setWordWrap(True)
        self.points_tree = QTreeWidget()
        self.points_tree.setHeaderLabels([t("积分项目及来源"), t("积分")])
        self.points_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.points_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.points_tree.header().setStretchLastSection(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(facts)
        left_layout.addWidget(self.score)
        left_layout.addWidget(self.points_tree, 1)

        self.sections = QTabWidget()
        self.activity_tree = QTreeWidget()
        self.activity_tree.setHeaderLabels([t("活动"), t("日期")])
        self.activity_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.activity_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.activity_tree.header().setStretchLastSection(False)
        self.activity_tree.itemSelectionChanged.connect(self._enable)
        self.activity_tree.itemActivated.connect(lambda _item, _col: self.open_attachments())
        self.activity_tree.setToolTip(self.tr("双击（或按 Enter）登记的活动，查看它的附件"))
        self.households = _table([t("联系户"), t("村（社区）"), t("本人最近走访")])
        self.requests = _table([t("编号"), t("登记日期"), t("类别"), t("诉求"), t("办理结果")])
        self.proposals = _table([t("类别"), t("标题"), t("署名"), t("提交日期"), t("办理情况")])
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.points_chart = HBarChart()
        self.month_chart = BarChart()
        charts_layout.addWidget(self.points_chart)
        charts_layout.addWidget(self.month_chart)
        self.sections.addTab(self.activity_tree, t("履职活动"))
        self.sections.addTab(charts, t("图表"))
        self.sections.addTab(self.households, t("联系户"))
        self.sections.addTab(self.requests, t("承办诉求"))
        self.sections.addTab(self.proposals, t("提案和社情民意"))

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.sections)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return tab

    def show_member(self, member_id: uuid.UUID) -> None:
        """Open a member's record (from the members page)."""
        self.tabs.setCurrentIndex(0)
        self._select(member_id)
        self.show_record()

    def _select(self, member_id: uuid.UUID | None) -> None:
        """Choose the member in the list (findData would compare the id by identity), or the
        first when they are not in it."""
        found = (i for i in range(self.member.count()) if self.member.itemData(i) == member_id)
        self.member.blockSignals(True)
        self.member.setCurrentIndex(next(found, 0 if self.member.count() else -1))
        self.member.blockSignals(False)

    def show_record(self) -> None:
        member_id = self.member.currentData()
        if member_id is None:
            self.record = None
            self._enable()
            return
        try:
            self.record = self.services.member_records.record(member_id, self.year.value())
        except StudioError as exc:
            messages.show_error(self, exc)
            return
        r = self.record
        t = self.tr
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self.facts.addRow(t("委员编号"), QLabel(r.points.code))
        for name, value in r.facts:
            shown = QLabel(value or "—")
            shown.setWordWrap(True)
            self.facts.addRow(name, shown)
        score = r.points.score
        verdict = t("合格") if score.passed else t("不合格")
        self.score.setText(
            t("<b>{year} 年履职积分 {total} 分</b>（基础分 {base}，合格线 {mark}）：{verdict}。"
              "按{scheme}计分。").format(
                year=r.points.year, total=_points(score.total), base=_points(score.base),
                mark=_points(score.pass_mark), verdict=verdict,
                scheme=scheme_name(r.points.version.number))
        )  # fmt: skip
        self.points_tree.clear()
        for line in r.points_lines():
            top = QTreeWidgetItem([line.label + (t("（已达上限）") if line.capped else ""),
                                   _points(line.points)])  # fmt: skip
            for a in line.activities:
                QTreeWidgetItem(top, [f"{a.on.isoformat()}  {describe(a)}", ""])
            self.points_tree.addTopLevelItem(top)
            top.setExpanded(len(line.activities) <= SHOWN_OPEN)
        self.activity_tree.clear()
        for kind, found in r.by_kind():
            top = QTreeWidgetItem(
                [t("{kind}（{n} 项）").format(kind=label(kind), n=len(found)), ""]
            )
            for a in found:
                child = QTreeWidgetItem(top, [describe(a), a.on.isoformat()])
                child.setData(0, ID_ROLE, a.source_id if a.entered else None)
            self.activity_tree.addTopLevelItem(top)
            top.setExpanded(len(found) <= SHOWN_OPEN)
        _fill(self.households, [(h.name, h.village, h.last_visit.isoformat() if h.last_visit
                                 else t("未走访")) for h in r.households])  # fmt: skip
        _fill(self.requests, [(q.number, q.registered_on.isoformat(), q.category, q.summary,
                               q.outcome) for q in r.requests])  # fmt: skip
        _fill(self.proposals, [(label(a.kind), a.detail, role_label(a.role), a.on.isoformat(),
                                proposal_state(a)) for a in r.proposals()])  # fmt: skip
        self.points_chart.set_data(r.points_chart())
        self.month_chart.set_data(r.month_chart())
        self._enable()

    def _selected_activity(self) -> uuid.UUID | None:
        item = self.activity_tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _enable(self) -> None:
        has = self.record is not None
        editable = has and not self.read_only
        self.add_action.setEnabled(editable)
        self.withdraw_action.setEnabled(editable and self._selected_activity() is not None)
        self.print_action.setEnabled(has)

    def add_activity(self) -> None:
        from studio_app.ui.activity_dialog import ActivityDialog

        if self.record is None:
            return
        dialog = ActivityDialog(self.services, self.record.points.member_id,
                                self.record.points.name, self, by=actor(self.services))  # fmt: skip
        saved = dialog.exec() and dialog.done_ok
        dialog.deleteLater()
        if saved:
            self.show_record()
            self.recordsChanged.emit()

    def withdraw_activity(self) -> None:
        activity_id = self._selected_activity()
        if activity_id is None:
            return
        if not messages.confirm(self, self.tr("撤回活动"),
                                self.tr("撤回这项活动？它将不再计入履职档案和积分（记录和附件仍保留）。"),
                                self.tr("撤回"), self.tr("取消")):  # fmt: skip
            return
        try:
            self.services.activities.withdraw(activity_id)
        except StudioError as exc:  # changed elsewhere meanwhile: reload?
            messages.show_refusal(self, exc, self.show_record)
            return
        self.show_record()
        self.recordsChanged.emit()

    def open_attachments(self) -> None:
        """The scans of the entered activity chosen, one after the other."""
        activity_id = self._selected_activity()
        if activity_id is None:
            return
        found = self.services.activities.attachments(activity_id)
        if not found:
            messages.info(self, self.tr("这项活动没有附件。"))
        for attachment in found:
            open_attachment(self, self.services, attachment.id,
                            self.services.activities.attachment_data)  # fmt: skip

    def print_record(self) -> None:
        if self.record is None:
            return
        member_id, year = self.record.points.member_id, self.year.value()
        records = self.services.member_records
        show_document(self, self.tr("履职档案"),
                      lambda: records.print_records([member_id], year, self.services.printing.fonts()))  # fmt: skip

    def print_all(self) -> None:
        year = self.year.value()
        records = self.services.member_records
        show_document(self, self.tr("全部委员履职档案"),
                      lambda: records.print_records(records.active_members(), year,
                                                    self.services.printing.fonts()))  # fmt: skip

    # ---- the ranking --------------------------------------------------------------------
    def _ranking_tab(self) -> QWidget:
        t = self.tr
        tab = QWidget()
        self.ranking_year = QSpinBox()
        self.ranking_year.setRange(2000, 2100)
        self.ranking_year.setValue(date.today().year)
        self.ranking_year.valueChanged.connect(lambda _v: self.show_ranking())
        bar = page_toolbar()
        # Ctrl+E is the window's 文件 → 导出当前列表, which comes here (export_list)
        self.export_action = QAction(t("导出 Excel…"), self)
        self.export_action.setToolTip(t("导出 Excel（Ctrl+E）"))
        self.export_action.triggered.connect(self.export_ranking)
        self.print_ranking_action = QAction(t("打印排名…"), self)
        self.print_ranking_action.triggered.connect(self.print_ranking)
        self.rescore_action = QAction(t("按现行办法重算该年…"), self)
        self.rescore_action.triggered.connect(self.rescore)
        for action in (self.export_action, self.print_ranking_action, self.rescore_action):
            bar.addAction(action)
        top = QHBoxLayout()
        top.addWidget(QLabel(t("年度")))
        top.addWidget(self.ranking_year)
        top.addWidget(bar, 1)
        self.ranking_note = QLabel()
        self.ranking_note.setWordWrap(True)
        self.ranking = QTableWidget()
        self.ranking.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.ranking.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.ranking.verticalHeader().hide()
        self.ranking.itemActivated.connect(self._open_ranked)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.ranking_note)
        layout.addWidget(self.ranking, 1)
        return tab

    def show_ranking(self) -> None:
        t = self.tr
        ranking = self.services.points.ranking(self.ranking_year.value())
        version = ranking.version
        rules = version.scheme.rules()
        passed = sum(1 for r in ranking.rows if r.score.passed)
        self.ranking_note.setText(
            t("按{scheme}计分，合格线 {mark} 分；{n} 位委员，合格 {passed} 位。点列标题排序，"
              "双击一行查看该委员的档案。").format(
                scheme=scheme_name(version.number), mark=_points(version.scheme.pass_mark),
                n=len(ranking.rows), passed=passed)
        )  # fmt: skip
        headers = [t("名次"), t("姓名"), t("委员编号"), t("总分"), t("是否合格"),
                   *(rule_label(r) for r in rules)]  # fmt: skip
        self.ranking.setSortingEnabled(False)
        self.ranking.clear()
        self.ranking.setColumnCount(len(headers))
        self.ranking.setHorizontalHeaderLabels(headers)
        self.ranking.setRowCount(len(ranking.rows))
        totals = [r.score.total for r in ranking.rows]
        for row, (rank, r) in enumerate(zip(ranks(totals), ranking.rows, strict=True)):
            name = QTableWidgetItem(r.name)
            name.setData(ID_ROLE, r.member_id)
            verdict = QTableWidgetItem(t("合格") if r.score.passed else t("不合格"))
            if not r.score.passed:
                verdict.setForeground(Qt.GlobalColor.darkRed)
            cells = [NumberItem(rank), name, QTableWidgetItem(r.code), NumberItem(r.score.total),
                     verdict,
                     *(NumberItem(i.signed) for i in r.score.items)]  # fmt: skip
            for column, cell in enumerate(cells):
                self.ranking.setItem(row, column, cell)
        self.ranking.setSortingEnabled(True)
        self.ranking.resizeColumnsToContents()
        this_year = self.ranking_year.value() >= date.today().year
        self.rescore_action.setEnabled(not self.read_only and not this_year)

    def _open_ranked(self, item: QTableWidgetItem) -> None:
        member_id = self.ranking.item(item.row(), 1).data(ID_ROLE)
        self.year.setValue(self.ranking_year.value())
        self.show_member(member_id)

    def export_list(self) -> None:
        """文件 → 导出当前列表 (Ctrl+E): the ranking of the year shown."""
        self.export_ranking()

    def export_ranking(self) -> None:
        year = self.ranking_year.value()
        path = file_dialogs.ask_save_file(
            self, self.tr("导出履职积分"), self.tr("{year}年度委员履职积分.xlsx").format(year=year),
            self.tr("Excel 文件 (*.xlsx)"),
        )  # fmt: skip
        if path is None:
            return
        try:
            count = self.services.member_records.export_ranking(path, year)
        except (OSError, StudioError) as exc:
            messages.show_error(self, exc)
            return
        messages.info(
            self, self.tr("已导出 {n} 位委员的积分到 {file}。").format(n=count, file=path)
        )

    def print_ranking(self) -> None:
        year = self.ranking_year.value()
        records = self.services.member_records
        show_document(self, self.tr("履职积分排名"),
                      lambda: records.print_ranking(year, self.services.printing.fonts()))  # fmt: skip

    def rescore(self) -> None:
        year = self.ranking_year.value()
        current = self.services.points.current()
        kept = self.services.points.scheme_for(year)
        if kept.number == current.number:
            messages.info(self, self.tr("{year} 年已按现行的{scheme}计分。").format(
                year=year, scheme=scheme_name(current.number)))  # fmt: skip
            return
        if not messages.confirm(
            self, self.tr("重算往年积分"),
            self.tr("{year} 年现按{old}计分。改按现行的{new}重算？排名和档案会随之改变，"
                    "此操作记入操作日志。").format(year=year, old=scheme_name(kept.number),
                                                new=scheme_name(current.number)),
            self.tr("重算"), self.tr("取消"),
        ):  # fmt: skip
            return
        try:
            self.services.points.rescore(year)
        except StudioError as exc:
            messages.show_error(self, exc)
            return
        self.show_ranking()

    # ---- the page -----------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.member.currentData()
        self.member.set_items([(name, i) for i, name in self.services.members.choices()])
        self._select(current)
        if self.tabs.currentIndex() == 0:
            self.show_record()
        else:
            self.show_ranking()
