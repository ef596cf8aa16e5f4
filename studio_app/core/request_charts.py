"""The 工作台's charts: requests by month (registered, closed, late) over twelve months, and
requests by category over a year, counted in the database by three grouped queries (a county's
100,000 requests are never read into Python).

What each month counts, as the office reads a month:
- 登记: requests registered that month;
- 办结: requests closed that month by a 满意 or 基本满意 return visit (converted into a proposal
  afterwards included), as the 工作台's 办结 figure counts them;
- 逾期: requests whose answer deadline fell that month and that were answered after it, or are
  still owed an answer past it. A reopened request is judged on its current deadline.

The months are local months (their UTC bounds are worked out here, as for the figures), so
the counts do not depend on the database's time zone. Archived requests are not counted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from studio_app.base.enums import RequestStatus
from studio_app.base.i18n import N_, tr
from studio_app.base.labels import word_label
from studio_app.core.models import Request
from studio_app.core.request_figures import (
    ANSWER_OWED,
    SATISFIED,
    day_ends,
    local_day_start,
)
from studio_app.core.unit_of_work import SessionSource
from studio_app.documents.chart_data import ChartData, Series

S = RequestStatus
MONTH_SERIES = (N_("登记"), N_("办结"), N_("逾期"))
MONTH_MEANINGS = (
    N_("当月登记的诉求"),
    N_("当月回访满意或基本满意而办结的诉求"),
    N_("答复期限在当月、超期才答复或至今未答复的诉求"),
)
TOP_CATEGORIES = 8  # more bars than this do not read: the rest go together as 其他


@dataclass(frozen=True)
class RequestCharts:
    """The two charts and the dates they cover."""

    months: tuple[date, ...]  # the first day of each month shown, oldest first
    year: int  # the year the categories count
    category_end: date  # counted up to this day (today, in a year still running)
    by_month: ChartData  # 登记 / 办结 / 逾期 over the months
    by_category: ChartData  # one series over the categories, most first


def twelve_months(year: int | None, today: date) -> tuple[date, ...]:
    """The months a chart shows: the twelve up to this one, or a past year's January–December."""
    this_year = year is None or year >= today.year
    first = today.year * 12 + today.month - 12 if this_year else year * 12  # months since 0 AD
    return tuple(date((first + i) // 12, (first + i) % 12 + 1, 1) for i in range(12))


def month_label(month: date) -> str:
    return tr("{m}月").format(m=month.month)


def _after(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _month_index_of_instant(column: ColumnElement, months: tuple[date, ...]) -> ColumnElement:
    """0…11: which month a UTC timestamp falls in (local months); callers keep it in range."""
    bounds = [local_day_start(_after(m)) for m in months[:-1]]
    return case(*((column < b, i) for i, b in enumerate(bounds)), else_=len(months) - 1)


def _month_index_of_day(column: ColumnElement, months: tuple[date, ...]) -> ColumnElement:
    """0…11: which month a date falls in."""
    return case(*((column < _after(m), i) for i, m in enumerate(months[:-1])),
                else_=len(months) - 1)  # fmt: skip


class RequestChartService:
    def __init__(self, db: SessionSource):
        self.db = db

    def charts(
        self,
        year: int | None = None,
        *,
        today: date | None = None,
        studio_id: uuid.UUID | None = None,
    ) -> RequestCharts:
        """The charts of the twelve months up to ``today`` and of this year's categories, or
        of a past ``year`` (its January–December and its categories)."""
        today = today or date.today()
        months = twelve_months(year, today)
        cat_year = today.year if year is None else year
        cat_end = min(today, date(cat_year, 12, 31))
        live = [Request.archived_at.is_(None)]
        if studio_id is not None:
            live.append(Request.studio_id == studio_id)
        first, end = months[0], _after(months[-1])
        counts = [[0] * 12 for _ in MONTH_SERIES]
        with self.db.session() as s:
            # 登记, and the year's categories from the same rows (the year's months are among
            # the twelve: this year's up to today, or a past year's all).
            at = Request.registered_at
            index = _month_index_of_instant(at, months)
            stmt = (select(index, Request.category, func.count()).where(
                *live, at >= local_day_start(first), at < local_day_start(end))
                .group_by(index, Request.category))  # fmt: skip
            categories: dict[str, int] = {}
            for i, category, n in s.execute(stmt):
                counts[0][i] += n
                if months[i].year == cat_year:
                    categories[category or ""] = categories.get(category or "", 0) + n
            # 办结: closed by a satisfied return visit (a later conversion keeps closed_at).
            at = Request.closed_at
            index = _month_index_of_instant(at, months)
            stmt = (select(index, func.count()).where(
                *live, at >= local_day_start(first), at < local_day_start(end),
                Request.status.in_((S.CLOSED, S.CONVERTED)),
                Request.satisfaction.in_(SATISFIED)).group_by(index))  # fmt: skip
            for i, n in s.execute(stmt):
                counts[1][i] = n
            # 逾期: by the month the answer was due; not yet due is not late.
            due = Request.answer_due
            last_due = min(today, _after(months[-1]))
            answered = and_(Request.return_visit_due.is_not(None), Request.status != S.MERGED)
            late = or_(
                and_(answered, Request.answered_at >= day_ends(due, first, last_due)),
                and_(Request.status.in_(ANSWER_OWED), due < today),
            )
            index = _month_index_of_day(due, months)
            stmt = (select(index, func.count()).where(*live, due >= first, due < end,
                                                      due < today, late)
                    .group_by(index))  # fmt: skip
            for i, n in s.execute(stmt):
                counts[2][i] = n
        by_category = sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))
        by_category = _top(by_category)
        labels = [month_label(m) for m in months]
        span = tr("{a}至{b}").format(a=_month_text(months[0]), b=_month_text(months[-1]))
        return RequestCharts(
            months=months,
            year=cat_year,
            category_end=cat_end,
            by_month=ChartData(
                tr("诉求按月统计（{span}）").format(span=span),
                tuple(labels),
                tuple(Series(n, tuple(c)) for n, c in zip(series_names(), counts, strict=True)),
                tr("件"),
            ),
            by_category=ChartData(
                tr("{year}年诉求按类别统计").format(year=cat_year),
                tuple(word_label(c) or tr("未分类") for c, _ in by_category),
                (Series(tr("件数"), tuple(n for _, n in by_category)),),
                tr("件"),
            ),
        )


def _top(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The most frequent categories, and the rest with 其他 (the shipped category) as one bar,
    last: never two bars named 其他."""
    other = tr("其他")
    rest = sum(n for c, n in counts if word_label(c) == other)
    named = [(c, n) for c, n in counts if word_label(c) != other]
    if len(named) + bool(rest) > TOP_CATEGORIES:
        rest += sum(n for _, n in named[TOP_CATEGORIES - 1 :])
        named = named[: TOP_CATEGORIES - 1]
    return named + ([(other, rest)] if rest else [])


def series_names() -> list[str]:
    return [tr(n) for n in MONTH_SERIES]  # i18n: from MONTH_SERIES


def month_meanings() -> dict[str, str]:
    """Each month series' name and what it counts, for a legend's tooltip."""
    meanings = [tr(m) for m in MONTH_MEANINGS]  # i18n: from MONTH_MEANINGS
    return dict(zip(series_names(), meanings, strict=True))


def _month_text(month: date) -> str:
    return tr("{y}年{m}月").format(y=month.year, m=month.month)
