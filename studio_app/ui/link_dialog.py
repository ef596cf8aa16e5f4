"""Linking members and households (联户): pick the other side by typing part of a name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from studio_app.base.errors import StudioError
from studio_app.base.labels import label, word_label
from studio_app.base.masking import mask_phone
from studio_app.core.households import HouseholdQuery
from studio_app.core.members import MemberQuery
from studio_app.core.services import Services
from studio_app.ui import messages
from studio_app.ui.form_fields import dialog_buttons
from studio_app.ui.visit_dialog import date_edit

RESULT_LIMIT = 100
SEARCH_DELAY_MS = 200


@dataclass(frozen=True)
class Candidate:
    id: uuid.UUID
    text: str


class LinkDialog(QDialog):
    """Choose households for ``member_id`` or members for ``household_id``, then link them.

    Attributes:
        linked: how many links were made when the dialog was accepted.
    """

    def __init__(
        self,
        services: Services,
        *,
        member_id: uuid.UUID | None = None,
        household_id: uuid.UUID | None = None,
        parent=None,
    ):
        super().__init__(parent)
        assert (member_id is None) != (household_id is None)
        self.services = services
        self.member_id = member_id
        self.household_id = household_id
        self.linked = 0
        choosing_households = member_id is not None
        if choosing_households:
            self._already = {h.household_id for h in services.linkages.households_of(member_id)}
            self.setWindowTitle(self.tr("添加联系户"))
            placeholder = self.tr("输入户主姓名、电话或村名查找…")
        else:
            self._already = {m.member_id for m in services.linkages.members_of(household_id)}
            self.setWindowTitle(self.tr("添加联系委员"))
            placeholder = self.tr("输入委员姓名、界别或电话查找…")
        self.setMinimumSize(520, 520)

        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.itemDoubleClicked.connect(lambda _item: self._link())
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #666;")
        self.since = date_edit()
        if choosing_households:
            self.primary = QCheckBox(self.tr("作为所选户的主要联系人"))
        else:
            self.primary = QCheckBox(self.tr("设为这一户的主要联系人"))
            self.primary.setChecked(not self._already)
        options = QFormLayout()
        options.addRow(self.tr("联系开始日期"), self.since)
        options.addRow("", self.primary)

        buttons, self.ok_button = dialog_buttons(
            self, self.tr("建立联系"), self.tr("取消"), self._link
        )
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addLayout(options)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.run_search()
        self.search.setFocus()

    # ---- searching ----------------------------------------------------------------------
    def _candidates(self, text: str) -> tuple[list[Candidate], int]:
        if self.member_id is not None:
            q = HouseholdQuery(text=text)
            rows = self.services.households.page(q, 0, RESULT_LIMIT)
            found = [
                Candidate(r.id, " · ".join(p for p in (
                    r.head_name, label(r.kind), f"{r.village} {r.group_name}".strip(),
                    mask_phone(r.phone)) if p))
                for r in rows
            ]  # fmt: skip
            return found, self.services.households.count(q)
        q = MemberQuery(text=text)
        rows = self.services.members.page(q, 0, RESULT_LIMIT)
        found = [
            Candidate(r.id, " · ".join(p for p in (
                r.name, word_label(r.sector), label(r.level), r.work_unit, r.phone) if p))
            for r in rows
        ]  # fmt: skip
        return found, self.services.members.count(q)

    def run_search(self) -> None:
        self._timer.stop()
        found, total = self._candidates(self.search.text())
        self.results.clear()
        for c in found:
            item = QListWidgetItem(c.text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            if c.id in self._already:
                item.setText(c.text + self.tr("（已联系）"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        if total > len(found):
            self.hint.setText(
                self.tr("共找到 {total} 条，只列出前 {n} 条；请输入更多字缩小范围。").format(
                    total=total, n=len(found)
                )
            )
        elif not found:
            self.hint.setText(self.tr("没有找到。可以换个字试试，或先在列表页新增。"))
        else:
            self.hint.setText(self.tr("可按住 Ctrl 键多选。"))

    def _selection_changed(self) -> None:
        count = len(self.results.selectedItems())
        self.ok_button.setEnabled(count > 0)
        if self.household_id is not None:
            self.primary.setEnabled(count == 1)

    def selected_ids(self) -> list[uuid.UUID]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.results.selectedItems()]

    # ---- linking ------------------------------------------------------------------------
    def _link(self) -> None:
        chosen = self.selected_ids()
        if not chosen:
            return
        since = self.since.date().toPython()
        wants_primary = self.primary.isChecked() and self.primary.isEnabled()
        problems: list[str] = []
        for other_id in chosen:
            if self.member_id is not None:
                member_id, household_id = self.member_id, other_id
                # the first member linked to a household becomes its main contact
                primary = wants_primary or not self.services.linkages.members_of(household_id)
            else:
                member_id, household_id = other_id, self.household_id
                primary = wants_primary
            try:
                self.services.linkages.link(member_id, household_id, since=since, primary=primary)
                self.linked += 1
            except StudioError as exc:
                problems.append(messages.error_text(exc))
        if problems:
            messages.show_error(self, "\n".join(problems), self.tr("部分联系未建立"))
        if self.linked:
            self.accept()
