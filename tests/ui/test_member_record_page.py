"""The member's record in the window: the points-scheme dialog, the record page and the
ranking."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from studio_app.base.enums import ActivityKind as K
from studio_app.core.activities import ActivityInput
from studio_app.core.members import MemberInput
from studio_app.core.points import member_code
from studio_app.ui.activity_dialog import ActivityDialog
from studio_app.ui.member_record_page import MemberRecordPage
from studio_app.ui.points_scheme_dialog import POINTS, PointsSchemeDialog


def test_the_scheme_dialog_publishes_an_edit_as_a_new_version(qtbot, services, tmp_path):
    dialog = PointsSchemeDialog(services)
    qtbot.addWidget(dialog)
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    service = rows.index("帮办实事")
    dialog.table.cellWidget(service, POINTS).setValue(5)
    dialog.pass_mark.setValue(70)
    dialog.note.setText("帮办实事提高到 5 分")
    dialog.save()
    assert dialog.changed
    current = services.points.current()
    assert (current.number, current.from_year, current.note) == (
        2,
        date.today().year,
        "帮办实事提高到 5 分",
    )
    assert current.scheme.pass_mark == 70
    assert next(r for r in current.scheme.items if r.key == "service").points == 5
    assert services.points.scheme_for(date.today().year - 1).number == 1  # last year kept


def test_an_unchanged_scheme_publishes_nothing(qtbot, services):
    dialog = PointsSchemeDialog(services)
    qtbot.addWidget(dialog)
    dialog.save()
    assert not dialog.changed
    assert [v.number for v in services.points.versions()] == [1]


# ---- the record page --------------------------------------------------------------------------
YEAR = date.today().year
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def two_members(services, studio):
    a = services.members.create(
        MemberInput(name="王建国", phone="13912345678", studio_id=studio.id)
    )
    b = services.members.create(MemberInput(name="李䶮", studio_id=studio.id))
    services.activities.add(ActivityInput(a.id, K.PLENARY, date(YEAR, 1, 1), "attended", "全会"))
    services.activities.add(ActivityInput(b.id, K.PLENARY, date(YEAR, 1, 1), "absent", "全会"))
    return a, b


def _page(qtbot, services) -> MemberRecordPage:
    page = MemberRecordPage(services)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    return page


def test_the_record_shows_points_with_their_sources_and_the_charts(qtbot, services, two_members):
    a, _b = two_members
    page = _page(qtbot, services)
    page.show_member(a.id)
    assert "150" in page.score.text() and "合格" in page.score.text()
    top = page.points_tree.topLevelItem(0)
    assert (top.text(0), top.text(1)) == ("出席全体会议", "50")
    assert top.child(0).text(0) == f"{YEAR}-01-01  全会（出席）"
    assert "139****5678" in [page.facts.itemAt(r, page.facts.ItemRole.FieldRole).widget().text()
                             for r in range(page.facts.rowCount())]  # fmt: skip
    assert page.points_chart.series_count() == 1 and page.points_chart.point_counts() == [1]
    assert page.month_chart.series_count() == 4  # four groups over twelve months
    assert page.month_chart.point_counts() == [12, 12, 12, 12]


def test_an_activity_entered_from_the_page_with_a_scan_and_withdrawn(
    qtbot, services, two_members, when_modal, answers, tmp_path
):
    a, _b = two_members
    page = _page(qtbot, services)
    page.show_member(a.id)
    scan = tmp_path / "签到表.png"
    scan.write_bytes(PNG)
    answers.open_path = scan

    def fill(dialog: ActivityDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(K.RESEARCH))
        dialog.title.setText("乡村道路调研")
        dialog.add_file()
        dialog._submit()

    seen = when_modal(ActivityDialog, fill)
    page.add_action.trigger()
    assert seen
    [research] = [x for x in services.activities.of_member(a.id, date(YEAR, 1, 1), date(YEAR, 12, 31))
                  if x.kind == K.RESEARCH]  # fmt: skip
    assert [f.file_name for f in services.activities.attachments(research.source_id)] == [
        "签到表.png"
    ]
    assert page.score.text().count("152") == 1  # 100 + 50 + 2
    group = next(page.activity_tree.topLevelItem(i) for i in range(page.activity_tree.topLevelItemCount())
                 if page.activity_tree.topLevelItem(i).text(0).startswith("调研视察"))  # fmt: skip
    page.activity_tree.setCurrentItem(group.child(0))
    from studio_app.ui.pdf_preview import ImagePreviewDialog

    shown = when_modal(ImagePreviewDialog, lambda d: d.reject())
    page.open_attachments()
    assert shown and "签到表.png" in shown[0].windowTitle() + shown[0].findChild(QLabel).text()
    assert page.withdraw_action.isEnabled()
    page.withdraw_action.trigger()
    assert "150" in page.score.text()


def test_the_ranking_sorts_fails_and_exports(qtbot, services, two_members, answers, tmp_path):
    page = _page(qtbot, services)
    page.tabs.setCurrentIndex(1)
    table = page.ranking
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["王建国", "李䶮"]
    assert [table.item(r, 4).text() for r in range(table.rowCount())] == ["合格", "不合格"]
    table.sortItems(3, Qt.SortOrder.AscendingOrder)  # by the total, lowest first
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["李䶮", "王建国"]
    answers.save_path = tmp_path / "积分.xlsx"
    page.export_ranking()
    from openpyxl import load_workbook

    sheet = load_workbook(answers.save_path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[1]
    assert header[:5] == ["名次", "姓名", "委员编号", "总分", "是否合格"]
    assert rows[2][:5] == ["1", "王建国", member_code(two_members[0].id), "150", "合格"]
    assert rows[3][header.index("无故缺席全体会议")] == "-50"
    assert not page.rescore_action.isEnabled()  # this year is scored by the current scheme


def test_the_members_page_opens_a_members_record(qtbot, services, two_members):
    from studio_app.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.open_member_record(two_members[1].id)
    assert window.member_record_page.record.points.name == "李䶮"
    assert window.member_record_page.record.points.score.passed is False


def test_the_record_and_the_ranking_print_from_the_page(qtbot, services, two_members, when_modal,
                                                        wait_background):  # fmt: skip
    from studio_app.ui.pdf_preview import PdfPreviewDialog

    page = _page(qtbot, services)
    page.show_member(two_members[0].id)
    seen = when_modal(PdfPreviewDialog, lambda d: d.reject())
    page.print_action.trigger()
    wait_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen[0].document.title == f"王建国{YEAR}年度委员履职档案"
    page.tabs.setCurrentIndex(1)
    seen = when_modal(PdfPreviewDialog, lambda d: d.reject())
    page.print_ranking_action.trigger()
    wait_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen[0].document.title == f"{YEAR}年度委员履职积分排名"
