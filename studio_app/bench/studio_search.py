"""Search as one studio's coordinator sees it (issue 20): the same keystrokes as the county's
search (``run.search_terms``, ``run.request_terms``), through sessions scoped to the busiest
studio, per length of the term.

Until the studios' scoping (the session's studio and its ORM criteria) is in the program, a
scope is put on the benchmark's sessions here the way that scoping puts it: the studio in
``session.info`` (``search.STUDIO_KEY``) and ``with_loader_criteria`` on every ORM select of
requests (by their studio) and households (by the members of the studio they are linked to).
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria

from studio_app.core.households import HouseholdQuery
from studio_app.core.models import Household, Linkage, Request, Studio, StudioMembership
from studio_app.core.models.base import StudioSession
from studio_app.core.request_list import RequestQuery
from studio_app.core.search import STUDIO_KEY
from studio_app.core.services import Services

LENGTHS = ("1 字", "2 字", "3 字", "4 字")


@contextmanager
def as_studio(services: Services, studio_id: uuid.UUID) -> Iterator[None]:
    """Every session of ``services`` opened meanwhile sees ``studio_id``'s rows only."""
    households = (
        select(Linkage.household_id)
        .join(StudioMembership, StudioMembership.member_id == Linkage.member_id)
        .where(StudioMembership.studio_id == studio_id)
    )

    def scope(state: ORMExecuteState) -> None:
        state.session.info[STUDIO_KEY] = studio_id
        if state.is_select:
            state.statement = state.statement.options(
                with_loader_criteria(Request, Request.studio_id == studio_id),
                with_loader_criteria(Household, Household.id.in_(households)),
            )

    real_session = services.db.session

    @contextmanager
    def session():
        with real_session() as s:
            s.info[STUDIO_KEY] = studio_id  # before the first statement, as a login sets it
            yield s

    event.listen(StudioSession, "do_orm_execute", scope)
    services.db.session = session  # type: ignore[method-assign]
    try:
        yield
    finally:
        del services.db.session
        event.remove(StudioSession, "do_orm_execute", scope)


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
    from studio_app.bench.run import percentile

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
            select(func.count(func.distinct(Linkage.household_id)))
            .join(StudioMembership, StudioMembership.member_id == Linkage.member_id)
            .where(StudioMembership.studio_id == studio_id)
        )
    figures: dict[str, Any] = {"studio": name, "requests": requests, "households": households}
    with as_studio(services, studio_id):
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
