"""Faults in the storage, in process: the 5-second wait for a lock, honest opening (missing,
empty, folder, partly damaged), private files, leftovers of killed restores, backups and
demos, and the pruning of the copies kept aside. The same faults through the command line
and the window's error dialog, with a child process each: ``tests/test_faults.py``."""

from __future__ import annotations

import functools
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from studio_app import demo
from studio_app.base.errors import DatabaseFault, FaultKind
from studio_app.base.keeping import ASIDE_KEEP_DAYS, ASIDE_KEEP_LAST
from studio_app.base.redact import ID_HIDDEN, PHONE_HIDDEN, redact
from studio_app.cli import main
from studio_app.core.households import HouseholdInput
from studio_app.core.models import Household, Member, Request, Studio
from studio_app.core.services import Services
from studio_app.demo import fill_demo
from studio_app.documents.files import write_atomic
from studio_app.opening import DataPlace, check_place, open_place, restore_file
from studio_app.storage import asides, migrate
from studio_app.storage.backups import leftovers
from studio_app.storage.backups.check import check_file
from studio_app.storage.backups.make import backup_file
from studio_app.storage.backups.restore import restore
from studio_app.storage.migrate import copy_aside, open_database

VILLAGER = HouseholdInput(
    head_name="王秀英", phone="13912345678", id_number="110101199003074514", village="东村"
)
POSIX = os.name == "posix"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _count(database, model) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(model))


# ---- the wait for a lock -----------------------------------------------------------------------


@pytest.mark.pg
def test_engines_never_put_values_into_errors(db, backend):
    assert db.engine.hide_parameters
    values = {"id": "0" * 32, "n": VILLAGER.head_name, "p": VILLAGER.phone}
    with pytest.raises(IntegrityError) as caught, db.session() as s:  # no kind: NOT NULL
        s.execute(text("INSERT INTO household (id, head_name, phone) VALUES (:id, :n, :p)"), values)
    raw = str(caught.value)
    assert "parameters hidden" in raw and "[parameters:" not in raw
    if backend == "postgresql":  # the server quotes the row itself: only redact hides it
        assert VILLAGER.phone in raw
    shown = redact(raw)
    assert VILLAGER.phone not in shown and VILLAGER.head_name not in shown


def test_redact_hides_numbers_and_rows_but_not_times_or_file_names():
    raw = (
        "(psycopg.errors.UniqueViolation) duplicate key value violates unique constraint\n"
        'DETAIL:  Key (phone)=(13912345678) already exists.\n'
        "[SQL: INSERT INTO household (head_name, phone) VALUES (%(a)s, %(b)s)]\n"
        "[parameters: {'a': '王秀英', 'b': '13912345678'}]\n"
        "Failing row contains (王秀英, 139 1234 5678, 11010119900307451X).\n"
        "电话 139-1234-5678，座机 0931-6123456，身份证 110101199003074514，旧证 110101900307451"
    )  # fmt: skip
    shown = redact(raw)
    for secret in ("13912345678", "王秀英", "139-1234-5678", "0931-6123456",
                   "110101199003074514", "11010119900307451X", "110101900307451"):  # fmt: skip
        assert secret not in shown
    assert PHONE_HIDDEN in shown and ID_HIDDEN in shown
    kept = (
        "2026-12-07 07:05:00,209 studio-20261207-070500.sqlite3 studio-0009-20261207-070500-209233"
    )
    assert redact(kept) == kept
    assert redact('File "/a/b.py", line 1977, in f') == 'File "/a/b.py", line 1977, in f'


# ---- opening honestly --------------------------------------------------------------------------


def test_what_may_become_a_new_database(tmp_path):
    missing = tmp_path / "new.sqlite3"
    with pytest.raises(DatabaseFault) as caught:
        open_database(missing, create=False)  # the window and the command line
    assert caught.value.kind == FaultKind.MISSING and not missing.exists()
    open_database(missing).close()  # the script API: Services(open_database(path))
    assert missing.stat().st_size > 0

    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    for create in (None, False):
        with pytest.raises(DatabaseFault) as caught:
            open_database(empty, create=create)
        assert caught.value.kind == FaultKind.EMPTY and empty.read_bytes() == b""
    open_database(empty, create=True).close()  # demo, the first-run wizard: on purpose
    assert empty.stat().st_size > 0

    for create in (None, True, False):
        with pytest.raises(DatabaseFault) as caught:
            open_database(tmp_path, create=create)
        assert caught.value.kind == FaultKind.NOT_A_FILE


