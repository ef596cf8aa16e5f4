"""Households, linkages and visits on a real database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from studio_app.base.enums import HouseholdKind, VisitMethod
from studio_app.base.errors import DuplicateError, StudioError, ValidationError
from studio_app.core.households import HouseholdInput, HouseholdQuery, not_visited
from studio_app.core.linkage import VisitInput
from studio_app.core.members import MemberInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


TODAY = date.today()


def _household(services, name, **kw):
    return services.households.create(HouseholdInput(head_name=name, **kw))


def test_household_values_are_cleaned_and_tags_kept_in_order(services):
    h = _household(services, " 张𠮷 ", phone="139 0000 1111", id_number="11010519491231002x",
                   village="东关村", group_name="三组", size="４", tags=["低保、独居老人", "低保"])  # fmt: skip
    (row,) = services.households.page(HouseholdQuery())
    assert row.id == h.id
    assert (row.head_name, row.phone, row.id_number, row.size) == (
        "张𠮷", "13900001111", "11010519491231002X", 4,
    )  # fmt: skip
    assert row.tags == ("低保", "独居老人")
    assert services.households.tags() == ["低保", "独居老人"]
    assert services.households.villages() == ["东关村"]


def test_household_errors_name_fields(services):
    with pytest.raises(ValidationError) as info:
        _household(services, "", phone="1", id_number="123", size="很多")
    assert {e.field for e in info.value.errors} == {"head_name", "phone", "id_number", "size"}
    assert "人口数" in next(e.message for e in info.value.errors if e.field == "size")
    assert services.households.count(HouseholdQuery(active=None)) == 0


def test_duplicate_household_detected(services):
    _household(services, "李四", phone="13912345678")
    with pytest.raises(DuplicateError, match="李四"):
        _household(services, "李四", phone="139 1234 5678")


def test_search_and_filters(services):
    _household(services, "王大", village="东关村", tags=["低保"])
    _household(services, "王二", village="西关村", kind=HouseholdKind.ENTERPRISE)
    _household(services, "赵垚", village="东关村", address="东关村三组12号")

    def names(**kw):
        return sorted(r.head_name for r in services.households.page(HouseholdQuery(**kw)))

    assert names(text="王") == ["王二", "王大"]
    assert names(text="东关") == ["王大", "赵垚"]
    assert names(text="垚") == ["赵垚"]
    assert names(text="低保") == ["王大"]
    assert names(village="西关村") == ["王二"]
    assert names(tag="低保") == ["王大"]
    assert names(kind=HouseholdKind.ENTERPRISE) == ["王二"]


def test_linking_visiting_and_not_visited_filter(services):
    member = services.members.create(MemberInput(name="王䶮"))
    other = services.members.create(MemberInput(name="李堃"))
    visited = _household(services, "甲户")
    never = _household(services, "乙户")
    long_ago = _household(services, "丙户")

    link = services.linkages.link(member.id, visited.id, primary=True)
    services.linkages.link(member.id, never.id)
    services.linkages.link(member.id, long_ago.id)
    with pytest.raises(StudioError, match="无需重复添加"):
        services.linkages.link(member.id, visited.id)

    services.visits.record(VisitInput(member.id, visited.id, TODAY - timedelta(days=10),
                                      VisitMethod.PHONE, "了解春耕用工"))  # fmt: skip
    services.visits.record(VisitInput(member.id, long_ago.id, TODAY - timedelta(days=200)))

    stale = HouseholdQuery(member_id=member.id, not_visited_days=90)
    assert sorted(r.head_name for r in services.households.page(stale)) == ["丙户", "乙户"]
    assert services.households.count(HouseholdQuery(not_visited_days=5)) == 3
    (row,) = services.households.page(HouseholdQuery(text="甲户"))
    assert row.last_visit_on == TODAY - timedelta(days=10)
    assert row.members == ("王䶮",)

    # a second member becomes the primary contact; only one primary remains
    second = services.linkages.link(other.id, visited.id, primary=True)
    members = services.linkages.members_of(visited.id)
    assert [(m.name, m.primary) for m in members] == [("李堃", True), ("王䶮", False)]
    services.linkages.set_primary(link.id)
    assert [m.primary for m in services.linkages.members_of(visited.id)] == [True, False]

    services.linkages.unlink(second.id)
    assert [m.name for m in services.linkages.members_of(visited.id)] == ["王䶮"]
    ended = services.linkages.members_of(visited.id, include_ended=True)
    assert [(m.name, m.until) for m in ended] == [("王䶮", None), ("李堃", TODAY)]
    assert {h.head_name for h in services.linkages.households_of(member.id)} == {
        "甲户",
        "乙户",
        "丙户",
    }

    visits = services.visits.list(household_id=visited.id)
    assert [(v.member_name, v.method, v.notes) for v in visits] == [
        ("王䶮", VisitMethod.PHONE, "了解春耕用工")
    ]


def test_withdrawing_a_visit_restores_the_previous_last_visit(services):
    member = services.members.create(MemberInput(name="周垚"))
    h = _household(services, "丁户")
    services.visits.record(VisitInput(member.id, h.id, TODAY - timedelta(days=100)))
    recent = services.visits.record(VisitInput(member.id, h.id, TODAY - timedelta(days=1)))
    services.visits.archive(recent.id)
    assert services.households.get(h.id).last_visit_on == TODAY - timedelta(days=100)


def test_future_visit_and_link_to_archived_are_refused(services):
    member = services.members.create(MemberInput(name="孙犇"))
    h = _household(services, "戊户")
    with pytest.raises(ValidationError, match="不能晚于今天"):
        services.visits.record(VisitInput(member.id, h.id, TODAY + timedelta(days=1)))
    services.households.archive(h.id)
    with pytest.raises(StudioError, match="已归档"):
        services.linkages.link(member.id, h.id)
    assert services.households.get(h.id).last_visit_on is None


def test_first_page_counts_a_search_up_to_the_cap(services, monkeypatch):
    import studio_app.core.households as households_module

    monkeypatch.setattr(households_module, "COUNT_CAP", 5)
    with services.db.session() as s:
        from studio_app.core.models import Household

        s.add_all(Household(head_name=f"王{i:02d}", village="东关村") for i in range(8))
        s.add_all(Household(head_name=f"李{i}", village="西关村") for i in range(3))

    many = services.households.first_page(HouseholdQuery(text="王"), limit=3)
    assert [r.head_name for r in many.rows] == ["王00", "王01", "王02"]
    assert (many.total, many.exact) == (5, False)
    assert [r.head_name for r in services.households.page(HouseholdQuery(text="王"), 3, 10)] == [
        f"王{i:02d}" for i in range(3, 8)
    ]

    few = services.households.first_page(HouseholdQuery(text="西关"), limit=3)
    assert (few.total, few.exact) == (3, True)
    everything = services.households.first_page(HouseholdQuery(), limit=3)
    assert (everything.total, everything.exact, len(everything.rows)) == (11, True, 3)

    desc = services.households.first_page(HouseholdQuery(text="王", descending=True), limit=2)
    assert [r.head_name for r in desc.rows] == ["王07", "王06"]


def test_archived_people_leave_the_current_links_but_stay_in_the_history(services):
    from studio_app.core.members import MemberQuery

    member = services.members.create(MemberInput(name="王䶮"))
    other = services.members.create(MemberInput(name="李堃"))
    moved = _household(services, "搬走户")
    staying = _household(services, "留下户")
    for h in (moved, staying):
        services.linkages.link(member.id, h.id)
    services.linkages.link(other.id, staying.id)

    services.households.archive(moved.id)  # the family moved away
    assert [h.head_name for h in services.linkages.households_of(member.id)] == ["留下户"]
    everything = services.linkages.households_of(member.id, include_ended=True)
    assert {h.head_name for h in everything} == {"搬走户", "留下户"}
    (row,) = services.members.page(MemberQuery(text="王䶮"))
    assert row.household_count == 1

    services.members.archive(other.id)  # no longer a member of the studio
    assert [m.name for m in services.linkages.members_of(staying.id)] == ["王䶮"]
    history = services.linkages.members_of(staying.id, include_ended=True)
    assert {(m.name, m.member_archived) for m in history} == {("王䶮", False), ("李堃", True)}
    (household_row,) = services.households.page(HouseholdQuery(text="留下户"))
    assert household_row.members == ("王䶮",)


def test_a_household_is_not_visited_after_the_days_or_never():
    today = date(2026, 6, 15)
    assert not_visited(None, 90, today)  # never visited
    assert not not_visited(date(2026, 3, 17), 90, today)  # 90 days ago: within
    assert not_visited(date(2026, 3, 16), 90, today)  # 91 days ago


def _contacts(services, household_id):
    return [(m.name, m.primary) for m in services.linkages.members_of(household_id)]


def test_a_future_end_date_keeps_the_link_until_that_day(services):
    wang = services.members.create(MemberInput(name="王䶮"))
    li = services.members.create(MemberInput(name="李堃"))
    h = _household(services, "甲户")
    leaving = services.linkages.link(wang.id, h.id, since=TODAY - timedelta(days=30), primary=True)
    staying = services.linkages.link(li.id, h.id)

    ends = TODAY + timedelta(days=14)
    done = services.linkages.unlink(leaving.id, until=ends, successor=staying.id)
    assert (done.ended_now, done.primary_now) == (False, "李堃")
    assert done.message() == (
        f"王䶮与“甲户”的联系保留到 {ends.isoformat()}，当天起解除。\n即日起由李堃担任这一户的主要联系人。"
    )
    # still in force: listed on both sides and counted, the end date shown
    assert _contacts(services, h.id) == [("李堃", True), ("王䶮", False)]
    assert [(x.head_name, x.until) for x in services.linkages.households_of(wang.id)] == [
        ("甲户", ends)
    ]
    assert services.households.count(HouseholdQuery(member_id=wang.id)) == 1
    with pytest.raises(StudioError, match="无需重复添加"):
        services.linkages.link(wang.id, h.id)

    with services.db.session() as s:  # the day comes
        s.get(type(leaving), leaving.id).until = TODAY
    assert _contacts(services, h.id) == [("李堃", True)]
    assert services.linkages.households_of(wang.id) == []
    assert services.households.count(HouseholdQuery(member_id=wang.id)) == 0
    with pytest.raises(StudioError, match="已经解除，无需再解除"):
        services.linkages.unlink(leaving.id)


def test_ending_the_main_contact_asks_who_takes_over(services):
    wang, li, zhao = (
        services.members.create(MemberInput(name=n)) for n in ("王䶮", "李堃", "赵垚")
    )
    h = _household(services, "乙户")
    main = services.linkages.link(wang.id, h.id, primary=True)
    li_link = services.linkages.link(li.id, h.id)
    zhao_link = services.linkages.link(zhao.id, h.id)

    with pytest.raises(ValidationError, match="请选一位接任（李堃、赵垚），或选择这一户暂不设"):
        services.linkages.unlink(main.id)
    with pytest.raises(ValidationError, match="请从名单中另选一位"):
        services.linkages.unlink(main.id, successor=main.id)
    assert _contacts(services, h.id)[0] == ("王䶮", True)  # the refusal saved nothing

    done = services.linkages.unlink(main.id, successor=zhao_link.id)
    assert done.message() == "王䶮与“乙户”的联系已解除。\n即日起由赵垚担任这一户的主要联系人。"
    assert _contacts(services, h.id) == [("赵垚", True), ("李堃", False)]

    # the coordinator says plainly the household is to have none
    done = services.linkages.unlink(zhao_link.id, no_primary=True)
    assert (
        done.message() == "赵垚与“乙户”的联系已解除。\n这一户现在没有主要联系人，请尽快另设一位。"
    )
    assert _contacts(services, h.id) == [("李堃", False)]
    (row,) = services.households.page(HouseholdQuery(text="乙户"))
    assert row.members == ("李堃",)

    # the last member: nobody to take over, and it is said
    services.linkages.set_primary(li_link.id)
    done = services.linkages.unlink(li_link.id)
    assert done.primary_now == "" and "现在没有主要联系人" in done.message()
    assert _contacts(services, h.id) == []
    with pytest.raises(StudioError, match="已经解除"):
        services.linkages.set_primary(li_link.id)


def test_a_main_contact_leaving_later_stays_one_until_then(services):
    wang, li = (services.members.create(MemberInput(name=n)) for n in ("王䶮", "李堃"))
    h = _household(services, "丙户")
    main = services.linkages.link(wang.id, h.id, since=TODAY - timedelta(days=3), primary=True)
    other = services.linkages.link(li.id, h.id, since=TODAY - timedelta(days=3))
    services.linkages.unlink(other.id, until=TODAY + timedelta(days=3))  # 李堃 leaves first
    ends = TODAY + timedelta(days=7)
    with pytest.raises(ValidationError, match="解除日期之后仍联系这一户"):
        services.linkages.unlink(main.id, until=ends, successor=other.id)
    with pytest.raises(ValidationError, match="不能早于开始日期"):
        services.linkages.unlink(main.id, until=TODAY - timedelta(days=5))

    done = services.linkages.unlink(main.id, until=ends)  # no one stays on: no choice to make
    assert done.message().endswith(
        f"王䶮担任主要联系人到 {ends.isoformat()}，之后这一户没有主要联系人，请及早另设一位。"
    )
    assert _contacts(services, h.id) == [("王䶮", True), ("李堃", False)]
    with services.db.session() as s:  # the day comes
        s.get(type(main), main.id).until = TODAY
    assert services.linkages.members_of(h.id, include_ended=True)[0].primary is False
