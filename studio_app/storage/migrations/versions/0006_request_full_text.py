"""request full-text search

Every request gets ``search_tokens``, the full-text tokens of its ``search_text``: each letter or
digit one token at its own position. A Chinese character (any letter but a-z) stands for
itself, a-z and 0-9 for themselves and the next two of their run ("13812" -> "138 381 812 12
2"), so that searching a phone or a request number looks up pieces held by ~1% of requests, not
ten digits held by all of them. On SQLite an FTS5 index over that column, ``request_fts``, is
kept current by triggers (an update of ``search_tokens``, not every step of the workflow). Like
``household_fts`` (0002) it is an external-content index keyed on the request's rowid:

* a later migration that rebuilds ``request`` (Alembic batch mode copies the table) drops these
  triggers with it and may renumber rowids: it must create them again and rebuild the index
  (``INSERT INTO request_fts(request_fts) VALUES ('rebuild')``), as this one does;
* so must anything that runs VACUUM, which SQLite allows to renumber the rowids of a table
  without an INTEGER PRIMARY KEY (3.40 keeps them; the online backup API always does).

The households' ``household_fts_vocab`` goes: a query now counts the rows its phrases match,
up to a limit, instead of each character's rows (core/search.py, ``full_text_candidates``).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 09:40:12.201884
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = (
    """CREATE VIRTUAL TABLE request_fts USING fts5(
        search_tokens, content='request', content_rowid='rowid')""",
    """CREATE TRIGGER request_fts_insert AFTER INSERT ON request BEGIN
        INSERT INTO request_fts(rowid, search_tokens) VALUES (new.rowid, new.search_tokens);
    END""",
    """CREATE TRIGGER request_fts_delete AFTER DELETE ON request BEGIN
        INSERT INTO request_fts(request_fts, rowid, search_tokens)
        VALUES ('delete', old.rowid, old.search_tokens);
    END""",
    """CREATE TRIGGER request_fts_update AFTER UPDATE OF search_tokens ON request BEGIN
        INSERT INTO request_fts(request_fts, rowid, search_tokens)
        VALUES ('delete', old.rowid, old.search_tokens);
        INSERT INTO request_fts(rowid, search_tokens) VALUES (new.rowid, new.search_tokens);
    END""",
    "INSERT INTO request_fts(request_fts) VALUES ('rebuild')",
    "DROP TABLE household_fts_vocab",
)
BATCH = 1000

# Kept here, not imported: a migration must do what it did when it was written.
_RUNS = re.compile(r"[0-9A-Za-z]+|[^\W_]")  # a run of a-z/0-9, or one other letter or digit


def _tokens(text: str) -> str:
    return " ".join(run[i : i + 3] for run in _RUNS.findall(text) for i in range(len(run)))


def _fill_search_tokens(bind) -> None:
    """Every request's search_tokens, in batches by id (bounded memory at any size)."""
    first = sa.text(f"SELECT id, search_text FROM request ORDER BY id LIMIT {BATCH}")
    after = sa.text(
        f"SELECT id, search_text FROM request WHERE id > :last ORDER BY id LIMIT {BATCH}"
    )
    update = sa.text("UPDATE request SET search_tokens = :tokens WHERE id = :id")
    rows = bind.execute(first).all()
    while rows:
        bind.execute(update, [{"id": i, "tokens": _tokens(text or "")} for i, text in rows])
        rows = bind.execute(after, {"last": rows[-1][0]}).all()


def upgrade() -> None:
    # SQLite adds the column in place (ALTER TABLE): the table is not copied, rowids stay.
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_tokens", sa.Text(), nullable=False, server_default="")
        )
    _fill_search_tokens(op.get_bind())
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:  # the index is built last, over every request as it is
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE household_fts_vocab USING fts5vocab(household_fts, 'row')")
        for name in ("request_fts_insert", "request_fts_delete", "request_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS request_fts")
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_column("search_tokens")
