"""Form rows with a red error line under each field, filled from a service's ``FieldError``s."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import FieldError, StudioError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import word_label
from studio_app.ui import messages

ERROR_STYLE = "color: #c0392b;"
T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


def save_or_show(
    dialog: QDialog,
    fields: FormFields,
    call: Callable[[], T],
    reload: Callable[[], None] | None = None,
) -> T | None:
    """Run a service call for a form: field errors go under their fields, other errors into a
    message box; returns None when nothing was saved. A save refused because someone else saved
    the record first offers ``reload`` (the form shows what is there now; nothing overwritten)."""
    fields.clear()
    try:
        return call()
    except ValidationError as exc:
        fields.show(exc.errors)
    except StudioError as exc:
        messages.show_refusal(dialog, exc, reload)
    return None


def dialog_buttons(
    dialog: QDialog, accept_text: str, reject_text: str, on_accept: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's two buttons with Chinese texts; returns the box and its accept button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    accept = buttons.button(QDialogButtonBox.StandardButton.Ok)
    accept.setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(reject_text)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FormFields:
    """The rows of a ``QFormLayout``, keyed by the service's field names.

    Attributes:
        general: an error line under the form for errors of fields without a row.
    """

    def __init__(self, form: QFormLayout):
        self._form = form
        self._widgets: dict[str, QWidget] = {}
        self._rows: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.general = error_label("general")

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = error_label(field)
        layout.addWidget(error)
        self._form.addRow(label, box)
        self._widgets[field] = widget
        self._rows[field] = box
        self._errors[field] = error
        return widget

    def set_label(self, field: str, text: str) -> None:
        label = self._form.labelForField(self._rows[field])
        if isinstance(label, QLabel):
            label.setText(text)

    def label(self, field: str) -> QLabel | None:
        """The label shown before the field's row."""
        label = self._form.labelForField(self._rows[field])
        return label if isinstance(label, QLabel) else None

    def field_of(self, widget: QWidget | None) -> str | None:
        """The field whose row holds ``widget`` (None: no row of this form)."""
        for field, row in self._rows.items():
            if widget is not None and (widget is row or row.isAncestorOf(widget)):
                return field
        return None

    def widget(self, field: str) -> QWidget:
        return self._widgets[field]

    def error(self, field: str) -> QLabel:
        return self._errors[field]

    def set_error(self, field: str, message: str | None) -> None:
        label = self._errors.get(field, self.general)
        label.setText(message or "")
        label.setVisible(bool(message))

    def clear(self) -> None:
        for label in (*self._errors.values(), self.general):
            label.clear()
            label.hide()

    def show(self, errors: list[FieldError]) -> None:
        """Each message under its field; the first bad field gets the focus."""
        self.clear()
        by_field: dict[str, list[str]] = {}
        for e in errors:
            by_field.setdefault(e.field if e.field in self._errors else "", []).append(e.message)
        for field, texts in by_field.items():
            if field:
                self.set_error(field, "\n".join(texts))
        if "" in by_field:
            self.general.setText("\n".join(by_field[""]))
            self.general.show()
        first = next((e.field for e in errors if e.field in self._widgets), None)
        if first:
            self._widgets[first].setFocus()

    def check_on_finish(self, field: str, label: str, normalise: Callable[[str], str]) -> None:
        """Check a line edit when the user leaves it; show the normalised value or the error."""
        edit = self._widgets[field]
        assert isinstance(edit, QLineEdit)

        def check() -> None:
            try:
                value = normalise(edit.text())
            except ValueError as exc:
                self.set_error(field, tr("{label}：{text}").format(label=label, text=exc))
                return
            if value != edit.text():
                edit.setText(value)
            self.set_error(field, None)

        edit.editingFinished.connect(check)


def enum_data(combo: QComboBox, enum_cls: type[E]) -> E | None:
    """The combo's current data as ``enum_cls`` (Qt hands a StrEnum back as a plain str)."""
    value = combo.currentData()
    return None if value is None else enum_cls(value)


def combo_data_index(combo: QComboBox, value: object) -> int:
    return max(combo.findData(value), 0)


def editable_combo(items: list[str], current: str = "") -> QComboBox:
    """A combo the user may also type into: suggested values, any text accepted."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(items)
    combo.setCurrentText(current)
    combo.lineEdit().setPlaceholderText(QCoreApplication.translate("forms", "选择或直接输入"))
    combo.setMaxVisibleItems(20)
    return combo


# ---- stored words (界别, 专委会, 诉求类别 …) ---------------------------------------------------
# A shipped word is stored in Chinese and shown in the interface language (``word_label``); the
# user's own words are shown as typed. A word combo's items show the word and hold it as data.


def word_combo(words: Iterable[str], current: str = "", *, editable: bool = True) -> QComboBox:
    """A combo of stored words; read the word back with ``combo_word``. ``editable``: the user
    may also type a word of their own."""
    combo = editable_combo([]) if editable else QComboBox()
    set_words(combo, words)
    set_combo_word(combo, current)
    return combo


def set_words(combo: QComboBox, words: Iterable[str], *, blank: str | None = None) -> None:
    """Replace the combo's words (after a ``blank`` item, data "", if given), keeping the word
    chosen or typed."""
    current = combo_word(combo) if combo.count() or combo.isEditable() else None
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for word in dict.fromkeys(words):
        combo.addItem(word_label(word), word)
    combo.blockSignals(False)
    if current is not None:
        set_combo_word(combo, current)


def combo_word(combo: QComboBox) -> str:
    """The stored word chosen: the item's word; in an editable combo, text typed as an item
    shows gives that item's word (English "Agriculture" saves 农业界), any other as typed."""
    if not combo.isEditable():
        return combo.currentData() or ""
    text = combo.currentText().strip()
    index = combo.findText(text)
    return combo.itemData(index) if index >= 0 else text


def set_combo_word(combo: QComboBox, word: str) -> None:
    """Show the stored ``word``: its item, or (a word not among the items) the word as typed."""
    index = combo.findData(word)
    if index < 0 and combo.isEditable():
        combo.setCurrentIndex(-1)
        combo.setEditText(word)
        return
    if index < 0 and word:  # a word no longer offered: still shown, and kept when saved
        combo.addItem(word_label(word), word)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
