"""Demonstration data: a realistic township studio.

``fill_demo`` builds one studio with its members, ~320 households in eight villages, the
member–household links and a year of visits — deterministic for a seed, dates relative to a
``today`` that can be fixed. Every value goes through the same validators the forms use.
Each area is one function taking the shared ``_Demo`` state; reception days and requests
(``demo.requests``) and meetings with their minutes (``demo.meetings``) are then added through
the services, as the window would.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studio_app.base.enums import Gender, HouseholdKind, MemberLevel, MembershipRole, VisitMethod
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.labels import COMMITTEES
from studio_app.base.text import clean_text
from studio_app.core.households import HouseholdInput, apply_household_values, validate_household
from studio_app.core.members import MemberInput, validate_member
from studio_app.core.models import (
    Household,
    Linkage,
    Member,
    Studio,
    StudioMembership,
    Visit,
)
from studio_app.core.studios import StudioInput, StudioService
from studio_app.demo.activities import add_activities
from studio_app.demo.intake import add_submissions
from studio_app.demo.meetings import add_meetings, finalise_minutes
from studio_app.demo.proposals import add_proposals
from studio_app.demo.requests import add_reception_and_requests

if TYPE_CHECKING:
    from studio_app.core.services import Services

# ---- vocabulary ------------------------------------------------------------------------------

COUNTY = "丰源县"
TOWNSHIP = "城关镇"

# Common surnames, most frequent first (weights fall off roughly as in the census).
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
    "苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史"
    "顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
_SURNAME_CUM_WEIGHTS = list(accumulate(1.0 / (i + 4) for i in range(len(SURNAMES))))
MALE_GIVEN = (
    "建国", "建军", "国强", "志强", "永强", "海涛", "明", "伟", "军", "勇", "磊", "强", "涛",
    "斌", "超", "鹏", "辉", "刚", "平", "兵", "东", "春生", "福生", "文华", "德明", "玉林",
    "宝山", "长青", "振华", "红军", "卫东", "学军", "保平", "俊杰", "浩然", "子轩", "宇航",
    "家豪", "金山", "富贵", "满仓", "树林", "有才", "守业", "永福", "长生", "天佑", "忠义",
)  # fmt: skip
FEMALE_GIVEN = (
    "秀英", "桂英", "秀兰", "玉兰", "桂兰", "凤英", "丽", "芳", "敏", "静", "娟", "霞", "燕",
    "红梅", "丽华", "淑珍", "春花", "美玲", "玉珍", "海燕", "晓燕", "雪梅", "婷婷", "欣怡",
    "翠花", "小芳", "金花", "彩霞", "玉梅", "爱琴", "月娥", "巧云", "兰英", "素琴",
)  # fmt: skip
# Names with characters outside GB2312: Extension A (䶮), compatibility-area favourites
# (堃 喆 赟 昇 旻 犇 垚) and one Extension B character (𠮷, U+20BB7).
RARE_MEMBER_NAMES = (
    ("刘䶮", Gender.MALE), ("张堃", Gender.MALE), ("陈喆", Gender.FEMALE),
    ("周赟", Gender.MALE), ("𠮷庆华", Gender.MALE), ("林旻", Gender.FEMALE),
)  # fmt: skip
RARE_HEAD_NAMES = (
    "马犇", "杨垚", "吴昇平", "王堃强", "李喆", "赵赟", "龚䶮", "𠮷祥", "𠮷秀英", "孙旻",
    "郭犇", "黄垚",
)  # fmt: skip

VILLAGES = (
    "东关村", "西关村", "南街社区", "柳湾村", "杨家庄村", "石门村", "河滩村", "北山村",
)  # fmt: skip
GROUPS = ("一组", "二组", "三组", "四组", "五组", "六组", "七组")
SPECIALTIES = (
    "果树栽培", "中医内科", "法律咨询", "小微企业融资", "设施蔬菜种植", "畜牧养殖", "农产品电商",
    "乡村教育", "儿科", "劳动争议调解", "农机维修", "乡村规划", "中药材种植", "水利工程",
    "养老服务", "会计税务", "非遗剪纸", "食品安全",
)  # fmt: skip
WORK_UNITS = (
    f"{COUNTY}人民医院", f"{COUNTY}中医医院", f"{COUNTY}第一中学", f"{TOWNSHIP}中心小学",
    f"{COUNTY}农业农村局", f"{COUNTY}正信律师事务所", f"{COUNTY}农村信用合作联社",
    f"{COUNTY}金穗果品专业合作社", f"{COUNTY}鑫达农机有限公司", f"{TOWNSHIP}卫生院",
    f"{COUNTY}科技局", f"{COUNTY}惠民养殖专业合作社", f"{TOWNSHIP}柳湾村党支部",
    f"{COUNTY}水务局", f"{COUNTY}丰泰食品有限公司",
)  # fmt: skip
# Sector by weight: an agricultural studio is mostly 农业界, with a spread of others.
MEMBER_SECTORS = (
    ("农业界", 6), ("经济界", 2), ("医药卫生界", 2), ("教育界", 2), ("科技界", 1), ("工商联", 1),
    ("民盟", 1), ("九三学社", 1), ("少数民族界", 1), ("社会福利和社会保障界", 1), ("特邀", 1),
)  # fmt: skip
ENTERPRISE_BRANDS = ("鑫达", "兴农", "丰泰", "金穗", "绿源", "宏盛", "惠民", "瑞丰", "康源")
ENTERPRISE_TRADES = (
    "果品专业合作社", "农机服务有限公司", "建材厂", "养殖场", "农家乐", "蔬菜种植专业合作社",
    "电商服务部", "面粉加工厂", "中药材种植专业合作社", "冷链物流有限公司",
)  # fmt: skip
# Household tags for a minority of households, by weight.
DEMO_TAGS = (
    ("低保", 5),
    ("独居老人", 4),
    ("残疾", 3),
    ("留守儿童", 3),
    ("脱贫户", 5),
    ("退役军人", 2),
)
# Real-looking administrative division codes (6 digits) for ID numbers.
REGION_CODES = ("620421", "620422", "620423", "620521", "620523", "620102", "620103")

HOUSEHOLD_NOTES = (
    "了解春耕用工情况，反映灌溉渠堵塞",
    "询问医保缴费及报销比例，已当场解释",
    "反映村道路灯损坏，夜间出行不便",
    "了解苹果销售情况，今年价格偏低，希望对接电商平台",
    "老人身体状况良好，提醒冬季取暖注意煤烟中毒",
    "反映孩子上学路远，希望增开校车",
    "咨询小额贷款政策，已介绍农商行惠农贷",
    "了解低保年审进展，材料已齐全",
    "反映自来水水压不足，已联系村委会",
    "宣传防诈骗知识，发放宣传单",
    "了解土地流转意向，暂不打算流转",
    "询问残疾人两项补贴申领流程，已告知所需材料",
    "协助联系农技站上门指导果树修剪",
    "反映河道垃圾较多，建议组织清理",
    "回访上次反映的灌溉渠问题，已疏通，群众满意",
    "了解留守儿童学习情况，联系学校老师关注",
    "反映村里快递点太远，希望设代收点",
    "询问退役军人优待证办理，已指导线上申请",
)
ENTERPRISE_NOTES = (
    "了解企业用工需求，缺季节性采摘工约20人",
    "企业反映贷款审批慢，已转县金融办协调",
    "了解冷库建设进展，协调用电增容",
    "宣讲减税降费政策，企业表示已享受",
    "了解合作社带动农户增收情况，带动周边40余户",
    "企业反映产品检测要到市里，希望县里设检测点",
)
REMOTE_NOTES = (
    "电话了解近况，无新诉求",
    "电话回访上次反映的问题，已解决",
    "微信沟通，转发春播技术资料",
    "微信了解家中老人身体情况",
    "电话提醒参加医保缴费",
)
VISIT_METHODS = ((VisitMethod.IN_PERSON, 60), (VisitMethod.PHONE, 28), (VisitMethod.WECHAT, 12))
NOT_VISITED_SHARE = 0.2  # linked households not visited within 90 days
STALE_DAYS = 90


@dataclass(frozen=True)
class StudioPlan:
    """What makes one demo studio itself: its name and place, its villages, its lead member's
    sector (the county demo has several, ``demo.county``)."""

    name: str
    township: str
    address: str
    phone: str
    speciality: str
    villages: tuple[str, ...]
    lead_sector: str
    lead_specialties: str
    rare_names: bool = True  # members and household heads with characters outside GB2312


TOWNSHIP_STUDIO = StudioPlan(
    name=f"{TOWNSHIP}农业界委员工作室",
    township=TOWNSHIP,
    address=f"{COUNTY}{TOWNSHIP}人民路18号（镇政府院内二楼）",
    phone="0931-6123456",
    speciality="果蔬产业技术指导、农产品产销对接、涉农矛盾纠纷调解；每月15日为委员接待日。",
    villages=VILLAGES,
    lead_sector="农业界",
    lead_specialties="果树栽培、农产品电商",
)


@dataclass
class DemoSummary:
    """How many of each thing a fill created."""

    studios: int = 0
    members: int = 0  # active
    archived_members: int = 0
    households: int = 0  # including enterprises
    enterprises: int = 0
    id_numbers: int = 0
    tagged_households: int = 0
    linkages: int = 0  # active links
    visits: int = 0
    not_visited_households: int = 0  # linked, not visited within 90 days (or never)
    reception_days: int = 0
    requests: int = 0
    meetings: int = 0  # consultation meetings, symposiums and surveys, with their minutes
    archived: int = 0  # documents in the archive: finalised minutes (one revised), the poster
    activities: int = 0  # entered by the coordinator (全会, 调研 …); the others are read

    def __str__(self) -> str:
        return tr(
            "{studios} 个工作室，{members} 名委员（另有 {archived_members} 名已归档），"
            "{households} 个联系户（其中企业 {enterprises} 家），{linkages} 条联户关系，"
            "{visits} 次走访，{reception_days} 个接待日，{requests} 件群众诉求，"
            "{meetings} 份会议纪要（存档文件 {archived} 份），{activities} 项登记的履职活动"
        ).format(**vars(self))


@dataclass
class _Demo:
    """What every area function shares while filling one database."""

    rng: random.Random
    today: date
    plan: StudioPlan = TOWNSHIP_STUDIO
    session: Session | None = None  # the session of the studio being filled (``fill_studio``)
    summary: DemoSummary = field(default_factory=DemoSummary)
    studio: Studio | None = None
    members: list[Member] = field(default_factory=list)  # active, lead first
    archived: list[Member] = field(default_factory=list)
    home_villages: dict[uuid.UUID, list[str]] = field(default_factory=dict)
    households: list[Household] = field(default_factory=list)
    links: list[Linkage] = field(default_factory=list)  # active links
    phones: set[str] = field(default_factory=set)

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def at(self, day: date) -> datetime:
        """A time on ``day`` in office hours, in UTC (as every timestamp is stored)."""
        local = datetime.combine(day, time(self.rng.randint(8, 17), self.rng.randint(0, 59)))
        return (local - timedelta(hours=8)).replace(tzinfo=UTC)


# ---- small generators (also used by synthetic_county) -----------------------------------------


def weighted(rng: random.Random, pairs: tuple[tuple[object, int], ...]) -> object:
    """One of the values of ``(value, weight)`` pairs, drawn by weight."""
    values, cum_weights = _cumulative(pairs)
    return rng.choices(values, cum_weights=cum_weights)[0]


@cache
def _cumulative(pairs: tuple[tuple[object, int], ...]) -> tuple[tuple, list[int]]:
    values, weights = zip(*pairs, strict=True)
    return values, list(accumulate(weights))


def person_name(rng: random.Random, gender: Gender) -> str:
    surname = rng.choices(SURNAMES, cum_weights=_SURNAME_CUM_WEIGHTS)[0]
    return surname + rng.choice(MALE_GIVEN if gender == Gender.MALE else FEMALE_GIVEN)


def mobile_phone(rng: random.Random, used: set[str]) -> str:
    """A new valid mainland mobile number (1[3-9]xxxxxxxxx), unique within ``used``."""
    while True:
        phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
        if phone not in used:
            used.add(phone)
            return phone


def landline(rng: random.Random, used: set[str]) -> str:
    while True:
        phone = f"0931-{rng.randint(2, 8)}{rng.randrange(10**6):06d}"
        if phone not in used:
            used.add(phone)
            return phone


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(region: str, birth: date, sequence: int, male: bool) -> str:
    """A GB 11643 resident ID: region, birth date, sequence (odd for men) and check digit."""
    seq = sequence % 1000
    if (seq % 2 == 1) != male:
        seq = seq + 1 if seq < 999 else seq - 1
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return (
        body + "10X98765432"[sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS, strict=True)) % 11]
    )


def random_id_number(rng: random.Random, today: date, male: bool) -> str:
    birth = date(today.year - rng.randint(25, 85), 1, 1) + timedelta(days=rng.randrange(365))
    return id_number(rng.choice(REGION_CODES), birth, rng.randrange(1000), male)


def household_size(rng: random.Random) -> int:
    return weighted(rng, ((1, 8), (2, 18), (3, 22), (4, 25), (5, 15), (6, 8), (7, 4)))


def demo_tags(rng: random.Random) -> list[str]:
    tags = [weighted(rng, DEMO_TAGS)]
    if rng.random() < 0.2:
        tags.append(weighted(rng, DEMO_TAGS))
    return list(dict.fromkeys(tags))


# ---- the township studio ---------------------------------------------------------------------


def fill_demo(
    services: Services,
    *,
    seed: int = 1,
    households: int = 320,
    today: date | None = None,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with a realistic studio; refuses one that already has members.

    All or nothing: the whole demo is one transaction (``Database.one_transaction``), so a demo
    that fails or is killed half-way leaves the database as it was, and can simply be run
    again.

    Args:
        services: the services over the database to fill.
        seed: the same seed gives the same names, numbers and dates (for the same ``today``).
        households: how many households and enterprises (at least 40).
        today: the day the data is relative to (visits within the past year of it).
        force: fill even when the database already holds members.
        progress: told what is being filled, a few words at each step (perhaps on another thread).
    """
    step = progress or (lambda _text: None)
    one_transaction = getattr(services.db, "one_transaction", None)
    if one_transaction is None:  # a session source of another kind: step by step
        return _fill(services, seed=seed, households=households, today=today, force=force,
                     step=step)  # fmt: skip
    from studio_app.core.services import Services

    with one_transaction() as db:
        inner = Services(db)
        inner.current_user = services.current_user
        return _fill(inner, seed=seed, households=households, today=today, force=force,
                     step=step)  # fmt: skip


