"""全县概览 against counts worked out by hand: three studios, March 2026 and the year to 31 March.

March 2026 has no holidays; a request's 交办 is due 2 working days after it was registered, its
answer 7, the call back 5 after the answer (as in test_request_figures)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from studio_app.base.enums import AuditAction, Role, Satisfaction
from studio_app.core.access import PermissionDeniedError
from studio_app.core.members import MemberInput
from studio_app.core.request_figures import Rate
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg

D = date.fromisoformat
TODAY = D("2026-03-31")


def L(day: str, hour: int = 9) -> datetime:
    return datetime.combine(D(day), time(hour)).astimezone()


@pytest.fixture
def county(services):
    """城关 (A): a1 closed, a2 never assigned, a3 (January) assigned and not answered;
    河西 (B): b1 closed, b2 the same visitor, answered and not called back, one day held in
    March and one in January; 山南 (C): nothing but a cancelled day."""
    rq, days = services.requests, services.reception_days
    a, b, c = (services.studios.create(StudioInput(name=n)) for n in ("城关", "河西", "山南"))

    def register(studio, day, name, phone="", category="交通"):
        data = RequestInput(content=f"{category}方面的诉求", category=category,
                            visitor_name=name, visitor_phone=phone, studio_id=studio.id)  # fmt: skip
        return rq.register(data, at=L(day)).id

    services.use_studio(a.id)
    wang = services.members.create(MemberInput(name="王䶮", studio_id=a.id)).id
    a1 = register(a, "2026-03-02", "张三")
    rq.assign(a1, assignee_id=wang, handling_unit="县交通局", at=L("2026-03-04", 17))
    rq.answer(a1, "已答复", at=L("2026-03-12", 15))  # due 3/11: late
    rq.return_visit(a1, Satisfaction.SATISFIED, at=L("2026-03-13", 16))
    a2 = register(a, "2026-03-06", "李四", category="医疗")  # 交办 due 3/10: overdue
    a3 = register(a, "2026-01-05", "王五", category="教育")
    rq.assign(a3, assignee_id=wang, handling_unit="县教育局", at=L("2026-01-06"))  # answer due 1/14

    services.use_studio(b.id)
    b1 = register(b, "2026-03-03", "赵六", "13800000006")
    rq.assign(b1, handling_unit="县住建局", at=L("2026-03-05"))
    rq.answer(b1, "已答复", at=L("2026-03-10"))
    rq.return_visit(b1, Satisfaction.BASICALLY, at=L("2026-03-11"))
    b2 = register(b, "2026-03-09", "赵六", "13800000006")  # the same visitor
    rq.assign(b2, handling_unit="县住建局", at=L("2026-03-12"))  # due 3/11: late
    rq.answer(b2, "已答复", at=L("2026-03-13"))  # call back due 3/20: overdue
    days.mark_held(days.add_day(b.id, D("2026-03-16")).id)
    days.mark_held(days.add_day(b.id, D("2026-01-15")).id)

    services.use_studio(c.id)
    days.cancel(days.add_day(c.id, D("2026-03-20")).id, "暴雨")
    services.use_studio(None)
    return {"a": a, "b": b, "c": c, "a2": a2, "a3": a3, "b2": b2}


def _row(f):
    return (f.name, f.reception_days_held, f.visitors, f.requests, f.overdue,
            *(f.rates[k] for k in ("assign_on_time", "answer_on_time", "return_visit",
                                   "satisfaction", "first_time_resolution")))  # fmt: skip


def test_each_studio_and_the_county_this_month_and_this_year(services, county):
    overview = services.county.overview(TODAY)
    month, year = overview.month, overview.year
    assert (month.start, month.end, year.start) == (D("2026-03-01"), TODAY, D("2026-01-01"))
    R = Rate
    assert [_row(f) for f in month.studios] == [
        ("城关", 0, 2, 2, 1, R(1, 2), R(0, 2), R(1, 1), R(1, 1), R(1, 1)),
        ("河西", 1, 1, 2, 1, R(1, 2), R(2, 2), R(1, 2), R(1, 1), R(1, 1)),
        ("山南", 0, 0, 0, 0, R(0, 0), R(0, 0), R(0, 0), R(0, 0), R(0, 0)),
    ]
    assert _row(month.total) == (
        "全县合计",
        1,
        3,
        4,
        2,
        R(2, 4),
        R(2, 4),
        R(2, 3),
        R(2, 2),
        R(2, 2),
    )
    assert [_row(f) for f in year.studios][:2] == [
        ("城关", 0, 3, 3, 2, R(2, 3), R(0, 3), R(1, 1), R(1, 1), R(1, 1)),
        ("河西", 2, 1, 2, 1, R(1, 2), R(2, 2), R(1, 2), R(1, 1), R(1, 1)),
    ]
    assert _row(year.total) == ("全县合计", 2, 4, 5, 3, R(3, 5), R(2, 5), R(2, 3), R(2, 2), R(2, 2))
    json = overview.to_json()
    assert json["year"]["total"]["rates"]["assign_on_time"] == {
        "value": 0.6, "numerator": 3, "denominator": 5
    }  # fmt: skip
    assert [s["name"] for s in json["month"]["studios"]] == ["城关", "河西", "山南"]


def test_the_same_rates_as_each_studios_own_figures(services, county):
    """The overview counts what the studio's 工作台 figures count, studio by studio."""
    year = services.county.period(D("2026-01-01"), TODAY, TODAY)
    for studio in (county["a"], county["b"]):
        own = services.figures.figures(D("2026-01-01"), TODAY, studio_id=studio.id, today=TODAY)
        row = next(f for f in year.studios if f.studio_id == studio.id)
        assert row.rates == own.rates()
        assert (row.requests, row.visitors, row.reception_days_held) == (
            own.visits,
            own.visitors,
            own.reception_days_held,
        )


