"""The electronic archive: finalised minutes are kept byte for byte, a change is a revision
with its reason, reprints serve the stored bytes, damage is reported, and an export can be
checked against its manifest."""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from studio_app.base.enums import DocumentKind
from studio_app.base.errors import ConflictError, StudioError, ValidationError
from studio_app.cli import main
from studio_app.core.meetings import AgendaInput, AttendeeInput, MeetingInput
from studio_app.core.members import MemberInput
from studio_app.core.models import IssuedDocument
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.documents.pdf_layout import PdfDocument

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


def text_of(data: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages))


@pytest.fixture
def studio(services):
    return services.studios.create(StudioInput(name="城关镇委员工作室", phone="0931-6123456"))


@pytest.fixture
def meeting_input(services, studio):
    member = services.members.create(MemberInput(name="王䶮", studio_id=studio.id))
    return MeetingInput(
        studio_id=studio.id,
        starts_at=datetime.now(UTC) - timedelta(days=3),
        place="协商议事室",
        topic="柳湾村通村道路硬化",
        host="王䶮",
        recorder="吉𠮷",
        attendees=[
            AttendeeInput(member_id=member.id),
            AttendeeInput(name="李堃", unit="县交通运输局"),
        ],
        agenda=[AgendaInput("通报道路现状", "村道全长 3.2 公里，雨天泥泞。")],
        agreed=["县交通运输局将柳湾村道纳入年度计划"],
    )


def test_draft_minutes_say_so_and_finalised_ones_are_kept_as_issued(services, meeting_input):
    meeting = services.meetings.create(meeting_input)
    draft = services.archive.minutes(meeting.id)
    assert "草稿" in text_of(draft.data)

    first = services.archive.finalise(meeting.id, by="蒋昇")
    assert (first.kind, first.revision, first.issued_by, first.reason) == (
        DocumentKind.MINUTES, 1, "蒋昇", ""
    )  # fmt: skip
    stored = services.archive.open(first.id)
    assert stored.intact and hashlib.sha256(stored.data).hexdigest() == first.sha256
    assert "草稿" not in text_of(stored.data) and "吉𠮷" in text_of(stored.data)
    # reprinting serves the stored bytes, however often
    assert services.archive.minutes(meeting.id).data == stored.data
    assert services.archive.minutes(meeting.id).data == stored.data

    with pytest.raises(StudioError, match="已定稿，不能直接修改"):
        services.meetings.update(meeting.id, meeting.version, replace(meeting_input, place="别处"))
    with pytest.raises(StudioError, match="已经定稿"):
        services.archive.finalise(meeting.id, by="蒋昇")
    with pytest.raises(ValidationError):
        services.archive.finalise(services.meetings.create(meeting_input).id, by="  ")


def test_a_revision_keeps_the_earlier_bytes_and_names_what_changed(services, meeting_input):
    meeting = services.meetings.create(meeting_input)
    first = services.archive.finalise(meeting.id, by="蒋昇")
    first_bytes = services.archive.open(first.id).data
    meeting = services.meetings.get(meeting.id)
    changed = replace(meeting_input, place="城关镇政府三楼会议室",
                      agreed=[*meeting_input.agreed, "镇政府安排护路员"])  # fmt: skip

    with pytest.raises(ValidationError):  # a revision needs its reason; nothing changes
        services.archive.revise(meeting.id, meeting.version, changed, "  ", by="蒋昇")
    assert services.meetings.get(meeting.id).place == "协商议事室"
    with pytest.raises(StudioError, match="没有改动"):
        services.archive.revise(meeting.id, meeting.version, meeting_input, "核对", by="蒋昇")
    assert len(services.archive.revisions(meeting.id)) == 1

    second = services.archive.revise(meeting.id, meeting.version, changed, "更正会议地点", "蒋昇")
    assert (second.revision, second.reason) == (2, "更正会议地点")
    assert services.meetings.get(meeting.id).place == "城关镇政府三楼会议室"
    again = services.archive.open(first.id)
    assert again.data == first_bytes and again.intact  # the first revision, byte for byte
    assert services.archive.revisions(meeting.id) == [
        services.archive.list(kind=DocumentKind.MINUTES)[1],
        services.archive.list(kind=DocumentKind.MINUTES)[0],
    ]
    newest = text_of(services.archive.minutes(meeting.id).data)
    today = date.today()
    assert f"第2版（{today.year}年{today.month}月{today.day}日修订）" in newest
    assert "城关镇政府三楼会议室" in newest and "镇政府安排护路员" in newest
    diff = {c.field: (c.before, c.after) for c in services.archive.revision_changes(second.id)}
    assert diff["place"] == ("协商议事室", "城关镇政府三楼会议室")
    assert diff["agreed"][1].endswith("2. 镇政府安排护路员")
    assert set(diff) == {"place", "agreed"}
    assert services.archive.revision_changes(first.id) == []

    stale = services.meetings.get(meeting.id).version - 1
    with pytest.raises(ConflictError):
        services.archive.revise(meeting.id, stale, meeting_input, "改回", by="蒋昇")
    assert len(services.archive.revisions(meeting.id)) == 2


