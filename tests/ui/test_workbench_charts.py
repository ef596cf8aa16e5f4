"""The 工作台's charts: counted off the GUI thread after the lists, shown with QtCharts (three
series over twelve months, one over the categories), and printed as a PDF with the figures."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.pdf_preview import PdfPreviewDialog
from studio_app.ui.workbench_page import WorkbenchPage


def _register(services, category: str, days_ago: int = 0):
    day = date.today() - timedelta(days=days_ago)
    at = datetime.combine(day, datetime.min.time().replace(hour=9)).astimezone()
    return services.requests.register(
        RequestInput(content=f"{category}方面的诉求", category=category, visitor_name="张三"),
        today=day, at=at,
    )  # fmt: skip


def test_the_charts_show_the_last_twelve_months_and_this_years_categories(
    qtbot, services, studio, wait_background, monkeypatch
):
    for category in ("交通", "交通", "医疗"):
        _register(services, category)
    threads, charts = [], services.request_charts.charts

    def traced(*args, **kw):
        threads.append(threading.current_thread())
        return charts(*args, **kw)

    monkeypatch.setattr(services.request_charts, "charts", traced)
    page = WorkbenchPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    assert page.month_chart is None  # QtCharts views are made when the data arrives
    wait_background()
    assert threads and threading.main_thread() not in threads
    month, category = page.month_chart, page.category_chart
    assert page.chart_tabs.widget(0) is month and page.chart_tabs.widget(1) is category
    assert month.series_count() == 3 and month.point_counts() == [12, 12, 12]
    assert category.series_count() == 1 and category.point_counts() == [2]
    registered = month.chart().series()[0].barSets()[0]
    assert registered.label() == "登记" and registered.at(11) == 3  # this month, the last
    assert f"{date.today().month}月" == list(month.chart().axes()[0].categories())[-1]
    assert "逾期：答复期限在当月" in month.toolTip()
    assert page.chart_tabs.tabToolTip(0).startswith("诉求按月统计（")
    _register(services, "教育")
    page.refresh()
    wait_background()
    assert page.month_chart is month and category.point_counts() == [3]


def test_printing_the_figures_and_charts(qtbot, services, studio, wait_background, when_modal,
                                         answers, tmp_path):  # fmt: skip
    _register(services, "交通")
    page = WorkbenchPage(services)
    qtbot.addWidget(page)
    page.show()
    wait_background()
    answers.save_path = tmp_path / "工作成效.pdf"
    seen = when_modal(PdfPreviewDialog, lambda d: (d.save_as(), d.reject()))
    page.print_button.click()
    wait_background()
    qtbot.waitUntil(lambda: bool(seen) and answers.save_path.exists(), timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(answers.save_path).pages)
    text = "".join(text.split())
    today = date.today()
    assert (
        "工作成效统计" in text
        and f"{today.replace(day=1).isoformat()}至{today.isoformat()}" in text
    )
    assert "登记办结逾期" in text and "交通" in text and f"{today.month}月" in text
