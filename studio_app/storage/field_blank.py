"""An empty database of this program's schema, for a field package to be filled into.

Made by the migrations once per process (as ``open_database`` makes any new database: the
full-text tables and triggers included), then copied: a second package costs no migration.
"""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from pathlib import Path

from studio_app.base.private import create_file
from studio_app.storage.migrate import head_revision, open_database

_made: dict[str, bytes] = {}
_lock = threading.Lock()


def make_blank(path: Path) -> None:
    """Write an empty database at the newest schema to ``path`` (a new file)."""
    with _lock:
        head = head_revision()
        if head not in _made:
            with tempfile.TemporaryDirectory() as folder:
                made = Path(folder) / "blank.sqlite3"
                open_database(made, create=True).close()
                connection = sqlite3.connect(made)
                try:
                    connection.execute("PRAGMA journal_mode=DELETE")
                finally:
                    connection.close()
                _made[head] = made.read_bytes()
        create_file(path)
        path.write_bytes(_made[head])
