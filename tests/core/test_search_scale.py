"""Search at the county's scale (issue 20): PostgreSQL's token-array index (migration 0017) and a
studio's small scope narrow a search, never change it, on both backends."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select, text

import studio_app.core.households as households_module
import studio_app.core.request_list as request_list_module
import studio_app.core.search as search
from studio_app.bench.county import synthetic_county
from studio_app.bench.county_requests import synthetic_requests
from studio_app.core.households import HouseholdQuery
from studio_app.core.models import Household, Request, Studio
from studio_app.core.request_list import RequestQuery
from studio_app.core.scope import SCOPE_KEY

pytestmark = pytest.mark.pg  # the same search on both databases


@pytest.fixture(scope="module")
def county(module_db):
    from studio_app.core.services import Services

    services = Services(module_db)
    synthetic_county(services, members=40, households=400, seed=2)
    synthetic_requests(services, requests=600, seed=2)
    if module_db.engine.dialect.name == "postgresql":
        with module_db.engine.connect() as connection:  # statistics, as autovacuum keeps them
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    return services


def _queries(services, model, count: int, seed: int) -> list[str]:
    """Pieces (1 to 6 characters) of stored search texts, and a few that occur nowhere."""
    with services.db.session() as s:
        texts = list(s.scalars(select(model.search_text).order_by(model.id)))
    rng = random.Random(seed)
    pieces = []
    for _ in range(count):
        t = rng.choice(texts)
        start = rng.randrange(len(t))
        pieces.append(t[start : start + rng.randint(1, 6)].replace(search.SEPARATOR, " "))
    return [*pieces, "龘", "𪚥", "王 村", "138", "2026", "-", "%", "a_"]


def test_households_found_are_exactly_those_of_like_alone(county, monkeypatch):
    def found(query: str):
        head = county.households.first_page(HouseholdQuery(text=query), limit=1000)
        return [r.id for r in head.rows], head.total, head.exact

    for query in _queries(county, Household, 60, seed=5):
        narrowed = found(query)
        with monkeypatch.context() as m:
            m.setattr(
                households_module, "full_text_candidates", lambda *_a, **_k: search.NOT_NARROWED
            )
            assert found(query) == narrowed, query


def test_requests_found_are_exactly_those_of_like_alone(county, monkeypatch):
    lists = county.request_list

    def found(query: RequestQuery):
        head = lists.first_page(query, limit=1000)
        return [r.id for r in head.rows], head.total, head.exact, lists.count(query)

    for text_ in _queries(county, Request, 60, seed=6):
        for query in (RequestQuery(text_), RequestQuery(text_, sort="number", descending=False)):
            narrowed = found(query)
            with monkeypatch.context() as m:
                m.setattr(
                    request_list_module,
                    "full_text_candidates",
                    lambda *_a, **_k: search.NOT_NARROWED,
                )
                assert found(query) == narrowed, text_


def test_postgresql_narrows_by_the_token_arrays_and_sqlite_by_its_index(county):
    with county.db.session() as s:
        rare = search.full_text_candidates(s, "䶮", "household").condition
        punctuation = search.full_text_candidates(s, "·", "household").condition
        phone = search.full_text_candidates(s, "1381", "request").condition
    assert rare is not None and punctuation is None
    assert phone is not None  # 138 and 381: the requests' 3-character pieces
    backend = county.db.engine.dialect.name
    assert ("string_to_array" in str(rare)) == (backend == "postgresql")
    if backend == "postgresql":
        assert search.token_array_condition("王 建国", "household") is not None
        plan = _plan(county, "SELECT id FROM household WHERE string_to_array(search_tokens, ' ')"
                             " @> ARRAY['䶮']")  # fmt: skip
        assert "ix_household_token_array" in plan


def test_a_common_term_on_postgresql_is_left_to_the_walk_in_the_lists_order(county):
    if county.db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's token arrays")
    with county.db.session() as s:
        village = s.scalar(select(Household.village).limit(1))  # every household's (400)
        assert (
            search.full_text_candidates(s, village, "household", lookups=400).condition is not None
        )
        assert search.full_text_candidates(s, village, "household", lookups=399).condition is None


def test_the_requests_register_on_postgresql_reads_the_index_or_walks_whichever_reads_less(
    county, monkeypatch
):
    """Newest first (the register's order), a term held by few requests is read through the
    token arrays and sorted; one held by many is left to the walk in time order. Either way the
    statement is planned as chosen, and finds exactly what LIKE alone finds."""
    if county.db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's token arrays")
    walk = 1001
    monkeypatch.setattr(search, "_kept_sizes", {})  # a size kept from another test's database
    with county.db.session() as s:
        rare = search.full_text_candidates(s, "䶮", "request", walk=walk, newest_first=True)
        rows = search._table_rows(s, "request")  # the statistics' figure
        assert rows == s.scalar(select(func.count()).select_from(Request))  # analysed: exact
        held = s.scalar(select(func.count()).where(search.matches(Request.search_text, "村")))
        sampled = search._sampled_matches(s, "村", "request", rows)  # 600 rows: all of them
    assert "string_to_array" in str(rare.condition)
    assert rare.switched_off == ("enable_seqscan", "enable_indexscan")  # no walk splitting tokens
    assert held > 100 and sampled == held
    monkeypatch.setattr(search, "WALK_ROW_COST", held**2 / walk / rows * 0.9)
    with county.db.session() as s:
        common = search.full_text_candidates(s, "村", "request", walk=walk, newest_first=True)
        oldest_first = search.full_text_candidates(s, "村", "request", walk=walk)
        assert common.condition is None
        assert common.switched_off == ("enable_seqscan", "enable_bitmapscan")  # the time index
        assert oldest_first.switched_off == ()  # no order it could walk: the planner's choice
        with common.planned(s):
            plan = "\n".join(
                s.scalars(text("EXPLAIN SELECT id FROM request ORDER BY registered_at"))
            )
            assert "Index" in plan and "Seq Scan" not in plan
        assert s.scalar(text("SHOW enable_seqscan")) == "on"  # put back at once

    def found(query: RequestQuery):
        head = county.request_list.first_page(query)
        return [r.id for r in head.rows], head.total, head.exact

    queries = [RequestQuery(t) for t in _queries(county, Request, 12, seed=8)]
    expected = [found(q) for q in queries]
    for cost in (0.0, 1e9):  # every term walked, every term read through the index
        monkeypatch.setattr(search, "WALK_ROW_COST", cost)
        assert [found(q) for q in queries] == expected


def test_a_studios_small_scope_is_read_whole_and_counted_once_a_while(county, monkeypatch):
    counted = []
    real = search._at_most

    def at_most(s, found, limit):
        counted.append(limit)
        return real(s, found, limit)

    monkeypatch.setattr(search, "_at_most", at_most)
    monkeypatch.setattr(search, "_kept_sizes", {})
    clock = [1000.0]
    monkeypatch.setattr(search.time, "monotonic", lambda: clock[0])
    with county.db.session() as s:
        assert search.small_scope(s, "household") is False  # the whole county: not scoped
        assert counted == []
        s.info[SCOPE_KEY] = s.scalar(select(Studio.id))  # the county's one studio (40 members)
        assert search.small_scope(s, "household") is True  # 400 households: few
        assert search.full_text_candidates(s, "䶮", "household").condition is None
        assert search.small_scope(s, "request") is True
        assert counted == [search.SMALL_SCOPE_ROWS] * 2  # once per table, then kept
        clock[0] += search.SCOPE_SIZE_SECONDS + 1
        monkeypatch.setattr(search, "SMALL_SCOPE_ROWS", 10)
        assert search.small_scope(s, "request") is False  # counted again: now too many
        assert search.full_text_candidates(s, "䶮", "household").condition is not None


def _plan(services, sql: str) -> str:
    with services.db.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # 400 rows: a scan would win
        return "\n".join(s.scalars(text(f"EXPLAIN {sql}")))
