"""Opening a database: check its schema revision, copy it aside, upgrade it with Alembic.

The schema is created and changed only by the revisions in ``migrations/versions``. A database
whose revision this program does not know was written by a newer version and is refused.

Revisions form one line and each file is named after its id (``0002_add_x.py`` holds revision
``0002``; tests hold Alembic to this), so opening a database that is already up to date reads
the revision with one SELECT and never imports Alembic, which would cost ~0.1 s at start-up.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from studio_app.base.errors import DatabaseError
from studio_app.base.i18n import tr, trn
from studio_app.base.private import create_file, make_folder, restrict
from studio_app.base.redact import describe
from studio_app.storage import asides, faults
from studio_app.storage.database import Database, create_db_engine, resolve_url, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("studio_app.storage")
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
QUICK_CHECK_MAX_BYTES = 200 * 1024 * 1024
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def is_model_object(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Alembic's filter: the SQLite full-text tables (migrations 0002, 0006) and PostgreSQL's
    search indexes (0017, 0020) are not in the models."""
    if name is None:
        return True
    if type_ == "index":
        return name not in SEARCH_INDEXES
    return not (type_ == "table" and name.startswith(("household_fts", "request_fts")))


SEARCH_INDEXES = frozenset(
    {"ix_household_token_array", "ix_request_token_array", "ix_request_bigrams", "ix_request_walk"}
)


def known_revisions() -> list[str]:
    """The revisions this program ships, oldest first (from the file names)."""
    return sorted(
        p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")
    )


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for a database Alembic never touched."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def copy_aside(path: Path, revision: str | None) -> Path:
    """A consistent copy of the SQLite file (online backup API) next to it, before a migration;
    private (0600 in a 0700 folder), and older copies pruned (``storage.asides``)."""
    folder = asides.folder(path, asides.BEFORE_UPGRADE)
    target = folder / f"{path.stem}-{revision or 'empty'}-{asides.stamp()}{path.suffix}"
    create_file(target)
    with sqlite3.connect(path) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    source.close()
    dest.close()
    asides.prune(path)
    return target


def upgrade(connection: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _upgrade_sqlite(engine: Engine) -> None:
    """Upgrade the way SQLite documents for schema changes (sqlite.org/lang_altertable.html).

    Foreign keys off, so rebuilding a table (Alembic batch mode) does not trip over or cascade
    to the rows that point at it; one transaction that covers the DDL too (pysqlite would
    commit before each CREATE/DROP), so a failed step leaves nothing half done; then
    ``foreign_key_check`` before committing. The connection is discarded afterwards.
    """
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # ignored inside a transaction
        driver.isolation_level = None  # we issue BEGIN/COMMIT ourselves
        try:
            connection.exec_driver_sql("BEGIN")
            upgrade(connection)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"foreign_key_check after upgrade: {broken[:5]}")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            connection.invalidate()


def upgrade_file(path: Path) -> None:
    """Upgrade the SQLite file at ``path`` to the newest revision where it is, with no copy
    aside: for a private copy whose original stays untouched (a backup being restored)."""
    engine = create_db_engine(resolve_url(path))
    try:
        _upgrade_sqlite(engine)
    finally:
        engine.dispose()


def _restrict_database(path: Path) -> None:
    """The database and what SQLite keeps beside it, the user's alone (0600); SQLite gives a
    new ``-wal``, ``-shm`` or ``-journal`` the mode of the database, so this comes first."""
    for file in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        if file.exists():
            restrict(file)


def _quick_check(connection: Connection, path: Path) -> None:
    """``PRAGMA quick_check`` of a file up to ``QUICK_CHECK_MAX_BYTES`` (a county's larger file
    is checked by the daily backup): a partly damaged database is refused before anything is
    written into it."""
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size > QUICK_CHECK_MAX_BYTES:
        return
    found = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if found != ["ok"]:
        log.info("quick_check of %s: %d problems, first: %s", path, len(found), found[0])
        raise faults.damaged(path, detail=trn("快速检查发现 %n 处问题", len(found)))


def _creation_error(path: Path, exc: OSError) -> DatabaseError:
    found = faults.file_system_fault(path, writing=True)
    if found is not None:
        return found
    return DatabaseError(
        tr(
            "无法在“{folder}”创建数据库：该位置不是可写入的文件夹（路径中可能有同名文件，"
            "或没有写入权限）。请换一个位置。"
        ).format(folder=path.parent)
    )


