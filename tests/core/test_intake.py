"""扫码说事 in the core: submissions checked by the desk's rules, 待受理 until accepted (a
registered request, deadlines from acceptance, household by phone), merged or rejected; the
session's tokens, CSRF, PIN and rates; the photo without location; retention; the audit log."""

from __future__ import annotations

import io
import time
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from studio_app.base.enums import AuditAction, IntakeStatus, RequestChannel, RequestStatus
from studio_app.base.errors import StudioError, ValidationError
from studio_app.core.households import HouseholdInput
from studio_app.core.intake import (
    ADDRESS_LIMIT,
    PHONE_LIMIT,
    IntakeRefusal,
    IntakeSession,
    SubmissionInput,
    clean_photo,
)
from studio_app.core.models import IntakeSubmission, Request
from studio_app.core.request_list import RequestQuery
from studio_app.core.retention import ANONYMISED_NAME
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL

GOOD = SubmissionInput(name="赵𠮷", phone="138 1234 5678", village="东关村", category="交通",
                       content="=SUM(A1) 村口的路灯坏了一个月", consent=True)  # fmt: skip
MONDAY = datetime(2026, 3, 2, 2, tzinfo=UTC)  # 10:00 in Beijing


def _receive(services, data=GOOD, **kw) -> str:
    return services.intake.receive(services.intake.checked(data), **kw)


def test_a_submission_is_pending_with_every_field_as_typed(services):
    receipt = _receive(services, at=MONDAY)
    [row] = services.intake.pending()
    assert (row.receipt, row.name, row.phone, row.village, row.category, row.content) == (
        receipt, "赵𠮷", "13812345678", "东关村", "交通", "=SUM(A1) 村口的路灯坏了一个月"
    )  # fmt: skip
    assert receipt == "260302-001" and row.status == IntakeStatus.PENDING
    assert _receive(services, at=MONDAY) == "260302-002"
    # Nothing entered the closed loop.
    assert services.request_list.first_page(RequestQuery()).total == 0


@pytest.mark.one_backend
def test_the_page_checks_what_the_desk_checks_and_its_own_limits(services):
    bad = SubmissionInput(name="", phone="12345", category="不存在", content="字" * 2001)
    with pytest.raises(ValidationError) as refused:
        services.intake.checked(bad)
    fields = {e.field for e in refused.value.errors}
    assert fields == {"visitor_name", "visitor_phone", "category", "content", "consent"}
    no_phone = SubmissionInput(name="王五", content="路灯", consent=True)
    with pytest.raises(ValidationError, match="电话"):
        services.intake.checked(no_phone)


def test_accepting_registers_a_request_from_acceptance_with_the_household(services):
    home = services.households.create(
        HouseholdInput(head_name="赵大", phone="13812345678", village="东关村")
    )
    _receive(services, at=datetime(2026, 2, 20, 2, tzinfo=UTC))
    [row] = services.intake.pending()
    request = services.intake.accept(row.id, version=row.version, at=MONDAY)
    assert request.status == RequestStatus.REGISTERED and request.channel == RequestChannel.QR
    assert request.registered_at == MONDAY
    assert request.assign_due == date(2026, 3, 4)  # two working days from acceptance
    with services.db.session() as s:
        visitor = s.get(Request, request.id).visitor
        assert (visitor.name, visitor.household_id) == ("赵𠮷", home.id)  # a family member
    assert services.intake.pending() == []
    assert services.intake.get(row.id).status == IntakeStatus.ACCEPTED
    with pytest.raises(StudioError, match="已受理"):
        services.intake.accept(row.id)


def test_merging_and_rejecting(services):
    open_one = services.requests.register(
        RequestInput(content="村口路灯坏了", visitor_name="钱一", category="交通")
    )
    _receive(services)
    _receive(services, SubmissionInput(name="孙二", phone="13900001111", content="广场舞太吵",
                                       consent=True))  # fmt: skip
    first, second = services.intake.pending()
    merged = services.intake.accept(first.id, merge_into=open_one.id)
    assert merged.status == RequestStatus.MERGED and merged.merged_into_id == open_one.id
    with pytest.raises(ValidationError, match="类别"):  # none chosen on the phone nor at the desk
        services.intake.accept(second.id)
    with pytest.raises(ValidationError):
        services.intake.reject(second.id, " ")
    services.intake.reject(second.id, "不属于工作室受理范围")
    assert services.intake.get(second.id).status == IntakeStatus.REJECTED
    assert services.intake.pending() == []
    intake = [(e.action, e.target, e.detail) for e in services.audit.list(limit=None)
              if e.action in (AuditAction.INTAKE, AuditAction.INTAKE_DECIDED)]  # fmt: skip
    assert (AuditAction.INTAKE_DECIDED, f"扫码提交 {first.receipt}",
            f"合并到诉求 {open_one.number}") in intake  # fmt: skip
    assert (AuditAction.INTAKE_DECIDED, f"扫码提交 {second.receipt}", "不予受理") in intake
    assert not any("13812345678" in t + d for _a, t, d in intake)  # no phone in the log


