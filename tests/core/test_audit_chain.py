"""The audit log's hash chain: the hash's exact encoding, each event linked to the one before in
the order of commits, a rolled-back event leaving no gap, two writers at once making one line,
and the verifier's verdict on each kind of break (pure, no database)."""

from __future__ import annotations

import hashlib
import threading
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from studio_app.base.enums import AuditAction
from studio_app.core.access import LoginError
from studio_app.core.audit import add_event
from studio_app.core.models import AuditEvent
from studio_app.core.models.audit_chain import CHAIN_START, ChainRow, chain_breaks, chain_hash
from studio_app.core.services import Services
from studio_app.storage.audit_log import chain_problems
from studio_app.storage.migrate import open_database

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
BEIJING = timezone(timedelta(hours=8))


def _chain(services: Services) -> list[AuditEvent]:
    with services.db.session() as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def _relinked(events: list[AuditEvent]) -> list[str]:
    """The hashes the events should have, made again from their content."""
    previous, hashes = CHAIN_START, []
    for e in events:
        previous = chain_hash(previous, e.seq, e.id, e.at, e.username, e.action, e.target, e.detail)
        hashes.append(previous)
    return hashes


def _problems(services: Services) -> list[str]:
    with services.db.engine.connect() as connection:
        return chain_problems(
            lambda sql: connection.exec_driver_sql(sql).all(),
            server=services.db.url.get_backend_name() == "postgresql",
        )


# ---- the encoding ----------------------------------------------------------------------------


def test_the_hash_is_sha256_of_the_documented_json():
    payload = (
        '[1,"00000000-0000-0000-0000-00000000002a","2026-03-02T01:00:00.000000","zhang",'
        '"login_failed","用户 zhang","密码错误（连续第 1 次）","' + "0" * 64 + '"]'
    )
    expected = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    made = chain_hash(CHAIN_START, 1, uuid.UUID(int=42), T0, "zhang",
                      AuditAction.LOGIN_FAILED, "用户 zhang", "密码错误（连续第 1 次）")  # fmt: skip
    assert made == expected
    # The same event as each database hands it back: SQLite's text, PostgreSQL's naive UTC.
    assert chain_hash(CHAIN_START, 1, "000000000000000000000000000000" + "2a",
                      "2026-03-02 01:00:00.000000", "zhang", "login_failed", "用户 zhang",
                      "密码错误（连续第 1 次）") == expected  # fmt: skip
    for at in (datetime(2026, 3, 2, 1, 0), datetime(2026, 3, 2, 9, 0, tzinfo=BEIJING)):
        assert chain_hash(CHAIN_START, 1, uuid.UUID(int=42), at, "zhang", "login_failed",
                          "用户 zhang", "密码错误（连续第 1 次）") == expected  # fmt: skip
    # Every field counts, the previous hash too.
    assert chain_hash("1" * 64, 1, uuid.UUID(int=42), T0, "zhang", "login_failed",
                      "用户 zhang", "密码错误（连续第 1 次）") != expected  # fmt: skip
    assert chain_hash(CHAIN_START, 2, uuid.UUID(int=42), T0, "zhang", "login_failed",
                      "用户 zhang", "密码错误（连续第 1 次）") != expected  # fmt: skip


# ---- the verifier, on rows as a query returns them -------------------------------------------


def _rows(n: int) -> list[ChainRow]:
    rows, previous = [], CHAIN_START
    for seq in range(1, n + 1):
        at = T0 + timedelta(minutes=seq)
        previous = chain_hash(previous, seq, uuid.UUID(int=seq), at, "admin", "export",
                              f"名册 {seq}", "")  # fmt: skip
        rows.append(ChainRow(seq, uuid.UUID(int=seq), at, "admin", "export", f"名册 {seq}", "",
                             previous))  # fmt: skip
    return rows


def _kinds(rows) -> list[tuple]:
    return [(b.kind, b.row.seq, b.first, b.last) for b in chain_breaks(rows).breaks]


