"""Text as people type, paste and import it, made comparable: widths, spaces and keys, in one place.

Chinese input methods give full-width forms (１３８, －, ｚｈａｎｇ); copy and paste from web pages
and WeChat leaves invisible characters at the ends of a field or cell; rare names (䶮, 𠮷) must
pass unchanged. So stored text is only trimmed (and NFC-composed); widths are narrowed where a
value is a number or a code, or where text is compared. NFKC is used only for keys that compare
spellings, never on stored text: it would also rewrite CJK compatibility ideographs.
"""

from __future__ import annotations

import re
import unicodedata

# Every Unicode whitespace (the ideographic space U+3000 and NBSP among them) and the invisible
# characters that copy and paste leave at the ends: zero-width space, word joiner, BOM.
EDGE_CHARS = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "\u200b\u2060\ufeff"

_FULL_WIDTH = range(0xFF01, 0xFF5F)  # ！ … ～, the full-width forms of ASCII 0x21 … 0x7E
_HALF_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in _FULL_WIDTH} | {"\u3000": " "})

# In free text only digits, latin letters and the symbols of numbers, codes and addresses are
# narrowed; Chinese prose punctuation (，。：；！？（）“”) stays as typed.
_CODE_SYMBOLS = "#$%&*+-./<=>@\\^_`|~"
_NARROW_CODES = str.maketrans(
    {
        chr(0xFEE0 + ord(ch)): ch
        for ch in "0123456789" + _CODE_SYMBOLS
        + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    }
)  # fmt: skip

# A value that is a number, date, phone or ID number: every full-width form and the look-alikes
# of a dash become ASCII, every whitespace a plain space (``numeric_form``); ``compact`` also
# drops every whitespace and invisible character ("138 1234 5678", "户 主 姓 名").
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63"
_NUMERIC: dict[int, str | None] = {c: chr(c - 0xFEE0) for c in _FULL_WIDTH}
_NUMERIC.update({ord(ch): "-" for ch in _DASHES})
_NUMERIC.update({ord(ch): " " for ch in EDGE_CHARS if ch.isspace()})
_COMPACT = {**_NUMERIC, **{ord(ch): None for ch in EDGE_CHARS}}

_DIGIT_DASH = re.compile(r"(?<=\d)-(?=\d)")


def clean_text(value: object) -> str:
    """What a text field stores: composed (NFC) and trimmed of spaces of every width and of
    invisible characters at both ends; every other character exactly as given (rare names too)."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", str(value)).strip(EDGE_CHARS)


def to_half_width(text: str) -> str:
    """Full-width ASCII forms (１３８, －, （）, ｚ) and the ideographic space to half-width; CJK
    ideographs and Chinese punctuation outside that block are left untouched."""
    return text.translate(_HALF_WIDTH)


def narrow_codes(text: str) -> str:
    """Full-width digits, latin letters and the symbols ``#$%&*+-./<=>@\\^_`|~`` to ASCII; Chinese
    prose punctuation stays (an imported cell of free text)."""
    return text.translate(_NARROW_CODES)


def numeric_form(text: str) -> str:
    """A number, date or code as digits and ASCII marks: full-width forms and dash look-alikes
    narrowed, every whitespace a plain space (kept: "2024-3-5 14:30" must not run together)."""
    return text.translate(_NUMERIC)


def compact(text: str) -> str:
    """``numeric_form`` without any whitespace or invisible character: phones, ID numbers and
    column headings as typed with spaces ("138 1234 5678", "户 主 姓 名")."""
    return text.translate(_COMPACT)


def search_form(text: str) -> str:
    """Text as search compares it: half-width, lower-case, no dash between digits (a phone typed
    0931-8123456, an address 3-2号). Stored search text and the search box's terms alike."""
    return _DIGIT_DASH.sub("", to_half_width(text).lower())


def fold_key(text: str) -> str:
    """A key under which spellings that differ only in width and letter case are one
    (``Zhang``, ``ZHANG``, ``ｚｈａｎｇ``)."""
    return unicodedata.normalize("NFKC", clean_text(text)).casefold()
