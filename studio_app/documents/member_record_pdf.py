"""一人一档: a member's annual record (履职档案), and the studio's ranking (履职积分排名) for a year.

Both print plain data made by the core: the member's facts as label/value pairs, the points with
each item's source (users distrust a score whose points they cannot trace), the activities by
kind, the linked households, the requests handled, the proposals and 社情民意, and two charts
drawn with reportlab (points by kind, activities by month). Phone and ID numbers are masked here
too, whatever the caller passes: a record left on a desk never shows a full number."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from studio_app.base.i18n import tr
from studio_app.base.masking import mask_id_number, mask_phone
from studio_app.documents.chart_data import ChartData
from studio_app.documents.fonts import FontSet
from studio_app.documents.pdf_charts import bar_chart, hbar_chart
from studio_app.documents.pdf_layout import DocumentBuilder, PdfDocument

Points = Decimal | float | int
SECTION_NUMBERS = "一二三四五六七八九十"
# The house style's page, as the minutes (GB/T 9704 margins); tables at 五号.
HOUSE_PAGE = dict(base_size=14, cell_size=10.5, margins=(28 * mm, 26 * mm, 30 * mm, 28 * mm))


@dataclass(frozen=True)
class PointsItem:
    """One line of the score: the scheme's item (提案), where the points came from (the
    proposal's title and its state, 领衔), and the points (negative for a deduction)."""

    item: str
    source: str
    points: Points


@dataclass(frozen=True)
class Activity:
    on: date
    detail: str


@dataclass(frozen=True)
class ActivityGroup:
    """The activities of one kind (接待日值班, 走访联系户, 调研视察…) in date order."""

    kind: str
    activities: tuple[Activity, ...]


@dataclass(frozen=True)
class LinkedHousehold:
    name: str  # the household (户主) or the enterprise
    place: str  # 村（社区）
    last_visit: date | None


@dataclass(frozen=True)
class HandledRequest:
    number: str  # 2026-0012
    registered_on: date
    category: str
    summary: str  # the request in short; never the visitor's name or number
    outcome: str  # 按期答复 / 逾期答复 / 办理中 …


@dataclass(frozen=True)
class ProposalLine:
    kind: str  # 提案 / 社情民意
    title: str
    role: str  # 领衔 / 附议
    state: str  # 立案 / 采用（市级）…
    on: date | None = None  # submitted on


@dataclass(frozen=True)
class MemberYear:
    """One member's year, as the record prints it."""

    studio_name: str
    year: int
    name: str
    member_code: str
    facts: tuple[tuple[str, str], ...]  # 界别, 专委会, 工作单位, 联系电话 … (label, value)
    points_total: Points
    points_base: Points
    pass_mark: Points
    passed: bool
    points_items: tuple[PointsItem, ...]
    activities: tuple[ActivityGroup, ...]
    households: tuple[LinkedHousehold, ...]
    requests: tuple[HandledRequest, ...]
    proposals: tuple[ProposalLine, ...]
    points_by_kind: ChartData  # one series over the scheme's kinds
    activities_by_month: ChartData  # series (kinds, or one) over 1月…12月
    scheme_name: str = ""  # the 积分办法 the year was scored with
    as_of: date | None = None  # counted up to this day (a year still running)


@dataclass(frozen=True)
class RankingRow:
    rank: int
    name: str
    member_code: str
    total: Points
    passed: bool


@dataclass(frozen=True)
class Ranking:
    studio_name: str
    year: int
    pass_mark: Points
    rows: tuple[RankingRow, ...]
    scheme_name: str = ""
    as_of: date | None = None


def record_title(year: int) -> str:
    return tr("{year}年度委员履职档案").format(year=year)


def ranking_title(year: int) -> str:
    return tr("{year}年度委员履职积分排名").format(year=year)


def render_member_record(record: MemberYear, fonts: FontSet) -> PdfDocument:
    """One member's annual record."""
    return render_member_records([record], fonts)


