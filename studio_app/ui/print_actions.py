"""The window's printing commands: each makes its document off the GUI thread and opens the
preview (打印 / 另存为). Pages and menus call these; none of them builds a PDF itself."""

from __future__ import annotations

import io
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from studio_app.ui import file_dialogs, messages
from studio_app.ui.background import BackgroundOp

if TYPE_CHECKING:
    from studio_app.core.services import Services


def _t(text: str) -> str:
    return QCoreApplication.translate("print_actions", text)


def show_document(parent: QWidget, what: str, make) -> None:
    # QtPdf and reportlab load with the first document, not with the pages that offer one
    from studio_app.ui.pdf_preview import show_document as show

    show(parent, what, make)


def print_minutes(parent: QWidget, services: Services, meeting_id: uuid.UUID | None) -> None:
    show_document(parent, _t("会议纪要"), lambda: services.printing.minutes(meeting_id))


def print_reception_record(parent: QWidget, services: Services, day_id: uuid.UUID) -> None:
    show_document(parent, _t("接待日登记表"), lambda: services.printing.reception_record(day_id))


def print_receipt(parent: QWidget, services: Services, request_id: uuid.UUID) -> None:
    show_document(parent, _t("受理回执"), lambda: services.printing.receipt(request_id))


def print_poster(parent: QWidget, services: Services, size: str = "A4") -> None:
    """The poster of a studio: asked which one only when the database holds several."""
    studios = services.studios.list()
    studio_id = studios[0].id if studios else None
    if len(studios) > 1:
        names = [s.name for s in studios]
        chosen = messages.choose(
            parent, _t("扫码找委员海报"), _t("为哪个工作室生成海报？"), [*names, _t("取消")]
        )
        if chosen is None:
            return
        studio_id = studios[chosen].id
    show_document(
        parent, _t("扫码找委员海报"), lambda: services.printing.qr_poster(studio_id, size)
    )


def print_member_card(parent: QWidget, services: Services, member_id: uuid.UUID) -> None:
    show_document(parent, _t("委员联系卡"), lambda: services.printing.member_card(member_id))


def save_member_qr(parent: QWidget, services: Services, member_id: uuid.UUID, name: str) -> None:
    """One member's code as a PNG (for a WeChat group or a slide) or an SVG (for a designer)."""
    path = file_dialogs.ask_save_file(
        parent,
        _t("保存二维码"),
        _t("{name}的二维码.png").format(name=name),
        _t("PNG 图片 (*.png);;SVG 矢量图 (*.svg)"),
        suffix=".png",
    )
    if path is None:
        return
    if path.suffix.lower() not in (".png", ".svg"):
        messages.show_error(parent, _t("二维码只能保存为 .png 或 .svg 文件，请换一个文件名。"))
        return

    def work() -> str:
        from studio_app.documents.files import write_atomic
        from studio_app.documents.qr import qr_png, qr_svg

        payload = services.member_codes.payload(member_id)
        if path.suffix.lower() == ".svg":
            write_atomic(path, qr_svg(payload).encode("utf-8"))
        else:
            buffer = io.BytesIO()
            qr_png(payload, buffer)
            write_atomic(path, buffer.getvalue())
        return str(path)

    BackgroundOp(parent, _t("正在保存二维码…"), work).success(
        lambda saved: messages.info(parent, _t("二维码已保存到：{path}").format(path=saved))
    ).run()
