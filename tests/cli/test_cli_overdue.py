"""`overdue` in a year whose holiday notice is not yet published: said on stderr, and on each
row of the JSON whose lateness counts over the estimated holidays."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from studio_app.cli import main
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.migrate import open_database


def _db_with_requests(path):
    database = open_database(path)
    requests = Services(database).requests
    for content, on in (("路灯坏了", date(2026, 12, 30)), ("水渠堵了", date(2026, 11, 2))):
        requests.register(RequestInput(content=content, visitor_name="张三"), today=on,
                          at=datetime(on.year, on.month, on.day, 2, tzinfo=UTC))  # fmt: skip
    database.close()
    return path


def test_overdue_says_the_arrangement_is_pending(tmp_path, capsys):
    db = _db_with_requests(tmp_path / "late.sqlite3")
    assert main(["overdue", "--db", str(db), "--today", "2027-01-08", "--json"]) == 0
    out = capsys.readouterr()
    rows = json.loads(out.out)
    assert isinstance(rows, list)
    # 30 Dec 2026 + 2 working days: Thu 31 Dec, then Mon 4 Jan (1 Jan estimated off)
    by_deadline = {r["deadline"]: r for r in rows}
    assert set(by_deadline) == {"2027-01-04", "2026-11-04"}
    assert by_deadline["2027-01-04"]["days_overdue"] == 4  # 5, 6, 7, 8 January
    assert all(r["calendar_note"] == "调休安排待公布" for r in rows)
    assert "2027 年调休安排待公布" in out.err

    assert main(["overdue", "--db", str(db), "--today", "2026-12-01", "--json"]) == 0
    out = capsys.readouterr()
    rows = json.loads(out.out)
    assert [r["deadline"] for r in rows] == ["2026-11-04"]
    assert "calendar_note" not in rows[0] and out.err == ""

    assert main(["overdue", "--db", str(db), "--today", "2027-01-08"]) == 0
    out = capsys.readouterr()
    assert out.out.count("（调休安排待公布）") == 2 and "待公布" in out.err
