"""The studio a door works in: every statement through the services sees that studio only.

On a county server one database holds every studio. A studio's user (管理员, 联络员, 查看) works
in their own studio; the county office's users (县政协管理员, 县政协联络员) pick one, or none for
the whole county (全县). ``GuardedDatabase`` puts the chosen studio into each session's info;
this module then

* adds a filter for that studio to every ORM statement the session runs (reads, and bulk
  updates and deletes), so no service, page, search, list, figure, print or export can reach
  another studio's records, whatever it forgets: a record of another studio is simply not found;
* gives every new record its studio when it is flushed, and refuses one meant for another.

What belongs to a studio: requests, visitors, reception days, meetings, common issues, issued
documents and proposals by their own ``studio_id``; members by their membership (a member of
two studios appears in both); households by ``household_studio`` (the studio that registered
them, and the studios whose members were linked to them); linkages, visits and the members'
activities by their member. Settings, categories and the calendar are the county's, shared.

Raw SQL (the full-text indexes) is not filtered: it only ever yields candidate ids that an ORM
statement then reads, filtered.
"""

from __future__ import annotations

import functools
import uuid
from typing import Any

from sqlalchemy import Uuid, event, func, insert, literal, select, update
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.core.models import (
    CommonIssue,
    Household,
    HouseholdStudio,
    IntakeStanding,
    IntakeSubmission,
    IssuedDocument,
    Linkage,
    Meeting,
    Member,
    MemberActivity,
    Proposal,
    ReceptionDay,
    Request,
    Studio,
    StudioMembership,
    Visit,
    Visitor,
)
from studio_app.core.models.base import EVERY_STUDIO, StudioSession

SCOPE_KEY = "studio_app.studio"  # the studio the session is filtered to (None: not filtered)
ACTING_KEY = "studio_app.acting_studio"  # the studio the user works in, filtered or not
# Records that carry their studio themselves (a membership: the studio the member is in).
STUDIO_OWNED = (
    Request, Visitor, ReceptionDay, Meeting, CommonIssue, IssuedDocument, Proposal,
    StudioMembership, IntakeSubmission, IntakeStanding,
)  # fmt: skip
# Records that belong to the studios of their member.
MEMBER_OWNED = (Linkage, Visit, MemberActivity)


class OtherStudioError(StudioError):
    """A new record has no studio: several studios and none chosen (the county's 全县 view)."""


def _refuse(message: str) -> None:
    """A record meant for a studio the user does not work in: refused as a permission (the
    guard writes the refusal to the audit log once the transaction is rolled back)."""
    from studio_app.base.enums import Permission
    from studio_app.core.access import PermissionDeniedError

    # Whose refusal it is, the guard of the session says when it logs it.
    raise PermissionDeniedError(None, Permission.EDIT, target=tr("其他工作室的记录"),
                                message=message)  # fmt: skip


def session_studio(s: Session) -> uuid.UUID | None:
    """The studio the session works in (None: every studio, or a database of one)."""
    return s.info.get(SCOPE_KEY) or s.info.get(ACTING_KEY)


def studio_for_new(s: Session) -> uuid.UUID | None:
    """The studio a new record goes to: the session's, else the only studio of the database.
    With several studios and none chosen (the county's 全县 view) it is refused: the record
    must be entered in a studio."""
    chosen = session_studio(s)
    if chosen is not None:
        return chosen
    cache = s.info.setdefault("studio_app.only_studio", {})
    if "id" not in cache:
        ids = s.scalars(
            select(Studio.id).where(Studio.archived_at.is_(None)).limit(2),
            execution_options={EVERY_STUDIO: True},
        ).all()
        for studio in s.new:  # one being saved in this transaction (the demo's, the wizard's)
            if isinstance(studio, Studio):
                studio.id = studio.id or uuid.uuid4()
                ids.append(studio.id)
        cache["id"] = ids[0] if len(ids) == 1 else None
        cache["several"] = len(ids) > 1
    if cache["several"]:
        raise OtherStudioError(
            tr("现在是“全县”视图，新记录不知道属于哪个工作室。请先在窗口上方选择工作室，再登记。")
        )
    return cache["id"]


def adopt_unowned(s: Session, studio_id: uuid.UUID) -> None:
    """Give the database's first studio whatever was recorded before it existed (households
    with no studio, records with none, members in none), as migration 0016 did for the records
    from before the county edition."""
    for model in STUDIO_OWNED:
        if model is not StudioMembership:
            s.execute(update(model).where(model.studio_id.is_(None)).values(studio_id=studio_id))
    owned = select(HouseholdStudio.household_id)
    s.execute(
        insert(HouseholdStudio).from_select(
            ["household_id", "studio_id"],
            select(Household.id, literal(studio_id, Uuid)).where(Household.id.not_in(owned)),
        )
    )
    members = select(Member.id).where(Member.id.not_in(select(StudioMembership.member_id)))
    for member_id in s.scalars(members).all():
        s.add(StudioMembership(studio_id=studio_id, member_id=member_id))


