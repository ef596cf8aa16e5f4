"""Small helpers every service uses to load a record and guard against stale edits."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from studio_app.base.errors import ConflictError, NotFoundError
from studio_app.base.local_times import local_minute

T = TypeVar("T")


def load(s: Session, model: type[T], record_id: uuid.UUID, missing: str) -> T:
    record = s.get(model, record_id)
    if record is None:
        raise NotFoundError(missing)
    return record


def check_version(record, expected: int | None) -> None:
    """The form was opened at ``expected``; a different version means someone saved since (None:
    a door that did not read the record first, such as a script, is not checked)."""
    if expected is not None and record.version != expected:
        raise conflict(record)


def conflict(record) -> ConflictError:
    """The refusal of a stale save, saying who saved the record last and when."""
    return ConflictError(
        who=getattr(record, "updated_by", "") or "", when=local_minute(record.updated_at)
    )
