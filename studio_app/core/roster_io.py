"""Rosters in and out of Excel: templates, import with preview, and export of filtered lists.

An import is planned first (every row cleaned and validated with the same rules as the forms,
duplicates found) and applied in one transaction: either every row goes in or none does. A file
beyond the reader's limits (a zip bomb, a huge cell, more than 100,000 rows: see
``documents.spreadsheet.xlsx``) is refused by ``preview`` with a ``SpreadsheetError`` that says
what to do; what only needs a look (a formula imported as its text) is a warning on its row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.base.enums import (
    AuditAction,
    DuplicatePolicy,
    Gender,
    HouseholdKind,
    MemberLevel,
    MembershipRole,
    Permission,
    RosterKind,
)
from studio_app.base.errors import FieldError, StudioError, ValidationError
from studio_app.base.i18n import N_, tr, trn
from studio_app.base.labels import label, parse_label
from studio_app.base.masking import mask_id_number, mask_phone
from studio_app.base.messages import chinese
from studio_app.core.bulk import BATCH, insert_rows
from studio_app.core.guard import permit
from studio_app.core.households import (
    HouseholdInput,
    HouseholdQuery,
    HouseholdService,
    apply_household_values,
    clean_tags,
    validate_household,
)
from studio_app.core.linkage import link_in_force
from studio_app.core.members import (
    MemberInput,
    MemberQuery,
    MemberService,
    set_studio_role,
    validate_member,
)
from studio_app.core.models import (
    Household,
    HouseholdStudio,
    HouseholdTag,
    Linkage,
    Member,
    Studio,
    StudioMembership,
    utcnow,
)
from studio_app.core.scope import studio_for_new
from studio_app.core.search import bulk_household_inserts, household_derived, member_derived
from studio_app.core.unit_of_work import SessionSource
from studio_app.documents.spreadsheet import (
    Column,
    SheetRow,
    read_sheet,
    write_sheet,
    write_template,
)

PHONE_ALIASES = ("电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "联系电话号码")

MEMBER_COLUMNS = (
    Column("name", N_("姓名"), ("委员姓名", "名字", "委员"), required=True, width=12),
    Column("gender", N_("性别"), (), width=6, hint="男 / 女"),
    Column("level", N_("级别"), ("委员级别", "层级", "政协级别"), width=10, hint="全国 / 省 / 市 / 县（区）"),
    Column("sector", N_("界别"), ("所属界别",), width=14),
    Column("committee", N_("专委会"), ("所属专委会", "专门委员会"), width=18),
    Column("work_unit", N_("工作单位"), ("单位", "工作单位及职务", "单位及职务"), width=28),
    Column("phone", N_("联系电话"), PHONE_ALIASES, kind="phone", width=16),
    Column("specialties", N_("专长"), ("特长", "专业特长", "擅长领域", "专业领域"), width=24),
    Column("role", N_("工作室身份"), ("身份", "角色", "委员身份"), width=12, hint="领衔委员 / 加盟委员"),
    Column("notes", N_("备注"), (), width=20),
)  # fmt: skip

HOUSEHOLD_COLUMNS = (
    Column("head_name", N_("户主姓名"), ("户主", "姓名", "户主名", "名称", "企业名称", "联系户", "户名"),
           required=True, width=14),
    Column("kind", N_("类型"), ("户别", "类别", "户类型"), width=10, hint="农户/居民 / 企业 / 单位/组织"),
    Column("phone", N_("联系电话"), PHONE_ALIASES, kind="phone", width=16),
    Column("id_number", N_("身份证号"), ("身份证号码", "公民身份号码", "身份证"), kind="id_number", width=22),
    Column("village", N_("村（社区）"), ("村", "所在村", "所属村", "社区", "村居", "村/社区"), width=14),
    Column("group_name", N_("组"), ("村民小组", "小组", "组别", "所在组"), width=8),
    Column("address", N_("地址"), ("家庭住址", "住址", "详细地址", "家庭地址"), width=28),
    Column("size", N_("人口"), ("家庭人口", "人口数", "人数", "家庭人数"), kind="int", width=8),
    Column("tags", N_("标签"), ("特殊情况", "重点人群", "户籍类别"), width=18, hint="多个用顿号分隔，如 低保、独居老人"),
    Column("members", N_("联系委员"), ("结对委员", "联系的委员", "包联委员", "联户委员"), width=14,
           hint="委员姓名，多个用顿号分隔；须是名册中已有的委员"),
    Column("notes", N_("备注"), (), width=20),
)  # fmt: skip

EXPORT_ONLY_HOUSEHOLD_COLUMNS = (Column("last_visit_on", N_("最近走访"), (), width=12),)


@dataclass(frozen=True)
class ImportIssue:
    row: int
    column: str
    message: str
    warning: bool = False  # a note the preview shows; it does not stop the import


@dataclass(frozen=True)
class PlannedRow:
    row: int
    values: dict[str, str]  # canonical header -> cleaned text, for the preview table
    action: str  # "new" | "duplicate"
    existing_id: uuid.UUID | None
    cleaned: dict  # validated column values (what will be written)
    links: tuple[uuid.UUID, ...] = ()  # members to link (households only)


@dataclass
class ImportPlan:
    kind: RosterKind
    path: Path
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)  # for the preview, in row order

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def new_count(self) -> int:
        return sum(r.action == "new" for r in self.rows)

    @property
    def duplicate_count(self) -> int:
        return sum(r.action == "duplicate" for r in self.rows)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int


class RosterTransfer:
    def __init__(self, db: SessionSource):
        self.db = db

    @staticmethod
    def columns(kind: RosterKind) -> tuple[Column, ...]:
        return MEMBER_COLUMNS if kind == RosterKind.MEMBERS else HOUSEHOLD_COLUMNS

    @classmethod
    def write_template(cls, kind: RosterKind, path: Path) -> None:
        if kind == RosterKind.MEMBERS:
            title, example = tr("委员名册"), {"姓名": "张三", "性别": "男", "级别": "县（区）",
                "界别": "农业界", "联系电话": "13812345678", "工作室身份": "加盟委员"}  # fmt: skip
        else:
            title, example = tr("联户名册"), {"户主姓名": "李四", "联系电话": "13912345678",
                "村（社区）": "东关村", "组": "三组", "人口": "4", "标签": "低保、独居老人"}  # fmt: skip
        notes = [
            tr("第一行是标题，第二行是表头；表头可用常见写法（如“户主”“联系电话”“所在村”）。"),
            tr("带 * 的列必须填写；电话、身份证号请设为“文本”格式，以免被 Excel 改成科学计数法。"),
            tr("导入前会先预览并检查每一行；有错误时一行也不会导入，请按提示改正后重试。"),
        ]
        write_template(Path(path), cls.columns(kind), title=title, example=example, notes=notes)

    # ---- import --------------------------------------------------------------------------
    def preview(self, kind: RosterKind, path: Path) -> ImportPlan:
        """Read and check the file; nothing is written."""
        columns = self.columns(kind)
        sheet = read_sheet(Path(path), columns)
        plan = ImportPlan(kind, Path(path))
        plan.errors.extend(ImportIssue(p.row, p.column, p.message) for p in sheet.problems)
        plan.warnings.extend(ImportIssue(w.row, w.column, w.message, True) for w in sheet.warnings)
        headers = {c.field: c.header for c in columns}
        with self.db.session() as s:
            if kind == RosterKind.MEMBERS:
                existing = _active_keys(s, Member.name, Member.phone, Member)
            else:
                existing = _active_keys(s, Household.head_name, Household.phone, Household)
                members_by_name = _members_by_name(s)
        seen: dict[tuple[str, str], int] = {}
        for sheet_row in sheet.rows:
            try:
                if kind == RosterKind.MEMBERS:
                    cleaned, links = _member_values(sheet_row), ()
                else:
                    cleaned, links = _household_values(sheet_row, members_by_name)
                key = (cleaned[_name_field(kind)], cleaned["phone"])
            except ValidationError as exc:
                plan.errors.extend(
                    ImportIssue(sheet_row.row, headers.get(e.field, e.label), e.message)
                    for e in exc.errors
                )
                continue
            if key in seen:
                plan.errors.append(ImportIssue(sheet_row.row, headers[_name_field(kind)],
                    tr("与第 {row} 行姓名和电话相同，是重复行，请删除其中一行。").format(row=seen[key])))  # fmt: skip
                continue
            seen[key] = sheet_row.row
            existing_id = existing.get(key)
            plan.rows.append(PlannedRow(
                row=sheet_row.row,
                values={headers[k]: v for k, v in sheet_row.values.items() if k in headers},
                action="duplicate" if existing_id else "new",
                existing_id=existing_id, cleaned=cleaned, links=links,
            ))  # fmt: skip
        if not plan.rows and not plan.errors:
            plan.errors.append(ImportIssue(0, "", tr("文件中没有找到可导入的数据行。")))
        return plan

    def apply(
        self, plan: ImportPlan, policy: DuplicatePolicy = DuplicatePolicy.SKIP
    ) -> ImportResult:
        """Write a checked plan in one transaction: all rows or, on any failure, none."""
        if not plan.ok:
            raise StudioError(
                trn("文件中有 %n 处错误，未导入任何数据。请改正后重新导入。", len(plan.errors))
            )
        new = [r for r in plan.rows if r.action == "new"]
        duplicates = [r for r in plan.rows if r.action == "duplicate"]
        with self.db.session() as s:
            # Into the studio the user works in (or the database's only one).
            studio_id = studio_for_new(s)
            studio = s.get(Studio, studio_id) if studio_id is not None else None
            if plan.kind == RosterKind.MEMBERS:
                _insert_members(s, new, studio)
            else:
                _insert_households(s, new, studio)
            if policy == DuplicatePolicy.UPDATE:
                for i, planned in enumerate(duplicates, 1):
                    _update_existing(s, plan.kind, planned, studio)
                    if i % BATCH == 0:  # keep the session small on a big re-import
                        s.flush()
                        s.expunge_all()
        updated = len(duplicates) if policy == DuplicatePolicy.UPDATE else 0
        return ImportResult(len(new), updated, len(duplicates) - updated)

    # ---- export --------------------------------------------------------------------------
    def export_members(self, path: Path, query: MemberQuery) -> int:
        """The members listed by ``query`` (needs the ``export`` permission; logged with the
        count in the same transaction: a failed write logs nothing)."""
        with self.db.session() as s:
            event = permit(s, Permission.EXPORT, AuditAction.EXPORT, chinese("audit.member_roster"))
            count = self._write_members(path, query)
            if event is not None:
                event.detail = chinese("audit.records", n=count)
        return count

    def _write_members(self, path: Path, query: MemberQuery) -> int:
        rows = (
            {"name": r.name, "gender": label(r.gender), "level": label(r.level), "sector": r.sector,
             "committee": r.committee, "work_unit": r.work_unit, "phone": r.phone,
             "specialties": r.specialties, "role": label(r.studio_role), "notes": ""}
            for r in MemberService(self.db).rows(query)
        )  # fmt: skip
        columns = [c for c in MEMBER_COLUMNS if c.field != "notes"]
        return write_sheet(Path(path), columns, rows, title=tr("委员名册"), sheet_name=tr("委员"))

    def export_households(self, path: Path, query: HouseholdQuery, *, masked: bool = True) -> int:
        """The households listed by ``query``; their phone and ID numbers are masked
        (138****5678) unless ``masked=False`` (a roster to re-import, say), which needs the
        ``export_unmasked`` permission (administrators). Logged with the count."""
        permission, action = (
            (Permission.EXPORT, AuditAction.EXPORT)
            if masked
            else (Permission.EXPORT_UNMASKED, AuditAction.EXPORT_UNMASKED)
        )
        with self.db.session() as s:
            event = permit(s, permission, action, chinese("audit.household_roster"))
            count = self._write_households(path, query, masked)
            if event is not None:
                event.detail = chinese("audit.records", n=count)
        return count

    def _write_households(self, path: Path, query: HouseholdQuery, masked: bool) -> int:
        phone = mask_phone if masked else str
        id_number = mask_id_number if masked else str
        rows = (
            {"head_name": r.head_name, "kind": label(r.kind), "phone": phone(r.phone),
             "id_number": id_number(r.id_number), "village": r.village, "group_name": r.group_name,
             "address": r.address, "size": "" if r.size is None else str(r.size),
             "tags": "、".join(r.tags), "members": "、".join(r.members),
             "last_visit_on": r.last_visit_on.isoformat() if r.last_visit_on else tr("从未走访")}
            for r in HouseholdService(self.db).rows(query)
        )  # fmt: skip
        columns = [c for c in HOUSEHOLD_COLUMNS if c.field != "notes"]
        columns += EXPORT_ONLY_HOUSEHOLD_COLUMNS
        return write_sheet(Path(path), columns, rows, title=tr("联户名册"), sheet_name=tr("联户"))


def _name_field(kind: RosterKind) -> str:
    return "name" if kind == RosterKind.MEMBERS else "head_name"


def _active_keys(s: Session, name_col, phone_col, model) -> dict[tuple[str, str], uuid.UUID]:
    stmt = select(name_col, phone_col, model.id).where(model.archived_at.is_(None))
    return {(name, phone): record_id for name, phone, record_id in s.execute(stmt)}


def _members_by_name(s: Session) -> dict[str, list[uuid.UUID]]:
    found: dict[str, list[uuid.UUID]] = {}
    for member_id, name in s.execute(
        select(Member.id, Member.name).where(Member.archived_at.is_(None))
    ):
        found.setdefault(name, []).append(member_id)
    return found


def _enum_field(
    errors: list[FieldError], field_name: str, header: str, enum_cls, text: str, default
):
    """A label from the file as an enum member; an unknown label is recorded as an error."""
    if not text:
        return default
    try:
        return parse_label(enum_cls, text)
    except ValueError as exc:
        errors.append(FieldError(field_name, header, f"{header}：{exc}"))
        return default


def _member_values(row: SheetRow) -> dict:
    errors: list[FieldError] = []
    get = row.values.get
    data = MemberInput(
        name=get("name", ""),
        gender=_enum_field(errors, "gender", tr("性别"), Gender, get("gender", ""), None),
        level=_enum_field(errors, "level", tr("级别"), MemberLevel, get("level", ""), MemberLevel.COUNTY),
        sector=get("sector", ""), committee=get("committee", ""), work_unit=get("work_unit", ""),
        phone=get("phone", ""), specialties=get("specialties", ""), notes=get("notes", ""),
    )  # fmt: skip
    role = _enum_field(
        errors, "role", tr("工作室身份"), MembershipRole, get("role", ""), MembershipRole.TEAM
    )
    try:
        values = validate_member(data)
    except ValidationError as exc:
        errors = exc.errors + errors
    if errors:
        raise ValidationError(errors)
    return values | {"role": role}


def _household_values(
    row: SheetRow, members_by_name: dict[str, list[uuid.UUID]]
) -> tuple[dict, tuple[uuid.UUID, ...]]:
    get = row.values.get
    errors: list[FieldError] = []
    kind = _enum_field(
        errors, "kind", tr("类型"), HouseholdKind, get("kind", ""), HouseholdKind.HOUSEHOLD
    )
    data = HouseholdInput(
        head_name=get("head_name", ""), kind=kind, phone=get("phone", ""),
        id_number=get("id_number", ""), village=get("village", ""),
        group_name=get("group_name", ""), address=get("address", ""), size=get("size") or None,
        notes=get("notes", ""), tags=[get("tags", "")],
    )  # fmt: skip
    values: dict = {}
    try:
        values = validate_household(data)
    except ValidationError as exc:
        errors = exc.errors + errors
    links = _resolve_members(get("members", ""), members_by_name, errors)
    if errors:
        raise ValidationError(errors)
    return values, links


def _resolve_members(
    text: str, by_name: dict[str, list[uuid.UUID]], errors: list[FieldError]
) -> tuple[uuid.UUID, ...]:
    """Member names (separated like tags) to ids; unknown or ambiguous names are errors."""
    header = tr("联系委员")
    ids = []
    for name in clean_tags([text]):
        found = by_name.get(name, [])
        if len(found) == 1:
            ids.append(found[0])
        elif not found:
            errors.append(FieldError("members", header,
                tr("联系委员“{name}”不在委员名册中，请先导入或添加该委员。").format(name=name)))  # fmt: skip
        else:
            errors.append(FieldError("members", header,
                tr("名册中有 {n} 位委员叫“{name}”，无法确定是哪一位，请导入后在程序中手动联系。").format(
                    n=len(found), name=name)))  # fmt: skip
    return tuple(ids)


def _record_rows(planned: list[PlannedRow], now) -> list[dict]:
    """New records as rows for a bulk INSERT: ids and stamps set here (and the derived search
    columns by the callers), since no ORM flush (see ``search.py``) sees them."""
    return [
        planned_row.cleaned
        | {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1}
        for planned_row in planned
    ]


def _insert_members(s: Session, planned: list[PlannedRow], studio: Studio | None) -> None:
    now = utcnow()
    rows = _record_rows(planned, now)
    roles = [row.pop("role") for row in rows]
    for row in rows:
        row |= member_derived(SimpleNamespace(**row))
    insert_rows(s, Member, rows)
    if studio is not None:
        insert_rows(s, StudioMembership, [
            {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1,
             "studio_id": studio.id, "member_id": row["id"], "role": role,
             "joined_on": date.today()}
            for row, role in zip(rows, roles, strict=True)
        ])  # fmt: skip


def _insert_households(s: Session, planned: list[PlannedRow], studio: Studio | None) -> None:
    now = utcnow()
    rows = _record_rows(planned, now)
    tags, links = [], []
    for row, planned_row in zip(rows, planned, strict=True):
        row_tags = row.pop("tags")
        row |= household_derived(SimpleNamespace(**row, tag_names=row_tags))
        tags += [{"household_id": row["id"], "tag": tag} for tag in row_tags]
        links += [
            {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1,
             "member_id": member_id, "household_id": row["id"], "since": date.today(),
             "primary": i == 0}
            for i, member_id in enumerate(planned_row.links)
        ]  # fmt: skip
    with bulk_household_inserts(s):
        insert_rows(s, Household, rows)
    if studio is not None:
        insert_rows(s, HouseholdStudio, [{"household_id": r["id"], "studio_id": studio.id}
                                         for r in rows])  # fmt: skip
    insert_rows(s, HouseholdTag, tags)
    insert_rows(s, Linkage, links)


def _update_existing(
    s: Session, kind: RosterKind, planned: PlannedRow, studio: Studio | None
) -> None:
    values = dict(planned.cleaned)
    if kind == RosterKind.MEMBERS:
        role = values.pop("role")
        member = s.get(Member, planned.existing_id)
        for key, value in values.items():
            setattr(member, key, value)
        if studio is not None:
            set_studio_role(s, member.id, studio.id, role)
        return
    household = s.get(Household, planned.existing_id)
    apply_household_values(household, values)
    linked = set(s.scalars(select(Linkage.member_id).where(
        Linkage.household_id == household.id, *link_in_force())))  # fmt: skip
    has_primary = bool(linked)
    for member_id in planned.links:
        if member_id not in linked:
            s.add(Linkage(member_id=member_id, household_id=household.id, since=date.today(),
                          primary=not has_primary))  # fmt: skip
            has_primary = True
