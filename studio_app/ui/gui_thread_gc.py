"""Python's garbage collection on the GUI thread only.

A collection runs in whichever thread allocates past the threshold. When that is a background
worker (printing, the 工作台's figures), it destroys from that thread Qt objects the GUI thread
owns (a closed dialog left in a reference cycle), and the program crashes ("Fatal Python error:
Segmentation fault … Garbage-collecting", or none_dealloc). So automatic collection is switched
off and the GUI thread collects on a timer, by the same thresholds Python would have used.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
NAME = "gui_thread_gc"


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        """What Python's own collection would do now, on this (the GUI) thread."""
        (c0, c1, c2), (t0, t1, t2) = gc.get_count(), self.thresholds
        if c0 > t0:
            gc.collect(2 if c1 >= t1 and c2 >= t2 else 1 if c1 >= t1 else 0)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector on ``app`` (once)."""
    found = app.findChild(GuiThreadCollector, NAME)
    return found if found is not None else GuiThreadCollector(app)
