"""A synthetic county for the benchmark: thousands of members, tens of thousands of households,
bulk-inserted with Core ``insert()`` and the same derived search columns the ORM would compute.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import TYPE_CHECKING

from studio_app.base.enums import Gender
from studio_app.base.labels import COMMITTEES, SECTORS
from studio_app.core.bulk import insert_rows
from studio_app.core.models import (
    Household,
    HouseholdStudio,
    HouseholdTag,
    Linkage,
    Member,
    Studio,
    StudioMembership,
    Visit,
)
from studio_app.core.search import bulk_household_inserts, household_derived, member_derived
from studio_app.demo.studio import (
    COUNTY,
    GROUPS,
    HOUSEHOLD_NOTES,
    NOT_VISITED_SHARE,
    RARE_HEAD_NAMES,
    RARE_MEMBER_NAMES,
    SPECIALTIES,
    STALE_DAYS,
    WORK_UNITS,
    DemoSummary,
    demo_tags,
    enterprise_name,
    household_size,
    landline,
    mobile_phone,
    person_name,
    random_id_number,
    refuse_if_filled,
    weighted,
)

if TYPE_CHECKING:
    from studio_app.core.services import Services


COUNTY_TOWNSHIPS = (
    "城关镇", "东坝镇", "西岔镇", "南湖乡", "北塬乡", "石桥镇", "柳林镇", "新集乡", "马营镇",
    "高崖镇", "金川乡", "红水镇", "杏花乡", "白杨镇", "青石乡",
)  # fmt: skip
_VILLAGE_FIRST = "柳杏石河北东西南红白黄清松槐梨枣新上下中马高"
_VILLAGE_SECOND = "湾园门滩山岭坪沟崖泉庄川堡岔峪洼台寨"


def county_villages(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """``count`` distinct (township, village) pairs such as (城关镇, 柳湾村)."""
    stems = [a + b for a in _VILLAGE_FIRST for b in _VILLAGE_SECOND]
    rng.shuffle(stems)
    stems = stems[:count]
    return [
        (COUNTY_TOWNSHIPS[i % len(COUNTY_TOWNSHIPS)], stem + ("社区" if i % 12 == 0 else "村"))
        for i, stem in enumerate(stems)
    ]


def synthetic_county(
    services: Services,
    *,
    members: int = 2000,
    households: int = 50000,
    seed: int = 1,
    today: date | None = None,
    force: bool = False,
    studios: int | None = None,
) -> DemoSummary:
    """Bulk-insert a whole county: ``studios`` studios (default one per ~40 members),
    households in ~240 villages.

    Rows are built in Python and written with ``bulk.insert_rows``, with the same derived search
    columns the ORM would compute, so 50,000 households take a few seconds. Each member
    is linked to 15–30 households (at most two members per household) and about 80 % of the
    linked households were visited in the last 90 days.
    """
    rng = random.Random(seed)
    today = today or date.today()
    now = datetime.now(UTC)
    summary = DemoSummary()
    phones: set[str] = set()

    def new_id() -> uuid.UUID:
        return uuid.UUID(int=rng.getrandbits(128), version=4)

    def record(**values) -> dict:
        return {"id": new_id(), **values}

    stamps = {"created_at": now, "updated_at": now, "version": 1}

    with services.db.session() as s:
        refuse_if_filled(s, force)

        # Studios: one per township and sector group, ~40 members each unless told.
        n_studios = max(1, min(members, studios or members // 40))
        studio_rows = [
            record(
                name=f"{COUNTY_TOWNSHIPS[i % len(COUNTY_TOWNSHIPS)]}{SECTORS[i % len(SECTORS)]}"
                f"委员工作室{'' if i < len(COUNTY_TOWNSHIPS) else i}",
                township=COUNTY_TOWNSHIPS[i % len(COUNTY_TOWNSHIPS)],
                address=f"{COUNTY}{COUNTY_TOWNSHIPS[i % len(COUNTY_TOWNSHIPS)]}人民路{i + 1}号",
                phone=landline(rng, phones),
                speciality="",
                archived_at=None,
            )
            for i in range(n_studios)
        ]
        insert_rows(s, Studio.__table__, studio_rows, stamps)
        summary.studios = n_studios

        # Members, each in one studio (the first of each studio leads it).
        member_rows, membership_rows = [], []
        for i in range(members):
            gender = Gender.MALE if rng.random() < 0.65 else Gender.FEMALE
            name = person_name(rng, gender) if i % 97 else RARE_MEMBER_NAMES[i // 97 % 6][0]
            values = {
                "name": name,
                "gender": gender.value,
                "level": weighted(rng, (("county", 16), ("municipal", 3), ("provincial", 1))),
                "sector": rng.choice(SECTORS),
                "committee": rng.choice(COMMITTEES),
                "work_unit": rng.choice(WORK_UNITS),
                "phone": mobile_phone(rng, phones),
                "specialties": "、".join(rng.sample(SPECIALTIES, rng.randint(1, 3))),
            }
            archived = rng.random() < 0.03
            row = record(
                **values,
                photo=None,
                notes="",
                archived_at=now if archived else None,
                **member_derived(SimpleNamespace(**values)),
            )
            member_rows.append(row)
            studio = studio_rows[i % n_studios]
            membership_rows.append(
                record(
                    studio_id=studio["id"],
                    member_id=row["id"],
                    role="lead" if i < n_studios else "team",
                    joined_on=today - timedelta(days=rng.randint(100, 1500)),
                    left_on=today if archived else None,
                )
            )
        insert_rows(s, Member.__table__, member_rows, stamps)
        insert_rows(s, StudioMembership.__table__, membership_rows, stamps)
        summary.members = sum(r["archived_at"] is None for r in member_rows)
        summary.archived_members = members - summary.members

        # Households: ~208 per village; 6 % enterprises; 30 % with an ID number.
        villages = county_villages(rng, max(1, households // 208))
        household_rows, tag_rows = [], []
        enterprises: set[str] = set()
        for i in range(households):
            township, village = villages[i % len(villages)]
            group = GROUPS[rng.randrange(len(GROUPS))]
            address = f"{township}{village}{group}{rng.randint(1, 150)}号"
            tags: list[str] = []
            if i % 17 == 5:
                kind, size, id_no = "enterprise", None, ""
                head = enterprise_name(rng, village, enterprises)
                summary.enterprises += 1
            else:
                male = rng.random() < 0.7
                kind = "household"
                head = (
                    RARE_HEAD_NAMES[i // 1009 % len(RARE_HEAD_NAMES)]
                    if i % 1009 == 7
                    else person_name(rng, Gender.MALE if male else Gender.FEMALE)
                )
                tags = demo_tags(rng) if rng.random() < 0.2 else []
                size = 1 if "独居老人" in tags else household_size(rng)
                id_no = random_id_number(rng, today, male) if rng.random() < 0.3 else ""
                summary.id_numbers += bool(id_no)
            values = {
                "head_name": head,
                "phone": mobile_phone(rng, phones),
                "village": village,
                "group_name": group,
                "address": address,
            }
            row = record(
                kind=kind,
                **values,
                id_number=id_no,
                size=size,
                notes="",
                last_visit_on=None,
                archived_at=now if rng.random() < 0.01 else None,
                **household_derived(SimpleNamespace(**values, tag_names=tags)),
            )
            household_rows.append(row)
            tag_rows += [{"household_id": row["id"], "tag": t} for t in tags]
        summary.tagged_households = len({r["household_id"] for r in tag_rows})

        # Links: walk the households in random order, giving each member 15–30 of them; a
        # second pass (when there are more links than households) adds a second member.
        active = [r for r in member_rows if r["archived_at"] is None]
        open_households = [r for r in household_rows if r["archived_at"] is None]
        order = rng.sample(open_households, len(open_households))
        link_rows, visit_rows, position = [], [], 0
        linked_to: dict[uuid.UUID, uuid.UUID] = {}
        for member in active:
            for _ in range(rng.randint(15, 30)):
                if position >= 2 * len(order):
                    break
                h = order[position % len(order)]
                position += 1
                if linked_to.get(h["id"]) == member["id"]:
                    continue
                primary = h["id"] not in linked_to
                linked_to.setdefault(h["id"], member["id"])
                since = today - timedelta(days=rng.randint(60, 900))
                link_rows.append(
                    record(
                        member_id=member["id"],
                        household_id=h["id"],
                        since=since,
                        until=None,
                        primary=primary,
                        archived_at=None,
                    )
                )
                if primary and rng.random() >= NOT_VISITED_SHARE:
                    day = today - timedelta(
                        days=rng.randint(0, min(STALE_DAYS - 1, (today - since).days))
                    )
                    h["last_visit_on"] = day
                    visit_rows.append(
                        record(
                            member_id=member["id"],
                            household_id=h["id"],
                            visited_on=day,
                            method="in_person",
                            notes=rng.choice(HOUSEHOLD_NOTES),
                            archived_at=None,
                        )
                    )
        with bulk_household_inserts(s):
            insert_rows(s, Household.__table__, household_rows, stamps)
        if tag_rows:
            insert_rows(s, HouseholdTag.__table__, tag_rows)
        if link_rows:
            insert_rows(s, Linkage.__table__, link_rows, stamps)
        # Each household belongs to the studios of the members linked to it; one no member is
        # linked to, to the studio of its township (as the studio that registered it).
        studio_of = {m["member_id"]: m["studio_id"] for m in membership_rows}
        by_township = {r["township"]: r["id"] for r in studio_rows}
        belongs = {(link["household_id"], studio_of[link["member_id"]]) for link in link_rows}
        linked = {household for household, _ in belongs}
        belongs |= {
            (h["id"], by_township.get(h["address"][:3], studio_rows[0]["id"]))
            for h in household_rows
            if h["id"] not in linked
        }
        insert_rows(
            s, HouseholdStudio.__table__,
            [{"household_id": h, "studio_id": studio} for h, studio in sorted(belongs)],
        )  # fmt: skip
        if visit_rows:
            insert_rows(s, Visit.__table__, visit_rows, stamps)
        summary.households = households
        summary.linkages = len(link_rows)
        summary.visits = len(visit_rows)
        summary.not_visited_households = len(linked_to) - len(visit_rows)
    return summary
