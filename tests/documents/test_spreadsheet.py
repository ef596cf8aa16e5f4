"""Reading the messy .xlsx files coordinators really get, and writing exports/templates.

Every file is built in tmp_path, shaped like what Excel/WPS users produce: with openpyxl, and
by hand (zipfile) only for what openpyxl cannot write (shared strings, cached formula results).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from studio_app.base.errors import StudioError
from studio_app.documents.spreadsheet import (
    CellProblem,
    Column,
    SheetData,
    SpreadsheetError,
    clean_cell,
    read_sheet,
    write_sheet,
    write_template,
)

COLUMNS = [
    Column("head_name", "户主姓名", ("户主", "姓名", "户主名"), required=True),
    Column(
        "phone", "联系电话", ("电话", "手机号码", "手机", "联系方式"), required=True, kind="phone"
    ),
    Column("village", "所在村", ("村", "村（社区）", "所属村"), required=True),
    Column("id_number", "身份证号", ("身份证号码", "公民身份号码"), kind="id_number"),
    Column("members", "家庭人口", ("人口",), kind="int"),
    Column("visited_on", "走访日期", ("日期",), kind="date"),
    Column("note", "备注", ("说明",)),
]


def make_xlsx(
    path: Path,
    rows: list[list[object]],
    *,
    merges: tuple[str, ...] = (),
    title: str = "花名册",
) -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    workbook.save(path)
    return path


def read(path: Path, **kwargs) -> SheetData:
    return read_sheet(path, COLUMNS, **kwargs)


def patch_sheet_xml(path: Path, change) -> None:
    """Rewrite xl/worksheets/sheet1.xml of an openpyxl file (for things openpyxl cannot write)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    # openpyxl writes an empty value <v /> by itself and <v></v> with lxml (python-docx's): one form
    sheet = parts["xl/worksheets/sheet1.xml"].replace(b"<v></v>", b"<v />")
    parts["xl/worksheets/sheet1.xml"] = change(sheet)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


# --- header matching and header row detection -------------------------------------------------


def test_headers_matched_by_normalised_name_in_any_order(tmp_path):
    headers = [
        "村(社区)",  # ASCII parentheses against the alias "村（社区）"
        " 户 主\u3000姓 名 ",  # spaces for alignment, full-width space
        "联系\n电话：",  # line break inside, trailing full-width colon
        "身份证号码*",
        "\u00a0人口:",  # NBSP and ASCII colon
        "序号",
    ]
    path = make_xlsx(
        tmp_path / "a.xlsx",
        [headers, ["东关村", "王建国", "13812345678", "11010119800101001X", 3, 1]],
    )
    data = read(path)
    assert data.header_row == 1
    assert data.matched == {
        "village": "村(社区)",
        "head_name": "户主姓名",
        "phone": "联系电话",
        "id_number": "身份证号码",
        "members": "人口",
    }
    assert data.unknown_headers == ["序号"]
    assert data.problems == []
    assert data.rows[0].row == 2
    assert data.rows[0].values == {
        "head_name": "王建国",
        "phone": "13812345678",
        "village": "东关村",
        "id_number": "11010119800101001X",
        "members": "3",
        "visited_on": "",  # absent optional columns are "" too
        "note": "",
    }


def test_latin_header_case_and_full_width_letters(tmp_path):
    columns = [Column("name", "姓名", required=True), Column("qq", "QQ号", ("QQ",))]
    path = make_xlsx(tmp_path / "a.xlsx", [["姓名", "ｑｑ号"], ["李四", "１２３４５"]])
    data = read_sheet(path, columns)
    assert data.matched == {"name": "姓名", "qq": "qq号"}  # as found, after clean_cell
    assert data.rows[0].values == {"name": "李四", "qq": "12345"}


def test_header_row_found_below_merged_title_and_date_line(tmp_path):
    rows = [
        ["XX镇委员联户花名册", None, None, None, None, None, None, None],
        ["填报日期：2024年3月5日", None, None, None, None, None, None, None],
        ["序号", "户主", "手机号码", "所属村", "身份证号", "家庭人口", "走访日期", "备注"],
        [1, "张三", "13900000001", "西关村", "", 4, None, ""],
        [2, "李四", "13900000002", "西关村", "", 2, None, "低保户"],
    ]
    path = make_xlsx(tmp_path / "a.xlsx", rows, merges=("A1:H1", "A2:H2"))
    data = read(path)
    assert data.header_row == 3
    assert [r.row for r in data.rows] == [4, 5]
    assert [r.values["head_name"] for r in data.rows] == ["张三", "李四"]
    assert data.rows[1].values["note"] == "低保户"


def test_header_row_is_the_row_with_most_matches(tmp_path):
    rows = [
        ["姓名", "电话"],  # a stray line that happens to match two columns
        ["户主姓名", "联系电话", "所在村", "备注"],
        ["王五", "13700000000", "南街村", ""],
    ]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert data.header_row == 2
    assert data.rows[0].row == 3
    assert data.rows[0].values["village"] == "南街村"


