"""who saved each record

Every record remembers who saved it last (``updated_by``: the signed-in user's name, "" before
login is set up or for a script), so a save refused because someone else saved the record
first can say who, as well as when. Existing rows get "": nobody knows any more.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table of a record (core.models.base.Record) at this revision.
TABLES = (
    "agenda_item", "agreed_item", "app_user", "calendar_day", "common_issue",
    "document_attachment", "duty_assignment", "follow_up_action", "household",
    "issued_document", "linkage", "meeting", "meeting_attendee", "member", "reception_day",
    "request", "request_category", "studio", "studio_membership", "visit", "visitor",
)  # fmt: skip


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("updated_by", sa.String(length=100), nullable=False, server_default=""),
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_by")
