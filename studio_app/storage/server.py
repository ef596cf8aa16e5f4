"""A county's PostgreSQL server before the program uses it: is the database empty?

``server-init`` sets up only an empty database: one with anything in it (another program's
tables, or a studio database set up before) is left alone, and the county's IT person is told
what was found.
"""

from __future__ import annotations

from sqlalchemy import URL, inspect, text
from sqlalchemy.exc import DBAPIError

from studio_app.base.errors import DatabaseError
from studio_app.storage import faults
from studio_app.storage.database import create_db_engine
from studio_app.storage.migrate import current_revision, head_revision

SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog", "pg_toast"})


def existing_tables(url: URL) -> list[str]:
    """The tables and views in the database at ``url`` outside PostgreSQL's own schemas
    (``schema.table``, sorted); a fault of the server is raised as a Chinese
    ``DatabaseFault``."""
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            look = inspect(connection)
            found = []
            for schema in look.get_schema_names():
                if schema in SYSTEM_SCHEMAS or schema.startswith("pg_"):
                    continue
                names = look.get_table_names(schema) + look.get_view_names(schema)
                found += [f"{schema}.{name}" for name in names]
            return sorted(found)
    except DBAPIError as exc:
        fault = faults.translate(exc, url, None)
        raise (fault or DatabaseError(str(exc.orig or exc))) from exc
    finally:
        engine.dispose()


def unfinished_setup(url: URL) -> bool:
    """Whether the database holds only what an interrupted ``server-init`` left: this
    program's schema at the newest revision with no user, studio or member yet (the schema
    is made before the administrator: a rejected password or a dropped connection in between
    must not leave a database that can never be set up)."""
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            if current_revision(connection) != head_revision():
                return False
            return not any(
                connection.execute(text(f"SELECT EXISTS (SELECT 1 FROM {table})")).scalar()
                for table in ("app_user", "studio", "member")
            )
    except DBAPIError:
        return False
    finally:
        engine.dispose()
