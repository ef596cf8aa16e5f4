"""Timings on a county-sized data set: ``studio-app bench`` (``make bench``).

On a fresh database (a SQLite file in a temporary folder, or with ``--pg`` new databases on a
PostgreSQL server) this measures

* building the synthetic county (``bench.county.synthetic_county``);
* first paint: from launching a new Python process to the main window painted (offscreen Qt),
  five times; the window paints its frame before the data layers load, so this also reports
  when the first page (the 工作台) has painted with its data (its lists and the month's figures,
  which load off the GUI thread), and the child's breakdown of both;
* in that window: choosing 今年 on the 工作台 (the year's figures shown, and the longest the
  window did not answer meanwhile), the households page, then every page in turn, and the
  window's peak memory after visiting them all;
* the households page: first rows + total in-process, and switching to the page in the window;
* search as the page does it per keystroke (the first page of rows and the total) for 1-, 2-,
  3- and 4-character Chinese terms that occur and for rare characters that occur nowhere;
* importing 50,000 households from an .xlsx into an empty database (preview, then apply);
* with 100,000 visitor requests (``bench.county_requests``): requests search per keystroke
  (1- to 4-character terms, phone digits, request numbers, terms that occur nowhere), the
  requests page's default view (open requests), the 工作台 (``workbench.today``), the figures
  of this month and of this year, and similar open requests while a sentence is typed;
* with 100,000 member activities entered for the year (``bench.member_record``): the year's
  履职积分 ranking of every member and the busiest member's page (一人一档);
* 扫码说事 (``bench.intake``, in a process of its own, on SQLite): 50 phones sending at once
  and 5 photos, while the window's event loop is timed;
* printing (``bench.printing``, always on SQLite: it hardly reads the database): five-page
  minutes, a QR poster of 400 members with the codes encoded from scratch and again from the
  cache, and the size of two-page minutes;
* peak memory of the window process, the import process and this process;
* with requests: search as the busiest studio's coordinator per length 1-4
  (``bench.studio_search``) and ten coordinator processes working at once, one action every 3 s
  each (``bench.coordinators``); and the machine's load at the start and the end.

``--db URL`` runs all of it on a database the user made, which must be empty
(``refuse_if_not_empty``); ``--pg URL`` makes new databases on a server and drops them.

Figures are printed as a table with the targets and returned as a dict. Timings are never
asserted by the tests: machines differ.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import func, select

from studio_app.base.enums import Gender
from studio_app.base.labels import REQUEST_CATEGORIES
from studio_app.bench import county_overview, field, member_record
from studio_app.bench.coordinators import TARGET_P95_MS as TARGET_COORDINATOR_P95_MS
from studio_app.bench.coordinators import measure_coordinators
from studio_app.bench.county import COUNTY_TOWNSHIPS, synthetic_county
from studio_app.bench.county_requests import request_content, synthetic_requests
from studio_app.bench.intake import checks as intake_checks
from studio_app.bench.intake import measure_intake_apart
from studio_app.bench.intake import print_rows as print_intake
from studio_app.bench.percentiles import percentile
from studio_app.bench.printing import checks as printing_checks
from studio_app.bench.printing import print_rows as print_printing
from studio_app.bench.studio_search import measure_studio_search
from studio_app.core.households import HouseholdQuery
from studio_app.core.listing import PAGE_SIZE
from studio_app.core.models import Household, Request, Visitor
from studio_app.core.request_figures import RATE_LABELS
from studio_app.core.request_list import OPEN_STATUSES, RequestQuery
from studio_app.core.services import Services
from studio_app.core.similarity import Matcher, evaluate, read_pairs
from studio_app.demo.studio import GROUPS, demo_tags, household_size, mobile_phone, person_name
from studio_app.storage.migrate import open_database

PACKAGE_ROOT = Path(__file__).resolve().parents[1]

# Targets (seconds, milliseconds, MB) shown next to the figures.
TARGET_FIRST_PAINT_S = 0.6
TARGET_WORKBENCH_READY_S = 0.8  # from launch to the 工作台 painted with its lists and figures
TARGET_SEARCH_P95_MS = 20.0  # every 1-4-character search
TARGET_IMPORT_S = 8.0
TARGET_MEMORY_MB = 300.0  # the import, printing and benchmark processes
TARGET_WINDOW_MEMORY_MB = 200.0  # the window, after every page has been shown
TARGET_WORKBENCH_MS = 200.0
TARGET_FIGURES_MONTH_MS = 200.0
TARGET_FIGURES_YEAR_MS = 300.0
TARGET_CHARTS_MS = 300.0  # the 工作台's charts: twelve months and the year's categories
TARGET_STALL_MS = 100.0  # the longest the window does not answer while the year's figures load
TARGET_SIMILAR_P95_MS = 30.0

COUNTY_STUDIOS = 30  # issue 20: 30 studios, 2,000 members, 50,000 households, 100,000 requests
PAINT_RUNS = 5
# The window's pages in its navigation's order (the 工作台 is already shown when they are visited).
PAGE_NAMES = (
    "工作台",
    "接待日",
    "接待登记",
    "诉求",
    "会议纪要",
    "委员",
    "联户",
    "档案",
    "提案与社情民意",
    "履职档案",
)
SEARCH_QUERIES = 60  # per class of query
SIMILAR_SENTENCES = 8  # typed a character at a time, similar() after each
# The labelled pairs the matching is judged on, and the goal for precision and recall on them.
SIMILAR_PAIRS = Path(__file__).resolve().parents[2] / "tests" / "data" / "similar_pairs.tsv"
TARGET_SIMILAR_PAIRS = 0.85
# Characters that occur in no generated name, village or address (Extension A/B, CJK rare).
MISSING_TERMS = ("龘", "靐", "齉", "䨻", "𪚥", "爨", "麤", "𠔻", "鬱", "灪", "籲", "驫")

# The window process: prints PAINTED when the main window's first paint is done and the 工作台
# with its data, then the year's figures, the households page, every page and its peak memory,
# one "KEY value…" line each.
GUI_CHILD = r"""
import sys, time
T_START = time.perf_counter()
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication
from studio_app.ui.app import setup_application
from studio_app.ui.main_window import MainWindow
T_IMPORTED = time.perf_counter()
app = QApplication([sys.argv[0]])
setup_application(app)
window = MainWindow()  # the frame, as run_gui shows it before the data layers load
T_BUILT = time.perf_counter()
T_PAINTED = None


def settle():
    # Until the work the pages handed to background threads has reported, then paint.
    from studio_app.ui import background
    if background.is_busy():
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: background.is_busy() or loop.quit())
        poll.start(2)
        loop.exec()
        poll.stop()
    app.processEvents()
    window.repaint()


