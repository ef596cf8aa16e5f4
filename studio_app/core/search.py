"""Text search over members and households.

FTS5 trigram cannot find 1–2 character Chinese terms on SQLite 3.40, so each searchable record
keeps a lower-cased ``search_text`` (name, phone, village …) kept current on every flush, and a
query is a ``LIKE '%term%'`` over it, which works the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re

from sqlalchemy import and_, event
from sqlalchemy.orm import Session

from studio_app.core.models import Household, Member
from studio_app.core.validation import clean_text, to_half_width


def query_terms(text: str) -> list[str]:
    """Terms of a search box: split on spaces, half-width, lower-case; phones without dashes."""
    terms = to_half_width(clean_text(text)).lower().split()
    return [re.sub(r"(?<=\d)-(?=\d)", "", t) for t in terms]


def matches(column, text: str):
    """A condition: every term of ``text`` occurs in ``column``."""
    terms = query_terms(text)
    return and_(*(column.contains(t, autoescape=True) for t in terms)) if terms else None


def _joined(*parts: str | None) -> str:
    return "\u241f".join(p for p in parts if p).lower()  # a separator no one types


def _phone_digits(phone: str | None) -> str:
    # Column defaults are applied at INSERT, after this runs: a new record may still hold None.
    return (phone or "").replace("-", "")


def member_search_text(m: Member) -> str:
    return _joined(
        m.name, _phone_digits(m.phone), m.sector, m.committee, m.work_unit, m.specialties
    )


def household_search_text(h: Household) -> str:
    return _joined(
        h.head_name, _phone_digits(h.phone), h.village, h.group_name, h.address, *h.tag_names
    )


@event.listens_for(Session, "before_flush")
def _refresh_search_text(session: Session, _context, _instances) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Member):
            obj.search_text = member_search_text(obj)
        elif isinstance(obj, Household):
            obj.search_text = household_search_text(obj)
