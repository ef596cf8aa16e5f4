"""The command line, run in-process the way an administrator or a check would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import openpyxl

from studio_app.cli import main
from studio_app.core.services import Services
from studio_app.demo import fill_demo
from studio_app.storage.migrate import head_revision, open_database


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _new_db(path):
    """An empty database made on purpose (the script API): the CLI never makes one by itself
    from a mistyped --db."""
    open_database(path).close()
    return path


def _info(db, capsys) -> dict:
    assert main(["info", "--db", str(db), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_info_on_a_new_database(tmp_path, capsys):
    report = _info(_new_db(tmp_path / "new.sqlite3"), capsys)
    assert report["schema_revision"] == head_revision()
    assert report["counts"]["members"] == {"total": 0, "active": 0}
    assert set(report["counts"]) >= {"studios", "members", "households", "linkages", "visits",
                                     "reception_days", "visitors", "requests", "meetings"}  # fmt: skip


def test_info_gives_the_figures_of_a_period(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    database = open_database(db)
    fill_demo(Services(database), seed=1, today=date(2026, 11, 23))
    database.close()
    argv = ["info", "--db", str(db), "--json", "--from", "2026-01-01", "--to", "2026-11-23"]
    assert main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    figures = report["figures"]
    assert set(figures) == {"from", "to", "as_of", "reception_days_held", "visitors", "visits",
                            "closed", "extended", "by_status", "by_category", "by_village", "by_member",
                            "rates"}  # fmt: skip
    assert (figures["from"], figures["to"]) == ("2026-01-01", "2026-11-23")
    # The demo's requests all arrive in the year up to its "today".
    assert figures["visits"] == report["counts"]["requests"]["total"] > 0
    assert (
        sum(figures["by_status"].values())
        == sum(figures["by_village"].values())
        == figures["visits"]
    )
    assert 0 < figures["visitors"] <= figures["visits"] and figures["reception_days_held"] > 0
    assert set(figures["rates"]) == {"assign_on_time", "answer_on_time", "return_visit",
                                     "satisfaction", "first_time_resolution"}  # fmt: skip
    for rate in figures["rates"].values():
        assert rate["denominator"] > 0 and 0 <= rate["numerator"] <= rate["denominator"]
        assert 0 <= rate["value"] <= 1
        assert rate["value"] == rate["numerator"] / rate["denominator"]

    assert main(["info", "--db", str(db), "--from", "2026-01-01", "--to", "2026-11-23"]) == 0
    out = capsys.readouterr().out
    assert "2026-01-01 至 2026-11-23：接待日" in out and "  一次性化解率：" in out
    assert main(["info", "--db", str(db), "--from", "2026-12-01", "--to", "2026-11-23"]) == 2
    assert "第一天不能晚于最后一天" in capsys.readouterr().err


def test_import_exits_nonzero_lists_bad_rows_and_changes_nothing(tmp_path, capsys):
    db = _new_db(tmp_path / "s.sqlite3")
    bad = _xlsx(tmp_path / "bad.xlsx", [["户主", "电话"], ["甲", "13812345678"], ["乙", "999"]])
    assert main(["import", "households", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "第 3 行［联系电话］" in err and "999" in err
    assert "未导入任何数据" in err
    assert _info(db, capsys)["counts"]["households"]["total"] == 0


def test_import_then_export(tmp_path, capsys):
    db = _new_db(tmp_path / "s.sqlite3")
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
    assert {"张𠮷", "138****5678", "乙"} <= cells and "13812345678" not in cells  # masked
    assert main(["export", "households", str(out), "--unmasked", "--db", str(db)]) == 0
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
    db = _new_db(tmp_path / "s.sqlite3")
    assert main(["import", "members", str(template), "--db", str(db)]) == 1
    assert "没有找到可导入的数据行" in capsys.readouterr().err


def test_a_file_that_is_not_a_database_gives_a_chinese_message(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not sqlite" * 100)
    assert main(["info", "--db", str(junk)]) == 9  # damaged, or not a database
    err = capsys.readouterr().err
    assert "不是数据库文件，或者文件已损坏" in err and "Traceback" not in err
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
    before, after = _new_db(tmp_path / "before.sqlite3"), _new_db(tmp_path / "after.sqlite3")
    assert main(["--db", str(before), "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(before)
    assert main(["info", "--db", str(after), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(after)


def test_info_speaks_chinese_without_json(tmp_path, capsys):
    assert main(["info", "--db", str(_new_db(tmp_path / "s.sqlite3"))]) == 0
    out = capsys.readouterr().out
    assert "结构版本：" in out
    assert "  委员：0（有效 0）" in out and "  联系户：0（有效 0）" in out
    assert "members" not in out


def test_reception_days_are_generated_with_what_moved_where(tmp_path, capsys):
    from studio_app.core.studios import StudioInput

    db = _new_db(tmp_path / "days.sqlite3")
    database = open_database(db)
    services = Services(database)
    studio = services.studios.create(StudioInput(name="城关镇委员工作室"))
    services.reception_days.set_rule(studio.id, "每月31日")
    database.close()

    argv = ["reception-days", "--db", str(db), "--year", "2026", "--studio", "城关镇委员工作室"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "已生成 12 个接待日。"
    assert "1月31日是休息日，顺延就到了下个月，改为提前到1月30日。" in lines
    assert "4月没有31日，安排在当月最后一天4月30日。" in lines
    assert main(argv[:-2]) == 0  # the database's only studio by default; nothing twice
    assert capsys.readouterr().out == "2026 年的接待日都已生成，没有新增。\n"
    assert main(["reception-days", "--db", str(db), "--studio", "别的工作室"]) != 0
    assert (
        "没有名为“别的工作室”的工作室。可以选择的有：城关镇委员工作室。" in capsys.readouterr().err
    )