class Ticks:
    # A timer every 5 ms: the longest gap between its ticks is the longest the window stalled.
    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = self.longest = 0.0

    def tick(self):
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self):
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self):
        self.tick()
        self.timer.stop()
        return self.longest


def ready():
    # The frame has painted: load the data layers and the pages, as run_gui does.
    t = time.perf_counter()
    from studio_app.core.services import Services
    from studio_app.storage.migrate import open_database
    global db
    db = open_database(sys.argv[1])
    services = Services(db)
    t_opened = time.perf_counter()
    window.attach(services)
    window.repaint()  # the first page (工作台) painted with what it shows at once
    t_listed = time.perf_counter()
    bench = window.workbench_page
    # and with the figures it loads in the background; the charts are counted after them
    from studio_app.ui import background
    while bench.figures is None and background.is_busy():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    window.repaint()
    t_ready = time.perf_counter()
    settle()  # the charts
    t_charts = time.perf_counter()
    print(f"PAINTED {T_PAINTED:.6f} start={T_START:.6f} imported={T_IMPORTED:.6f} "
          f"built={T_BUILT:.6f} opened={t_opened:.6f} listed={t_listed:.6f} "
          f"ready={t_ready:.6f} charts={t_charts:.6f} layers={t:.6f}", flush=True)
    ticks = Ticks()
    ticks.start()
    t0 = time.perf_counter()
    done = []
    def year():
        bench.period.setCurrentIndex(bench.period.findData("year"))
        settle()
        done.append(time.perf_counter())
    QTimer.singleShot(0, year)
    while not done:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    print(f"YEAR shown={done[0] - t0:.6f} stall={ticks.stop():.6f}", flush=True)
    page = window.households_page
    t0 = time.perf_counter()
    window.show_page(page)
    window.repaint()
    t1 = time.perf_counter()
    page.model.refresh()
    window.repaint()
    t2 = time.perf_counter()
    print(f"HOUSEHOLDS switch={t1 - t0:.6f} refresh={t2 - t1:.6f} rows={page.model.rowCount()} "
          f"total={page.model.total}", flush=True)
    shown = []
    for index in range(window.nav.count()):
        t0 = time.perf_counter()
        window.nav.setCurrentRow(index)
        settle()
        shown.append(time.perf_counter() - t0)
    print("PAGES " + " ".join(f"{s:.6f}" for s in shown), flush=True)
    from studio_app.bench.run import max_rss_mb
    print(f"RSS {max_rss_mb() or -1:.1f}", flush=True)
    app.quit()


class PaintWatch(QObject):
    done = False

    def eventFilter(self, obj, event):
        global T_PAINTED
        if (not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType()
                and obj.window() is window):
            self.done = True
            T_PAINTED = time.perf_counter()
            QTimer.singleShot(0, ready)  # after this paint pass has been flushed
        return False


