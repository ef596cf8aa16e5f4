"""The poster's and the card's text: numbers as people read them out, lines that do not begin
with a comma, the hint broken where its sense breaks, a grid with room for its codes."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm

from studio_app.documents.fonts import FontChain
from studio_app.documents.line_breaks import CANNOT_START
from studio_app.documents.qr_sheets import (
    FOOTER_H,
    GRIDS,
    fit_lines,
    hint_lines,
    readable_phone,
    text_lines,
)


@pytest.fixture(scope="module")
def chain():
    return FontChain.find()


@pytest.mark.parametrize(
    ("stored", "printed"),
    [("13812345678", "138 1234 5678"), ("0931-8123456", "0931-8123456"), ("", "")],
)
def test_a_mobile_number_is_printed_in_groups(stored, printed):
    assert readable_phone(stored) == printed


def test_no_line_begins_with_a_mark_that_may_not_begin_one(chain):
    text = "用手机相机扫码，可把委员存进通讯录，不用上网；微信只显示名片文字，不能保存。" * 3
    for width in range(60, 400, 7):
        lines = fit_lines(chain, text, 12, width, 500)
        assert "".join(lines) == text
        assert not [line for line in lines if line[0] in CANNOT_START], width


@pytest.mark.parametrize(
    "text",
    [
        "中国人民政治协商会议某某县委员会委员工作室联络员",
        "县（区）政协委员 · 中国农工民主党",
        "专长：农村饮水安全、土地流转纠纷调处、乡村道路养护（通村公路）",
    ],
)
def test_a_wrapped_line_never_ends_with_one_character_alone(chain, text):
    """The card's title and facts: "…联络 / 员" is pulled together, at every width."""
    widths = [w for w in range(40, 400, 3) if len(fit_lines(chain, text, 12, w, 50)) > 1]
    assert len(widths) > 20
    for width in widths:
        lines = fit_lines(chain, text, 12, width, 50)
        assert "".join(lines) == text.replace(" ", " "), width
        assert len(lines[-1]) > 1, (width, lines)
        assert all(chain.string_width(line, 12) <= width for line in lines), width
        assert not [line for line in lines if line[0] in CANNOT_START], (width, lines)


def test_an_english_word_is_not_split(chain):
    text = "County (district) CPPCC member · Federation of Industry and Commerce"
    for width in range(80, 300, 9):
        lines = fit_lines(chain, text, 12, width, 50)
        assert " ".join(lines).split() == text.split(), width


def test_the_hint_breaks_after_its_semicolon(chain):
    hint = "用手机相机扫码，可把委员存进通讯录，不用上网；微信“扫一扫”只显示名片文字，不能保存。"
    assert hint_lines(chain, hint, 12, 500 * mm) == [hint]
    first, second = hint_lines(chain, hint, 12, 110 * mm)
    assert first.endswith("不用上网；") and second.startswith("微信")


@pytest.mark.parametrize(("size", "paper"), [("A4", A4), ("A3", A3)])
def test_every_cell_has_room_for_its_code_and_its_lines(size, paper):
    grid = GRIDS[size]
    # the tallest header: the hint on two lines
    header = grid.title * 1.25 + grid.studio * 1.4 + 2 * grid.hint * 1.35 + 3 * mm
    cell_h = (paper[1] - grid.margin - header - FOOTER_H) / grid.rows
    # the title and the specialties, a line each; on A4 a third (a title in two, or specialties)
    assert text_lines(grid, cell_h) >= (3 if size == "A4" else 2)
    assert min(grid.name, grid.text, grid.caption, grid.hint) >= 12
