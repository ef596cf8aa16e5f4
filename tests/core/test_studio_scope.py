"""Studios as the unit of work: on a database of several studios (a county server) a studio's
user sees, finds, counts, prints and exports their own studio only, by every service; what they
add is saved into their studio; another studio's record is not found by any path. The county's
users see every studio, or the one they pick."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import openpyxl
import pytest
from argon2 import PasswordHasher

from studio_app.base.enums import (
    ActivityKind,
    AuditAction,
    MembershipRole,
    Permission,
    ProposalKind,
    Role,
)
from studio_app.base.errors import NotFoundError, StudioError, ValidationError
from studio_app.core.access import LoginError, PermissionDeniedError
from studio_app.core.activities import ActivityInput
from studio_app.core.audit import AuditService
from studio_app.core.households import HouseholdInput, HouseholdQuery
from studio_app.core.linkage import VisitInput
from studio_app.core.meetings import AttendeeInput, MeetingInput
from studio_app.core.members import MemberInput, MemberQuery, set_studio_role
from studio_app.core.models import User
from studio_app.core.proposals import ProposalInput, ProposalQuery
from studio_app.core.request_list import RequestQuery
from studio_app.core.roster_io import RosterKind
from studio_app.core.scope import OtherStudioError
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # the filter is SQL: on PostgreSQL too

PASSWORD = "lianluo2026"
DAY = date(2026, 3, 2)
AT = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


@dataclass
class StudioData:
    studio: uuid.UUID
    member: uuid.UUID
    household: uuid.UUID
    request: uuid.UUID
    day: uuid.UUID
    meeting: uuid.UUID
    issue: uuid.UUID
    proposal: uuid.UUID
    activity: uuid.UUID
    visit: uuid.UUID


def _fill(services: Services, name: str, word: str) -> StudioData:
    """One studio's records, entered in that studio (each gets it from the session)."""
    studio = services.studios.create(StudioInput(name=f"{name}委员工作室"))
    services.use_studio(studio.id)
    member = services.members.create(MemberInput(name=f"{word}委员", phone="13800000001"))
    household = services.households.create(HouseholdInput(head_name=f"{word}户主", village=word))
    services.linkages.link(member.id, household.id, since=DAY)
    visit = services.visits.record(VisitInput(member.id, household.id, DAY))
    request = services.requests.register(
        RequestInput(content=f"{word}路灯坏了", visitor_name=f"{word}来访人"), at=AT
    )
    day = services.reception_days.add_day(studio.id, DAY)
    services.reception_days.set_duty(day.id, [member.id])
    meeting = services.meetings.create(
        MeetingInput(starts_at=AT, topic=f"{word}议事会",
                     attendees=[AttendeeInput(member_id=member.id)])
    )  # fmt: skip
    issue = services.common_issues.create(f"{word}共性问题", request_ids=[request.id])
    proposal = services.proposals.create(
        ProposalInput(kind=ProposalKind.PROPOSAL, title=f"关于{word}的提案", lead_id=member.id)
    )
    activity = services.activities.add(
        ActivityInput(member.id, ActivityKind.TRAINING, DAY, title=f"{word}培训")
    )
    return StudioData(studio.id, member.id, household.id, request.id, day.id, meeting.id,
                      issue.id, proposal.id, activity.id, visit.id)  # fmt: skip


@pytest.fixture
def county(db):
    """Two studios' records, a county admin, and a coordinator in each studio."""
    services = Services(db)
    services.access.hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    a = _fill(services, "城关", "东关")
    b = _fill(services, "河湾", "西岔")
    services.use_studio(None)
    admin = services.access.create_first_admin(
        "county", "县管理", "guanli-2026", role=Role.COUNTY_ADMIN
    )
    for username, studio in (("zhang", a.studio), ("li", b.studio)):
        services.access.add_user(admin, username, "", Role.COORDINATOR, PASSWORD,
                                 studio_id=studio)  # fmt: skip
    return services, a, b


