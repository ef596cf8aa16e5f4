"""Hostile and odd .xlsx files: each limit of the reader, and the time and memory of a refusal.

Every limit is first tested in this process with the limit made small (``monkeypatch``), so a
file of a few rows shows both sides of it. Then hostile files built by ``tests/hostile_xlsx.py`` (zip
bombs, a million empty rows, a 100 MB cell, a part whose size lies) are read in a child process
that measures its own time and peak memory (``ru_maxrss``), under an address-space cap so that a
regression fails instead of eating the machine: each must be refused within 30 s and 300 MB.
The big forms are marked ``slow`` (``pytest -m slow``).
"""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import hostile_xlsx as hostile
import pytest
from openpyxl import Workbook

from studio_app.documents.spreadsheet import Column, SpreadsheetError, read_sheet, xlsx
from studio_app.documents.spreadsheet.xlsx import BrokenWorkbook, TooLarge, XlsxReader

COLUMNS = [
    Column("head_name", "户主姓名", required=True),
    Column("phone", "联系电话", kind="phone"),
    Column("village", "村（社区）"),
]
SECONDS, MEGABYTES = 30, 300  # what a refusal may take at most


def roster(path: Path, rows: int, *, columns: int = 3, merges: tuple[str, ...] = ()) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["户主姓名", "联系电话", "村（社区）"][:columns] + [None] * max(0, columns - 3))
    for n in range(rows):
        sheet.append([f"户主{n}", f"138{n:08d}", "东关村"][:columns] + ["x"] * (columns - 3))
    for ref in merges:
        sheet.merge_cells(ref)
    book.save(path)
    return path


def refusal(path: Path) -> str:
    with pytest.raises(SpreadsheetError) as caught:
        read_sheet(path, COLUMNS)
    return str(caught.value)


# ---- each limit, made small ------------------------------------------------------------------


def test_rows_beyond_the_limit_are_refused_and_the_limit_itself_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_ROWS", 11)  # the header and 10 rows
    assert len(read_sheet(roster(tmp_path / "ten.xlsx", 10), COLUMNS).rows) == 10
    message = refusal(roster(tmp_path / "eleven.xlsx", 11))
    assert "工作表“Sheet”中有内容的行超过了 11 行（到第 12 行时）" in message
    assert "请把名册分成几个文件" in message


def test_empty_rows_do_not_count_and_are_not_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_ROWS", 3)
    path = hostile.empty_rows(tmp_path / "empty.xlsx", 50_000)  # a roster, then empty <row>s
    data = read_sheet(path, COLUMNS)
    assert [r.row for r in data.rows] == [2]
    reader = XlsxReader(path)
    rows, _merges = reader.rows(reader.sheets[0])
    reader.close()
    assert len(rows) == 2


def test_a_row_beyond_excels_grid_makes_the_file_damaged(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "EXCEL_ROWS", 1_000)
    assert read_sheet(hostile.empty_rows(tmp_path / "ok.xlsx", 1_000), COLUMNS).rows
    message = refusal(hostile.empty_rows(tmp_path / "over.xlsx", 1_001))
    assert "中有第 1,001 行，超出了 Excel 最多 1,048,576 行的范围" in message
    assert "另存为新的 .xlsx 文件" in message


def test_a_value_right_of_the_last_column_read_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_COLUMNS", 5)
    assert read_sheet(roster(tmp_path / "five.xlsx", 2, columns=5), COLUMNS).rows
    message = refusal(roster(tmp_path / "six.xlsx", 2, columns=6))
    assert "的 F2 单元格有内容，超出了程序读取的范围（最多 5 列）" in message
    assert "请删除表格右侧多余的列" in message


def test_a_cell_longer_than_excel_allows_is_refused_where_it_is(tmp_path):
    longest = "长" * xlsx.MAX_CELL_CHARS
    book = Workbook()
    book.active.append(["户主姓名", "备注"])
    book.active.append(["王一", longest])
    book.save(tmp_path / "longest.xlsx")
    columns = [Column("name", "户主姓名", required=True), Column("note", "备注")]
    assert read_sheet(tmp_path / "longest.xlsx", columns).rows[0].values["note"] == longest

    hostile.huge_cell(tmp_path / "longer.xlsx", xlsx.MAX_CELL_CHARS + 1)
    message = refusal(tmp_path / "longer.xlsx")
    assert "工作表“花名册”的 A2 单元格中的文字超过 32,767 个字符" in message


