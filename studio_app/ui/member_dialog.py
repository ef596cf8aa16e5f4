"""The form to add or edit a member (委员), with a photo."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from studio_app.base.enums import Gender, MemberLevel, MembershipRole
from studio_app.base.errors import StudioError
from studio_app.base.labels import COMMITTEES, SECTORS, choices
from studio_app.core.members import PHOTO_MAX_BYTES, MemberInput
from studio_app.core.services import Services
from studio_app.core.validation import normalise_phone
from studio_app.ui import file_dialogs, messages
from studio_app.ui.form_fields import (
    FormFields,
    combo_data_index,
    combo_word,
    set_combo_word,
    word_combo,
)
from studio_app.ui.record_dialog import RecordDialog

PHOTO_SIZE = 120  # thumbnail edge, pixels
PHOTO_MAX_EDGE = 800  # larger photos are scaled down before saving


def text_edit(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def photo_bytes(path: str) -> bytes | None:
    """A JPG/PNG file as bytes small enough to store: big pictures are scaled and re-encoded."""
    with open(path, "rb") as f:
        data = f.read()
    image = QImage.fromData(data)
    if image.isNull():
        return None
    is_jpeg_or_png = data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")
    if (
        is_jpeg_or_png
        and len(data) <= PHOTO_MAX_BYTES
        and max(image.width(), image.height()) <= PHOTO_MAX_EDGE
    ):
        return data
    if max(image.width(), image.height()) > PHOTO_MAX_EDGE:
        image = image.scaled(
            PHOTO_MAX_EDGE, PHOTO_MAX_EDGE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", 85)
    return bytes(buffer.data().data())


class MemberDialog(RecordDialog):
    """Add a member (``member_id`` None) or edit one.

    ``saved_id`` and ``open_instead`` as in ``RecordDialog``.
    """

    def __init__(self, services: Services, member_id: uuid.UUID | None = None, parent=None):
        super().__init__(member_id, parent)
        self.services = services
        self._photo: bytes | None = None
        self._photo_changed = False
        studio = services.studios.default()
        self._studio_id = studio.id if studio else None

        self.setWindowTitle(self.tr("编辑委员") if member_id else self.tr("新增委员"))
        self.setMinimumWidth(620)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(form)
        f = self.fields
        self.name = f.add("name", self.tr("姓名 *"), QLineEdit())
        self.gender = f.add("gender", self.tr("性别"), QComboBox())
        self.gender.addItem(self.tr("（未填写）"), None)
        for value, text in choices(Gender):
            self.gender.addItem(text, value)
        self.level = f.add("level", self.tr("级别"), QComboBox())
        for value, text in choices(MemberLevel):
            self.level.addItem(text, value)
        self.level.setCurrentIndex(combo_data_index(self.level, MemberLevel.COUNTY))
        sectors = sorted(set(SECTORS) | set(services.members.sectors()), key=sector_sort_key)
        self.sector = f.add("sector", self.tr("界别"), word_combo(sectors))
        self.committee = f.add("committee", self.tr("专委会"), word_combo(COMMITTEES))
        self.work_unit = f.add("work_unit", self.tr("工作单位及职务"), QLineEdit())
        self.phone = f.add("phone", self.tr("联系电话"), QLineEdit())
        self.phone.setPlaceholderText(self.tr("手机号或座机号，如 13812345678、0931-8123456"))
        self.role = f.add("role", self.tr("工作室身份"), QComboBox())
        for value, text in choices(MembershipRole):
            self.role.addItem(text, value)
        self.role.setCurrentIndex(combo_data_index(self.role, MembershipRole.TEAM))
        self.specialties = f.add("specialties", self.tr("专长"), text_edit())
        self.notes = f.add("notes", self.tr("备注"), text_edit())
        f.check_on_finish("phone", self.tr("联系电话"), normalise_phone)

        self.photo_label = QLabel(self.tr("无照片"))
        self.photo_label.setFixedSize(PHOTO_SIZE, int(PHOTO_SIZE * 4 / 3))
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet(
            "border: 1px solid #c8c8c8; color: #888; background: #fafafa;"
        )
        choose = QPushButton(self.tr("选择照片…"))
        choose.clicked.connect(self._choose_photo)
        self.remove_photo = QPushButton(self.tr("移除照片"))
        self.remove_photo.clicked.connect(lambda: self._set_photo(None))
        self.remove_photo.setEnabled(False)
        photo_box = QVBoxLayout()
        photo_box.addWidget(self.photo_label)
        photo_box.addWidget(choose)
        photo_box.addWidget(self.remove_photo)
        photo_box.addStretch()

        buttons = self.button_box()

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addSpacing(12)
        top.addLayout(photo_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)
        if member_id:
            self._load(member_id)
        self.name.setFocus()

    def _load(self, member_id: uuid.UUID) -> None:
        detail = self.services.members.get(member_id)
        m = detail.member
        self._version = m.version
        self.name.setText(m.name)
        self.gender.setCurrentIndex(combo_data_index(self.gender, m.gender))
        self.level.setCurrentIndex(combo_data_index(self.level, m.level))
        set_combo_word(self.sector, m.sector)
        set_combo_word(self.committee, m.committee)
        self.work_unit.setText(m.work_unit)
        self.phone.setText(m.phone)
        self.specialties.setPlainText(m.specialties)
        self.notes.setPlainText(m.notes)
        for studio, membership in detail.memberships:
            if studio.id == self._studio_id:
                self.role.setCurrentIndex(combo_data_index(self.role, membership.role))
        self._set_photo(m.photo, changed=False)

    # ---- photo --------------------------------------------------------------------------
    def _choose_photo(self) -> None:
        path = file_dialogs.ask_open_file(
            self, self.tr("选择委员照片"), self.tr("图片 (*.jpg *.jpeg *.png)")
        )
        if path is None:
            return
        try:
            data = photo_bytes(str(path))
        except OSError as exc:
            messages.show_error(self, exc)
            return
        if data is None:
            messages.show_error(self, self.tr("无法读取这张图片，请选择 JPG 或 PNG 格式的照片。"))
            return
        self._set_photo(data)

    def _set_photo(self, data: bytes | None, *, changed: bool = True) -> None:
        self._photo = data
        self._photo_changed = self._photo_changed or changed
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.photo_label.setPixmap(
                pixmap.scaled(
                    self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("无照片"))
        self.remove_photo.setEnabled(data is not None)

    # ---- saving -------------------------------------------------------------------------
    def data(self) -> MemberInput:
        return MemberInput(
            name=self.name.text(),
            gender=self.gender.currentData(),
            level=self.level.currentData(),
            sector=combo_word(self.sector),
            committee=combo_word(self.committee),
            work_unit=self.work_unit.text(),
            phone=self.phone.text(),
            specialties=self.specialties.toPlainText(),
            notes=self.notes.toPlainText(),
            studio_id=self._studio_id,
            role=self.role.currentData(),
        )

    def _create(self, data: MemberInput, *, allow_duplicate: bool):
        return self.services.members.create(data, allow_duplicate=allow_duplicate)

    def _update(self, data: MemberInput, *, expected_version: int):
        return self.services.members.update(self.record_id, data, expected_version=expected_version)

    def _after_save(self, member) -> None:
        if not self._photo_changed:
            return
        try:
            # the version just saved: a save elsewhere in between is refused, not overwritten
            self.services.members.set_photo(member.id, self._photo, version=member.version)
        except (ValueError, StudioError) as exc:
            messages.show_error(self, self.tr("委员信息已保存，但照片没有保存：{reason}").format(
                reason=exc))  # fmt: skip

    def _duplicate_title(self) -> str:
        return self.tr("重复的委员")

    def _duplicate_question(self) -> str:
        return self.tr(
            "已有同名同电话的委员“{name}”。仍要保存为新记录吗？\n（如果是同一个人，请打开已有记录修改。）"
        ).format(name=self.name.text().strip())


def sector_sort_key(sector: str) -> tuple[int, str]:
    """The official order of sectors first, then any others the user typed, by name."""
    return (SECTORS.index(sector), "") if sector in SECTORS else (len(SECTORS), sector)
