"""The first-run wizard's connection test against real servers started here (issue 20, point
4): each failure said in Chinese (a wrong password, a stopped server, TLS required or missing,
an untrusted certificate or one for another name, no such database, the schema missing, of
another program, older or newer), and a connection that works remembered without the password
in any settings file."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from studio_app.opening import locate, open_place
from studio_app.server_setup import init_server
from studio_app.storage import server_connection
from studio_app.storage.migrate import head_revision, known_revisions
from studio_app.storage.server_connection import Outcome, ServerSettings, check
from tests.pg_own_server import SUPERUSER_PASSWORD, OwnServer, own_server

PASSWORD = "Studio-Db-2026"  # the program's database login


def _sql(server: OwnServer, *statements: str, database: str = "postgres") -> None:
    url = f"postgresql+psycopg://postgres:{SUPERUSER_PASSWORD}@127.0.0.1:{server.port}/{database}"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def server() -> Iterator[OwnServer]:
    """A county server with TLS (its own CA), a login role for the program that owns the
    database ``studio``, set up with server-init."""
    with own_server(tls=True) as running:
        _sql(running, f"CREATE ROLE studio LOGIN PASSWORD '{PASSWORD}'",
             "CREATE DATABASE studio OWNER studio")  # fmt: skip
        settings = _settings(running)
        init_server(settings.url(PASSWORD), "admin", "county-2026")
        yield running


def _settings(server: OwnServer, **changes) -> ServerSettings:
    values = {"host": "localhost", "port": server.port, "database": "studio", "user": "studio",
              "sslmode": "verify-full", "sslrootcert": str(server.ca_file or "")}  # fmt: skip
    return ServerSettings(**(values | changes))


def test_a_working_connection_says_so(server):
    result = check(_settings(server), PASSWORD)
    assert result.ok and result.outcome == Outcome.OK
    assert result.revision == head_revision()
    assert "连接成功" in result.message and f"localhost:{server.port}" in result.message


def test_wrong_password(server):
    result = check(_settings(server), "not-the-password")
    assert result.outcome == Outcome.PASSWORD
    assert "用户名或密码不对" in result.message and "studio" in result.message
    assert "not-the-password" not in result.message


def test_certificate_not_signed_by_the_chosen_ca(server):
    other_ca = server.folder / "server.crt"  # a certificate, but not the CA that signed it
    result = check(_settings(server, sslrootcert=str(other_ca)), PASSWORD)
    assert result.outcome == Outcome.CERTIFICATE, result.message
    assert "证书不受信任" in result.message


def test_certificate_for_another_name(server):
    result = check(_settings(server, host="127.0.0.1"), PASSWORD)
    assert result.outcome == Outcome.HOST_NAME, result.message
    assert "127.0.0.1" in result.message


def test_missing_ca_file(server, tmp_path):
    result = check(_settings(server, sslrootcert=str(tmp_path / "ca.crt")), PASSWORD)
    assert result.outcome == Outcome.CA_FILE and "ca.crt" in result.message


def test_no_such_database(server):
    result = check(_settings(server, database="studio_nope"), PASSWORD)
    assert result.outcome == Outcome.NO_DATABASE and "studio_nope" in result.message


def test_no_such_host():
    result = check(ServerSettings(host="no-such-server.invalid", sslmode="disable"), PASSWORD)
    assert result.outcome == Outcome.ADDRESS and "no-such-server.invalid" in result.message


@pytest.mark.parametrize(
    ("prepare", "outcome", "words"),
    [
        ("", Outcome.NO_SCHEMA, "server-init"),
        ("CREATE TABLE payroll (id int)", Outcome.FOREIGN, "别的程序"),
        ("older", Outcome.OLDER, "server-upgrade"),
        ("newer", Outcome.NEWER, "最新版本"),
    ],
)
def test_the_schema(server, prepare, outcome, words):
    name = f"schema_{outcome.value}"
    _sql(server, f"CREATE DATABASE {name} OWNER studio")
    try:
        settings = _settings(server, database=name)
        if prepare in ("older", "newer"):
            init_server(settings.url(PASSWORD), "admin", "county-2026")
            revision = known_revisions()[-2] if prepare == "older" else "9999"
            _sql(server, f"UPDATE alembic_version SET version_num = '{revision}'", database=name)
        elif prepare:
            _sql(server, prepare, database=name)
        result = check(settings, PASSWORD)
        assert result.outcome == outcome, result.message
        assert words in result.message
    finally:
        _sql(server, f"DROP DATABASE {name} WITH (FORCE)")


def test_saved_connection_is_opened_from_then_on_without_the_password_in_settings(server):
    settings = _settings(server)
    server_connection.save(settings, PASSWORD)
    stored = server_connection.password_file().parent / server_connection.SETTINGS_FILE
    assert PASSWORD not in stored.read_text(encoding="utf-8")
    assert json.loads(stored.read_text(encoding="utf-8"))["host"] == "localhost"
    secret = server_connection.password_file()
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert secret.read_text(encoding="utf-8").strip().endswith(f":studio:{PASSWORD}")

    place = locate()
    assert place.sqlite_file is None and not place.explicit
    assert place.url.password is None and PASSWORD not in place.display_name
    services = open_place(place)
    try:
        assert services.access.login("admin", "county-2026").username == "admin"
    finally:
        services.db.close()


def test_tls_required_by_the_server():
    with own_server(tls=True, tls_only=True) as running:
        result = check(_settings(running, sslmode="disable", sslrootcert=""), PASSWORD)
        assert result.outcome == Outcome.TLS_REQUIRED, result.message
        assert "加密连接" in result.message and "verify-full" in result.message


def test_tls_asked_for_where_the_server_has_none_and_a_stopped_server():
    with own_server() as running:
        result = check(_settings(running, sslmode="require", sslrootcert=""), PASSWORD)
        assert result.outcome == Outcome.TLS_UNAVAILABLE, result.message
        running.stop()
        result = check(_settings(running, sslmode="disable", sslrootcert=""), PASSWORD)
        assert result.outcome == Outcome.REFUSED, result.message
        assert "数据库服务没有运行" in result.message and str(running.port) in result.message
