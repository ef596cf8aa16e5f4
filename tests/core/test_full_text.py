"""SQLite's full-text indexes of households (migration 0002) and requests (0006) narrow searches,
never change them."""

from __future__ import annotations

import random
import shutil
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, delete, select, text
from sqlalchemy.exc import DatabaseError

import studio_app.core.households as households_module
import studio_app.core.request_list as request_list_module
import studio_app.core.search as search
from studio_app.base.enums import Satisfaction
from studio_app.core.households import HouseholdInput, HouseholdQuery
from studio_app.core.models import Request, RequestEvent, Visitor
from studio_app.core.request_list import RequestQuery
from studio_app.core.search import phrase_tokens, search_tokens
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.migrate import alembic_config, open_database


@pytest.fixture
def sqlite_services(sqlite_db) -> Services:
    return Services(sqlite_db)


def _index_is_consistent(services: Services, table: str = "household") -> None:
    with services.db.session() as s:  # raises if the index and the table disagree
        s.execute(text(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)"))


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
        assert search.full_text_candidates(s, "䶮").condition is not None
        assert search.full_text_candidates(s, "东关 王").condition is not None
        assert (
            search.full_text_candidates(s, "阿依古丽·买买提").condition is not None
        )  # across the ·
        assert (
            search.full_text_candidates(s, "· -").condition is None
        )  # no letter or digit: no token
        assert (
            search.full_text_candidates(s, "ᦰ").condition is None
        )  # a letter SQLite's tokenizer drops
        monkeypatch.setattr(search, "FULL_TEXT_MAX_DOCS", 0)  # every character "too common"
        assert search.full_text_candidates(s, "䶮").condition is None
        with pytest.raises(ValueError, match="no full-text index"):
            search.full_text_candidates(s, "䶮", "member")
    assert _names(services, "䶮") == ["王䶮"]  # the name-order walk finds it all the same


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_file):
    path = tmp_path_factory.mktemp("fts") / "demo.sqlite3"
    shutil.copyfile(demo_file(3), path)
    database = open_database(path)
    services = Services(database)
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
    monkeypatch.setattr(
        households_module, "full_text_candidates", lambda _s, _t: search.NOT_NARROWED
    )
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
    from studio_app.base.enums import RosterKind

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
        triggers = set(s.scalars(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'household'"
        )))  # fmt: skip
    assert triggers == {"household_fts_insert", "household_fts_update", "household_fts_delete"}
    services.rosters.apply(plan)
    assert _names(services, "三") == ["张三"]
    services.households.create(HouseholdInput(head_name="王五"))  # one by one: the trigger
    assert _names(services, "五") == ["王五"]
    _index_is_consistent(services)


# ---- tokens and phrases ----------------------------------------------------------------------


def test_tokens_of_a_search_text():
    text = "20260012␟王䶮␟13812␟wi-fi 信号"
    assert search_tokens(text, 3) == (
        "202 026 260 600 001 012 12 2 王 䶮 138 381 812 12 2 wi i fi i 信 号"
    )
    assert search_tokens(text) == "2 0 2 6 0 0 1 2 王 䶮 1 3 8 1 2 w i f i 信 号"  # households


def test_a_phrase_leaves_out_what_depends_on_the_row():
    assert phrase_tokens("4679", 3) == ["467", "679"]
    assert phrase_tokens("12", 3) == []  # "12" may be followed by more digits in the row
    assert phrase_tokens("12组", 3) == ["12", "2", "组"]  # the run ends at 组 in the row too
    assert phrase_tokens("组12", 3) == ["组"]
    assert phrase_tokens("上门-讲解", 3) == ["上", "门", "讲", "解"]  # - has no token
    assert phrase_tokens("12", 1) == ["1", "2"]


_CHARS = "王䶮灯路东关村ab0123456789-·␟ é"


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(st.sampled_from(_CHARS), max_size=30),
    start=st.integers(0, 30),
    size=st.integers(1, 8),
    width=st.sampled_from([1, 3]),
)
def test_every_text_holding_a_term_holds_its_phrase(text, start, size, width):
    term = text[start : start + size]
    tokens, phrase = search_tokens(text, width).split(), phrase_tokens(term, width)
    assert any(tokens[i : i + len(phrase)] == phrase for i in range(len(tokens) + 1))


