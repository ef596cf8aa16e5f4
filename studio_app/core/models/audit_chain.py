"""The audit log's hash chain: how an event's hash is made and how a chain is verified.

Pure functions over plain values, no database: ``core.audit`` links each new event, migration
0010 links the events recorded before it, a restore links its own event, and ``storage``
verifies the rows a query returns (``chain_breaks``). The encoding is part of the stored data
and must never change, since every stored hash depends on it:

    hash(n) = SHA-256 of the UTF-8 JSON array [seq, id, at, username, action, target, detail,
              hash(n - 1)], lower-case hex

with ``id`` as 8-4-4-4-12 lower-case hex, ``at`` in UTC as ``YYYY-MM-DDTHH:MM:SS.ffffff``,
``action`` its stored id (``login``), and ``CHAIN_START`` (64 zeros) before the first event.

What the chain proves: no event was deleted, changed, inserted or moved after the next one
was recorded. It cannot see the newest events cut off at the end, nor a whole chain written
anew with a copy of this program: only a backup or an exported log shows those.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

CHAIN_START = "0" * 64


def _id_text(value: object) -> str:
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def as_utc(value: object) -> datetime:
    """An event's time as stored (an aware or naive UTC datetime, or the text SQLite keeps) as
    an aware UTC datetime; ``ValueError`` if it is not a time."""
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _at_text(value: object) -> str:
    return as_utc(value).strftime("%Y-%m-%dT%H:%M:%S.%f")


def chain_hash(
    previous: str,
    seq: int,
    event_id: uuid.UUID | str,
    at: datetime | str,
    username: str,
    action: str,
    target: str,
    detail: str,
) -> str:
    """The hash of one event linked to ``previous`` (the hash of the event before it, or
    ``CHAIN_START``). ``ValueError`` for an id or time that cannot be read."""
    payload = [
        int(seq),
        _id_text(event_id),
        _at_text(at),
        username,
        action.value if isinstance(action, StrEnum) else action,
        target,
        detail,
        previous,
    ]
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ChainRow:
    """One stored event as a query returns it (the driver's own types are fine)."""

    seq: int | None
    id: object
    at: object
    username: str
    action: str
    target: str
    detail: str
    hash: str | None

    CHAIN_COLUMNS = "seq, id, at, username, action, target, detail, hash"  # the query's order


@dataclass(frozen=True)
class ChainBreak:
    """A place where the chain does not hold.

    Attributes:
        kind: ``missing`` (events ``first``..``last`` are not there), ``changed`` (the event
            ``row`` does not match its hash: it was edited, or the one before it was deleted,
            inserted or edited), ``repeated`` (a second event numbered ``row.seq``) or
            ``unreadable`` (an event whose number, id or time cannot be read).
        row: the event at which it shows.
        first, last: the missing numbers (``missing`` only).
    """

    kind: str
    row: ChainRow
    first: int = 0
    last: int = 0


@dataclass(frozen=True)
class ChainCheck:
    """What walking the chain found: its breaks, how many events, the last one's place."""

    breaks: list[ChainBreak]
    events: int
    head_seq: int
    head_hash: str


def chain_breaks(rows: Iterable[Sequence | ChainRow]) -> ChainCheck:
    """Walk events ordered by ``seq`` (rows in ``ChainRow.CHAIN_COLUMNS`` order): every number
    from 1 on once, each hash made from its own content and the stored hash before it. A break
    is reported where it shows; the walk goes on from the stored hash, so one edited event is
    one break, not one for every event after it."""
    breaks: list[ChainBreak] = []
    expected, previous, events = 1, CHAIN_START, 0
    for raw in rows:
        row = raw if isinstance(raw, ChainRow) else ChainRow(*raw)
        events += 1
        if not isinstance(row.seq, int):
            breaks.append(ChainBreak("unreadable", row))
            continue
        if row.seq < expected:
            breaks.append(ChainBreak("repeated", row))
            continue
        gap = row.seq > expected
        if gap:
            breaks.append(ChainBreak("missing", row, expected, row.seq - 1))
        try:
            made = chain_hash(previous, row.seq, row.id, row.at, row.username, row.action,
                              row.target, row.detail)  # fmt: skip
        except (ValueError, TypeError):
            breaks.append(ChainBreak("unreadable", row))
        else:  # after a gap the link is broken anyway: the missing event is the news
            if made != row.hash and not gap:
                breaks.append(ChainBreak("changed", row))
        previous, expected = row.hash or "", row.seq + 1
    return ChainCheck(breaks, events, expected - 1, previous if events else CHAIN_START)
