"""Each database fault provoked for real while a villager's name, phone and ID number are being
written, through the command line and the services (``tests/fault_probe.py``, a child process):
the right Chinese message and exit code, and no phone or ID number (nor the name) in the
terminal's output, the error dialog's 复制详情 text or the log file.

How the faults are made (the tests run as root here, and chmod does not stop root):

- a lock: another process holds ``BEGIN IMMEDIATE`` (SQLite) or ``LOCK TABLE … IN EXCLUSIVE
  MODE`` (PostgreSQL) for longer than the 5 s the program waits;
- a read-only file or folder: ``chmod``, with the probe run by ``setpriv --bounding-set
  -dac_override,-dac_read_search,-fowner``, that is as root without the capabilities that
  override file modes (a normal user needs nothing: chmod stops them);
- a read-only disk: a read-only bind mount, and a full disk: a 2 MB tmpfs filled up, each in a
  mount namespace of the probe's own (``unshare -m``; needs root, else skipped);
- a damaged file: pages overwritten with random bytes; an empty file; a missing file; a folder;
- PostgreSQL that refuses (nothing listens on the port), and a database set read-only.
"""

from __future__ import annotations

import json
import os
import random
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from fault_probe import LOCK_WAIT_VARIABLE, VILLAGER
from sqlalchemy import create_engine, text

from studio_app.base.errors import FaultKind
from studio_app.cli_errors import FAULT_CODES

PROBE = Path(__file__).with_name("fault_probe.py")
NAME, PHONE, ID_NUMBER = "王秀英", "13912345678", "110101199003074514"
# The phone as it might be written by someone, and the ID number's middle (its birth date).
PERSONAL = (NAME, PHONE, "139 1234 5678", "139-1234-5678", ID_NUMBER, "19900307")
SETPRIV = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def assert_no_personal_data(where: str, text: str) -> None:
    found = [p for p in PERSONAL if p in text]
    assert not found, f"{found} in {where}:\n{text[:3000]}"


def _roster(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["户主", "电话", "身份证号", "村"])
    book.active.append([NAME, PHONE, ID_NUMBER, "东村"])
    book.save(path)
    os.chmod(path, 0o644)
    return path


class Probe:
    """Runs ``fault_probe.py`` in a child process with its own log, config and data folders."""

    def __init__(self, tmp_path: Path):
        self.home = tmp_path / "home"
        for name in ("state", "config", "data"):
            (self.home / name).mkdir(parents=True)
        self.roster = _roster(tmp_path / "村民名册.xlsx")
        self.env = {
            **os.environ,
            "XDG_STATE_HOME": str(self.home / "state"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_DATA_HOME": str(self.home / "data"),
        }
        self.env.pop("STUDIO_DB", None)

    def command(self, db: str) -> list[str]:
        return [sys.executable, str(PROBE), db, str(self.roster)]

    def run(
        self,
        db: str,
        *,
        prefix: list[str] | None = None,
        shell: str | None = None,
        lock_wait: int | None = None,
    ) -> dict:
        """The probe's report; ``shell`` is a script run by ``unshare -m sh -c`` before it
        (``"$@"`` is the probe's command line); ``lock_wait``: seconds instead of the 5 s."""
        argv = (prefix or []) + self.command(db)
        if shell is not None:
            argv = ["unshare", "-m", "sh", "-c", shell + '\nexec "$@"', "sh", *argv]
        env = self.env if lock_wait is None else {**self.env, LOCK_WAIT_VARIABLE: str(lock_wait)}
        done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
        report = json.loads(done.stdout.strip().splitlines()[-1])
        report["raw"] = done.stdout + done.stderr
        return report

    def log_text(self) -> str:
        files = sorted((self.home / "state").rglob("studio-app.log*"))
        assert files, "the probe wrote no log"
        return "".join(f.read_text(encoding="utf-8") for f in files)

    def check(self, report: dict, kind: FaultKind, phrase: str) -> None:
        """The fault was met by both writes and said in Chinese; no personal data anywhere."""
        assert report["code"] == FAULT_CODES[kind], report["stderr"]
        assert phrase in report["stderr"], report["stderr"]
        assert "Traceback" not in report["stderr"]
        assert report["kind"] == kind.value and phrase in report["message"]
        for where in ("stdout", "stderr", "message", "details", "raw"):
            assert_no_personal_data(where, report.get(where) or "")
        assert_no_personal_data("the cause's details", report.get("cause_details") or "")
        assert_no_personal_data("the log", self.log_text())


@pytest.fixture
def probe(tmp_path) -> Probe:
    return Probe(tmp_path)


@pytest.fixture
def db_file(tmp_path, sqlite_template) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "studio.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path


def _need_root_tools(*tools: str) -> None:
    if not IS_ROOT:
        pytest.skip("needs root (a mount namespace)")
    for tool in tools:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    if subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode != 0:
        pytest.skip("no mount namespaces here")


def _unprivileged() -> list[str]:
    """A prefix that runs a command bound by file modes: nothing for a normal user; for root,
    root without the capabilities that override them."""
    if not IS_ROOT:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is not installed")
    return SETPRIV


# ---- SQLite --------------------------------------------------------------------------------


def test_a_lock_held_longer_than_5_seconds(probe, db_file):
    """The program waits 5 s for another writer (``busy_timeout`` of the connections it opens,
    read back here, and the message's 5 s); the probe waits 1 s, the same way, to save 8 s."""
    from studio_app.storage import faults
    from studio_app.storage.migrate import open_database

    database = open_database(db_file)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 5000
    finally:
        database.close()
    assert "等了 5 秒仍未完成" in str(faults.locked(db_file))
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(db_file)!r}, isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        report = probe.run(str(db_file), lock_wait=1)
    finally:
        holder.kill()
        holder.wait()
    probe.check(
        report, FaultKind.LOCKED, "正被另一个窗口或程序写入，等了 1 秒仍未完成，这次没有保存"
    )
    assert 0.9 < report["cli_seconds"] < 6 and 0.9 < report["services_seconds"] < 6
    _usable_again(str(db_file))