def test_the_verifier_names_each_kind_of_break():
    rows = _rows(6)
    found = chain_breaks(rows)
    assert (found.breaks, found.events, found.head_seq, found.head_hash) == (
        [],
        6,
        6,
        rows[-1].hash,
    )
    assert chain_breaks([]).breaks == [] and chain_breaks([]).head_hash == CHAIN_START

    assert _kinds(rows[2:]) == [("missing", 3, 1, 2)]  # the first two deleted
    assert _kinds(rows[:2] + rows[4:]) == [("missing", 5, 3, 4)]
    assert _kinds(rows[:5]) == []  # the newest cut off: only a backup or an export shows it

    edited = replace(rows[3], detail="改过")
    assert _kinds([*rows[:3], edited, *rows[4:]]) == [("changed", 4, 0, 0)]

    forged = replace(rows[2], detail="伪造")  # a second 3 (the unique constraint dropped)
    assert _kinds([*rows[:3], forged, *rows[3:]]) == [("repeated", 3, 0, 0)]
    swapped = [*rows[:2], replace(rows[3], seq=3), replace(rows[2], seq=4), *rows[4:]]
    assert _kinds(swapped) == [("changed", 3, 0, 0), ("changed", 4, 0, 0), ("changed", 5, 0, 0)]

    unreadable = ChainRow(4, "not-an-id", rows[3].at, "admin", "export", "名册 4", "", "x")
    assert _kinds([*rows[:3], unreadable, *rows[4:]]) == [("unreadable", 4, 0, 0),
                                                          ("changed", 5, 0, 0)]  # fmt: skip
    assert _kinds([replace(rows[0], seq=None)]) == [("unreadable", None, 0, 0)]


# ---- through the services, on each database ---------------------------------------------------

pg = pytest.mark.pg


@pg
def test_each_event_is_linked_to_the_one_committed_before_it(services):
    audit = services.audit
    audit.record("Admin", AuditAction.EXPORT, "委员名册", "32 人", at=T0 + timedelta(days=1))
    audit.record(None, AuditAction.SETTINGS, "办理时限", "5 → 7", at=T0)  # an earlier time
    audit.record("Admin", AuditAction.REVEAL, "诉求 2026-0012 联系电话")
    events = _chain(services)
    assert [e.seq for e in events] == [1, 2, 3]
    assert [e.target for e in events] == ["委员名册", "办理时限", "诉求 2026-0012 联系电话"]
    assert [e.hash for e in events] == _relinked(events)
    assert events[0].hash == chain_hash(CHAIN_START, 1, events[0].id, T0 + timedelta(days=1),
                                        "Admin", "export", "委员名册", "32 人")  # fmt: skip
    assert _problems(services) == []


@pg
def test_events_of_one_transaction_follow_each_other_and_a_rollback_leaves_no_gap(services):
    access = services.access
    admin = access.create_first_admin("Admin", "王管理", "guanli-2026", now=T0)
    with pytest.raises(RuntimeError), services.db.session() as s:
        add_event(s, admin, AuditAction.EXPORT, "委员名册")
        raise RuntimeError("the export failed")
    for _ in range(5):  # the fifth wrong password also locks the account: two events at once
        with pytest.raises(LoginError):
            access.login("Admin", "wrong-password", now=T0)
    events = _chain(services)
    assert [e.seq for e in events] == list(range(1, 8))
    assert [e.action for e in events] == [AuditAction.USER_ADDED] + [
        AuditAction.LOGIN_FAILED
    ] * 5 + [AuditAction.ACCOUNT_LOCKED]
    assert "委员名册" not in [e.target for e in events]
    assert [e.hash for e in events] == _relinked(events)
    assert _problems(services) == []


@pg
def test_two_pcs_writing_at_once_make_one_chain(services):
    """Two engines (two PCs) recording at the same moment: every event gets its own place,
    each linked to the one committed before it, whatever order the ids and clocks say."""
    url = services.db.url.render_as_string(hide_password=False)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def pc(name: str) -> None:
        database = open_database(url)
        try:
            other = Services(database)
            start.wait()
            for i in range(25):
                other.audit.record(name, AuditAction.EXPORT, f"{name} {i}")
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=pc, args=(name,)) for name in ("pc1", "pc2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    events = _chain(services)
    assert [e.seq for e in events] == list(range(1, 51))
    for name in ("pc1", "pc2"):  # each PC's own events in the order it made them
        assert [e.target for e in events if e.username == name] == [
            f"{name} {i}" for i in range(25)
        ]
    assert [e.hash for e in events] == _relinked(events)
    assert _problems(services) == []
