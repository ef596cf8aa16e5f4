"""Cleaning what a cell holds into text, per kind of column (text, int, date, phone, ID)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from openpyxl.utils.datetime import from_excel

from studio_app.base.i18n import tr
from studio_app.base.text import EDGE_CHARS, compact, narrow_codes, numeric_form
from studio_app.documents.spreadsheet.xlsx import CellError, Formula


class CellWarning(str):
    """A note on a cell that does not stop its row from being imported (``cell_text`` gives it
    where it would give a problem; the preview shows it)."""

    __slots__ = ()


def clean_cell(value: str) -> str:
    """The cleaning every text cell gets on import.

    Strips whitespace (incl. full-width space and NBSP) and zero-width characters at both ends,
    drops one leading apostrophe (Excel's "store as text" marker), normalises line breaks to
    "\\n", and turns full-width digits, latin letters and the symbols ``#$%&*+-./<=>@\\^_`|~``
    into ASCII. Everything else — CJK ideographs of any plane, CJK punctuation, emoji — is kept
    exactly as it is. (Excel's escapes, "_x000D_" for a CR, are decoded by the reader.)
    """
    text = value.strip(EDGE_CHARS)
    if text.startswith("'"):
        text = text[1:].strip(EDGE_CHARS)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip(EDGE_CHARS)
    return narrow_codes(text)


_INT_RE = re.compile(r"([+-]?\d+)(?:\.0*)?")
_THOUSANDS_RE = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.0*)?")
_SCIENTIFIC_RE = re.compile(r"\d(?:\.\d+)?[eE]\+?\d+")
_DATE_RE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?"
    r"(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_DATE_DIGITS_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MIN_YEAR, _MAX_YEAR = 1900, 2100
EMPTY: tuple[str, str | None] = ("", None)


def number_text(value: int | float) -> str:
    """A number as Excel shows it in a General cell: no ".0", at most 15 significant digits."""
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer():
        if abs(value) < 1e15:
            return str(int(value))
        return format(Decimal(f"{value:.15g}"), "f")  # 1.10101198001011e17 -> "1101...1000"
    return f"{value:.15g}"


def _datetime_text(value: dt.datetime) -> str:
    if value.time() == dt.time(0):
        return value.date().isoformat()
    return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")


def _bad_int(shown: str) -> str:
    return tr("“{value}”不是整数，请填写阿拉伯数字，如 3").format(value=shown)


def _bad_date(shown: str) -> str:
    return tr("“{value}”不是有效的日期，请写成 2024-03-05 这样的格式").format(value=shown)


def _lost_digits(shown: str, what: str) -> str:
    return tr(
        "{what}被 Excel 存成了数字（显示为 {value}），末尾几位已经丢失，不能导入。"
        "请把这一列的单元格格式设为“文本”，再重新录入{what}"
    ).format(what=what, value=shown)


def _checked_date(year: int, month: int, day: int, shown: str) -> tuple[str, str | None]:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return "", _bad_date(shown)
    if not _MIN_YEAR <= value.year <= _MAX_YEAR:
        return "", _bad_date(shown)
    return value.isoformat(), None


def _date_from_text(text: str) -> tuple[str, str | None]:
    half = numeric_form(text)  # keeps spaces: "2024-3-5 14:30" must not become "...514:30"
    match = _DATE_RE.fullmatch(half) or _DATE_DIGITS_RE.fullmatch(half)
    if not match:
        return "", _bad_date(text)
    year, month, day = (int(part) for part in match.groups()[:3])
    return _checked_date(year, month, day, text)


def _date_from_number(value: int | float, epoch: dt.datetime) -> tuple[str, str | None]:
    shown = number_text(value)
    if isinstance(value, int) and 19000101 <= value <= 21001231:
        return _date_from_text(str(value))  # 20240305 typed into a General cell
    if not 1 <= value < 2958466:  # Excel's serial range (1900-01-01 .. 9999-12-31)
        return "", _bad_date(shown)
    day = from_excel(int(value), epoch)
    return _checked_date(day.year, day.month, day.day, shown)


def _clean_str(text: str, kind: str) -> tuple[str, str | None]:
    """A non-empty, clean_cell-ed string cell."""
    if kind == "text":
        return text, None
    if kind == "phone":
        phone = compact(text)
        if _SCIENTIFIC_RE.fullmatch(phone):
            return "", _lost_digits(text, tr("电话号码"))
        return phone, None
    if kind == "id_number":
        number = compact(text).upper()  # 18th digit "x" is written "X"
        if _SCIENTIFIC_RE.fullmatch(number):
            return "", _lost_digits(text, tr("身份证号"))
        return number, None
    if kind == "int":
        number = compact(text)
        if _THOUSANDS_RE.fullmatch(number):
            number = number.replace(",", "")
        match = _INT_RE.fullmatch(number)
        return (str(int(match.group(1))), None) if match else ("", _bad_int(text))
    return _date_from_text(text)  # kind == "date"


def _shown_formula(formula: Formula) -> str:
    return formula if len(formula) <= 60 else formula[:59] + "…"


def _formula_text(formula: Formula, kind: str) -> tuple[str, str | None]:
    """A formula the file holds no result for: in a text column its text, with a warning; in
    any other column nothing, with a problem (a formula is not a phone number or a date)."""
    if kind == "text":
        text = clean_cell(formula)
        return text, CellWarning(
            tr(
                "单元格 {cell} 是公式 {formula}，文件里没有保存它的计算结果，已按公式原文导入。"
                "如要导入计算结果，请在 Excel/WPS 中打开并保存文件后重新导入。"
            ).format(cell=formula.ref, formula=_shown_formula(formula) or tr("（空）"))
        )
    return "", tr(
        "单元格 {cell} 是公式 {formula}，文件里没有保存它的计算结果，而这一列只能导入结果。"
        "请在 Excel/WPS 中打开并保存文件（保存时会算出结果）后重新导入，或在这一格直接填写。"
    ).format(cell=formula.ref, formula=_shown_formula(formula) or tr("（空）"))


def cell_text(raw: object, kind: str, epoch: dt.datetime) -> tuple[str, str | None]:
    """The cleaned text of a cell for a column of ``kind``, and a problem (a Chinese sentence
    that says how to fix it) or a ``CellWarning``, or None."""
    if raw is None:
        return EMPTY
    if isinstance(raw, str):
        if raw.__class__ is not str:  # rare: plain text pays for one test only
            if raw.__class__ is Formula:
                return _formula_text(raw, kind)  # type: ignore[arg-type]
            if raw.__class__ is CellError:
                return "", tr(
                    "单元格是错误值 {value}（通常是公式出错），请在 Excel 中改正后再导入"
                ).format(value=raw)
        text = clean_cell(raw)
        if not text:
            return EMPTY
        return (text, None) if kind == "text" else _clean_str(text, kind)
    if isinstance(raw, bool):
        shown = "TRUE" if raw else "FALSE"  # as Excel shows a logical cell
        if kind == "int":
            return "", _bad_int(shown)
        if kind == "date":
            return "", _bad_date(shown)
        return shown, None
    if isinstance(raw, int | float):
        if kind == "id_number":
            return "", _lost_digits(number_text(raw), tr("身份证号"))
        if kind == "int":
            if isinstance(raw, float) and not raw.is_integer():
                return "", _bad_int(number_text(raw))
            return str(int(raw)), None
        if kind == "date":
            return _date_from_number(raw, epoch)
        return number_text(raw), None  # text, phone: 13812345678.0 -> "13812345678"
    if isinstance(raw, dt.datetime):
        if kind == "date":
            return raw.date().isoformat(), None
        return _clean_str(_datetime_text(raw), kind)
    if isinstance(raw, dt.date):
        return _clean_str(raw.isoformat(), kind)
    if isinstance(raw, dt.time):
        shown = raw.strftime("%H:%M")
        return ("", _bad_date(shown)) if kind == "date" else _clean_str(shown, kind)
    text = clean_cell(str(raw))  # timedelta (duration formats) and anything exotic
    return _clean_str(text, kind) if text else ("", None)
