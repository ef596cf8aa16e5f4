"""Migration 0018: the field packages' tables and the requests' provisional numbers come, on
both databases, over the records already there; 0018 can be undone and done again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect

from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.migrate import open_database
from tests.alembic_steps import migrate

pytestmark = pytest.mark.pg  # the same upgrade on both databases


def _shape(url: str) -> tuple[set[str], set[str]]:
    engine = create_engine(url)
    try:
        found = inspect(engine)
        tables = set(found.get_table_names()) & {"field_package", "field_conflict"}
        return tables, {c["name"] for c in found.get_columns("request")}
    finally:
        engine.dispose()


def test_upgrading_keeps_the_requests_and_adds_the_field_tables(empty_url):
    database = open_database(empty_url)
    try:
        request = Services(database).requests.register(
            RequestInput(content="村口路灯不亮", anonymous=True)
        )
    finally:
        database.close()
    migrate(empty_url, "0017", down=True)  # 0018 undone
    tables, columns = _shape(empty_url)
    assert tables == set() and "provisional_number" not in columns
    database = open_database(empty_url)  # upgrades to the head again, as the program does
    try:
        tables, columns = _shape(empty_url)
        assert tables == {"field_package", "field_conflict"}
        assert "provisional_number" in columns
        services = Services(database)
        kept = services.requests.get(request.id)
        assert kept.provisional_number is None
        assert kept.number == request.number and kept.content == "村口路灯不亮"
    finally:
        database.close()