def _fill(
    services: Services, *, seed: int, households: int, today: date | None, force: bool,
    step: Callable[[str], None],
) -> DemoSummary:  # fmt: skip
    today = today or date.today()
    with services.db.session() as s:
        refuse_if_filled(s, force)
    demo = _Demo(rng=random.Random(seed), today=today)
    fill_studio(services, demo, households, step)
    return demo.summary


def fill_studio(
    services: Services, demo: _Demo, households: int, step: Callable[[str], None],
    *, studio_id: uuid.UUID | None = None,
) -> None:  # fmt: skip
    """Fill one studio of ``demo.plan`` into ``services`` (made here, or ``studio_id`` made
    before, which the services then work in); counts go into ``demo.summary``."""
    with services.db.session() as s:
        demo.session = s
        step(tr("工作室和委员…"))
        if studio_id is None:
            _add_studio(demo)
        else:  # made (and counted) by the county demo
            demo.studio = s.get(Studio, studio_id)
        _add_members(demo)
        s.flush()  # the memberships first: a link is checked against the member's studios
        step(tr("联系户和走访…"))
        _add_households(demo, max(households, 40))
        _add_linkages(demo)
        _add_visits(demo)
    # Through the services, each in its own transactions (the workflow keeps their history).
    step(tr("接待日和群众诉求…"))
    today = demo.today
    made = add_reception_and_requests(
        services, demo.rng, today, demo.studio.id, demo.members,
        [h for h in demo.households if h.kind == HouseholdKind.HOUSEHOLD],
    )  # fmt: skip
    demo.summary.reception_days += made.reception_days
    demo.summary.requests += made.requests
    step(tr("会议纪要…"))
    demo.summary.meetings += add_meetings(services, demo.rng, today, demo.studio.id, demo.members)
    step(tr("纪要定稿存档…"))
    demo.summary.archived += finalise_minutes(services)
    step(tr("提案与社情民意…"))
    add_proposals(services, demo.rng, today, demo.members)
    step(tr("履职活动…"))
    demo.summary.activities += add_activities(services, demo.rng, today, demo.members)
    step(tr("扫码提交…"))
    add_submissions(services, demo.rng, today, demo.households)
    # Later areas go here, one function each.


