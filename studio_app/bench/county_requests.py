"""Visitor requests at county scale for the benchmark: ``synthetic_requests``.

Run after ``bench.county.synthetic_county``: each studio gets a reception-day rule and its days (a dozen
a year, most held, a few cancelled, the rest of the year planned), and ``requests`` requests
arrive over about two years from the county's villages, each with its visitor and one
``RequestEvent`` per step, as ``core/visitor_requests.py`` would have left them: deadlines counted
on the working-day calendar with the configured ``Deadlines``, most requests closed after a
return visit (some reopened once), some rejected, merged or converted, and an open backlog,
part of it overdue. About 60 % of requests come from a person not seen before; 40 % from people
coming back. Contents are put together from a pool of phrases, so some words are everywhere
(村, 希望) and some rare (羊肚菌, X213县道).

Rows go in with ``bulk.insert_rows`` in batches, carrying the ``search_text`` the ORM would
compute (``search.request_derived``), so 100,000 requests take well under a minute.
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from studio_app.base.enums import (
    Gender,
    ReceptionStatus,
    RequestChannel,
    RequestStatus,
    Satisfaction,
)
from studio_app.base.labels import REQUEST_CATEGORIES
from studio_app.base.messages import encode
from studio_app.bench.county import COUNTY_TOWNSHIPS
from studio_app.core.app_settings import Deadlines
from studio_app.core.bulk import insert_rows
from studio_app.core.models import (
    DutyAssignment,
    Household,
    Member,
    ReceptionDay,
    Request,
    RequestEvent,
    Studio,
    StudioMembership,
    Visitor,
)
from studio_app.core.reception_schedule import parse_rule, plan_year
from studio_app.core.request_figures import local_day_start
from studio_app.core.search import request_derived
from studio_app.core.workdays import WorkCalendar
from studio_app.demo.requests import MATTERS
from studio_app.demo.studio import GROUPS, mobile_phone, person_name, weighted

if TYPE_CHECKING:
    from studio_app.core.services import Services

S = RequestStatus
ACTOR = "联络员"
SPAN_DAYS = 730  # requests arrive over the last two years
BATCH = 2000  # requests generated and written at a time: bounded memory

NEW_VISITOR = 0.66  # share of requests from a newcomer (some are households seen before)
ANONYMOUS = 0.05  # of new visitors
HOUSEHOLD_VISITOR = 0.45  # of named new visitors: a household of the roster
CHANNELS = (
    (RequestChannel.RECEPTION_DAY, 35), (RequestChannel.PHONE, 25), (RequestChannel.VISIT, 15),
    (RequestChannel.GRID_WORKER, 12), (RequestChannel.QR, 8), (RequestChannel.LETTER, 5),
)  # fmt: skip
# Fates (shares of all requests) and how late steps run.
REJECTED, MERGED, CONVERTED, REOPENED = 0.04, 0.03, 0.01, 0.08
STALLED_OLD, STALLED_RECENT, RECENT_DAYS = 0.006, 0.22, 30  # left at some step: the backlog
LATE_ASSIGN, LATE_ANSWER, LATE_VISIT = 0.08, 0.10, 0.08
# Reception days in the past: held, cancelled, or never marked.
CANCELLED_DAY, UNMARKED_DAY = 0.04, 0.02
RULES = ("每月5日", "每月10日", "每月15日", "每月20日", "每月25日", "每月第一个星期三",
         "每月最后一个星期五", "每月第三个星期二")  # fmt: skip

# What visitors say, by category: the matter, then details and a wish put together at random.
SAYINGS = {
    "医疗": ("村卫生室缺少常用药品", "老人看病要跑到镇上", "慢病老人希望医生定期上门量血压",
             "新农合报销比例不清楚", "村医退休后没人接班", "孩子疫苗接种要排很久的队",
             "大病救助申请迟迟没有结果", "镇卫生院没有夜间急诊"),
    "教育": ("村小学校车接送太早", "留守儿童放学后无人看管", "学校食堂饭菜质量差",
             "孩子上学路远要走一个小时", "幼儿园收费太高", "希望开设课后托管班",
             "学校操场年久失修", "寄宿生周末回家没有班车"),
    "就业": ("返乡青年想学电商技能", "村里妇女希望在家门口找到手工活", "打工工资被拖欠",
             "想办养殖场缺少技术和贷款", "公益性岗位名额太少", "残疾人就业没有门路",
             "技能培训班离家太远", "扶贫车间停工半年"),
    "养老": ("独居老人冬季取暖困难", "希望村里办老年食堂", "高龄津贴没有按时发放",
             "敬老院床位紧张", "老人不会用智能手机认证", "失能老人家属照护压力大",
             "村里日间照料中心一直没开门", "老人助餐点饭菜太咸"),
    "社保": ("不清楚城乡居民医保缴费档次怎么选", "养老金认证要用手机", "社保卡丢了补办麻烦",
             "低保年审材料太多", "参保信息登记错误", "灵活就业人员社保断缴",
             "医保异地备案不会办", "退役军人优待证还没拿到"),
    "住房": ("危房改造补助申请进度不清楚", "雨季房屋漏雨", "宅基地审批手续复杂",
             "房屋裂缝越来越大", "易地搬迁新房漏水", "自来水管入户没有接通",
             "院墙被雨水冲塌", "农房抗震改造名额太少"),
    "交通": ("村口路灯坏了三个月没人修", "通村公路有大坑", "客运班车取消后出行困难",
             "桥面护栏缺失很危险", "路边排水沟堵塞", "学校门口没有减速带",
             "过村大货车太多尘土飞扬", "冬季路面结冰没人撒盐"),
    "环境": ("河道垃圾堆积有异味", "养殖场污水直排", "垃圾清运不及时",
             "砖厂烟尘太大", "秸秆焚烧呛人", "公厕无人打扫",
             "采砂船夜间作业噪音大", "山坡乱倒建筑垃圾"),
    "农业": ("苹果滞销价格偏低", "灌溉渠堵塞春灌用水困难", "种子质量有问题出苗率低",
             "农机补贴申请没有下文", "冰雹灾害农业保险理赔慢", "高标准农田建设占地补偿没到位",
             "果树病虫害多缺少技术指导", "土地流转合同不规范"),
    "矛盾纠纷": ("邻里宅基地边界有争议", "土地流转费拖欠半年未付", "承包地确权面积不对",
                 "婚姻家庭矛盾需要调解", "赡养老人兄弟之间有纠纷", "修路占地补偿分配不公",
                 "邻居房屋滴水到我家院里", "合伙养殖分账起了纠纷"),
    "其他": ("希望村里增设快递代收点", "广场舞音响太响影响休息", "村里网络信号不好",
             "流浪狗太多咬伤了人", "村务公开不及时", "身份证办理要跑县城",
             "电费比邻村贵", "文化广场健身器材坏了"),
}  # fmt: skip
OPENINGS = ("", "", "", "我是{village}的村民，", "{village}{group}村民反映，", "我家住在{village}，",
            "替家里老人来问一下，", "上次接待日说过的事，")  # fmt: skip
DETAILS = ("", "", "已经{n}个月了，", "影响{n}户人家，", "老人孩子出行不便，", "找过村委会几次，",
           "去年也反映过，", "雨天更严重，", "周边群众意见很大，", "一家人生活受到影响，")  # fmt: skip
WISHES = ("希望尽快解决。", "请委员帮忙协调。", "希望有关部门来看看。", "盼早日答复。",
          "希望给个说法。", "请帮助联系相关单位。")  # fmt: skip
# Particular places and things: each in a small share of requests (rare search terms).
RARE = ("村西头老磨坊旁", "三号提灌站", "X213县道", "G312国道边", "沼气池", "光伏板", "古戏台",
        "滑坡体", "人饮工程", "地膜回收", "花椒园", "蜂箱", "核桃林", "羊肚菌大棚", "淤地坝",
        "梯田", "冷库", "牛棚", "窑洞", "渡槽", "拦水坝", "便民桥", "戏楼", "碾盘", "枸杞地",
        "葡萄架", "油菜地", "蘑菇房", "鱼塘", "苗圃")  # fmt: skip
RARE_SHARE = 0.06
REJECT_REASONS = ("属于司法诉讼程序中的事项，已告知通过法律途径解决",
                  "属于民事合同纠纷，已告知可申请人民调解或向法院起诉",
                  "诉求已超出工作室职责范围，已告知向有关部门反映")  # fmt: skip
CONVERTED_TO = ("社情民意信息《关于{matter}的建议》", "提案《关于解决{matter}问题的建议》")


@dataclass
class CountyRequests:
    """What ``synthetic_requests`` wrote."""

    reception_days: int = 0
    held_days: int = 0
    visitors: int = 0
    requests: int = 0
    events: int = 0
    by_status: Counter = field(default_factory=Counter)


class Workdays:
    """``WorkCalendar.add_workdays`` by lookup over a span: the same dates, found in a list."""

    def __init__(self, calendar: WorkCalendar, first: date, last: date):
        self.calendar = calendar
        span = ((first + timedelta(days=i)) for i in range((last - first).days + 1))
        self.days = [d for d in span if calendar.is_workday(d)]
        self.known = set(self.days)
        self.first, self.last = first, last

    def is_workday(self, day: date) -> bool:
        if self.first <= day <= self.last:
            return day in self.known
        return self.calendar.is_workday(day)

    def add(self, start: date, n: int) -> date:
        if n == 0:
            return start
        i = bisect_right(self.days, start) + n - 1
        if start < self.first or i >= len(self.days):
            return self.calendar.add_workdays(start, n)
        return self.days[i]


@cache
def _day_start(day: date) -> datetime:
    return local_day_start(day)


def local_at(day: date, minutes: int) -> datetime:
    """``minutes`` after local midnight of ``day``, in UTC (as timestamps are stored)."""
    return _day_start(day) + timedelta(minutes=minutes)


@dataclass
class _Studio:
    id: uuid.UUID
    members: list[uuid.UUID]
    villages: list[str]
    held: list[tuple[date, uuid.UUID, list[uuid.UUID]]] = field(default_factory=list)
    visitors: list[int] = field(default_factory=list)  # indexes into _Gen.visitors


class _Gen:
    """The shared state while generating: random numbers, calendar, visitors, numbering."""

    def __init__(self, s: Session, rng: random.Random, today: date, workdays: Workdays,
                 deadlines: Deadlines, studios: list[_Studio]):  # fmt: skip
        self.s, self.rng, self.today = s, rng, today
        self.workdays, self.deadlines, self.studios = workdays, deadlines, studios
        self.visitors: list[tuple[uuid.UUID, str, str, str]] = []  # id, name, phone, village
        self.visitor_of_household: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
        self.numbers: Counter = Counter()  # per year
        self.phones: set[str] = set()  # taken: households', members' and visitors'
        # The latest request of a studio and category that carries on: a later one merges in.
        self.merge_target: dict[tuple[uuid.UUID, str], tuple[uuid.UUID, str]] = {}
        self.made = CountyRequests()

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


def synthetic_requests(
    services: Services,
    *,
    requests: int = 100_000,
    seed: int = 1,
    today: date | None = None,
) -> CountyRequests:
    """Bulk-insert reception days and ``requests`` requests into a ``synthetic_county``.

    Deterministic for a seed and ``today``; the visitors come from the county's villages (45 %
    of the named newcomers are households of the roster), the requests go to the studios of
    the visitor's township.
    """
    rng = random.Random(seed)
    today = today or date.today()
    first = today - timedelta(days=SPAN_DAYS)
    workdays = Workdays(services.calendar.calendar(), first - timedelta(days=10),
                        today + timedelta(days=400))  # fmt: skip
    deadlines = services.settings.deadlines()
    with services.db.session() as s:
        households = _households(s)
        studios = _studios(s, households)
        gen = _Gen(s, rng, today, workdays, deadlines, studios)
        gen.phones = {*s.scalars(select(Household.phone)), *s.scalars(select(Member.phone))}
        _reception_days(gen, first)
        arrivals = _arrivals(gen, first, requests)
        for start in range(0, len(arrivals), BATCH):
            _write_batch(gen, arrivals[start : start + BATCH], households)
    return gen.made


def _households(s: Session) -> dict[str, list[tuple[uuid.UUID, str, str]]]:
    """Active farming households by village: (id, head name, phone)."""
    by_village: dict[str, list[tuple[uuid.UUID, str, str]]] = {}
    stmt = select(Household.id, Household.head_name, Household.phone, Household.village).where(
        Household.kind == "household", Household.archived_at.is_(None)
    )
    for hid, name, phone, village in s.execute(stmt):
        by_village.setdefault(village, []).append((hid, name, phone))
    return by_village


def _studios(s: Session, households: dict[str, list]) -> list[_Studio]:
    """Each active studio with its active members and its township's villages."""
    township_of = {}
    for village, address in s.execute(select(Household.village, Household.address).distinct()):
        township_of.setdefault(village, next(
            (t for t in COUNTY_TOWNSHIPS if address.startswith(t)), ""
        ))  # fmt: skip
    members: dict[uuid.UUID, list[uuid.UUID]] = {}
    stmt = (
        select(StudioMembership.studio_id, StudioMembership.member_id)
        .join(Member, Member.id == StudioMembership.member_id)
        .where(StudioMembership.left_on.is_(None), Member.archived_at.is_(None))
        .order_by(StudioMembership.studio_id, Member.sort_key)
    )
    for studio_id, member_id in s.execute(stmt):
        members.setdefault(studio_id, []).append(member_id)
    found = []
    rows = s.execute(select(Studio.id, Studio.township).where(Studio.archived_at.is_(None))
                     .order_by(Studio.name))  # fmt: skip
    everywhere = sorted(households)
    for studio_id, township in rows:
        if not members.get(studio_id):
            continue
        villages = sorted(v for v in households if township_of.get(v) == township)
        found.append(_Studio(studio_id, members[studio_id], villages or everywhere))
    if not found or not everywhere:
        raise ValueError("synthetic_requests needs a synthetic county with members and households")
    return found


