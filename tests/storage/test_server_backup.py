"""The county server's backup and a tested restore (issue 20, point 4): the nightly script
(packaging/server/studio-backup.sh) dumps a county demo database with pg_dump, and the restore
check (studio-restore-check.sh) restores the dump into a new database with pg_restore, where
`studio-app check` passes; a damaged dump fails it."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import make_url

from studio_app.core.services import Services
from studio_app.demo.county import fill_county_demo
from studio_app.storage.migrate import open_database
from tests.conftest import PG_URL, _pg_command
from tests.pg_own_server import server_binaries

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "packaging" / "server"

pytestmark = pytest.mark.skipif(not PG_URL, reason="STUDIO_TEST_PG_URL is not set")


@pytest.fixture(scope="module")
def county_database(pg_template) -> str:
    """A county demo on the test server, as the plain libpq URI of its database: dated in
    February, when its studios have had two reception days (77 requests where a December's
    demo has 203, 3 times as long to fill on PostgreSQL), every table filled all the same."""
    name = f"studio_backup_{uuid.uuid4().hex[:12]}"
    _pg_command(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')  # migrated already
    url = make_url(PG_URL).set(database=name)
    services = Services(open_database(url))
    try:
        fill_county_demo(services, seed=5, households=40, today=date(2026, 2, 20))
    finally:
        services.db.close()
    yield url.set(drivername="postgresql").render_as_string(hide_password=False)
    _pg_command(f'DROP DATABASE "{name}" WITH (FORCE)')


def _client_binaries() -> Path | None:
    """A folder with pg_dump and pg_restore: the server's, on PATH, or Debian's newest."""
    found = shutil.which("pg_dump")
    candidates = [server_binaries(), Path(found).parent if found else None,
                  *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]  # fmt: skip
    return next((c for c in candidates if c and (c / "pg_restore").exists()
                 and (c / "pg_dump").exists()), None)  # fmt: skip


def _env(**values: str) -> dict[str, str]:
    binaries = _client_binaries()
    if binaries is None:
        pytest.skip("pg_dump and pg_restore are not installed here")
    return {**os.environ, "PATH": f"{binaries}{os.pathsep}{os.environ['PATH']}", **values}


def _server_uri() -> str:
    url = make_url(PG_URL)
    return f"postgresql://{url.username}@{url.host}:{url.port}"


def test_the_nightly_dump_restores_and_passes_the_check(county_database, tmp_path):
    backups = tmp_path / "backups"
    done = subprocess.run(
        ["sh", str(SCRIPTS / "studio-backup.sh")],
        env=_env(STUDIO_BACKUP_DB=county_database, STUDIO_BACKUP_DIR=str(backups)),
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    dumps = list(backups.glob("studio-*.dump"))
    assert len(dumps) == 1 and not list(backups.glob("*.part"))
    assert stat.S_IMODE(dumps[0].stat().st_mode) == 0o600  # villagers' data: the account's alone

    check = subprocess.run(
        ["sh", str(SCRIPTS / "studio-restore-check.sh"), str(dumps[0])],
        env=_env(STUDIO_RESTORE_SERVER=_server_uri(), STUDIO_APP=f"{sys.executable} -m studio_app"),
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    assert "检查通过" in check.stdout
    assert "passes studio-app check" in check.stdout


def test_a_damaged_dump_fails_the_restore_check(county_database, tmp_path):
    backups = tmp_path / "backups"
    subprocess.run(
        ["sh", str(SCRIPTS / "studio-backup.sh")],
        env=_env(STUDIO_BACKUP_DB=county_database, STUDIO_BACKUP_DIR=str(backups)),
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    dump = next(backups.glob("studio-*.dump"))
    data = dump.read_bytes()
    dump.write_bytes(data[: len(data) // 2])  # cut off, as on a full disk
    check = subprocess.run(
        ["sh", str(SCRIPTS / "studio-restore-check.sh"), str(dump)],
        env=_env(STUDIO_RESTORE_SERVER=_server_uri(), STUDIO_APP=f"{sys.executable} -m studio_app"),
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert check.returncode != 0
    assert "passes studio-app check" not in check.stdout
