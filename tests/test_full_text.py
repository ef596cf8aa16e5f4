"""SQLite's full-text index of households (migration 0002) narrows searches, never changes them."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

import studio_app.core.households as households_module
import studio_app.core.search as search
from studio_app.core.demo import fill_demo
from studio_app.core.households import HouseholdInput, HouseholdQuery
from studio_app.core.services import Services
from studio_app.storage.migrate import alembic_config, open_database


@pytest.fixture
def sqlite_services(sqlite_db) -> Services:
    return Services(sqlite_db)


def _index_is_consistent(services: Services) -> None:
    with services.db.session() as s:  # raises if the index and the table disagree
        s.execute(
            text("INSERT INTO household_fts(household_fts, rank) VALUES ('integrity-check', 1)")
        )


def _names(services, query: str) -> list[str]:
    return [r.head_name for r in services.households.first_page(HouseholdQuery(text=query)).rows]


def test_triggers_keep_the_index_current(sqlite_services):
    services = sqlite_services
    h = services.households.create(HouseholdInput(head_name="张三", phone="13812345678"))
    assert _names(services, "三") == ["张三"]
    assert _names(services, "5678") == ["张三"]
    services.households.update(
        h.id, HouseholdInput(head_name="李四", phone="13812345678"), expected_version=h.version
    )
    assert _names(services, "三") == []
    assert _names(services, "李四") == ["李四"]
    _index_is_consistent(services)
    services.households.archive(h.id)
    assert _names(services, "李四") == []
    _index_is_consistent(services)


def test_the_index_is_used_only_where_it_helps(sqlite_services, monkeypatch):
    services = sqlite_services
    services.households.create(HouseholdInput(head_name="王䶮", village="东关村"))
    with services.db.session() as s:
        assert search.full_text_candidates(s, "䶮") is not None
        assert search.full_text_candidates(s, "东关 王") is not None
        assert search.full_text_candidates(s, "阿依古丽·买买提") is None  # · is not a token
        monkeypatch.setattr(search, "FULL_TEXT_MAX_DOCS", 0)  # every character "too common"
        assert search.full_text_candidates(s, "䶮") is None
    assert _names(services, "䶮") == ["王䶮"]  # the name-order walk finds it all the same


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("fts") / "demo.sqlite3")
    services = Services(database)
    fill_demo(services, seed=3)
    with services.db.session() as s:
        texts = list(s.scalars(text("SELECT search_text FROM household")))
    yield services, texts
    database.close()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_results_are_exactly_those_of_the_like_query(demo_db, data, monkeypatch):
    services, texts = demo_db
    chars = st.sampled_from([*sorted(set("".join(texts))), "龘", "·", "%", "_", " "])
    pieces = st.builds(  # a piece of a stored text: a query that finds something
        lambda t, start, size: t[start % len(t) :][:size],
        st.sampled_from(texts), st.integers(0, 60), st.integers(1, 4),
    )  # fmt: skip
    query = data.draw(st.one_of(pieces, st.text(chars, min_size=1, max_size=4)), label="query")
    with_index = services.households.first_page(HouseholdQuery(text=query), limit=1000)
    monkeypatch.setattr(households_module, "full_text_candidates", lambda _s, _t: None)
    without = services.households.first_page(HouseholdQuery(text=query), limit=1000)
    monkeypatch.undo()
    assert [r.id for r in with_index.rows] == [r.id for r in without.rows]
    assert (with_index.total, with_index.exact) == (without.total, without.exact)


def test_upgrading_from_0001_indexes_existing_households(tmp_path):
    from alembic import command

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO household (id, kind, head_name, phone, id_number, village, group_name,"
                " address, notes, search_text, sort_key, created_at, updated_at, version)"
                " VALUES (:id, 'household', '赵垚', '', '', '西关村', '', '', '', :st, 'zhao yao',"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
            ),
            {"id": uuid.uuid4().hex, "st": "赵垚\u241f西关村"},
        )
    engine.dispose()

    services = Services(open_database(path))
    assert _names(services, "垚") == ["赵垚"]
    assert _names(services, "西关") == ["赵垚"]
    _index_is_consistent(services)
    services.db.close()


def test_a_failed_bulk_import_leaves_the_index_trigger_in_place(
    sqlite_services, tmp_path, monkeypatch
):
    import openpyxl

    import studio_app.core.roster_io as roster_io
    from studio_app.core.enums import RosterKind

    services = sqlite_services
    book = openpyxl.Workbook()
    for row in (["户主", "标签"], ["张三", "低保"], ["李四", ""]):
        book.active.append(row)
    book.save(tmp_path / "r.xlsx")
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, tmp_path / "r.xlsx")

    real_insert = roster_io.insert_rows

    def failing_insert(s, target, rows, constants=None):
        if target.__name__ == "HouseholdTag":
            raise RuntimeError("disk full")  # after the households went in, trigger set aside
        real_insert(s, target, rows, constants)

    monkeypatch.setattr(roster_io, "insert_rows", failing_insert)
    with pytest.raises(RuntimeError, match="disk full"):
        services.rosters.apply(plan)
    monkeypatch.undo()

    assert services.households.count(HouseholdQuery(active=None)) == 0
    with services.db.session() as s:
        triggers = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert triggers == {"household_fts_insert", "household_fts_update", "household_fts_delete"}
    services.rosters.apply(plan)
    assert _names(services, "三") == ["张三"]
    services.households.create(HouseholdInput(head_name="王五"))  # one by one: the trigger
    assert _names(services, "五") == ["王五"]
    _index_is_consistent(services)
