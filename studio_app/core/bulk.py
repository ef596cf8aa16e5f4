"""Many new rows at once (imports, generated data): SQLAlchemy's bulk INSERT in batches.

Rows inserted this way skip the ORM flush, so callers set ids, timestamps and the derived search
columns themselves (``search.member_derived``/``household_derived``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import insert
from sqlalchemy.orm import Session

BATCH = 1000  # rows per statement: bounded memory for the driver's parameters


def insert_rows(s: Session, target, rows: Sequence[dict], constants: Mapping | None = None) -> None:
    """INSERT ``rows`` (all with the same keys, plus ``constants``) into a model or table."""
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        s.execute(insert(target), [row | constants for row in chunk] if constants else chunk)
