"""What a table page shows first: the first rows and how many there are in all.

While a search is typed, counting every match of a common character (村, 王) would cost more
than showing the rows, so the total is counted only up to ``COUNT_CAP`` (shown as "1000+").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import Select, type_coerce
from sqlalchemy.types import NullType

Row = TypeVar("Row")

COUNT_CAP = 1000
PAGE_SIZE = 100  # rows fetched at a time: a screen shows ~30, and each keystroke loads one page


@dataclass(frozen=True)
class ListHead(Generic[Row]):
    rows: list[Row]
    total: int  # exact when ``exact``, else at least COUNT_CAP
    exact: bool = True


def raw_ids(stmt: Select) -> Select:
    """``stmt`` (a select of one id column) returning the ids as the database gives them: a
    capped count reads up to COUNT_CAP + 1 ids, and turning each into a UUID would cost more
    than the query. ``as_uuids`` turns the page's few into UUIDs."""
    (column,) = stmt.selected_columns
    return stmt.with_only_columns(type_coerce(column, NullType()), maintain_column_froms=True)


def as_uuids(values: list) -> list[uuid.UUID]:
    """Ids from ``raw_ids``: 32 hex digits on SQLite, UUIDs already from PostgreSQL's driver."""
    return [v if isinstance(v, uuid.UUID) else uuid.UUID(v) for v in values]