# ---- requests ------------------------------------------------------------------------------

MONDAY = date(2026, 3, 2)


def _register(services, content, **kw):
    kw.setdefault("visitor_name", "张三")
    return services.requests.register(RequestInput(content=content, **kw), today=MONDAY)


def _same_with_and_without_the_index(services, monkeypatch, query: RequestQuery) -> list[str]:
    """The numbers found for ``query``, after checking that LIKE alone finds the same."""
    lists = services.request_list

    def found():
        head = lists.first_page(query, limit=1000)
        return ([r.id for r in head.rows], head.total, head.exact, lists.count(query),
                [r.id for r in lists.page(query, 2, 7)], head.rows)  # fmt: skip

    narrowed = found()
    with monkeypatch.context() as m:
        m.setattr(
            request_list_module, "full_text_candidates", lambda *_a, **_k: search.NOT_NARROWED
        )
        alone = found()
    assert narrowed[:5] == alone[:5]
    return [r.number for r in narrowed[5]]


def _delete_request(s, number: str) -> None:
    """Requests are never deleted by the program: only the triggers' delete is tested."""
    request_id = s.scalar(select(Request.id).where(Request.number == number))
    s.execute(delete(RequestEvent).where(RequestEvent.request_id == request_id))
    s.execute(delete(Request).where(Request.id == request_id))


def _narrows(services, query: str) -> bool:
    with services.db.session() as s:
        return search.full_text_candidates(s, query, "request").condition is not None


def test_each_step_and_each_visitor_change_keeps_the_request_index_current(
    sqlite_services, monkeypatch
):
    services = sqlite_services

    def numbers(query: str, **kw) -> list[str]:
        return _same_with_and_without_the_index(services, monkeypatch, RequestQuery(query, **kw))

    a = _register(services, "村口路灯坏了", visitor_name="王䶮", visitor_phone="13812345678",
                  village="东关村", category="交通")  # fmt: skip
    b = _register(services, "河道垃圾有异味", visitor_name="李四", village="西关村")
    c = _register(services, "想在村里挂灯笼", anonymous=True)
    assert _narrows(services, "路灯") and _narrows(services, "5678")
    assert numbers("路灯") == [a.number] and numbers("5678") == [a.number]
    assert numbers("灯") == [c.number, a.number]

    services.requests.assign(a.id, handling_unit="县交通运输局", today=MONDAY)
    services.requests.start(a.id)
    services.requests.answer(a.id, "已更换灯泡", today=MONDAY)
    services.requests.merge(c.id, a.id)  # while answered: a closed one takes no merge
    services.requests.return_visit(a.id, Satisfaction.SATISFIED, "已修好")
    services.requests.reject(b.id, "不属于受理范围")
    assert numbers("运输") == [a.number]
    assert numbers("灯") == [a.number]  # c is merged into a
    assert numbers("灯", include_merged=True) == [c.number, a.number]
    services.categories.rename("交通", "道路交通")  # every request filed under it, on flush
    assert numbers("道路交通") == [a.number]
    _register(services, "路灯又坏了", visitor_name="王䶮", visitor_phone="13812345678",
              village="南关村")  # fmt: skip  # the same visitor, moved: each request follows
    assert numbers("南关 路灯", include_merged=True) == ["2026-0004", a.number]
    assert numbers("东关") == []
    _index_is_consistent(services, "request")

    with services.db.session() as s:  # however a request or visitor is changed or removed
        s.scalars(select(Visitor).where(Visitor.name == "李四")).one().name = "李䶮"
        _delete_request(s, c.number)
    assert numbers("李䶮") == [b.number]
    assert numbers("挂灯笼", include_merged=True) == []
    _index_is_consistent(services, "request")


