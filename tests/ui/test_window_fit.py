"""Every window opens inside the screen's work area, on the small screens coordinators have.

Each screen is a child process (``window_fit_probe.py``) on the offscreen platform with that
screen, 40 px shorter than nominal to stand for a taskbar: 1024×768 and 1366×768 at 100 %, and
1920×1080 at 125 % (1536×832 in Qt's pixels). It opens the main window over the demonstration
data, visits every page, and opens every dialog, in Chinese and in English.

The offscreen platform draws a frame of 2 px; real ones draw a title bar (about 30 px) and
borders. So a window that is not maximised must leave that much room too, and where it stands
is left to Qt and the window manager, which keep a window of such a size on the screen (the
``window_fit_check.sh`` tool checks that under a real window manager).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

PROBE = Path(__file__).with_name("window_fit_probe.py")
TASKBAR = 40
TITLE_BAR, BORDER = 32, 8  # what a real window manager adds around a window that is not maximised
# name: (width, height, logical dpi): 120 dpi is Windows' 125 %
SCREENS = {
    "1024x768": (1024, 768, 96),
    "1366x768": (1366, 768, 96),
    "1920x1080@125%": (1920, 1080, 120),
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("fit") / "demo.sqlite3"
    from studio_app.cli import main

    assert main(["demo", "--db", str(db)]) == 0
    return db


def run_probe(tmp_path: Path, db: Path, screen: str, language: str, *extra: str) -> dict:
    width, height, dpi = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "s",
                        "width": width,
                        "height": height - TASKBAR,
                        "logicalDpi": dpi,
                        "logicalBaseDpi": 96,
                    }
                ]
            }
        )
    )
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    env.pop("QT_SCALE_FACTOR", None)
    copy = tmp_path / "demo.sqlite3"  # the probe sets up a login in it
    shutil.copyfile(db, copy)
    command = [sys.executable, str(PROBE), "--db", str(copy), "--language", language, *extra]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def outside(report: dict) -> list[str]:
    """What leaves the work area: each window's name, frame and the work area."""
    area = QRect(*report["available"])
    bad = []
    for window in report["windows"]:
        frame, inner = QRect(*window["frame"]), QRect(*window["geometry"])
        if not area.contains(frame):
            bad.append(f"{window['name']}: frame {window['frame']} outside {report['available']}")
        elif not window["maximized"] and (
            inner.width() + 2 * BORDER > area.width()
            or inner.height() + TITLE_BAR + BORDER > area.height()
        ):
            bad.append(
                f"{window['name']}: {inner.width()}×{inner.height()} leaves no room for a title "
                f"bar and borders in {area.width()}×{area.height()}"
            )
    return bad


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_opens_inside_the_work_area(tmp_path, demo_db, screen, language):
    report = run_probe(tmp_path, demo_db, screen, language)
    names = [w["name"] for w in report["windows"]]
    assert len(names) > 40 and "about" in names and "wizard page 3" in names
    assert outside(report) == []
    # no page widens the window
    main = [w for w in report["windows"] if w["name"].startswith("main window")]
    assert {tuple(w["frame"]) for w in main} == {tuple(main[0]["frame"])}
    # 诉求 keeps 编号, 承办 and 内容 in sight beside its detail pane
    wanted = {"zh_CN": ["编号", "承办", "内容"], "en": ["No.", "Handled by", "Content"]}
    assert set(wanted[language]) <= set(report["request_columns"]), report["request_columns"]
    # a toolbar too long for its page offers the rest behind a button that says so
    for page, toolbar in report["toolbars"].items():
        if toolbar["hidden"]:
            assert toolbar["more"] == {"zh_CN": "更多 »", "en": "More »"}[language], page
