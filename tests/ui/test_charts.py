"""The charts on screen (QtCharts) show what their plain data holds: one bar set per series,
one value per category, the first category at the top of horizontal bars."""

from __future__ import annotations

from studio_app.documents.chart_data import chart
from studio_app.ui.charts import BarChart, HBarChart

MONTHS = [f"{m}月" for m in range(1, 13)]


def test_a_bar_chart_shows_each_series_over_every_month(qtbot):
    view = BarChart()
    qtbot.addWidget(view)
    view.set_data(chart("诉求（按月）", MONTHS,
                        [("登记", list(range(12))), ("办结", [1] * 12), ("逾期", [0] * 12)]))  # fmt: skip
    view.resize(700, 300)
    view.show()
    assert view.series_count() == 3
    assert view.point_counts() == [12, 12, 12]
    axis = view.chart().axes()[0]
    assert list(axis.categories()) == MONTHS
    assert view.chart().legend().isVisible()
    assert not view.grab().isNull()
    # new data replaces the old: no series or axis is left over
    view.set_data(chart("诉求（按月）", MONTHS[:3], [("登记", [1, 2, 3])]))
    assert view.series_count() == 1
    assert view.point_counts() == [3]
    assert len(view.chart().axes()) == 2
    assert not view.chart().legend().isVisible()


def test_horizontal_bars_read_top_down_with_their_values(qtbot):
    view = HBarChart()
    qtbot.addWidget(view)
    view.set_data(chart("积分构成", ["提案", "社情民意", "全会"], [("积分", [25, 7.5, 50])]))
    assert view.series_count() == 1
    bars = view.chart().series()[0].barSets()[0]
    # QtCharts draws the first category at the bottom: the data is reversed to read top-down
    assert [bars.at(i) for i in range(bars.count())] == [50, 7.5, 25]
    names = next(a for a in view.chart().axes() if hasattr(a, "categories"))
    assert list(names.categories()) == ["全会", "社情民意", "提案"]
    assert view.chart().series()[0].isLabelsVisible()


def test_an_empty_chart_says_so(qtbot):
    view = BarChart()
    qtbot.addWidget(view)
    view.set_data(chart("诉求（按月）", MONTHS, [("登记", [0] * 12)]))
    assert "暂无数据" in view.chart().title()
    assert view.point_counts() == [12]
