"""Checking what the services cannot vouch for themselves: the audit log's hash chain, the
triggers that keep it append-only, and the login switch.

Someone with the database file (or a table owner on the server) can drop or disable the
triggers, delete or edit events, put the triggers back, or deactivate every user with one
UPDATE. ``audit_problems`` finds each of these, in Chinese, with what to do. It reads plain SQL
through ``Fetch`` (any connection: the ``sqlite3`` one of a file checked as it is, or a
server's), and the chain is verified by the pure ``core.models.audit_chain.chain_breaks``.

The guards themselves are defined here as the program expects them (``SQLITE_GUARDS``); a
restore puts them back on the restored file (``ensure_sqlite_guards``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from studio_app.base.enums import AuditAction, Role
from studio_app.base.i18n import tr, trn
from studio_app.base.labels import label
from studio_app.core.models.audit_chain import ChainBreak, ChainRow, as_utc, chain_breaks

Fetch = Callable[[str], Iterable[tuple]]  # runs one SELECT, returns its rows

CHAIN_REVISION = "0010"  # the first revision with the chain
GUARD_REVISION = "0008"  # the first with the triggers and the users
MAX_LISTED = 8  # breaks listed one by one; the rest are counted

SQLITE_GUARDS = {
    "audit_event_no_update": """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only');
    END""",
    "audit_event_no_delete": """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only');
    END""",
}
POSTGRESQL_FUNCTION = "audit_event_append_only"
POSTGRESQL_FUNCTION_BODY = (
    "BEGIN RAISE EXCEPTION 'audit_event is append-only' "
    "USING ERRCODE = 'integrity_constraint_violation'; END"
)
POSTGRESQL_GUARDS = {  # name: its definition as pg_get_triggerdef gives it, without the schema
    "audit_event_no_change": "CREATE TRIGGER audit_event_no_change BEFORE DELETE OR UPDATE ON "
    f"audit_event FOR EACH ROW EXECUTE FUNCTION {POSTGRESQL_FUNCTION}()",
    "audit_event_no_truncate": "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "
    f"audit_event FOR EACH STATEMENT EXECUTE FUNCTION {POSTGRESQL_FUNCTION}()",
}
ENABLED = {"O", "A"}  # pg_trigger.tgenabled: fires (D: disabled, R: only on replicas)


def _words(sql: str | None) -> str:
    """SQL with its spacing made one space (to compare definitions)."""
    return re.sub(r"\s+", " ", sql or "").strip()


def _server_or_file(server: bool, on_server: str, on_file: str) -> str:
    return on_server if server else on_file


def restore_advice(server: bool) -> str:
    """What to do when the log or the users were changed behind the program's back."""
    return _server_or_file(
        server,
        tr("请不要再修改这个数据库，由服务器管理员从改动之前做的备份恢复，并告知县政协办公室。"),
        tr(
            "请保留这个数据库文件（不要再修改），从改动之前做的备份恢复（“文件 → 从备份恢复”，"
            "或 studio-app restore 备份文件 --db 数据库），并告知县政协办公室。"
        ),
    )


# ---- the chain -------------------------------------------------------------------------------


