"""The dialogs of the workflow steps: 交办, 延期, 答复, 回访, 不予受理, 合并, 转为提案, 共性问题.

Each asks only what its step needs, runs the one service call, and stays open with the error
in place when the service refuses (a missing reply, a step the status does not allow)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from studio_app.base.enums import RequestStatus, Satisfaction
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.labels import choices
from studio_app.core.request_list import RequestQuery, RequestRow
from studio_app.core.services import Services
from studio_app.core.visitor_requests import ConvertedTargetError
from studio_app.ui import messages
from studio_app.ui.action_dialog import (
    ActionDialog,
    KeyedCombo,
    date_picker,
    member_combo,
    plain_text,
    pydate,
)
from studio_app.ui.form_fields import enum_data


def assign_dialog(services: Services, row: RequestRow, parent: QWidget) -> ActionDialog:
    members = member_combo(services.members.choices(), none_text=tr("（不指定委员）"))
    unit = QLineEdit(row.handling_unit)
    unit.setPlaceholderText(tr("例如：镇城建办、县交通局"))
    note = QLineEdit()
    due, _proposed = services.requests.extension_proposal(row.id)
    intro = tr("交办给承办委员和/或承办单位。改派同样在这里，办理中（含回访不满意后）也可以改派。")
    intro += tr("答复期限仍是 {due}，交办和改派不改变它；需要更多时间请用“延期”。").format(
        due=due.isoformat()
    )
    dialog = ActionDialog(
        tr("交办 — {number}").format(number=row.number), tr("交办"),
        lambda: services.requests.assign(row.id, assignee_id=members.currentData(),
                                         handling_unit=unit.text(), note=note.text(),
                                         version=row.version),
        parent, intro,
    )  # fmt: skip
    dialog.add("assignee", tr("承办委员"), members)
    dialog.add("handling_unit", tr("承办单位"), unit)
    dialog.add("note", tr("交办意见"), note)
    return dialog


def extend_dialog(services: Services, row: RequestRow, parent: QWidget) -> ActionDialog:
    """延期: a later answer date and the reason, recorded with who gave it."""
    due, proposed = services.requests.extension_proposal(row.id)
    new_due = date_picker(proposed, form=True)
    reason = plain_text(tr("例如：涉及县交通局和镇政府，需要会商后答复"), 3)
    intro = tr("延期会记入诉求的办理经过（谁、何时、理由），并计入“延期”件数；应告知来访群众。")
    intro = tr("现在的答复期限是 {due}。").format(due=due.isoformat()) + intro
    dialog = ActionDialog(
        tr("延期 — {number}").format(number=row.number), tr("延期"),
        lambda: services.requests.extend(row.id, pydate(new_due.date()), reason.toPlainText(),
                                         version=row.version),
        parent, intro,
    )  # fmt: skip
    dialog.add("new_due", tr("延至"), new_due)
    dialog.add("reason", tr("延期理由"), reason)
    return dialog


def answer_dialog(services: Services, row: RequestRow, parent: QWidget) -> ActionDialog:
    reply = plain_text(tr("答复群众的内容：办理结果、政策依据、后续安排"), 5)
    dialog = ActionDialog(
        tr("答复 — {number}").format(number=row.number), tr("保存答复"),
        lambda: services.requests.answer(row.id, reply.toPlainText(), version=row.version),
        parent,
        tr("诉求：{content}").format(content=row.content),
    )  # fmt: skip
    dialog.add("reply", tr("答复内容"), reply)
    return dialog


def return_visit_dialog(services: Services, row: RequestRow, parent: QWidget) -> ActionDialog:
    intro = tr("回访群众对答复是否满意。“不满意”会重新打开这条诉求，继续办理。")
    if row.status == RequestStatus.MERGED:
        intro = tr("这位群众的诉求已合并办理，这是对他（她）本人的回访。"
                   "“不满意”会重新打开合并到的那条诉求，继续办理。")  # fmt: skip
    elif row.status == RequestStatus.CONVERTED:
        intro = tr("这位群众的诉求已转为提案/社情民意，回访时告诉他（她）转成了什么。"
                   "满意度记在这条诉求上；问题随提案继续办理，诉求不再重新打开。")  # fmt: skip
    satisfaction = KeyedCombo(placeholder=tr("请选择：1 满意，2 基本满意，3 不满意"))
    satisfaction.set_items([(text, value) for value, text in choices(Satisfaction)])  # none yet
    comment = plain_text(tr("群众的意见"), 3)
    dialog = ActionDialog(
        tr("回访 — {number}").format(number=row.number), tr("保存回访"),
        lambda: services.requests.return_visit(row.id, enum_data(satisfaction, Satisfaction),
                                               comment.toPlainText(), version=row.version),
        parent, intro,
    )  # fmt: skip
    dialog.add("satisfaction", tr("满意度"), satisfaction)
    dialog.add("comment", tr("回访意见"), comment)
    return dialog


def reject_dialog(services: Services, row: RequestRow, parent: QWidget) -> ActionDialog:
    reason = plain_text(tr("例如：属于司法程序，已告知当事人依法诉讼"), 3)
    dialog = ActionDialog(
        tr("不予受理 — {number}").format(number=row.number), tr("确定不予受理"),
        lambda: services.requests.reject(row.id, reason.toPlainText(), version=row.version),
        parent,
        tr("理由会记入诉求历史，并应告知来访群众。"),
    )  # fmt: skip
    dialog.add("reason", tr("不予受理的理由"), reason)
    return dialog


def convert_dialog(services: Services, row: RequestRow, parent: QWidget) -> ActionDialog:
    """转为提案/社情民意: the request becomes a draft in one step (core/proposals.py)."""
    from studio_app.ui.proposal_dialogs import conversion_dialog

    request = services.requests.get(row.id)
    return conversion_dialog(
        services, row.number, request.assignee_id or request.received_by_id,
        lambda kind, lead: services.proposals.convert_request(row.id, kind, lead_id=lead,
                                                              version=row.version),
        parent,
    )  # fmt: skip


def merge_dialog(services: Services, row: RequestRow, parent: QWidget) -> ActionDialog:
    """Merge into another open request: similar ones are offered, any number can be typed."""
    target = QComboBox()
    target.setEditable(True)
    target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for similar in services.request_list.similar(
        row.content, village=row.village, household_id=row.household_id, exclude_id=row.id
    ):
        r = similar.request
        target.addItem(f"{r.number}  {similar.reason}  {r.content[:30]}", r.number)
    target.setCurrentIndex(0 if target.count() else -1)
    target.lineEdit().setPlaceholderText(tr("输入诉求编号，如 2026-0012"))

    def merge():
        text = target.currentText().strip()
        listed = target.findText(text)
        number = target.itemData(listed) if listed >= 0 else (text.split() or [""])[0]
        found = [r for r in services.request_list.first_page(
            RequestQuery(text=number, include_merged=True), 20).rows if r.number == number]  # fmt: skip
        if not number or not found:
            raise StudioError(
                tr("找不到编号为“{number}”的诉求，请从列表中选择或输入完整编号。").format(
                    number=number
                )
            )
        try:
            return services.requests.merge(row.id, found[0].id, version=row.version)
        except ConvertedTargetError as refusal:  # offered instead: 关联到该提案
            link = messages.confirm(
                dialog, tr("关联到该提案"),
                tr("{why}\n\n关联后，这条诉求仍由您答复和回访，办理经过里写明关联的提案。").format(
                    why=refusal
                ),
                tr("关联到该提案"),
            )  # fmt: skip
            if not link:
                raise
            return services.requests.link_to_proposal(
                row.id, refusal.target_id, version=row.version
            )

    dialog = ActionDialog(
        tr("合并 — {number}").format(number=row.number), tr("合并"), merge, parent,
        tr("同一件事被重复反映时，把这条合并到另一条未办结或已答复的诉求上，由那一条继续办理；"
           "那一条答复后，这位群众也同样得到答复，并单独回访（百分百回访）；那一条已经答复的，"
           "合并时就得到答复，回访期限从合并那天算起。合并后这条仍显示在那条诉求下面。"),
    )  # fmt: skip
    dialog.add("into", tr("合并到"), target)
    return dialog


def issue_dialog(services: Services, rows: list[RequestRow], parent: QWidget) -> ActionDialog:
    """Put the requests into a common issue: an existing one, or a new one with a title."""
    issue = QComboBox()
    issue.addItem(tr("新建共性问题…"), None)
    for existing in services.common_issues.issues():
        issue.addItem(
            tr("{title}（{n} 件）").format(title=existing.title, n=existing.request_count),
            existing.id,
        )
    title = QLineEdit()
    title.setPlaceholderText(tr("例如：东关片区路灯长期失修"))
    summary = plain_text(tr("共性问题的概括（可稍后补充）"), 3)

    def toggle() -> None:
        new = issue.currentData() is None
        title.setEnabled(new)
        summary.setEnabled(new)

    issue.currentIndexChanged.connect(lambda _i: toggle())
    ids = [r.id for r in rows]

    move = QCheckBox(tr("已在其他共性问题中的诉求也移到这里"))

    def save():
        if issue.currentData() is None:
            return services.common_issues.create(
                title.text(), summary.toPlainText(), ids, move=move.isChecked()
            )
        return services.common_issues.add_requests(issue.currentData(), ids, move=move.isChecked())

    numbers = tr("、").join(r.number for r in rows)
    dialog = ActionDialog(
        tr("归入共性问题"), tr("确定"), save, parent,
        tr("把诉求 {numbers} 归入一个共性问题（从一件事到一类事，为提案作准备）。").format(
            numbers=numbers
        ),
    )  # fmt: skip
    dialog.add("issue", tr("共性问题"), issue)
    dialog.add("title", tr("标题"), title)
    dialog.add("summary", tr("概括"), summary)
    dialog.add("move", "", move)
    return dialog
