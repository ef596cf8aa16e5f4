"""Households and enterprises that members are linked to (联户): validation, lists, edits."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from studio_app.base.enums import AuditAction, HouseholdKind, Permission
from studio_app.base.errors import DuplicateError
from studio_app.base.i18n import tr
from studio_app.base.messages import chinese
from studio_app.base.text import clean_text
from studio_app.core.guard import permit
from studio_app.core.linkage import link_in_force
from studio_app.core.listing import COUNT_CAP, PAGE_SIZE, ListHead, as_uuids, raw_ids
from studio_app.core.models import Household, HouseholdTag, Linkage, Member, utcnow
from studio_app.core.records import check_version, load
from studio_app.core.search import full_text_candidates, matches
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator, normalise_id_number, normalise_phone

DEFAULT_NOT_VISITED_DAYS = 90


def visit_cutoff(days: int, today: date | None = None) -> date:
    """A household last visited before this day was not visited within ``days`` days."""
    return (today or date.today()) - timedelta(days=days)


def not_visited(last_visit_on: date | None, days: int, today: date | None = None) -> bool:
    """Not visited within ``days`` days (or never): the households a member should see next."""
    return last_visit_on is None or last_visit_on < visit_cutoff(days, today)


@dataclass
class HouseholdInput:
    head_name: str
    kind: HouseholdKind = HouseholdKind.HOUSEHOLD
    phone: str = ""
    id_number: str = ""
    village: str = ""
    group_name: str = ""
    address: str = ""
    size: int | str | None = None
    notes: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class HouseholdQuery:
    text: str = ""
    village: str | None = None
    tag: str | None = None
    kind: HouseholdKind | None = None
    member_id: uuid.UUID | None = None  # linked (now) to this member
    not_visited_days: int | None = None  # not visited within this many days (or never)
    today: date | None = None
    active: bool | None = True
    sort: str = "head_name"
    descending: bool = False


@dataclass(frozen=True)
class HouseholdRow:
    id: uuid.UUID
    kind: HouseholdKind
    head_name: str
    phone: str
    id_number: str
    village: str
    group_name: str
    address: str
    size: int | None
    tags: tuple[str, ...]
    members: tuple[str, ...]  # names of the members linked now
    last_visit_on: date | None
    archived: bool
    version: int


# What a list row shows of a household (its tags and members are looked up apart).
ROW_COLUMNS = (
    Household.id, Household.kind, Household.head_name, Household.phone, Household.id_number,
    Household.village, Household.group_name, Household.address, Household.size,
    Household.last_visit_on, Household.archived_at, Household.version,
)  # fmt: skip

SORT_COLUMNS = {
    "head_name": Household.sort_key,
    "kind": Household.kind,
    "phone": Household.phone,
    "village": Household.village,
    "group_name": Household.group_name,
    "address": Household.address,
    "size": Household.size,
    "last_visit_on": Household.last_visit_on,
    "created": Household.created_at,
}


def _size(value: int | str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        size = int(str(value).strip())
    except ValueError:
        raise ValueError(tr("应填写整数，如 4。")) from None
    if not 1 <= size <= 200:
        raise ValueError(tr("应在 1 到 200 之间。"))
    return size


def clean_tags(tags: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags:
        for part in clean_text(tag).replace("，", ",").replace("、", ",").split(","):
            if part := clean_text(part):
                seen.setdefault(part, None)
    return list(seen)


def validate_household(data: HouseholdInput) -> dict:
    v = Validator()
    label = tr("户主姓名") if data.kind == HouseholdKind.HOUSEHOLD else tr("名称")
    values = {
        "kind": data.kind,
        "head_name": v.name("head_name", label, data.head_name, max_length=200, required=True),
        "phone": v.check("phone", tr("联系电话"), normalise_phone, data.phone),
        "id_number": v.check("id_number", tr("身份证号"), normalise_id_number, data.id_number),
        "village": v.length("village", tr("村（社区）"), clean_text(data.village), max_length=100),
        "group_name": v.length("group_name", tr("组"), clean_text(data.group_name), max_length=100),
        "address": v.length("address", tr("地址"), clean_text(data.address), max_length=300),
        "size": v.check("size", tr("人口数"), _size, data.size),
        "notes": v.length("notes", tr("备注"), clean_text(data.notes), max_length=5000),
    }
    tags = clean_tags(data.tags)
    for tag in tags:
        v.length("tags", tr("标签"), tag, max_length=50)
    v.raise_if_any()
    values["tags"] = tags
    return values


def duplicate_household_error(dup: Household) -> DuplicateError:
    return DuplicateError(
        tr("已有同名同电话的联系户“{name}”（{phone}），请勿重复录入。").format(
            name=dup.head_name, phone=dup.phone or tr("无电话")
        ),
        dup.id,
    )


def apply_household_values(h: Household, values: dict) -> None:
    for key, value in values.items():
        if key != "tags":
            setattr(h, key, value)
    if [t.tag for t in h.tags] != values["tags"]:
        h.tags = [HouseholdTag(tag=t) for t in values["tags"]]
        if h.id is not None:  # the tags are the form's: the household's version moves
            h.updated_at = utcnow()


class HouseholdService:
    def __init__(self, db: SessionSource):
        self.db = db

    # ---- listing -------------------------------------------------------------------------
    @staticmethod
    def _conditions(s: Session, q: HouseholdQuery) -> list:
        # Applied to the outer query (not an IN subquery), so that SQLite can walk
        # ix_household_listing in name order and stop as soon as a page is full.
        conds: list = []
        if q.active is True:
            conds.append(Household.archived_at.is_(None))
        elif q.active is False:
            conds.append(Household.archived_at.is_not(None))
        if (cond := matches(Household.search_text, q.text)) is not None:
            conds.append(cond)
            if (narrowed := full_text_candidates(s, q.text).condition) is not None:
                conds.append(narrowed)
        if q.village:
            conds.append(Household.village == q.village)
        if q.kind:
            conds.append(Household.kind == q.kind)
        if q.tag:
            conds.append(
                Household.id.in_(select(HouseholdTag.household_id).where(HouseholdTag.tag == q.tag))
            )
        if q.member_id:
            conds.append(
                Household.id.in_(
                    select(Linkage.household_id).where(
                        Linkage.member_id == q.member_id, *link_in_force()
                    )
                )
            )
        if q.not_visited_days is not None:
            cutoff = visit_cutoff(q.not_visited_days, q.today)
            conds.append(or_(Household.last_visit_on.is_(None), Household.last_visit_on < cutoff))
        return conds

    @staticmethod
    def _order(q: HouseholdQuery) -> tuple:
        order = SORT_COLUMNS.get(q.sort, Household.sort_key)
        order = order.desc() if q.descending else order
        if q.sort in ("size", "last_visit_on"):  # blanks last either way
            order = order.nulls_last()
        return order, Household.id

    def count(self, q: HouseholdQuery) -> int:
        with self.db.session() as s:
            stmt = select(func.count()).select_from(Household).where(*self._conditions(s, q))
            return s.scalar(stmt) or 0

    def first_page(self, q: HouseholdQuery, limit: int = PAGE_SIZE) -> ListHead[HouseholdRow]:
        """The first ``limit`` rows and the total; a text search counts to COUNT_CAP only."""
        if not q.text.strip():
            return ListHead(self.page(q, 0, limit), self.count(q))
        # One ordered query gives the ids of the first page and the (capped) count.
        with self.db.session() as s:
            stmt = (
                select(Household.id)
                .where(*self._conditions(s, q))
                .order_by(*self._order(q))
                .limit(COUNT_CAP + 1)
            )
            ids = list(s.scalars(raw_ids(stmt)))
            rows = self._rows_by_id(s, as_uuids(ids[:limit]))
        return ListHead(rows, min(len(ids), COUNT_CAP), exact=len(ids) <= COUNT_CAP)

    def page(
        self, q: HouseholdQuery, offset: int = 0, limit: int = PAGE_SIZE
    ) -> list[HouseholdRow]:
        with self.db.session() as s:
            stmt = (
                select(Household.id)
                .where(*self._conditions(s, q))
                .order_by(*self._order(q))
                .offset(offset)
                .limit(limit)
            )
            return self._rows_by_id(s, list(s.scalars(stmt)))

    def _rows_by_id(self, s: Session, ids: list[uuid.UUID]) -> list[HouseholdRow]:
        """Rows for ``ids`` in that order: one lookup by key after the ordered id query (the
        columns a row shows, not whole households), then their tags and linked members."""
        if not ids:
            return []
        by_id = {h.id: h for h in s.execute(select(*ROW_COLUMNS).where(Household.id.in_(ids)))}
        tags: dict[uuid.UUID, list[str]] = {}
        stmt = (
            select(HouseholdTag.household_id, HouseholdTag.tag)
            .where(HouseholdTag.household_id.in_(ids))
            .order_by(HouseholdTag.tag)  # as Household.tags
        )
        for household_id, tag in s.execute(stmt):
            tags.setdefault(household_id, []).append(tag)
        members = self._linked_names(s, ids)
        return [
            self._row(by_id[i], tuple(tags.get(i, ())), members.get(i, ()))
            for i in ids
            if i in by_id
        ]

    def rows(self, q: HouseholdQuery, batch: int = 1000) -> Iterator[HouseholdRow]:
        offset = 0
        while chunk := self.page(q, offset, batch):
            yield from chunk
            offset += batch

    def villages(self) -> list[str]:
        with self.db.session() as s:
            return list(s.scalars(
                select(Household.village).where(Household.village != "", Household.archived_at.is_(None))
                .distinct().order_by(Household.village)
            ))  # fmt: skip

    def tags(self) -> list[str]:
        with self.db.session() as s:
            return list(s.scalars(select(HouseholdTag.tag).distinct().order_by(HouseholdTag.tag)))

    @staticmethod
    def _linked_names(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
        if not ids:
            return {}
        stmt = (
            select(Linkage.household_id, Member.name)
            .join(Member, Member.id == Linkage.member_id)
            .where(Linkage.household_id.in_(ids), *link_in_force(),
                   Member.archived_at.is_(None))
            .order_by(Linkage.primary.desc(), Member.sort_key)
        )  # fmt: skip
        names: dict[uuid.UUID, list[str]] = {}
        for household_id, name in s.execute(stmt):
            names.setdefault(household_id, []).append(name)
        return {k: tuple(v) for k, v in names.items()}

    @staticmethod
    def _row(h, tags: tuple[str, ...], members: tuple[str, ...]) -> HouseholdRow:
        return HouseholdRow(
            id=h.id, kind=h.kind, head_name=h.head_name, phone=h.phone, id_number=h.id_number,
            village=h.village, group_name=h.group_name, address=h.address, size=h.size,
            tags=tags, members=members, last_visit_on=h.last_visit_on,
            archived=h.archived_at is not None, version=h.version,
        )  # fmt: skip

    # ---- single records ------------------------------------------------------------------
    def get(self, household_id: uuid.UUID) -> Household:
        with self.db.session() as s:
            h = self._load(s, household_id)
            h.tags  # noqa: B018 - load before the session closes
            return h

    @staticmethod
    def _duplicate(
        s: Session, name: str, phone: str, exclude: uuid.UUID | None
    ) -> Household | None:
        stmt = select(Household).where(
            Household.head_name == name, Household.phone == phone, Household.archived_at.is_(None)
        )
        if exclude:
            stmt = stmt.where(Household.id != exclude)
        return s.scalars(stmt.limit(1)).first()

    def create(self, data: HouseholdInput, *, allow_duplicate: bool = False) -> Household:
        values = validate_household(data)
        with self.db.session() as s:
            if not allow_duplicate and (
                dup := self._duplicate(s, values["head_name"], values["phone"], None)
            ):
                raise duplicate_household_error(dup)
            household = Household()
            apply_household_values(household, values)
            s.add(household)
        return household

    def update(
        self, household_id: uuid.UUID, data: HouseholdInput, *, expected_version: int | None
    ) -> Household:
        values = validate_household(data)
        with self.db.session() as s:
            household = self._load(s, household_id)
            check_version(household, expected_version)
            if dup := self._duplicate(s, values["head_name"], values["phone"], household_id):
                raise duplicate_household_error(dup)
            apply_household_values(household, values)
        return household

    def archive(self, household_id: uuid.UUID, *, version: int | None = None) -> None:
        """Hide from daily lists (links and visits stay); logged by id: the log names no
        villager."""
        with self.db.session() as s:
            household = self._load(s, household_id)
            check_version(household, version)
            target = chinese("audit.household", id=household_id)
            permit(s, Permission.EDIT, AuditAction.ARCHIVE, target)
            if household.archived_at is None:
                household.archived_at = utcnow()

    def restore(self, household_id: uuid.UUID, *, version: int | None = None) -> None:
        """Back into the daily lists (needs the ``restore`` permission; logged by id)."""
        with self.db.session() as s:
            household = self._load(s, household_id)
            check_version(household, version)
            target = chinese("audit.household", id=household_id)
            permit(s, Permission.RESTORE, AuditAction.RESTORE_RECORD, target)
            household.archived_at = None

    def reveal_numbers(self, household_id: uuid.UUID) -> tuple[str, str, str]:
        """The head's name, the full phone and ID numbers, for one look (查看完整号码): needs
        the ``reveal`` permission and is logged by id, in the same transaction."""
        with self.db.session() as s:
            h = self._load(s, household_id)
            target = chinese("audit.household_numbers", id=household_id)
            permit(s, Permission.REVEAL, AuditAction.REVEAL, target)
            return h.head_name, h.phone, h.id_number

    @staticmethod
    def _load(s: Session, household_id: uuid.UUID) -> Household:
        return load(
            s, Household, household_id, tr("找不到这个联系户，可能已被删除或数据库已更换。")
        )
