"""studios as the unit of work (the county edition)

* ``app_user.studio_id``: the studio a user works in (none for the county office's roles).
* ``household_studio``: which studios a household belongs to.
* ``proposal.studio_id``, ``visitor.studio_id``: the studio that drafted or received them.
* Every existing record and user gets its studio: on a database of one studio (the usual PC) all of it
  goes to that studio; households also go to the studios of the members linked to them, and a
  visitor to the studio of their first request.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The records that carried a nullable studio before (and the two that gain one here).
STUDIO_OWNED = ("request", "meeting", "common_issue", "issued_document", "proposal", "visitor")


def _add_studio_column(table: str) -> None:
    with op.batch_alter_table(table) as batch:
        batch.add_column(sa.Column("studio_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            op.f(f"fk_{table}_studio_id_studio"), "studio", ["studio_id"], ["id"]
        )
        batch.create_index(op.f(f"ix_{table}_studio_id"), ["studio_id"])


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("studio_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_app_user_studio_id_studio"), "studio", ["studio_id"], ["id"]
        )
    _add_studio_column("proposal")
    _add_studio_column("visitor")
    op.create_table(
        "household_studio",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("studio_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_household_studio_household_id_household"),
        ),
        sa.ForeignKeyConstraint(
            ["studio_id"], ["studio.id"], name=op.f("fk_household_studio_studio_id_studio")
        ),
        sa.PrimaryKeyConstraint("household_id", "studio_id", name=op.f("pk_household_studio")),
    )
    op.create_index(op.f("ix_household_studio_studio_id"), "household_studio", ["studio_id"])
    _give_records_their_studio()


def _give_records_their_studio() -> None:
    bind = op.get_bind()
    first = bind.scalar(sa.text("SELECT id FROM studio ORDER BY created_at, id LIMIT 1"))
    if first is None:
        return  # nothing recorded yet that could belong to a studio
    # A visitor: where their first request was made.
    bind.execute(
        sa.text(
            "UPDATE visitor SET studio_id = (SELECT r.studio_id FROM request r"
            " WHERE r.visitor_id = visitor.id AND r.studio_id IS NOT NULL"
            " ORDER BY r.created_at LIMIT 1) WHERE studio_id IS NULL"
        )
    )
    for table in (*STUDIO_OWNED, "app_user"):  # every user so far was the studio's own
        bind.execute(
            sa.text(f"UPDATE {table} SET studio_id = :first WHERE studio_id IS NULL"),
            {"first": first},
        )
    # A household: the studios of the members linked to it, else the first studio.
    bind.execute(
        sa.text(
            "INSERT INTO household_studio (household_id, studio_id)"
            " SELECT DISTINCT l.household_id, m.studio_id FROM linkage l"
            " JOIN studio_membership m ON m.member_id = l.member_id"
        )
    )
    bind.execute(
        sa.text(
            "INSERT INTO household_studio (household_id, studio_id)"
            " SELECT h.id, :first FROM household h WHERE NOT EXISTS"
            " (SELECT 1 FROM household_studio hs WHERE hs.household_id = h.id)"
        ),
        {"first": first},
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_household_studio_studio_id"), table_name="household_studio")
    op.drop_table("household_studio")
    for table in ("visitor", "proposal"):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(op.f(f"ix_{table}_studio_id"))
            batch.drop_constraint(op.f(f"fk_{table}_studio_id_studio"), type_="foreignkey")
            batch.drop_column("studio_id")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_constraint(op.f("fk_app_user_studio_id_studio"), type_="foreignkey")
        batch.drop_column("studio_id")
