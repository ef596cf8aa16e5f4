"""The conflict list: records both sides changed, waiting whole for the coordinator's choice.

A record's fields are shown side by side (as packed, the office's now, the laptop's). Settling
applies the laptop's value of each field chosen so (and of each field only the laptop changed),
keeps the office's for the others, in one transaction, through the guard like any edit. A
request whose steps clashed is settled by keeping the office's course (the laptop's steps are
then written into its history as a note, so nothing is lost) or by replaying the laptop's steps
on top of it, which the workflow may refuse.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from studio_app.base.enums import AuditAction, Permission, RequestStatus
from studio_app.base.i18n import N_, tr
from studio_app.base.labels import label
from studio_app.base.messages import chinese, encode, shown
from studio_app.core.field.common import FieldError
from studio_app.core.field.merge import classes, finalised_part, replay
from studio_app.core.field.rows import from_json, key_from_json, row_from_json, tables
from studio_app.core.guard import permit
from studio_app.core.models import FieldConflict, FieldPackage, RequestEvent, utcnow
from studio_app.core.scope import EVERY_STUDIO

OFFICE, LAPTOP = "office", "laptop"
# The columns the conflict list shows, as the forms call them.
FIELD_LABELS = {
    "head_name": N_("户主/单位名称"), "name": N_("姓名"), "phone": N_("联系电话"),
    "id_number": N_("身份证号"), "village": N_("村（社区）"), "group_name": N_("组"),
    "address": N_("地址"), "size": N_("人口"), "notes": N_("备注"), "kind": N_("类型"),
    "archived_at": N_("归档时间"), "last_visit_on": N_("最近走访"), "work_unit": N_("工作单位"),
    "sector": N_("界别"), "committee": N_("专委会"), "specialties": N_("专长"),
    "content": N_("诉求内容"), "category": N_("类别"), "channel": N_("来源"),
    "visitor_id": N_("来访人"), "received_by_id": N_("接待委员"), "place": N_("地点"),
    "theme": N_("主题"), "topic": N_("议题"), "summary": N_("概要"), "value": N_("设置值"),
    "visited_on": N_("走访日期"), "method": N_("走访方式"), "since": N_("联系开始"),
    "until": N_("联系结束"), "primary": N_("主要联系人"), "held_on": N_("日期"),
    "status": N_("状态"), "title": N_("标题"), "text": N_("内容"), "day": N_("日期"),
}  # fmt: skip


def field_label(name: str) -> str:
    """A column as the coordinator knows it (its own name where the list has none)."""
    return tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name  # i18n: from FIELD_LABELS


@dataclass(frozen=True)
class ConflictField:
    name: str
    base: Any
    office: Any
    laptop: Any

    @property
    def clash(self) -> bool:
        """Both sides changed it, differently (else the laptop's value applies on its own)."""
        return self.office != self.base and self.office != self.laptop


@dataclass(frozen=True)
class Conflict:
    id: uuid.UUID
    kind: str  # fields, steps or settings
    title: str
    fields: list[ConflictField]
    office_steps: list[dict]
    laptop_steps: list[dict]
    studio_name: str
    made_at: datetime
    settled: bool

    def as_dict(self) -> dict[str, Any]:
        return {"id": str(self.id), "kind": self.kind, "title": self.title,
                "studio": self.studio_name, "settled": self.settled,
                "fields": [{"field": f.name, "base": f.base, "office": f.office,
                            "laptop": f.laptop, "both_changed": f.clash} for f in self.fields],
                "office_steps": self.office_steps, "laptop_steps": self.laptop_steps}  # fmt: skip


def step_text(step: dict) -> str:
    """One step of a history as a line: when, who, to what, the note."""
    to = label(RequestStatus(step["to"])) if step.get("to") else ""
    at = (step.get("at") or "")[:16].replace("T", " ")
    note = shown(step.get("note") or "")
    unit = step.get("unit") or ""
    return " ".join(p for p in (at, step.get("actor") or "", to, unit, note) if p)


def list_conflicts(db: Any, *, settled: bool = False) -> list[Conflict]:
    """The conflicts waiting (``settled``: those settled too), oldest package first."""
    with db.session() as s:
        stmt = select(FieldConflict, FieldPackage).join(
            FieldPackage, FieldPackage.id == FieldConflict.package_id
        ).order_by(FieldPackage.made_at, FieldConflict.title)  # fmt: skip
        if not settled:
            stmt = stmt.where(FieldConflict.state == "open")
        found = []
        for c, package in s.execute(stmt):
            fields = [ConflictField(name, *values)
                      for name, values in json.loads(c.fields).items()]  # fmt: skip
            found.append(Conflict(
                c.id, c.kind, c.title, fields, json.loads(c.office_steps),
                json.loads(c.laptop_steps), package.studio_name, package.made_at,
                c.state != "open",
            ))  # fmt: skip
        return found


def open_count(db: Any) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).where(FieldConflict.state == "open")) or 0


