"""Translation hook for the Qt-free layers.

Core, storage and documents write their user-facing text in Chinese and pass it through ``tr``.
The window installs Qt's translator here at start-up; headless (CLI, tests) it is identity.
"""

from __future__ import annotations

from collections.abc import Callable

_CONTEXT = "studio_app"
_translate: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731


def install_translator(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def tr(text: str) -> str:
    return _translate(_CONTEXT, text)


def N_(text: str) -> str:
    """Marks ``text`` for the catalogue where it is stored (in a table); ``tr`` it where shown."""
    return text