def _signed_in(services: Services, username: str, password: str = PASSWORD) -> Services:
    door = Services(services.db.database)
    door.access.hasher = services.access.hasher
    door.current_user = door.access.login(username, password)
    return door


def test_a_studio_user_sees_only_their_studio_in_every_list(county):
    services, a, b = county
    zhang = _signed_in(services, "zhang")
    assert zhang.studio_id == a.studio
    assert [s.id for s in zhang.studios.list()] == [a.studio]
    assert [s.id for s in zhang.studios.switchable()] == [a.studio]
    assert [m.name for m in zhang.members.first_page(MemberQuery()).rows] == ["东关委员"]
    assert zhang.members.count(MemberQuery()) == 1
    assert [h.head_name for h in zhang.households.first_page(HouseholdQuery()).rows] == ["东关户主"]
    assert zhang.households.villages() == ["东关"]
    requests = zhang.request_list.first_page(RequestQuery()).rows
    assert [r.id for r in requests] == [a.request]
    assert zhang.request_list.count(RequestQuery()) == 1
    assert [d.id for d in zhang.reception_days.days(a.studio, 2026)] == [a.day]
    assert zhang.reception_days.days(b.studio, 2026) == []
    assert [m.id for m in zhang.meetings.list()] == [a.meeting]
    assert [i.id for i in zhang.common_issues.issues()] == [a.issue]
    assert [p.id for p in zhang.proposals.first_page(ProposalQuery()).rows] == [a.proposal]
    assert [v.id for v in zhang.visits.list()] == [a.visit]
    assert [m for m, _ in zhang.members.choices()] == [a.member]
    ranking = zhang.points.ranking(2026)
    assert {row.member_id for row in ranking.rows} == {a.member}


def test_searching_finds_nothing_of_another_studio(county):
    services, a, _b = county
    zhang = _signed_in(services, "zhang")
    for text in ("西", "西岔", "西岔户", "西岔户主"):  # 1-4 characters, every search path
        assert zhang.households.first_page(HouseholdQuery(text=text)).rows == []
        assert zhang.request_list.first_page(RequestQuery(text=text)).rows == []
        assert zhang.members.first_page(MemberQuery(text=text)).rows == []
    assert [r.id for r in zhang.request_list.first_page(RequestQuery(text="路灯")).rows] == [
        a.request
    ]
    # The desk's "similar open requests" offer the studio's own only.
    assert [s.request.id for s in zhang.request_list.similar("西岔路灯坏了")] == [a.request]


def test_every_count_and_figure_is_the_studios_own(county):
    services, a, _b = county
    for door in (services, _signed_in(services, "li")):  # both rejected: ended long ago
        door.use_studio(None) if door is services else None
    li = _signed_in(services, "li")
    li.requests.reject(li.request_list.first_page(RequestQuery()).rows[0].id, "不属于职责范围",
                       at=AT)  # fmt: skip
    zhang = _signed_in(services, "zhang")
    zhang.requests.reject(a.request, "不属于职责范围", at=AT)
    figures = zhang.figures.figures(date(2026, 1, 1), date(2026, 12, 31), today=DAY)
    assert (figures.visitors, figures.visits, figures.reception_days_held) == (1, 1, 0)
    assert figures.by_village == {"": 1}
    bench = zhang.workbench.today(today=date(2026, 12, 1))
    assert bench.overdue.total == 0 and bench.next_reception_day is None
    charts = zhang.request_charts.charts(today=DAY)
    assert sum(charts.by_month.series[0].values) == 1  # registered: their one request
    preview = zhang.retention.preview(1, today=date(2030, 1, 1))
    assert (preview.visitors, preview.requests) == (1, 1)
    assert [row.title for row in zhang.archive.list()] == []
    assert zhang.meetings.find_request("2026-0002") is None  # 河湾's number
    assert zhang.meetings.find_request("2026-0001").id == a.request
    assert zhang.activities.of_member(a.member, date(2026, 1, 1), date(2026, 12, 31))
    assert zhang.activities.counts(date(2026, 1, 1), date(2026, 12, 31)).keys() == {a.member}