def test_a_read_only_file(probe, db_file):
    os.chmod(db_file, 0o444)
    report = probe.run(str(db_file), prefix=_unprivileged())
    probe.check(report, FaultKind.READ_ONLY, "是只读的（文件设为只读，或这个账户没有写入权限）")


def test_a_read_only_folder(probe, db_file):
    os.chmod(db_file.parent, 0o555)
    try:
        report = probe.run(str(db_file), prefix=_unprivileged())
    finally:
        os.chmod(db_file.parent, 0o755)
    probe.check(report, FaultKind.READ_ONLY, f"所在的文件夹“{db_file.parent}”不能写入")


def test_a_read_only_disk(probe, db_file):
    _need_root_tools("unshare", "mount")
    folder = shlex.quote(str(db_file.parent))
    report = probe.run(
        str(db_file),
        shell=f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}",
    )
    probe.check(report, FaultKind.READ_ONLY, "所在的磁盘是只读的")


def test_a_full_disk(probe, db_file, tmp_path):
    _need_root_tools("unshare", "mount")
    disk = tmp_path / "disk"
    disk.mkdir()
    target = disk / "studio.sqlite3"
    quoted = shlex.quote(str(disk))
    report = probe.run(
        str(target),
        shell=(
            f"mount -t tmpfs -o size=2m tmpfs {quoted} && "
            f"cp {shlex.quote(str(db_file))} {shlex.quote(str(target))} && "
            f"(head -c 4000000 /dev/zero > {quoted}/filler 2>/dev/null; true)"
        ),
    )
    probe.check(report, FaultKind.DISK_FULL, "所在的磁盘已满，这次没有保存")


def _scribble(path: Path) -> None:
    """Overwrite pages in the middle of the file with random bytes, as a failing disk would."""
    size = path.stat().st_size
    pages = size // 4096
    rng = random.Random(7)
    with open(path, "r+b") as handle:
        for page in range(2, pages - 1, 3):
            handle.seek(page * 4096)
            handle.write(rng.randbytes(4096))


def _a_backup_of(db_file: Path) -> Path:
    folder = db_file.parent / "backups"
    folder.mkdir()
    backup = folder / "studio-20260101-090000.sqlite3"
    shutil.copyfile(db_file, backup)
    return backup


def test_a_damaged_file(probe, db_file):
    backup = _a_backup_of(db_file)
    _scribble(db_file)
    report = probe.run(str(db_file))
    probe.check(report, FaultKind.DAMAGED, "已损坏")
    assert f"最新的备份是“{backup}”" in report["stderr"]
    assert "studio-app restore" in report["stderr"]


