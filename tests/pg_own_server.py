"""A PostgreSQL server of a test's own, with password logins and (optionally) TLS: the shared
test server (``.ci/pg.sh``) trusts every connection, so a wrong password, a stopped server or
an untrusted certificate can only be seen on a server like this one.

``own_server`` starts it on a free port in a temporary folder (as the ``postgres`` system user
when the tests run as root, like ``.ci/pg.sh``) and removes it afterwards; ``stop`` stops it
before that (the "server stopped" case).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUPERUSER_PASSWORD = "Server-Pw-2026"


def server_binaries() -> Path | None:
    found = subprocess.run(
        ["bash", str(ROOT / ".ci" / "pg.sh"), "find"], capture_output=True, text=True, check=False
    )
    return Path(found.stdout.strip()) if found.returncode == 0 and found.stdout.strip() else None


@dataclass
class OwnServer:
    folder: Path
    port: int
    bin: Path
    user: str | None  # the system user it runs as (None: ourselves)
    ca_file: Path | None = None

    def run(self, *command: str) -> subprocess.CompletedProcess:
        if self.user is not None:
            command = ("runuser", "-u", self.user, "--", *command)
        return subprocess.run(command, cwd=self.folder, capture_output=True, text=True,
                              check=True, timeout=120)  # fmt: skip

    def stop(self) -> None:
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            self.run(str(self.bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A county CA and a server certificate it signs for the name localhost (not for the
    address 127.0.0.1: connecting by it shows a certificate for another name)."""

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, capture_output=True, check=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
            "/CN=county-ca", "-keyout", "ca.key", "-out", "ca.crt")  # fmt: skip
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout",
            "server.key", "-out", "server.csr")  # fmt: skip
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.crt")  # fmt: skip
    return folder / "ca.crt", folder / "server.crt", folder / "server.key"


@contextlib.contextmanager
def own_server(*, tls: bool = False, tls_only: bool = False) -> Iterator[OwnServer]:
    """A running server: password (scram) logins; ``tls``: with a certificate from its own CA
    (``OwnServer.ca_file``); ``tls_only``: refusing unencrypted connections."""
    binaries = server_binaries()
    if binaries is None or (tls and shutil.which("openssl") is None):
        import pytest

        pytest.skip("no PostgreSQL server binaries (or openssl) here")
    folder = Path(tempfile.mkdtemp(prefix="studio-pg.", dir="/tmp"))
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        shutil.chown(folder, user)
    server = OwnServer(folder, _free_port(), binaries, user)
    try:
        password_file = folder / "pw"
        password_file.write_text(SUPERUSER_PASSWORD + "\n")
        if user:
            shutil.chown(password_file, user)
        server.run(str(binaries / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
                   "--auth=scram-sha-256", f"--pwfile={password_file}", "--encoding=UTF8",
                   "--no-locale", "--no-sync")  # fmt: skip
        options = (f"-p {server.port} -c listen_addresses=127.0.0.1 "
                   f"-c unix_socket_directories={folder} -c fsync=off")  # fmt: skip
        if tls:
            ca, cert, key = _certificates(folder)
            for path in (cert, key):
                target = folder / "data" / path.name
                shutil.copy(path, target)
                target.chmod(0o600)
                if user:
                    shutil.chown(target, user)
            server.ca_file = ca
            options += " -c ssl=on"
        if tls_only:
            (folder / "data" / "pg_hba.conf").write_text(
                "local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
            )
        server.run(str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-l",
                   str(folder / "server.log"), "-w", "-t", "60", "-o", options, "start")  # fmt: skip
        yield server
    finally:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
