"""What a restore keeps of the database it replaces: its users and its whole audit log.

A backup brings back the data as it was; it must not bring back the log as it was (erasing
what happened since) nor users removed since. So once the verified backup is staged (and
upgraded), the current database's ``app_user`` rows and its whole ``audit_event`` chain, read
from the copy just kept in ``before-restore``, replace the backup's, and the restore is added
to that chain as its newest event. It is one transaction on the staged copy, before the copy
replaces the database: a failure leaves the database as it was.

The current log is carried over only when it can be trusted: the file reads, its chain holds
and the login switch is in order (``storage.audit_log``). A damaged database, or one whose log
or users were changed behind the program's back, is what a backup is restored *for*: then the
backup's users and log stay, and the restore's event says why (the current file stays, as it
was, in ``before-restore``). Users are carried only from a database that has any, so restoring
over a database without logins never switches a backup's logins off. The guard triggers are
put back as the program makes them.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Connection, create_engine, insert
from sqlalchemy.pool import NullPool

from studio_app.base.enums import AuditAction
from studio_app.base.i18n import N_, tr, trn
from studio_app.base.messages import chinese
from studio_app.core.models import AuditEvent, User, utcnow
from studio_app.core.models.access import ordered_uuid
from studio_app.core.models.audit_chain import CHAIN_START, chain_hash
from studio_app.storage.audit_log import chain_problems, ensure_sqlite_guards, login_problems
from studio_app.storage.backups.files import copy_with_wal, format_time, unlink_quietly
from studio_app.storage.migrate import VERSION_TABLE, head_revision, known_revisions, upgrade_file

log = logging.getLogger("studio_app.storage")

SIDECARS = ("-wal", "-shm", "-journal")
MAX_USERNAME = 100  # as the log stores a name (core.audit)
EVENT_COLUMNS = ", ".join(c.name for c in AuditEvent.__table__.columns)
USER_COLUMNS = ", ".join(c.name for c in User.__table__.columns)


@dataclass(frozen=True)
class CarriedOver:
    """What a restore kept of the database it replaced.

    Attributes:
        events: events of the current log now in the restored database (0: none carried).
        users: users carried over; None when the backup's stayed.
        reason: why the current log and users were not carried ("" when they were, or when
            there was nothing to carry), in Chinese: the audit log keeps it so, ``summary``
            shows it in the interface language.
    """

    events: int
    users: int | None
    reason: str = ""

    def summary(self) -> str:
        """One line for the user, in Chinese."""
        if self.reason:
            return tr(
                "恢复前数据库的操作日志和账户没有带入：{reason}。原来的数据库文件保存在 "
                "before-restore 文件夹中，可供核查。这次恢复已记入操作日志。"
            ).format(reason=tr(self.reason))  # i18n: from _trust and _source (marked N_)
        if self.events and self.users is not None:
            return tr(
                "保留了恢复前的 {users} 个账户和全部 {events} 条操作日志，这次恢复也已记入操作日志。"
            ).format(users=self.users, events=self.events)
        if self.events:
            return trn(
                "保留了恢复前的全部 %n 条操作日志（恢复前没有设置登录，账户用备份中的），"
                "这次恢复也已记入操作日志。",
                self.events,
            )
        return tr("这次恢复已记入操作日志。")


def _revision(connection: sqlite3.Connection) -> str | None:
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if VERSION_TABLE not in tables:
        return None
    row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return row[0] if row else None


def _trust(connection: sqlite3.Connection) -> str:
    """Why the log and users of a database (at the newest revision) cannot be carried over;
    "" when they can."""
    fetch = lambda sql: connection.execute(sql).fetchall()  # noqa: E731
    if chain_problems(fetch, server=False):
        return N_("它的操作日志被绕过本程序改动过")
    if login_problems(fetch, server=False):
        return N_("它的账户被绕过本程序改动过，已没有人能登录或管理用户")
    return ""


def _source(kept: Path, scratch: Path) -> tuple[Path | None, str]:
    """The current database, copied from ``kept`` (never opened: it stays as it was) to
    ``scratch`` and upgraded there if older, to carry from; or None and why not."""
    copy_with_wal(kept, scratch)
    try:
        connection = sqlite3.connect(scratch)
        try:
            revision = _revision(connection)
            if revision is None:
                return None, ""  # an empty file: nothing to carry
            if revision not in known_revisions():
                return None, N_("恢复前的数据库由更新版本的程序创建，本程序无法读取")
            if revision == head_revision():
                why = _trust(connection)
                return (None, why) if why else (scratch, "")
        finally:
            connection.close()
        try:
            upgrade_file(scratch)
        except Exception as exc:
            log.warning("could not upgrade the current database's copy: %s", exc)
            return None, N_("恢复前的数据库无法升级到本程序的结构版本")
        connection = sqlite3.connect(scratch)
        try:
            why = _trust(connection)
        finally:
            connection.close()
        return (None, why) if why else (scratch, "")
    except sqlite3.DatabaseError as exc:
        log.info("current database unreadable (%s): nothing carried over", exc)
        return None, N_("恢复前的数据库已损坏，无法读取")


def _count(c: Connection, sql: str) -> int:
    return c.exec_driver_sql(sql).scalar() or 0


def _carry(c: Connection) -> tuple[int, int | None]:
    """The attached ``kept`` database's log (and users, if it has any) in place of the
    staged backup's. Returns how many events and users (None: none carried)."""
    events = _count(c, "SELECT count(*) FROM kept.audit_event")
    users = _count(c, "SELECT count(*) FROM kept.app_user")
    if events:
        for statement in ("DROP TRIGGER IF EXISTS audit_event_no_update",
                          "DROP TRIGGER IF EXISTS audit_event_no_delete"):  # fmt: skip
            c.exec_driver_sql(statement)  # put back by ensure_sqlite_guards
        c.exec_driver_sql("DELETE FROM main.audit_event")
        c.exec_driver_sql(
            f"INSERT INTO main.audit_event ({EVENT_COLUMNS})"
            f" SELECT {EVENT_COLUMNS} FROM kept.audit_event"
        )
    if users:
        c.exec_driver_sql("DELETE FROM main.app_user")
        c.exec_driver_sql(
            f"INSERT INTO main.app_user ({USER_COLUMNS}) SELECT {USER_COLUMNS} FROM kept.app_user"
        )
    return events, users if users else None


