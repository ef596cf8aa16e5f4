"""The studio's electronic archive (协商议事活动电子档案): documents exactly as issued.

* Minutes are finalised (定稿): the PDF made at that moment is stored with its SHA-256, when,
  who and a revision number, and the meeting becomes read-only. Changing it afterwards is a
  revision with a required reason: the change and the new revision's PDF (marked 第 N 版 with
  the date) are saved in one transaction; earlier revisions stay byte for byte.
* Reception records, receipts, posters and member cards are issued when printed or saved.
* Reprinting serves the stored bytes; their hash is checked each time, and a mismatch is
  reported as damage, never hidden. ``verify`` re-hashes everything, ``export`` writes the
  PDFs with a manifest the county office can check.
* A signed paper copy, scanned (PDF or photo), is attached to the revision it signs.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, undefer

from studio_app.base.enums import AttendanceRole, AuditAction, DocumentKind, Permission
from studio_app.base.errors import NotFoundError, StudioError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import label, word_label
from studio_app.base.local_times import chinese_date, time_span
from studio_app.base.messages import MARK, MESSAGES, chinese, matching_codes, shown
from studio_app.base.private import make_folder
from studio_app.base.text import clean_text
from studio_app.core.guard import permit
from studio_app.core.meetings import MeetingInput, MeetingService, complete, is_finalised
from studio_app.core.models import DocumentAttachment, IssuedDocument, Meeting, Studio, utcnow
from studio_app.core.records import load
from studio_app.core.request_figures import local_day_start
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import clean_name

if TYPE_CHECKING:
    from studio_app.core.printing import PrintService
    from studio_app.documents.pdf_layout import PdfDocument

MAX_ATTACHMENT_BYTES = 30 * 1024 * 1024
MANIFEST = "manifest.csv"
# What a revision's side-by-side compares, in this order, with the labels it shows.
SNAPSHOT_FIELDS = {
    "type": "会议类型", "time": "时间", "place": "地点", "topic": "议题", "topic_source": "议题来源",
    "host": "主持人", "recorder": "记录人", "summary": "会议概况", "members": "出席委员",
    "others": "其他参会人员", "absent": "缺席", "agenda": "议程及讨论情况", "agreed": "议定事项",
    "actions": "跟踪落实事项",
}  # fmt: skip

TITLE_LENGTH = 300  # IssuedDocument.title
TITLE_CODES = tuple(code for code in MESSAGES if code.startswith("document."))


@dataclass(frozen=True)
class DocumentRow:
    """An issued document as the archive page lists it (without its bytes)."""

    id: uuid.UUID
    kind: DocumentKind
    title: str
    studio_name: str
    meeting_id: uuid.UUID | None
    meeting_topic: str
    revision: int
    reason: str
    issued_at: datetime
    issued_by: str
    pages: int
    size: int
    sha256: str
    attachments: int


@dataclass(frozen=True)
class StoredDocument:
    """An issued document's bytes, and whether they still hash to what was stored."""

    row: DocumentRow
    data: bytes
    intact: bool

    def as_pdf(self) -> PdfDocument:
        from studio_app.documents.pdf_layout import PdfDocument

        return PdfDocument(self.data, self.row.pages, "", self.row.title)


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class AttachmentRow:
    id: uuid.UUID
    document_id: uuid.UUID
    file_name: str
    media_type: str
    size: int
    attached_at: datetime
    attached_by: str


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def edition_line(revision: int, day: date) -> str:
    """What a revised minutes PDF carries under its title."""
    return tr("第 {n} 版（{day}修订）").format(n=revision, day=chinese_date(day))


def meeting_snapshot(m: Meeting) -> dict[str, str]:
    """The meeting's facts as text, field by field, for comparing two revisions."""
    came = [a for a in m.attendees if a.attendance == AttendanceRole.PRESENT]

    def person(a) -> str:
        about = tr("，").join(x for x in (a.unit, a.title) if x)
        return tr("{name}（{note}）").format(name=a.name, note=about) if about else a.name

    def people(rows) -> str:
        return tr("、").join(person(a) for a in rows)

    def action(a) -> str:
        when = a.deadline.isoformat() if a.deadline else "—"
        note = tr("，").join((a.responsible_unit or "—", when))
        return tr("{name}（{note}）").format(name=a.text, note=note)

    return {
        "type": label(m.type),
        "time": time_span(m.starts_at, m.ends_at, chinese=True),
        "place": m.place,
        "topic": m.topic,
        "topic_source": word_label(m.topic_source),
        "host": m.host,
        "recorder": m.recorder,
        "summary": m.summary,
        "members": tr("、").join(a.name for a in came if a.member_id is not None),
        "others": people(a for a in came if a.member_id is None),
        "absent": tr("、").join(a.name for a in m.attendees
                                if a.attendance != AttendanceRole.PRESENT),
        "agenda": "\n".join(tr("{label}：{text}").format(label=f"{n}. {i.title}", text=i.discussion)
                            for n, i in enumerate(m.agenda_items, 1)),
        "agreed": "\n".join(f"{n}. {i.text}" for n, i in enumerate(m.agreed_items, 1)),
        "actions": "\n".join(f"{n}. {action(a)}" for n, a in enumerate(m.actions, 1)),
    }  # fmt: skip


