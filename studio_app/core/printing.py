"""Printed documents from the database: the one API the window's preview and ``studio-app
print`` share. Each method gathers what its document shows and returns a ``PdfDocument``
(bytes, page count, characters no font could print).

Phone and ID numbers are masked unless ``masked=False`` is asked for (issue 5 adds who may).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from studio_app.base.enums import AuditAction, DocumentKind, MembershipRole, Permission
from studio_app.base.errors import NotFoundError, StudioError, ValidationError
from studio_app.base.i18n import N_, tr
from studio_app.base.labels import label, word_label
from studio_app.base.masking import mask_id_number, mask_phone
from studio_app.base.messages import chinese
from studio_app.core.app_settings import SettingsService
from studio_app.core.guard import permit
from studio_app.core.meetings import MeetingService, is_finalised
from studio_app.core.member_codes import MemberCodeService, member_title
from studio_app.core.models import (
    Meeting,
    Member,
    ReceptionDay,
    Request,
    Studio,
    StudioMembership,
)
from studio_app.core.reception_days import ReceptionDayService
from studio_app.core.records import load
from studio_app.core.retention import visitor_label
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.workdays import CalendarService
from studio_app.documents.fonts import FontChain, FontSet, NoChineseFontError, candidate_fonts
from studio_app.documents.pdf_layout import PdfDocument

if TYPE_CHECKING:
    from studio_app.documents.minutes_pdf import Minutes
    from studio_app.documents.qr_sheets import MemberEntry

FONT_SETTING = "print.font_path"
LAYOUT_SETTING = "print.layout"  # minutes, registers, receipts: the house style or compact
HOUSE_LAYOUT, COMPACT_LAYOUT = "house", "compact"
LAYOUTS = {HOUSE_LAYOUT: N_("公文式（默认）"), COMPACT_LAYOUT: N_("紧凑")}


class PrintService:
    def __init__(
        self,
        db: SessionSource,
        settings: SettingsService,
        calendar: CalendarService,
        meetings: MeetingService,
        reception_days: ReceptionDayService,
        member_codes: MemberCodeService,
    ):
        self.db = db
        self.settings = settings
        self.calendar = calendar
        self.meetings = meetings
        self.reception_days = reception_days
        self.member_codes = member_codes

    # ---- fonts --------------------------------------------------------------------------
    def font_path(self) -> str:
        """The TrueType file the coordinator chose ("" for the automatic choice)."""
        return self.settings.get(FONT_SETTING)

    def layout(self) -> str:
        """HOUSE_LAYOUT (the 公文-like default: fonts by role, 3号 body) or COMPACT_LAYOUT
        (one font, 11 pt: long registers on fewer pages)."""
        value = self.settings.get(LAYOUT_SETTING, HOUSE_LAYOUT)
        return value if value in LAYOUTS else HOUSE_LAYOUT

    def save_settings(self, font_path: str, url_template: str, layout: str | None = None) -> None:
        """The 打印设置 form: all are checked before any is stored."""
        font_path = self._checked_font(font_path)
        if layout is not None and layout not in LAYOUTS:
            raise ValidationError.single("layout", tr("版式"), tr("版式只能是公文式或紧凑。"))
        self.member_codes.set_url_template(url_template)
        self.settings.set(FONT_SETTING, font_path)
        if layout is not None:
            self.settings.set(LAYOUT_SETTING, layout)

    @staticmethod
    def _checked_font(path: str) -> str:
        """The file must be a TrueType font with Chinese characters that can be embedded."""
        path = path.strip()
        if not path:
            return ""
        if not Path(path).expanduser().is_file():
            raise ValidationError.single(
                "font", tr("字体文件"), tr("找不到字体文件“{path}”。").format(path=path)
            )
        try:
            chain = FontChain.find(path)
        except NoChineseFontError:
            chain = None
        if chain is None or chain.primary != chain.files[0].key:
            raise ValidationError.single(
                "font",
                tr("字体文件"),
                tr(
                    "“{path}”不能嵌入 PDF 或不含中文字符。请选择 TrueType 中文字体"
                    "（.ttf 或 .ttc，如 simsun.ttc、wqy-zenhei.ttc）；Noto/思源字体不能使用。"
                ).format(path=path),
            )
        return path

    def available_fonts(self) -> list[Path]:
        """The font files the automatic choice would try, in order."""
        return [f.path for f in candidate_fonts()]

    def chain(self) -> FontChain:
        return FontChain.find(self.font_path() or None)

    def fonts(self) -> FontSet:
        """The fonts of minutes, registers and receipts in the chosen layout."""
        user_font = self.font_path() or None
        if self.layout() == COMPACT_LAYOUT:
            return FontSet.compact(user_font)
        return FontSet.house(user_font)

    # ---- documents ----------------------------------------------------------------------
    def minutes(self, meeting_id: uuid.UUID | None = None) -> PdfDocument:
        """The minutes made from the meeting as it stands (``None``: the latest meeting held),
        marked 草稿 until they are finalised. Finalised minutes are printed from the archive
        (``ArchiveService.minutes``), never made again."""
        if meeting_id is None:
            latest = self.meetings.latest()
            if latest is None:
                raise NotFoundError(tr("还没有会议记录。请先在“会议纪要”页新建会议。"))
            meeting_id = latest.id
        meeting = self.meetings.get(meeting_id)
        with self.db.session() as s:
            return self.render_minutes(s, meeting, draft=not is_finalised(s, meeting_id))

    def render_minutes(self, s: Session, meeting: Meeting, *, edition: str = "",
                       draft: bool = False) -> PdfDocument:  # fmt: skip
        """The minutes PDF of ``meeting`` (loaded with its children), inside the caller's unit
        of work: a revision makes its PDF from the change it is about to commit."""
        from studio_app.documents.minutes_pdf import render_minutes

        linked = [a.request_id for a in meeting.actions if a.request_id]
        numbers = (
            dict(s.execute(select(Request.id, Request.number).where(Request.id.in_(linked))).all())
            if linked
            else {}
        )
        return render_minutes(
            _minutes_of(meeting, numbers), self.fonts(),
            studio_name=self._studio_name(s, meeting.studio_id), edition=edition, draft=draft,
        )  # fmt: skip

    def latest_reception_day(self) -> uuid.UUID:
        """The most recent reception day on or before today that was not cancelled."""
        from studio_app.base.enums import ReceptionStatus

        with self.db.session() as s:
            day_id = s.scalar(
                select(ReceptionDay.id)
                .where(ReceptionDay.held_on <= date.today(),
                       ReceptionDay.status != ReceptionStatus.CANCELLED,
                       ReceptionDay.archived_at.is_(None))
                .order_by(ReceptionDay.held_on.desc())
                .limit(1)
            )  # fmt: skip
        if day_id is None:
            raise NotFoundError(tr("还没有举行过接待日。"))
        return day_id

    def reception_day_on(self, on: date) -> uuid.UUID:
        with self.db.session() as s:
            day_id = s.scalar(
                select(ReceptionDay.id)
                .where(ReceptionDay.held_on == on, ReceptionDay.archived_at.is_(None))
                .order_by(ReceptionDay.created_at)
                .limit(1)
            )
        if day_id is None:
            raise NotFoundError(tr("{day} 没有接待日。").format(day=on.isoformat()))
        return day_id

    def reception_record(self, day_id: uuid.UUID, *, masked: bool = True) -> PdfDocument:
        from studio_app.documents.reception_pdf import (
            ReceptionRecord,
            RecordLine,
            render_reception_record,
        )

        duty = tr("、").join(d.name for d in self.reception_days.duties(day_id))
        with self.db.session() as s:
            day = load(s, ReceptionDay, day_id, tr("找不到这个接待日。"))
            if not masked:  # full numbers on paper: as a reveal, logged
                target = chinese("audit.reception_record", day=day.held_on.isoformat())
                permit(s, Permission.REVEAL, AuditAction.REVEAL, target)
            requests = list(
                s.scalars(
                    select(Request)
                    .where(Request.reception_day_id == day_id, Request.archived_at.is_(None))
                    .options(selectinload(Request.visitor), selectinload(Request.assignee))
                    .order_by(Request.registered_at, Request.number)
                )
            )
            lines = [
                RecordLine(
                    number=r.number,
                    visitor=_visitor_name(r),
                    phone=_phone(r, masked),
                    village=r.visitor.village if r.visitor else "",
                    category=word_label(r.category),
                    content=r.content,
                    handling=tr("、").join(
                        x for x in (r.assignee.name if r.assignee else "", r.handling_unit) if x
                    ),
                    status=label(r.status),
                )
                for r in requests
            ]
            record = ReceptionRecord(
                studio_name=self._studio_name(s, day.studio_id),
                held_on=day.held_on,
                place=day.place,
                duty=duty,
                status=label(day.status),
                # as the 接待日 page counts them; a request without a visitor is one person
                visitors=len({r.visitor_id or r.id for r in requests}),
                lines=lines,
            )
        doc = render_reception_record(record, self.fonts())
        return _of(
            doc, DocumentKind.RECEPTION_RECORD, studio_id=day.studio_id, reception_day_id=day_id
        )

    def receipt(self, request_id: uuid.UUID, *, masked: bool = True) -> PdfDocument:
        """受理回执 for a visitor: number, date, summary, when to expect an answer."""
        from studio_app.documents.reception_pdf import Receipt, render_receipt

        deadlines = self.settings.deadlines()
        with self.db.session() as s:
            r = s.scalar(
                select(Request)
                .where(Request.id == request_id)
                .options(selectinload(Request.visitor), selectinload(Request.received_by))
            )
            if r is None:
                raise NotFoundError(tr("找不到这件诉求，可能已被删除。"))
            if not masked:  # full numbers on paper: as a reveal, logged
                permit(s, Permission.REVEAL, AuditAction.REVEAL,
                       chinese("audit.receipt", number=r.number))  # fmt: skip
            studio = self._studio(s, r.studio_id)
            registered_on = r.registered_at.astimezone().date()
            calendar = self.calendar.calendar()
            answer_by = r.answer_due or calendar.add_workdays(
                r.assign_due or registered_on,
                deadlines.answer if r.assign_due else deadlines.assign + deadlines.answer,
            )
            id_number = r.visitor.id_number if r.visitor else ""
            receipt = Receipt(
                studio_name=studio.name,
                studio_phone=studio.phone,
                studio_address=studio.address,
                number=r.number,
                registered_on=registered_on,
                visitor=_visitor_name(r),
                phone=_phone(r, masked),
                id_number=mask_id_number(id_number) if masked else id_number,
                village=r.visitor.village if r.visitor else "",
                category=word_label(r.category),
                content=r.content,
                received_by=r.received_by.name if r.received_by else "",
                answer_by=answer_by,
                answer_by_note=calendar.pending_note(registered_on, answer_by),
            )
        return _of(render_receipt(receipt, self.fonts()), DocumentKind.RECEIPT,
                   studio_id=studio.id, request_id=request_id)  # fmt: skip

    def qr_poster(self, studio_id: uuid.UUID | None = None, size: str = "A4") -> PdfDocument:
        """扫码找委员 wall poster: every active member of the studio with their code."""
        from studio_app.documents.qr_sheets import render_poster

        if size not in ("A4", "A3"):
            raise StudioError(tr("海报纸张只能是 A4 或 A3。"))
        with self.db.session() as s:
            studio = self._studio(s, studio_id)
            members = list(
                s.execute(
                    select(Member, StudioMembership.role)
                    .join(StudioMembership, StudioMembership.member_id == Member.id)
                    .where(StudioMembership.studio_id == studio.id, StudioMembership.left_on.is_(None),
                           Member.archived_at.is_(None))
                    .order_by(StudioMembership.role, Member.sort_key)
                )
            )  # fmt: skip
        if not members:
            raise StudioError(
                tr("“{studio}”还没有在任的委员，无法生成海报。").format(studio=studio.name)
            )
        # the vCard names this studio, even for a member who leads another one
        payloads = self.member_codes.payloads([m.id for m, _role in members], studio.id)
        entries = [_member_entry(m, role, payloads[m.id]) for m, role in members]
        doc = render_poster(studio.name, entries, self.chain(), size=size)
        return _of(doc, DocumentKind.QR_POSTER, studio_id=studio.id)

    def member_card(self, member_id: uuid.UUID) -> PdfDocument:
        from studio_app.documents.qr_sheets import render_member_card

        with self.db.session() as s:
            member = load(s, Member, member_id, tr("找不到这位委员，可能已被删除。"))
            row = s.execute(
                select(Studio, StudioMembership.role)
                .join(StudioMembership, StudioMembership.studio_id == Studio.id)
                .where(StudioMembership.member_id == member_id, StudioMembership.left_on.is_(None))
                .order_by(StudioMembership.created_at)
                .limit(1)
            ).first()
        studio, role = row if row else (None, None)
        payload = self.member_codes.payload(member_id, studio.id if studio else None)
        entry = _member_entry(member, role, payload)
        studio_name = studio.name if studio else ""
        doc = render_member_card(studio_name, entry, self.chain())
        return _of(doc, DocumentKind.MEMBER_CARD, studio_id=studio.id if studio else None,
                   member_id=member_id)  # fmt: skip

    # ---- finding what to print (the command line names records by number or name) ---------
    def find_request(self, text: str) -> uuid.UUID:
        """A request by its id or its number (2026-0012, full-width digits too)."""
        found = self.meetings.find_request(text)
        return (
            found.id
            if found
            else self._by_id(Request, text, tr("找不到编号或 ID 为“{text}”的诉求。"))
        )

    def find_member(self, text: str) -> uuid.UUID:
        """A member by id, or by name when exactly one active member has it."""
        with self.db.session() as s:
            ids = list(s.scalars(select(Member.id).where(Member.name == text.strip(),
                                                         Member.archived_at.is_(None))))  # fmt: skip
        if len(ids) > 1:
            raise StudioError(
                tr("有 {n} 位委员叫“{text}”，请改用委员的 ID。").format(n=len(ids), text=text)
            )
        return (
            ids[0] if ids else self._by_id(Member, text, tr("找不到名为或 ID 为“{text}”的委员。"))
        )

    def find_meeting(self, text: str) -> uuid.UUID:
        from studio_app.core.models import Meeting

        return self._by_id(Meeting, text, tr("找不到 ID 为“{text}”的会议。"))

    def _by_id(self, model, text: str, missing: str) -> uuid.UUID:
        try:
            record_id = uuid.UUID(text.strip())
        except ValueError:
            raise NotFoundError(missing.format(text=text)) from None
        with self.db.session() as s:
            return load(s, model, record_id, missing.format(text=text)).id

    # ---- helpers ------------------------------------------------------------------------
    @staticmethod
    def _studio(s, studio_id: uuid.UUID | None) -> Studio:
        if studio_id is not None:
            return load(s, Studio, studio_id, tr("找不到这个工作室。"))
        studio = s.scalar(
            select(Studio).where(Studio.archived_at.is_(None)).order_by(Studio.created_at).limit(1)
        )
        if studio is None:
            raise NotFoundError(tr("还没有设置工作室。"))
        return studio

    @classmethod
    def _studio_name(cls, s, studio_id: uuid.UUID | None) -> str:
        """The record's studio, else the default one (a database made before studios were set
        up has records without one)."""
        studio = s.get(Studio, studio_id) if studio_id else None
        if studio is None:
            try:
                studio = cls._studio(s, None)
            except NotFoundError:
                return tr("委员工作室")
        return studio.name


def _of(doc: PdfDocument, kind: DocumentKind, **refs) -> PdfDocument:
    """The document with what it is of, for the archive when it is handed out."""
    return replace(doc, kind=kind.value, refs=refs)


def _visitor_name(r: Request) -> str:
    if r.visitor is None or r.visitor.anonymous or not r.visitor.name:
        return tr("匿名")
    return visitor_label(r.visitor.name)


def _phone(r: Request, masked: bool) -> str:
    phone = r.visitor.phone if r.visitor else ""
    return mask_phone(phone) if masked else phone


def _minutes_of(meeting: Meeting, request_numbers: Mapping[uuid.UUID, str]) -> Minutes:
    """The meeting (loaded with its children) as plain data for the minutes; each action linked
    to a request gives that request's number."""
    from studio_app.documents import minutes_pdf as m

    return m.Minutes(
        type=meeting.type, topic=meeting.topic, topic_source=meeting.topic_source,
        starts_at=meeting.starts_at, ends_at=meeting.ends_at, place=meeting.place,
        host=meeting.host, recorder=meeting.recorder, summary=meeting.summary,
        attendees=tuple(
            m.Attendee(name=a.name, unit=a.unit, title=a.title, is_member=a.member_id is not None,
                       attendance=a.attendance)
            for a in meeting.attendees
        ),
        agenda_items=tuple(m.AgendaItem(i.title, i.discussion) for i in meeting.agenda_items),
        agreed_items=tuple(i.text for i in meeting.agreed_items),
        actions=tuple(
            m.Action(text=a.text, responsible_unit=a.responsible_unit, deadline=a.deadline,
                     request_number=request_numbers.get(a.request_id, "") if a.request_id else "",
                     status=a.status, done_on=a.done_on, feedback=a.feedback)
            for a in meeting.actions
        ),
    )  # fmt: skip


def _member_entry(member: Member, role: MembershipRole | None, payload: str) -> MemberEntry:
    """A member as the poster's and the card's cell shows them."""
    from studio_app.documents.qr_sheets import MemberEntry

    return MemberEntry(
        name=member.name,
        role=label(role) if role else "",
        lead=role == MembershipRole.LEAD,
        title=member_title(member.level, member.sector),
        work_unit=member.work_unit,
        specialties=member.specialties,
        phone=member.phone,
        photo=member.photo,
        payload=payload,
    )