def render_member_records(records: Sequence[MemberYear], fonts: FontSet) -> PdfDocument:
    """The records of ``records`` in one PDF, each member from a new page (all the studio's
    members, to file or to hand to the county office)."""
    if not records:
        raise ValueError("no member's record to print")
    first = records[0]
    title = record_title(first.year)
    if len(records) == 1:
        title = tr("{name}{title}").format(name=first.name, title=title)
    b = DocumentBuilder(fonts, title=title, footer=first.studio_name,
                        **(HOUSE_PAGE if fonts.official else {}))  # fmt: skip
    story: list[Flowable] = []
    for n, record in enumerate(records):
        if n:
            story.append(PageBreak())
        story += _record(b, record)
    return b.build(story)


def render_ranking(ranking: Ranking, fonts: FontSet) -> PdfDocument:
    """The year's ranking: rank, name, member code, total, passed, in rank order."""
    title = ranking_title(ranking.year)
    b = DocumentBuilder(fonts, title=title, footer=ranking.studio_name,
                        **(HOUSE_PAGE if fonts.official else {}))  # fmt: skip
    s = b.styles
    passed = sum(1 for r in ranking.rows if r.passed)
    facts = [
        (tr("工作室"), ranking.studio_name),
        (tr("积分办法"), ranking.scheme_name or tr("—")),
        (tr("合格线"), tr("{points} 分").format(points=points_text(ranking.pass_mark))),
        (tr("参评委员"), tr("{n} 人，合格 {passed} 人").format(n=len(ranking.rows), passed=passed)),
    ]
    if ranking.as_of:
        facts.append((tr("统计截至"), ranking.as_of.isoformat()))
    story: list[Flowable] = [b.p(ranking.studio_name, s.subtitle), b.p(title, s.title),
                             b.facts(facts), b.gap(4)]  # fmt: skip
    rows = [(r.rank, r.name, r.member_code, points_text(r.total), _passed(r.passed))
            for r in ranking.rows]  # fmt: skip
    if rows:
        story.append(b.table([tr("名次"), tr("姓名"), tr("委员编号"), tr("积分"), tr("是否合格")],
                             rows, [0.12, 0.3, 0.24, 0.16, 0.18],
                             centered=(0, 2, 3, 4)))  # fmt: skip
    else:
        story.append(b.p(tr("本年度还没有委员的积分。"), s.plain))
    return b.build(story)


