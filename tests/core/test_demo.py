"""Demo data: a realistic, valid, deterministic studio; and the benchmark's synthetic county."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from studio_app.base.enums import MembershipRole
from studio_app.base.errors import StudioError
from studio_app.bench.county import synthetic_county
from studio_app.core.households import HouseholdQuery
from studio_app.core.members import MemberQuery
from studio_app.core.models import Household, Linkage, Member, Studio, Visit
from studio_app.core.search import household_derived, member_derived
from studio_app.core.services import Services
from studio_app.core.validation import normalise_id_number, normalise_phone
from studio_app.demo.studio import (
    RARE_HEAD_NAMES,
    RARE_MEMBER_NAMES,
    DemoSummary,
    fill_demo,
    id_number,
)
from studio_app.storage.migrate import open_database

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


TODAY = date(2025, 6, 15)
RARE_CHARACTERS = "䶮堃喆赟昇旻犇垚𠮷"


@pytest.fixture(scope="module")
def filled(module_db) -> tuple[Services, DemoSummary]:
    """The demo, filled once per backend: every test here only reads it (a fill takes ~3 s)."""
    services = Services(module_db)
    return services, fill_demo(services, seed=1, today=TODAY)


@pytest.fixture
def services(filled) -> Services:
    return filled[0]


@pytest.fixture
def demo(filled) -> DemoSummary:
    return filled[1]


@pytest.fixture(scope="module")
def again(tmp_path_factory) -> Iterator[tuple[Services, DemoSummary]]:
    """The demo filled again, same seed and day, in a SQLite file of its own: what the tests on
    each backend compare theirs with (built once per module: they only read it)."""
    database = open_database(tmp_path_factory.mktemp("again") / "again.sqlite3")
    services = Services(database)
    yield services, fill_demo(services, seed=1, today=TODAY)
    database.close()


@pytest.fixture
def empty_services(db) -> Services:
    return Services(db)


def _names(services: Services) -> tuple[list[str], list[str]]:
    with services.db.session() as s:
        members = list(s.scalars(select(Member.name).order_by(Member.name)))
        households = list(s.scalars(select(Household.head_name).order_by(Household.head_name)))
    return members, households


def _active_links(s) -> list[Linkage]:
    """In force on the demo's day: not ended, or ending later (one link, next month)."""
    links = s.scalars(select(Linkage).where(Linkage.archived_at.is_(None)))
    return [k for k in links if k.until is None or k.until > TODAY]


def test_demo_is_a_studio_with_a_lead_team_and_archived_members(services, demo):
    assert demo.studios == 1 and demo.members >= 12 and 1 <= demo.archived_members <= 2
    assert services.members.count(MemberQuery()) == demo.members >= 12
    assert services.members.count(MemberQuery(active=False)) == demo.archived_members
    roles = Counter(r.studio_role for r in services.members.page(MemberQuery()))
    assert roles[MembershipRole.LEAD] == 1
    assert roles[MembershipRole.TEAM] == demo.members - 1
    studio = services.studios.default()
    assert studio is not None and studio.township and studio.address and studio.phone
    assert services.households.count(HouseholdQuery()) == demo.households >= 300
    assert len(services.households.villages()) == 8
    assert 0 < demo.enterprises < demo.households / 5


def test_rare_character_names_are_stored_and_found(services, demo):
    found = services.members.page(MemberQuery(text="䶮"))
    assert found and all("䶮" in r.name for r in found)
    found = services.households.page(HouseholdQuery(text="𠮷"))
    assert found and all("𠮷" in r.head_name for r in found)
    members, households = _names(services)
    every_name = "".join(members + households)
    assert all(ch in every_name for ch in RARE_CHARACTERS)
    assert {n for n, _ in RARE_MEMBER_NAMES} <= set(members)
    assert set(RARE_HEAD_NAMES) <= set(households)