def studio_count(s: Session, *, closed: bool = True) -> int:
    """How many studios the database holds (the county's, whoever asks), ``closed`` ones
    too: a closed studio's records are still its own, kept from the others."""
    stmt = select(func.count()).select_from(Studio)
    if not closed:
        stmt = stmt.where(Studio.archived_at.is_(None))
    return s.scalar(stmt, execution_options={EVERY_STUDIO: True})


@functools.lru_cache(maxsize=64)
def _criteria(studio_id: uuid.UUID) -> tuple[Any, ...]:
    """The filters of one studio, one per kind of record (made once per studio: every
    statement carries them)."""
    options = [
        with_loader_criteria(model, lambda cls: cls.studio_id == studio_id, include_aliases=True)
        for model in STUDIO_OWNED
    ]
    options += [
        with_loader_criteria(
            model,
            lambda cls: cls.member_id.in_(
                select(StudioMembership.member_id).where(StudioMembership.studio_id == studio_id)
            ),
            include_aliases=True,
        )
        for model in MEMBER_OWNED
    ]
    options.append(
        with_loader_criteria(
            Member,
            lambda cls: cls.id.in_(
                select(StudioMembership.member_id).where(StudioMembership.studio_id == studio_id)
            ),
            include_aliases=True,
        )
    )
    options.append(
        with_loader_criteria(
            Household,
            lambda cls: cls.id.in_(
                select(HouseholdStudio.household_id).where(HouseholdStudio.studio_id == studio_id)
            ),
            include_aliases=True,
        )
    )
    options.append(
        with_loader_criteria(Studio, lambda cls: cls.id == studio_id, include_aliases=True)
    )
    return tuple(options)


@event.listens_for(StudioSession, "do_orm_execute")
def _scope_the_statement(state: ORMExecuteState) -> None:
    studio_id = state.session.info.get(SCOPE_KEY)
    if studio_id is None or state.execution_options.get(EVERY_STUDIO):
        return
    if state.is_column_load or state.is_relationship_load:
        return  # the parent was read through the filter already (and carries it on)
    if state.is_select or state.is_update or state.is_delete:
        state.statement = state.statement.options(*_criteria(studio_id))


@event.listens_for(StudioSession, "before_flush")
def _give_new_records_their_studio(session: Session, _context, _instances) -> None:
    """Each new record is saved into the session's studio (or the database's only one); a
    record meant for another studio, or a link to another studio's member, is refused."""
    new = list(session.new)
    if not any(isinstance(o, (*STUDIO_OWNED, Household, *MEMBER_OWNED)) for o in new):
        return
    chosen = session_studio(session)
    for request in new:  # a new visitor comes to the studio of their request
        if isinstance(request, Request) and request.studio_id is not None:
            visitor = request.visitor
            if visitor is not None and visitor in session.new and visitor.studio_id is None:
                visitor.studio_id = request.studio_id
    for record in new:
        if isinstance(record, STUDIO_OWNED):
            if record.studio_id is None:
                record.studio_id = studio_for_new(session)
            elif chosen is not None and record.studio_id != chosen:
                _refuse(tr("不能把记录登记到您所在工作室以外的工作室。"))
        elif isinstance(record, Household):
            studio_id = studio_for_new(session)
            if studio_id is not None:
                if record.id is None:
                    record.id = uuid.uuid4()
                session.add(HouseholdStudio(household_id=record.id, studio_id=studio_id))
        elif isinstance(record, MEMBER_OWNED) and chosen is not None:
            _check_member_is_here(session, record, chosen)
        if isinstance(record, Linkage):
            _share_household(session, record)


def _check_member_is_here(s: Session, record: Any, studio_id: uuid.UUID) -> None:
    member_id = record.member_id or record.member.id
    if not s.scalar(
        select(func.count())
        .select_from(StudioMembership)
        .where(StudioMembership.member_id == member_id, StudioMembership.studio_id == studio_id)
    ):
        _refuse(tr("这位委员不在您所在的工作室，不能为他登记。"))


def _share_household(s: Session, linkage: Linkage) -> None:
    """A household linked to a member belongs to the member's studios too."""
    member_id = linkage.member_id if linkage.member_id else linkage.member.id
    household_id = linkage.household_id if linkage.household_id else linkage.household.id
    studios = s.scalars(
        select(StudioMembership.studio_id).where(StudioMembership.member_id == member_id),
        execution_options={EVERY_STUDIO: True},
    ).all()
    known = set(
        s.scalars(
            select(HouseholdStudio.studio_id).where(HouseholdStudio.household_id == household_id)
        )
    )
    known |= {o.studio_id for o in s.new if isinstance(o, HouseholdStudio)
              and o.household_id == household_id}  # fmt: skip
    for studio_id in set(studios) - known:
        s.add(HouseholdStudio(household_id=household_id, studio_id=studio_id))
