"""Which rows go out in a package: one studio's working set, and every row they point to.

Members, households and their links, this year's visits, open requests and this year's closed
ones with their history, reception days from this year on, meetings whose minutes are not yet
issued (定稿), the studio's common issues, the calendar, the categories and settings, and the
studio's users (password hashes only). Then, until nothing is missing, every row those point
to (the visitor of a request, the request one was merged into, a household of another studio
a member is linked to …): the laptop's database keeps its foreign keys whole.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Table, or_, select

from studio_app.base.enums import DocumentKind, RequestStatus
from studio_app.core.field.rows import NOT_MOVED, Key, Row, key_of, read, read_ids, tables

S = RequestStatus
STILL_OPEN = (S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS, S.ANSWERED)


def working_set(
    c: Connection, studio_id: uuid.UUID, today: date, user_id: uuid.UUID | None
) -> dict[str, dict[Key, Row]]:
    t = tables()
    year = date(today.year, 1, 1)
    year_start = datetime(today.year, 1, 1, tzinfo=UTC)
    members = select(t["studio_membership"].c.member_id).where(
        t["studio_membership"].c.studio_id == studio_id
    )
    households = select(t["household_studio"].c.household_id).where(
        t["household_studio"].c.studio_id == studio_id
    )
    request = t["request"]
    requests = select(request.c.id).where(
        request.c.studio_id == studio_id,
        or_(request.c.status.in_(STILL_OPEN), request.c.return_visit_due.is_not(None),
            request.c.registered_at >= year_start, request.c.closed_at >= year_start),
    )  # fmt: skip
    days = select(t["reception_day"].c.id).where(
        t["reception_day"].c.studio_id == studio_id, t["reception_day"].c.held_on >= year
    )
    issued = t["issued_document"]
    finalised = select(issued.c.meeting_id).where(
        issued.c.kind == DocumentKind.MINUTES, issued.c.meeting_id.is_not(None)
    )
    meeting = t["meeting"]
    meetings = select(meeting.c.id).where(
        meeting.c.studio_id == studio_id, meeting.c.id.not_in(finalised)
    )
    user = t["app_user"]
    chosen = {
        "studio": t["studio"].c.id == studio_id,
        "studio_membership": t["studio_membership"].c.studio_id == studio_id,
        "member": t["member"].c.id.in_(members),
        "household_studio": t["household_studio"].c.studio_id == studio_id,
        "household": t["household"].c.id.in_(households),
        "household_tag": t["household_tag"].c.household_id.in_(households),
        "linkage": t["linkage"].c.member_id.in_(members),
        "visit": (t["visit"].c.member_id.in_(members)) & (t["visit"].c.visited_on >= year),
        "reception_day": t["reception_day"].c.id.in_(days),
        "duty_assignment": t["duty_assignment"].c.reception_day_id.in_(days),
        "request": request.c.id.in_(requests),
        "request_event": t["request_event"].c.request_id.in_(requests),
        "common_issue": t["common_issue"].c.studio_id == studio_id,
        "meeting": meeting.c.id.in_(meetings),
        "meeting_attendee": t["meeting_attendee"].c.meeting_id.in_(meetings),
        "agenda_item": t["agenda_item"].c.meeting_id.in_(meetings),
        "agreed_item": t["agreed_item"].c.meeting_id.in_(meetings),
        "follow_up_action": t["follow_up_action"].c.meeting_id.in_(meetings),
        "calendar_day": None,
        "request_category": None,
        "app_setting": None,
        # The studio's users, and whoever takes the package out (a county user) to sign in.
        "app_user": or_(user.c.studio_id == studio_id, user.c.id == user_id),
    }
    found: dict[str, dict[Key, Row]] = {name: {} for name in t if name not in NOT_MOVED}
    for name, where in chosen.items():
        for row in read(c, t[name], where):
            found[name][key_of(t[name], row)] = row
    _close_over_references(c, t, found)
    return found


def _close_over_references(c: Connection, t: dict[str, Table], found: dict[str, dict]) -> None:
    """Add every row a packed row points to, until none is missing."""
    while True:
        added = False
        for name, rows in list(found.items()):
            for fk in t[name].foreign_keys:
                parent = fk.column.table
                if parent.name in NOT_MOVED or len(parent.primary_key.columns) != 1:
                    continue
                have = found[parent.name]
                wanted = {r[fk.parent.name] for r in rows.values()} - {None}
                missing = {i for i in wanted if (i,) not in have}
                for row in read_ids(c, parent, fk.column, missing):
                    have[key_of(parent, row)] = row
                    added = True
        if not added:
            return
