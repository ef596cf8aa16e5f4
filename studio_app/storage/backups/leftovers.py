"""What a killed backup or restore leaves behind, cleaned when the database is next opened.

A backup writes ``.studio-YYYYMMDD-HHMMSS-xxxxxxxx.partial`` in the backup folder and renames
it when it is complete; a restore copies the backup to ``.<database>.restore-xxxxxxxx`` beside
the database and renames it over the database. Killed half-way (power cut, the task manager),
each leaves its hidden file: a partial backup, or a full copy of a backup (and so of villagers'
data) that nothing else would ever delete.

While a backup or a restore runs it holds a shared ``flock`` on its folder (``working_in``);
``tidy`` deletes such files only in a folder it can lock exclusively, that is when no backup or
restore in any process is at work there, so a backup running in another window is never cut
short. Where folders cannot be locked (Windows, some network shares) a file is left for an hour
(``LEFTOVER_AGE``) first. ``tidy`` also prunes the copies kept before upgrades and restores
(``storage.asides``). It never raises: cleaning up must not stop the program from opening.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from studio_app.storage import asides
from studio_app.storage.backups.files import PARTIAL_NAME

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

log = logging.getLogger("studio_app.storage")

LEFTOVER_AGE = timedelta(hours=1)  # where folders cannot be locked
_STAGING = re.compile(r"^\.(?P<db>.+)\.restore-[0-9a-f]{8}(?:-wal|-shm|-journal)?$")
_PARTIAL_SIDE = re.compile(r"^(?P<partial>.+\.partial)(?:-journal|-wal|-shm)?$")

F = TypeVar("F", bound=Callable)


@contextlib.contextmanager
def working_in(folder: Path) -> Iterator[None]:
    """Hold a shared lock on ``folder`` while a backup or restore writes its temporary file
    there (several may; ``tidy`` waits for none and skips the folder)."""
    descriptor = _lock(folder, exclusive=False)
    try:
        yield
    finally:
        if descriptor is not None:
            os.close(descriptor)  # closing releases the lock


def _lock(folder: Path, *, exclusive: bool) -> int | None:
    """A descriptor of ``folder`` holding the lock, or None when folders cannot be locked here
    (or, for ``exclusive``, when someone holds it: see ``_idle``)."""
    if fcntl is None:
        return None
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(descriptor, (fcntl.LOCK_EX | fcntl.LOCK_NB) if exclusive else fcntl.LOCK_SH)
    except OSError:
        os.close(descriptor)
        return None
    return descriptor


def _idle(folder: Path) -> bool | None:
    """Whether no backup or restore works in ``folder`` now: True, False, or None when folders
    cannot be locked here."""
    if fcntl is None:
        return None
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    finally:
        os.close(descriptor)
    return True


def restoring(function: F) -> F:
    """Decorates ``restore(file, db_path, …)``: the database's folder is marked busy while it
    runs, so the staging copy it writes there is not taken for a leftover."""

    @functools.wraps(function)
    def run(*args, **kwargs):
        db_path = kwargs.get("db_path", args[1] if len(args) > 1 else None)
        if db_path is None or not Path(db_path).parent.is_dir():
            return function(*args, **kwargs)
        with working_in(Path(db_path).parent):
            return function(*args, **kwargs)

    return run  # type: ignore[return-value]


def _remove(folder: Path, matches: Callable[[str], bool]) -> list[Path]:
    try:
        entries = [p for p in folder.iterdir() if matches(p.name)]
    except OSError:
        return []
    if not entries:
        return []
    idle = _idle(folder)
    if idle is False:
        return []
    oldest = time.time() - LEFTOVER_AGE.total_seconds()
    removed = []
    for path in entries:
        try:
            if idle is None and path.stat().st_mtime > oldest:
                continue
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.info("could not delete the leftover %s: %s", path, exc)
    return removed


def remove_partials(folder: Path) -> list[Path]:
    """The temporary files of killed backups in the backup folder ``folder``."""

    def matches(name: str) -> bool:
        side = _PARTIAL_SIDE.match(name)
        return side is not None and PARTIAL_NAME.match(side.group("partial")) is not None

    return _remove(Path(folder), matches)


def remove_stagings(db_path: Path) -> list[Path]:
    """The copies of killed restores beside the database ``db_path``."""
    db_path = Path(db_path)

    def matches(name: str) -> bool:
        found = _STAGING.match(name)
        return found is not None and found.group("db") == db_path.name

    return _remove(db_path.parent, matches)


def tidy(db_path: Path, backup_folder: Path | None) -> list[Path]:
    """At start: remove what killed backups and restores of ``db_path`` left, and prune the
    copies kept before upgrades and restores. Returns what was deleted; never raises."""
    removed: list[Path] = []
    try:
        removed += remove_stagings(db_path)
        if backup_folder is not None:
            removed += remove_partials(backup_folder)
        removed += asides.prune(db_path)
    except Exception as exc:  # tidying must never stop the program from opening
        log.warning("tidying beside %s failed: %s", db_path, exc)
    if removed:
        log.info("removed %d leftovers: %s", len(removed), [p.name for p in removed])
    return removed
