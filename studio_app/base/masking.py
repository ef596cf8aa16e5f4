"""Phone and ID numbers hidden in the middle (138****5678), as printed documents show them by
default: a receipt taken home or a record left on a desk must not leak a villager's number."""

from __future__ import annotations


def mask_phone(phone: str) -> str:
    """138****5678 for a mobile; a landline keeps its area code and last four digits
    (0571-****6666); anything shorter than seven digits is hidden but for the last two."""
    phone = phone.strip()
    if not phone:
        return ""
    if "-" in phone:
        area, _, number = phone.partition("-")
        return f"{area}-{mask_phone(number)}" if len(number) > 4 else f"{area}-****"
    if len(phone) >= 7:
        head = 3 if len(phone) >= 11 else 0
        return phone[:head] + "*" * (len(phone) - head - 4) + phone[-4:]
    return "*" * max(len(phone) - 2, 1) + phone[-2:]


def mask_id_number(number: str) -> str:
    """The region code and the last four characters stay (110101********123X): enough to tell
    two people apart on paper, not enough to read a birth date off it."""
    number = number.strip()
    if len(number) < 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
