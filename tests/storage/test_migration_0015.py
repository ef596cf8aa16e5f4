"""Migration 0015: a database of 0013 keeps its members and meetings, and gains the member's
record: entered activities with scans, and the points schemes; 0015 can be undone and done
again."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import create_engine, inspect, text

from studio_app.base.enums import ActivityKind
from studio_app.core.activities import ActivityInput, year_span
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database
from tests.alembic_steps import migrate

pytestmark = pytest.mark.pg  # the same upgrade on both databases

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
TABLES = {"member_activity", "activity_attachment", "points_scheme", "points_year"}


def _member_at_0013(url: str) -> uuid.UUID:
    member_id = uuid.uuid4()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO member (id, name, level, sector, committee, work_unit, phone,"
                " specialties, notes, search_text, sort_key, created_at, updated_at, updated_by,"
                " version) VALUES (:id, '王建国', 'county', '', '', '', '', '', '', '', '', :t, :t,"
                " '', 1)"
            ),
            {
                "id": member_id if url.startswith("postgresql") else member_id.hex,
                "t": T0.replace(tzinfo=None),
            },
        )
    engine.dispose()
    return member_id


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) & TABLES
    finally:
        engine.dispose()


def test_upgrading_from_0013_keeps_the_members_and_records_their_activities(empty_url):
    migrate(empty_url, "0013")
    assert _tables(empty_url) == set()
    member_id = _member_at_0013(empty_url)
    database = open_database(empty_url)  # upgrades to the head, as the program does
    try:
        services = Services(database)
        services.activities.add(ActivityInput(member_id, ActivityKind.TRAINING, date(2026, 3, 5)))
        found = services.activities.of_member(member_id, *year_span(2026))
        assert [(a.kind, a.on) for a in found] == [(ActivityKind.TRAINING, date(2026, 3, 5))]
    finally:
        database.close()


def test_0015_can_be_undone_and_done_again(empty_url):
    open_database(empty_url).close()
    assert _tables(empty_url) == TABLES
    migrate(empty_url, "0013", down=True)
    assert _tables(empty_url) == set()
    migrate(empty_url, "head")
    assert _tables(empty_url) == TABLES
