"""The intake verbs: ``serve`` prints the page's address with its token first and takes
submissions; ``pending --json`` is UTF-8, unescaped, phones masked; ``poster`` is refused in
Chinese until a fixed address is set; all need a login when logins are set up."""

from __future__ import annotations

import json
import re
import shutil
import threading
import time
import urllib.request

import pytest
from pypdf import PdfReader

from studio_app.base.enums import Role
from studio_app.cli import main
from studio_app.cli_errors import REFUSED as EXIT_REFUSED
from studio_app.core.intake import STOP_INTERRUPTED, SubmissionInput
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.intake_server import IntakeServer
from studio_app.storage.migrate import open_database


@pytest.fixture
def db_file(tmp_path, monkeypatch, sqlite_template):
    """A studio with logins set up, signed in as its coordinator through the environment."""
    path = tmp_path / "studio.sqlite3"
    shutil.copyfile(sqlite_template, path)  # migrated once for the run
    services = Services(open_database(path))
    services.studios.create(StudioInput(name="东关委员工作室", phone="0931-8123456"))
    admin = services.access.create_first_admin("admin", "王管理", "guanli-2026")
    services.access.add_user(admin, "lianluo", "", Role.COORDINATOR, "lianluo-2026")
    services.access.add_user(admin, "chakan", "", Role.VIEWER, "chakan-2026")
    services.current_user = services.access.login("lianluo", "lianluo-2026")
    services.intake.receive(SubmissionInput(name="赵𠮷", phone="13812345678", village="东关村",
                                            content="路灯“坏了”\n一个月"))  # fmt: skip
    services.db.close()
    monkeypatch.setenv("STUDIO_USER", "lianluo")
    monkeypatch.setenv("STUDIO_PASSWORD", "lianluo-2026")
    return path


def test_pending_json_is_utf8_unescaped_with_phones_masked(db_file, capsysbinary):
    assert main(["intake", "pending", "--json", "--db", str(db_file)]) == 0
    raw = capsysbinary.readouterr().out
    assert "赵𠮷".encode() in raw and b"\\u" not in raw and b"13812345678" not in raw
    [row] = json.loads(raw.decode("utf-8"))
    assert (row["name"], row["phone"], row["content"]) == (
        "赵𠮷",
        "138****5678",
        "路灯“坏了”\n一个月",
    )


def test_the_verbs_need_a_login(db_file, monkeypatch, capsys):
    monkeypatch.delenv("STUDIO_USER")
    monkeypatch.delenv("STUDIO_PASSWORD")
    assert main(["intake", "pending", "--db", str(db_file)]) == EXIT_REFUSED
    assert "STUDIO_USER" in capsys.readouterr().err


def test_the_poster_needs_a_fixed_address(db_file, tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main(["intake", "poster", "--out", str(out), "--db", str(db_file)]) != 0
    assert "固定地址" in capsys.readouterr().err and not out.exists()
    database = open_database(db_file)
    services = Services(database)
    services.current_user = services.access.login("lianluo", "lianluo-2026")
    url = services.intake.set_standing("192.168.1.10", 8080).url
    database.close()
    assert main(["intake", "poster", "--out", str(out), "--db", str(db_file)]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert url in text and "扫码说事" in text


def test_serve_prints_the_address_first_and_takes_submissions(db_file, monkeypatch, capsys):
    started: list[IntakeServer] = []
    start = IntakeServer.start
    monkeypatch.setattr(IntakeServer, "start", lambda self: (started.append(self), start(self)))
    args = ["intake", "serve", "--bind", "127.0.0.1", "--port", "0", "--db", str(db_file)]
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(main(args)))
    thread.start()
    out, deadline = "", time.monotonic() + 10
    while not out and time.monotonic() < deadline:
        time.sleep(0.05)
        out += capsys.readouterr().out
    server = started[0]
    url = server.session.url
    assert out.splitlines()[0] == url  # the first line: what the QR code holds
    page = urllib.request.urlopen(url, timeout=5).read().decode("utf-8")
    assert re.search(r'name="csrf"', page) and "东关委员工作室" in page
    server.stop(STOP_INTERRUPTED)
    thread.join(10)
    assert result == [0]
    assert url.startswith("http://127.0.0.1:") and len(url.rsplit("/", 1)[1]) >= 22
    assert "本次收到 0 条" in capsys.readouterr().out


def test_a_viewer_cannot_open_the_page(db_file, monkeypatch, capsys):
    monkeypatch.setenv("STUDIO_USER", "chakan")
    monkeypatch.setenv("STUDIO_PASSWORD", "chakan-2026")
    args = ["intake", "serve", "--bind", "127.0.0.1", "--port", "0", "--db", str(db_file)]
    assert main(args) == EXIT_REFUSED
    captured = capsys.readouterr()
    assert captured.out == "" and "修改数据" in captured.err  # no address was ever printed
