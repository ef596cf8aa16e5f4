"""`studio-app print …`: every document from the command line, on the demo studio."""

from __future__ import annotations

import re
import shutil
from io import BytesIO

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from studio_app.cli import main
from studio_app.core.members import MemberQuery
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_file):
    path = tmp_path_factory.mktemp("print") / "demo.sqlite3"
    shutil.copyfile(demo_file(3), path)
    return str(path)


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_minutes_of_the_latest_meeting(demo_db, tmp_path, capsys):
    services = Services(open_database(demo_db))
    latest = services.meetings.latest()
    out = tmp_path / "纪要.pdf"
    code, stdout, _ = run(capsys, "print", "minutes", "--db", demo_db, "--out", str(out))
    assert code == 0 and "已生成" in stdout
    text = text_of(out)
    assert re.sub(r"\s+", "", latest.topic) in text and "纪要" in text
    other = services.meetings.list()[-1]
    code, _, _ = run(capsys, "print", "minutes", "--meeting", str(other.id), "--db", demo_db,
                     "--out", str(out))  # fmt: skip
    assert code == 0 and re.sub(r"\s+", "", other.topic) in text_of(out)
    # --db anywhere: before the command, between print and the document, after it
    for args in (("--db", demo_db, "print", "minutes"), ("print", "--db", demo_db, "minutes")):
        out.unlink()
        code, _, _ = run(capsys, *args, "--out", str(out))
        assert code == 0 and out.is_file()


def test_reception_record_of_a_day_and_the_latest(demo_db, tmp_path, capsys):
    services = Services(open_database(demo_db))
    latest = services.printing.latest_reception_day()
    day = services.reception_days.get(latest)
    out = tmp_path / "登记表.pdf"
    code, _, _ = run(capsys, "print", "reception", "--db", demo_db, "--out", str(out))
    assert code == 0 and "委员接待日登记表" in text_of(out)
    code, _, _ = run(capsys, "print", "reception", "--day", day.held_on.isoformat(),
                     "--db", demo_db, "--out", str(out))  # fmt: skip
    assert code == 0
    assert f"{day.held_on.year}年{day.held_on.month}月{day.held_on.day}日" in text_of(out)
    code, _, err = run(capsys, "print", "reception", "--day", "1999-01-01", "--db", demo_db,
                       "--out", str(out))  # fmt: skip
    assert code == 2 and "1999-01-01 没有接待日" in err


def test_receipt_by_number(demo_db, tmp_path, capsys):
    services = Services(open_database(demo_db))
    row = services.request_list.page(RequestQuery())[0]
    out = tmp_path / "回执.pdf"
    code, _, _ = run(capsys, "print", "receipt", "--request", row.number, "--db", demo_db,
                     "--out", str(out))  # fmt: skip
    assert code == 0
    text = text_of(out)
    assert row.number in text and "回执联" in text
    code, _, err = run(capsys, "print", "receipt", "--request", "2099-9999", "--db", demo_db,
                       "--out", str(out))  # fmt: skip
    assert code == 2 and "找不到编号或 ID 为“2099-9999”的诉求" in err


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_qr_poster(demo_db, tmp_path, capsys, size):
    out = tmp_path / f"poster-{size}.pdf"
    code, _out, _ = run(capsys, "print", "qr-poster", "--size", size, "--db", demo_db,
                          "--out", str(out))  # fmt: skip
    assert code == 0
    page = PdfReader(out).pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    assert round(width_mm) == (210 if size == "A4" else 297)
    assert "扫码找委员" in text_of(out)


def test_member_card_and_code_files(demo_db, tmp_path, capsys):
    services = Services(open_database(demo_db))
    member = services.members.page(MemberQuery())[0]
    out = tmp_path / "card.pdf"
    code, _, _ = run(capsys, "print", "member-card", "--member", str(member.id), "--db", demo_db,
                     "--out", str(out))  # fmt: skip
    assert code == 0 and re.sub(r"\s+", "", member.name) in text_of(out)
    png = tmp_path / "code.png"
    code, _, _ = run(capsys, "print", "member-qr", "--member", member.name, "--db", demo_db,
                     "--out", str(png))  # fmt: skip
    assert code == 0
    (found,) = zxingcpp.read_barcodes(Image.open(BytesIO(png.read_bytes())))
    assert found.text == services.member_codes.payload(member.id)
    svg = tmp_path / "code.svg"
    assert run(capsys, "print", "member-qr", "--member", member.name, "--db", demo_db,
               "--out", str(svg))[0] == 0  # fmt: skip
    assert svg.read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))
    code, _, err = run(capsys, "print", "member-qr", "--member", member.name, "--db", demo_db,
                       "--out", str(tmp_path / "code.jpg"))  # fmt: skip
    assert code == 2 and ".png 或 .svg" in err


def test_no_meeting_yet_and_an_unwritable_file(tmp_path, capsys):
    db = str(tmp_path / "empty.sqlite3")
    open_database(db).close()
    code, _, err = run(capsys, "print", "minutes", "--db", db, "--out", str(tmp_path / "m.pdf"))
    assert code == 2 and "还没有会议记录" in err
    assert not (tmp_path / "m.pdf").exists()


def test_a_bad_date_or_a_folder_as_the_file_is_told_in_chinese(demo_db, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["print", "reception", "--day", "2026/01/02", "--db", demo_db, "--out", "x.pdf"])
    assert exit_.value.code == 2
    assert "“2026/01/02”不是日期" in capsys.readouterr().err
    code, _, err = run(capsys, "print", "minutes", "--db", demo_db, "--out", str(tmp_path))
    assert code == 2 and "是一个文件夹" in err
    assert [p.name for p in tmp_path.iterdir()] == []  # no temporary file left behind
