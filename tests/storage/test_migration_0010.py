"""Migration 0010: the events recorded before it are chained in the order the log lists them (by
time, then id), every event kept as it was; the guard triggers are there again afterwards; the
next event recorded links to the last one; and 0010 can be undone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.exc import DBAPIError

from studio_app.base.enums import AuditAction
from studio_app.core.models import AuditEvent
from studio_app.core.models.audit_chain import CHAIN_START, chain_hash
from studio_app.core.services import Services
from studio_app.opening import DataPlace, check_place
from studio_app.storage.migrate import alembic_config, open_database

pytestmark = pytest.mark.pg  # the triggers and the table rebuild differ: on both databases

T0 = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)


def _database_at(url: str, revision: str):
    from alembic import command

    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return engine


def _events() -> list[tuple]:
    """(id, at, username, action, target, detail) as 0008/0009 stored them, not in time order:
    two at the same second (the id decides), and a long tail past one batch of the update."""
    same = T0 + timedelta(minutes=3)
    events = [
        (uuid.UUID(int=9 << 64), T0 + timedelta(minutes=5), "Admin", "export", "委员名册", "32 人"),
        (uuid.UUID(int=7 << 64), same, "zhang", "account_locked", "用户 zhang", "锁定到 09:08"),
        (
            uuid.UUID(int=3 << 64),
            same,
            "zhang",
            "login_failed",
            "用户 zhang",
            "密码错误（第 5 次）",
        ),
        (uuid.uuid4(), T0, "Admin", "user_added", "用户 Admin", "首次设置，身份：管理员"),
    ]
    return events + [
        (uuid.uuid4(), T0 + timedelta(days=1, seconds=i), "", "backup", f"备份 {i}", "")
        for i in range(2100)
    ]


def test_upgrading_from_0009_chains_the_events_in_the_logs_order(empty_url):
    engine = _database_at(empty_url, "0009")
    events = _events()
    postgresql = engine.dialect.name == "postgresql"
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_event (id, at, username, action, target, detail)"
                " VALUES (:id, :at, :username, :action, :target, :detail)"
            ),
            [
                {"id": i if postgresql else i.hex, "at": at.replace(tzinfo=None), "username": u,
                 "action": a, "target": t, "detail": d}
                for i, at, u, a, t, d in events
            ],
        )  # fmt: skip
        connection.execute(  # the administrator the first event set up
            text(
                "INSERT INTO app_user (id, username, username_key, display_name, role,"
                " password_hash, active, failed_attempts, created_at, updated_at, version)"
                " VALUES (:id, 'Admin', 'admin', '王管理', 'admin', '$argon2id$x', :yes, 0,"
                " :at, :at, 1)"
            ),
            {"id": uuid.uuid4().hex, "yes": True, "at": T0.replace(tzinfo=None)},
        )
    engine.dispose()

    database = open_database(empty_url)
    try:
        with database.session() as s:
            chained = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        expected = sorted(events, key=lambda e: (e[1], e[0].hex))
        assert [e.seq for e in chained] == list(range(1, len(events) + 1))
        assert [(e.id, e.at, e.username, e.action, e.target, e.detail) for e in chained] == [
            (i, at, u, AuditAction(a), t, d) for i, at, u, a, t, d in expected
        ]  # every event kept, in time order; the same second by id
        assert [e.action for e in chained[:4]] == ["user_added", "login_failed",
                                                    "account_locked", "export"]  # fmt: skip
        previous = CHAIN_START
        for e in chained:
            previous = chain_hash(previous, e.seq, e.id, e.at, e.username, e.action, e.target,
                                  e.detail)  # fmt: skip
            assert e.hash == previous
        assert check_place(DataPlace(database.url, explicit=True))[1] == []  # the guards too

        with pytest.raises(DBAPIError, match="append-only"), database.session() as s:
            s.execute(text("UPDATE audit_event SET detail = 'x' WHERE seq = 2"))
        with pytest.raises(DBAPIError, match="append-only"), database.session() as s:
            s.execute(text("DELETE FROM audit_event WHERE seq = 2"))

        Services(database).audit.record("Admin", AuditAction.EXPORT, "联户名册")
        with database.session() as s:
            newest = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert newest.seq == len(events) + 1
        assert newest.hash == chain_hash(chained[-1].hash, newest.seq, newest.id, newest.at,
                                         "Admin", "export", "联户名册", "")  # fmt: skip
    finally:
        database.close()


def test_0010_can_be_undone_and_done_again(empty_url):
    from alembic import command

    engine = _database_at(empty_url, "0010")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
        columns = {c["name"] for c in inspect(connection).get_columns("audit_event")}
        assert "seq" not in columns and "hash" not in columns
        connection.execute(
            text(
                "INSERT INTO audit_event (id, at, username, action, target, detail)"
                " VALUES (:id, :at, 'Admin', 'backup', '', '')"
            ),
            {"id": uuid.uuid4().hex, "at": T0.replace(tzinfo=None)},
        )
        with pytest.raises(DBAPIError, match="append-only"), connection.begin_nested():
            connection.execute(text("DELETE FROM audit_event"))  # the guards survived it
        command.upgrade(config, "0010")
    engine.dispose()
    database = open_database(empty_url)
    try:
        assert check_place(DataPlace(database.url, explicit=True))[1] == []
    finally:
        database.close()