def test_an_empty_file(probe, db_file):
    backup = _a_backup_of(db_file)
    db_file.write_bytes(b"")
    report = probe.run(str(db_file))
    probe.check(report, FaultKind.EMPTY, "是空的（0 字节）")
    assert f"最新的备份是“{backup}”" in report["stderr"]
    assert db_file.read_bytes() == b""  # not made into a new, empty database


def test_a_mistyped_path(probe, db_file):
    mistyped = db_file.with_name("studoi.sqlite3")
    report = probe.run(str(mistyped))
    probe.check(report, FaultKind.MISSING, "找不到数据库文件")
    assert "没有找到这个数据库的备份" in report["stderr"]
    assert not mistyped.exists()


def test_a_folder_given_as_the_database(probe, db_file):
    report = probe.run(str(db_file.parent))
    probe.check(report, FaultKind.NOT_A_FILE, "是一个文件夹，不是数据库文件")


# ---- PostgreSQL ----------------------------------------------------------------------------


def test_a_server_that_refuses(probe):
    report = probe.run("postgresql+psycopg://studio@127.0.0.1:1/studio")
    probe.check(report, FaultKind.SERVER, "服务器拒绝连接")


@pytest.mark.pg
def test_a_lock_held_on_the_server(probe, db, backend):
    """The server's wait is the program's 5 s (``lock_timeout``, read back here); the probe waits
    1 s, the same way, to save 8 s."""
    if backend != "postgresql":
        pytest.skip("the SQLite lock is tested above")
    with db.engine.connect() as connection:
        assert connection.execute(text("SHOW lock_timeout")).scalar_one() == "5s"
    url = db.url.render_as_string(hide_password=False)
    holder = create_engine(url)
    with holder.connect() as connection:
        connection.execute(text("LOCK TABLE household IN EXCLUSIVE MODE"))
        report = probe.run(url, lock_wait=1)
        connection.rollback()
    holder.dispose()
    probe.check(report, FaultKind.LOCKED, "正被另一台电脑修改，等了 1 秒仍未完成，这次没有保存")
    assert 0.9 < report["cli_seconds"] < 6 and 0.9 < report["services_seconds"] < 6
    _usable_again(url)


def _usable_again(db: str) -> None:
    """Once the lock is gone, the same write goes through."""
    from studio_app.core.households import HouseholdInput
    from studio_app.opening import locate, open_place

    services = open_place(locate(db))
    try:
        assert services.households.create(HouseholdInput(**VILLAGER)).phone == VILLAGER["phone"]
    finally:
        services.db.close()


@pytest.mark.pg
def test_a_read_only_server_database(probe, db, backend):
    if backend != "postgresql":
        pytest.skip("SQLite's read-only file and folder are tested above")
    url = db.url.render_as_string(hide_password=False)
    admin = create_engine(db.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text(f'ALTER DATABASE "{db.url.database}" SET default_transaction_read_only = on')
        )
    admin.dispose()
    db.close()  # its pooled connections were made before
    report = probe.run(url)
    probe.check(report, FaultKind.READ_ONLY, "只允许读取")


def test_each_fault_has_its_own_exit_code_apart_from_validation():
    from studio_app.base.enums import Permission
    from studio_app.base.errors import ValidationError
    from studio_app.cli_errors import (
        DATABASE,
        INPUT,
        PROBLEMS,
        REFUSED,
        UNEXPECTED,
        epilog,
        exit_code,
    )
    from studio_app.core.access import PermissionDeniedError

    codes = list(FAULT_CODES.values())
    assert set(FAULT_CODES) == set(FaultKind)
    assert len(set(codes)) == len(codes)
    others = (PROBLEMS, INPUT, DATABASE, REFUSED, UNEXPECTED)
    assert not set(codes) & {0, *others}
    for code in (*codes, *others):
        assert f"  {code} " in epilog()
    assert exit_code(ValidationError.single("phone", "电话", "不对")) == INPUT
    assert exit_code(PermissionDeniedError(None, Permission.ANONYMISE)) == REFUSED


def test_the_probe_sees_personal_data_when_it_is_there(probe, tmp_path):
    """The greps above can fail: the same checks catch a phone, an ID number or a name."""
    for leak in (PHONE, "139 1234 5678", ID_NUMBER, NAME):
        with pytest.raises(AssertionError):
            assert_no_personal_data("a test", f"sqlite3.OperationalError ({leak})")
