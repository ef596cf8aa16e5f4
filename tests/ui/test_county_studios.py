"""设置 → 工作室信息 for the county's administrator: studios added, closed and reopened in the
window, the switcher and pages following."""

from __future__ import annotations

from studio_app.base.enums import Role
from studio_app.core.studios import StudioInput
from studio_app.ui.action_dialog import ActionDialog
from studio_app.ui.main_window import MainWindow
from studio_app.ui.studio_dialog import StudioDialog


def _county(services):
    services.studios.create(StudioInput(name="城关委员工作室"))
    services.studios.create(StudioInput(name="河湾委员工作室"))
    admin = services.access.create_first_admin(
        "county", "县管理", "county-pass-2026", role=Role.COUNTY_ADMIN
    )
    services.current_user = admin
    return admin


def _switcher_names(window: MainWindow) -> list[str]:
    choice = window.switcher.choice
    return [choice.itemText(i) for i in range(choice.count())]


def test_the_county_adds_closes_and_reopens_studios_and_the_window_follows(
    qtbot, services, answers, when_modal
):
    _county(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert _switcher_names(window) == ["全县", "城关委员工作室", "河湾委员工作室"]
    window.switcher.pick(2)  # working in 河湾

    def add_then_close(dialog: StudioDialog) -> None:
        assert dialog.add_button.isVisible() and dialog.close_button.text() == "撤销工作室…"

        def fill(form: ActionDialog) -> None:
            form.fields.widget("name").setText("新设委员工作室")
            form._submit()

        when_modal(ActionDialog, fill)
        dialog.add_button.click()
        assert dialog.chooser.currentText() == "新设委员工作室"
        dialog.chooser.setCurrentIndex(dialog.chooser.findText("河湾委员工作室"))
        dialog.close_button.click()  # confirmed (answers.confirm)
        assert dialog.chooser.currentText() == "河湾委员工作室（已撤销）"
        assert dialog.close_button.text() == "恢复工作室" and dialog.state.isVisible()
        dialog.reject()

    when_modal(StudioDialog, add_then_close)
    window._edit_studio()
    qtbot.waitUntil(lambda: _switcher_names(window)[-1] == "新设委员工作室")
    assert _switcher_names(window) == ["全县", "城关委员工作室", "新设委员工作室"]
    assert services.studio_id is None  # the studio worked in was closed: 全县
    assert any("撤销“河湾委员工作室”" in text for kind, text in answers.said if kind == "confirm")

    def reopen(dialog: StudioDialog) -> None:
        dialog.chooser.setCurrentIndex(dialog.chooser.findText("河湾委员工作室（已撤销）"))
        dialog.close_button.click()
        dialog.reject()

    when_modal(StudioDialog, reopen)
    window._edit_studio()
    assert "河湾委员工作室" in _switcher_names(window)


def test_a_studio_of_one_pc_adds_no_studio_here(qtbot, services, studio):
    dialog = StudioDialog(services)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isVisibleTo(dialog) and not dialog.close_button.isVisibleTo(dialog)