def refuse_if_filled(s: Session, force: bool) -> None:
    if not force and s.scalar(select(func.count(Member.id))):
        raise StudioError(
            tr(
                "数据库中已有委员资料，不能再填入演示数据，以免与真实资料混在一起。请新建一个空数据库后再试。"
            )
        )


def _add_studio(demo: _Demo) -> None:
    plan = demo.plan
    values = StudioService._validate(
        StudioInput(
            name=plan.name, township=plan.township, address=plan.address, phone=plan.phone,
            speciality=plan.speciality,
        )
    )  # fmt: skip
    demo.studio = Studio(id=demo.new_id(), **values)
    demo.phones.add(values["phone"])
    demo.session.add(demo.studio)
    demo.summary.studios += 1


def _member_input(demo: _Demo, name: str, gender: Gender, sector: str) -> MemberInput:
    rng = demo.rng
    level = weighted(
        rng, ((MemberLevel.COUNTY, 16), (MemberLevel.MUNICIPAL, 3), (MemberLevel.PROVINCIAL, 1))
    )
    specialties = "、".join(rng.sample(SPECIALTIES, rng.randint(1, 3)))
    return MemberInput(
        name=name,
        gender=gender,
        level=level,
        sector=sector,
        committee=rng.choice(COMMITTEES),
        work_unit=rng.choice(WORK_UNITS),
        phone=mobile_phone(rng, demo.phones),
        specialties=specialties,
    )


