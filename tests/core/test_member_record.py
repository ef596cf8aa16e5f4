"""一人一档: a member's year read together (facts, households with this member's last visit,
requests handled with their outcomes, points with their sources), the data the PDFs print,
and finding a member by name or code."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from studio_app.base.enums import ActivityKind
from studio_app.base.errors import NotFoundError, StudioError
from studio_app.core.activities import Activity, ActivityInput
from studio_app.core.households import HouseholdInput
from studio_app.core.linkage import VisitInput
from studio_app.core.member_record import ranks
from studio_app.core.members import MemberInput
from studio_app.core.points import member_code
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # reads through the services: also on PostgreSQL

K = ActivityKind
YEAR = 2026


@pytest.fixture
def member(services):
    studio = services.studios.create(StudioInput(name="城关委员工作室"))
    m = services.members.create(
        MemberInput(name="王建国", phone="13912345678", sector="农业界", studio_id=studio.id)
    )
    h = services.households.create(HouseholdInput(head_name="赵犇", village="东村"))
    services.linkages.link(m.id, h.id, since=date(YEAR, 1, 1))
    services.visits.record(VisitInput(m.id, h.id, date(YEAR, 3, 2)))
    services.visits.record(VisitInput(m.id, h.id, date(YEAR, 5, 6)))
    at = datetime(YEAR, 3, 2, 1, 0, tzinfo=UTC)
    r = services.requests.register(RequestInput(content="村口路灯坏了", category="交通",
                                                anonymous=True), at=at)  # fmt: skip
    services.requests.assign(r.id, assignee_id=m.id, at=at)
    services.requests.answer(r.id, "已修好", at=at + timedelta(days=1))
    services.activities.add(ActivityInput(m.id, K.PLENARY, date(YEAR, 1, 13), "attended", "全会"))
    return m, r


def test_the_year_read_together(services, member):
    m, r = member
    record = services.member_records.record(m.id, YEAR)
    facts = dict(record.facts)
    assert (facts["界别"], facts["联系电话"], facts["所在工作室"]) == (
        "农业界",
        "139****5678",
        "城关委员工作室",
    )
    assert [(h.name, h.village, h.last_visit) for h in record.households] == [
        ("赵犇", "东村", date(YEAR, 5, 6))
    ]
    [line] = record.requests
    assert (line.number, line.category, line.summary, line.outcome) == (
        r.number, "交通", "村口路灯坏了", "已答复（按时答复）",
    )  # fmt: skip
    lines = {p.rule.key: p for p in record.points_lines()}
    assert set(lines) == {"plenary", "visit", "request"}
    assert (lines["visit"].points, [a.on for a in lines["visit"].activities]) == (
        2, [date(YEAR, 3, 2), date(YEAR, 5, 6)],
    )  # fmt: skip
    assert lines["plenary"].source() == f"{YEAR}-01-13 全会（出席）"
    assert record.points.score.total == 100 + 50 + 2 + 2


def test_the_pdfs_plain_data(services, member):
    m, _r = member
    data = services.member_records.pdf_record(m.id, YEAR, today=date(YEAR + 1, 1, 5))
    assert (data.name, data.member_code, data.points_total, data.passed, data.as_of) == (
        "王建国", member_code(m.id), 154, True, None,
    )  # fmt: skip
    assert [(i.item, i.points) for i in data.points_items] == [
        ("出席全体会议", 50), ("走访联系户", 2), ("承办诉求按时答复", 2),
    ]  # fmt: skip
    assert [g.kind for g in data.activities] == ["走访联系户", "承办诉求", "全体会议"]
    visits = data.activities_by_month.series[0]  # 接待与走访, over 1月…12月
    assert (visits.values[2], visits.values[4], sum(visits.values)) == (1, 1, 2)
    ranking = services.member_records.pdf_ranking(YEAR, today=date(YEAR, 6, 1))
    assert [(r.rank, r.name, r.total, r.passed) for r in ranking.rows] == [(1, "王建国", 154, True)]
    assert ranking.as_of == date(YEAR, 6, 1)  # a year still running says up to when


def test_a_member_is_found_by_name_or_code_and_a_shared_name_is_refused(services):
    a = services.members.create(MemberInput(name="张伟"))
    b = services.members.create(MemberInput(name="张伟"), allow_duplicate=True)
    c = services.members.create(MemberInput(name="李䶮"))
    records = services.member_records
    assert records.find_member("李䶮") == c.id
    assert records.find_member(member_code(a.id)) == a.id
    assert records.find_member(member_code(b.id).lower()) == b.id
    with pytest.raises(StudioError) as refused:
        records.find_member("张伟")
    assert member_code(a.id) in str(refused.value) and member_code(b.id) in str(refused.value)
    with pytest.raises(NotFoundError):
        records.find_member("王五")


def test_equal_totals_share_a_rank():
    assert ranks([210, 194, 194, 180]) == [1, 2, 2, 4]


def test_a_proposal_activity_is_described_with_its_role_and_outcome():
    import uuid

    from studio_app.core.member_record import describe, proposal_state

    a = Activity(uuid.uuid4(), date(YEAR, 3, 1), K.PROPOSAL, "关于村道照明的提案", "proposal",
                 uuid.uuid4(), role="co", accepted=True, co_signers=3)  # fmt: skip
    assert describe(a) == "关于村道照明的提案（附议，已立案）"
    assert proposal_state(a) == "已立案"
