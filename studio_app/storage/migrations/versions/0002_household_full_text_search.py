"""household full-text search

Every household gets ``search_tokens``: the letters and digits of its ``search_text`` one by one,
separated by spaces. On SQLite an FTS5 index over that column (every character a token, so
phrase queries find 1- and 2-character Chinese terms, which the trigram tokenizer cannot) is kept
current by triggers. It is an external-content index keyed on the household's rowid:

* a later migration that rebuilds ``household`` (Alembic batch mode copies the table) drops
  these triggers with it and may renumber rowids: it must create them again and rebuild;
* so must anything that runs VACUUM (which may renumber rowids). The online backup API keeps them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 08:05:12.497119
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = (
    """CREATE VIRTUAL TABLE household_fts USING fts5(
        search_tokens, content='household', content_rowid='rowid')""",
    # How many households hold each token: lets a query pick the cheaper plan.
    "CREATE VIRTUAL TABLE household_fts_vocab USING fts5vocab(household_fts, 'row')",
    """CREATE TRIGGER household_fts_insert AFTER INSERT ON household BEGIN
        INSERT INTO household_fts(rowid, search_tokens) VALUES (new.rowid, new.search_tokens);
    END""",
    """CREATE TRIGGER household_fts_delete AFTER DELETE ON household BEGIN
        INSERT INTO household_fts(household_fts, rowid, search_tokens)
        VALUES ('delete', old.rowid, old.search_tokens);
    END""",
    """CREATE TRIGGER household_fts_update AFTER UPDATE OF search_tokens ON household BEGIN
        INSERT INTO household_fts(household_fts, rowid, search_tokens)
        VALUES ('delete', old.rowid, old.search_tokens);
        INSERT INTO household_fts(rowid, search_tokens) VALUES (new.rowid, new.search_tokens);
    END""",
    "INSERT INTO household_fts(household_fts) VALUES ('rebuild')",
)


def _tokens(text: str) -> str:
    # Kept here, not imported: a migration must do what it did when it was written.
    return " ".join(ch for ch in text if ch.isalnum())


def upgrade() -> None:
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_tokens", sa.Text(), nullable=False, server_default="")
        )
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, search_text FROM household")).all()
    if rows:
        bind.execute(
            sa.text("UPDATE household SET search_tokens = :tokens WHERE id = :id"),
            [{"tokens": _tokens(text), "id": household_id} for household_id, text in rows],
        )
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("household_fts_insert", "household_fts_delete", "household_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS household_fts_vocab")
        op.execute("DROP TABLE IF EXISTS household_fts")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_column("search_tokens")
