"""Migration 0013: requests written before it count no extension (延期) and can be extended,
re-routed and answered by the rules of issue 16; visitors merged into a request waiting for its
call back get its answer and a return visit of their own, those merged into a finished one stay
as they were; 0013 can be undone and done again."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import MetaData, Table, create_engine, insert, text

from studio_app.base.enums import RequestStatus, Satisfaction
from studio_app.core.models import Request
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database
from tests.alembic_steps import migrate

pytestmark = pytest.mark.pg  # the same upgrade on both databases

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # Monday 09:00 in Beijing


def _insert_at_0012(url: str, number: str, status: str, **values) -> uuid.UUID:
    """A request as 0012 stored it (assigned by default, its answer due by the old rule)."""
    request_id = uuid.uuid4()
    row = {
        "id": request_id, "number": number, "channel": "reception_day", "category": "交通",
        "content": "村口路灯坏了", "status": status, "handling_unit": "县交通局",
        "registered_at": T0, "assign_due": date(2026, 3, 4), "answer_due": date(2026, 3, 11),
        "reply": "", "satisfaction_comment": "", "reopen_count": 0, "close_reason": "",
        "search_text": "", "search_tokens": "", "created_at": T0, "updated_at": T0,
        "updated_by": "", "version": 1, **values,
    }  # fmt: skip
    columns = [c for c in Request.__table__.c if c.name in row]
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(insert(Table("request", MetaData(), *(c._copy() for c in columns))), row)
    engine.dispose()
    return request_id


def test_upgrading_from_0012_counts_no_extension_and_the_request_carries_on(empty_url):
    migrate(empty_url, "0012")
    request_id = _insert_at_0012(empty_url, "2026-0001", "assigned")
    database = open_database(empty_url)  # upgrades to the head, as the program does
    try:
        services = Services(database)
        r = services.requests.get(request_id)
        assert (r.status, r.extension_count, r.answer_due) == (
            RequestStatus.ASSIGNED, 0, date(2026, 3, 11),
        )  # fmt: skip
        r = services.requests.assign(request_id, handling_unit="县交通运输局")  # 改派
        assert r.answer_due == date(2026, 3, 11)
        r = services.requests.extend(request_id, date(2026, 3, 18), "需要会商")
        assert (r.extension_count, r.answer_due) == (1, date(2026, 3, 18))
        found = services.request_list.rows(RequestQuery(text="2026-0001"))
        assert [f.id for f in found] == [request_id]  # the full-text index kept (no rebuild)
    finally:
        database.close()


def test_0013_can_be_undone_and_done_again(empty_url):
    open_database(empty_url).close()
    migrate(empty_url, "0012", down=True)
    engine = create_engine(empty_url)
    with engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM request")).keys()
    engine.dispose()
    assert "extension_count" not in columns
    kept = _insert_at_0012(empty_url, "2026-0001", "assigned")
    database = open_database(empty_url)  # up again, the row kept and found
    try:
        services = Services(database)
        services.requests.assign(kept, handling_unit="县交通运输局")  # its search text written
        found = services.request_list.rows(RequestQuery(text="0001"))
        assert [f.id for f in found] == [kept]
    finally:
        database.close()
    engine = create_engine(empty_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT extension_count FROM request")).all() == [(0,)]
    engine.dispose()


def test_visitors_merged_into_an_answered_request_await_their_own_call_back(empty_url):
    migrate(empty_url, "0012")
    answered_at = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
    answered = _insert_at_0012(
        empty_url, "2026-0001", "answered", reply="已更换灯具", answered_at=answered_at,
        return_visit_due=date(2026, 3, 17),
    )  # fmt: skip
    closed = _insert_at_0012(empty_url, "2026-0002", "closed", satisfaction="satisfied",
                             reply="已修好", return_visit_due=date(2026, 3, 9))  # fmt: skip
    into_answered = _insert_at_0012(empty_url, "2026-0003", "merged", merged_into_id=answered)
    into_closed = _insert_at_0012(empty_url, "2026-0004", "merged", merged_into_id=closed)
    database = open_database(empty_url)
    try:
        services = Services(database)
        waiting = services.requests.get(into_answered)
        assert (waiting.reply, waiting.answered_at, waiting.return_visit_due) == (
            "已更换灯具", answered_at, date(2026, 3, 17),
        )  # fmt: skip
        left = services.requests.get(into_closed)
        assert (left.reply, left.return_visit_due, left.linked_to_id) == ("", None, None)
        awaiting = services.workbench.today(date(2026, 3, 16)).awaiting_return_visit
        assert {r.number for r in awaiting.rows} == {"2026-0001", "2026-0003"}
        visited = services.requests.return_visit(into_answered, Satisfaction.SATISFIED)
        assert (visited.status, visited.satisfaction) == (RequestStatus.MERGED,
                                                         Satisfaction.SATISFIED)  # fmt: skip
    finally:
        database.close()