def test_tampering_is_reported_as_damage(services, meeting_input, tmp_path, capsys):
    meeting = services.meetings.create(meeting_input)
    doc = services.archive.finalise(meeting.id, by="蒋昇")
    with services.db.session() as s:
        s.execute(update(IssuedDocument).where(IssuedDocument.id == doc.id)
                  .values(pdf=b"%PDF-1.4 altered"))  # fmt: skip
    assert not services.archive.open(doc.id).intact
    assert [(row.id, ok) for row, ok in services.archive.verify()] == [(doc.id, False)]
    with pytest.raises(StudioError, match="已损坏"):
        services.archive.minutes(meeting.id)
    url = services.db.url.render_as_string(hide_password=False)
    assert main(["archive", "verify", "--db", url]) == 1
    assert "已损坏" in capsys.readouterr().err


def test_handed_out_documents_are_archived_and_found(services, studio):
    request = services.requests.register(
        RequestInput(
            content="路灯坏了",
            visitor_name="周垚",
            visitor_phone="13812345678",
            studio_id=studio.id,
        )
    )
    receipt = services.printing.receipt(request.id)
    row = services.archive.issue(receipt, by="蒋昇")
    assert (row.kind, row.studio_name, row.sha256) == (
        DocumentKind.RECEIPT, studio.name, hashlib.sha256(receipt.data).hexdigest()
    )  # fmt: skip
    assert services.archive.open(row.id).data == receipt.data
    assert services.archive.issue(PdfDocument(b"%PDF", 1, "", "of nothing")) is None
    assert [r.id for r in services.archive.list(text=request.number)] == [row.id]
    assert services.archive.list(kind=DocumentKind.QR_POSTER) == []
    tomorrow = date.today() + timedelta(days=1)
    assert services.archive.list(start=tomorrow) == []
    assert [r.id for r in services.archive.list(end=date.today())] == [row.id]
    # printed again unchanged: the same bytes, the copy already stored; a change is a new copy
    assert services.printing.receipt(request.id).data == receipt.data
    assert services.archive.issue(services.printing.receipt(request.id), by="蒋昇").id == row.id
    other = services.archive.issue(services.printing.receipt(request.id, masked=False))
    assert other.id != row.id
    assert len(services.archive.list(text=request.number)) == 2


def test_export_writes_the_files_and_a_manifest_that_checks(services, meeting_input, tmp_path,
                                                            capsys):  # fmt: skip
    meeting = services.meetings.create(meeting_input)
    services.archive.finalise(meeting.id, by="蒋昇")
    services.members.create(MemberInput(name="赵赟", studio_id=meeting_input.studio_id))
    services.archive.issue(services.printing.qr_poster(meeting_input.studio_id), by="蒋昇")
    out = tmp_path / "county"
    url = services.db.url.render_as_string(hide_password=False)
    today = date.today().isoformat()
    assert main(["archive", "export", "--db", url, "--from", today, "--to", today,
                 "--out", str(out)]) == 0  # fmt: skip
    assert "已导出 2 份存档文件" in capsys.readouterr().out
    rows = read_manifest(out / "manifest.csv")
    assert [r["类型"] for r in rows] == ["会议纪要", "扫码找委员海报"]
    for r in rows:
        data = (out / r["文件"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == r["SHA-256"]
        assert len(data) == int(r["字节数"])
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*(r["文件"] for r in rows), "manifest.csv"]
    )


def test_a_signed_copy_is_attached_to_its_revision(services, meeting_input):
    meeting = services.meetings.create(meeting_input)
    doc = services.archive.finalise(meeting.id, by="蒋昇")
    scan = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    a = services.archive.attach(doc.id, "C:\\扫描\\签字稿.png", scan, by="蒋昇")
    assert (a.file_name, a.media_type, a.size) == ("签字稿.png", "image/png", len(scan))
    _row, data, intact = services.archive.attachment_data(a.id)
    assert data == scan and intact
    with pytest.raises(ValidationError, match="PDF 文件或 JPG、PNG"):
        services.archive.attach(doc.id, "说明.txt", "不是扫描件".encode(), by="蒋昇")
    assert [x.id for x in services.archive.attachments(doc.id)] == [a.id]
    assert services.archive.list()[0].attachments == 1


def read_manifest(path: Path) -> list[dict[str, str]]:
    """The rows of an export's manifest."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))
