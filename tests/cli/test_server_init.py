"""``studio-app server-init`` (issue 20, point 4): the schema and the first 县政协管理员 in an
empty PostgreSQL database; a database with anything in it, or a SQLite file, is refused in
Chinese and left as it was; the URL's password is never printed or logged."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text

from studio_app.base.enums import Role
from studio_app.cli import main
from studio_app.cli_server import PASSWORD_ENV, admin_password
from studio_app.core.services import Services
from studio_app.storage.migrate import head_revision, open_database
from tests.conftest import PG_URL, _pg_command

URL_PASSWORD = "Url-Secret-91"  # in the URL only: must never be shown
ADMIN_PASSWORD = "county-2026"

needs_pg = pytest.mark.skipif(not PG_URL, reason="STUDIO_TEST_PG_URL is not set")


@pytest.fixture
def empty_server(monkeypatch) -> Iterator[str]:
    """An empty database on the test server, as its URL with a password in it."""
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    name = f"studio_init_{uuid.uuid4().hex[:12]}"
    _pg_command(f'CREATE DATABASE "{name}"')
    url = make_url(PG_URL).set(database=name, password=URL_PASSWORD)
    yield url.render_as_string(hide_password=False)
    _pg_command(f'DROP DATABASE "{name}" WITH (FORCE)')


def _log_text() -> str:
    from studio_app.logs import log_dir

    return "".join(p.read_text(encoding="utf-8") for p in log_dir().glob("*.log*"))


@needs_pg
def test_server_init_makes_the_schema_and_the_county_admin(empty_server, capsys):
    assert main(["server-init", "--db", empty_server]) == 0
    out = capsys.readouterr().out
    assert f"版本 {head_revision()}" in out
    assert "县政协管理员“admin”" in out
    assert URL_PASSWORD not in out and ADMIN_PASSWORD not in out
    assert ":***@" in out
    assert URL_PASSWORD not in _log_text() and ADMIN_PASSWORD not in _log_text()

    assert main(["check", "--db", empty_server]) == 0  # its only admin is the county's
    assert "检查通过" in capsys.readouterr().out

    services = Services(open_database(empty_server, create=False))
    try:
        assert services.access.enabled()
        user = services.access.login("admin", ADMIN_PASSWORD)
        assert user.role == Role.COUNTY_ADMIN
        assert user.studio_id is None
    finally:
        services.db.close()


@needs_pg
def test_server_init_takes_the_admin_name(empty_server, capsys):
    assert main(["server-init", "--db", empty_server, "--admin", "xianzhengxie"]) == 0
    services = Services(open_database(empty_server))
    try:
        assert services.access.login("xianzhengxie", ADMIN_PASSWORD).role == Role.COUNTY_ADMIN
    finally:
        services.db.close()


@needs_pg
def test_server_init_refuses_a_database_with_tables_and_changes_nothing(empty_server, capsys):
    engine = create_engine(empty_server)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE payroll (id int)"))
        connection.execute(text("INSERT INTO payroll VALUES (1)"))
    assert main(["server-init", "--db", empty_server]) != 0
    err = capsys.readouterr().err
    assert "不是空的" in err and "public.payroll" in err and "新建一个空数据库" in err
    assert URL_PASSWORD not in err
    with engine.connect() as connection:
        tables = (
            connection.execute(
                text("SELECT table_name FROM information_schema.tables WHERE table_schema='public'")
            )
            .scalars()
            .all()
        )
    engine.dispose()
    assert tables == ["payroll"]  # no schema of ours was made beside it


@needs_pg
def test_server_init_refuses_a_server_already_set_up(empty_server, capsys):
    assert main(["server-init", "--db", empty_server]) == 0
    capsys.readouterr()
    assert main(["server-init", "--db", empty_server, "--admin", "second"]) != 0
    assert "不需要再初始化" in capsys.readouterr().err
    services = Services(open_database(empty_server))
    try:
        admin = services.access.login("admin", ADMIN_PASSWORD)
        assert [u.username for u in services.access.users(admin)] == ["admin"]
    finally:
        services.db.close()


@needs_pg
def test_a_rejected_password_leaves_a_database_server_init_can_finish(
    empty_server, monkeypatch, capsys
):
    monkeypatch.setenv(PASSWORD_ENV, "short")
    assert main(["server-init", "--db", empty_server]) != 0
    assert "密码" in capsys.readouterr().err
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    assert main(["server-init", "--db", empty_server]) == 0


@pytest.mark.parametrize("db", ["studio.sqlite3", "sqlite:///{tmp}/studio.sqlite3"])
def test_server_init_refuses_sqlite(db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    target = db.format(tmp=tmp_path) if "://" in db else str(tmp_path / db)
    assert main(["server-init", "--db", target]) != 0
    err = capsys.readouterr().err
    assert "不需要 server-init" in err and "PostgreSQL" in err
    assert not (tmp_path / "studio.sqlite3").exists()


def test_the_password_is_asked_twice_and_must_match(monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    typed = iter(["county-2026", "county-2026"])
    assert admin_password(interactive=True, ask_secret=lambda _p: next(typed)) == "county-2026"
    typed = iter(["county-2026", "county-2027"])
    with pytest.raises(Exception, match="两次输入的密码不一样"):
        admin_password(interactive=True, ask_secret=lambda _p: next(typed))
    with pytest.raises(Exception, match=PASSWORD_ENV):
        admin_password(interactive=False)


@needs_pg
@pytest.mark.slow  # the county demo at its full size: ~40 s
def test_demo_on_a_server_set_up_fills_the_county_for_its_admin(empty_server, capsys, monkeypatch):
    assert main(["server-init", "--db", empty_server]) == 0
    capsys.readouterr()
    monkeypatch.delenv("STUDIO_USER", raising=False)
    assert main(["demo", "--db", empty_server]) != 0  # logins are on: the admin must sign in
    assert "STUDIO_USER" in capsys.readouterr().err
    monkeypatch.setenv("STUDIO_USER", "admin")
    monkeypatch.setenv("STUDIO_PASSWORD", ADMIN_PASSWORD)
    assert main(["demo", "--db", empty_server]) == 0
    out = capsys.readouterr().out
    assert "3 个工作室" in out and "demo-2026" in out
    for name in ("chengguan-lianluo", "hewan-lianluo", "qingshi-lianluo"):
        assert name in out
    assert "server-init 时设置的账户" in out
    assert URL_PASSWORD not in out


@pytest.mark.slow  # ~25 s; the county demo itself is tested on both backends in tests/core
def test_demo_county_on_sqlite_prints_the_users(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("STUDIO_USER", raising=False)
    path = tmp_path / "county.sqlite3"
    assert main(["demo", "--county", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3 个工作室" in out
    assert (
        "county  县政协管理员" in out and "qingshi-lianluo  联络员（青石乡经济界委员工作室）" in out
    )
    assert main(["demo", "--county", "--force", "--db", str(path)]) != 0


def _migrate_to(url: str, revision: str) -> None:
    from alembic import command

    from studio_app.storage.migrate import alembic_config

    engine = create_engine(url)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


@needs_pg
def test_server_upgrade_brings_an_older_server_to_this_version(empty_server, capsys):
    from studio_app.storage.migrate import known_revisions

    older = known_revisions()[-2]
    _migrate_to(empty_server, older)
    assert main(["server-upgrade", "--db", empty_server]) == 0
    out = capsys.readouterr().out
    assert f"从版本 {older} 升级到 {head_revision()}" in out and URL_PASSWORD not in out
    assert main(["server-upgrade", "--db", empty_server]) == 0
    assert "不需要升级" in capsys.readouterr().out


@needs_pg
def test_server_upgrade_refuses_an_empty_database_and_sqlite(empty_server, tmp_path, capsys):
    assert main(["server-upgrade", "--db", empty_server]) != 0
    assert "server-init" in capsys.readouterr().err
    assert main(["server-upgrade", "--db", str(tmp_path / "studio.sqlite3")]) != 0
    assert "SQLite" in capsys.readouterr().err


@needs_pg
def test_a_pc_connected_in_the_wizard_never_upgrades_the_server(empty_server):
    from studio_app.base.errors import DatabaseError
    from studio_app.opening import locate, open_place
    from studio_app.storage import server_connection
    from studio_app.storage.migrate import known_revisions

    older = known_revisions()[-2]
    _migrate_to(empty_server, older)
    url = make_url(empty_server)
    server_connection.save(
        server_connection.ServerSettings(
            url.host, url.port, url.database, url.username, sslmode="disable"
        ),
        URL_PASSWORD,
    )
    with pytest.raises(DatabaseError, match="server-upgrade"):
        open_place(locate())
    engine = create_engine(empty_server)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == older
    engine.dispose()