def test_required_header_with_star_and_must_fill_suffix(tmp_path):
    rows = [["*户主姓名", "联系电话（必填）", "所在村 *"], ["赵六", "13600000000", "北村"]]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert data.rows[0].values["phone"] == "13600000000"
    assert data.matched["village"] == "所在村"


def test_missing_required_column_lists_missing_and_found_headers(tmp_path):
    rows = [["户主姓名", "所在村", "住址", "备注"], ["王一", "东村", "1号", ""]]
    with pytest.raises(SpreadsheetError) as caught:
        read(make_xlsx(tmp_path / "a.xlsx", rows))
    message = str(caught.value)
    assert "缺少必填的列：联系电话" in message
    assert "第 1 行的表头是：户主姓名、所在村、住址、备注" in message
    assert caught.value.missing == ("联系电话",)
    assert caught.value.found == ("户主姓名", "所在村", "住址", "备注")
    assert isinstance(caught.value, StudioError)


def test_header_with_too_few_columns_still_names_the_missing_ones(tmp_path):
    rows = [["户主姓名", None, "所在村", "住址"], ["王一", None, "东村", "1号"]]  # 2 of 3 required
    with pytest.raises(SpreadsheetError) as caught:
        read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert "缺少必填的列：联系电话。第 1 行的表头是：户主姓名、所在村、住址。" in str(caught.value)


def test_no_header_row_in_the_first_rows(tmp_path):
    rows = [["这是一份说明"], ["没有表头"], ["张三", "13800000000"]]
    with pytest.raises(SpreadsheetError, match="没有找到表头") as caught:
        read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert "“户主姓名”" in str(caught.value)


def test_header_below_row_ten_is_not_searched(tmp_path):
    rows = [[f"说明第{i}行"] for i in range(1, 11)]
    rows += [["户主姓名", "联系电话", "所在村"], ["王一", "13800000000", "东村"]]
    with pytest.raises(SpreadsheetError, match="前 10 行"):
        read(make_xlsx(tmp_path / "a.xlsx", rows))


def test_duplicate_column_prefers_canonical_header_and_reports_the_other(tmp_path):
    rows = [["姓名", "户主姓名", "联系电话", "所在村"], ["王小明", "王大明", "13800000000", "东村"]]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert data.rows[0].values["head_name"] == "王大明"
    assert data.problems == [
        CellProblem(1, "姓名", "“姓名”和“户主姓名”是同一列，已使用“户主姓名”，这一列没有导入")
    ]


def test_two_row_header_uses_the_lower_header_text(tmp_path):
    rows = [
        ["户主姓名", "联系方式", None, "所在村"],
        [None, "手机", "座机", None],
        ["王一", "13800000000", "0931-1234567", "东村"],
    ]
    path = make_xlsx(tmp_path / "a.xlsx", rows, merges=("A1:A2", "B1:C1", "D1:D2"))
    data = read(path)
    assert data.header_row == 1
    assert data.matched["phone"] == "手机"
    assert data.matched["head_name"] == "户主姓名"
    assert data.unknown_headers == ["座机"]
    assert [(r.row, r.values["phone"]) for r in data.rows] == [(3, "13800000000")]


# --- rows: blanks, footers, merged cells, formulas ------------------------------------------


def test_blank_and_space_only_rows_are_skipped(tmp_path):
    rows = [
        ["户主姓名", "联系电话", "所在村", "序号"],
        ["王一", "13800000001", "东村", 1],
        [None, None, None, None],
        ["  ", "\u3000", "\u00a0", 3],  # only spaces; a pre-numbered 序号 does not count
        ["王二", "13800000002", "东村", 4],
    ]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert [(r.row, r.values["head_name"]) for r in data.rows] == [(2, "王一"), (5, "王二")]


def test_footer_rows_are_skipped_only_when_no_required_value(tmp_path):
    rows = [
        ["序号", "户主姓名", "联系电话", "所在村", "家庭人口"],
        [1, "王一", "13800000001", "东村", 3],
        ["合计", None, None, None, 3],
        ["备注", "王二", "13800000002", "东村", None],  # has required values: kept
        ["填表人：李会计", None, None, None, None],
        [None, "制表人：张三", None, "审核人：李四", None],  # footer text in a required column
    ]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert [(r.row, r.values["head_name"]) for r in data.rows] == [(2, "王一"), (4, "王二")]


def test_merged_village_cell_is_repeated_down_its_rows(tmp_path):
    rows = [
        ["所在村", "户主姓名", "联系电话"],
        ["东关村", "王一", "13800000001"],
        [None, "王二", "13800000002"],
        [None, "王三", "13800000003"],
        ["西关村", "李一", "13800000004"],
        [None, None, None],  # spare rows inside the merged range stay blank rows
        [None, None, None],
        ["南关村", "赵一", "13800000005"],
    ]
    path = make_xlsx(tmp_path / "a.xlsx", rows, merges=("A2:A4", "A5:A7"))
    data = read(path)
    assert [(r.row, r.values["head_name"], r.values["village"]) for r in data.rows] == [
        (2, "王一", "东关村"),
        (3, "王二", "东关村"),
        (4, "王三", "东关村"),
        (5, "李一", "西关村"),
        (8, "赵一", "南关村"),
    ]


