"""Printing from the window: the preview shows the document's own bytes, 另存为 writes them,
打印 sends the pages (or a range) to a real printer device (Qt's PDF printer), and each page
offers its document on the selected record."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from studio_app.core.members import MemberInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.documents.pdf_layout import PdfDocument
from studio_app.ui.members_page import MembersPage
from studio_app.ui.pdf_preview import PdfPreviewDialog, file_name
from studio_app.ui.reception_days_page import ReceptionDaysPage
from studio_app.ui.requests_page import RequestsPage
from studio_app.ui.settings_dialogs import PrintSettingsDialog


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def day_and_request(services, studio):
    member = services.members.create(MemberInput(name="王䶮", studio_id=studio.id))
    day = services.reception_days.add_day(studio.id, date.today())
    services.reception_days.set_duty(day.id, [member.id])
    request = services.requests.register(
        RequestInput(content="村口路灯坏了，晚上看不见" * 30, visitor_name="吉𠮷",
                     visitor_phone="13812345678", reception_day_id=day.id)
    )  # fmt: skip
    return day, request


def test_preview_saves_and_prints_the_same_document(qtbot, services, day_and_request, answers,
                                                    tmp_path):  # fmt: skip
    day, _request = day_and_request
    document = services.printing.reception_record(day.id)
    dialog = PdfPreviewDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.pdf.pageCount() == document.pages
    assert dialog.pages_label.text() == f"共 {document.pages} 页"
    assert dialog.warning.isHidden()
    assert dialog.windowTitle().startswith("打印预览：委员接待日登记表")

    answers.save_path = tmp_path / "登记表.pdf"
    assert dialog.save_as() == answers.save_path
    assert answers.save_path.read_bytes() == document.data

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog.prepare(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == document.pages
    out = PdfReader(printed)
    assert len(out.pages) == document.pages
    # the record is landscape A4, and so is the paper the printer was given
    box = out.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert round(float(box.width) / 72 * 25.4) == 297


def test_printing_a_page_range(qtbot, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    for n in range(3):
        canvas.drawString(100, 700, f"page {n + 1}")
        canvas.showPage()
    canvas.save()
    dialog = PdfPreviewDialog(PdfDocument(buffer.getvalue(), 3, "", "three pages"))
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer) == 2
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 2


def test_missing_characters_are_told_in_the_preview(qtbot, services, studio):
    from datetime import UTC, datetime

    from studio_app.core.meetings import MeetingInput

    meeting = services.meetings.create(
        MeetingInput(studio_id=studio.id, topic="议题\U0010fffd", starts_at=datetime.now(UTC))
    )
    dialog = PdfPreviewDialog(services.printing.minutes(meeting.id))
    qtbot.addWidget(dialog)
    assert not dialog.warning.isHidden()
    assert "U+10FFFD" in dialog.warning.text()


def test_file_names_from_titles():
    assert file_name("受理回执（2026-0001）") == "受理回执（2026-0001）.pdf"
    assert file_name('a/b:c*d?"e<f>|g h') == "a_b_c_d_e_f_g_h.pdf"


def test_receipt_from_the_requests_page(qtbot, services, day_and_request, when_modal,
                                        wait_background, answers, tmp_path):  # fmt: skip
    _day, request = day_and_request
    page = _show(qtbot, RequestsPage(services))
    assert not page.receipt_action.isEnabled()
    page.view.selectRow(0)
    assert page.receipt_action.isEnabled()
    answers.save_path = tmp_path / "回执.pdf"
    seen = when_modal(PdfPreviewDialog, lambda d: (d.save_as(), d.reject()))
    page.receipt_action.trigger()
    wait_background()
    qtbot.waitUntil(lambda: bool(seen) and answers.save_path.exists(), timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(answers.save_path).pages)
    assert request.number in text and "138****5678" in text


def test_record_from_the_reception_days_page(qtbot, services, day_and_request, when_modal,
                                             wait_background):  # fmt: skip
    day, _request = day_and_request
    page = _show(qtbot, ReceptionDaysPage(services))
    page.reload_days(day.id)
    assert page.record_action.isEnabled()
    seen = when_modal(PdfPreviewDialog, lambda d: d.reject())
    page.record_action.trigger()
    wait_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0].document.title == f"委员接待日登记表（{day.held_on.isoformat()}）"


def test_card_poster_and_code_from_the_members_page(qtbot, services, studio, when_modal,
                                                    wait_background, answers, tmp_path):  # fmt: skip
    member = services.members.create(MemberInput(name="赵赟", phone="13912345678",
                                                 studio_id=studio.id))  # fmt: skip
    page = _show(qtbot, MembersPage(services))
    page.view.selectRow(0)
    assert page.card_action.isEnabled() and page.qr_action.isEnabled()

    seen = when_modal(PdfPreviewDialog, lambda d: d.reject())
    page.card_action.trigger()
    wait_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0].document.title == "委员联系卡：赵赟"

    seen = when_modal(PdfPreviewDialog, lambda d: d.reject())
    page.poster_action.trigger()
    wait_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "扫码找委员" in seen[0].document.title

    answers.save_path = tmp_path / "赵赟.png"
    page.qr_action.trigger()
    wait_background()
    (code,) = zxingcpp.read_barcodes(Image.open(answers.save_path))
    assert code.text == services.member_codes.payload(member.id)
    assert answers.texts("info") == [f"二维码已保存到：{answers.save_path}"]


def test_print_settings_refuse_bad_input_in_place(qtbot, services, studio):
    dialog = PrintSettingsDialog(services)
    qtbot.addWidget(dialog)
    # Fonts by the names people know (the shipped one at least), not their files.
    assert "Droid 中文字体" in dialog.fonts_note.text() and ".tt" not in dialog.fonts_note.text()
    assert "DroidSansFallbackFull.ttf" in dialog.fonts_note.toolTip()
    dialog.url_edit.setText("www.example.cn/wy")
    dialog.save()
    assert not dialog.changed
    assert "http://" in dialog.fields.error("url_template").text()
    assert services.member_codes.url_template() == ""
    dialog.url_edit.setText("https://zx.example.cn/wy/{id}")
    assert dialog.layout_combo.currentText() == "公文式（默认）"
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findText("紧凑"))
    dialog.save()
    assert dialog.changed
    assert services.member_codes.url_template() == "https://zx.example.cn/wy/{id}"
    assert services.printing.layout() == "compact" and not services.printing.fonts().official


def test_the_poster_asks_which_studio_when_there_are_several(qtbot, services, studio, answers,
                                                             when_modal, wait_background):  # fmt: skip
    from studio_app.core.studios import StudioInput
    from studio_app.ui.print_actions import print_poster

    other = services.studios.create(StudioInput(name="东关社区委员工作室"))
    services.members.create(MemberInput(name="周垚", studio_id=other.id))
    host = _show(qtbot, MembersPage(services))
    answers.choice = None
    print_poster(host, services)
    wait_background()
    assert answers.texts("choose") == ["为哪个工作室生成海报？"]  # and cancelling makes nothing
    answers.choice = 1
    seen = when_modal(PdfPreviewDialog, lambda d: d.reject())
    print_poster(host, services)
    wait_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0].document.title.startswith("东关社区委员工作室")
