"""Where the database is, how it is opened, and the session/transaction helper.

``--db`` (or ``STUDIO_DB``) takes a file path or an SQLAlchemy URL. SQLite is tuned for a
desktop that may lose power: WAL, ``synchronous=FULL``, foreign keys on, and a wait of at most
5 s for another writer (``busy_timeout``); PostgreSQL waits at most 5 s for a lock
(``lock_timeout``) and 5 s to connect, and plans every statement for its values
(``plan_cache_mode``): psycopg prepares a statement run five times, and the one plan PostgreSQL
then makes for any search term read all of a studio's requests (~100 ms) where the term's own
plan takes a few; and it counts a row looked up by index at 1.1 sequential reads
(``random_page_cost``, 4 by default, for disks): a county's tables are in the server's memory,
and the default had a studio's search read all 50,000 households instead of its 1,548; and it
compiles no statement (``jit``): the figures' per-request EXISTS makes the planner's estimate
huge, and compiling the county's year overview took ~0.6 s for ~0.25 s of work (the studio's
year figures ~1.2 s). Engines never put a statement's values into an error
(``hide_parameters``): they would carry villagers' names and numbers into the log. A fault of
the database, the disk or the server met in a unit of work reaches the caller as a Chinese
``DatabaseFault`` (``storage.faults``).
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
from studio_app.base.private import make_folder
from studio_app.core.models.base import StudioSession
from studio_app.storage import faults

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


def resolve_url(db: str | os.PathLike | URL | None = None) -> URL:
    """A path or URL from ``--db``, else ``STUDIO_DB``, else the default SQLite file."""
    if isinstance(db, URL):  # as it is: str() would put *** in place of its password
        return db
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


BUSY_TIMEOUT_MS = faults.LOCK_WAIT_SECONDS * 1000


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: WAL may have to wait too
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_db_engine(url: URL) -> Engine:
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            make_folder(path.parent)
        engine = create_engine(
            url, hide_parameters=True, connect_args={"timeout": faults.LOCK_WAIT_SECONDS}
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    connect_args = {}
    if url.get_backend_name() == "postgresql":
        connect_args = {
            "connect_timeout": faults.LOCK_WAIT_SECONDS,
            "options": f"-c lock_timeout={BUSY_TIMEOUT_MS} -c plan_cache_mode=force_custom_plan"
            " -c random_page_cost=1.1 -c jit=off",
        }
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args)


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

    def fault(self, exc: BaseException) -> faults.DatabaseFault | None:
        """The Chinese ``DatabaseFault`` for an error met on this database, if it is one."""
        return faults.translate(exc, self.url, sqlite_path(self.url))

    def _undo(self, work, exc: BaseException) -> None:
        """Roll ``work`` (a session or a connection) back after ``exc``; a fault of the
        database, the disk or the server is raised as its Chinese ``DatabaseFault``."""
        try:
            work.rollback()
        except Exception as again:  # the connection is gone (a server, a pulled USB stick)
            log.info("rollback after %s failed too: %s", type(exc).__name__, type(again))
        fault = self.fault(exc)
        if fault is not None and fault is not exc:
            raise fault from exc

    @property
    def display_name(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error; a fault
        of the database, the disk or the server is raised as a Chinese ``DatabaseFault``."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            self._undo(session, exc)
            raise
        finally:
            session.close()

    @contextmanager
    def one_transaction(self) -> Iterator[Database]:
        """A view of this database in which every unit of work is part of one transaction,
        committed when the block ends and rolled back as a whole on any error, or if the
        process is killed meanwhile: for work of many steps that must be all or nothing (the
        demo data). Each ``session()`` of the view is a savepoint in it. On SQLite the file is
        held for writing the whole time (others wait up to 5 s, then get a ``LOCKED`` fault).
        """
        with self.engine.connect() as connection:
            sqlite = is_sqlite(self.url)
            try:
                if sqlite:  # pysqlite's own transaction handling would break the savepoints
                    connection.connection.driver_connection.isolation_level = None
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                else:
                    connection.begin()
                yield _OneTransaction(self, connection)
                connection.commit()
            except BaseException as exc:
                self._undo(connection, exc)
                raise
            finally:
                if sqlite:
                    connection.invalidate()  # not back to the pool with pysqlite's autocommit

    def close(self) -> None:
        self.engine.dispose()


class _OneTransaction(Database):
    """``Database.one_transaction``'s view: sessions are savepoints on one connection."""

    def __init__(self, database: Database, connection) -> None:
        self.url = database.url
        self.engine = database.engine
        self._sessions = sessionmaker(
            bind=connection,
            class_=StudioSession,
            expire_on_commit=False,
            join_transaction_mode="create_savepoint",
        )

    def close(self) -> None:
        """The view closes nothing: the database it belongs to does."""
