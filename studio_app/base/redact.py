"""Personal data out of error texts: what goes to the log, the 复制详情 of the error dialog and
the terminal.

Statements never carry their values (the engines are made with ``hide_parameters=True``), but
a database's own message can quote them: PostgreSQL's ``DETAIL:  Key (phone)=(139…)`` and
``Failing row contains (…)`` hold whole rows, with names. ``redact`` drops those parts and any
``[parameters: …]`` line, and hides every mobile, landline and ID number left in the text (in an
exception's message, a file name, a log line), so a traceback can be sent to support as it is.
"""

from __future__ import annotations

import re
import traceback
from types import TracebackType

HIDDEN = "[hidden]"
PHONE_HIDDEN = "[phone]"
ID_HIDDEN = "[ID number]"

_PARAMETERS = re.compile(r"\[parameters: [^\n]*\]")
# PostgreSQL's DETAIL (a key's value, a failing row), and what a server says about a row.
_DETAIL = re.compile(r"(DETAIL|详细信息|细节):[^\n]*")
_FAILING_ROW = re.compile(r"Failing row contains \([^\n]*")
_KEY = re.compile(r"Key \([^)\n]*\)=\([^\n]*")
_DIGIT = r"[0-9０-９]"
_SEP = r"[ \-－]?"
# 18-digit (and old 15-digit) ID numbers: a region, a birth date, a sequence, a check digit.
_ID18 = re.compile(
    rf"(?<![0-9０-９A-Za-z]){_DIGIT}{{6}}(?:18|19|20|１８|１９|２０){_DIGIT}{{2}}"
    rf"{_DIGIT}{{4}}{_DIGIT}{{3}}[0-9０-９XxＸｘ](?![0-9０-９A-Za-z])"
)
_ID15 = re.compile(rf"(?<![0-9０-９A-Za-z]){_DIGIT}{{15}}(?![0-9０-９A-Za-z])")
# A mobile (1[3-9] and nine more digits, maybe grouped 3-4-4) and a landline with its area code.
_MOBILE = re.compile(
    rf"(?<![0-9０-９A-Za-z])(?:\+?86{_SEP})?[1１][3-9３-９]{_DIGIT}{_SEP}{_DIGIT}{{4}}{_SEP}"
    rf"{_DIGIT}{{4}}(?![0-9０-９A-Za-z])"
)
# (An area code is 0 and 2 or 3 digits, the first not 0; a stamp in a file name, such as
# studio-0009-20261207-070500, is not a phone.)
_LANDLINE = re.compile(
    rf"(?<![0-9０-９A-Za-z\-])[0０][1-9１-９]{_DIGIT}{{1,2}}{_SEP}{_DIGIT}{{7,8}}"
    rf"(?![0-9０-９A-Za-z]|-[0-9])"
)


def redact(text: str) -> str:
    """``text`` without statement parameters, server details of rows, phones or ID numbers."""
    if not text:
        return text
    text = _PARAMETERS.sub(f"[parameters: {HIDDEN}]", text)
    text = _DETAIL.sub(lambda m: f"{m.group(1)}: {HIDDEN}", text)
    text = _FAILING_ROW.sub(f"Failing row contains {HIDDEN}", text)
    text = _KEY.sub(f"Key {HIDDEN}", text)
    text = _ID18.sub(ID_HIDDEN, text)
    text = _ID15.sub(ID_HIDDEN, text)
    text = _MOBILE.sub(PHONE_HIDDEN, text)
    return _LANDLINE.sub(PHONE_HIDDEN, text)


def without_numbers(text: str, phone: str = PHONE_HIDDEN, id_number: str = ID_HIDDEN) -> str:
    """``text`` with every mobile, landline and ID number replaced by ``phone`` / ``id_number``
    (a draft proposal made from visitors' requests)."""
    text = _ID18.sub(id_number, text)
    text = _ID15.sub(id_number, text)
    text = _MOBILE.sub(phone, text)
    return _LANDLINE.sub(phone, text)


def describe(error: BaseException) -> str:
    """``Kind: message`` of an exception, redacted, on one line (for a summary)."""
    message = " ".join(str(error).split())
    name = type(error).__name__
    return redact(f"{name}: {message}" if message else name)


def format_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> str:
    """The traceback (with the chained causes), redacted."""
    return redact("".join(traceback.format_exception(kind, error, tb)).rstrip())
