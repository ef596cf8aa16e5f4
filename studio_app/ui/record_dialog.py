"""What the add/edit forms share: 保存/取消, saving through a service with every error shown in
place, and the choice offered when the record duplicates an existing one."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from studio_app.base.errors import DuplicateError, StudioError, ValidationError
from studio_app.ui import messages
from studio_app.ui.form_fields import FormFields, dialog_buttons


class RecordDialog(QDialog):
    """Add a record (``record_id`` None) or edit one.

    Subclasses set ``fields`` and ``_version`` (when editing) and provide ``data``, ``_create``,
    ``_update`` and the duplicate texts; ``_after_save`` may save more (a photo).

    Attributes:
        saved_id: the record saved, once the dialog is accepted.
        open_instead: an existing record the user chose to open instead of saving a duplicate.
    """

    fields: FormFields

    def __init__(self, record_id: uuid.UUID | None, parent=None):
        super().__init__(parent)
        self.record_id = record_id
        self.saved_id: uuid.UUID | None = None
        self.open_instead: uuid.UUID | None = None
        self._version = 0

    # ---- what subclasses provide --------------------------------------------------------
    def data(self) -> Any:
        raise NotImplementedError

    def _create(self, data: Any, *, allow_duplicate: bool) -> Any:
        raise NotImplementedError

    def _update(self, data: Any, *, expected_version: int) -> Any:
        raise NotImplementedError

    def _duplicate_title(self) -> str:
        raise NotImplementedError

    def _duplicate_question(self) -> str:
        """Asked when a new record matches an existing one: save it anyway?"""
        raise NotImplementedError

    def _after_save(self, record: Any) -> None:
        """Runs once the record is saved, before the dialog closes."""

    def _load(self, record_id: uuid.UUID) -> None:
        """Show the record as it is saved now (and remember its version)."""
        raise NotImplementedError

    # ---- shared --------------------------------------------------------------------------
    def button_box(self) -> QDialogButtonBox:
        buttons, self.save_button = dialog_buttons(
            self, self.tr("保存"), self.tr("取消"), self.save
        )
        return buttons

    def save(self, *, allow_duplicate: bool = False) -> None:
        """Save through the service; on errors show them and keep the dialog open."""
        self.fields.clear()
        data = self.data()
        try:
            if self.record_id:
                record = self._update(data, expected_version=self._version)
            else:
                record = self._create(data, allow_duplicate=allow_duplicate)
        except ValidationError as exc:
            self.fields.show(exc.errors)
            return
        except DuplicateError as exc:
            self._on_duplicate(exc)
            return
        except StudioError as exc:  # saved elsewhere first (who, when: reload?), NotFoundError …
            messages.show_refusal(self, exc, lambda: self._load(self.record_id))
            return
        self.saved_id = record.id
        self._after_save(record)
        self.accept()

    def _on_duplicate(self, exc: DuplicateError) -> None:
        title = self._duplicate_title()
        if self.record_id:
            options = [self.tr("打开已有记录"), self.tr("返回修改")]
            if messages.choose(self, title, str(exc), options) == 0:
                self.open_instead = exc.existing_id
                self.reject()
            return
        options = [self.tr("仍然保存为新记录"), self.tr("打开已有记录"), self.tr("返回修改")]
        choice = messages.choose(self, title, self._duplicate_question(), options)
        if choice == 0:
            self.save(allow_duplicate=True)
        elif choice == 1:
            self.open_instead = exc.existing_id
            self.reject()
