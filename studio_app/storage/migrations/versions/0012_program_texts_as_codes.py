"""program texts as codes

What the program itself wrote into the records is now stored as a code and its values, shown
in the language of whoever reads it (studio_app/base/messages.py): a reception day moved for a
holiday, a request's merge and return-visit steps, an archived document's title. This revision
converts the texts written before it, in Chinese or, from the English window, in English:

* ``reception_day.change_reason`` 遇节假日顺延 → ``@reception.holiday_moved``;
* ``request_event.note`` of a merge, 合并到 2026-0012 → ``@request.merged_into{"number":…}``,
  and of a return visit (from 已答复), 满意 / 不满意：还没修好 → ``@request.visit{…}`` /
  ``@request.visit_comment{…}`` (the visitor's comment kept as typed);
* ``issued_document.title`` of each kind (协商议事会纪要：…, 委员接待日登记表（…）, 受理回执（…）,
  … 扫码找委员, 委员联系卡：…) → ``@document.…{…}``. Only the title: the stored PDF and its hash
  are never touched.

A text that is none of these (the user's own reason, a title cut at 300 characters) stays as
it is, and is shown as stored. The audit log is not touched: its texts are hashed into its
chain (0010); they stay in Chinese and are recognised when shown.

The texts and the stored form are written out here as they were at this revision: a migration
does not change with the code. The downgrade writes the codes back in Chinese.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-10 09:00:00
"""

import json
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000
TITLE_LENGTH = 300

# The labels the texts were written with: Chinese, and the English catalogue's at 0011.
SATISFACTION = {
    "satisfied": ("满意", "Satisfied"),
    "basically": ("基本满意", "Fairly satisfied"),
    "unsatisfied": ("不满意", "Dissatisfied"),
}
MEETING_TYPES = {
    "consultation": ("协商议事会", "Consultation meeting"),
    "symposium": ("座谈会", "Forum"),
    "survey": ("调研", "Survey visit"),
    "reception": ("接待日", "Reception day"),
}
HOLIDAY_MOVED = ("遇节假日顺延", "Moved because of a holiday")
MERGED = (re.compile(r"合并到 (\S+)\Z"), re.compile(r"Merge into (\S+)\Z"))
# kind: [(pattern, code)], the pattern's named groups the code's values
TITLES = {
    "reception_record": [
        (re.compile(r"委员接待日登记表（(?P<day>\d{4}-\d{2}-\d{2})）\Z"), "document.reception_record"),
        (re.compile(r"Reception-day record \((?P<day>\d{4}-\d{2}-\d{2})\)\Z"),
         "document.reception_record"),
    ],
    "receipt": [
        (re.compile(r"受理回执（(?P<number>[^（）]+)）\Z"), "document.receipt"),
        (re.compile(r"Receipt \((?P<number>[^()]+)\)\Z"), "document.receipt"),
    ],
    "qr_poster": [
        (re.compile(r"(?P<studio>.*) 扫码找委员\Z", re.S), "document.qr_poster"),
        (re.compile(r"(?P<studio>.*) Scan to find a member\Z", re.S), "document.qr_poster"),
    ],
    "member_card": [
        (re.compile(r"委员联系卡：(?P<name>.*)\Z", re.S), "document.member_card"),
        (re.compile(r"Member contact card: (?P<name>.*)\Z", re.S), "document.member_card"),
    ],
}  # fmt: skip

DAYS = sa.table("reception_day", sa.column("id", sa.Uuid()), sa.column("change_reason", sa.Text()))
EVENTS = sa.table(
    "request_event",
    sa.column("id", sa.Uuid()),
    sa.column("from_status", sa.String()),
    sa.column("to_status", sa.String()),
    sa.column("note", sa.Text()),
)
DOCUMENTS = sa.table(
    "issued_document",
    sa.column("id", sa.Uuid()),
    sa.column("kind", sa.String()),
    sa.column("title", sa.String()),
)


def encode(code: str, **values: object) -> str:
    """The stored form (base.messages.encode, as at this revision)."""
    if not values:
        return "@" + code
    return (
        "@" + code + json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    )


def reason_code(text: str) -> str | None:
    return encode("reception.holiday_moved") if text in HOLIDAY_MOVED else None


