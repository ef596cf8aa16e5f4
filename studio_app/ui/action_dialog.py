"""A small form for one step (改期, 交办, 答复 …): a few fields, then one service call."""

from __future__ import annotations

import itertools
import re
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.i18n import tr
from studio_app.ui.form_fields import FormFields, dialog_buttons, save_or_show


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FormDateEdit(QDateEdit):
    """A date in a step's form: Tab goes on to the next field, as in every other field (a
    QDateEdit's Tab walks its year, month and day; ← → still do, ↑ ↓ change them)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def date_picker(value: date, *, form: bool = False) -> QDateEdit:
    """``form``: Tab leaves it for the next field (FormDateEdit)."""
    edit = (FormDateEdit if form else QDateEdit)(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def plain_text(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


FOCUS_BACKGROUND = "#dbe8f8"  # a chooser with the cursor in it


def pinyin_keys(text: str) -> tuple[str, str]:
    """What the letters typed to find ``text`` may begin: the first letter of each syllable
    (交通 → jt; Medical care → mc) and the whole spelling (jiaotong, medicalcare)."""
    from pypinyin import lazy_pinyin  # its dictionary loads in ~0.15 s: on the first letter

    words = [w for part in lazy_pinyin(text) for w in part.lower().split()]
    words = [w for w in words if w[:1].isalnum()]
    return "".join(w[0] for w in words), "".join(words)


class KeyedCombo(QComboBox):
    """A list to choose from with one or two keys, no ↓ presses: the number shown before each
    item (1–9 at once; 10, 11 … as two digits typed together), or the first letters of its
    pinyin (j: the first of 教育、就业、交通, j again the next; jt: 交通). With a placeholder it
    starts with nothing chosen, so a choice is never assumed.

    Signals:
        picked: a key chose an item no further key could change (a number no second digit
            extends, the whole initials or spelling of the one item they begin); with
            ``advance`` the cursor then moves on to the next field, and a Tab pressed there out
            of habit is let go.
    """

    picked = Signal()

    def __init__(self, *, numbered: bool = True, placeholder: str = "", advance: bool = True,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.numbered = numbered
        self.advance = advance
        self._keys: tuple[tuple[str, ...], list[tuple[str, str]]] = ((), [])  # (texts, keys)
        self._typed = ""
        self._typed_at = 0.0
        self.setMaxVisibleItems(20)
        if placeholder:
            self.setPlaceholderText(placeholder)

    def set_items(self, items: Sequence[tuple[str, object]], current: object = None) -> None:
        """(text, data) of each item, numbered if the combo is; ``current``'s item chosen, or
        none (the placeholder) when it is not among them."""
        self.blockSignals(True)
        self.clear()
        for number, (text, data) in enumerate(items, 1):
            self.addItem(f"{number}  {text}" if self.numbered else text, data)
        self.blockSignals(False)
        index = self.findData(current) if current is not None else -1
        self.setCurrentIndex(index)

    def focusInEvent(self, event) -> None:
        """Plainly marked while the keys go here: a combo's own focus frame is faint."""
        super().focusInEvent(event)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Button, QColor(FOCUS_BACKGROUND))
        self.setPalette(palette)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # its list open: still here
            self.setPalette(QPalette())

    def keyPressEvent(self, event) -> None:
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )  # fmt: skip
        if plain and len(text) == 1 and text.isascii() and text.isalnum():
            if text.isdigit() and self.numbered:
                self._by_number(text)
            elif text.isalpha():
                self._by_letters(text.lower())
            event.accept()
            return
        super().keyPressEvent(event)

    def _continued(self, key: str, kind: Callable[[str], bool]) -> str:
        """The keys typed so far, if ``key`` follows them closely, with ``key``."""
        now = time.monotonic()
        together = now - self._typed_at <= QApplication.keyboardInputInterval() / 1000
        self._typed_at = now
        return self._typed + key if together and self._typed and kind(self._typed) else key

    def _by_number(self, digit: str) -> None:
        typed = self._continued(digit, str.isdigit)
        if not 1 <= int(typed) <= self.count():
            typed = digit  # 1 then 7 of 11: a fresh 7
        number = int(typed)
        if not 1 <= number <= self.count():
            self._typed = ""
            return
        self._typed = typed
        self.setCurrentIndex(number - 1)
        if number * 10 > self.count():  # no second digit can make another number
            self._done()

    def _by_letters(self, letter: str) -> None:
        typed = self._continued(letter, str.isalpha)
        found = self._beginning(typed)
        cycle = False
        if not found and set(typed) == {letter}:  # the same letter again: the next it begins
            found, cycle = self._beginning(letter), True
        elif not found:
            typed, found = letter, self._beginning(letter)
        if not found:
            self._typed = ""
            return
        self._typed = typed
        if cycle:
            later = [i for i in found if i > self.currentIndex()]
            self.setCurrentIndex((later or found)[0])
        else:
            self.setCurrentIndex(found[0])
            # Moved on only once the letters spell the whole item (jt: 交通), so a letter typed
            # next (q then t for 其他) never falls into the next field.
            if len(found) == 1 and typed in self._item_keys()[found[0]]:
                self._done()

    def _beginning(self, typed: str) -> list[int]:
        keys = self._item_keys()
        return [i for i, item in enumerate(keys) if any(k.startswith(typed) for k in item)]

    def _item_keys(self) -> list[tuple[str, str]]:
        """``pinyin_keys`` of each item's text (its number left out), worked out once."""
        texts = tuple(self.itemText(i) for i in range(self.count()))
        if texts != self._keys[0]:
            shown = [re.sub(r"^\d+\s+", "", t) if self.numbered else t for t in texts]
            self._keys = (texts, [pinyin_keys(t) for t in shown])
        return self._keys[1]

    def _done(self) -> None:
        self._typed = ""
        self.picked.emit()
        if self.advance and self.hasFocus():
            self.focusNextChild()
            after = QApplication.focusWidget()
            if after is not None and after is not self:
                _LetOneTabGo(after)