def _reception_days(gen: _Gen, first: date) -> None:
    """Each studio's rule and its days from ``first`` to the end of the year (of the next one
    in December), two members on duty each; past days mostly held."""
    rng, today, made = gen.rng, gen.today, gen.made
    last_year = today.year + (today.month == 12)
    day_rows, duty_rows = [], []
    now = datetime.now(UTC)
    for k, studio in enumerate(gen.studios):
        rule_text = RULES[k % len(RULES)]
        gen.s.execute(update(Studio).where(Studio.id == studio.id).values(
            reception_rule=rule_text, version=Studio.version + 1
        ))  # fmt: skip
        rule = parse_rule(rule_text)
        planned = [p for y in range(first.year, last_year + 1)
                   for p in plan_year(rule, y, gen.workdays.calendar) if p.held_on >= first]  # fmt: skip
        for i, p in enumerate(planned):
            status, reason = ReceptionStatus.PLANNED, ""
            if p.held_on < today:
                roll = rng.random()
                if roll < CANCELLED_DAY:
                    status, reason = ReceptionStatus.CANCELLED, "暴雨预警，接待日暂停，顺延至下月"
                elif roll >= CANCELLED_DAY + UNMARKED_DAY:
                    status = ReceptionStatus.HELD
            day_id = gen.new_id()
            on_duty = [studio.members[(2 * i + j) % len(studio.members)] for j in range(2)]
            on_duty = list(dict.fromkeys(on_duty))
            day_rows.append({
                "id": day_id, "studio_id": studio.id, "held_on": p.held_on, "starts_at": None,
                "ends_at": None, "place": "工作室接待室", "theme": "", "status": status,
                "moved_from": p.moved_from, "change_reason": reason, "archived_at": None,
                "created_at": now, "updated_at": now, "version": 1,
            })  # fmt: skip
            duty_rows += [{"id": gen.new_id(), "reception_day_id": day_id, "member_id": m,
                           "replaces_member_id": None, "note": "", "created_at": now,
                           "updated_at": now, "version": 1} for m in on_duty]  # fmt: skip
            if status == ReceptionStatus.HELD:
                studio.held.append((p.held_on, day_id, on_duty))
                made.held_days += 1
    insert_rows(gen.s, ReceptionDay.__table__, day_rows)
    insert_rows(gen.s, DutyAssignment.__table__, duty_rows)
    made.reception_days = len(day_rows)


