"""会议纪要: the minutes of a consultation meeting, the record that goes into the archive.

A4: a centred title, a table of the meeting's facts (who attended, who sat in, who was absent:
said once, as the office's own minutes do), numbered sections (一、二、…) for the agenda and its
discussion, what was agreed and the follow-up actions, signature lines for the host and the
recorder with the end of the text on their page, and the studio's name in every page's footer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType
from studio_app.base.i18n import tr
from studio_app.base.labels import label, word_label
from studio_app.base.local_times import time_span
from studio_app.base.messages import encode, shown
from studio_app.documents.fonts import FontSet
from studio_app.documents.pdf_layout import DocumentBuilder, PdfDocument, signature_line

SECTION_NUMBERS = "一二三四五六七八九十"
# The house style's page (GB/T 9704): body at 3号 (16 pt), tables at 五号 (10.5 pt), 37 mm at the
# top and 28 mm at the binding edge; the compact layout keeps DocumentBuilder's defaults.
HOUSE_PAGE = dict(base_size=16, cell_size=10.5, margins=(28 * mm, 26 * mm, 37 * mm, 35 * mm))


@dataclass(frozen=True)
class Attendee:
    name: str
    unit: str
    title: str
    is_member: bool  # a member of the CPPCC (委员), else a department official or villager (列席)
    attendance: AttendanceRole


@dataclass(frozen=True)
class AgendaItem:
    title: str
    discussion: str


@dataclass(frozen=True)
class Action:
    text: str
    responsible_unit: str
    deadline: date | None
    request_number: str  # 2026-0012 of the linked request, or ""
    status: ActionStatus
    done_on: date | None
    feedback: str


@dataclass(frozen=True)
class Minutes:
    """A meeting as its minutes show it, in the order recorded."""

    type: MeetingType
    topic: str
    topic_source: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    host: str
    recorder: str
    summary: str
    attendees: tuple[Attendee, ...]
    agenda_items: tuple[AgendaItem, ...]
    agreed_items: tuple[str, ...]
    actions: tuple[Action, ...]


def minutes_title(meeting: Minutes) -> str:
    return tr("{kind}纪要").format(kind=label(meeting.type))


def render_minutes(
    meeting: Minutes,
    fonts: FontSet,
    *,
    studio_name: str,
    edition: str = "",
    draft: bool = False,
) -> PdfDocument:
    """The minutes of ``meeting``, in the house style or compact as ``fonts`` says. ``edition`` (第 2 版（…修订）) goes under the title of a
    revision; ``draft`` marks minutes not yet finalised, on the title and in every page's
    footer and across every page, so none is filed by mistake."""
    footer = tr("　").join((studio_name, tr("草稿，未定稿"))) if draft else studio_name
    stored_title = encode("document.minutes", kind=meeting.type, topic=meeting.topic)
    b = DocumentBuilder(fonts, title=shown(stored_title), footer=footer, stored_title=stored_title,
                        watermark=tr("草稿") if draft else "",
                        **(HOUSE_PAGE if fonts.official else {}))  # fmt: skip
    s = b.styles
    present = [a for a in meeting.attendees if a.attendance == AttendanceRole.PRESENT]
    absent = [a for a in meeting.attendees if a.attendance != AttendanceRole.PRESENT]
    members = [a for a in present if a.is_member]
    others = [a for a in present if not a.is_member]

    story: list[Flowable] = [
        b.p(studio_name, s.subtitle),
        b.p(minutes_title(meeting) + (tr("（草稿）") if draft else ""), s.title),
        b.p(meeting.topic, s.subtitle),
    ]
    if edition:
        story.append(b.p(edition, s.edition))
    facts = [
        (tr("会议类型"), label(meeting.type)),
        (tr("议题来源"), word_label(meeting.topic_source) or tr("—")),
        (tr("时间"), time_span(meeting.starts_at, meeting.ends_at, chinese=True)),
        (tr("地点"), meeting.place or tr("—")),
        (tr("主持人"), meeting.host or tr("—")),
        (tr("记录人"), meeting.recorder or tr("—")),
        (tr("出席委员"), _names(members) or tr("无")),
        (tr("其他参会人员"), tr("、").join(_person(a) for a in others) or tr("无")),
        (tr("缺席"), _names(absent) or tr("无")),
    ]
    story.append(b.facts(facts, wide=(tr("出席委员"), tr("其他参会人员"), tr("缺席"))))
    story.append(b.gap(3))

    sections: list[tuple[str, list[Flowable]]] = []
    if meeting.summary:
        sections.append(
            (tr("会议概况"), [b.p(para, s.body) for para in _paragraphs(meeting.summary)])
        )
    if meeting.agenda_items:
        body: list[Flowable] = []
        for n, item in enumerate(meeting.agenda_items, start=1):
            number = tr("（{n}）{title}").format(n=_numeral(n), title=item.title)
            body.append(b.p(number, s.subheading))
            body += [b.p(para, s.body) for para in _paragraphs(item.discussion)]
        sections.append((tr("议程及讨论情况"), body))
    if meeting.agreed_items:
        agreed = [b.p(f"{n}. {text}", s.plain) for n, text in enumerate(meeting.agreed_items, 1)]
        sections.append((tr("议定事项"), agreed))
    if meeting.actions:
        rows = [
            (
                n,
                a.text,
                a.responsible_unit or tr("—"),
                a.deadline.isoformat() if a.deadline else tr("—"),
                a.request_number,
                _action_status(a),
            )
            for n, a in enumerate(meeting.actions, start=1)
        ]
        table = b.table(
            [
                tr("序号"),
                tr("落实事项"),
                tr("责任单位"),
                tr("完成时限"),
                tr("关联诉求"),
                tr("落实情况"),
            ],
            rows,
            [0.07, 0.27, 0.14, 0.155, 0.12, 0.245],
            centered=(0, 3, 4),
        )
        sections.append((tr("跟踪落实事项"), [table]))
    for n, (heading, body) in enumerate(sections, start=1):
        story.append(CondPageBreak(30 * mm))  # a heading never sits alone at a page foot
        story.append(b.p(tr("{n}、{heading}").format(n=_numeral(n), heading=heading), s.heading))
        story += body

    b.closing(story, [b.gap(12), signature_line(b, [tr("主持人"), tr("记录人")]), b.gap(6),
                      b.p(tr("纪要整理日期：________年____月____日"), s.right)])  # fmt: skip
    return b.build(story)


def _names(attendees: list[Attendee]) -> str:
    return tr("、").join(a.name for a in attendees)


def _person(attendee: Attendee) -> str:
    """李堃（丰源县交通运输局副局长）: the unit and the title run together, as in Chinese."""
    name, unit, title = attendee.name, attendee.unit, attendee.title
    if unit and title:
        return tr("{name}（{unit}{title}）").format(name=name, unit=unit, title=title)
    if unit or title:
        return tr("{name}（{note}）").format(name=name, note=unit or title)
    return name


def _action_status(action: Action) -> str:
    text = label(action.status)
    if action.status == ActionStatus.DONE and action.done_on:
        text = tr("{name}（{note}）").format(name=text, note=action.done_on.isoformat())
    if action.feedback:
        text = tr("{label}：{text}").format(label=text, text=action.feedback)
    return text


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _numeral(n: int) -> str:
    """A heading's number: 一, 二 … 十一 in Chinese; 1, 2 … 11 in a language whose catalogue
    numbers headings with digits (its translation of "一、二、三" starts with a digit)."""
    return str(n) if tr("一、二、三")[:1].isdigit() else _chinese_number(n)


def _chinese_number(n: int) -> str:
    if n <= 10:
        return SECTION_NUMBERS[n - 1]
    tens, ones = divmod(n, 10)
    return (
        (SECTION_NUMBERS[tens - 1] if tens > 1 else "")
        + "十"
        + (SECTION_NUMBERS[ones - 1] if ones else "")
    )
