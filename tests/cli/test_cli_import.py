"""Importing through the command line: warnings to check, and the files and names it refuses."""

from __future__ import annotations

import openpyxl
import pytest

from studio_app.cli import main
from studio_app.storage.migrate import open_database


@pytest.fixture(autouse=True)
def database(tmp_path):
    """The studio's database, made first: the command line does not create one on its own."""
    open_database(tmp_path / "s.sqlite3").close()


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_a_formula_imported_as_its_text_is_reported_to_check(tmp_path, capsys):
    path = _xlsx(tmp_path / "f.xlsx", [["户主", "电话", "地址"], ["甲", "13812345678", "=A2"]])
    assert main(["import", "households", str(path), "--db", str(tmp_path / "s.sqlite3")]) == 0
    out, err = capsys.readouterr()
    assert "新增 1 条" in out
    assert "请核对，第 2 行［地址］：单元格 C2 是公式 =A2" in err


def test_names_with_direction_controls_are_refused_as_in_the_forms(tmp_path, capsys):
    path = _xlsx(tmp_path / "n.xlsx", [["户主", "电话"], ["张\u202e三", "13812345678"]])
    assert main(["import", "households", str(path), "--db", str(tmp_path / "s.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert "第 2 行［户主姓名］：户主姓名中有改变文字显示方向的隐藏字符" in err


def test_a_zip_bomb_is_refused_with_what_to_do(tmp_path, capsys):
    import hostile_xlsx  # tests/, on the path as conftest.py's folder

    path = hostile_xlsx.rows_bomb(tmp_path / "bomb.xlsx")
    assert main(["import", "households", str(path), "--db", str(tmp_path / "s.sqlite3")]) != 0
    err = capsys.readouterr().err
    assert "“bomb.xlsx”解压后的内容异常庞大" in err and "Traceback" not in err
