"""Backups (SQLite only): made while the database is open, rotated, verified, restored, checked;
the command line's backup/restore/check; and what opening a damaged file leaves to offer.

A PostgreSQL database is backed up by the server's administrator (pg_dump): only the message
saying so is tested, without a server.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import make_url, select

from studio_app.base.enums import Role
from studio_app.base.errors import DatabaseError, StudioError
from studio_app.cli_backup import COMMANDS, add_parsers
from studio_app.core.access import LoginError
from studio_app.core.households import HouseholdInput
from studio_app.core.members import MemberInput, MemberQuery
from studio_app.core.models import Member
from studio_app.core.services import Services
from studio_app.core.stats import entity_counts
from studio_app.core.visitor_requests import RequestInput
from studio_app.opening import restore_and_reopen
from studio_app.storage.backups import carry_over as carry_over_module
from studio_app.storage.backups import leftovers
from studio_app.storage.backups import make as backups
from studio_app.storage.backups.carry_over import CarriedOver
from studio_app.storage.backups.check import check, check_file, verify
from studio_app.storage.backups.files import (
    BackupError,
    backup_name,
    format_time,
    list_backups,
    newest_backup,
)
from studio_app.storage.backups.make import backup_file, due, rotate
from studio_app.storage.backups.restore import restore
from studio_app.storage.backups.service import BackupService
from studio_app.storage.backups.settings import BackupSettings
from studio_app.storage.database import Database, sqlite_path
from studio_app.storage.migrate import head_revision, open_database

FIRST_RELEASE = Path(__file__).parent / "data" / "schema_0001.sqlite3"


def _local(*args) -> datetime:
    return datetime(*args).astimezone()


def _rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def _names(path: Path) -> list[str]:
    return [r[0] for r in _rows(path, "SELECT name FROM member ORDER BY name")]


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _add_members(services: Services, *names: str) -> None:
    for i, name in enumerate(names):
        services.members.create(MemberInput(name=name, phone=f"1380000{i:04d}"))


def _add_many_members(services: Services, count: int) -> None:
    """``count`` members (a file of some size) through the services, in one transaction: one
    synced commit, not one for each."""
    with services.db.one_transaction() as db:
        inner = Services(db)
        inner.current_user = services.current_user
        _add_members(inner, *[f"委员{i:03d}" for i in range(count)])


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def live(data):
    """An open database with two members, a household and a request; its backup service."""
    database = open_database(data / "studio.sqlite3")
    services = Services(database)
    _add_members(services, "张三", "刘䶮")
    household = services.households.create(HouseholdInput(head_name="𠮷田", village="东关村"))
    services.requests.register(
        RequestInput(content="村口路灯坏了", visitor_name="𠮷田", household_id=household.id)
    )
    yield services, BackupService(database)
    database.close()


# ---- making a backup -------------------------------------------------------------------------


def test_a_backup_is_a_consistent_single_file_made_while_the_database_is_open(live, tmp_path):
    services, service = live
    path = sqlite_path(services.db.url)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0  # the latest commits are only in the -wal so far
    folder = tmp_path / "usb"
    folder.mkdir()

    info = service.backup_now(folder, now=_local(2026, 11, 23, 10, 15, 30))

    assert info.path == folder / "studio-20261123-101530.sqlite3"
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]  # no -wal, no temp
    assert _rows(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(info.path, "PRAGMA journal_mode") == [("delete",)]
    assert _names(info.path) == ["刘䶮", "张三"]
    assert _rows(info.path, "SELECT head_name FROM household") == [("𠮷田",)]
    assert info.size == info.path.stat().st_size
    # Remembered (in the config folder, not in the database) and due again tomorrow.
    place = service.last_backup()
    assert (place.last_backup, place.last_path) == (info.taken_at, info.path)
    assert not service.is_due(_local(2026, 11, 23, 23, 59))
    assert service.is_due(_local(2026, 11, 24, 0, 1))
    # The program goes on writing meanwhile.
    _add_members(services, "王五")
    assert services.members.count(MemberQuery()) == 3


def test_the_default_folder_is_beside_the_database_until_one_is_picked(live, tmp_path):
    services, service = live
    path = sqlite_path(services.db.url)
    assert service.folder() == path.parent / "backups" and service.folder_is_default()
    info = service.backup_now()
    assert info.path.parent == path.parent / "backups"

    service.set_folder(tmp_path / "usb")
    assert service.folder() == tmp_path / "usb" and not service.folder_is_default()
    # Another BackupSettings reading the same file sees it: it is on disk, per database file.
    assert BackupSettings().get(path).folder == tmp_path / "usb"
    assert BackupSettings().get(tmp_path / "other.sqlite3").folder is None


def test_a_missing_usb_stick_is_a_clear_message_and_the_next_attempt_tries_again(live, tmp_path):
    _services, service = live
    stick = tmp_path / "media" / "U盘"  # not plugged in: its mount point is not there
    service.set_folder(stick / "备份")

    with pytest.raises(BackupError) as caught:
        service.auto_backup(_local(2026, 11, 23, 9, 0))

    message = str(caught.value)
    assert "不存在" in message and "U 盘" in message and "下次会再试" in message
    assert not (tmp_path / "media").exists()  # nothing made on the computer's own disk
    assert service.last_backup().last_backup is None
    assert service.is_due(_local(2026, 11, 23, 10, 0))

    stick.mkdir(parents=True)  # plugged in: its 备份 folder is made, the backup goes there
    info = service.auto_backup(_local(2026, 11, 23, 10, 0))
    assert info is not None and info.path.parent == stick / "备份"
    assert service.auto_backup(_local(2026, 11, 23, 11, 0)) is None  # not due again today
    forced = service.auto_backup(_local(2026, 11, 23, 18, 0), force=True)  # the window closes
    assert forced is not None and forced.removed == (info.path,)  # one a day is kept
    assert list((stick / "备份").iterdir()) == [forced.path]


def test_a_folder_that_is_a_file_or_a_full_stick_is_a_clear_message(live, tmp_path, monkeypatch):
    _services, service = live
    blocker = tmp_path / "backups.txt"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="是一个文件，不是文件夹"):
        service.backup_now(blocker)

    full = tmp_path / "full"
    full.mkdir()

    def no_space(_source, _target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", no_space)
    with pytest.raises(BackupError) as caught:
        service.backup_now(full)
    assert "无法写入备份文件夹" in str(caught.value) and "No space left" in str(caught.value)
    assert list(full.iterdir()) == []  # the temporary file is gone too
    assert service.last_backup().last_backup is None


def test_a_damaged_database_is_not_backed_up_over_the_good_backups(tmp_path):
    path = tmp_path / "data" / "studio.sqlite3"
    path.parent.mkdir()
    database = open_database(path)
    services = Services(database)
    _add_many_members(services, 300)
    database.close()
    folder = tmp_path / "usb"
    good = backup_file(path, folder, now=_local(2026, 11, 1, 9, 0))
    _scribble(path)

    with pytest.raises(BackupError, match="这次没有备份：数据库已损坏"):
        backup_file(path, folder, now=_local(2026, 11, 23, 9, 0))

    assert [b.path for b in list_backups(folder)] == [good.path]
    assert [p.name for p in folder.iterdir()] == [good.path.name]  # no temporary file left


def _scribble(path: Path) -> None:
    """Damage the pages in the middle of a database file (its header stays valid)."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = bytes(range(256)) * 48
    path.write_bytes(bytes(data))