def changes(before: dict[str, str], after: dict[str, str]) -> list[Change]:
    """The fields that differ between two snapshots, in the order of the minutes."""
    return [
        Change(key, tr(text), before.get(key, ""), after.get(key, ""))  # i18n: from SNAPSHOT_FIELDS
        for key, text in SNAPSHOT_FIELDS.items()
        if before.get(key, "") != after.get(key, "")
    ]


class ArchiveService:
    def __init__(self, db: SessionSource, meetings: MeetingService, printing: PrintService):
        self.db = db
        self.meetings = meetings
        self.printing = printing

    # ---- minutes: finalise and revise ------------------------------------------------------
    def finalise(self, meeting_id: uuid.UUID, by: str) -> DocumentRow:
        """定稿: store the minutes as printed now as revision 1; the meeting is read-only."""
        by = self._who(by)
        with self.db.session() as s:
            if is_finalised(s, meeting_id):
                raise StudioError(tr("这次会议的纪要已经定稿。要修改请点“修订”并写明原因。"))
            meeting = self._meeting(s, meeting_id)
            return self._issue_minutes(s, meeting, 1, "", by)

    def revise(
        self, meeting_id: uuid.UUID, version: int, data: MeetingInput, reason: str, by: str
    ) -> DocumentRow:
        """Change finalised minutes: the change and revision N+1 (with ``reason``) are saved
        together, or neither is."""
        by = self._who(by)
        reason = clean_text(reason)
        if not reason:
            raise ValidationError.single("reason", tr("修订原因"), tr("请写明修订原因。"))
        if len(reason) > 1000:
            raise ValidationError.single("reason", tr("修订原因"), tr("修订原因最多 1000 字。"))
        try:
            with self.db.session() as s:
                if not is_finalised(s, meeting_id):
                    raise StudioError(tr("这次会议的纪要还没有定稿，直接修改即可。"))
                newest = self._newest_minutes(s, meeting_id)
                self.meetings.apply(s, meeting_id, version, data)
                s.expire_all()  # read the changed children back in the order they print
                meeting = self._meeting(s, meeting_id)
                if meeting_snapshot(meeting) == json.loads(newest.snapshot or "{}"):
                    raise StudioError(tr("内容没有改动，不需要修订。"))
                return self._issue_minutes(s, meeting, newest.revision + 1, reason, by)
        except IntegrityError as exc:  # another PC issued that revision number a moment ago
            raise StudioError(
                tr("另一台电脑刚刚修订了这份纪要。请关闭后重新打开，再修订一次。")
            ) from exc

    def _issue_minutes(self, s: Session, meeting: Meeting, revision: int, reason: str,
                       by: str) -> DocumentRow:  # fmt: skip
        edition = edition_line(revision, datetime.now().date()) if revision > 1 else ""
        pdf = self.printing.render_minutes(s, meeting, edition=edition)
        doc = self._store(
            s, DocumentKind.MINUTES, pdf, by, studio_id=meeting.studio_id, meeting_id=meeting.id,
            revision=revision, reason=reason,
            snapshot=json.dumps(meeting_snapshot(meeting), ensure_ascii=False),
        )  # fmt: skip
        s.flush()
        return self._rows(s, [doc.id])[0]

    def minutes(self, meeting_id: uuid.UUID) -> PdfDocument:
        """The minutes as they print now: the newest revision's stored bytes once finalised
        (checked against their hash), else a draft made from the meeting as it stands."""
        with self.db.session() as s:
            newest = self._newest_minutes(s, meeting_id) if is_finalised(s, meeting_id) else None
        if newest is None:
            return self.printing.minutes(meeting_id)
        stored = self.open(newest.id)
        if not stored.intact:
            raise StudioError(damage_message(stored.row))
        return stored.as_pdf()

    def revisions(self, meeting_id: uuid.UUID) -> list[DocumentRow]:
        """Every issued revision of the meeting's minutes, the first first."""
        with self.db.session() as s:
            ids = s.scalars(
                select(IssuedDocument.id)
                .where(IssuedDocument.meeting_id == meeting_id,
                       IssuedDocument.kind == DocumentKind.MINUTES)
                .order_by(IssuedDocument.revision)
            ).all()  # fmt: skip
            return self._rows(s, list(ids))

    def revision_changes(self, document_id: uuid.UUID) -> list[Change]:
        """What this revision changed in the meeting's facts against the one before it
        (nothing for revision 1)."""
        with self.db.session() as s:
            doc = load(s, IssuedDocument, document_id, tr("找不到这份存档文件。"))
            before = s.scalar(
                select(IssuedDocument.snapshot).where(
                    IssuedDocument.meeting_id == doc.meeting_id,
                    IssuedDocument.kind == DocumentKind.MINUTES,
                    IssuedDocument.revision == doc.revision - 1,
                )
            )
            if before is None:
                return []
            return changes(json.loads(before or "{}"), json.loads(doc.snapshot or "{}"))

    def finalised(self, meeting_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        """The newest revision number of each meeting that is finalised."""
        if not meeting_ids:
            return {}
        with self.db.session() as s:
            return dict(
                s.execute(
                    select(IssuedDocument.meeting_id, func.max(IssuedDocument.revision))
                    .where(IssuedDocument.kind == DocumentKind.MINUTES,
                           IssuedDocument.meeting_id.in_(meeting_ids))
                    .group_by(IssuedDocument.meeting_id)
                ).all()
            )  # fmt: skip

    # ---- other documents: issued when printed or saved --------------------------------------
    def issue(self, pdf: PdfDocument, by: str = "") -> DocumentRow | None:
        """Store a reception record, receipt, poster or member card as it was handed out
        (printed or saved); minutes are stored by ``finalise``, and a document opened from the
        archive is already there: for those nothing is stored (None). An identical reprint
        gives the row of the copy already stored."""
        if not pdf.kind or pdf.kind == DocumentKind.MINUTES:
            return None
        with self.db.session() as s:
            # documents are made byte for byte alike from alike data: a reprint of one already
            # archived is that copy, not another
            same = s.scalar(
                select(IssuedDocument.id)
                .where(IssuedDocument.kind == pdf.kind, IssuedDocument.sha256 == sha256(pdf.data))
                .limit(1)
            )
            if same is not None:
                return self._rows(s, [same])[0]
            doc = self._store(s, DocumentKind(pdf.kind), pdf, clean_name(by) if by else "",
                              **pdf.refs)  # fmt: skip
            s.flush()
            return self._rows(s, [doc.id])[0]

    @staticmethod
    def _store(s: Session, kind: DocumentKind, pdf: PdfDocument, by: str, **refs) -> IssuedDocument:
        doc = IssuedDocument(
            kind=kind, title=_stored_title(pdf), issued_at=utcnow(), issued_by=by, pages=pdf.pages,
            size=len(pdf.data), sha256=sha256(pdf.data), pdf=pdf.data, **refs,
        )  # fmt: skip
        s.add(doc)
        return doc

    # ---- the archive page ---------------------------------------------------------------------
    def list(self, text: str = "", kind: DocumentKind | None = None, start: date | None = None,
             end: date | None = None, studio_id: uuid.UUID | None = None,
             limit: int = 1000) -> list[DocumentRow]:  # fmt: skip
        """Issued documents, newest first, by title, who issued it, the meeting's topic or the
        reason of a revision; dates are this PC's local days."""
        stmt = select(IssuedDocument.id).outerjoin(Meeting, Meeting.id == IssuedDocument.meeting_id)
        if kind is not None:
            stmt = stmt.where(IssuedDocument.kind == kind)
        if studio_id is not None:
            stmt = stmt.where(IssuedDocument.studio_id == studio_id)
        if start is not None:
            stmt = stmt.where(IssuedDocument.issued_at >= local_day_start(start))
        if end is not None:
            stmt = stmt.where(IssuedDocument.issued_at < local_day_start(end + timedelta(days=1)))
        for term in clean_text(text).split():
            like = f"%{term}%"
            titled = [  # the kinds of title whose own words hold it (受理回执, receipt)
                IssuedDocument.title.startswith(MARK + code + "{", autoescape=True)
                for code in matching_codes(term, TITLE_CODES)
            ]
            stmt = stmt.where(or_(IssuedDocument.title.like(like), IssuedDocument.issued_by.like(like),
                                  IssuedDocument.reason.like(like), Meeting.topic.like(like),
                                  *titled))  # fmt: skip
        stmt = stmt.order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id).limit(limit)
        with self.db.session() as s:
            return self._rows(s, list(s.scalars(stmt)))

    def open(self, document_id: uuid.UUID) -> StoredDocument:
        """The stored bytes, exactly as issued, with their hash checked."""
        with self.db.session() as s:
            doc = s.scalar(
                select(IssuedDocument).where(IssuedDocument.id == document_id)
                .options(undefer(IssuedDocument.pdf))
            )  # fmt: skip
            if doc is None:
                raise NotFoundError(tr("找不到这份存档文件。"))
            row = self._rows(s, [doc.id])[0]
            return StoredDocument(row, doc.pdf, sha256(doc.pdf) == doc.sha256)

    def verify(self) -> Iterator[tuple[DocumentRow, bool]]:
        """Every stored document re-hashed, one at a time (the archive may be large)."""
        with self.db.session() as s:
            ids = list(s.scalars(select(IssuedDocument.id).order_by(IssuedDocument.issued_at)))
        for document_id in ids:
            stored = self.open(document_id)
            yield stored.row, stored.intact

    def export(self, start: date, end: date, folder: Path) -> tuple[int, Path]:
        """The PDFs issued from ``start`` to ``end`` (local days) into ``folder``, with a
        manifest (CSV: file, type, title, revision, issued at, by, pages, bytes, SHA-256) to
        check them by later. Returns how many and the manifest's path."""
        if start > end:
            raise StudioError(tr("导出期间的第一天不能晚于最后一天。"))
        with self.db.session() as s:  # checked and logged before a file is written
            period = chinese("audit.period", start=start.isoformat(), end=end.isoformat())
            permit(s, Permission.EXPORT, AuditAction.EXPORT, chinese("audit.archive"), period)
        folder = Path(folder)
        try:
            make_folder(folder)
        except OSError as exc:
            raise StudioError(
                tr("无法创建文件夹“{folder}”：{why}").format(folder=folder, why=exc.strerror or exc)
            ) from exc
        from studio_app.documents.files import write_atomic

        rows = list(reversed(self.list(start=start, end=end, limit=10**9)))
        lines = [
            [tr("文件"), tr("类型"), tr("标题"), tr("版本"), tr("存档时间"), tr("经办人"),
             tr("页数"), tr("字节数"), "SHA-256"]
        ]  # fmt: skip
        for n, row in enumerate(rows, start=1):
            stored = self.open(row.id)
            if not stored.intact:
                raise StudioError(damage_message(row))
            name = f"{n:04d}-{_file_stem(row)}.pdf"
            write_atomic(folder / name, stored.data)
            lines.append([name, label(row.kind), row.title, str(row.revision),
                          row.issued_at.astimezone().isoformat(timespec="seconds"), row.issued_by,
                          str(row.pages), str(row.size), row.sha256])  # fmt: skip
        manifest = folder / MANIFEST
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(
            [[_as_text(c) for c in line] for line in lines]
        )
        write_atomic(manifest, ("\ufeff" + buffer.getvalue()).encode("utf-8"))  # BOM: for Excel
        return len(rows), manifest

    # ---- signed copies ------------------------------------------------------------------------
    def attach(
        self, document_id: uuid.UUID, file_name: str, data: bytes, by: str = ""
    ) -> AttachmentRow:
        """Attach the scanned signed copy (PDF, JPEG or PNG) to the document it belongs to."""
        fields = scan_fields(file_name, data, by, tr("扫描件"))
        with self.db.session() as s:
            load(s, IssuedDocument, document_id, tr("找不到这份存档文件。"))
            a = DocumentAttachment(document_id=document_id, **fields)
            s.add(a)
            s.flush()
            return _attachment_row(a)

    def attachments(self, document_id: uuid.UUID) -> list[AttachmentRow]:
        with self.db.session() as s:
            return [
                _attachment_row(a)
                for a in s.scalars(
                    select(DocumentAttachment).where(DocumentAttachment.document_id == document_id)
                    .order_by(DocumentAttachment.attached_at)
                )
            ]  # fmt: skip

    def attachment_data(self, attachment_id: uuid.UUID) -> tuple[AttachmentRow, bytes, bool]:
        """The attachment, its bytes, and whether they still match their hash."""
        with self.db.session() as s:
            a, intact = stored_scan(s, DocumentAttachment, attachment_id, tr("找不到这份扫描件。"))
            return _attachment_row(a), a.data, intact

    # ---- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _who(by: str) -> str:
        who = clean_name(by or "")
        if not who:
            raise ValidationError.single("by", tr("经办人"), tr("请填写经办人的姓名。"))
        return who[:100]

    def _meeting(self, s: Session, meeting_id: uuid.UUID) -> Meeting:
        from studio_app.core.meetings import with_children

        found = s.scalars(with_children(select(Meeting).where(Meeting.id == meeting_id))).first()
        if found is None:
            raise NotFoundError(tr("找不到这次会议，可能已被删除。"))
        return complete(found)

    @staticmethod
    def _newest_minutes(s: Session, meeting_id: uuid.UUID) -> IssuedDocument:
        return s.scalars(
            select(IssuedDocument)
            .where(IssuedDocument.meeting_id == meeting_id, IssuedDocument.kind == DocumentKind.MINUTES)
            .order_by(IssuedDocument.revision.desc())
            .limit(1)
        ).one()  # fmt: skip

    @staticmethod
    def _rows(s: Session, ids: list[uuid.UUID]) -> list[DocumentRow]:
        if not ids:
            return []
        attached = (
            select(func.count()).where(DocumentAttachment.document_id == IssuedDocument.id)
            .scalar_subquery()
        )  # fmt: skip
        found = {
            doc.id: DocumentRow(
                doc.id, doc.kind, shown(doc.title), studio or "", doc.meeting_id, topic or "",
                doc.revision, doc.reason, doc.issued_at, doc.issued_by, doc.pages, doc.size,
                doc.sha256, n,
            )
            for doc, studio, topic, n in s.execute(
                select(IssuedDocument, Studio.name, Meeting.topic, attached)
                .outerjoin(Studio, Studio.id == IssuedDocument.studio_id)
                .outerjoin(Meeting, Meeting.id == IssuedDocument.meeting_id)
                .where(IssuedDocument.id.in_(ids))
            )
        }  # fmt: skip
        return [found[i] for i in ids if i in found]


