"""proposals (提案) and 社情民意 items with their members and course

* ``proposal``: a proposal or a 社情民意 item, the sections of its standard form, the common
  issue it came from, and its course's result (step, submitted_on, accepted, level,
  instructed, satisfaction) for the lists and the points.
* ``proposal_member``: its members, one 领衔 and any 附议.
* ``proposal_event``: its course, one row per step with the day it happened; rows are only
  inserted (a correction is a row of its own naming the step it replaces).
* ``request.proposal_id``: the item a request was converted into. Requests converted before
  this revision keep only the title in ``close_reason``: none is linked.
* From this revision a converted request's visitor is still called back while
  ``return_visit_due`` is set. Requests converted before it were owed no call under the rule
  of the time: their ``return_visit_due`` is cleared, so none shows as awaiting one.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK = "fk_request_proposal_id_proposal"
INDEX = "ix_request_proposal_id"
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


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "proposal",
        sa.Column("kind", sa.Enum("proposal", "social_opinion", name="proposalkind",
                                  native_enum=False, create_constraint=False, length=20),
                  nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("analysis", sa.Text(), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.Column("units", sa.String(length=500), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("common_issue_id", sa.Uuid(), nullable=True),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("drafted_on", sa.Date(), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("accepted", sa.Boolean(), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=True),
        sa.Column("instructed", sa.Boolean(), nullable=False),
        sa.Column("satisfaction", sa.String(length=20), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["common_issue_id"], ["common_issue.id"],
                                name="fk_proposal_common_issue_id_common_issue"),
        sa.PrimaryKeyConstraint("id", name="pk_proposal"),
    )  # fmt: skip
    for column in ("kind", "common_issue_id", "step", "submitted_on"):
        op.create_index(f"ix_proposal_{column}", "proposal", [column])
    op.create_table(
        "proposal_member",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("proposal_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"],
                                name="fk_proposal_member_proposal_id_proposal"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"],
                                name="fk_proposal_member_member_id_member"),
        sa.PrimaryKeyConstraint("id", name="pk_proposal_member"),
        sa.UniqueConstraint("proposal_id", "member_id", name="uq_proposal_member_proposal_id"),
    )  # fmt: skip
    op.create_index("ix_proposal_member_proposal_id", "proposal_member", ["proposal_id"])
    op.create_index("ix_proposal_member_member_id", "proposal_member", ["member_id"])
    op.create_table(
        "proposal_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("proposal_id", sa.Uuid(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=True),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.String(length=20), nullable=True),
        sa.Column("corrects", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"],
                                name="fk_proposal_event_proposal_id_proposal"),
        sa.PrimaryKeyConstraint("id", name="pk_proposal_event"),
        sa.UniqueConstraint("proposal_id", "sequence", name="uq_proposal_event_proposal_id"),
    )  # fmt: skip
    op.create_index("ix_proposal_event_proposal_id", "proposal_event", ["proposal_id"])
    # No batch mode on the way up: rebuilding ``request`` on SQLite would drop the full-text
    # triggers of 0006. Alembic adds no constraint with a column there: inline.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE request ADD COLUMN proposal_id CHAR(32)"
            f" CONSTRAINT {FK} REFERENCES proposal (id)"
        )
    else:
        op.add_column(
            "request",
            sa.Column("proposal_id", sa.Uuid(), sa.ForeignKey("proposal.id", name=FK),
                      nullable=True),
        )  # fmt: skip
    op.create_index(INDEX, "request", ["proposal_id"])
    request = sa.table("request", sa.column("status", sa.String()),
                       sa.column("return_visit_due", sa.Date()))  # fmt: skip
    op.execute(
        request.update().where(request.c.status == "converted").values(return_visit_due=None)
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.drop_index(INDEX, table_name="request")
    # SQLite drops no column a foreign key names: the table is rebuilt, its triggers with it.
    with op.batch_alter_table("request", recreate="always" if sqlite else "auto") as batch:
        if not sqlite:
            batch.drop_constraint(FK, type_="foreignkey")
        batch.drop_column("proposal_id")
    if sqlite:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    op.drop_table("proposal_event")
    op.drop_table("proposal_member")
    op.drop_table("proposal")
