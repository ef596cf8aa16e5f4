"""工作成效统计 from hand-made figures: the charts drawn with reportlab carry their titles,
series names and month labels in the text layer, every font is embedded, nothing reads back as
U+0000 (whichever font comes first in the chain), and a rare character in a category prints."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from studio_app.documents.chart_data import chart, nice_scale
from studio_app.documents.figures_pdf import FiguresReport, render_figures
from studio_app.documents.fonts import FontSet

MONTHS = [f"{m}月" for m in (12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)]


@pytest.fixture(scope="module", params=["house", "compact"])
def fonts(request) -> FontSet:
    return getattr(FontSet, request.param)()


def report() -> FiguresReport:
    return FiguresReport(
        studio_name="城关镇农业界委员工作室", period="2026-01-01 至 2026-11-30",
        as_of=date(2026, 11, 30),
        figures=(("接待日", "11 次"), ("来访", "65 人次（59 人）"), ("答复及时率", "53.6%（30/56）")),
        by_month=chart("诉求按月统计（2025年12月至2026年11月）", MONTHS,
                       [("登记", range(12)), ("办结", [1] * 12), ("逾期", [0] * 11 + [4])]),
        by_category=chart("2026年诉求按类别统计", ["交通", "医疗", "堃垚村务"], [("件数", [9, 4, 1])]),
        notes=("逾期：答复期限在当月、超期才答复或至今未答复的诉求",),
    )  # fmt: skip


def test_the_figures_and_both_charts_are_in_the_text_layer(fonts):
    doc = render_figures(report(), fonts)
    assert doc.pages == 1 and doc.missing == ""
    reader = PdfReader(BytesIO(doc.data))
    text = re.sub(r"\s+", "", reader.pages[0].extract_text())
    assert "\x00" not in text
    for part in ("工作成效统计", "65人次（59人）", "53.6%（30/56）", "诉求按月统计", "登记办结逾期",
                 "2026年诉求按类别统计", "交通", "堃垚村务", "逾期：答复期限在当月"):  # fmt: skip
        assert part in text, part
    assert "".join(MONTHS) in text  # the month labels, in order under the bars
    fonts_used = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    truetype = [f for f in fonts_used if f["/Subtype"] == "/TrueType"]
    assert truetype and all("/FontFile2" in f["/FontDescriptor"] for f in truetype)


def test_the_value_axis_goes_up_in_whole_round_steps():
    assert nice_scale(0) == (5.0, 1.0)
    assert nice_scale(3) == (3, 1.0)
    assert nice_scale(11) == (15, 5.0)
    top, step = nice_scale(4311)  # a county's month
    assert (top, step) == (5000, 1000.0)
