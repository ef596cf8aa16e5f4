"""Shared fixtures: every test gets its own fresh database.

Tests that take ``db`` run on SQLite, and again on PostgreSQL when ``STUDIO_TEST_PG_URL`` is set
(each such test gets its own new PostgreSQL database, dropped afterwards).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Nothing a test does may reach the user's real data folder (platformdirs reads these).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="studio-test-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="studio-test-config-")
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="studio-test-state-")  # the log file
os.environ.pop("STUDIO_DB", None)
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, make_url, text

from studio_app.core import access
from studio_app.core.services import Services
from studio_app.storage.database import Database
from studio_app.storage.migrate import open_database

PG_URL = os.environ.get("STUDIO_TEST_PG_URL")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


@pytest.fixture(autouse=True)
def own_config_folder(tmp_path_factory, monkeypatch):
    """Each test its own user config folder (backup.json, location.json), read by platformdirs
    on every call, and empty QSettings (window place, language): what one test chooses cannot
    steer another."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    QSettings().clear()
    yield
    QSettings().clear()


# A real argon2id hash costs ~50 ms and the tests make hundreds: every service hashes cheaply
# (same algorithm, tiny cost), except in tests marked ``real_password_hashes``.
CHEAP_PASSWORD_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
REAL_PASSWORD_HASHER = access.PASSWORD_HASHER
access.PASSWORD_HASHER = CHEAP_PASSWORD_HASHER


@pytest.fixture(autouse=True)
def password_hasher(request, monkeypatch) -> PasswordHasher:
    if request.node.get_closest_marker("real_password_hashes"):
        monkeypatch.setattr(access, "PASSWORD_HASHER", REAL_PASSWORD_HASHER)
    return access.PASSWORD_HASHER


@pytest.fixture
def sqlite_db(tmp_path) -> Database:
    database = open_database(tmp_path / "studio.sqlite3")
    yield database
    database.close()


def _fresh_pg_database():
    base = make_url(PG_URL)
    name = f"studio_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    return admin, name, base.set(database=name)


@contextlib.contextmanager
def _backend_database(backend: str, folder: Path) -> Iterator[Database]:
    """A new, empty database on ``backend``: a file in ``folder``, or a PostgreSQL database
    of its own, dropped afterwards."""
    if backend == "sqlite":
        database = open_database(folder / "studio.sqlite3")
        try:
            yield database
        finally:
            database.close()
        return
    admin, name, url = _fresh_pg_database()
    database = open_database(url.render_as_string(hide_password=False))
    try:
        yield database
    finally:
        database.close()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path) -> Database:
    with _backend_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture(scope="module", params=BACKENDS)
def module_db(request, tmp_path_factory) -> Database:
    """One database per test module and backend, for modules whose tests only read a large
    fixture (the demo data) that would take seconds to build for each test."""
    with _backend_database(request.param, tmp_path_factory.mktemp("module")) as database:
        yield database


@pytest.fixture
def services(db) -> Services:
    return Services(db)


@pytest.fixture(params=BACKENDS)
def empty_url(request, tmp_path) -> str:
    """The URL of an empty database (no schema) on each backend, for migration tests."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    admin, name, url = _fresh_pg_database()
    yield url.render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
