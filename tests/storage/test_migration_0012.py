"""Migration 0012: the texts the program wrote before it (in Chinese, or in English from the
English window) become codes, shown in the reader's language; what the user typed, a text of
no known kind, the archived PDFs and the audit log stay exactly as they were; and 0012 can be
undone (the codes written back in Chinese)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import MetaData, Table, create_engine, insert, select
from sqlalchemy.orm import Session

from studio_app.base.enums import DocumentKind, RequestStatus
from studio_app.core.models import (
    AuditEvent,
    IssuedDocument,
    ReceptionDay,
    Request,
    RequestEvent,
    Studio,
)
from studio_app.core.models.audit_chain import CHAIN_START, chain_hash
from studio_app.core.services import Services
from studio_app.opening import DataPlace, check_place
from studio_app.storage.migrate import alembic_config, open_database

pytestmark = pytest.mark.pg  # the same texts on both databases

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
# The request table at 0011 and 0012: without the columns added since (0013).
REQUEST_AT_0012 = Table(
    "request",
    MetaData(),
    *(c._copy() for c in Request.__table__.c if c.name not in {"extension_count", "linked_to_id"}),
)
S = RequestStatus

REASONS = {  # as stored at 0011: after 0012
    "遇节假日顺延": "@reception.holiday_moved",
    "Moved because of a holiday": "@reception.holiday_moved",
    "遇节假日顺延，并改到下午": "遇节假日顺延，并改到下午",  # the user's own
    "": "",
}
NOTES = [  # (from, to, note as stored at 0011, after 0012)
    (S.REGISTERED, S.MERGED, "合并到 2026-0001", '@request.merged_into{"number":"2026-0001"}'),
    (S.ASSIGNED, S.MERGED, "Merge into 2026-0001", '@request.merged_into{"number":"2026-0001"}'),
    (S.ANSWERED, S.CLOSED, "满意", '@request.visit{"satisfaction":"satisfied"}'),
    (S.ANSWERED, S.CLOSED, "Fairly satisfied", '@request.visit{"satisfaction":"basically"}'),
    (S.ANSWERED, S.IN_PROGRESS, "不满意：路灯还是不亮",
     '@request.visit_comment{"comment":"路灯还是不亮","satisfaction":"unsatisfied"}'),
    (S.ANSWERED, S.IN_PROGRESS, "Dissatisfied: still dark: call again",
     '@request.visit_comment{"comment":"still dark: call again","satisfaction":"unsatisfied"}'),
    (S.IN_PROGRESS, S.ANSWERED, "满意", "满意"),  # a reply the user typed: not a return visit
    (S.REGISTERED, S.ASSIGNED, "合并到 2026-0001", "合并到 2026-0001"),  # the user's note
    (S.ANSWERED, S.CLOSED, "", ""),
]  # fmt: skip
TITLES = [  # (kind, title as stored at 0011, after 0012)
    (DocumentKind.MINUTES, "协商议事会纪要：村道硬化",
     '@document.minutes{"kind":"consultation","topic":"村道硬化"}'),
    (DocumentKind.MINUTES, "Forum minutes: Roads: what next",
     '@document.minutes{"kind":"symposium","topic":"Roads: what next"}'),
    (DocumentKind.RECEPTION_RECORD, "委员接待日登记表（2026-03-16）",
     '@document.reception_record{"day":"2026-03-16"}'),
    (DocumentKind.RECEPTION_RECORD, "Reception-day record (2026-04-15)",
     '@document.reception_record{"day":"2026-04-15"}'),
    (DocumentKind.RECEIPT, "受理回执（2026-0012）", '@document.receipt{"number":"2026-0012"}'),
    (DocumentKind.RECEIPT, "Receipt (2026-0013)", '@document.receipt{"number":"2026-0013"}'),
    (DocumentKind.QR_POSTER, "城关镇委员工作室 扫码找委员",
     '@document.qr_poster{"studio":"城关镇委员工作室"}'),
    (DocumentKind.QR_POSTER, "Chengguan studio Scan to find a member",
     '@document.qr_poster{"studio":"Chengguan studio"}'),
    (DocumentKind.MEMBER_CARD, "委员联系卡：李𠮷", '@document.member_card{"name":"李𠮷"}'),
    (DocumentKind.MEMBER_CARD, "Member contact card: Li Kun",
     '@document.member_card{"name":"Li Kun"}'),
    (DocumentKind.RECEIPT, "受理回执", "受理回执"),  # of no known form: as it was
]  # fmt: skip
AUDIT = [  # hashed into the chain: never rewritten
    ("export", "联户名册", "5 条"),
    ("login_failed", "用户 zhang", "密码错误（连续第 1 次）"),
    ("user_changed", "User li", "Role: Administrator → Viewer"),
]


def _database_at(url: str, revision: str):
    from alembic import command

    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return engine


def _fill(engine) -> dict:
    """Rows as 0011 stored them (its tables are the models' own, 0012 adds no column; the
    request's columns added later are left out)."""
    ids: dict = {"days": {}, "events": [], "documents": []}
    with Session(engine) as s, s.begin():
        studio = Studio(name="城关镇委员工作室")
        s.add(studio)
        s.flush()
        for n, reason in enumerate(REASONS, 1):
            day = ReceptionDay(studio_id=studio.id, held_on=date(2026, 2, 10 + n),
                               moved_from=date(2026, 2, n), change_reason=reason)  # fmt: skip
            s.add(day)
            s.flush()
            ids["days"][day.id] = REASONS[reason]
        for n, (before, after, note, _) in enumerate(NOTES, 1):
            request_id = uuid.uuid4()
            s.execute(insert(REQUEST_AT_0012), {"id": request_id, "number": f"2026-{n:04d}",
                                                "content": "路灯坏了", "status": after})  # fmt: skip
            event = RequestEvent(request_id=request_id, sequence=1, at=T0, from_status=before,
                                 to_status=after, note=note)  # fmt: skip
            s.add(event)
            s.flush()
            ids["events"].append(event.id)
        for revision, (kind, title, _) in enumerate(TITLES, 1):
            pdf = f"%PDF-1.4 {title}".encode()
            doc = IssuedDocument(kind=kind, title=title, issued_at=T0, revision=revision,
                                 sha256=hashlib.sha256(pdf).hexdigest(), pdf=pdf,
                                 size=len(pdf))  # fmt: skip
            s.add(doc)
            s.flush()
            ids["documents"].append(doc.id)
        previous = CHAIN_START
        for seq, (action, target, detail) in enumerate(AUDIT, 1):
            event_id = uuid.UUID(int=seq << 64)
            previous = chain_hash(previous, seq, event_id, T0, "Admin", action, target, detail)
            s.add(AuditEvent(id=event_id, at=T0, username="Admin", action=action,
                             target=target, detail=detail, seq=seq, hash=previous))  # fmt: skip
    return ids


def _stored(engine, ids: dict) -> tuple:
    with Session(engine) as s:
        reasons = {d: s.get(ReceptionDay, d).change_reason for d in ids["days"]}
        notes = [s.get(RequestEvent, e).note for e in ids["events"]]
        documents = [
            s.execute(
                select(IssuedDocument.title, IssuedDocument.pdf, IssuedDocument.sha256)
                .where(IssuedDocument.id == d)
            ).one()
            for d in ids["documents"]
        ]  # fmt: skip
        audit = s.execute(
            select(AuditEvent.target, AuditEvent.detail, AuditEvent.hash).order_by(AuditEvent.seq)
        ).all()
    return reasons, notes, documents, audit


def test_upgrading_from_0011_stores_the_programs_texts_as_codes(empty_url):
    engine = _database_at(empty_url, "0011")
    ids = _fill(engine)
    _, _, documents_before, audit_before = _stored(engine, ids)
    engine.dispose()

    database = open_database(empty_url)  # upgrades to the head, as the program does
    try:
        with database.session() as s:
            reasons, notes, documents, audit = _stored(s.get_bind(), ids)
        assert reasons == ids["days"]
        assert notes == [after for *_, after in NOTES]
        assert [title for title, _, _ in documents] == [after for *_, after in TITLES]
        # the archived files and their hashes, and the audit log, are exactly as they were
        assert [(pdf, sha) for _, pdf, sha in documents] == [
            (pdf, sha) for _, pdf, sha in documents_before
        ]
        assert audit == audit_before
        assert check_place(DataPlace(database.url, explicit=True))[1] == []  # the chain holds

        services = Services(database)  # headless: shown in Chinese
        with database.session() as s:
            merged = s.get(RequestEvent, ids["events"][1]).request_id
        assert services.requests.history(merged)[0].note == "合并到 2026-0001"
        titles = [r.title for r in services.archive.list()]
        assert sorted(titles) == sorted([
            "协商议事会纪要：村道硬化", "座谈会纪要：Roads: what next",
            "委员接待日登记表（2026-03-16）", "委员接待日登记表（2026-04-15）",
            "受理回执（2026-0012）", "受理回执（2026-0013）", "城关镇委员工作室 扫码找委员",
            "Chengguan studio 扫码找委员", "委员联系卡：李𠮷", "委员联系卡：Li Kun", "受理回执",
        ])  # fmt: skip
        assert [(r.target, r.detail) for r in services.audit.list()][::-1] == [
            ("联户名册", "5 条"), ("用户 zhang", "密码错误（连续第 1 次）"),
            ("用户 li", "身份：管理员 → 查看"),
        ]  # the English written before 0012 recognised too  # fmt: skip
    finally:
        database.close()


def test_0012_can_be_undone_and_done_again(empty_url):
    from alembic import command

    engine = _database_at(empty_url, "0011")
    ids = _fill(engine)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0012")
        command.downgrade(config, "0011")
    reasons, notes, documents, _ = _stored(engine, ids)
    assert set(reasons.values()) == {"遇节假日顺延", "遇节假日顺延，并改到下午", ""}
    assert notes[:6] == ["合并到 2026-0001", "合并到 2026-0001", "满意", "基本满意",
                         "不满意：路灯还是不亮", "不满意：still dark: call again"]  # fmt: skip
    assert [title for title, _, _ in documents][:3] == [
        "协商议事会纪要：村道硬化", "座谈会纪要：Roads: what next", "委员接待日登记表（2026-03-16）",
    ]  # fmt: skip
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0012")
    reasons, notes, documents, _ = _stored(engine, ids)
    assert notes == [after for *_, after in NOTES]
    assert [title for title, _, _ in documents][:3] == [after for *_, after in TITLES][:3]
    engine.dispose()