def test_every_phone_and_id_number_passes_the_validators_unchanged(services, demo):
    with services.db.session() as s:
        phones = [
            *s.scalars(select(Member.phone)),
            *s.scalars(select(Household.phone)),
            *s.scalars(select(Studio.phone)),
        ]
        ids = [i for i in s.scalars(select(Household.id_number)) if i]
    assert all(phone == normalise_phone(phone) for phone in phones)
    assert sum(phone.startswith("1") for phone in phones) > 250
    assert all(number == normalise_id_number(number) for number in ids)
    assert len(ids) == demo.id_numbers
    assert 0.2 < len(ids) / demo.households < 0.4


def test_id_number_check_digit_follows_gb_11643():
    assert id_number("110105", date(1949, 12, 31), 1, male=False) == "11010519491231002X"
    assert normalise_id_number(id_number("620421", date(1980, 2, 29), 17, male=True))


def test_each_household_has_at_most_two_members_and_one_primary(services, demo):
    with services.db.session() as s:
        links = _active_links(s)
        archived = set(s.scalars(select(Member.id).where(Member.archived_at.is_not(None))))
    per_household = Counter(link.household_id for link in links)
    primaries = Counter(link.household_id for link in links if link.primary)
    assert max(per_household.values()) <= 2
    assert max(primaries.values()) == 1
    assert set(primaries) == set(per_household)  # every linked household has a primary
    per_member = Counter(link.member_id for link in links)
    assert len(per_member) == demo.members and not archived & set(per_member)
    assert all(15 <= n <= 30 for n in per_member.values())
    assert demo.linkages == len(links)
    (ending,) = [k for k in links if k.until is not None]
    assert ending.until == TODAY + timedelta(days=30) and not ending.primary


def test_visits_cover_the_past_year_with_some_households_left_behind(services, demo):
    linked = {r.id for r in services.households.rows(HouseholdQuery()) if r.members}
    stale = services.households.rows(HouseholdQuery(not_visited_days=90, today=TODAY))
    stale_linked = [r for r in stale if r.id in linked]
    assert 0.1 < len(stale_linked) / len(linked) < 0.35
    assert len(stale_linked) == demo.not_visited_households
    assert len(linked) - len(stale_linked) > 150  # visited within 90 days
    with services.db.session() as s:
        visits = list(s.scalars(select(Visit)))
        last = dict(s.execute(select(Visit.household_id, func.max(Visit.visited_on))
                              .group_by(Visit.household_id)).all())  # fmt: skip
        recorded = dict(s.execute(select(Household.id, Household.last_visit_on)
                                  .where(Household.last_visit_on.is_not(None))).all())  # fmt: skip
    assert len(visits) == demo.visits
    assert all(TODAY - timedelta(days=365) <= v.visited_on <= TODAY for v in visits)
    assert all(v.notes for v in visits)
    assert len({v.method for v in visits}) == 3
    assert recorded == last  # the household's last visit is its latest visit


@pytest.fixture(scope="module")
def other_seed(tmp_path_factory) -> tuple[list[str], list[str]]:
    """The names of the demo filled with another seed, in a SQLite file of its own (built once
    per module, not once per backend: it is the same file for both)."""
    other = open_database(tmp_path_factory.mktemp("other") / "other.sqlite3")
    try:
        fill_demo(Services(other), seed=2, today=TODAY)
        return _names(Services(other))
    finally:
        other.close()


def test_the_same_seed_gives_the_same_data(services, demo, again, other_seed):
    same, summary = again
    assert summary == demo
    assert _names(same) == _names(services)
    assert other_seed != _names(services)


def test_refuses_a_database_that_already_has_members(services, demo):
    with pytest.raises(StudioError, match="已有委员"):
        fill_demo(services, seed=3, today=TODAY)
    assert services.members.count(MemberQuery(active=None)) == demo.members + demo.archived_members


def test_search_text_matches_what_the_orm_computes(services, demo):
    with services.db.session() as s:
        household = s.scalars(select(Household).where(Household.notes != "")).first()
        member = s.scalars(select(Member)).first()
        assert household_derived(household) == {
            "search_text": household.search_text,
            "search_tokens": household.search_tokens,
            "sort_key": household.sort_key,
        }
        assert member_derived(member) == {
            "search_text": member.search_text,
            "sort_key": member.sort_key,
        }