def test_shared_strings_and_formulas_are_held_to_the_cell_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_CELL_CHARS", 20)
    shared = [
        "<t>户主姓名</t>",
        "<t>联系电话</t>",
        "<r><t>王一</t></r><r><t>" + "一" * 19 + "</t></r>",
    ]
    sheet = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c></row>'
    )
    message = refusal(_excel_file(tmp_path / "shared.xlsx", sheet, shared))
    assert "中有一段文字超过 20 个字符" in message

    formula = '<row r="2"><c r="A2"><f>' + "A" * 21 + "</f></c></row>"
    message = refusal(
        _excel_file(
            tmp_path / "formula.xlsx", sheet[: sheet.index('<row r="2"')] + formula, shared[:2]
        )
    )
    assert "的 A2 单元格中的文字超过 20 个字符" in message


def test_too_many_merged_ranges(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_MERGES", 2)
    assert read_sheet(roster(tmp_path / "two.xlsx", 6, merges=("C2:C3", "C4:C5")), COLUMNS).rows
    message = refusal(roster(tmp_path / "three.xlsx", 6, merges=("C2:C3", "C4:C5", "C6:C7")))
    assert "中的合并单元格太多（超过 2 处）" in message and "取消单元格合并" in message


def test_a_merge_down_to_the_last_row_of_the_sheet_costs_nothing(tmp_path):
    path = roster(tmp_path / "merged.xlsx", 3)  # (openpyxl would make a million merged cells)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    merge = b'<mergeCells count="1"><mergeCell ref="C2:C1048576"/></mergeCells>'
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"</sheetData>", b"</sheetData>" + merge)
    hostile.write_zip(path, parts)
    tracemalloc.start()
    try:
        data = read_sheet(path, COLUMNS)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # not a million (row, column) pairs
    assert [r.values["village"] for r in data.rows] == ["东关村"] * 3


def test_the_values_kept_are_held_to_a_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_KEPT_BYTES", 400_000)
    assert read_sheet(hostile.many_rows(tmp_path / "fits.xlsx", 500), COLUMNS).rows
    message = refusal(hostile.many_rows(tmp_path / "over.xlsx", 5_000))
    assert "“over.xlsx”的内容太多，超出了程序一次能读取的范围（读到工作表“花名册”第" in message
    assert "请删去不需要导入的列" in message

    shared = [f"<t>{text}</t>" for text in hostile.HEADER] + [
        f"<t>名字{n}</t>" for n in range(9_000)
    ]
    message = refusal(_excel_file(tmp_path / "strings.xlsx", "", shared))
    assert "“strings.xlsx”中的文字太多" in message