def _add_members(demo: _Demo, active: int = 14, archived: int = 2) -> None:
    """One lead (领衔) and team members (加盟), a few with rare-character names; two archived."""
    rng, s = demo.rng, demo.session
    names: list[tuple[str, Gender]] = list(RARE_MEMBER_NAMES) if demo.plan.rare_names else []
    taken = {n for n, _ in names}
    while len(names) < active + archived:
        gender = Gender.MALE if rng.random() < 0.65 else Gender.FEMALE
        name = person_name(rng, gender)
        if name not in taken:
            taken.add(name)
            names.append((name, gender))
    rng.shuffle(names)
    for index, (name, gender) in enumerate(names):
        is_lead = index == 0
        sector = demo.plan.lead_sector if is_lead else weighted(rng, MEMBER_SECTORS)
        values = validate_member(_member_input(demo, name, gender, sector))
        if is_lead:
            values["specialties"] = demo.plan.lead_specialties
            values["level"] = MemberLevel.MUNICIPAL
        member = Member(id=demo.new_id(), **values)
        joined = demo.days_ago(400, 1500)
        membership = StudioMembership(
            id=demo.new_id(),
            studio_id=demo.studio.id,
            member_id=member.id,
            role=MembershipRole.LEAD if is_lead else MembershipRole.TEAM,
            joined_on=joined,
        )
        s.add_all([member, membership])
        if index < active:
            demo.members.append(member)
            demo.home_villages[member.id] = rng.sample(demo.plan.villages, 2)
        else:
            membership.left_on = demo.days_ago(30, 300)
            member.archived_at = demo.at(membership.left_on)
            member.notes = "任期届满，不再担任委员。"
            demo.archived.append(member)
    demo.summary.members += active
    demo.summary.archived_members += archived


