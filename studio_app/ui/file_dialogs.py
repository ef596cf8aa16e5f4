"""Choosing files to open and save (Excel rosters, photos); tests replace these two functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def ask_open_file(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_dir()), name_filter)
    return Path(path) if path else None


def ask_save_file(
    parent: QWidget | None, title: str, default_name: str, name_filter: str, suffix: str = ".xlsx"
) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(documents_dir() / default_name), name_filter
    )
    if not path:
        return None
    result = Path(path)
    return result if result.suffix else result.with_suffix(suffix)
