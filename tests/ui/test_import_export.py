"""Importing rosters through the preview dialog, and exporting the listed rows, off-thread."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from studio_app.core.households import HouseholdQuery
from studio_app.core.members import MemberInput, MemberQuery
from studio_app.core.roster_io import RosterKind
from studio_app.ui.households_page import HouseholdsPage
from studio_app.ui.import_dialog import ImportDialog
from studio_app.ui.members_page import MembersPage


def write_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def dialog(qtbot, services, studio):
    def make(kind: RosterKind) -> ImportDialog:
        d = ImportDialog(services, kind)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        return d

    return make


def test_preview_shows_counts_and_import_adds_the_rows(
    qtbot, services, answers, dialog, tmp_path, wait_background
):
    services.members.create(MemberInput(name="王建国", phone="13812345678", work_unit="旧单位"))
    path = write_xlsx(
        tmp_path / "委员名册.xlsx",
        ["姓名", "性别", "级别", "界别", "工作单位", "联系电话"],
        [
            ["刘䶮", "男", "县（区）", "医药卫生界", "县医院", "13912345678"],
            ["𠮷祥", "女", "市", "教育界", "县一中", "13712345678"],
            ["王建国", "男", "市", "农业界", "县农业局", "138 1234 5678"],
        ],
    )
    d = dialog(RosterKind.MEMBERS)
    d.load(path)
    wait_background()

    assert d.summary.text() == "共 3 行可导入：新增 2 行，与已有记录重复 1 行。"
    assert d.preview.rowCount() == 3
    assert [d.preview.index(r, 1).data() for r in range(3)] == ["新增", "新增", "重复"]
    assert d.preview.index(1, 2).data() == "𠮷祥"
    assert not d.error_banner.isVisible()
    assert d.import_button.isEnabled()

    qtbot.mouseClick(d.update_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    wait_background()

    assert answers.texts("info") == ["导入完成：新增 2 条，更新 1 条，跳过 0 条。"]
    assert d.imported is not None and d.imported.created == 2
    assert services.members.count(MemberQuery()) == 3
    updated = services.members.page(MemberQuery(text="王建国"))[0]
    assert updated.work_unit == "县农业局"


def test_a_bad_row_disables_import_and_lists_the_problem(
    qtbot, services, dialog, tmp_path, wait_background
):
    path = write_xlsx(
        tmp_path / "联户名册.xlsx",
        ["户主姓名", "联系电话", "村（社区）", "人口"],
        [["李大爷", "13700001111", "东关村", 3], ["张桂英", "12345", "石门村", 2]],
    )
    d = dialog(RosterKind.HOUSEHOLDS)
    d.load(path)
    wait_background()

    assert not d.import_button.isEnabled()
    assert d.error_banner.isVisible()
    assert "不会导入任何一行" in d.error_banner.text()
    assert d.errors.rowCount() == 1
    row, column, reason = (d.errors.index(0, c).data() for c in range(3))
    assert (row, column) == ("3", "联系电话")
    assert "12345" in reason
    assert services.households.count(HouseholdQuery()) == 0

    write_xlsx(  # fixed in Excel, read again
        path,
        ["户主姓名", "联系电话", "村（社区）", "人口"],
        [["李大爷", "13700001111", "东关村", 3], ["张桂英", "13700002222", "石门村", 2]],
    )
    qtbot.mouseClick(d.reload_button, Qt.MouseButton.LeftButton)
    wait_background()
    assert d.import_button.isEnabled()
    assert not d.error_banner.isVisible()


def test_a_formula_without_its_result_is_shown_to_check_and_imported(
    qtbot, services, dialog, tmp_path, wait_background
):
    path = write_xlsx(
        tmp_path / "联户名册.xlsx",
        ["户主姓名", "联系电话", "村（社区）", "地址"],
        [["李大爷", "13700001111", "东关村", '=C2&"3号"'], ["张桂英", "13700002222", "石门村", ""]],
    )
    d = dialog(RosterKind.HOUSEHOLDS)
    d.load(path)
    wait_background()

    assert d.import_button.isEnabled()
    assert d.error_banner.text() == "有 1 处请核对（见下表），不影响导入。"
    assert d.errors_title.text() == "请核对："
    row, column, reason = (d.errors.index(0, c).data() for c in range(3))
    assert (row, column) == ("2", "地址")
    assert reason.startswith("［请核对］单元格 D2 是公式")

    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    wait_background()
    assert services.households.count(HouseholdQuery()) == 2


def test_an_unreadable_file_is_explained(services, answers, dialog, tmp_path, wait_background):
    path = tmp_path / "名册.xlsx"
    path.write_text("这不是 Excel 文件", encoding="utf-8")
    d = dialog(RosterKind.MEMBERS)
    d.load(path)
    wait_background()
    assert len(answers.texts("error")) == 1
    assert "Traceback" not in answers.texts("error")[0]
    assert not d.import_button.isEnabled()
    assert d.summary.text() == "无法读取这个文件。"


def test_import_from_the_page_refreshes_the_list(
    qtbot, services, studio, answers, tmp_path, make_member, when_modal, wait_background
):
    make_member("王建国", "13812345678")
    answers.open_path = write_xlsx(
        tmp_path / "联户.xlsx",
        ["户主", "电话", "所在村", "联系委员"],
        [["李大爷", "13700001111", "东关村", "王建国"]],
    )
    page = HouseholdsPage(services)
    qtbot.addWidget(page)

    def import_all(d: ImportDialog) -> None:
        qtbot.waitUntil(lambda: d.import_button.isEnabled(), timeout=20_000)
        qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=20_000)

    when_modal(ImportDialog, import_all)
    page.import_action.trigger()
    wait_background()
    assert page.model.total == 1
    assert page.proxy.index(0, 7).data() == "王建国"
    assert page.village_filter.findData("东关村") > 0  # new village offered as a filter


def test_export_writes_the_listed_rows(
    qtbot, services, answers, tmp_path, make_member, wait_background, type_text
):
    make_member("王建国", "13812345678", sector="农业界")
    make_member("刘䶮", "13912345678", sector="医药卫生界")
    page = MembersPage(services)
    qtbot.addWidget(page)
    type_text(page.search, "䶮")
    qtbot.waitUntil(lambda: page.model.total == 1)
    answers.save_path = tmp_path / "委员名册-导出.xlsx"
    page.export_action.trigger()
    wait_background()

    assert answers.texts("info") == [f"已导出 1 条记录到：\n{answers.save_path}"]
    sheet = openpyxl.load_workbook(answers.save_path).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "刘䶮" in values and "王建国" not in values
