"""The member and household forms, driven the way a person fills them in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from studio_app.base.enums import MemberLevel, MembershipRole
from studio_app.core.households import HouseholdQuery
from studio_app.core.members import MemberInput, MemberQuery
from studio_app.ui import file_dialogs
from studio_app.ui.household_dialog import HouseholdDialog
from studio_app.ui.member_dialog import MemberDialog

ALL = MemberQuery(active=None)


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_bad_phone_is_shown_under_the_field_and_nothing_is_saved(
    qtbot, services, studio, type_text
):
    dialog = _open(qtbot, MemberDialog(services))
    type_text(dialog.name, "王建国")
    type_text(dialog.phone, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    error = dialog.fields.error("phone")
    assert error.isVisible()
    assert "联系电话" in error.text() and "不是有效的电话号码" in error.text()
    assert dialog.isVisible()  # still open for the fix
    assert dialog.focusWidget() is dialog.phone  # the first bad field
    assert services.members.count(ALL) == 0

    dialog.phone.clear()
    type_text(dialog.phone, "１３８ １２３４ ５６７８")  # full-width digits from a Chinese IME
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not error.isVisible()
    member = services.members.get(dialog.saved_id)
    assert member.member.name == "王建国"
    assert member.member.phone == "13812345678"
    assert [(st.id, ms.role) for st, ms in member.memberships] == [(studio.id, MembershipRole.TEAM)]


def test_the_phone_is_checked_and_normalised_when_leaving_the_field(qtbot, services, type_text):
    dialog = _open(qtbot, MemberDialog(services))
    type_text(dialog.phone, "12345")
    dialog.phone.editingFinished.emit()
    assert dialog.fields.error("phone").isVisible()
    dialog.phone.clear()
    type_text(dialog.phone, "+86 138-1234-5678")
    dialog.phone.editingFinished.emit()
    assert not dialog.fields.error("phone").isVisible()
    assert dialog.phone.text() == "13812345678"


def test_a_missing_name_is_reported_in_chinese(qtbot, services):
    dialog = _open(qtbot, MemberDialog(services))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.error("name").text() == "请填写姓名。"
    assert dialog.focusWidget() is dialog.name


def test_editing_keeps_the_values_and_the_version(qtbot, services, studio, type_text):
    member = services.members.create(
        MemberInput(name="刘䶮", phone="13912345678", sector="医药卫生界",
                    level=MemberLevel.PROVINCIAL, studio_id=studio.id, role=MembershipRole.LEAD)
    )  # fmt: skip
    dialog = _open(qtbot, MemberDialog(services, member.id))
    assert dialog.name.text() == "刘䶮"
    assert dialog.sector.currentText() == "医药卫生界"
    assert dialog.level.currentData() == MemberLevel.PROVINCIAL
    assert dialog.role.currentData() == MembershipRole.LEAD
    type_text(dialog.work_unit, "县医院")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.members.get(member.id).member.work_unit == "县医院"


def test_an_edit_saved_elsewhere_meanwhile_is_refused_and_can_be_reloaded(
    qtbot, services, answers, type_text
):
    member = services.members.create(MemberInput(name="王建国"))
    dialog = _open(qtbot, MemberDialog(services, member.id))
    services.members.update(member.id, MemberInput(name="王建国", work_unit="另一台电脑"),
                            expected_version=member.version)  # fmt: skip
    type_text(dialog.work_unit, "县农业局")
    answers.choice = 1  # 返回: keep what was typed, nothing saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.work_unit.text() == "县农业局"
    asked = answers.texts("choose")[0]
    assert "修改（可能在另一个窗口或另一台电脑上）" in asked and "您这次的修改没有保存" in asked
    assert services.members.get(member.id).member.work_unit == "另一台电脑"

    answers.choice = 0  # 重新载入: the form shows what is saved now, and can be saved again
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.work_unit.text() == "另一台电脑"
    dialog.work_unit.setText("县农业局")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert services.members.get(member.id).member.work_unit == "县农业局"


def test_a_duplicate_can_still_be_saved_after_asking(qtbot, services, answers, type_text):
    services.members.create(MemberInput(name="王建国", phone="13812345678"))
    dialog = _open(qtbot, MemberDialog(services))
    type_text(dialog.name, "王建国")
    type_text(dialog.phone, "13812345678")
    answers.choice = None  # first: go back
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "仍要保存为新记录吗" in answers.texts("choose")[0]
    assert dialog.isVisible()
    assert services.members.count(ALL) == 1
    answers.choice = 0  # then: save as a new record
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.members.count(ALL) == 2


def test_a_duplicate_can_open_the_existing_record(qtbot, services, answers, type_text):
    existing = services.members.create(MemberInput(name="王建国", phone="13812345678"))
    dialog = _open(qtbot, MemberDialog(services))
    type_text(dialog.name, "王建国")
    type_text(dialog.phone, "13812345678")
    answers.choice = 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.open_instead == existing.id
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.members.count(ALL) == 1


def test_a_photo_is_scaled_and_saved(qtbot, services, tmp_path, monkeypatch, type_text):
    picture = QImage(2000, 1500, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkCyan)
    path = tmp_path / "照片.png"
    assert picture.save(str(path))
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda *_a, **_k: path)
    dialog = _open(qtbot, MemberDialog(services))
    type_text(dialog.name, "王建国")
    dialog._choose_photo()
    assert not dialog.photo_label.pixmap().isNull()
    assert dialog.remove_photo.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    photo = services.members.get(dialog.saved_id).member.photo
    assert photo.startswith(b"\xff\xd8")  # re-encoded as JPEG
    assert max(QImage.fromData(photo).width(), QImage.fromData(photo).height()) == 800


def test_a_household_with_a_rare_character_and_tags(qtbot, services, type_text):
    dialog = _open(qtbot, HouseholdDialog(services))
    type_text(dialog.head_name, "𠮷祥")
    type_text(dialog.phone, "0931 8123456")
    dialog.village.setCurrentText("东关村")
    dialog.size.setValue(4)
    dialog.tags._item("低保").setCheckState(Qt.CheckState.Checked)
    type_text(dialog.tags.other, "重点关注、低保")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    h = services.households.get(dialog.saved_id)
    assert h.head_name == "𠮷祥"
    assert h.phone == "0931-8123456"
    assert h.size == 4
    assert sorted(h.tag_names) == sorted(["低保", "重点关注"])
    assert services.households.count(HouseholdQuery(text="𠮷")) == 1

    again = _open(qtbot, HouseholdDialog(services, h.id))
    assert again.head_name.text() == "𠮷祥"
    assert sorted(again.tags.tags()) == sorted(["低保", "重点关注"])


def test_a_bad_id_number_is_shown_when_leaving_the_field(qtbot, services, type_text):
    dialog = _open(qtbot, HouseholdDialog(services))
    type_text(dialog.head_name, "李大爷")
    type_text(dialog.id_number, "11010519491231002")
    dialog.id_number.editingFinished.emit()
    assert "18位" in dialog.fields.error("id_number").text()
    dialog.id_number.clear()
    type_text(dialog.id_number, "11010519491231002x")
    dialog.id_number.editingFinished.emit()
    assert dialog.id_number.text() == "11010519491231002X"
    assert not dialog.fields.error("id_number").isVisible()


def test_an_enterprise_is_asked_for_its_name(qtbot, services):
    dialog = _open(qtbot, HouseholdDialog(services))
    dialog.kind.setCurrentIndex(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.error("head_name").text() == "请填写名称。"
