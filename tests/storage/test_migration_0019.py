"""Migration 0019: the intake page's submissions and each studio's standing poster; the
requests already there are untouched, and 0019 can be undone and done again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect

from studio_app.core.intake import SubmissionInput
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.migrate import open_database
from tests.alembic_steps import migrate

pytestmark = pytest.mark.pg  # the same upgrade on both databases

TABLES = {"intake_submission", "intake_standing"}


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) & TABLES
    finally:
        engine.dispose()


def test_upgrading_adds_the_intake_tables_and_keeps_the_requests(empty_url):
    migrate(empty_url, "0018")
    assert _tables(empty_url) == set()
    database = open_database(empty_url)  # upgrades to the head, as the program does
    try:
        services = Services(database)
        request = services.requests.register(RequestInput(content="路灯坏了", visitor_name="赵垚"))
        assert _tables(empty_url) == TABLES
        services.intake.receive(SubmissionInput(name="钱𠮷", phone="13812345678", content="修路"))
    finally:
        database.close()
    migrate(empty_url, "0018", down=True)  # 0019 undone
    assert _tables(empty_url) == set()
    database = open_database(empty_url)
    try:
        services = Services(database)
        assert services.requests.get(request.id).content == "路灯坏了"
        assert services.intake.pending() == []
    finally:
        database.close()
