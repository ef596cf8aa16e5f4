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
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from studio_app.base.errors import DatabaseError
from studio_app.base.i18n import tr
from studio_app.storage.database import Database, create_db_engine, resolve_url, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("studio_app.storage")
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def is_model_object(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Alembic's filter: the SQLite full-text tables (migrations 0002, 0006) are not in the
    models."""
    return not (
        type_ == "table" and name is not None and name.startswith(("household_fts", "request_fts"))
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
    """A consistent copy of the SQLite file (online backup API) next to it, before a migration."""
    folder = path.parent / "before-upgrade"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # two upgrades a second stay apart
    target = folder / f"{path.stem}-{revision or 'empty'}-{stamp}{path.suffix}"
    with sqlite3.connect(path) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    source.close()
    dest.close()
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


def open_database(db=None, *, upgrade_schema: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None and path.is_dir():
        raise DatabaseError(
            tr("“{path}”是一个文件夹，不是数据库文件。请选择一个数据库文件。").format(path=path)
        )
    try:
        engine = create_db_engine(url)
    except OSError as exc:  # the folder cannot be made: a file stands in the path, no permission
        raise DatabaseError(
            tr(
                "无法在“{folder}”创建数据库：该位置不是可写入的文件夹（路径中可能有同名文件，"
                "或没有写入权限）。请换一个位置。"
            ).format(folder=path.parent if path else url)
        ) from exc
    # Look over a plain connection first: the engine's connect hook switches the file to WAL,
    # which would rewrite the header of a file that turns out not to be ours.
    looker = (
        create_engine(url, poolclass=NullPool) if path is not None and path.is_file() else engine
    )
    try:
        with looker.connect() as connection:
            revision = current_revision(connection)
            tables = set(inspect(connection).get_table_names())
    except (SADatabaseError, OperationalError) as exc:
        engine.dispose()
        raise _open_error(url, exc) from exc

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
        if path is not None and revision is not None:
            saved = copy_aside(path, revision)
            log.info("copied %s aside to %s before upgrading", path, saved)
        try:
            if path is not None:
                _upgrade_sqlite(engine)
            else:
                with engine.begin() as connection:
                    upgrade(connection)
        except Exception as exc:
            engine.dispose()
            log.exception("upgrading %s from %s failed", url, revision)
            raise DatabaseError(
                tr("数据库结构升级失败，已撤销，数据保持原样。{copy}错误：{error}").format(
                    copy=tr("升级前的副本：{path}。").format(path=saved) if saved else "",
                    error=exc,
                )
            ) from exc
        log.info("database %s upgraded from %s to %s", url, revision, head)
    return Database(url, engine)


def _open_error(url, exc: Exception) -> DatabaseError:
    text = str(exc.__cause__ or exc)
    name = sqlite_path(url) or url.render_as_string(hide_password=True)
    if "not a database" in text or "malformed" in text:
        return DatabaseError(
            tr(
                "“{name}”不是有效的数据库文件，或者文件已损坏。请选择正确的文件，或从备份恢复。"
            ).format(name=name)
        )
    if "unable to open" in text:
        return DatabaseError(
            tr("无法打开数据库“{name}”：文件夹不存在或没有写入权限。请换一个位置。").format(
                name=name
            )
        )
    return DatabaseError(tr("无法连接数据库“{name}”：{error}").format(name=name, error=text))


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
