"""The county demo (issue 20, point 4): three studios on one database, each with its lead and
team members, households, reception days, requests in every state and meetings, every record
in its own studio; a 县政协管理员 and a 联络员 for each studio, who sees only their studio."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from studio_app.base.enums import MembershipRole, RequestStatus, Role
from studio_app.base.errors import StudioError
from studio_app.core.models import (
    HouseholdStudio,
    Meeting,
    ReceptionDay,
    Request,
    Studio,
    StudioMembership,
    Visitor,
)
from studio_app.core.scope import EVERY_STUDIO
from studio_app.core.services import Services
from studio_app.demo.county import DEMO_PASSWORD, STUDIOS, CountyDemo, fill_county_demo

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL

TODAY = date(2025, 6, 15)


@pytest.fixture(scope="module")
def county(module_db) -> tuple[Services, CountyDemo]:
    """The county demo, filled once per backend (small households: the tests only read it)."""
    services = Services(module_db)
    return services, fill_county_demo(services, seed=3, households=40, today=TODAY)


def _every(services: Services, model) -> list:
    with services.db.session() as s:
        return list(s.scalars(select(model), execution_options={EVERY_STUDIO: True}))


def test_three_studios_each_with_lead_team_and_work(county):
    services, made = county
    studios = _every(services, Studio)
    assert sorted(s.name for s in studios) == sorted(plan.name for plan, _ in STUDIOS)
    assert made.summary.studios == 3
    memberships = _every(services, StudioMembership)
    for studio in studios:
        roles = Counter(m.role for m in memberships if m.studio_id == studio.id)
        assert roles[MembershipRole.LEAD] == 1 and roles[MembershipRole.TEAM] >= 10
        services.use_studio(studio.id)
        assert services.studios.list()[0].id == studio.id
        statuses = {r.status for r in _scoped(services, Request)}
        assert statuses == set(RequestStatus), studio.name  # requests in every state
        assert _scoped(services, ReceptionDay) and _scoped(services, Meeting)
    services.use_studio(None)


def _scoped(services: Services, model) -> list:
    with services.db.session() as s:
        return list(s.scalars(select(model)))


def test_every_record_is_in_its_own_studio(county):
    services, _made = county
    studios = {s.id: s for s in _every(services, Studio)}
    members_of = {sid: {m.member_id for m in _every(services, StudioMembership)
                        if m.studio_id == sid} for sid in studios}  # fmt: skip
    for model in (Request, ReceptionDay, Meeting, Visitor):
        rows = _every(services, model)
        assert rows and all(r.studio_id in studios for r in rows), model.__name__
        assert len({r.studio_id for r in rows}) == 3, model.__name__
    for request in _every(services, Request):  # its member is of its studio
        for member_id in (request.received_by_id, request.assignee_id):
            assert member_id is None or member_id in members_of[request.studio_id]
    for day in _every(services, ReceptionDay):
        assert day.studio_id in studios
    # Each household registered by exactly one studio (the demo's studios share none).
    household_studios = Counter(h.household_id for h in _every(services, HouseholdStudio))
    assert household_studios and set(household_studios.values()) == {1}
    assert sum(household_studios.values()) == county[1].summary.households
    # One studio's view holds its own records only.
    for studio_id in studios:
        services.use_studio(studio_id)
        assert {r.studio_id for r in _scoped(services, Request)} == {studio_id}
        assert {m.studio_id for m in _scoped(services, Meeting)} == {studio_id}
    services.use_studio(None)


def test_users_county_admin_and_a_coordinator_per_studio(county):
    services, made = county
    by_name = {u.username: u for u in made.users}
    assert by_name["county"].role == Role.COUNTY_ADMIN
    coordinators = [u for u in made.users if u.role == Role.COORDINATOR]
    assert len(coordinators) == 3
    for user in coordinators:
        signed_in = Services(services.db.database)
        current = signed_in.access.login(user.username, DEMO_PASSWORD)
        signed_in.current_user = current
        names = [s.name for s in signed_in.studios.list()]
        assert names == [user.studio]  # a studio's 联络员 sees their studio only
        requests = _scoped(signed_in, Request)
        assert requests and {r.studio_id for r in requests} == {current.studio_id}
    admin = services.access.login("county", DEMO_PASSWORD)
    assert admin.role == Role.COUNTY_ADMIN and admin.studio_id is None


def test_only_a_county_admin_fills_it_and_only_into_an_empty_database(county):
    services, _made = county
    other = Services(services.db.database)
    with pytest.raises(StudioError, match="要由县政协管理员填入"):
        fill_county_demo(other, seed=4, households=40, today=TODAY)
    other.current_user = other.access.login("chengguan-lianluo", DEMO_PASSWORD)
    with pytest.raises(StudioError, match="要由县政协管理员填入"):
        fill_county_demo(other, seed=4, households=40, today=TODAY)
    other.current_user = other.access.login("county", DEMO_PASSWORD)
    with pytest.raises(StudioError, match="已有委员资料"):
        fill_county_demo(other, seed=4, households=40, today=TODAY)
