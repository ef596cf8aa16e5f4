"""保存期限: preview, then anonymise, the visitors of requests that ended more than N years ago.

The preview counts exactly what the run changes (with a masked sample); the run asks first,
and is refused in place when there is nothing to do or the user may not do it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.core.retention import RetentionPreview, copies_note
from studio_app.core.services import Services
from studio_app.ui import messages, screen_fit
from studio_app.ui.form_fields import ERROR_STYLE
from studio_app.ui.list_model import Field, RowsModel, rows_view
from studio_app.ui.settings_dialogs import close_buttons

DEFAULT_YEARS = 5
MAX_YEARS = 30


class RetentionDialog(QDialog):
    """保留年限, 预览 and 匿名处理.

    Attributes:
        preview: the last ``RetentionPreview`` shown (None before 预览).
        anonymised: how many visitors the last run anonymised (None before one).
    """

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.retention = services.retention
        self.preview: RetentionPreview | None = None
        self.anonymised: int | None = None
        self.setWindowTitle(self.tr("来访人信息保存期限"))
        screen_fit.fit_size(self, 640, 520)
        t = self.tr
        intro = QLabel(
            t("诉求办结（已回访、不予受理、转为提案或已合并）满保留年限后，可把来访人的姓名改为"
              "“（已匿名）”，并清空电话和身份证号。诉求内容、办理经过和各项统计数字都保留。"
              "扫码提交（扫码说事）的姓名、电话和照片随所成诉求的来访人一并清除，不予受理的满年限后"
              "清除，待受理的不动。仍有未办结或近期诉求的来访人不受影响。匿名处理后无法撤销，请先备份。")
        )  # fmt: skip
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")
        self.copies = QLabel(copies_note())  # what the anonymisation does not reach
        self.copies.setWordWrap(True)
        self.copies.setStyleSheet("color: #555;")
        self.years = QSpinBox()
        self.years.setRange(1, MAX_YEARS)
        self.years.setValue(DEFAULT_YEARS)
        self.years.setSuffix(t(" 年"))
        self.years.valueChanged.connect(lambda _v: self._stale())
        self.preview_button = QPushButton(t("预览"))
        self.preview_button.clicked.connect(self.show_preview)
        self.run_button = QPushButton(t("匿名处理…"))
        self.run_button.clicked.connect(self.anonymise)
        top = QHBoxLayout()
        top.addWidget(QLabel(t("保留年限")))
        top.addWidget(self.years)
        top.addWidget(self.preview_button)
        top.addStretch()
        top.addWidget(self.run_button)
        self.summary = QLabel(t("选择保留年限后点“预览”，查看将要匿名处理的来访人。"))
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error_general")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        fields = [
            Field(t("诉求编号"), lambda s: s.number, 120),
            Field(t("来访人"), lambda s: s.name, 120),
            Field(t("办结日期"), lambda s: s.closed_on.isoformat()),
        ]
        self.model = RowsModel(fields, self)
        self.view = rows_view(self.model, fields)
        self.sample_label = QLabel()
        self.sample_label.setStyleSheet("color: #555;")
        self.sample_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.copies)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(close_buttons(self))

    def _stale(self) -> None:
        self.preview = None
        self.model.set_rows([])
        self.sample_label.clear()
        self.sample_label.hide()
        self._say_error(None)
        self.summary.setText(self.tr("保留年限已改变，请重新“预览”。"))

    def _say_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def show_preview(self) -> RetentionPreview | None:
        self._say_error(None)
        try:
            preview = self.retention.preview(self.years.value())
        except StudioError as exc:
            self._say_error(str(exc))
            return None
        self.preview = preview
        self.summary.setText(preview.summary)
        self.model.set_rows(preview.sample)
        if preview.sample:
            self.sample_label.setText(
                self.tr("示例（最多 {n} 位，姓名已隐去）：").format(n=len(preview.sample))
                if len(preview.sample) < preview.visitors
                else self.tr("将匿名处理的来访人（姓名已隐去）：")
            )
        else:
            self.sample_label.clear()
        self.sample_label.setVisible(bool(preview.sample))
        return preview

    def anonymise(self) -> None:
        preview = self.show_preview()
        if preview is None:
            return
        if preview.visitors == 0:
            self._say_error(
                self.tr("没有满 {years} 年需要匿名处理的来访人，无需处理。").format(
                    years=preview.years
                )
            )
            return
        if not messages.confirm(
            self, self.tr("匿名处理"),
            self.tr("将匿名处理来访人 {visitors} 位（涉及诉求 {requests} 件）：姓名改为“（已匿名）”，"
                    "电话和身份证号清空。此操作无法撤销，建议先备份。{copies}确定继续吗？").format(
                visitors=preview.visitors, requests=preview.requests, copies=copies_note()),
            self.tr("匿名处理"),
        ):  # fmt: skip
            return
        try:
            count = self.retention.anonymise(preview.years)
        except StudioError as exc:
            self._say_error(str(exc))
            return
        self.anonymised = count
        self.show_preview()
        messages.info(self, self.tr("已匿名处理来访人 %n 位。", None, count))