def test_opening_the_users_data_names_the_newest_backup(tmp_path, sqlite_template):
    place = DataPlace.of_file(tmp_path / "studio.sqlite3")
    (tmp_path / "backups").mkdir()
    backup = tmp_path / "backups" / "studio-20260101-090000.sqlite3"
    shutil.copyfile(sqlite_template, backup)
    with pytest.raises(DatabaseFault) as caught:
        open_place(place)
    assert caught.value.kind == FaultKind.MISSING and caught.value.backup == backup
    assert not place.sqlite_file.exists()
    with pytest.raises(DatabaseFault) as caught:
        check_place(place)
    assert caught.value.kind == FaultKind.MISSING
    with pytest.raises(DatabaseFault) as caught:
        restore_file(DataPlace.of_file(tmp_path / "backups"), backup)
    assert caught.value.kind == FaultKind.NOT_A_FILE


def _scribble_a_data_page(path: Path) -> None:
    """The households' root page overwritten, as a failing disk would: the schema is intact,
    so the file opens; reading the households would fail."""
    with closing(sqlite3.connect(path)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'household'"
        ).fetchone()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size + 8)
        handle.write(random.Random(5).randbytes(size - 8))


def test_a_partly_damaged_file_is_refused_but_can_be_checked_and_restored(
    tmp_path, monkeypatch, capsys, demo_file
):
    path = tmp_path / "studio.sqlite3"
    shutil.copyfile(demo_file(3), path)
    (tmp_path / "backups").mkdir()
    backup = tmp_path / "backups" / "studio-20260101-090000.sqlite3"
    shutil.copyfile(path, backup)
    _scribble_a_data_page(path)
    damaged = path.read_bytes()

    monkeypatch.setattr(migrate, "QUICK_CHECK_MAX_BYTES", 0)  # without the quick check …
    open_database(path).close()  # … it opens and would take imports
    path.write_bytes(damaged)
    monkeypatch.undo()

    with pytest.raises(DatabaseFault) as caught:
        open_database(path)
    assert caught.value.kind == FaultKind.DAMAGED and "已损坏" in str(caught.value)
    assert path.read_bytes() == damaged  # refused, left as it was
    assert check_file(path)  # check still runs on it, and finds the problems
    assert main(["check", "--db", str(path)]) == 1
    assert main(["import", "households", str(tmp_path / "x.xlsx"), "--db", str(path)]) == 9
    assert main(["restore", str(backup), "--db", str(path)]) == 0
    capsys.readouterr()
    assert check_file(path) == []


# ---- private files -----------------------------------------------------------------------------

posix_only = pytest.mark.skipif(not POSIX, reason="file modes are POSIX; Windows keeps its ACLs")


@posix_only
def test_the_database_and_what_sqlite_keeps_beside_it_are_private(tmp_path):
    os.umask(0o022)
    path = tmp_path / "new" / "folder" / "studio.sqlite3"
    database = open_database(path)
    Services(database).households.create(VILLAGER)
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        assert _mode(file) == 0o600, file
    assert _mode(tmp_path / "new") == _mode(tmp_path / "new" / "folder") == 0o700
    database.close()

    os.chmod(path, 0o644)  # made by an earlier version
    open_database(path).close()
    assert _mode(path) == 0o600
    foreign = tmp_path / "other.sqlite3"
    foreign.write_bytes(b"not ours" * 100)
    os.chmod(foreign, 0o644)
    with pytest.raises(DatabaseFault):
        open_database(foreign)
    assert _mode(foreign) == 0o644  # not ours: not touched


@posix_only
def test_backups_and_the_copies_kept_aside_are_private(tmp_path, sqlite_template):
    os.umask(0o022)
    path = tmp_path / "studio.sqlite3"
    shutil.copyfile(sqlite_template, path)
    info = backup_file(path, tmp_path / "backups")
    assert _mode(info.path) == 0o600 and _mode(info.path.parent) == 0o700
    copy = copy_aside(path, "0009")
    assert _mode(copy) == 0o600 and _mode(copy.parent) == 0o700
    result = restore(info.path, path)
    assert _mode(result.kept) == 0o600 and _mode(result.kept.parent) == 0o700
    assert _mode(path) == 0o600