def note_code(to_status: str, from_status: str | None, note: str) -> str | None:
    if to_status == "merged":
        for pattern in MERGED:
            if found := pattern.match(note):
                return encode("request.merged_into", number=found.group(1))
        return None
    if from_status != "answered" or to_status not in ("closed", "in_progress"):
        return None  # only a return visit moves a request on from 已答复
    for value, labels in SATISFACTION.items():
        for label in labels:
            if note == label:
                return encode("request.visit", satisfaction=value)
            for colon in ("：", ": "):
                if note.startswith(label + colon) and len(note) > len(label + colon):
                    comment = note[len(label + colon) :]
                    return encode("request.visit_comment", satisfaction=value, comment=comment)
    return None


def title_code(kind: str, title: str) -> str | None:
    if kind == "minutes":
        found = None
        for value, (chinese, english) in MEETING_TYPES.items():
            for prefix in (f"{chinese}纪要：", f"{english} minutes: "):
                if title.startswith(prefix):
                    found = encode("document.minutes", kind=value, topic=title[len(prefix) :])
    else:
        found = None
        for pattern, code in TITLES.get(kind, ()):
            if match := pattern.match(title):
                found = encode(code, **match.groupdict())
                break
    return found if found is not None and len(found) <= TITLE_LENGTH else None


def _convert(table: sa.TableClause, columns: Sequence[str], where, convert) -> None:
    """Each row ``where`` selects whose text ``convert`` knows, rewritten, a batch at a time
    (by id, so a long table is never held in memory at once)."""
    bind = op.get_bind()
    text_column = columns[-1]
    last = None
    while True:
        stmt = sa.select(table.c.id, *(table.c[c] for c in columns)).where(where)
        if last is not None:
            stmt = stmt.where(table.c.id > last)
        rows = bind.execute(stmt.order_by(table.c.id).limit(BATCH)).all()
        if not rows:
            return
        changes = []
        for row in rows:
            stored = convert(*row[1:])
            if stored is not None and stored != row[-1]:
                changes.append({"row_id": row[0], "text": stored})
        if changes:
            bind.execute(
                table.update()
                .where(table.c.id == sa.bindparam("row_id"))
                .values({text_column: sa.bindparam("text")}),
                changes,
            )
        last = rows[-1][0]


def upgrade() -> None:
    _convert(DAYS, ["change_reason"], DAYS.c.change_reason.in_(HOLIDAY_MOVED), reason_code)
    _convert(
        EVENTS,
        ["to_status", "from_status", "note"],
        sa.or_(EVENTS.c.to_status == "merged", EVENTS.c.from_status == "answered"),
        note_code,
    )
    _convert(DOCUMENTS, ["kind", "title"], DOCUMENTS.c.title != "", title_code)


# ---- downgrade: the codes back in Chinese ----------------------------------------------------
CHINESE_TITLES = {
    "document.reception_record": "委员接待日登记表（{day}）",
    "document.receipt": "受理回执（{number}）",
    "document.qr_poster": "{studio} 扫码找委员",
    "document.member_card": "委员联系卡：{name}",
}


def _decode(stored: str) -> tuple[str, dict] | None:
    found = re.match(r"@([a-z_.]+)(\{.*\})?\Z", stored or "", re.S)
    if found is None:
        return None
    try:
        return found.group(1), json.loads(found.group(2)) if found.group(2) else {}
    except ValueError:
        return None


def _chinese(stored: str) -> str | None:
    decoded = _decode(stored)
    if decoded is None:
        return None
    code, values = decoded
    try:
        if code == "reception.holiday_moved":
            return HOLIDAY_MOVED[0]
        if code == "request.merged_into":
            return f"合并到 {values['number']}"
        if code == "request.visit":
            return SATISFACTION[values["satisfaction"]][0]
        if code == "request.visit_comment":
            return f"{SATISFACTION[values['satisfaction']][0]}：{values['comment']}"
        if code == "document.minutes":
            return f"{MEETING_TYPES[values['kind']][0]}纪要：{values['topic']}"[:TITLE_LENGTH]
        if code in CHINESE_TITLES:
            return CHINESE_TITLES[code].format(**values)[:TITLE_LENGTH]
    except (KeyError, TypeError):
        return None
    return None


def downgrade() -> None:
    coded = "@%"
    _convert(DAYS, ["change_reason"], DAYS.c.change_reason.like(coded), _chinese)
    _convert(EVENTS, ["note"], EVENTS.c.note.like(coded), _chinese)
    _convert(DOCUMENTS, ["title"], DOCUMENTS.c.title.like(coded), _chinese)