# Each read and write of another studio's record, by id (one database for all: a read changes
# nothing, and a refused write must change nothing either, which the end checks).
READS = {
    "member": lambda s, b: s.members.get(b.member),
    "household": lambda s, b: s.households.get(b.household),
    "numbers": lambda s, b: s.households.reveal_numbers(b.household),
    "request": lambda s, b: s.request_list.row(b.request),
    "day": lambda s, b: s.reception_days.get(b.day),
    "meeting": lambda s, b: s.meetings.get(b.meeting),
    "proposal": lambda s, b: s.proposals.detail(b.proposal),
    "studio": lambda s, b: s.studios.get(b.studio),
    "receipt": lambda s, b: s.printing.receipt(b.request),
    "day-record": lambda s, b: s.printing.reception_record(b.day),
    "card": lambda s, b: s.printing.member_card(b.member),
    "member-record": lambda s, b: s.member_records.record(b.member, 2026),
}
WRITES = {
    "member": lambda s, b: s.members.archive(b.member),
    "household": lambda s, b: s.households.archive(b.household),
    "assign": lambda s, b: s.requests.assign(b.request, handling_unit="县交通局"),
    "reject": lambda s, b: s.requests.reject(b.request, "不属于职责范围"),
    "day": lambda s, b: s.reception_days.cancel(b.day, "下雨"),
    "meeting": lambda s, b: s.meetings.archive(b.meeting),
    "issue": lambda s, b: s.common_issues.archive(b.issue),
    "proposal": lambda s, b: s.proposals.archive(b.proposal),
    "activity": lambda s, b: s.activities.withdraw(b.activity),
    "visit": lambda s, b: s.visits.archive(b.visit),
}


def test_another_studios_record_is_not_found_by_id_nor_changed(county):
    services, _a, b = county
    zhang = _signed_in(services, "zhang")
    for name, act in [*READS.items(), *WRITES.items()]:
        with pytest.raises(StudioError, match="找不到"):
            act(zhang, b)
            pytest.fail(f"{name}: another studio's record was reached")
    li = _signed_in(services, "li")  # and it is unchanged, as its own studio sees it
    assert li.members.get(b.member).member.archived_at is None
    assert li.households.get(b.household).archived_at is None
    assert li.request_list.row(b.request).status.value == "registered"
    assert li.reception_days.get(b.day).status.value == "planned"
    assert li.meetings.get(b.meeting).archived_at is None
    assert [i.id for i in li.common_issues.issues()] == [b.issue]
    assert [p.id for p in li.proposals.first_page(ProposalQuery()).rows] == [b.proposal]
    kinds = {
        a.kind for a in li.activities.of_member(b.member, date(2026, 1, 1), date(2026, 12, 31))
    }
    assert ActivityKind.TRAINING in kinds  # the entered activity is not withdrawn
    assert [v.id for v in li.visits.list()] == [b.visit]


