"""Storage: where the database is, opening it safely, and what it keeps.

Tests taking ``db`` run on SQLite and, when ``STUDIO_TEST_PG_URL`` is set, on PostgreSQL too.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
import shutil
import sqlite3
import uuid
from collections.abc import Sequence
from contextlib import closing
from datetime import UTC, date
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from studio_app.base.errors import DatabaseError, FaultKind
from studio_app.core.models import (
    Base,
    Household,
    HouseholdTag,
    Linkage,
    Member,
    StudioMembership,
)
from studio_app.storage import migrate
from studio_app.storage.database import (
    DB_ENV,
    Database,
    create_db_engine,
    default_db_path,
    resolve_url,
    sqlite_path,
)
from studio_app.storage.migrate import (
    copy_aside,
    current_revision,
    head_revision,
    is_model_object,
    open_database,
)

pytestmark = pytest.mark.pg  # the schema and the engine differ there: also on PostgreSQL

CHINESE = re.compile(r"[\u4e00-\u9fff]")
RARE_NAMES = ["刘䶮", "王堃", "张喆", "李赟", "陈昇", "赵旻", "孙犇", "周垚", "𠮷田", "𠮷𠮷"]


def _is_sqlite(database: Database) -> bool:
    return database.url.get_backend_name() == "sqlite"


def _url_text(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


def _folder_snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _sqlite_rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def _add_members(database: Database, names: Sequence[str]) -> list[uuid.UUID]:
    with database.session() as session:
        members = [Member(name=name, phone="13800000000") for name in names]
        session.add_all(members)
        session.flush()
        return [m.id for m in members]


def _head_sqlite_file(folder: Path, names: Sequence[str] = ()) -> Path:
    """A closed SQLite database at the current head revision, optionally with members."""
    folder.mkdir(exist_ok=True)
    path = folder / "studio.sqlite3"
    database = open_database(path)
    _add_members(database, names)
    database.close()
    return path


# ---- models and migrations agree -----------------------------------------------------------


def test_migrations_create_exactly_the_schema_of_the_models(db):
    with db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert schema_differences(connection) == []
        tables = set(inspect(connection).get_table_names())
    assert set(Base.metadata.tables) <= tables
    full_text = {  # SQLite's FTS5 indexes (migrations 0002, 0006) and their shadow tables
        f"{table}_fts{part}"
        for table in ("household", "request")
        for part in ("", "_data", "_idx", "_docsize", "_config")
    }
    extra = {"alembic_version"} | (full_text if db.engine.dialect.name == "sqlite" else set())
    assert tables - set(Base.metadata.tables) == extra


def test_the_schema_check_notices_a_difference(db):
    # Proof that the comparison above can fail: a column the models do not know about.
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE member ADD COLUMN nickname VARCHAR(20)"))
    with db.engine.connect() as connection:
        differences = schema_differences(connection)
    assert [(d[0], d[2], d[3].name) for d in differences] == [
        ("remove_column", "member", "nickname")
    ]


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(StudioMembership(studio_id=uuid.uuid4(), member_id=uuid.uuid4()))


# ---- SQLite settings ---------------------------------------------------------------------------


def _pragmas(connection) -> dict[str, object]:
    return {
        name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }


EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,
    "foreign_keys": 1,
    "busy_timeout": 5000,
}


def test_sqlite_pragmas_are_in_force_on_every_pooled_connection(sqlite_db):
    # Several connections checked out at once are several DBAPI connections from the pool.
    connections = [sqlite_db.engine.connect() for _ in range(4)]
    try:
        dbapi = {id(c.connection.dbapi_connection) for c in connections}
        assert len(dbapi) == 4
        for connection in connections:
            assert _pragmas(connection) == EXPECTED_PRAGMAS
    finally:
        for connection in connections:
            connection.close()
    # Returned to the pool and handed out again, and after the pool is emptied.
    with sqlite_db.engine.connect() as connection:
        assert _pragmas(connection) == EXPECTED_PRAGMAS
    sqlite_db.engine.dispose()
    with sqlite_db.engine.connect() as connection:
        assert _pragmas(connection) == EXPECTED_PRAGMAS
    with sqlite_db.session() as session:
        assert _pragmas(session.connection()) == EXPECTED_PRAGMAS


def test_sqlite_file_is_left_in_wal_mode(tmp_path):
    path = _head_sqlite_file(tmp_path / "data", ["张三"])
    assert _sqlite_rows(path, "PRAGMA journal_mode") == [("wal",)]


# ---- copying aside before an upgrade ----------------------------------------------------------


def test_copy_aside_makes_a_consistent_copy_including_uncheckpointed_writes(sqlite_db):
    path = sqlite_path(sqlite_db.url)
    names = [f"委员{i:03d}" for i in range(200)]
    _add_members(sqlite_db, names)
    # The pool keeps connections open, so recent commits are still only in the -wal file.
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0

    copy = copy_aside(path, "0001")

    assert copy.parent == path.parent / "before-upgrade"
    assert copy.name.startswith("studio-0001-") and copy.suffix == ".sqlite3"
    assert _sqlite_rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert [r[0] for r in _sqlite_rows(copy, "SELECT name FROM member ORDER BY name")] == names
    assert _sqlite_rows(copy, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    # The original is untouched and still usable.
    with sqlite_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 200


NEXT_REVISION = '''
"""test-only revision after the real head"""

import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
'''

ADD_TABLE = (
    """    op.create_table("upgrade_probe", sa.Column("id", sa.Integer, primary_key=True))"""
)


def _migrations_with_next_revision(tmp_path, monkeypatch, body: str = ADD_TABLE) -> str:
    """Make the program's migrations one revision longer than the real ones; returns the old head.

    A database at the real head then sits at an older, known revision — exactly the situation
    after the user installs a newer version of the program.
    """
    old_head = head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9000_test_next.py").write_text(
        NEXT_REVISION.format(down=old_head, body=body), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    assert head_revision() == "9000"
    return old_head


def test_database_at_an_older_revision_is_upgraded(db, tmp_path, monkeypatch):
    _add_members(db, ["张三"])
    url = _url_text(db)
    db.close()
    old_head = _migrations_with_next_revision(tmp_path, monkeypatch)
    copies = []
    monkeypatch.setattr(migrate, "copy_aside", lambda p, r: copies.append(r) or copy_aside(p, r))

    upgraded = open_database(url)
    try:
        with upgraded.engine.connect() as connection:
            assert current_revision(connection) == "9000"
            assert "upgrade_probe" in inspect(connection).get_table_names()
        with upgraded.session() as session:
            assert session.scalars(select(Member.name)).all() == ["张三"]
    finally:
        upgraded.close()
    # Only a SQLite file is copied aside (a PostgreSQL server has its own backups).
    assert copies == ([old_head] if _is_sqlite(db) else [])


def test_sqlite_file_is_copied_aside_before_it_is_upgraded(tmp_path, monkeypatch):
    path = _head_sqlite_file(tmp_path / "data", ["张三", "李四"])
    old_head = _migrations_with_next_revision(tmp_path, monkeypatch)

    open_database(path).close()

    copies = list((path.parent / "before-upgrade").iterdir())
    assert len(copies) == 1
    copy = copies[0]
    assert copy.name.startswith(f"studio-{old_head}-")
    # The copy is the database as it was: old revision, no new table, all rows, consistent.
    assert _sqlite_rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert _sqlite_rows(copy, "SELECT version_num FROM alembic_version") == [(old_head,)]
    assert _sqlite_rows(copy, "SELECT name FROM member ORDER BY name") == [("张三",), ("李四",)]
    copy_tables = {r[0] for r in _sqlite_rows(copy, "SELECT name FROM sqlite_master")}
    assert "upgrade_probe" not in copy_tables
    # The original moved on.
    assert _sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("9000",)]


def test_a_failed_upgrade_is_undone_completely(tmp_path, monkeypatch):
    path = _head_sqlite_file(tmp_path / "data", ["张三"])
    failing = (
        ADD_TABLE
        + """
    op.add_column("member", sa.Column("nickname", sa.String(20)))
    raise RuntimeError("migration failed")"""
    )
    old_head = _migrations_with_next_revision(tmp_path, monkeypatch, failing)

    with pytest.raises(DatabaseError) as caught:
        open_database(path)

    (copy,) = (path.parent / "before-upgrade").iterdir()
    message = str(caught.value)
    assert "升级失败" in message and "migration failed" in message and str(copy) in message
    # Nothing of the failed step remains (SQLite DDL is transactional only if we make it so).
    assert _sqlite_rows(path, "SELECT version_num FROM alembic_version") == [(old_head,)]
    assert _sqlite_rows(path, "SELECT name FROM member") == [("张三",)]
    tables = {r[0] for r in _sqlite_rows(path, "SELECT name FROM sqlite_master")}
    assert "upgrade_probe" not in tables
    columns = {r[1] for r in _sqlite_rows(path, "PRAGMA table_info(member)")}
    assert "nickname" not in columns
    assert _sqlite_rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_an_upgrade_may_rebuild_a_table_that_other_rows_point_at(tmp_path, monkeypatch):
    # SQLite cannot ALTER most things, so Alembic (batch mode) copies the table, drops the old
    # one and renames the copy. With foreign keys on, dropping ``household`` would fail (or
    # cascade to its tags) as soon as any row points at it.
    path = tmp_path / "data" / "studio.sqlite3"
    path.parent.mkdir()
    database = open_database(path)
    with database.session() as session:
        member = Member(name="张三", phone="13800000000")
        household = Household(
            head_name="李四", phone="13900000000", tags=[HouseholdTag(tag="低保")]
        )
        session.add_all([member, household])
        session.flush()
        session.add(Linkage(member_id=member.id, household_id=household.id, since=date(2026, 1, 1)))
    database.close()
    rebuild = """    with op.batch_alter_table("household", recreate="always") as batch:
        batch.add_column(sa.Column("extra", sa.Text(), nullable=True))"""
    _migrations_with_next_revision(tmp_path, monkeypatch, rebuild)

    upgraded = open_database(path)
    try:
        with upgraded.engine.connect() as connection:
            assert current_revision(connection) == "9000"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert connection.exec_driver_sql("SELECT count(*) FROM household_tag").scalar() == 1
            assert connection.exec_driver_sql("SELECT count(*) FROM linkage").scalar() == 1
            extra = connection.exec_driver_sql("SELECT extra FROM household").all()
            assert extra == [(None,)]
        # Foreign keys are enforced again on the connections the program goes on using.
        with pytest.raises(IntegrityError), upgraded.session() as session:
            session.add(StudioMembership(studio_id=uuid.uuid4(), member_id=uuid.uuid4()))
    finally:
        upgraded.close()


def test_older_database_is_not_touched_when_upgrading_is_not_allowed(tmp_path, monkeypatch):
    path = _head_sqlite_file(tmp_path / "data", ["张三"])
    before = _folder_snapshot(path.parent)
    _migrations_with_next_revision(tmp_path, monkeypatch)

    with pytest.raises(DatabaseError, match="需要升级"):
        open_database(path, upgrade_schema=False)

    assert _folder_snapshot(path.parent) == before


def test_opening_at_head_or_creating_makes_no_copy(tmp_path):
    path = _head_sqlite_file(tmp_path / "data", ["张三"])
    open_database(path).close()
    assert sorted(p.name for p in path.parent.iterdir()) == ["studio.sqlite3"]


# ---- refusing what is not ours --------------------------------------------------------------


def test_database_from_a_newer_program_is_refused_and_left_alone(db):
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_future'"))
    url = _url_text(db)
    db.close()
    path = sqlite_path(db.url)
    before = _folder_snapshot(path.parent) if path else None

    with pytest.raises(DatabaseError) as caught:
        open_database(url)

    message = str(caught.value)
    assert "更新版本" in message and "9999_from_future" in message
    assert CHINESE.search(message)
    if path:
        assert _folder_snapshot(path.parent) == before
        assert not (path.parent / "before-upgrade").exists()
    else:
        again = Database(db.url, create_db_engine(db.url))
        try:
            with again.engine.connect() as connection:
                assert current_revision(connection) == "9999_from_future"
        finally:
            again.close()


def _random_bytes() -> bytes:
    return random.Random(20261123).randbytes(64 * 1024)


def _text_file() -> bytes:
    return ("姓名,电话,界别\n" + "张三,13800000000,经济界\n" * 500).encode("utf-8")


def _real_database(tmp_path) -> bytes:
    return _head_sqlite_file(tmp_path / "source", [f"委员{i}" for i in range(100)]).read_bytes()


NOT_A_DATABASE = {
    "random-bytes": lambda tmp_path: _random_bytes(),
    "text-file": lambda tmp_path: _text_file(),
    "only-the-header": lambda tmp_path: _real_database(tmp_path)[:100],
    "one-page": lambda tmp_path: _real_database(tmp_path)[:4096],
    "half-a-database": lambda tmp_path: (lambda b: b[: len(b) // 2 // 4096 * 4096])(
        _real_database(tmp_path)
    ),
}


@pytest.mark.parametrize("kind", NOT_A_DATABASE)
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path, kind):
    content = NOT_A_DATABASE[kind](tmp_path)
    folder = tmp_path / "picked"
    folder.mkdir()
    path = folder / "studio.sqlite3"
    path.write_bytes(content)
    before = _folder_snapshot(folder)

    with pytest.raises(DatabaseError) as caught:
        open_database(path)

    message = str(caught.value)
    assert caught.value.kind == FaultKind.DAMAGED
    assert "已损坏" in message and str(path) in message
    assert _folder_snapshot(folder) == before
    assert path.read_bytes() == content


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "looks-like.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="文件夹"):
        open_database(folder)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_a_sqlite_database_of_another_program_is_refused_and_left_alone(tmp_path, journal_mode):
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA journal_mode={journal_mode}")
        connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('张三', '13800000000')")
        connection.commit()
    before = _folder_snapshot(tmp_path)

    with pytest.raises(DatabaseError) as caught:
        open_database(path)

    message = str(caught.value)
    assert "不是委员工作室助手的数据库" in message and str(path) in message
    assert _folder_snapshot(tmp_path) == before
    assert _sqlite_rows(path, "PRAGMA journal_mode") == [(journal_mode,)]


# ---- where the database is ------------------------------------------------------------------


def test_resolve_url_of_a_path_is_an_absolute_sqlite_url(tmp_path, monkeypatch):
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    url = resolve_url("data/委员.sqlite3")
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(tmp_path.resolve() / "data" / "委员.sqlite3")
    assert sqlite_path(url) == tmp_path.resolve() / "data" / "委员.sqlite3"
    assert resolve_url(tmp_path / "a.db").database == str(tmp_path.resolve() / "a.db")


def test_resolve_url_expands_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    url = resolve_url("~/工作室/studio.sqlite3")
    assert url.database == str(tmp_path.resolve() / "工作室" / "studio.sqlite3")


def test_resolve_url_keeps_sqlalchemy_urls(tmp_path):
    sqlite_url = resolve_url(f"sqlite:///{tmp_path}/x.sqlite3")
    assert sqlite_url.drivername == "sqlite"
    assert sqlite_url.database == f"{tmp_path}/x.sqlite3"

    pg = resolve_url("postgresql+psycopg://studio:s3cret@db.example.org:6543/studio_data")
    assert pg.drivername == "postgresql+psycopg"
    assert (pg.username, pg.password, pg.host, pg.port, pg.database) == (
        "studio",
        "s3cret",
        "db.example.org",
        6543,
        "studio_data",
    )
    assert sqlite_path(pg) is None
    assert sqlite_path(resolve_url("sqlite://")) is None  # in-memory


def test_resolve_url_uses_the_environment_only_when_no_db_is_given(tmp_path, monkeypatch):
    monkeypatch.setenv(DB_ENV, str(tmp_path / "from-env.sqlite3"))
    assert resolve_url(None).database == str(tmp_path / "from-env.sqlite3")
    assert resolve_url(tmp_path / "given.sqlite3").database == str(tmp_path / "given.sqlite3")

    monkeypatch.setenv(DB_ENV, "postgresql+psycopg://u@h/d")
    assert resolve_url().drivername == "postgresql+psycopg"

    monkeypatch.delenv(DB_ENV)
    assert resolve_url().database == str(default_db_path().resolve())
    monkeypatch.setenv(DB_ENV, "")
    assert resolve_url().database == str(default_db_path().resolve())


# ---- what the database keeps ------------------------------------------------------------------


def test_a_committed_member_survives_closing_and_reopening(db):
    with db.session() as session:
        member = Member(name="张三", phone="13800000000", sector="经济界", notes="第一条")
        session.add(member)
    member_id = member.id
    url = _url_text(db)
    db.close()

    if _is_sqlite(db):  # on disk, readable without this program
        rows = _sqlite_rows(sqlite_path(db.url), "SELECT name, phone, version FROM member")
        assert rows == [("张三", "13800000000", 1)]

    again = open_database(url)
    try:
        with again.session() as session:
            loaded = session.get(Member, member_id)
            assert (loaded.name, loaded.phone, loaded.sector, loaded.notes) == (
                "张三",
                "13800000000",
                "经济界",
                "第一条",
            )
            assert loaded.version == 1
            assert loaded.created_at.tzinfo == UTC
    finally:
        again.close()


def test_a_stale_edit_is_refused(db):
    (member_id,) = _add_members(db, ["张三"])

    with pytest.raises(StaleDataError), db.session() as second:
        stale = second.get(Member, member_id)
        assert stale.version == 1
        with db.session() as first:
            first.get(Member, member_id).phone = "13900000001"
        stale.phone = "13900000002"  # committed when the block ends -> refused

    with db.session() as session:
        member = session.get(Member, member_id)
        assert (member.phone, member.version) == ("13900000001", 2)


def test_rare_characters_in_names_round_trip_exactly(db):
    ids = _add_members(db, RARE_NAMES)
    with db.session() as session:
        notes = session.get(Member, ids[-1])
        notes.notes = "联系人：𠮷田、刘䶮"

    with db.session() as session:
        by_id = {m.id: m for m in session.scalars(select(Member))}
        assert [by_id[i].name for i in ids] == RARE_NAMES
        assert by_id[ids[-1]].notes == "联系人：𠮷田、刘䶮"
        for name in RARE_NAMES:
            # Stored as characters, not as surrogate pairs or replacement marks.
            found = session.execute(
                select(Member.name, func.length(Member.name)).where(Member.name == name)
            ).all()
            assert found == [(name, len(name))]
        like = session.scalars(select(Member.name).where(Member.name.like("%𠮷%"))).all()
        assert sorted(like) == sorted(["𠮷田", "𠮷𠮷"])


def test_a_file_in_the_data_path_gives_a_chinese_message(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseError, match="不是可写入的文件夹"):
        open_database(blocker / "studio.sqlite3")
    assert blocker.read_text() == "not a folder"


def test_revision_files_follow_the_convention_the_fast_open_relies_on():
    """open_database reads revisions from file names; Alembic must agree with them."""
    from alembic.script import ScriptDirectory

    from studio_app.storage.migrate import alembic_config, head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    chain = list(reversed(list(script.walk_revisions())))  # oldest first
    assert [s.revision for s in chain] == known_revisions()
    assert script.get_heads() == [head_revision()]
    for older, newer in itertools.pairwise(chain):
        assert newer.down_revision == older.revision  # one straight line, no branches
    for s in chain:
        assert Path(s.path).name.startswith(f"{s.revision}_")


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "s.sqlite3"
    open_database(db).close()
    code = (
        "import sys; from studio_app.storage.migrate import open_database; "
        f"open_database({str(db)!r}); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def schema_differences(connection: Connection) -> list:
    """What differs between the models and the migrated database (empty when they agree)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    options = {"compare_type": True, "include_name": is_model_object}
    return compare_metadata(MigrationContext.configure(connection, opts=options), Base.metadata)
