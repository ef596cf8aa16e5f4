"""扫码说事 in the demo: a few submissions from villagers' phones awaiting the desk — one from a
known household's phone (accepting links the household), one about an open matter already
registered (to merge), one with a rare character in the name, and one that is not the studio's
to handle (to reject with a reason)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from studio_app.base.enums import RequestStatus
from studio_app.core.intake import SubmissionInput
from studio_app.core.models import Household, Request

if TYPE_CHECKING:
    from studio_app.core.services import Services


def add_submissions(services: Services, rng: random.Random, today: date,
                    households: list[Household]) -> int:  # fmt: skip
    """Four pending submissions received yesterday and today; returns how many."""
    with services.db.session() as s:
        open_matter = s.scalars(
            select(Request.content).where(Request.status == RequestStatus.REGISTERED)
            .order_by(Request.registered_at.desc()).limit(1)
        ).first()  # fmt: skip
    known = next(h for h in households if h.phone.startswith("1"))
    submissions = [
        SubmissionInput(name=known.head_name, phone=known.phone, village=known.village,
                        category="农业", content="地里的灌溉渠塌了一段，春灌放不下水，请帮忙协调修一下。"),
        SubmissionInput(name="冯建军", phone="13993100421", village=known.village,
                        content=f"{open_matter or '村口路灯坏了'}，上次反映后还没有人来看。"),
        SubmissionInput(name="赵𠮷", phone="13893206617", village="北坡村", category="养老",
                        content="我母亲八十多岁独居，想问高龄补贴怎么申请，需要带什么材料。"),
        SubmissionInput(name="孙丽", phone="15209318830", village="南街社区",
                        content="我家和邻居因为借钱的事吵起来了，想请工作室评评理，让他马上还钱。"),
    ]  # fmt: skip
    hours = (9, 15, 8, 10)  # yesterday morning and afternoon, this morning twice
    for n, (data, hour) in enumerate(zip(submissions, hours, strict=True)):
        day = today - timedelta(days=1 if n < 2 else 0)
        local = datetime.combine(day, time(hour, rng.randint(0, 59)))
        at = (local - timedelta(hours=8)).replace(tzinfo=UTC)
        services.intake.receive(services.intake.checked(
            SubmissionInput(**{**vars(data), "consent": True})), at=at)  # fmt: skip
    return len(submissions)
