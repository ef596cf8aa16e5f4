"""The members' record at county scale: 100,000 activities entered for the year (on top of what
the county's visits, duties, requests and meetings give), then the year's ranking of every
member (counted in SQL per member and outcome, scored in Python per member) and the busiest
member's page (一人一档), as the window asks for them."""

from __future__ import annotations

import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from studio_app.core.activities import ENTERED_OUTCOMES, year_span
from studio_app.core.bulk import insert_rows
from studio_app.core.models import Member, MemberActivity
from studio_app.core.services import Services

ACTIVITIES = 100_000
TARGET_RANKING_S = 0.3
TARGET_MEMBER_PAGE_S = 0.2
TITLES = ("专题调研", "视察", "学习培训", "帮办实事", "全体会议", "常委会议", "大会发言")


def add_activities(services: Services, count: int = ACTIVITIES, *, seed: int = 5,
                   today: date | None = None) -> int:  # fmt: skip
    """Bulk-insert ``count`` entered activities on Jan 1..``today``, spread over the active
    members (a few members much busier than most, as in life)."""
    rng = random.Random(seed)
    today = today or date.today()
    start = date(today.year, 1, 1)
    span = (today - start).days
    kinds = list(ENTERED_OUTCOMES)
    now = datetime.now(UTC)
    with services.db.session() as s:
        members = list(s.scalars(select(Member.id).where(Member.archived_at.is_(None))))
        weights = [rng.paretovariate(2.0) for _ in members]
        rows = []
        for member_id in rng.choices(members, weights, k=count):
            kind = rng.choice(kinds)
            rows.append({
                "id": uuid.UUID(int=rng.getrandbits(128), version=4), "member_id": member_id,
                "kind": kind.value, "held_on": start + timedelta(days=rng.randint(0, span)),
                "outcome": rng.choice(ENTERED_OUTCOMES[kind]), "title": rng.choice(TITLES),
                "note": "", "archived_at": None,
            })  # fmt: skip
        insert_rows(s, MemberActivity.__table__, rows,
                    {"created_at": now, "updated_at": now, "updated_by": "", "version": 1})  # fmt: skip
    return count


def _runs(func: Callable[[], Any], runs: int) -> tuple[dict, Any]:
    """First and median wall time, and the median CPU time of this process: on SQLite all the
    work is here, and a machine busy with other work lengthens the wall time, not that."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        result = func()
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    timing = {"first_s": times[0], "median_s": statistics.median(times),
              "cpu_median_s": statistics.median(cpu)}  # fmt: skip
    return timing, result


def measure(services: Services, *, runs: int = 5) -> dict:
    """The year's ranking and the busiest member's page, first and median of ``runs``."""
    year = date.today().year
    counts = services.activities.counts(*year_span(year))
    activities = sum(sum(c.values()) for c in counts.values())
    busiest = max(counts, key=lambda m: sum(counts[m].values()))
    ranking_timing, ranking = _runs(lambda: services.points.ranking(year), runs)
    page_timing, record = _runs(lambda: services.member_records.record(busiest, year), runs)
    return {
        "year": year,
        "in_process": services.db.engine.dialect.name == "sqlite",
        "activities": activities,
        "entered": sum(
            n for c in counts.values() for k, n in c.items() if k.kind in ENTERED_OUTCOMES
        ),
        "ranking": {
            **ranking_timing,
            "members": len(ranking.rows),
            "passed": sum(1 for r in ranking.rows if r.score.passed),
        },
        "member_page": {**page_timing, "activities": len(record.activities)},
    }


def _judged(f: dict, timing: dict) -> float:
    """What the target is checked against: the CPU time on SQLite (in this process), the wall
    time on PostgreSQL (the server's work is not this process's)."""
    return timing["cpu_median_s"] if f["in_process"] else timing["median_s"]


CHECKS = {"ranking": "member_record ranking", "member_page": "member_record page"}


def checks(f: dict) -> dict[str, bool]:
    return {
        CHECKS["ranking"]: _judged(f, f["ranking"]) <= TARGET_RANKING_S,
        CHECKS["member_page"]: _judged(f, f["member_page"]) <= TARGET_MEMBER_PAGE_S,
    }


def print_rows(f: dict, row: Callable[..., None]) -> None:
    def ms(timing: dict) -> str:
        return f"{timing['first_s'] * 1000:.1f} / {timing['median_s'] * 1000:.1f} ms"

    judged = "CPU" if f["in_process"] else "wall"
    row(f"activities counted in {f['year']} (entered)", f"{f['activities']:,} ({f['entered']:,})")
    for key, what, target in (
        ("ranking", f"ranking of {f['ranking']['members']:,} members", TARGET_RANKING_S),
        ("member_page", f"member page ({f['member_page']['activities']:,} activities)",
         TARGET_MEMBER_PAGE_S),
    ):  # fmt: skip
        row(f"{what}: first / median", ms(f[key]))
        row(f"  median, {judged} time", f"{_judged(f, f[key]) * 1000:.1f} ms",
            f"≤ {target * 1000:.0f} ms", CHECKS[key])  # fmt: skip