def test_what_a_studio_user_adds_goes_to_their_studio(county):
    services, _a, b = county
    zhang = _signed_in(services, "zhang")
    request = zhang.requests.register(RequestInput(content="井水浑浊", visitor_name="王五"), at=AT)
    household = zhang.households.create(HouseholdInput(head_name="新户主"))
    member = zhang.members.create(MemberInput(name="新委员"))
    li = _signed_in(services, "li")
    assert li.request_list.first_page(RequestQuery(text="井水")).rows == []
    assert li.households.first_page(HouseholdQuery(text="新户主")).rows == []
    assert li.members.first_page(MemberQuery(text="新委员")).rows == []
    assert zhang.request_list.row(request.id).number == "2026-0003"  # the county's sequence
    assert {h.head_name for h in zhang.households.first_page(HouseholdQuery()).rows} == {
        "东关户主", "新户主"
    }  # fmt: skip
    assert zhang.members.get(member.id).member.name == "新委员"
    # Nor can they put a record into another studio, or link another studio's member.
    with pytest.raises(PermissionDeniedError, match="您所在工作室以外"):
        zhang.requests.register(
            RequestInput(content="别处的事", visitor_name="赵六", studio_id=b.studio), at=AT
        )
    with pytest.raises(StudioError):
        zhang.linkages.link(b.member, household.id, since=DAY)
    with pytest.raises(StudioError):
        zhang.activities.add(ActivityInput(b.member, ActivityKind.TRAINING, DAY))
    # The request put into 河湾 is a refusal, logged as zhang's; 河湾's member is not found.
    log = AuditService(services.db.database).list()
    refused = [(e.username, e.target) for e in log if e.action == AuditAction.REFUSED]
    assert refused == [("zhang", "其他工作室的记录")]


def test_a_studio_user_cannot_switch_studio(county):
    services, a, b = county
    zhang = _signed_in(services, "zhang")
    with pytest.raises(StudioError, match="只能在自己的工作室"):
        zhang.use_studio(b.studio)
    with pytest.raises(StudioError):
        zhang.use_studio(None)
    assert zhang.studio_id == a.studio


def test_the_county_sees_every_studio_or_the_one_it_picks(county):
    services, a, b = county
    county_admin = _signed_in(services, "county", "guanli-2026")
    assert county_admin.studio_id is None
    assert {s.id for s in county_admin.studios.switchable()} == {a.studio, b.studio}
    assert {r.id for r in county_admin.request_list.first_page(RequestQuery()).rows} == {
        a.request, b.request
    }  # fmt: skip
    with pytest.raises(OtherStudioError, match="请先在窗口上方选择工作室"):
        county_admin.requests.register(RequestInput(content="路面塌陷", visitor_name="孙七"))
    county_admin.use_studio(b.studio)
    assert [r.id for r in county_admin.request_list.first_page(RequestQuery()).rows] == [b.request]
    added = county_admin.requests.register(RequestInput(content="路面塌陷", visitor_name="孙七"))
    li = _signed_in(services, "li")
    assert {r.id for r in li.request_list.first_page(RequestQuery()).rows} == {
        b.request, added.id
    }  # fmt: skip


def test_a_member_of_two_studios_appears_in_both(county):
    services, a, b = county
    county_admin = _signed_in(services, "county", "guanli-2026")
    county_admin.use_studio(b.studio)
    with county_admin.db.session() as s:  # 东关委员 joins 河湾 as a team member
        set_studio_role(s, a.member, b.studio, MembershipRole.TEAM)
    li = _signed_in(services, "li")
    assert {m.name for m in li.members.first_page(MemberQuery()).rows} == {"东关委员", "西岔委员"}
    # Linked in 河湾 to a household there, the household stays 河湾's and becomes 城关's too.
    li.linkages.link(a.member, b.household, since=DAY)
    zhang = _signed_in(services, "zhang")
    assert {h.head_name for h in zhang.households.first_page(HouseholdQuery()).rows} == {
        "东关户主", "西岔户主"
    }  # fmt: skip


# ---- what all studios share is the county's -----------------------------------------------


