"""履职积分 by a published scheme: a hand-built year equals a hand count (caps and joint splits
included); an edit of the scheme leaves last year's scores as they were; re-scoring a past year
is an explicit act, refused to a viewer and written to the audit log."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from studio_app.base.enums import ActivityKind, AuditAction, Role
from studio_app.base.errors import StudioError, ValidationError
from studio_app.core.access import PermissionDeniedError
from studio_app.core.activities import Activity, ActivityInput
from studio_app.core.audit import AuditService
from studio_app.core.members import MemberInput
from studio_app.core.points import DEFAULT_SCHEME, Rule, Scheme, score_activities

K = ActivityKind
ME = uuid.uuid4()
THIS_YEAR = date.today().year


def _a(kind: ActivityKind, outcome: str = "", n: int = 1, **flags) -> list[Activity]:
    return [Activity(ME, date(2026, 3, 1), kind, "", "test", uuid.uuid4(), outcome, **flags)
            for _ in range(n)]  # fmt: skip


def test_a_hand_built_year_equals_the_hand_count_caps_and_joint_splits_included():
    year = [
        *_a(K.PLENARY, "attended"),  # 50
        *_a(K.STANDING, "attended", 5),  # 5 each = 25, capped at 20
        *_a(K.STANDING, "absent"),  # −5
        # proposals: sole author, 立案: 10 + 15 = 25; lead of 1 附议, not 立案: 10 × 0.5 = 5;
        # one of 4 附议 on a 立案 proposal: 25 × 0.5 / 4 = 3.125 → 33.125, capped at 25
        *_a(K.PROPOSAL, role="lead", accepted=True),
        *_a(K.PROPOSAL, role="lead", co_signers=1),
        *_a(K.PROPOSAL, role="co", accepted=True, co_signers=4),
        # 社情民意: lead of 2 附议, 采用: 15 × 0.5 = 7.5; one of 2 附议, not 采用: 10 × 0.5 / 2 = 2.5
        *_a(K.SOCIAL_OPINION, role="lead", accepted=True, co_signers=2),
        *_a(K.SOCIAL_OPINION, role="co", co_signers=2),
        *_a(K.SPEECH, "written"),  # 5
        *_a(K.RESEARCH, n=3),
        *_a(K.TRAINING, n=3),  # 6 × 2 = 12, capped at 10
        *_a(K.DUTY, "served", 4),  # 12
        *_a(K.DUTY, "missed"),  # 0: a swap arranged is no absence
        *_a(K.VISIT, n=12),  # 12, capped at 10
        *_a(K.REQUEST, "on_time", 3),  # 6
        *_a(K.REQUEST, "late", 2),  # 0
        *_a(K.MEETING, "present", 2),  # 4
        *_a(K.MEETING, "leave"),  # 0
        *_a(K.MEETING, "absent"),  # −2
        *_a(K.FOLLOW_UP, n=2),  # 2
        *_a(K.SERVICE, n=2),  # 6
    ]
    result = score_activities(DEFAULT_SCHEME, year)
    by_key = {i.rule.key: (i.count, i.raw, i.points) for i in result.items}
    assert by_key["standing"] == (5, 25, 20)
    assert by_key["proposal"] == (3, 33.12, 25)
    assert by_key["social_opinion"] == (2, 10, 10)
    assert by_key["activities"] == (6, 12, 10)
    assert by_key["visit"] == (12, 12, 10)
    assert by_key["request"] == (3, 6, 6)
    assert by_key["standing_absent"] == (1, 5, 5)
    assert by_key["meeting_absent"] == (1, 2, 2)
    assert by_key["plenary_leave"] == (0, 0, 0)
    hand = 100 + 50 + 20 + 25 + 10 + 5 + 10 + 12 + 10 + 6 + 4 + 2 + 6 - 5 - 2
    assert result.total == hand == 253
    assert result.passed


def test_an_unexcused_plenary_absence_costs_a_member_who_did_little_else_the_year():
    result = score_activities(DEFAULT_SCHEME, _a(K.PLENARY, "absent") + _a(K.VISIT, n=5))
    assert (result.total, result.passed) == (100 + 5 - 50, False)
    on_leave = score_activities(DEFAULT_SCHEME, _a(K.PLENARY, "leave"))
    assert (on_leave.total, on_leave.passed) == (130, True)


def test_the_scheme_round_trips_as_json():
    assert Scheme.from_json(DEFAULT_SCHEME.to_json()) == DEFAULT_SCHEME


@pytest.fixture
def member(services):
    m = services.members.create(MemberInput(name="王建国"))
    last = date(THIS_YEAR - 1, 6, 1)
    for kind in (K.RESEARCH, K.TRAINING, K.SERVICE):
        services.activities.add(ActivityInput(m.id, kind, last))
    services.activities.add(ActivityInput(m.id, K.SERVICE, date(THIS_YEAR, 1, 2)))
    return m


def _richer(scheme: Scheme) -> Scheme:
    """帮办实事 worth 10 each instead of 3."""
    items = tuple(replace(r, points=10) if r.key == "service" else r for r in scheme.items)
    return replace(scheme, items=items)


@pytest.mark.pg
def test_a_scheme_edit_leaves_last_years_scores_unchanged(services, member):
    last_year = services.points.member(member.id, THIS_YEAR - 1)
    assert (last_year.version.number, last_year.score.total) == (1, 100 + 2 + 2 + 3)
    published = services.points.publish(_richer(services.points.current().scheme), "帮办实事提高")
    assert (published.number, published.from_year) == (2, THIS_YEAR)
    again = services.points.member(member.id, THIS_YEAR - 1)
    assert (again.version.number, again.score.total) == (1, 107)
    assert services.points.member(member.id, THIS_YEAR).score.total == 110  # this year: new
    [row] = services.points.ranking(THIS_YEAR - 1).rows
    assert (row.name, row.score.total, row.version.number) == ("王建国", 107, 1)
    assert [v.number for v in services.points.versions()] == [1, 2]


@pytest.mark.pg
def test_rescoring_a_past_year_is_explicit_audited_and_refused_to_a_viewer(services, member):
    access = services.access
    admin = access.create_first_admin("admin", "王管理", "guanli-2026")
    services.current_user = admin
    access.add_user(admin, "chakan", "chakan", Role.VIEWER, "chakan-pass-2026")
    services.points.publish(_richer(services.points.current().scheme))
    services.current_user = access.login("chakan", "chakan-pass-2026")
    with pytest.raises(PermissionDeniedError):
        services.points.rescore(THIS_YEAR - 1)
    services.current_user = admin
    assert services.points.rescore(THIS_YEAR - 1).number == 2
    assert services.points.member(member.id, THIS_YEAR - 1).score.total == 100 + 2 + 2 + 10
    log = AuditService(services.db.database)
    [event] = log.list(action=AuditAction.RESCORE)
    assert (event.username, event.target, event.detail) == (
        "admin", f"{THIS_YEAR - 1}年度履职积分", "第1版积分办法 → 第2版",
    )  # fmt: skip
    with pytest.raises(StudioError, match="无需重算"):
        services.points.rescore(THIS_YEAR)


@pytest.mark.pg
def test_the_ranking_counted_in_sql_equals_each_members_own_count(services, member):
    other = services.members.create(MemberInput(name="李䶮"))
    services.activities.add(ActivityInput(other.id, K.PLENARY, date(THIS_YEAR - 1, 1, 8), "absent"))
    ranking = services.points.ranking(THIS_YEAR - 1)
    assert [(r.name, r.score.total, r.score.passed) for r in ranking.rows] == [
        ("王建国", 107, True), ("李䶮", 50, False),
    ]  # fmt: skip
    for row in ranking.rows:
        assert row.score == services.points.member(row.member_id, THIS_YEAR - 1).score


def test_a_scheme_with_a_negative_value_is_refused(services):
    bad = replace(DEFAULT_SCHEME, items=(Rule("x", "调研", (K.RESEARCH,), (), -2),))
    with pytest.raises(ValidationError, match="负数"):
        services.points.publish(bad)


def test_joint_work_from_the_proposals_records_splits_as_the_scheme_says():
    """The proposals branch's ProposalInvolvement, by its fields: a few lines make activities."""
    from collections import namedtuple

    from studio_app.core.activities import joint_activities

    Involvement = namedtuple(
        "Involvement", "member_id item_id kind role submitted_on accepted level instructed title"
    )
    lead, co1, co2 = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    item, report = uuid.uuid4(), uuid.uuid4()
    rows = [
        Involvement(lead, item, "proposal", "lead", date(2026, 3, 1), True, None, False, "关于村道照明的提案"),
        Involvement(co1, item, "proposal", "co", date(2026, 3, 1), True, None, False, "关于村道照明的提案"),
        Involvement(co2, item, "proposal", "co", date(2026, 3, 1), True, None, False, "关于村道照明的提案"),
        Involvement(co1, report, "social_opinion", "lead", date(2026, 5, 1), False, None, False, "留守老人就餐难"),
    ]  # fmt: skip
    found = joint_activities(rows)
    assert [(a.kind, a.role, a.co_signers) for a in found] == [
        (K.PROPOSAL, "lead", 2), (K.PROPOSAL, "co", 2), (K.PROPOSAL, "co", 2),
        (K.SOCIAL_OPINION, "lead", 0),
    ]  # fmt: skip

    def points(member):
        return score_activities(DEFAULT_SCHEME, [a for a in found if a.member_id == member])

    # 立案: 25 in all; the lead half (12.5), each of the two 附议 a quarter (6.25)
    assert points(lead).total == 112.5 and points(co2).total == 106.25
    # co1 also alone on a 社情民意 not adopted: 10 whole
    assert points(co1).total == 100 + 6.25 + 10