@posix_only
def test_exports_and_the_log_are_private(tmp_path, monkeypatch):
    import logging
    import logging.handlers

    from studio_app import logs

    os.umask(0o022)
    export = tmp_path / "名册.xlsx"
    export.write_bytes(b"old")
    os.chmod(export, 0o644)
    write_atomic(export, b"villagers")
    assert _mode(export) == 0o600

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    logger = logging.getLogger("studio_app")
    monkeypatch.setattr(logger, "handlers", [])
    (tmp_path / "state" / "studio-app" / "log").mkdir(parents=True)
    old = tmp_path / "state" / "studio-app" / "log" / "studio-app.log.1"
    old.write_text("an old log")
    os.chmod(old, 0o644)
    path = logs.start_log_file()
    try:
        logger.warning("电话 13912345678，身份证 110101199003074514")
        logger.handlers[0].flush()
        assert _mode(path) == 0o600 and _mode(path.parent) == 0o700 and _mode(old) == 0o600
        written = path.read_text(encoding="utf-8")
        assert "13912345678" not in written and "110101199003074514" not in written
        assert PHONE_HIDDEN in written
    finally:
        for handler in logger.handlers:
            handler.close()


# ---- the copies kept aside, pruned --------------------------------------------------------------


def test_copies_kept_aside_are_pruned_by_age_keeping_the_last_three(tmp_path):
    db = tmp_path / "studio.sqlite3"
    now = datetime(2026, 11, 23, 12, 0)
    upgrade, before = tmp_path / "before-upgrade", tmp_path / "before-restore"
    upgrade.mkdir()
    before.mkdir()

    def copy(folder: Path, days: float, revision: str = "") -> Path:
        stamp = asides.stamp(now - timedelta(days=days))
        path = folder / f"studio{revision}-{stamp}.sqlite3"
        path.write_bytes(b"copy")
        return path

    old = [copy(before, d) for d in (400, 200, 90, 60)]  # all older than 30 days
    wal = old[0].with_name(old[0].name + "-wal")
    wal.write_bytes(b"wal")
    young = [copy(before, d) for d in (29, 1)]
    upgrades = [copy(upgrade, d, "-0008") for d in (100, 50, 40, 35)]
    others = [before / "demo-20200101-000000-000000.sqlite3", before / "我的笔记.txt"]
    for path in others:
        path.write_bytes(b"not a copy of this database")

    removed = asides.prune(db, now)

    assert ASIDE_KEEP_DAYS == 30 and ASIDE_KEEP_LAST == 3
    # before-restore: the two young ones and the newest old one (three in all) stay.
    assert sorted(p.name for p in before.iterdir()) == sorted(
        p.name for p in [old[3], *young, *others]
    )
    assert not wal.exists()
    # before-upgrade: all older than 30 days; the newest three stay.
    assert sorted(upgrade.iterdir()) == sorted(upgrades[1:])
    assert set(removed) == {*old[:3], upgrades[0]}


def test_copies_are_pruned_when_the_database_is_opened(tmp_path, sqlite_template):
    path = tmp_path / "studio.sqlite3"
    shutil.copyfile(sqlite_template, path)
    folder = tmp_path / "before-restore"
    folder.mkdir()
    long_ago = datetime.now() - timedelta(days=365)
    for n in range(5):
        (folder / f"studio-{asides.stamp(long_ago + timedelta(hours=n))}.sqlite3").write_bytes(b"")
    open_place(DataPlace.of_file(path)).db.close()
    assert len(list(folder.iterdir())) == ASIDE_KEEP_LAST


# ---- what killed backups, restores and demos leave ----------------------------------------------


# The demos below stop or fail half-way and are run again: the smallest demo (40 households;
# the default 320 takes twice as long) is written in one transaction all the same. Dated in
# February: two reception days' requests (a December's demo has 2.6 times as many, and the
# requests are most of its time), every table filled all the same.
SMALL_DEMO = 40
SMALL_DAY = date(2026, 2, 20)


