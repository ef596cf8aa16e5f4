"""Moving a test database to a given schema revision, up or down, as the migration tests do."""

from __future__ import annotations

from sqlalchemy import create_engine

from studio_app.storage.migrate import alembic_config


def migrate(url: str, revision: str, *, down: bool = False) -> None:
    """Upgrade (or with ``down`` downgrade) the database at ``url`` to ``revision``."""
    from alembic import command

    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()
