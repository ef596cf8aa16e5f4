"""Translation hook for the Qt-free layers.

Core, storage and documents write their user-facing text in Chinese and pass it through ``tr``
(or ``trn``, for a text with a count). The window installs Qt's translator here at start-up;
headless (CLI, tests) it is identity.

A text with a count says where the number goes with ``%n`` (``%Ln``: with thousands
separators, 1,234), as Qt's own ``tr(text, None, n)`` does: ``trn("共 %n 条", n)``. The
catalogue keeps such a text with one English form for each plural form (``1 record``,
``2 records``); Chinese has one form, the source, with the number put in.
"""

from __future__ import annotations

from collections.abc import Callable

_CONTEXT = "studio_app"


def put_count(text: str, n: int) -> str:
    """``text`` with its ``%n`` (and ``%Ln``) replaced by ``n``, as Qt does."""
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


_translate: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731
_translate_n: Callable[[str, str, int], str] = (  # noqa: E731
    lambda _context, text, n: put_count(text, n)
)


def install_translator(
    translate: Callable[[str, str], str],
    translate_n: Callable[[str, str, int], str] | None = None,
) -> None:
    """``translate(context, text)``, and ``translate_n(context, text, n)`` for texts with a
    count (without one: ``translate``, then the number put in)."""
    global _translate, _translate_n
    _translate = translate
    _translate_n = translate_n or (lambda context, text, n: put_count(translate(context, text), n))


def tr(text: str) -> str:
    return _translate(_CONTEXT, text)


def trn(text: str, n: int) -> str:
    """``text`` with the count ``n`` (its ``%n``), in the plural form the language gives ``n``:
    ``trn("%n 件", 1)`` is “1 request” in English, ``trn("%n 件", 3)`` “3 requests”."""
    return _translate_n(_CONTEXT, text, n)


def N_(text: str) -> str:
    """Marks ``text`` for the catalogue where it is stored (in a table); ``tr`` it where shown
    (``trn`` for a text with ``%n``)."""
    return text
