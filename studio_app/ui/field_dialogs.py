"""外出工作包 in the window: 文件 → 外出工作包… (office), 打开工作包… and 生成带回文件… (laptop),
导入带回文件… and 冲突列表… (office). Thin: each asks for a file and the passphrase and calls
``services.field``; the conflict list shows both sides of each field and takes a choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.core.field.conflicts import field_label, step_text
from studio_app.ui import file_dialogs, messages, screen_fit

NOTE_STYLE = "color: #555;"


def _t(text: str) -> str:
    return QCoreApplication.translate("FieldDialogs", text)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


class PackageFileDialog(QDialog):
    """A file (to write or to read) and the passphrase (twice for a new file).

    Attributes:
        path: the chosen file once accepted.
        passphrase: the passphrase once accepted.
    """

    def __init__(self, title: str, intro: str, *, saving: bool, name_filter: str,
                 default_name: str = "", option: str = "", parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.saving, self.name_filter, self.default_name = saving, name_filter, default_name
        self.path: Path | None = None
        self.passphrase = ""
        layout = QVBoxLayout(self)
        layout.addWidget(_note(intro))
        form = QFormLayout()
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("例如 U 盘上的文件"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form.addRow(self.tr("文件"), row)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("口令"), self.secret)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if saving:
            form.addRow(self.tr("再输入一次"), self.again)
        layout.addLayout(form)
        if saving:
            layout.addWidget(_note(self.tr(
                "口令至少 6 个字符。请记住它，或当面告诉带文件的人：没有口令，谁也打不开这个文件"
                "（U 盘丢了，里面的群众信息也就不会泄露）。"
            )))  # fmt: skip
        self.option = QCheckBox(option)
        self.option.setVisible(bool(option))
        layout.addWidget(self.option)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(screen_fit.fit_size(self, 560, 0))

    def _browse(self) -> None:
        if self.saving:
            chosen = file_dialogs.ask_save_file(self, self.windowTitle(), self.default_name,
                                                self.name_filter, Path(self.default_name).suffix)  # fmt: skip
        else:
            chosen = file_dialogs.ask_open_file(self, self.windowTitle(), self.name_filter)
        if chosen is not None:
            self.file.setText(str(chosen))

    def _accept(self) -> None:
        text = self.file.text().strip()
        if not text:
            self.error.setText(self.tr("请选择文件。"))
            return
        if self.saving and self.secret.text() != self.again.text():
            self.error.setText(self.tr("两次输入的口令不一样。"))
            return
        self.path, self.passphrase = Path(text), self.secret.text()
        self.accept()


def summary_text(summary) -> str:
    """What a check-in did, in a few lines."""
    lines = [_t("{studio}：新增 {inserted} 条，合并修改 {updated} 条，办理步骤 {steps} 步，"
                "操作日志 {appended} 条。").format(
        studio=summary.studio_name, inserted=summary.inserted, updated=summary.updated,
        steps=summary.steps, appended=summary.appended)]  # fmt: skip
    for provisional, final in summary.renumbered:
        lines.append(_t("临时编号 {provisional} → 正式编号 {final}").format(
            provisional=provisional, final=final))  # fmt: skip
    if summary.conflicts:
        lines.append(_t("{n} 条记录双方都改过，没有改动，在“冲突列表”中等您选择。").format(
            n=summary.conflicts))  # fmt: skip
    return "\n".join(lines)


class ConflictListDialog(QDialog):
    """冲突列表: each record both sides changed, with the values side by side and a choice per
    field (办公室 or 笔记本); request steps with both histories. 按所选处理 settles one."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("冲突列表"))
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr(
            "外出期间办公室和笔记本都改过的记录在这里等您决定：每一项选“办公室”或“笔记本”的内容。"
            "只在一边改过的项目已经标为那一边。处理之前，这条记录保持办公室现在的样子。"
        )))  # fmt: skip
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        splitter.addWidget(self.list)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        side.addWidget(self.heading)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("带出时"), self.tr("办公室"),
                                              self.tr("笔记本"), self.tr("采用")])  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        side.addWidget(self.table, 1)
        self.steps = QPlainTextEdit()
        self.steps.setReadOnly(True)
        side.addWidget(self.steps, 1)
        self.step_choice = QComboBox()
        self.step_choice.addItem(
            self.tr("保留办公室的办理过程（笔记本的步骤记入办理过程备注）"), "office"
        )
        self.step_choice.addItem(self.tr("在办公室的基础上再办理笔记本的步骤"), "laptop")
        side.addWidget(self.step_choice)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.settle_button = buttons.addButton(self.tr("按所选处理"),
                                               QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        self.settle_button.clicked.connect(self._settle)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(screen_fit.fit_size(self, 1000, 600))
        self.load()

    def load(self) -> None:
        self.conflicts = self.services.field.conflicts()
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(f"{c.title}\n{c.studio_name}")
            self.list.addItem(item)
        empty = not self.conflicts
        self.settle_button.setEnabled(not empty)
        if empty:
            self.heading.setText(self.tr("没有等待处理的冲突。"))
            self.table.setRowCount(0)
            self.steps.setVisible(False)
            self.step_choice.setVisible(False)
        else:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        c = self.conflicts[row]
        when = c.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.heading.setText(self.tr("<b>{title}</b>（{studio}，{when} 带出的工作包）").format(
            title=c.title, studio=c.studio_name, when=when))  # fmt: skip
        self.table.setRowCount(len(c.fields))
        for i, f in enumerate(c.fields):
            for column, value in enumerate((f.name, f.base, f.office, f.laptop)):
                text = "" if value is None else str(value)
                if column == 0:
                    text = field_label(f.name)  # the column as the coordinator knows it
                self.table.setItem(i, column, QTableWidgetItem(text))
            choice = QComboBox()
            choice.addItem(self.tr("办公室"), "office")
            choice.addItem(self.tr("笔记本"), "laptop")
            choice.setCurrentIndex(0 if f.clash else 1)
            self.table.setCellWidget(i, 4, choice)
        steps = c.kind == "steps"
        self.table.setVisible(bool(c.fields))
        self.steps.setVisible(steps)
        self.step_choice.setVisible(steps)
        if steps:
            office = "\n".join(step_text(s) for s in c.office_steps)
            laptop = "\n".join(step_text(s) for s in c.laptop_steps)
            self.steps.setPlainText(self.tr("办公室的办理过程（外出期间）：\n{office}\n\n"
                                            "笔记本上的办理步骤：\n{laptop}").format(
                office=office, laptop=laptop))  # fmt: skip

    def choices(self) -> dict[str, str]:
        c = self.conflicts[self.list.currentRow()]
        chosen = {f.name: self.table.cellWidget(i, 4).currentData()
                  for i, f in enumerate(c.fields)}  # fmt: skip
        if c.kind == "steps":
            chosen["steps"] = self.step_choice.currentData()
        return chosen

    def _settle(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        try:
            self.services.field.settle(self.conflicts[row].id, self.choices())
        except (StudioError, OSError) as exc:
            messages.show_refusal(self, exc)
        self.load()


def _today_name(prefix: str, suffix: str) -> str:
    from datetime import date

    return f"{prefix}-{date.today():%Y%m%d}{suffix}"


def check_out(window) -> None:
    """文件 → 外出工作包… (office)."""
    from studio_app.storage.field_blank import make_blank

    services = window.services
    out = services.field.outstanding()
    dialog = PackageFileDialog(
        _t("外出工作包"),
        _t("把本工作室的委员、联系户、未办结和今年办结的诉求、接待日、未定稿的会议、节假日、设置和"
                  "本工作室的账户（只带密码的校验值）写成一个加密文件，拷到下乡用的笔记本上。带出后，"
                  "办公室照常工作；带回时两边的修改逐项合并，双方都改过的进入冲突列表。"),
        saving=True, name_filter=_t("外出工作包 (*.pkg)"),
        default_name=_today_name(_t("外出工作包"), ".pkg"),
        option=_t("作废之前带出、还没带回的工作包并重新带出（例如那台笔记本已丢失）")
        if out else "",
        parent=window,
    )  # fmt: skip
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        info = services.field.check_out(dialog.path, dialog.passphrase, blank=make_blank,
                                        replace=dialog.option.isChecked())  # fmt: skip
    except (StudioError, OSError) as exc:
        messages.show_refusal(window, exc)
        return
    messages.info(window, _t(
        "已生成外出工作包：{studio}，委员 {members} 人，联系户 {households} 户，诉求 {requests} 条。\n"
        "在笔记本上用“文件 → 打开工作包…”打开它。"
    ).format(studio=info.studio_name, members=info.counts["member"],
             households=info.counts["household"], requests=info.counts["request"]))  # fmt: skip


def ask_package(window) -> PackageFileDialog | None:
    """打开工作包… (laptop): the package file and its passphrase."""
    dialog = PackageFileDialog(
        _t("打开工作包"),
        _t("选择办公室生成的外出工作包，输入带出时设置的口令。工作包会打开为这台笔记本上的一个新数据库，"
                  "程序随即切换到它；下次启动也打开它，直到打开下一个工作包。"),
        saving=False, name_filter=_t("外出工作包 (*.pkg)"), parent=window,
    )  # fmt: skip
    return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None


def conflicts(window) -> None:
    """冲突列表… (office)."""
    ConflictListDialog(window.services, window).exec()
    window.refresh_page()


def make_return(window) -> None:
    """生成带回文件… (laptop)."""
    dialog = PackageFileDialog(
        _t("生成带回文件"),
        _t("把这台笔记本上外出期间的工作写成加密的带回文件，交回办公室用“导入带回文件”导入。"
                  "生成以后仍可以继续工作，但办公室只导入一次：导入以后的工作要等下一个工作包。"),
        saving=True, name_filter=_t("带回文件 (*.back)"),
        default_name=_today_name(_t("带回文件"), ".back"), parent=window,
    )  # fmt: skip
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        info = window.services.field.make_return(dialog.path, dialog.passphrase)
    except (StudioError, OSError) as exc:
        messages.show_refusal(window, exc)
        return
    messages.info(window, _t("已生成带回文件：{studio}。请交回办公室导入。").format(
        studio=info.studio_name))  # fmt: skip


def import_return(window) -> None:
    """导入带回文件… (office): the summary, and the conflict list if anything waits."""
    dialog = PackageFileDialog(
        _t("导入带回文件"),
        _t("选择笔记本上生成的带回文件，输入口令。所有修改在一次操作中导入：要么全部导入，要么什么都不改。"
                  "双方都改过的记录不会改动，进入冲突列表等您选择。"),
        saving=False, name_filter=_t("带回文件 (*.back)"),
        option=_t("试运行：只显示会做什么，不保存"), parent=window,
    )  # fmt: skip
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        summary = window.services.field.check_in(dialog.path, dialog.passphrase,
                                                 dry_run=dialog.option.isChecked())  # fmt: skip
    except (StudioError, OSError) as exc:
        messages.show_refusal(window, exc)
        return
    head = _t("试运行，没有保存：") if summary.dry_run else _t("已导入带回文件：")
    messages.info(window, head + "\n" + summary_text(summary))
    if summary.conflicts and not summary.dry_run:
        ConflictListDialog(window.services, window).exec()
    window.refresh_page()
