"""Retention (保存期限): anonymise the visitors of requests closed more than N years ago.

A visitor is anonymised when every request of theirs ended (已回访, 不予受理, 转为提案/社情民意
or 已合并) more than ``years`` before today: their name becomes “（已匿名）”, their phone and ID
number are emptied and the link to a household is cut. Someone who also has a request that is
still open, or that ended more recently, is left alone. The requests themselves keep their
content, category, village, dates, history and results, so every figure (人次, 件数, 办结率,
满意率 …) stays the same; the requests' search text is rebuilt from the anonymised visitor,
so the old name and phone are no longer found.

When a request ended: its ``closed_at``, else its last history event, else its registration.
``preview`` counts exactly the visitors ``anonymise`` would change on the same day, with a
sample whose names are masked. The run is recorded in the audit log, in the same transaction.

Submissions of the intake page (扫码说事, core/intake.py) follow: those that became the
requests of an anonymised visitor, and those rejected before the cutoff, lose their name, phone
and photo (``forget_submissions``). A submission still awaiting the desk is never touched.

Documents already issued to the archive (printed reception records …) are kept byte for byte
and are not rewritten. Nor are the copies of the whole database outside it: the backups and
the copies kept before upgrades and restores still hold the old names and numbers until their
own rules delete them (``base.keeping``: backups within about a year, those copies after 30
days but the last three). Rewriting them would take away the undo they exist for, so the
clean-up says so (``copies_note``) instead of touching them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import Select, and_, func, not_, or_, select, update
from sqlalchemy.orm import Session

from studio_app.base.enums import AuditAction, IntakeStatus, Permission, RequestStatus
from studio_app.base.errors import ValidationError
from studio_app.base.i18n import tr
from studio_app.base.keeping import (
    ASIDE_KEEP_DAYS,
    ASIDE_KEEP_LAST,
    BACKUP_KEEP_DAYS,
    BACKUP_KEEP_MONTHS,
)
from studio_app.base.local_times import chinese_date
from studio_app.base.messages import chinese
from studio_app.core.audit import add_event
from studio_app.core.guard import acting_user, permit
from studio_app.core.models import IntakeSubmission, Request, RequestEvent, Visitor
from studio_app.core.unit_of_work import SessionSource

ANONYMISED_NAME = "（已匿名）"
ENDED = frozenset(
    {RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.CONVERTED, RequestStatus.MERGED}
)
SAMPLE_SIZE = 20
MAX_YEARS = 100
BATCH = 500


def visitor_label(name: str) -> str:
    """A visitor's stored name as shown: an anonymised one's “（已匿名）” in the interface
    language, any other as typed."""
    return tr(ANONYMISED_NAME) if name == ANONYMISED_NAME else name


@dataclass(frozen=True)
class RetentionSample:
    """One visitor who would be anonymised, shown by their newest request."""

    number: str  # the request's number, e.g. 2019-0012
    name: str  # masked: 张**
    closed_on: date  # local day the request ended


@dataclass(frozen=True)
class RetentionPreview:
    years: int
    cutoff: date  # requests that ended before this local day count
    visitors: int  # visitors who would be anonymised
    requests: int  # their requests (content and figures kept)
    sample: list[RetentionSample] = field(default_factory=list)  # up to SAMPLE_SIZE, newest first

    @property
    def summary(self) -> str:
        return tr(
            "{cutoff}以前办结的诉求 {requests} 件，涉及来访人 {visitors} 位："
            "姓名将改为“{anon}”，电话和身份证号将清空；诉求内容和统计数字不变。"
        ).format(
            cutoff=chinese_date(self.cutoff), requests=self.requests, visitors=self.visitors,
            anon=tr(ANONYMISED_NAME),
        )  # fmt: skip


def copies_note() -> str:
    """What the anonymisation does not reach, and when that goes too (shown before it runs)."""
    return tr(
        "匿名处理只改当前的数据库，不改已有的备份，也不改恢复前、升级前另存的副本（数据库旁的 "
        "before-restore、before-upgrade 文件夹）：其中仍有原来的姓名和号码。它们按各自的保留规则"
        "自动删除：备份每天一份保留 {days} 天、每月一份保留 {months} 个月；另存的副本保留 {aside} 天，"
        "并始终保留最近 {last} 份。U 盘等处另外复制的文件需要自行删除。"
    ).format(
        days=BACKUP_KEEP_DAYS, months=BACKUP_KEEP_MONTHS, aside=ASIDE_KEEP_DAYS,
        last=ASIDE_KEEP_LAST,
    )  # fmt: skip


def mask_name(name: str) -> str:
    """张** for 张三丰: the surname stays, the rest is hidden."""
    if not name:
        return tr("匿名")
    return name[0] + "*" * max(len(name) - 1, 1)


def cutoff_day(years: int, today: date) -> date:
    """The same day ``years`` years back (28 February for a 29 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def _ended_at():
    """When a request ended: closed_at, else its last event, else its registration."""
    last_event = (
        select(func.max(RequestEvent.at))
        .where(RequestEvent.request_id == Request.id)
        .correlate(Request)
        .scalar_subquery()
    )
    return func.coalesce(Request.closed_at, last_event, Request.registered_at)


def _visitors_to_anonymise(cutoff: date) -> Select:
    """Ids of the visitors whose every request ended before local day ``cutoff`` and who
    still hold something personal."""
    before = datetime.combine(cutoff, time()).astimezone(UTC)
    old = and_(Request.status.in_(ENDED), _ended_at() < before)
    with_old = select(Request.visitor_id).where(old)
    with_other = select(Request.visitor_id).where(Request.visitor_id.is_not(None), not_(old))
    personal = or_(
        and_(Visitor.name != "", Visitor.name != ANONYMISED_NAME),
        Visitor.phone != "",
        Visitor.id_number != "",
        Visitor.household_id.is_not(None),
    )
    return select(Visitor.id).where(
        Visitor.id.in_(with_old), Visitor.id.not_in(with_other), personal
    )


def forget_submissions(s: Session, visitor_ids: list, cutoff: date) -> int:
    """The retention clean-up's part for 扫码说事: the submissions that became requests of the
    visitors being anonymised, and those rejected before ``cutoff``, lose their name, phone
    and photo (content, category, village and dates stay for the figures). Returns how many."""
    before = datetime.combine(cutoff, time()).astimezone(UTC)
    of_visitors = select(Request.id).where(Request.visitor_id.in_(visitor_ids))
    stmt = (
        update(IntakeSubmission)
        .where(
            or_(
                IntakeSubmission.request_id.in_(of_visitors),
                (IntakeSubmission.status == IntakeStatus.REJECTED) & (IntakeSubmission.decided_at < before),
            ),
            or_(IntakeSubmission.phone != "", IntakeSubmission.has_photo.is_(True),
                IntakeSubmission.name != ANONYMISED_NAME),
        )
        .values(name=ANONYMISED_NAME, phone="", photo=None, has_photo=False,
                version=IntakeSubmission.version + 1)
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    return s.execute(stmt).rowcount or 0


class RetentionService:
    def __init__(self, db: SessionSource):
        self.db = db

    def preview(self, years: int, today: date | None = None) -> RetentionPreview:
        """What ``anonymise(years)`` would change today, with a masked sample."""
        cutoff = cutoff_day(self._years(years), today or date.today())
        visitors = _visitors_to_anonymise(cutoff)
        ended = _ended_at()
        with self.db.session() as s:
            people = s.scalar(select(func.count()).select_from(visitors.subquery())) or 0
            requests = (
                s.scalar(select(func.count(Request.id)).where(Request.visitor_id.in_(visitors)))
                or 0
            )
            stmt = (
                select(Request.visitor_id, Request.number, Visitor.name, Visitor.anonymous, ended)
                .join(Visitor, Visitor.id == Request.visitor_id)
                .where(Request.visitor_id.in_(visitors))
                .order_by(ended.desc(), Request.number)
            )
            sample: dict = {}
            for visitor_id, number, name, anonymous, at in s.execute(stmt):
                if len(sample) == SAMPLE_SIZE:
                    break
                if visitor_id not in sample:
                    shown = "" if anonymous or name == ANONYMISED_NAME else name
                    sample[visitor_id] = RetentionSample(
                        number, mask_name(shown), at.astimezone().date()
                    )
        return RetentionPreview(years, cutoff, people, requests, list(sample.values()))

    def anonymise(self, years: int, today: date | None = None) -> int:
        """Anonymise the visitors ``preview`` lists; returns how many. Needs the acting user's
        ``anonymise`` permission (administrators; anyone before login is set up)."""
        years = self._years(years)
        cutoff = cutoff_day(years, today or date.today())
        with self.db.session() as s:
            permit(s, Permission.ANONYMISE)
            ids = list(s.scalars(_visitors_to_anonymise(cutoff)))
            requests = 0
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                requests += self._anonymise(s, chunk)
                forget_submissions(s, chunk, cutoff)
            forget_submissions(s, [], cutoff)  # the rejected ones, whoever's visitor
            add_event(
                s, acting_user(s), AuditAction.ANONYMISE,
                chinese("audit.anonymised", visitors=len(ids), requests=requests),
                chinese("audit.anonymised_which", cutoff=cutoff.isoformat(), n=years),
            )  # fmt: skip
        return len(ids)

    @staticmethod
    def _anonymise(s: Session, ids: list) -> int:
        for visitor in s.scalars(select(Visitor).where(Visitor.id.in_(ids))):
            visitor.name = ANONYMISED_NAME
            visitor.phone = ""
            visitor.id_number = ""
            visitor.household_id = None
        # The flush rebuilds the search text of their requests (core/search.py).
        s.flush()
        return s.scalar(select(func.count(Request.id)).where(Request.visitor_id.in_(ids))) or 0

    @staticmethod
    def _years(years: int) -> int:
        if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
            raise ValidationError.single(
                "years", tr("保存年限"),
                tr("保存年限应为 1 到 {max} 年的整数。").format(max=MAX_YEARS),
            )  # fmt: skip
        return years