def test_too_many_sheets(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_SHEETS", 3)
    book = Workbook()
    book.active.append(list(hostile.HEADER))
    for n in range(3):
        book.create_sheet(f"表{n}")
    book.save(tmp_path / "four.xlsx")
    message = refusal(tmp_path / "four.xlsx")
    assert "“four.xlsx”中的工作表太多（超过 3 个）" in message
    del book["表2"]
    book.save(tmp_path / "three.xlsx")
    assert read_sheet(tmp_path / "three.xlsx", COLUMNS).header_row == 1


def test_too_many_sheets_in_the_relationships_or_the_workbook_alone(tmp_path, monkeypatch):
    """Relationships are kept as they are read: a workbook listing one sheet cannot make the
    reader keep a million of them."""
    monkeypatch.setattr(xlsx, "MAX_SHEETS", 3)
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{hostile.REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        for n in range(1, 5)
    )
    path = hostile.workbook(tmp_path / "rels.xlsx", hostile.SHEET_HEAD + hostile.header_row()
                            + hostile.SHEET_TAIL)  # fmt: skip
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/_rels/workbook.xml.rels"] = (
        hostile.XML_HEAD
        + f'<Relationships xmlns="{hostile.PKG_REL}">{rels}</Relationships>'.encode()
    )
    hostile.write_zip(path, parts)
    assert "“rels.xlsx”中的工作表太多（超过 3 个）" in refusal(path)

    # and the other way round: one relationship, the workbook listing its sheet four times
    sheets = "".join(f'<sheet name="表{n}" sheetId="{n}" r:id="rId1"/>' for n in range(4))
    parts["xl/_rels/workbook.xml.rels"] = (
        hostile.XML_HEAD
        + (
            f'<Relationships xmlns="{hostile.PKG_REL}"><Relationship Id="rId1" '
            f'Type="{hostile.REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ).encode()
    )
    parts["xl/workbook.xml"] = (
        hostile.XML_HEAD
        + (
            f'<workbook xmlns="{hostile.MAIN}" xmlns:r="{hostile.REL}"><sheets>{sheets}</sheets>'
            "</workbook>"
        ).encode()
    )
    hostile.write_zip(path, parts)
    assert "“rels.xlsx”中的工作表太多（超过 3 个）" in refusal(path)


def test_a_zip_of_too_many_members_is_refused_before_zipfile_reads_them(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_ZIP_ENTRIES", 20)
    path = roster(tmp_path / "many.xlsx", 2)
    with zipfile.ZipFile(path, "a") as archive:
        for n in range(20 - len(archive.namelist())):
            archive.writestr(f"xl/media/image{n}.png", b"")
    assert read_sheet(path, COLUMNS).rows
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/media/one-more.png", b"")

    def no_zipfile(*_args, **_kwargs):
        raise AssertionError("zipfile read the central directory")

    monkeypatch.setattr(zipfile, "ZipFile", no_zipfile)
    message = refusal(path)
    assert "“many.xlsx”里打包了 21 个文件" in message


def test_parts_are_measured_in_the_central_directory_before_inflating(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_PART_BYTES", 100_000)
    assert read_sheet(hostile.many_rows(tmp_path / "small.xlsx", 200), COLUMNS).rows
    big = hostile.many_rows(tmp_path / "big.xlsx", 2_000)
    inflate = zipfile.ZipFile.open

    def small_parts_only(archive, name, *args, **kwargs):
        info = name if isinstance(name, zipfile.ZipInfo) else archive.getinfo(name)
        assert info.file_size <= 100_000, f"{info.filename} was inflated"
        return inflate(archive, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", small_parts_only)
    message = refusal(big)
    assert "“big.xlsx”解压后的内容异常庞大（超过 0.1 MB）" in message
    assert "把名册复制到一个新建的工作簿中" in message


def test_a_part_out_of_proportion_to_its_packed_size_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "RATIO_FLOOR", 100_000)
    compressible = hostile.huge_cell(tmp_path / "same.xlsx", 200_000, compressible=True)
    message = refusal(compressible)
    assert "“same.xlsx”中的内容被压缩了 394 倍" in message and "正常的表格只有十几倍" in message
    monkeypatch.setattr(xlsx, "MAX_RATIO", 2_000)
    assert "A2 单元格中的文字超过" in refusal(compressible)  # past the ratio: the next limit


def test_all_that_one_reading_inflates_is_counted(tmp_path, monkeypatch):
    path = hostile.many_rows(tmp_path / "roster.xlsx", 2_000)
    size = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml").file_size
    monkeypatch.setattr(xlsx, "MAX_INFLATED_BYTES", size + 10_000)  # the sheet and the rest
    assert read_sheet(path, COLUMNS).rows
    monkeypatch.setattr(xlsx, "MAX_INFLATED_BYTES", size - 1)
    assert "解压后的内容异常庞大" in refusal(path)


def test_a_part_that_inflates_past_its_declared_size_is_damaged():
    """zipfile stops at the declared size itself; the count is there whatever does the
    inflating, and says so."""
    stream = xlsx._Counted(io.BytesIO(b"x" * 5_000), "xl/worksheets/sheet1.xml", 4_096, [0])
    assert len(stream.read(4_096)) == 4_096
    with pytest.raises(BrokenWorkbook, match="inflates past its declared 4096 bytes"):
        stream.read(4_096)


def test_every_limit_has_its_own_message():
    limits = ["entries", "part", "ratio", "inflated", "sheets", "rows", "grid", "columns",
              "cell", "merges", "content"]  # fmt: skip
    from studio_app.documents.spreadsheet.reading import _too_large

    messages = {
        limit: _too_large("名册.xlsx", TooLarge(limit, row=5, column=2, found=9, maximum=8))
        for limit in limits
    }
    assert all(messages.values())
    assert len(set(messages.values())) == len(limits) - 1  # part and inflated: one message


def _excel_file(path: Path, sheet_data: str, shared: list[str]) -> Path:
    sheet = hostile.SHEET_HEAD + sheet_data.encode() + hostile.SHEET_TAIL
    sst = hostile.XML_HEAD + f'<sst xmlns="{hostile.MAIN}">'.encode()
    sst += "".join(f"<si>{item}</si>" for item in shared).encode() + b"</sst>"
    return hostile.workbook(path, sheet, shared=sst)


# ---- hostile files in a child process: time and peak memory ----------------------------------

_CHILD = """
import json, resource, sys, time
from studio_app.documents.spreadsheet import Column, SpreadsheetError, read_sheet
columns = [Column("head_name", "户主姓名", required=True), Column("phone", "联系电话", kind="phone"),
           Column("village", "村（社区）")]
start = time.perf_counter()
try:
    outcome = "read %d rows" % len(read_sheet(sys.argv[1], columns).rows)
except SpreadsheetError as exc:
    outcome = str(exc)
seconds = time.perf_counter() - start
try:  # the peak of this process's own memory (ru_maxrss would count the forked parent's too)
    with open("/proc/self/status") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "seconds": seconds, "mb": kb / 1024}))
"""


def read_in_child(path: Path) -> dict:
    """``read_sheet`` of ``path`` in a fresh process: its outcome, seconds and peak memory."""

    def cap() -> None:  # 1.5 GB of address space: a regression fails, it does not swap
        resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))

    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=SECONDS * 3,
        preexec_fn=cap,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    return json.loads(child.stdout)


def read_within_limits(path: Path, *expected: str) -> dict:
    result = read_in_child(path)
    for text in expected:
        assert text in result["outcome"], result
    assert result["seconds"] < SECONDS, result
    assert result["mb"] < MEGABYTES, result
    return result


HOSTILE = {
    # 1.1 GB of shared strings in 2.7 MB: refused by the size in the central directory
    "shared-strings bomb": (
        lambda p: hostile.shared_strings_bomb(p),
        "解压后的内容异常庞大（超过 256 MB）",
    ),
    # the same, declaring 200 kB: zipfile (and the count) stop there, the CRC fails
    "shared strings that lie": (
        lambda p: hostile.shared_strings_bomb(p, declared=200_000),
        "已损坏或不完整",
    ),
    # 1.1 GB of rows in 4.4 MB, the probe that took the reader past 8 GB
    "rows bomb": (lambda p: hostile.rows_bomb(p), "解压后的内容异常庞大（超过 256 MB）"),
    # 250 MB of rows in 1 MB: within the size, not the ratio
    "rows bomb within the size": (lambda p: hostile.rows_bomb(p, 250_000_000), "被压缩了"),
    # a sheet of 1.1 GB declaring 4 kB
    "sheet that lies": (lambda p: hostile.lying_size(p), "已损坏或不完整"),
    # 1.2 million empty <row>s: row 1,048,577 is past Excel's grid
    "empty rows": (lambda p: hostile.empty_rows(p, 1_200_000), "超出了 Excel 最多 1,048,576 行"),
    # a 100 MB cell of one letter (100 kB packed): refused by the ratio
    "100 MB cell, compressible": (
        lambda p: hostile.huge_cell(p, 100_000_000, compressible=True),
        "被压缩了",
    ),
    # a 1 MB cell of random text: refused at the 32,768th character
    "1 MB cell": (lambda p: hostile.huge_cell(p, 1_000_000), "A2 单元格中的文字超过 32,767"),
    # 150,000 rows of a real-looking roster
    "150,000 rows": (lambda p: hostile.many_rows(p, 150_000), "中有内容的行超过了 100,000 行"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_files_are_refused_quickly_in_little_memory(tmp_path, name):
    make, expected = HOSTILE[name]
    path = make(tmp_path / "名册.xlsx")
    read_within_limits(path, expected)


@pytest.mark.slow
def test_a_100_mb_cell_of_random_text_is_refused_at_the_cell_limit(tmp_path):
    path = hostile.huge_cell(tmp_path / "cell.xlsx", 100_000_000)  # 76 MB packed
    read_within_limits(path, "A2 单元格中的文字超过 32,767")


@pytest.mark.slow
def test_the_densest_xml_within_the_limits_is_read_in_time(tmp_path):
    """250 MB of unknown elements that compress like real data (83 MB): nothing in them is
    kept, so only the time counts: scanned for a header, then refused as too much to inflate."""
    path = hostile.junk_elements(tmp_path / "junk.xlsx", 250_000_000)
    read_within_limits(path, "解压后的内容异常庞大（超过 320 MB）")


@pytest.mark.slow
def test_a_sheet_filling_the_budget_is_refused_under_300_mb(tmp_path):
    """60 columns x 60,000 rows of text: past the values the reader keeps, the worst for
    memory a file can do within the other limits."""
    path = hostile.many_rows(tmp_path / "wide.xlsx", 60_000, 60, text="东关村三组")
    read_within_limits(path, "的内容太多")


@pytest.mark.slow
def test_a_zip64_of_70000_members_is_refused(tmp_path):
    path = tmp_path / "members.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(70_000):
            archive.writestr(f"xl/media/{n}", b"")
    read_within_limits(path, "里打包了 70,000 个文件")


@pytest.mark.slow
def test_the_largest_real_roster_is_read(tmp_path):
    """A county's 50,000 households x 30 columns of text, and a million empty formatted rows
    after a roster: both within every limit, read in time and memory."""
    county = read_within_limits(
        hostile.many_rows(tmp_path / "county.xlsx", 50_000, 30, text="东关村三组"),
        "read 50000 rows",
    )
    empty = read_within_limits(
        hostile.empty_rows(tmp_path / "empty.xlsx", 1_048_576), "read 1 rows"
    )
    assert county["seconds"] < 15 and empty["seconds"] < 5
