"""Members (委员): validation, listing for the table page, add/edit/archive, studio roles."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from studio_app.base.enums import AuditAction, Gender, MemberLevel, MembershipRole, Permission
from studio_app.base.errors import DuplicateError
from studio_app.base.i18n import tr
from studio_app.base.messages import chinese
from studio_app.base.text import clean_text
from studio_app.core.guard import permit
from studio_app.core.linkage import link_in_force
from studio_app.core.listing import PAGE_SIZE, ListHead
from studio_app.core.models import Household, Linkage, Member, Studio, StudioMembership, utcnow
from studio_app.core.records import check_version, load
from studio_app.core.scope import studio_for_new
from studio_app.core.search import matches
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator, normalise_phone

PHOTO_MAX_BYTES = 2 * 1024 * 1024


@dataclass
class MemberInput:
    """What the member form or an import row provides (raw text is fine: it is cleaned)."""

    name: str
    gender: Gender | None = None
    level: MemberLevel = MemberLevel.COUNTY
    sector: str = ""
    committee: str = ""
    work_unit: str = ""
    phone: str = ""
    specialties: str = ""
    notes: str = ""
    studio_id: uuid.UUID | None = None
    role: MembershipRole = MembershipRole.TEAM


@dataclass
class MemberQuery:
    text: str = ""
    sector: str | None = None
    level: MemberLevel | None = None
    studio_id: uuid.UUID | None = None
    active: bool | None = True  # True: active only, False: archived only, None: all
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class MemberRow:
    id: uuid.UUID
    name: str
    gender: Gender | None
    level: MemberLevel
    sector: str
    committee: str
    work_unit: str
    phone: str
    specialties: str
    studio_role: MembershipRole | None
    studio_name: str
    household_count: int
    archived: bool
    version: int


@dataclass(frozen=True)
class MemberDetail:
    member: Member
    memberships: list[tuple[Studio, StudioMembership]] = field(default_factory=list)


# Levels sort from 全国 down to 县（区）, not by their ids' spelling.
LEVEL_RANK = case({lvl: rank for rank, lvl in enumerate(MemberLevel)}, value=Member.level)
HOUSEHOLD_COUNT = (  # households the member is linked to now (archived ones have moved away)
    select(func.count(Linkage.id))
    .join(Household, Household.id == Linkage.household_id)
    .where(Linkage.member_id == Member.id, *link_in_force(), Household.archived_at.is_(None))
    .correlate(Member)
    .scalar_subquery()
)
# 领衔 (lead) sorts before 加盟 (team); members in no studio last.
STUDIO_ROLE = (
    select(func.min(case((StudioMembership.role == MembershipRole.LEAD, 0), else_=1)))
    .where(StudioMembership.member_id == Member.id, StudioMembership.left_on.is_(None))
    .correlate(Member)
    .scalar_subquery()
)
SORT_COLUMNS = {
    "name": Member.sort_key,
    "gender": Member.gender,
    "level": LEVEL_RANK,
    "sector": Member.sector,
    "committee": Member.committee,
    "work_unit": Member.work_unit,
    "phone": Member.phone,
    "studio_role": func.coalesce(STUDIO_ROLE, 2),
    "household_count": HOUSEHOLD_COUNT,
    "created": Member.created_at,
}


def validate_member(data: MemberInput) -> dict:
    """Cleaned column values, or ``ValidationError`` naming every bad field."""
    v = Validator()
    values = {
        "name": v.name("name", tr("姓名"), data.name, max_length=100, required=True),
        "gender": data.gender,
        "level": data.level,
        "sector": v.length("sector", tr("界别"), clean_text(data.sector), max_length=100),
        "committee": v.length(
            "committee", tr("专委会"), clean_text(data.committee), max_length=100
        ),
        "work_unit": v.length(
            "work_unit", tr("工作单位"), clean_text(data.work_unit), max_length=200
        ),
        "phone": v.check("phone", tr("联系电话"), normalise_phone, data.phone),
        "specialties": v.length(
            "specialties", tr("专长"), clean_text(data.specialties), max_length=2000
        ),
        "notes": v.length("notes", tr("备注"), clean_text(data.notes), max_length=5000),
    }
    v.raise_if_any()
    return values


class MemberService:
    def __init__(self, db: SessionSource):
        self.db = db

    # ---- listing -------------------------------------------------------------------------
    def _filtered(self, q: MemberQuery) -> Select:
        stmt = select(Member.id)
        if q.active is True:
            stmt = stmt.where(Member.archived_at.is_(None))
        elif q.active is False:
            stmt = stmt.where(Member.archived_at.is_not(None))
        if (cond := matches(Member.search_text, q.text)) is not None:
            stmt = stmt.where(cond)
        if q.sector:
            stmt = stmt.where(Member.sector == q.sector)
        if q.level:
            stmt = stmt.where(Member.level == q.level)
        if q.studio_id:
            stmt = stmt.where(
                Member.id.in_(
                    select(StudioMembership.member_id).where(
                        StudioMembership.studio_id == q.studio_id,
                        StudioMembership.left_on.is_(None),
                    )
                )
            )
        return stmt

    def count(self, q: MemberQuery) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(self._filtered(q).subquery())) or 0

    def first_page(self, q: MemberQuery, limit: int = PAGE_SIZE) -> ListHead[MemberRow]:
        """The first rows and the exact total (a studio's roster is small enough to count)."""
        return ListHead(self.page(q, 0, limit), self.count(q))

    def page(self, q: MemberQuery, offset: int = 0, limit: int = PAGE_SIZE) -> list[MemberRow]:
        order = SORT_COLUMNS.get(q.sort, Member.sort_key)
        stmt = (
            select(Member, HOUSEHOLD_COUNT)
            .where(Member.id.in_(self._filtered(q)))
            .order_by(order.desc() if q.descending else order, Member.id)
            .offset(offset)
            .limit(limit)
        )
        with self.db.session() as s:
            results = s.execute(stmt).all()
            studios = self._studios_of(s, [m.id for m, _ in results])
            return [self._row(m, n, studios.get(m.id)) for m, n in results]

    def rows(self, q: MemberQuery, batch: int = 1000) -> Iterator[MemberRow]:
        """Every row of the query, in order (for exports)."""
        offset = 0
        while chunk := self.page(q, offset, batch):
            yield from chunk
            offset += batch

    def choices(self) -> list[tuple[uuid.UUID, str]]:
        """Active members as (id, name) in pinyin order: what pickers offer."""
        stmt = (
            select(Member.id, Member.name)
            .where(Member.archived_at.is_(None))
            .order_by(Member.sort_key, Member.id)
        )
        with self.db.session() as s:
            return [(member_id, name) for member_id, name in s.execute(stmt)]

    def sectors(self) -> list[str]:
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(Member.sector)
                    .where(Member.sector != "")
                    .distinct()
                    .order_by(Member.sector)
                )
            )

    @staticmethod
    def _studios_of(
        s: Session, ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[Studio, StudioMembership]]:
        if not ids:
            return {}
        stmt = (
            select(StudioMembership, Studio)
            .join(Studio, Studio.id == StudioMembership.studio_id)
            .where(StudioMembership.member_id.in_(ids), StudioMembership.left_on.is_(None))
            .order_by(StudioMembership.role)  # lead before team
        )
        found: dict[uuid.UUID, tuple[Studio, StudioMembership]] = {}
        for ms, studio in s.execute(stmt):
            found.setdefault(ms.member_id, (studio, ms))
        return found

    @staticmethod
    def _row(
        m: Member, households: int, studio: tuple[Studio, StudioMembership] | None
    ) -> MemberRow:
        return MemberRow(
            id=m.id, name=m.name, gender=m.gender, level=m.level, sector=m.sector,
            committee=m.committee, work_unit=m.work_unit, phone=m.phone,
            specialties=m.specialties,
            studio_role=studio[1].role if studio else None,
            studio_name=studio[0].name if studio else "",
            household_count=households or 0, archived=m.archived_at is not None,
            version=m.version,
        )  # fmt: skip

    # ---- single records ------------------------------------------------------------------
    def get(self, member_id: uuid.UUID) -> MemberDetail:
        with self.db.session() as s:
            member = self._load(s, member_id)
            stmt = (
                select(Studio, StudioMembership)
                .join(StudioMembership, StudioMembership.studio_id == Studio.id)
                .where(StudioMembership.member_id == member_id, StudioMembership.left_on.is_(None))
            )
            return MemberDetail(member, [(st, ms) for st, ms in s.execute(stmt)])

    @staticmethod
    def _duplicate(s: Session, name: str, phone: str, exclude: uuid.UUID | None) -> Member | None:
        stmt = select(Member).where(
            Member.name == name, Member.phone == phone, Member.archived_at.is_(None)
        )
        if exclude:
            stmt = stmt.where(Member.id != exclude)
        return s.scalars(stmt.limit(1)).first()

    def create(self, data: MemberInput, *, allow_duplicate: bool = False) -> Member:
        values = validate_member(data)
        with self.db.session() as s:
            return self.add(s, values, data.studio_id, data.role, allow_duplicate=allow_duplicate)

    @classmethod
    def add(
        cls,
        s: Session,
        values: dict,
        studio_id: uuid.UUID | None,
        role: MembershipRole,
        *,
        allow_duplicate: bool = False,
    ) -> Member:
        """A new member of validated ``values`` in the caller's unit of work, in the studio
        (by default the one the session works in, or the database's only one)."""
        if not allow_duplicate and (
            dup := cls._duplicate(s, values["name"], values["phone"], None)
        ):
            raise duplicate_member_error(dup)
        studio_id = studio_id or studio_for_new(s)
        member = Member(**values)
        s.add(member)
        s.flush()
        if studio_id:
            set_studio_role(s, member.id, studio_id, role)
        return member

    def update(
        self, member_id: uuid.UUID, data: MemberInput, *, expected_version: int | None
    ) -> Member:
        """Save the form; refused (``ConflictError``) if the member was saved elsewhere since
        the form read ``expected_version`` (None: not checked, as for an import row)."""
        values = validate_member(data)
        with self.db.session() as s:
            member = self._load(s, member_id)
            check_version(member, expected_version)
            dup = self._duplicate(s, values["name"], values["phone"], member_id)
            if dup is not None:
                raise duplicate_member_error(dup)
            for key, value in values.items():
                setattr(member, key, value)
            if data.studio_id and set_studio_role(s, member_id, data.studio_id, data.role):
                member.updated_at = utcnow()  # the membership is the form's: its version moves
        return member

    def set_photo(
        self, member_id: uuid.UUID, photo: bytes | None, *, version: int | None = None
    ) -> None:
        if photo is not None:
            if len(photo) > PHOTO_MAX_BYTES:
                raise ValueError(tr("照片太大（超过 2 MB），请先缩小后再选择。"))
            if not (photo.startswith(b"\x89PNG") or photo.startswith(b"\xff\xd8")):
                raise ValueError(tr("照片只能是 JPG 或 PNG 图片。"))
        with self.db.session() as s:
            member = self._load(s, member_id)
            check_version(member, version)
            member.photo = photo

    def archive(self, member_id: uuid.UUID, *, version: int | None = None) -> None:
        """Hide from daily lists; history (links, visits, requests) stays and can be restored.
        Logged by id: the log names no person."""
        with self.db.session() as s:
            member = self._load(s, member_id)
            check_version(member, version)
            permit(s, Permission.EDIT, AuditAction.ARCHIVE, chinese("audit.member", id=member_id))
            if member.archived_at is None:
                member.archived_at = utcnow()

    def restore(self, member_id: uuid.UUID, *, version: int | None = None) -> None:
        """Back into the daily lists (needs the ``restore`` permission; logged by id)."""
        with self.db.session() as s:
            member = self._load(s, member_id)
            check_version(member, version)
            target = chinese("audit.member", id=member_id)
            permit(s, Permission.RESTORE, AuditAction.RESTORE_RECORD, target)
            member.archived_at = None

    @staticmethod
    def _load(s: Session, member_id: uuid.UUID) -> Member:
        return load(s, Member, member_id, tr("找不到这位委员，可能已被删除或数据库已更换。"))


def set_studio_role(
    s: Session, member_id: uuid.UUID, studio_id: uuid.UUID, role: MembershipRole
) -> bool:
    """Put the member in the studio with this role (re-joining if they had left); True if
    that changed anything."""
    ms = s.scalars(
        select(StudioMembership).where(
            StudioMembership.member_id == member_id, StudioMembership.studio_id == studio_id
        )
    ).first()
    if ms is None:
        s.add(StudioMembership(member_id=member_id, studio_id=studio_id, role=role,
                               joined_on=date.today()))  # fmt: skip
        return True
    if ms.role != role or ms.left_on is not None:
        ms.role, ms.left_on = role, None
        return True
    return False


def duplicate_member_error(dup: Member) -> DuplicateError:
    return DuplicateError(
        tr("已有同名同电话的委员“{name}”（{phone}），请勿重复录入。").format(
            name=dup.name, phone=dup.phone or tr("无电话")
        ),
        dup.id,
    )