def test_which_way_the_request_index_narrows(sqlite_services, monkeypatch):
    services = sqlite_services
    for i in range(6):
        _register(services, f"路灯坏了 {i}", visitor_phone=f"1381234{i:04d}")

    def key(query: str, **kw) -> str | None:
        with services.db.session() as s:
            found = search.full_text_candidates(s, query, "request", **kw).condition
        return None if found is None else str(found).split(" IN ")[0]

    assert key("路灯") == "request.rowid"  # 6 rows, looked up one by one
    assert key("2") is None and key("13") is None  # as many rows as there are digits
    assert key("0003") == "request.rowid"
    assert key("路灯 0003", lookups=2) == "request.rowid"  # every term
    assert key("路灯", lookups=0) is None and key("龘", lookups=0) == "request.rowid"
    assert key("路灯", lookups=5) is None  # too many to look up, and no walk to filter
    assert key("路灯", lookups=5, walk=100) == "+request.rowid"  # a filter on the walk
    # Newest first, a walk that finds its rows among the newest ones needs no filter.
    assert key("路灯", lookups=5, walk=6, newest_first=True) is None
    assert key("路灯", lookups=5, walk=7, newest_first=True) == "+request.rowid"  # only 6
    # Unless rows found may not hold the term: its - has no token, its end 坏1 is left out.
    assert key("路灯-坏", lookups=5, walk=6, newest_first=True) == "+request.rowid"
    assert key("路灯坏1", lookups=0, walk=1, newest_first=True) == "+request.rowid"
    monkeypatch.setattr(search, "FULL_TEXT_RECENT_ROWS", 5)
    assert key("路灯", lookups=5, walk=6, newest_first=True) == "+request.rowid"


_CONTENTS = (
    "村口的路灯坏了", "河道垃圾有异味", "灌溉渠堵塞", "校车太少", "养老金拖欠三个月",
    "自来水漏水", "低保办不下来", "宅基地有争议", "网络信号不通", "Wi-Fi 信号差，5G 也没有",
    "王䶮家门口的公路不通", "医保报销比例不清楚（2025年）", "噪音太吵，100% 影响休息",
)  # fmt: skip
_VILLAGES = ("东关村", "西关村", "南河村", "北岭村", "")


@pytest.fixture(scope="module")
def many_requests(tmp_path_factory):
    """A few hundred requests over two years, some anonymous, assigned, answered, merged or
    archived, with a long letter or two: (services, their search_texts)."""
    database = open_database(tmp_path_factory.mktemp("fts") / "requests.sqlite3")
    services = Services(database)
    rng = random.Random(5)
    made = []
    for i in range(320):
        content = "，".join(rng.sample(_CONTENTS, rng.randint(1, 3)))
        if i % 97 == 0:
            content += "另外" + "".join(rng.choices(_CONTENTS, k=60))  # a long letter
        anonymous = rng.random() < 0.1
        day = date(2025, 1, 2) + timedelta(days=i * 2)
        r = services.requests.register(
            RequestInput(
                content=content, category=rng.choice(["交通", "环境", "社保", ""]),
                anonymous=anonymous, visitor_name="" if anonymous else rng.choice("王李张刘")
                + rng.choice(["䶮", "伟", "芳", "建国"]),
                visitor_phone="" if anonymous else f"13{rng.randint(0, 999_999_999):09d}",
                village=rng.choice(_VILLAGES),
            ),
            today=day, at=datetime(day.year, day.month, day.day, rng.randint(0, 9), tzinfo=UTC),
        )  # fmt: skip
        made.append(r.id)
        if rng.random() < 0.4:
            services.requests.assign(r.id, handling_unit=rng.choice(["县交通运输局", "镇政府"]))
        if rng.random() < 0.1 and len(made) > 1:
            services.requests.merge(r.id, made[0])
    with services.db.session() as s:
        for r in s.scalars(select(Request).where(Request.number.endswith("7"))):
            r.archived_at = datetime(2026, 1, 1, tzinfo=UTC)
        texts = list(s.scalars(select(Request.search_text)))
    yield services, texts
    database.close()


