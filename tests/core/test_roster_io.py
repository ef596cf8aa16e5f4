"""Excel import (preview, all-or-nothing apply, duplicates, links) and export of rosters."""

from __future__ import annotations

import openpyxl
import pytest

from studio_app.base.enums import MemberLevel, MembershipRole
from studio_app.base.errors import StudioError
from studio_app.core.households import HouseholdInput, HouseholdQuery
from studio_app.core.members import MemberInput, MemberQuery
from studio_app.core.roster_io import DuplicatePolicy, RosterKind
from studio_app.core.studios import StudioInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


def _xlsx(path, rows, title=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_household_roster_with_real_world_mess_imports_cleanly(services, tmp_path):
    services.members.create(MemberInput(name="王䶮"))
    path = _xlsx(
        tmp_path / "联户.xlsx",
        [
            ["户主 ", "联系电话", "所在村", "组", "家庭人口", "标签", "结对委员"],
            ["张𠮷", 13812345678, "东关村", "一组", 4, "低保、独居老人", "王䶮"],
            [" 李堃 ", "139 1234 5678", "东关村", "二组", "３", "", ""],
            [None, None, None, None, None, None, None],
            ["'赵垚", "１３７００００００００", "西关村", "", 2.0, "残疾", ""],
        ],
        title="城关镇委员联户花名册",
    )
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, path)
    assert plan.ok, plan.errors
    assert [(r.row, r.action) for r in plan.rows] == [(3, "new"), (4, "new"), (6, "new")]
    assert services.households.count(HouseholdQuery()) == 0  # preview writes nothing

    result = services.rosters.apply(plan, DuplicatePolicy.SKIP)
    assert (result.created, result.updated, result.skipped) == (3, 0, 0)
    rows = {r.head_name: r for r in services.households.page(HouseholdQuery())}
    assert set(rows) == {"张𠮷", "李堃", "赵垚"}
    assert rows["张𠮷"].phone == "13812345678"
    assert rows["张𠮷"].tags == ("低保", "独居老人")
    assert rows["张𠮷"].members == ("王䶮",)
    assert rows["李堃"].phone == "13912345678" and rows["李堃"].size == 3
    assert rows["赵垚"].phone == "13700000000" and rows["赵垚"].size == 2


def test_one_bad_row_means_nothing_is_imported(services, tmp_path):
    path = _xlsx(
        tmp_path / "bad.xlsx",
        [
            ["户主姓名", "联系电话", "身份证号", "联系委员"],
            ["甲", "13812345678", "", ""],
            ["乙", "12345", "110105194912310021", "不存在的委员"],
            ["", "13812345679", "", ""],
        ],
    )
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, path)
    assert not plan.ok
    by_row = {(e.row, e.column) for e in plan.errors}
    assert by_row == {(3, "联系电话"), (3, "身份证号"), (3, "联系委员"), (4, "户主姓名")}
    assert any("校验位" in e.message for e in plan.errors)
    with pytest.raises(StudioError, match="未导入任何数据"):
        services.rosters.apply(plan)
    assert services.households.count(HouseholdQuery(active=None)) == 0


def test_duplicates_in_file_and_in_database(services, tmp_path):
    services.households.create(HouseholdInput(head_name="甲", phone="13812345678", village="旧村"))
    path = _xlsx(
        tmp_path / "d.xlsx",
        [["户主", "电话", "村"], ["甲", "13812345678", "新村"], ["乙", "", "新村"]],
    )
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, path)
    assert (plan.new_count, plan.duplicate_count) == (1, 1)

    skipped = services.rosters.apply(plan, DuplicatePolicy.SKIP)
    assert (skipped.created, skipped.skipped) == (1, 1)
    assert services.households.page(HouseholdQuery(text="甲"))[0].village == "旧村"

    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, path)
    updated = services.rosters.apply(plan, DuplicatePolicy.UPDATE)
    assert (updated.created, updated.updated) == (0, 2)
    assert services.households.page(HouseholdQuery(text="甲"))[0].village == "新村"
    assert services.households.count(HouseholdQuery()) == 2

    twice = _xlsx(
        tmp_path / "t.xlsx", [["户主", "电话"], ["丙", "13900000000"], ["丙", "139 0000 0000"]]
    )
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, twice)
    assert [(e.row, "与第 2 行" in e.message) for e in plan.errors] == [(3, True)]


def test_member_roster_import_with_labels_and_studio_roles(services, tmp_path):
    studio = services.studios.create(StudioInput(name="农业界委员工作室"))
    path = _xlsx(
        tmp_path / "m.xlsx",
        [
            ["委员姓名", "性别", "委员级别", "界别", "手机号码", "身份"],
            ["王䶮", "男", "市政协", "农业界", "13812345678", "领衔"],
            ["李堃", "女", "县（区）", "医药卫生界", "13912345678", "加盟委员"],
        ],
    )
    plan = services.rosters.preview(RosterKind.MEMBERS, path)
    assert plan.ok, plan.errors
    services.rosters.apply(plan)
    rows = {r.name: r for r in services.members.page(MemberQuery(studio_id=studio.id))}
    assert rows["王䶮"].level == MemberLevel.MUNICIPAL
    assert rows["王䶮"].studio_role == MembershipRole.LEAD
    assert rows["李堃"].studio_role == MembershipRole.TEAM


def test_unknown_label_is_an_error_naming_the_choices(services, tmp_path):
    path = _xlsx(tmp_path / "m.xlsx", [["姓名", "级别"], ["王明", "乡镇"]])
    plan = services.rosters.preview(RosterKind.MEMBERS, path)
    (issue,) = plan.errors
    assert (issue.row, issue.column) == (2, "级别")
    assert "乡镇" in issue.message and "全国" in issue.message


