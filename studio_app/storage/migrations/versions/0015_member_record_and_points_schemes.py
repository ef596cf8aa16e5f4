"""the member's record (一人一档) and the points schemes (积分办法)

* ``member_activity``: the activities the coordinator enters (全会/常委会, 大会发言, 调研视察,
  培训, 帮办实事, 其他), with ``activity_attachment`` for their scans, stored like the archive's.
* ``points_scheme``: each published version of the 积分办法 as JSON; ``points_year``: a year
  re-scored on purpose by another version than the one in force that year.
* ``meeting_attendee.attendance`` may now be ``leave`` (请假): a plain string column, no change.
* ``ix_visit_counted``, ``ix_request_answered_by_assignee``: the year's visits per member and
  the requests each member answered, counted from the indexes alone for the ranking.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import studio_app.core.models.base

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TIME = studio_app.core.models.base.UTCDateTime


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTC_TIME(), nullable=False),
        sa.Column("updated_at", UTC_TIME(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "member_activity",
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind", sa.Enum(name="activitykind", native_enum=False, length=20), nullable=False
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("archived_at", UTC_TIME(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_member_activity_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_activity")),
    )
    op.create_index(
        "ix_member_activity_counted", "member_activity", ["member_id", "kind", "outcome", "held_on"],
        sqlite_where=sa.text("archived_at IS NULL"), postgresql_where=sa.text("archived_at IS NULL"),
    )  # fmt: skip
    op.create_index(
        "ix_visit_counted", "visit", ["visited_on", "member_id"],
        sqlite_where=sa.text("archived_at IS NULL"), postgresql_where=sa.text("archived_at IS NULL"),
    )  # fmt: skip
    answered = sa.text("assignee_id IS NOT NULL AND answered_at IS NOT NULL")
    op.create_index(
        "ix_request_answered_by_assignee", "request",
        ["answered_at", "assignee_id", "answer_due", "status", "return_visit_due", "archived_at"],
        sqlite_where=answered, postgresql_where=answered,
    )  # fmt: skip
    op.create_table(
        "activity_attachment",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("attached_at", UTC_TIME(), nullable=False),
        sa.Column("attached_by", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["member_activity.id"],
            name=op.f("fk_activity_attachment_activity_id_member_activity"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_attachment")),
    )
    op.create_index(
        op.f("ix_activity_attachment_activity_id"), "activity_attachment", ["activity_id"]
    )
    op.create_table(
        "points_scheme",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("from_year", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_scheme")),
        sa.UniqueConstraint("number", name=op.f("uq_points_scheme_number")),
    )
    op.create_table(
        "points_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("scheme_id", sa.Uuid(), nullable=False),
        sa.Column("set_at", UTC_TIME(), nullable=False),
        sa.Column("set_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["scheme_id"], ["points_scheme.id"], name=op.f("fk_points_year_scheme_id_points_scheme")
        ),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_points_year")),
    )


def downgrade() -> None:
    op.drop_table("points_year")
    op.drop_table("points_scheme")
    op.drop_index(op.f("ix_activity_attachment_activity_id"), table_name="activity_attachment")
    op.drop_table("activity_attachment")
    op.drop_index("ix_request_answered_by_assignee", table_name="request")
    op.drop_index("ix_visit_counted", table_name="visit")
    op.drop_index("ix_member_activity_counted", table_name="member_activity")
    op.drop_table("member_activity")
