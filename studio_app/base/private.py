"""Files that hold personal data are the user's alone: 0600 files in 0700 folders (POSIX).

The database (and the ``-wal``, ``-shm`` and ``-journal`` SQLite makes beside it with the same
mode), the log, the backups, the copies kept before an upgrade or a restore, and every export
are created through these helpers, whatever the process's umask. Folders are made 0700 only
when the program creates them; a folder the user picked keeps its mode. On Windows nothing is
changed: the user's profile folders are already closed to other users by their ACLs.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

log = logging.getLogger("studio_app.base")

POSIX = os.name == "posix"
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def make_folder(path: str | os.PathLike[str]) -> Path:
    """``path`` as a folder: each missing part made 0700 (``mkdir -p`` would make the parents
    0755); an existing folder is left as it is. Raises ``OSError`` like ``Path.mkdir``."""
    path = Path(path)
    missing = []
    part = path
    while not part.is_dir():
        missing.append(part)
        if part.parent == part:
            break
        part = part.parent
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)  # mode & ~umask: never wider than 0700
    return path


def restrict(path: str | os.PathLike[str], mode: int = FILE_MODE) -> bool:
    """Take group and other users' access away from an existing file (or folder, with
    ``FOLDER_MODE``); True if it was wider. Quietly does nothing for a file owned by another
    user, on a file system without modes (a FAT USB stick) or on Windows."""
    if not POSIX:
        return False
    try:
        current = os.stat(path).st_mode & 0o777
        if current & ~mode == 0:
            return False
        os.chmod(path, current & mode)
    except OSError:
        return False
    log.info("took group and other users' access away from %s (was %o)", path, current)
    return True


def create_file(path: str | os.PathLike[str]) -> None:
    """Create ``path`` empty with mode 0600 (emptied if it exists, and made 0600), so that what
    is written into it afterwards (SQLite, a copy) is never readable by others, not even for a
    moment."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        if POSIX:
            with contextlib.suppress(OSError):  # a FAT USB stick has no modes
                os.fchmod(descriptor, FILE_MODE)
    finally:
        os.close(descriptor)


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a new file ``path`` with mode 0600 (replacing what was there)."""
    descriptor = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE
    )
    with open(descriptor, "wb") as handle:
        if POSIX:
            with contextlib.suppress(OSError):
                os.fchmod(handle.fileno(), FILE_MODE)
        handle.write(data)