db = None
watch = PaintWatch()
app.installEventFilter(watch)
window.show()
app.exec()
db.close()
"""


# ---- helpers ---------------------------------------------------------------------------------


def max_rss_mb() -> float | None:
    """Peak resident memory of this process in MB (None where it cannot be read).

    Linux's ``ru_maxrss`` carries the parent's peak into a child across fork and exec, so a
    child would report the benchmark's own memory: read the process's ``VmHWM`` instead.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _timed(func: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def _progress(out: TextIO | None, text: str) -> None:
    if out is not None:
        print(f"… {text}", file=out, flush=True)


# ---- measures --------------------------------------------------------------------------------


def first_rows(services: Services, q: HouseholdQuery) -> int:
    """What the households page asks per refresh (per keystroke): the first rows and a total
    (one ordered walk, the total capped). Returns the total shown."""
    return services.households.first_page(q, PAGE_SIZE).total


def measure_households_page(services: Services, runs: int = 5) -> dict:
    """The unfiltered list's first rows and total, as the page asks when it is first shown."""
    times = [_timed(lambda: first_rows(services, HouseholdQuery()))[0] for _ in range(runs)]
    return {"first_s": times[0], "median_s": statistics.median(times)}


def _chinese_pieces(rng: random.Random, texts: list[str], n: int, count: int) -> list[str]:
    """``count`` pieces of ``n`` consecutive Chinese characters cut from random ``texts``."""
    found: list[str] = []
    for _ in range(count * 50):
        if not texts or len(found) == count:
            break
        text = rng.choice(texts)
        i = rng.randrange(max(1, len(text) - n + 1))
        piece = text[i : i + n]
        if len(piece) == n and all(c.isalpha() and not c.isascii() for c in piece):
            found.append(piece)
    return found


def search_terms(services: Services, *, seed: int = 1, per_class: int = SEARCH_QUERIES) -> dict:
    """Query terms that occur in the data (1, 2, 3, 4 characters) and some that occur nowhere."""
    rng = random.Random(seed)
    with services.db.session() as s:
        names = list(
            s.scalars(
                select(Household.head_name)
                .where(Household.kind == "household")
                .order_by(func.random())
                .limit(5000)
            )
        )
        villages = list(s.scalars(select(Household.village).distinct()))
        addresses = list(s.scalars(select(Household.address).order_by(func.random()).limit(5000)))
    three = [n for n in names if len(n) == 3]
    given = [n[1:] for n in three]
    surnames = [n[0] for n in names]

    def pick(pool: list[str]) -> list[str]:
        return [rng.choice(pool) for _ in range(per_class)] if pool else []

    stems = [v.removesuffix("村").removesuffix("社区") for v in villages]
    two = [t for pair in zip(pick(stems), pick(given), strict=True) for t in pair][:per_class]
    return {
        "1 字": pick(surnames),  # mostly 王 李 张 刘 陈 …
        "2 字": two,  # village 柳湾, given name 建国
        "3 字": pick(three),  # 王建国
        "4 字": _chinese_pieces(rng, addresses, 4, per_class),  # 柳湾村二 (组), 关镇柳湾
        "无结果": [MISSING_TERMS[i % len(MISSING_TERMS)] for i in range(per_class)],
    }


def measure_search(services: Services, terms: dict[str, list[str]]) -> dict:
    """Per class of terms: what the page does per keystroke (p50/p95/max), then, to show where
    the time goes, the exact count and the first page as separate queries (p95)."""
    results = {}
    for label, queries in terms.items():
        if not queries:
            continue
        keystroke, counts, pages, matched = [], [], [], []
        first_rows(services, HouseholdQuery(text=queries[0]))  # warm the cache
        for text in queries:
            q = HouseholdQuery(text=text)
            keystroke.append(_timed(lambda q=q: first_rows(services, q))[0] * 1000)
            t_count, n = _timed(lambda q=q: services.households.count(q))
            t_page, _ = _timed(lambda q=q: services.households.page(q, 0, PAGE_SIZE))
            counts.append(t_count * 1000)
            pages.append(t_page * 1000)
            matched.append(n)
        results[label] = {
            "queries": len(queries),
            "p50_ms": percentile(keystroke, 0.5),
            "p95_ms": percentile(keystroke, 0.95),
            "max_ms": max(keystroke),
            "count_p95_ms": percentile(counts, 0.95),
            "page_p95_ms": percentile(pages, 0.95),
            "median_matches": statistics.median(matched),
            "examples": list(dict.fromkeys(queries))[:4],
        }
    return results


# ---- visitor requests ------------------------------------------------------------------------


def _runs(func: Callable[[], Any], runs: int) -> tuple[dict, Any]:
    """``func`` called ``runs`` times: the first and the median time, and its last result."""
    times, result = [], None
    for _ in range(runs):
        elapsed, result = _timed(func)
        times.append(elapsed)
    return {"first_s": times[0], "median_s": statistics.median(times)}, result


def _keystrokes(times_ms: list[float], queries: list[str]) -> dict:
    return {
        "queries": len(times_ms),
        "p50_ms": percentile(times_ms, 0.5),
        "p95_ms": percentile(times_ms, 0.95),
        "max_ms": max(times_ms),
        "examples": list(dict.fromkeys(queries))[:4],
    }


def request_terms(services: Services, *, seed: int = 3, per_class: int = SEARCH_QUERIES) -> dict:
    """What a coordinator types on the requests page: pieces of the matters and of visitors'
    names (1, 2, 3 characters, common ones most often), phone digits (the whole number or its
    last four), request numbers, and characters that occur nowhere."""
    rng = random.Random(seed)
    with services.db.session() as s:
        sample = s.execute(
            select(Request.content, Request.number, Visitor.name, Visitor.phone)
            .join(Visitor, Visitor.id == Request.visitor_id)
            .order_by(func.random())
            .limit(5000)
        ).all()

    def pieces(n: int) -> list[str]:
        found: list[str] = []
        for _ in range(per_class * 50):
            if not sample or len(found) == per_class:
                break
            content, _number, name, _phone = rng.choice(sample)
            text = name if len(name) == n and rng.random() < 0.3 else content
            found += _chinese_pieces(rng, [text], n, 1)
        return found

    phones = [row.phone for row in sample if row.phone]
    picked = [rng.choice(phones) for _ in range(per_class)] if phones else []
    return {
        "1 字": pieces(1),  # 村 水 路 …
        "2 字": pieces(2),  # 路灯 低保
        "3 字": pieces(3),  # 老磨坊 王建国
        "4 字": pieces(4),  # 路灯不亮
        "电话": [p if i % 2 else p[-4:] for i, p in enumerate(picked)],
        "编号": [rng.choice(sample).number for _ in range(per_class)] if sample else [],
        "无结果": [MISSING_TERMS[i % len(MISSING_TERMS)] for i in range(per_class)],
    }


def measure_request_search(services: Services, terms: dict[str, list[str]]) -> dict:
    """Per class of terms: the requests page's work per keystroke (first page, capped total)."""
    results = {}
    for label, queries in terms.items():
        if not queries:
            continue
        services.request_list.first_page(RequestQuery(text=queries[0]))  # warm the cache
        times, matched = [], []
        for text in queries:
            q = RequestQuery(text=text)
            elapsed, head = _timed(lambda q=q: services.request_list.first_page(q))
            times.append(elapsed * 1000)
            matched.append(head.total)
        results[label] = {
            **_keystrokes(times, queries),
            "median_matches": statistics.median(matched),
        }
    return results


def measure_similar(
    services: Services, *, seed: int = 4, sentences: int = SIMILAR_SENTENCES
) -> dict:
    """``similar()`` after each character of new matters typed at the reception desk, with the
    visitor's village (and, for those who are households, the household) as the desk gives it."""
    rng = random.Random(seed)
    with services.db.session() as s:
        visitors = s.execute(
            select(Visitor.village, Visitor.household_id)
            .where(Visitor.village != "")
            .order_by(func.random())
            .limit(sentences)
        ).all()
    with services.db.session() as s:
        open_now = s.scalar(
            select(func.count()).select_from(Request)
            .where(Request.status.in_(OPEN_STATUSES), Request.archived_at.is_(None))
        )  # fmt: skip
    # The first call loads jieba's dictionary and cuts every open request into words, once.
    first, _ = _timed(lambda: services.request_list.similar("路灯"))
    times, typed, found = [], [], []
    for village, household_id in visitors:
        text = request_content(rng, rng.choice(REQUEST_CATEGORIES), village)
        typed.append(text)
        for end in range(1, len(text) + 1):
            elapsed, similar = _timed(
                lambda t=text[:end], v=village, h=household_id: services.request_list.similar(
                    t, village=v, household_id=h
                )
            )
            times.append(elapsed * 1000)
        found.append(len(similar))
    if not times:
        return {}
    return {
        **_keystrokes(times, typed),
        "sentences": len(typed),
        "median_found": statistics.median(found),
        "open_requests": open_now,
        "first_ms": first * 1000,
        "pairs": measure_similar_pairs(),
    }


def measure_similar_pairs(path: Path = SIMILAR_PAIRS) -> dict | None:
    """Precision and recall of the similar-request matching on the labelled pairs (in the
    checkout's tests/data; None where the program is installed without its tests)."""
    if not path.is_file():
        return None
    result = evaluate(read_pairs(path), Matcher())
    return {
        "pairs": result.pairs,
        "same": result.same,
        "precision": result.precision,
        "recall": result.recall,
    }


def measure_figures(services: Services, start: date, end: date, runs: int) -> dict:
    """``figures.figures()`` for a period, as the 工作台 shows them, and what they say."""
    timing, f = _runs(lambda: services.figures.figures(start, end), runs)
    return {
        **timing,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "visits": f.visits,
        "visitors": f.visitors,
        "reception_days_held": f.reception_days_held,
        "by_status": {status.value: n for status, n in f.by_status.items()},
        "rates": {key: rate.to_json() for key, rate in f.rates().items()},
    }


def measure_requests(
    services: Services, *, per_class: int = SEARCH_QUERIES, sentences: int = SIMILAR_SENTENCES
) -> dict:
    """The requests page, its search, the 工作台, the figures and similar() over the requests."""
    today = date.today()
    page, head = _runs(lambda: services.request_list.first_page(RequestQuery(open_only=True)), 5)
    bench_timing, bench = _runs(services.workbench.today, 5)
    upcoming = bench.next_reception_day
    return {
        "page": {**page, "rows": len(head.rows), "total": head.total},
        "search": measure_request_search(services, request_terms(services, per_class=per_class)),
        "workbench": {
            **bench_timing,
            "overdue": bench.overdue.total,
            "due_soon": bench.due_soon.total,
            "awaiting_return_visit": bench.awaiting_return_visit.total,
            "next_reception_day": upcoming.held_on.isoformat() if upcoming else None,
        },
        "figures_month": measure_figures(services, today.replace(day=1), today, 5),
        "figures_year": measure_figures(services, date(today.year, 1, 1), today, 3),
        "charts": _runs(services.request_charts.charts, 3)[0],
        "similar": measure_similar(services, sentences=sentences),
    }


def measure_first_paint(db: str | Path, runs: int = PAINT_RUNS) -> dict:
    """Launch the window ``runs`` times; seconds from launch to its first paint, and what the
    window then measures (the year's figures, the households page, every page, memory)."""
    try:
        import PySide6  # noqa: F401

        import studio_app.ui.main_window  # noqa: F401
    except ImportError as exc:
        return {"error": f"window not available: {exc}"}
    if _frozen():
        return {"error": FROZEN}
    env = _child_env()
    paints, listed, ready, parts, switches, refreshes, rss = [], [], [], [], [], [], []
    charts: list[float] = []  # the 工作台's charts shown, after its figures
    years, stalls, pages = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", GUI_CHILD, str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        watchdog = threading.Timer(180, child.kill)  # a window that never paints: give up
        watchdog.start()
        for line in child.stdout:
            key, *rest = line.split()
            if key == "PAINTED":
                stamps = {k: float(v) for k, v in (p.split("=") for p in rest[1:])}
                painted_at = float(rest[0])
                # The child's perf_counter is the same monotonic clock as ours.
                paints.append(painted_at - started)
                listed.append(stamps["listed"] - started)
                ready.append(stamps["ready"] - started)
                charts.append(stamps["charts"] - started)
                parts.append(
                    {
                        "python_start_s": stamps["start"] - started,
                        "qt_imports_s": stamps["imported"] - stamps["start"],
                        "frame_s": stamps["built"] - stamps["imported"],
                        "show_to_paint_s": painted_at - stamps["built"],
                        "data_layers_and_open_db_s": stamps["opened"] - stamps["layers"],
                        "pages_to_lists_painted_s": stamps["listed"] - stamps["opened"],
                        "then_background_work_painted_s": stamps["ready"] - stamps["listed"],
                    }
                )
            elif key == "YEAR":
                values = dict(p.split("=") for p in rest)
                years.append(float(values["shown"]))
                stalls.append(float(values["stall"]))
            elif key == "HOUSEHOLDS":
                values = dict(p.split("=") for p in rest)
                switches.append(float(values["switch"]))
                refreshes.append(float(values["refresh"]))
            elif key == "PAGES":
                pages.append([float(v) for v in rest])
            elif key == "RSS":
                rss.append(float(rest[0]))
        _, errors = child.communicate(timeout=60)
        watchdog.cancel()
        if child.returncode != 0 or not paints:
            return {"error": (errors or "").strip().splitlines()[-1:] or "no paint"}
    breakdown = {k: statistics.median(p[k] for p in parts) for k in parts[0]}
    return {
        "runs": runs,
        "median_s": statistics.median(paints),
        "max_s": max(paints),
        "lists_median_s": statistics.median(listed),
        "ready_median_s": statistics.median(ready),
        "ready_max_s": max(ready),
        "charts_median_s": statistics.median(charts),
        "breakdown_median_s": breakdown,
        "year_shown_median_s": statistics.median(years) if years else None,
        "stall_max_s": max(stalls) if stalls else None,
        "households_switch_s": statistics.median(switches) if switches else None,
        "households_refresh_s": statistics.median(refreshes) if refreshes else None,
        # Each page's first showing (its data included), median over the runs.
        "pages_median_s": [statistics.median(run[i] for run in pages) for i in range(len(pages[0]))]
        if pages
        else [],
        "rss_mb": max(rss) if rss else None,
    }


def write_household_roster(path: Path, rows: int, *, seed: int = 2) -> None:
    """An .xlsx roster with the usual headers, written with openpyxl (write-only)."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    phones: set[str] = set()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("联户名册")
    sheet.append(["户主姓名", "联系电话", "村（社区）", "组", "地址", "人口", "标签"])
    for i in range(rows):
        township = COUNTY_TOWNSHIPS[i % len(COUNTY_TOWNSHIPS)]
        village = f"{rng.choice('柳杏石河北东西南红白黄清')}{rng.choice('湾园门滩山岭坪沟')}村"
        group = rng.choice(GROUPS)
        gender = Gender.MALE if rng.random() < 0.7 else Gender.FEMALE
        tags = "、".join(demo_tags(rng)) if rng.random() < 0.2 else ""
        sheet.append(
            [
                person_name(rng, gender),
                mobile_phone(rng, phones),
                village,
                group,
                f"{township}{village}{group}{rng.randint(1, 150)}号",
                household_size(rng),
                tags,
            ]
        )
    book.save(path)


def measure_import(folder: Path, rows: int, target: str | None = None) -> dict:
    """Preview and apply an import of ``rows`` households into a fresh empty database (the
    SQLite file import.sqlite3 in ``folder``, or ``target``, a new database's URL).

    The import runs in a process of its own, so its peak memory is measured apart.
    """
    try:
        import studio_app.core.roster_io  # noqa: F401
    except ImportError as exc:
        return {"error": f"roster import not available: {exc}"}
    if _frozen():
        return {"error": FROZEN}
    path = folder / "households.xlsx"
    write_s, _ = _timed(lambda: write_household_roster(path, rows))
    if target is None:
        target = str(folder / "import.sqlite3")
        for stale in folder.glob("import.sqlite3*"):
            stale.unlink()
    code = "import sys; from studio_app.bench.run import import_child; import_child(*sys.argv[1:])"
    child = subprocess.run(
        [sys.executable, "-c", code, str(path), target],
        capture_output=True,
        text=True,
        env=_child_env(),
    )
    if child.returncode != 0:
        return {"error": (child.stderr.strip().splitlines() or ["import failed"])[-1]}
    return {"rows": rows, "write_xlsx_s": write_s, **json.loads(child.stdout.splitlines()[-1])}


def import_child(path: str, target: str) -> None:
    """In the import process: preview + apply, then print the figures as one JSON line."""
    from studio_app.core.roster_io import DuplicatePolicy, RosterKind

    database = open_database(target)
    try:
        services = Services(database)
        preview_s, plan = _timed(lambda: services.rosters.preview(RosterKind.HOUSEHOLDS, path))
        if not plan.ok:
            raise SystemExit(f"{len(plan.errors)} problems, first: {plan.errors[0]}")
        apply_s, result = _timed(lambda: services.rosters.apply(plan, DuplicatePolicy.SKIP))
    finally:
        database.close()
    figures = {
        "preview_s": preview_s,
        "apply_s": apply_s,
        "total_s": preview_s + apply_s,
        "created": result.created,
        "rss_mb": max_rss_mb(),
    }
    print(json.dumps(figures))


def measure_printing_apart(folder: Path) -> dict:
    """``bench.printing.measure_printing`` in a process of its own: the fonts it opens (a
    rare character opens a 20 MB one) are counted as the printing's memory, not the county's.
    From the installed bundle (no Python to start a child with) it runs here, and the memory
    is this process's."""
    if _frozen():
        from studio_app.bench.printing import measure_printing

        return {**measure_printing(folder), "rss_mb": max_rss_mb()}
    code = (
        "import json, sys; from pathlib import Path; from studio_app.bench.run import max_rss_mb; "
        "from studio_app.bench.printing import measure_printing; "
        "f = measure_printing(Path(sys.argv[1])); f['rss_mb'] = max_rss_mb(); print(json.dumps(f))"
    )
    child = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, env=_child_env()
    )
    if child.returncode != 0:
        raise RuntimeError(child.stderr.strip() or "printing benchmark failed")
    return json.loads(child.stdout.splitlines()[-1])


# The bundle's executable is the program, not a Python that runs ``-c`` code.
FROZEN = (
    "not measured from the installed bundle (no Python to start the child with):"
    " run `make bench` from the source"
)


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_ROOT), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")
    return env


