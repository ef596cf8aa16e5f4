"""The user guide window, the log file, and the dialog for an unexpected error."""

from __future__ import annotations

import logging
import logging.handlers
import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from studio_app import logs
from studio_app.ui import error_dialog
from studio_app.ui.error_dialog import UnexpectedErrorDialog
from studio_app.ui.help_window import GUIDE_FOLDER, MAX_IMAGE_WIDTH, GuideWindow, guide_file


def test_both_guides_exist_and_name_only_pictures_that_exist():
    import re

    for name in ("用户手册.md", "user-guide.md"):
        text = (GUIDE_FOLDER / name).read_text(encoding="utf-8")
        pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
        assert len(pictures) >= 10, name
        assert [p for p in pictures if not (GUIDE_FOLDER / p).is_file()] == []
    assert guide_file("en").name == "user-guide.md"
    assert guide_file("zh_CN").name == "用户手册.md"


def test_the_guide_lists_its_chapters_scales_pictures_and_finds_words(qtbot):
    window = GuideWindow(guide_file("zh_CN"))
    qtbot.addWidget(window)
    window.show()
    chapters = [window.chapters.item(i).text().strip() for i in range(window.chapters.count())]
    assert "1. 第一次打开" in chapters and "8. 备份和恢复" in chapters
    widths = []
    block = window.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    assert widths and max(widths) <= MAX_IMAGE_WIDTH  # 1280-wide screenshots shown smaller
    window.search.setText("备份")
    assert window.find_next()
    assert window.browser.textCursor().selectedText() == "备份"
    window.search.setText("没有这个词语的地方")
    assert not window.find_next()
    assert "没有" in window.not_found.text()


def test_the_log_file_rotates_in_the_user_log_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "log_dir", lambda: tmp_path / "log")
    logger = logging.getLogger("studio_app")
    before = list(logger.handlers)
    for handler in before:  # a window started by an earlier test logs to its own file
        logger.removeHandler(handler)
    try:
        path = logs.start_log_file()
        assert path == tmp_path / "log" / logs.LOG_FILENAME
        assert logs.start_log_file() == path  # once per process
        logging.getLogger("studio_app.ui").warning("备份没有完成：U 盘不在")
        handler = next(h for h in logger.handlers if h not in before)
        assert len(logger.handlers) == 1
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        assert (handler.maxBytes, handler.backupCount) == (logs.MAX_BYTES, logs.KEPT)
        handler.flush()
        assert "WARNING studio_app.ui" in path.read_text(encoding="utf-8")
        assert "备份没有完成" in path.read_text(encoding="utf-8")
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        for handler in before:
            logger.addHandler(handler)


def test_an_unexpected_error_is_explained_and_its_details_copied(qtbot, tmp_path):
    try:
        {}["x"]
    except KeyError:
        kind, error, tb = sys.exc_info()
    text = error_dialog.details(kind, error, tb)
    assert "Traceback" in text and "KeyError" in text and "studio-app" in text
    log_path = tmp_path / "studio-app.log"
    dialog = UnexpectedErrorDialog("KeyError: 'x'", text, log_path)
    qtbot.addWidget(dialog)
    body = next(w.text() for w in dialog.findChildren(QLabel) if "意外错误" in w.text())
    assert "已保存的资料不受影响" in body
    assert str(log_path) in body and "KeyError: 'x'" in body
    dialog.copy()
    assert QGuiApplication.clipboard().text() == text
    assert dialog.copy_button.text() == "已复制"
    assert dialog.details.isHidden()
    dialog.show_button.click()
    assert not dialog.details.isHidden()


def test_the_hook_logs_and_shows_once(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(UnexpectedErrorDialog, "exec", lambda self: shown.append(self) or 0)
    try:
        raise ValueError("坏了")
    except ValueError:
        with caplog.at_level(logging.ERROR, "studio_app.ui"):
            error_dialog.show_unexpected(*sys.exc_info())
    assert len(shown) == 1
    assert "ValueError: 坏了" in caplog.text
    assert QApplication.activeModalWidget() is None


@pytest.fixture(autouse=True)
def _no_clipboard_leftovers():
    yield
    QGuiApplication.clipboard().clear()
