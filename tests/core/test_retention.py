"""Retention: visitors of requests that ended more than N years ago are anonymised, exactly as
previewed; open and recent matters, the requests' content and every figure stay."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from studio_app.base.enums import AuditAction, ProposalKind, RequestStatus, Role, Satisfaction
from studio_app.base.errors import ValidationError
from studio_app.core.access import PermissionDeniedError
from studio_app.core.audit import AuditService
from studio_app.core.households import HouseholdInput
from studio_app.core.models import Request, Visitor
from studio_app.core.request_list import RequestQuery
from studio_app.core.retention import (
    ANONYMISED_NAME,
    ENDED,
    RetentionSample,
    cutoff_day,
    mask_name,
)
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


TODAY = date(2026, 3, 2)
ID_NUMBER = "11010519491231002X"


def _at(day: str) -> datetime:
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, 2, tzinfo=UTC)  # 10:00 in Beijing


def _register(services, day: str, name: str, content: str, **kw):
    data = RequestInput(content=content, visitor_name=name, village=kw.pop("village", "东关村"),
                        category=kw.pop("category", "交通"), **kw)  # fmt: skip
    return services.requests.register(data, today=date.fromisoformat(day), at=_at(day))


@pytest.fixture
def history(services):
    """Requests from 2019 to 2025: which visitors a 3-year retention (cutoff 2023-03-02) takes."""
    rq = services.requests
    home = services.households.create(HouseholdInput(head_name="王䶮", village="东关村"))
    # A: closed after the whole loop in 2019, linked to a household, with an ID number: goes.
    a = _register(services, "2019-05-06", "王䶮", "村口路灯坏了", visitor_phone="13812345678",
                  household_id=home.id)  # fmt: skip
    rq.assign(a.id, handling_unit="县交通局", today=date(2019, 5, 7), at=_at("2019-05-07"))
    rq.answer(a.id, "已更换", today=date(2019, 5, 10), at=_at("2019-05-10"))
    rq.return_visit(a.id, Satisfaction.SATISFIED, today=date(2019, 5, 20), at=_at("2019-05-20"))
    with services.db.session() as s:
        s.get(Visitor, a.visitor_id).id_number = ID_NUMBER
    # B: a 2020 request rejected, but the same person came back in 2025 (still open): stays.
    b1 = _register(services, "2020-04-01", "李四", "河道有垃圾", visitor_phone="0931-8123456",
                   village="西关村", category="环境")  # fmt: skip
    # F: merged into B's request in 2020: it ended then, so F goes.
    f = _register(services, "2020-04-02", "周垚", "河边垃圾没人管", visitor_phone="13900000002",
                  category="环境")  # fmt: skip
    rq.merge(f.id, b1.id, at=_at("2020-05-01"))
    rq.reject(b1.id, "不属于本工作室受理范围", at=_at("2020-06-01"))
    b2 = _register(services, "2025-09-01", "李四", "路灯又坏了", visitor_phone="0931-8123456",
                   village="西关村")  # fmt: skip
    # C: registered in 2022, rejected only in June 2023 (after the cutoff): stays.
    c = _register(services, "2022-01-10", "赵旻", "想办养老卡", category="养老")
    rq.reject(c.id, "已告知到社保窗口办理", at=_at("2023-06-01"))
    # D: answered in 2021, never called back: not ended, stays.
    d = _register(services, "2021-03-01", "孙犇", "低保复核", category="社保")
    rq.assign(d.id, handling_unit="民政所", today=date(2021, 3, 2), at=_at("2021-03-02"))
    rq.answer(d.id, "已复核", today=date(2021, 3, 5), at=_at("2021-03-05"))
    # E: an anonymous visitor who left a phone, converted to a proposal in 2019: goes.
    e = services.requests.register(
        RequestInput(content="校车太挤", anonymous=True, visitor_phone="13700000007",
                     category="教育"), today=date(2019, 9, 1), at=_at("2019-09-01"),
    )  # fmt: skip
    services.proposals.convert_request(e.id, ProposalKind.PROPOSAL, at=_at("2019-10-08"))
    # H: rejected in 2019, closed_at lost (older data): its last event dates it, goes.
    h = _register(services, "2019-11-11", "吴昇", "噪音扰民", visitor_phone="13600000008")
    rq.reject(h.id, "已移交派出所", at=_at("2019-11-12"))
    with services.db.session() as s:
        s.get(Request, h.id).closed_at = None
    return {"a": a, "b1": b1, "b2": b2, "c": c, "d": d, "e": e, "f": f, "h": h}


def _visitor(services, request) -> Visitor:
    with services.db.session() as s:
        return s.get(Visitor, s.get(Request, request.id).visitor_id)


def _numbers(services, text: str) -> list[str]:
    rows = services.request_list.first_page(RequestQuery(text=text, include_merged=True)).rows
    return sorted(r.number for r in rows)


def _everything(services) -> list[tuple]:
    """What anonymising must not touch: every request's own facts."""
    with services.db.session() as s:
        return [
            (r.number, r.visitor_id, r.status, r.category, r.content, r.reply, r.registered_at,
             r.closed_at, r.satisfaction, r.close_reason, r.merged_into_id,
             [(e.at, e.to_status, e.note) for e in r.history])
            for r in s.scalars(select(Request).order_by(Request.number))
        ]  # fmt: skip


def test_helpers():
    assert mask_name("王䶮") == "王*" and mask_name("欧阳志远") == "欧***"
    assert mask_name("𠮷") == "𠮷*" and mask_name("") == "匿名"
    assert cutoff_day(3, TODAY) == date(2023, 3, 2)
    assert cutoff_day(1, date(2028, 2, 29)) == date(2027, 2, 28)


