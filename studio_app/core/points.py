"""履职积分: a member's points for a year, by a published scheme (积分办法) kept as data.

A scheme gives a base score, a pass mark, items (points per activity, a bonus when a proposal
is 立案 or a 社情民意 采用, a cap per year, and whether joint work is split) and deductions
(unexcused absence). ``score`` is a pure function of (scheme, activities counted by key):

    total = base + Σ items (each capped) − Σ deductions (each capped)

Joint work (提案, 社情民意): the lead (领衔) gets ``lead_share`` of the points, the co-signers
(附议) share the rest equally; an item with no co-signer is the lead's alone.

Versions: a scheme is never changed in place. An edit publishes a new version, in force from
the year it is published in (the current year); an earlier year keeps the version in force
then. Re-scoring a past year with the current version is an explicit act (``rescore``), needs
the settings permission and is written to the audit log.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cached_property

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from studio_app.base.enums import ActivityKind, AuditAction, Permission
from studio_app.base.errors import StudioError
from studio_app.base.i18n import N_, tr
from studio_app.base.messages import chinese
from studio_app.core.activities import Activity, ActivityKey, ActivityService, year_span
from studio_app.core.guard import acting_user, permit
from studio_app.core.models import Member, PointsScheme, PointsYear, utcnow
from studio_app.core.records import conflict
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator

K = ActivityKind
LEAD, CO = "lead", "co"


@dataclass(frozen=True)
class Rule:
    """One line of the scheme: the activities it counts (kinds, and outcomes: empty for any)
    and what each is worth."""

    key: str
    label: str
    kinds: tuple[ActivityKind, ...]
    outcomes: tuple[str, ...] = ()
    points: float = 0
    bonus: float = 0  # added when accepted: 立案 (提案), 采用 (社情民意)
    cap: float | None = None  # most a year; None: no cap
    joint: bool = False  # split between 领衔 and 附议

    def matches(self, key: ActivityKey) -> bool:
        return key.kind in self.kinds and (not self.outcomes or key.outcome in self.outcomes)

    def value(self, key: ActivityKey, lead_share: float) -> float:
        """What one activity of ``key`` is worth before the cap."""
        worth = self.points + (self.bonus if key.accepted else 0)
        if not self.joint or not key.role:
            return worth
        if key.role == LEAD:
            return worth * (lead_share if key.co_signers else 1)
        return worth * (1 - lead_share) / max(key.co_signers, 1)


@dataclass(frozen=True)
class Scheme:
    base: float
    pass_mark: float
    lead_share: float
    items: tuple[Rule, ...]
    deductions: tuple[Rule, ...]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Scheme:
        data = json.loads(text)

        def rules(rows) -> tuple[Rule, ...]:
            return tuple(
                Rule(
                    **{
                        **r,
                        "kinds": tuple(K(k) for k in r["kinds"]),
                        "outcomes": tuple(r.get("outcomes", ())),
                    }
                )
                for r in rows
            )

        return cls(data["base"], data["pass_mark"], data["lead_share"], rules(data["items"]),
                   rules(data["deductions"]))  # fmt: skip

    def rules(self) -> tuple[Rule, ...]:
        return self.items + self.deductions


# The default, modelled on a county-level 委员履职考核办法 (DOMAIN.md): base 100, pass 60.
# Studio work gets points of its own, capped so that quantity alone cannot carry a member.
# An unexcused absence from the plenary earns nothing and costs 50 more: 100 behind a member
# who attended, so that a member who skipped it and did little else fails the year.
DEFAULT_SCHEME = Scheme(
    base=100,
    pass_mark=60,
    lead_share=0.5,
    items=(
        Rule("plenary", N_("出席全体会议"), (K.PLENARY,), ("attended",), 50),
        Rule("plenary_leave", N_("全体会议请假"), (K.PLENARY,), ("leave",), 30),
        Rule("standing", N_("出席常委会议"), (K.STANDING,), ("attended",), 5, cap=20),
        Rule("proposal", N_("提案（立案另加）"), (K.PROPOSAL,), (), 10, 15, 25, joint=True),
        Rule(
            "social_opinion",
            N_("社情民意信息（采用另加）"),
            (K.SOCIAL_OPINION,),
            (),
            10,
            5,
            15,
            joint=True,
        ),
        Rule("speech_oral", N_("大会口头发言"), (K.SPEECH,), ("oral",), 10, cap=20),
        Rule("speech_written", N_("大会书面发言"), (K.SPEECH,), ("written",), 5, cap=10),
        Rule("activities", N_("调研视察、学习培训"), (K.RESEARCH, K.TRAINING), (), 2, cap=10),
        Rule("duty", N_("接待日值班"), (K.DUTY,), ("served",), 3, cap=15),
        Rule("visit", N_("走访联系户"), (K.VISIT,), (), 1, cap=10),
        Rule("request", N_("承办诉求按时答复"), (K.REQUEST,), ("on_time",), 2, cap=10),
        Rule("meeting", N_("参加协商议事等会议"), (K.MEETING,), ("present",), 2, cap=10),
        Rule("follow_up", N_("跟踪落实事项办结"), (K.FOLLOW_UP,), (), 1, cap=5),
        Rule("service", N_("帮办实事"), (K.SERVICE,), (), 3, cap=15),
        Rule("other", N_("其他履职活动"), (K.OTHER,), (), 1, cap=5),
    ),
    deductions=(
        Rule("plenary_absent", N_("无故缺席全体会议"), (K.PLENARY,), ("absent",), 50),
        Rule("standing_leave", N_("常委会议请假"), (K.STANDING,), ("leave",), 2),
        Rule("standing_absent", N_("无故缺席常委会议"), (K.STANDING,), ("absent",), 5),
        Rule("meeting_absent", N_("无故缺席协商议事等会议"), (K.MEETING,), ("absent",), 2),
    ),
)


def rule_label(rule: Rule) -> str:
    """A rule's name in the interface language (the default's are in the catalogue; a name
    the coordinator typed is shown as typed)."""
    return tr(rule.label)  # i18n: from DEFAULT_SCHEME


@dataclass(frozen=True)
class ItemScore:
    rule: Rule
    deduction: bool
    count: int
    raw: float  # before the cap
    points: float  # after the cap; subtracted when a deduction

    @property
    def capped(self) -> bool:
        return self.points < self.raw

    @property
    def signed(self) -> float:
        """The points as they count in the total: a deduction negative (and 0, never −0)."""
        return float(-self.points if self.deduction and self.points else self.points)


@dataclass(frozen=True)
class Score:
    base: float
    pass_mark: float
    items: tuple[ItemScore, ...]  # every rule of the scheme, in its order (count 0 included)

    @cached_property  # read again and again by the ranking's sort, the page and the exports
    def total(self) -> float:
        signed = (-i.points if i.deduction else i.points for i in self.items if i.count)
        return round(self.base + sum(signed), 2)

    @property
    def passed(self) -> bool:
        return self.total >= self.pass_mark


class Scorer:
    """``score`` of many members by one scheme (the ranking): which item and deduction each
    kind of activity counts under, and what one is worth, are worked out once per key."""

    def __init__(self, scheme: Scheme):
        self.scheme = scheme
        self.rules = [(r, False) for r in scheme.items] + [(r, True) for r in scheme.deductions]
        self._lines: dict[ActivityKey, list[tuple[int, float]]] = {}
        self._none = [ItemScore(r, deduction, 0, 0.0, 0.0) for r, deduction in self.rules]

    def lines(self, key: ActivityKey) -> list[tuple[int, float]]:
        """(rule's place, worth of one) of the first item and the first deduction that match."""
        found = self._lines.get(key)
        if found is None:
            scheme, found = self.scheme, []
            for rules, offset in ((scheme.items, 0), (scheme.deductions, len(scheme.items))):
                i = next((i for i, r in enumerate(rules) if r.matches(key)), None)
                if i is not None:
                    found.append((offset + i, rules[i].value(key, scheme.lead_share)))
            self._lines[key] = found
        return found

    def __call__(self, counts: Mapping[ActivityKey, int]) -> Score:
        known, rules = self._lines, self.rules
        count, raw = [0] * len(rules), [0.0] * len(rules)
        for key, n in counts.items():
            for i, worth in known.get(key) or self.lines(key):
                count[i] += n
                raw[i] += n * worth
        items = list(self._none)  # most members score under a few of the items only
        for i, n in enumerate(count):
            if n:
                r, deduction = rules[i]
                total = round(raw[i], 2)
                capped = total if r.cap is None else min(total, r.cap)
                items[i] = ItemScore(r, deduction, n, total, capped)
        return Score(self.scheme.base, self.scheme.pass_mark, tuple(items))


def score(scheme: Scheme, counts: Mapping[ActivityKey, int]) -> Score:
    """The points a member's activities give by ``scheme``: a pure function."""
    return Scorer(scheme)(counts)


def score_activities(scheme: Scheme, activities: Iterable[Activity]) -> Score:
    return score(scheme, Counter(a.key for a in activities))


def check_scheme(scheme: Scheme) -> None:
    v = Validator()
    if not 0 <= scheme.pass_mark <= 1000 or not 0 <= scheme.base <= 1000:
        v.add("base", tr("基础分"), tr("基础分和合格分应在 0 到 1000 之间。"))
    if not 0 <= scheme.lead_share <= 1:
        v.add("lead_share", tr("领衔所得"), tr("领衔委员所得应在 0% 到 100% 之间。"))
    for r in scheme.rules():
        name = rule_label(r) or r.key
        if not r.label.strip():
            v.add(r.key, tr("项目名称"), tr("每个积分项目都要有名称。"))
        if r.points < 0 or r.bonus < 0 or (r.cap is not None and r.cap < 0):
            v.add(
                r.key,
                name,
                tr("“{name}”的分值、加分和上限不能是负数（扣分项写正数）。").format(name=name),
            )
    v.raise_if_any()


@dataclass(frozen=True)
class SchemeVersion:
    """A version of the scheme: ``number`` 1 is the default until the coordinator edits it."""

    id: uuid.UUID | None  # None: the default, never stored yet
    number: int
    from_year: int
    note: str
    scheme: Scheme


@dataclass(frozen=True)
class MemberPoints:
    member_id: uuid.UUID
    name: str
    code: str
    year: int
    version: SchemeVersion
    score: Score
    activities: tuple[Activity, ...] = field(default=())


@dataclass(frozen=True)
class Ranking:
    year: int
    version: SchemeVersion
    rows: tuple[MemberPoints, ...]  # most points first


DEFAULT_VERSION = SchemeVersion(None, 1, 0, "", DEFAULT_SCHEME)


def member_code(member_id: uuid.UUID) -> str:
    """委员编号: the first 8 hex digits of the member's id, printed on the record and the
    ranking, so that two members of one name can be told apart (and named on the command
    line) without a number of their own to keep."""
    return member_id.hex[:8].upper()


class PointsService:
    def __init__(self, db: SessionSource, activities: ActivityService):
        self.db = db
        self.activities = activities

    # ---- the scheme ----------------------------------------------------------------------
    def versions(self) -> list[SchemeVersion]:
        with self.db.session() as s:
            stored = [
                _version(p) for p in s.scalars(select(PointsScheme).order_by(PointsScheme.number))
            ]
        return stored or [DEFAULT_VERSION]

    def scheme_for(self, year: int) -> SchemeVersion:
        """The version ``year`` is scored by: the one it was re-scored with, else the newest
        in force from that year or earlier."""
        with self.db.session() as s:
            return _scheme_for(s, year)

    def current(self) -> SchemeVersion:
        return self.scheme_for(date.today().year)

    def publish(
        self, scheme: Scheme, note: str = "", *, today: date | None = None,
        based_on: int | None = None,
    ) -> SchemeVersion:  # fmt: skip
        """Publish an edited scheme: in force from this year on. A past year keeps its version;
        this year, re-scored earlier or not, is scored by the new one. ``based_on``: the number
        of the version the editor opened; one published elsewhere since is refused
        (``ConflictError``), as is a version published at the same moment."""
        check_scheme(scheme)
        year = (today or date.today()).year
        try:
            with self.db.session() as s:
                return self._publish(s, scheme, note, year, based_on)
        except IntegrityError as exc:  # the same number published on another PC first
            with self.db.session() as s:
                raise conflict(_newest(s)) from exc

    @staticmethod
    def _publish(s: Session, scheme: Scheme, note: str, year: int,
                 based_on: int | None) -> SchemeVersion:  # fmt: skip
        _store_default(s)
        newest = _newest(s)
        if based_on is not None and newest is not None and newest.number != based_on:
            raise conflict(newest)
        number = (newest.number if newest is not None else 0) + 1
        stored = PointsScheme(number=number, from_year=year, body=scheme.to_json(),
                              note=note.strip()[:2000])  # fmt: skip
        s.add(stored)
        s.execute(delete(PointsYear).where(PointsYear.year >= year))
        s.flush()
        return _version(stored)

    def rescore(self, year: int, *, today: date | None = None) -> SchemeVersion:
        """Score a past ``year`` by the current version from now on: an explicit act, which
        needs the settings permission and is written to the audit log."""
        this_year = (today or date.today()).year
        if year >= this_year:
            raise StudioError(tr("{year} 年本来就按现行积分办法计分，无需重算。").format(year=year))
        with self.db.session() as s:
            before = _scheme_for(s, year)
            current = _scheme_for(s, this_year)
            permit(
                s, Permission.SETTINGS, AuditAction.RESCORE, chinese("audit.points_year", year=year),
                chinese("audit.rescored", old=before.number, new=current.number),
            )  # fmt: skip
            if current.id is None:
                current = _version(_store_default(s))
            user = acting_user(s)
            s.merge(PointsYear(year=year, scheme_id=current.id, set_at=utcnow(),
                               set_by=user.name if user is not None else ""))  # fmt: skip
            return current

    # ---- the points ----------------------------------------------------------------------
    def member(self, member_id: uuid.UUID, year: int) -> MemberPoints:
        """A member's year: each activity, and the points by the year's scheme."""
        version = self.scheme_for(year)
        found = tuple(self.activities.of_member(member_id, *year_span(year)))
        with self.db.session() as s:
            member = s.get(Member, member_id)
            if member is None:
                raise StudioError(tr("找不到这位委员，可能已被删除或数据库已更换。"))
            name = member.name
        return MemberPoints(member_id, name, member_code(member_id), year, version,
                            score_activities(version.scheme, found), found)  # fmt: skip

    def ranking(self, year: int) -> Ranking:
        """Every active member's points for ``year``, most first (then by name)."""
        version = self.scheme_for(year)
        counts = self.activities.counts(*year_span(year))
        with self.db.session() as s:
            members = s.execute(
                select(Member.id, Member.name, Member.sort_key)
                .where(Member.archived_at.is_(None)).order_by(Member.sort_key)
            ).all()  # fmt: skip
        scorer = Scorer(version.scheme)
        rows = [
            MemberPoints(
                m.id, m.name, member_code(m.id), year, version, scorer(counts.get(m.id, {}))
            )
            for m in members
        ]
        rows.sort(key=lambda r: -r.score.total)  # stable: the name order among equals
        return Ranking(year, version, tuple(rows))


def _version(p: PointsScheme) -> SchemeVersion:
    return SchemeVersion(p.id, p.number, p.from_year, p.note, Scheme.from_json(p.body))


def _scheme_for(s: Session, year: int) -> SchemeVersion:
    pinned = s.scalar(
        select(PointsScheme).join(PointsYear, PointsYear.scheme_id == PointsScheme.id)
        .where(PointsYear.year == year)
    )  # fmt: skip
    if pinned is None:
        pinned = s.scalar(
            select(PointsScheme).where(PointsScheme.from_year <= year)
            .order_by(PointsScheme.number.desc()).limit(1)
        )  # fmt: skip
    return DEFAULT_VERSION if pinned is None else _version(pinned)


def _newest(s: Session) -> PointsScheme | None:
    return s.scalars(select(PointsScheme).order_by(PointsScheme.number.desc()).limit(1)).first()


def _store_default(s: Session) -> PointsScheme:
    """The default as version 1, in force from the first year, once any version is stored:
    the years scored by it keep it."""
    first = s.scalar(select(PointsScheme).where(PointsScheme.number == 1))
    if first is None:
        first = PointsScheme(number=1, from_year=0, body=DEFAULT_SCHEME.to_json(), note="")
        s.add(first)
        s.flush()
    return first