# ---- rotation --------------------------------------------------------------------------------


def test_rotation_keeps_30_daily_and_12_monthly_backups_and_nothing_else_of_ours(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    today = date(2026, 11, 23)
    made = []
    for days_ago in range(0, 500, 1):
        for hour in (9, 17):  # two backups a day: the later one of each day is kept
            at = datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
            at = at.replace(hour=hour).astimezone()
            (folder / backup_name(at)).write_bytes(b"")
            made.append(at)
    foreign = ["笔记.txt", "studio-backup.sqlite3", "studio-20261399-000000.sqlite3",
               "studio-20261123-101530.sqlite3.bak", "other-20261123-101530.sqlite3"]  # fmt: skip
    for name in foreign:
        (folder / name).write_text("not ours")
    (folder / "studio-20200101-000000.sqlite3.d").mkdir()

    removed = rotate(folder, today=today)

    kept = {b.taken_at for b in list_backups(folder)}
    daily = {at for at in made if at.hour == 17 and (today - at.date()).days < 30}
    first_days = {}  # the newest backup of each of the 12 months up to this one
    for at in sorted(made, reverse=True):
        months_ago = (today.year * 12 + today.month) - (at.year * 12 + at.month)
        if months_ago < 12:
            first_days.setdefault((at.year, at.month), at)
    assert kept == daily | set(first_days.values())
    # The newest of November and of October are among the 30 daily ones.
    assert len(daily) == 30 and len(first_days) == 12 and len(kept) == 30 + 12 - 2
    assert len(removed) == len(made) - len(kept)
    for name in foreign:
        assert (folder / name).read_text() == "not ours"
    assert (folder / "studio-20200101-000000.sqlite3.d").is_dir()
    assert rotate(folder, today=today) == []  # a second pass deletes nothing more


def test_rotation_keeps_the_newest_backup_and_any_dated_in_the_future(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    old = _local(2020, 1, 1, 9, 0)
    future = _local(2027, 5, 1, 9, 0)  # the clock was wrong that day
    for at in (old, future, _local(2019, 6, 1, 9, 0)):
        (folder / backup_name(at)).write_bytes(b"")
    rotate(folder, today=date(2026, 11, 23))
    assert sorted(p.name for p in folder.iterdir()) == [backup_name(old), backup_name(future)]
    assert newest_backup(folder) == folder / backup_name(future)
    assert newest_backup(tmp_path / "absent") is None and newest_backup(None) is None


def test_rotation_clears_temporary_files_left_by_a_killed_backup(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    killed = folder / ".studio-20261122-090000-0123abcd.partial"
    for path in (killed, killed.with_name(killed.name + "-journal")):
        path.write_bytes(b"half a backup")
    mine = folder / "studio-notes.partial"  # not a name of ours
    mine.write_bytes(b"the user's")
    with leftovers.working_in(folder):  # a backup at work there (in any process): kept
        rotate(folder, today=date(2026, 11, 23))
        assert killed.exists()
    rotate(folder, today=date(2026, 11, 23))  # no backup at work: whatever is there is left over
    assert sorted(p.name for p in folder.iterdir()) == [mine.name]


def test_due_at_most_once_a_calendar_day():
    assert due(None, _local(2026, 11, 23, 9, 0))
    assert not due(_local(2026, 11, 23, 0, 5), _local(2026, 11, 23, 23, 55))
    assert due(_local(2026, 11, 22, 23, 55), _local(2026, 11, 23, 0, 5))
    assert due(_local(2027, 1, 1, 9, 0), _local(2026, 11, 23, 9, 0))  # the clock went back


# ---- verifying -------------------------------------------------------------------------------


def test_verify_reports_time_revision_and_counts_and_leaves_the_file_alone(live, tmp_path):
    services, service = live
    info = service.backup_now(tmp_path / "usb", now=_local(2026, 11, 23, 10, 15, 30))
    before = _snapshot(info.path.parent)

    report = verify(info.path)

    assert report.taken_at == _local(2026, 11, 23, 10, 15, 30)
    assert (report.revision, report.head, report.needs_upgrade) == (
        head_revision(),
        head_revision(),
        False,
    )
    expected = {k: v["total"] for k, v in entity_counts(services.db).items() if k in report.counts}
    assert report.counts == expected
    assert (report.counts["members"], report.counts["households"], report.counts["requests"]) == (
        2, 1, 1
    )  # fmt: skip
    lines = report.summary_lines()
    assert lines[1] == "备份时间：2026-11-23 10:15:30"
    assert f"结构版本：{head_revision()}（与本程序相同）" in lines
    assert "记录：工作室 0、委员 2、联系户 1" in lines[3] and "诉求 1" in lines[3]
    assert _snapshot(info.path.parent) == before


def test_verify_of_a_database_in_wal_mode_writes_nothing_beside_it(live, tmp_path):
    services, _service = live
    path = sqlite_path(services.db.url)
    services.db.close()
    picked = tmp_path / "picked"
    picked.mkdir()
    shutil.copy(path, picked / "copy.sqlite3")  # in WAL mode, like any database of ours
    before = _snapshot(picked)

    report = verify(picked / "copy.sqlite3")

    assert report.counts["members"] == 2
    assert _snapshot(picked) == before  # no -shm, no -wal made


def _foreign_sqlite(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.commit()
    return path


def _newer(path: Path, tmp_path: Path) -> Path:
    database = open_database(tmp_path / "newer-src.sqlite3")
    database.close()
    shutil.copy(tmp_path / "newer-src.sqlite3", path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    return path


def _empty_sqlite(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version=1")  # writes the header: a database, no tables
        connection.commit()
    return path


def _written(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def _half(path: Path, tmp_path: Path) -> Path:
    database = open_database(tmp_path / "half-src.sqlite3")
    _add_many_members(Services(database), 400)
    database.close()
    data = (tmp_path / "half-src.sqlite3").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


BAD_FILES = {
    "text": (lambda p, _t: _written(p, "姓名,电话\n张三,138\n".encode()), "不是有效的数据库文件"),
    "empty-file": (lambda p, _t: _written(p, b""), "是一个空文件"),
    "empty-sqlite": (lambda p, _t: _empty_sqlite(p), "空的数据库"),
    "foreign": (lambda p, _t: _foreign_sqlite(p), "不是委员工作室助手的数据库"),
    "newer": (_newer, "更新版本"),
    "truncated": (_half, "不是有效的数据库文件"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_verify_refuses_what_cannot_be_restored(tmp_path, kind):
    make, expected = BAD_FILES[kind]
    path = make(tmp_path / "bad.sqlite3", tmp_path)
    with pytest.raises(DatabaseError) as caught:
        verify(path)
    assert expected in str(caught.value)


def test_verify_refuses_a_damaged_page_and_a_missing_file(live, tmp_path):
    services, service = live
    _add_many_members(services, 400)
    info = service.backup_now(tmp_path / "usb")
    _scribble(info.path)
    with pytest.raises(DatabaseError, match="已损坏"):
        verify(info.path)
    with pytest.raises(BackupError, match="找不到备份文件"):
        verify(tmp_path / "usb" / "gone.sqlite3")
    with pytest.raises(BackupError, match="是一个文件夹"):
        verify(tmp_path / "usb")


# ---- restoring -------------------------------------------------------------------------------


def test_restore_replaces_the_database_and_keeps_the_current_one(live, tmp_path):
    services, service = live
    info = service.backup_now(tmp_path / "usb")
    _add_members(services, "王五")  # after the backup: only in the copy kept aside
    path = sqlite_path(services.db.url)
    services.db.close()

    result = restore(info.path, path)

    assert result.db_path == path and result.report.counts["members"] == 2
    assert result.kept.parent == path.parent / "before-restore"
    assert _names(result.kept) == ["刘䶮", "张三", "王五"]
    assert _rows(result.kept, "PRAGMA integrity_check") == [("ok",)]
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "backups",
        "before-restore",
        "studio.sqlite3",
    ] or sorted(p.name for p in path.parent.iterdir()) == ["before-restore", "studio.sqlite3"]
    reopened = open_database(path)
    try:
        with reopened.session() as s:
            assert sorted(s.scalars(select(Member.name))) == ["刘䶮", "张三"]
        assert check(reopened) == []
    finally:
        reopened.close()


def test_a_restore_that_fails_leaves_the_database_as_it_was(live, tmp_path):
    services, service = live
    info = service.backup_now(tmp_path / "usb")
    path = sqlite_path(services.db.url)
    services.db.close()
    _scribble_small(info.path)
    before = path.read_bytes()

    with pytest.raises(DatabaseError):
        restore(info.path, path)

    assert path.read_bytes() == before
    assert not (path.parent / "before-restore").exists()
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []


def _scribble_small(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096
    path.write_bytes(bytes(data))


def test_restore_is_refused_while_another_program_has_the_database_open(live, tmp_path):
    services, service = live
    info = service.backup_now(tmp_path / "usb")
    _add_members(services, "王五")  # the window did not close its database
    path = sqlite_path(services.db.url)
    with services.db.session() as s:  # a connection holding the file open (in the pool)
        s.execute(select(Member.id)).all()

    with pytest.raises(BackupError, match="正被另一个窗口或程序使用"):
        restore(info.path, path)

    assert services.members.count(MemberQuery()) == 3  # untouched, still usable


def test_a_damaged_database_is_replaced_and_its_bytes_kept(live, tmp_path):
    services, service = live
    _add_many_members(services, 300)
    service.set_folder(tmp_path / "usb")
    info = service.backup_now()
    path = sqlite_path(services.db.url)
    services.db.close()
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # cut at half its size
    damaged = path.read_bytes()
    with pytest.raises(DatabaseError, match="已损坏"):
        open_database(path)
    assert newest_backup(service.folder()) == info.path  # what the window offers

    result = restore(newest_backup(service.folder()), path)

    assert result.kept.read_bytes() == damaged
    assert result.carried == CarriedOver(0, None, "恢复前的数据库已损坏，无法读取")
    reopened = open_database(path)
    reopened.close()
    assert check_file(path) == []
    assert len(_names(path)) == 302


def test_an_older_backup_is_restored_and_upgraded_when_opened(tmp_path):
    path = tmp_path / "data" / "studio.sqlite3"
    path.parent.mkdir()
    open_database(path).close()
    old = tmp_path / "usb" / "studio-20250301-090000.sqlite3"
    old.parent.mkdir()
    shutil.copy(FIRST_RELEASE, old)

    result = restore(old, path)

    assert (result.report.revision, result.report.needs_upgrade) == ("0001", True)
    assert any("恢复后自动升级" in line for line in result.report.summary_lines())
    assert result.report.taken_at == _local(2025, 3, 1, 9, 0)
    assert result.carried == CarriedOver(0, None, "")  # the database had no log yet
    assert [r[3:6] for r in _log(path)] == [("", "restore_backup", str(old))]
    assert not (path.parent / "before-upgrade").exists()  # the backup itself is the copy
    upgraded = open_database(path)
    try:
        assert check(upgraded) == []
        with upgraded.session() as s:
            assert "刘䶮" in s.scalars(select(Member.name)).all()
    finally:
        upgraded.close()


def test_restore_and_reopen_gives_the_window_a_database_either_way(live, tmp_path):
    services, service = live
    info = service.backup_now(tmp_path / "usb")
    _add_members(services, "王五")

    done = restore_and_reopen(services, info.path)

    assert done.error is None and done.result.report.counts["members"] == 2
    assert done.services.members.count(MemberQuery()) == 2
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")

    failed = restore_and_reopen(done.services, bad)

    assert isinstance(failed.error, DatabaseError) and failed.result is None
    assert failed.services.members.count(MemberQuery()) == 2  # the same data, reopened
    failed.services.db.close()


# ---- what a restore keeps: today's users and audit log ------------------------------------


def _log(path: Path) -> list[tuple]:
    return _rows(path, "SELECT seq, id, hash, username, action, target, detail FROM audit_event"
                       " ORDER BY seq")  # fmt: skip


def _users(path: Path) -> dict[str, int]:
    return dict(_rows(path, "SELECT username, active FROM app_user"))


@pytest.fixture
def with_logins(live):
    """The live database with logins: Admin and wang in the backup; after it, wang stopped,
    li added, a wrong password, a member added."""
    services, service = live
    access = services.access
    admin = access.create_first_admin("Admin", "王管理", "guanli-2026")
    wang = access.add_user(admin, "wang", "王五", Role.COORDINATOR, "lianluo-2026")
    return services, service, admin, wang


def test_a_restore_keeps_todays_users_and_log_and_adds_itself(with_logins, tmp_path):
    services, service, admin, wang = with_logins
    info = service.backup_now(tmp_path / "usb")
    access = services.access
    access.set_active(admin, wang.id, False)  # after the backup: gone for good
    access.add_user(admin, "li", "李四", Role.VIEWER, "chakan-2026")
    with pytest.raises(LoginError):
        access.login("li", "wrong-password")
    services.current_user = admin  # signed in: logins are on
    _add_members(services, "王五")
    path = sqlite_path(services.db.url)
    today = _log(path)
    assert len(today) == 5 and _log(info.path) == today[:2]

    done = restore_and_reopen(services, info.path)

    assert done.error is None
    assert done.services.members.count(MemberQuery()) == 2  # the backup's data
    assert _users(path) == {"Admin": 1, "wang": 0, "li": 1}  # today's users, wang not back
    log = _log(path)
    assert log[:-1] == today  # today's log, every link as it was
    seq, _id, _hash, username, action, target, detail = log[-1]
    assert (seq, username, action, target) == (6, "Admin", "restore_backup", str(info.path))
    assert detail == (
        f"备份时间 {format_time(info.taken_at)}；沿用恢复前的操作日志（5 条）和账户（3 个）"
    )
    assert done.result.carried == CarriedOver(5, 3, "")
    assert done.result.carried.summary() == (
        "保留了恢复前的 3 个账户和全部 5 条操作日志，这次恢复也已记入操作日志。"
    )
    assert check(done.services.db) == []
    assert done.services.access.enabled() is True
    with pytest.raises(LoginError, match="已停用"):
        done.services.access.login("wang", "lianluo-2026")
    done.services.db.close()


def test_a_restore_over_a_tampered_log_brings_the_backups_back_and_says_why(with_logins, tmp_path):
    services, service, admin, wang = with_logins
    info = service.backup_now(tmp_path / "usb")
    services.access.set_active(admin, wang.id, False)
    path = sqlite_path(services.db.url)
    services.db.close()
    with closing(sqlite3.connect(path)) as connection:  # the guards dropped, an event deleted
        connection.executescript(
            "DROP TRIGGER audit_event_no_delete; DELETE FROM audit_event WHERE seq = 2;"
        )
    tampered = _log(path)
    assert "操作日志缺少第 2 条：这条记录被删除了。" in check_file(path)

    result = restore(info.path, path, by="Admin")

    reason = "它的操作日志被绕过本程序改动过"
    assert result.carried == CarriedOver(0, None, reason)
    assert result.carried.summary().startswith(
        f"恢复前数据库的操作日志和账户没有带入：{reason}。原来的数据库文件保存在 before-restore"
    )
    log = _log(path)
    assert log[:-1] == _log(info.path)  # the backup's log, sound, and the restore after it
    assert log[-1][4:] == ("restore_backup", str(info.path), (
        f"备份时间 {format_time(info.taken_at)}；恢复前的操作日志和账户未带入（{reason}），"
        f"原数据库另存为 {result.kept}"
    ))  # fmt: skip
    assert _users(path) == {"Admin": 1, "wang": 1}  # the backup's
    assert check_file(path) == []  # the guards are back too
    assert _log(result.kept) == tampered  # the evidence, as it was


def test_a_restore_over_users_deactivated_by_sql_brings_the_backups_back(with_logins, tmp_path):
    services, service, _admin, _wang = with_logins
    info = service.backup_now(tmp_path / "usb")
    path = sqlite_path(services.db.url)
    services.db.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE app_user SET active = 0")
        connection.commit()

    result = restore(info.path, path)

    assert result.carried.reason == "它的账户被绕过本程序改动过，已没有人能登录或管理用户"
    assert _users(path) == {"Admin": 1, "wang": 1} and check_file(path) == []


def test_a_failure_while_carrying_over_leaves_the_database_as_it_was(
    with_logins, tmp_path, monkeypatch
):
    services, service, _admin, _wang = with_logins
    info = service.backup_now(tmp_path / "usb")
    path = sqlite_path(services.db.url)
    services.db.close()
    before = path.read_bytes()

    def full_disk(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(carry_over_module, "_record", full_disk)
    with pytest.raises(BackupError):
        restore(info.path, path, by="Admin")

    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []
    assert len(_log(path)) == 2 and check_file(path) == []


def test_restore_refuses_the_database_itself(live):
    services, _service = live
    path = sqlite_path(services.db.url)
    services.db.close()
    with pytest.raises(BackupError, match="就是当前的数据库文件"):
        restore(path, path)


# ---- checking --------------------------------------------------------------------------------


def test_check_finds_nothing_wrong_in_a_sound_database(live):
    services, service = live
    assert check(services.db) == [] and service.check() == []


def test_check_names_broken_foreign_keys_and_damage(tmp_path):
    path = tmp_path / "studio.sqlite3"
    open_database(path).close()
    with closing(sqlite3.connect(path)) as connection:  # foreign keys are off by default here
        connection.execute(
            "INSERT INTO household_tag (household_id, tag) VALUES ('00000000000000000000000000000001', '低保')"
        )
        connection.commit()
    problems = check_file(path)
    assert problems == ["表“household_tag”中有 1 行引用了不存在的“household”记录（行号 1）。"]

    assert "找不到数据库文件" in check_file(tmp_path / "absent.sqlite3")[0]
    assert not (tmp_path / "absent.sqlite3").exists()
    text = tmp_path / "text.sqlite3"
    text.write_text("hello")
    assert "不是有效的数据库文件" in check_file(text)[0]


# ---- settings --------------------------------------------------------------------------------


def test_an_unreadable_settings_file_is_ignored_and_rewritten(live, tmp_path):
    _services, service = live
    settings_file = service.settings.path
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text("{ not json", encoding="utf-8")
    assert service.folder_is_default()
    service.set_folder(tmp_path / "usb")
    data = json.loads(settings_file.read_text(encoding="utf-8"))
    assert next(iter(data["databases"].values()))["folder"] == str(tmp_path / "usb")
    odd_entry = json.dumps({"databases": {str(service.db_path): "x"}})
    for odd in ('{"databases": []}', "[1, 2]", odd_entry):
        settings_file.write_text(odd, encoding="utf-8")
        assert service.folder_is_default() and service.last_backup().last_backup is None
    info = service.backup_now()  # and a backup is recorded over it
    assert service.last_backup().last_path == info.path


def test_a_server_database_is_backed_up_by_its_administrator():
    server = Database(make_url("postgresql+psycopg://studio@db.example.org/studio"), None)
    service = BackupService(server)
    assert not service.available and not service.is_due()
    assert service.auto_backup(force=True) is None
    with pytest.raises(BackupError) as caught:
        service.backup_now()
    assert "pg_dump" in str(caught.value) and "服务器管理员" in str(caught.value)
    done = restore_and_reopen(Services(server), Path("x.sqlite3"))
    assert isinstance(done.error, BackupError) and "pg_dump" in str(done.error)


# ---- the command line ------------------------------------------------------------------------


def _run(argv: list[str]) -> int:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", default=None)
    parser = argparse.ArgumentParser(prog="studio-app")
    sub = parser.add_subparsers(dest="command")
    add_parsers(sub, db)
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except StudioError as exc:  # what cli.main does
        print(f"错误：{exc}")
        return 2


def test_cli_backup_restore_and_check(live, tmp_path, capsys):
    services, _service = live
    path = sqlite_path(services.db.url)
    usb = tmp_path / "usb"

    assert _run(["backup", "--db", str(path), "--to", str(usb)]) == 0
    out = capsys.readouterr().out
    (made,) = usb.iterdir()
    assert f"已备份到 {made}" in out
    _add_members(services, "王五")
    services.db.close()

    assert _run(["check", "--db", str(path)]) == 0
    assert "检查通过" in capsys.readouterr().out

    assert _run(["restore", str(made), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "已核对备份" in out and "委员 2" in out and "完整性检查：通过" in out
    assert "原来的数据库已另存为" in out and "已从备份恢复数据库" in out
    assert "这次恢复已记入操作日志" in out
    assert _names(path) == ["刘䶮", "张三"]


def test_cli_check_exits_non_zero_on_a_problem(tmp_path, capsys):
    path = tmp_path / "studio.sqlite3"
    database = open_database(path)
    _add_many_members(Services(database), 300)
    database.close()
    _scribble(path)

    assert _run(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "完整性检查" in err or "已损坏" in err
    assert "可以从备份恢复" in err


def test_cli_restore_of_a_bad_file_changes_nothing(live, tmp_path, capsys):
    services, _service = live
    path = sqlite_path(services.db.url)
    services.db.close()
    before = path.read_bytes()
    bad = _foreign_sqlite(tmp_path / "other.db")

    assert _run(["restore", str(bad), "--db", str(path)]) == 2
    assert "不是委员工作室助手的数据库" in capsys.readouterr().out
    assert path.read_bytes() == before


def test_cli_backup_of_a_server_database_says_who_backs_it_up(capsys):
    assert _run(["backup", "--db", "postgresql+psycopg://studio@db.example.org/s"]) == 2
    assert "pg_dump" in capsys.readouterr().out
