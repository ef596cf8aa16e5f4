"""诉求 → 共性问题 → 发现共性问题…: groups of requests that read alike, found by the program
(``CommonIssueService.suggestions``, in the background), which the coordinator accepts as
common issues as they are or after changing the title and leaving requests out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.core.common_issues import (
    SUGGEST_MONTHS,
    SUGGEST_REQUESTS,
    SUGGEST_VISITORS,
    SuggestedIssue,
)
from studio_app.core.services import Services
from studio_app.ui import messages, screen_fit
from studio_app.ui.detail_panel import section_label
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import side_by_side


class SuggestedIssuesDialog(QDialog):
    """Suggestions on the left; the chosen one's title and requests (each ticked) on the right.

    Attributes:
        created: the ids of the common issues made here.
    """

    def __init__(self, services: Services, found: list[SuggestedIssue], parent=None):
        super().__init__(parent)
        self.services = services
        self.created: list = []
        t = self.tr
        self.setWindowTitle(t("发现共性问题"))
        screen_fit.fit_size(self, 900, 560)
        self.intro = QLabel(
            t("近 {months} 个月登记的诉求中，内容相近的至少 {n} 件、来自至少 {people} 位群众的，"
              "列在这里（同一电话或同名同村算一位；已归入共性问题、已合并、不予受理和已归档的"
              "不算）。改好标题、去掉不属于这一类的诉求，点“采纳为共性问题”即建立。")
            .format(months=SUGGEST_MONTHS, n=SUGGEST_REQUESTS, people=SUGGEST_VISITORS)
        )  # fmt: skip
        self.intro.setWordWrap(True)
        fields = [
            Field(t("发现的共性问题"), lambda g: g.title, 160),
            Field(t("诉求"), lambda g: str(len(g.requests)), 40),
            Field(t("群众"), lambda g: str(g.visitors), 40),
            Field(t("涉及村（社区）"), lambda g: tr("、").join(g.villages), 140),
        ]
        self.found = RowsModel(fields, self)
        self.found_view = rows_view(self.found, fields)
        self.found_view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())

        self.title = QLineEdit()
        self.members = QListWidget()
        self.accept_button = QPushButton(t("采纳为共性问题(&A)"))
        self.accept_button.clicked.connect(self.accept_chosen)
        right = QWidget()
        form = QFormLayout()
        form.addRow(t("标题(&T)"), self.title)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(section_label(t("包含的诉求（去掉勾选的不归入）")))
        right_layout.addWidget(self.members, 1)
        right_layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignRight)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(t("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(
            side_by_side(self.found_view, right, (420, 460), remember="suggested_issues"), 1
        )
        layout.addWidget(close)
        self.found.set_rows(found)
        if self.found.rows:
            self.found_view.selectRow(0)
        self._chosen()

    def chosen(self) -> SuggestedIssue | None:
        return selected_row(self.found_view)

    def _chosen(self) -> None:
        group = self.chosen()
        self.members.clear()
        self.title.setEnabled(group is not None)
        self.accept_button.setEnabled(group is not None)
        if group is None:
            self.title.setText("")
            if not self.found.rows:
                self.title.setPlaceholderText(self.tr("没有发现：相近的诉求还不够多"))
            return
        self.title.setText(group.title)
        for r in group.requests:
            text = f"{r.number}  {r.village}  {' '.join(r.content.split())}"
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.members.addItem(item)

    def accept_chosen(self) -> None:
        """Make the chosen group, as edited, a common issue; it leaves the list."""
        group = self.chosen()
        if group is None:
            return
        ids = [self.members.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.members.count())
               if self.members.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
        if not ids:
            messages.info(self, self.tr("请至少勾选一件诉求。"))
            return
        try:
            issue = self.services.common_issues.create(self.title.text(), "", ids)
        except StudioError as exc:
            messages.show_error(self, exc)
            return
        self.created.append(issue.id)
        self.found.set_rows([g for g in self.found.rows if g is not group])
        if self.found.rows:
            self.found_view.selectRow(0)
        self._chosen()
