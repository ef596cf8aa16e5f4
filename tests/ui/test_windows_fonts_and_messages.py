"""The window's Windows code paths, run here: the CJK fonts picked by family name (微软雅黑,
宋体, SimSun-ExtB for rare names) and the message when a file is held by another program."""

from __future__ import annotations

import errno
from types import SimpleNamespace
from typing import ClassVar

from PySide6.QtGui import QFont, QFontDatabase

from studio_app.ui import app as app_module
from studio_app.ui import messages


class _WindowsFontDatabase:
    """The families of a Chinese Windows 10 PC (a few of them)."""

    WritingSystem = QFontDatabase.WritingSystem
    FAMILIES: ClassVar[list[str]] = [
        "Segoe UI",
        "Arial",
        "SimSun",
        "SimSun-ExtB",
        "Microsoft YaHei",
        "SimHei",
    ]
    CHINESE: ClassVar[set[str]] = {"SimSun", "SimSun-ExtB", "Microsoft YaHei", "SimHei"}

    @classmethod
    def families(cls):
        return list(cls.FAMILIES)

    @classmethod
    def writingSystems(cls, family):
        return [QFontDatabase.WritingSystem.SimplifiedChinese] if family in cls.CHINESE else []


def _on_windows(monkeypatch):
    monkeypatch.setattr(app_module, "sys", SimpleNamespace(platform="win32"))
    monkeypatch.setattr(app_module, "QFontDatabase", _WindowsFontDatabase)


def test_windows_latin_default_is_led_by_the_chinese_fonts(qapp, monkeypatch):
    _on_windows(monkeypatch)
    font = app_module.cjk_font(QFont("Segoe UI", 9))
    # "Microsoft YaHei UI" is not on this PC: only the families present are asked for
    assert font.families() == ["Microsoft YaHei", "SimSun", "SimSun-ExtB", "Segoe UI"]
    assert font.pointSize() == 9


def test_windows_chinese_default_stays_first(qapp, monkeypatch):
    _on_windows(monkeypatch)
    font = app_module.cjk_font(QFont("SimHei", 10))
    assert font.families() == ["SimHei", "Microsoft YaHei", "SimSun", "SimSun-ExtB"]


def test_windows_without_chinese_fonts_keeps_the_default(qapp, monkeypatch):
    _on_windows(monkeypatch)
    monkeypatch.setattr(_WindowsFontDatabase, "FAMILIES", ["Segoe UI", "Arial"])
    font = app_module.cjk_font(QFont("Segoe UI", 9))
    assert font.families() == ["Segoe UI"]


def test_a_file_held_by_another_program_says_close_it(qapp):
    # Windows' sharing violation (WinError 32) is a PermissionError with the file's name.
    error = OSError(
        errno.EACCES, "另一个程序正在使用此文件，进程无法访问。", r"D:\名册\联户.xlsx", 32
    )
    text = messages.error_text(error)
    assert r"D:\名册\联户.xlsx" in text
    assert "正被其他程序" in text and "关闭后重试" in text
