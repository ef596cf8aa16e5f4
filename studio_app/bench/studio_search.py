"""Search as one studio's coordinator sees it (issue 20): the same keystrokes as the county's
search (``run.search_terms``, ``run.request_terms``), with the door working in the busiest
studio (``Acting.studio_id``, as a coordinator's sign-in sets it), so every statement is
filtered to that studio (core/scope.py), per length of the term.
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select

from studio_app.bench.percentiles import percentile
from studio_app.core.households import HouseholdQuery
from studio_app.core.models import HouseholdStudio, Request, Studio
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services

LENGTHS = ("1 字", "2 字", "3 字", "4 字")


@contextmanager
def in_studio(services: Services, studio_id: uuid.UUID) -> Iterator[None]:
    """The door works in ``studio_id`` meanwhile, then in the whole county again."""
    services.acting.studio_id = studio_id
    try:
        yield
    finally:
        services.acting.studio_id = None


def busiest_studio(services: Services) -> tuple[uuid.UUID, str, int]:
    """The studio with the most requests: its id, name and number of requests."""
    with services.db.session() as s:
        studio_id, count = s.execute(
            select(Request.studio_id, func.count())
            .where(Request.studio_id.is_not(None))
            .group_by(Request.studio_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        return studio_id, s.scalar(select(Studio.name).where(Studio.id == studio_id)), count


def _keystrokes(find: Callable[[str], Any], queries: list[str]) -> dict:
    find(queries[0])  # warm the cache, as the county's measure does
    times = []
    for text in queries:
        start = time.perf_counter()
        find(text)
        times.append((time.perf_counter() - start) * 1000)
    return {
        "queries": len(times),
        "p50_ms": percentile(times, 0.5),
        "p95_ms": percentile(times, 0.95),
        "max_ms": max(times),
        "median_ms": statistics.median(times),
    }


def measure_studio_search(
    services: Services, household_terms: dict[str, list[str]], request_terms: dict[str, list[str]]
) -> dict:
    """The households' and the requests' search per keystroke (first page and capped total) as
    the busiest studio's coordinator, per length of the term."""
    studio_id, name, requests = busiest_studio(services)
    with services.db.session() as s:
        households = s.scalar(
            select(func.count()).select_from(HouseholdStudio)
            .where(HouseholdStudio.studio_id == studio_id)
        )  # fmt: skip
    figures: dict[str, Any] = {"studio": name, "requests": requests, "households": households}
    with in_studio(services, studio_id):
        for key, terms, find in (
            ("household_search", household_terms,
             lambda t: services.households.first_page(HouseholdQuery(text=t))),
            ("request_search", request_terms,
             lambda t: services.request_list.first_page(RequestQuery(text=t))),
        ):  # fmt: skip
            figures[key] = {
                label: _keystrokes(find, terms[label]) for label in LENGTHS if terms.get(label)
            }
    return figures
