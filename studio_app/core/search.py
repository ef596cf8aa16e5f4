"""Finding and ordering members, households and requests: columns derived from what people type.

FTS5 trigram cannot find 1–2 character Chinese terms on SQLite 3.40, so each searchable record
keeps a lower-cased ``search_text`` (name, phone, village …), and a query is a
``LIKE '%term%'`` over it, which works the same on SQLite and PostgreSQL.

A request's ``search_text`` also holds its visitor's name, phone and village, so it is refreshed
when the visitor changes too.

Names are listed in pinyin order, as Chinese rosters are (丁 ding before 王 wang before 张
zhang), not in code-point order: ``sort_key`` holds the name's pinyin. Both columns are set on
every ORM flush; bulk inserts call ``member_derived``/``household_derived``/``request_derived``
themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import and_, event, literal_column, select, table, text
from sqlalchemy.orm import Session, attributes

from studio_app.core.models import Household, Member, Request, Visitor
from studio_app.core.validation import clean_text, to_half_width


def query_terms(text: str) -> list[str]:
    """Terms of a search box: split on spaces, half-width, lower-case; phones without dashes."""
    terms = to_half_width(clean_text(text)).lower().split()
    return [re.sub(r"(?<=\d)-(?=\d)", "", t) for t in terms]


def matches(column, text: str):
    """A condition: every term of ``text`` occurs in ``column``."""
    terms = query_terms(text)
    return and_(*(column.contains(t, autoescape=True) for t in terms)) if terms else None


# Above this many households holding the query's rarest character (村, 王 in a county), walking
# the name-ordered index stops sooner than sorting every full-text match.
FULL_TEXT_MAX_DOCS = 5000


def full_text_candidates(s: Session, text: str):
    """On SQLite, a condition narrowing households to the full-text index's matches of
    ``text`` (migration 0002); None where the index cannot help. It only narrows: ``matches``
    still decides, so results are exactly those of the LIKE query alone."""
    terms = query_terms(text)
    if s.get_bind().dialect.name != "sqlite" or not terms:
        return None
    if not all(ch.isalnum() for term in terms for ch in term):
        return None  # punctuation, symbols: not tokens of the index
    tokens = sorted({ch for term in terms for ch in term})
    docs = dict(
        s.execute(
            select(literal_column("term"), literal_column("doc"))
            .select_from(table("household_fts_vocab"))
            .where(literal_column("term").in_(tokens))
        ).all()
    )
    if min(docs.get(token, 0) for token in tokens) > FULL_TEXT_MAX_DOCS:
        return None
    phrases = " ".join('"' + " ".join(term) + '"' for term in terms)  # all terms, in order
    matching = (
        select(literal_column("rowid"))
        .select_from(table("household_fts"))
        .where(literal_column("household_fts").op("MATCH")(phrases))
    )
    return literal_column("household.rowid").in_(matching)


@contextmanager
def bulk_household_inserts(s: Session) -> Iterator[None]:
    """Around many household INSERTs in one transaction: on SQLite, index the new rows in one
    statement at the end instead of one trigger call per row (~5x faster for 50,000 rows).

    The trigger is set aside and put back exactly as stored, inside the same transaction, so a
    failed import rolls back to the trigger in place. New rows have rowids above the old
    maximum, since SQLite gives each new row one more than the largest rowid so far.
    """
    if s.get_bind().dialect.name != "sqlite":
        yield
        return
    # pysqlite opens its transaction only before DML: without one, DROP TRIGGER would commit
    # at once and a failed import could not put the trigger back.
    s.execute(text("UPDATE household SET version = version WHERE 0"))
    if not s.connection().connection.driver_connection.in_transaction:
        raise RuntimeError("bulk household insert outside a transaction")
    trigger_sql = s.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": "household_fts_insert"},
    ).scalar_one()
    last = s.execute(text("SELECT coalesce(max(rowid), 0) FROM household")).scalar_one()
    s.execute(text("DROP TRIGGER household_fts_insert"))
    yield
    s.flush()
    s.execute(
        text(
            "INSERT INTO household_fts(rowid, search_tokens)"
            " SELECT rowid, search_tokens FROM household WHERE rowid > :last"
        ),
        {"last": last},
    )
    s.execute(text(trigger_sql))


SEPARATOR = "\u241f"  # between the parts of a search_text: a character no one types


def _joined(*parts: str | None) -> str:
    return SEPARATOR.join(p for p in parts if p).lower()


def whole_part(value: str) -> str:
    """What a ``search_text`` holds where one of its inner parts is exactly ``value``."""
    return f"{SEPARATOR}{value.lower()}{SEPARATOR}"


def _phone_digits(phone: str | None) -> str:
    # Column defaults are applied at INSERT, after this runs: a new record may still hold None.
    return (phone or "").replace("-", "")


# Surnames read differently from the same character elsewhere (曾 zeng, not ceng).
SURNAME_READINGS = {
    "万俟": "mo qi", "尉迟": "yu chi", "单于": "chan yu", "长孙": "zhang sun", "澹台": "tan tai",
    "曾": "zeng", "单": "shan", "解": "xie", "查": "zha", "仇": "qiu", "区": "ou", "朴": "piao",
    "乐": "yue", "覃": "qin", "缪": "miao", "翟": "zhai", "盖": "ge", "召": "shao", "种": "chong",
    "繁": "po", "句": "gou", "员": "yun", "秘": "bi", "折": "she", "隗": "wei", "宿": "su",
    "柏": "bai", "重": "chong", "尉": "wei", "藏": "zang", "蕃": "pi", "能": "nai", "朝": "chao",
}  # fmt: skip


def name_sort_key(name: str | None) -> str:
    """The name in pinyin ("wang jian guo"), surnames read as surnames (曾 zeng); characters
    without a reading sort after letters."""
    from pypinyin import lazy_pinyin  # its dictionary loads in ~0.15 s: not at start-up

    name = name or ""
    for size in (2, 1):
        if (surname := SURNAME_READINGS.get(name[:size])) is not None:
            return " ".join([surname, *lazy_pinyin(name[size:])]).lower()
    return " ".join(lazy_pinyin(name)).lower()


def member_derived(m: Member) -> dict[str, str]:
    """``search_text`` and ``sort_key`` of a member (or anything with a member's fields)."""
    return {
        "search_text": _joined(
            m.name, _phone_digits(m.phone), m.sector, m.committee, m.work_unit, m.specialties
        ),
        "sort_key": name_sort_key(m.name),
    }


def char_tokens(text: str) -> str:
    """Letters and digits of ``text`` separated by spaces: one full-text token each."""
    return " ".join(ch for ch in text if ch.isalnum())


def household_derived(h: Household) -> dict[str, str]:
    """``search_text``, ``search_tokens`` and ``sort_key`` of a household (fields and
    ``tag_names``)."""
    search_text = _joined(
        h.head_name, _phone_digits(h.phone), h.village, h.group_name, h.address, *h.tag_names
    )
    return {
        "search_text": search_text,
        "search_tokens": char_tokens(search_text),
        "sort_key": name_sort_key(h.head_name),
    }


def request_derived(r: Request, visitor: Visitor | None) -> dict[str, str]:
    """``search_text`` of a request (or anything with its fields) and of its visitor."""
    v = visitor
    return {
        "search_text": _joined(
            # Numbers without their dash, as query_terms drops it: "2026-0012" finds 20260012.
            _phone_digits(r.number),
            v.name if v else "",
            _phone_digits(v.phone) if v else "",
            v.village if v else "",
            r.category,
            r.handling_unit,
            r.content,
        )
    }


VISITOR_SEARCHED = ("name", "phone", "village")


def _requests_to_refresh(session: Session) -> set[Request]:
    """New and changed requests, and every request of a visitor whose searched fields changed."""
    found = {obj for obj in (*session.new, *session.dirty) if isinstance(obj, Request)}
    changed = [
        v.id
        for v in session.dirty
        if isinstance(v, Visitor)
        and any(attributes.get_history(v, key).has_changes() for key in VISITOR_SEARCHED)
    ]
    if changed:  # no autoflush here: the session is already flushing
        found.update(session.scalars(select(Request).where(Request.visitor_id.in_(changed))))
    return found


@event.listens_for(Session, "before_flush")
def _refresh_derived_columns(session: Session, _context, _instances) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Member):
            values = member_derived(obj)
        elif isinstance(obj, Household):
            values = household_derived(obj)
        else:
            continue
        for key, value in values.items():
            setattr(obj, key, value)
    for r in _requests_to_refresh(session):
        for key, value in request_derived(r, r.visitor).items():
            setattr(r, key, value)


