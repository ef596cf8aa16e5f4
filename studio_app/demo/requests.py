"""Demo reception days and visitor requests, made through the real services.

Going through ``ReceptionDayService`` and ``RequestService`` (with each step back-dated to when
it happened) means every state, deadline and history entry is one the program itself produces:
requests closed first time, reopened after an unsatisfied call back, rejected, merged,
converted into a report, and open ones, some of them overdue. The most frequent kinds of
matter are then grouped into common issues (共性问题), the seeds of proposals.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from studio_app.base.enums import ProposalKind, RequestChannel, Satisfaction
from studio_app.base.enums import RequestStatus as S
from studio_app.core.models import Request
from studio_app.core.visitor_requests import RequestInput

if TYPE_CHECKING:
    from studio_app.core.models import Household, Member
    from studio_app.core.services import Services

ACTOR = "联络员"
MATTERS = {  # category: (what visitors say, the unit that handles it, what it did)
    "医疗": (("村卫生室缺少常用药品，老人看病要跑到镇上", "希望乡村医生定期上门为慢病老人量血压"),
             "县卫健局", "已协调镇卫生院每周二派医生到村巡诊，补齐常用药品"),
    "教育": (("村小学校车接送太早，孩子六点就要出门", "留守儿童放学后无人看管，希望开设课后托管"),
             "县教育局", "已调整校车时刻，村小开设了课后托管班"),
    "就业": (("返乡青年想学电商技能，希望组织培训", "村里妇女希望在家门口找到手工活"),
             "县人社局", "已安排电商培训班，联系了就近的扶贫车间"),
    "养老": (("独居老人冬季取暖困难", "希望村里办老年食堂"),
             "县民政局", "已为独居老人发放取暖补贴，老年助餐点下月开餐"),
    "社保": (("不清楚城乡居民医保缴费档次怎么选", "养老金认证要用手机，老人不会操作"),
             "县医保局", "已安排工作人员到村集中讲解并上门代办"),
    "住房": (("危房改造补助申请进度不清楚", "雨季房屋漏雨，希望帮助联系维修"),
             "县住建局", "已核实进度并答复，维修队已上门"),
    "交通": (("村口路灯坏了三个月没人修", "通村公路有大坑，雨天车辆难行"),
             "县交通运输局", "已列入维修计划并完成修复"),
    "环境": (("河道垃圾堆积有异味", "养殖场污水直排，影响周边村民"),
             "生态环境分局", "已督促清理河道，对养殖场下达整改通知"),
    "农业": (("苹果滞销，希望帮助对接销售渠道", "灌溉渠堵塞，春灌用水困难"),
             "县农业农村局", "已对接两家收购商，灌溉渠已清淤"),
    "矛盾纠纷": (("邻里宅基地边界有争议，需要调解", "土地流转费拖欠半年未付"),
                 "镇司法所", "已组织双方调解并达成协议"),
    "其他": (("希望村里增设快递代收点", "广场舞音响太响，影响休息"),
             "镇政府", "已协调村委会解决"),
}  # fmt: skip
ISSUE_TITLES = {  # category: the common issue its recurring requests add up to
    "医疗": "村卫生室缺药、慢病老人就医不便", "教育": "农村学生上下学接送和课后看护难",
    "就业": "返乡青年和留守妇女家门口就业难", "养老": "农村独居老人取暖和就餐保障不足",
    "社保": "老年人医保缴费和养老金认证困难", "住房": "农村危房改造和房屋维修求助无门",
    "交通": "农村路灯和通村公路失修无人管", "环境": "河道垃圾和养殖污水影响人居环境",
    "农业": "农产品销售难和灌溉设施老化", "矛盾纠纷": "宅基地边界和土地流转费纠纷多发",
    "其他": "快递进村和公共场所噪声等生活琐事",
}  # fmt: skip
ISSUE_SUMMARY = "近期多名群众反映同类问题，拟归纳为一类事，整理成提案。"


@dataclass
class DemoRequests:
    reception_days: int = 0
    requests: int = 0
    common_issues: int = 0


def add_reception_and_requests(
    services: Services,
    rng: random.Random,
    today: date,
    studio_id,
    members: list[Member],
    households: list[Household],
) -> DemoRequests:
    made = DemoRequests()
    workdays = services.calendar.calendar()
    days = services.reception_days
    days.set_rule(studio_id, "每月15日")
    days.generate(studio_id, today.year)
    year = days.days(studio_id, today.year)
    made.reception_days = len(year)
    past = [d for d in year if d.held_on < today]
    cancelled = rng.choice(past[1:-1]) if len(past) > 2 else None
    for i, day in enumerate(year):
        on_duty = [members[(2 * i) % len(members)].id, members[(2 * i + 1) % len(members)].id]
        days.set_duty(day.id, on_duty)
        if day is cancelled:
            days.cancel(day.id, "暴雨红色预警，接待日暂停，顺延至下月")
        elif day.held_on < today:
            if i == 2:
                days.swap(day.id, on_duty[0], members[-1].id, "外出参加市政协会议")
            days.mark_held(day.id)

    arrivals = []  # (day, channel, reception day, received by): numbered in date order
    for day in (d for d in past if d is not cancelled):
        duty = [d.member_id for d in days.duties(day.id)]
        for _ in range(rng.randint(3, 7)):
            arrivals.append(
                (day.held_on, RequestChannel.RECEPTION_DAY, day.id, rng.choice(duty), False)
            )
    other_channels = (RequestChannel.PHONE, RequestChannel.GRID_WORKER, RequestChannel.QR,
                      RequestChannel.LETTER, RequestChannel.VISIT)  # fmt: skip
    for _ in range(16):  # some in the last days: still at the first steps
        ago = rng.choice((1, 2, 3, 5, 8, 13, 21, 34, 55))
        on = workdays.add_workdays(today - timedelta(days=ago), 0)
        if on < today:
            arrivals.append((on, rng.choice(other_channels), None, None, False))
    # Always one left unassigned past its deadline: the 工作台 and `overdue` have one to show.
    a_week_ago = workdays.add_workdays(today - timedelta(days=8), 0)
    arrivals.append(
        (min(a_week_ago, today - timedelta(days=1)), RequestChannel.PHONE, None, None, True)
    )
    arrivals.sort(key=lambda a: a[0])
    for i, (on, channel, day_id, received_by, left_waiting) in enumerate(arrivals):
        earlier_that_day = sum(1 for a in arrivals[:i] if a[0] == on)
        arrived = _at(on, 9, rng).replace(minute=0) + timedelta(minutes=12 * earlier_that_day)
        made.requests += _one_request(services, rng, today, workdays, on, arrived, channel,
                                      day_id, received_by, members, households,
                                      left_waiting)  # fmt: skip
    _reroute_and_extend(services)
    _merge_and_convert(services)
    made.common_issues = _common_issues(services, studio_id)
    return made


def _at(day: date, hour: int, rng: random.Random) -> datetime:
    local = datetime.combine(day, time(hour, rng.randint(0, 59))).astimezone()  # this PC's zone
    return local.astimezone(UTC)


def _one_request(services, rng, today, workdays, on, arrived, channel, day_id, received_by,
                 members, households, left_waiting=False) -> int:  # fmt: skip
    """Register one request on ``on`` and take it as far as its age allows; returns 1."""
    category = rng.choice(list(MATTERS))
    sayings, unit, reply = MATTERS[category]
    roll = rng.random()
    if roll < 0.1:
        who = {"anonymous": True}
    else:
        h = rng.choice(households)
        who = {"visitor_name": h.head_name, "visitor_phone": h.phone, "village": h.village,
               "household_id": h.id}  # fmt: skip
    data = RequestInput(content=rng.choice(sayings), category=category, channel=channel,
                        reception_day_id=day_id, received_by_id=received_by, **who)  # fmt: skip
    requests = services.requests
    r = requests.register(data, actor=ACTOR, at=arrived)

    def step(n: int) -> date | None:
        """The n-th working day after registration, if it is already past."""
        when = workdays.add_workdays(on, n)
        return when if when < today else None

    fate = rng.random()  # < 0.05 rejected, < 0.15 reopened once, else closed first time
    # About a quarter of the last month's requests stop at some step: a studio's open backlog,
    # some of it overdue. Older ones have all been followed through.
    stall = rng.random() if (today - on).days < 30 else 1.0
    if left_waiting:
        stall = 0.0
    if stall < 0.08 or (when := step(rng.choice((1, 1, 2, 3)))) is None:
        return 1  # still waiting to be assigned (overdue once its two days pass)
    if fate < 0.05:
        requests.reject(r.id, "属于司法诉讼程序中的事项，已告知通过法律途径解决", actor=ACTOR,
                        at=_at(when, 10, rng))  # fmt: skip
        return 1
    assignee = rng.choice(members).id if rng.random() < 0.6 else None
    requests.assign(
        r.id, assignee_id=assignee, handling_unit=unit, actor=ACTOR, at=_at(when, 10, rng)
    )
    if (when := step(rng.randint(3, 8))) is None:
        return 1  # with the handling unit
    requests.start(r.id, actor=ACTOR, at=_at(when, 9, rng))
    if (when := step(rng.randint(5, 9))) is None:
        return 1
    requests.answer(r.id, reply, actor=ACTOR, at=_at(when, 15, rng))
    if stall < 0.24 or (when := step(rng.randint(8, 14))) is None:
        return 1  # waiting for the call back
    if fate < 0.15:  # not satisfied: reopened, answered again, then satisfied
        requests.return_visit(r.id, Satisfaction.UNSATISFIED, "问题仍未解决", actor=ACTOR,
                              at=_at(when, 16, rng))  # fmt: skip
        if (when := step(rng.randint(15, 18))) is None:
            return 1
        requests.answer(r.id, reply + "（复查后已彻底解决）", actor=ACTOR, at=_at(when, 15, rng))
        if (when := step(rng.randint(19, 22))) is None:
            return 1
    satisfaction = Satisfaction.SATISFIED if rng.random() < 0.85 else Satisfaction.BASICALLY
    requests.return_visit(r.id, satisfaction, "", actor=ACTOR, at=_at(when, 16, rng))
    return 1


def _merge_and_convert(services: Services) -> None:
    """Fold open requests into an earlier one of the same kind still in hand or answered (a
    finished one takes no merge); every merged visitor is called back on their own: one already,
    another still waiting (the 工作台's 待回访). Turn one closed request into a report and relate
    an open one of its kind to it (关联到该提案)."""
    with services.db.session() as s:
        rows = list(s.scalars(select(Request).order_by(Request.number)))
    by_category: dict[str, list] = {}
    for r in rows:
        by_category.setdefault(r.category, []).append(r)
    in_hand = (S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS)
    # The kind turned into a report: 养老 if it has a closed and an open request, else the first
    # that has. Its open request is related to the report rather than merged.
    reported = next(
        (c for c in ("养老", *MATTERS)
         if any(r.status == S.CLOSED for r in by_category.get(c, []))
         and any(r.status in in_hand for r in by_category[c])),
        None,
    )  # fmt: skip
    merged: list[tuple] = []  # (merged request, the request it joined)
    for category, same in by_category.items():
        if category == reported:
            continue
        live = [r for r in same if r.status in (*in_hand, S.ANSWERED)]
        open_ones = [r for r in live if r.status in in_hand]
        if len(merged) < 3 and open_ones and open_ones[-1] is not live[0]:
            later = _after_last_step(services, open_ones[-1].id)
            services.requests.merge(open_ones[-1].id, live[0].id, actor=ACTOR, at=later)
            merged.append((open_ones[-1], live[0]))
    for _merged, joined in merged:  # answered now: its merged visitors get the answer too
        if len(_awaiting(services, merged)) > 1:
            break
        if services.requests.get(joined.id).status in (S.ASSIGNED, S.IN_PROGRESS):
            services.requests.answer(joined.id, MATTERS[joined.category][2], actor=ACTOR,
                                     at=_after_last_step(services, joined.id))  # fmt: skip
    awaiting = _awaiting(services, merged)
    if len(awaiting) > 1:
        services.requests.return_visit(awaiting[0], Satisfaction.SATISFIED, "", actor=ACTOR,
                                       at=_after_last_step(services, awaiting[0]))  # fmt: skip
    if reported is None:
        return
    closed = next(r for r in by_category[reported] if r.status == S.CLOSED)
    services.proposals.convert_request(closed.id, ProposalKind.SOCIAL_OPINION, actor=ACTOR,
                                       at=_after_last_step(services, closed.id))  # fmt: skip
    related = [r for r in by_category[reported] if r.status in in_hand][-1]
    services.requests.link_to_proposal(related.id, closed.id, actor=ACTOR,
                                       at=_after_last_step(services, related.id))  # fmt: skip


def _awaiting(services: Services, merged: list[tuple]) -> list:
    """The merged visitors whose own call back is due."""
    return [m.id for m, _ in merged if services.requests.get(m.id).return_visit_due is not None]


def _reroute_and_extend(services: Services) -> None:
    """One request in hand re-routed (改派: its answer date stays), one given more time (延期,
    with the reason): the timeline and the 工作台's 延期 count have one of each to show."""
    with services.db.session() as s:
        in_hand = list(s.scalars(select(Request).where(Request.status.in_((S.ASSIGNED, S.IN_PROGRESS)))
                                 .order_by(Request.number)))  # fmt: skip
    working = [r for r in in_hand if r.status == S.IN_PROGRESS] or in_hand[:1]
    if working:
        r = working[0]
        services.requests.assign(r.id, handling_unit="县住房和城乡建设局", actor=ACTOR,
                                 note="原承办单位答复不属其职责，改派县住建局",
                                 at=_after_last_step(services, r.id))  # fmt: skip
    others = [r for r in in_hand if r not in working[:1]]
    if others:
        r = others[-1]
        _due, later = services.requests.extension_proposal(r.id)
        services.requests.extend(r.id, later, "需要县直部门现场勘查后会商答复", actor=ACTOR,
                                 at=_after_last_step(services, r.id))  # fmt: skip


def _after_last_step(services: Services, request_id) -> datetime:
    """An hour after the request's last step: the demo's history stays in its past."""
    return services.requests.history(request_id)[-1].at + timedelta(hours=1)


def _common_issues(services: Services, studio_id) -> int:
    """Group the latest requests of the two most frequent categories (3–5 each) into common
    issues; merged requests stay out, represented by the request they joined."""
    with services.db.session() as s:
        rows = list(s.scalars(select(Request).where(Request.status != S.MERGED)
                              .order_by(Request.registered_at, Request.number)))  # fmt: skip
    by_category: dict[str, list] = {c: [] for c in MATTERS}  # ties keep MATTERS' order
    for r in rows:
        by_category.setdefault(r.category, []).append(r)
    busiest = sorted(by_category.items(), key=lambda kv: -len(kv[1]))[:2]
    issues = services.common_issues
    made = 0
    for category, same in busiest:
        if len(same) >= 3:
            issues.create(ISSUE_TITLES[category], ISSUE_SUMMARY, [r.id for r in same[-5:]],
                          studio_id)  # fmt: skip
            made += 1
    return made
