"""Settings of the studio's data: deadlines, request categories, the holiday calendar, and
printing (font, what the QR codes hold).

Each dialog saves through its service as the coordinator works and says afterwards (``changed``)
whether the pages must reload."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import DayKind
from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import (
    REQUEST_CATEGORIES,
    choices,
    label,
    stored_word,
    word_label,
)
from studio_app.core.app_settings import DEADLINE_LABELS, MAX_DEADLINE_DAYS, Deadlines
from studio_app.core.holiday_notice import Notice, read_notice
from studio_app.core.services import Services
from studio_app.core.workdays import YearDay
from studio_app.ui import file_dialogs, messages, screen_fit
from studio_app.ui.action_dialog import ActionDialog, date_picker, pydate
from studio_app.ui.form_fields import FormFields, dialog_buttons, enum_data, save_or_show
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.reception_days_page import short_weekday


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class DeadlinesDialog(QDialog):
    """Working days allowed for assignment, answer and return visit."""

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("办理时限"))
        form = QFormLayout()
        self.fields = FormFields(form)
        self._read = current = services.settings.deadlines()  # as shown: saved elsewhere since?
        self.spins: dict[str, QSpinBox] = {}
        hints = {
            "assign": self.tr("登记后"),
            "answer": self.tr("交办（或重新办理）后"),
            "return_visit": self.tr("答复后"),
        }
        for key, text in DEADLINE_LABELS.items():
            spin = QSpinBox()
            spin.setRange(1, MAX_DEADLINE_DAYS)
            spin.setValue(getattr(current, key))
            spin.setPrefix(hints[key] + " ")
            spin.setSuffix(self.tr(" 个工作日"))
            self.spins[key] = self.fields.add(key, tr(text), spin)  # i18n: from DEADLINE_LABELS
        intro = QLabel(
            self.tr("默认按“两天内交办、一周内答复、百分百回访”：交办 2 个工作日，答复 5 个工作日。"
                    "修改只影响以后的办理步骤，已算好的期限不变。")
        )  # fmt: skip
        intro.setWordWrap(True)
        buttons, _ = dialog_buttons(self, self.tr("保存"), self.tr("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)

    def save(self) -> None:
        wanted = Deadlines(**{key: spin.value() for key, spin in self.spins.items()})
        call = lambda: (self.services.settings.set_deadlines(wanted, read=self._read),)  # noqa: E731
        if save_or_show(self, self.fields, call, self._load):
            self.changed = True
            self.accept()

    def _load(self) -> None:
        """Show the deadlines as saved now (after another PC saved them meanwhile)."""
        self._read = self.services.settings.deadlines()
        for key, spin in self.spins.items():
            spin.setValue(getattr(self._read, key))


class CategoriesDialog(QDialog):
    """The category list the desk offers: add, rename, reorder, archive and restore."""

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("诉求类别"))
        screen_fit.fit_size(self, 460, 460)
        t = self.tr
        fields = [
            Field(
                t("类别"),
                lambda e: word_label(e.name) + (t("（已停用）") if e.archived else ""),
                200,
            ),
            Field(t("已用于"), lambda e: t("%n 件", None, e.used_by)),
        ]
        self.model = RowsModel(fields, self)
        self.view = rows_view(self.model, fields)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.buttons = {
            "add": QPushButton(t("新增…")),
            "rename": QPushButton(t("改名…")),
            "up": QPushButton(t("上移")),
            "down": QPushButton(t("下移")),
            "archive": QPushButton(t("停用")),
        }
        self.buttons["add"].clicked.connect(self.add)
        self.buttons["rename"].clicked.connect(self.rename)
        self.buttons["up"].clicked.connect(lambda: self.move(True))
        self.buttons["down"].clicked.connect(lambda: self.move(False))
        self.buttons["archive"].clicked.connect(self.toggle_archive)
        side = QVBoxLayout()
        for b in self.buttons.values():
            side.addWidget(b)
        side.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        intro = QLabel(t("接待登记时可选的类别。改名会同时改动已登记诉求的类别；停用的类别不再供选择，"
                         "已登记的诉求保持原类别。"))  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body)
        layout.addWidget(close_buttons(self))
        self.reload()

    def reload(self, select: str | None = None) -> None:
        keep = select or (self.selected().name if self.selected() else None)
        entries = self.services.categories.entries()
        self.model.set_rows(entries)
        for row, e in enumerate(entries):
            if e.name == keep:
                self.view.selectRow(row)
        self._selected()

    def selected(self):
        return selected_row(self.view)

    def _selected(self) -> None:
        entry = self.selected()
        for key in ("rename", "up", "down", "archive"):
            self.buttons[key].setEnabled(entry is not None)
        archived = entry is not None and entry.archived
        self.buttons["archive"].setText(self.tr("恢复") if archived else self.tr("停用"))

    def _name_dialog(self, title: str, accept: str, call, current: str = "") -> None:
        """Ask for a name; one typed as a category shows (English "Medical") is that category's
        stored name (医疗), so a shipped category is not stored twice, once in English."""
        name = QLineEdit(word_label(current))
        known = [*REQUEST_CATEGORIES, *(e.name for e in self.services.categories.entries())]
        dialog = ActionDialog(
            title, accept, lambda: call(stored_word(name.text().strip(), known)), self
        )
        dialog.add("name", self.tr("名称"), name)
        dialog.exec()
        if dialog.done_ok:
            self.changed = True
            self.reload(dialog.result)
        dialog.deleteLater()

    def add(self) -> None:
        self._name_dialog(self.tr("新增类别"), self.tr("新增"), self.services.categories.add)

    # Each change names the category as the list read it (``read``): one changed elsewhere
    # since is refused, with who and when, and the list can be reloaded.
    def rename(self) -> None:
        entry = self.selected()
        self._name_dialog(self.tr("类别改名"), self.tr("改名"),
                          lambda new: self.services.categories.rename(entry.name, new, read=entry),
                          entry.name)  # fmt: skip

    def move(self, up: bool) -> None:
        entry = self.selected()
        self._do(lambda: self.services.categories.move(entry.name, up, read=entry), entry.name)

    def toggle_archive(self) -> None:
        entry = self.selected()
        service = self.services.categories
        action = service.restore if entry.archived else service.archive
        self._do(lambda: action(entry.name, read=entry), entry.name)

    def _do(self, call, select: str) -> None:
        try:
            call()
        except StudioError as exc:
            messages.show_refusal(self, exc, lambda: self.reload(select))
            return
        self.changed = True
        self.reload(select)


class CalendarDialog(QDialog):
    """The year's holidays and make-up working days; the coordinator adds next year's dates
    when the State Council announces them (each November)."""

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("节假日与调休"))
        screen_fit.fit_size(self, 560, 560)
        t = self.tr
        self.year = QSpinBox()
        self.year.setRange(2004, 2100)
        self.year.setValue(date.today().year)
        self.year.setSuffix(t(" 年"))
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        fields = [
            Field(t("日期"), lambda d: d.day.isoformat(), 90),
            Field(t("星期"), lambda d: short_weekday(d.day), 60),
            Field(t("安排"), lambda d: label(d.kind), 70),
            Field(t("节日"), lambda d: tr(d.name), 120),  # i18n: from HOLIDAY_NAMES
            Field(t("来源"), self._source),
        ]
        self.model = RowsModel(fields, self)
        self.view = rows_view(self.model, fields)
        self.day = date_picker(date.today())
        self.kind = QComboBox()
        for value, text in choices(DayKind):
            self.kind.addItem(text, value)
        self.name = QLineEdit()
        self.name.setPlaceholderText(t("如：春节"))
        add = QPushButton(t("录入这一天"))
        add.clicked.connect(self.add_day)
        paste = QPushButton(t("粘贴国务院通知…"))
        paste.setToolTip(
            t("每年 11 月前后国务院办公厅发布下一年的放假安排通知，把全文粘贴进来即可录入")
        )
        paste.clicked.connect(self.paste_notice)
        self.remove = QPushButton(t("删除所选的手工录入"))
        self.remove.clicked.connect(self.remove_day)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.remove.setEnabled(bool(self.selected() and self.selected().entered))
        )
        entry = QHBoxLayout()
        for w in (self.day, self.kind, self.name, add):
            entry.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addStretch()
        top.addWidget(paste)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(t("录入放假的工作日或调休上班的周末（手工录入优先于内置日期）：")))
        layout.addLayout(entry)
        layout.addWidget(close_buttons(self))
        self.reload()

    def selected(self):
        return selected_row(self.view)

    def reload(self) -> None:
        year = self.year.value()
        days = self.services.calendar.year_days(year)
        self.model.set_rows(days)
        self.remove.setEnabled(False)
        missing = self.services.calendar.calendar().unpublished(year)
        self.notice.setText(
            self.tr("<b style='color:#c0392b'>{year} 年的调休安排待公布</b>。法定节假日按"
                    "《全国年节及纪念日放假办法》预估，期限按它们和周末计算；"
                    "国务院通知下发后，请粘贴通知全文录入。")
            .format(year=year) if missing else
            self.tr(
                "{year} 年共 %n 个特殊日期。计算期限时跳过放假日，调休上班日算作工作日。",
                None, len(days),
            ).format(year=year)
        )  # fmt: skip

    def _source(self, d: YearDay) -> str:
        if d.entered:
            return self.tr("手工录入")
        return self.tr("预估（法定）") if d.estimated else self.tr("国务院公布（内置）")

    def add_day(self) -> None:
        day = pydate(self.day.date())
        # The day as the list shows it: entered (at its version) or not (0); if it was
        # entered or changed elsewhere since, the save is refused and the list can be reloaded.
        shown = next((d for d in self.model.rows if d.day == day and d.entered), None)
        try:
            self.services.calendar.set_day(day, enum_data(self.kind, DayKind), self.name.text(),
                                           version=shown.version if shown else 0)  # fmt: skip
        except StudioError as exc:
            messages.show_refusal(self, exc, self.reload)
            return
        self.changed = True
        self.name.clear()
        self.year.setValue(day.year)
        self.reload()

    def paste_notice(self) -> None:
        dialog = NoticeDialog(self.services, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.notice is None:
            return
        self.changed = True
        self.year.setValue(dialog.notice.year)
        self.reload()
        text = self.tr("{year} 年的放假安排已保存。").format(year=dialog.notice.year)
        if dialog.moved:
            text += self.tr(
                "%n 件诉求的期限随之重算，各自的办理记录中写明了原期限和新期限。",
                None,
                dialog.moved,
            )
        messages.info(self, text)

    def remove_day(self) -> None:
        entry = self.selected()
        if entry is None or not entry.entered:
            return
        try:
            self.services.calendar.remove_day(entry.day, version=entry.version)
        except StudioError as exc:
            messages.show_refusal(self, exc, self.reload)
            return
        self.changed = True
        self.reload()


class NoticeDialog(QDialog):
    """The State Council's notice pasted whole: the days it found, shown for a check, then
    saved (the year counts as published from then on)."""

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.notice: Notice | None = None
        self.moved = 0  # requests whose deadlines moved when it was saved
        self.setWindowTitle(self.tr("粘贴国务院放假安排通知"))
        screen_fit.fit_size(self, 900, 600)
        t = self.tr
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            t("把“国务院办公厅关于某年部分节假日安排的通知”从标题到落款整篇粘贴在这里。")
        )
        self.text.textChanged.connect(self.read)
        fields = [
            Field(t("日期"), lambda d: d.day.isoformat(), 90),
            Field(t("星期"), lambda d: short_weekday(d.day), 50),
            Field(t("安排"), lambda d: label(d.kind), 80),
            Field(t("节日"), lambda d: d.name, 110),
        ]
        self.model = RowsModel(fields, self)
        self.view = rows_view(self.model, fields)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c0392b;")
        found = QVBoxLayout()
        found.addWidget(self.summary)
        found.addWidget(self.view, 1)
        found.addWidget(self.problems)
        body = QHBoxLayout()
        body.addWidget(self.text, 1)
        body.addLayout(found, 1)
        buttons, self.save_button = dialog_buttons(self, t("保存"), t("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.read()

    def read(self) -> None:
        """Read the text again on each change: the check is there as soon as it is pasted."""
        t = self.tr
        self.notice = None
        self.problems.clear()
        self.model.set_rows([])
        self.save_button.setEnabled(False)
        self.save_button.setText(t("保存"))
        if not self.text.toPlainText().strip():
            self.summary.setText(t("粘贴后，右边列出识别出的放假日和调休上班日，核对无误再保存。"))
            return
        try:
            notice = read_notice(self.text.toPlainText())
        except ValidationError as exc:
            self.summary.setText(
                "<span style='color:#c0392b'>" + html.escape(exc.errors[0].message) + "</span>"
            )
            return
        self.notice = notice
        self.model.set_rows(list(notice.days))
        self.summary.setText(
            t("{year} 年：放假 {off} 天，调休上班 {on} 天。请与通知原文核对。").format(
                year=notice.year, off=len(notice.holidays()), on=len(notice.workdays())
            )
        )
        notes = list(notice.problems)
        if kept := self.services.calendar.kept_beside(notice):
            notes.append(
                t(
                    "另有手工录入的 {days} 不在通知中，保存后仍保留，如不需要请在列表中删除。"
                ).format(days=tr("、").join(e.day.isoformat() for e in kept))
            )
        self.problems.setText("\n".join(notes))
        self.save_button.setText(t("保存 {year} 年安排").format(year=notice.year))
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self.notice is None:
            return
        try:
            self.moved = self.services.calendar.save_notice(self.notice)
        except StudioError as exc:
            messages.show_error(self, exc)
            return
        self.accept()


class PrintSettingsDialog(QDialog):
    """打印设置: the Chinese font documents use first, and what the members' QR codes hold."""

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("打印设置"))
        self.setMinimumWidth(660)
        t = self.tr
        form = QFormLayout()
        self.fields = FormFields(form)
        self.font_edit = QLineEdit(services.printing.font_path())
        self.font_edit.setPlaceholderText(t("自动选择（推荐）"))
        choose = QPushButton(t("选择…"))
        choose.clicked.connect(self._choose_font)
        automatic = QPushButton(t("自动"))
        automatic.clicked.connect(self.font_edit.clear)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.font_edit, 1)
        row.addWidget(choose)
        row.addWidget(automatic)
        box = QWidget()
        box.setLayout(row)
        self.fields.add("font", t("中文字体"), box)
        from studio_app.documents.fonts import font_label  # reportlab: only when asked

        found = services.printing.available_fonts()
        names = list(dict.fromkeys(font_label(p) for p in found))
        self.fonts_note = fonts_note = QLabel(
            t("中文字体：一般不用选，程序会依次使用这台电脑上的{fonts}。哪个字（如生僻字）前面的"
              "字体里没有，就用后面有这个字的字体。").format(
                fonts=tr("、").join(names) or t("（没有找到中文字体）"))
        )  # fmt: skip
        fonts_note.setToolTip("\n".join(str(p) for p in found))  # the files, for a technician
        from studio_app.core.printing import LAYOUTS

        self.layout_combo = QComboBox()
        for key, name in LAYOUTS.items():
            self.layout_combo.addItem(tr(name), key)  # i18n: from LAYOUTS
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(services.printing.layout()))
        self.fields.add("layout", t("纪要和登记表版式"), self.layout_combo)
        layout_note = QLabel(
            t("公文式：会议纪要按党政机关公文格式（GB/T 9704）排版，标题用小标宋或黑体、"
              "一级标题黑体、二级标题楷体、正文仿宋（没有仿宋时用宋体）三号字；登记表和回执也用这些"
              "字体。紧凑：全部用一种字体、五号字，长的登记表页数少。")
        )  # fmt: skip
        self.url_edit = QLineEdit(services.member_codes.url_template())
        self.url_edit.setPlaceholderText(t("不填：二维码里是委员的联系方式"))
        self.fields.add("url_template", t("扫码网址"), self.url_edit)
        url_note = QLabel(
            t("扫码网址：不填时，委员二维码里就是委员的联系方式（姓名、电话和工作室），"
              "群众用手机相机一扫就能存进通讯录，不需要上网（微信“扫一扫”只显示文字，不能保存）。"
              "如果县政协有委员介绍的网页，可以把网址填在这里，二维码改为打开这个网页；网址里写上"
              " {id} 的地方，会换成每位委员的编号，例如 https://www.example.gov.cn/weiyuan/{id}。"
              "海报上每个二维码旁都印着委员的电话。")
        )  # fmt: skip
        buttons, _ = dialog_buttons(self, t("保存"), t("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for note in (
            fonts_note,
            layout_note,
            url_note,
        ):  # below the form: a wrapped label in a form row
            note.setWordWrap(True)  # is given one line's height and cut off
            note.setStyleSheet("color: #555;")
            layout.addWidget(note)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)

    def _choose_font(self) -> None:
        path = file_dialogs.ask_open_file(
            self, self.tr("选择中文字体"), self.tr("TrueType 字体 (*.ttf *.ttc)")
        )
        if path is not None:
            self.font_edit.setText(str(path))

    def save(self) -> None:
        font, url = self.font_edit.text(), self.url_edit.text()
        layout = self.layout_combo.currentData()
        if save_or_show(self, self.fields,
                        lambda: (self.services.printing.save_settings(font, url, layout),)):  # fmt: skip
            self.changed = True
            self.accept()
