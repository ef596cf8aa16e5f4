"""Member ↔ household links (联户) and the visits (走访) members make."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Date, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from studio_app.base.enums import VisitMethod
from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.text import clean_text
from studio_app.core.models import Household, Linkage, Member, Visit, utcnow
from studio_app.core.records import check_version, load
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator


@dataclass(frozen=True)
class LinkedHousehold:
    linkage_id: uuid.UUID
    household_id: uuid.UUID
    head_name: str
    village: str
    phone: str
    since: date
    until: date | None
    primary: bool
    last_visit_on: date | None
    linkage_version: int = 0  # as read: the link changed elsewhere since is refused


@dataclass(frozen=True)
class LinkedMember:
    linkage_id: uuid.UUID
    member_id: uuid.UUID
    name: str
    sector: str
    phone: str
    since: date
    until: date | None
    primary: bool
    member_archived: bool
    linkage_version: int = 0  # as read: the link changed elsewhere since is refused


@dataclass(frozen=True)
class VisitRow:
    id: uuid.UUID
    visited_on: date
    member_id: uuid.UUID
    member_name: str
    household_id: uuid.UUID
    household_name: str
    method: VisitMethod
    notes: str


_MISSING_MEMBER = "找不到这位委员，可能已被删除或数据库已更换。"
_MISSING_HOUSEHOLD = "找不到这个联系户，可能已被删除或数据库已更换。"


def _today():
    """Today when the statement runs (not when it was built: a window stays open for days)."""
    return bindparam("today", callable_=date.today, type_=Date, unique=True)


def link_ended():
    """``until`` is the day a link ends: from that day on it is no longer in force, and an end
    date still to come leaves it in force until then."""
    return and_(Linkage.until.is_not(None), Linkage.until <= _today())


def link_in_force() -> tuple:
    """A link that has not ended and was not withdrawn (the people on it may be archived)."""
    return (or_(Linkage.until.is_(None), Linkage.until > _today()), Linkage.archived_at.is_(None))


@dataclass(frozen=True)
class Unlinked:
    """What ending a link did, said to the coordinator."""

    member: str
    household: str
    ends_on: date
    ended_now: bool  # False: the end date is still to come, the link is in force until then
    was_primary: bool
    primary_now: str  # the household's main contact after this; "" when it has none

    def message(self) -> str:
        if self.ended_now:
            done = tr("{member}与“{household}”的联系已解除。")
        else:
            done = tr("{member}与“{household}”的联系保留到 {day}，当天起解除。")
        lines = [done.format(member=self.member, household=self.household,
                             day=self.ends_on.isoformat())]  # fmt: skip
        if not self.was_primary:
            return lines[0]
        if self.primary_now and self.primary_now != self.member:
            lines.append(tr("即日起由{name}担任这一户的主要联系人。").format(name=self.primary_now))
        elif self.ended_now:
            lines.append(tr("这一户现在没有主要联系人，请尽快另设一位。"))
        else:
            lines.append(
                tr("{member}担任主要联系人到 {day}，之后这一户没有主要联系人，请及早另设一位。")
                .format(member=self.member, day=self.ends_on.isoformat())
            )  # fmt: skip
        return "\n".join(lines)


def _in_force(link: Linkage) -> bool:
    return link.until is None or link.until > date.today()


class LinkageService:
    def __init__(self, db: SessionSource):
        self.db = db

    def link(
        self,
        member_id: uuid.UUID,
        household_id: uuid.UUID,
        *,
        since: date | None = None,
        primary: bool = False,
    ) -> Linkage:
        """Link a member to a household; refuses archived records and a link that already exists."""
        with self.db.session() as s:
            member = load(s, Member, member_id, tr(_MISSING_MEMBER))
            household = load(s, Household, household_id, tr(_MISSING_HOUSEHOLD))
            if member.archived_at or household.archived_at:
                raise StudioError(tr("已归档的委员或联系户不能再建立联系，请先恢复。"))
            existing = s.scalar(
                select(func.count(Linkage.id)).where(
                    Linkage.member_id == member_id, Linkage.household_id == household_id,
                    *link_in_force(),
                )
            )  # fmt: skip
            if existing:
                raise StudioError(
                    tr("{member}已经联系{household}，无需重复添加。").format(
                        member=member.name, household=household.head_name
                    )
                )
            since = since or date.today()
            if since > date.today():
                raise ValidationError.single("since", tr("开始日期"), tr("开始日期不能晚于今天。"))
            if primary:
                self._clear_primary(s, household_id)
            linkage = Linkage(member_id=member_id, household_id=household_id, since=since,
                              primary=primary)  # fmt: skip
            s.add(linkage)
        return linkage

    def unlink(
        self,
        linkage_id: uuid.UUID,
        *,
        until: date | None = None,
        successor: uuid.UUID | None = None,
        no_primary: bool = False,
        version: int | None = None,
    ) -> Unlinked:
        """End a link on ``until`` (today by default; a later day keeps it in force until then);
        it stays in the history.

        Ending the household's main contact (主要联系人) asks for a decision when other members
        still keep in touch with it: ``successor``, the link of the one who takes over at once,
        or ``no_primary``, the household is to have none (after ``until``: until then the
        leaving member stays its main contact).
        """
        today = date.today()
        with self.db.session() as s:
            linkage = load(s, Linkage, linkage_id, tr("找不到这条联系记录。"))
            check_version(linkage, version)
            member, household = linkage.member, linkage.household
            if linkage.archived_at is not None or (
                linkage.until is not None and linkage.until <= today
            ):
                raise StudioError(tr("{member}与“{household}”的联系已经解除，无需再解除。").format(
                    member=member.name, household=household.head_name))  # fmt: skip
            until = until or today
            if until < linkage.since:
                raise ValidationError.single(
                    "until", tr("解除日期"), tr("解除日期不能早于开始日期 {since}。").format(
                        since=linkage.since.isoformat())
                )  # fmt: skip
            was_primary, primary_now = linkage.primary, ""
            if was_primary:
                primary_now = self._hand_over(s, linkage, until, successor, no_primary)
            linkage.until = until
            if until <= today:
                linkage.primary = False
            return Unlinked(member.name, household.head_name, until, until <= today, was_primary,
                            primary_now)  # fmt: skip

    @staticmethod
    def _hand_over(s: Session, leaving: Linkage, until: date, successor: uuid.UUID | None,
                   no_primary: bool) -> str:  # fmt: skip
        """The name of the household's main contact once ``leaving`` has ended."""
        others = {
            k.id: name
            for k, name in s.execute(
                select(Linkage, Member.name)
                .join(Member, Member.id == Linkage.member_id)
                .where(Linkage.household_id == leaving.household_id, Linkage.id != leaving.id,
                       *link_in_force(), Member.archived_at.is_(None),
                       or_(Linkage.until.is_(None), Linkage.until > until))
                .order_by(Member.sort_key)
            )
        }  # fmt: skip
        if successor is not None:
            if successor not in others:
                raise ValidationError.single("successor", tr("接任主要联系人"), tr(
                    "接任的委员要在解除日期之后仍联系这一户，请从名单中另选一位。"))  # fmt: skip
            leaving.primary = False
            s.get(Linkage, successor).primary = True
            return others[successor]
        if others and not no_primary:
            raise ValidationError.single("successor", tr("接任主要联系人"), tr(
                "{member}是“{household}”的主要联系人。请选一位接任（{names}），"
                "或选择这一户暂不设主要联系人。").format(
                    member=leaving.member.name, household=leaving.household.head_name,
                    names=tr("、").join(others.values())))  # fmt: skip
        return leaving.member.name if until > date.today() else ""

    def set_primary(self, linkage_id: uuid.UUID, *, version: int | None = None) -> None:
        with self.db.session() as s:
            linkage = load(s, Linkage, linkage_id, tr("找不到这条联系记录。"))
            check_version(linkage, version)
            if linkage.until is not None and linkage.until <= date.today():
                raise StudioError(tr("这条联系已经解除，不能设为主要联系人。"))
            self._clear_primary(s, linkage.household_id)
            linkage.primary = True

    @staticmethod
    def _clear_primary(s: Session, household_id: uuid.UUID) -> None:
        s.execute(
            update(Linkage)
            .where(Linkage.household_id == household_id, Linkage.primary.is_(True))
            .values(primary=False, version=Linkage.version + 1, updated_at=utcnow())
            .execution_options(synchronize_session="fetch")
        )

    def households_of(
        self, member_id: uuid.UUID, *, include_ended: bool = False
    ) -> list[LinkedHousehold]:
        stmt = (
            select(Linkage, Household)
            .join(Household, Household.id == Linkage.household_id)
            .where(Linkage.member_id == member_id, Linkage.archived_at.is_(None))
            .order_by(link_ended(), Household.village, Household.sort_key)
        )
        if not include_ended:  # the current list: archived households (moved away) leave it
            stmt = stmt.where(*link_in_force(), Household.archived_at.is_(None))
        with self.db.session() as s:
            return [
                LinkedHousehold(k.id, h.id, h.head_name, h.village, h.phone, k.since, k.until,
                                k.primary and _in_force(k), h.last_visit_on, k.version)
                for k, h in s.execute(stmt)
            ]  # fmt: skip

    def members_of(
        self, household_id: uuid.UUID, *, include_ended: bool = False
    ) -> list[LinkedMember]:
        stmt = (
            select(Linkage, Member)
            .join(Member, Member.id == Linkage.member_id)
            .where(Linkage.household_id == household_id, Linkage.archived_at.is_(None))
            .order_by(link_ended(), Linkage.primary.desc(), Member.sort_key)
        )
        if not include_ended:  # the current contacts: archived members are no longer one
            stmt = stmt.where(*link_in_force(), Member.archived_at.is_(None))
        with self.db.session() as s:
            return [
                LinkedMember(k.id, m.id, m.name, m.sector, m.phone, k.since, k.until,
                             k.primary and _in_force(k), m.archived_at is not None, k.version)
                for k, m in s.execute(stmt)
            ]  # fmt: skip


