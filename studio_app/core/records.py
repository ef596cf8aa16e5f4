"""Small helpers every service uses to load a record and guard against stale edits."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from studio_app.base.errors import ConflictError, NotFoundError

T = TypeVar("T")


def load(s: Session, model: type[T], record_id: uuid.UUID, missing: str) -> T:
    record = s.get(model, record_id)
    if record is None:
        raise NotFoundError(missing)
    return record


def check_version(record, expected: int) -> None:
    """The form was opened at ``expected``; a different version means someone saved since."""
    if record.version != expected:
        raise ConflictError()
