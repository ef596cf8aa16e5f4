"""What the field package's modules share: its states, its refusal and its reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from studio_app.base.errors import StudioError

SQLITE_HEADER = b"SQLite format 3\x00"
OUT, IMPORTED, CANCELLED, OPENED, RETURNED = "out", "imported", "cancelled", "opened", "returned"


class FieldError(StudioError):
    """A field package act refused: the reason and what to do, in Chinese; nothing changed."""


@dataclass(frozen=True)
class PackageInfo:
    id: uuid.UUID
    studio_name: str
    made_at: datetime
    made_by: str
    schema_revision: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class CheckInSummary:
    """What a check-in did (or, dry, would do)."""

    package_id: uuid.UUID
    studio_name: str
    inserted: int = 0  # new records
    updated: int = 0  # records merged field by field
    steps: int = 0  # request steps replayed through the workflow
    renumbered: list[tuple[str, str]] = field(default_factory=list)  # (provisional, final)
    appended: int = 0  # audit entries added
    conflicts: int = 0  # records waiting in the conflict list
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"package": str(self.package_id), "studio": self.studio_name,
                "inserted": self.inserted, "updated": self.updated, "steps": self.steps,
                "renumbered": [list(p) for p in self.renumbered], "appended": self.appended,
                "conflicts": self.conflicts, "dry_run": self.dry_run}  # fmt: skip
