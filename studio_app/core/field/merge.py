"""Check-in: the laptop's changes since the check-out, merged into the office in one transaction.

Three versions of each record meet: the base (what was packed), the laptop's and the office's
as they are now. For each record the laptop changed:

* a new record is inserted (a new request as registered, with its final number, the laptop's
  provisional one kept for the printed receipt, and its deadlines from the office's calendar);
* a changed field the office left alone takes the laptop's value; a field both changed to the
  same value is fine; a field both changed differently puts the whole record in the conflict
  list, and none of its fields is applied until the coordinator chooses;
* a request's steps taken on the laptop are replayed through the workflow service (who, when);
  when the office took steps of its own meanwhile, or the workflow refuses one, the request
  waits in the conflict list with both histories;
* the laptop's audit entries are added to the office's log (after its own, in the order the
  laptop wrote them); the shared settings (categories, calendar, settings) changed on the
  laptop always wait for the coordinator: they are the county's.

The laptop's clock orders nothing: steps are replayed in the order the laptop wrote them (the
rows' order in its file), and a time it gives outside the trip (before the check-out, after the
check-in) is taken as the check-in's time.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, func, literal_column, select
from sqlalchemy.engine import Engine

from studio_app.base.enums import AuditAction, Permission, RequestStatus, Satisfaction
from studio_app.base.errors import StudioError
from studio_app.base.i18n import N_, tr
from studio_app.base.messages import chinese, decode, encode
from studio_app.core.audit import add_event
from studio_app.core.field.common import IMPORTED, CheckInSummary
from studio_app.core.field.rows import (
    BOOKKEEPING,
    CHUNK,
    DERIVED,
    NOT_MOVED,
    Key,
    Row,
    key_json,
    key_of,
    read,
    row_json,
    tables,
    to_json,
)
from studio_app.core.guard import permit
from studio_app.core.meetings import is_finalised
from studio_app.core.models import AuditEvent, Base, Request, RequestEvent, utcnow
from studio_app.core.models.field import FieldConflict, FieldPackage
from studio_app.core.scope import EVERY_STUDIO
from studio_app.core.visitor_requests import next_number

S = RequestStatus
SPECIAL = frozenset({"audit_event", "request_event", "app_user"})  # handled on their own
SHARED = frozenset({"app_setting", "calendar_day", "request_category", "points_scheme"})
# A request's fields its steps set: they travel as steps, replayed through the workflow.
WORKFLOW = frozenset({
    "status", "assignee_id", "handling_unit", "assign_due", "answer_due", "return_visit_due",
    "assigned_at", "answered_at", "closed_at", "reply", "satisfaction", "satisfaction_comment",
    "reopen_count", "extension_count", "close_reason", "merged_into_id", "linked_to_id",
    "proposal_id", "number", "provisional_number",
})  # fmt: skip
# A meeting and its lines: once its minutes are issued (定稿) at the office, a change is a
# revision with its reason (core/archive.py), so the laptop's changes wait for the coordinator.
MEETING_PARTS = frozenset({"meeting", "meeting_attendee", "agenda_item", "agreed_item",
                           "follow_up_action"})  # fmt: skip
LATEST = frozenset({"last_visit_on"})
ARCHIVED = "archived_at"  # archived on both sides: archived (the office's mark kept), no conflict  # kept by visits: the later date wins, never a conflict


class DryRun(Exception):
    def __init__(self, summary: CheckInSummary):
        self.summary = summary


def classes() -> dict[str, type]:
    return {m.local_table.name: m.class_ for m in Base.registry.mappers}


def _all_rows(engine: Engine) -> dict[str, dict[Key, Row]]:
    found: dict[str, dict[Key, Row]] = {}
    with engine.connect() as c:
        for name, table in tables().items():
            if name not in NOT_MOVED:
                found[name] = {key_of(table, r): r for r in read(c, table)}
    return found


def _laptop_events(engine: Engine) -> list[Row]:
    """The laptop's request steps in the order it wrote them (rowid), not by its clock."""
    table = tables()["request_event"]
    with engine.connect() as c:
        stmt = select(table).order_by(literal_column("rowid"))
        return [dict(r._mapping) for r in c.execute(stmt)]


