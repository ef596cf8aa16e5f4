"""token arrays for search on PostgreSQL

SQLite narrows a search of households and requests by its FTS5 indexes over ``search_tokens``
(0002, 0006). PostgreSQL had none: each search read every row with LIKE, ~100 ms over a
county's 100,000 requests. Here it gets a GIN index over the same tokens as an array,
``string_to_array(search_tokens, ' ')``: ``@>`` finds the rows holding every token of a term,
1- and 2-character Chinese terms included (pg_trgm's trigrams find none of them, and its word
characters depend on the server's locale). Built from the column as it is: nothing to rewrite.
These indexes are not in the models (like SQLite's FTS5 tables): ``storage.migrate`` knows
their names.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("household", "request")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(
            f"CREATE INDEX ix_{table}_token_array ON {table}"
            " USING gin (string_to_array(search_tokens, ' '))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_token_array")
