"""The field package in the window: the file and passphrase dialog checks what it is given,
and the conflict list shows both sides of each field and settles with the side chosen."""

from __future__ import annotations

import dataclasses
import shutil

from studio_app.core.field import sealed
from studio_app.core.field.service import open_package
from studio_app.core.households import HouseholdInput
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database
from studio_app.ui.field_dialogs import ConflictListDialog, PackageFileDialog


def _edit(services: Services, household_id, **values) -> None:
    h = services.households.get(household_id)
    data = HouseholdInput(head_name=h.head_name, village=h.village, address=h.address)
    services.households.update(household_id, dataclasses.replace(data, **values),
                               expected_version=None)  # fmt: skip


def test_a_new_file_wants_the_passphrase_twice(qtbot):
    dialog = PackageFileDialog("外出工作包", "说明", saving=True, name_filter="*.pkg")
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.error.text() == "请选择文件。"
    dialog.file.setText("/tmp/x.pkg")
    dialog.secret.setText("村里没有网络")
    dialog.again.setText("村里没网")
    dialog._accept()
    assert dialog.error.text() == "两次输入的口令不一样。" and dialog.path is None
    dialog.again.setText("村里没有网络")
    dialog._accept()
    assert (str(dialog.path), dialog.passphrase) == ("/tmp/x.pkg", "村里没有网络")


def test_the_conflict_list_settles_with_the_side_chosen(
    qtbot, services, studio, make_household, sqlite_template, tmp_path, monkeypatch
):
    monkeypatch.setattr(sealed, "SCRYPT_N", 2**10)
    household = make_household("赵垚", village="东村")
    services.field.check_out(tmp_path / "p.pkg", "村里没有网络",
                             blank=lambda path: shutil.copyfile(sqlite_template, path))  # fmt: skip
    open_package(tmp_path / "p.pkg", "村里没有网络", tmp_path / "laptop.sqlite3")
    laptop_db = open_database(tmp_path / "laptop.sqlite3")
    laptop = Services(laptop_db)
    _edit(laptop, household.id, village="西关村", address="笔记本的地址")
    _edit(services, household.id, village="北关村")
    laptop.field.make_return(tmp_path / "b.back", "村里没有网络")
    laptop_db.close()
    services.field.check_in(tmp_path / "b.back", "村里没有网络")

    dialog = ConflictListDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "赵垚" in dialog.list.item(0).text()
    rows = {dialog.table.item(i, 0).text(): i for i in range(dialog.table.rowCount())}
    village, address = rows["村（社区）"], rows["地址"]
    assert [dialog.table.item(village, c).text() for c in (1, 2, 3)] == ["东村", "北关村", "西关村"]
    assert dialog.table.cellWidget(village, 4).currentData() == "office"  # both changed it
    assert dialog.table.cellWidget(address, 4).currentData() == "laptop"  # only the laptop
    dialog.table.cellWidget(village, 4).setCurrentIndex(1)  # 笔记本
    dialog._settle()
    assert dialog.list.count() == 0 and not dialog.settle_button.isEnabled()
    now = services.households.get(household.id)
    assert (now.village, now.address) == ("西关村", "笔记本的地址")


def test_opening_a_package_on_the_office_pc_is_asked_first(
    qtbot, services, studio, answers, monkeypatch
):
    from studio_app.ui import field_dialogs
    from studio_app.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    asked = []
    monkeypatch.setattr(field_dialogs, "ask_package", lambda parent: asked.append(1))
    answers.confirm = False
    window._open_package()
    assert answers.said[-1][0] == "confirm" and "办公室的电脑" in answers.said[-1][1]
    assert asked == []  # not even the file was asked for
    answers.confirm = True
    window._open_package()
    assert asked == [1]
