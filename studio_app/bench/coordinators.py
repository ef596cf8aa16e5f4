"""Ten coordinators working at once on the county's database (issue 20): real processes, each
through its own ``Services`` on the same database working in a studio of its own (the door's
``Acting.studio_id``, as a coordinator's sign-in sets it: every statement sees that studio), one action
every 3 s in turn: registering a visitor's request, searching the requests page, answering a
request that was handed to a member. Each action is timed where the coordinator waits for it.

The processes are started with ``spawn`` (as on Windows), then wait for one moment to begin,
each a fraction of the 3 s later than the one before, as people's clicks fall.
"""

from __future__ import annotations

import multiprocessing
import random
import statistics
import time
import uuid
from collections import Counter
from typing import Any

from sqlalchemy import func, select

from studio_app.base.enums import Gender, RequestStatus
from studio_app.base.labels import REQUEST_CATEGORIES
from studio_app.bench.county_requests import request_content
from studio_app.bench.percentiles import percentile
from studio_app.core.models import Request, Visitor
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.demo.studio import mobile_phone, person_name
from studio_app.storage.migrate import open_database

PROCESSES = 10
INTERVAL_S = 3.0
ROUNDS = 8  # each process does this many register, search, answer cycles (24 actions, 72 s)
ACTIONS = ("register", "search", "answer")
TARGET_P95_MS = 100.0
STARTUP_S = 15.0  # time given to the processes to start and open the database before the first
WAITING = (RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS)  # what an answer is for
SEARCHED = ("路灯", "低保", "村", "王", "老人", "灌溉渠", "医保", "垃圾", "张", "学校门口")


def work_to_share(services: Services, count: int) -> list[tuple[uuid.UUID, list[uuid.UUID]]]:
    """For each of ``count`` coordinators: a studio (the busiest first; fewer studios than
    coordinators, some share one) and the requests of it waiting for an answer that this
    coordinator answers (none answered by two)."""
    with services.db.session() as s:
        studios = list(s.scalars(
            select(Request.studio_id)
            .where(Request.studio_id.is_not(None))
            .group_by(Request.studio_id)
            .order_by(func.count().desc(), Request.studio_id)
            .limit(count)
        ))  # fmt: skip
        shares: list[tuple[uuid.UUID, list[uuid.UUID]]] = [
            (studios[i % len(studios)], []) for i in range(count if studios else 0)
        ]
        for studio in studios:
            mine = [share for share in shares if share[0] == studio]
            ids = s.scalars(
                select(Request.id)
                .where(Request.studio_id == studio, Request.status.in_(WAITING))
                .order_by(Request.registered_at, Request.id)
            )  # fmt: skip
            for i, request_id in enumerate(ids):
                mine[i % len(mine)][1].append(request_id)
    return shares


def coordinator(url: str, studio_id: uuid.UUID, waiting: list[uuid.UUID], seed: int, rounds: int,
                begin_at: float, interval: float) -> list[tuple[str, float]]:  # fmt: skip
    """One coordinator's process: its actions and how long each took (ms). It answers the
    requests ``waiting``, oldest first, then those it registered itself (handed to a unit
    first, untimed: that is another action)."""
    rng = random.Random(seed)
    database = open_database(url)
    try:
        services = Services(database)
        services.acting.studio_id = studio_id  # the door works in its studio (core/scope.py)
        with database.session() as s:
            villages = list(s.scalars(
                select(Visitor.village).join(Request, Request.visitor_id == Visitor.id)
                .where(Request.studio_id == studio_id, Visitor.village != "").distinct()
            )) or [""]  # fmt: skip
        phones: set[str] = set()
        registered: list[uuid.UUID] = []  # by this coordinator, oldest first

        def register() -> None:
            category = rng.choice(REQUEST_CATEGORIES)
            village = rng.choice(villages)
            registered.append(services.requests.register(RequestInput(
                content=request_content(rng, category, village), category=category,
                visitor_name=person_name(rng, rng.choice((Gender.MALE, Gender.FEMALE))),
                visitor_phone=mobile_phone(rng, phones), village=village, studio_id=studio_id,
            )).id)  # fmt: skip

        def search() -> None:
            services.request_list.first_page(RequestQuery(text=rng.choice(SEARCHED)))

        def answer() -> None:
            services.requests.answer(waiting.pop(0), "已与承办单位联系，近期安排处理。")

        steps = {"register": register, "search": search, "answer": answer}
        done: list[tuple[str, float]] = []
        for i in range(rounds * len(ACTIONS)):
            time.sleep(max(0.0, begin_at + i * interval - time.time()))
            action = ACTIONS[i % len(ACTIONS)]
            if action == "answer" and not waiting:
                request_id = registered.pop(0)
                services.requests.assign(request_id, handling_unit="县农业农村局")
                waiting.append(request_id)
            start = time.perf_counter()
            try:
                steps[action]()
            except Exception as exc:  # counted and named: one refusal must not end the measure
                done.append((f"{action} failed: {type(exc).__name__}", 0.0))
                continue
            done.append((action, (time.perf_counter() - start) * 1000))
        return done
    finally:
        database.close()


def measure_coordinators(services: Services, url: str, *, processes: int = PROCESSES,
                         rounds: int = ROUNDS, interval: float = INTERVAL_S,
                         startup: float = STARTUP_S) -> dict:  # fmt: skip
    """``processes`` coordinators at once on the database at ``url``: p50/p95/max per action."""
    shares = work_to_share(services, processes)
    if not shares:
        return {"error": "no studio with requests"}
    begin_at = time.time() + startup
    jobs = [
        (url, studio, waiting, seed, rounds, begin_at + seed * interval / processes, interval)
        for seed, (studio, waiting) in enumerate(shares)
    ]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        results = pool.starmap(coordinator, jobs)
    figures: dict[str, Any] = {
        "processes": processes,
        "studios": len({studio for studio, _ in shares}),
        "interval_s": interval,
        "wall_s": time.perf_counter() - started,
        "actions": {},
    }
    failed = Counter(a for done in results for a, _ms in done if " failed: " in a)
    figures["failures"] = dict(failed)
    for action in ACTIONS:
        times = [ms for done in results for a, ms in done if a == action]
        if times:
            figures["actions"][action] = {
                "count": len(times),
                "p50_ms": percentile(times, 0.5),
                "p95_ms": percentile(times, 0.95),
                "max_ms": max(times),
                "mean_ms": statistics.fmean(times),
            }
    return figures
