"""Counts of every entity, for ``studio-app info`` and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select

from studio_app.core import models as m
from studio_app.core.linkage import link_in_force
from studio_app.core.models import COUNTED
from studio_app.core.unit_of_work import SessionSource


def entity_counts(db: SessionSource) -> dict[str, dict[str, int]]:
    """Per entity: ``total`` rows and ``active`` (not archived; links also not ended)."""
    counts: dict[str, dict[str, int]] = {}
    with db.session() as s:
        for name, model in COUNTED.items():
            total = s.scalar(select(func.count()).select_from(model)) or 0
            active_where = [model.archived_at.is_(None)]
            if model is m.Linkage:
                active_where = list(link_in_force())
            active = s.scalar(select(func.count()).select_from(model).where(*active_where)) or 0
            counts[name] = {"total": total, "active": active}
        counts["request_events"] = {
            "total": s.scalar(select(func.count()).select_from(m.RequestEvent)) or 0
        }
    return counts