def test_synthetic_county_small(empty_services):
    services = empty_services
    summary = synthetic_county(services, members=50, households=500, seed=1, today=TODAY)
    assert summary.households == 500 and summary.members + summary.archived_members == 50
    assert services.households.count(HouseholdQuery(active=None)) == 500
    assert services.members.count(MemberQuery(active=None)) == 50
    assert len(services.studios.list()) == summary.studios >= 1
    with services.db.session() as s:
        household = s.scalars(select(Household).where(Household.archived_at.is_(None))).first()
        member = s.scalars(select(Member)).first()
        phones = [*s.scalars(select(Household.phone)), *s.scalars(select(Member.phone))]
        ids = [i for i in s.scalars(select(Household.id_number)) if i]
        links = _active_links(s)
        # Rows written in bulk carry the search text the ORM would have computed.
        assert household_derived(household) == {
            "search_text": household.search_text,
            "search_tokens": household.search_tokens,
            "sort_key": household.sort_key,
        }
        assert member_derived(member) == {
            "search_text": member.search_text,
            "sort_key": member.sort_key,
        }
    assert all(p == normalise_phone(p) for p in phones)
    assert ids and all(i == normalise_id_number(i) for i in ids)
    assert max(Counter(link.household_id for link in links).values()) <= 2
    assert max(Counter(link.household_id for link in links if link.primary).values()) == 1

    found = services.households.page(HouseholdQuery(text=household.head_name))
    assert household.id in {r.id for r in found}
    assert services.households.count(HouseholdQuery(text=household.village)) >= 2
    assert services.households.count(HouseholdQuery(text="犇", active=None)) >= 1
    assert services.members.count(MemberQuery(text="䶮", active=None)) >= 1
    assert services.households.count(HouseholdQuery(text="龘")) == 0
    stale = services.households.count(HouseholdQuery(not_visited_days=90, today=TODAY))
    assert 0 < stale < 500


def test_synthetic_county_refuses_a_filled_database(services, demo):
    with pytest.raises(StudioError):
        synthetic_county(services, members=5, households=20)


def test_reception_days_and_requests_in_every_state(services, demo):
    from studio_app.base.enums import ReceptionStatus
    from studio_app.base.enums import RequestStatus as S
    from studio_app.core.models import Request

    assert demo.reception_days == 12
    with services.db.session() as s:
        studio_id = s.scalar(select(Studio.id))
        requests = list(s.scalars(select(Request).order_by(Request.number)))
    days = services.reception_days.days(studio_id, TODAY.year)
    assert {d.status for d in days} == set(ReceptionStatus)  # held, cancelled, planned
    held = [d for d in days if d.status == ReceptionStatus.HELD]
    assert held and all(d.held_on < TODAY for d in held)
    assert len(requests) == demo.requests >= 3 * len(held)  # 3–7 visitors each day, and others
    assert any(d.replaces_name for day in days for d in services.reception_days.duties(day.id))

    statuses = Counter(r.status for r in requests)
    assert statuses[S.CLOSED] > len(requests) / 2
    # converted: one by itself, and those of the issues that became proposals (demo/proposals.py)
    assert statuses[S.MERGED] >= 1 and statuses[S.REJECTED] >= 1 and statuses[S.CONVERTED] > 1
    assert statuses[S.REGISTERED] + statuses[S.ASSIGNED] + statuses[S.IN_PROGRESS] >= 1
    assert any(r.reopen_count for r in requests)
    assert sum(r.extension_count for r in requests) == 1  # 延期, with its reason
    rerouted = [h for r in requests for h in services.requests.history(r.id)
                if h.note == "原承办单位答复不属其职责，改派县住建局"]  # fmt: skip
    assert [(h.from_status in (S.ASSIGNED, S.IN_PROGRESS), h.to_status) for h in rerouted] == [
        (True, S.ASSIGNED)  # 改派
    ]
    assert services.requests.overdue(TODAY)
    # 百分百回访: a merged visitor called back on their own, another still awaited on the 工作台.
    merged = [r for r in requests if r.status == S.MERGED]
    assert any(r.satisfaction is not None for r in merged)
    waiting = {r.id for r in merged if r.return_visit_due is not None}
    assert waiting and waiting <= {
        w.id for w in services.workbench.today(TODAY).awaiting_return_visit.rows
    }
    (linked,) = [r for r in requests if r.linked_to_id is not None]  # 关联到该提案
    assert linked.status in (S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS)
    assert [r.registered_at for r in requests] == sorted(r.registered_at for r in requests)
    for r in requests:
        history = services.requests.history(r.id)
        assert history[-1].to_status == r.status
        assert [h.from_status for h in history[1:]] == [h.to_status for h in history[:-1]]
        assert all(h.at.date() <= TODAY for h in history)