def _event_text(row: ChainRow) -> str:
    """An event as the log dialog shows it: local time, user, action."""
    try:
        action = label(AuditAction(row.action))
    except ValueError:
        action = str(row.action)
    try:
        time = as_utc(row.at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        time = str(row.at)
    return tr("{time}，{user}，{action}").format(
        time=time, user=row.username or tr("（未登录）"), action=action
    )


def _break_text(b: ChainBreak) -> str:
    if b.kind == "missing":
        if b.first == b.last:
            return tr("操作日志缺少第 {first} 条：这条记录被删除了。").format(first=b.first)
        return tr("操作日志缺少第 {first}–{last} 条（共 {n} 条）：这些记录被删除了。").format(
            first=b.first, last=b.last, n=b.last - b.first + 1
        )
    if b.kind == "changed":
        return tr(
            "操作日志第 {seq} 条（{event}）与它的校验值不符：这一条被改过，"
            "或者它前面有记录被删除、插入或改过。"
        ).format(seq=b.row.seq, event=_event_text(b.row))
    if b.kind == "repeated":
        return tr("操作日志第 {seq} 条出现了不止一次（{event}）：有记录是另外插入的。").format(
            seq=b.row.seq, event=_event_text(b.row)
        )
    return tr("操作日志中有一条记录无法核对（序号 {seq}，编号 {id}）：它不是本程序写入的。").format(
        seq=b.row.seq, id=b.row.id
    )


def chain_problems(fetch: Fetch, *, server: bool) -> list[str]:
    """The breaks in the audit log's chain, in Chinese, then what to do; [] when it holds."""
    found = chain_breaks(
        fetch(f"SELECT {ChainRow.CHAIN_COLUMNS} FROM audit_event ORDER BY seq, id")
    )
    if not found.breaks:
        return []
    problems = [_break_text(b) for b in found.breaks[:MAX_LISTED]]
    if len(found.breaks) > MAX_LISTED:
        problems.append(trn("操作日志另有 %n 处不符。", len(found.breaks) - MAX_LISTED))
    problems.append(
        tr("操作日志被绕过本程序改动过，已不能证明谁在什么时候做了什么。") + restore_advice(server)
    )
    return problems


# ---- the guards ------------------------------------------------------------------------------


def _guard_missing(name: str) -> str:
    return tr("操作日志的保护触发器“{name}”不见了：操作日志可以被直接修改或删除。").format(
        name=name
    )


def _guard_changed(name: str) -> str:
    return tr("操作日志的保护触发器“{name}”被改过：它已不能阻止修改或删除操作日志。").format(
        name=name
    )


def sqlite_guard_problems(fetch: Fetch) -> list[str]:
    found = {
        name: sql
        for name, sql in fetch(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
        )
    }
    problems = []
    for name, expected in SQLITE_GUARDS.items():
        if name not in found:
            problems.append(_guard_missing(name))
        elif _words(found[name]) != _words(expected):
            problems.append(_guard_changed(name))
    return problems


def postgresql_guard_problems(fetch: Fetch) -> list[str]:
    found = {
        name: (enabled, definition, function, body)
        for name, enabled, definition, function, body in fetch(
            "SELECT t.tgname, t.tgenabled::text, pg_get_triggerdef(t.oid), p.proname, p.prosrc"
            " FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid"
            " WHERE t.tgrelid = 'audit_event'::regclass AND NOT t.tgisinternal"
        )
    }
    problems = []
    for name, expected in POSTGRESQL_GUARDS.items():
        if name not in found:
            problems.append(_guard_missing(name))
            continue
        enabled, definition, function, body = found[name]
        definition = re.sub(r" ON \S+\.audit_event ", " ON audit_event ", _words(definition))
        if (
            definition != expected
            or function != POSTGRESQL_FUNCTION
            or _words(body) != POSTGRESQL_FUNCTION_BODY
        ):
            problems.append(_guard_changed(name))
        elif enabled not in ENABLED:
            problems.append(
                tr(
                    "操作日志的保护触发器“{name}”已被停用（DISABLE TRIGGER）：操作日志可以被直接"
                    "修改或删除。"
                ).format(name=name)
            )
    return problems


def guard_problems(fetch: Fetch, *, server: bool) -> list[str]:
    """Whether the triggers that refuse UPDATE and DELETE are there, as made, and enabled."""
    problems = postgresql_guard_problems(fetch) if server else sqlite_guard_problems(fetch)
    if problems:
        problems.append(
            _server_or_file(
                server,
                tr(
                    "请服务器管理员恢复保护触发器（ALTER TABLE audit_event ENABLE TRIGGER ALL；"
                    "被删除或改过的，按本程序的迁移 0008 重建），核对操作日志，并告知县政协办公室。"
                ),
                tr(
                    "这是绕过本程序改动了数据库。请从改动之前做的备份恢复（恢复后保护触发器会重建），"
                    "并告知县政协办公室。"
                ),
            )
        )
    return problems


def ensure_sqlite_guards(execute: Callable[[str], object], fetch: Fetch) -> None:
    """Put the guards back as the program makes them (inside the caller's transaction)."""
    present = {
        name: sql
        for name, sql in fetch(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
        )
    }
    for name, sql in SQLITE_GUARDS.items():
        if _words(present.get(name)) != _words(sql):
            execute(f"DROP TRIGGER IF EXISTS {name}")
            execute(sql)


# ---- the login switch ------------------------------------------------------------------------


def login_problems(fetch: Fetch, *, server: bool) -> list[str]:
    """Logins, once set up, stay on (``AccessService.enabled``); a database where nobody can
    log in or manage users any more was changed behind the program's back, which never lets
    the last active administrator go."""
    # A studio's 管理员 or the county's 县政协管理员 (a county server may have only the latter).
    admins_in = ", ".join(f"'{role.value}'" for role in (Role.ADMIN, Role.COUNTY_ADMIN))
    added = AuditAction.USER_ADDED.value
    ((users, active, admins),) = fetch(
        "SELECT count(*), coalesce(sum(CASE WHEN active THEN 1 ELSE 0 END), 0),"
        f" coalesce(sum(CASE WHEN active AND role IN ({admins_in}) THEN 1 ELSE 0 END), 0)"
        " FROM app_user"
    )
    ((set_up,),) = fetch(
        f"SELECT count(*) FROM (SELECT 1 FROM audit_event WHERE action = '{added}' LIMIT 1) AS x"
    )
    if not users and not set_up:
        return []  # login was never set up
    if not users:
        problem = tr(
            "操作日志记载已设置登录，但所有账户都不见了：谁也不能登录，程序保持锁定"
            "（不会因此不用密码就能打开）。账户是绕过本程序删除的。"
        )
    elif not active:
        problem = trn(
            "所有 %n 个账户都已停用：谁也不能登录，程序保持锁定（登录不会因此关闭）。"
            "本程序不允许停用最后一位管理员，这是绕过本程序改动了数据库。",
            users,
        )
    elif not admins:
        problem = tr(
            "没有在用的管理员：谁也不能管理用户、查看操作日志和恢复数据。本程序不允许停用或"
            "降级最后一位管理员，这是绕过本程序改动了数据库。"
        )
    else:
        return []
    return [problem + restore_advice(server)]


def audit_problems(fetch: Fetch, revision: str | None, *, server: bool) -> list[str]:
    """The chain, the guards and the login switch of a database at ``revision`` (a revision
    this program knows: older ones have less to check, and get it when upgraded)."""
    if revision is None or revision < GUARD_REVISION:
        return []
    problems = []
    if revision >= CHAIN_REVISION:
        problems += chain_problems(fetch, server=server)
    problems += guard_problems(fetch, server=server)
    problems += login_problems(fetch, server=server)
    return problems