def test_formula_cells_give_their_cached_value(tmp_path):
    rows = [["户主姓名", "联系电话", "所在村", "家庭人口"], ["王一", "13800000001", "东村", "=1+2"]]
    rows.append(["王二", "13800000002", '="东"&"村"', "=1+1"])
    path = make_xlsx(tmp_path / "a.xlsx", rows)
    # openpyxl cannot store a cached result; give the formulas one, as Excel would: 3, and an
    # empty string for the string formula (t="str" with an empty <v>, as Excel writes it).
    patch_sheet_xml(
        path,
        lambda xml: (
            xml.replace(b"<f>1+2</f><v />", b"<f>1+2</f><v>3</v>")
            .replace(b"<f>1+1</f><v />", b"<f>1+1</f><v>2</v>")
            .replace(b'<c r="C3">', b'<c r="C3" t="str">')
        ),
    )
    data = read(path)
    assert [(r.values["village"], r.values["members"]) for r in data.rows] == [
        ("东村", "3"),
        ("", "2"),
    ]
    assert data.problems == data.warnings == []


def test_a_formula_without_its_result_is_its_text_with_a_warning(tmp_path):
    """A file whose formulas were never calculated (written by a program, or saved with
    calculation off): a text column gets the formula's text and the preview a warning; a phone,
    ID number, number or date column cannot take a formula: the row is refused, the cell named."""
    rows = [
        ["户主姓名", "联系电话", "所在村", "身份证号", "家庭人口", "走访日期", "备注"],
        ["王一", "13800000001", '=A2&"村"', "11010119800101001X", 3, None, "=B2"],
        ["王二", "=B2", "东村", '="1101"&A3', "=1+1", "=TODAY()", None],
    ]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    first, second = (r.values for r in data.rows)
    assert (first["village"], first["note"]) == ('=A2&"村"', "=B2")
    assert (second["phone"], second["id_number"], second["members"], second["visited_on"]) == (
        "", "", "", "",
    )  # fmt: skip
    assert [(w.row, w.column) for w in data.warnings] == [(2, "所在村"), (2, "备注")]
    assert '单元格 C2 是公式 =A2&"村"' in data.warnings[0].message
    assert "已按公式原文导入" in data.warnings[0].message
    assert [(p.row, p.column) for p in data.problems] == [
        (3, "联系电话"), (3, "身份证号"), (3, "家庭人口"), (3, "走访日期"),
    ]  # fmt: skip
    assert "单元格 B3 是公式 =B2" in data.problems[0].message
    assert "这一列只能导入结果" in data.problems[0].message
    assert "单元格 D3 是公式" in data.problems[1].message


def test_shared_formulas_without_results_are_translated_to_their_cells(tmp_path):
    sheet_data = (
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>户主姓名</x:t></x:is></x:c>'
        '<x:c r="B1" t="inlineStr"><x:is><x:t>联系电话</x:t></x:is></x:c>'
        '<x:c r="C1" t="inlineStr"><x:is><x:t>所在村</x:t></x:is></x:c></x:row>'
        '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>王一</x:t></x:is></x:c>'
        '<x:c r="C2"><x:f t="shared" ref="C2:C4" si="0">A2&amp;"家"</x:f></x:c></x:row>'
        '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>王二</x:t></x:is></x:c>'
        '<x:c r="C3" t="str"><x:f t="shared" si="0"/><x:v>王二家</x:v></x:c></x:row>'
        '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>王三</x:t></x:is></x:c>'
        '<x:c r="C4"><x:f t="shared" si="0"/></x:c></x:row>'
    )
    data = read(excel_style_xlsx(tmp_path / "shared.xlsx", sheet_data, []))
    assert [r.values["village"] for r in data.rows] == ['=A2&"家"', "王二家", '=A4&"家"']
    assert [(w.row, w.column) for w in data.warnings] == [(2, "所在村"), (4, "所在村")]
    assert '单元格 C4 是公式 =A4&"家"' in data.warnings[1].message


def test_wrong_stored_dimension_does_not_cut_the_data(tmp_path):
    rows = [["户主姓名", "联系电话", "所在村", "备注"], ["王一", "13800000001", "东村", "已走访"]]
    path = make_xlsx(tmp_path / "a.xlsx", rows)
    patch_sheet_xml(
        path, lambda xml: re.sub(rb'<dimension ref="[^"]*" />', b'<dimension ref="A1" />', xml)
    )
    data = read(path)
    assert data.rows[0].values["note"] == "已走访"


def test_error_values_are_reported(tmp_path):
    rows = [["户主姓名", "联系电话", "所在村"], ["王一", "#N/A", "东村"]]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert data.rows[0].values["phone"] == ""
    assert data.problems == [
        CellProblem(
            2, "联系电话", "单元格是错误值 #N/A（通常是公式出错），请在 Excel 中改正后再导入"
        )
    ]
    assert {p.row for p in data.problems if p.row > data.header_row} == {2}


