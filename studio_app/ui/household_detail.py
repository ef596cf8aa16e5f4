"""The selected household's members (联系委员) and visits, with link/unlink/visit buttons."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QPushButton

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.labels import label, word_label
from studio_app.base.masking import mask_phone
from studio_app.core.linkage import LinkedMember
from studio_app.core.services import Services
from studio_app.ui import messages
from studio_app.ui.detail_panel import MUTED, DetailPanel, section_label
from studio_app.ui.end_link_dialog import end_link
from studio_app.ui.link_dialog import LinkDialog
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.member_detail import date_text
from studio_app.ui.visit_dialog import VisitDialog

RECENT_VISITS = 50


class HouseholdDetail(DetailPanel):
    """The members linked to the selected household, and the visits it received."""

    def __init__(self, services: Services, parent=None):
        super().__init__(
            self.tr("在左侧列表中选择一个联系户，\n这里会显示联系委员和走访记录。"), parent
        )
        self.services = services
        self._name = ""
        self._archived = False
        t = self.tr
        self.member_fields = [
            Field(t("委员"), lambda m: m.name, 70),
            Field(t("界别"), lambda m: word_label(m.sector), 80),
            Field(t("联系电话"), lambda m: m.phone, 100),
            Field(t("解除日期"), lambda m: date_text(m.until), 90),
            Field(t("主要联系人"), lambda m: t("是") if m.primary else ""),
        ]
        self.members_title = section_label("")
        self.body.addWidget(self.members_title)
        self.members = RowsModel(self.member_fields, self)
        self.members.set_foreground(lambda m: MUTED if m.member_archived else None)
        self.members_view = rows_view(self.members, self.member_fields)
        self.members_view.doubleClicked.connect(lambda _i: self.record_visit())
        self.body.addWidget(self.members_view, 2)
        self.link_button = QPushButton(t("添加联系委员…"))
        self.primary_button = QPushButton(t("设为主要联系人"))
        self.unlink_button = QPushButton(t("解除联系"))
        self.visit_button = QPushButton(t("记录走访…"))
        self.link_button.clicked.connect(self.add_members)
        self.primary_button.clicked.connect(self.set_primary)
        self.unlink_button.clicked.connect(self.unlink)
        self.visit_button.clicked.connect(self.record_visit)
        self.button_row(self.link_button, self.primary_button, self.unlink_button)
        self.button_row(self.visit_button)
        self.members_view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())

        self.visit_fields = [
            Field(t("日期"), lambda v: date_text(v.visited_on), 90),
            Field(t("委员"), lambda v: v.member_name, 70),
            Field(t("方式"), lambda v: label(v.method), 50),
            Field(t("走访情况"), lambda v: v.notes.replace("\n", " ")),
        ]
        self.visits_title = section_label("")
        self.body.addWidget(self.visits_title)
        self.visits = RowsModel(self.visit_fields, self)
        self.body.addWidget(rows_view(self.visits, self.visit_fields), 3)

    def load(self, record_id: uuid.UUID) -> None:
        h = self.services.households.get(record_id)
        self._name = h.head_name
        self._archived = h.archived_at is not None
        self.title.setText(h.head_name + (self.tr("（已归档）") if self._archived else ""))
        parts = [
            label(h.kind), f"{h.village} {h.group_name}".strip(), h.address, mask_phone(h.phone),
            self.tr("%n 人", None, h.size) if h.size else "", tr("、").join(map(word_label, h.tag_names)),
        ]  # fmt: skip
        self.subtitle.setText(" · ".join(p for p in parts if p))
        linked = self.services.linkages.members_of(record_id)
        self.members.set_rows(linked)
        self.members_title.setText(self.tr("联系委员（{n}）").format(n=len(linked)))
        visits = self.services.visits.list(household_id=record_id, limit=RECENT_VISITS)
        self.visits.set_rows(visits)
        last = h.last_visit_on
        self.visits_title.setText(
            self.tr("走访记录（最近一次：{date}）").format(date=last.isoformat())
            if last
            else self.tr("走访记录（从未走访）")
        )
        self._buttons()

    def _buttons(self) -> None:
        chosen = self.selected_member()
        self.link_button.setEnabled(not self._archived)
        self.link_button.setToolTip(
            self.tr("已归档的联系户不能添加联系委员，请先恢复。") if self._archived else ""
        )
        self.primary_button.setEnabled(chosen is not None and not chosen.primary)
        self.unlink_button.setEnabled(chosen is not None)
        self.visit_button.setEnabled(bool(self.members.rows))
        self.visit_button.setToolTip(
            "" if self.members.rows else self.tr("请先添加联系委员，再记录走访。")
        )

    def selected_member(self) -> LinkedMember | None:
        return selected_row(self.members_view)

    # ---- actions ------------------------------------------------------------------------
    def add_members(self) -> None:
        if self.record_id is None:
            return
        dialog = LinkDialog(self.services, household_id=self.record_id, parent=self)
        dialog.exec()
        linked = dialog.linked
        dialog.deleteLater()
        if linked:
            self.changed()

    def set_primary(self) -> None:
        m = self.selected_member()
        if m is None:
            return
        try:
            self.services.linkages.set_primary(m.linkage_id, version=m.linkage_version)
        except StudioError as exc:  # changed elsewhere since the list was read: reload?
            messages.show_refusal(self, exc, self.changed)
            return
        self.changed()

    def unlink(self) -> None:
        m = self.selected_member()
        if (
            m is not None
            and self.record_id is not None
            and end_link(
                self,
                self.services,
                m.linkage_id,
                m.name,
                self._name,
                self.record_id,
                m.linkage_version,
            )
        ):
            self.changed()

    def record_visit(self) -> None:
        if self.record_id is None or not self.members.rows:
            return
        chosen = self.selected_member()
        dialog = VisitDialog(
            self.services,
            members=[(m.member_id, m.name) for m in self.members.rows],
            households=[(self.record_id, self._name)],
            member_id=chosen.member_id if chosen else None,
            household_id=self.record_id,
            parent=self,
        )
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        if saved:
            self.changed()