# ---- similar requests ------------------------------------------------------------------------

# Characters that say little about what a matter is (particles, pronouns, 有/没/不 …); the text
# is cut at them, so they neither form bigrams nor join the words around them into one.
STOP_CHARS = frozenset(
    "的地得了着过是在和与及或也都就还又而且但把被给让对向从为吗呢吧啊呀哦嘛么"
    "我你他她它们这那哪个些有没不很太更最要能会想说请帮一二三上下里"
)
# Words that almost every request has (希望 …): they would make unrelated matters look alike.
# The text is cut at them too.
STOP_WORDS = (
    "希望", "问题", "反映", "解决", "情况", "现在", "已经", "一直", "村民", "群众", "什么",
    "怎么", "因为", "所以", "如果", "可以", "需要", "相关", "部门", "协调", "联系", "尽快",
    "目前", "今年", "去年", "时间", "工作",
)  # fmt: skip
_WORD_RUNS = re.compile(r"[a-z0-9]+|[^\x00-\x7f\W]+")
_STOPS = re.compile("|".join([*STOP_WORDS, f"[{''.join(sorted(STOP_CHARS))}]"]))


def content_terms(text: str) -> set[str]:
    """What two matters are compared by: Chinese character bigrams (Chinese has no spaces
    between words) and Latin or digit words, lower-cased, without stop characters and words."""
    terms: set[str] = set()
    for run in _WORD_RUNS.findall(to_half_width(text or "").lower()):
        if run.isascii():
            if len(run) > 1:
                terms.add(run)
            continue
        for part in _STOPS.split(run):
            terms.update(part[i : i + 2] for i in range(len(part) - 1))
    return terms


def probe_terms(terms: set[str], n: int) -> list[str]:
    """``n`` of ``terms`` to look for first: Latin and digit words (a road, a phone number)
    before bigrams, the rest spread over them in a stable order."""
    ordered = sorted(terms, key=lambda t: (not t.isascii(), t))
    if len(ordered) <= n:
        return ordered
    words = [t for t in ordered if t.isascii()][:n]
    rest = ordered[len(words) :]
    step = len(rest) / (n - len(words)) if n > len(words) else 0
    return words + [rest[int(i * step)] for i in range(n - len(words))]
