"""设置 → 履职积分办法: the points of each item, their caps, the base score and the pass mark.

An edit is published as a new version, in force from this year; earlier years keep theirs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from studio_app.base.i18n import tr
from studio_app.base.labels import label
from studio_app.core.activities import outcome_label
from studio_app.core.points import Rule, Scheme, rule_label
from studio_app.core.services import Services
from studio_app.ui import screen_fit
from studio_app.ui.form_fields import FormFields, dialog_buttons, save_or_show

NAME, COUNTS, POINTS, BONUS, CAP = range(5)


def counted(rule: Rule) -> str:
    """What a rule counts, as the dialog says it: 全体会议（出席）."""
    kinds = tr("、").join(label(k) for k in rule.kinds)
    outcomes = tr("、").join(outcome_label(o) for o in rule.outcomes)
    return tr("{kinds}（{outcomes}）").format(kinds=kinds, outcomes=outcomes) if outcomes else kinds


def _spin(value: float, maximum: float = 1000, special: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(1)
    spin.setRange(0, maximum)
    spin.setValue(value)
    if special:
        spin.setSpecialValueText(special)  # shown for 0
    return spin


class PointsSchemeDialog(QDialog):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.changed = False
        t = self.tr
        self.setWindowTitle(t("履职积分办法"))
        screen_fit.fit_size(self, 900, 640)
        self.version = services.points.current()
        scheme = self.version.scheme
        since = (
            t("自 {year} 年起施行").format(year=self.version.from_year)
            if self.version.from_year
            else t("默认办法")
        )
        intro = QLabel(
            t("现行第 {n} 版（{since}）。总分 = 基础分 + 各加分项（每项不超过年度上限）− 各扣分项。"
              "联名的提案和社情民意，领衔委员得“领衔所得”的比例，附议委员平分其余。"
              "保存后作为新版本自今年起施行，往年仍按当年的版本计分；要按新办法重算往年，"
              "请在“委员 → 履职积分排名”中选中年份后操作（会记入操作日志）。").format(
                n=self.version.number, since=since)
        )  # fmt: skip
        intro.setWordWrap(True)
        form = QFormLayout()
        self.fields = FormFields(form)
        self.base = self.fields.add("base", t("基础分"), _spin(scheme.base))
        self.pass_mark = self.fields.add("pass_mark", t("合格分"), _spin(scheme.pass_mark))
        self.lead_share = _spin(scheme.lead_share * 100, 100)
        self.lead_share.setSuffix(" %")
        self.fields.add("lead_share", t("领衔所得"), self.lead_share)
        self.rules = [(r, False) for r in scheme.items] + [(r, True) for r in scheme.deductions]
        self.table = QTableWidget(len(self.rules), 5)
        self.table.setHorizontalHeaderLabels(
            [t("项目"), t("计分对象"), t("每项分值"), t("立案/采用另加"), t("年度上限")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNTS, QHeaderView.ResizeMode.Stretch)
        for row, (rule, deduction) in enumerate(self.rules):
            name = QTableWidgetItem(rule_label(rule))
            self.table.setItem(row, NAME, name)
            what = QTableWidgetItem(counted(rule) + (t("（扣分）") if deduction else ""))
            what.setFlags(what.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, COUNTS, what)
            self.table.setCellWidget(row, POINTS, _spin(rule.points))
            bonus = _spin(rule.bonus, special=t("无"))
            bonus.setEnabled(rule.joint)
            self.table.setCellWidget(row, BONUS, bonus)
            self.table.setCellWidget(row, CAP, _spin(rule.cap or 0, special=t("不设")))
        self.note = self.fields.add("note", t("修改说明"), QLineEdit())
        self.note.setPlaceholderText(t("例如：按 {year} 年县政协考核办法调整").format(
            year=self.version.from_year or "2026"))  # fmt: skip
        buttons, _ = dialog_buttons(self, t("保存为新版本"), t("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addLayout(form)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)

    def edited(self) -> Scheme:
        items, deductions = [], []
        for row, (rule, deduction) in enumerate(self.rules):
            name = self.table.item(row, NAME).text().strip()
            cap = self.table.cellWidget(row, CAP).value()
            changed = replace(
                rule,
                label=rule.label if name == rule_label(rule) else name,
                points=self.table.cellWidget(row, POINTS).value(),
                bonus=self.table.cellWidget(row, BONUS).value(),
                cap=cap or None,
            )
            (deductions if deduction else items).append(changed)
        return Scheme(self.base.value(), self.pass_mark.value(), self.lead_share.value() / 100,
                      tuple(items), tuple(deductions))  # fmt: skip

    def save(self) -> None:
        scheme = self.edited()
        if scheme == self.version.scheme:
            self.reject()  # nothing changed: no new version
            return
        note = self.note.text()
        # Based on the version this editor opened: one published elsewhere meanwhile is refused
        # (who, when); 重新载入 closes the editor, to be opened again on the new version.
        number = self.version.number
        call = lambda: self.services.points.publish(scheme, note, based_on=number)  # noqa: E731
        if save_or_show(self, self.fields, call, self.reject):
            self.changed = True
            self.accept()
