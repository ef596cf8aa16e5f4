"""Finalising and revising minutes from the 会议纪要 page, the revision list with what changed,
and the 档案 page: documents open as issued, damage is shown, handed-out documents and signed
scans are kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from studio_app.base.enums import DocumentKind
from studio_app.core.meetings import AgendaInput, AttendeeInput, MeetingInput
from studio_app.core.members import MemberInput
from studio_app.core.models import IssuedDocument
from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.action_dialog import ActionDialog
from studio_app.ui.archive_page import ArchivePage
from studio_app.ui.meeting_dialog import MeetingDialog
from studio_app.ui.meetings_page import MeetingsPage
from studio_app.ui.pdf_preview import PdfPreviewDialog
from studio_app.ui.revisions_dialog import RevisionsDialog


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _meeting(services, studio):
    member = services.members.create(MemberInput(name="刘䶮", studio_id=studio.id))
    return services.meetings.create(
        MeetingInput(
            studio_id=studio.id, starts_at=datetime.now(UTC) - timedelta(days=5),
            place="协商议事室", topic="柳湾村通村道路硬化", host="刘䶮", recorder="蒋昇",
            attendees=[AttendeeInput(member_id=member.id)],
            agenda=[AgendaInput("通报现状", "路面坑洼。")], agreed=["列入年度计划"],
        )
    )  # fmt: skip


def test_finalise_then_revise_from_the_meetings_page(qtbot, services, studio, when_modal,
                                                     wait_background):  # fmt: skip
    from studio_app.ui.print_actions import print_minutes

    meeting = _meeting(services, studio)
    page = _show(qtbot, MeetingsPage(services))
    page.minutesRequested.connect(lambda m: print_minutes(page, services, m))  # as the window does
    page.select_meeting(meeting.id)
    assert page.model.index(0, 8).data() == "草稿"
    assert page.finalise_action.isEnabled() and not page.revisions_action.isEnabled()

    def finalise(d: ActionDialog) -> None:
        d.fields.widget("by").setText("")
        d.accept_button.click()  # who finalised is required: refused in place
        assert "经办人" in d.fields.error("by").text()
        d.fields.widget("by").setText("蒋昇")
        d.accept_button.click()

    when_modal(ActionDialog, finalise)
    previews = when_modal(PdfPreviewDialog, lambda d: d.reject())
    page.finalise_action.trigger()
    wait_background()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    (first,) = services.archive.revisions(meeting.id)
    assert (first.revision, first.issued_by) == (1, "蒋昇")
    assert previews[0].document.data == services.archive.open(first.id).data  # the stored bytes
    assert page.model.index(0, 8).data() == "第 1 版"
    assert page.edit_action.text() == "修订…" and not page.finalise_action.isEnabled()

    def revise(d: MeetingDialog) -> None:
        assert d.revision == 2 and "第 2 版" in d.windowTitle()
        d.place.setText("镇政府三楼会议室")
        d.save_button.click()  # no reason: refused, nothing saved
        assert "修订原因" in d.fields.error("reason").text()
        d.reason.setText("更正会议地点")
        d.save_button.click()

    when_modal(MeetingDialog, revise)
    page.edit_action.trigger()
    revisions = services.archive.revisions(meeting.id)
    assert [(r.revision, r.reason) for r in revisions] == [(1, ""), (2, "更正会议地点")]
    assert services.archive.open(first.id).data == previews[0].document.data
    assert page.model.index(0, 8).data() == "第 2 版"

    dialog = RevisionsDialog(services, meeting.id, meeting.topic)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.selected().revision == 2  # the newest
    assert [(c.label, c.before, c.after) for c in dialog.shown] == [
        ("地点", "协商议事室", "镇政府三楼会议室")
    ]
    side = dialog.changes.toPlainText()
    assert "修订前" in side and "协商议事室" in side and "镇政府三楼会议室" in side
    assert dialog.no_changes.text() == "修订原因：更正会议地点"
    dialog.view.selectRow(0)
    assert dialog.shown == [] and dialog.no_changes.text() == "第 1 版是定稿时的纪要。"


def test_the_archive_opens_documents_as_issued_and_shows_damage(
    qtbot, services, studio, when_modal, wait_background, answers, tmp_path
):
    meeting = _meeting(services, studio)
    doc = services.archive.finalise(meeting.id, by="蒋昇")
    request = services.requests.register(RequestInput(content="路灯坏了", visitor_name="周垚"))
    receipt = services.archive.issue(services.printing.receipt(request.id), by="蒋昇")
    page = _show(qtbot, ArchivePage(services))
    assert page.model.rowCount() == 2 and page.selected().id == receipt.id  # newest first
    page.kind_filter.setCurrentIndex(page.kind_filter.findText("会议纪要"))
    assert [r.id for r in page.model.rows] == [doc.id]
    assert f"校验码：{doc.sha256[:8]}…" in page.detail.facts.text()  # no "SHA-256" to read
    assert "SHA-256" not in page.detail.facts.text() and doc.sha256 in page.detail.facts.toolTip()

    shown: list[tuple[str, bytes]] = []  # read while open: the dialog is deleted after it
    when_modal(PdfPreviewDialog, lambda d: (shown.append((d.banner.text(), d.document.data)),
                                            d.reject()))  # fmt: skip
    page.open_action.trigger()
    wait_background()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "与存档时一致" in shown[0][0]
    assert shown[0][1] == services.archive.open(doc.id).data

    with services.db.session() as s:
        s.execute(update(IssuedDocument).where(IssuedDocument.id == doc.id)
                  .values(pdf=b"%PDF-1.4 altered"))  # fmt: skip
    shown.clear()
    when_modal(PdfPreviewDialog, lambda d: (shown.append((d.banner.text(), d.document.data)),
                                            d.reject()))  # fmt: skip
    page.open_action.trigger()
    wait_background()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "已损坏" in shown[0][0]

    scan = tmp_path / "签字稿.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    answers.open_path = scan
    page.attach_action.trigger()
    assert services.archive.attachments(doc.id)[0].file_name == "签字稿.png"
    assert page.model.index(0, 6).data() == "1"
    assert page.detail.scans.item(0).text().startswith("签字稿.png")


def test_a_receipt_printed_or_saved_goes_into_the_archive(qtbot, services, studio, answers,
                                                          tmp_path):  # fmt: skip
    from studio_app.ui.print_actions import actor

    request = services.requests.register(RequestInput(content="路灯坏了", visitor_name="周垚"))
    document = services.printing.receipt(request.id)
    issued = []
    dialog = PdfPreviewDialog(
        document, handed_out=lambda d: issued.append(services.archive.issue(d, by=actor(services)))
    )
    qtbot.addWidget(dialog)
    answers.save_path = tmp_path / "回执.pdf"
    dialog.save_as()
    dialog.save_as()  # saved twice: archived once
    assert len(issued) == 1 and issued[0].kind == DocumentKind.RECEIPT
    assert [r.id for r in services.archive.list(kind=DocumentKind.RECEIPT)] == [issued[0].id]
