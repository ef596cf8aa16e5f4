"""Copies of the database kept aside beside it: before a schema upgrade (``before-upgrade``) and
before a restore (``before-restore``), made private (0600 in a 0700 folder) and pruned.

Each copy is named ``<stem>[-<revision>]-YYYYMMDD-HHMMSS-ffffff<suffix>`` after the database it
was taken from. ``prune`` keeps, for each database, every copy younger than
``ASIDE_KEEP_DAYS`` days and always the ``ASIDE_KEEP_LAST`` newest (so a database left alone for
a year still has its last copies), and deletes the others with their ``-wal``; files that are
not copies of ours are never touched.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from pathlib import Path

from studio_app.base.keeping import ASIDE_KEEP_DAYS, ASIDE_KEEP_LAST
from studio_app.base.private import make_folder

log = logging.getLogger("studio_app.storage")

BEFORE_UPGRADE = "before-upgrade"
BEFORE_RESTORE = "before-restore"
STAMP = "%Y%m%d-%H%M%S-%f"
_STAMPED = re.compile(r"-(\d{8}-\d{6}-\d{6})$")


def stamp(at: datetime | None = None) -> str:
    return (at or datetime.now()).strftime(STAMP)


def folder(db_path: Path, name: str) -> Path:
    """The folder ``name`` beside the database, made private if it is new."""
    return make_folder(Path(db_path).parent / name)


def taken_at(copy: Path, db_path: Path) -> datetime | None:
    """When ``copy`` was taken, if it is a copy of ours of ``db_path``; None for any other file
    (another database's copies, a file the user put there, a ``-wal``)."""
    db_path = Path(db_path)
    name = copy.name
    if not (name.startswith(db_path.stem + "-") and name.endswith(db_path.suffix)):
        return None
    core = name[: len(name) - len(db_path.suffix)] if db_path.suffix else name
    match = _STAMPED.search(core)
    if match is None:
        return None
    middle = core[len(db_path.stem) : match.start()]  # "" or "-<revision>"
    if middle and not re.fullmatch(r"-(?:[0-9]{4,}|empty)", middle):  # a revision (upgrades)
        return None
    try:
        return datetime.strptime(match.group(1), STAMP)
    except ValueError:
        return None


def copies(db_path: Path, name: str) -> list[tuple[datetime, Path]]:
    """The copies of ``db_path`` in its folder ``name``, newest first."""
    try:
        entries = list((Path(db_path).parent / name).iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        when = taken_at(entry, db_path)
        if when is not None and entry.is_file():
            found.append((when, entry))
    return sorted(found, reverse=True)


def to_prune(found: list[tuple[datetime, Path]], now: datetime) -> list[Path]:
    """Which of ``found`` (newest first) the policy lets go."""
    limit = now - timedelta(days=ASIDE_KEEP_DAYS)
    return [path for n, (when, path) in enumerate(found) if n >= ASIDE_KEEP_LAST and when < limit]


def prune(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete the copies of ``db_path`` in ``before-upgrade`` and ``before-restore`` that the
    policy does not keep; returns them. Never raises."""
    now = now or datetime.now()
    removed = []
    for name in (BEFORE_UPGRADE, BEFORE_RESTORE):
        for path in to_prune(copies(db_path, name), now):
            try:
                path.unlink()
            except OSError as exc:
                log.warning("could not delete the old copy %s: %s", path, exc)
                continue
            path.with_name(path.name + "-wal").unlink(missing_ok=True)
            removed.append(path)
    if removed:
        log.info("pruned %d old copies of %s: %s", len(removed), db_path, removed)
    return removed
