"""设置 → 近义词: the coordinator's own words for things, which the similar-request matching
takes as the same word (a local name for a drain, a village's name for its lane), with a place
to try two requests against the words before saving them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from studio_app.base.errors import StudioError
from studio_app.core.services import Services
from studio_app.core.similarity import SAME_MATTER, shipped_lexicon
from studio_app.ui.form_fields import FormFields, dialog_buttons, save_or_show


class OwnWordsDialog(QDialog):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("近义词"))
        self.intro = intro = QLabel(
            self.tr("登记时，程序把内容相近的未办结诉求列出来。它已认得 {n} 组基层常用说法"
                    "（如“下水道、排水沟”“宅基地、房基地”）；本地的说法写在下面，每行一组，"
                    "词之间用空格分开，第一个词代表这一组。说“出了什么事”的一组（堵、漏、欠薪）"
                    "在行首写“问题：”。# 之后是说明。").format(n=len(shipped_lexicon()))
        )  # fmt: skip
        intro.setWordWrap(True)
        self._read = services.own_words.text()  # as shown: saved elsewhere since is refused
        self.words = QPlainTextEdit(self._read)
        self.words.setPlaceholderText(self.tr("洋沟 下水道 排水沟\n问题：冒水 积水\n坝子 院子"))
        self.words.setTabChangesFocus(True)
        form = QFormLayout()
        self.fields = FormFields(form)
        self.fields.add("words", self.tr("本地说法(&W)"), self.words)
        self.first = QLineEdit()
        self.second = QLineEdit()
        self.first.setPlaceholderText(self.tr("如：洋沟冒水，坝子里全是水"))
        self.second.setPlaceholderText(self.tr("如：下水道积水，院子被淹"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        form.addRow(self.tr("试一试：诉求甲(&A)"), self.first)
        form.addRow(self.tr("诉求乙(&B)"), self.second)
        form.addRow("", self.verdict)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._try)
        self.words.textChanged.connect(self._try)
        buttons, _ = dialog_buttons(self, self.tr("保存"), self.tr("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def _try(self) -> None:
        """Say whether the two requests would be offered as similar with the words as typed."""
        a, b = self.first.text().strip(), self.second.text().strip()
        if not a or not b:
            self.verdict.clear()
            return
        try:
            score = self.services.own_words.likeness(a, b, self.words.toPlainText())
        except StudioError as exc:
            self.verdict.setText(str(exc))
            return
        if score >= SAME_MATTER:
            text = self.tr("内容相近（{score:.2f}，达到 {limit:.2f} 即列出）：登记时会列出。")
        else:
            text = self.tr("不相近（{score:.2f}，达到 {limit:.2f} 才列出）：登记时不会列出。")
        self.verdict.setText(text.format(score=score, limit=SAME_MATTER))

    def save(self) -> None:
        text = self.words.toPlainText()
        call = lambda: (self.services.own_words.save(text, read=self._read),)  # noqa: E731
        if save_or_show(self, self.fields, call, self._load):
            self.changed = True
            self.accept()

    def _load(self) -> None:
        """Show the words as saved now (another PC saved them meanwhile)."""
        self._read = self.services.own_words.text()
        self.words.setPlainText(self._read)