def merge(services: Any, package_id: uuid.UUID, studio_id: uuid.UUID, base: Engine,
          laptop: Engine, *, device: str, dry_run: bool) -> CheckInSummary:  # fmt: skip
    with services.db.one_transaction() as tx:
        inner = type(services)(tx)
        inner.current_user = services.current_user
        inner.use_studio(studio_id)
        summary = _Merge(inner, package_id, _all_rows(base), _all_rows(laptop),
                         _laptop_events(laptop), device).run()  # fmt: skip
        summary.dry_run = dry_run
        if dry_run:
            raise DryRun(summary)
        return summary


class _Merge:
    def __init__(self, services: Any, package_id: uuid.UUID, base: dict, laptop: dict,
                 events: list[Row], device: str) -> None:  # fmt: skip
        self.services = services
        self.device = device
        self.package_id = package_id
        self.base, self.laptop, self.events = base, laptop, events
        self.classes = classes()
        self.conflicts: list[FieldConflict] = []
        self.now = utcnow()
        self.waiting: set[uuid.UUID] = set()  # requests in the conflict list: no step replayed
        # How many steps each request had when packed, and the laptop's steps since.
        self.done: dict[uuid.UUID, int] = {}
        for e in base.get("request_event", {}).values():
            self.done[e["request_id"]] = self.done.get(e["request_id"], 0) + 1
        self.first_steps = {e["request_id"]: e for e in events if e["sequence"] == 1}
        self.numbers: dict[int, int] = {}
        self.new_steps: dict[uuid.UUID, list[Row]] = {}
        for e in events:
            if e["sequence"] > self.done.get(e["request_id"], 0):
                self.new_steps.setdefault(e["request_id"], []).append(e)

    def run(self) -> CheckInSummary:
        db = self.services.db
        with db.session() as s:
            package = s.get(FieldPackage, self.package_id)
            permit(s, Permission.FIELD, AuditAction.FIELD,
                   chinese("audit.field_package", studio=package.studio_name), tr("导入带回文件"))  # fmt: skip
            self.made_at = package.made_at
            self.summary = CheckInSummary(package.id, package.studio_name)
            self._request_conflicts(s)
            self.calendar = self.services.calendar.calendar()
            self.deadlines = self.services.settings.deadlines()
            with s.no_autoflush:  # one flush per kind of record, not one per record read
                for table in tables().values():
                    if table.name not in NOT_MOVED | SPECIAL:
                        self._table(s, table)
                        s.flush()
        self._replay()
        with db.session() as s:
            self._audit(s)
            for conflict in self.conflicts:
                conflict.package_id = self.package_id
                s.add(conflict)
            package = s.get(FieldPackage, self.package_id)
            package.state, package.imported_at = IMPORTED, self.now
            user = self.services.current_user
            package.imported_by = user.name if user else ""
            self.summary.conflicts = len(self.conflicts)
            package.summary = json.dumps(self.summary.as_dict(), ensure_ascii=False)
            s.flush()
            package.import_sync_point = s.scalar(select(func.max(AuditEvent.seq))) or 0
        return self.summary

    # ---- the laptop's time --------------------------------------------------------------
    def when(self, at: datetime | None) -> datetime:
        """A time the laptop gave, if within the trip; else the check-in's."""
        if at is None or not self.made_at <= at <= self.now:
            return self.now
        return at

    # ---- records, field by field ----------------------------------------------------------
    def _get(self, s, table: Table, key: Key):
        cls = self.classes[table.name]
        ident = key[0] if len(key) == 1 else key
        return s.get(cls, ident, execution_options={EVERY_STUDIO: True})

    @staticmethod
    def _attr(obj, column: str) -> Any:
        return getattr(obj, obj.__mapper__.get_property_by_column(
            obj.__table__.c[column]).key)  # fmt: skip

    @staticmethod
    def _set(obj, column: str, value: Any) -> None:
        setattr(obj, obj.__mapper__.get_property_by_column(obj.__table__.c[column]).key, value)

    def _office(self, s, table: Table, keys: list[Key]) -> dict[Key, Any]:
        """The office's records of ``keys``, read a few hundred at a time (not one by one)."""
        if len(table.primary_key.columns) != 1:
            return {k: obj for k in keys if (obj := self._get(s, table, k)) is not None}
        cls = self.classes[table.name]
        pk = next(iter(table.primary_key.columns))
        found: dict[Key, Any] = {}
        ids = [k[0] for k in keys]
        for start in range(0, len(ids), CHUNK):
            stmt = select(cls).where(getattr(cls, pk.name).in_(ids[start : start + CHUNK]))
            for obj in s.scalars(stmt, execution_options={EVERY_STUDIO: True}):
                found[(getattr(obj, pk.name),)] = obj
        return found

    def _table(self, s, table: Table) -> None:
        base, laptop = self.base.get(table.name, {}), self.laptop.get(table.name, {})
        compared = [c.name for c in table.columns if c.name not in BOOKKEEPING | DERIVED]
        if table.name == "request":
            compared = [c for c in compared if c not in WORKFLOW]
        new = [k for k in laptop if k not in base]
        changed = {}
        for key, mine in laptop.items():
            before = base.get(key)
            if before is not None and (
                fields := [c for c in compared if mine[c] != before[c]]
            ):  # fmt: skip
                changed[key] = fields
        removed = [k for k in base if k not in laptop and table.name not in SHARED]
        office = self._office(s, table, [*new, *changed, *removed])
        for key in new:
            if key not in office:
                if finalised_part(s, table.name, laptop[key]):
                    self._conflict(table, key, laptop[key], None, None, compared)
                else:
                    self._insert(s, table, laptop[key])
        for key, fields in changed.items():
            if table.name == "request" and key[0] in self.waiting:
                continue  # waits whole with its steps
            if finalised_part(s, table.name, laptop[key]):
                obj = office.get(key)
                now = {c: self._attr(obj, c) for c in compared} if obj is not None else None
                self._conflict(table, key, laptop[key], base[key], now, fields)
                continue
            self._merge(table, key, laptop[key], base[key], office.get(key), fields, compared)
        for key in removed:  # removed on the laptop: tags, a meeting's lines
            obj = office.get(key)
            if finalised_part(s, table.name, base[key]):
                continue  # the issued minutes keep their lines (the office's record stands)
            if obj is not None and all(self._attr(obj, c) == base[key][c] for c in compared):
                s.delete(obj)
                self.summary.updated += 1

    def _merge(self, table: Table, key: Key, mine: Row, before: Row, obj: Any,
               changed: list[str], compared: list[str]) -> None:  # fmt: skip
        office = {c: self._attr(obj, c) for c in compared} if obj is not None else None
        both = [c for c in changed if c not in LATEST and office is not None
                and office[c] != before[c] and office[c] != mine[c]
                and not (c == ARCHIVED and office[c] and mine[c])]  # fmt: skip
        if table.name in SHARED or office is None or both:
            self._conflict(table, key, mine, before, office, changed)
            return
        for c in changed:
            if c in LATEST:
                self._set(obj, c, max(v for v in (office[c], mine[c]) if v is not None))
            elif office[c] == before[c]:
                self._set(obj, c, mine[c])
        self.summary.updated += 1

    def _insert(self, s, table: Table, mine: Row) -> None:
        if table.name in SHARED:
            self._conflict(table, key_of(table, mine), mine, None, None,
                           [c.name for c in table.columns if c.name not in BOOKKEEPING])  # fmt: skip
            return
        obj = self.classes[table.name]()
        for column in table.columns:
            if column.name not in DERIVED and column.name != "version":
                self._set(obj, column.name, mine[column.name])
        s.add(obj)
        if table.name == "request":
            self._as_registered(s, obj, mine)
        self.summary.inserted += 1

    def _as_registered(self, s, request: Request, mine: Row) -> None:
        """A request new on the laptop: in as registered, with the office's number and
        deadlines; its later steps are replayed like any other."""
        for name in WORKFLOW - {"number", "status", "provisional_number"}:
            column = Request.__table__.c[name]
            default = column.default.arg if column.default is not None else None
            self._set(request, name, default if not callable(default) else None)
        registered_at = self.when(mine["registered_at"])
        request.registered_at = registered_at
        request.status = S.REGISTERED
        day = registered_at.astimezone().date()
        request.provisional_number = mine["number"]
        request.number = self._number(s, day.year)
        calendar, deadlines = self.calendar, self.deadlines
        request.assign_due = calendar.add_workdays(day, deadlines.assign)
        request.answer_due = calendar.add_workdays(request.assign_due, deadlines.answer)
        first = self.first_steps.get(mine["id"])
        note = encode("request.provisional", provisional=mine["number"], number=request.number)
        s.add(RequestEvent(request_id=request.id, sequence=1, at=registered_at,
                           actor=first["actor"] if first else "", from_status=None,
                           to_status=S.REGISTERED, note=note))  # fmt: skip
        self.summary.renumbered.append((mine["number"], request.number))

    def _number(self, s, year: int) -> str:
        """The office's next number of ``year``: asked once, then counted on (one transaction
        holds the database for writing, so no other PC takes one meanwhile)."""
        if year not in self.numbers:
            self.numbers[year] = int(next_number(s, year).split("-")[-1])
        number, self.numbers[year] = self.numbers[year], self.numbers[year] + 1
        return f"{year}-{number:04d}"

    def _conflict(self, table: Table, key: Key, mine: Row, before: Row | None,
                  office: Row | None, changed: list[str]) -> None:  # fmt: skip
        fields = {c: [to_json(before[c]) if before else None,
                      to_json(office[c]) if office else None, to_json(mine[c])]
                  for c in changed}  # fmt: skip
        self.conflicts.append(FieldConflict(
            id=uuid.uuid4(), kind="settings" if table.name in SHARED else "fields",
            table_name=table.name, record_key=key_json(key), title=_title(table.name, mine),
            fields=json.dumps(fields, ensure_ascii=False), laptop_row=row_json(mine),
        ))  # fmt: skip

    # ---- requests' steps ------------------------------------------------------------------
    def _office_steps(self, s, request_id: uuid.UUID) -> list[RequestEvent]:
        return list(s.scalars(select(RequestEvent).where(
            RequestEvent.request_id == request_id,
            RequestEvent.sequence > self.done.get(request_id, 0),
        ).order_by(RequestEvent.sequence)))  # fmt: skip

    def _request_conflicts(self, s) -> None:
        """Requests the laptop took steps on while the office took its own: they wait."""
        packed = {k[0] for k in self.base.get("request", {})}
        for request_id, steps in self.new_steps.items():
            if request_id in packed:
                office_steps = self._office_steps(s, request_id)
                if office_steps:
                    self._steps_conflict(request_id, steps, office_steps)

    def _steps_conflict(self, request_id: uuid.UUID, laptop_steps: list[Row],
                        office_steps: list) -> None:  # fmt: skip
        self.waiting.add(request_id)
        mine = self.laptop["request"][(request_id,)]
        before = self.base["request"].get((request_id,))
        fields = {}
        if before is not None:
            fields = {c: [to_json(before[c]), None, to_json(mine[c])]
                      for c in mine if c not in BOOKKEEPING | DERIVED | WORKFLOW
                      and mine[c] != before[c]}  # fmt: skip
        self.conflicts.append(FieldConflict(
            id=uuid.uuid4(), kind="steps", table_name="request",
            record_key=key_json((request_id,)), title=_title("request", mine),
            fields=json.dumps(fields, ensure_ascii=False), laptop_row=row_json(mine),
            office_steps=json.dumps([_step_json(e) for e in office_steps], ensure_ascii=False),
            laptop_steps=json.dumps([_step_json(e, mine) for e in laptop_steps],
                                    ensure_ascii=False),
        ))  # fmt: skip

    def _replay(self) -> None:
        new = {k[0] for k in self.laptop.get("request", {})} - {
            k[0] for k in self.base.get("request", {})}  # fmt: skip
        failed: set[uuid.UUID] = set()
        position: dict[uuid.UUID, int] = {}
        for event in self.events:
            request_id = event["request_id"]
            steps = self.new_steps.get(request_id, [])
            if (
                request_id in self.waiting
                or request_id in failed
                or event["sequence"] <= (self.done.get(request_id, 0))
            ):
                continue
            index = position[request_id] = position.get(request_id, -1) + 1
            if request_id in new and event["sequence"] == 1:
                continue  # registered when inserted
            try:
                replay(self.services, event, self.laptop["request"][(request_id,)],
                       self.when(event["at"]))  # fmt: skip
                self.summary.steps += 1
            except StudioError:
                failed.add(request_id)
                with self.services.db.session() as s:
                    office = self._office_steps(s, request_id)
                self._steps_conflict(request_id, steps[index:], office)

    def _audit(self, s) -> None:
        """The laptop's audit entries, after the office's, in the laptop's order."""
        rows = sorted(self.laptop.get("audit_event", {}).values(), key=lambda e: e["seq"])
        for e in rows:
            add_event(s, e["username"], e["action"], e["target"],
                      chinese("audit.from_laptop", device=self.device, detail=e["detail"]),
                      at=self.when(e["at"]))  # fmt: skip
            self.summary.appended += 1


