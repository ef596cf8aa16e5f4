"""A chart as plain data: named series of values over shared categories (months, kinds). The
工作台 and the member's page show it with QtCharts (ui/charts.py); the PDFs draw the same data
with reportlab (documents/pdf_charts.py), so printing a chart loads no Qt."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# The series' colours, the same on screen and on paper; they stay apart printed in grey.
COLOURS = ("#2f5d8a", "#e0a030", "#b03a2e", "#5b9a5b", "#7d5ba6", "#888888")


@dataclass(frozen=True)
class Series:
    """One series: its name (the legend's) and a value for each of the chart's categories."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartData:
    """``series`` over ``categories``: each series has one value per category, in order.
    ``unit`` says what a value counts (件, 分), for the axis."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""

    def __post_init__(self) -> None:
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(
                    f"series {s.name!r} has {len(s.values)} values for "
                    f"{len(self.categories)} categories"
                )

    @property
    def empty(self) -> bool:
        """No series, or nothing but zeros: a chart of it would show nothing."""
        return not any(v for s in self.series for v in s.values)

    @property
    def top(self) -> float:
        return max((v for s in self.series for v in s.values), default=0)

    @property
    def bottom(self) -> float:
        """The lowest value, or 0: a deduction (−5) goes below the axis."""
        return min(0, min((v for s in self.series for v in s.values), default=0))


def chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    unit: str = "",
) -> ChartData:
    """A ``ChartData`` from lists: ``series`` as (name, values) pairs."""
    return ChartData(title, tuple(categories), tuple(Series(n, tuple(v)) for n, v in series), unit)


def nice_scale(top: float, ticks: int = 5) -> tuple[float, float]:
    """The axis's top and step: whole numbers, 1-2-5 steps, about ``ticks`` of them."""
    if top <= 0:
        return 5.0, 1.0
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return math.ceil(top / step) * step, float(step)


def value_floor(data: ChartData, step: float) -> float:
    """The axis's bottom: 0, or the step below the lowest (negative) value."""
    return -math.ceil(-data.bottom / step) * step if data.bottom < 0 else 0