@dataclass
class VisitInput:
    member_id: uuid.UUID
    household_id: uuid.UUID
    visited_on: date
    method: VisitMethod = VisitMethod.IN_PERSON
    notes: str = ""


class VisitService:
    def __init__(self, db: SessionSource):
        self.db = db

    def record(self, data: VisitInput, *, today: date | None = None) -> Visit:
        v = Validator()
        notes = v.length("notes", tr("走访情况"), clean_text(data.notes), max_length=5000)
        if data.visited_on > (today or date.today()):
            v.add("visited_on", tr("走访日期"), tr("走访日期不能晚于今天。"))
        v.raise_if_any()
        with self.db.session() as s:
            load(s, Member, data.member_id, tr(_MISSING_MEMBER))
            household = load(s, Household, data.household_id, tr(_MISSING_HOUSEHOLD))
            visit = Visit(member_id=data.member_id, household_id=data.household_id,
                          visited_on=data.visited_on, method=data.method, notes=notes)  # fmt: skip
            s.add(visit)
            if household.last_visit_on is None or household.last_visit_on < data.visited_on:
                household.last_visit_on = data.visited_on
        return visit

    def archive(self, visit_id: uuid.UUID, *, version: int | None = None) -> None:
        """Withdraw a visit recorded by mistake; the household's last visit date follows."""
        with self.db.session() as s:
            visit = load(s, Visit, visit_id, tr("找不到这条走访记录。"))
            check_version(visit, version)
            visit.archived_at = utcnow()
            s.flush()
            household = s.get(Household, visit.household_id)
            household.last_visit_on = s.scalar(
                select(func.max(Visit.visited_on)).where(
                    Visit.household_id == visit.household_id, Visit.archived_at.is_(None)
                )
            )

    def list(
        self,
        *,
        member_id: uuid.UUID | None = None,
        household_id: uuid.UUID | None = None,
        limit: int = 500,
    ) -> list[VisitRow]:
        stmt = (
            select(Visit, Member.name, Household.head_name)
            .join(Member, Member.id == Visit.member_id)
            .join(Household, Household.id == Visit.household_id)
            .where(Visit.archived_at.is_(None))
            .order_by(Visit.visited_on.desc(), Visit.created_at.desc())
            .limit(limit)
        )
        if member_id:
            stmt = stmt.where(Visit.member_id == member_id)
        if household_id:
            stmt = stmt.where(Visit.household_id == household_id)
        with self.db.session() as s:
            return [
                VisitRow(v.id, v.visited_on, v.member_id, m, v.household_id, h, v.method, v.notes)
                for v, m, h in s.execute(stmt)
            ]
