"""answer extensions (延期)

A request counts its extensions of the answer deadline (``request.extension_count``, 延期 with
who and why in its history), for the figures. Existing requests had none: 0.

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-07 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "request",
        sa.Column("extension_count", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    with op.batch_alter_table("request") as batch:
        batch.drop_column("extension_count")
