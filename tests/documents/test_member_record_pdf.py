"""The member's annual record (一人一档) and the year's ranking, from hand-made plain data: the
pages each member starts, the text a reader looks for, the charts drawn in, every font
embedded, no U+0000 in the text layer, and never a full phone or ID number."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader

from studio_app.documents.chart_data import chart
from studio_app.documents.fonts import FontSet
from studio_app.documents.member_record_pdf import (
    Activity,
    ActivityGroup,
    HandledRequest,
    LinkedHousehold,
    MemberYear,
    PointsItem,
    ProposalLine,
    Ranking,
    RankingRow,
    masked,
    points_text,
    render_member_record,
    render_member_records,
    render_ranking,
)

STUDIO = "城关镇农业界委员工作室"
MONTHS = [f"{m}月" for m in range(1, 13)]


@pytest.fixture(scope="module", params=["house", "compact"])
def fonts(request) -> FontSet:
    return getattr(FontSet, request.param)()


def member_year(name: str = "王䶮", code: str = "NY-001", visits: int = 2) -> MemberYear:
    return MemberYear(
        studio_name=STUDIO, year=2026, name=name, member_code=code,
        facts=(("界别", "农业界"), ("专委会", "农业和农村委"), ("工作单位", "丰源县农业农村局"),
               ("联系电话", "13812345678"), ("身份证号", "11010119900101123X")),
        points_total=Decimal("137.5"), points_base=100, pass_mark=60, passed=True,
        points_items=(PointsItem("提案", "关于加快东风村村道硬化的提案（领衔，立案）", Decimal("12.5")),
                      PointsItem("全会", "十届三次全会：出席", 50),
                      PointsItem("缺席扣分", "常委会第五次会议：无故缺席", -5)),
        activities=(ActivityGroup("接待日值班", (Activity(date(2026, 3, 5), "三月接待日"),
                                                Activity(date(2026, 4, 5), "四月接待日"))),
                    ActivityGroup("走访联系户", tuple(Activity(date(2026, 6, 1 + i), f"走访东风村第{i}户")
                                                      for i in range(visits)))),
        households=(LinkedHousehold("李堃", "东风村", date(2026, 6, 1)),
                    LinkedHousehold("赵喆", "西河村", None)),
        requests=(HandledRequest("2026-0012", date(2026, 3, 5), "交通出行", "村道泥泞，出行困难",
                                 "按期答复"),),
        proposals=(ProposalLine("提案", "关于加快东风村村道硬化的提案", "领衔", "立案",
                                date(2026, 1, 10)),
                   ProposalLine("社情民意", "关于农村饮水安全的建议", "附议", "采用（市级）")),
        points_by_kind=chart("积分构成", ["提案", "全会", "缺席扣分"], [("积分", [12.5, 50, -5])]),
        activities_by_month=chart("履职活动（按月）", MONTHS,
                                  [("接待日值班", [0, 0, 1, 1] + [0] * 8),
                                   ("走访联系户", [0] * 5 + [visits] + [0] * 6)]),
        scheme_name="丰源县政协委员履职考核办法", as_of=date(2026, 12, 7),
    )  # fmt: skip


def texts(data: bytes) -> list[str]:
    return [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(BytesIO(data)).pages]


def fonts_of(data: bytes) -> dict[str, bool]:
    """Each TrueType font the PDF uses and whether its file is embedded."""
    found = {}
    for page in PdfReader(BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if font["/Subtype"] == "/TrueType":
                found[font["/BaseFont"]] = "/FontFile2" in font["/FontDescriptor"]
    return found


def test_a_members_record_holds_every_part_and_both_charts(fonts):
    doc = render_member_record(member_year(), fonts)
    pages = texts(doc.data)
    text = "".join(pages)
    assert doc.missing == ""
    assert "\x00" not in text
    assert pages[0].startswith(STUDIO + "2026年度委员履职档案")
    for part in ("王䶮", "NY-001", "农业界", "137.5分", "合格", "关于加快东风村村道硬化的提案（领衔，立案）",
                 "+12.5", "−5", "接待日值班（2次）", "走访联系户（2次）", "2026-04-05", "李堃",
                 "未走访", "2026-0012", "按期答复", "采用（市级）", "丰源县政协委员履职考核办法"):  # fmt: skip
        assert part in text, part
    # the charts: titles, legend, the months under the bars
    assert "积分构成" in text and "履职活动（按月）" in text
    assert all(m in text for m in MONTHS)
    assert text.index("接待日值班走访联系户") > text.index("履职活动（按月）")
    # masked numbers: the phone's and ID's ends only
    assert "138****5678" in text and "110101********123X" in text
    assert "13812345678" not in text and "11010119900101123X" not in text
    assert fonts_of(doc.data) and all(fonts_of(doc.data).values())


def test_all_members_in_one_pdf_each_from_a_new_page(fonts):
    one = render_member_record(member_year(), fonts)
    long = member_year("钱犇", "NY-002", visits=28)
    both = render_member_records([member_year(), long, member_year("孙昇", "NY-003")], fonts)
    alone = render_member_record(long, fonts).pages
    assert both.pages == 2 * one.pages + alone
    pages = texts(both.data)
    starts = [i for i, p in enumerate(pages) if "2026年度委员履职档案" in p[:40]]
    assert starts == [0, one.pages, one.pages + alone]
    assert "钱犇" in pages[one.pages] and "孙昇" in pages[one.pages + alone]


def test_the_ranking_lists_every_member_over_pages(fonts):
    rows = tuple(RankingRow(i, f"委员{i}", f"NY-{i:03}", Decimal(150 - i) / 2, 150 - i >= 120)
                 for i in range(1, 121))  # fmt: skip
    doc = render_ranking(Ranking(STUDIO, 2026, 60, rows, "丰源县政协委员履职考核办法"), fonts)
    pages = texts(doc.data)
    text = "".join(pages)
    assert doc.pages >= 3
    assert "2026年度委员履职积分排名" in pages[0]
    assert "120人，合格30人" in pages[0]
    assert all("名次姓名委员编号积分是否合格" in p for p in pages)  # the header on every page
    assert "1委员1NY-00174.5合格" in text and "120委员120NY-12015不合格" in text
    assert all(fonts_of(doc.data).values())


def test_an_empty_year_still_prints(fonts):
    empty = replace(member_year(), points_items=(), activities=(), households=(), requests=(),
                    proposals=(), points_by_kind=chart("积分构成", [], []),
                    activities_by_month=chart("履职活动（按月）", MONTHS, [("活动", [0] * 12)]))  # fmt: skip
    text = "".join(texts(render_member_record(empty, fonts).data))
    assert "本年度还没有计分的履职活动" in text and "暂无数据" in text
    assert "本年度还没有委员的积分" in "".join(texts(render_ranking(Ranking(STUDIO, 2026, 60, ()),
                                                                   fonts).data))  # fmt: skip


def test_numbers_are_masked_wherever_they_sit_in_a_fact():
    assert masked("13812345678") == "138****5678"
    assert masked("办公 0571-88886666，手机 13812345678") == "办公 0571-****6666，手机 138****5678"
    assert masked("身份证 330102198001011234") == "身份证 330102********1234"
    assert masked("农业界") == "农业界"
    assert [points_text(v, signed=True) for v in (10, Decimal("7.50"), -5, 0)] == [
        "+10", "+7.5", "−5", "0"]  # fmt: skip