def open_database(db=None, *, upgrade_schema: bool = True, create: bool | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL.

    Args:
        db: a SQLite file's path or an SQLAlchemy URL (default: ``resolve_url``).
        upgrade_schema: upgrade an older schema (else refuse it).
        create: what may be made into a new database at a SQLite path: None (the script API,
            ``Services(open_database(path))``) makes one where there is no file; True (acts
            that create a database on purpose: ``demo``, the first-run wizard) also takes an
            empty (0-byte) file; False (opening the user's data: the window, the command line)
            refuses both, so a mistyped path or a file emptied by a crash is never silently
            used as a new, empty database.

    A file that is a folder, damaged (``PRAGMA quick_check``, files up to 200 MB), read-only,
    locked, or not ours is refused with a Chinese ``DatabaseError`` (a ``DatabaseFault`` for
    the faults of ``storage.faults``) and left as it is.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    new = False
    if path is not None:
        fault = faults.diagnose(path, missing_ok=create is not False, empty_ok=bool(create))
        if fault is not None:
            raise fault
        new = not path.exists()
        try:
            make_folder(path.parent)
            if new:
                create_file(path)  # 0600 before SQLite writes a byte into it
        except OSError as exc:
            raise _creation_error(path, exc) from exc
    try:
        database = _open(url, path, upgrade_schema=upgrade_schema, new=new)
    except BaseException:
        if new:  # nothing half-made is left to be taken for a database next time
            for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise
    return database


def _open(url, path: Path | None, *, upgrade_schema: bool, new: bool) -> Database:
    try:
        engine = create_db_engine(url)
    except OSError as exc:  # the folder cannot be made: a file stands in the path, no permission
        raise _creation_error(path, exc) if path is not None else DatabaseError(str(exc)) from exc
    # Look over a plain connection first: the engine's connect hook switches the file to WAL,
    # which would rewrite the header of a file that turns out not to be ours.
    looker = (
        create_engine(
            url, poolclass=NullPool, hide_parameters=True,
            connect_args={"timeout": faults.LOCK_WAIT_SECONDS},
        )
        if path is not None
        else engine
    )  # fmt: skip
    try:
        with looker.connect() as connection:
            if path is not None and not new:
                _quick_check(connection, path)
            revision = current_revision(connection)
            tables = set(inspect(connection).get_table_names())
    except DBAPIError as exc:
        engine.dispose()
        raise _open_error(url, path, exc) from exc
    except BaseException:
        engine.dispose()
        raise

    if revision is None and tables:
        engine.dispose()
        raise DatabaseError(
            tr(
                "“{name}”不是委员工作室助手的数据库（里面已有其他数据表）。请选择正确的数据库文件。"
            ).format(name=path or url.render_as_string(hide_password=True))
        )
    if revision is not None and revision not in known_revisions():
        engine.dispose()
        raise DatabaseError(
            tr(
                "这个数据库由更新版本的委员工作室助手创建（结构版本 {rev}），本程序无法打开，"
                "以免损坏数据。请安装最新版本后再打开。"
            ).format(rev=revision)
        )
    if path is not None and not new:
        _restrict_database(path)  # ours: before the engine's first connection makes a -wal
    head = head_revision()
    if revision != head:
        if not upgrade_schema:
            engine.dispose()
            raise DatabaseError(
                tr("数据库结构需要升级（当前 {cur}，需要 {head}）。").format(
                    cur=revision or tr("空"), head=head
                )
            )
        saved = None
        try:
            if path is not None and revision is not None:
                saved = copy_aside(path, revision)
                log.info("copied %s aside to %s before upgrading", path, saved)
            if path is not None:
                _upgrade_sqlite(engine)
            else:
                with engine.begin() as connection:
                    upgrade(connection)
        except Exception as exc:
            engine.dispose()
            fault = faults.translate(exc, url, path)
            if isinstance(exc, OSError) and path is not None:
                fault = fault or faults.file_system_fault(path, writing=True)
            if fault is not None:
                raise fault from exc
            log.error("upgrading %s from %s failed: %s", url, revision, describe(exc))
            raise DatabaseError(
                tr("数据库结构升级失败，已撤销，数据保持原样。{copy}错误：{error}").format(
                    copy=tr("升级前的副本：{path}。").format(path=saved) if saved else "",
                    error=describe(exc),
                )
            ) from exc
        log.info("database %s upgraded from %s to %s", url, revision, head)
    return Database(url, engine)


def _open_error(url, path: Path | None, exc: DBAPIError) -> DatabaseError:
    fault = faults.translate(exc, url, path)
    if fault is not None:
        return fault
    name = path or url.render_as_string(hide_password=True)
    return DatabaseError(
        tr("无法打开数据库“{name}”：{error}").format(name=name, error=describe(exc.orig or exc))
    )


def _make_revision(message: str) -> None:
    """Developer tool: autogenerate a revision against a fresh SQLite database at head."""
    import tempfile

    from alembic import command

    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "gen.sqlite3")
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            next_id = f"{int(head_revision()) + 1:04d}"  # the file-name convention above
            command.revision(config, message=message, autogenerate=True, rev_id=next_id)
        database.close()


if __name__ == "__main__":  # python -m studio_app.storage.migrate "message"
    _make_revision(" ".join(sys.argv[1:]) or "schema change")
