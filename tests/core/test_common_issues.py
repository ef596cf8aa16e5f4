"""Common issues: grouping requests, one issue per request, merged ones, the proposal draft."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from studio_app.base.enums import RequestStatus as S
from studio_app.base.errors import ConflictError, NotFoundError, StudioError, ValidationError
from studio_app.core.common_issues import CommonIssueService
from studio_app.core.models import CommonIssue, Request
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


def _noon(month: int, day: int) -> datetime:
    # Noon on this PC's clock: the service reports days as this PC sees them.
    return datetime(2026, month, day, 12).astimezone()


@pytest.fixture
def requests(db) -> list[Request]:
    """Five requests: street lights in three villages, a road, and one about a clinic."""
    service = Services(db).requests
    made = []
    for month, day, name, village, category, content in [
        (3, 2, "张三", "东关村", "交通", "村口路灯坏了三个月没人修"),
        (3, 9, "李四", "西沟村", "交通", "通村公路有大坑，雨天\n车辆难行"),
        (3, 16, "王䶮", "东关村", "环境", "路灯不亮，晚上倒垃圾看不见"),
        (4, 1, "", "", "交通", "南庄村路灯全坏了"),
        (4, 3, "赵堃", "南庄村", "医疗", "村卫生室缺少常用药品"),
    ]:
        data = RequestInput(content=content, category=category, visitor_name=name,
                            anonymous=not name, village=village)  # fmt: skip
        made.append(service.register(data, at=_noon(month, day)))
    return made


def _issue_of(db, request_id):
    with db.session() as s:
        return s.get(Request, request_id).common_issue_id


def test_create_groups_requests_and_lists_their_figures(db, requests):
    issues = CommonIssueService(db)
    Services(db).requests.reject(requests[1].id, "属于县道，已告知向县交通局反映")
    issue = issues.create(" 农村路灯和道路失修 ", "多个村反映。", [r.id for r in requests[:4]])
    assert (issue.title, issue.summary, issue.version) == ("农村路灯和道路失修", "多个村反映。", 1)

    (row,) = issues.issues()
    assert (row.id, row.title, row.request_count, row.open_count) == (issue.id, issue.title, 4, 3)
    assert row.villages == ("东关村", "西沟村")  # most requests first; the anonymous one has none
    assert row.categories == ("交通", "环境")
    assert row.created_on == issue.created_at.astimezone().date() and not row.archived

    listed = issues.requests_of(issue.id)
    assert [r.number for r in listed] == ["2026-0001", "2026-0002", "2026-0003", "2026-0004"]
    assert listed[1].status == S.REJECTED and listed[1].village == "西沟村"
    assert listed[3].village == "" and listed[3].registered_on.isoformat() == "2026-04-01"


def test_a_refused_title_creates_nothing(db, requests):
    issues = CommonIssueService(db)
    with pytest.raises(ValidationError, match="请填写共性问题标题。"):
        issues.create("  ", request_ids=[requests[0].id])
    with pytest.raises(ValidationError, match="共性问题标题太长（201 个字），最多 200 个字。"):
        issues.create("长" * 201)
    assert issues.issues(include_archived=True) == []
    assert _issue_of(db, requests[0].id) is None


def test_add_and_remove_requests(db, requests):
    issues = CommonIssueService(db)
    issue = issues.create("路灯失修", request_ids=[requests[0].id])
    issues.add_requests(issue.id, [requests[2].id, requests[3].id, requests[2].id])
    issues.add_requests(issue.id, [requests[0].id])  # already there: nothing to do
    assert [r.id for r in issues.requests_of(issue.id)] == [
        r.id for r in (requests[0], *requests[2:4])
    ]
    issues.remove_request(issue.id, requests[2].id)
    assert [r.number for r in issues.requests_of(issue.id)] == ["2026-0001", "2026-0004"]
    assert _issue_of(db, requests[2].id) is None
    with pytest.raises(StudioError, match="诉求 2026-0003 不在共性问题“路灯失修”中"):
        issues.remove_request(issue.id, requests[2].id)


def test_a_request_in_another_issue_moves_only_when_asked(db, requests):
    issues = CommonIssueService(db)
    lights = issues.create("路灯失修", request_ids=[requests[0].id])
    roads = issues.create("道路失修", request_ids=[requests[1].id])
    with pytest.raises(StudioError) as err:
        issues.add_requests(roads.id, [requests[3].id, requests[0].id])
    assert str(err.value) == (
        "诉求 2026-0001 已归入共性问题“路灯失修”，一条诉求只能归入一个共性问题；"
        "如要把它移到“道路失修”，请确认移动。"
    )
    assert _issue_of(db, requests[3].id) is None  # all or nothing
    with pytest.raises(StudioError, match="已归入共性问题“路灯失修”"):
        issues.create("第三个", request_ids=[requests[0].id])
    assert [i.title for i in issues.issues()] == ["道路失修", "路灯失修"]

    issues.add_requests(roads.id, [requests[3].id, requests[0].id], move=True)
    assert [r.number for r in issues.requests_of(roads.id)] == [
        "2026-0001",
        "2026-0002",
        "2026-0004",
    ]
    assert issues.requests_of(lights.id) == []


def test_a_merged_request_is_added_through_the_one_it_joined(db, requests):
    issues = CommonIssueService(db)
    Services(db).requests.merge(requests[2].id, requests[0].id)
    issue = issues.create("路灯失修")
    with pytest.raises(StudioError) as err:
        issues.add_requests(issue.id, [requests[3].id, requests[2].id])
    assert str(err.value) == "诉求 2026-0003 已合并到诉求 2026-0001，请把 2026-0001 加入共性问题。"
    assert issues.requests_of(issue.id) == []
    issues.add_requests(issue.id, [requests[0].id, requests[3].id])
    assert issues.issues()[0].request_count == 2


def test_summary_text_drafts_a_proposal(db, requests):
    issues = CommonIssueService(db)
    Services(db).requests.reject(requests[1].id, "属于县道")
    issue = issues.create("农村路灯和道路失修", "路灯坏了无人修，维修责任不清。",
                          [r.id for r in requests[:4]])  # fmt: skip
    assert issues.summary_text(issue.id) == "\n".join([
        "农村路灯和道路失修",
        "",
        "一、基本情况",
        "2026年3月2日至2026年4月1日，委员工作室共收到群众反映此类问题的诉求 4 件，"
        "涉及 2 个村（社区）：东关村、西沟村。诉求类别：交通、环境。其中 3 件尚未办结。",
        "路灯坏了无人修，维修责任不清。",
        "",
        "二、群众反映的具体问题",
        "1. 村口路灯坏了三个月没人修（东关村，2026-0001）",
        "2. 通村公路有大坑，雨天 车辆难行（西沟村，2026-0002）",
        "3. 路灯不亮，晚上倒垃圾看不见（东关村，2026-0003）",
        "4. 南庄村路灯全坏了（2026-0004）",
        "",
        "三、建议",
        "（请在此填写建议。）",
    ])  # fmt: skip


def test_summary_text_of_one_day_and_of_no_requests(db, requests):
    issues = CommonIssueService(db)
    one = issues.create("缺药", request_ids=[requests[4].id])
    text = issues.summary_text(one.id)
    assert (
        "2026年4月3日，委员工作室共收到群众反映此类问题的诉求 1 件，涉及 1 个村（社区）：南庄村。"
        in text
    )
    assert "1. 村卫生室缺少常用药品（南庄村，2026-0005）" in text
    empty = issues.create("尚无诉求")
    assert issues.summary_text(empty.id).splitlines()[:4] == [
        "尚无诉求", "", "一、基本情况", "目前尚未归入群众诉求。"
    ]  # fmt: skip


def test_a_stale_update_is_refused(db, requests):
    issues = CommonIssueService(db)
    issue = issues.create("路灯失修")
    updated = issues.update(issue.id, "路灯长期失修", "三个村", expected_version=1)
    assert (updated.title, updated.summary, updated.version) == ("路灯长期失修", "三个村", 2)
    with pytest.raises(ConflictError, match="您这次的修改没有保存"):
        issues.update(issue.id, "路灯", "", expected_version=1)
    with db.session() as s:
        assert s.get(CommonIssue, issue.id).title == "路灯长期失修"
    with pytest.raises(ValidationError, match="请填写共性问题标题"):
        issues.update(issue.id, "", "", expected_version=2)


def test_archived_issues_leave_the_list_and_keep_their_requests(db, requests):
    issues = CommonIssueService(db)
    issue = issues.create("路灯失修", request_ids=[requests[0].id])
    issues.archive(issue.id)
    assert issues.issues() == []
    (row,) = issues.issues(include_archived=True)
    assert row.archived and row.request_count == 1
    with pytest.raises(StudioError, match="共性问题“路灯失修”已归档，请先恢复再添加诉求。"):
        issues.add_requests(issue.id, [requests[3].id])
    issues.restore(issue.id)
    issues.add_requests(issue.id, [requests[3].id])
    assert issues.issues()[0].request_count == 2


def test_unknown_ids_are_reported(db, requests):
    import uuid

    issues = CommonIssueService(db)
    with pytest.raises(NotFoundError, match="找不到这个共性问题"):
        issues.requests_of(uuid.uuid4())
    issue = issues.create("路灯失修")
    with pytest.raises(NotFoundError, match="找不到这条诉求"):
        issues.add_requests(issue.id, [requests[0].id, uuid.uuid4()])
    assert _issue_of(db, requests[0].id) is None
    with db.session() as s:
        assert s.scalar(select(CommonIssue.title)) == "路灯失修"


# ---- common issues found for the coordinator ----------------------------------------------

THEMES = {  # three matters, each raised by several visitors in their own words
    "路灯损坏": [
        ("张三", "东关村", "村口的路灯坏了三个月没人修"),
        ("李四", "西沟村", "路灯一直不亮，晚上出门摸黑"),
        ("王五", "南庄村", "村里路灯坏了好几个，夜里走路看不见"),
    ],
    "下水道堵塞": [
        ("赵六", "东关村", "下水道堵了，污水漫到院子里"),
        ("钱七", "东关村", "排水沟不通，一下雨院子就淹"),
        ("孙八", "西沟村", "街上的下水管堵死了，脏水流不动"),
        ("周九", "南庄村", "排水渠淤塞，污水倒灌进屋"),
    ],
    "工资拖欠": [
        ("吴十", "西沟村", "在工地干了半年，老板拖欠工资不给"),
        ("郑一", "南庄村", "包工头欠我们工钱，讨了几次都不发"),
        ("冯二", "东关村", "厂里拖欠工资三个月了"),
    ],
}
UNRELATED = [
    "孩子上幼儿园收费太高", "低保申请一直没批下来", "村卫生室缺少常用药品",
    "邻居家的狗咬伤了小孩", "想学电焊，有没有免费技能培训", "宅基地和邻居的地界说不清",
    "天然气管道还没通到村里", "老人的高龄补贴今年没发", "班车停运了，进城不方便",
    "有人上门推销保健品骗老人钱", "土地流转费拖了一年没给", "敬老院床位不够",
]  # fmt: skip


def _register_on(service, content, name, village, day):
    data = RequestInput(content=content, visitor_name=name, village=village, category="其他")
    return service.register(data, at=datetime(2026, 11, day, 12).astimezone())


def test_three_planted_themes_among_unrelated_requests_are_suggested(db):
    services = Services(db)
    planted = {}
    for n, (title, requests) in enumerate(THEMES.items()):
        planted[title] = [_register_on(services.requests, content, name, village, 2 + n).id
                          for name, village, content in requests]  # fmt: skip
    for n, content in enumerate(UNRELATED):
        _register_on(services.requests, content, f"群众{n}", "北坡村", 10 + n % 10)

    found = services.common_issues.suggestions(today=datetime(2026, 12, 7).date())
    assert [(g.title, [r.id for r in g.requests]) for g in found] == [
        ("下水道堵塞", planted["下水道堵塞"]),  # the largest first, each oldest first
        ("路灯损坏", planted["路灯损坏"]),
        ("工资拖欠", planted["工资拖欠"]),
    ]
    drains = found[0]
    assert drains.visitors == 4 and drains.villages == ("东关村", "西沟村", "南庄村")

    # Accepted as it is, or edited: the title changed, one request left out.
    lamps = found[1]
    services.common_issues.create(lamps.title, "", [r.id for r in lamps.requests])
    wages = [*planted["工资拖欠"][:2], planted["下水道堵塞"][0]]
    edited = services.common_issues.create("欠薪和排水", "", wages)
    again = services.common_issues.suggestions(today=datetime(2026, 12, 7).date())
    # The accepted requests are in an issue now: the lamps are not suggested again, the drains'
    # other three still are; one wage request is left, no group.
    assert [(g.title, len(g.requests)) for g in again] == [("下水道堵塞", 3)]
    assert [r.id for r in again[0].requests] == planted["下水道堵塞"][1:]
    assert len(services.common_issues.requests_of(edited.id)) == 3


def test_suggestions_need_three_requests_two_visitors_in_three_months(db):
    services = Services(db)
    same_person = [("张三", "东关村", text) for text in
                   ("路灯坏了没人修", "路灯还是不亮", "路灯坏了好几个月")]  # fmt: skip
    for n, (name, village, content) in enumerate(same_person):
        _register_on(services.requests, content, name, village, 2 + n)
    two = [("赵六", "下水道堵了，污水漫到院子里"), ("钱七", "排水沟不通，一下雨院子就淹")]
    for n, (name, content) in enumerate(two):
        _register_on(services.requests, content, name, "东关村", 5 + n)
    old = services.requests.register(
        RequestInput(content="排水渠淤塞，污水倒灌进屋", visitor_name="孙八"),
        at=datetime(2026, 9, 6, 12).astimezone(),  # before 7 September: not in the last 3 months
    )
    assert services.common_issues.suggestions(today=datetime(2026, 12, 7).date()) == []
    # A third visitor within the three months makes the drains a group.
    _register_on(services.requests, "下水管堵死了，脏水流不动", "周九", "西沟村", 20)
    (group,) = services.common_issues.suggestions(today=datetime(2026, 12, 7).date())
    assert group.title == "下水道堵塞" and len(group.requests) == 3
    assert old.id not in {r.id for r in group.requests}
    # Counted from 6 September, the older one joins.
    (group,) = services.common_issues.suggestions(today=datetime(2026, 12, 6).date())
    assert old.id in {r.id for r in group.requests}