# --- cell cleaning ----------------------------------------------------------------------------

RARE = "䶮堃喆赟昇旻犇垚𠮷"


def test_text_cleaning(tmp_path):
    rows = [
        ["户主姓名", "联系电话", "所在村", "备注"],
        ["\u3000王 建国\u00a0 ", "'13800000001", " 东关村（社区） ", "ＡＢ１２－３号，已办结！"],
        [RARE, "13800000002", "\uf900村", "'0931"],
        ["李\u200b", "13800000003", "西村", "第一行\r\n第二行_x000D_\n第三行"],
    ]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    first, second, third = (r.values for r in data.rows)
    assert first["head_name"] == "王 建国"  # inner space kept: only the ends are trimmed
    assert first["phone"] == "13800000001"  # Excel's leading apostrophe removed
    assert first["village"] == "东关村（社区）"  # Chinese punctuation stays full-width
    assert first["note"] == "AB12-3号，已办结！"
    # Rare and Extension-B ideographs and a CJK compatibility ideograph come through unchanged
    # (NFKC would turn U+F900 豈 into U+8C48).
    assert second["head_name"].encode() == RARE.encode()
    assert second["village"] == "\uf900村"
    assert second["note"] == "0931"
    assert third["head_name"] == "李"
    assert third["note"] == "第一行\n第二行\n第三行"


def test_clean_cell_directly():
    assert clean_cell("\ufeff\u3000 'ＡＢＣ１２３ ") == "ABC123"
    assert clean_cell("𠮷野家\U0001f600") == "𠮷野家\U0001f600"
    assert clean_cell("一、（一）：；") == "一、（一）：；"


def test_phone_cells(tmp_path):
    rows = [
        ["户主姓名", "联系电话", "所在村"],
        ["王一", 13812345678, "东村"],
        ["王二", 13812345678.0, "东村"],
        ["王三", "138 1234 5678", "东村"],
        ["王四", "0931-1234567", "东村"],
        ["王五", "０９３１－１２３４５６７", "东村"],
        ["王六", "1.38123E+10", "东村"],
    ]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert [r.values["phone"] for r in data.rows] == [
        "13812345678",
        "13812345678",
        "13812345678",
        "0931-1234567",
        "0931-1234567",
        "",
    ]
    [problem] = data.problems
    assert (problem.row, problem.column) == (7, "联系电话")
    assert problem.message.startswith("电话号码被 Excel 存成了数字（显示为 1.38123E+10）")


def test_id_number_stored_as_number_is_a_problem_not_a_wrong_value(tmp_path):
    rows = [
        ["户主姓名", "联系电话", "所在村", "身份证号"],
        ["王一", "13800000001", "东村", 110101198001010000],
        ["王二", "13800000002", "东村", 1.10101198001011e17],
        ["王三", "13800000003", "东村", "11010119800101001x"],
        ["王四", "13800000004", "东村", " 1101 0119 8001 0100 1X "],
        ["王五", "13800000005", "东村", "1.10101E+17"],
    ]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert [r.values["id_number"] for r in data.rows] == [
        "",
        "",
        "11010119800101001X",
        "11010119800101001X",
        "",
    ]
    assert [(p.row, p.column) for p in data.problems] == [
        (2, "身份证号"),
        (3, "身份证号"),
        (6, "身份证号"),
    ]
    message = data.problems[1].message
    assert "身份证号被 Excel 存成了数字" in message
    assert "1.10101198001011E+17" not in message and "110101198001011000" in message
    assert "单元格格式设为“文本”" in message


def test_int_cells(tmp_path):
    rows = [["户主姓名", "联系电话", "所在村", "家庭人口"]]
    values = ["3", 3, 3.0, "３", " 3.0 ", "1,200", "三", 2.5, True]
    rows += [[f"户{i}", "13800000000", "东村", v] for i, v in enumerate(values)]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert [r.values["members"] for r in data.rows] == ["3", "3", "3", "3", "3", "1200", "", "", ""]
    assert [(p.row, p.message) for p in data.problems] == [
        (8, "“三”不是整数，请填写阿拉伯数字，如 3"),
        (9, "“2.5”不是整数，请填写阿拉伯数字，如 3"),
        (10, "“TRUE”不是整数，请填写阿拉伯数字，如 3"),
    ]


def test_date_cells(tmp_path):
    rows = [["户主姓名", "联系电话", "所在村", "走访日期"]]
    values = [
        dt.datetime(2024, 3, 5, 14, 30),
        dt.date(2024, 3, 5),
        "2024-3-5",
        "2024/3/5",
        "2024.3.5",
        "2024年3月5日",
        "20240305",
        "２０２４－０３－０５",
        "2024-3-5 14:30",
        "2024 年 3 月 5 日",
        45356,  # Excel serial number in a General cell
        20240305,
        "2024-02-30",
        "明天",
        "1850-01-01",
    ]
    rows += [[f"户{i}", "13800000000", "东村", v] for i, v in enumerate(values)]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert [r.values["visited_on"] for r in data.rows] == ["2024-03-05"] * 12 + ["", "", ""]
    assert [(p.row, p.column, p.message) for p in data.problems] == [
        (14, "走访日期", "“2024-02-30”不是有效的日期，请写成 2024-03-05 这样的格式"),
        (15, "走访日期", "“明天”不是有效的日期，请写成 2024-03-05 这样的格式"),
        (16, "走访日期", "“1850-01-01”不是有效的日期，请写成 2024-03-05 这样的格式"),
    ]
    assert str(data.problems[1]) == (
        "第 15 行“走访日期”：“明天”不是有效的日期，请写成 2024-03-05 这样的格式"
    )


