"""What every layer's tests share, with no Qt: private folders, databases, cheap password hashes.

Databases are copied from a template migrated once per session (and per xdist worker): a test
that takes ``db`` (or ``services``) gets a fresh file copied from it, and on PostgreSQL a fresh
database created from a template database (``CREATE DATABASE … TEMPLATE``), dropped afterwards.
Every test runs on SQLite; a test or module marked ``pg`` also runs on PostgreSQL when
``STUDIO_TEST_PG_URL`` is set (``.ci/run`` starts a server for it): the ones that write through
the services or the storage, where the two databases can differ.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

# Nothing a test does may reach the user's real data folder (platformdirs reads these).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="studio-test-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="studio-test-config-")
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="studio-test-state-")  # the log file
os.environ.pop("STUDIO_DB", None)

import pytest
from argon2 import PasswordHasher
from sqlalchemy import URL, create_engine, make_url, text

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


def _pg_command(sql: str) -> None:
    admin = create_engine(_server(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(sql))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A database file migrated to the newest revision, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "studio.sqlite3"
    open_database(path).close()  # closed: the WAL is folded in, the file stands alone
    return path


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
    name = f"studio_test_{uuid.uuid4().hex[:12]}"
    _pg_command(f'CREATE DATABASE "{name}" TEMPLATE "{request.getfixturevalue("pg_template")}"')
    database = open_database(_server(name).render_as_string(hide_password=False))
    try:
        yield database
    finally:
        database.close()
        _pg_command(f'DROP DATABASE "{name}" WITH (FORCE)')


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
