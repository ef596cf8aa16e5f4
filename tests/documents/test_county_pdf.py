"""全县概览 on landscape A4 from hand-made plain data: the tables, the chart and the notes are in
the text layer, with every font embedded."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from studio_app.documents.chart_data import chart
from studio_app.documents.county_pdf import CountyReport, Table, render_county
from studio_app.documents.fonts import FontSet


def report(overdue_rows: int) -> CountyReport:
    studios = Table("各工作室", ("工作室", "诉求件数", "交办及时率"),
                    (("城关镇委员工作室", "12", "75.0%（6/8）"), ("堃垚乡委员工作室", "0", "—"),
                     ("全县合计", "12", "75.0%（6/8）")), (0.5, 0.2, 0.3), centered=(1, 2))  # fmt: skip
    late = Table("全县超期诉求", ("工作室", "编号", "超期工作日"),
                 tuple(("城关镇委员工作室", f"2026-{i:04d}", str(i)) for i in range(overdue_rows)),
                 (0.5, 0.3, 0.2), empty="全县没有超期的诉求。")  # fmt: skip
    return CountyReport(
        "县政协委员工作室", "全县概览", "2026-01-01 至 2026-03-31", date(2026, 3, 31),
        (studios, late),
        chart("各工作室诉求件数与超期件数", ["城关镇委员工作室", "堃垚乡委员工作室"],
              [("诉求件数", [12, 0]), ("超期件数", [3, 0])]),
        ("比率为“百分比（分子/分母）”",),
    )  # fmt: skip


def _text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(BytesIO(data))
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages)), len(reader.pages)


def test_the_tables_the_chart_and_the_notes_are_printed():
    doc = render_county(report(3), FontSet.house())
    assert doc.missing == ""
    text, pages = _text(doc.data)
    assert pages == doc.pages == 1 and "\x00" not in text
    for part in ("全县概览", "统计期间：2026-01-01至2026-03-31（截至2026-03-31）", "75.0%（6/8）",
                 "堃垚乡委员工作室", "全县合计", "各工作室诉求件数与超期件数", "诉求件数超期件数",
                 "2026-0002", "比率为“百分比（分子/分母）”"):  # fmt: skip
        assert part in text, part
    page = PdfReader(BytesIO(doc.data)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape


def test_a_long_overdue_list_runs_onto_more_pages_and_an_empty_one_says_so():
    assert render_county(report(120), FontSet.house()).pages > 1
    text, _pages = _text(render_county(report(0), FontSet.house()).data)
    assert "全县没有超期的诉求。" in text
