"""half-width search text

The search box has always turned full-width letters, digits and marks into half-width
(１３８ → 138, ！ → !) and dropped a dash between digits (0931-8123456) before looking, but the
stored ``search_text`` kept both, so a member named "张！", a request mentioning "ＡＢＣ公司" or
an address "幸福路3-2号" searched as typed could not be found. ``search_text`` is now stored
the same way (core/search.py ``normalised``); this revision rewrites the rows stored before.
Converting the stored text gives exactly what deriving it again would (it is the same fields,
lower-cased, joined): no other column is read.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 19:20:00
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000
# As core/validation.py's to_half_width (kept here: a migration does not change with the code).
HALF_WIDTH = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
)
DIGIT_DASH = re.compile(r"(?<=\d)-(?=\d)")


def _normalised(text: str) -> str:
    return DIGIT_DASH.sub("", text.translate(HALF_WIDTH).lower())


def _rewrite(bind, table: str) -> None:
    first = sa.text(f"SELECT id, search_text FROM {table} ORDER BY id LIMIT {BATCH}")
    after = sa.text(
        f"SELECT id, search_text FROM {table} WHERE id > :last ORDER BY id LIMIT {BATCH}"
    )
    update = sa.text(f"UPDATE {table} SET search_text = :text WHERE id = :id")
    rows = bind.execute(first).all()
    while rows:
        changed = [
            {"id": row_id, "text": _normalised(text)}
            for row_id, text in rows
            if text and _normalised(text) != text
        ]
        if changed:
            bind.execute(update, changed)
        rows = bind.execute(after, {"last": rows[-1][0]}).all()


def upgrade() -> None:
    bind = op.get_bind()
    for table in ("member", "household", "request"):
        _rewrite(bind, table)


def downgrade() -> None:
    pass  # half-width text is found by the older program's searches as well