def finalised_part(s, table_name: str, row: Row) -> bool:
    """Whether ``row`` is a meeting, or a line of one, whose minutes the office has issued."""
    if table_name not in MEETING_PARTS:
        return False
    meeting_id = row["id"] if table_name == "meeting" else row["meeting_id"]
    return is_finalised(s, meeting_id)


def _title(table_name: str, row: Row) -> str:
    """Which record, in words (the conflict list's first column)."""
    kind = tr(TABLE_NAMES.get(table_name, table_name))  # i18n: from TABLE_NAMES
    for column in ("number", "head_name", "name", "topic", "title", "key", "day", "text"):
        if row.get(column) not in (None, ""):
            return f"{kind} {to_json(row[column])}"
    return kind


TABLE_NAMES = {
    "studio": N_("工作室"), "member": N_("委员"), "studio_membership": N_("工作室成员"),
    "household": N_("联系户"), "household_tag": N_("联系户标签"), "linkage": N_("联户关系"),
    "visit": N_("走访"), "reception_day": N_("接待日"), "duty_assignment": N_("值班"),
    "visitor": N_("来访人"), "request": N_("诉求"), "common_issue": N_("共性问题"),
    "meeting": N_("会议"), "meeting_attendee": N_("参会人员"), "agenda_item": N_("议程"),
    "agreed_item": N_("议定事项"), "follow_up_action": N_("跟踪事项"),
    "app_setting": N_("设置"), "calendar_day": N_("节假日与调休"),
    "request_category": N_("诉求类别"),
}  # fmt: skip


