"""Where the database is, how it is opened, and the session/transaction helper.

``--db`` (or ``STUDIO_DB``) takes a file path or an SQLAlchemy URL. SQLite is tuned for a
desktop that may lose power: WAL, ``synchronous=FULL``, foreign keys on, a busy timeout.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from studio_app import APP_NAME
from studio_app.core.models.base import StudioSession

log = logging.getLogger("studio_app.storage")

DB_ENV = "STUDIO_DB"
DEFAULT_FILENAME = "studio.sqlite3"
DEMO_FILENAME = "demo.sqlite3"  # the first-run wizard's demo data, kept apart from the real file


LOCATION_FILE = "location.json"


def data_dir() -> Path:
    """The platform's user data folder (never the install folder: it survives uninstall)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def saved_data_dir() -> Path | None:
    """The data folder chosen in the first-run wizard (``location.json``), if any."""
    try:
        data = json.loads((config_dir() / LOCATION_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable %s: %s", LOCATION_FILE, exc)
        return None
    folder = data.get("data_dir") if isinstance(data, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else None


def save_data_dir(folder: Path) -> None:
    """Remember ``folder`` as where the database lives from now on (written atomically)."""
    target = config_dir() / LOCATION_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{LOCATION_FILE}.{os.getpid()}.tmp")
    try:
        text = json.dumps({"version": 1, "data_dir": str(folder)}, ensure_ascii=False)
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def default_db_path() -> Path:
    return (saved_data_dir() or data_dir()) / DEFAULT_FILENAME


def resolve_url(db: str | os.PathLike | None = None) -> URL:
    """A path or URL from ``--db``, else ``STUDIO_DB``, else the default SQLite file."""
    raw = str(db) if db is not None else os.environ.get(DB_ENV) or str(default_db_path())
    if "://" in raw:
        return make_url(raw)
    return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    if is_sqlite(url) and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_db_engine(url: URL) -> Engine:
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An open database: the engine and a factory of sessions.

    Attributes:
        url: where the data lives.
        engine: the SQLAlchemy engine.
    """

    def __init__(self, url: URL, engine: Engine):
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, class_=StudioSession, expire_on_commit=False)

    @property
    def display_name(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
