"""扫码说事: the intake page's submissions and each studio's standing poster

* ``intake_submission``: what villagers sent from their phones, 待受理 until the desk accepts,
  merges or rejects it (the photo re-encoded without location data).
* ``intake_standing``: a studio's fixed address and standing poster token (revocable).

Revision ID: 0019
Revises: 0017
Create Date: 2026-12-07 16:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from studio_app.core.models.base import UTCDateTime

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "intake_submission",
        sa.Column("studio_id", sa.Uuid(), nullable=True),
        sa.Column("receipt", sa.String(length=20), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("village", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("has_photo", sa.Boolean(), nullable=False),
        sa.Column("standing", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["request_id"], ["request.id"], name=op.f("fk_intake_submission_request_id_request")
        ),
        sa.ForeignKeyConstraint(
            ["studio_id"], ["studio.id"], name=op.f("fk_intake_submission_studio_id_studio")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_submission")),
        sa.UniqueConstraint("studio_id", "receipt", name="uq_intake_submission_studio_receipt"),
    )
    op.create_index(op.f("ix_intake_submission_studio_id"), "intake_submission", ["studio_id"])
    op.create_index(op.f("ix_intake_submission_request_id"), "intake_submission", ["request_id"])
    op.create_index(
        "ix_intake_submission_status_received", "intake_submission", ["status", "received_at"]
    )
    op.create_table(
        "intake_standing",
        sa.Column("studio_id", sa.Uuid(), nullable=True),
        sa.Column("address", sa.String(length=100), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["studio_id"], ["studio.id"], name=op.f("fk_intake_standing_studio_id_studio")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_standing")),
        sa.UniqueConstraint("studio_id", name=op.f("uq_intake_standing_studio_id")),
    )


def downgrade() -> None:
    op.drop_table("intake_standing")
    op.drop_index("ix_intake_submission_status_received", table_name="intake_submission")
    op.drop_index(op.f("ix_intake_submission_request_id"), table_name="intake_submission")
    op.drop_index(op.f("ix_intake_submission_studio_id"), table_name="intake_submission")
    op.drop_table("intake_submission")