def _step_json(event: Any, laptop_request: Row | None = None) -> dict[str, Any]:
    """A step as the conflict list keeps it; a laptop's 交办 also says to whom (the step's
    own note does not), as the laptop's request has it."""
    get = event.get if isinstance(event, dict) else lambda k: getattr(event, k)
    step = {"sequence": get("sequence"), "at": to_json(get("at")), "actor": get("actor"),
            "from": to_json(get("from_status")), "to": to_json(get("to_status")),
            "note": get("note")}  # fmt: skip
    if laptop_request is not None and get("to_status") == S.ASSIGNED:
        step["unit"] = laptop_request["handling_unit"]
    return step


def replay(services: Any, event: Row, mine: Row, at: datetime) -> None:
    """One step the laptop took, through the workflow service (which may refuse it)."""
    requests = services.requests
    request_id, actor, note = mine["id"], event["actor"], event["note"] or ""
    before, after = event["from_status"], event["to_status"]
    coded = decode(note)
    today = at.astimezone().date()
    if coded and coded[0] == "request.extended":
        values = coded[1]
        requests.extend(request_id, date.fromisoformat(values["new"]), values["reason"],
                        actor=actor, at=at)  # fmt: skip
    elif coded and coded[0] in ("request.visit", "request.visit_comment"):
        values = coded[1]
        requests.return_visit(request_id, Satisfaction(values["satisfaction"]),
                              values.get("comment", ""), actor=actor, today=today, at=at)  # fmt: skip
    elif after == S.ASSIGNED:
        requests.assign(request_id, assignee_id=mine["assignee_id"],
                        handling_unit=mine["handling_unit"], note=note, actor=actor,
                        today=today, at=at)  # fmt: skip
    elif after == S.IN_PROGRESS and before == S.ASSIGNED:
        requests.start(request_id, note=note, actor=actor, at=at)
    elif after == S.ANSWERED:
        requests.answer(request_id, note, actor=actor, today=today, at=at)
    elif after == S.REJECTED:
        requests.reject(request_id, note, actor=actor, at=at)
    elif after == S.MERGED and before != S.MERGED and mine["merged_into_id"] is not None:
        requests.merge(request_id, mine["merged_into_id"], actor=actor, at=at)
    else:
        raise StudioError(tr("这一步只能在办公室办理。"))
