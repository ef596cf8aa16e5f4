"""Someone with the database file (or a table owner on the server) changes the audit log or the
users behind the program's back; ``studio-app check`` (``opening.check_place``) says what and
what to do, on SQLite and PostgreSQL. The login switch stays on whatever is done to the users.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from studio_app.base.enums import AuditAction, Role
from studio_app.core.access import AccessService, LoginError
from studio_app.core.models import AuditEvent
from studio_app.core.models.audit_chain import chain_hash
from studio_app.opening import DataPlace, check_place
from studio_app.storage.audit_log import SQLITE_GUARDS

pytestmark = pytest.mark.pg  # the triggers and the SQL differ: on both databases

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
PG_ROW_GUARD = (
    "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event"
    " FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
)
FILE_ADVICE = (
    "请保留这个数据库文件（不要再修改），从改动之前做的备份恢复（“文件 → 从备份恢复”，"
    "或 studio-app restore 备份文件 --db 数据库），并告知县政协办公室。"
)
SERVER_ADVICE = "请不要再修改这个数据库，由服务器管理员从改动之前做的备份恢复，并告知县政协办公室。"
REWRITTEN = "操作日志被绕过本程序改动过，已不能证明谁在什么时候做了什么。"


def _server(services) -> bool:
    return services.db.url.get_backend_name() == "postgresql"


def _advice(services) -> str:
    return SERVER_ADVICE if _server(services) else FILE_ADVICE


def _sql(services, *statements: str) -> None:
    """Raw SQL in one transaction, as someone with a database tool would run it."""
    with services.db.engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def _unguarded(services, *statements: str) -> None:
    """``statements`` with the guard triggers out of the way and put back as they were."""
    if _server(services):
        _sql(services, "DROP TRIGGER audit_event_no_change ON audit_event", *statements,
             PG_ROW_GUARD)  # fmt: skip
    else:
        _sql(services, *(f"DROP TRIGGER {name}" for name in SQLITE_GUARDS), *statements,
             *SQLITE_GUARDS.values())  # fmt: skip


def _args(services) -> argparse.Namespace:
    return argparse.Namespace(db=services.db.url.render_as_string(hide_password=False))


def _problems(services) -> list[str]:
    _name, problems = check_place(DataPlace(services.db.url, explicit=True))
    return problems


def _local(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _changed(seq: int, at: datetime, user: str, action: str) -> str:
    return (
        f"操作日志第 {seq} 条（{_local(at)}，{user}，{action}）与它的校验值不符：这一条被改过，"
        "或者它前面有记录被删除、插入或改过。"
    )


@pytest.fixture
def history(services):
    """Six events: the first administrator, a user added, two wrong passwords, a login, an
    export (seq 1 … 6, a minute apart)."""
    access = services.access
    admin = access.create_first_admin("Admin", "王管理", "guanli-2026", now=T0)
    access.add_user(admin, "zhang", "张三", Role.COORDINATOR, "lianluo-2026",
                    now=T0 + timedelta(minutes=1))  # fmt: skip
    for minute in (2, 3):
        with pytest.raises(LoginError):
            access.login("zhang", "wrong-password", now=T0 + timedelta(minutes=minute))
    access.login("zhang", "lianluo-2026", now=T0 + timedelta(minutes=4))
    services.audit.record(admin, AuditAction.EXPORT, "委员名册", at=T0 + timedelta(minutes=5))
    assert _problems(services) == []
    return admin


def _at(minute: int) -> datetime:
    return T0 + timedelta(minutes=minute)


def test_a_sound_log_passes_and_the_cli_says_so(services, history, capsys):
    from studio_app.cli_backup import COMMANDS

    assert COMMANDS["check"](_args(services)) == 0
    assert "操作日志和登录设置都正常" in capsys.readouterr().out


def test_a_deleted_failed_login_is_found_though_the_triggers_are_back(services, history, capsys):
    _unguarded(services, "DELETE FROM audit_event WHERE seq = 3")  # the first wrong password

    assert _problems(services) == [
        "操作日志缺少第 3 条：这条记录被删除了。",
        REWRITTEN + _advice(services),
    ]
    from studio_app.cli_backup import COMMANDS

    assert COMMANDS["check"](_args(services)) == 1
    err = capsys.readouterr().err
    assert "操作日志缺少第 3 条" in err and "有 2 处问题" in err


def test_both_failed_logins_deleted_and_the_rest_renumbered_is_found(services, history):
    _unguarded(services, "DELETE FROM audit_event WHERE seq IN (3, 4)",
               "UPDATE audit_event SET seq = seq - 2 WHERE seq > 4")  # fmt: skip

    assert _problems(services) == [
        _changed(3, _at(4), "zhang", "登录"),
        _changed(4, _at(5), "Admin", "导出"),
        REWRITTEN + _advice(services),
    ]


def test_an_edited_detail_is_found_and_so_is_a_recomputed_hash(services, history):
    _unguarded(services, "UPDATE audit_event SET detail = '' WHERE seq = 4")
    assert _problems(services) == [
        _changed(4, _at(3), "zhang", "登录失败"),
        REWRITTEN + _advice(services),
    ]

    # With a copy of the program the hash of the edited event can be made again: the next
    # event, linked to the old hash, gives it away.
    with services.db.session() as s:
        prev, edited = s.scalars(select(AuditEvent).where(AuditEvent.seq.in_((3, 4)))
                                 .order_by(AuditEvent.seq)).all()  # fmt: skip
        forged = chain_hash(prev.hash, 4, edited.id, edited.at, edited.username, edited.action,
                            edited.target, edited.detail)  # fmt: skip
    _unguarded(services, f"UPDATE audit_event SET hash = '{forged}' WHERE seq = 4")
    assert _problems(services) == [
        _changed(5, _at(4), "zhang", "登录"),
        REWRITTEN + _advice(services),
    ]


def test_an_inserted_event_is_found_even_when_linked_properly(services, history):
    """A forged login slipped in as the third event (the later ones moved up by one), its
    hash made right with a copy of the program: the event after it no longer fits."""
    with services.db.session() as s:
        second = s.scalars(select(AuditEvent).where(AuditEvent.seq == 2)).one()
    fake_id, at = "1" * 32, "2026-03-02 01:01:00"
    link = chain_hash(second.hash, 3, fake_id, at, "zhang", "login", "用户 zhang", "")
    _unguarded(
        services,
        "UPDATE audit_event SET seq = seq + 1000 WHERE seq >= 3",
        "UPDATE audit_event SET seq = seq - 999 WHERE seq >= 1003",
        "INSERT INTO audit_event (id, at, username, action, target, detail, seq, hash) VALUES"
        f" ('{fake_id}', '{at}', 'zhang', 'login', '用户 zhang', '', 3, '{link}')",
    )

    assert _problems(services) == [
        _changed(4, _at(2), "zhang", "登录失败"),
        _changed(5, _at(3), "zhang", "登录失败"),
        _changed(6, _at(4), "zhang", "登录"),
        _changed(7, _at(5), "Admin", "导出"),
        REWRITTEN + _advice(services),
    ]


def test_dropped_or_neutered_triggers_are_found(services, history):
    if _server(services):
        _sql(services, "DROP TRIGGER audit_event_no_truncate ON audit_event")
        _sql(services, "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$")  # fmt: skip
        assert _problems(services) == [
            "操作日志的保护触发器“audit_event_no_change”被改过：它已不能阻止修改或删除操作日志。",
            "操作日志的保护触发器“audit_event_no_truncate”不见了：操作日志可以被直接修改或删除。",
            "请服务器管理员恢复保护触发器（ALTER TABLE audit_event ENABLE TRIGGER ALL；被删除或"
            "改过的，按本程序的迁移 0008 重建），核对操作日志，并告知县政协办公室。",
        ]
        return
    _sql(services, "DROP TRIGGER audit_event_no_delete", "DROP TRIGGER audit_event_no_update",
         "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN SELECT 1; END")  # fmt: skip
    assert _problems(services) == [
        "操作日志的保护触发器“audit_event_no_update”被改过：它已不能阻止修改或删除操作日志。",
        "操作日志的保护触发器“audit_event_no_delete”不见了：操作日志可以被直接修改或删除。",
        "这是绕过本程序改动了数据库。请从改动之前做的备份恢复（恢复后保护触发器会重建），"
        "并告知县政协办公室。",
    ]


def test_triggers_disabled_on_postgresql_are_found(services, history):
    if not _server(services):
        pytest.skip("PostgreSQL only: SQLite cannot disable a trigger, only drop it")
    _sql(services, "ALTER TABLE audit_event DISABLE TRIGGER ALL")
    _sql(services, "UPDATE audit_event SET detail = '' WHERE seq = 4")  # now it can be done

    assert _problems(services) == [
        _changed(4, _at(3), "zhang", "登录失败"),
        REWRITTEN + SERVER_ADVICE,
        "操作日志的保护触发器“audit_event_no_change”已被停用（DISABLE TRIGGER）：操作日志可以被"
        "直接修改或删除。",
        "操作日志的保护触发器“audit_event_no_truncate”已被停用（DISABLE TRIGGER）：操作日志可以被"
        "直接修改或删除。",
        "请服务器管理员恢复保护触发器（ALTER TABLE audit_event ENABLE TRIGGER ALL；被删除或"
        "改过的，按本程序的迁移 0008 重建），核对操作日志，并告知县政协办公室。",
    ]
    _sql(services, "ALTER TABLE audit_event ENABLE TRIGGER ALL")
    assert len(_problems(services)) == 2  # the triggers are back; the edit stays found


def test_deactivating_every_user_by_sql_keeps_the_program_locked(services, history):
    _sql(services, "UPDATE app_user SET active = false" if _server(services)
         else "UPDATE app_user SET active = 0")  # fmt: skip

    access = AccessService(services.db)  # the next start
    assert access.enabled() is True
    assert access.can(None, "edit") is False
    with pytest.raises(LoginError, match="已停用"):
        access.login("Admin", "guanli-2026")
    assert _problems(services) == [
        "所有 2 个账户都已停用：谁也不能登录，程序保持锁定（登录不会因此关闭）。本程序不允许"
        "停用最后一位管理员，这是绕过本程序改动了数据库。" + _advice(services)
    ]


def test_no_active_administrator_is_found(services, history):
    _sql(services, "UPDATE app_user SET role = 'viewer' WHERE username = 'Admin'")
    assert _problems(services) == [
        "没有在用的管理员：谁也不能管理用户、查看操作日志和恢复数据。本程序不允许停用或降级"
        "最后一位管理员，这是绕过本程序改动了数据库。" + _advice(services)
    ]


def test_deleting_every_user_by_sql_keeps_the_program_locked(services, history):
    _sql(services, "DELETE FROM app_user")

    assert AccessService(services.db).enabled() is True  # the log says logins were set up
    assert _problems(services) == [
        "操作日志记载已设置登录，但所有账户都不见了：谁也不能登录，程序保持锁定（不会因此不用"
        "密码就能打开）。账户是绕过本程序删除的。" + _advice(services)
    ]
