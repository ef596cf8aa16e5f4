"""``studio-app points`` and ``studio-app member-record``, run in-process."""

from __future__ import annotations

import json
from datetime import date

from pypdf import PdfReader

from studio_app.base.enums import ActivityKind
from studio_app.cli import main
from studio_app.core.activities import ActivityInput
from studio_app.core.members import MemberInput
from studio_app.core.points import DEFAULT_SCHEME, member_code
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database


def _db(tmp_path):
    path = tmp_path / "studio.sqlite3"
    database = open_database(path)
    services = Services(database)
    a = services.members.create(MemberInput(name="王建国"))
    b = services.members.create(MemberInput(name="张伟"))
    c = services.members.create(MemberInput(name="张伟"), allow_duplicate=True)
    gone = services.members.create(MemberInput(name="赵退"))
    services.members.archive(gone.id)
    services.activities.add(
        ActivityInput(a.id, ActivityKind.PLENARY, date(2026, 1, 13), "attended")
    )
    services.activities.add(ActivityInput(b.id, ActivityKind.STANDING, date(2026, 3, 20), "absent"))
    database.close()
    return path, a, b, c


def test_points_json_names_every_active_member_with_each_item(tmp_path, capsys):
    db, a, b, c = _db(tmp_path)
    assert main(["points", "--year", "2026", "--json", "--db", str(db)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["year"], report["scheme"]["version"], report["scheme"]["pass_mark"]) == (
        2026,
        1,
        60,
    )
    members = {m["code"]: m for m in report["members"]}
    assert set(members) == {member_code(a.id), member_code(b.id), member_code(c.id)}  # not 赵退
    keys = [r.key for r in DEFAULT_SCHEME.rules()]
    assert all(list(m["items"]) == keys for m in members.values())
    assert (
        members[member_code(a.id)]["total"],
        members[member_code(a.id)]["items"]["plenary"],
    ) == (150, 50)
    assert members[member_code(b.id)]["items"]["standing_absent"] == -5
    assert members[member_code(b.id)]["total"] == 95
    assert main(["points", "--year", "2026", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2026 年履职积分") and lines[1].startswith("王建国（")


def test_member_record_by_name_by_code_and_for_all(tmp_path, capsys):
    db, _a, _b, c = _db(tmp_path)
    out = tmp_path / "王建国.pdf"
    assert (
        main(["member-record", "王建国", "--year", "2026", "--out", str(out), "--db", str(db)]) == 0
    )
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "王建国" in text and "2026年度委员履职档案" in text
    by_code = tmp_path / "zw.pdf"
    assert main(["member-record", member_code(c.id), "--out", str(by_code), "--db", str(db)]) == 0
    assert "张伟" in "".join(p.extract_text() for p in PdfReader(by_code).pages)
    every = tmp_path / "all.pdf"
    assert (
        main(["member-record", "--all", "--year", "2026", "--out", str(every), "--db", str(db)])
        == 0
    )
    assert len(PdfReader(every).pages) >= 3  # each member from a new page


def test_a_name_shared_by_two_members_is_refused_with_their_codes(tmp_path, capsys):
    db, _a, b, c = _db(tmp_path)
    out = tmp_path / "x.pdf"
    assert main(["member-record", "张伟", "--out", str(out), "--db", str(db)]) != 0
    said = capsys.readouterr().err
    assert member_code(b.id) in said and member_code(c.id) in said
    assert not out.exists()