def _record(b: DocumentBuilder, r: MemberYear) -> list[Flowable]:
    s = b.styles
    story: list[Flowable] = [
        b.p(r.studio_name, s.subtitle),
        b.p(record_title(r.year), s.title),
    ]
    facts = [(tr("姓名"), r.name), (tr("委员编号"), r.member_code or tr("—"))]
    facts += [(label, masked(value) or tr("—")) for label, value in r.facts]
    facts.append((tr("履职积分"), _score(r)))
    story += [b.facts(facts, wide=(tr("履职积分"),)), b.gap(3)]

    sections: list[tuple[str, list[Flowable]]] = []
    points: list[Flowable] = []
    if r.points_items:
        rows = [(n, i.item, i.source, points_text(i.points, signed=True))
                for n, i in enumerate(r.points_items, start=1)]  # fmt: skip
        points.append(b.table([tr("序号"), tr("积分项目"), tr("来源"), tr("积分")], rows,
                              [0.08, 0.2, 0.57, 0.15], centered=(0, 3)))  # fmt: skip
    else:
        points.append(b.p(tr("本年度还没有计分的履职活动。"), s.plain))
    points += [b.gap(3), hbar_chart(r.points_by_kind, b.fonts, b.width)]
    sections.append((tr("履职积分"), points))

    activities: list[Flowable] = []
    for n, group in enumerate(r.activities, start=1):
        heading = tr("（{n}）{kind}（{count} 次）").format(
            n=_numeral(n), kind=group.kind, count=len(group.activities)
        )
        activities.append(CondPageBreak(25 * mm))
        activities.append(b.p(heading, s.subheading))
        rows = [(a.on.isoformat(), a.detail) for a in group.activities]
        activities.append(b.table([tr("日期"), tr("内容")], rows, [0.2, 0.8], centered=(0,)))
    if not r.activities:
        activities.append(b.p(tr("本年度还没有履职活动。"), s.plain))
    activities += [b.gap(3), bar_chart(r.activities_by_month, b.fonts, b.width, 62 * mm)]
    sections.append((tr("履职活动"), activities))

    if r.households:
        rows = [(n, h.name, h.place or tr("—"),
                 h.last_visit.isoformat() if h.last_visit else tr("未走访"))
                for n, h in enumerate(r.households, start=1)]  # fmt: skip
        table = b.table([tr("序号"), tr("联系户"), tr("村（社区）"), tr("最近走访")], rows,
                        [0.1, 0.35, 0.3, 0.25], centered=(0, 3))  # fmt: skip
        sections.append((tr("联系群众"), [table]))
    if r.requests:
        rows = [(q.number, q.registered_on.isoformat(), q.category, q.summary, q.outcome)
                for q in r.requests]  # fmt: skip
        table = b.table([tr("编号"), tr("登记日期"), tr("类别"), tr("诉求"), tr("办理结果")],
                        rows, [0.14, 0.15, 0.14, 0.39, 0.18], centered=(0, 1))  # fmt: skip
        sections.append((tr("承办群众诉求"), [table]))
    if r.proposals:
        rows = [(p.kind, p.title, p.role, p.on.isoformat() if p.on else tr("—"), p.state)
                for p in r.proposals]  # fmt: skip
        table = b.table([tr("类别"), tr("标题"), tr("署名"), tr("提交日期"), tr("办理情况")],
                        rows, [0.12, 0.42, 0.1, 0.15, 0.21], centered=(0, 2, 3))  # fmt: skip
        sections.append((tr("提案和社情民意"), [table]))

    for n, (heading, body) in enumerate(sections, start=1):
        story.append(CondPageBreak(30 * mm))
        story.append(b.p(tr("{n}、{heading}").format(n=_numeral(n), heading=heading), s.heading))
        story += body
    return story


def _score(r: MemberYear) -> str:
    text = tr("{total} 分（基础分 {base} 分，合格线 {mark} 分）：{verdict}").format(
        total=points_text(r.points_total), base=points_text(r.points_base),
        mark=points_text(r.pass_mark), verdict=_passed(r.passed),
    )  # fmt: skip
    notes = []
    if r.scheme_name:
        notes.append(tr("按《{scheme}》计分").format(scheme=r.scheme_name))
    if r.as_of:
        notes.append(tr("统计截至 {day}").format(day=r.as_of.isoformat()))
    return tr("{text}；{notes}").format(text=text, notes=tr("，").join(notes)) if notes else text


def _passed(passed: bool) -> str:
    return tr("合格") if passed else tr("不合格")


def points_text(value: Points, *, signed: bool = False) -> str:
    """12, 7.5, 1.67; ``signed``: +10, −5 (a deduction shows as one)."""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    if signed and float(value) > 0:
        text = "+" + text
    return text.replace("-", "−")


# An ID number (15 or 18 characters, the last maybe X) and a phone (a mobile of 11 digits, or a
# landline with its area code): a full one in a fact is masked before it is printed.
_ID = re.compile(r"(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])")
_PHONE = re.compile(r"(?<![0-9])(?:0[0-9]{2,3}-)?[0-9]{7,11}(?![0-9])")


def masked(text: str) -> str:
    """``text`` with every phone and ID number in it masked (138****5678, 110101********123X)."""
    text = _ID.sub(lambda m: mask_id_number(m.group()), text)
    return _PHONE.sub(lambda m: mask_phone(m.group()), text)


def _numeral(n: int) -> str:
    """一, 二 … in Chinese; digits in a language whose catalogue numbers headings so."""
    if tr("一、二、三")[:1].isdigit():
        return str(n)
    if n <= 10:
        return SECTION_NUMBERS[n - 1]
    tens, ones = divmod(n, 10)
    return ((SECTION_NUMBERS[tens - 1] if tens > 1 else "") + "十"
            + (SECTION_NUMBERS[ones - 1] if ones else ""))  # fmt: skip
