"""Rows as the field package moves them: whole table rows (every column, ids and versions
kept), read with SQLAlchemy Core so no studio filter or ORM hook changes them, and their values
as JSON for the conflict list."""

from __future__ import annotations

import base64
import enum
import json
import uuid
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Column, Connection, Table, select

from studio_app.core.models import Base

Row = dict[str, Any]
Key = tuple[Any, ...]
CHUNK = 500  # ids per IN (…): well under SQLite's and PostgreSQL's limits

# Never packed nor merged: the package's own bookkeeping, the office's users (their hashes go
# out so the laptop can sign in; nothing done to logins there comes back).
NOT_MOVED = frozenset({"field_package", "field_conflict", "alembic_version"})
# Kept by the program, not typed by anyone: not compared (the flush recomputes them).
DERIVED = frozenset({"search_text", "search_tokens", "sort_key"})
# Bookkeeping of every record: not fields anyone changes.
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "updated_by"})


def tables() -> dict[str, Table]:
    return dict(Base.metadata.tables)


def key_of(table: Table, row: Row) -> Key:
    return tuple(row[c.name] for c in table.primary_key.columns)


def read(connection: Connection, table: Table, where=None) -> list[Row]:
    stmt = select(table) if where is None else select(table).where(where)
    return [dict(r._mapping) for r in connection.execute(stmt)]


def read_ids(
    connection: Connection, table: Table, column: Column, ids: Iterable[Any]
) -> Iterator[Row]:
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield from read(connection, table, column.in_(ids[start : start + CHUNK]))


def to_json(value: Any) -> Any:
    """A stored value as JSON (decoded again by ``from_json`` with its column)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value


def from_json(column: Column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    enum_class = getattr(kind, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    try:
        python = kind.python_type
    except NotImplementedError:
        return value
    if python is uuid.UUID:
        return uuid.UUID(value)
    if python is datetime:
        return datetime.fromisoformat(value)
    if python is date:
        return date.fromisoformat(value)
    if python is time:
        return time.fromisoformat(value)
    if python is bytes:
        return base64.b64decode(value)
    return value


def row_json(row: Row) -> str:
    return json.dumps({k: to_json(v) for k, v in row.items()}, ensure_ascii=False)


def row_from_json(table: Table, text: str) -> Row:
    data = json.loads(text)
    return {c.name: from_json(c, data[c.name]) for c in table.columns if c.name in data}


def key_json(key: Key) -> str:
    return json.dumps([to_json(v) for v in key], ensure_ascii=False)


def key_from_json(table: Table, text: str) -> Key:
    return tuple(from_json(c, v) for c, v in zip(table.primary_key.columns, json.loads(text),
                                                   strict=True))  # fmt: skip
