"""Reception days (委员接待日): a studio's rule, the year's days it gives, moving and cancelling."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import distinct, extract, func, or_, select
from sqlalchemy.orm import Session, aliased

from studio_app.base.enums import ReceptionStatus, RequestStatus
from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.i18n import N_, tr, trn
from studio_app.base.messages import encode, shown
from studio_app.base.text import clean_text
from studio_app.core.models import DutyAssignment, Member, ReceptionDay, Request, Studio, utcnow
from studio_app.core.reception_schedule import PlannedDay, parse_rule, plan_year
from studio_app.core.records import check_version, load
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.workdays import CalendarService

# Requests still waiting for a step of the loop (answered ones wait for the return visit).
OPEN_STATUSES = (
    RequestStatus.REGISTERED, RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS,
    RequestStatus.ANSWERED,
)  # fmt: skip


@dataclass(frozen=True)
class DaySummary:
    """A reception day as the calendar and the list show it."""

    id: uuid.UUID
    held_on: date
    status: ReceptionStatus
    moved_from: date | None
    change_reason: str
    place: str
    duty_names: tuple[str, ...]
    visitors: int  # people received (a visitor with two requests counts once)
    requests: int
    open_requests: int
    version: int = 0  # as read: a change saved elsewhere since is refused (ConflictError)


_MONTHS = (
    N_("1月"), N_("2月"), N_("3月"), N_("4月"), N_("5月"), N_("6月"), N_("7月"), N_("8月"),
    N_("9月"), N_("10月"), N_("11月"), N_("12月"),
)  # fmt: skip


def _day(on: date) -> str:
    """1月31日 (Jan 31): the summary is of one year, said in its title."""
    return tr("{month}{d}日").format(month=tr(_MONTHS[on.month - 1]), d=on.day)


def _moved(planned: PlannedDay) -> str:
    """Why a generated day is not on the rule's date (a code: shown in the reader's language)."""
    if planned.moved_from is None:
        return ""
    return encode("reception.holiday_moved_back" if planned.backward else "reception.holiday_moved")


@dataclass(frozen=True)
class GeneratedYear:
    """What 生成全年接待日 did, said to the coordinator (the window and the CLI)."""

    year: int
    created: list[ReceptionDay]
    planned: list[PlannedDay]  # the created days' plans, in order
    kept: list[PlannedDay]  # planned on a date or rule date already there: left as it is
    months_without: tuple[int, ...]  # months with no day but cancelled ones, after generating
    doubled: tuple[date, ...] = ()  # dates with two days, made by a version before one per date

    def report(self) -> list[str]:
        """The summary, a line each: how many, what moved where and why, months without."""
        lines = [
            trn("已生成 %n 个接待日。", len(self.created))
            if self.created
            else tr("{year} 年的接待日都已生成，没有新增。").format(year=self.year)
        ]
        if self.created and self.kept:
            lines.append(trn("已有的 %n 个接待日保持不变。", len(self.kept)))
        for p in self.planned:
            if p.lacking:
                lines.append(tr("{month}没有{days}，安排在当月最后一天{day}。").format(
                    month=tr(_MONTHS[p.held_on.month - 1]), day=_day(p.held_on),
                    days=tr("、").join(tr("{d}日").format(d=d) for d in p.lacking),
                ))  # fmt: skip
            ruled = tr("、").join(_day(d) for d in p.rule_dates)
            if len(p.rule_dates) > 1:
                lines.append(tr("{dates}都落在{day}，合为一个接待日。").format(
                    dates=ruled, day=_day(p.held_on)))  # fmt: skip
            elif p.backward:
                lines.append(tr("{date}是休息日，顺延就到了下个月，改为提前到{day}。").format(
                    date=ruled, day=_day(p.held_on)))  # fmt: skip
            elif p.moved_from:
                lines.append(tr("{date}是休息日，顺延到{day}。").format(
                    date=ruled, day=_day(p.held_on)))  # fmt: skip
        if self.doubled:
            doubled = tr("、").join(_day(d) for d in self.doubled)
            lines.append(
                tr("这些日子有两个接待日（以前生成时重复的），请取消多出的一个：{dates}。").format(
                    dates=doubled
                )
            )
        if self.months_without:
            months = tr("、").join(tr(_MONTHS[m - 1]) for m in self.months_without)
            lines.append(tr("{months}没有接待日（已取消的不算），可用“新增接待日”补上。").format(
                months=months))  # fmt: skip
        return lines


@dataclass(frozen=True)
class Duty:
    member_id: uuid.UUID
    name: str
    replaces_member_id: uuid.UUID | None
    replaces_name: str
    note: str


class ReceptionDayService:
    def __init__(self, db: SessionSource, calendar: CalendarService):
        self.db = db
        self.calendar = calendar

    def set_rule(self, studio_id: uuid.UUID, text: str, *, version: int | None = None) -> str:
        """Store the studio's rule in its plain Chinese form (每月第一个星期三, whatever the
        interface language: ``describe_rule`` shows it); returns that form."""
        try:
            rule = parse_rule(text)
        except ValueError as exc:
            raise ValidationError.single("reception_rule", tr("接待日规则"), str(exc)) from None
        with self.db.session() as s:
            studio = load(s, Studio, studio_id, tr("找不到这个工作室。"))
            check_version(studio, version)  # the studio's version, as the form read it
            studio.reception_rule = rule.plain()
            return studio.reception_rule

    def generate(self, studio_id: uuid.UUID, year: int) -> GeneratedYear:
        """Create the year's days from the studio's rule, one per date; days already there are
        kept as they are (moved or cancelled ones too), so running it twice adds nothing, also
        for a December day held in January by an earlier version."""
        workdays = self.calendar.calendar()
        with self.db.session() as s:
            studio = load(s, Studio, studio_id, tr("找不到这个工作室。"))
            if not studio.reception_rule:
                raise StudioError(tr("请先设置接待日规则，例如“每月15日”。"))
            existing = list(s.scalars(select(ReceptionDay).where(
                ReceptionDay.studio_id == studio_id, ReceptionDay.archived_at.is_(None),
                or_(extract("year", ReceptionDay.held_on) == year,
                    extract("year", ReceptionDay.moved_from) == year),
            )))  # fmt: skip
            ruled = {d.moved_from or d.held_on for d in existing}
            held = {d.held_on for d in existing}
            created: list[tuple[ReceptionDay, PlannedDay]] = []
            kept: list[PlannedDay] = []
            for planned in plan_year(parse_rule(studio.reception_rule), year, workdays):
                if ruled.intersection(planned.rule_dates) or planned.held_on in held:
                    kept.append(planned)
                    continue
                day = ReceptionDay(
                    studio_id=studio_id, held_on=planned.held_on, moved_from=planned.moved_from,
                    place=studio.address,
                    change_reason=_moved(planned),
                )  # fmt: skip
                s.add(day)
                created.append((day, planned))
                held.add(planned.held_on)
            s.flush()
            year_days = self._year(s, studio_id, year)
            months = {d.held_on.month for d in year_days if d.status != ReceptionStatus.CANCELLED}
            dates = Counter(d.held_on for d in year_days)
        return GeneratedYear(
            year,
            [day for day, _ in created],
            [planned for _, planned in created],
            kept,
            tuple(m for m in range(1, 13) if m not in months),
            tuple(sorted(on for on, n in dates.items() if n > 1)),
        )

    def add_day(self, studio_id: uuid.UUID, on: date, reason: str = "") -> ReceptionDay:
        """An extra day outside the rule (a special reception before a meeting, say)."""
        with self.db.session() as s:
            studio = load(s, Studio, studio_id, tr("找不到这个工作室。"))
            if self._year(s, studio_id, on.year, on=on):
                raise StudioError(tr("{day} 已经是接待日，请换一天。").format(day=on.isoformat()))
            day = ReceptionDay(studio_id=studio_id, held_on=on, place=studio.address,
                               change_reason=clean_text(reason))  # fmt: skip
            s.add(day)
            return day

    def get(self, day_id: uuid.UUID) -> ReceptionDay:
        with self.db.session() as s:
            return load(s, ReceptionDay, day_id, tr("找不到这个接待日。"))

    def summaries(self, studio_id: uuid.UUID, year: int) -> list[DaySummary]:
        """The year's days with their duty members and how many came and asked what."""
        with self.db.session() as s:
            days = self._year(s, studio_id, year)
            ids = [d.id for d in days]
            if not ids:
                return []
            counts = {
                day_id: (visitors, total, still_open)
                for day_id, visitors, total, still_open in s.execute(
                    select(
                        Request.reception_day_id,
                        func.count(distinct(Request.visitor_id)),
                        func.count(),
                        func.count().filter(Request.status.in_(OPEN_STATUSES)),
                    )
                    .where(Request.reception_day_id.in_(ids), Request.archived_at.is_(None))
                    .group_by(Request.reception_day_id)
                )
            }
            names: dict[uuid.UUID, list[str]] = {}
            for day_id, name in s.execute(
                select(DutyAssignment.reception_day_id, Member.name)
                .join(Member, Member.id == DutyAssignment.member_id)
                .where(DutyAssignment.reception_day_id.in_(ids))
                .order_by(Member.sort_key)
            ):
                names.setdefault(day_id, []).append(name)
            return [
                DaySummary(
                    d.id,
                    d.held_on,
                    d.status,
                    d.moved_from,
                    shown(d.change_reason),
                    d.place,
                    tuple(names.get(d.id, ())),
                    *counts.get(d.id, (0, 0, 0)),
                    version=d.version,
                )
                for d in days
            ]

    def days(self, studio_id: uuid.UUID, year: int) -> list[ReceptionDay]:
        with self.db.session() as s:
            return self._year(s, studio_id, year)

    def move(self, day_id: uuid.UUID, new_date: date, reason: str, *,
             version: int | None = None) -> ReceptionDay:  # fmt: skip
        """Move a planned day; the reason is required and the original date is kept."""
        reason = self._reason(reason, tr("改期原因"))
        with self.db.session() as s:
            day = self._planned(s, day_id, tr("改期"), version)
            if self._year(s, day.studio_id, new_date.year, on=new_date, excluding=day.id):
                raise StudioError(
                    tr("{day} 已经是接待日，请换一天。").format(day=new_date.isoformat())
                )
            day.moved_from = day.moved_from or day.held_on
            day.held_on, day.change_reason = new_date, reason
            return day

    def cancel(self, day_id: uuid.UUID, reason: str, *,
               version: int | None = None) -> ReceptionDay:  # fmt: skip
        reason = self._reason(reason, tr("取消原因"))
        with self.db.session() as s:
            day = self._planned(s, day_id, tr("取消"), version)
            day.status, day.change_reason = ReceptionStatus.CANCELLED, reason
            return day

    def mark_held(self, day_id: uuid.UUID, *, version: int | None = None) -> ReceptionDay:
        with self.db.session() as s:
            day = self._planned(s, day_id, tr("标记为已举行"), version)
            day.status = ReceptionStatus.HELD
            return day

    # ---- duty roster ---------------------------------------------------------------------
    def set_duty(self, day_id: uuid.UUID, member_ids: list[uuid.UUID], *,
                 version: int | None = None) -> list[Duty]:  # fmt: skip
        """The members on duty (at least one); members dropped from the list leave it. The
        day's version moves with its roster, so a roster changed elsewhere meanwhile is refused."""
        wanted = list(dict.fromkeys(member_ids))
        if not wanted:
            raise ValidationError.single(
                "duty", tr("值班委员"), tr("每个接待日至少要安排一位值班委员。")
            )
        with self.db.session() as s:
            day = self._planned(s, day_id, tr("调整值班"), version)
            self._active_members(s, wanted)
            day.updated_at = utcnow()  # the roster is the day's: its version moves
            current = {d.member_id: d for d in day.duties}
            for member_id, duty in current.items():
                if member_id not in wanted:
                    s.delete(duty)
            for member_id in wanted:
                if member_id not in current:
                    s.add(DutyAssignment(reception_day_id=day.id, member_id=member_id))
        return self.duties(day_id)

    def swap(
        self, day_id: uuid.UUID, out_id: uuid.UUID, in_id: uuid.UUID, note: str = "", *,
        version: int | None = None,
    ) -> list[Duty]:  # fmt: skip
        """换班: ``in_id`` takes ``out_id``'s duty; the new duty records whom it replaced. The
        day's version moves with its roster (as in ``set_duty``)."""
        with self.db.session() as s:
            day = self._planned(s, day_id, tr("换班"), version)
            day.updated_at = utcnow()
            (incoming,) = self._active_members(s, [in_id])
            leaving = next((d for d in day.duties if d.member_id == out_id), None)
            if leaving is None:
                raise StudioError(tr("这位委员当天没有值班，无需换班。"))
            if any(d.member_id == in_id for d in day.duties):
                raise StudioError(tr("{name}当天已在值班名单中。").format(name=incoming.name))
            s.delete(leaving)
            s.flush()
            s.add(DutyAssignment(reception_day_id=day.id, member_id=in_id,
                                 replaces_member_id=out_id, note=clean_text(note)))  # fmt: skip
        return self.duties(day_id)

    def duties(self, day_id: uuid.UUID) -> list[Duty]:
        replaced = aliased(Member)
        stmt = (
            select(DutyAssignment, Member.name, replaced.name)
            .join(Member, Member.id == DutyAssignment.member_id)
            .outerjoin(replaced, replaced.id == DutyAssignment.replaces_member_id)
            .where(DutyAssignment.reception_day_id == day_id)
            .order_by(Member.sort_key)
        )
        with self.db.session() as s:
            return [
                Duty(d.member_id, name, d.replaces_member_id, replaced_name or "", d.note)
                for d, name, replaced_name in s.execute(stmt)
            ]

    @staticmethod
    def _active_members(s: Session, ids: list[uuid.UUID]) -> list[Member]:
        members = [load(s, Member, i, tr("找不到这位委员。")) for i in ids]
        if archived := [m.name for m in members if m.archived_at is not None]:
            raise StudioError(
                tr("{names}已归档，不能安排值班。").format(names=tr("、").join(archived))
            )
        return members

    @staticmethod
    def _reason(text: str, label: str) -> str:
        reason = clean_text(text)
        if not reason:
            raise ValidationError.single("reason", label, tr("请填写{label}。").format(label=label))
        return reason

    @staticmethod
    def _planned(s: Session, day_id: uuid.UUID, what: str,
                 version: int | None = None) -> ReceptionDay:  # fmt: skip
        day = load(s, ReceptionDay, day_id, tr("找不到这个接待日。"))
        check_version(day, version)
        if day.status != ReceptionStatus.PLANNED:
            status = tr("已举行") if day.status == ReceptionStatus.HELD else tr("已取消")
            raise StudioError(
                tr("{day} 的接待日{status}，不能再{what}。").format(
                    day=day.held_on.isoformat(), status=status, what=what
                )
            )
        return day

    @staticmethod
    def _year(s: Session, studio_id: uuid.UUID, year: int, *, on: date | None = None,
              excluding: uuid.UUID | None = None) -> list[ReceptionDay]:  # fmt: skip
        stmt = select(ReceptionDay).where(
            ReceptionDay.studio_id == studio_id,
            ReceptionDay.archived_at.is_(None),
            extract("year", ReceptionDay.held_on) == year,
        )
        if on is not None:
            stmt = stmt.where(ReceptionDay.held_on == on)
        if excluding is not None:
            stmt = stmt.where(ReceptionDay.id != excluding)
        return list(s.scalars(stmt.order_by(ReceptionDay.held_on)))
