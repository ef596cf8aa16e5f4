"""The studio switcher: the county's users (and anyone before logins, on a database of several
studios) pick 全县 or a studio; every page then shows that studio, and 全县 registers nothing."""

from __future__ import annotations

import pytest

from studio_app.base.enums import Role
from studio_app.core.households import HouseholdInput
from studio_app.core.studios import StudioInput
from studio_app.ui.main_window import MainWindow


@pytest.fixture
def three(services):
    """Three studios, each with a household of its own."""
    studios = []
    for name, head in (
        ("城关工作室", "李城关"),
        ("河西工作室", "王河西"),
        ("山南工作室", "赵山南"),
    ):
        studio = services.studios.create(StudioInput(name=name))
        services.use_studio(studio.id)
        services.households.create(HouseholdInput(head_name=head))
        studios.append(studio)
    services.use_studio(None)
    return studios


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def _heads(window: MainWindow) -> list[str]:
    page = window.households_page
    page.refresh()
    model = page.view.model()
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def test_switching_reloads_every_page_and_says_where(qtbot, services, three):
    window = _window(qtbot, services)
    switcher = window.switcher
    assert switcher.isVisible()
    names = [switcher.choice.itemText(i) for i in range(switcher.choice.count())]
    assert names == ["全县", "城关工作室", "河西工作室", "山南工作室"]
    assert window.windowTitle() == "全县（3 个工作室）"
    assert window.studio_label.text() == "当前：全县（3 个工作室）"
    window.nav.setCurrentRow(6)  # 联户
    assert _heads(window) == ["李城关", "王河西", "赵山南"]
    old_page = window.households_page

    switcher.pick(2)
    assert services.studio_id == three[1].id
    assert window.nav.currentRow() == 6  # the same page, built again over 河西
    assert window.households_page is not old_page
    assert _heads(window) == ["王河西"]
    assert window.windowTitle() == "河西工作室"
    assert window.studio_label.text() == "当前：河西工作室"
    assert "委员 0 名 · 联系户 1 户" in window.counts_label.text()


def test_the_desk_registers_nothing_in_the_county_view(qtbot, services, three):
    window = _window(qtbot, services)
    desk = window.desk_page
    assert not desk.form_area.isEnabled()
    assert desk.refused_note.isVisibleTo(desk)
    assert "请先在窗口上方选择工作室" in desk.refused_note.text()

    window.switcher.pick(1)
    desk = window.desk_page
    assert desk.form_area.isEnabled()
    assert not desk.refused_note.isVisibleTo(desk)


def test_a_studio_user_sees_no_switcher_and_their_studio(qtbot, services, three):
    admin = services.access.create_first_admin(
        "county", "县管理", "county-pass-2026", role=Role.COUNTY_ADMIN
    )
    services.access.add_user(
        admin, "hexi", "河西联络员", Role.COORDINATOR, "hexi-pass-2026", studio_id=three[1].id
    )
    services.current_user = services.access.login("hexi", "hexi-pass-2026")
    window = _window(qtbot, services)
    assert not window.switcher.isVisible()
    assert window.windowTitle() == "河西工作室"
    assert _heads(window) == ["王河西"]


def test_a_county_user_may_switch_on_one_studio_too(qtbot, services, studio):
    admin = services.access.create_first_admin(
        "county", "县管理", "county-pass-2026", role=Role.COUNTY_ADMIN
    )
    services.current_user = admin
    window = _window(qtbot, services)
    assert window.switcher.isVisible()
    assert window.switcher.choice.count() == 2


def test_one_studio_before_logins_has_no_switcher(qtbot, services, studio):
    window = _window(qtbot, services)
    assert not window.switcher.isVisible()
    assert window.windowTitle() == studio.name
    assert window.desk_page.form_area.isEnabled()