def _arrivals(gen: _Gen, first: date, n: int) -> list[tuple]:
    """(registered at, studio, channel, reception day, received by), oldest first."""
    rng, workdays, span = gen.rng, gen.workdays, (gen.today - first).days
    arrivals = []
    for _ in range(n):
        studio = rng.choice(gen.studios)
        channel = weighted(rng, CHANNELS)
        if channel == RequestChannel.RECEPTION_DAY and studio.held:
            on, day_id, duty = rng.choice(studio.held)
            at = local_at(on, rng.randint(9 * 60, 11 * 60 + 30))
            arrivals.append((at, studio, channel, day_id, rng.choice(duty)))
            continue
        if channel == RequestChannel.RECEPTION_DAY:
            channel = RequestChannel.PHONE
        on = first + timedelta(days=rng.randrange(span))
        while not workdays.is_workday(on) and rng.random() < 0.85:  # most come on working days
            on = first + timedelta(days=rng.randrange(span))
        by = rng.choice(studio.members) if channel == RequestChannel.VISIT else None
        arrivals.append((local_at(on, rng.randint(8 * 60, 17 * 60 + 30)), studio, channel,
                         None, by))  # fmt: skip
    arrivals.sort(key=lambda a: a[0])
    return arrivals


def _visitor(gen: _Gen, studio: _Studio, households: dict[str, list], at: datetime,
             rows: list[dict]) -> int:  # fmt: skip
    """A returning visitor of the studio (40 %), or a new one added to ``rows``."""
    rng = gen.rng
    if studio.visitors and rng.random() >= NEW_VISITOR:
        return rng.choice(studio.visitors)
    village = rng.choice(studio.villages)
    household_id = None
    if rng.random() < ANONYMOUS:
        name, phone, anonymous = "", "", True
        village = village if rng.random() < 0.5 else ""
    elif rng.random() < HOUSEHOLD_VISITOR and households.get(village):
        household_id, name, phone = rng.choice(households[village])
        anonymous = False
        # A visitor is a studio's record: a household that goes to two studios is a visitor
        # of each.
        if (known := gen.visitor_of_household.get((studio.id, household_id))) is not None:
            return known
    else:
        gender = Gender.MALE if rng.random() < 0.6 else Gender.FEMALE
        name, phone, anonymous = person_name(rng, gender), mobile_phone(rng, gen.phones), False
    visitor_id = gen.new_id()
    gen.visitors.append((visitor_id, name, phone, village))
    index = len(gen.visitors) - 1
    if household_id is not None:
        gen.visitor_of_household[studio.id, household_id] = index
    studio.visitors.append(index)
    rows.append({"id": visitor_id, "studio_id": studio.id, "name": name, "anonymous": anonymous,
                 "phone": phone,
                 "id_number": "", "village": village, "household_id": household_id,
                 "archived_at": None, "created_at": at, "updated_at": at,
                 "version": 1})  # fmt: skip
    return index


