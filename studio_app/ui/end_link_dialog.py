"""解除联系, from a member's households or a household's members: the day it ends and, for the
household's main contact, who takes over."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from studio_app.core.services import Services
from studio_app.ui import messages
from studio_app.ui.action_dialog import ActionDialog, date_picker, pydate


def _t(text: str) -> str:
    return QCoreApplication.translate("EndLinkDialog", text)


def end_link_dialog(parent: QWidget, services: Services, linkage_id: uuid.UUID, member: str,
                    household: str, household_id: uuid.UUID,
                    version: int | None = None) -> ActionDialog:  # fmt: skip
    """The form: the end date and, when the main contact leaves others, who takes over."""
    contacts = services.linkages.members_of(household_id)
    primary = any(m.linkage_id == linkage_id and m.primary for m in contacts)
    others = [m for m in contacts if m.linkage_id != linkage_id]
    intro = _t(
        "解除{member}与“{household}”的联系？解除日期选以后的日子，联系保留到那天，当天起解除。"
        "解除后，这条联系和以往的走访记录仍保留在历史中，以后可以重新添加。"
    ).format(member=member, household=household)
    successor: QComboBox | None = None
    if primary and others:
        intro += "\n\n" + _t(
            "{member}是这一户的主要联系人：请选一位委员即日接任，或选择暂不设主要联系人。"
        ).format(member=member)
        successor = QComboBox()
        for m in others:
            successor.addItem(m.name, m.linkage_id)
        successor.addItem(_t("暂不设主要联系人"), None)
    until = date_picker(date.today())

    def call():
        chosen = successor.currentData() if successor is not None else None
        return services.linkages.unlink(
            linkage_id, until=pydate(until.date()), successor=chosen,
            no_primary=successor is not None and chosen is None, version=version,
        )  # fmt: skip

    dialog = ActionDialog(_t("解除联系"), _t("解除联系"), call, parent, intro)
    dialog.add("until", _t("解除日期"), until)
    if successor is not None:
        dialog.add("successor", _t("接任主要联系人"), successor)
    return dialog


def end_link(parent: QWidget, services: Services, linkage_id: uuid.UUID, member: str,
             household: str, household_id: uuid.UUID,
             version: int | None = None) -> bool:  # fmt: skip
    """Ask, end the link, and say what it did (the household left without a main contact too);
    False if the coordinator cancelled."""
    dialog = end_link_dialog(parent, services, linkage_id, member, household, household_id, version)
    dialog.exec()
    done = dialog.result if dialog.done_ok else None
    dialog.deleteLater()
    if done is None:
        return False
    messages.info(parent, done.message(), _t("解除联系"))
    return True
