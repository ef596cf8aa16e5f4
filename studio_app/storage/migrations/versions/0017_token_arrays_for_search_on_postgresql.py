"""token arrays for search on PostgreSQL

SQLite narrows a search of households and requests by its FTS5 indexes over ``search_tokens``
(0002, 0006). PostgreSQL had none: each search read every row with LIKE, ~100 ms over a
county's 100,000 requests. Here it gets a GIN index over the same tokens as an array,
``string_to_array(search_tokens, ' ')``: ``@>`` finds the rows holding every token of a term,
1- and 2-character Chinese terms included (pg_trgm's trigrams find none of them, and its word
characters depend on the server's locale). Built from the column as it is: nothing to rewrite.
These indexes are not in the models (like SQLite's FTS5 tables): ``storage.migrate`` knows
their names.

On both databases, a studio's requests are also indexed by id (``ix_request_studio_row``) and by
the request they were merged into (``ix_request_studio_merged``): with the studio's filter
(0016) SQLite read all of a studio's requests to find a page's hundred by id.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("household", "request")


def upgrade() -> None:
    # Not in batch mode: a copy of the table would drop SQLite's full-text triggers (0006).
    op.create_index("ix_request_studio_row", "request", ["studio_id", "id"], unique=False)
    op.create_index(
        "ix_request_studio_merged", "request", ["studio_id", "merged_into_id"], unique=False,
        sqlite_where=sa.text("merged_into_id IS NOT NULL"),
        postgresql_where=sa.text("merged_into_id IS NOT NULL"),
    )  # fmt: skip
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(
            f"CREATE INDEX ix_{table}_token_array ON {table}"
            " USING gin (string_to_array(search_tokens, ' '))"
        )


def downgrade() -> None:
    op.drop_index("ix_request_studio_merged", table_name="request")
    op.drop_index("ix_request_studio_row", table_name="request")
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_token_array")
