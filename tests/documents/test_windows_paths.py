"""The Windows code paths of the documents layer, run here: fonts found under C:\\Windows\\Fonts
and the user's own fonts folder by their file names, and the messages when a file is held open
by another program (Windows refuses with a sharing violation, WinError 32)."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path, PureWindowsPath

import pytest

from studio_app.base.errors import StudioError
from studio_app.documents import files, fonts
from studio_app.documents.spreadsheet import Column, SpreadsheetError, read_sheet, reading


@pytest.fixture
def windows(monkeypatch, tmp_path):
    """A Windows machine's font folders: C:\\Windows\\Fonts and the user's own."""
    system = tmp_path / "Windows" / "Fonts"
    user = tmp_path / "AppData" / "Local" / "Microsoft" / "Windows" / "Fonts"
    system.mkdir(parents=True)
    user.mkdir(parents=True)
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    return system, user


def _font_file(folder: Path, name: str, size: int) -> Path:
    """A stand-in font of ``size`` bytes (only found, never opened)."""
    path = folder / name
    path.write_bytes(b"\0" * size)
    return path


def test_windows_fonts_are_found_by_name_system_then_user(windows):
    system, user = windows
    simsun = _font_file(system, "simsun.ttc", 1000)
    simhei = _font_file(system, "simhei.ttf", 1001)
    ext_b = _font_file(user, "simsunb.ttf", 1002)  # installed "for me only", no admin rights
    _font_file(system, "arial.ttf", 1003)  # not a Chinese font: not a candidate
    found = [f.path for f in fonts.candidate_fonts() if f.path.is_relative_to(system.parents[1])]
    assert found == [simsun, simhei, ext_b]
    # the Linux folders are not looked at on Windows
    assert not [f for f in fonts.candidate_fonts() if str(f.path).startswith("/usr/share/fonts")]
    assert fonts.candidate_fonts()[-1].path == fonts.LATIN_FALLBACK


def test_a_font_in_both_folders_is_one_font(windows):
    system, user = windows
    _font_file(system, "simhei.ttf", 2000)
    _font_file(user, "simhei.ttf", 2000)
    found = [f for f in fonts.candidate_fonts() if f.path.name == "simhei.ttf"]
    assert [f.path.parent for f in found] == [system]


def test_without_localappdata_only_the_system_folder_is_searched(windows, monkeypatch):
    system, user = windows
    monkeypatch.delenv("LOCALAPPDATA")
    _font_file(user, "msyh.ttc", 3000)
    assert fonts._windows_font_dirs() == [system]
    assert not [f for f in fonts.candidate_fonts() if f.path.name == "msyh.ttc"]


@pytest.mark.parametrize(
    ("path", "label"),
    [
        (r"C:\Windows\Fonts\simsun.ttc", "宋体"),
        (r"C:\WINDOWS\FONTS\SIMSUN.TTC", "宋体"),  # Windows names are case-blind
        (r"C:\Windows\Fonts\SimHei.ttf", "黑体"),
        (r"C:\Windows\Fonts\simfang.ttf", "仿宋"),
        (r"C:\Windows\Fonts\msyh.ttc", "微软雅黑"),
        (r"C:\Users\li\AppData\Local\Microsoft\Windows\Fonts\simsunb.ttf", "宋体（生僻字部分）"),
        (r"D:\字体\方正小标宋简体.ttf", "方正小标宋简体"),  # a chosen font: its file's name
    ],
)
def test_font_labels_from_windows_paths(path, label):
    assert fonts.font_label(PureWindowsPath(path)) == label


def test_windows_font_folder_defaults_to_c_windows(monkeypatch):
    monkeypatch.delenv("WINDIR", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    assert [PureWindowsPath(p) for p in fonts._windows_font_dirs()] == [
        PureWindowsPath(r"C:\Windows\Fonts")
    ]


def _sharing_violation(path: os.PathLike | str) -> PermissionError:
    # What Windows raises when Excel, WPS or a PDF reader holds the file: errno EACCES with
    # winerror 32 (ERROR_SHARING_VIOLATION); Python makes it a PermissionError everywhere.
    error = OSError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。", str(path), 32)
    assert isinstance(error, PermissionError)
    return error


def test_saving_over_a_file_another_program_holds_says_close_it(tmp_path, monkeypatch):
    target = tmp_path / "会议纪要.pdf"
    target.write_bytes(b"old")

    def replace(src, dst):
        raise _sharing_violation(dst)

    monkeypatch.setattr(files.os, "replace", replace)
    with pytest.raises(StudioError) as caught:
        files.write_atomic(target, b"new")
    message = str(caught.value)
    assert "会议纪要.pdf" in message
    assert "正被其他程序" in message and "关闭该文件后重试" in message
    assert target.read_bytes() == b"old"  # the good file stays
    assert sorted(p.name for p in tmp_path.iterdir()) == ["会议纪要.pdf"]  # no temp file left


def test_reading_a_roster_another_program_holds_says_close_it(tmp_path, monkeypatch):
    roster = tmp_path / "委员名册.xlsx"
    shutil.copyfile(Path(__file__), roster)  # any file: opening it is what fails

    def locked_open(path, *args, **kwargs):
        raise _sharing_violation(path)

    monkeypatch.setattr(reading, "open", locked_open, raising=False)
    with pytest.raises(SpreadsheetError) as caught:
        read_sheet(roster, (Column("name", "姓名", (), required=True),))
    message = str(caught.value)
    assert "委员名册.xlsx" in message
    assert "正被其他程序占用" in message and "Excel/WPS" in message
