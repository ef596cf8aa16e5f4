"""Migration 0014: requests written before it count no extension (延期) and can be extended,
re-routed and answered by the rules of issue 16; 0014 can be undone and done again."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import create_engine, text

from studio_app.base.enums import RequestStatus
from studio_app.core.services import Services
from studio_app.storage.migrate import alembic_config, open_database

pytestmark = pytest.mark.pg  # the same upgrade on both databases

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # Monday 09:00 in Beijing


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    from alembic import command

    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def _insert_request_at_0012(url: str) -> uuid.UUID:
    """A request as 0012 stored it: assigned, its answer due by the old rule."""
    request_id = uuid.uuid4()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO request (id, number, channel, category, content, status,"
                " handling_unit, registered_at, assign_due, answer_due, reply,"
                " satisfaction_comment, reopen_count, close_reason, search_text, search_tokens,"
                " created_at, updated_at, updated_by, version)"
                " VALUES (:id, '2026-0001', 'reception_day', '交通', '村口路灯坏了', 'assigned',"
                " '县交通局', :at, :assign_due, :answer_due, '', '', 0, '', '', '', :at, :at, '', 1)"
            ),
            {"id": request_id if url.startswith("postgresql") else request_id.hex,
             "at": T0.replace(tzinfo=None), "assign_due": date(2026, 3, 4),
             "answer_due": date(2026, 3, 11)},
        )  # fmt: skip
    engine.dispose()
    return request_id


def test_upgrading_from_0012_counts_no_extension_and_the_request_carries_on(empty_url):
    _migrate(empty_url, "0012")
    request_id = _insert_request_at_0012(empty_url)
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
    finally:
        database.close()


def test_0014_can_be_undone_and_done_again(empty_url):
    open_database(empty_url).close()
    _migrate(empty_url, "0012", down=True)
    engine = create_engine(empty_url)
    with engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM request")).keys()
    engine.dispose()
    assert "extension_count" not in columns
    _insert_request_at_0012(empty_url)
    open_database(empty_url).close()  # up again, the row kept
    engine = create_engine(empty_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT extension_count FROM request")).all() == [(0,)]
    engine.dispose()