def test_retention_forgets_rejected_and_anonymised_submissions(services):
    _receive(services, at=datetime(2019, 5, 6, 2, tzinfo=UTC))
    [old] = services.intake.pending()
    services.intake.reject(old.id, "重复", at=datetime(2019, 5, 7, 2, tzinfo=UTC))
    _receive(services)
    [waiting] = services.intake.pending()
    services.retention.anonymise(3, today=date(2026, 3, 2))
    with services.db.session() as s:
        gone = s.get(IntakeSubmission, old.id)
        assert (gone.name, gone.phone, gone.photo, gone.content) == (
            ANONYMISED_NAME, "", None, GOOD.content.strip()
        )  # fmt: skip
        assert s.get(IntakeSubmission, waiting.id).phone == "13812345678"  # never unseen


def test_the_standing_poster_can_be_revoked(services):
    assert services.intake.standing() is None
    standing = services.intake.set_standing("192.168.1.10", 8080)
    assert len(standing.token) >= 22 and standing.url.startswith("http://192.168.1.10:8080/")
    assert services.intake.standing_valid(standing.token)
    services.intake.revoke_standing()
    assert not services.intake.standing_valid(standing.token)
    assert services.intake.standing().token == ""


# ---- the session's rules (in memory) --------------------------------------------------------
def test_tokens_csrf_and_pin():
    run = IntakeSession(None, "127.0.0.1", 8080, pin="0427")
    other = IntakeSession(None, "127.0.0.1", 8080)
    assert len(run.token) >= 22 and run.token != other.token  # ≥128 bits, new at each start
    assert run.admits(run.token) is True and run.admits(other.token) is None
    csrf = run.csrf_token()
    with pytest.raises(IntakeRefusal, match="过期"):
        other.use_csrf(csrf)  # another run's form
    run.use_csrf(csrf)
    with pytest.raises(IntakeRefusal, match="提交过"):
        run.use_csrf(csrf)
    with pytest.raises(IntakeRefusal, match="过期"):
        run.use_csrf(run.csrf_token(now=time.time() - 3 * 3600))
    with pytest.raises(IntakeRefusal) as wrong:
        run.check_pin("1234")
    assert wrong.value.status == 403
    run.check_pin("0427")


def test_rates_per_address_and_phone():
    run = IntakeSession(None, "127.0.0.1", 8080)
    for _ in range(ADDRESS_LIMIT):
        run.take_post("192.168.1.20")
    with pytest.raises(IntakeRefusal) as flood:
        run.take_post("192.168.1.20")
    assert flood.value.status == 429
    run.take_post("192.168.1.21")  # another phone on the network
    for _ in range(PHONE_LIMIT):
        run.take_phone("13812345678")
    with pytest.raises(IntakeRefusal):
        run.take_phone("13812345678")
    assert run.received == PHONE_LIMIT


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (3000, 2000), (120, 160, 90))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (36.0, 3.0, 0.0), 3: "E", 4: (103.0, 50.0, 0.0)}  # GPS IFD
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_the_photo_loses_its_location_and_size():
    raw = _jpeg_with_gps()
    assert Image.open(io.BytesIO(raw)).getexif().get_ifd(0x8825)  # the phone's GPS is there
    cleaned = Image.open(io.BytesIO(clean_photo(raw)))
    assert max(cleaned.size) == 1600 and not cleaned.getexif()
    heic = b"\0\0\0\x18ftypheic" + b"\0" * 100
    with pytest.raises(IntakeRefusal, match="HEIC") as refused:
        clean_photo(heic)
    assert refused.value.status == 415
    with pytest.raises(IntakeRefusal, match="无法识别"):
        clean_photo(b"not a photo")