def test_the_overdue_requests_of_every_studio_whichever_studio_is_chosen(services, county):
    services.use_studio(county["c"].id)  # the overview is the county's, not the chosen studio's
    rows = services.county.overdue(TODAY)
    january = services.calendar.calendar().workdays_between(D("2026-01-14"), TODAY)
    assert [(r.request_id, r.studio, r.category, r.stage, r.deadline, r.days_late, r.assignee,
             r.unit) for r in rows] == [
        (county["a3"], "城关", "教育", "答复", D("2026-01-14"), january, "王䶮", "县教育局"),
        (county["a2"], "城关", "医疗", "交办", D("2026-03-10"), 15, "", ""),
        (county["b2"], "河西", "交通", "回访", D("2026-03-20"), 7, "", "县住建局"),
    ]  # fmt: skip
    assert january > 40
    assert "13800000006" not in str([r.to_json() for r in rows])


def test_only_the_county_office_sees_it_and_a_refusal_is_logged(services, county):
    admin = services.access.create_first_admin(
        "county", "县管理", "county-pass-2026", role=Role.COUNTY_ADMIN
    )
    services.access.add_user(admin, "hexi", "河西联络员", Role.ADMIN, "hexi-pass-2026",
                             studio_id=county["b"].id)  # fmt: skip
    services.current_user = services.access.login("hexi", "hexi-pass-2026")
    with pytest.raises(PermissionDeniedError):
        services.county.overview(TODAY)
    with pytest.raises(PermissionDeniedError):
        services.county.overdue(TODAY)
    services.current_user = services.access.login("county", "county-pass-2026")
    assert services.county.overview(TODAY).year.total.requests == 5
    refused = services.audit.list(action=AuditAction.REFUSED)
    assert [e.username for e in refused] == ["hexi", "hexi"]
    assert "全县概览" in refused[0].detail


def test_one_ranking_of_every_studios_members_with_their_studios(services, county):
    from studio_app.base.enums import ActivityKind
    from studio_app.core.activities import ActivityInput
    from studio_app.core.models import StudioMembership

    a, b = county["a"], county["b"]
    li = services.members.create(MemberInput(name="李堃", studio_id=b.id)).id
    zhao = services.members.create(MemberInput(name="赵敏", studio_id=a.id)).id
    with services.db.session() as s:  # 赵敏 is in 河西 too
        s.add(StudioMembership(studio_id=b.id, member_id=zhao))
    wang = next(m for m, _n in services.members.choices() if _n == "王䶮")
    services.activities.add(ActivityInput(wang, ActivityKind.PLENARY, D("2026-01-13"), "attended"))
    services.activities.add(ActivityInput(zhao, ActivityKind.STANDING, D("2026-03-20"), "absent"))
    services.use_studio(b.id)  # the county's ranking, whichever studio is chosen
    ranking = services.county.ranking(2026)
    assert [(r.points.name, r.points.score.total, r.studios) for r in ranking.rows] == [
        ("王䶮", 150, ("城关",)),
        ("李堃", 100, ("河西",)),
        ("赵敏", 95, ("城关", "河西")),
    ]
    assert ranking.rows[1].points.member_id == li
    own = services.points.ranking(2026)  # 河西's own: its two members, the same points
    assert [(r.name, r.score.total) for r in own.rows] == [("李堃", 100), ("赵敏", 95)]


def test_printed_and_exported_as_the_page_shows_it(services, county, tmp_path):
    import re
    from io import BytesIO

    import openpyxl
    from pypdf import PdfReader

    from studio_app.core import county_print

    year = services.county.overview(TODAY).year
    doc = county_print.overview_pdf(services, year)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(BytesIO(doc.data)).pages))
    for part in ("全县概览", "城关", "山南", "全县合计", "60.0%（3/5）", "全县超期诉求（3件",
                 "超期环节", "县教育局"):  # fmt: skip
        assert part in text, part
    assert "13800000006" not in text

    path = tmp_path / "overview.xlsx"
    assert county_print.export_overview(services, path, year) == 4  # three studios, the total
    sheet = openpyxl.load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows[0][:6] == ["工作室", "接待日次数", "来访人数", "诉求件数", "超期件数", "交办及时率"]
    assert rows[-1][:6] == ["全县合计", "2", "4", "5", "3", "60.0%（3/5）"]
    late = tmp_path / "overdue.xlsx"
    assert county_print.export_overdue(services, late, services.county.overdue(TODAY)) == 3
    exported = services.audit.list(action=AuditAction.EXPORT)
    assert [e.target for e in exported] == [
        "全县超期诉求", "全县概览（2026-01-01 至 2026-03-31）"
    ]  # fmt: skip
    assert exported[0].detail == "3 条"