# ---- the run ---------------------------------------------------------------------------------


def _load() -> list[float] | None:
    """The machine's load averages (1, 5, 15 minutes): other work slows every figure."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):  # Windows
        return None


class PostgresServer:
    """New databases for the benchmark on a PostgreSQL server, dropped again afterwards.

    ``url`` names the server and a database to connect to for CREATE DATABASE (e.g.
    ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``); the benchmark's own databases
    are named ``studio_bench_<pid>_<what>``, so no database already there is touched.
    """

    def __init__(self, url: str):
        from sqlalchemy import make_url

        self.url = make_url(url)
        if not self.url.drivername.startswith("postgresql"):
            raise ValueError(f"not a PostgreSQL URL: {url}")
        self.made: list[str] = []

    def _command(self, sql: str) -> None:
        from sqlalchemy import create_engine, text

        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(text(sql))
        finally:
            admin.dispose()

    def new_database(self, what: str) -> str:
        name = f"studio_bench_{os.getpid()}_{what}"
        self._command(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._command(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def version(self) -> str:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url)
        try:
            with engine.connect() as connection:
                return str(connection.execute(text("SHOW server_version")).scalar())
        finally:
            engine.dispose()

    def drop_all(self) -> None:
        for name in self.made:
            self._command(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.made.clear()


def run_bench(
    workdir: Path | None = None,
    *,
    households: int = 50000,
    members: int = 2000,
    requests: int = 100000,
    activities: int = member_record.ACTIVITIES,
    pg_url: str | None = None,
    keep: bool = False,
    out: TextIO | None = sys.stdout,
    progress: TextIO | None = sys.stderr,
    db_url: str | None = None,
    studios: int = COUNTY_STUDIOS,
) -> dict:
    """Run every measure on a fresh database in ``workdir`` (a temporary folder if None), or,
    with ``pg_url``, on new databases on that PostgreSQL server (dropped afterwards unless
    ``keep``), or with ``db_url`` on that database, which must be empty (``refuse_if_not_empty``;
    the import then goes into a new database on the same server, if its role may create one).

    Prints the table to ``out`` (None: silent) and returns the figures.
    """
    if workdir is None:
        with tempfile.TemporaryDirectory(prefix="studio-bench-") as tmp:
            return run_bench(
                Path(tmp),
                households=households,
                members=members,
                requests=requests,
                activities=activities,
                pg_url=pg_url,
                keep=keep,
                out=out,
                progress=progress,
                db_url=db_url,
                studios=studios,
            )
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    if db_url is not None:
        refuse_if_not_empty(db_url)
    server = PostgresServer(pg_url or db_url) if pg_url or _is_postgresql(db_url) else None
    try:
        return _run(workdir, server, db_url, (households, members, requests, activities, studios),
                    out, progress)  # fmt: skip
    finally:
        if server is not None and not keep:
            server.drop_all()


def _is_postgresql(url: str | None) -> bool:
    return bool(url) and url.startswith("postgresql")


def refuse_if_not_empty(url: str) -> None:
    """Raise ``BenchRefused`` (in Chinese) unless the database at ``url`` is new: no tables, or
    the program's tables without a studio, member, household, request or user. The benchmark
    writes a whole synthetic county into it: never into a database in use."""
    from sqlalchemy import create_engine, inspect, text

    from studio_app.storage.database import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(url))
    if path is not None and not path.exists():
        return  # a new SQLite file: connecting would leave an empty one the program refuses
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            filled = [t for t in DATA_TABLES if t in tables
                      and connection.execute(text(f"SELECT 1 FROM {t} LIMIT 1")).first()]  # fmt: skip
    except Exception as exc:
        raise BenchRefused(
            f"连接不上这个数据库：{type(exc).__name__}。请检查地址、用户名和密码。"
        ) from exc
    finally:
        engine.dispose()
    if filled:
        raise BenchRefused(
            "这个数据库里已有资料（工作室、委员、联系户、诉求或账户），性能基准不会写进去，以免与真实资料"
            "混在一起。请新建一个空数据库（如 CREATE DATABASE studio_bench）后再用 --db 指向它。"
        )


class BenchRefused(Exception):
    """The benchmark will not run on the database it was given (the message is Chinese)."""


# A database holding a row in any of these is in use.
DATA_TABLES = ("studio", "member", "household", "request", "app_user")


def _run(workdir, server, db_url, sizes, out, progress) -> dict:
    households, members, requests, activities, studios = sizes
    if db_url is not None:
        county = db_url
        backend = f"PostgreSQL {server.version()}" if server is not None else "SQLite"
    elif server is None:
        county = str(workdir / "county.sqlite3")
        for stale in workdir.glob("county.sqlite3*"):  # only the bench's own files, from a last run
            stale.unlink()
        backend = "SQLite"
    else:
        county = server.new_database("county")
        backend = f"PostgreSQL {server.version()}"
    figures: dict[str, Any] = {
        "households": households,
        "members": members,
        "requests": requests,
        "studios": studios,
        "backend": backend,
        "load": {"start": _load()},
    }

    _progress(progress, f"building a county of {households} households, {members} members")
    database = open_database(county)
    try:
        services = Services(database)
        figures["build_s"], summary = _timed(
            lambda: synthetic_county(
                services, members=members, households=households, studios=studios
            )
        )
        figures["dataset"] = vars(summary)
        if requests:
            _progress(progress, f"adding {requests} visitor requests and the reception days")
            figures["build_requests_s"], made = _timed(
                lambda: synthetic_requests(services, requests=requests)
            )
            by_status = {status.value: n for status, n in made.by_status.most_common()}
            figures["request_data"] = {**vars(made), "by_status": by_status}
        if server is not None:
            with database.engine.connect() as connection:  # fresh statistics, as autovacuum's
                connection.exec_driver_sql("ANALYZE")
                connection.commit()
        gc.collect()
        gc.freeze()  # as the window does once it is built (studio_app/ui/app.py)
        _progress(progress, "households page and search")
        figures["households_page"] = measure_households_page(services)
        household_terms = search_terms(services)
        figures["search"] = measure_search(services, household_terms)
        if requests:
            _progress(progress, "requests page, search, 工作台, figures, similar requests")
            figures["request_measures"] = measure_requests(services)
            _progress(progress, "全县概览: every studio's year, the overdue list")
            figures["county_overview"] = county_overview.measure(services)
            _progress(progress, "search as one studio's coordinator")
            figures["studio_search"] = measure_studio_search(
                services, household_terms, request_terms(services)
            )
            _progress(progress, "10 coordinators at once, one action every 3 s each")
            figures["coordinators"] = measure_coordinators(services, county)
        if activities:
            _progress(progress, f"adding {activities} member activities; ranking, member page")
            figures["build_activities_s"], _ = _timed(
                lambda: member_record.add_activities(services, activities)
            )
            if server is not None:
                with database.engine.connect() as connection:
                    connection.exec_driver_sql("ANALYZE")
                    connection.commit()
            figures["member_record"] = member_record.measure(services)
    finally:
        database.close()

    _progress(progress, f"the window, {PAINT_RUNS} runs: first paint, 工作台, every page")
    figures["first_paint"] = measure_first_paint(county)

    _progress(progress, "printing: minutes, a 400-member QR poster")
    figures["printing"] = measure_printing_apart(workdir)

    _progress(progress, "扫码说事: 50 phones at once, then 5 photos, the window timed")
    figures["intake"] = measure_intake_apart(workdir)

    sizes_out = min(households, 400), min(requests, 2000), min(500, max(requests // 4, 20))
    _progress(progress, "外出工作包: check out {} households, {} requests; check in {} "
              "changes".format(*sizes_out))  # fmt: skip
    figures["field"] = field.measure(workdir, households=sizes_out[0], requests=sizes_out[1],
                                     changes=sizes_out[2])  # fmt: skip

    _progress(progress, f"import of {households} households from .xlsx")
    try:
        target = server.new_database("import") if server is not None else None
    except Exception as exc:  # --db: the program's role may not create a database
        figures["import"] = {"error": f"no database to import into: {type(exc).__name__}"}
    else:
        figures["import"] = measure_import(workdir, households, target)
    figures["load"]["end"] = _load()
    figures["rss_bench_mb"] = max_rss_mb()  # the county rows, search, writing the .xlsx
    figures["checks"] = _checks(figures)
    if out is not None:
        print_table(figures, out)
    return figures


def _checks(f: dict) -> dict[str, bool | None]:
    """Each figure against its target: True (OK), False (over) or None (not measured)."""
    paint, imp = f["first_paint"], f["import"]

    def within(value: float | None, target: float) -> bool | None:
        return None if value is None else value <= target

    def ms(seconds: float | None) -> float | None:
        return None if seconds is None else seconds * 1000

    checks = {
        "first_paint": within(paint.get("median_s"), TARGET_FIRST_PAINT_S),
        "workbench_ready": within(paint.get("ready_median_s"), TARGET_WORKBENCH_READY_S),
        "workbench_charts": within(paint.get("charts_median_s"), TARGET_WORKBENCH_READY_S),
        "stall": within(ms(paint.get("stall_max_s")), TARGET_STALL_MS),
        "import": within(imp.get("total_s"), TARGET_IMPORT_S),
        "memory_bench": within(f["rss_bench_mb"], TARGET_MEMORY_MB),
        "memory_window": within(paint.get("rss_mb"), TARGET_WINDOW_MEMORY_MB),
        "memory_import": within(imp.get("rss_mb"), TARGET_MEMORY_MB),
        "memory_printing": within(f["printing"].get("rss_mb"), TARGET_MEMORY_MB),
    }
    checks |= printing_checks(f["printing"])
    checks |= intake_checks(f["intake"])
    if "field" in f:
        checks |= field.checks(f["field"])
    if m := f.get("member_record"):
        checks |= member_record.checks(m)
    if c := f.get("county_overview"):
        checks |= county_overview.checks(c)
    for label, s in f["search"].items():
        checks[f"search {label}"] = within(s["p95_ms"], TARGET_SEARCH_P95_MS)
    if r := f.get("request_measures"):
        for label, s in r["search"].items():
            checks[f"request search {label}"] = within(s["p95_ms"], TARGET_SEARCH_P95_MS)
        checks["workbench"] = within(ms(r["workbench"]["median_s"]), TARGET_WORKBENCH_MS)
        checks["figures_month"] = within(
            ms(r["figures_month"]["median_s"]), TARGET_FIGURES_MONTH_MS
        )
        checks["figures_year"] = within(ms(r["figures_year"]["median_s"]), TARGET_FIGURES_YEAR_MS)
        checks["charts"] = within(ms(r["charts"]["median_s"]), TARGET_CHARTS_MS)
        checks["similar"] = within(r["similar"].get("p95_ms"), TARGET_SIMILAR_P95_MS)
        pairs = r["similar"].get("pairs")
        checks["similar_pairs"] = pairs and min(pairs["precision"], pairs["recall"]) >= (
            TARGET_SIMILAR_PAIRS
        )
    if studio := f.get("studio_search"):
        for what in ("household", "request"):
            for label, s in studio[f"{what}_search"].items():
                checks[f"studio {what} search {label}"] = within(s["p95_ms"], TARGET_SEARCH_P95_MS)
    if (c := f.get("coordinators")) is not None:
        for action, a in c.get("actions", {}).items():
            checks[f"coordinators {action}"] = within(a["p95_ms"], TARGET_COORDINATOR_P95_MS)
    return checks


def _pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded to ``width`` terminal columns (Chinese characters take two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    space = " " * max(0, width - used)
    return space + text if right else text + space


def _print_requests(f: dict, row: Callable[..., None], out: TextIO) -> None:
    """The rows of the visitor-request measures."""
    r = f["request_measures"]

    def ms(first: float, median: float) -> str:
        return f"{first * 1000:.1f} / {median * 1000:.1f} ms"

    page = r["page"]
    row(f"requests page: open, first {PAGE_SIZE} + total", ms(page["first_s"], page["median_s"]))
    row(f"  (first / median of 5; {page['total']:,} open)", "")
    target = f"p95 ≤ {TARGET_SEARCH_P95_MS:.0f} ms"
    for label, s in r["search"].items():
        key = f"request search {label}"
        row(
            f"requests search {label}: p50 / p95",
            f"{s['p50_ms']:.1f} / {s['p95_ms']:.1f} ms",
            target,
            key,
        )
        row(f"  median matches ({' '.join(s['examples'][:3])} …)", f"{s['median_matches']:,.0f}")
    w = r["workbench"]
    target = f"≤ {TARGET_WORKBENCH_MS:.0f} ms"
    row("工作台 today(): first / median of 5", ms(w["first_s"], w["median_s"]), target, "workbench")
    row(
        "  overdue / due soon / to call back",
        f"{w['overdue']:,} / {w['due_soon']:,} / {w['awaiting_return_visit']:,}",
    )
    row("  next reception day", w["next_reception_day"] or "none")
    periods = (
        ("figures_month", "this month", f"≤ {TARGET_FIGURES_MONTH_MS:.0f} ms", "figures_month"),
        ("figures_year", "this year", f"≤ {TARGET_FIGURES_YEAR_MS:.0f} ms", "figures_year"),
    )
    for key, what, target, check in periods:
        g = r[key]
        row(f"figures(), {what}: first / median", ms(g["first_s"], g["median_s"]), target, check)
        rates = "，".join(
            f"{RATE_LABELS[k]} {'—' if v['value'] is None else format(v['value'], '.1%')}"
            for k, v in g["rates"].items()
        )
        print(
            f"    {g['from']} … {g['to']}：{g['visits']:,} 人次，{g['visitors']:,} 人，"
            f"接待日 {g['reception_days_held']:,} 个；{rates}",
            file=out,
        )
    c = r["charts"]
    target = f"≤ {TARGET_CHARTS_MS:.0f} ms"
    row("工作台 charts (12 months, categories): first / median", ms(c["first_s"], c["median_s"]),
        target, "charts")  # fmt: skip
    sim = r["similar"]
    target = f"p95 ≤ {TARGET_SIMILAR_P95_MS:.0f} ms"
    value = f"{sim['p50_ms']:.1f} / {sim['p95_ms']:.1f} ms" if sim else "n/a"
    row("similar() while typing: p50 / p95", value, target, "similar")
    if sim:
        row(f"  ({sim['queries']} keystrokes, {sim['sentences']} sentences,", "")
        row(f"   {sim['open_requests']:,} open requests; first call)", f"{sim['first_ms']:.0f} ms")
        pairs = sim["pairs"]
        value = f"{pairs['precision']:.3f} / {pairs['recall']:.3f}" if pairs else "n/a"
        target = f"≥ {TARGET_SIMILAR_PAIRS:.2f} each"
        row("similar requests: precision / recall", value, target, "similar_pairs")
        if pairs:
            row(f"  ({pairs['pairs']} labelled pairs, {pairs['same']} the same matter)", "")


def _print_studio(f: dict, row: Callable[..., None]) -> None:
    """The rows of the search as one studio's coordinator and of the ten coordinators."""
    studio = f["studio_search"]
    target = f"p95 ≤ {TARGET_SEARCH_P95_MS:.0f} ms"
    row(f"as one studio: {studio['studio']}", "")
    row(f"  ({studio['households']:,} households, {studio['requests']:,} requests)", "")
    for what, name in (("household", "households"), ("request", "requests")):
        for label, s in studio[f"{what}_search"].items():
            row(f"  {name} search {label}: p50 / p95", f"{s['p50_ms']:.1f} / {s['p95_ms']:.1f} ms",
                target, f"studio {what} search {label}")  # fmt: skip
    c = f.get("coordinators") or {}
    if "error" in c:
        row("coordinators at once", "n/a")
        return
    target = f"p95 ≤ {TARGET_COORDINATOR_P95_MS:.0f} ms"
    row(f"{c['processes']} coordinators at once, an action every {c['interval_s']:.0f} s", "")
    for action, a in c["actions"].items():
        row(f"  {action} ({a['count']}): p50 / p95", f"{a['p50_ms']:.1f} / {a['p95_ms']:.1f} ms",
            target, f"coordinators {action}")  # fmt: skip
    for what, n in c["failures"].items():
        row(f"  {what}", f"{n}")


