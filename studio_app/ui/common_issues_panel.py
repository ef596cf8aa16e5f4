"""The 共性问题 tab: requests grouped into one class of matters, and the draft of a proposal
each group gives."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.labels import label, word_label
from studio_app.core.common_issues import (
    SUGGEST_MONTHS,
    SUGGEST_REQUESTS,
    SUGGEST_VISITORS,
    IssueRow,
)
from studio_app.core.services import Services
from studio_app.ui import messages, screen_fit
from studio_app.ui.action_dialog import ActionDialog, plain_text
from studio_app.ui.background import BackgroundOp
from studio_app.ui.detail_panel import section_label
from studio_app.ui.form_fields import dialog_buttons
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import WHOLE, side_by_side


class CommonIssuesPanel(QWidget):
    """Common issues on the left; the selected one's summary and requests on the right.

    Signals:
        requestActivated(object): show this request (its id) in the list.
        changed: an issue or its requests changed.
        proposalCreated(object): the issue became this draft proposal (its id).
    """

    requestActivated = Signal(object)
    changed = Signal()
    proposalCreated = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        t = self.tr
        issue_fields = [
            Field(t("共性问题"), lambda i: i.title, 220),
            Field(t("诉求"), lambda i: str(i.request_count), 40),
            Field(t("未办结"), lambda i: str(i.open_count), 50),
            Field(t("涉及村（社区）"), lambda i: tr("、").join(i.villages), 160),
            Field(t("类别"), lambda i: tr("、").join(map(word_label, i.categories)), 100),
            Field(t("建立日期"), lambda i: i.created_on.isoformat(), 90),
        ]
        self.issues = RowsModel(issue_fields, self)
        self.issues_view = rows_view(self.issues, issue_fields)
        self.issues_view.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.find_button = QPushButton(t("发现共性问题…"))
        self.find_button.setToolTip(
            t("找出近 {months} 个月内容相近的诉求（至少 {n} 件、来自至少 {people} 位群众），"
              "采纳或修改后建立").format(months=SUGGEST_MONTHS, n=SUGGEST_REQUESTS,
                                     people=SUGGEST_VISITORS)
        )  # fmt: skip
        self.find_button.clicked.connect(self.find)
        self.new_button = QPushButton(t("新建…"))
        self.edit_button = QPushButton(t("编辑…"))
        self.draft_button = QPushButton(t("生成提案素材"))
        self.convert_button = QPushButton(t("转为提案/社情民意…"))
        self.convert_button.setToolTip(
            t("生成提案或社情民意信息的草稿，其中的诉求都标为“转为提案/社情民意”")
        )
        self.convert_button.clicked.connect(self.convert)
        self.archive_button = QPushButton(t("归档"))
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit)
        self.draft_button.clicked.connect(self.draft)
        self.archive_button.clicked.connect(self.archive)
        buttons = QHBoxLayout()
        for b in (self.find_button, self.new_button, self.edit_button, self.draft_button,
                  self.archive_button):  # fmt: skip
            buttons.addWidget(b)
        buttons.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 4, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.issues_view, 1)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        request_fields = [
            Field(t("编号"), lambda r: r.number, 80, priority=WHOLE),
            Field(t("村（社区）"), lambda r: r.village, 80),
            Field(t("状态"), lambda r: label(r.status), 60),
            Field(t("内容"), lambda r: r.content, 300),
        ]
        self.requests = RowsModel(request_fields, self)
        self.requests_view = rows_view(self.requests, request_fields)
        self.requests_view.doubleClicked.connect(
            lambda _i: self.requestActivated.emit(selected_row(self.requests_view).id)
        )
        self.remove_button = QPushButton(t("移出所选诉求"))
        self.remove_button.clicked.connect(self.remove_request)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 4, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.summary)
        included = section_label(t("包含的诉求（在诉求列表中多选后“归入共性问题…”添加）"))
        included.setWordWrap(True)  # long in English: wrapped, not widening the page
        right_layout.addWidget(included)
        right_layout.addWidget(self.requests_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch()
        right_layout.addLayout(row)
        row = QHBoxLayout()  # a row of its own: beside the other buttons it would widen the page
        row.addWidget(self.convert_button)
        row.addStretch()
        right_layout.addLayout(row)

        splitter = side_by_side(left, right, (620, 480), remember="common_issues")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._selected()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        keep = select or (self.selected().id if self.selected() else None)
        rows = self.services.common_issues.issues()
        self.issues.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else None)
        if index is not None:
            self.issues_view.selectRow(index)
        self._selected()

    def selected(self) -> IssueRow | None:
        return selected_row(self.issues_view)

    def _selected(self) -> None:
        issue = self.selected()
        for b in (self.edit_button, self.draft_button, self.convert_button, self.archive_button):
            b.setEnabled(issue is not None)
        if issue is None:
            self.title.setText(self.tr("还没有共性问题") if not self.issues.rows else "")
            self.summary.setText(
                self.tr(
                    "同类诉求反复出现时，点“发现共性问题…”让程序找出来；也可以在诉求列表中"
                    "多选这些诉求，点“归入共性问题…”。"
                )
            )
            self.requests.set_rows([])
            self.remove_button.setEnabled(False)
            return
        self.title.setText(issue.title)
        self.summary.setText(issue.summary or self.tr("（还没有概括）"))
        self.requests.set_rows(self.services.common_issues.requests_of(issue.id))
        self.remove_button.setEnabled(bool(self.requests.rows))

    def _issue_form(self, title_text: str, accept: str, save, issue: IssueRow | None) -> None:
        title = QLineEdit(issue.title if issue else "")
        summary = plain_text(self.tr("这类问题的概括：范围、原因、群众的共同诉求"), 5)
        summary.setPlainText(issue.summary if issue else "")
        dialog = ActionDialog(title_text, accept, lambda: save(title.text(), summary.toPlainText()),
                              self)  # fmt: skip
        dialog.add("title", self.tr("标题"), title)
        dialog.add("summary", self.tr("概括"), summary)
        dialog.exec()
        if dialog.done_ok:
            self.refresh(dialog.result.id if dialog.result is not None else None)
            self.changed.emit()
        dialog.deleteLater()

    def find(self) -> None:
        """The groups the program finds (a few seconds over a county's months), to accept or
        edit as common issues."""
        op = BackgroundOp(self, self.tr("正在查找内容相近的诉求…"),
                          self.services.common_issues.suggestions)  # fmt: skip
        op.success(self._suggested).run()

    def _suggested(self, found: list) -> None:
        from studio_app.ui.suggested_issues_dialog import SuggestedIssuesDialog

        dialog = SuggestedIssuesDialog(self.services, found, self)
        dialog.exec()
        if dialog.created:
            self.refresh(dialog.created[-1])
            self.changed.emit()
        dialog.deleteLater()

    def create(self) -> None:
        self._issue_form(self.tr("新建共性问题"), self.tr("新建"),
                         lambda title, summary: self.services.common_issues.create(title, summary),
                         None)  # fmt: skip

    def edit(self) -> None:
        issue = self.selected()
        self._issue_form(
            self.tr("编辑共性问题"), self.tr("保存"),
            lambda title, summary: self.services.common_issues.update(
                issue.id, title, summary, expected_version=issue.version),
            issue,
        )  # fmt: skip

    def archive(self) -> None:
        issue = self.selected()
        if issue is None or not messages.confirm(
            self, self.tr("归档共性问题"),
            self.tr("归档“{title}”？其中的诉求不受影响，仍在诉求列表中。").format(
                title=issue.title),
            self.tr("归档"),
        ):  # fmt: skip
            return
        try:
            self.services.common_issues.archive(issue.id, version=issue.version)
        except StudioError as exc:  # changed elsewhere since the list was read: reload?
            messages.show_refusal(self, exc, lambda: self.refresh(issue.id))
            return
        self.refresh()
        self.changed.emit()

    def remove_request(self) -> None:
        issue, request = self.selected(), selected_row(self.requests_view)
        if issue is None or request is None:
            messages.info(self, self.tr("请先在右侧列表中选择要移出的诉求。"))
            return
        try:
            self.services.common_issues.remove_request(issue.id, request.id,
                                                       version=issue.version)  # fmt: skip
        except StudioError as exc:  # changed elsewhere since the list was read: reload?
            messages.show_refusal(self, exc, lambda: self.refresh(issue.id))
            return
        self.refresh(issue.id)
        self.changed.emit()

    def convert(self) -> None:
        """The issue becomes a draft proposal or 社情民意 item in one step."""
        from studio_app.ui.proposal_dialogs import conversion_dialog

        issue = self.selected()
        if issue is None:
            return
        dialog = conversion_dialog(
            self.services, issue.title, None,
            lambda kind, lead: self.services.proposals.convert_issue(issue.id, kind, lead_id=lead),
            self,
        )  # fmt: skip
        dialog.exec()
        draft = dialog.result if dialog.done_ok else None
        dialog.deleteLater()
        if draft is not None:
            self.refresh(issue.id)
            self.changed.emit()
            self.proposalCreated.emit(draft.id)

    def draft(self) -> None:
        """The issue as the seed of a proposal, to copy into a word processor."""
        issue = self.selected()
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("提案素材 — {title}").format(title=issue.title))
        screen_fit.fit_size(dialog, 620, 480)
        text = QPlainTextEdit(self.services.common_issues.summary_text(issue.id))
        buttons, _copy = dialog_buttons(dialog, self.tr("复制全文"), self.tr("关闭"),
                                       lambda: QGuiApplication.clipboard().setText(
                                           text.toPlainText()))  # fmt: skip
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.exec()
        dialog.deleteLater()
