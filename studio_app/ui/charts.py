"""Charts on screen (QtCharts) from the plain ``ChartData`` the PDFs draw too: a bar chart of
several series over categories (months), and horizontal bars of values by category (points by
kind). A page sets new data on the same widget; nothing here computes a figure."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio_app.documents.chart_data import COLOURS, ChartData, nice_scale, value_floor


class _BarChart(QChartView):
    """The view both charts share: the title, the legend (several series only), an axis of
    whole numbers from 0 and "暂无数据" over an empty chart."""

    horizontal = False

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(chart)
        self.data: ChartData | None = None

    def set_data(self, data: ChartData) -> None:
        self.data = data
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitle(data.title + (self.tr("（暂无数据）") if data.empty else ""))
        series: QAbstractBarSeries = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        categories = list(reversed(data.categories)) if self.horizontal else list(data.categories)
        for i, s in enumerate(data.series):
            bar = QBarSet(s.name)
            bar.setColor(QColor(COLOURS[i % len(COLOURS)]))
            bar.setBorderColor(QColor(COLOURS[i % len(COLOURS)]))
            bar.append(list(reversed(s.values)) if self.horizontal else list(s.values))
            series.append(bar)
        if self.horizontal:  # the value at each bar's end: what a score is made of, exactly
            series.setLabelsVisible(True)
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsFormat("@value")
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(categories)
        values = QValueAxis()
        top, step = nice_scale(data.top)
        floor = value_floor(data, step)
        values.setRange(floor, top)
        values.setTickCount(int((top - floor) / step) + 1)
        values.setLabelFormat("%d" if float(step).is_integer() else "%.1f")
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        names.setLabelsFont(small)
        values.setLabelsFont(small)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if self.horizontal
                      else Qt.AlignmentFlag.AlignBottom)  # fmt: skip
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if self.horizontal
                      else Qt.AlignmentFlag.AlignLeft)  # fmt: skip
        series.attachAxis(names)
        series.attachAxis(values)
        chart.legend().setVisible(len(data.series) > 1)

    def series_count(self) -> int:
        """How many series the chart shows (the tests count them)."""
        return sum(s.count() for s in self.chart().series())  # type: ignore[attr-defined]

    def point_counts(self) -> list[int]:
        """Each series' number of values, in order."""
        return [bar.count() for s in self.chart().series() for bar in s.barSets()]  # type: ignore[attr-defined]


class BarChart(_BarChart):
    """Vertical bars: one group per category (a month), one bar per series."""


class HBarChart(_BarChart):
    """Horizontal bars of values by category, the first category at the top."""

    horizontal = True
