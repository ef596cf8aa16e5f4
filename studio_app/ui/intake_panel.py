"""扫码说事 at the desk: start the intake page on a network, show its address and QR code, how
many arrived and how long it still runs; the 待受理 list, each accepted (a new request, or merged
into a similar open one) or rejected with a reason.

The server runs on its own threads (studio_app/intake_server.py); what it reports reaches this
panel through queued signals, and the list is reloaded at most a few times a second however
many phones send at once, so the window never waits for them.
"""

from __future__ import annotations

import io
import uuid

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import label, word_choices
from studio_app.base.local_times import local_minute
from studio_app.base.masking import mask_phone
from studio_app.core.intake import (
    DEFAULT_MINUTES,
    DEFAULT_PORT,
    MAX_MINUTES,
    STOP_BUTTON,
    STOP_CLOSED,
    STOP_STUDIO,
    IntakeSession,
    PendingSubmission,
    new_pin,
)
from studio_app.core.request_list import SimilarRequest
from studio_app.core.services import Services
from studio_app.ui import messages
from studio_app.ui.action_dialog import KeyedCombo
from studio_app.ui.detail_panel import section_label
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import WHOLE

RELOAD_MS = 300  # a burst of submissions reloads the list once, not once each
QR_PX = 150
RUNNING_STYLE = "color: #1b5e20; font-weight: bold;"


def networks() -> list[tuple[str, str]]:
    """(address, "name — address") of each IPv4 address of a network this PC is on, loopback
    left out: a phone reaches none of those."""
    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        if flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                address = ip.toString()
                found.append((address, f"{interface.humanReadableName()} — {address}"))
    return found


def qr_pixmap(text: str, side: int) -> QPixmap:
    from studio_app.documents.qr import qr_png

    buffer = io.BytesIO()
    qr_png(text, buffer, module_px=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.FastTransformation)  # fmt: skip


