"""answer extensions (延期) and every visitor called back (百分百回访)

* ``request.extension_count``: how many times the answer deadline was extended (延期, with who
  and why in the history), for the figures. Existing requests had none: 0.
* ``request.linked_to_id``: 关联到该提案, a request related to one already 转为提案, whose own
  loop goes on. Existing requests have none.
* A merged request is its visitor's own record: it gets the answer of the request it joined
  and a return visit of its own (``return_visit_due`` set while the call is awaited). Visitors
  merged into a request that is 已答复 now, waiting for its call back, get its answer and its
  return-visit date. Those merged into a request finished before this revision are left as they
  were: they were counted by that request's call back under the rule of the time.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# No batch mode on the way up: rebuilding ``request`` on SQLite would drop the full-text
# triggers of 0006 (and may renumber the rowids they index).
FK = "fk_request_linked_to_id_request"
# The triggers of 0006, created again after the downgrade's rebuild (kept here, not imported).
SQLITE_TRIGGERS = (
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
)


def upgrade() -> None:
    op.add_column(
        "request",
        sa.Column("extension_count", sa.Integer(), nullable=False, server_default="0"),
    )
    if op.get_bind().dialect.name == "sqlite":  # Alembic adds no constraint there: inline
        op.execute(
            f"ALTER TABLE request ADD COLUMN linked_to_id CHAR(32)"
            f" CONSTRAINT {FK} REFERENCES request (id)"
        )
    else:
        op.add_column(
            "request",
            sa.Column(
                "linked_to_id", sa.Uuid(), sa.ForeignKey("request.id", name=FK), nullable=True
            ),
        )
    joined = sa.table(
        "request",
        sa.column("id", sa.Uuid()),
        sa.column("status", sa.String()),
        sa.column("reply", sa.Text()),
        sa.column("answered_at", sa.DateTime()),
        sa.column("return_visit_due", sa.Date()),
        sa.column("merged_into_id", sa.Uuid()),
        sa.column("satisfaction", sa.String()),
    )
    main = joined.alias("main")

    def of_main(column: str):
        return (
            sa.select(main.c[column]).where(main.c.id == joined.c.merged_into_id).scalar_subquery()
        )

    answered_main = (
        sa.select(main.c.id)
        .where(main.c.id == joined.c.merged_into_id, main.c.status == "answered")
        .exists()
    )
    op.execute(
        joined.update()
        .where(joined.c.status == "merged", joined.c.satisfaction.is_(None), answered_main)
        .values(
            reply=of_main("reply"),
            answered_at=of_main("answered_at"),
            return_visit_due=of_main("return_visit_due"),
        )
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    # SQLite drops no column a foreign key names: the table is rebuilt, its triggers with it.
    with op.batch_alter_table("request", recreate="always" if sqlite else "auto") as batch:
        if not sqlite:
            batch.drop_constraint(FK, type_="foreignkey")
        batch.drop_column("linked_to_id")
        batch.drop_column("extension_count")
    if sqlite:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