def _child(code: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def _kill_when(child: subprocess.Popen, word: str) -> None:
    assert child.stdout.readline().strip() == word
    child.send_signal(signal.SIGKILL)
    child.wait()


def test_a_killed_restore_leaves_a_copy_that_the_next_start_removes(tmp_path, sqlite_template):
    path = tmp_path / "studio.sqlite3"
    shutil.copyfile(sqlite_template, path)
    backup = tmp_path / "studio-20260101-090000.sqlite3"
    shutil.copyfile(sqlite_template, backup)
    child = _child(
        "import time\n"
        "from pathlib import Path\n"
        "from studio_app.storage.backups import restore\n"
        "def stop(*_a):\n"
        "    print('staged', flush=True); time.sleep(60)\n"
        "restore.inspect = stop\n"
        f"restore.restore(Path({str(backup)!r}), Path({str(path)!r}))\n"
    )
    _kill_when(child, "staged")
    (staging,) = tmp_path.glob(".studio.sqlite3.restore-*")
    assert staging.stat().st_size == backup.stat().st_size  # a full copy of the villagers' data

    with leftovers.working_in(tmp_path):  # a restore at work there: its copy is not touched
        open_place(DataPlace.of_file(path)).db.close()
        assert staging.exists()
    open_place(DataPlace.of_file(path)).db.close()
    assert not list(tmp_path.glob(".studio.sqlite3.restore-*"))


def test_a_killed_backup_leaves_a_partial_file_that_the_next_start_removes(
    tmp_path, sqlite_template
):
    path = tmp_path / "studio.sqlite3"
    shutil.copyfile(sqlite_template, path)
    child = _child(
        "import time\n"
        "from pathlib import Path\n"
        "from studio_app.storage.backups import make\n"
        "copy = make.copy_with_backup_api\n"
        "def copy_then_stop(*a, **kw):\n"
        "    copy(*a, **kw); print('copied', flush=True); time.sleep(60)\n"
        "make.copy_with_backup_api = copy_then_stop\n"
        f"make.backup_file(Path({str(path)!r}))\n"
    )
    _kill_when(child, "copied")
    folder = tmp_path / "backups"
    (partial,) = folder.glob(".studio-*.partial")
    assert partial.stat().st_size > 0
    open_place(DataPlace.of_file(path)).db.close()
    assert list(folder.iterdir()) == []


@pytest.mark.pg
def test_a_failed_demo_leaves_nothing_and_can_be_run_again(services, db, monkeypatch):
    from studio_app.demo import studio

    def fail(*_args, **_kw):
        raise RuntimeError("the disk failed half-way")

    monkeypatch.setattr(studio, "add_meetings", fail)
    with pytest.raises(RuntimeError):
        fill_demo(services, households=SMALL_DEMO, today=SMALL_DAY)
    for model in (Studio, Member, Household, Request):
        assert _count(db, model) == 0, model
    monkeypatch.undo()
    # not refused: nothing of the first try is there
    assert fill_demo(services, households=SMALL_DEMO, today=SMALL_DAY).members > 0


@pytest.mark.pg
def test_a_killed_demo_leaves_nothing(db, backend, tmp_path, monkeypatch):
    url = db.url.render_as_string(hide_password=False)
    child = _child(
        "import functools, time\n"
        "import datetime\n"
        "import studio_app.demo\n"
        "from studio_app.cli import main\n"
        "from studio_app.demo import studio\n"
        "def stop(*_a, **_kw):\n"
        "    print('halfway', flush=True); time.sleep(60)\n"
        "studio.add_meetings = stop\n"
        "for name in ('fill_demo', 'fill_county_demo'):\n"
        "    setattr(studio_app.demo, name, functools.partial(\n"
        f"        getattr(studio_app.demo, name), households={SMALL_DEMO}, today={SMALL_DAY!r}))\n"
        f"main(['demo', '--db', {url!r}])\n"
    )
    _kill_when(child, "halfway")  # the households and requests are written by then
    for model in (Studio, Member, Household, Request):
        assert _count(db, model) == 0, model
    monkeypatch.setattr(
        demo, "fill_demo", functools.partial(fill_demo, households=SMALL_DEMO, today=SMALL_DAY)
    )
    monkeypatch.setattr(
        demo,
        "fill_county_demo",
        functools.partial(demo.fill_county_demo, households=SMALL_DEMO, today=SMALL_DAY),
    )
    assert main(["demo", "--db", url]) == 0
    assert _count(db, Studio) == (3 if backend == "postgresql" else 1)  # a server: the county
