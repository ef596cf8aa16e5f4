"""What every layer's tests share, with no Qt: private folders, databases, cheap password hashes.

Databases are copied from a template migrated once per session (and per xdist worker): a test
that takes ``db`` (or ``services``) gets a fresh file copied from it, and on PostgreSQL a database
created from a template database (``CREATE DATABASE … TEMPLATE``). Creating one costs 0.2–0.6 s
and some 800 tests take one, so a PostgreSQL database is handed back afterwards and emptied for
the next test when its schema, triggers, grants and settings are still exactly those of a new
copy (anything else, or any doubt: it is dropped and the next test gets a new copy).
Every test runs on SQLite; a test or module marked ``pg`` also runs on PostgreSQL when
``STUDIO_TEST_PG_URL`` is set (``.ci/run`` starts a server for it): the ones that write through
the services or the storage, where the two databases can differ.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Nothing a test does may reach the user's real data folder (platformdirs reads these).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="studio-test-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="studio-test-config-")
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="studio-test-state-")  # the log file
os.environ.pop("STUDIO_DB", None)

import pytest
from argon2 import PasswordHasher
from sqlalchemy import URL, Engine, create_engine, make_url, text

from studio_app.core import access
from studio_app.core.services import Services
from studio_app.storage.database import Database
from studio_app.storage.migrate import open_database

PG_URL = os.environ.get("STUDIO_TEST_PG_URL")

# A real argon2id hash costs ~50 ms and the tests make hundreds: every service hashes cheaply
# (same algorithm, tiny cost), except in tests marked ``real_password_hashes``.
CHEAP_PASSWORD_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
REAL_PASSWORD_HASHER = access.PASSWORD_HASHER
access.PASSWORD_HASHER = CHEAP_PASSWORD_HASHER


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Each test that needs a database runs on SQLite, and also on PostgreSQL if marked ``pg``
    (unless it is marked ``one_backend``: what it checks does not depend on the database)."""
    if "backend" in metafunc.fixturenames:
        backends = ["sqlite"]
        definition = metafunc.definition
        if (
            PG_URL
            and definition.get_closest_marker("pg")
            and not definition.get_closest_marker("one_backend")
        ):
            backends.append("postgresql")
        metafunc.parametrize("backend", backends, indirect=True, scope="module")


@pytest.fixture(scope="module")
def backend(request) -> str:
    return request.param


@pytest.fixture(autouse=True)
def own_config_folder(tmp_path_factory, monkeypatch) -> None:
    """Each test its own user config folder (backup.json, location.json), read by platformdirs
    on every call: what one test chooses cannot steer another."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def no_log_file_left():
    """The command line starts the log file (``cli_errors.start_log``) in the test's process:
    remove the handler a test added, so later tests do not write to its file."""
    import logging
    import logging.handlers

    logger = logging.getLogger("studio_app")
    before = list(logger.handlers)
    yield
    for handler in list(logger.handlers):
        if handler not in before and isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def password_hasher(request, monkeypatch) -> PasswordHasher:
    if request.node.get_closest_marker("real_password_hashes"):
        monkeypatch.setattr(access, "PASSWORD_HASHER", REAL_PASSWORD_HASHER)
    return access.PASSWORD_HASHER


# ---- databases --------------------------------------------------------------------------------


def _server(database: str | None = None) -> URL:
    url = make_url(PG_URL)
    return url.set(database=database) if database else url


@functools.cache
def _pg_admin() -> Engine:
    """One connection to the server's maintenance database per worker, for CREATE/DROP."""
    return create_engine(_server(), isolation_level="AUTOCOMMIT", pool_pre_ping=True)


def _conninfo(database: str) -> str:
    """The libpq address of one of the server's databases, for psycopg itself."""
    return _server(database).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_command(sql: str, **params) -> None:
    with _pg_admin().connect() as connection:
        connection.execute(text(sql), params)


