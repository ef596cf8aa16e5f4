"""The window's printing commands: each makes its document off the GUI thread and opens the
preview (打印 / 另存为). Pages and menus call these; none of them builds a PDF itself."""

from __future__ import annotations

import io
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from studio_app.base.errors import StudioError
from studio_app.ui import file_dialogs, messages
from studio_app.ui.background import BackgroundOp

if TYPE_CHECKING:
    from studio_app.core.services import Services


def _t(text: str) -> str:
    return QCoreApplication.translate("print_actions", text)


ACTOR_KEY = "archive/actor"  # QSettings: a preference of this PC, not one of the studio's settings


def actor(services: Services) -> str:
    """Who hands documents out (经办人): the signed-in user, else the name last given on this
    PC, else this PC's login name."""
    import getpass

    if services.current_user is not None:
        return services.current_user.name
    name = QSettings().value(ACTOR_KEY, "", str)
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def remember_actor(services: Services, name: str) -> None:
    """The name to offer next time on this PC (not needed once users sign in)."""
    if name.strip() and services.current_user is None:
        QSettings().setValue(ACTOR_KEY, name.strip())


def show_document(parent: QWidget, services: Services, what: str, make) -> None:
    """Preview a document; once printed or saved it goes into the archive (minutes go there
    by 定稿 instead)."""
    # QtPdf and reportlab load with the first document, not with the pages that offer one
    from studio_app.ui.pdf_preview import show_document as show

    show(parent, what, make, lambda doc: services.archive.issue(doc, by=actor(services)))


def print_minutes(parent: QWidget, services: Services, meeting_id: uuid.UUID | None) -> None:
    """The minutes: a draft until finalised, then the stored newest revision."""

    def make():
        wanted = meeting_id
        if wanted is None:
            latest = services.meetings.latest()
            if latest is None:
                return services.printing.minutes(None)  # says there is no meeting yet
            wanted = latest.id
        return services.archive.minutes(wanted)

    show_document(parent, services, _t("会议纪要"), make)


def print_reception_record(parent: QWidget, services: Services, day_id: uuid.UUID) -> None:
    show_document(
        parent, services, _t("接待日登记表"), lambda: services.printing.reception_record(day_id)
    )


def print_receipt(parent: QWidget, services: Services, request_id: uuid.UUID) -> None:
    show_document(parent, services, _t("受理回执"), lambda: services.printing.receipt(request_id))


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
        parent, services, _t("扫码找委员海报"), lambda: services.printing.qr_poster(studio_id, size)
    )


def print_member_card(parent: QWidget, services: Services, member_id: uuid.UUID) -> None:
    show_document(
        parent, services, _t("委员联系卡"), lambda: services.printing.member_card(member_id)
    )


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


# ---- the archive: stored documents and their signed scans ------------------------------------
def open_stored(parent: QWidget, services: Services, document_id: uuid.UUID) -> None:
    """An archived document exactly as issued: the stored bytes, their hash checked, damage
    said in red. Printing or saving it again stores nothing new."""
    from studio_app.base.labels import label
    from studio_app.base.local_times import local_minute
    from studio_app.core.archive import damage_message
    from studio_app.ui.pdf_preview import PdfPreviewDialog

    def shown(stored) -> None:
        row = stored.row
        if stored.intact:
            facts = [label(row.kind), _t("存档于 {when}").format(when=local_minute(row.issued_at))]
            if row.issued_by:
                facts.append(_t("经办人 {who}").format(who=row.issued_by))
            if row.kind.value == "minutes":
                facts.append(_t("第 {n} 版").format(n=row.revision))
            facts.append(_t("校验值（SHA-256）{sha}…，与存档时一致").format(sha=row.sha256[:16]))
            banner = " · ".join(facts)
        else:
            banner = damage_message(row)
        dialog = PdfPreviewDialog(stored.as_pdf(), parent, banner=banner, damaged=not stored.intact)
        dialog.exec()
        dialog.deleteLater()

    BackgroundOp(
        parent, _t("正在打开存档文件…"), lambda: services.archive.open(document_id)
    ).success(shown).run()


def attach_scan(parent: QWidget, services: Services, document_id: uuid.UUID) -> bool:
    """Attach the signed paper copy (scanned PDF or photo) to the document it belongs to."""
    path = file_dialogs.ask_open_file(
        parent, _t("选择签字扫描件"), _t("扫描件 (*.pdf *.jpg *.jpeg *.png)")
    )
    if path is None:
        return False
    try:
        data = path.read_bytes()
        services.archive.attach(document_id, path.name, data, by=actor(services))
    except (OSError, StudioError) as exc:
        messages.show_error(parent, exc)
        return False
    messages.info(parent, _t("已附上扫描件“{name}”。").format(name=path.name))
    return True


def open_attachment(parent: QWidget, services: Services, attachment_id: uuid.UUID,
                    load=None) -> None:  # fmt: skip
    """Show a scan: the archive's (default), or another's as ``load(attachment_id)`` gives it
    (an activity's: ``ActivityService.attachment_data``)."""
    from studio_app.documents.pdf_layout import PdfDocument
    from studio_app.ui.pdf_preview import ImagePreviewDialog, PdfPreviewDialog

    row, data, intact = (load or services.archive.attachment_data)(attachment_id)
    banner = (
        _t("扫描件 · {name} · 附于 {when}").format(name=row.file_name, when=row.attached_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        if intact
        else _t("扫描件“{name}”已损坏：内容与附上时的校验值不一致。").format(name=row.file_name)
    )  # fmt: skip
    if row.media_type == "application/pdf":
        dialog = PdfPreviewDialog(
            PdfDocument(data, 0, "", row.file_name), parent, banner=banner, damaged=not intact
        )
    else:
        dialog = ImagePreviewDialog(data, row.file_name, parent, banner=banner, damaged=not intact)
    dialog.exec()
    dialog.deleteLater()