def test_shared_settings_are_the_countys_on_a_shared_database(county):
    services, a, _b = county
    services.access.add_user(
        services.access.login("county", "guanli-2026"), "wang", "", Role.ADMIN, PASSWORD,
        studio_id=a.studio,
    )  # fmt: skip
    wang = _signed_in(services, "wang")  # the studio's own administrator
    deadlines = wang.settings.deadlines()
    with pytest.raises(PermissionDeniedError, match=r"关系到全县各个工作室.*县政协"):
        wang.settings.set_deadlines(replace(deadlines, assign=deadlines.assign + 1))
    assert wang.settings.deadlines() == deadlines
    # Their studio's own record is theirs; a new studio is not.
    studio = wang.studios.get(a.studio)
    wang.studios.update(a.studio, StudioInput(name=studio.name, phone="0931-1234567"),
                        expected_version=studio.version)  # fmt: skip
    with pytest.raises(PermissionDeniedError, match="不能管理工作室"):
        wang.studios.create(StudioInput(name="第三委员工作室"))
    county_door = _signed_in(services, "county", "guanli-2026")
    county_door.settings.set_deadlines(replace(deadlines, assign=deadlines.assign + 1))
    assert wang.settings.deadlines().assign == deadlines.assign + 1
    county_door.studios.create(StudioInput(name="第三委员工作室"))
    refusals = [e for e in county_door.audit.list() if e.action == AuditAction.REFUSED]
    assert [e.username for e in refusals] == ["wang", "wang"]


def test_the_whole_database_is_backed_up_and_restored_by_the_county(county):
    services, a, _b = county
    county_admin = services.access.login("county", "guanli-2026")
    services.access.add_user(county_admin, "wang", "", Role.ADMIN, PASSWORD, studio_id=a.studio)
    wang = _signed_in(services, "wang")  # may back up and restore their own studio's PC
    for permission in (Permission.BACKUP, Permission.RESTORE):
        with pytest.raises(PermissionDeniedError, match="关系到全县各个工作室"):
            wang.guard.require_whole(permission, "备份")
    _signed_in(services, "county", "guanli-2026").guard.require_whole(Permission.RESTORE)


def test_a_studios_admin_manages_the_users_of_their_studio_only(county):
    services, a, b = county
    county_admin = services.access.login("county", "guanli-2026")
    services.access.add_user(county_admin, "wang", "", Role.ADMIN, PASSWORD, studio_id=a.studio)
    wang = services.access.login("wang", PASSWORD)
    assert {u.username for u in services.access.users(wang)} == {"wang", "zhang"}
    assert {u.username for u in services.access.users(county_admin)} == {
        "county", "wang", "zhang", "li"
    }  # fmt: skip
    added = services.access.add_user(wang, "zhao", "", Role.VIEWER, PASSWORD, studio_id=b.studio)
    assert added.studio_id == a.studio  # a studio's admin adds users to their own studio
    with pytest.raises(ValidationError, match="只有县政协管理员"):
        services.access.add_user(wang, "xian", "", Role.COUNTY_COORDINATOR, PASSWORD)
    li = next(u for u in services.access.users(county_admin) if u.username == "li")
    with pytest.raises(NotFoundError):
        services.access.reset_password(wang, li.id, "xinmima-2026")
    with pytest.raises(NotFoundError):
        services.access.set_active(wang, li.id, False)
    with pytest.raises(ValidationError, match="请选择这位用户所在的工作室"):
        services.access.add_user(county_admin, "sun", "", Role.COORDINATOR, PASSWORD)


def test_a_user_from_before_the_county_edition_needs_a_studio_on_a_shared_database(county):
    services, _a, _b = county
    with services.db.database.session() as s:
        s.add(User(username="old", username_key="old", role=Role.COORDINATOR,
                   password_hash=services.access.hasher.hash(PASSWORD)))  # fmt: skip
    with pytest.raises(LoginError, match="还没有所属的工作室"):
        services.access.login("old", PASSWORD)


