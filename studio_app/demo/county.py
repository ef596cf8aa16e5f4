"""The county demo: several studios on one database, as on a county's shared server.

``fill_county_demo`` builds three township studios, each as the one-studio demo builds its
studio (lead and team members, households and visits, reception days, requests in every
state, meetings with minutes, proposals, activities), each entered while the services work in
that studio (``Services.use_studio``), so every record is saved into its own studio by the same
rule as in the window. Then the users: a 县政协管理员 (unless one is signed in already: a
server set up with ``server-init``) and a 联络员 for each studio, all with ``DEMO_PASSWORD``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from studio_app.base.enums import HouseholdKind, RequestChannel, RequestStatus, Role, Satisfaction
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.core.models import Request, Studio
from studio_app.core.visitor_requests import RequestInput
from studio_app.demo.requests import ACTOR, MATTERS, _at
from studio_app.demo.studio import (
    COUNTY,
    TOWNSHIP_STUDIO,
    DemoSummary,
    StudioPlan,
    _add_studio,
    _Demo,
    fill_studio,
    refuse_if_filled,
)

if TYPE_CHECKING:
    from studio_app.core.access import CurrentUser
    from studio_app.core.services import Services

DEMO_PASSWORD = "demo-2026"  # printed with the user names: a demo's, never a real one
COUNTY_ADMIN = "county"
STUDIO_HOUSEHOLDS = 160  # per studio: three studios fill in about the time one of 320 takes

STUDIOS = (
    (TOWNSHIP_STUDIO, "chengguan"),
    (
        StudioPlan(
            name="河湾镇医药卫生界委员工作室",
            township="河湾镇",
            address=f"{COUNTY}河湾镇卫生院东侧委员之家",
            phone="0931-6234567",
            speciality="义诊巡诊、慢病管理和医保政策解答；每月第一个星期三为委员接待日。",
            villages=("河湾村", "新庄村", "马家堡村", "红星社区", "李家沟村", "沙河村"),
            lead_sector="医药卫生界",
            lead_specialties="中医内科、养老服务",
            rare_names=False,
        ),
        "hewan",
    ),
    (
        StudioPlan(
            name="青石乡经济界委员工作室",
            township="青石乡",
            address=f"{COUNTY}青石乡工业园区管委会一楼",
            phone="0931-6345678",
            speciality="企业用工、融资对接和营商环境问题收集；每月10日为委员接待日。",
            villages=("青石村", "上寨村", "下寨村", "工业园社区", "松树坪村", "龙泉村"),
            lead_sector="经济界",
            lead_specialties="小微企业融资、会计税务",
            rare_names=False,
        ),
        "qingshi",
    ),
)


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: Role
    studio: str  # the studio's name, or "" for the county office


@dataclass
class CountyDemo:
    """What the county demo made: the counts over every studio, and who can sign in."""

    summary: DemoSummary
    users: list[DemoUser] = field(default_factory=list)
    password: str = DEMO_PASSWORD


def fill_county_demo(
    services: Services,
    *,
    seed: int = 1,
    households: int = STUDIO_HOUSEHOLDS,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> CountyDemo:
    """Fill an empty database (no member yet) with the county demo, all or nothing.

    When logins are set up already (``server-init`` made the 县政协管理员), the signed-in
    user must be a 县政协管理员: the studios' users are added by them; otherwise a
    县政协管理员 ``county`` is made too.
    """
    step = progress or (lambda _text: None)
    user = services.current_user
    if services.access.enabled() and (user is None or user.role != Role.COUNTY_ADMIN):
        raise StudioError(
            tr("县政协的演示数据要由县政协管理员填入：请以县政协管理员登录后再运行。")
        )
    from studio_app.core.services import Services

    with services.db.one_transaction() as db:
        inner = Services(db)
        inner.current_user = user
        return _fill(inner, random.Random(seed), households, today or date.today(), step)


def _fill(
    services: Services, rng: random.Random, households: int, today: date,
    step: Callable[[str], None],
) -> CountyDemo:  # fmt: skip
    summary = DemoSummary()
    phones: set[str] = set()
    with services.db.session() as s:
        refuse_if_filled(s, force=False)
    studios: list[tuple[Studio, str]] = []
    for plan, login in STUDIOS:
        demo = _Demo(rng=rng, today=today, plan=plan, summary=summary, phones=phones)
        services.use_studio(None)
        with services.db.session() as s:  # the studio first: then the services work in it
            demo.session = s
            _add_studio(demo)
        services.use_studio(demo.studio.id)
        step(tr("工作室“{name}”：").format(name=plan.name))
        fill_studio(services, demo, households, step, studio_id=demo.studio.id)
        summary.requests += add_missing_states(services, demo)
        studios.append((demo.studio, login))
    services.use_studio(None)
    step(tr("用户…"))
    return CountyDemo(summary, _add_users(services, studios))


# How far a request is taken, in working days after it came in: each step's day.
_COURSES: dict[RequestStatus, tuple[int, ...]] = {
    RequestStatus.REGISTERED: (),
    RequestStatus.ASSIGNED: (1,),
    RequestStatus.IN_PROGRESS: (1, 3),
    RequestStatus.ANSWERED: (1, 3, 6),
    RequestStatus.CLOSED: (1, 3, 6, 9),
}


def add_missing_states(services: Services, demo: _Demo) -> int:
    """A request in each state the studio's random course left out (a studio of a county
    demo shows every state: the one-studio demo keeps its own, unchanged); returns how many
    were added. Merged and turned-into-report ones are always made (``demo.requests``)."""
    requests = services.requests
    with services.db.session() as s:
        present = set(s.scalars(select(Request.status).distinct()))
    workdays = services.calendar.calendar()
    households = [h for h in demo.households if h.kind == HouseholdKind.HOUSEHOLD]
    added = 0
    for status in (*_COURSES, RequestStatus.REJECTED):
        if status in present:
            continue
        steps = _COURSES.get(status, (1,))
        # Far enough back for its steps to be past, recent enough to be in this month's work.
        on = demo.today - timedelta(days=2)
        while workdays.add_workdays(on, max(steps, default=0) + 1) >= demo.today:
            on -= timedelta(days=1)
        category = demo.rng.choice(list(MATTERS))
        sayings, unit, reply = MATTERS[category]
        household = demo.rng.choice(households)
        r = requests.register(
            RequestInput(content=demo.rng.choice(sayings), category=category,
                         channel=RequestChannel.PHONE, visitor_name=household.head_name,
                         visitor_phone=household.phone, village=household.village,
                         household_id=household.id),
            actor=ACTOR, at=_at(on, 9, demo.rng),
        )  # fmt: skip
        at = [_at(workdays.add_workdays(on, n), 10, demo.rng) for n in steps]
        if status == RequestStatus.REJECTED:
            requests.reject(r.id, "属于司法诉讼程序中的事项，已告知通过法律途径解决",
                            actor=ACTOR, at=at[0])  # fmt: skip
        else:
            _take(services, r.id, at, demo.members[0].id, unit, reply)
        added += 1
    return added


def _take(services: Services, request_id, at: list, member_id, unit: str, reply: str) -> None:
    """Take a request one step at each time of ``at``: assigned, in hand, answered, closed."""
    requests = services.requests
    if len(at) > 0:
        requests.assign(request_id, assignee_id=member_id, handling_unit=unit, actor=ACTOR,
                        at=at[0])  # fmt: skip
    if len(at) > 1:
        requests.start(request_id, actor=ACTOR, at=at[1])
    if len(at) > 2:
        requests.answer(request_id, reply, actor=ACTOR, at=at[2])
    if len(at) > 3:
        requests.return_visit(request_id, Satisfaction.SATISFIED, "", actor=ACTOR, at=at[3])


def _add_users(services: Services, studios: list[tuple[Studio, str]]) -> list[DemoUser]:
    access = services.access
    users: list[DemoUser] = []
    admin: CurrentUser | None = services.current_user
    if admin is None:
        admin = access.create_first_admin(
            COUNTY_ADMIN, tr("县政协管理员"), DEMO_PASSWORD, role=Role.COUNTY_ADMIN
        )
        users.append(DemoUser(COUNTY_ADMIN, Role.COUNTY_ADMIN, ""))
    for studio, login in studios:
        username = f"{login}-lianluo"
        access.add_user(
            admin, username, tr("{studio}联络员").format(studio=studio.township),
            Role.COORDINATOR, DEMO_PASSWORD, studio_id=studio.id,
        )  # fmt: skip
        users.append(DemoUser(username, Role.COORDINATOR, studio.name))
    return users