class IntakePanel(QWidget):
    """The intake's run and its 待受理 list, beside the desk's form.

    Signals:
        countChanged(int): how many submissions await acceptance (the tab's title says it).
        requestRequested(object): show this request (its id) on the requests page.
    """

    countChanged = Signal(int)
    requestRequested = Signal(object)
    _received = Signal(str)  # from the server's threads: queued to the window's
    _stopped = Signal(str)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.server = None
        self._studio: uuid.UUID | None = None
        t = self.tr
        self.start_button = QPushButton(t("开始扫码登记…"))
        self.start_button.clicked.connect(self.ask_start)
        self.stop_button = QPushButton(t("停止"))
        self.stop_button.clicked.connect(lambda: self.stop(STOP_BUTTON))
        self.stop_button.hide()
        self.state = QLabel(t("扫码登记没有开始。开始后，村民连上工作室的无线网络，扫码即可提交。"))
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.code.setFixedSize(QR_PX, QR_PX)
        self.code.hide()
        head = QHBoxLayout()
        head.addWidget(self.start_button)
        head.addWidget(self.stop_button)
        head.addStretch()
        running = QHBoxLayout()
        running.addWidget(self.code)
        running.addWidget(self.state, 1)
        # The address in full, to read out or type (a line of its own: it has no spaces to wrap).
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self.address.hide()

        fields = [
            Field(t("回执号"), lambda r: r.receipt, 90, priority=WHOLE),
            Field(t("收到"), lambda r: local_minute(r.received_at)[5:], 80, priority=WHOLE),
            Field(t("姓名"), lambda r: r.name, 60),
            Field(t("村（社区）"), lambda r: r.village, 70),
            Field(t("类别"), lambda r: r.category, 50),
            Field(t("内容"), lambda r: (t("［照片］") if r.has_photo else "") + r.content, 300),
        ]
        self.model = RowsModel(fields, self)
        self.view = rows_view(self.model, fields)
        self.view.doubleClicked.connect(lambda _i: self.decide())
        self.decide_button = QPushButton(t("受理、合并或不予受理…"))
        self.decide_button.clicked.connect(self.decide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(running)
        layout.addWidget(self.address)
        heading = section_label(t("待受理（扫码提交，受理后才进入诉求办理）"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_MS)
        self._reload.timeout.connect(self.refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._show_state)
        # Slots of this panel (a QObject of the window's thread): queued from the server's.
        self._received.connect(self._on_received)
        self._stopped.connect(self._on_stopped)
        self.refresh()

    # ---- the run -----------------------------------------------------------------------------
    def ask_start(self) -> None:
        dialog = IntakeStartDialog(self.services, self)
        if dialog.exec() and dialog.chosen is not None:
            self.start(*dialog.chosen)
        dialog.deleteLater()

    def start(self, address: str, port: int, minutes: int, pin: bool) -> bool:
        """Serve the page on ``address``; False (said why) when it cannot."""
        from studio_app.intake_server import IntakeServer

        try:
            session = IntakeSession(
                self.services.intake.serving_studio(self.services.studio_id), address, port,
                minutes, new_pin() if pin else "", self.services.intake.standing_valid,
            )  # fmt: skip
            server = IntakeServer(self.services, session, on_received=self._received.emit,
                                  on_stopped=self._stopped.emit)  # fmt: skip
            server.start()
        except StudioError as exc:
            messages.show_error(self, exc)
            return False
        self.server = server
        self._studio = self.services.studio_id  # a switch of studio stops the run
        self.code.setPixmap(qr_pixmap(session.url, QR_PX))
        self.code.show()
        self.address.setText(session.url)
        self.address.show()
        self.start_button.hide()
        self.stop_button.show()
        self._tick.start()
        self._show_state()
        return True

    def stop(self, why: str = STOP_BUTTON) -> None:
        if self.server is not None:
            self.server.stop(why)  # reports through on_stopped

    def shutdown(self) -> None:
        """The program closes: the page is taken down with it."""
        if self.server is not None:
            self.server.on_stopped = None
            self.server.stop(STOP_CLOSED)
            self.server = None

    @Slot(str)
    def _on_received(self, _receipt: str) -> None:
        self._reload.start()
        self._show_state()

    @Slot(str)
    def _on_stopped(self, why: str) -> None:
        received = self.server.session.received if self.server else 0
        self.server = None
        self._tick.stop()
        self.code.hide()
        self.address.hide()
        self.stop_button.hide()
        self.start_button.show()
        self.state.setStyleSheet("")
        self.state.setText(self.tr("扫码登记已停止（{why}），本次收到 {n} 条。").format(
            why=tr(why), n=received))  # fmt: skip  # i18n: from STOP_BUTTON and the others
        self.refresh()

    def _show_state(self) -> None:
        if self.server is None:
            return
        session = self.server.session
        left = session.seconds_left()
        lines = [
            self.tr("正在接收：请村民连上工作室的无线网络，扫描左边的二维码，或在手机浏览器中输入下面的地址。"),
            self.tr("本次已收到 {n} 条，还有 {h} 小时 {m} 分自动停止。").format(
                n=session.received, h=left // 3600, m=left % 3600 // 60),
        ]  # fmt: skip
        if session.pin:
            lines.append(self.tr("验证码：{pin}（请告诉现场的群众）").format(pin=session.pin))
        self.state.setStyleSheet(RUNNING_STYLE)
        self.state.setText("\n".join(lines))

    # ---- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.server is not None and self.services.studio_id != self._studio:
            self.stop(STOP_STUDIO)  # its submissions belong to the studio it was started for
        rows = self.services.intake.pending()
        self.model.set_rows(rows)
        self.decide_button.setEnabled(bool(rows))
        self.countChanged.emit(len(rows))

    def decide(self) -> None:
        row = selected_row(self.view) or next(iter(self.model.rows), None)
        if row is None:
            return
        dialog = SubmissionDialog(self.services, row, self)
        if dialog.exec() and dialog.request_id is not None:
            self.requestRequested.emit(dialog.request_id)
        dialog.deleteLater()
        self.refresh()


class IntakeStartDialog(QDialog):
    """开始扫码登记: which network, port, time limit and PIN; and the standing poster.

    Attributes:
        chosen: (address, port, minutes, pin) once 开始 is clicked.
    """

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.chosen: tuple[str, int, int, bool] | None = None
        t = self.tr
        self.setWindowTitle(t("开始扫码登记"))
        self.network = QComboBox()
        for address, shown in networks():
            self.network.addItem(shown, address)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(t(" 分钟"))
        self.pin = QCheckBox(t("要求填写 4 位验证码（开始后在这里显示，告诉现场的群众）"))
        form = QFormLayout()
        form.addRow(t("网络"), self.network)
        form.addRow(t("端口"), self.port)
        form.addRow(t("自动停止"), self.minutes)
        form.addRow("", self.pin)
        intro = QLabel(t(
            "登记页只在所选的网络上开放（工作室的无线路由器，或笔记本电脑的移动热点），不经过互联网。"
            "每次开始都换一个新的二维码，旧的二维码不能再提交。没有互联网的网络无法取得证书，"
            "所以登记页用普通的 http，页面上写明了这一点。"
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.no_network = QLabel(t(
            "这台电脑没有连接任何网络。请先连接工作室的无线路由器，或打开笔记本电脑的移动热点。"
        ))  # fmt: skip
        self.no_network.setWordWrap(True)
        self.no_network.setStyleSheet("color: #b00020;")
        self.no_network.setVisible(self.network.count() == 0)

        standing = QGroupBox(t("长期海报（贴在墙上的固定二维码）"))
        self.standing_state = QLabel()
        self.standing_state.setWordWrap(True)
        make = QPushButton(t("用所选网络生成长期二维码"))
        make.clicked.connect(self._make_standing)
        self.print_button = QPushButton(t("打印长期海报…"))
        self.print_button.clicked.connect(self._print_standing)
        self.revoke_button = QPushButton(t("作废长期海报"))
        self.revoke_button.clicked.connect(self._revoke_standing)
        row = QHBoxLayout()
        for button in (make, self.print_button, self.revoke_button):
            row.addWidget(button)
        row.addStretch()
        box = QVBoxLayout(standing)
        box.addWidget(self.standing_state)
        box.addLayout(row)
        make.setEnabled(self.network.count() > 0)

        self.start_button = QPushButton(t("开始"))
        self.start_button.setDefault(True)
        self.start_button.setEnabled(self.network.count() > 0)
        self.start_button.clicked.connect(self._start)
        cancel = QPushButton(t("取消"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.start_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.no_network)
        layout.addLayout(form)
        layout.addWidget(standing)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self._show_standing()

    def _show_standing(self) -> None:
        found = self.services.intake.standing()
        valid = found is not None and bool(found.token)
        if valid:
            text = self.tr("长期海报指向 {address}:{port}。这台电脑要一直用这个地址（请在路由器中为它固定"
                           "地址），开始扫码登记时长期海报也能提交。").format(
                address=found.address, port=found.port)  # fmt: skip
        else:
            text = self.tr("没有长期海报：只能扫描本次开始时显示的二维码。")
        self.standing_state.setText(text)
        self.print_button.setEnabled(valid)
        self.revoke_button.setEnabled(valid)

    def _make_standing(self) -> None:
        found = self.services.intake.standing()
        if found is not None and found.token and not messages.confirm(
            self, self.windowTitle(),
            self.tr("生成新的长期二维码后，已经贴出的长期海报就不能再用了。继续吗？"),
            self.tr("生成"), self.tr("取消"),
        ):  # fmt: skip
            return
        try:
            self.services.intake.set_standing(self.network.currentData(), self.port.value())
        except StudioError as exc:
            messages.show_error(self, exc)
        self._show_standing()

    def _print_standing(self) -> None:
        from studio_app.ui.pdf_preview import show_document

        # Not kept in the archive: the poster's token is revocable and has no record value.
        show_document(self, self.tr("长期二维码海报"),
                      lambda: self.services.intake.poster(self.services.printing.chain()))  # fmt: skip

    def _revoke_standing(self) -> None:
        if messages.confirm(self, self.windowTitle(),
                            self.tr("作废后，已经贴出的长期海报扫码后不能再提交。继续吗？"),
                            self.tr("作废"), self.tr("取消")):  # fmt: skip
            self.services.intake.revoke_standing()
            self._show_standing()

    def _start(self) -> None:
        self.chosen = (self.network.currentData(), self.port.value(), self.minutes.value(),
                       self.pin.isChecked())  # fmt: skip
        self.accept()


class SubmissionDialog(QDialog):
    """One submission: accepted as a new request, merged into a similar open one, or rejected
    with a reason.

    Attributes:
        request_id: the request it became (accepted or merged), None otherwise.
    """

    def __init__(self, services: Services, row: PendingSubmission, parent=None):
        super().__init__(parent)
        self.services = services
        self.row = row
        self.request_id: uuid.UUID | None = None
        t = self.tr
        self.setWindowTitle(t("扫码提交 {receipt}").format(receipt=row.receipt))
        facts = QLabel(t("{when} 收到　{name}　{phone}　{village}").format(
            when=local_minute(row.received_at), name=row.name, phone=mask_phone(row.phone),
            village=row.village or t("（未填村）")))  # fmt: skip
        facts.setWordWrap(True)
        content = QPlainTextEdit(row.content)
        content.setReadOnly(True)
        content.setMaximumHeight(110)
        top = QHBoxLayout()
        top.addWidget(content, 1)
        if row.has_photo:
            photo = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(services.intake.photo(row.id) or b"")
            photo.setPixmap(pixmap.scaled(150, 110, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))  # fmt: skip
            top.addWidget(photo)
        self.category = KeyedCombo()
        choices = [(shown, word) for word, shown in word_choices(services.categories.names())]
        self.category.set_items(choices, current=row.category or None)
        self.category.setPlaceholderText(t("请选择（受理时必选）"))
        similar_fields = [
            Field(t("编号"), lambda r: r.request.number, 80, priority=WHOLE),
            Field(t("相似原因"), lambda r: r.reason, 90),
            Field(t("状态"), lambda r: label(r.request.status), 60),
            Field(t("内容"), lambda r: r.request.content, 260),
        ]
        self.similar = RowsModel(similar_fields, self)
        self.similar_view = rows_view(self.similar, similar_fields)
        self.similar_view.setMaximumHeight(150)
        household = services.intake.household_for(row.phone)
        self.similar.set_rows(services.request_list.similar(
            row.content, village=row.village, household_id=household))  # fmt: skip
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            t("不予受理时必填，如：不属于工作室受理范围，已告知向县信访局反映")
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        accept = QPushButton(t("受理为新诉求"))
        accept.setDefault(True)
        accept.clicked.connect(lambda: self._act(self._accept))
        self.merge_button = QPushButton(t("合并到所选诉求"))
        self.merge_button.clicked.connect(lambda: self._act(self._merge))
        self.merge_button.setEnabled(False)
        self.similar_view.selectionModel().selectionChanged.connect(
            lambda *_: self.merge_button.setEnabled(selected_row(self.similar_view) is not None)
        )
        reject = QPushButton(t("不予受理"))
        reject.clicked.connect(lambda: self._act(self._reject))
        cancel = QPushButton(t("取消"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (accept, self.merge_button, reject):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(cancel)
        form = QFormLayout()
        form.addRow(t("类别"), self.category)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(section_label(t("内容相近的未办结诉求（选中后可合并）")))
        layout.addWidget(self.similar_view)
        layout.addWidget(QLabel(t("不予受理的理由")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)

    def _act(self, act) -> None:
        try:
            act()
        except (StudioError, ValidationError) as exc:
            self.error.setText(messages.error_text(exc))
            self.error.show()
            return
        self.accept()

    def _accept(self) -> None:
        request = self.services.intake.accept(
            self.row.id, category=self.category.currentData() or "", version=self.row.version
        )
        self.request_id = request.id

    def _merge(self) -> None:
        target: SimilarRequest | None = selected_row(self.similar_view)
        if target is None:
            return
        request = self.services.intake.accept(
            self.row.id, category=self.category.currentData() or "", version=self.row.version,
            merge_into=target.request.id,
        )  # fmt: skip
        self.request_id = request.merged_into_id

    def _reject(self) -> None:
        self.services.intake.reject(self.row.id, self.reason.text(), version=self.row.version)
