"""Setting up a county's PostgreSQL server (``studio-app server-init``): the schema and the
first 县政协管理员, on an empty database only; and connecting a PC to it (the first-run
wizard's "连接县政协服务器": ``test_server``, ``connect_server``).

The server itself (the database, its login role, TLS, backups) is set up by the county's IT
person as the README says; this makes the program's tables in it (the same Alembic migrations
as opening a database runs) and the county administrator who then adds the studios' users in
the window. A SQLite file needs none of this: the program creates it on first start.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL

from studio_app.base.enums import Role
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr, trn
from studio_app.core.services import Services
from studio_app.opening import DataPlace, open_place
from studio_app.storage import database as storage
from studio_app.storage import server_connection
from studio_app.storage.migrate import current_revision, head_revision, open_database
from studio_app.storage.server import existing_tables, unfinished_setup
from studio_app.storage.server_connection import SSL_MODES, ConnectionCheck, Outcome, ServerSettings

__all__ = [
    "SSL_MODES", "ConnectionCheck", "Outcome", "ServerInit", "ServerSettings", "ServerUpgrade",
    "connect_server", "init_server", "test_server", "upgrade_server",
]  # fmt: skip

DEFAULT_ADMIN = "admin"
SHOWN_TABLES = 5  # the refusal names this many of the tables found


@dataclass(frozen=True)
class ServerInit:
    """What ``init_server`` did.

    Attributes:
        database: the server's database, its password hidden.
        revision: the schema revision created.
        admin: the 县政协管理员's user name.
    """

    database: str
    revision: str
    admin: str


def masked(url: URL) -> str:
    """The URL as it may be shown or logged: its password replaced by ***."""
    return url.render_as_string(hide_password=True)


def refuse_unless_server(url: URL) -> None:
    """Only a PostgreSQL server is set up with ``server-init``."""
    if storage.is_sqlite(url):
        raise StudioError(
            tr(
                "“{db}”是一台电脑上的数据库文件（SQLite），不需要 server-init：程序第一次打开它时"
                "会自动建好，首次使用向导会设置管理员。server-init 只用于县政协的 PostgreSQL 服务器，"
                "例如 --db postgresql+psycopg://studio@服务器地址/studio。"
            ).format(db=storage.sqlite_path(url) or masked(url))
        )
    if url.get_backend_name() != "postgresql":
        raise StudioError(
            tr(
                "server-init 只支持 PostgreSQL 服务器（postgresql+psycopg://…），不支持“{db}”。"
            ).format(db=masked(url))
        )


def refuse_unless_empty(url: URL) -> None:
    """A database with any table in it is not set up again (nor someone else's overwritten)."""
    found = existing_tables(url)
    if not found or unfinished_setup(url):
        return
    shown = tr("、").join(found[:SHOWN_TABLES]) + (tr("等") if len(found) > SHOWN_TABLES else "")
    raise StudioError(
        trn(
            "服务器上的数据库“{db}”不是空的：已有 %n 个数据表（{tables}），没有做任何改动。"
            "如果它已经是委员工作室助手的数据库，不需要再初始化：直接在各台电脑上连接它；"
            "如果要重新开始，请让数据库管理员新建一个空数据库（CREATE DATABASE … OWNER …）"
            "再运行 server-init。",
            len(found),
        ).format(db=masked(url), tables=shown)
    )


def init_server(url: URL, admin: str, password: str) -> ServerInit:
    """Create the schema in the empty PostgreSQL database at ``url`` and its first user, the
    县政协管理员 ``admin`` with ``password``."""
    refuse_unless_server(url)
    refuse_unless_empty(url)
    services = Services(open_database(url))
    try:
        services.access.create_first_admin(
            admin, tr("县政协管理员"), password, role=Role.COUNTY_ADMIN
        )
    finally:
        services.db.close()
    return ServerInit(masked(url), head_revision(), admin)


@dataclass(frozen=True)
class ServerUpgrade:
    """What ``upgrade_server`` did: the schema revision before and after (equal: nothing)."""

    database: str
    before: str
    after: str


def upgrade_server(url: URL) -> ServerUpgrade:
    """``studio-app server-upgrade``: bring the county server's schema to this program's (the
    same migrations as opening a file runs). Done by the county's IT person with the database
    login that owns the schema, once, when the county installs a new version: the studios'
    PCs never upgrade the server themselves (``opening.open_place``)."""
    refuse_unless_server(url)
    with storage.create_db_engine(url).connect() as connection:
        before = current_revision(connection)
    if before is None:
        raise StudioError(
            tr(
                "服务器上的数据库“{db}”还没有初始化，没有什么可升级的。请先运行 server-init。"
            ).format(db=masked(url))
        )
    open_database(url).close()  # refuses a newer schema; upgrades an older one in one transaction
    return ServerUpgrade(masked(url), before, head_revision())


def test_server(settings: ServerSettings, password: str) -> ConnectionCheck:
    """The wizard's 测试连接: what connecting with ``settings`` finds, in Chinese."""
    return server_connection.check(settings, password)


def connect_server(
    settings: ServerSettings, password: str
) -> tuple[ConnectionCheck, Services | None]:
    """Test the connection and, when it works, remember it (this PC opens that server from
    now on; the password in the user's private password file) and open it."""
    result = server_connection.check(settings, password)
    if not result.ok:
        return result, None
    url = server_connection.save(settings, password)
    return result, open_place(DataPlace(url))
