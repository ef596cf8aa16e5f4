"""全县概览 in the window: for the county office's roles, over three studios of the bench's
county; sortable tables with the county's totals last, the chart, the overdue list, the
county's ranking, print and export."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from studio_app.base.enums import Role
from studio_app.bench.county import synthetic_county
from studio_app.bench.county_requests import synthetic_requests
from studio_app.ui.main_window import MainWindow


@pytest.fixture
def county(services):
    synthetic_county(services, members=120, households=300, seed=1)  # three studios
    synthetic_requests(services, requests=600, seed=1)
    admin = services.access.create_first_admin(
        "county", "县管理", "county-pass-2026", role=Role.COUNTY_ADMIN
    )
    services.current_user = admin
    return services.studios.list()


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_county_office_sees_every_studio_sorts_and_exports(
    qtbot, services, county, wait_background, answers, tmp_path
):
    window = _window(qtbot, services)
    assert window.nav.item(10).text() == "全县概览"
    window.nav.setCurrentRow(10)
    page = window.county_page
    wait_background()
    year = services.county.overview().year
    names = _column(page.studios, 0)
    assert names == [f.name for f in year.studios] + ["全县合计"]  # the service's order
    assert sorted(names[:-1]) == sorted(s.name for s in county)
    assert _column(page.studios, 3)[-1] == str(year.total.requests)
    assert page.chart.point_counts() == [3, 3]

    page.studio_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # 诉求件数, most first
    counts = [int(n) for n in _column(page.studios, 3)]
    assert counts[:3] == sorted(counts[:3], reverse=True)
    assert _column(page.studios, 0)[-1] == "全县合计"  # stays last
    page.studio_view.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # 交办及时率
    rates = [page.studios.row_at(r).rates["assign_on_time"].value for r in range(3)]
    assert rates == sorted(rates)

    page.studio_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert _column(page.studios, 0)[:-1] == [f.name for f in year.studios]  # unsorted again
    page.period.setCurrentIndex(0)  # 本月
    assert _column(page.studios, 3)[-1] == str(services.county.overview().month.total.requests)

    rows = services.county.overdue()
    assert page.late.rowCount() == min(len(rows), 200) and rows
    assert page.tabs.tabText(1) == f"全县超期诉求（{len(rows)} 件）"

    page.tabs.setCurrentIndex(2)
    assert not page.period.isEnabled()  # the ranking is by year, not by this period
    wait_background()
    assert page.members.rowCount() == min(200, len(page.ranking.rows)) > 0
    assert page.members.index(0, 0).data() == "1"

    answers.save_path = tmp_path / "ranking.xlsx"
    window._export_list()  # 文件 → 导出当前列表 on the ranking's tab
    sheet = openpyxl.load_workbook(answers.save_path).active
    assert sheet.cell(2, 4).value == "所在工作室"
    assert answers.texts("info")[-1].startswith("已导出")


def test_a_studio_user_has_no_county_page(qtbot, services, county):
    admin = services.current_user
    services.access.add_user(admin, "lianluo", "", Role.COORDINATOR, "lianluo-2026",
                             studio_id=county[0].id)  # fmt: skip
    services.current_user = services.access.login("lianluo", "lianluo-2026")
    window = _window(qtbot, services)
    assert window.nav.count() == 10
    assert "全县概览" not in [window.nav.item(i).text() for i in range(window.nav.count())]
