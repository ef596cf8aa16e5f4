"""audit log hash chain

Each ``audit_event`` gets its place in the chain (``seq``: 1, 2, 3 … with no gap, unique) and
``hash``, the SHA-256 of its content and the previous event's hash
(core/models/audit_chain.py; the encoding is stored data, so it is imported, never changed).
The events recorded before this revision are chained in the order the log lists them: by time,
then by id.

Filling the new columns is an UPDATE, which the guards of 0008 refuse: on PostgreSQL the row
trigger is disabled for it and enabled again; on SQLite the triggers are dropped and created
again afterwards, also because making the columns NOT NULL rebuilds the table (batch mode),
which drops them. All of it happens in the upgrade's one transaction.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import studio_app.core.models.base
from studio_app.core.models.audit_chain import CHAIN_START, chain_hash

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000
# As 0008 made them (kept here: a migration does not change with the code).
SQLITE_GUARDS = (
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only');
    END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only');
    END""",
)
SQLITE_GUARD_NAMES = ("audit_event_no_update", "audit_event_no_delete")
POSTGRESQL_ROW_GUARD = "audit_event_no_change"

EVENTS = sa.table(
    "audit_event",
    sa.column("id", sa.Uuid()),
    sa.column("at", studio_app.core.models.base.UTCDateTime()),
    sa.column("username", sa.String()),
    sa.column("action", sa.String()),
    sa.column("target", sa.Text()),
    sa.column("detail", sa.Text()),
    sa.column("seq", sa.BigInteger()),
    sa.column("hash", sa.String()),
)


def _guards_off(dialect: str) -> None:
    if dialect == "sqlite":
        for name in SQLITE_GUARD_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute(f"ALTER TABLE audit_event DISABLE TRIGGER {POSTGRESQL_ROW_GUARD}")


def _guards_on(dialect: str) -> None:
    if dialect == "sqlite":
        for statement in SQLITE_GUARDS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(f"ALTER TABLE audit_event ENABLE TRIGGER {POSTGRESQL_ROW_GUARD}")


def _chain_existing_events(bind) -> None:
    rows = bind.execute(
        sa.select(
            EVENTS.c.id, EVENTS.c.at, EVENTS.c.username, EVENTS.c.action, EVENTS.c.target,
            EVENTS.c.detail,
        ).order_by(EVENTS.c.at, EVENTS.c.id)
    ).all()  # fmt: skip
    update = (
        sa.update(EVENTS)
        .where(EVENTS.c.id == sa.bindparam("b_id"))
        .values(seq=sa.bindparam("b_seq"), hash=sa.bindparam("b_hash"))
    )
    previous, links = CHAIN_START, []
    for seq, (event_id, at, username, action, target, detail) in enumerate(rows, start=1):
        previous = chain_hash(previous, seq, event_id, at, username, action, target, detail)
        links.append({"b_id": event_id, "b_seq": seq, "b_hash": previous})
    for start in range(0, len(links), BATCH):
        bind.execute(update, links[start : start + BATCH])


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    _guards_off(dialect)
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_events(bind)
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_event_seq"), ["seq"])
    _guards_on(dialect)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":  # the rebuild below drops them
        _guards_off(dialect)
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_event_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("seq")
    if dialect == "sqlite":
        _guards_on(dialect)
