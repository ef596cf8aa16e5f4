"""Proposals and 社情民意 count in the members' record: each member's part (领衔, 附议) in an
item submitted in the year is an activity, scored by the scheme with the joint split; a draft
counts for nobody, and an item submitted another year counts in that year."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.base.enums import ActivityKind, AdoptionLevel, ProposalKind
from studio_app.base.enums import ProposalStep as P
from studio_app.core.members import MemberInput
from studio_app.core.proposals import ProposalInput

pytestmark = pytest.mark.pg

TODAY = date(2026, 6, 30)


@pytest.fixture
def three(services):
    return [services.members.create(MemberInput(name=n)).id for n in ("陈委员", "林委员", "周委员")]


def _submitted(services, kind, title, lead, co=(), *, on, accepted_on=None):
    item = services.proposals.create(
        ProposalInput(kind, title, lead_id=lead, co_ids=list(co)), today=on
    )
    services.proposals.record_step(item.id, P.SUBMIT, on, today=TODAY)
    if accepted_on and kind == ProposalKind.PROPOSAL:
        services.proposals.record_step(item.id, P.REGISTER, accepted_on, today=TODAY)
    elif accepted_on:
        services.proposals.record_step(item.id, P.ADOPT, accepted_on, level=AdoptionLevel.CITY,
                                       today=TODAY)  # fmt: skip
    return item


def _points(services, member_id, kind):
    score = services.points.member(member_id, 2026).score
    return [(i.count, i.points) for i in score.items if i.rule.kinds == (kind,) and i.count]


def test_a_joint_proposal_and_an_adopted_opinion_count_for_their_members(services, three):
    chen, lin, zhou = three
    proposal = _submitted(services, ProposalKind.PROPOSAL, "农村路灯维护", chen, (lin, zhou),
                          on=date(2026, 3, 5), accepted_on=date(2026, 3, 20))  # fmt: skip
    _submitted(services, ProposalKind.SOCIAL_OPINION, "校车时刻", lin, on=date(2026, 1, 6),
               accepted_on=date(2026, 1, 9))  # fmt: skip
    services.proposals.create(ProposalInput(ProposalKind.PROPOSAL, "草稿", lead_id=zhou),
                              today=date(2026, 4, 1))  # fmt: skip
    _submitted(services, ProposalKind.PROPOSAL, "去年的", zhou, on=date(2025, 12, 2))

    mine = [a for a in services.activities.of_member(chen, date(2026, 1, 1), date(2026, 12, 31))
            if a.kind == ActivityKind.PROPOSAL]  # fmt: skip
    assert [(a.source_id, a.role, a.accepted, a.co_signers, a.on) for a in mine] == [
        (proposal.id, "lead", True, 2, date(2026, 3, 5))
    ]
    # 10 + 15 立案 = 25: half to the 领衔, the other half shared by the two 附议
    assert _points(services, chen, ActivityKind.PROPOSAL) == [(1, 12.5)]
    assert _points(services, lin, ActivityKind.PROPOSAL) == [(1, 6.25)]
    assert _points(services, zhou, ActivityKind.PROPOSAL) == [(1, 6.25)]  # not the draft
    assert _points(services, lin, ActivityKind.SOCIAL_OPINION) == [(1, 15)]  # 10 + 5 采用
    ranking = {row.member_id: row.score.total for row in services.points.ranking(2026).rows}
    assert ranking == {
        m: services.points.member(m, 2026).score.total for m in three
    }  # the ranking (counted) and the page (listed) agree
    last_year = services.points.member(zhou, 2025).score
    assert [i.count for i in last_year.items if i.rule.kinds == (ActivityKind.PROPOSAL,)] == [1]