def _add_households(demo: _Demo, count: int) -> None:
    """Mostly farming households (农户) in eight villages, some enterprises (企业)."""
    rng, villages, township = demo.rng, demo.plan.villages, demo.plan.township
    rare = list(RARE_HEAD_NAMES) if demo.plan.rare_names else []
    enterprises: set[str] = set()
    for index in range(count):
        village = villages[index % len(villages)] if index < len(villages) else rng.choice(villages)
        group = rng.choice(GROUPS[:4] if village.endswith("社区") else GROUPS)
        address = f"{township}{village}{group}{rng.randint(1, 120)}号"
        if index % 17 == 5:  # about 6% enterprises
            name = enterprise_name(rng, village, enterprises)
            data = HouseholdInput(
                head_name=name,
                kind=HouseholdKind.ENTERPRISE,
                phone=landline(rng, demo.phones)
                if rng.random() < 0.4
                else mobile_phone(rng, demo.phones),
                village=village,
                group_name=group,
                address=address,
                notes=f"法人代表：{person_name(rng, Gender.MALE)}",
            )
            demo.summary.enterprises += 1
        else:
            male = rng.random() < 0.7
            gender = Gender.MALE if male else Gender.FEMALE
            head = rare.pop(0) if rare and index % 23 == 3 else person_name(rng, gender)
            tags = demo_tags(rng) if rng.random() < 0.25 else []
            size = 1 if "独居老人" in tags else household_size(rng)
            data = HouseholdInput(
                head_name=head,
                phone=mobile_phone(rng, demo.phones) if rng.random() < 0.95 else "",
                id_number=random_id_number(rng, demo.today, male) if rng.random() < 0.3 else "",
                village=village,
                group_name=group,
                address=address,
                size=size,
                tags=tags,
                notes=rng.choice(("", "", "", "子女在外务工", "种植苹果12亩", "养牛8头")),
            )
            demo.summary.id_numbers += bool(data.id_number)
            demo.summary.tagged_households += bool(tags)
        household = Household(id=demo.new_id())
        apply_household_values(household, validate_household(data))
        demo.session.add(household)
        demo.households.append(household)
    for head in rare:  # households too few to place every rare name in passing
        data = HouseholdInput(
            head_name=head,
            phone=mobile_phone(rng, demo.phones),
            village=villages[0],
            group_name=GROUPS[0],
            size=3,
        )
        household = Household(id=demo.new_id())
        apply_household_values(household, validate_household(data))
        demo.session.add(household)
        demo.households.append(household)
    demo.summary.households += len(demo.households)