def test_dates_and_numbers_in_text_columns(tmp_path):
    rows = [
        ["户主姓名", "联系电话", "所在村", "备注"],
        ["王一", "13800000001", "东村", dt.datetime(2024, 3, 5)],
        ["王二", "13800000002", "东村", 0.1 + 0.2],
        ["王三", "13800000003", "东村", 12.0],
    ]
    data = read(make_xlsx(tmp_path / "a.xlsx", rows))
    assert [r.values["note"] for r in data.rows] == ["2024-03-05", "0.3", "12"]


# --- files as Excel/WPS save them -------------------------------------------------------------
#
# openpyxl always writes inline strings, so these parts are written by hand to cover what Excel
# and WPS write: shared strings (with rich-text and phonetic runs), numeric styles, the 1904 date
# system, namespace prefixes (OpenXML SDK) and rows/cells without a reference.

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def excel_style_xlsx(
    path: Path, sheet_data: str, shared: list[str], *, date1904: bool = False, merges: str = ""
) -> Path:
    sst = "".join(f"<si>{item}</si>" for item in shared)
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        f'<workbookPr date1904="{int(date1904)}"/><bookViews><workbookView activeTab="0"/></bookViews>'
        '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL}/styles" Target="styles.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{_MAIN}">{sst}</sst>',
        # style 1: built-in 31 (yyyy"年"m"月"d"日" in Chinese Excel), style 2: custom date format
        "xl/styles.xml": f'<styleSheet xmlns="{_MAIN}"><numFmts count="1">'
        '<numFmt numFmtId="176" formatCode="yyyy/m/d;@"/></numFmts><cellXfs count="3">'
        '<xf numFmtId="0"/><xf numFmtId="31" applyNumberFormat="1"/><xf numFmtId="176"/>'
        "</cellXfs></styleSheet>",
        "xl/worksheets/sheet1.xml": f'<x:worksheet xmlns:x="{_MAIN}"><x:sheetData>{sheet_data}'
        f"</x:sheetData>{merges}</x:worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + text)
    return path


def test_file_as_excel_saves_it(tmp_path):
    shared = [
        "<t>户主姓名</t>",
        "<t>联系电话</t>",
        "<t>所在村</t>",
        "<t>走访日期</t>",
        '<r><t>王</t></r><r><rPr><b/></rPr><t>建国</t></r><rPh sb="0" eb="1"><t>ワン</t></rPh>',
        '<t xml:space="preserve"> 东关村 </t>',
    ]
    sheet_data = (
        '<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c>'
        '<x:c r="C2" t="s"><x:v>2</x:v></x:c><x:c r="D2" t="s"><x:v>3</x:v></x:c></x:row>'
        '<x:row r="3"><x:c r="A3" t="s"><x:v>4</x:v></x:c><x:c r="B3"><x:v>13812345678</x:v></x:c>'
        '<x:c r="C3" t="s"><x:v>5</x:v></x:c><x:c r="D3" s="1"><x:v>43894</x:v></x:c></x:row>'
        # a row and cells without references follow on from the previous ones
        '<x:row><x:c t="str"><x:f>"李"&amp;"四"</x:f><x:v>李四</x:v></x:c>'
        '<x:c t="e"><x:v>#REF!</x:v></x:c><x:c/><x:c s="2"><x:v>43894.5</x:v></x:c></x:row>'
        '<x:row r="6"><x:c r="A6" t="inlineStr"><x:is><x:t>赵六</x:t></x:is></x:c>'
        '<x:c r="B6" t="b"><x:v>1</x:v></x:c><x:c r="D6"><x:v>43894</x:v></x:c></x:row>'
    )
    merges = '<x:mergeCells count="1"><x:mergeCell ref="C3:C6"/></x:mergeCells>'
    path = excel_style_xlsx(
        tmp_path / "excel.xlsx", sheet_data, shared, date1904=True, merges=merges
    )
    data = read(path)
    assert data.header_row == 2
    assert [
        (
            r.row,
            r.values["head_name"],
            r.values["phone"],
            r.values["village"],
            r.values["visited_on"],
        )
        for r in data.rows
    ] == [
        (3, "王建国", "13812345678", "东关村", "2024-03-05"),
        (4, "李四", "", "东关村", "2024-03-05"),
        (6, "赵六", "TRUE", "东关村", "2024-03-05"),  # 1904 date system for plain serials too
    ]
    assert [(p.row, p.column) for p in data.problems] == [(4, "联系电话")]
    assert "#REF!" in data.problems[0].message


