"""Migration 0020: on PostgreSQL the requests' pairs of neighbouring characters get a GIN index,
built from the requests already there, which a search of two or more characters uses, and the
walk in time order an index covering the searched text; SQLite is left as it was; 0020 can be
undone and done again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from studio_app.core import search
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.migrate import open_database
from tests.alembic_steps import migrate

pytestmark = pytest.mark.pg  # the same upgrade on both databases


INDEXES = {"ix_request_bigrams", "ix_request_walk"}


def _has_index(url: str) -> bool:
    engine = create_engine(url)
    try:
        found = INDEXES & {i["name"] for i in inspect(engine).get_indexes("request")}
        assert found in (set(), INDEXES)
        return bool(found)
    finally:
        engine.dispose()


def test_the_requests_character_pairs_are_indexed_and_searched_on_postgresql(empty_url):
    migrate(empty_url, "0019")
    database = open_database(empty_url)  # upgrades to the head, as the program does
    try:
        services = Services(database)
        kept = services.requests.register(RequestInput(content="老人希望修路", anonymous=True))
    finally:
        database.close()
    postgresql = empty_url.startswith("postgresql")
    assert _has_index(empty_url) == postgresql
    migrate(empty_url, "0019", down=True)  # 0020 undone
    assert not _has_index(empty_url)
    database = open_database(empty_url)
    try:
        services = Services(database)
        found = services.request_list.first_page(RequestQuery(text="人希"))
        assert [r.id for r in found.rows] == [kept.id]
        if postgresql:
            with database.session() as s:
                (pairs,) = s.execute(text("SELECT studio_bigrams('人希望')")).one()
                assert sorted(pairs) == ["人希", "希望"]
                s.execute(text("SET LOCAL enable_seqscan = off"))  # one row: a scan would win
                cond = search.token_array_condition("人希 望", "request")
                sql = cond.compile(
                    dialect=s.get_bind().dialect, compile_kwargs={"literal_binds": True}
                )
                plan = "\n".join(s.scalars(text(f"EXPLAIN SELECT id FROM request WHERE {sql}")))
                assert "ix_request_bigrams" in plan  # the pair; 望 alone by its token
                assert "string_to_array" in str(sql) and "studio_bigrams" in str(sql)
    finally:
        database.close()
