"""Migration 0017: PostgreSQL gets GIN indexes over the households' and requests' search tokens
as arrays, built from the rows already there; SQLite (which has FTS5) is left as it was; 0017
can be undone and done again. PostgreSQL connections plan each statement for its values."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from studio_app.core.households import HouseholdInput, HouseholdQuery
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database
from tests.alembic_steps import migrate

pytestmark = pytest.mark.pg  # the same upgrade on both databases

INDEXES = {"ix_household_token_array", "ix_request_token_array"}
STUDIO_INDEXES = {"ix_request_studio_row", "ix_request_studio_merged"}  # on both databases


def _indexes(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        found = inspect(engine)
        names = {i["name"] for t in ("household", "request") for i in found.get_indexes(t)}
        return names & (INDEXES | STUDIO_INDEXES)
    finally:
        engine.dispose()


def test_upgrading_indexes_the_households_already_there(empty_url):
    database = open_database(empty_url)
    try:
        Services(database).households.create(HouseholdInput(head_name="赵垚", village="西关村"))
    finally:
        database.close()
    postgresql = empty_url.startswith("postgresql")
    assert _indexes(empty_url) == STUDIO_INDEXES | (INDEXES if postgresql else set())
    migrate(empty_url, "0016", down=True)  # 0017 undone (and any later revision)
    assert _indexes(empty_url) == set()
    database = open_database(empty_url)  # upgrades to the head again, as the program does
    try:
        assert _indexes(empty_url) == STUDIO_INDEXES | (INDEXES if postgresql else set())
        found = Services(database).households.first_page(HouseholdQuery(text="垚"))
        assert [r.head_name for r in found.rows] == ["赵垚"]
        if postgresql:
            with database.engine.connect() as connection:
                connection.exec_driver_sql("SET enable_seqscan = off")  # one row: a scan wins
                plan = connection.execute(text(
                    "EXPLAIN SELECT id FROM household"
                    " WHERE string_to_array(search_tokens, ' ') @> ARRAY['垚']"
                )).scalars()  # fmt: skip
                assert "ix_household_token_array" in "\n".join(plan)
                # A search's plan is made for its terms: a plan made once for any term (after
                # five runs of a prepared statement) read every row of a studio's search.
                mode = connection.execute(text("SHOW plan_cache_mode")).scalar()
                assert mode == "force_custom_plan"
                # The tables are in the server's memory: an index lookup costs about a
                # sequential read (a studio's 1,548 households, not all 50,000, are read).
                assert connection.execute(text("SHOW random_page_cost")).scalar() == "1.1"
                # No statement is compiled (JIT cost more than the county's year overview).
                assert connection.execute(text("SHOW jit")).scalar() == "off"
    finally:
        database.close()
