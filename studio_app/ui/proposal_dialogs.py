"""The dialogs of proposals and 社情民意: the text and members, each step of the course, a
correction, and the conversion of a request or a common issue into a draft.

Each asks only what its step needs, runs one service call, and stays open with the refusal in
place (a step out of order, a date before the last step's)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import AdoptionLevel, ProposalKind, ProposalStep, Satisfaction
from studio_app.base.errors import ValidationError
from studio_app.base.i18n import N_, tr
from studio_app.base.labels import choices, label
from studio_app.core.proposals import CourseStep, ProposalDetail, ProposalInput
from studio_app.core.services import Services
from studio_app.ui import screen_fit
from studio_app.ui.action_dialog import (
    ActionDialog,
    KeyedCombo,
    checked_ids,
    date_picker,
    member_checklist,
    member_combo,
    plain_text,
    pydate,
)
from studio_app.ui.form_fields import FormFields, dialog_buttons, enum_data, save_or_show

P = ProposalStep
DIALOG_SIZE = (760, 640)  # fits a 1024×768 screen with its taskbar and title bar


class ProposalDialog(QDialog):
    """The text of the form and its members (a draft; once submitted the service refuses).

    Attributes:
        saved_id: the item saved, None if cancelled.
    """

    def __init__(self, services: Services, kind: ProposalKind,
                 detail: ProposalDetail | None = None, parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.services, self.kind, self.detail = services, kind, detail
        self.saved_id: uuid.UUID | None = None
        t = self.tr
        is_proposal = kind == ProposalKind.PROPOSAL
        name = label(kind)
        self.setWindowTitle(
            t("编辑{kind}").format(kind=name) if detail else t("新建{kind}").format(kind=name)
        )
        screen_fit.fit_size(self, *DIALOG_SIZE)
        text = detail.text if detail else ProposalInput(kind, "")
        self.title = QLineEdit(text.title)
        self.title.setPlaceholderText(
            t("例如：关于加强农村路灯维护的提案")
            if is_proposal
            else t("例如：农村独居老人冬季取暖难")
        )
        members = services.members.choices()
        self.lead = member_combo(members, none_text=t("（请选择）"))
        _choose(self.lead, text.lead_id)
        self.co = member_checklist(members, set(text.co_ids))
        self.co.setMinimumHeight(110)
        self.co.setMaximumHeight(140)
        self.analysis = self._text(text.analysis, t("情况、存在的问题及其原因"))
        self.situation = self._text(text.situation, t("反映的基本情况：时间、地点、范围、数量"))
        self.problems = self._text(text.problems, t("存在的问题"))
        self.suggestions = self._text(
            text.suggestions,
            t("具体、可行的建议，一条一段") if is_proposal else t("意见建议，一条一段"),
        )
        self.units = QLineEdit(text.units)
        self.units.setPlaceholderText(t("例如：县交通运输局、县财政局"))
        self.contact = QLineEdit(text.contact)
        self.contact.setPlaceholderText(t("领衔委员本人的电话；不填则用委员名册中的电话"))

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(form)
        add = self.fields.add
        add("title", t("案由") if is_proposal else t("标题"), self.title)
        add("lead", t("领衔委员") if is_proposal else t("反映人"), self.lead)
        add("co", t("附议委员") if is_proposal else t("联名委员"), self.co)
        if is_proposal:
            add("analysis", t("情况分析"), self.analysis)
        else:
            add("situation", t("基本情况"), self.situation)
            add("problems", t("存在问题"), self.problems)
        add("suggestions", t("具体建议") if is_proposal else t("意见建议"), self.suggestions)
        add("units", t("建议承办单位"), self.units)
        add("contact", t("联系方式"), self.contact)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        buttons, self.accept_button = dialog_buttons(self, t("保存"), t("取消"), self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)

    @staticmethod
    def _text(value: str, placeholder: str) -> QPlainTextEdit:
        edit = plain_text(placeholder, 6)
        edit.setPlainText(value)
        return edit

    def data(self) -> ProposalInput:
        return ProposalInput(
            self.kind, self.title.text(), self.analysis.toPlainText(),
            self.situation.toPlainText(), self.problems.toPlainText(),
            self.suggestions.toPlainText(), self.units.text(), self.contact.text(),
            self.lead.currentData(), tuple(checked_ids(self.co)),
        )  # fmt: skip

    def _save(self) -> None:
        proposals = self.services.proposals
        if self.detail is None:
            call = lambda: proposals.create(self.data())  # noqa: E731
        else:
            call = lambda: proposals.update(  # noqa: E731
                self.detail.row.id, self.data(), expected_version=self.detail.row.version
            )
        saved = save_or_show(self, self.fields, call, self.reject)
        if saved is not None:
            self.saved_id = saved.id
            self.accept()


def _choose(combo: QComboBox, value: object) -> None:
    """Choose the item whose data equals ``value`` (Qt's findData compares a UUID by identity)."""
    for index in range(combo.count()):
        if value is not None and combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return


# ---- the steps -----------------------------------------------------------------------------
STEP_TITLES = {
    P.SUBMIT: N_("提交"),
    P.REGISTER: N_("立案结果"),
    P.ADOPT: N_("采用"),
    P.INSTRUCT: N_("领导批示"),
    P.REPLY: N_("承办单位答复"),
    P.RATE: N_("委员对答复的满意度"),
}


def _level_combo(current: AdoptionLevel | None = None) -> KeyedCombo:
    combo = KeyedCombo(placeholder=tr("请选择：1 县，2 市，3 省，4 全国"))
    combo.set_items([(text, value) for value, text in choices(AdoptionLevel)], current)
    return combo


def _satisfaction_combo(current: Satisfaction | None = None) -> KeyedCombo:
    combo = KeyedCombo(placeholder=tr("请选择：1 满意，2 基本满意，3 不满意"))
    combo.set_items([(text, value) for value, text in choices(Satisfaction)], current)
    return combo


class _StepFields:
    """The fields one kind of step records (its day always), read back into the service's
    keywords."""

    def __init__(self, dialog: ActionDialog, step: ProposalStep, day: date,
                 old: CourseStep | None = None) -> None:  # fmt: skip
        self.step = step
        self.day = date_picker(day, form=True)
        dialog.add("day", tr("日期"), self.day)
        self.level = self.unit = self.text = self.satisfaction = None
        if step == P.ADOPT:
            self.level = _level_combo(old.level if old else None)
            dialog.add("level", tr("采用层级"), self.level)
        if step == P.REPLY:
            self.unit = QLineEdit(old.unit if old else "")
            self.unit.setPlaceholderText(tr("例如：县交通运输局"))
            dialog.add("unit", tr("答复单位"), self.unit)
        if step in (P.REPLY, P.INSTRUCT, P.SUBMIT, P.REGISTER, P.NOT_REGISTER, P.ADOPT, P.RATE):
            hint = {
                P.REPLY: tr("答复的主要内容（可粘贴答复函正文）"),
                P.INSTRUCT: tr("批示的领导和批示内容，如：县长批示“请县民政局抓紧研究”"),
                P.RATE: tr("委员的意见（可不填）"),
            }.get(step, tr("备注（可不填），如提案编号、不予立案的理由"))
            self.text = plain_text(hint, 4 if step in (P.REPLY, P.INSTRUCT) else 2)
            self.text.setPlainText(old.text if old else "")
            caption = {P.REPLY: tr("答复内容"), P.INSTRUCT: tr("批示")}.get(step, tr("备注"))
            dialog.add("text", caption, self.text)
        if step == P.RATE:
            self.satisfaction = _satisfaction_combo(old.satisfaction if old else None)
            dialog.add("satisfaction", tr("满意度"), self.satisfaction)

    def values(self) -> dict:
        return {
            "level": enum_data(self.level, AdoptionLevel) if self.level else None,
            "unit": self.unit.text() if self.unit else "",
            "text": self.text.toPlainText() if self.text else "",
            "satisfaction": (
                enum_data(self.satisfaction, Satisfaction) if self.satisfaction else None
            ),
        }


def _last_day(detail: ProposalDetail) -> date:
    standing = [c for c in detail.course if not c.superseded and c.step != P.RETRACT]
    return max([date.today(), *(c.day for c in standing[-1:])]) if standing else date.today()


def step_dialog(services: Services, detail: ProposalDetail, step: ProposalStep,
                parent: QWidget) -> ActionDialog:  # fmt: skip
    """One step of the course; 立案结果 asks 立案 or 不予立案."""
    row = detail.row
    title = tr(STEP_TITLES[step])  # i18n: STEP_TITLES' words are in the catalogue
    decision = None
    values: Callable[[], dict]

    def call():
        chosen = enum_data(decision, ProposalStep) if decision is not None else step
        if chosen is None:
            raise ValidationError.single("decision", tr("结果"), tr("请选择立案或不予立案。"))
        return services.proposals.record_step(row.id, chosen, pydate(fields.day.date()),
                                              version=row.version, **values())  # fmt: skip

    intro = tr("“{title}”：记录{step}这一步和它发生的日期。").format(title=row.title, step=title)
    dialog = ActionDialog(tr("{step} — {title}").format(step=title, title=row.title[:30]),
                          tr("保存"), call, parent, intro)  # fmt: skip
    if step == P.REGISTER:
        decision = KeyedCombo(placeholder=tr("请选择：1 立案，2 不予立案"))
        decision.set_items(
            [(label(P.REGISTER), P.REGISTER), (label(P.NOT_REGISTER), P.NOT_REGISTER)]
        )
        dialog.add("decision", tr("结果"), decision)
    fields = _StepFields(dialog, step, date.today())
    values = fields.values
    return dialog


def correctable(detail: ProposalDetail) -> list[CourseStep]:
    """The steps of the course as it stands that a correction may replace or withdraw."""
    return [c for c in detail.course if not c.superseded and c.step not in (P.DRAFT, P.RETRACT)]


def correction_dialog(services: Services, detail: ProposalDetail, old: CourseStep,
                      parent: QWidget) -> ActionDialog:  # fmt: skip
    """更正 step ``old``: replaced by another (the other decision, a day, values) or withdrawn;
    the course keeps both, with the reason."""
    row = detail.row
    to = KeyedCombo()
    same = {P.REGISTER: (P.REGISTER, P.NOT_REGISTER),
            P.NOT_REGISTER: (P.NOT_REGISTER, P.REGISTER)}.get(old.step, (old.step,))  # fmt: skip
    to.set_items([(label(step), step) for step in (*same, P.RETRACT)], old.step)
    reason = plain_text(tr("例如：误录为立案，实际为不予立案"), 2)
    slot = old.corrects or old.sequence

    def call():
        new = enum_data(to, ProposalStep)
        values = fields.values() if new != P.RETRACT else {}
        return services.proposals.correct(row.id, slot, new, pydate(fields.day.date()),
                                          reason.toPlainText(), version=row.version, **values)  # fmt: skip

    dialog = ActionDialog(
        tr("更正第 {n} 步“{step}” — {title}").format(n=slot, step=label(old.step),
                                                    title=row.title[:30]),
        tr("保存更正"), call, parent,
        tr("记错的一步不会删除：更正记入经过，和原来的一步、更正理由一起保留。"
           "选“撤回”表示这一步并没有发生；后面的步骤离不开它时，要先撤回后面的。"),
    )  # fmt: skip
    dialog.add("step", tr("改为"), to)
    fields = _StepFields(dialog, old.step, old.day, old)
    dialog.add("reason", tr("更正理由"), reason)
    return dialog


# ---- conversion ----------------------------------------------------------------------------
def conversion_dialog(services: Services, what: str, lead_id: uuid.UUID | None,
                      convert: Callable[[ProposalKind, uuid.UUID | None], object],
                      parent: QWidget) -> ActionDialog:  # fmt: skip
    """转为提案/社情民意: which kind and who leads; the draft is made in one step."""
    kind = KeyedCombo(placeholder=tr("请选择：1 提案，2 社情民意信息"))
    kind.set_items([(text, value) for value, text in choices(ProposalKind)])
    lead = member_combo(services.members.choices(),
                        none_text=tr("（自动：承办这些诉求最多的委员）"))  # fmt: skip
    _choose(lead, lead_id)

    def call():
        chosen = enum_data(kind, ProposalKind)
        if chosen is None:
            raise ValidationError.single("kind", tr("转为"), tr("请选择转为提案还是社情民意信息。"))
        return convert(chosen, lead.currentData())

    dialog = ActionDialog(
        tr("转为提案/社情民意 — {what}").format(what=what), tr("生成草稿"), call, parent,
        tr("生成一份草稿，在“提案与社情民意”页继续编写、导出 Word。所涉诉求标为“转为提案/社情民意”，"
           "没有回访过的群众仍要回访。草稿中不出现群众的姓名（只留姓氏加“某”）、电话和身份证号；"
           "建议承办单位取自诉求的承办单位。"),
    )  # fmt: skip
    dialog.add("kind", tr("转为"), kind)
    dialog.add("lead", tr("领衔委员"), lead)
    return dialog
