"""Migration 0014: the proposal tables; requests converted before it are owed no call back (the
rule of their time) and linked to no proposal, those still open convert into a draft and keep
their full-text index; 0014 can be undone and done again."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import MetaData, Table, create_engine, insert, inspect, text

from studio_app.base.enums import ProposalKind, RequestStatus
from studio_app.core.models import Request
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database
from tests.alembic_steps import migrate

pytestmark = pytest.mark.pg  # the same upgrade on both databases

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def _insert_at_0013(url: str, number: str, status: str, **values) -> uuid.UUID:
    request_id = uuid.uuid4()
    row = {
        "id": request_id, "number": number, "channel": "reception_day", "category": "交通",
        "content": "村口路灯坏了", "status": status, "handling_unit": "县交通局",
        "registered_at": T0, "assign_due": date(2026, 3, 4), "answer_due": date(2026, 3, 11),
        "reply": "", "satisfaction_comment": "", "reopen_count": 0, "extension_count": 0,
        "close_reason": "", "search_text": "", "search_tokens": "", "created_at": T0,
        "updated_at": T0, "updated_by": "", "version": 1, **values,
    }  # fmt: skip
    columns = [c for c in Request.__table__.c if c.name in row]
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(insert(Table("request", MetaData(), *(c._copy() for c in columns))), row)
    engine.dispose()
    return request_id


def test_upgrading_from_0013_leaves_old_conversions_owed_no_call(empty_url):
    migrate(empty_url, "0013")
    old = _insert_at_0013(empty_url, "2026-0001", "converted", reply="已答复",
                          return_visit_due=date(2026, 3, 20), close_reason="关于路灯的提案")  # fmt: skip
    open_one = _insert_at_0013(empty_url, "2026-0002", "assigned")
    database = open_database(empty_url)  # upgrades to the head, as the program does
    try:
        services = Services(database)
        r = services.requests.get(old)
        assert (r.status, r.return_visit_due, r.proposal_id, r.close_reason) == (
            RequestStatus.CONVERTED, None, None, "关于路灯的提案",
        )  # fmt: skip
        assert services.workbench.today(date(2026, 3, 25)).awaiting_return_visit.total == 0
        item = services.proposals.convert_request(open_one, ProposalKind.PROPOSAL)
        r = services.requests.get(open_one)
        assert (r.status, r.proposal_id) == (RequestStatus.CONVERTED, item.id)
        assert r.return_visit_due is not None  # its visitor is still called back
        found = services.request_list.rows(RequestQuery(text="2026-0002"))
        assert [f.id for f in found] == [open_one]  # the full-text index kept (no rebuild)
    finally:
        database.close()


def test_0014_can_be_undone_and_done_again(empty_url):
    open_database(empty_url).close()
    migrate(empty_url, "0013", down=True)
    engine = create_engine(empty_url)
    tables = set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM request")).keys()
    engine.dispose()
    assert "proposal_id" not in columns and not {"proposal", "proposal_event"} & tables
    kept = _insert_at_0013(empty_url, "2026-0001", "assigned")
    database = open_database(empty_url)  # up again, the row kept and found
    try:
        services = Services(database)
        services.requests.assign(kept, handling_unit="县交通运输局")
        assert [f.id for f in services.request_list.rows(RequestQuery(text="0001"))] == [kept]
        services.proposals.convert_request(kept, ProposalKind.SOCIAL_OPINION)
        assert services.requests.get(kept).status == RequestStatus.CONVERTED
    finally:
        database.close()