def enterprise_name(rng: random.Random, village: str, taken: set[str]) -> str:
    """A new enterprise name such as 柳湾果品专业合作社 or 丰源县鑫达农机服务有限公司."""
    stem = village.removesuffix("村").removesuffix("社区")
    for attempt in range(1000):
        brand = rng.choice(ENTERPRISE_BRANDS)
        # Once the short names are used up, put the brand after the village.
        prefix = rng.choice((stem, brand, f"{COUNTY}{brand}")) if attempt < 10 else stem + brand
        name = prefix + rng.choice(ENTERPRISE_TRADES)
        if attempt >= 100:
            name += f"{attempt - 99}号店"
        if name not in taken:
            taken.add(name)
            return name
    raise RuntimeError("no enterprise name left")


def _add_linkages(demo: _Demo) -> None:
    """Each active member keeps in touch with 15–30 households, mostly in two home villages.

    A household has at most two members, the first one linked being its primary contact; one
    link is to end next month. Archived members keep their ended links in the history.
    """
    rng, s = demo.rng, demo.session
    linked: dict[uuid.UUID, list[uuid.UUID]] = {}
    by_village: dict[str, list[Household]] = {}
    for h in demo.households:
        by_village.setdefault(h.village, []).append(h)

    def candidates(member: Member, villages: list[str]) -> list[Household]:
        pool = [h for v in villages for h in by_village.get(v, ())]
        free = [
            h
            for h in pool
            if len(linked.get(h.id, ())) < 2 and member.id not in linked.get(h.id, ())
        ]
        rng.shuffle(free)
        free.sort(key=lambda h: len(linked.get(h.id, ())))  # unlinked households first
        return free

    for member in demo.members:
        wanted = rng.randint(15, 30)
        chosen = candidates(member, demo.home_villages[member.id])[:wanted]
        if len(chosen) < wanted:
            others = [h for h in candidates(member, list(demo.plan.villages)) if h not in chosen]
            chosen += others[: wanted - len(chosen)]
        for h in chosen:
            others_linked = linked.setdefault(h.id, [])
            link = Linkage(
                id=demo.new_id(),
                member_id=member.id,
                household_id=h.id,
                since=demo.days_ago(60, 900),
                primary=not others_linked,
            )
            others_linked.append(member.id)
            s.add(link)
            demo.links.append(link)
    # One link that ends next month (the member hands the household over): in force until then.
    leaving = next(k for k in reversed(demo.links) if not k.primary)
    leaving.until = demo.today + timedelta(days=30)
    for member in demo.archived:  # their links ended when they left
        left = member.archived_at.date()
        for h in rng.sample(demo.households, 6):
            s.add(
                Linkage(
                    id=demo.new_id(),
                    member_id=member.id,
                    household_id=h.id,
                    since=left - timedelta(days=rng.randint(200, 800)),
                    until=left,
                )
            )
    demo.summary.linkages += len(demo.links)


