"""The audit log: recorded, listed newest first, filtered, exported, and never changed."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from studio_app.base.enums import AuditAction, Role
from studio_app.core.access import CurrentUser
from studio_app.core.audit import AuditService
from studio_app.core.models import AppendOnlyError, AuditEvent
from studio_app.core.models.audit_chain import chain_hash
from studio_app.storage.backups.check import check

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 in Beijing


def _at(days: int = 0, minutes: int = 0) -> datetime:
    return T0 + timedelta(days=days, minutes=minutes)


@pytest.fixture
def audit(services) -> AuditService:
    return services.audit


@pytest.fixture
def logged(audit):
    """Five events over three days, by two users and before any login."""
    zhang = CurrentUser(uuid.uuid4(), "zhang", "张三", Role.COORDINATOR)
    audit.record(zhang, AuditAction.LOGIN, "用户 zhang", at=_at(0))
    audit.record(zhang, "export", "联户名册", "32 户，号码已隐去", at=_at(0, 5))
    audit.record("Admin", AuditAction.REVEAL, "诉求 2026-0012 联系电话", at=_at(1))
    audit.record(None, AuditAction.SETTINGS, "办理时限", "答复时限：5 → 7", at=_at(1, 30))
    audit.record("Admin", AuditAction.EXPORT_UNMASKED, "委员名册", '=HYPERLINK("x")', at=_at(2))
    return zhang


def _targets(rows) -> list[str]:
    return [r.target for r in rows]


def test_events_are_listed_newest_first_with_labels(audit, logged):
    rows = audit.list()
    assert _targets(rows) == [
        "委员名册", "办理时限", "诉求 2026-0012 联系电话", "联户名册", "用户 zhang",
    ]  # fmt: skip
    first = rows[-1]
    assert (first.username, first.action, first.action_label) == (
        "zhang",
        AuditAction.LOGIN,
        "登录",
    )
    assert first.at == _at(0) and first.local_time.endswith(":00")
    assert rows[1].username == ""  # before login was set up
    assert audit.list(limit=2) == rows[:2]


def test_filters_by_day_action_user_and_text(audit, logged):
    # Local days (Beijing time in the office; whatever this PC's zone is, day 1 holds _at(1)).
    day1 = _at(1).astimezone().date()
    assert _targets(audit.list(start=day1, end=day1)) == ["办理时限", "诉求 2026-0012 联系电话"]
    assert _targets(audit.list(start=_at(1, 1))) == ["委员名册", "办理时限"]  # exact instants
    assert _targets(audit.list(end=_at(1))) == ["联户名册", "用户 zhang"]  # up to, not incl.
    assert _targets(audit.list(action=AuditAction.EXPORT)) == ["联户名册"]
    assert _targets(audit.list(action="reveal")) == ["诉求 2026-0012 联系电话"]
    assert _targets(audit.list(username="Admin")) == ["委员名册", "诉求 2026-0012 联系电话"]
    assert _targets(audit.list(text="2026-0012")) == ["诉求 2026-0012 联系电话"]
    assert _targets(audit.list(text="ZHANG")) == ["联户名册", "用户 zhang"]  # any case
    assert _targets(audit.list(text="32 隐去")) == ["联户名册"]  # every term
    assert _targets(audit.list(text="隐去")) == ["委员名册", "联户名册"]  # 导出（不隐去号码）
    assert _targets(audit.list(text="导出")) == ["委员名册", "联户名册"]  # the action's name
    assert _targets(audit.list(text="100%")) == []  # LIKE wildcards are plain text
    assert audit.list(start=date(2030, 1, 1)) == []


def test_an_unknown_action_is_a_programming_error(audit):
    with pytest.raises(ValueError):
        audit.record("Admin", "fly_away")


def test_export_is_readable_keeps_formula_like_text_as_text_and_is_logged(
    services, audit, logged, tmp_path
):
    path = tmp_path / "操作日志.xlsx"
    services.current_user = CurrentUser(uuid.uuid4(), "Admin", "", Role.ADMIN)
    assert audit.export(path) == 5
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "操作日志"
    assert rows[1] == ("时间", "用户", "操作", "对象", "详情")
    assert rows[2][1:] == ("Admin", "导出（不隐去号码）", "委员名册", '=HYPERLINK("x")')
    assert rows[2][0] == _at(2).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert rows[3][1:4] == ("（未登录）", "修改设置", "办理时限")
    assert [r[2] for r in rows[2:]] == [
        "导出（不隐去号码）",
        "修改设置",
        "查看完整号码",
        "导出",
        "登录",
    ]
    formula_like = ws.cell(row=3, column=5)
    assert formula_like.data_type == "s" and formula_like.value == '=HYPERLINK("x")'

    newest = audit.list(limit=1)[0]
    assert (newest.username, newest.action, newest.target, newest.detail) == (
        "Admin", AuditAction.EXPORT, "操作日志", "5 条",
    )  # fmt: skip
    assert audit.export(tmp_path / "zhang.xlsx", username="zhang") == 2


# ---- append-only -----------------------------------------------------------------------------


def test_the_service_offers_no_way_to_change_or_delete(audit):
    words = ("update", "delete", "remove", "edit", "change", "clear", "purge", "set", "drop")
    public = [n for n in dir(AuditService) if not n.startswith("_")]
    assert sorted(public) == ["export", "list", "record", "rows"]
    assert not [n for n in public if any(w in n.lower() for w in words)]


def _snapshot(services) -> list[tuple]:
    with services.db.session() as s:
        return [tuple(r) for r in s.execute(
            select(AuditEvent.id, AuditEvent.at, AuditEvent.username, AuditEvent.action,
                   AuditEvent.target, AuditEvent.detail).order_by(AuditEvent.id)
        )]  # fmt: skip


def test_the_orm_refuses_to_change_an_event(services, logged):
    before = _snapshot(services)
    refused = pytest.raises(AppendOnlyError, match="操作日志只能添加，不能修改或删除")
    with refused, services.db.session() as s:
        event = s.scalars(select(AuditEvent).limit(1)).one()
        event.detail = "改过了"
    with pytest.raises(AppendOnlyError), services.db.session() as s:
        s.delete(s.scalars(select(AuditEvent).limit(1)).one())
    with pytest.raises(AppendOnlyError), services.db.session() as s:
        s.execute(update(AuditEvent).values(detail="改过了"))
    with pytest.raises(AppendOnlyError), services.db.session() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.username == "Admin"))
    assert _snapshot(services) == before


def test_the_database_refuses_raw_sql_that_changes_the_log(services, logged):
    before = _snapshot(services)
    statements = ["UPDATE audit_event SET detail = 'x'", "DELETE FROM audit_event"]
    if services.db.url.get_backend_name() == "postgresql":
        statements.append("TRUNCATE audit_event")
    for sql in statements:
        with pytest.raises(DBAPIError, match="append-only"), services.db.session() as s:
            s.execute(text(sql))
    assert _snapshot(services) == before
    with services.db.session() as s:  # adding still works (as the next link of the chain)
        head = s.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc())
        ).first()
        new_id, at = uuid.uuid4(), datetime(2026, 3, 5, 1, 0)
        link = chain_hash(head.hash, head.seq + 1, new_id, at, "x", "backup", "", "")
        s.execute(
            text(
                "INSERT INTO audit_event (id, at, username, action, target, detail, seq, hash)"
                " VALUES (:id, :at, 'x', 'backup', '', '', :seq, :hash)"
            ),
            {"id": new_id.hex, "at": at, "seq": head.seq + 1, "hash": link},
        )
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 6
    assert check(services.db) == []