def test_the_most_frequent_kinds_of_request_become_common_issues(services, demo, again):
    from studio_app.base.enums import RequestStatus as S
    from studio_app.core.common_issues import CommonIssueService
    from studio_app.demo.requests import ISSUE_TITLES

    issues = CommonIssueService(services.db)
    rows = issues.issues()
    assert 1 <= len(rows) <= 2
    for row in rows:
        listed = issues.requests_of(row.id)
        assert 3 <= row.request_count == len(listed) <= 5
        (category,) = row.categories
        assert row.title == ISSUE_TITLES[category]
        assert all(r.status != S.MERGED for r in listed)
        draft = issues.summary_text(row.id)
        assert draft.startswith(row.title) and all(r.content in draft for r in listed)
    same = CommonIssueService(again[0].db).issues()
    assert [(r.title, r.request_count, r.villages) for r in same] == [
        (r.title, r.request_count, r.villages) for r in rows
    ]


def test_meetings_with_minutes_attendees_and_follow_ups(services, demo):
    from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType
    from studio_app.base.labels import TOPIC_SOURCES
    from studio_app.core.models import Request

    rows = services.meetings.list()
    assert demo.meetings == len(rows) == 5
    assert [r.starts_at for r in rows] == sorted((r.starts_at for r in rows), reverse=True)
    assert all(TODAY - timedelta(days=150) < r.starts_at.date() < TODAY for r in rows)
    workdays = services.calendar.calendar()
    assert all(workdays.is_workday(r.starts_at.astimezone().date()) for r in rows)
    assert {r.type for r in rows} == {MeetingType.CONSULTATION, MeetingType.SYMPOSIUM,
                                      MeetingType.SURVEY}  # fmt: skip
    meetings = [services.meetings.get(r.id) for r in rows]
    assert {m.topic_source for m in meetings} == set(TOPIC_SOURCES)
    road = next(m for m in meetings if "通村道路" in m.topic)
    assert len(road.agenda_items) == 4 and len(road.agreed_items) == 4
    assert sum(len(i.discussion) for i in road.agenda_items) > 2000  # minutes of 2+ pages
    assert "{" not in "".join(i.discussion for m in meetings for i in m.agenda_items)

    lead = services.members.page(MemberQuery(sort="studio_role"))[0]
    assert all(m.host == lead.name and m.recorder for m in meetings)
    for m in meetings:
        roster = [a for a in m.attendees if a.member_id is not None]
        assert roster and all(a.member is not None and a.name == a.member.name for a in roster)
        assert roster[0].member_id == lead.id
        assert len({a.member_id for a in roster}) == len(roster)
    absent = [a for m in meetings for a in m.attendees if a.attendance == AttendanceRole.ABSENT]
    assert absent and all(a.member_id is not None for a in absent)
    guests = "".join(a.name for m in meetings for a in m.attendees if a.member_id is None)
    assert all(ch in guests for ch in "䶮堃喆𠮷")

    actions = [a for m in meetings for a in m.actions]
    statuses = Counter(a.status for a in actions)
    assert statuses[ActionStatus.DONE] >= 5 and statuses[ActionStatus.CANCELLED] == 1
    assert statuses[ActionStatus.OPEN] >= 5
    assert all(a.responsible_unit and a.deadline for a in actions)
    assert "县交通运输局" in {a.responsible_unit for a in actions}
    assert all(a.feedback and a.done_on and a.done_on < TODAY for a in actions
               if a.status != ActionStatus.OPEN)  # fmt: skip
    (linked,) = [a for a in actions if a.request_id is not None]
    with services.db.session() as s:
        request = s.get(Request, linked.request_id)
    assert request.category == "交通" and linked.responsible_unit == "县交通运输局"
    pending = services.meetings.open_actions(today=TODAY)
    assert len(pending) == statuses[ActionStatus.OPEN]
    assert any(p.overdue for p in pending) and not all(p.overdue for p in pending)
    assert "5 份会议纪要" in str(demo)


