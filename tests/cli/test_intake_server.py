"""The intake page over real HTTP on 127.0.0.1: a good submission arrives as 待受理 with every
field; wrong and old tokens, a missing CSRF token, an oversized body, a flood from one address,
any other path, HEIC — each gets its answer and leaves nothing behind; formula-like and
Extension B text arrive as typed; a photo loses its GPS; the server stops at its time limit."""

from __future__ import annotations

import http.client
import io
import re
import socket
import time
import uuid

import pytest
from PIL import Image

from studio_app.base.enums import AuditAction
from studio_app.core.intake import ADDRESS_LIMIT, STOP_TIME, IntakeSession
from studio_app.core.models import IntakeSubmission
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.intake_server import IntakeServer

HOST = "127.0.0.1"


@pytest.fixture(scope="module")
def services(module_db) -> Services:
    services = Services(module_db)
    studio = services.studios.create(StudioInput(name="东关委员工作室", phone="0931-8123456"))
    services.use_studio(studio.id)
    return services


@pytest.fixture
def door(services):
    """A run of the server on a free port of 127.0.0.1, stopped after the test."""
    session = IntakeSession(services.studio_id, HOST, 0, standing=services.intake.standing_valid)
    server = IntakeServer(services, session)
    server.start()
    yield server
    server.stop(STOP_TIME)


def _request(door, method: str, path: str, body: bytes = b"", headers: dict | None = None):
    connection = http.client.HTTPConnection(HOST, door.session.port, timeout=10)
    try:
        connection.request(method, path, body=body or None, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        connection.close()


def _csrf(door) -> str:
    status, page = _request(door, "GET", f"/{door.session.token}")
    assert status == 200
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def _multipart(fields: dict[str, str], photo: bytes | None = None) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                     f"{value}\r\n".encode())  # fmt: skip
    if photo is not None:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\n'
            "Content-Type: image/jpeg\r\n\r\n".encode()
            + photo
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def _fields(phone: str, **kw) -> dict[str, str]:
    return {"name": "赵垚", "phone": phone, "village": "东关村", "category": "交通",
            "content": "村口路灯坏了", "consent": "yes", **kw}  # fmt: skip


def _post(door, fields: dict[str, str], photo: bytes | None = None, *, token: str | None = None):
    body, kind = _multipart(fields, photo)
    path = f"/{door.session.token if token is None else token}"
    return _request(door, "POST", path, body, {"Content-Type": kind})


def _count(services) -> int:
    with services.db.session() as s:
        return s.query(IntakeSubmission).count()


@pytest.mark.pg
def test_a_good_submission_arrives_pending_with_every_field(services, door):
    fields = _fields("13812340001", name="钱𠮷", content='=HYPERLINK("x") 𠮷家门前的水沟堵了')
    status, page = _post(door, {**fields, "csrf": _csrf(door)})
    assert status == 200
    receipt = re.search(r'class="receipt">([^<]+)<', page).group(1)
    assert "0931-8123456" in page and "水沟" not in page and "13812340001" not in page
    [row] = [r for r in services.intake.pending() if r.receipt == receipt]
    assert (row.name, row.phone, row.village, row.category, row.content) == (
        "钱𠮷", "13812340001", "东关村", "交通", '=HYPERLINK("x") 𠮷家门前的水沟堵了'
    )  # fmt: skip
    assert door.session.received == 1


def test_wrong_old_or_missing_tokens_leave_nothing(services, door):
    before = _count(services)
    old = IntakeSession(services.studio_id, HOST, 0).token  # a poster of another run
    for token in (old, "x" * 32, door.session.token[:-1]):
        status, page = _post(door, {**_fields("13812340002"), "csrf": _csrf(door)}, token=token)
        assert status == 403 and "二维码已失效" in page
    status, page = _post(door, _fields("13812340002"))  # no CSRF token
    assert status == 400 and "过期" in page
    status, page = _post(door, {**_fields("13812340002"), "csrf": "a.1.b"})
    assert status == 400
    assert _count(services) == before


def test_any_other_path_is_not_found(door):
    for path in ("/", "/favicon.ico", "/../../etc/passwd", f"/{door.session.token}/x",
                 "/static/style.css", "/studio.sqlite3", "/%2e%2e/"):  # fmt: skip
        status, page = _request(door, "GET", path)
        assert status in (403, 404), path
        assert "root:" not in page and "<form" not in page
    status, _page = _request(door, "GET", f"/{door.session.token}?x=/etc/passwd")
    assert status == 200  # the query is ignored: it is the form, nothing else


def test_an_oversized_body_is_refused_before_it_is_read(services, door):
    before = _count(services)
    with socket.create_connection((HOST, door.session.port), timeout=10) as s:
        s.sendall(
            f"POST /{door.session.token} HTTP/1.1\r\nHost: x\r\n"
            "Content-Type: multipart/form-data; boundary=b\r\n"
            f"Content-Length: {6 * 1024 * 1024}\r\n\r\n".encode()
        )  # and not one byte of the body: the answer comes all the same
        answer = s.recv(4096).decode("utf-8", "replace")
    assert answer.startswith("HTTP/1.1 413") and "Connection: close" in answer
    assert _count(services) == before


def test_a_flood_from_one_address_is_refused(services, door):
    before = _count(services)
    answers = [
        _post(door, {**_fields(f"1391234{n:04d}"), "csrf": _csrf(door)})[0] for n in range(100)
    ]
    assert answers.count(200) == ADDRESS_LIMIT
    assert answers.count(429) == 100 - ADDRESS_LIMIT
    assert _count(services) == before + ADDRESS_LIMIT


def _jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (36.0, 3.0, 0.0), 3: "E", 4: (103.0, 50.0, 0.0)}
    out = io.BytesIO()
    Image.new("RGB", (2400, 1800), (90, 120, 60)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_a_photo_loses_its_location_and_heic_is_refused(services, door):
    status, page = _post(door, {**_fields("13812340003"), "csrf": _csrf(door)}, _jpeg_with_gps())
    assert status == 200
    receipt = re.search(r'class="receipt">([^<]+)<', page).group(1)
    [row] = [r for r in services.intake.pending() if r.receipt == receipt]
    stored = Image.open(io.BytesIO(services.intake.photo(row.id)))
    assert stored.size == (1600, 1200) and not stored.getexif()
    before = _count(services)
    heic = b"\0\0\0\x18ftypheic" + b"\0" * 2000
    status, page = _post(door, {**_fields("13812340004"), "csrf": _csrf(door)}, heic)
    assert status == 415 and "HEIC" in page
    assert _count(services) == before


def test_the_server_stops_at_its_time_limit(services):
    session = IntakeSession(services.studio_id, HOST, 0, minutes=1)
    session.started -= 60 - 0.3  # 0.3 s of its minute left
    server = IntakeServer(services, session)
    server.start()
    deadline = time.monotonic() + 5
    while server.running and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not server.running and server.stopped_why == STOP_TIME
    with pytest.raises(OSError):
        socket.create_connection((HOST, session.port), timeout=1).close()
    [last] = services.audit.list(action=AuditAction.INTAKE, limit=1)
    assert "到了设定的时间" in last.detail
