"""The printing part of ``studio-app bench``: minutes of five pages, a 扫码找委员 poster of a
studio with 400 members (codes encoded from scratch, then again from the cache), and the size
of a two-page minutes PDF. On its own database, so the county's size does not matter here."""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studio_app.base.enums import AttendanceRole, Gender, MemberLevel, MembershipRole
from studio_app.base.labels import SECTORS
from studio_app.core.meetings import ActionInput, AgendaInput, AttendeeInput, MeetingInput
from studio_app.core.members import MemberInput
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.demo.studio import mobile_phone, person_name
from studio_app.storage.migrate import open_database

TARGET_MINUTES_S = 0.15  # five pages, after the first (issue 17)
TARGET_POSTER_S = 2.0  # 400 members
TARGET_MINUTES_KB = 200.0  # two pages
RUNS = 5
SPECIALTIES = ("果树栽培", "农产品电商", "乡村规划", "中医内科", "劳动争议调解", "法律咨询",
               "畜牧养殖", "会计税务", "乡村教育", "道路建设")  # fmt: skip
DISCUSSION = (
    "东风村三组至五组的村道长约3.2公里，雨天泥泞，群众出行困难；与会委员和县交通运输局的同志"
    "逐段查看了路况，认为应先解决排水，再分段硬化，资金由县乡两级和村集体共同筹措。"
)


def _meeting(services: Services, studio_id, members, *, agenda: int, repeat: int, actions: int):
    return services.meetings.create(
        MeetingInput(
            studio_id=studio_id,
            starts_at=datetime.now(UTC) - timedelta(days=3),
            place="协商议事室",
            topic="东风村村道硬化和饮水安全协商",
            topic_source="群众出题",
            host=members[0].name,
            recorder=members[1].name,
            attendees=[AttendeeInput(member_id=m.id, name=m.name,
                                     attendance=AttendanceRole.ABSENT if i == 9 else AttendanceRole.PRESENT)
                       for i, m in enumerate(members[:10])]
            + [AttendeeInput(name="吉𠮷", unit="县交通运输局", title="副局长")],
            agenda=[AgendaInput(title=f"第{i}段村道", discussion=DISCUSSION * repeat)
                    for i in range(1, agenda + 1)],
            agreed=[f"由县交通运输局牵头完成第{i}段立项。" for i in range(1, 5)],
            actions=[ActionInput(text=f"落实第{i}段村道硬化", responsible_unit="县交通运输局")
                     for i in range(1, actions + 1)],
        )
    )  # fmt: skip


def measure_printing(workdir: Path, *, members: int = 400, seed: int = 7) -> dict:
    from studio_app.documents import qr

    path = workdir / "printing.sqlite3"
    for stale in workdir.glob("printing.sqlite3*"):
        stale.unlink()
    database = open_database(path)
    try:
        services = Services(database)
        rng = random.Random(seed)
        used: set[str] = set()
        studio = services.studios.create(StudioInput(name="城关镇委员工作室", phone="0931-6123456"))
        roster = [
            services.members.create(
                MemberInput(
                    name=person_name(rng, rng.choice(list(Gender))), phone=mobile_phone(rng, used), sector=rng.choice(SECTORS),
                    level=rng.choice(list(MemberLevel)), studio_id=studio.id,
                    role=MembershipRole.LEAD if i == 0 else MembershipRole.TEAM,
                    specialties="、".join(rng.sample(SPECIALTIES, 3)),
                    work_unit=f"县第{i % 40 + 1}中学",
                )
            )
            for i in range(members)
        ]  # fmt: skip
        # five and two pages in the house style (3号 body; the attendance said once, issue 17)
        five = _meeting(services, studio.id, roster, agenda=3, repeat=6, actions=20)
        two = _meeting(services, studio.id, roster, agenda=1, repeat=2, actions=4)
        printing = services.printing

        start = time.perf_counter()
        first = printing.minutes(five.id)
        minutes_first_s = time.perf_counter() - start  # fonts opened and parsed here
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            printing.minutes(five.id)
            times.append(time.perf_counter() - start)
        small = printing.minutes(two.id)

        qr._matrix.cache_clear()
        start = time.perf_counter()
        poster = printing.qr_poster(studio.id)
        poster_cold_s = time.perf_counter() - start
        start = time.perf_counter()
        printing.qr_poster(studio.id)
        poster_warm_s = time.perf_counter() - start
        a3 = printing.qr_poster(studio.id, "A3")
    finally:
        database.close()
    return {
        "minutes_pages": first.pages,
        "minutes_first_s": minutes_first_s,
        "minutes_median_s": statistics.median(times),
        "small_pages": small.pages,
        "small_kb": len(small.data) / 1024,
        "poster_members": members,
        "poster_pages": poster.pages,
        "poster_a3_pages": a3.pages,
        "poster_kb": len(poster.data) / 1024,
        "poster_cold_s": poster_cold_s,
        "poster_warm_s": poster_warm_s,
    }


def checks(p: dict) -> dict[str, bool]:
    return {
        "minutes": p["minutes_median_s"] <= TARGET_MINUTES_S,
        "poster": p["poster_cold_s"] <= TARGET_POSTER_S,
        "minutes_size": p["small_kb"] <= TARGET_MINUTES_KB,
    }


def print_rows(p: dict, row) -> None:
    row(
        f"minutes, {p['minutes_pages']} pages: median of {RUNS}",
        f"{p['minutes_median_s'] * 1000:.0f} ms",
        f"≤ {TARGET_MINUTES_S * 1000:.0f} ms",
        "minutes",
    )
    row("  first document (fonts opened)", f"{p['minutes_first_s'] * 1000:.0f} ms")
    row(
        f"minutes, {p['small_pages']} pages: file size",
        f"{p['small_kb']:.0f} KB",
        f"≤ {TARGET_MINUTES_KB:.0f} KB",
        "minutes_size",
    )
    row(
        f"QR poster, {p['poster_members']} members (A4, {p['poster_pages']} pages)",
        f"{p['poster_cold_s']:.2f} s",
        f"≤ {TARGET_POSTER_S:.0f} s",
        "poster",
    )
    row("  again, codes cached", f"{p['poster_warm_s']:.2f} s")
    row("  file size / A3 pages", f"{p['poster_kb']:.0f} KB / {p['poster_a3_pages']}")  # fmt: skip
