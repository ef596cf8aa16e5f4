"""field packages: check-out to a laptop and check-in with a conflict list

``field_package`` records each check-out (on the office: the rows packed, to merge against; on
the laptop: the package it was opened from); ``field_conflict`` holds what both sides changed
until the coordinator chooses; ``request.provisional_number`` keeps the number a laptop gave a
request (临2026-0001, on its printed receipt) once the office gives it its final one.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from studio_app.core.models.base import UTCDateTime

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "field_package",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("studio_id", sa.Uuid(), nullable=False),
        sa.Column("studio_name", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("schema_revision", sa.String(length=20), nullable=False),
        sa.Column("sync_point", sa.BigInteger(), nullable=False),
        sa.Column("made_at", UTCDateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.Column("device", sa.String(length=200), nullable=False),
        sa.Column("device_clock", UTCDateTime(), nullable=True),
        sa.Column("returned_at", UTCDateTime(), nullable=True),
        sa.Column("imported_at", UTCDateTime(), nullable=True),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.Column("import_sync_point", sa.BigInteger(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("base", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["studio_id"], ["studio.id"], name=op.f("fk_field_package_studio_id_studio")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_package")),
    )
    op.create_index(
        op.f("ix_field_package_studio_id"), "field_package", ["studio_id"], unique=False
    )
    op.create_table(
        "field_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_key", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("laptop_row", sa.Text(), nullable=False),
        sa.Column("office_steps", sa.Text(), nullable=False),
        sa.Column("laptop_steps", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("settled_at", UTCDateTime(), nullable=True),
        sa.Column("settled_by", sa.String(length=100), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"], ["field_package.id"],
            name=op.f("fk_field_conflict_package_id_field_package"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_conflict")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_field_conflict_package_id"), "field_conflict", ["package_id"], unique=False
    )
    # Not in batch mode: a copy of the table would drop SQLite's full-text triggers (0006).
    op.add_column("request", sa.Column("provisional_number", sa.String(length=20), nullable=True))
    op.create_index(
        op.f("ix_request_provisional_number"), "request", ["provisional_number"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_request_provisional_number"), table_name="request")
    with op.batch_alter_table("request", recreate="never") as batch:
        batch.drop_column("provisional_number")
    op.drop_index(op.f("ix_field_conflict_package_id"), table_name="field_conflict")
    op.drop_table("field_conflict")
    op.drop_index(op.f("ix_field_package_studio_id"), table_name="field_package")
    op.drop_table("field_package")