def settle(services: Any, conflict_id: uuid.UUID, choices: dict[str, str]) -> None:
    db = services.db
    with db.session() as s:
        c = s.get(FieldConflict, conflict_id)
        if c is None or c.state != "open":
            raise FieldError(tr("这条冲突已经处理过了。"))
        package = s.get(FieldPackage, c.package_id)
        permit(s, Permission.FIELD, AuditAction.FIELD,
               chinese("audit.field_package", studio=package.studio_name),
               tr("处理冲突：{title}").format(title=c.title))  # fmt: skip
        table = tables()[c.table_name]
        key = key_from_json(table, c.record_key)
        laptop_row = row_from_json(table, c.laptop_row)
        cls = classes()[c.table_name]
        obj = s.get(cls, key[0] if len(key) == 1 else key,
                    execution_options={EVERY_STUDIO: True})  # fmt: skip
        fields = [ConflictField(n, *v) for n, v in json.loads(c.fields).items()]
        taken = [f for f in fields if choices.get(f.name, OFFICE if f.clash else LAPTOP) == LAPTOP]
        if taken and finalised_part(s, c.table_name, laptop_row):
            raise FieldError(tr(
                "这次会议的纪要已定稿，笔记本上的修改不能直接采用。请选“办公室”处理这条冲突，"
                "再在会议纪要页点“修订”，写明原因后补上。"
            ))  # fmt: skip
        steps = choices.get("steps", OFFICE)
        if c.kind == "steps" and steps == LAPTOP:
            s.flush()
        for f in fields:
            take = choices.get(f.name, OFFICE if f.clash else LAPTOP)
            if take not in (OFFICE, LAPTOP):
                raise FieldError(tr("请为每一项选择“办公室”或“笔记本”。"))
            if take == LAPTOP:
                value = from_json(table.c[f.name], f.laptop)
                if obj is None:  # removed at the office meanwhile: the laptop's record back
                    obj = cls(**{_key(cls, col): laptop_row[col] for col in laptop_row
                                 if col != "version"})  # fmt: skip
                    s.add(obj)
                setattr(obj, _key(cls, f.name), value)
        if c.kind == "steps" and steps == OFFICE:
            laptop_steps = json.loads(c.laptop_steps)
            count = s.scalar(select(func.count()).where(RequestEvent.request_id == key[0])) or 0
            note = encode("request.field_steps_kept",
                          steps="；".join(step_text(x) for x in laptop_steps))  # fmt: skip
            s.add(RequestEvent(request_id=key[0], sequence=count + 1, at=utcnow(),
                               actor=services.current_user.name if services.current_user else "",
                               from_status=obj.status, to_status=obj.status, note=note))  # fmt: skip
        c.state, c.settled_at = "settled", utcnow()
        c.settled_by = services.current_user.name if services.current_user else ""
        c.choices = json.dumps(choices, ensure_ascii=False)
    if c.kind == "steps" and steps == LAPTOP:
        _replay_laptop_steps(services, c, laptop_row)


def _replay_laptop_steps(services: Any, c: FieldConflict, laptop_row: dict) -> None:
    """The laptop's steps on top of the office's course, each through the workflow; a step it
    refuses is said, and the conflict stays open for keeping the office's course instead."""
    table = tables()["request_event"]
    try:
        for step in json.loads(c.laptop_steps):
            event = {"from_status": from_json(table.c.from_status, step["from"]),
                     "to_status": from_json(table.c.to_status, step["to"]),
                     "note": step["note"], "actor": step["actor"]}  # fmt: skip
            replay(services, event, laptop_row, utcnow())
    except Exception:
        with services.db.session() as s:
            again = s.get(FieldConflict, c.id)
            again.state, again.settled_at, again.settled_by = "open", None, ""
        raise


def _key(cls: type, column: str) -> str:
    mapper = cls.__mapper__
    return mapper.get_property_by_column(mapper.local_table.c[column]).key
