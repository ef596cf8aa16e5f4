"""Cleaning and checking of phones, ID numbers and names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio_app.base.errors import ValidationError
from studio_app.core.members import MemberInput, validate_member
from studio_app.core.validation import clean_name, normalise_id_number, normalise_phone

RARE_NAMES = ["王䶮", "李堃", "张喆", "刘赟", "陈昇", "赵旻", "孙犇", "周垚", "𠮷田"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("  13812345678\u3000", "13812345678"),
        ("0931-8123456", "0931-8123456"),
        ("09318123456", "0931-8123456"),
        ("(010) 12345678", "010-12345678"),
        ("021-87654321", "021-87654321"),
        ("0931-8123456转12", "0931-8123456-12"),
        ("８１２３４５６", "8123456"),
        ("", ""),
    ],
)
def test_phones_are_normalised(raw, expected):
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    "raw", ["123", "12812345678", "1381234567", "138123456789", "abc", "0000000"]
)
def test_bad_phones_are_refused_in_chinese(raw):
    with pytest.raises(ValueError, match="不是有效的电话号码"):
        normalise_phone(raw)


def _with_check_digit(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return (
        first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights, strict=True)) % 11]
    )


def test_id_numbers_with_valid_check_digit_pass():
    assert normalise_id_number("11010519491231002X") == "11010519491231002X"
    assert normalise_id_number("11010519491231002x") == "11010519491231002X"
    assert normalise_id_number("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    valid = _with_check_digit("62010219800101123")
    assert normalise_id_number(f" {valid} ") == valid


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("110105194912310021", "校验位不对（最后一位应为 X）"),
        ("110105491231002", "15位旧号码"),
        ("11010519491331002X", "出生日期不存在"),
        ("1101051949123100", "应为18位"),
        ("11010519491231002Y", "应为18位"),
    ],
)
def test_bad_id_numbers_say_what_is_wrong(raw, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        normalise_id_number(raw)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_any_wrong_check_digit_is_caught(first17):
    valid = _with_check_digit(first17)
    try:
        normalise_id_number(valid)
    except ValueError as exc:  # only an impossible birth date may fail the valid one
        assert "出生日期" in str(exc)
        return
    for wrong in "0123456789X":
        if wrong != valid[-1]:
            with pytest.raises(ValueError, match="校验位"):
                normalise_id_number(valid[:17] + wrong)


@pytest.mark.parametrize("name", RARE_NAMES)
def test_rare_characters_survive_cleaning(name):
    assert clean_name(f"  {name}\u3000") == name
    assert validate_member(MemberInput(name=name))["name"] == name


def test_padding_spaces_inside_chinese_names_are_removed_but_latin_names_keep_one():
    assert clean_name("王  明") == "王明"
    assert clean_name("John   Smith") == "John Smith"


def test_member_validation_names_every_bad_field():
    with pytest.raises(ValidationError) as info:
        validate_member(MemberInput(name="  ", phone="12345", sector="界" * 101))
    fields = {e.field: e.message for e in info.value.errors}
    assert set(fields) == {"name", "phone", "sector"}
    assert fields["name"] == "请填写姓名。"
    assert "联系电话" in fields["phone"] and "12345" in fields["phone"]
    assert "最多 100 个字" in fields["sector"]


def test_control_characters_are_refused():
    with pytest.raises(ValidationError, match="控制字符"):
        validate_member(MemberInput(name="王\x07明"))


@given(st.text(max_size=60))
def test_member_validation_never_crashes(text):
    """Any text either validates or gives field errors with Chinese messages."""
    try:
        values = validate_member(MemberInput(name=text, phone=text, sector=text))
    except ValidationError as exc:
        assert exc.errors and all(e.message for e in exc.errors)
    else:
        assert values["name"] == clean_name(text)