def test_template_round_trip_and_export_reimport(services, tmp_path):
    template = tmp_path / "template.xlsx"
    services.rosters.write_template(RosterKind.HOUSEHOLDS, template)
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, template)
    assert plan.rows == []  # an empty template has no data rows (the example is not imported)

    services.members.create(MemberInput(name="王䶮"))
    src = _xlsx(tmp_path / "s.xlsx", [["户主", "电话", "身份证号", "联系委员"],
                                      ["张𠮷", "13812345678", "11010519491231002X", "王䶮"]])  # fmt: skip
    services.rosters.apply(services.rosters.preview(RosterKind.HOUSEHOLDS, src))
    out = tmp_path / "export.xlsx"
    assert services.rosters.export_households(out, HouseholdQuery()) == 1
    ws = openpyxl.load_workbook(out).active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "138****5678" in values and "110105********002X" in values  # masked by default
    assert "13812345678" not in values

    assert services.rosters.export_households(out, HouseholdQuery(), masked=False) == 1
    ws = openpyxl.load_workbook(out).active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "张𠮷" in values and "13812345678" in values and "11010519491231002X" in values

    again = services.rosters.preview(RosterKind.HOUSEHOLDS, out)
    assert again.ok and [r.action for r in again.rows] == ["duplicate"]


# ---- odd and hostile files -------------------------------------------------------------------


def test_a_formula_without_its_result_is_imported_as_its_text_with_a_warning(services, tmp_path):
    """openpyxl, like many programs that write .xlsx, saves formulas without their results."""
    path = _xlsx(
        tmp_path / "公式.xlsx",
        [
            ["户主姓名", "联系电话", "村（社区）", "地址"],
            ["张三", "13812345678", "东关村", '=C2&"1号"'],
            ["李四", "13912345678", "西关村", "西关村2号"],
        ],
    )
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, path)
    assert plan.ok, plan.errors
    [warning] = plan.warnings
    assert (warning.row, warning.column, warning.warning) == (2, "地址", True)
    assert "单元格 D2 是公式" in warning.message and "已按公式原文导入" in warning.message
    assert plan.rows[0].values["地址"] == '=C2&"1号"'  # what the preview table shows

    services.rosters.apply(plan)
    stored = {r.head_name: r for r in services.households.page(HouseholdQuery())}
    assert stored["张三"].address == '=C2&"1号"'
    assert stored["李四"].address == "西关村2号"


def test_a_formula_in_a_phone_or_id_number_column_refuses_its_row(services, tmp_path):
    path = _xlsx(
        tmp_path / "公式.xlsx",
        [
            ["户主姓名", "联系电话", "身份证号"],
            ["张三", "=B3", "11010519491231002X"],
            ["李四", "13912345678", '="110105"&"194912310021"'],
        ],
    )
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, path)
    assert [(e.row, e.column) for e in plan.errors] == [(2, "联系电话"), (3, "身份证号")]
    assert "单元格 B2 是公式 =B3" in plan.errors[0].message
    assert "这一列只能导入结果" in plan.errors[0].message
    assert "单元格 C3 是公式" in plan.errors[1].message
    with pytest.raises(StudioError, match="未导入任何数据"):
        services.rosters.apply(plan)
    assert services.households.count(HouseholdQuery(active=None)) == 0


def test_excel_escapes_are_decoded_before_the_checks(services, tmp_path):
    """What Excel stores as _x001B_ is an ESC, refused like one typed into the form; a literal
    escape (_x005F_x0041_) stays text."""
    path = _xlsx(
        tmp_path / "转义.xlsx",
        [
            ["户主姓名", "联系电话", "备注"],
            ["王_x001B_一", "13812345678", ""],
            ["赵_x005F_x0041_", "13912345678", "第一行_x000D__x000A_第二行"],
        ],
    )
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, path)
    [error] = plan.errors
    assert (error.row, error.column) == (2, "户主姓名") and "控制字符" in error.message
    [row] = plan.rows
    assert row.cleaned["head_name"] == "赵_x0041_"
    assert row.cleaned["notes"] == "第一行\n第二行"


def test_a_hostile_file_is_refused_by_the_preview_and_nothing_is_written(services, tmp_path):
    import hostile_xlsx  # tests/, on the path as conftest.py's folder

    path = hostile_xlsx.shared_strings_bomb(tmp_path / "名册.xlsx")  # 2.7 MB -> 1.1 GB
    with pytest.raises(StudioError, match="解压后的内容异常庞大") as caught:
        services.rosters.preview(RosterKind.HOUSEHOLDS, path)
    assert "名册.xlsx" in str(caught.value)
    assert services.households.count(HouseholdQuery(active=None)) == 0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("\u200b\u200d\u2060", "请填写户主姓名"),  # zero-width space, joiner, word joiner
        ("\ufeff\u00ad", "请填写户主姓名"),  # BOM, soft hyphen
        ("张\u202e三", "改变文字显示方向的隐藏字符"),  # right-to-left override
        ("\u2067李四\u2069", "改变文字显示方向的隐藏字符"),  # an isolate
    ],
)
def test_invisible_and_direction_controlled_names_are_refused(services, tmp_path, name, expected):
    path = _xlsx(tmp_path / "名字.xlsx", [["户主姓名", "联系电话"], [name, "13812345678"]])
    plan = services.rosters.preview(RosterKind.HOUSEHOLDS, path)
    [error] = plan.errors
    assert (error.row, error.column) == (2, "户主姓名") and expected in error.message
