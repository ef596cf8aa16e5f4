"""The 提案与社情民意 page: the list with its filters, a new draft, each step from the toolbar and
its keys, a correction, the Word export, and the conversions from the requests page and the
common-issues panel."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from docx import Document
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence

from studio_app.base.enums import (
    AdoptionLevel,
    ProposalKind,
    ProposalStep,
    RequestStatus,
    Satisfaction,
)
from studio_app.core.proposals import ProposalInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.action_dialog import ActionDialog, KeyedCombo
from studio_app.ui.main_window import MainWindow
from studio_app.ui.proposal_dialogs import ProposalDialog
from studio_app.ui.proposals_page import ProposalsPage

P = ProposalStep
TODAY = date.today()


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _when_shown(qtbot, kind, act) -> list:
    """Run ``act`` on the next modal dialog of ``kind`` once it is shown; what it saw."""
    seen: list = []

    def look() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def _fields(dialog: ActionDialog) -> dict:
    return dict(dialog.fields._widgets)


def _pick(combo: KeyedCombo, value) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == value))


def _proposal(services, make_member, **changes):
    lead = make_member("陈委员", "13900001111")
    data = ProposalInput(ProposalKind.PROPOSAL, "加强农村路灯维护", analysis="路灯失修。",
                         lead_id=lead.id, **changes)  # fmt: skip
    return services.proposals.create(data, today=TODAY - timedelta(days=10))


def test_the_page_lists_filters_and_shows_the_course(qtbot, services, make_member):
    item = _proposal(services, make_member)
    services.proposals.record_step(item.id, P.SUBMIT, TODAY - timedelta(days=5))
    services.proposals.create(ProposalInput(ProposalKind.SOCIAL_OPINION, "校车时刻"),
                              today=TODAY - timedelta(days=400))  # fmt: skip
    page = _show(qtbot, ProposalsPage(services))
    assert page.model.rowCount() == 1  # this year's, by default
    page.year_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 2
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(ProposalKind.SOCIAL_OPINION))
    assert [page.model.row_at(0).title] == ["校车时刻"] and page.model.rowCount() == 1
    page.kind_filter.setCurrentIndex(0)
    page.step_filter.setCurrentIndex(page.step_filter.findData(P.SUBMIT))
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    assert page.detail.title.text() == "关于加强农村路灯维护的提案"
    assert [c.step for c in page.detail.course.rows] == [P.DRAFT, P.SUBMIT]
    enabled = {s for s, a in page.step_actions.items() if a.isEnabled()}
    assert enabled == {P.REGISTER}  # 立案结果 only, after 提交
    assert not page.step_actions[P.ADOPT].isVisible() or not page.step_actions[P.ADOPT].isEnabled()
    assert page.step_actions[P.SUBMIT].shortcut() == QKeySequence("Alt+1")
    assert not page.edit_action.isEnabled()  # submitted: its text is what was submitted


def test_a_new_draft_then_a_step_and_a_correction_from_the_toolbar(qtbot, services, make_member):
    lead = make_member("林委员", "13700002222")
    page = _show(qtbot, ProposalsPage(services))

    def fill(dialog: ProposalDialog) -> None:
        dialog.title.setText("农村独居老人冬季取暖难")
        dialog.situation.setPlainText("独居老人多。")
        for i in range(dialog.lead.count()):
            if dialog.lead.itemData(i) == lead.id:
                dialog.lead.setCurrentIndex(i)
        dialog._save()

    _when_shown(qtbot, ProposalDialog, fill)
    page.new_opinion.trigger()
    assert page.model.rowCount() == 1
    row = page.selected_row()
    assert (row.kind, row.title, row.lead) == (ProposalKind.SOCIAL_OPINION, "农村独居老人冬季取暖难",
                                               "林委员")  # fmt: skip
    assert page.services.proposals.detail(row.id).text.contact == "13700002222"

    def submit(dialog: ActionDialog) -> None:
        dialog._submit()

    _when_shown(qtbot, ActionDialog, submit)
    page.step_actions[P.SUBMIT].trigger()
    assert page.selected_row().step == P.SUBMIT
    assert {s for s, a in page.step_actions.items() if a.isEnabled()} == {P.ADOPT, P.INSTRUCT}

    refused: list = []

    def adopt_without_level(dialog: ActionDialog) -> None:
        dialog._submit()  # no level chosen: refused, the dialog stays open
        refused.append(dialog.isVisible())
        _pick(_fields(dialog)["level"], AdoptionLevel.PROVINCE)
        dialog._submit()

    _when_shown(qtbot, ActionDialog, adopt_without_level)
    page.step_actions[P.ADOPT].trigger()
    assert refused == [True]
    row = page.selected_row()
    assert (row.step, row.accepted, row.level) == (P.ADOPT, True, AdoptionLevel.PROVINCE)

    def correct(dialog: ActionDialog) -> None:
        fields = _fields(dialog)
        _pick(fields["level"], AdoptionLevel.CITY)
        fields["reason"].setPlainText("录错了层级")
        dialog._submit()

    _when_shown(qtbot, ActionDialog, correct)
    page.correct_action.trigger()
    row = page.selected_row()
    assert row.level == AdoptionLevel.CITY
    steps = [(c.step, c.superseded) for c in page.detail.course.rows]
    assert steps == [(P.DRAFT, False), (P.SUBMIT, False), (P.ADOPT, True), (P.ADOPT, False)]


def test_export_word_from_the_page(qtbot, services, make_member, answers, tmp_path):
    _proposal(services, make_member, co_ids=())
    page = _show(qtbot, ProposalsPage(services))
    page.view.selectRow(0)
    answers.save_path = tmp_path / "提案.docx"
    page.export_action.trigger()
    texts = [p.text for p in Document(str(answers.save_path)).paragraphs]
    assert texts[0] == "关于加强农村路灯维护的提案" and "路灯失修。" in texts
    assert "可以用 Word 或 WPS 打开" in answers.texts("info")[-1]


def test_a_request_converts_from_the_requests_page_and_the_draft_is_shown(qtbot, services,
                                                                         studio, make_member):  # fmt: skip
    member = make_member("陈委员", "13900001111")
    at = datetime.combine(TODAY - timedelta(days=3), datetime.min.time()).astimezone()
    r = services.requests.register(RequestInput(
        content="我是王䶮，电话13812345678，村口路灯坏了", visitor_name="王䶮",
        visitor_phone="13812345678", village="东关村", category="交通",
    ), at=at + timedelta(hours=9))  # fmt: skip
    services.requests.assign(r.id, assignee_id=member.id, handling_unit="县交通运输局")
    window = _show(qtbot, MainWindow(services))
    page = window.requests_page
    window.show_page(page)
    page.view.selectRow(0)

    def convert(dialog: ActionDialog) -> None:
        fields = _fields(dialog)
        assert fields["lead"].currentData() == member.id  # the member who handled it
        _pick(fields["kind"], ProposalKind.PROPOSAL)
        dialog._submit()

    _when_shown(qtbot, ActionDialog, convert)
    from studio_app.core.visitor_requests import Action

    page.step_actions[Action.CONVERT].trigger()
    assert services.requests.get(r.id).status == RequestStatus.CONVERTED
    assert window.stack.currentWidget() is window.proposals_page  # on to write the draft
    row = window.proposals_page.selected_row()
    assert row is not None and row.kind == ProposalKind.PROPOSAL
    text = window.proposals_page.detail.text.toPlainText()
    assert "王某" in text and "王䶮" not in text and "13812345678" not in text
    assert "县交通运输局" in window.proposals_page.detail.facts.text()


def test_a_common_issue_converts_from_its_panel(qtbot, services, studio, make_member):
    at = datetime.combine(TODAY - timedelta(days=3), datetime.min.time()).astimezone()
    made = [services.requests.register(RequestInput(content=f"路灯坏了{i}", visitor_name="张三",
                                                    category="交通"), at=at)
            for i in range(3)]  # fmt: skip
    issue = services.common_issues.create("农村路灯失修", "", [r.id for r in made])
    window = _show(qtbot, MainWindow(services))
    page = window.requests_page
    window.show_page(page)
    page.tabs.setCurrentIndex(1)
    panel = page.issues
    panel.refresh(issue.id)
    assert panel.convert_button.isEnabled()

    def convert(dialog: ActionDialog) -> None:
        _pick(_fields(dialog)["kind"], ProposalKind.SOCIAL_OPINION)
        dialog._submit()

    _when_shown(qtbot, ActionDialog, convert)
    panel.convert_button.click()
    assert {services.requests.get(r.id).status for r in made} == {RequestStatus.CONVERTED}
    assert window.proposals_page.selected_row().title == "农村路灯失修"


def test_a_converted_visitor_is_called_back_from_the_requests_page(qtbot, services, studio):
    at = datetime.combine(TODAY - timedelta(days=3), datetime.min.time()).astimezone()
    r = services.requests.register(RequestInput(content="路灯坏了", visitor_name="张三"), at=at)
    services.proposals.convert_request(r.id, ProposalKind.SOCIAL_OPINION)
    from studio_app.ui.requests_page import RequestsPage

    page = _show(qtbot, RequestsPage(services))
    page.status_filter.setCurrentIndex(0)
    page.view.selectRow(0)
    from studio_app.core.visitor_requests import Action

    assert page.step_actions[Action.RETURN_VISIT].isEnabled()

    def visit(dialog: ActionDialog) -> None:
        _pick(_fields(dialog)["satisfaction"], Satisfaction.SATISFIED)
        dialog._submit()

    _when_shown(qtbot, ActionDialog, visit)
    page.step_actions[Action.RETURN_VISIT].trigger()
    stored = services.requests.get(r.id)
    assert (stored.status, stored.satisfaction, stored.return_visit_due) == (
        RequestStatus.CONVERTED, Satisfaction.SATISFIED, None,
    )  # fmt: skip
