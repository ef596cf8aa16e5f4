"""The benchmark's county-scale requests (bench/county_requests.py) and a small run of the
benchmark itself. Figures are never asserted: machines differ."""

from __future__ import annotations

import io
import json
import os
from collections import Counter
from datetime import date, timedelta
from functools import partial
from itertools import pairwise

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from studio_app.base.enums import ReceptionStatus
from studio_app.base.enums import RequestStatus as S
from studio_app.base.labels import REQUEST_CATEGORIES
from studio_app.bench import run as bench
from studio_app.bench.county import synthetic_county
from studio_app.bench.county_requests import Workdays, synthetic_requests
from studio_app.core.field import sealed
from studio_app.core.models import Household, ReceptionDay, Request, Visitor
from studio_app.core.request_list import RequestQuery
from studio_app.core.search import request_derived

TODAY = date(2025, 6, 16)
PG_URL = os.environ.get("STUDIO_TEST_PG_URL")


@pytest.fixture
def county(services):
    synthetic_county(services, members=80, households=600, seed=1, today=TODAY)
    return synthetic_requests(services, requests=1500, seed=1, today=TODAY)


def test_requests_follow_the_workflow_with_history_and_deadlines(services, county):
    calendar = services.calendar.calendar()
    deadlines = services.settings.deadlines()
    with services.db.session() as s:
        requests = list(s.scalars(
            select(Request).options(selectinload(Request.history), selectinload(Request.visitor))
        ))  # fmt: skip
        villages = set(s.scalars(select(Household.village)))
        visitors = s.scalar(select(func.count()).select_from(Visitor))
        by_id = {r.id: r for r in requests}
        for r in requests:
            # Written in bulk, as the ORM listener would have filled it.
            derived = request_derived(r, r.visitor)
            assert derived == {key: getattr(r, key) for key in derived}
            steps = r.history
            assert [e.sequence for e in steps] == list(range(1, len(steps) + 1))
            assert (steps[0].from_status, steps[0].to_status) == (None, S.REGISTERED)
            assert steps[0].at == r.registered_at and steps[-1].to_status == r.status
            assert all(a.to_status == b.from_status and a.at < b.at for a, b in pairwise(steps))
            assert steps[-1].at.astimezone().date() < TODAY and r.version == len(steps)
            on = r.registered_at.astimezone().date()
            assert r.assign_due == calendar.add_workdays(on, deadlines.assign)
            if not r.reopen_count:  # the answer promised at registration, assigned or not
                assert r.answer_due == calendar.add_workdays(r.assign_due, deadlines.answer)
            if r.status == S.MERGED:  # into an earlier request that carries on
                target = by_id[r.merged_into_id]
                assert target.registered_at < r.registered_at and target.status != S.MERGED
            assert r.category in REQUEST_CATEGORIES
            assert r.visitor.village in villages | {""}
    assert len(requests) == county.requests == 1500 and visitors == county.visitors
    assert 0.5 < county.visitors / county.requests < 0.7  # many people come back
    statuses = Counter(r.status for r in requests)
    assert set(statuses) == set(S) and statuses[S.CLOSED] > 0.8 * len(requests)
    assert any(r.reopen_count for r in requests)
    late = services.requests.overdue(TODAY)
    assert 0 < len(late) < sum(statuses[s] for s in (S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS,
                                                      S.ANSWERED))  # fmt: skip

    sample = requests[len(requests) // 2]
    for text in (sample.number, sample.visitor.phone or sample.number, sample.content[:6]):
        ids = [
            row.id
            for row in services.request_list.rows(RequestQuery(text=text, include_merged=True))
        ]
        assert sample.id in ids


def test_reception_days_a_dozen_a_year_mostly_held(services, county):
    with services.db.session() as s:
        days = list(s.scalars(select(ReceptionDay)))
    past = [d for d in days if d.held_on < TODAY]
    held = sum(d.status == ReceptionStatus.HELD for d in past)
    assert county.reception_days == len(days) and county.held_days == held > 0.85 * len(past)
    assert all(d.status == ReceptionStatus.PLANNED for d in days if d.held_on >= TODAY)
    per_studio_year = Counter((d.studio_id, d.held_on.year) for d in days if d.held_on.year == 2024)
    assert set(per_studio_year.values()) == {12}
    upcoming = services.workbench.today(TODAY).next_reception_day
    assert upcoming is not None and upcoming.held_on >= TODAY and upcoming.duties


def test_workdays_by_lookup_match_the_calendar(services):
    calendar = services.calendar.calendar()
    fast = Workdays(calendar, date(2024, 9, 1), date(2025, 3, 1))
    for offset in range(0, 200, 3):
        start = date(2024, 8, 20) + timedelta(days=offset)  # some before the span, some after
        for n in (0, 1, 2, 5, 9):
            assert fast.add(start, n) == calendar.add_workdays(start, n)


@pytest.mark.parametrize(
    ("households", "members", "requests"),
    [(120, 20, 240), pytest.param(3000, 200, 6000, marks=pytest.mark.slow)],
)
def test_bench_runs_small_and_prints_every_measure(
    tmp_path, monkeypatch, households, members, requests
):
    # The window and the import are measured in child processes: not here.
    monkeypatch.setattr(bench, "measure_first_paint", lambda path: {"error": "skipped"})
    monkeypatch.setattr(bench, "measure_import", lambda *_args: {"error": "skipped"})
    # 扫码说事 has its own wiring test (tests/ui/test_intake_bench.py).
    monkeypatch.setattr(bench, "measure_intake_apart", lambda folder: {"error": "skipped"})
    # Fewer queries per class: this checks the wiring, not the times.
    monkeypatch.setattr(bench, "search_terms", partial(bench.search_terms, per_class=5))
    monkeypatch.setattr(
        bench, "measure_requests", partial(bench.measure_requests, per_class=5, sentences=2)
    )
    monkeypatch.setattr(bench, "request_terms", partial(bench.request_terms, per_class=5))
    monkeypatch.setattr(bench, "measure_coordinators", SMALL_COORDINATORS)
    monkeypatch.setattr(sealed, "SCRYPT_N", 2**10)  # the passphrase's cost is not measured
    out = io.StringIO()
    figures = bench.run_bench(tmp_path, households=households, members=members,
                              requests=requests, activities=3000, out=out, progress=None)  # fmt: skip
    m = figures["member_record"]
    assert m["entered"] == 3000 and m["activities"] > 3000  # the county's visits count too
    assert m["ranking"]["members"] > 0 and m["member_page"]["activities"] > 0
    r = figures["request_measures"]
    assert set(r["search"]) == {"1 字", "2 字", "3 字", "4 字", "电话", "编号", "无结果"}
    assert set(figures["search"]) == {"1 字", "2 字", "3 字", "4 字", "无结果"}
    assert r["search"]["无结果"]["median_matches"] == 0
    assert r["search"]["编号"]["median_matches"] >= 1 and r["search"]["1 字"]["median_matches"] >= 1
    assert r["workbench"]["next_reception_day"] is not None and r["similar"]["queries"] > 0
    assert r["figures_year"]["visits"] >= r["figures_month"]["visits"]
    c = figures["county_overview"]
    assert c["year"]["requests"] == r["figures_year"]["visits"]  # the county's year, summed
    assert c["year"]["studios"] == min(members, bench.COUNTY_STUDIOS)  # 30, or one per member
    assert c["overdue_list"]["rows"] > 0
    checks = figures["checks"]
    assert {"request search 4 字", "workbench", "figures_month", "figures_year", "similar",
            "similar_pairs", "workbench_ready", "stall", "memory_window", "charts",
            "workbench_charts", "member_record ranking", "member_record page",
            "county_overview year"} <= set(checks)  # fmt: skip
    pairs = r["similar"]["pairs"]  # the labelled pairs of tests/data
    assert pairs["pairs"] >= 200 and checks["similar_pairs"] is True
    assert r["similar"]["open_requests"] > 0
    json.dumps(figures, ensure_ascii=False)  # --json
    _studio_and_coordinators(figures)
    f = figures["field"]  # 外出工作包: the studio out, the laptop's changes back
    assert f["households"] == min(households, 400) and f["changes"] == min(500, requests // 4)
    # two in five edit a household, two in five make a household or a request (and its visitor)
    assert f["updated"] == f["changes"] * 2 // 5 and f["conflicts"] == 0
    assert f["inserted"] >= f["changes"] * 2 // 5 and f["steps"] >= 1
    assert {"field_check_out", "field_check_in"} <= set(checks)
    table = out.getvalue()
    for text in (f"{requests:,} requests", "requests search 电话", "工作台 today()", "figures(), this year",
                 "工作台 charts", "as one studio:", "coordinators at once", "machine load",
                 "similar() while typing", "similar requests: precision / recall",
                 "交办及时率", "activities counted in", "member page (", "全县概览, year",
                 "外出工作包: check out", "check in"):  # fmt: skip
        assert text in table


def test_the_window_reports_its_paint_the_year_every_page_and_its_memory(tmp_path):
    # The window's measures run in a child process from a script in a string: run it once.
    database = bench.open_database(tmp_path / "county.sqlite3")
    try:
        services = bench.Services(database)
        synthetic_county(services, members=20, households=100, seed=1)
        synthetic_requests(services, requests=200, seed=1)
    finally:
        database.close()
    paint = bench.measure_first_paint(tmp_path / "county.sqlite3", runs=1)
    assert "error" not in paint, paint
    assert 0 < paint["median_s"] <= paint["lists_median_s"] <= paint["ready_median_s"]
    assert paint["ready_median_s"] <= paint["charts_median_s"]  # the charts after the figures
    assert paint["year_shown_median_s"] > 0 and paint["stall_max_s"] > 0
    assert len(paint["pages_median_s"]) == len(bench.PAGE_NAMES) and paint["rss_mb"] > 0


@pytest.mark.skipif(not PG_URL, reason="STUDIO_TEST_PG_URL is not set")
def test_bench_runs_on_postgresql_in_databases_of_its_own_and_drops_them(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "measure_first_paint", lambda path: {"error": "skipped"})
    monkeypatch.setattr(bench, "measure_printing_apart", lambda folder: {"error": "skipped"})
    monkeypatch.setattr(bench, "measure_intake_apart", lambda folder: {"error": "skipped"})
    monkeypatch.setattr(bench, "printing_checks", lambda p: {})
    monkeypatch.setattr(bench, "print_printing", lambda p, row: None)
    monkeypatch.setattr(bench, "search_terms", partial(bench.search_terms, per_class=3))
    monkeypatch.setattr(bench, "request_terms", partial(bench.request_terms, per_class=3))
    monkeypatch.setattr(
        bench, "measure_requests", partial(bench.measure_requests, per_class=3, sentences=1)
    )
    monkeypatch.setattr(bench, "measure_coordinators", SMALL_COORDINATORS)
    server = bench.PostgresServer(PG_URL)
    out = io.StringIO()
    figures = bench.run_bench(tmp_path, households=60, members=10, requests=120, activities=500,
                              pg_url=PG_URL, out=out, progress=None)  # fmt: skip
    assert figures["backend"].startswith("PostgreSQL") and "PostgreSQL" in out.getvalue()
    assert figures["member_record"]["entered"] == 500
    assert figures["county_overview"]["year"]["studios"] == 10  # 30 asked for, one per member
    assert figures["import"]["created"] == 60 and figures["search"]["3 字"]["queries"] == 3
    # Its own databases (the tests make others meanwhile), dropped afterwards.
    assert not [n for n in _databases(server) if n.startswith(f"studio_bench_{os.getpid()}_")]
    assert not list(tmp_path.glob("*.sqlite3"))  # nothing measured on SQLite but the printing


# Two coordinators, one round of register, search, answer, each as soon as it has started
# (the bench gives them 10 s to start together; these check the keys, not the times).
SMALL_COORDINATORS = partial(bench.measure_coordinators, processes=2, rounds=1, interval=0.2,
                             startup=0.0)  # fmt: skip


def _studio_and_coordinators(figures: dict) -> None:
    """The keys of the search as one studio and of the coordinators at once (issue 20)."""
    assert figures["studios"] == bench.COUNTY_STUDIOS and len(figures["load"]["start"]) == 3
    studio = figures["studio_search"]
    assert studio["requests"] > 0 and isinstance(studio["households"], int)
    for what in ("household_search", "request_search"):
        assert set(studio[what]) == {"1 字", "2 字", "3 字", "4 字"}
        assert all(s["p95_ms"] > 0 and s["queries"] > 0 for s in studio[what].values())
    c = figures["coordinators"]
    assert c["processes"] == 2 and set(c["actions"]) == {"register", "search", "answer"}
    assert all(a["count"] >= 1 and a["p95_ms"] > 0 for a in c["actions"].values())
    assert c["failures"] == {}
    checks = figures["checks"]
    assert {"studio request search 1 字", "studio household search 4 字",
            "coordinators register", "coordinators answer"} <= set(checks)  # fmt: skip


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_bench_runs_on_the_empty_database_it_is_given(tmp_path, monkeypatch, kind):
    if kind == "postgresql" and not PG_URL:
        pytest.skip("STUDIO_TEST_PG_URL is not set")
    for name in ("measure_first_paint", "measure_printing_apart", "measure_intake_apart"):
        monkeypatch.setattr(bench, name, lambda _path: {"error": "skipped"})
    monkeypatch.setattr(bench, "measure_import", lambda *_args: {"error": "skipped"})
    monkeypatch.setattr(bench, "printing_checks", lambda p: {})
    monkeypatch.setattr(bench, "print_printing", lambda p, row: None)
    monkeypatch.setattr(bench, "search_terms", partial(bench.search_terms, per_class=3))
    monkeypatch.setattr(bench, "request_terms", partial(bench.request_terms, per_class=3))
    monkeypatch.setattr(
        bench, "measure_requests", partial(bench.measure_requests, per_class=3, sentences=1)
    )
    monkeypatch.setattr(bench, "measure_coordinators", SMALL_COORDINATORS)
    server = bench.PostgresServer(PG_URL) if kind == "postgresql" else None
    url = server.new_database("given") if server else f"sqlite:///{tmp_path / 'given.sqlite3'}"
    try:
        out = io.StringIO()
        figures = bench.run_bench(tmp_path / "work", households=150, members=60, requests=300,
                                  activities=0, db_url=url, out=out, progress=None)  # fmt: skip
        assert figures["backend"].startswith("PostgreSQL" if server else "SQLite")
        _studio_and_coordinators(figures)
        # The county stays in the database given (and only there), and it is no longer empty.
        assert not list((tmp_path / "work").glob("*.sqlite3"))
        with pytest.raises(bench.BenchRefused, match="已有资料"):
            bench.refuse_if_not_empty(url)
        err = io.StringIO()
        monkeypatch.setattr("sys.stderr", err)
        assert bench.main(["--db", url, "--households", "10"]) == 2
        assert "请新建一个空数据库" in err.getvalue()
    finally:
        if server:
            server.drop_all()


def _databases(server: bench.PostgresServer) -> set[str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(server.url)
    try:
        with engine.connect() as connection:
            return set(connection.execute(text("SELECT datname FROM pg_database")).scalars())
    finally:
        engine.dispose()
