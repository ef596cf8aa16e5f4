"""The command line, run in-process the way an administrator or a check would run it."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl

from studio_app.cli import main
from studio_app.storage.migrate import head_revision


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _info(db, capsys) -> dict:
    assert main(["info", "--db", str(db), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_info_on_a_new_database(tmp_path, capsys):
    report = _info(tmp_path / "new.sqlite3", capsys)
    assert report["schema_revision"] == head_revision()
    assert report["counts"]["members"] == {"total": 0, "active": 0}
    assert set(report["counts"]) >= {"studios", "members", "households", "linkages", "visits",
                                     "reception_days", "visitors", "requests", "meetings"}  # fmt: skip


def test_import_exits_nonzero_lists_bad_rows_and_changes_nothing(tmp_path, capsys):
    db = tmp_path / "s.sqlite3"
    bad = _xlsx(tmp_path / "bad.xlsx", [["户主", "电话"], ["甲", "13812345678"], ["乙", "999"]])
    assert main(["import", "households", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "第 3 行［联系电话］" in err and "999" in err
    assert "未导入任何数据" in err
    assert _info(db, capsys)["counts"]["households"]["total"] == 0


def test_import_then_export(tmp_path, capsys):
    db = tmp_path / "s.sqlite3"
    good = _xlsx(tmp_path / "good.xlsx", [["户主", "电话"], ["张𠮷", "13812345678"], ["乙", ""]])
    assert main(["import", "households", str(good), "--db", str(db)]) == 0
    assert "新增 2 条" in capsys.readouterr().out
    assert main(["import", "households", str(good), "--db", str(db)]) == 0
    assert "跳过 2 条" in capsys.readouterr().out

    out = tmp_path / "out.xlsx"
    assert main(["export", "households", str(out), "--db", str(db)]) == 0
    cells = {
        c for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) for c in row
    }
    assert {"张𠮷", "13812345678", "乙"} <= cells


def test_template_has_the_headers_and_imports_nothing(tmp_path, capsys):
    template = tmp_path / "t.xlsx"
    assert main(["template", "members", str(template)]) == 0
    cells = {c for row in openpyxl.load_workbook(template).worksheets[0].iter_rows(values_only=True)
             for c in row if c}  # fmt: skip
    assert any(str(c).startswith("姓名") for c in cells)
    assert main(["import", "members", str(template), "--db", str(tmp_path / "s.sqlite3")]) == 1
    assert "没有找到可导入的数据行" in capsys.readouterr().err


def test_a_file_that_is_not_a_database_gives_a_chinese_message(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not sqlite" * 100)
    assert main(["info", "--db", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "不是有效的数据库文件" in err and "Traceback" not in err
    assert junk.read_bytes() == b"this is not sqlite" * 100


def test_module_entry_point_runs():
    result = subprocess.run(
        [sys.executable, "-m", "studio_app", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("studio-app ")


def test_db_option_before_or_after_the_command(tmp_path, capsys):
    before, after = tmp_path / "before.sqlite3", tmp_path / "after.sqlite3"
    assert main(["--db", str(before), "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(before)
    assert main(["info", "--db", str(after), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(after)


def test_info_speaks_chinese_without_json(tmp_path, capsys):
    assert main(["info", "--db", str(tmp_path / "s.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "结构版本：" in out
    assert "  委员：0（有效 0）" in out and "  联系户：0（有效 0）" in out
    assert "members" not in out
