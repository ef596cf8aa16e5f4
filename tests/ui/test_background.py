"""Background operations report once, on the GUI thread, even when the window went away."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QWidget

from studio_app.base.errors import StudioError
from studio_app.ui import background
from studio_app.ui.background import BackgroundOp


def test_the_result_arrives_on_the_gui_thread(qtbot, wait_background):
    parent = QWidget()
    qtbot.addWidget(parent)
    worker_threads, results = [], []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    def done(result: int) -> None:
        results.append((result, threading.current_thread()))

    BackgroundOp(parent, "正在计算…", work).success(done).run()
    assert background.is_busy()
    wait_background()
    assert results == [(42, threading.main_thread())]
    assert worker_threads[0] is not threading.main_thread()


def test_an_error_is_delivered_once_and_shown_in_chinese(qtbot, answers, wait_background):
    parent = QWidget()
    qtbot.addWidget(parent)

    def work() -> None:
        raise StudioError("文件中有 2 处错误，未导入任何数据。")

    BackgroundOp(parent, "正在导入…", work).run()
    wait_background()
    assert answers.texts("error") == ["文件中有 2 处错误，未导入任何数据。"]


def test_an_unexpected_error_shows_no_traceback(qtbot, answers, wait_background):
    parent = QWidget()
    qtbot.addWidget(parent)
    BackgroundOp(parent, "正在导出…", lambda: 1 / 0).run()
    wait_background()
    assert answers.texts("error") == [
        "出现了意外错误，操作没有完成。请重试；如果反复出现，请联系技术支持。"
    ]


def test_a_window_closed_meanwhile_is_not_called_back(qtbot, wait_background):
    parent = QWidget()
    called = []
    BackgroundOp(parent, "正在读取…", lambda: time.sleep(0.2)).success(called.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not background.is_busy(), timeout=5000)
    assert called == []