def request_content(rng: random.Random, category: str, village: str) -> str:
    """A matter of ``category`` as a visitor from ``village`` might put it."""
    opening = rng.choice(OPENINGS).format(village=village or "本村", group=rng.choice(GROUPS))
    matter = rng.choice(SAYINGS[category])
    if rng.random() < RARE_SHARE:
        matter = rng.choice(RARE) + matter
    detail = rng.choice(DETAILS).format(n=rng.randint(2, 12))
    return f"{opening}{matter}，{detail}{rng.choice(WISHES)}"


def _write_batch(gen: _Gen, arrivals: Sequence[tuple], households: dict[str, list]) -> None:
    rng = gen.rng
    visitor_rows: list[dict] = []
    request_rows: list[dict] = []
    event_rows: list[dict] = []
    for at, studio, channel, day_id, received_by in arrivals:
        vi = _visitor(gen, studio, households, at, visitor_rows)
        visitor_id, name, phone, village = gen.visitors[vi]
        on = at.astimezone().date()
        gen.numbers[on.year] += 1
        number = f"{on.year}-{gen.numbers[on.year]:04d}"
        category = rng.choice(REQUEST_CATEGORIES)
        r: dict[str, Any] = {
            "id": gen.new_id(), "number": number, "studio_id": studio.id,
            "reception_day_id": day_id, "visitor_id": visitor_id, "channel": channel,
            "category": category, "content": request_content(rng, category, village),
            "status": S.REGISTERED, "received_by_id": received_by, "assignee_id": None,
            "handling_unit": "", "registered_at": at,
            "assign_due": gen.workdays.add(on, gen.deadlines.assign),
            "return_visit_due": None, "assigned_at": None, "answered_at": None,
            "closed_at": None, "reply": "", "satisfaction": None, "satisfaction_comment": "",
            "reopen_count": 0, "close_reason": "", "merged_into_id": None,
            "common_issue_id": None, "archived_at": None, "created_at": at,
        }  # fmt: skip
        r["answer_due"] = gen.workdays.add(r["assign_due"], gen.deadlines.answer)  # promised
        events = _follow(gen, r, studio, on)
        r |= {"updated_at": events[-1][0], "version": len(events)}
        # search_text (and whatever else the ORM derives), as its listener would fill them.
        r |= request_derived(
            SimpleNamespace(**r), SimpleNamespace(name=name, phone=phone, village=village)
        )
        request_rows.append(r)
        previous = None
        for sequence, (when, to_status, note) in enumerate(events, 1):
            event_rows.append({"id": gen.new_id(), "request_id": r["id"], "sequence": sequence,
                               "at": when, "actor": ACTOR, "from_status": previous,
                               "to_status": to_status, "note": note})  # fmt: skip
            previous = to_status
        if r["status"] not in (S.MERGED, S.REJECTED):
            gen.merge_target[studio.id, category] = (r["id"], number)
        gen.made.by_status[r["status"]] += 1
    insert_rows(gen.s, Visitor.__table__, visitor_rows)
    insert_rows(gen.s, Request.__table__, request_rows)
    insert_rows(gen.s, RequestEvent.__table__, event_rows)
    gen.made.visitors += len(visitor_rows)
    gen.made.requests += len(request_rows)
    gen.made.events += len(event_rows)


