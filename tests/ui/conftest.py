"""Fixtures for the window's tests: answered message boxes, a studio, sample records, modals.

Every message box and file chooser goes through ``studio_app.ui.messages`` and
``studio_app.ui.file_dialogs``; the autouse ``answers`` fixture replaces them, so no test can
block on a modal question, and each test can see what the user would have been told.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")

import logging
import logging.handlers
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from studio_app.base import i18n
from studio_app.base.enums import HouseholdKind
from studio_app.core.households import HouseholdInput
from studio_app.core.members import MemberInput
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.ui import background, file_dialogs, messages
from studio_app.ui.gui_thread_gc import collect_on_gui_thread

# The offscreen platform plugin does not implement QPlatformWindow::propagateSizeHints and warns
# for every top-level window with a layout; real platforms (xcb, Windows) do not. Only this exact
# message is ignored: any other Qt warning still fails the test.
OFFSCREEN_SIZE_HINTS = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS))


@pytest.fixture(autouse=True)
def empty_qsettings():
    """Empty QSettings (window place, language, dividers): what one test chooses cannot steer
    another."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
    yield
    QSettings().clear()


@dataclass
class Answers:
    """How the fake user answers, and everything the program told them.

    Attributes:
        confirm: the answer to yes/no questions.
        choice: the index chosen in ``messages.choose`` (None: the cancel option); "default":
            the option Enter picks, as a user pressing Enter would.
        open_path / save_path: what the file choosers return.
        said: ("confirm"|"choose"|"info"|"error", text) in order.
        offered: the options and the default of each ``messages.choose``, in order.
    """

    confirm: bool = True
    choice: int | str | None = None
    open_path: Path | None = None
    save_path: Path | None = None
    said: list[tuple[str, str]] = field(default_factory=list)
    offered: list[tuple[list[str], int | None]] = field(default_factory=list)

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.said if k == kind]


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    a = Answers()

    def confirm(_parent, _title, text, _yes, _no="") -> bool:
        a.said.append(("confirm", text))
        return a.confirm

    def choose(_parent, _title, text, options, default=None) -> int | None:
        a.said.append(("choose", text))
        a.offered.append((list(options), default))
        return default if a.choice == "default" else a.choice

    def info(_parent, text, _title="") -> None:
        a.said.append(("info", text))

    def show_error(_parent, error, _title="") -> None:
        a.said.append(("error", messages.error_text(error)))

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "choose", choose)
    monkeypatch.setattr(messages, "info", info)
    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda *_args, **_kw: a.open_path)
    monkeypatch.setattr(file_dialogs, "ask_save_file", lambda *_args, **_kw: a.save_path)
    return a


@pytest.fixture
def studio(services: Services):
    return services.studios.create(StudioInput(name="城关镇委员工作室", township="城关镇"))


@pytest.fixture(autouse=True, scope="session")
def gc_on_the_gui_thread(qapp):
    """As the program does (ui/app.py): Python collects garbage on the GUI thread only, never
    in a background worker, where destroying the GUI's objects crashes."""
    collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def no_background_work_left(qtbot):
    """Each test ends with its background work reported, so none leaks into the next test."""
    yield
    try:
        qtbot.waitUntil(lambda: not background.is_busy(), timeout=20_000)
    finally:
        background._running.clear()


@pytest.fixture
def wait_background(qtbot) -> Callable[[], None]:
    """Wait until every background operation has reported back to the GUI thread."""

    def wait() -> None:
        qtbot.waitUntil(lambda: not background.is_busy(), timeout=20_000)

    return wait


@pytest.fixture
def make_member(services: Services) -> Callable[..., object]:
    def make(name: str, phone: str = "", **kw) -> object:
        return services.members.create(MemberInput(name=name, phone=phone, **kw))

    return make


@pytest.fixture
def make_household(services: Services) -> Callable[..., object]:
    def make(name: str, phone: str = "", **kw) -> object:
        kw.setdefault("kind", HouseholdKind.HOUSEHOLD)
        return services.households.create(HouseholdInput(head_name=name, phone=phone, **kw))

    return make


@pytest.fixture
def type_text(qtbot) -> Callable[[QWidget, str], None]:
    """Type like a person: ASCII on the keyboard, Chinese through the input method (IME).

    QTest cannot send non-ASCII key events; an input method commits whole words instead,
    which is also how 𠮷 or 䶮 reach a field in real life.
    """

    def type_into(widget: QWidget, text: str) -> None:
        for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
            if run.isascii():
                qtbot.keyClicks(widget, run)
            else:
                event = QInputMethodEvent()
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)

    return type_into


@pytest.fixture
def when_modal(qtbot) -> Callable[[type[QWidget], Callable[[QWidget], None]], list[QWidget]]:
    """Run an action on the next modal dialog of a type, once its ``exec()`` has started.

    If the action leaves the dialog open (e.g. it failed), the dialog is rejected so the test
    does not hang; the dialogs found are returned for checks.
    """

    def arm(cls: type[QWidget], action: Callable[[QWidget], None]) -> list[QWidget]:
        found: list[QWidget] = []

        def poll(tries: int = 0) -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, cls):
                found.append(widget)
                try:
                    action(widget)
                finally:
                    if widget.isVisible():
                        widget.reject()
            elif tries < 500:
                QTimer.singleShot(10, lambda: poll(tries + 1))

        QTimer.singleShot(0, poll)
        return found

    return arm


@pytest.fixture
def restore_app_setup(qapp):
    """``run_gui`` sets up the shared application; put things back for the other tests."""
    font, locale = qapp.font(), QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setFont(font)
    QLocale.setDefault(locale)
    i18n.install_translator(lambda _context, text: text)
    logger = logging.getLogger("studio_app")  # run_gui's log file: not for the later tests
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(logging.NOTSET)
