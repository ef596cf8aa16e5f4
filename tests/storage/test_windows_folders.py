"""Where the data lives on Windows, computed here with platformdirs' Windows rules: the user's
%LOCALAPPDATA%\\studio-app (not the roaming profile, which county domains copy at every logon,
and no publisher folder), so it survives uninstall and upgrade of the program."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import platformdirs
import platformdirs.windows
import pytest

from studio_app import logs
from studio_app.storage import database, faults


@pytest.fixture
def windows_profile(monkeypatch, tmp_path):
    local = tmp_path / "Users" / "li" / "AppData" / "Local"
    roaming = tmp_path / "Users" / "li" / "AppData" / "Roaming"
    known = {"CSIDL_LOCAL_APPDATA": str(local), "CSIDL_APPDATA": str(roaming)}
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", known.__getitem__)
    return local


def test_data_settings_and_log_are_in_localappdata(windows_profile):
    app = windows_profile / "studio-app"
    assert database.data_dir() == app
    assert database.config_dir() == app
    assert database.default_db_path() == app / database.DEFAULT_FILENAME
    assert logs.log_dir() == app / "Logs"


def test_the_first_run_choice_of_another_drive_is_kept(windows_profile):
    chosen = windows_profile.parent / "D" / "工作室数据"
    chosen.mkdir(parents=True)
    database.save_data_dir(chosen)
    assert (windows_profile / "studio-app" / database.LOCATION_FILE).is_file()
    assert database.saved_data_dir() == chosen


def test_free_space_without_statvfs(monkeypatch, tmp_path):
    # Windows' os has no statvfs: the disk-full check asks shutil.disk_usage instead.
    expected = faults._free_bytes(tmp_path)
    windows_os = SimpleNamespace(**{k: v for k, v in vars(os).items() if k != "statvfs"})
    monkeypatch.setattr(faults, "os", windows_os)
    free = faults._free_bytes(tmp_path)
    assert isinstance(free, int) and free > 0
    assert abs(free - expected) < 512 * 1024 * 1024  # the same disk, moments apart
    assert faults._free_bytes(Path(tmp_path / "missing")) is None
