"""What a table page shows first: the first rows and how many there are in all.

While a search is typed, counting every match of a common character (村, 王) would cost more
than showing the rows, so the total is counted only up to ``COUNT_CAP`` (shown as "1000+").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

Row = TypeVar("Row")

COUNT_CAP = 1000
PAGE_SIZE = 100  # rows fetched at a time: a screen shows ~30, and each keystroke loads one page


@dataclass(frozen=True)
class ListHead(Generic[Row]):
    rows: list[Row]
    total: int  # exact when ``exact``, else at least COUNT_CAP
    exact: bool = True
