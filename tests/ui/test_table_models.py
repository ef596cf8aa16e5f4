"""The lazy table models and the pages' search, filters and SQL sorting, on a real database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt

from studio_app.base.enums import HouseholdKind, MemberLevel, VisitMethod
from studio_app.core.households import HouseholdInput
from studio_app.core.linkage import VisitInput
from studio_app.core.services import Services
from studio_app.ui.households_page import NOT_VISITED, HouseholdsModel, HouseholdsPage
from studio_app.ui.lazy_table_model import PAGE_SIZE, SqlSortProxyModel
from studio_app.ui.members_page import MembersModel, MembersPage


@pytest.fixture
def linked_data(services, studio, make_member, make_household):
    """Three members, four households, links and a visit: every column has something."""
    a = make_member("王建国", "13812345678", sector="农业界", level=MemberLevel.MUNICIPAL)
    b = make_member("刘䶮", "13912345678", sector="医药卫生界")
    make_member("𠮷祥", "", sector="教育界")
    h1 = make_household("李大爷", "13700001111", village="东关村", size=3, tags=["低保"])
    h2 = make_household("丰源县鑫达果品专业合作社", "0931-8376639", kind=HouseholdKind.ENTERPRISE)
    make_household("张桂英", "", village="石门村", tags=["独居老人", "残疾"])
    make_household("堃堃", "", village="石门村")
    services.linkages.link(a.id, h1.id, primary=True)
    services.linkages.link(b.id, h1.id)
    services.linkages.link(b.id, h2.id)
    services.visits.record(VisitInput(b.id, h1.id, date.today(), VisitMethod.PHONE, "回访"))
    return a, b, h1, h2


@pytest.fixture
def many_households(services) -> None:
    """450 households entered through the services in one transaction (one commit to disk,
    not 450: on SQLite each is a synced write)."""
    with services.db.one_transaction() as db:
        households = Services(db).households
        for i in range(450):
            households.create(HouseholdInput(head_name=f"联系户{i:03d}", kind=HouseholdKind.HOUSEHOLD,
                                             village="东关村" if i % 3 == 0 else "石门村"))  # fmt: skip


def test_member_model_passes_the_model_tester(qtmodeltester, services, linked_data):
    model = MembersModel(services)
    model.refresh()
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    proxy = SqlSortProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_household_model_passes_the_model_tester(qtmodeltester, services, linked_data):
    model = HouseholdsModel(services)
    model.refresh()
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    proxy = SqlSortProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_member_columns_show_labels_counts_and_roles(services, linked_data):
    model = MembersModel(services)
    model.refresh()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    r = rows["王建国"]
    cells = [model.index(r, c).data() for c in range(model.columnCount())]
    assert cells[2] == "市"  # 级别 through labels.label
    assert cells[3] == "农业界"
    assert cells[6] == "13812345678"
    assert cells[8] == "1"  # 联系户数
    assert model.index(rows["刘䶮"], 8).data() == "2"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "姓名"


def test_household_columns_show_members_tags_and_last_visit(services, linked_data):
    model = HouseholdsModel(services)
    model.refresh()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    r = rows["李大爷"]
    assert model.index(r, 6).data() == "低保"
    assert model.index(r, 7).data() == "王建国、刘䶮"  # the main contact first
    assert model.index(r, 8).data() == date.today().isoformat()
    assert model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    never = rows["张桂英"]
    assert model.index(never, 8).data() == "从未走访"
    assert model.index(never, 0).data(Qt.ItemDataRole.BackgroundRole) == NOT_VISITED
    assert model.index(rows["丰源县鑫达果品专业合作社"], 1).data() == "企业"


def test_rows_are_fetched_lazily_in_pages(services, many_households):
    model = HouseholdsModel(services)
    model.refresh()
    assert model.total == 450
    assert model.rowCount() <= PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    counts = []
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        counts.append(model.rowCount())
    assert counts == [*range(2 * PAGE_SIZE, 450, PAGE_SIZE), 450]
    assert len({model.row_at(r).id for r in range(450)}) == 450  # no row twice
    assert not model.canFetchMore(QModelIndex())
    assert not model.canFetchMore(model.index(0, 0))  # rows have no children


def test_scrolling_the_page_fetches_more(qtbot, services, many_households):
    page = HouseholdsPage(services)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.count_label.text() == "共 450 条"
    assert page.proxy.rowCount() == PAGE_SIZE
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.proxy.rowCount() > PAGE_SIZE)


def test_search_narrows_rows_after_a_pause(qtbot, services, many_households, type_text):
    page = HouseholdsPage(services)
    qtbot.addWidget(page)
    type_text(page.search, "联系户04")
    qtbot.waitUntil(lambda: page.model.total == 10)  # 联系户040 … 联系户049
    assert page.proxy.rowCount() == 10
    assert page.count_label.text() == "共 10 条"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 450)


def test_a_one_character_chinese_query_works(qtbot, services, linked_data, type_text):
    page = MembersPage(services)
    qtbot.addWidget(page)
    type_text(page.search, "刘")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.model.row_at(0).name == "刘䶮"
    households = HouseholdsPage(services)
    qtbot.addWidget(households)
    type_text(households.search, "堃")
    qtbot.waitUntil(lambda: households.model.total == 1)
    assert households.model.row_at(0).head_name == "堃堃"


def test_filters_combine_with_search(qtbot, services, many_households, linked_data):
    page = HouseholdsPage(services)
    qtbot.addWidget(page)
    page.village_filter.setCurrentIndex(page.village_filter.findData("东关村"))
    assert page.model.total == 150 + 1  # every third generated one, and 李大爷
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("低保"))
    assert page.model.total == 1
    page.tag_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(HouseholdKind.ENTERPRISE))
    assert page.model.total == 0  # the enterprise has no village
    page.village_filter.setCurrentIndex(0)
    assert page.model.total == 1


def _click_header(qtbot, page, section: int) -> None:
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_clicking_a_header_sorts_all_rows_in_sql(qtbot, services, many_households):
    page = HouseholdsPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.row_at(0).head_name == "联系户000"
    _click_header(qtbot, page, 0)  # already sorted by name: now descending
    assert page.model.query.descending is True
    # the last of all 450, not just of the rows loaded before
    assert page.model.row_at(0).head_name == "联系户449"
    assert page.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.rowCount() == PAGE_SIZE


def test_unsortable_columns_keep_the_previous_sort(qtbot, services, linked_data):
    page = HouseholdsPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    _click_header(qtbot, page, 2)  # 村（社区）
    assert page.model.query.sort == "village"
    _click_header(qtbot, page, 6)  # 标签: the database cannot sort by it
    assert page.model.query.sort == "village"
    assert page.view.horizontalHeader().sortIndicatorSection() == 2


def test_highlight_follows_the_number_of_days(qtbot, services, studio, make_member, make_household):
    member = make_member("王建国", "13812345678")
    household = make_household("李大爷")
    services.visits.record(VisitInput(member.id, household.id, date.today() - timedelta(days=40)))
    page = HouseholdsPage(services)
    qtbot.addWidget(page)
    index = page.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None  # within 90 days
    page.not_visited_days.setValue(30)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == NOT_VISITED
    page.not_visited.setChecked(True)
    qtbot.waitUntil(lambda: page.model.query.not_visited_days == 30)
    assert page.model.total == 1
    page.not_visited_days.setValue(60)
    qtbot.waitUntil(lambda: page.model.total == 0)


def test_a_search_with_more_matches_than_the_cap_fetches_to_the_end(
    qtbot, services, many_households, type_text, monkeypatch
):
    import studio_app.core.households as households_module

    monkeypatch.setattr(households_module, "COUNT_CAP", 250)
    page = HouseholdsPage(services)
    qtbot.addWidget(page)
    type_text(page.search, "联系户")
    qtbot.waitUntil(lambda: page.count_label.text() == "超过 250 条")
    assert page.model.rowCount() == PAGE_SIZE
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == 450
    assert page.count_label.text() == "共 450 条"
    assert len({page.model.row_at(r).id for r in range(450)}) == 450


def test_the_list_model_passes_the_model_tester_empty_filled_and_refilled(qtmodeltester):
    from studio_app.ui.list_model import Field, RowsModel

    fields = [Field("姓名", lambda r: r[0]), Field("村（社区）", lambda r: r[1], width=90)]
    model = RowsModel(fields)
    qtmodeltester.check(model)  # empty
    model.set_rows([("刘䶮", "东关村"), ("𠮷祥", "石门村"), ("张三", "")])
    model.set_foreground(lambda r: Qt.GlobalColor.gray if not r[1] else None)
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "𠮷祥"
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) == Qt.GlobalColor.gray
    assert model.headerData(1, Qt.Orientation.Horizontal) == "村（社区）"
    model.set_rows([("王五", "西关村")])  # a reset while the tester watches
    qtmodeltester.check(model)
    assert (model.rowCount(), model.rows) == (1, [("王五", "西关村")])