# What makes a database more than its rows: every object outside the system schemas with its
# definition, grants, triggers' enabled state, the database's own settings and grants, and the
# schema revision (sequences' positions are put back when the tables are emptied). Equal to a new copy's: emptying
# the tables gives a database no test can tell from a new copy.
_PG_FINGERPRINT = """
WITH ns AS (
    SELECT oid, nspname FROM pg_namespace
    WHERE nspname NOT IN ('pg_catalog', 'information_schema')
      AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp%'
)
SELECT md5(string_agg(x, E'\\n' ORDER BY x)) FROM (
    SELECT 'ns ' || nspname || ' ' || coalesce(nspacl::text, '') FROM pg_namespace n
    WHERE n.oid IN (SELECT oid FROM ns)
    UNION ALL
    SELECT concat_ws(' ', 'class', ns.nspname, c.relname, c.relkind, c.relacl::text,
                     c.reloptions::text, c.relpersistence, c.relrowsecurity, c.relowner)
    FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
    UNION ALL
    SELECT concat_ws(' ', 'column', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                     a.attnotnull, a.attisdropped, a.attidentity, a.attgenerated,
                     pg_get_expr(d.adbin, d.adrelid), a.attacl::text)
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns ON ns.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0
    UNION ALL
    SELECT concat_ws(' ', 'constraint', conrelid, conname, pg_get_constraintdef(oid))
    FROM pg_constraint WHERE connamespace IN (SELECT oid FROM ns)
    UNION ALL
    SELECT 'index ' || pg_get_indexdef(i.indexrelid)
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace IN (SELECT oid FROM ns)
    UNION ALL
    SELECT concat_ws(' ', 'trigger', tgenabled, pg_get_triggerdef(oid))
    FROM pg_trigger WHERE NOT tgisinternal
    UNION ALL
    SELECT concat_ws(' ', 'function', p.oid::regprocedure::text, md5(pg_get_functiondef(p.oid)),
                     p.proacl::text)
    FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ns) AND p.prokind IN ('f', 'p')
    UNION ALL
    SELECT concat_ws(' ', 'type', t.typname, t.typtype)
    FROM pg_type t WHERE t.typnamespace IN (SELECT oid FROM ns)
    UNION ALL
    SELECT concat_ws(' ', 'sequence', schemaname, sequencename, data_type, start_value,
                     increment_by, cycle) FROM pg_sequences
    UNION ALL
    SELECT concat_ws(' ', 'extension', extname, extversion) FROM pg_extension
    UNION ALL
    SELECT concat_ws(' ', 'rule', schemaname, tablename, rulename) FROM pg_rules
    UNION ALL
    SELECT 'policy ' || polname FROM pg_policy
    UNION ALL
    SELECT concat_ws(' ', 'event trigger', evtname, evtenabled) FROM pg_event_trigger
    UNION ALL
    SELECT 'default acl ' || defaclacl::text FROM pg_default_acl
    UNION ALL
    SELECT 'publication ' || pubname FROM pg_publication
    UNION ALL
    SELECT 'large objects ' || count(*) FROM pg_largeobject_metadata
    UNION ALL
    SELECT concat_ws(' ', 'settings', setrole, array_to_string(setconfig, ','))
    FROM pg_db_role_setting
    WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
    UNION ALL
    SELECT concat_ws(' ', 'database', datacl::text, datallowconn, datconnlimit, datistemplate)
    FROM pg_database WHERE datname = current_database()
    UNION ALL
    SELECT 'revision ' || version_num FROM alembic_version
) AS parts(x)
"""


_PG_TABLES = """
SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename <> 'alembic_version'
"""


