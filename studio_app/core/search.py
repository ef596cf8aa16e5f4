"""Finding and ordering members, households and requests: columns derived from what people type.

FTS5 trigram cannot find 1–2 character Chinese terms on SQLite 3.40, so each searchable record
keeps a lower-cased ``search_text`` (name, phone, village …), and a query is a
``LIKE '%term%'`` over it, which works the same on SQLite and PostgreSQL. Households and
requests also keep ``search_tokens``, indexed by the database's own means, which narrow the rows
LIKE has to read (``full_text_candidates``): SQLite's full-text index (FTS5), and on PostgreSQL
a GIN index over the tokens as an array (migration 0017), which finds 1- and 2-character terms
alike; there the requests' register reads a term's rows through it or walks its time order,
whichever a sample of the table says reads less, and makes the planner follow. A studio's user searches that studio's rows only (the session's studio criteria): a few
thousand at most, which LIKE reads in a few milliseconds, so the index is left out there.

A request's ``search_text`` also holds its visitor's name, phone and village, so it is refreshed
when the visitor changes too.

Names are listed in pinyin order, as Chinese rosters are (丁 ding before 王 wang before 张
zhang), not in code-point order: ``sort_key`` holds the name's pinyin. These columns are set on
every ORM flush; bulk inserts call ``member_derived``/``household_derived``/``request_derived``
themselves.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Text,
    and_,
    event,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy import table as table_clause
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, attributes

from studio_app.base.text import clean_text, search_form
from studio_app.core.models import Household, Member, Request, Visitor
from studio_app.core.models.base import StudioSession
from studio_app.core.scope import session_studio


def query_terms(text: str) -> list[str]:
    """Terms of a search box: split on spaces, then ``normalised``."""
    return [search_form(t) for t in clean_text(text).split()]


def matches(column, text: str):
    """A condition: every term of ``text`` occurs in ``column``."""
    terms = query_terms(text)
    return and_(*(column.contains(t, autoescape=True) for t in terms)) if terms else None


# ---- the full-text index (SQLite) ------------------------------------------------------------
#
# An FTS5 index over ``search_tokens`` narrows a search to the rows that may match before LIKE
# decides. Every letter or digit of ``search_text`` is one token at its own position, so a
# phrase of consecutive tokens finds consecutive characters, however few (trigram FTS5 finds no
# 1-2 character Chinese term). A letter other than a-z stands for itself. In the requests' index
# a-z and 0-9 stand for themselves and the next two of their run ("13812" -> "138 381 812 12 2"):
# each digit alone is in every request (its number, a phone), while a phone's 3-digit pieces are
# in about 1% of them. In the households' index (migration 0002) they stand for themselves alone.

# Tables with an index {table}_fts keyed on their rowid: how many a-z/0-9 a token holds.
FULL_TEXT_TABLES = {"household": 1, "request": 3}
# Up to this many rows holding the query's phrases (by default), they are looked up one by one
# and sorted; beyond it, walking the list's index in order (by name …) fills a page sooner.
FULL_TEXT_MAX_DOCS = 5000
# A walk newest first that finds the rows it needs among this many newest rows stops soon on its
# own (~10 ms at 100,000 requests): building a filter for it would cost more than it saves.
FULL_TEXT_RECENT_ROWS = 10_000
_TOKENS = re.compile(r"[0-9A-Za-z]+|[^\W_]")  # a run of a-z/0-9, or one other letter or digit
# Phrases of only other scripts' letters are not used: SQLite's tokenizer drops a few letters of
# newer Unicode (New Tai Lue vowel signs …), and a phrase left empty would match no row at all.
_SURELY_INDEXED = re.compile(
    "[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"
)


def search_tokens(text: str, width: int = 1) -> str:
    """The full-text tokens of a ``search_text``, separated by spaces; a-z/0-9 each with up to
    ``width - 1`` more of their run."""
    return " ".join(run[i : i + width] for run in _TOKENS.findall(text) for i in range(len(run)))


def phrase_tokens(term: str, width: int = 1) -> list[str]:
    """The tokens that follow one another in ``search_tokens(text, width)`` wherever ``text``
    holds ``term`` (a query term). Punctuation has no token, so the phrase runs across it. It
    leaves out the last ``width - 1`` a-z/0-9 ending the term: their tokens depend on what
    follows them."""
    tokens: list[str] = []
    for m in _TOKENS.finditer(term):
        run = m.group()
        open_end = run.isascii() and m.end() == len(term)
        tokens.extend(run[i : i + width] for i in range(len(run) - (width - 1) * open_end))
    return tokens


def _whole_phrase(term: str, width: int) -> bool:
    """Whether a row holding the phrase of ``term`` holds ``term`` (but for letter case and
    accents): no punctuation, which has no token, nor a-z/0-9 left out at its end."""
    end = re.search(r"[0-9A-Za-z]*\Z", term).group()  # the a-z/0-9 ending it, if any
    return term.isalnum() and not 0 < len(end) < width


@dataclass(frozen=True)
class Narrowing:
    """What a text search adds to a list's statement: a ``condition`` narrowing it to the rows
    an index finds (None: LIKE alone decides), and on PostgreSQL the planner's methods that
    statement must not use (``planned``): its estimates of a '%term%' are guesses."""

    condition: ColumnElement[bool] | None = None
    switched_off: tuple[str, ...] = ()

    @contextmanager
    def planned(self, s: Session) -> Iterator[None]:
        """Run the list's statement inside: planned without ``switched_off``, then as before
        (each setting is local to the transaction, and put back at once)."""
        if not self.switched_off:
            yield
            return
        names = {f"m{i}": method for i, method in enumerate(self.switched_off)}
        settings = ", ".join(f"current_setting(:{key})" for key in names)
        offs = ", ".join(f"set_config(:{key}, 'off', true)" for key in names)
        before = s.execute(text(f"SELECT {settings}, {offs}"), names).one()[: len(names)]
        try:
            yield
        finally:
            restore = ", ".join(f"set_config(:{key}, :v{key}, true)" for key in names)
            values = {f"v{key}": value for key, value in zip(names, before, strict=True)}
            s.execute(text(f"SELECT {restore}"), names | values)


NOT_NARROWED = Narrowing()


def full_text_candidates(
    s: Session,
    text: str,
    table: str = "household",
    *,
    lookups: int | None = None,
    walk: int = 0,
    newest_first: bool = False,
) -> Narrowing:
    """How to narrow ``table`` to the rows its full-text index finds for every term of
    ``text``; no condition where the index cannot help. It only narrows: ``matches`` still
    decides, so results are exactly those of the LIKE query alone.

    Nothing for a session scoped to a studio whose rows are few (``small_scope``): LIKE reads
    them all sooner than the index is asked. On PostgreSQL: ``_postgres_narrowing``.

    On SQLite, up to ``lookups`` rows found (default FULL_TEXT_MAX_DOCS) are looked up by rowid
    and sorted. With ``walk`` (the query walks an index in the list's order and stops once
    ``walk`` rows match: a page, a capped count), more of them only filter that walk: a row not
    among them is skipped before it is read. Not if the walk goes ``newest_first`` (about rowid
    order: rows are added as they come) and finds its ``walk`` rows among the newest
    FULL_TEXT_RECENT_ROWS: it stops as soon on its own."""
    if table not in FULL_TEXT_TABLES:
        raise ValueError(f"no full-text index on {table!r}")
    if small_scope(s, table):
        return NOT_NARROWED
    lookups = FULL_TEXT_MAX_DOCS if lookups is None else lookups
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        return _postgres_narrowing(s, text, table, lookups, walk if newest_first else 0)
    if dialect != "sqlite":
        return NOT_NARROWED
    width, terms = FULL_TEXT_TABLES[table], query_terms(text)
    phrases = [" ".join(p) for term in terms if (p := phrase_tokens(term, width))]
    match = " ".join(f'"{p}"' for p in phrases if _SURELY_INDEXED.search(p))  # all of them
    if not match:
        return NOT_NARROWED  # only one or two letters or digits, punctuation …
    fts, rowid = table_clause(f"{table}_fts"), literal_column("rowid")
    found = select(rowid).select_from(fts).where(literal_column(fts.name).op("MATCH")(match))
    if _at_most(s, found, lookups):
        return Narrowing(literal_column(f"{table}.rowid").in_(found))
    if not walk:
        return NOT_NARROWED
    # The walk alone is judged by the rows the index finds only if they hold the terms too.
    if newest_first and all(_whole_phrase(term, width) for term in terms):
        last = s.scalar(found.order_by(rowid.desc()).offset(walk - 1).limit(1))
        newest = s.scalar(select(func.max(rowid)).select_from(table_clause(table)))
        if last is not None and last > newest - FULL_TEXT_RECENT_ROWS:
            return NOT_NARROWED
    # "+rowid" is no key SQLite can look rows up by: it walks the list's index and filters.
    return Narrowing(literal_column(f"+{table}.rowid").in_(found))


def _at_most(s: Session, found, limit: int) -> bool:
    """Whether ``found`` (a select) has at most ``limit`` rows: counted up to ``limit`` + 1
    only, so that a common term stops it at once."""
    return s.scalar(select(func.count()).select_from(found.limit(limit + 1).subquery())) <= limit


# On PostgreSQL (measured at 100,000 requests): a row the GIN indexes find costs ~1.4 µs to
# read and sort, a row a walk in the list's time order reads ~0.35 µs from its covering index
# (migration 0020; rows changed since the last vacuum cost twice that). The walk reads about
# walk × rows / found rows to fill its page, so the index is the cheaper while
# found² ≤ WALK_ROW_COST × walk × rows: up to ~6,000 of 100,000 for a page and its capped count
# (either way ≤ ~8 ms).
WALK_ROW_COST = 0.35
# How many rows are read to judge how common a term is: ~1 ms, and a term in 7 % of the rows
# (where the two ways cost the same) is found 70 ± 8 times.
SAMPLED_ROWS = 1000


def _postgres_narrowing(s: Session, text: str, table: str, lookups: int, walk: int) -> Narrowing:
    """The token arrays' GIN index (``token_array_condition``) or none.

    A list that ``walk``s in time order (newest first: the requests' register) reads the rows
    through the index, then sorts (the planner must not walk the time index and split every
    row's tokens, ~2.6 µs a row), or walks the time index with LIKE alone (the planner, guessing
    that few rows hold a '%term%', would read and sort them all), whichever reads less, judged
    by a sample of the table (``_sampled_matches``): the planner's estimate takes the
    characters of a phrase as independent (尽快解决: 86 rows for 16,680). Other lists use the
    index for up to ``lookups`` rows (counted) and leave the plan to the planner."""
    cond = token_array_condition(text, table)
    if cond is None:
        return NOT_NARROWED
    if not walk:
        found = select(_MODELS[table].id).where(cond)
        return Narrowing(cond) if _at_most(s, found, lookups) else NOT_NARROWED
    rows = _table_rows(s, table)
    found = _sampled_matches(s, text, table, rows)
    if found * found <= WALK_ROW_COST * walk * rows:
        return Narrowing(cond, ("enable_seqscan", "enable_indexscan"))
    return Narrowing(None, ("enable_seqscan", "enable_bitmapscan"))


def _sampled_matches(s: Session, typed: str, table: str, rows: float) -> float:
    """About how many rows of ``table`` hold ``typed``, from SAMPLED_ROWS of them (whole pages
    picked at random: TABLESAMPLE SYSTEM), over every studio. Written as SQL text: built as a
    statement each time, its alias of the table's columns cost a millisecond of Python."""
    terms = query_terms(typed)
    held = " AND ".join(f"search_text LIKE :t{i} ESCAPE '/'" for i in range(len(terms)))
    sql = (
        f"SELECT count(*), count(*) FILTER (WHERE {held or 'true'})"  # table: ours, not typed
        f" FROM {table} TABLESAMPLE SYSTEM (CAST(:percent AS real))"
    )
    params: dict[str, object] = {f"t{i}": f"%{_like_escaped(t)}%" for i, t in enumerate(terms)}
    params["percent"] = min(100.0, 100.0 * SAMPLED_ROWS / max(rows, 1.0))
    read, found = s.execute(text(sql), params).one()
    return rows * found / read if read else 0.0


def _like_escaped(term: str) -> str:
    """``term`` for LIKE … ESCAPE '/', as ``matches`` (SQLAlchemy's autoescape) writes it."""
    return term.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _table_rows(s: Session, table: str) -> float:
    """About how many rows ``table`` holds (PostgreSQL's statistics), kept SCOPE_SIZE_SECONDS."""

    def estimate() -> float:
        (plan,) = s.execute(text(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table}")).scalar_one()
        return plan["Plan"]["Plan Rows"]

    return _kept((str(s.get_bind().url), table), estimate)


# ---- a studio's rows: few enough to read them all --------------------------------------------

# A scope of up to this many rows is read whole by LIKE (~1 µs a row on SQLite, ~2 µs on
# PostgreSQL): a studio of the county holds ~1/30 of its 100,000 requests and 50,000 households.
SMALL_SCOPE_ROWS = 5000
# A studio grows by a few rows a day: its size is counted again after this many seconds.
SCOPE_SIZE_SECONDS = 300.0
_MODELS = {"household": Household, "request": Request}
_kept_sizes: dict[tuple, tuple[float, object]] = {}


def _kept(key: tuple, measure):
    """``measure()``, kept under ``key`` for SCOPE_SIZE_SECONDS: sizes change slowly."""
    now = time.monotonic()
    kept = _kept_sizes.get(key)
    if kept is not None and now - kept[0] < SCOPE_SIZE_SECONDS:
        return kept[1]
    value = measure()
    _kept_sizes[key] = (now, value)
    return value


def small_scope(s: Session, table: str) -> bool:
    """Whether ``s`` is scoped to one studio (``scope.session_studio``) holding at most
    SMALL_SCOPE_ROWS rows of ``table``. The rows are counted through the ORM, so the
    session's studio criteria apply,
    and only up to the limit (a grassroots database's one studio holds everything: its
    searches keep the full-text index); the answer is kept SCOPE_SIZE_SECONDS per database."""
    studio = session_studio(s)
    if studio is None:
        return False
    return _kept(
        (str(s.get_bind().url), studio, table),
        lambda: _at_most(s, select(_MODELS[table].id), SMALL_SCOPE_ROWS),
    )


# ---- the token arrays (PostgreSQL) -----------------------------------------------------------
#
# Migration 0017 indexes ``string_to_array(search_tokens, ' ')`` with GIN: the rows holding
# every token of a term are found by the array's "contains" (@>), whatever the term's length
# and without a text-search parser that might drop a character; 0020 indexes the requests'
# pairs of neighbouring characters (``studio_bigrams(search_text)``) the same way. Each
# expression must be written exactly as its index's (a constant separator, not a parameter)
# for the planner to use it.


def token_array_condition(text: str, table: str):
    """The rows whose tokens include every token of every term of ``text`` (None if the terms
    have none: punctuation only). A request's term of two or more characters, not all digits
    and Latin letters, is looked up by its pairs of neighbouring characters instead (migration
    0020): 人希 is in 1,116 of the county's requests, its two characters in 29,414."""
    width, terms = FULL_TEXT_TABLES[table], query_terms(text)
    # (Digits and Latin letters keep their 3-character tokens: pairs of digits are in
    # every phone number.)
    paired = [t for t in terms if len(t) > 1 and not t.isascii()] if table == "request" else []
    tokens = sorted({tok for t in terms if t not in paired for tok in phrase_tokens(t, width)})
    pairs = sorted({t[i : i + 2] for t in paired for i in range(len(t) - 1)})
    conds = []
    if tokens:
        column = _MODELS[table].search_tokens
        array = func.string_to_array(column, literal_column("' '"), type_=ARRAY(Text))
        conds.append(array.contains(tokens))
    if pairs:
        bigrams = func.studio_bigrams(Request.search_text, type_=ARRAY(Text))
        conds.append(bigrams.contains(pairs))
    return and_(*conds) if conds else None


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
    # normalised like the search box's terms: "张！" is found by typing 张!, "3-2号" by 3-2号
    return search_form(SEPARATOR.join(p for p in parts if p))


def whole_part(value: str) -> str:
    """What a ``search_text`` holds where one of its inner parts is exactly ``value``."""
    return f"{SEPARATOR}{search_form(value)}{SEPARATOR}"


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


def household_derived(h: Household) -> dict[str, str]:
    """``search_text``, ``search_tokens`` and ``sort_key`` of a household (fields and
    ``tag_names``)."""
    search_text = _joined(
        h.head_name, _phone_digits(h.phone), h.village, h.group_name, h.address, *h.tag_names
    )
    return {
        "search_text": search_text,
        "search_tokens": search_tokens(search_text, FULL_TEXT_TABLES["household"]),
        "sort_key": name_sort_key(h.head_name),
    }


def request_derived(r: Request, visitor: Visitor | None) -> dict[str, str]:
    """``search_text`` and ``search_tokens`` of a request (or anything with its fields) and of
    its visitor."""
    v = visitor
    search_text = _joined(
        # Numbers without their dash, as query_terms drops it: "2026-0012" finds 20260012;
        # a field laptop's provisional number too, as printed on the receipt it gave.
        _phone_digits(r.number),
        _phone_digits(getattr(r, "provisional_number", None)),
        v.name if v else "",
        _phone_digits(v.phone) if v else "",
        v.village if v else "",
        r.category,
        r.handling_unit,
        r.content,
    )
    return {
        "search_text": search_text,
        "search_tokens": search_tokens(search_text, FULL_TEXT_TABLES["request"]),
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


@event.listens_for(StudioSession, "before_flush")
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
