"""The demo's entered activities (履职活动): what the studio's records do not hold — the county
plenary and standing-committee meetings, speeches, research and inspection, training, practical
help (帮办实事) — for every member, in the current calendar year up to the demo's day, so that
each member's record (一人一档), points and charts have content."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from studio_app.base.enums import ActivityKind
from studio_app.core.activities import ActivityInput

if TYPE_CHECKING:
    from studio_app.core.models import Member
    from studio_app.core.services import Services

K = ActivityKind
RESEARCH = (
    "乡村道路安全专题调研", "农村养老服务视察", "中小学课后服务调研", "农产品销售渠道调研",
    "河道整治情况视察", "基层医疗卫生服务调研",
)  # fmt: skip
TRAINING = ("新任委员履职培训", "县政协委员学习讲座", "提案撰写专题培训")
SERVICE = (
    "协调解决村民灌溉用水", "帮助困难户申请临时救助", "联系企业吸纳本村劳动力就业",
    "协调修复村口破损路面", "帮助留守老人办理医保报销",
)  # fmt: skip
OTHER = ("参加乡镇民情恳谈会", "参与县政协书画下乡活动")
STANDING_DAYS = ((3, 20), (6, 19), (9, 18), (12, 11))  # 常委会议, one a quarter


def add_activities(services: Services, rng: random.Random, today: date,
                   members: list[Member]) -> int:  # fmt: skip
    """Entered activities for each member on Jan 1..``today`` of ``today``'s year; how many."""
    year_start = date(today.year, 1, 1)
    plenary = date(today.year, 1, 13)  # the county's 全体会议, each January
    made = 0

    def add(member: Member, kind: ActivityKind, on: date, outcome: str = "", title: str = "",
            note: str = "") -> None:  # fmt: skip
        nonlocal made
        if year_start <= on <= today:
            services.activities.add(ActivityInput(member.id, kind, on, outcome, title, note))
            made += 1

    def some_day() -> date:
        return year_start + timedelta(days=rng.randint(0, (today - year_start).days))

    plenary_title = f"县政协{today.year}年全体会议"
    for n, member in enumerate(members):
        # one on approved leave and one absent without leave, so the ranking shows a failure
        outcome = {3: "leave", 9: "absent"}.get(n, "attended")
        note = "因公出差，经批准请假" if outcome == "leave" else ""
        add(member, K.PLENARY, plenary, outcome, plenary_title, note)
        if n < 4:  # the standing-committee members among them
            for month, day in STANDING_DAYS:
                add(member, K.STANDING, date(today.year, month, day),
                    "leave" if rng.random() < 0.15 else "attended", "县政协常委会议")  # fmt: skip
        if n % 4 == 0 and outcome == "attended":
            add(
                member,
                K.SPEECH,
                plenary,
                "written" if n else "oral",
                "大会发言：乡村振兴中的民生实事",
            )
        for title in rng.sample(RESEARCH, rng.randint(1, 3)):
            add(member, K.RESEARCH, some_day(), title=title)
        for title in rng.sample(TRAINING, rng.randint(0, 2)):
            add(member, K.TRAINING, some_day(), title=title)
        for title in rng.sample(SERVICE, rng.randint(0, 3)):
            add(member, K.SERVICE, some_day(), title=title)
        if rng.random() < 0.3:
            add(member, K.OTHER, some_day(), title=rng.choice(OTHER))
    return made