def _stored_title(pdf: PdfDocument) -> str:
    """The title as stored: its code (shown in the reader's language), or, where a code
    would not fit the column, the title as printed."""
    stored = pdf.stored_title or pdf.title
    return stored if len(stored) <= TITLE_LENGTH else pdf.title[:TITLE_LENGTH]


def damage_message(row: DocumentRow) -> str:
    return tr(
        "存档文件“{title}”已损坏：内容与存档时记下的校验值（SHA-256）不一致，可能被改动过或存储出错。"
        "请用备份恢复，或联系县政协办公室核对原件。"
    ).format(title=row.title)


def _attachment_row(a: DocumentAttachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.document_id, a.file_name, a.media_type, a.size, a.attached_at,
                         a.attached_by)  # fmt: skip


def stored_scan(s: Session, model, attachment_id: uuid.UUID, missing: str):
    """A stored scan (a ``DocumentAttachment`` or ``ActivityAttachment``) with its bytes
    loaded, and whether they still match their hash; NotFoundError saying ``missing``."""
    a = s.scalar(select(model).where(model.id == attachment_id).options(undefer(model.data)))
    if a is None:
        raise NotFoundError(missing)
    return a, sha256(a.data) == a.sha256


def scan_fields(file_name: str, data: bytes, by: str, what: str) -> dict:
    """What is stored of a scan or photo to attach (PDF, JPEG or PNG, at most 30 MB): its
    name, type, size, hash, bytes, who and when; a ValidationError naming ``what`` (扫描件,
    附件) otherwise, before anything is written."""
    media_type = scan_media_type(data)
    if media_type is None:
        raise ValidationError.single("file", what, tr("只能附上 PDF 文件或 JPG、PNG 图片。"))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError.single(
            "file", what,
            tr("文件太大（{mb:.0f} MB），最大 30 MB。扫描时请选较低的分辨率。").format(mb=len(data) / 2**20),
        )  # fmt: skip
    return {
        "file_name": clean_text(PureWindowsPath(file_name).name)[:255] or "scan",
        "media_type": media_type, "size": len(data), "sha256": sha256(data),
        "attached_at": utcnow(), "attached_by": clean_name(by)[:100] if by else "", "data": data,
    }  # fmt: skip


def scan_media_type(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


def _file_stem(row: DocumentRow) -> str:
    day = row.issued_at.astimezone().strftime("%Y%m%d")
    name = re.sub(r'[\\/:*?"<>|\s]+', "_", row.title).strip("_")[:60]
    suffix = "-" + tr("第{n}版").format(n=row.revision) if row.kind == DocumentKind.MINUTES else ""
    return f"{day}-{label(row.kind)}-{name}{suffix}"


def _as_text(value: str) -> str:
    """A cell Excel or WPS would run as a formula (a title beginning with "=") kept as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