def test_excel_escapes_are_decoded_as_excel_shows_them(tmp_path):
    """Excel stores a control character in cell text as "_xHHHH_" and a literal "_x0041_" as
    "_x005F_x0041_"; the cleaning of each column then deals with what they stand for."""
    shared = [
        "<t>户主姓名</t>",
        "<t>联系电话</t>",
        "<t>所在村</t>",
        "<t>备注</t>",
        "<t>王_x001B_一</t>",  # an ESC, as Excel writes it
        "<t>第一行_x000D__x000a_第二行</t>",
        "<t>代号_x005F_x0041_</t>",  # the text "_x0041_" itself
        "<t>_xD842__xDFB7_田_xd800_</t>",  # 𠮷 as two surrogates, and a lone one
    ]
    sheet_data = (
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c>'
        '<x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="s"><x:v>3</x:v></x:c></x:row>'
        '<x:row r="2"><x:c r="A2" t="s"><x:v>4</x:v></x:c>'
        '<x:c r="B2" t="inlineStr"><x:is><x:t>1381234567_x0038_</x:t></x:is></x:c>'
        '<x:c r="C2" t="str"><x:f>"东"&amp;"村"</x:f><x:v>东_x0009_村</x:v></x:c>'
        '<x:c r="D2" t="s"><x:v>5</x:v></x:c></x:row>'
        '<x:row r="3"><x:c r="A3" t="s"><x:v>7</x:v></x:c><x:c r="D3" t="s"><x:v>6</x:v></x:c>'
        "</x:row>"
    )
    data = read(excel_style_xlsx(tmp_path / "escapes.xlsx", sheet_data, shared))
    first, second = (r.values for r in data.rows)
    assert first == first | {
        "head_name": "王\x1b一",  # the validators refuse the control character, as typed
        "phone": "13812345678",
        "village": "东\t村",
        "note": "第一行\n第二行",
    }
    assert second["head_name"] == "𠮷田\ufffd"
    assert second["note"] == "代号_x0041_"


def test_text_that_looks_like_an_escape_is_written_so_that_it_reads_back(tmp_path):
    path = tmp_path / "export.xlsx"
    write_sheet(path, COLUMNS, [{"head_name": "王一", "note": "代号_x0041_ _x000D_"}])
    with zipfile.ZipFile(path) as archive:
        assert b"_x005F_x0041_ _x005F_x000D_" in archive.read("xl/worksheets/sheet1.xml")
    assert read(path).rows[0].values["note"] == "代号_x0041_ _x000D_"


# --- sheets -------------------------------------------------------------------------------------


def _two_sheet_workbook(path: Path, *, hide_first_roster: bool = False) -> Path:
    workbook = Workbook()
    readme = workbook.active
    readme.title = "说明"
    readme.append(["本表由村委会填写"])
    old = workbook.create_sheet("旧名单")
    old.append(["户主姓名", "联系电话", "所在村"])
    old.append(["旧人", "13800000000", "旧村"])
    if hide_first_roster:
        old.sheet_state = "hidden"
    roster = workbook.create_sheet("花名册")
    roster.append(["户主姓名", "联系电话", "所在村"])
    roster.append(["新人", "13900000000", "新村"])
    workbook.save(path)
    return path


def test_first_sheet_with_a_header_row_is_read(tmp_path):
    data = read(_two_sheet_workbook(tmp_path / "a.xlsx"))
    assert data.sheet == "旧名单"
    assert data.rows[0].values["head_name"] == "旧人"


def test_hidden_sheets_come_after_visible_ones(tmp_path):
    data = read(_two_sheet_workbook(tmp_path / "a.xlsx", hide_first_roster=True))
    assert data.sheet == "花名册"


def test_sheet_chosen_by_name(tmp_path):
    path = _two_sheet_workbook(tmp_path / "a.xlsx")
    assert read(path, sheet="花名册").rows[0].values["head_name"] == "新人"
    with pytest.raises(
        SpreadsheetError, match="没有名为“名单”的工作表。现有的工作表：说明、旧名单、花名册"
    ):
        read(path, sheet="名单")


def test_without_any_header_the_active_sheet_is_reported(tmp_path):
    workbook = Workbook()
    workbook.active.title = "封面"
    workbook.create_sheet("数据").append(["甲", "乙"])
    workbook.active = 1
    workbook.save(tmp_path / "a.xlsx")
    with pytest.raises(SpreadsheetError, match="工作表“数据”的前 10 行"):
        read(tmp_path / "a.xlsx")


# --- files that are not a readable .xlsx ---------------------------------------------------------


def _valid_xlsx_bytes(tmp_path: Path) -> bytes:
    path = make_xlsx(
        tmp_path / "ok.xlsx", [["户主姓名", "联系电话", "所在村"], ["王一", "1", "东村"]]
    )
    return path.read_bytes()


CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("old.xls", CFB + b"Workbook".ljust(512, b"\x00"), "旧版 Excel 97-2003（.xls）"),
        ("secret.xlsx", CFB + "EncryptionInfo".encode("utf-16-le"), "设置了打开密码"),
        ("list.xlsx", "户主姓名,联系电话\n王一,138\n".encode("gbk"), "文本（CSV）文件"),
        ("export.xls", b"<html><body><table><tr><td>1</td></tr></table>", "网页（HTML）格式"),
        ("empty.xlsx", b"", "是空的（0 字节）"),
        ("junk.xlsx", bytes(range(256)) * 4, "不是 Excel 工作簿（.xlsx）"),
    ],
)
def test_not_an_xlsx(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError) as caught:
        read(path)
    message = str(caught.value)
    assert expected in message
    assert name in message


@pytest.mark.parametrize("name", ["old.xls", "list.xlsx", "export.xls", "junk.xlsx"])
def test_convertible_formats_say_how_to_save_as_xlsx(tmp_path, name):
    content = {
        "old.xls": CFB,
        "list.xlsx": b"a,b\n1,2\n",
        "export.xls": b"<html></html>",
        "junk.xlsx": bytes(range(256)),
    }[name]
    (tmp_path / name).write_bytes(content)
    with pytest.raises(SpreadsheetError, match="另存为"):
        read(tmp_path / name)


def test_truncated_xlsx_is_reported_as_damaged(tmp_path):
    data = _valid_xlsx_bytes(tmp_path)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(SpreadsheetError, match="已损坏或不完整"):
        read(path)


def test_damaged_sheet_xml_is_reported_as_damaged(tmp_path):
    path = make_xlsx(
        tmp_path / "a.xlsx", [["户主姓名", "联系电话", "所在村"], ["王一", "1", "东村"]]
    )
    patch_sheet_xml(path, lambda xml: xml[: len(xml) // 2])
    with pytest.raises(SpreadsheetError, match="已损坏或不完整"):
        read(path)


def test_garbled_compressed_data_is_reported_as_damaged(tmp_path):
    rows = [["户主姓名", "联系电话", "所在村"]] + [[f"户{i}", "1", "东村"] for i in range(300)]
    path = make_xlsx(tmp_path / "a.xlsx", rows)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 200, start + 260):  # well inside the deflate stream
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetError, match="已损坏或不完整"):
        read(path)


def test_other_zip_files_are_not_workbooks(tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(SpreadsheetError, match="可能是 Word 文档"):
        read(path)


def test_missing_file(tmp_path):
    with pytest.raises(SpreadsheetError, match="找不到文件"):
        read(tmp_path / "nope.xlsx")


def test_real_xlsx_with_a_wrong_extension_is_read(tmp_path):
    path = tmp_path / "renamed.xls"
    path.write_bytes(_valid_xlsx_bytes(tmp_path))
    assert read(path).rows[0].values["head_name"] == "王一"


def test_ambiguous_column_definitions_are_a_programming_error(tmp_path):
    path = make_xlsx(tmp_path / "a.xlsx", [["姓名"]])
    columns = [Column("a", "户主姓名", ("姓名",)), Column("b", "委员姓名", ("姓名",))]
    with pytest.raises(ValueError, match="also matches"):
        read_sheet(path, columns)
    with pytest.raises(ValueError, match="unknown kind"):
        Column("a", "甲", kind="money")


# --- write_sheet ------------------------------------------------------------------------------


def test_write_sheet_layout(tmp_path):
    path = tmp_path / "export.xlsx"
    records = [
        {
            "head_name": "王一",
            "phone": "13800000001",
            "village": "东村",
            "id_number": "110101198001010011",
        },
        {
            "head_name": "王二",
            "phone": None,
            "village": "西村",
            "members": 3,
            "visited_on": dt.date(2024, 3, 5),
        },
    ]
    count = write_sheet(path, COLUMNS, iter(records), title="委员联户名单", sheet_name="名单")
    assert count == 2

    ws = load_workbook(path)["名单"]
    assert ws["A1"].value == "委员联户名单"
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:G1"]
    assert [c.value for c in ws[2]] == [c.header for c in COLUMNS]
    assert all(c.font.bold for c in ws[2])
    assert ws.freeze_panes == "A3"
    assert ws.column_dimensions["A"].width == 14
    assert ws["B3"].value == "13800000001" and ws["B3"].data_type == "s"
    assert ws["D3"].value == "110101198001010011"
    assert ws["E4"].value == "3" and ws["F4"].value == "2024-03-05"
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value is not None]
    assert len(cells) == 7 + 4 + 4 and all(c.number_format == "@" for c in cells)
    # Empty values have no cell; the whole-column text format covers them.
    assert all(ws.column_dimensions[letter].number_format == "@" for letter in "ABCDEFG")

    data = read(path)
    assert data.header_row == 2
    assert [r.values for r in data.rows] == [
        {
            "head_name": "王一",
            "phone": "13800000001",
            "village": "东村",
            "id_number": "110101198001010011",
            "members": "",
            "visited_on": "",
            "note": "",
        },
        {
            "head_name": "王二",
            "phone": "",
            "village": "西村",
            "id_number": "",
            "members": "3",
            "visited_on": "2024-03-05",
            "note": "",
        },
    ]


