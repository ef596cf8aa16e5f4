"""The requests page: search_text, filters, merged requests, paging, similar open requests."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import MetaData, Table, create_engine, delete, insert, select, text
from sqlalchemy.orm import Session

from studio_app.base.enums import ProposalKind, RequestChannel, Satisfaction
from studio_app.base.enums import RequestStatus as S
from studio_app.base.errors import NotFoundError
from studio_app.base.text import search_form
from studio_app.core.households import HouseholdInput
from studio_app.core.members import MemberInput
from studio_app.core.models import Request, Visitor
from studio_app.core.request_list import RequestListService, RequestQuery
from studio_app.core.search import request_derived
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.demo import fill_demo
from studio_app.storage.migrate import alembic_config, open_database

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


D = date.fromisoformat
MONDAY = D("2026-03-02")  # no holiday near: two working days later is Wednesday 03-04


@pytest.fixture
def lists(services) -> RequestListService:
    return RequestListService(services.db, services.calendar)


def _register(services, content, *, on=MONDAY, hour=2, **kw):
    """Register on ``on`` at ``hour`` UTC (the morning in Beijing)."""
    kw.setdefault("visitor_name", "张三")
    at = datetime(on.year, on.month, on.day, hour, tzinfo=UTC)
    return services.requests.register(RequestInput(content=content, **kw), today=on, at=at)


def _search_text(services, request_id) -> str:
    with services.db.session() as s:
        return s.scalar(select(Request.search_text).where(Request.id == request_id))


def _numbers(lists, **query) -> list[str]:
    return [r.number for r in lists.first_page(RequestQuery(**query)).rows]


# ---- search_text -----------------------------------------------------------------------------


def test_registering_fills_search_text_and_each_step_refreshes_it(services):
    r = _register(services, "村口路灯坏了三个月", visitor_name="王䶮", category="交通",
                  visitor_phone="138 1234 5678", village="东关村")  # fmt: skip
    assert (
        _search_text(services, r.id) == "20260001␟王䶮␟13812345678␟东关村␟交通␟村口路灯坏了三个月"
    )
    services.requests.assign(r.id, handling_unit="县交通运输局", today=MONDAY)
    assert _search_text(services, r.id).endswith("␟交通␟县交通运输局␟村口路灯坏了三个月")


def test_an_anonymous_request_has_no_visitor_fields(services):
    r = _register(services, "Wi-Fi 信号差", anonymous=True, visitor_name="")
    assert _search_text(services, r.id) == "20260001␟其他␟wi-fi 信号差"  # 其他: no category named


def test_a_visitor_who_moves_village_is_found_under_the_new_one_in_every_request(services):
    first = _register(services, "路灯坏了", visitor_phone="13812345678", village="东关村")
    _register(services, "河道有垃圾", visitor_phone="13812345678", village="西关村")
    assert "西关村" in _search_text(services, first.id)
    assert "东关村" not in _search_text(services, first.id)


def test_demo_requests_have_search_text(services):
    # The smallest demo (40 households, not 320): its requests are as many and as written.
    fill_demo(services, seed=1, households=40, today=D("2025-06-15"))
    with services.db.session() as s:
        requests = list(s.scalars(select(Request)))
        assert requests and all(
            request_derived(r, r.visitor)
            == {"search_text": r.search_text, "search_tokens": r.search_tokens}
            for r in requests
        )
        # normalised as the search box's terms are: "，" and "（" found as typed either way
        assert all(search_form(r.content) in r.search_text for r in requests)


# ---- search --------------------------------------------------------------------------------


@pytest.fixture
def three(services):
    """2026-0001 王䶮 东关村 (路灯), 2026-0002 李四 西关村 (河道), 2026-0003 王五 东关村 (灯笼)."""
    a = _register(services, "村口路灯坏了", visitor_name="王䶮", visitor_phone="13812345678",
                  village="东关村", category="交通")  # fmt: skip
    b = _register(services, "河道垃圾有异味", visitor_name="李四", visitor_phone="0931-8123456",
                  village="西关村", category="环境", hour=3)  # fmt: skip
    c = _register(services, "春节想在村里挂灯笼", visitor_name="王五", village="东关村",
                  category="其他", hour=4)  # fmt: skip
    return a, b, c


def test_search_by_one_and_two_chinese_characters(lists, three):
    assert _numbers(lists, text="䶮") == ["2026-0001"]
    assert _numbers(lists, text="灯") == ["2026-0003", "2026-0001"]  # newest first
    assert _numbers(lists, text="路灯") == ["2026-0001"]
    assert _numbers(lists, text="东关") == ["2026-0003", "2026-0001"]
    assert _numbers(lists, text="王 灯笼") == ["2026-0003"]  # every term
    assert _numbers(lists, text="环境") == ["2026-0002"]  # the category


def test_search_by_phone_digits_and_number(lists, three):
    assert _numbers(lists, text="5678") == ["2026-0001"]
    assert _numbers(lists, text="0931-812") == ["2026-0002"]  # as typed, with the dash
    assert _numbers(lists, text="2026-0002") == ["2026-0002"]
    assert _numbers(lists, text="0003") == ["2026-0003"]
    head = lists.first_page(RequestQuery(text="2026"))
    assert (head.total, head.exact, len(head.rows)) == (3, True, 3)


def test_rows_carry_the_visitor_and_the_step_waited_for(services, lists, three):
    a = three[0]
    member = services.members.create(MemberInput(name="赵旻"))
    services.requests.assign(a.id, assignee_id=member.id, handling_unit="县交通运输局",
                             today=D("2026-03-03"))  # fmt: skip
    rows = {r.number: r for r in lists.rows(RequestQuery())}
    row = rows["2026-0001"]
    assert (row.visitor_name, row.visitor_phone, row.village, row.category) == (
        "王䶮", "13812345678", "东关村", "交通",
    )  # fmt: skip
    assert (row.status, row.assignee_name, row.handling_unit) == (
        S.ASSIGNED,
        "赵旻",
        "县交通运输局",
    )
    # The date promised at registration (03-02): assigned by 03-04, answered 5 days after.
    assert (row.stage, row.deadline) == ("答复", D("2026-03-11"))
    assert (rows["2026-0002"].stage, rows["2026-0002"].deadline) == ("交办", D("2026-03-04"))
    assert rows["2026-0002"].channel == RequestChannel.RECEPTION_DAY
    assert (rows["2026-0003"].visitor_phone, rows["2026-0003"].merged_count) == ("", 0)


def test_an_anonymous_visitor_is_shown_as_such(lists, services):
    r = _register(services, "反映情况", anonymous=True, visitor_name="")
    assert [r.visitor_name for r in lists.rows(RequestQuery())] == ["匿名"]
    assert lists.row(r.id).visitor_name == "匿名"
    with pytest.raises(NotFoundError):
        lists.row(uuid.uuid4())


# ---- filters -------------------------------------------------------------------------------


def test_filters_by_status_village_category_channel_and_days(services, lists, three):
    a, b, _c = three
    services.requests.assign(a.id, handling_unit="县交通运输局", today=MONDAY)
    late = _register(services, "电话反映路灯", on=D("2026-03-05"), channel=RequestChannel.PHONE)
    assert _numbers(lists, statuses=frozenset({S.ASSIGNED})) == ["2026-0001"]
    assert _numbers(lists, statuses=frozenset({S.REGISTERED, S.ASSIGNED})) == [
        "2026-0004", "2026-0003", "2026-0002", "2026-0001",
    ]  # fmt: skip
    assert _numbers(lists, village="东关村") == ["2026-0003", "2026-0001"]
    assert _numbers(lists, category="环境") == ["2026-0002"]
    assert _numbers(lists, channel=RequestChannel.PHONE) == [late.number]
    assert _numbers(lists, registered_from=D("2026-03-03")) == [late.number]
    assert _numbers(lists, registered_to=MONDAY) == ["2026-0003", "2026-0002", "2026-0001"]
    services.requests.reject(b.id, "不属于受理范围")
    assert _numbers(lists, open_only=True) == ["2026-0004", "2026-0003", "2026-0001"]
    assert lists.count(RequestQuery()) == 4
    assert lists.villages() == ["东关村", "西关村"]
    assert lists.categories_in_use() == ["交通", "其他", "环境"]


def test_overdue_and_due_soon_by_the_step_waited_for(services, lists, three):
    a, _b, c = three  # registered Monday 03-02: to be assigned by Wednesday 03-04
    services.requests.assign(a.id, handling_unit="县交通运输局", today=MONDAY)  # answer by 03-11
    services.requests.reject(c.id, "不属于受理范围")
    assert _numbers(lists, due="overdue", today=D("2026-03-04")) == []  # due on the day: in time
    assert _numbers(lists, due="overdue", today=D("2026-03-05")) == ["2026-0002"]
    assert _numbers(lists, due="overdue", today=D("2026-03-12")) == ["2026-0002", "2026-0001"]
    # 将到期: due today or the next working day. Not when new: 03-04 is two working days away.
    assert _numbers(lists, due="due_soon", today=MONDAY) == []
    assert _numbers(lists, due="due_soon", today=D("2026-03-03")) == ["2026-0002"]
    # On Tuesday 03-10 the next working day is 03-11: the answer promised for then.
    assert _numbers(lists, due="due_soon", today=D("2026-03-10")) == ["2026-0001"]
    rows = lists.rows(RequestQuery(sort="deadline", descending=False))
    assert [(r.number, r.deadline) for r in rows] == [
        ("2026-0002", D("2026-03-04")), ("2026-0001", D("2026-03-11")), ("2026-0003", None),
    ]  # fmt: skip


def test_each_row_says_whether_its_step_is_late_or_due_soon(services, lists, three):
    a, _b, c = three  # registered Monday 03-02: to be assigned by Wednesday 03-04
    services.requests.assign(a.id, handling_unit="县交通运输局", today=MONDAY)  # answer by 03-11
    services.requests.reject(c.id, "不属于受理范围")

    def judged(today: date) -> dict[str, tuple[str | None, int]]:
        rows = lists.rows(RequestQuery(today=today))
        return {r.number: (r.urgency, r.days_overdue) for r in rows}

    # Just registered: not yet due soon.
    assert judged(MONDAY) == {
        "2026-0001": (None, 0), "2026-0002": (None, 0), "2026-0003": (None, 0),
    }  # fmt: skip
    assert judged(D("2026-03-03"))["2026-0002"] == ("due_soon", 0)  # due the next working day
    assert judged(D("2026-03-04"))["2026-0002"] == ("due_soon", 0)  # due on the day: in time
    # Thursday 03-12: the assignment is 6 working days late (03-05 … 03-12), the answer 1.
    assert judged(D("2026-03-12")) == {
        "2026-0001": ("overdue", 1), "2026-0002": ("overdue", 6), "2026-0003": (None, 0),
    }  # fmt: skip
    # The same judgement as the filters': a row is overdue exactly when the filter lists it.
    for today in (MONDAY, D("2026-03-03"), D("2026-03-05"), D("2026-03-10"), D("2026-03-12")):
        for due in ("overdue", "due_soon"):
            listed = set(_numbers(lists, due=due, today=today))
            assert listed == {n for n, (u, _) in judged(today).items() if u == due}


def test_filters_by_reception_day_and_member(services, lists):
    studio = services.studios.create(StudioInput(name="东关镇委员工作室"))
    day = services.reception_days.add_day(studio.id, MONDAY)
    receiver = services.members.create(MemberInput(name="钱多"))
    assignee = services.members.create(MemberInput(name="孙犇"))
    on_day = _register(services, "路灯坏了", reception_day_id=day.id, received_by_id=receiver.id)
    by_phone = _register(services, "河道垃圾", channel=RequestChannel.PHONE, hour=3)
    _register(services, "其他事情", hour=4)
    services.requests.assign(by_phone.id, assignee_id=assignee.id, today=MONDAY)
    assert _numbers(lists, reception_day_id=day.id) == [on_day.number]
    assert _numbers(lists, member_id=receiver.id) == [on_day.number]
    assert _numbers(lists, member_id=assignee.id) == [by_phone.number]
    services.requests.assign(on_day.id, assignee_id=assignee.id, today=MONDAY)
    assert _numbers(lists, member_id=assignee.id) == [by_phone.number, on_day.number]
    assert _numbers(lists, member_id=assignee.id, sort="number", descending=False) == [
        on_day.number, by_phone.number,
    ]  # fmt: skip


# ---- merged requests -----------------------------------------------------------------------


def test_merged_requests_are_listed_under_the_one_they_joined(services, lists, three):
    a, b, c = three
    services.requests.merge(c.id, a.id)
    services.requests.merge(b.id, a.id)
    assert _numbers(lists) == ["2026-0001"]
    assert _numbers(lists, text="灯笼") == []
    assert [r.number for r in lists.merged_into(a.id)] == ["2026-0002", "2026-0003"]
    assert lists.merged_into(b.id) == []
    (row,) = lists.rows(RequestQuery())
    assert row.merged_count == 2
    assert _numbers(lists, include_merged=True) == ["2026-0003", "2026-0002", "2026-0001"]
    assert _numbers(lists, statuses=frozenset({S.MERGED})) == ["2026-0003", "2026-0002"]
    assert lists.count(RequestQuery()) == 1


# ---- paging --------------------------------------------------------------------------------


def test_first_page_and_pages_cover_every_row_once(services, lists):
    for i in range(11):  # two a day, some at the same moment: the id breaks ties
        _register(services, f"第{i}件事 路灯", on=MONDAY + timedelta(days=i // 2), hour=2)
    for q in (RequestQuery(), RequestQuery(text="路灯"), RequestQuery(sort="number"),
              RequestQuery(sort="visitor_name", descending=False)):  # fmt: skip
        head = lists.first_page(q, limit=4)
        assert (head.total, head.exact) == (11, True)
        seen = [r.id for r in head.rows] + [r.id for r in lists.page(q, 4, 4)]
        seen += [r.id for r in lists.page(q, 8, 4)]
        assert len(seen) == len(set(seen)) == 11
        assert seen == [r.id for r in lists.rows(q, batch=3)]
    newest_first = [r.registered_at for r in lists.rows(RequestQuery())]
    assert newest_first == sorted(newest_first, reverse=True)


# ---- similar open requests -----------------------------------------------------------------


def test_similar_finds_open_requests_about_the_same_matter(services, lists):
    home = services.households.create(HouseholdInput(head_name="王䶮", village="东关村"))
    other = services.households.create(HouseholdInput(head_name="李四", village="西关村"))
    same_home = _register(services, "村口路灯坏了三个月没人修", household_id=home.id,
                          village="东关村")  # fmt: skip
    elsewhere = _register(services, "村口路灯坏了三个月没人修", visitor_name="李四",
                          household_id=other.id, village="西关村", hour=3)  # fmt: skip
    closed = _register(services, "村口路灯坏了没人修", visitor_name="赵六", hour=4)
    services.requests.reject(closed.id, "已由供电所处理")
    neighbour = _register(services, "希望增设快递代收点", visitor_name="钱七", village="东关村",
                          hour=5)  # fmt: skip
    river = _register(services, "河道垃圾有异味", visitor_name="孙八", village="南关村", hour=6)
    services.requests.assign(river.id, handling_unit="东关村", today=MONDAY)  # not its village

    found = lists.similar("路灯坏了好久没人修", village="东关村", household_id=home.id)
    # 路灯 and 损坏 (坏了) of both, 村口 and 三个 of theirs: the cosine of their weights, 0.908
    assert [(f.request.id, f.score, f.reason) for f in found] == [
        (same_home.id, 1.908, "内容相近、同一联系户"),
        (elsewhere.id, 0.908, "内容相近"),
        (neighbour.id, 0.3, "同村"),
    ]
    found = lists.similar("路灯坏了好久没人修", exclude_id=same_home.id)
    assert [(f.request.number, f.reason) for f in found] == [(elsewhere.number, "内容相近")]
    assert lists.similar("河道", limit=1)[0].reason == "内容相近"
    assert [(f.request.id, f.reason) for f in lists.similar("快递")] == [(neighbour.id, "内容相近")]
    assert lists.similar("") == []
    assert lists.similar("的了") == []  # stop characters say nothing
    # Before anything is typed: the household's and the village's open requests, newest first.
    found = lists.similar("", village="东关村", household_id=home.id)
    assert [(f.request.id, f.score, f.reason) for f in found] == [
        (same_home.id, 1.0, "同一联系户"), (neighbour.id, 0.3, "同村"),
    ]  # fmt: skip
    assert [f.request.id for f in lists.similar("", village="东关村")] == [
        neighbour.id, same_home.id,
    ]  # fmt: skip


def test_similar_in_two_groups_never_mixed(services, lists):
    """Content alike or the same household first, best first; the same village apart, newest
    first; each group up to the limit, so neighbours never push aside a matter that reads alike."""
    home = services.households.create(HouseholdInput(head_name="王䶮", village="东关村"))
    weak = _register(services, "路灯坏了，另外想问问低保的事情和医保的报销比例怎么算，还有村里的"
                     "道路硬化什么时候开始修建，孩子上学的校车能否早点来",
                     visitor_name="李四", village="西关村")  # fmt: skip  # scores 0.420
    neighbours = [_register(services, f"邻居的事情{i}", visitor_name=f"邻居{i}",
                            village="东关村", hour=3 + i) for i in range(3)]  # fmt: skip
    family = _register(services, "家里的事情", household_id=home.id, village="东关村", hour=9)
    groups = lists.similar_groups("路灯坏了", village="东关村", household_id=home.id, limit=2)
    assert [(m.request.id, m.reason, m.close) for m in groups.likely] == [
        (family.id, "同一联系户", False), (weak.id, "内容相近", True),
    ]  # fmt: skip
    assert [m.request.id for m in groups.close] == [weak.id]  # the desk asks about this one
    assert [(m.request.id, m.reason) for m in groups.village] == [
        (neighbours[2].id, "同村"), (neighbours[1].id, "同村"),
    ]  # fmt: skip
    assert all(not m.close for m in groups.village)
    # Mixed, a content match (at least SAME_MATTER, 0.37) still comes before the neighbours.
    mixed = lists.similar("路灯坏了", village="东关村", household_id=home.id, limit=3)
    assert [m.request.id for m in mixed] == [family.id, weak.id, neighbours[2].id]


def test_the_finished_statuses_filter(services, lists):
    from studio_app.core.request_list import FINISHED_STATUSES

    open_one = _register(services, "还在办")
    closed = _register(services, "办结了", hour=3)
    services.requests.assign(closed.id, handling_unit="镇政府", today=MONDAY)
    services.requests.answer(closed.id, "已解决", today=MONDAY)
    services.requests.return_visit(closed.id, Satisfaction.SATISFIED, today=MONDAY)
    rejected = _register(services, "不予受理的", hour=4)
    services.requests.reject(rejected.id, "不属于受理范围")
    merged = _register(services, "合并的", hour=5)
    services.requests.merge(merged.id, open_one.id)
    found = _numbers(lists, statuses=FINISHED_STATUSES)
    assert sorted(found) == sorted([closed.number, rejected.number])


def test_similar_leaves_out_every_closed_status(services, lists):
    for i, finish in enumerate(("reject", "merge", "convert", "close")):
        r = _register(services, "养殖场污水直排影响村民", hour=i)
        if finish == "reject":
            services.requests.reject(r.id, "不属于受理范围")
        elif finish == "merge":
            target = _register(services, "别的事情", hour=i)
            services.requests.merge(r.id, target.id)
        elif finish == "convert":
            services.proposals.convert_request(r.id, ProposalKind.SOCIAL_OPINION)
        else:
            services.requests.assign(r.id, handling_unit="生态环境分局", today=MONDAY)
            services.requests.answer(r.id, "已督促整改", today=MONDAY)
            services.requests.return_visit(r.id, Satisfaction.SATISFIED, today=MONDAY)
    assert lists.similar("养殖场污水直排") == []
    answered = _register(services, "养殖场污水直排", hour=9)
    services.requests.assign(answered.id, handling_unit="生态环境分局", today=MONDAY)
    services.requests.answer(answered.id, "已督促整改", today=MONDAY)  # waiting for the call back
    assert [f.request.id for f in lists.similar("养殖场污水直排")] == [answered.id]


# ---- migrations 0005 and 0006 --------------------------------------------------------------


def old_table(model, *missing: str) -> Table:
    """A table as an older revision has it: without the columns added since."""
    columns = [c._copy() for c in model.__table__.c if c.name not in missing]
    return Table(model.__tablename__, MetaData(), *columns)


def request_table_before_0006() -> Table:
    """The request table as revisions 0004 and 0005 have it: no search_tokens (0006), no
    updated_by (0011), no extension_count or linked_to_id (0013), no proposal_id (0014), no
    provisional_number (0018)."""
    return old_table(Request, "search_tokens", "updated_by", "extension_count", "linked_to_id",
                     "proposal_id", "provisional_number")  # fmt: skip


def test_upgrading_from_0004_fills_search_text_and_keeps_every_request(empty_url):
    from alembic import command

    engine = create_engine(empty_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    visitor_id = uuid.uuid4()
    with Session(engine) as s, s.begin():
        s.execute(insert(old_table(Visitor, "updated_by")),
                  {"id": visitor_id, "name": "刘䶮", "phone": "0931-8123456", "village": "西关村"})  # fmt: skip
        s.execute(insert(request_table_before_0006()), [  # as a release before 0005 left them
            {"number": f"2025-{i:04d}", "visitor_id": visitor_id if i % 2 else None,
             "category": "养老", "content": f"独居老人冬季取暖困难 {i}", "assign_due": MONDAY}
            for i in range(1, 2502)  # more than two batches
        ])  # fmt: skip
    engine.dispose()

    database = open_database(empty_url)
    with database.session() as s:
        texts = dict(s.execute(select(Request.number, Request.search_text)).all())
    database.close()
    assert len(texts) == 2501
    assert texts["2025-0001"] == "20250001␟刘䶮␟09318123456␟西关村␟养老␟独居老人冬季取暖困难 1"
    assert texts["2025-2500"] == "20252500␟养老␟独居老人冬季取暖困难 2500"
    assert all(texts.values())
    database = open_database(empty_url)
    lists = RequestListService(database, Services(database).calendar)
    assert lists.count(RequestQuery(text="䶮 西关 8123")) == 1251  # the odd ones have a visitor
    assert lists.count(RequestQuery(text="20252501")) == 1
    database.close()


def test_upgrading_from_0005_indexes_every_request(empty_url):
    from alembic import command

    engine = create_engine(empty_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    rows = [
        {"number": f"2025-{i:04d}", "category": "养老", "assign_due": MONDAY,
         "content": f"独居老人冬季取暖困难 {i}" if i % 3 else "村口路灯坏了",
         "search_text": f"2025{i:04d}␟" + ("养老␟独居老人冬季取暖困难" if i % 3 else "养老␟村口路灯坏了")}
        for i in range(1, 2502)  # more than two batches
    ]  # fmt: skip
    old_request = request_table_before_0006()
    with engine.begin() as connection:
        connection.execute(insert(old_request), rows)
        # A gap in the rowids, as a rolled-back registration may leave.
        connection.execute(delete(old_request).where(old_request.c.number == "2025-0007"))
    engine.dispose()

    database = open_database(empty_url)
    with database.session() as s:
        tokens = dict(s.execute(select(Request.number, Request.search_tokens)).all())
        if database.engine.dialect.name == "sqlite":  # the index agrees with every request
            s.execute(
                text("INSERT INTO request_fts(request_fts, rank) VALUES ('integrity-check', 1)")
            )
            assert s.scalar(text("SELECT count(*) FROM request_fts")) == 2500
            assert s.scalar(text("SELECT count(*) FROM request_fts('\"路 灯\"')")) == 833
    assert len(tokens) == 2500
    assert tokens["2025-0002"] == "202 025 250 500 000 002 02 2 养 老 独 居 老 人 冬 季 取 暖 困 难"
    lists = RequestListService(database, Services(database).calendar)
    assert lists.count(RequestQuery(text="路灯")) == 833
    assert lists.count(RequestQuery(text="2025-0012")) == 1
    assert _numbers(lists, text="0007") == []
    r = _register(Services(database), "路灯又坏了", on=D("2026-03-02"))  # the triggers are there
    assert _numbers(lists, text="又坏") == [r.number]
    database.close()


def test_migration_0006_goes_down_and_up_again(empty_url):
    from alembic import command

    database = open_database(empty_url)
    services = Services(database)
    _register(services, "村口路灯坏了", visitor_phone="13812345678")
    database.close()
    engine = create_engine(empty_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
        columns = {c.name for c in request_table_before_0006().c}
        assert set(connection.execute(select(text("*")).select_from(text("request"))).keys()) == (
            columns
        )
        command.upgrade(config, "head")
    engine.dispose()
    database = open_database(empty_url)
    lists = RequestListService(database, Services(database).calendar)
    assert _numbers(lists, text="路灯 5678") == ["2026-0001"]
    if database.engine.dialect.name == "sqlite":
        with database.session() as s:
            s.execute(
                text("INSERT INTO request_fts(request_fts, rank) VALUES ('integrity-check', 1)")
            )
    database.close()
