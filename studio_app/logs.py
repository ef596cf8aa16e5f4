"""The program's log: a rotating file in the user log folder, for support after a problem.

Every start of the window and every command writes here (what was opened, backups, faults,
errors with their traceback). The files rotate at 1 MB and five old ones are kept, so the log
never fills a small disk. No personal data is logged on purpose (records are logged by id, not
by name), and every line passes through ``base.redact`` on its way to the file: a statement's
parameters, a server's quoted row, any phone or ID number in an error message are hidden. The
files are the user's alone (0600 in a 0700 folder).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from studio_app import APP_NAME
from studio_app.base.private import FILE_MODE, FOLDER_MODE, make_folder, restrict
from studio_app.base.redact import redact

LOG_FILENAME = "studio-app.log"
MAX_BYTES = 1_000_000
KEPT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILENAME


class RedactingFormatter(logging.Formatter):
    """Formats a record as usual, then hides personal data in the whole text (message and
    traceback alike)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file, the first and every one after a rotation, created 0600."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        restrict(self.baseFilename)
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


def _make_private(folder: Path) -> None:
    """The log folder (ours) and the files already in it, made the user's alone."""
    make_folder(folder)
    restrict(folder, FOLDER_MODE)
    for file in folder.glob(LOG_FILENAME + "*"):
        restrict(file)


def start_log_file(level: int = logging.INFO) -> Path | None:
    """Send the program's log (``studio_app.*``) to the rotating file; returns its path, or
    None when the folder cannot be written (the program runs on without a file log)."""
    path = log_file()
    logger = logging.getLogger("studio_app")
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        _make_private(path.parent)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8", delay=True
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file at %s: %s", path, exc)
        return None
    handler.setFormatter(RedactingFormatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(min(logger.level or level, level))
    return path