def test_write_sheet_never_writes_formulas(tmp_path):
    path = tmp_path / "export.xlsx"
    dangerous = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "=1+1"]
    write_sheet(path, COLUMNS, [{"head_name": "王一", "note": text} for text in dangerous])

    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert (
        "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)" in xml
        or '=HYPERLINK("http://x","y")' in xml
    )

    ws = load_workbook(path).active
    notes = [ws.cell(row=r, column=7) for r in range(2, 7)]
    assert [c.value for c in notes] == dangerous
    assert all(c.data_type == "s" and c.quotePrefix for c in notes)
    assert [r.values["note"] for r in read(path).rows] == dangerous


def test_write_sheet_drops_characters_xml_cannot_hold(tmp_path):
    path = tmp_path / "export.xlsx"
    write_sheet(path, COLUMNS, [{"head_name": "王\x00一\x07", "note": "a\r\nb\x1fc\ufffe"}])
    [row] = read(path).rows
    assert row.values["head_name"] == "王一"
    assert row.values["note"] == "a\nbc"


def test_write_sheet_without_title_and_rows(tmp_path):
    path = tmp_path / "empty.xlsx"
    assert write_sheet(path, COLUMNS, []) == 0
    data = read(path)
    assert data.header_row == 1 and data.rows == []
    assert load_workbook(path).active.freeze_panes == "A2"


def test_write_sheet_leaves_no_partial_file_on_failure(tmp_path):
    path = tmp_path / "missing-folder" / "export.xlsx"
    with pytest.raises(SpreadsheetError, match=r"无法保存“export\.xlsx”"):
        write_sheet(path, COLUMNS, [{"head_name": "王一"}])
    assert not path.parent.exists()


# Characters openpyxl cannot store (IllegalCharacterError) are removed by write_sheet (tested
# above); CR is normalised to LF. Everything else must round-trip up to clean_text.
_STORABLE = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="".join(map(chr, range(0x20))).replace("\t", "").replace("\n", "")
    + "\ufffe\uffff",
)
_TEXTS = st.text(
    alphabet=st.one_of(
        _STORABLE,
        st.sampled_from(list(RARE + "\uf900\u3000\u00a0 \u200bＡ１'\U0001f468\u200d\U0001f469")),
    ),
    max_size=40,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(_TEXTS, min_size=1, max_size=20))
def test_any_text_round_trips_up_to_clean_text(tmp_path, texts):
    columns = [Column("n", "编号", required=True), Column("v", "内容")]
    path = tmp_path / "round.xlsx"
    write_sheet(path, columns, [{"n": str(i), "v": text} for i, text in enumerate(texts)])
    rows = read_sheet(path, columns).rows
    assert [r.values["v"] for r in rows] == [clean_cell(text) for text in texts]


# --- write_template ---------------------------------------------------------------------------


def test_template_layout_and_guide(tmp_path):
    path = tmp_path / "template.xlsx"
    columns = [*COLUMNS[:3], Column("note", "备注", hint="可写困难类型")]
    write_template(
        path,
        columns,
        title="委员联户导入模板",
        example={"head_name": "王建国", "联系电话": "13812345678"},  # by field or by header
        notes=["一户只填一行。"],
    )
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["填写数据", "填写说明"]
    ws = workbook["填写数据"]
    assert ws["A1"].value == "委员联户导入模板"
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:D1"]
    assert [c.value for c in ws[2]] == ["户主姓名*", "联系电话*", "所在村*", "备注"]
    assert ws.freeze_panes == "A3"
    assert ws.max_row == 2  # no example row among the data
    assert ws.column_dimensions["B"].number_format == "@"
    assert "可写困难类型" in ws["D2"].comment.text
    assert "13812345678" in ws["B2"].comment.text

    guide = workbook["填写说明"]
    texts = [c.value for row in guide.iter_rows() for c in row if c.value]
    assert "4. 一户只填一行。" in texts
    assert [c.value for c in guide[9]] == ["户主姓名", "必填", None, "王建国"]
    assert guide["D10"].value == "13812345678"
    assert guide["D9"].font.italic

    # An untouched template is read without error and without rows.
    data = read_sheet(path, columns)
    assert (data.sheet, data.header_row, data.rows) == ("填写数据", 2, [])


def test_filled_template_reads_back(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path, COLUMNS, title="委员联户导入模板", example={"head_name": "王建国"})
    workbook = load_workbook(path)
    ws = workbook["填写数据"]
    ws.append(["张三", "13900000000", "西关村", "11010119800101001X", "4", "2024/3/5", ""])
    ws.append(["李四", "13900000001", "西关村"])
    workbook.save(path)

    data = read(path)
    assert data.header_row == 2
    assert [(r.row, r.values["head_name"]) for r in data.rows] == [(3, "张三"), (4, "李四")]
    assert data.rows[0].values["visited_on"] == "2024-03-05"
    assert data.problems == []
