"""Demo proposals and 社情民意 items of the current year, made through the real services.

The demo's common issues become a proposal (submitted, 立案, answered by the unit, rated) and a
社情民意 item (采用 at the city level and 批示); a member's own proposal is submitted and not
registered; another single request becomes a 社情民意 item awaiting its outcome. With the draft
the requests' demo already made (demo/requests.py), the page shows every kind of course. Each
step is dated a few days after the one before, and never after ``today``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from studio_app.base.enums import AdoptionLevel, ProposalKind, ProposalStep, Satisfaction
from studio_app.base.enums import RequestStatus as S
from studio_app.core.models import Request, RequestEvent
from studio_app.core.proposals import ProposalInput

if TYPE_CHECKING:
    from studio_app.core.models import Member
    from studio_app.core.services import Services

ACTOR = "联络员"
P = ProposalStep


def add_proposals(services: Services, rng: random.Random, today: date,
                  members: list[Member]) -> int:  # fmt: skip
    """The demo's proposals and 社情民意 items; how many were made (drafts included)."""
    made = 0
    issues = services.common_issues.issues()
    courses = [
        (ProposalKind.PROPOSAL, [(P.SUBMIT, 3, {}), (P.REGISTER, 7, {}),
                                 (P.REPLY, 12, {"text": "已列入今年民生实事项目，分两批实施，年底前完成。"}),
                                 (P.RATE, 4, {"satisfaction": Satisfaction.SATISFIED})]),
        (ProposalKind.SOCIAL_OPINION, [(P.SUBMIT, 2, {}),
                                       (P.ADOPT, 5, {"level": AdoptionLevel.CITY}),
                                       (P.INSTRUCT, 3, {"text": "分管副市长批示：请市直有关部门研究解决。"})]),
    ]  # fmt: skip
    for issue, (kind, steps) in zip(issues, courses, strict=False):
        at = _after_requests(services, [r.id for r in services.common_issues.requests_of(issue.id)])
        if at is None or at.astimezone().date() > today:
            continue  # its requests' last step is today's own: no room for a course
        item = services.proposals.convert_issue(issue.id, kind, actor=ACTOR, at=at)
        lead = next((m for m in members if m.id in _member_ids(services, item.id)), members[0])
        co = [m.id for m in rng.sample(members[1:], 2) if m.id != lead.id]
        text = services.proposals.detail(item.id).text
        text.lead_id, text.co_ids = lead.id, co
        text.suggestions = SUGGESTIONS[kind]
        item = services.proposals.update(item.id, text, expected_version=item.version)
        _course(services, item, steps, today)
        made += 1
    made += _own_proposal(services, today, members)
    made += _single_request(services, today, members)
    return made


SUGGESTIONS = {
    ProposalKind.PROPOSAL: "一、将这类问题纳入年度民生实事，明确牵头单位和完成时限。\n"
    "二、建立日常巡查和群众报修机制，做到有人管、有钱修。\n"
    "三、由县政协相关专委会跟踪督办，年底通报办理情况。",
    ProposalKind.SOCIAL_OPINION: "建议有关部门开展专项排查，建立台账，限期解决；"
    "同时畅通群众反映渠道，定期公布处理结果。",
}


def _member_ids(services: Services, item_id) -> set:
    return {member_id for member_id, _name, _role in services.proposals.detail(item_id).members}


def _course(services: Services, item, steps, today: date) -> None:
    """Each step ``gap`` days after the one before; the gaps shrink so the whole course fits
    between the draft and ``today`` (an issue found last week was still followed through)."""
    day = item.drafted_on
    room, total = (today - day).days, sum(gap for _step, gap, _values in steps)
    for step, gap, values in steps:
        day = day + timedelta(days=gap if total <= room else gap * room // total)
        unit = ""
        if step == P.REPLY:
            unit = (services.proposals.detail(item.id).text.units or "县政府办公室").split("、")[0]
        item = services.proposals.record_step(item.id, step, day, unit=unit, actor=ACTOR,
                                              today=today, **values)  # fmt: skip


def _own_proposal(services: Services, today: date, members: list[Member]) -> int:
    """A member's own proposal, not from the requests: submitted, not registered (不予立案)."""
    drafted = date(today.year, 1, 10)
    if drafted + timedelta(days=20) > today or len(members) < 3:
        return 0
    item = services.proposals.create(ProposalInput(
        ProposalKind.PROPOSAL, "关于在城区增设公共停车场的提案",
        analysis="城区机动车保有量逐年增加，老城区停车位严重不足，占道停车造成交通拥堵。",
        suggestions="建议利用闲置地块建设立体停车场，并推行错时共享停车。",
        units="县住房和城乡建设局、县公安局交通管理大队",
        lead_id=members[1].id, co_ids=[members[2].id],
    ), today=drafted)  # fmt: skip
    steps = [(P.SUBMIT, 5, {}),
             (P.NOT_REGISTER, 15, {"text": "属于城市规划事项，已转作委员意见由县住建局参考。"})]  # fmt: skip
    _course(services, item, steps, today)
    return 1


def _single_request(services: Services, today: date, members: list[Member]) -> int:
    """An answered request becomes a 社情民意 item, submitted and awaiting its outcome; its
    visitor is still to be called back."""
    with services.db.session() as s:
        answered = s.scalars(
            select(Request).where(Request.status == S.ANSWERED, Request.common_issue_id.is_(None))
            .order_by(Request.number)
        ).first()  # fmt: skip
    if answered is None:
        return 0
    at = _after_requests(services, [answered.id])
    if at is None or at.astimezone().date() + timedelta(days=2) > today:
        return 0
    lead = answered.assignee_id or answered.received_by_id or members[0].id  # the studio's lead
    item = services.proposals.convert_request(answered.id, ProposalKind.SOCIAL_OPINION,
                                              lead_id=lead, actor=ACTOR, at=at)  # fmt: skip
    _course(services, item, [(P.SUBMIT, 2, {})], today)
    return 1


def _after_requests(services: Services, request_ids: list) -> datetime | None:
    """An hour after the last step of these requests: the demo's history stays in order."""
    if not request_ids:
        return None
    with services.db.session() as s:
        last = s.scalar(
            select(RequestEvent.at).where(RequestEvent.request_id.in_(request_ids))
            .order_by(RequestEvent.at.desc()).limit(1)
        )  # fmt: skip
    return last + timedelta(hours=1) if last is not None else None
