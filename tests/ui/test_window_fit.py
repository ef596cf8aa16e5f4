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
from PySide6.QtCore import QRect, QSize, Qt

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
def demo_db(tmp_path_factory, demo_file) -> Path:
    """What ``studio-app demo`` makes (seed 1)."""
    db = tmp_path_factory.mktemp("fit") / "demo.sqlite3"
    shutil.copyfile(demo_file(1), db)
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


# At 125 % in English only: its texts are the wider, and the heights are the same.
CASES = [(s, lang) for s in SCREENS for lang in ("zh_CN", "en") if "@" not in s or lang == "en"]


@pytest.mark.parametrize(("screen", "language"), CASES)
def test_every_window_opens_inside_the_work_area(tmp_path, demo_db, screen, language):
    report = run_probe(tmp_path, demo_db, screen, language)
    names = [w["name"] for w in report["windows"]]
    assert len(names) > 40 and "about" in names and "wizard page 3" in names
    assert "wizard server page" in names
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


def test_a_place_remembered_on_a_bigger_screen_is_brought_inside(qtbot, services, studio):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from studio_app.ui import screen_fit
    from studio_app.ui.main_window import GEOMETRY_KEY, MainWindow

    area = QGuiApplication.primaryScreen().availableGeometry()
    left_there = MainWindow(services)
    qtbot.addWidget(left_there)
    left_there.setWindowState(Qt.WindowState.WindowNoState)
    # where it was left on a screen of 2560×1440: right and low, larger than this screen
    left_there.setGeometry(area.width() + 300, area.height() + 200, 1800, 1100)
    QSettings().setValue(GEOMETRY_KEY, left_there.saveGeometry())

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    frame = window.geometry().marginsAdded(screen_fit.FRAME)
    assert area.contains(frame), (frame, area)


def test_a_wished_size_is_bounded_by_the_work_area(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog

    from studio_app.ui import screen_fit

    area = QGuiApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    assert screen_fit.fit_size(dialog, 300, 200) == QSize(300, 200)
    size = screen_fit.fit_size(dialog, 5000, 5000)
    assert dialog.size() == size
    assert size.width() + 16 == area.width() and size.height() + 40 == area.height()


def test_columns_show_their_headers_where_there_is_room_and_elide_where_not(qtbot):
    from PySide6.QtWidgets import QTableView

    from studio_app.ui.list_model import Field, RowsModel, rows_view

    fields = [
        Field("Weekday", lambda r: r, 40, priority=2),  # sized for 星期三: Wednesday is longer
        Field("Satisfaction", lambda r: "", 30, priority=0),
        Field("Notes", lambda r: "a note"),
    ]
    model = RowsModel(fields)
    view: QTableView = rows_view(model, fields)
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    model.set_rows(["Wednesday", "Thursday"])
    header = view.horizontalHeader()
    assert view.columnWidth(0) >= view.sizeHintForColumn(0)  # the whole weekday
    assert view.columnWidth(1) >= header.sectionSizeHint(1)  # the whole header
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Satisfaction"
    )
    view.resize(150, 200)  # too narrow: Satisfaction goes, Weekday keeps its text
    qtbot.waitUntil(lambda: view.isColumnHidden(1))
    assert view.columnWidth(0) >= view.sizeHintForColumn(0)
    assert header.sectionViewportPosition(2) < view.viewport().width()


def test_a_whole_column_is_never_cut_short_where_others_are(qtbot):
    from PySide6.QtWidgets import QTableView

    from studio_app.ui.list_model import Field, RowsModel, rows_view
    from studio_app.ui.list_view import WHOLE

    fields = [
        Field("No.", lambda r: r, 40, priority=WHOLE),  # sized below 2026-0051: still whole
        Field("Visitor", lambda r: "Someone with a long name", 160, priority=3),
        Field("Content", lambda r: "what they asked for"),
    ]
    model = RowsModel(fields)
    view: QTableView = rows_view(model, fields)
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    model.set_rows(["2026-0051", "2026-0052"])
    view.resize(260, 200)  # too narrow for all: the visitor narrows, the number does not
    qtbot.waitUntil(lambda: view.columnWidth(1) < view.sizeHintForColumn(1))
    assert view.columnWidth(0) >= view.sizeHintForColumn(0)
