"""登记履职活动: an activity the studio's records do not hold (全会, 常委会, 大会发言, 调研视察,
培训, 帮办实事, 其他), with a date, a note and scans or photos attached."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QListWidget, QPushButton, QWidget

from studio_app.base.enums import ActivityKind
from studio_app.base.errors import StudioError
from studio_app.base.labels import label
from studio_app.core.activities import ENTERED_OUTCOMES, ActivityInput, outcome_label
from studio_app.core.services import Services
from studio_app.ui import file_dialogs, messages
from studio_app.ui.action_dialog import ActionDialog, date_picker, plain_text, pydate


class ActivityDialog(ActionDialog):
    """Attributes:
    files: the scans chosen, attached once the activity is saved."""

    def __init__(self, services: Services, member_id: uuid.UUID, member_name: str,
                 parent: QWidget | None = None, *, by: str = ""):  # fmt: skip
        super().__init__(
            self.tr("登记履职活动"), self.tr("保存"), self._save, parent,
            self.tr("{name}的履职活动。接待日值班、走访、承办诉求、协商议事会议和跟踪落实事项"
                    "由程序从记录中统计，不必在这里登记。").format(name=member_name),
        )  # fmt: skip
        self.services, self.member_id, self.by = services, member_id, by
        self.files: list[Path] = []
        self.kind = QComboBox()
        for kind in ENTERED_OUTCOMES:
            self.kind.addItem(label(kind), kind)
        self.add("kind", self.tr("类别"), self.kind)
        self.outcome = QComboBox()
        self.add("outcome", self.tr("情况"), self.outcome)
        self.held_on = self.add("held_on", self.tr("日期"), date_picker(date.today(), form=True))
        self.title = self.add("title", self.tr("名称"), QLineEdit())
        self.title.setPlaceholderText(self.tr("如：县政协十届三次全体会议、关于乡村道路的专题调研"))
        self.note = self.add("note", self.tr("说明"), plain_text(self.tr("可不填"), 3))
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(70)
        add_file = QPushButton(self.tr("添加附件…"))
        add_file.clicked.connect(self.add_file)
        row = QWidget()
        files = QHBoxLayout(row)
        files.setContentsMargins(0, 0, 0, 0)
        files.addWidget(self.file_list, 1)
        files.addWidget(add_file)
        self.add("file", self.tr("附件（扫描件或照片）"), row)
        self.kind.currentIndexChanged.connect(self._outcomes)
        self._outcomes()

    def _outcomes(self) -> None:
        kind = self.kind.currentData()
        self.outcome.clear()
        for outcome in ENTERED_OUTCOMES[kind]:
            if outcome:
                self.outcome.addItem(outcome_label(outcome), outcome)
        self.outcome.setEnabled(self.outcome.count() > 0)

    def add_file(self) -> None:
        path = file_dialogs.ask_open_file(
            self, self.tr("选择附件"), self.tr("扫描件或照片 (*.pdf *.jpg *.jpeg *.png)")
        )
        if path is not None:
            self.files.append(path)
            self.file_list.addItem(path.name)

    def data(self) -> ActivityInput:
        kind: ActivityKind = self.kind.currentData()
        return ActivityInput(self.member_id, kind, pydate(self.held_on.date()),
                             self.outcome.currentData() or "", self.title.text(),
                             self.note.toPlainText())  # fmt: skip

    def _save(self):
        activity = self.services.activities.add(self.data())
        for path in self.files:  # the activity stands; a scan that fails is said, not lost
            try:
                self.services.activities.attach(
                    activity.id, path.name, path.read_bytes(), by=self.by
                )
            except (OSError, StudioError) as exc:
                messages.show_error(self, exc)
        return activity