def print_table(f: dict, out: TextIO = sys.stdout) -> None:
    """The figures as a table, each with its target and OK / over."""
    checks = f["checks"]

    def row(what: str, value: str, target: str = "", key: str | None = None) -> None:
        verdict = {True: "OK", False: "over", None: "n/a"}[checks.get(key)] if key else ""
        line = f"  {_pad(what, 38)}{_pad(value, 18, right=True)}   {_pad(target, 13)}{verdict}"
        print(line.rstrip(), file=out)

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.1f} ms"

    def mb(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.0f} MB"

    d = f["dataset"]
    requests = f", {f['requests']:,} requests" if f.get("requests") else ""
    print(
        f"\nbenchmark: {f['households']:,} households, {f['members']:,} members{requests}, "
        f"{f.get('backend', 'SQLite')}",
        file=out,
    )
    if load := f.get("load"):
        print(f"  machine load (1/5/15 min): {load.get('start')} at the start, "
              f"{load.get('end')} at the end", file=out)  # fmt: skip
    print(f"  {_pad('', 38)}{_pad('figure', 18, right=True)}   {_pad('target', 13)}", file=out)
    row("build synthetic county", f"{f['build_s']:.2f} s")
    row(
        "  households / links / visits",
        f"{d['households']:,} / {d['linkages']:,} / {d['visits']:,}",
    )
    if rd := f.get("request_data"):
        row("build requests and reception days", f"{f['build_requests_s']:.2f} s")
        row(
            "  requests / visitors / events",
            f"{rd['requests']:,} / {rd['visitors']:,} / {rd['events']:,}",
        )
        row("  reception days / held", f"{rd['reception_days']:,} / {rd['held_days']:,}")
        statuses = rd["by_status"]
        open_ = sum(statuses.get(s.value, 0) for s in OPEN_STATUSES)
        row(
            "  open / closed / rejected / merged",
            f"{open_:,} / {statuses.get('closed', 0):,} / {statuses.get('rejected', 0):,}"
            f" / {statuses.get('merged', 0):,}",
        )

    paint = f["first_paint"]
    target = f"≤ {TARGET_FIRST_PAINT_S} s"
    if "error" in paint:
        row("first paint", "n/a", target, "first_paint")
        print(f"    ({paint['error']})", file=out)
    else:
        row(
            f"first paint, median of {paint['runs']}",
            f"{paint['median_s']:.3f} s",
            target,
            "first_paint",
        )
        row("first paint, max", f"{paint['max_s']:.3f} s")
        row("工作台 painted with its lists, median", f"{paint['lists_median_s']:.3f} s")
        row(
            "工作台 with lists and figures, median",
            f"{paint['ready_median_s']:.3f} s",
            f"≤ {TARGET_WORKBENCH_READY_S} s",
            "workbench_ready",
        )
        row("工作台 with lists and figures, max", f"{paint['ready_max_s']:.3f} s")
        row(
            "工作台 with its charts too (after the figures), median",
            f"{paint['charts_median_s']:.3f} s",
            f"≤ {TARGET_WORKBENCH_READY_S} s",
            "workbench_charts",
        )
        for part, seconds in paint["breakdown_median_s"].items():
            row(f"  {part.removesuffix('_s').replace('_', ' ')}", ms(seconds))
        if paint.get("year_shown_median_s") is not None:
            row("工作台: 今年 chosen to figures shown", ms(paint["year_shown_median_s"]))
            row(
                "  longest the window stalled meanwhile",
                ms(paint["stall_max_s"]),
                f"≤ {TARGET_STALL_MS:.0f} ms",
                "stall",
            )
        if paint.get("pages_median_s"):
            row("each page first shown, with its data", "")
            for name, seconds in zip(PAGE_NAMES, paint["pages_median_s"], strict=False):
                row(f"  {name}", ms(seconds))

    page = f["households_page"]
    row(f"households page: first {PAGE_SIZE} rows + total", ms(page["first_s"]))
    row("  median of 5", ms(page["median_s"]))
    if paint.get("households_switch_s") is not None:
        row("  in the window: switch + paint", ms(paint["households_switch_s"]))
        row("  in the window: refresh + paint", ms(paint["households_refresh_s"]))

    target = f"p95 ≤ {TARGET_SEARCH_P95_MS:.0f} ms"
    for label, s in f["search"].items():
        row(
            f"search {label}: p50 / p95",
            f"{s['p50_ms']:.1f} / {s['p95_ms']:.1f} ms",
            target,
            f"search {label}",
        )
        row(
            "  exact count p95 / page() p95", f"{s['count_p95_ms']:.1f} / {s['page_p95_ms']:.1f} ms"
        )
        row(f"  median matches ({' '.join(s['examples'][:3])} …)", f"{s['median_matches']:,.0f}")

    if f.get("request_measures"):
        _print_requests(f, row, out)
    if c := f.get("county_overview"):
        county_overview.print_rows(c, row)
    if f.get("studio_search"):
        _print_studio(f, row)
    if m := f.get("member_record"):
        row("add member activities", f"{f['build_activities_s']:.2f} s")
        member_record.print_rows(m, row)

    imp = f["import"]
    target = f"≤ {TARGET_IMPORT_S:.0f} s"
    if "error" in imp:
        row("import households from .xlsx", "n/a", target, "import")
        print(f"    ({imp['error']})", file=out)
    else:
        row(
            f"import {imp['rows']:,} households: total", f"{imp['total_s']:.2f} s", target, "import"
        )
        row("  preview (read + check)", f"{imp['preview_s']:.2f} s")
        row("  apply (write)", f"{imp['apply_s']:.2f} s")
        row("  (writing the .xlsx, not counted)", f"{imp['write_xlsx_s']:.2f} s")

    print_printing(f["printing"], row)
    print_intake(f["intake"], row, out)
    if "field" in f:
        field.print_rows(f["field"], row)

    target = f"≤ {TARGET_MEMORY_MB:.0f} MB"
    row(
        "peak memory: window, every page shown",
        mb(paint.get("rss_mb")),
        f"≤ {TARGET_WINDOW_MEMORY_MB:.0f} MB",
        "memory_window",
    )
    row("peak memory: import process", mb(imp.get("rss_mb")), target, "memory_import")
    row("peak memory: printing process", mb(f["printing"].get("rss_mb")), target, "memory_printing")
    row("peak memory: benchmark process", mb(f["rss_bench_mb"]), target, "memory_bench")
    print(file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="studio-app bench",
        description="性能基准：在临时文件夹中生成县级规模数据并计时（不修改您的数据库）。",
    )
    parser.add_argument("--households", type=int, default=50000, help="联系户数量（默认 50000）")
    parser.add_argument("--members", type=int, default=2000, help="委员数量（默认 2000）")
    parser.add_argument(
        "--requests", type=int, default=100000, help="群众诉求数量（默认 100000；0 为不测）"
    )
    parser.add_argument(
        "--pg",
        metavar="URL",
        help="在这台 PostgreSQL 服务器上新建数据库来测（如 postgresql+psycopg://postgres@127.0.0.1/"
        "postgres；测完删除，--keep 时保留）",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="在这个空数据库上测（如 postgresql+psycopg://用户@服务器/studio_bench，或一个新的 SQLite 文件）；"
        "已有资料的数据库会被拒绝；测完保留数据",
    )
    parser.add_argument(
        "--studios", type=int, default=COUNTY_STUDIOS, help=f"工作室数量（默认 {COUNTY_STUDIOS}）"
    )
    parser.add_argument(
        "--activities", type=int, default=member_record.ACTIVITIES,
        help="登记的委员履职活动数量（默认 100000；0 为不测积分排名和一人一档）",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    parser.add_argument("--keep", metavar="DIR", help="在此文件夹中生成并保留数据库和 Excel 文件")
    args = parser.parse_args(argv)
    if args.households < 1 or args.members < 1 or args.requests < 0 or args.activities < 0:
        parser.error("--households 和 --members 至少为 1，--requests 和 --activities 不能为负数")
    if args.pg and not args.pg.startswith("postgresql"):
        parser.error("--pg 应为 PostgreSQL 的地址，如 postgresql+psycopg://用户@服务器/postgres")
    if args.pg and args.db:
        parser.error("--pg 和 --db 只能选一个：--pg 在服务器上新建数据库，--db 用已建好的空数据库")
    if args.studios < 1:
        parser.error("--studios 至少为 1")
    try:
        figures = _run_main(args)
    except BenchRefused as refused:
        print(f"studio-app bench：{refused}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(figures, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return 0


def _run_main(args: argparse.Namespace) -> dict:
    return run_bench(
        Path(args.keep) if args.keep else None,
        households=args.households,
        members=args.members,
        requests=args.requests,
        activities=args.activities,
        pg_url=args.pg,
        keep=bool(args.keep),
        out=None if args.json else sys.stdout,
        db_url=args.db,
        studios=args.studios,
    )


if __name__ == "__main__":
    raise SystemExit(main())