def _follow(gen: _Gen, r: dict, studio: _Studio, on: date) -> list[tuple]:
    """Take request ``r`` (registered on local date ``on``) as far as its age and fate allow;
    returns its steps (at, to status, note), the registration first."""
    rng, today, add, d = gen.rng, gen.today, gen.workdays.add, gen.deadlines
    events = [(r["registered_at"], S.REGISTERED, "")]

    def at(day: date, hour: int) -> datetime | None:
        """A time on ``day`` after the last step, or None when ``day`` has not come yet."""
        if day >= today:
            return None
        return max(local_at(day, hour * 60 + rng.randint(0, 59)),
                   events[-1][0] + timedelta(minutes=rng.randint(5, 40)))  # fmt: skip

    def move(when: datetime, to: RequestStatus, note: str = "") -> None:
        events.append((when, to, note))
        r["status"] = to

    fate = rng.random()
    stalled = STALLED_RECENT if (today - on).days < RECENT_DAYS else STALLED_OLD
    stop = rng.choice(("assign", "answer", "visit")) if rng.random() < stalled else None
    late = rng.random() < LATE_ASSIGN
    if stop == "assign" or (when := at(add(on, rng.randint(3, 6) if late else rng.choice(
            (0, 1, 1, 2))), 10)) is None:  # fmt: skip
        return events
    if fate < REJECTED:
        reason = rng.choice(REJECT_REASONS)
        r.update(close_reason=reason, closed_at=when)
        move(when, S.REJECTED, reason)
        return events
    target = gen.merge_target.get((studio.id, r["category"]))
    if fate < REJECTED + MERGED and target is not None:
        r.update(merged_into_id=target[0], closed_at=when)
        move(when, S.MERGED, encode("request.merged_into", number=target[1]))
        return events
    unit, reply = MATTERS.get(r["category"], MATTERS["其他"])[1:]
    assigned_on = when.astimezone().date()
    r.update(
        assignee_id=rng.choice(studio.members) if rng.random() < 0.6 else None,
        handling_unit=unit,
        assigned_at=when,
    )  # the promised answer date stays
    move(when, S.ASSIGNED)
    if rng.random() < 0.85 and (when := at(add(assigned_on, rng.choice((0, 1, 1, 2))), 9)):
        move(when, S.IN_PROGRESS)
    for round_ in range(2):  # answered; a reopened request is answered again
        since = events[-1][0].astimezone().date()
        wait = rng.randint(6, 10) if rng.random() < LATE_ANSWER else rng.randint(1, 4)
        if stop == "answer" or (when := at(add(since, wait), 15)) is None:
            return events
        text = reply + ("（复查后已彻底解决）" if round_ else "")
        answered_on = when.astimezone().date()
        r.update(reply=text, answered_at=when, return_visit_due=add(answered_on, d.return_visit))
        move(when, S.ANSWERED, text)
        wait = rng.randint(6, 9) if rng.random() < LATE_VISIT else rng.randint(1, 4)
        if stop == "visit" or (when := at(add(answered_on, wait), 16)) is None:
            return events
        if round_ == 0 and fate >= 1 - REOPENED:
            r.update(satisfaction=Satisfaction.UNSATISFIED, satisfaction_comment="问题仍未解决",
                     reopen_count=1, return_visit_due=None,
                     answer_due=add(when.astimezone().date(), d.answer))  # fmt: skip
            move(
                when,
                S.IN_PROGRESS,
                encode(
                    "request.visit_comment",
                    comment="问题仍未解决",
                    satisfaction=Satisfaction.UNSATISFIED,
                ),
            )
            continue
        satisfaction = Satisfaction.SATISFIED if rng.random() < 0.85 else Satisfaction.BASICALLY
        r.update(satisfaction=satisfaction, satisfaction_comment="", closed_at=when)
        move(when, S.CLOSED, encode("request.visit", satisfaction=satisfaction))
        break
    if REJECTED + MERGED <= fate < REJECTED + MERGED + CONVERTED and r["status"] == S.CLOSED:
        when = at(add(events[-1][0].astimezone().date(), rng.randint(1, 10)), 11)
        if when is not None:
            report = rng.choice(CONVERTED_TO).format(matter=r["content"].split("，")[0][-12:])
            r["close_reason"] = report
            r["return_visit_due"] = None  # called back before: no call awaited
            move(when, S.CONVERTED, report)
    return events
