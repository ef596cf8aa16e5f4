"""Slow work (reading or writing Excel files) off the GUI thread, like Anki's ``CollectionOp``.

``BackgroundOp(parent, label, work).success(cb).run()`` runs ``work()`` on a pool thread while a
busy dialog says what is happening, then calls ``cb(result)`` once, on the GUI thread. An
exception is delivered the same way, to ``failure`` (by default: a Chinese message box).
Services open their own session per call, so ``work`` may call them from the pool thread.
Work a page refreshes by itself (the 工作台's figures) runs ``quietly``: no busy dialog, the page
says it is working and stays usable meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from studio_app.ui import messages

log = logging.getLogger("studio_app.ui")

_running: set[BackgroundOp] = set()  # keeps each op (and its relay) alive until it reports


def is_busy() -> bool:
    """Whether any background operation has not yet reported back."""
    return bool(_running)


def busy_dialog(parent: QWidget, label: str) -> QProgressDialog:
    """A busy dialog (no cancel button) that appears once the work has taken 300 ms."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowTitle(QCoreApplication.translate("BackgroundOp", "请稍候"))
    progress.setCancelButton(None)  # imports are all-or-nothing transactions: no half-stop
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    # Shown by the timer setMinimumDuration restarts when the value is at its minimum: a new
    # dialog's value is below it (-1), and its own timer would wait 4 s, the default.
    progress.setValue(0)
    progress.setMinimumDuration(300)  # quick jobs finish before the dialog appears
    return progress


class _Relay(QObject):
    """Lives on the GUI thread; its signal carries the outcome across threads (queued)."""

    done = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._work(), None
        except BaseException as exc:  # delivered to the GUI thread, never lost
            result, error = None, exc
        self._relay.done.emit(result, error)


class BackgroundOp(QObject):
    """One operation: work on a pool thread, a busy dialog, and one report back.

    Signals:
        finished: emitted on the GUI thread after the success or failure callback ran.
    """

    finished = Signal()

    def __init__(
        self, parent: QWidget, label: str, work: Callable[[], Any], *, quietly: bool = False
    ):
        super().__init__()  # not the widget's child: it must outlive a window closed meanwhile
        self._parent = parent
        self._label = label
        self._work = work
        self._quietly = quietly  # no busy dialog: the caller shows that it is working
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[BaseException], None] = lambda exc: messages.show_error(
            parent, exc
        )
        # Owned by the application (C++), not by Python references: the job on the pool thread
        # holds one too, and a QObject must not be destroyed on a thread other than its own.
        self._relay = _Relay(QCoreApplication.instance())
        self._progress: QProgressDialog | None = None

    def success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp:
        self._on_failure = callback
        return self

    def run(self) -> None:
        if not self._quietly:
            self._progress = busy_dialog(self._parent, self._label)
        self._relay.done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        _running.add(self)
        QThreadPool.globalInstance().start(_Job(self._work, self._relay))

    @Slot(object, object)
    def _finish(self, result: Any, error: BaseException | None) -> None:
        try:
            if self._progress is not None and shiboken6.isValid(self._progress):
                self._progress.close()
                self._progress.deleteLater()
            self._progress = None
            if not shiboken6.isValid(self._parent):
                log.info("window closed before its background work finished")
            elif error is None:
                self._on_success(result)
            else:
                if not isinstance(error, Exception):
                    log.error("background work stopped", exc_info=error)
                self._on_failure(error)
        finally:
            _running.discard(self)
            self.finished.emit()
            self._relay.deleteLater()
            self.deleteLater()