def test_the_demo_archive_has_finalised_and_revised_minutes(services, demo):
    from studio_app.base.enums import DocumentKind

    rows = services.meetings.list()
    issued = services.archive.finalised([r.id for r in rows])
    newest = max(rows, key=lambda r: r.starts_at)
    assert newest.id not in issued and len(issued) == len(rows) - 1  # the newest is a draft
    assert sorted(issued.values()) == [1, 1, 1, 2]
    revised = next(m for m, n in issued.items() if n == 2)
    second = services.archive.revisions(revised)[1]
    assert second.reason and second.issued_by
    assert [c.field for c in services.archive.revision_changes(second.id)] == ["agreed"]
    assert len(services.archive.list(kind=DocumentKind.QR_POSTER)) == 1
    assert demo.archived == len(services.archive.list()) == 6
    assert all(ok for _row, ok in services.archive.verify())


def test_proposals_and_social_opinions_of_the_year_at_different_steps(services):
    from sqlalchemy import select

    from studio_app.base.enums import ProposalKind
    from studio_app.base.enums import ProposalStep as P
    from studio_app.core.models import Request, Visitor
    from studio_app.core.proposals import ProposalQuery, involvements

    rows = services.proposals.page(ProposalQuery(year=TODAY.year))
    assert {r.kind for r in rows} == set(ProposalKind)
    assert {P.DRAFT, P.SUBMIT, P.NOT_REGISTER, P.RATE, P.INSTRUCT} <= {r.step for r in rows}
    assert all(r.drafted_on.year == TODAY.year and r.drafted_on <= TODAY for r in rows)
    assert all(r.submitted_on is None or r.submitted_on <= TODAY for r in rows)
    details = [services.proposals.detail(r.id) for r in rows]
    assert sum(bool(d.common_issue) for d in details) == 2  # from the demo's common issues
    assert sum(bool(d.requests) for d in details) == 4  # and from single requests
    with services.db.session() as s:
        names = set(s.scalars(
            select(Visitor.name).join(Request, Request.visitor_id == Visitor.id)
            .where(Request.proposal_id.is_not(None), Visitor.name != "")
        ))  # fmt: skip
    assert names
    for d in details:
        text = " ".join((d.row.title, d.text.analysis, d.text.situation, d.text.problems))
        assert not [n for n in names if n in text]
    submitted = {r.id for r in rows if r.submitted_on is not None}
    assert {i.item_id for i in involvements(services, TODAY.year)} == submitted


def test_every_member_has_activities_this_year_up_to_the_demos_day(services, demo):
    """Each member's record has content: read from the demo's records and entered (全会 …)."""
    start = date(TODAY.year, 1, 1)
    members = services.member_records.active_members()
    assert len(members) == demo.members and demo.activities > len(members)
    ranking = services.points.ranking(TODAY.year)
    assert all(any(i.count for i in r.score.items) for r in ranking.rows)
    for member_id in members:
        found = services.activities.of_member(member_id, start, date(TODAY.year, 12, 31))
        assert any(a.entered for a in found) and any(not a.entered for a in found)
        assert all(start <= a.on <= TODAY for a in found)