_ABSENT = st.sampled_from(["龘", "xyz", "水管路灯", "灯路", "上门-讲解", "2024-", "19999"])
_PUNCTUATION = st.sampled_from(["·", "%", "_", "-", "，", "100%", "wi-fi", "5g", "(2025", "）"])


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_request_results_are_exactly_those_of_the_like_query(many_requests, data, monkeypatch):
    services, texts = many_requests
    piece = st.builds(  # 1 to 4 characters of a stored text: a term that finds something
        lambda t, start, size: t[start % len(t) :][:size],
        st.sampled_from(texts), st.integers(0, 80), st.integers(1, 4),
    )  # fmt: skip
    digits = st.builds(  # a phone's or a number's digits, a number as typed
        lambda t, start, size: t.split("␟")[0][start:][:size] or t[:4],
        st.sampled_from(texts), st.integers(0, 8), st.integers(1, 11),
    )  # fmt: skip
    number = st.builds(lambda year, n: f"{year}-{n:04d}", st.sampled_from([2025, 2026]),
                       st.integers(1, 330))  # fmt: skip
    term = st.one_of(piece, digits, number, _ABSENT, _PUNCTUATION)
    query = data.draw(st.lists(term, min_size=1, max_size=2).map(" ".join), label="query")
    options = data.draw(
        st.fixed_dictionaries({
            "sort": st.sampled_from(["registered_at", "number", "visitor_name"]),
            "open_only": st.booleans(), "include_merged": st.booleans(),
            "active": st.sampled_from([True, None]),
        }), label="options",
    )  # fmt: skip
    # Each way of narrowing: rows looked up one by one, a filter on the walk, the walk alone.
    lookups, recent = data.draw(st.sampled_from([(2500, 10_000), (0, 0), (0, 10**6), (3, 50)]))
    with monkeypatch.context() as m:
        m.setattr(request_list_module, "TEXT_LOOKUPS", lookups)
        m.setattr(request_list_module, "COUNT_LOOKUPS", lookups)
        m.setattr(search, "FULL_TEXT_RECENT_ROWS", recent)
        _same_with_and_without_the_index(services, m, RequestQuery(text=query, **options))


def test_vacuum_keeps_the_rowids_the_indexes_are_keyed_on(sqlite_services):
    services = sqlite_services
    for name in ("王䶮", "李四", "赵垚"):
        services.households.create(HouseholdInput(head_name=name))
        _register(services, f"{name}反映路灯坏了", visitor_name=name)
    with services.db.session() as s:  # gaps in the rowids, which VACUUM may close up
        s.execute(text("DELETE FROM household WHERE head_name = '李四'"))
        _delete_request(s, "2026-0002")
    with services.db.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")
    _index_is_consistent(services, "household")
    _index_is_consistent(services, "request")
    assert _names(services, "垚") == ["赵垚"]
    found = services.request_list.first_page(RequestQuery(text="垚 路灯")).rows
    assert [r.number for r in found] == ["2026-0003"]


def test_a_rebuilt_request_table_needs_its_triggers_and_index_again(sqlite_services):
    """What migration 0006 asks of a later one that rebuilds the request table."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    services = sqlite_services
    for i in "一二三":
        _register(services, f"路灯坏了{i}个月")
    with services.db.session() as s:
        _delete_request(s, "2026-0001")  # rowid 1 is free
    triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'request'"
    check = "INSERT INTO request_fts(request_fts, rank) VALUES ('integrity-check', 1)"
    with services.db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # as migrate.py upgrades
        with Operations(MigrationContext.configure(connection)).batch_alter_table(
            "request", recreate="always"
        ):
            pass  # Alembic's batch mode copies the table into a new one
        assert connection.scalar(text("SELECT min(rowid) FROM request")) == 1  # renumbered
        assert connection.scalar(text(triggers)) == 0  # gone with the old table
        with pytest.raises(DatabaseError):
            connection.exec_driver_sql(check)  # the index points at the old rowids
        for statement in _migration_0006().SQLITE_FTS[1:-1]:  # the triggers, then 'rebuild'
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(check)
        connection.commit()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        assert connection.scalar(text(triggers)) == 3
    found = services.request_list.first_page(RequestQuery("坏了三")).rows
    assert [r.number for r in found] == ["2026-0003"]


def _migration_0006():
    import importlib.util

    from studio_app.storage.migrate import MIGRATIONS_DIR

    path = next((MIGRATIONS_DIR / "versions").glob("0006_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0006", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
