"""Alembic environment. Always run through studio_app.storage.migrate with a connection."""

from __future__ import annotations

from alembic import context

from studio_app.core.models import Base
from studio_app.storage.migrate import is_model_object

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
    compare_type=True,
    include_name=is_model_object,
    transaction_per_migration=True,  # each step commits on its own, as Vorta does
)
with context.begin_transaction():
    context.run_migrations()