def test_the_county_adds_closes_and_reopens_studios_and_a_closed_ones_users_cannot_sign_in(
    county,
):
    services, a, b = county
    county_door = _signed_in(services, "county", "guanli-2026")
    zhang = _signed_in(services, "zhang")
    with pytest.raises(PermissionDeniedError):  # a studio's user manages no studio
        zhang.studios.close(b.studio)
    with pytest.raises(PermissionDeniedError):
        zhang.studios.create(StudioInput(name="新设委员工作室"))
    assert [st.id for st in zhang.studios.managed()] == [a.studio]

    added = county_door.studios.create(StudioInput(name="新设委员工作室", township="新设镇"))
    closed = county_door.studios.close(b.studio)
    assert closed.archived_at is not None
    assert [st.name for st in county_door.studios.managed()] == [
        "城关委员工作室", "新设委员工作室", "河湾委员工作室"
    ]  # fmt: skip  # the closed one last
    assert b.studio not in {st.id for st in county_door.studios.switchable()}
    with pytest.raises(LoginError, match="所在的工作室已撤销"):
        services.access.login("li", PASSWORD)
    # Its records stay: the county sees them over the whole county.
    county_door.use_studio(None)
    assert county_door.requests.get(b.request).id == b.request
    with pytest.raises(ValidationError, match="已撤销"):
        county_door.access.add_user(
            county_door.current_user, "sun", "", Role.COORDINATOR, PASSWORD, studio_id=b.studio
        )
    county_door.studios.reopen(b.studio)
    assert _signed_in(services, "li").requests.get(b.request).id == b.request
    county_door.studios.close(added.id)
    county_door.studios.close(b.studio)
    with pytest.raises(StudioError, match="唯一在用的工作室"):
        county_door.studios.close(a.studio)
    # One studio open, two closed: the closed ones' records are still kept from it.
    fresh = _signed_in(services, "zhang")
    assert fresh.guard.shared()
    assert [r.id for r in fresh.request_list.first_page(RequestQuery()).rows] == [a.request]
    log = AuditService(services.db.database).list()
    details = [e.detail for e in log if e.action == AuditAction.SETTINGS]
    for done in ("新增“新设委员工作室”", "撤销“河湾委员工作室”", "恢复“河湾委员工作室”"):
        assert any(done in detail for detail in details), done
    refused = [e.detail for e in log
               if e.action == AuditAction.LOGIN_FAILED and e.username == "li"]  # fmt: skip
    assert refused == ["账户所在的工作室已撤销"]


def test_an_imported_roster_goes_to_the_importers_studio(county, tmp_path):
    services, _a, _b = county
    book = openpyxl.Workbook()
    for row in (["户主", "电话", "村", "结对委员"], ["导入户", "13812345678", "东关", "东关委员"]):
        book.active.append(row)
    book.save(tmp_path / "联户.xlsx")
    zhang = _signed_in(services, "zhang")
    plan = zhang.rosters.preview(RosterKind.HOUSEHOLDS, tmp_path / "联户.xlsx")
    assert plan.ok, plan.errors
    zhang.rosters.apply(plan)
    assert zhang.households.count(HouseholdQuery(text="导入户")) == 1
    assert _signed_in(services, "li").households.count(HouseholdQuery(text="导入户")) == 0


def test_a_second_studio_added_on_another_pc_filters_this_one_too(db, monkeypatch):
    """A database of one studio is read unfiltered; once the county adds another studio on
    the server, every PC filters again within SHARED_RECHECK seconds (here: at once)."""
    monkeypatch.setattr("studio_app.core.guard.SHARED_RECHECK", 0.0)
    office = Services(db)
    first = office.studios.create(StudioInput(name="城关委员工作室"))
    office.households.create(HouseholdInput(head_name="东关户主"))
    office.use_studio(first.id)
    assert office.guard.shared() is False
    county = Services(db)  # the county's PC, before logins are set up
    second = county.studios.create(StudioInput(name="河湾委员工作室"))
    county.use_studio(second.id)
    county.households.create(HouseholdInput(head_name="西岔户主"))
    assert [h.head_name for h in office.households.first_page(HouseholdQuery()).rows] == [
        "东关户主"
    ]
    assert office.guard.shared() is True
