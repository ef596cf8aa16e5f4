"""Cleaning and checking of what people type or import: names, phones, ID numbers, dates.

Every checker returns the normalised value or raises ``ValueError`` with a Chinese sentence
that says what is wrong and how to fix it; ``Validator`` collects these per field.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from studio_app.base.errors import FieldError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.text import clean_text, to_half_width

_CJK_SPACED = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003134f\uf900-\ufaff·•\s]+$")
# What shows nothing: Unicode's default-ignorable characters (zero-width space, non-joiner and
# joiner, word joiner, BOM, soft hyphen, direction marks, variation selectors, Hangul fillers …)
# and the blank Braille pattern, besides whitespace. A name made only of these is no name.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff\\s]*"
)
# Direction controls (Unicode's Bidi_Control): embeddings, overrides, isolates and marks. In a
# name they only make it show as something else ("\u202e" turns what follows around).
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Area codes: 010 and 020-029 have three digits, all others four.
_LANDLINE = re.compile(r"^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})(?:#?(\d{1,6}))?$")
_LOCAL = re.compile(r"^[2-9]\d{6,7}$")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def clean_name(value: object) -> str:
    """A person's or household's name; spaces used to pad 2-character names are removed, and a
    name made only of invisible characters (zero-width space or joiner, BOM, soft hyphen …) is
    empty. Direction controls are refused by ``Validator.name``."""
    text = clean_text(value)
    if _INVISIBLE.fullmatch(text):
        return ""
    if _CJK_SPACED.match(text):
        text = re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text)


def normalise_phone(value: object) -> str:
    """A mainland mobile (13812345678) or landline (0931-8123456, with optional extension).

    Spaces, dashes, brackets, full-width digits and a +86 prefix are accepted. Empty stays empty.
    """
    raw = clean_text(value)
    if not raw:
        return ""
    text = to_half_width(raw)
    text = re.sub(r"[\s\-()（）.]", "", text)
    text = re.sub(r"(转|ext\.?|x)", "#", text, flags=re.IGNORECASE)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if _MOBILE.match(text):
        return text
    if m := _LANDLINE.match(text):
        area, number, ext = m.groups()
        return f"{area}-{number}" + (f"-{ext}" if ext else "")
    if _LOCAL.match(text):
        return text
    raise ValueError(
        tr(
            "“{value}”不是有效的电话号码：手机号应为以1开头的11位数字，座机号如 0931-8123456。"
        ).format(value=raw)
    )


def normalise_id_number(value: object) -> str:
    """An 18-character resident ID (GB 11643): birth date and check digit verified."""
    raw = clean_text(value)
    if not raw:
        return ""
    text = to_half_width(raw).replace(" ", "").upper()
    if len(text) == 15 and text.isdigit():
        raise ValueError(
            tr("身份证号“{value}”是15位旧号码，请填写18位身份证号。").format(value=raw)
        )
    if len(text) != 18 or not text[:17].isdigit() or not (text[17].isdigit() or text[17] == "X"):
        raise ValueError(
            tr("身份证号“{value}”应为18位：前17位是数字，最后一位是数字或X。").format(value=raw)
        )
    try:
        birth = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        birth = None
    if birth is None or birth.year < 1880 or birth > date.today():
        raise ValueError(tr("身份证号“{value}”中的出生日期不存在，请核对。").format(value=raw))
    expected = _ID_CHECK[sum(int(d) * w for d, w in zip(text[:17], _ID_WEIGHTS, strict=True)) % 11]
    if text[17] != expected:
        raise ValueError(
            tr("身份证号“{value}”的校验位不对（最后一位应为 {check}），请核对是否抄错。").format(
                value=raw, check=expected
            )
        )
    return text


class Validator:
    """Collects field errors so a form can show all of them at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, label: str, message: str) -> None:
        self.errors.append(FieldError(field, label, message))

    def required(self, field: str, label: str, value: str, *, max_length: int) -> str:
        if not value:
            self.add(field, label, tr("请填写{label}。").format(label=label))
        return self.length(field, label, value, max_length=max_length)

    def length(self, field: str, label: str, value: str, *, max_length: int) -> str:
        if len(value) > max_length:
            self.add(
                field,
                label,
                tr("{label}太长（{n} 个字），最多 {max} 个字。").format(
                    label=label, n=len(value), max=max_length
                ),
            )
        if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in value):
            self.add(
                field,
                label,
                tr("{label}中有无法显示的控制字符，请删除后重新输入。").format(label=label),
            )
        return value

    def name(
        self, field: str, label: str, value: object, *, max_length: int, required: bool = False
    ) -> str:
        """A person's or household's name: ``clean_name``-ed, checked like any text (filled in
        if ``required``, length, control characters) and refused when it holds a direction
        control, which would make it show as another name. Every form, the import and the
        command line check names here."""
        text = clean_name(value)
        if _BIDI_CONTROLS.search(text):
            self.add(
                field,
                label,
                tr(
                    "{label}中有改变文字显示方向的隐藏字符（常随从网页或聊天软件复制的文字带入），"
                    "会让名字看起来和实际不同。请删除后重新输入（可以整个删掉再手动输入）。"
                ).format(label=label),
            )
        if required:
            return self.required(field, label, text, max_length=max_length)
        return self.length(field, label, text, max_length=max_length)

    def check(self, field: str, label: str, func, value):
        try:
            return func(value)
        except ValueError as exc:
            self.add(field, label, tr("{label}：{text}").format(label=label, text=exc))
            return value

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(list(self.errors))
