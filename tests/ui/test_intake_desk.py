"""扫码说事 at the desk: the page started from the desk on 127.0.0.1 receives phones' submissions,
the 待受理 tab counts them as they arrive, and the coordinator accepts one (a registered
request), merges one into a similar open request and rejects one with a reason; stopping takes
the page down."""

from __future__ import annotations

import http.client
import re
import uuid

import pytest
from PySide6.QtCore import Qt

from studio_app.base.enums import IntakeStatus, RequestChannel, RequestStatus
from studio_app.core.models import IntakeSubmission, Request
from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.intake_panel import SubmissionDialog
from studio_app.ui.reception_desk_page import ReceptionDeskPage


@pytest.fixture
def desk(qtbot, services, studio):
    page = ReceptionDeskPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()


def _send(port: int, token: str, phone: str, content: str, category: str = "交通") -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", f"/{token}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', connection.getresponse().read().decode())
    boundary = uuid.uuid4().hex
    fields = {"name": "周垚", "phone": phone, "village": "东关村", "category": category,
              "content": content, "consent": "yes", "csrf": csrf.group(1)}  # fmt: skip
    body = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
                   for k, v in fields.items()) + f"--{boundary}--\r\n"  # fmt: skip
    connection.request("POST", f"/{token}", body=body.encode(),
                       headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})  # fmt: skip
    status = connection.getresponse().status
    connection.close()
    return status


def _decide(qtbot, desk, when_modal, row: int, act) -> list:
    desk.intake.view.selectRow(row)
    dialogs = when_modal(SubmissionDialog, act)
    desk.intake.decide()
    return dialogs


def test_submissions_are_accepted_merged_and_rejected_at_the_desk(
    qtbot, desk, services, when_modal
):
    open_one = services.requests.register(
        RequestInput(content="村口路灯坏了三个月", visitor_name="钱一", category="交通")
    )
    assert desk.intake.start("127.0.0.1", 0, 240, False)
    session = desk.intake.server.session
    assert "正在接收" in desk.intake.state.text()
    assert desk.intake.address.text() == session.url
    assert not desk.intake.code.pixmap().isNull()  # the QR code to scan from the screen
    for n, content in enumerate(("村口路灯坏了，晚上看不见", "广场舞太吵", "要求发钱")):
        assert _send(session.port, session.token, f"1381234000{n}", content) == 200
    qtbot.waitUntil(lambda: desk.side.tabText(1) == "扫码待受理（3）", timeout=5000)
    assert "本次已收到 3 条" in desk.intake.state.text()
    shown = [r.content for r in desk.intake.model.rows]
    assert shown == ["村口路灯坏了，晚上看不见", "广场舞太吵", "要求发钱"]

    # 1. Merged into the similar open request, chosen in the dialog's list.
    def merge(dialog):
        assert dialog.similar.rows[0].request.number == open_one.number
        dialog.similar_view.selectRow(0)
        assert dialog.merge_button.isEnabled()
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    _decide(qtbot, desk, when_modal, 0, merge)

    # 2. Accepted as a new request, its category changed at the desk.
    def accept(dialog):
        dialog.category.setCurrentIndex(dialog.category.findData("环境"))
        [button] = [b for b in dialog.findChildren(type(dialog.merge_button))
                    if b.text() == "受理为新诉求"]  # fmt: skip
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    _decide(qtbot, desk, when_modal, 0, accept)
    # 3. Rejected: refused without a reason (the dialog says so), then with one.
    said: list[str] = []

    def reject(dialog):
        [button] = [b for b in dialog.findChildren(type(dialog.merge_button))
                    if b.text() == "不予受理"]  # fmt: skip
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        said.append(dialog.error.text())
        dialog.reason.setText("不属于工作室受理范围")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    _decide(qtbot, desk, when_modal, 0, reject)
    assert "理由" in said[0]
    assert desk.intake.model.rows == [] and desk.side.tabText(1) == "扫码待受理（0）"

    with services.db.session() as s:
        subs = {x.content: x for x in s.query(IntakeSubmission)}
        merged = s.get(Request, subs["村口路灯坏了，晚上看不见"].request_id)
        assert (merged.status, merged.merged_into_id) == (RequestStatus.MERGED, open_one.id)
        accepted = s.get(Request, subs["广场舞太吵"].request_id)
        assert (accepted.status, accepted.channel, accepted.category) == (
            RequestStatus.REGISTERED, RequestChannel.QR, "环境"
        )  # fmt: skip
        assert subs["要求发钱"].status == IntakeStatus.REJECTED
        assert subs["要求发钱"].reason == "不属于工作室受理范围"
        assert subs["要求发钱"].request_id is None

    port = session.port
    qtbot.mouseClick(desk.intake.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.intake.server is None, timeout=5000)
    assert "已停止（联络员停止），本次收到 3 条" in desk.intake.state.text()
    with pytest.raises(OSError):
        _send(port, session.token, "13812340009", "停止后")
