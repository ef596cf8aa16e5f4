"""Importing a roster from Excel: choose the file, preview every row and problem, import all."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import DuplicatePolicy, RosterKind
from studio_app.base.i18n import tr
from studio_app.ui import file_dialogs, messages, screen_fit
from studio_app.ui.background import BackgroundOp
from studio_app.ui.form_fields import ERROR_STYLE
from studio_app.ui.list_model import Field, RowsModel, rows_view

if TYPE_CHECKING:
    # roster_io brings openpyxl: loaded when a file is first read, not at start-up
    from studio_app.core.roster_io import ImportIssue, ImportPlan, ImportResult, PlannedRow
    from studio_app.core.services import Services


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def xlsx_filter() -> str:
    return _t("Excel 文件 (*.xlsx)")


def roster_title(kind: RosterKind) -> str:
    return _t("委员名册") if kind == RosterKind.MEMBERS else _t("联户名册")


def save_template(parent: QWidget, services: Services, kind: RosterKind) -> None:
    """Ask where to save an empty roster template, and write it."""
    name = _t("{roster}导入模板.xlsx").format(roster=roster_title(kind))
    path = file_dialogs.ask_save_file(parent, _t("保存导入模板"), name, xlsx_filter())
    if path is None:
        return
    try:
        services.rosters.write_template(kind, path)
    except Exception as exc:
        messages.show_error(parent, exc)
        return
    messages.info(
        parent,
        _t("模板已保存到：\n{path}\n\n请用 Excel 或 WPS 打开，按表头填写后再导入。").format(
            path=path
        ),
        _t("模板已保存"),
    )


class ImportDialog(QDialog):
    """Preview first, then import in one go: with any problem in the file, nothing is imported.

    Attributes:
        plan: the checked file (None until a file was read).
        imported: the counts, once the import has been done.
    """

    def __init__(self, services: Services, kind: RosterKind, parent=None):
        super().__init__(parent)
        self.services = services
        self.kind = kind
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("导入{roster}").format(roster=roster_title(kind)))
        screen_fit.fit_size(self, 960, 640)

        self.file_label = QLabel(self.tr("尚未选择文件"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("选择文件…"))
        choose.clicked.connect(self.choose_file)
        self.reload_button = QPushButton(self.tr("重新读取"))
        self.reload_button.setToolTip(self.tr("在 Excel 中改正并保存后，点这里重新检查"))
        self.reload_button.setEnabled(False)
        self.reload_button.clicked.connect(lambda: self.path and self.load(self.path))
        template = QPushButton(self.tr("下载空白模板…"))
        template.clicked.connect(lambda: save_template(self, services, kind))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("文件：")))
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        top.addWidget(self.reload_button)
        top.addWidget(template)

        self.summary = QLabel(
            self.tr("请选择要导入的 Excel 文件（.xlsx）。第一次导入可先下载空白模板，按表头填写。")
        )
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.error_banner = QLabel()
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.error_banner.hide()

        headers = [c.header for c in services.rosters.columns(kind)]
        shown = {h: tr(h) for h in headers}  # i18n: from N_ (the file's headers, in roster_io)
        self.preview_fields = [
            Field(self.tr("行"), lambda r: str(r.row), 44),
            Field(self.tr("处理"), self._action_text, 64),
            *(Field(shown[h], lambda r, h=h: r.values.get(h, ""), 96) for h in headers),
        ]
        self.preview = RowsModel(self.preview_fields, self)
        self.preview_view = rows_view(self.preview, self.preview_fields)
        self.error_fields = [
            Field(self.tr("行"), lambda e: str(e.row) if e.row else "—", 44),
            Field(self.tr("列"), lambda e: shown.get(e.column, e.column) or "—", 96),
            Field(self.tr("原因"), self._issue_text),
        ]
        self.errors = RowsModel(self.error_fields, self)
        self.errors_view = rows_view(self.errors, self.error_fields)
        self.errors_box = QWidget()
        errors_layout = QVBoxLayout(self.errors_box)
        errors_layout.setContentsMargins(0, 0, 0, 0)
        self.errors_title = QLabel(self.tr("需要改正的问题："))
        errors_layout.addWidget(self.errors_title)
        errors_layout.addWidget(self.errors_view)
        self.errors_box.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview_view)
        splitter.addWidget(self.errors_box)
        splitter.setChildrenCollapsible(False)

        policy_box = QGroupBox(self.tr("与已有记录重复的行（姓名和电话都相同）"))
        self.update_radio = QRadioButton(self.tr("更新已有记录（用文件中的内容覆盖）"))
        self.skip_radio = QRadioButton(self.tr("跳过，保留已有记录不变"))
        self.skip_radio.setChecked(True)
        self.policy = QButtonGroup(self)
        self.policy.addButton(self.update_radio)
        self.policy.addButton(self.skip_radio)
        policy_layout = QHBoxLayout(policy_box)
        policy_layout.addWidget(self.update_radio)
        policy_layout.addWidget(self.skip_radio)
        policy_layout.addStretch()

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.run_import)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(policy_box)
        layout.addWidget(buttons)

    def _action_text(self, row: PlannedRow) -> str:
        return self.tr("新增") if row.action == "new" else self.tr("重复")

    def _issue_text(self, issue: ImportIssue) -> str:
        if issue.warning:
            return self.tr("［请核对］{message}").format(message=issue.message)
        return issue.message

    # ---- reading ------------------------------------------------------------------------
    def choose_file_later(self) -> None:
        """Open the file chooser as soon as the dialog is shown."""
        QTimer.singleShot(0, self.choose_file)

    def choose_file(self) -> None:
        path = file_dialogs.ask_open_file(
            self, self.tr("选择{roster}").format(roster=roster_title(self.kind)), xlsx_filter()
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read and check ``path`` off the GUI thread; nothing is written."""
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.reload_button.setEnabled(True)
        self.import_button.setEnabled(False)
        kind = self.kind
        BackgroundOp(
            self,
            self.tr("正在读取并检查“{name}”…").format(name=self.path.name),
            lambda: self.services.rosters.preview(kind, self.path),
        ).success(self.show_plan).failure(self._read_failed).run()

    def _read_failed(self, error: BaseException) -> None:
        self.plan = None
        self.preview.set_rows([])
        self.show_issues([])
        self.summary.setText(self.tr("无法读取这个文件。"))
        messages.show_error(self, error, self.tr("无法读取文件"))

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.preview.set_rows(plan.rows)
        self.summary.setText(
            self.tr("共 {n} 行可导入：新增 {new} 行，与已有记录重复 {dup} 行。").format(
                n=len(plan.rows), new=plan.new_count, dup=plan.duplicate_count
            )
        )
        self.show_issues(plan.errors, plan.warnings)
        self.import_button.setEnabled(plan.ok and bool(plan.rows))

    def show_issues(
        self, errors: Sequence[ImportIssue], warnings: Sequence[ImportIssue] = ()
    ) -> None:
        """The problems to fix (nothing is imported until they are), then what to check."""
        issues = [*errors, *warnings]
        self.errors.set_rows(issues)
        self.errors_box.setVisible(bool(issues))
        self.error_banner.setVisible(bool(issues))
        if errors:
            self.errors_title.setText(self.tr("需要改正的问题："))
            self.error_banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
            self.error_banner.setText(
                self.tr(
                    "发现 %n 处问题。在全部改正之前，不会导入任何一行。"
                    "请在 Excel 中按下表改正并保存，然后点“重新读取”。",
                    None,
                    len(errors),
                )
            )
        else:
            self.errors_title.setText(self.tr("请核对："))
            self.error_banner.setStyleSheet("font-weight: bold;")
            self.error_banner.setText(
                self.tr("有 %n 处请核对（见下表），不影响导入。", None, len(warnings))
            )

    # ---- importing ----------------------------------------------------------------------
    def duplicate_policy(self) -> DuplicatePolicy:
        return DuplicatePolicy.UPDATE if self.update_radio.isChecked() else DuplicatePolicy.SKIP

    def run_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok:
            return
        policy = self.duplicate_policy()
        self.import_button.setEnabled(False)
        BackgroundOp(
            self,
            self.tr("正在导入，请勿关闭程序…"),
            lambda: self.services.rosters.apply(plan, policy),
        ).success(self._done).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(self.plan is not None and self.plan.ok)
        messages.show_error(self, error, self.tr("导入未完成，没有导入任何数据"))

    def _done(self, result: ImportResult) -> None:
        self.imported = result
        messages.info(
            self,
            self.tr("导入完成：新增 {created} 条，更新 {updated} 条，跳过 {skipped} 条。").format(
                created=result.created, updated=result.updated, skipped=result.skipped
            ),
            self.tr("导入完成"),
        )
        self.accept()
