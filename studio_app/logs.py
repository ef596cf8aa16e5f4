"""The program's log: a rotating file in the user log folder, for support after a problem.

Every start of the window writes here (what was opened, backups, errors with their traceback).
The files rotate at 1 MB and five old ones are kept, so the log never fills a small disk.
No personal data is logged on purpose: records are logged by id, not by name.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from studio_app import APP_NAME

LOG_FILENAME = "studio-app.log"
MAX_BYTES = 1_000_000
KEPT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILENAME


def start_log_file(level: int = logging.INFO) -> Path | None:
    """Send the program's log (``studio_app.*``) to the rotating file; returns its path, or
    None when the folder cannot be written (the program runs on without a file log)."""
    path = log_file()
    logger = logging.getLogger("studio_app")
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8", delay=True
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file at %s: %s", path, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(min(logger.level or level, level))
    return path