def _add_visits(demo: _Demo) -> None:
    """A year of visits; about one linked household in five not visited in the last 90 days."""
    rng, s, today = demo.rng, demo.session, demo.today
    by_household: dict[uuid.UUID, list[Linkage]] = {}
    for link in demo.links:
        by_household.setdefault(link.household_id, []).append(link)
    households = {h.id: h for h in demo.households}
    year_ago = today - timedelta(days=365)
    stale_cut = today - timedelta(days=STALE_DAYS)
    visits: list[Visit] = []
    for household_id, links in by_household.items():
        household = households[household_id]
        stale = rng.random() < NOT_VISITED_SHARE
        for link in links:  # primary first: it was linked first
            start = max(link.since, year_ago)
            end = stale_cut - timedelta(days=1) if stale else today
            if start > end:
                continue
            n = rng.randint(1, 4) if link.primary and not stale else rng.randint(0, 2)
            days = sorted(
                start + timedelta(days=rng.randint(0, (end - start).days)) for _ in range(n)
            )
            if not stale and link.primary and (not days or days[-1] < stale_cut):
                days.append(
                    max(start, stale_cut)
                    + timedelta(days=rng.randint(0, (today - max(start, stale_cut)).days))
                )
            for day in days:
                method = weighted(rng, VISIT_METHODS)
                visits.append(
                    Visit(
                        id=demo.new_id(),
                        member_id=link.member_id,
                        household_id=household_id,
                        visited_on=day,
                        method=method,
                        notes=clean_text(_visit_note(rng, household, method)),
                        created_at=demo.at(day),
                    )
                )
                if household.last_visit_on is None or household.last_visit_on < day:
                    household.last_visit_on = day
        if household.last_visit_on is None or household.last_visit_on < stale_cut:
            demo.summary.not_visited_households += 1
    s.add_all(visits)
    demo.summary.visits += len(visits)


def _visit_note(rng: random.Random, household: Household, method: VisitMethod) -> str:
    if method != VisitMethod.IN_PERSON:
        return rng.choice(REMOTE_NOTES)
    if household.kind == HouseholdKind.ENTERPRISE:
        return rng.choice(ENTERPRISE_NOTES)
    return rng.choice(HOUSEHOLD_NOTES)