class _PgDatabases:
    """A worker's PostgreSQL databases: new copies of the template, taken back and emptied.

    A database is given again only when its fingerprint (``_PG_FINGERPRINT``) is that of a new
    copy; then its tables are emptied with triggers and foreign keys off (superuser), the rows a
    new copy holds (what a migration inserts) written back and its sequences put back where a
    new copy's stand. Any error on the way drops it instead: a test only ever meets a database
    that no query can tell from a new copy.
    """

    def __init__(self, template: str):
        self.template = template
        self.clean: list[str] = []
        self.made: set[str] = set()
        self.new: _NewCopy | None = None

    def take(self) -> str:
        if self.clean:
            return self.clean.pop()
        name = f"studio_test_{uuid.uuid4().hex[:12]}"
        _pg_command(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.made.add(name)
        if self.new is None:
            try:
                self.new = _NewCopy.read(name)
            except Exception:  # a server this cannot read: every test gets a new copy
                self.new = _NewCopy(fingerprint="", sequences=[], rows={})
        return name

    def give_back(self, name: str) -> None:
        try:
            self._empty(name)
        except Exception:
            self.drop(name)
        else:
            self.clean.append(name)

    def drop(self, name: str) -> None:
        self.made.discard(name)
        _pg_command(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_all(self) -> None:
        for name in list(self.made):
            self.drop(name)
        self.clean.clear()

    def _empty(self, name: str) -> None:
        assert self.new is not None and self.new.fingerprint
        # What the test left connected (a second session, a lock holder) goes first.
        _pg_command(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
            "WHERE datname = :name AND pid <> pg_backend_pid()",
            name=name,
        )
        import psycopg  # psycopg itself: an engine's first connection costs a dozen queries

        with psycopg.connect(_conninfo(name)) as connection:  # one transaction, committed
            if connection.execute(_PG_FINGERPRINT).fetchone()[0] != self.new.fingerprint:
                raise RuntimeError(f"{name} is no longer a copy of the template")
            connection.execute("SET LOCAL session_replication_role = replica")
            tables = [table for (table,) in connection.execute(_PG_TABLES)]
            connection.execute("".join(f"DELETE FROM {table};" for table in tables))
            for table, rows in self.new.rows.items():
                connection.cursor().executemany(
                    f"INSERT INTO {table} SELECT (CAST(%s AS {table})).*", [(r,) for r in rows]
                )
            for sequence, value, called in self.new.sequences:
                connection.execute("SELECT setval(%s::regclass, %s, %s)", (sequence, value, called))


@dataclass
class _NewCopy:
    """What a new copy of the template is: its fingerprint, where each sequence stands
    (name, last value, called) and the rows of each table that has any (as row literals)."""

    fingerprint: str
    sequences: list[tuple[str, int, bool]]
    rows: dict[str, list[str]]

    @classmethod
    def read(cls, name: str) -> _NewCopy:
        import psycopg

        with psycopg.connect(_conninfo(name), autocommit=True) as connection:
            sequences = connection.execute(
                "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) "
                "FROM pg_sequences"
            ).fetchall()
            rows = {
                table: [r for (r,) in connection.execute(f"SELECT CAST(t AS text) FROM {table} t")]
                for (table,) in connection.execute(_PG_TABLES).fetchall()
            }
            return cls(
                fingerprint=connection.execute(_PG_FINGERPRINT).fetchone()[0],
                sequences=[
                    (s, *connection.execute(f"SELECT last_value, is_called FROM {s}").fetchone())
                    for (s,) in sequences
                ],
                rows={table: found for table, found in rows.items() if found},
            )


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A database file migrated to the newest revision, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "studio.sqlite3"
    open_database(path).close()  # closed: the WAL is folded in, the file stands alone
    return path


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Callable[[int], Path]:
    """``demo_file(seed)``: a SQLite file holding ``fill_demo(seed=seed)`` (its default size and
    day), built once per run and shared by the xdist workers (4-6 s each time it is built). Copy
    it; never open the original."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own

    def get(seed: int) -> Path:
        path = shared / f"demo-seed{seed}.sqlite3"
        if not path.exists():  # two workers may both build it: the rename is atomic
            from studio_app.demo import fill_demo

            building = tmp_path_factory.mktemp("demo") / path.name
            database = open_database(building)
            fill_demo(Services(database), seed=seed)
            database.close()  # closed: the WAL is folded in, the file stands alone
            os.replace(building, path)
        return path

    return get


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database migrated to the newest revision, the template of each test's."""
    if not PG_URL:
        pytest.skip("STUDIO_TEST_PG_URL is not set")
    name = f"studio_template_{uuid.uuid4().hex[:12]}"
    _pg_command(f'CREATE DATABASE "{name}"')
    open_database(_server(name).render_as_string(hide_password=False)).close()
    yield name
    _pg_command(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_databases(pg_template) -> Iterator[_PgDatabases]:
    databases = _PgDatabases(pg_template)
    yield databases
    databases.drop_all()


@contextlib.contextmanager
def _fresh_database(backend: str, folder: Path, request) -> Iterator[Database]:
    """A new database at the newest revision on ``backend``, closed (and dropped) afterwards."""
    if backend == "sqlite":
        path = folder / "studio.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        database = open_database(path)
        try:
            yield database
        finally:
            database.close()
        return
    databases: _PgDatabases = request.getfixturevalue("pg_databases")
    name = databases.take()
    try:
        database = open_database(_server(name).render_as_string(hide_password=False))
    except BaseException:
        databases.drop(name)
        raise
    try:
        yield database
    finally:
        database.close()
        databases.give_back(name)


@pytest.fixture
def db(backend, tmp_path, request) -> Iterator[Database]:
    with _fresh_database(backend, tmp_path, request) as database:
        yield database


@pytest.fixture
def sqlite_db(tmp_path, request) -> Iterator[Database]:
    """A SQLite database whatever the backend (backups, the full-text index)."""
    with _fresh_database("sqlite", tmp_path, request) as database:
        yield database


@pytest.fixture(scope="module")
def module_db(backend, tmp_path_factory, request) -> Iterator[Database]:
    """One database per test module and backend, for modules whose tests only read a large
    fixture (the demo data) that would take seconds to build for each test."""
    with _fresh_database(backend, tmp_path_factory.mktemp("module"), request) as database:
        yield database


@pytest.fixture
def services(db) -> Services:
    return Services(db)


@pytest.fixture
def empty_url(backend, tmp_path) -> Iterator[str]:
    """The URL of an empty database (no schema) on each backend, for migration tests."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    name = f"studio_test_{uuid.uuid4().hex[:12]}"
    _pg_command(f'CREATE DATABASE "{name}"')
    yield _server(name).render_as_string(hide_password=False)
    _pg_command(f'DROP DATABASE "{name}" WITH (FORCE)')
