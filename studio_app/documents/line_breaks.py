"""Chinese line breaking (禁则) for every paragraph and table cell reportlab sets.

reportlab breaks CJK text after any character and knows only Japanese marks: a line could start
with "、" or "）" and end with "（" or "“". Its two line breakers (one for a paragraph in one
font, one for runs of several fonts) are replaced here by one rule:

* no line starts with a closing mark (，。、；：！？）》”’…) and none ends with an opening one
  (（《“‘【); a number or Latin word (0931-6123456, 3.2) is not cut;
* where the text marks its phrase boundaries (``phrases()``, for table cells), a line ends at
  the last boundary that fits, so a cell reads "出门 / 要蹚水" rather than "出门要 / 蹚水".
  BudouX's Chinese phrase model finds the boundaries.

A phrase boundary is used when it gives back at most half a line; a number moves whole to the
next line unless it is longer than a line; when nothing satisfies the rules a closing mark hangs
in the margin (标点悬挂), as in print.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache, lru_cache

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.rl_config import _FUZZ

CANNOT_START = frozenset(
    "，。、；：！？）》」』”’〕】〉…—％‰·,.;:!?)]}" + textsplit.ALL_CANNOT_START
)
CANNOT_END = frozenset("（《「『“‘〔【〈([{" + textsplit.ALL_CANNOT_END)
PHRASE_MARK = "\u200b"  # ZERO WIDTH SPACE between phrases: read by the breaker, never drawn
_lock = threading.Lock()


@cache
def _parser():
    import budoux  # loaded once, on the first table cell: 0.1 s and its model's 100 KB

    return budoux.load_default_simplified_chinese_parser()


@lru_cache(maxsize=8192)  # a preview is made again on every change: its cells are the same
def phrase_list(text: str) -> tuple[str, ...]:
    """``text`` cut into its phrases (BudouX); a line break stays at the end of its phrase."""
    if len(text) < 4:
        return (text,) if text else ()
    with _lock:  # the parser keeps no state, but its first load must happen once
        parser = _parser()
    found: list[str] = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        parts = parser.parse(line) if line else [""]
        if n < len(lines) - 1:
            parts[-1] += "\n"
        found += [p for p in parts if p]
    return tuple(found)


def phrases(text: str) -> str:
    """``text`` with PHRASE_MARK between its phrases, for a table cell."""
    return PHRASE_MARK.join(phrase_list(text))


def _word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".-/:_@%+")


def _allowed(chars: Sequence[str], k: int, *, words: bool = True) -> bool:
    """May a line end before ``chars[k]``? (``words``: nor inside a number or Latin word.)"""
    before, after = chars[k - 1], chars[k]
    if after in CANNOT_START or before in CANNOT_END:
        return False
    return not (words and _word_char(before) and _word_char(after))


def _cut(chars: Sequence[str], start: int, end: int, marks: set[int]) -> int:
    """Where the line ``chars[start:end]`` (``chars[end]`` no longer fits) should end."""
    if _allowed(chars, end) and (not marks or end in marks):
        return end
    earliest = start + max(1, (end - start) // 2)  # a phrase gives back at most half a line
    for k in range(end, earliest - 1, -1):
        if k in marks and _allowed(chars, k):
            return k
    for words in (True, False):  # a number as long as the line is cut rather than a rule
        for k in range(end, start, -1):
            if _allowed(chars, k, words=words):
                return k
    if chars[end] in CANNOT_START:  # the mark hangs in the margin, as in print (标点悬挂)
        return end + 1
    return end


def _strip_marks(chars: list) -> tuple[list, set[int]]:
    if PHRASE_MARK not in chars:
        return chars, set()
    kept, marks = [], set()
    for ch in chars:
        if ch == PHRASE_MARK:
            marks.add(len(kept))
        else:
            kept.append(ch)
    return kept, marks


def _lines(widths: Sequence[float], chars: Sequence[str], marks: set[int],
           max_widths: Sequence[float], hard: Sequence[bool] = ()) -> list[tuple[int, int, float]]:  # fmt: skip
    """(start, end, width used) of each line."""
    lines: list[tuple[int, int, float]] = []
    start, used, i, n = 0, 0.0, 0, len(chars)
    limit = max_widths[0] + _FUZZ
    while i < n:
        w = widths[i]
        if hard and hard[i]:  # a <br/>: the line ends with it
            end, width = i + 1, used + w
        elif used + w > limit and i > start:
            end = _cut(chars, start, i, marks)
            width = used if end == i else sum(widths[start:end])
        else:
            used += w
            i += 1
            continue
        lines.append((start, end, width))
        start = i = end
        used = 0.0
        limit = max_widths[min(len(lines), len(max_widths) - 1)] + _FUZZ
    if start < n:
        lines.append((start, n, used))
    return lines


def word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):
    """reportlab's ``wordSplit`` (a paragraph in one font) with the rules above."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    chars, marks = _strip_marks(list(text))
    widths = [stringWidth(ch, fontName, fontSize) for ch in chars]
    max_widths = maxWidths if isinstance(maxWidths, list | tuple) else [maxWidths]
    return [
        [max_widths[min(n, len(max_widths) - 1)] - used, "".join(chars[a:b])]
        for n, (a, b, used) in enumerate(_lines(widths, chars, marks, max_widths))
    ]


def cjk_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):
    """reportlab's ``cjkFragSplit`` (runs of several fonts) with the rules above."""
    units = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        if text:
            units += [rl_paragraph.cjkU(t, f, encoding) for t in text]
        else:
            units.append(rl_paragraph.cjkU(text, f, encoding))
    units, marks = _strip_marks(units)
    widths = []
    for u in units:
        w = u.width
        if hasattr(w, "normalizedValue"):  # an inline image sized in % of the line
            w._normalizer = maxWidths[0]
            w = w.normalizedValue(maxWidths[0])
        widths.append(w)
    hard = [hasattr(f, "lineBreak") for f in frags]
    hard = [hasattr(u.frag, "lineBreak") for u in units] if any(hard) else []
    lines = _lines(widths, units, marks, maxWidths, hard)
    made = []
    for n, (a, b, used) in enumerate(lines):
        limit = maxWidths[min(n, len(maxWidths) - 1)]
        made.append(rl_paragraph.makeCJKParaLine(units[a:b], limit, used, limit - used,
                                                 bool(hard) and hard[b - 1], calcBounds))  # fmt: skip
    return rl_paragraph.ParaLines(kind=1, lines=made)


rl_paragraph.wordSplit = word_split
rl_paragraph.cjkFragSplit = cjk_frag_split