class _LetOneTabGo(QObject):
    """After a choice moved the cursor on by itself, the Tab the hand presses out of habit
    would skip a field: the next key, if it is a plain Tab, does nothing."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            tab = event.key() == Qt.Key.Key_Tab and not event.modifiers()
            self._forget()
            return tab
        if kind in (QEvent.Type.FocusOut, QEvent.Type.MouseButtonPress):
            self._forget()
        return False

    def _forget(self) -> None:
        self.widget.removeEventFilter(self)
        self.deleteLater()


def member_combo(choices: Sequence[tuple[uuid.UUID, str]], current: uuid.UUID | None = None,
                 *, none_text: str | None = None) -> KeyedCombo:  # fmt: skip
    """Members by name, found by the first letters of the name's pinyin (wwy: 王委员);
    ``none_text`` adds a first "nobody" entry (data None)."""
    combo = KeyedCombo(numbered=False)
    combo.setToolTip(tr("输入姓名拼音的首字母即可选中，如 wwy：王委员"))
    items = [(none_text, None)] if none_text is not None else []
    combo.set_items([*items, *((name, member_id) for member_id, name in choices)])
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    return combo


def member_checklist(choices: Sequence[tuple[uuid.UUID, str]],
                     checked: set[uuid.UUID]) -> QListWidget:  # fmt: skip
    """Members with a check box each, the checked ones first."""
    widget = QListWidget()
    ordered = sorted(choices, key=lambda c: c[0] not in checked)
    for member_id, name in ordered:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, member_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if member_id in checked else Qt.CheckState.Unchecked
        )
        widget.addItem(item)
    widget.setMinimumHeight(220)
    return widget


def _reachable(widget: QWidget) -> list[QWidget]:
    """``widget``, if Tab can reach it, else those inside it that Tab can reach, in order."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QLabel):
        return [widget]
    found: list[QWidget] = []
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow():
            found += _reachable(child)
    return found


def checked_ids(widget: QListWidget) -> list[uuid.UUID]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class ActionDialog(QDialog):
    """Fields in a form; 确定 runs ``call`` through the service, and the dialog stays open with
    the errors shown when it is refused.

    Attributes:
        result: what ``call`` returned, once it succeeded.
    """

    def __init__(self, title: str, accept_text: str, call: Callable[[], Any],
                 parent: QWidget | None = None, intro: str = ""):  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._call = call
        self.result: Any = None
        self.done_ok = False
        self.outdated = False  # closed to reload: someone saved the record first
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(self.form)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            label.setStyleSheet("color: #555; margin-bottom: 6px;")
            layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.fields.general)
        buttons, self.accept_button = dialog_buttons(
            self, accept_text, self.tr("取消"), self._submit
        )
        self.cancel_button = buttons.button(buttons.StandardButton.Cancel)
        layout.addWidget(buttons)
        # Ctrl+Enter saves from anywhere, a text box too (where Enter is a new line).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._submit)
        self.accept_button.setToolTip(self.tr("Ctrl+Enter"))
        self._shown = False

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        return self.fields.add(field, label, widget)

    def fields_in_order(self) -> list[QWidget]:
        """The widgets the keyboard can reach in the form, top to bottom as they are shown."""
        found: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is None:
                item = self.form.itemAt(row, QFormLayout.ItemRole.SpanningRole)
            if item is not None and item.widget() is not None:
                found += _reachable(item.widget())
        return found

    def showEvent(self, event) -> None:
        """The first time: Tab goes down the form as it is shown, then to the buttons, and the
        cursor starts in the first field that takes it (not on the OK button)."""
        super().showEvent(event)
        if self._shown:
            return
        self._shown = True
        chain = [*self.fields_in_order(), self.accept_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        start = next((w for w in chain if w.isEnabled() and w.isVisibleTo(self)), None)
        if start is not None:
            start.setFocus(Qt.FocusReason.TabFocusReason)

    def _submit(self) -> None:
        result = save_or_show(self, self.fields, lambda: (self._call(),), self._outdated)
        if result is not None:
            (self.result,) = result
            self.done_ok = True
            self.accept()

    def _outdated(self) -> None:
        """The record changed since the list showed it: close, so the page shows it anew."""
        self.outdated = True
        self.reject()
