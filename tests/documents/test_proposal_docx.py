"""The Word forms: python-docx opens them, each required section is there in order, the page is
A4 with the house style's fonts named for East Asian text, and a draft converted from a visitor's
request carries no visitor's name, phone or ID number."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from studio_app.base.enums import ProposalKind
from studio_app.core.members import MemberInput
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.documents.proposal_docx import (
    BODY_FONT,
    HEADING_FONT,
    TITLE_FONT,
    proposal_docx,
    write_proposal_docx,
)
from studio_app.documents.proposal_sheet import ProposalSheet

PROPOSAL = ProposalSheet(
    ProposalKind.PROPOSAL, "关于加强农村路灯维护的提案", "陈䶮", "县人民医院", ("林堃", "周喆"),
    "13900001111", "全县路灯失修。\n群众夜间出行不便。", "", "", "建立长效维护机制。",
    "县交通运输局、县财政局", date(2026, 3, 5),
)  # fmt: skip
OPINION = ProposalSheet(
    ProposalKind.SOCIAL_OPINION, "农村独居老人冬季取暖难", "林堃", "县一中", (), "0931-1234567",
    "", "独居老人多。", "取暖设施缺。", "建议纳入民生实事。", "县民政局", date(2026, 1, 6),
)  # fmt: skip


def _open(data: bytes, tmp_path, name="x.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return Document(str(path))


def _texts(document) -> list[str]:
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.append("|".join(c.text for c in row.cells))
    return texts


def _index(texts: list[str], start: str) -> int:
    return next(i for i, t in enumerate(texts) if t.startswith(start))


def test_the_proposal_form_holds_each_section_in_order(tmp_path):
    document = _open(proposal_docx(PROPOSAL), tmp_path)
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "关于加强农村路灯维护的提案"
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows == [
        ["案由", "关于加强农村路灯维护的提案"], ["提案人", "陈䶮（县人民医院）"],
        ["联系方式", "13900001111"], ["附议人", "林堃、周喆"],
        ["建议承办单位", "县交通运输局、县财政局"], ["日期", "2026年3月5日"],
    ]  # fmt: skip
    analysis, suggestions = (_index(paragraphs, "一、情况分析"), _index(paragraphs, "二、具体建议"))
    assert paragraphs[analysis + 1 : suggestions] == ["全县路灯失修。", "群众夜间出行不便。"]
    assert paragraphs[suggestions + 1] == "建立长效维护机制。"


def test_the_social_opinion_form_holds_each_section_and_the_reporter(tmp_path):
    paragraphs = [p.text for p in _open(proposal_docx(OPINION), tmp_path).paragraphs]
    assert paragraphs[0] == "农村独居老人冬季取暖难"
    order = [_index(paragraphs, s) for s in ("一、基本情况", "二、存在问题", "三、意见建议",
                                             "反映人：", "联系方式：")]  # fmt: skip
    assert order == sorted(order)
    assert paragraphs[order[0] + 1] == "独居老人多。" and paragraphs[order[1] + 1] == "取暖设施缺。"
    assert paragraphs[order[2] + 1] == "建议纳入民生实事。"
    assert paragraphs[order[3]] == "反映人：林堃（县一中）"
    assert paragraphs[order[4]] == "联系方式：0931-1234567"
    assert "建议承办单位：县民政局" in paragraphs and paragraphs[-1] == "2026年1月6日"


def test_an_empty_section_says_what_to_write(tmp_path):
    empty = ProposalSheet(ProposalKind.PROPOSAL, "关于路灯的提案", "", "", (), "", "", "", "", "",
                          "", date(2026, 3, 5))  # fmt: skip
    document = _open(proposal_docx(empty), tmp_path)
    paragraphs = [p.text for p in document.paragraphs]
    assert "（请逐条写出具体、可行的建议。）" in paragraphs
    assert document.tables[0].rows[1].cells[1].text == "（请选择领衔委员）"


def test_a4_house_style_with_east_asian_fonts(tmp_path):
    document = _open(proposal_docx(PROPOSAL), tmp_path)
    section = document.sections[0]
    sizes = (section.page_width, section.page_height, section.top_margin, section.left_margin)
    assert [round(x.mm) for x in sizes] == [210, 297, 37, 28]  # A4, stored in twips

    def font(run):
        fonts = run._element.rPr.rFonts
        return fonts.get(qn("w:eastAsia")), fonts.get(qn("w:ascii")), run.font.size

    title = document.paragraphs[0]
    assert title.alignment == 1  # centred
    assert font(title.runs[0]) == (TITLE_FONT, TITLE_FONT, Pt(22))
    heading = next(p for p in document.paragraphs if p.text.startswith("一、"))
    assert font(heading.runs[0]) == (HEADING_FONT, HEADING_FONT, Pt(16))
    body = next(p for p in document.paragraphs if p.text == "全县路灯失修。")
    assert font(body.runs[0]) == (BODY_FONT, BODY_FONT, Pt(16))
    assert body.paragraph_format.first_line_indent == Pt(32)
    normal = document.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == BODY_FONT


def test_a_word_file_written_is_whole(tmp_path):
    path = tmp_path / "社情民意.docx"
    write_proposal_docx(OPINION, path)
    assert Document(str(path)).paragraphs[0].text == "农村独居老人冬季取暖难"
    assert [p.name for p in tmp_path.iterdir()] == ["社情民意.docx"]  # no temporary left


@pytest.mark.parametrize("kind", list(ProposalKind))
def test_a_draft_from_a_visitor_s_request_names_no_visitor(db, tmp_path, kind):
    """The visitor wrote their own name and phone (and a neighbour's ID number) into the
    request: neither the draft nor its Word file carries them."""
    services = Services(db)
    member = services.members.create(MemberInput(name="陈委员", phone="13900001111"))
    r = services.requests.register(RequestInput(
        content="我叫王䶮，电话 138 1234 5678，邻居身份证110101199001011234，村口路灯坏了三个月",
        category="交通", visitor_name="王䶮", visitor_phone="13812345678", village="东关村",
    ), at=datetime(2026, 3, 2, 12).astimezone())  # fmt: skip
    services.requests.assign(r.id, handling_unit="县交通运输局")
    item = services.proposals.convert_request(r.id, kind, lead_id=member.id)
    path = tmp_path / "draft.docx"
    services.proposals.export_word(item.id, path)
    everything = "\n".join(_texts(Document(str(path))))
    for secret in ("王䶮", "13812345678", "138 1234 5678", "5678", "110101199001011234"):
        assert secret not in everything
    assert "王某" in everything and "村口路灯坏了三个月" in everything
    assert "县交通运输局" in everything and "13900001111" in everything  # the member's contact