def _record(c: Connection, by: str, target: str, detail: str) -> None:
    """The restore, as the newest link of the restored database's chain."""
    head = c.exec_driver_sql(
        "SELECT seq, hash FROM main.audit_event ORDER BY seq DESC LIMIT 1"
    ).first()
    seq, previous = (head[0] + 1, head[1]) if head else (1, CHAIN_START)
    event = {
        "id": ordered_uuid(),
        "at": utcnow(),
        "username": by[:MAX_USERNAME],
        "action": AuditAction.RESTORE_BACKUP,
        "target": target,
        "detail": detail,
    }
    link = chain_hash(previous, seq, *event.values())
    c.execute(insert(AuditEvent.__table__).values(**event, seq=seq, hash=link))


def _detail(carried: CarriedOver, taken_at: datetime, kept: Path | None) -> str:
    """The restore event's detail: the backup's time and what was kept (in Chinese, as the
    audit log stores it: ``base.messages``)."""
    time = format_time(taken_at)
    if carried.reason:
        return chinese("audit.restore_not_kept", time=time, reason=carried.reason, kept=str(kept))
    if carried.events and carried.users is not None:
        return chinese("audit.restore_kept", time=time, events=carried.events, users=carried.users)
    if carried.events:
        return chinese("audit.restore_kept_log", time=time, events=carried.events)
    return chinese("audit.backup_time", time=time)


def carry_over(
    staged: Path, kept: Path | None, *, by: str, backup: Path, taken_at: datetime
) -> CarriedOver:
    """Carry the current database's users and log (its copy ``kept``, None if there was no
    database) into the ``staged`` backup at the newest revision, put the guards back and add
    the restore, done by ``by``, of ``backup`` (made at ``taken_at``) to the log. One
    transaction: on any error ``staged`` is as it was (and is not installed)."""
    scratch = staged.with_name(f"{staged.name}.current-{uuid.uuid4().hex[:8]}")
    try:
        source, reason = _source(kept, scratch) if kept is not None else (None, "")
        engine = create_engine(URL.create("sqlite", database=str(staged)), poolclass=NullPool)
        try:
            with engine.connect() as c:
                driver = c.connection.driver_connection
                driver.isolation_level = None  # BEGIN and COMMIT are ours (as in migrate.py)
                if source is not None:
                    c.exec_driver_sql("ATTACH DATABASE ? AS kept", (str(source),))
                c.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    events, users = _carry(c) if source is not None else (0, None)
                    ensure_sqlite_guards(
                        c.exec_driver_sql, lambda sql: c.exec_driver_sql(sql).all()
                    )
                    carried = CarriedOver(events, users, reason)
                    _record(c, by, str(backup), _detail(carried, taken_at, kept))
                    c.commit()
                except BaseException:
                    c.rollback()
                    raise
                if source is not None:
                    c.exec_driver_sql("DETACH DATABASE kept")
                c.exec_driver_sql("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            engine.dispose()
    finally:
        unlink_quietly(scratch, *(scratch.with_name(scratch.name + s) for s in SIDECARS))
    log.info("restore carried over %s events and %s users (%s)", events, users, reason or "ok")
    return carried