def test_the_preview_lists_what_will_change(services, history):
    p = services.retention.preview(3, today=TODAY)
    assert (p.years, p.cutoff, p.visitors, p.requests) == (3, date(2023, 3, 2), 4, 4)
    h = history
    assert p.sample == [  # newest first, names masked
        RetentionSample(h["f"].number, "周*", date(2020, 5, 1)),
        RetentionSample(h["h"].number, "吴*", date(2019, 11, 12)),
        RetentionSample(h["e"].number, "匿名", date(2019, 10, 8)),
        RetentionSample(h["a"].number, "王*", date(2019, 5, 20)),
    ]
    assert p.summary.startswith("2023年3月2日以前办结的诉求 4 件，涉及来访人 4 位")
    # More years keep more: with 6 only the 2019 ones go.
    six = services.retention.preview(6, today=TODAY)
    assert {s.number for s in six.sample} == {h["a"].number, h["e"].number, h["h"].number}
    assert services.retention.preview(10, today=TODAY).visitors == 0


def test_anonymise_changes_exactly_what_was_previewed(services, history):
    figures = services.figures.figures(date(2019, 1, 1), date(2026, 12, 31), today=TODAY)
    before_requests = _everything(services)
    kept = {k: _visitor(services, history[k]) for k in ("b2", "c", "d")}
    preview = services.retention.preview(3, today=TODAY)

    assert services.retention.anonymise(3, today=TODAY) == preview.visitors == 4

    for key in ("a", "e", "f", "h"):
        v = _visitor(services, history[key])
        assert (v.name, v.phone, v.id_number, v.household_id) == (ANONYMISED_NAME, "", "", None)
    assert _visitor(services, history["a"]).village == "东关村"  # figures by village stay
    assert _visitor(services, history["e"]).anonymous is True
    for key, before in kept.items():
        after = _visitor(services, history[key])
        assert (after.name, after.phone, after.village) == (before.name, before.phone,
                                                             before.village)  # fmt: skip
    assert _visitor(services, history["b1"]).name == "李四"  # B's old request: B stays too
    # The requests and every figure are unchanged.
    assert _everything(services) == before_requests
    after = services.figures.figures(date(2019, 1, 1), date(2026, 12, 31), today=TODAY)
    assert after.to_json() == figures.to_json()
    # Nothing is left to do.
    assert services.retention.preview(3, today=TODAY).visitors == 0
    assert services.retention.anonymise(3, today=TODAY) == 0


def test_anonymised_visitors_are_no_longer_found_by_search(services, history):
    h = history
    assert _numbers(services, "王䶮") == [h["a"].number]
    assert _numbers(services, "13812345678") == [h["a"].number]
    assert _numbers(services, "周垚") == [h["f"].number]
    services.retention.anonymise(3, today=TODAY)
    for gone in ("王䶮", "13812345678", "5678", "周垚", "13900000002", "吴昇", "13700000007"):
        assert _numbers(services, gone) == [], gone
    with services.db.session() as s:
        texts = list(s.scalars(select(Request.search_text)))
        tokens = " ".join(s.scalars(select(Request.search_tokens)))
    assert not any("王䶮" in t or "13812345678" in t for t in texts)
    assert "䶮" not in tokens and "138" not in tokens
    # Found as anonymised (the full-text index was refreshed too), and by content and village.
    expected = sorted(h[k].number for k in ("a", "e", "f", "h"))
    assert _numbers(services, "已匿名") == expected
    assert _numbers(services, "路灯坏了") == [h["a"].number]
    assert _numbers(services, "李四") == sorted([h["b1"].number, h["b2"].number])
    assert _numbers(services, "8123456") == sorted([h["b1"].number, h["b2"].number])


def test_the_run_is_logged_and_needs_an_administrator(services, history):
    access = services.access
    admin = access.create_first_admin("admin", "王管理", "guanli-2026")
    access.add_user(admin, "zhang", "张三", Role.COORDINATOR, "lianluo2026")
    zhang = access.login("zhang", "lianluo2026")
    services.current_user = zhang
    with pytest.raises(PermissionDeniedError, match="不能匿名化过期的来访人信息"):
        services.retention.anonymise(3, today=TODAY)
    services.current_user = None
    with pytest.raises(PermissionDeniedError):
        services.retention.anonymise(3, today=TODAY)  # login is on now: nobody may
    assert services.retention.preview(3, today=TODAY).visitors == 4  # nothing changed
    log = AuditService(services.db.database)
    refused = [(e.username, e.detail) for e in log.list(action=AuditAction.REFUSED)]
    assert refused == [("", "不能匿名化过期的来访人信息"), ("zhang", "不能匿名化过期的来访人信息")]

    services.current_user = admin
    assert services.retention.anonymise(3, today=TODAY) == 4
    event = log.list(action=AuditAction.ANONYMISE)[0]
    assert (event.username, event.target, event.detail) == (
        "admin", "来访人 4 位（诉求 4 件）", "2023年3月2日以前办结、保存超过 3 年",
    )  # fmt: skip


@pytest.mark.parametrize("years", [0, -1, 101, 2.5, True, "3"])
def test_the_number_of_years_is_checked(services, years):
    with pytest.raises(ValidationError, match="保存年限应为 1 到 100 年的整数"):
        services.retention.preview(years, today=TODAY)
    with pytest.raises(ValidationError):
        services.retention.anonymise(years, today=TODAY)


def test_statuses_that_end_a_request():
    ended = {RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.CONVERTED,
             RequestStatus.MERGED}  # fmt: skip
    assert ended == ENDED
