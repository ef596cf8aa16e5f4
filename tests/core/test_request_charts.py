"""The 工作台's charts counted in the database against a hand count: requests registered,
closed and late per month over twelve months, and by category over a year.

March 2026 has no holidays: an answer is due seven working days after registration."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from studio_app.base.enums import Satisfaction
from studio_app.core.request_charts import twelve_months
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # counted by SQL: on PostgreSQL too

D = date.fromisoformat
TODAY = D("2026-03-31")


def L(day: str, hour: int = 9) -> datetime:
    return datetime.combine(D(day), time(hour)).astimezone()


@pytest.fixture
def requests(services):
    rq = services.requests
    a = services.studios.create(StudioInput(name="城关镇委员工作室")).id
    b = services.studios.create(StudioInput(name="河湾乡委员工作室")).id

    def register(day, category, studio=a):
        data = RequestInput(content=f"{category}方面的诉求", category=category,
                            visitor_name="张三", studio_id=studio)  # fmt: skip
        return rq.register(data, at=L(day)).id

    def loop(r, assigned, answered, *visits):
        rq.assign(r, handling_unit="县交通局", at=L(assigned, 17))
        rq.answer(r, "已答复", at=L(answered, 15))
        for day, satisfaction in visits:
            rq.return_visit(r, satisfaction, at=L(day, 16))

    # registered before the twelve months; answer due 4/9 (清明), on time; closed in April 2025
    loop(register("2025-03-28", "其他"), "2025-03-31", "2025-04-01",
         ("2025-04-10", Satisfaction.SATISFIED))  # fmt: skip
    # December: answer due 12/10, answered 12/15: late in December
    loop(register("2025-12-01", "交通"), "2025-12-02", "2025-12-15")
    # January: reopened after an unsatisfied call back, then closed in January
    r = register("2026-01-05", "交通")
    loop(r, "2026-01-06", "2026-01-07", ("2026-01-08", Satisfaction.UNSATISFIED))
    rq.answer(r, "复查后已解决", at=L("2026-01-09", 15))
    rq.return_visit(r, Satisfaction.BASICALLY, at=L("2026-01-12", 16))
    rq.reject(register("2026-01-05", "医疗"), "不属于本工作室职责范围", at=L("2026-01-06"))
    # March: on time and closed; answered late (due 3/11); never assigned (due 3/17): late;
    # due 4/8: not late yet; another studio's, unassigned (due 3/13): late
    loop(register("2026-03-02", "交通"), "2026-03-03", "2026-03-05",
         ("2026-03-06", Satisfaction.SATISFIED))  # fmt: skip
    loop(register("2026-03-02", "交通"), "2026-03-03", "2026-03-12")
    register("2026-03-06", "医疗")
    register("2026-03-30", "教育")
    register("2026-03-04", "就业", studio=b)
    return a


def test_the_twelve_months_up_to_today(services, requests):
    charts = services.request_charts.charts(today=TODAY)
    assert charts.months == twelve_months(None, TODAY)
    assert charts.months[0] == D("2025-04-01") and charts.months[-1] == D("2026-03-01")
    m = charts.by_month
    assert m.categories == ("4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
                            "1月", "2月", "3月")  # fmt: skip
    assert [s.name for s in m.series] == ["登记", "办结", "逾期"]
    registered, closed, late = (s.values for s in m.series)
    assert registered == (0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 5)
    assert closed == (1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1)
    assert late == (0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 3)
    assert "2025年4月至2026年3月" in m.title
    c = charts.by_category
    assert (charts.year, charts.category_end) == (2026, TODAY)
    assert list(zip(c.categories, c.series[0].values, strict=True)) == [
        ("交通", 3), ("医疗", 2), ("就业", 1), ("教育", 1)]  # fmt: skip


def test_one_studio_and_a_past_year(services, requests):
    mine = services.request_charts.charts(today=TODAY, studio_id=requests)
    registered, closed, late = (s.values for s in mine.by_month.series)
    assert (registered[-1], late[-1]) == (4, 2)  # the other studio's request left out
    assert "就业" not in mine.by_category.categories
    past = services.request_charts.charts(2025, today=TODAY)
    assert past.months[0] == D("2025-01-01") and past.months[-1] == D("2025-12-01")
    assert past.by_month.categories[0] == "1月"
    registered, closed, late = (s.values for s in past.by_month.series)
    assert registered == (0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1)
    assert closed == (0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0)
    assert late == (0,) * 11 + (1,)
    assert (past.year, past.category_end) == (2025, D("2025-12-31"))
    assert dict(zip(past.by_category.categories, past.by_category.series[0].values,
                    strict=True)) == {"交通": 1, "其他": 1}  # fmt: skip


def test_many_categories_end_in_one_bar_for_the_rest(services):
    studio = services.studios.create(StudioInput(name="城关镇委员工作室")).id
    for i, category in enumerate("ABCDEFGHIJ"):
        for _ in range(10 - i):
            services.requests.register(RequestInput(content="诉求", category=f"类别{category}", visitor_name="张三",
                                                    studio_id=studio), at=L("2026-03-02"))  # fmt: skip
    c = services.request_charts.charts(today=TODAY).by_category
    assert c.categories == ("类别A", "类别B", "类别C", "类别D", "类别E", "类别F", "类别G",
                            "其他")  # fmt: skip
    assert c.series[0].values == (10, 9, 8, 7, 6, 5, 4, 3 + 2 + 1)


def test_an_empty_database_gives_empty_charts(services):
    charts = services.request_charts.charts(today=TODAY)
    assert charts.by_month.empty and len(charts.by_month.series) == 3
    assert charts.by_category.categories == () and charts.by_category.empty
