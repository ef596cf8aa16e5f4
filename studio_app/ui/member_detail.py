"""The selected member's households (联系户) and visits, with link/unlink/visit buttons."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QPushButton

from studio_app.base.i18n import tr
from studio_app.base.labels import label, word_label
from studio_app.base.masking import mask_phone
from studio_app.core.linkage import LinkedHousehold
from studio_app.core.services import Services
from studio_app.ui.detail_panel import DetailPanel, section_label
from studio_app.ui.end_link_dialog import end_link
from studio_app.ui.link_dialog import LinkDialog
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.visit_dialog import VisitDialog

RECENT_VISITS = 50


def date_text(value) -> str:
    return value.isoformat() if value else ""


class MemberDetail(DetailPanel):
    """Who the selected member keeps in touch with, and their latest visits."""

    def __init__(self, services: Services, parent=None):
        super().__init__(
            self.tr("在左侧列表中选择一位委员，\n这里会显示其联系户和走访记录。"), parent
        )
        self.services = services
        self._name = ""
        self._archived = False
        t = self.tr
        never = t("从未走访")
        self.household_fields = [
            Field(t("户主/名称"), lambda h: h.head_name, 90),
            Field(t("村（社区）"), lambda h: h.village, 90),
            Field(t("最近走访"), lambda h: date_text(h.last_visit_on) or never, 90),
            Field(t("解除日期"), lambda h: date_text(h.until), 90),
            Field(t("联系电话"), lambda h: mask_phone(h.phone)),
        ]
        self.households_title = section_label("")
        self.body.addWidget(self.households_title)
        self.households = RowsModel(self.household_fields, self)
        self.households_view = rows_view(self.households, self.household_fields)
        self.households_view.doubleClicked.connect(lambda _i: self.record_visit())
        self.body.addWidget(self.households_view, 3)
        self.link_button = QPushButton(t("添加联系户…"))
        self.unlink_button = QPushButton(t("解除联系"))
        self.visit_button = QPushButton(t("记录走访…"))
        self.link_button.clicked.connect(self.add_households)
        self.unlink_button.clicked.connect(self.unlink)
        self.visit_button.clicked.connect(self.record_visit)
        self.button_row(self.link_button, self.unlink_button, self.visit_button)
        self.households_view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())

        self.visit_fields = [
            Field(t("日期"), lambda v: date_text(v.visited_on), 90),
            Field(t("联系户"), lambda v: v.household_name, 100),
            Field(t("方式"), lambda v: label(v.method), 50),
            Field(t("走访情况"), lambda v: v.notes.replace("\n", " ")),
        ]
        self.body.addWidget(section_label(t("最近走访")))
        self.visits = RowsModel(self.visit_fields, self)
        self.body.addWidget(rows_view(self.visits, self.visit_fields), 2)

    def load(self, record_id: uuid.UUID) -> None:
        detail = self.services.members.get(record_id)
        m = detail.member
        self._name = m.name
        self._archived = m.archived_at is not None
        self.title.setText(m.name + (self.tr("（已归档）") if self._archived else ""))
        roles = [f"{studio.name} {label(ms.role)}" for studio, ms in detail.memberships]
        parts = [
            self.tr("{level}政协委员").format(level=label(m.level)),
            word_label(m.sector), word_label(m.committee), m.work_unit, m.phone, *roles,
        ]  # fmt: skip
        self.subtitle.setText(" · ".join(p for p in parts if p))
        linked = self.services.linkages.households_of(record_id)
        self.households.set_rows(linked)
        self.households_title.setText(self.tr("联系户（{n}）").format(n=len(linked)))
        self.visits.set_rows(self.services.visits.list(member_id=record_id, limit=RECENT_VISITS))
        self._buttons()

    def _buttons(self) -> None:
        chosen = self.selected_household() is not None
        self.link_button.setEnabled(not self._archived)
        self.unlink_button.setEnabled(chosen)
        self.visit_button.setEnabled(bool(self.households.rows))
        tip = self.tr("已归档的委员不能添加联系户，请先恢复。") if self._archived else ""
        self.link_button.setToolTip(tip)

    def selected_household(self) -> LinkedHousehold | None:
        return selected_row(self.households_view)

    # ---- actions ------------------------------------------------------------------------
    def add_households(self) -> None:
        if self.record_id is None:
            return
        dialog = LinkDialog(self.services, member_id=self.record_id, parent=self)
        dialog.exec()
        linked = dialog.linked
        dialog.deleteLater()
        if linked:
            self.changed()

    def unlink(self) -> None:
        h = self.selected_household()
        if h is not None and end_link(
            self,
            self.services,
            h.linkage_id,
            self._name,
            h.head_name,
            h.household_id,
            h.linkage_version,
        ):
            self.changed()

    def record_visit(self) -> None:
        if self.record_id is None or not self.households.rows:
            return
        chosen = self.selected_household()
        dialog = VisitDialog(
            self.services,
            members=[(self.record_id, self._name)],
            households=[(h.household_id, tr("{name}（{note}）").format(name=h.head_name, note=h.village)
                         if h.village else h.head_name) for h in self.households.rows],
            member_id=self.record_id,
            household_id=chosen.household_id if chosen else None,
            parent=self,
        )  # fmt: skip
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        if saved:
            self.changed()
