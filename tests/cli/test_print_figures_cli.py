"""`studio-app print figures`: the 工作台's figures and charts as a PDF, without Qt."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from studio_app.cli import main
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_file):
    path = tmp_path_factory.mktemp("figures") / "demo.sqlite3"
    shutil.copyfile(demo_file(3), path)
    return str(path)


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def test_this_years_figures_and_the_last_twelve_months(demo_db, tmp_path, capsys):
    out = tmp_path / "工作成效.pdf"
    assert main(["print", "figures", "--db", demo_db, "--out", str(out)]) == 0
    assert "已生成" in capsys.readouterr().out
    text = text_of(out)
    today = date.today()
    assert "工作成效统计" in text and f"{today.year}-01-01至{today.isoformat()}" in text
    assert all(
        n in text for n in ("接待日", "答复及时率", "登记办结逾期", f"{today.year}年诉求按类别统计")
    )
    assert f"{today.month}月" in text and "\x00" not in text
    services = Services(open_database(demo_db))
    charts = services.request_charts.charts(today=today)
    assert all(c in text for c in charts.by_category.categories)


def test_a_past_year(demo_db, tmp_path, capsys):
    out = tmp_path / "去年.pdf"
    year = date.today().year - 1
    assert main(["print", "figures", "--year", str(year), "--db", demo_db, "--out", str(out)]) == 0
    text = text_of(out)
    assert f"{year}-01-01至{year}-12-31" in text and f"{year}年1月至{year}年12月" in text
    code = main(["print", "figures", "--year", "1999", "--db", demo_db, "--out", str(out)])
    assert code != 0 and "年份应在" in capsys.readouterr().err


def test_printing_the_figures_loads_no_qt(demo_db, tmp_path):
    out = tmp_path / "f.pdf"
    code = (
        "import sys\n"
        "from studio_app.cli import main\n"
        f"assert main(['print', 'figures', '--db', {demo_db!r}, '--out', {str(out)!r}]) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert out.stat().st_size > 1000
