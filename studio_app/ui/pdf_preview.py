"""Every printed document opens here first: an in-app preview (QtPdf) with 打印 (Qt's print
dialog) and 另存为. The document is made off the GUI thread (``show_document``); what the
preview shows is exactly the bytes that are printed or saved."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.documents.files import write_atomic
from studio_app.ui import file_dialogs, messages, screen_fit
from studio_app.ui.background import BackgroundOp

if TYPE_CHECKING:
    from studio_app.documents.pdf_layout import PdfDocument

log = logging.getLogger("studio_app.ui")

PRINT_DPI = 300  # pages are rendered for the printer at this resolution


def show_document(
    parent: QWidget,
    what: str,
    make: Callable[[], PdfDocument],
    handed_out: Callable[[PdfDocument], object] | None = None,
) -> None:
    """Make a document on a pool thread ("正在生成{what}…"), then preview it; ``handed_out``
    is called once it has been printed or saved (the archive keeps it)."""

    def opened(document: PdfDocument) -> None:
        dialog = PdfPreviewDialog(document, parent, handed_out=handed_out)
        dialog.exec()
        dialog.deleteLater()

    label = tr("正在生成{what}…").format(what=what)
    BackgroundOp(parent, label, make).success(opened).run()


def file_name(title: str) -> str:
    """A file name from the document's title: characters Windows refuses replaced."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("_")[:80] + ".pdf"


class PdfPreviewDialog(QDialog):
    """The preview of one document.

    Attributes:
        document: the document shown (its bytes are what is printed and saved).
        pdf: the QtPdf document over those bytes.
    """

    def __init__(
        self,
        document: PdfDocument,
        parent: QWidget | None = None,
        *,
        handed_out: Callable[[PdfDocument], object] | None = None,
        banner: str = "",
        damaged: bool = False,
    ):
        """``banner``: a line over the pages (an archived document's facts); ``damaged``: the
        stored bytes no longer match their hash, said in red and never hidden."""
        from studio_app.documents.fonts import missing_message

        super().__init__(parent)
        self.document = document
        self._handed_out = handed_out
        self.setWindowTitle(self.tr("打印预览：{title}").format(title=document.title))
        screen_fit.fit_size(self, 900, 1000)

        self._bytes = QByteArray(document.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument(self)
        self.pdf.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("另存为…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_as)
        self.fit_width = QPushButton(self.tr("适合宽度"))
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = QPushButton(self.tr("整页"))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        self.pages_label = QLabel(self.tr("共 {n} 页").format(n=self.pdf.pageCount()))

        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(16)
        bar.addWidget(self.fit_width)
        bar.addWidget(self.fit_page)
        bar.addSpacing(16)
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        bar.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.warning = QLabel(missing_message(document.missing))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c12; padding: 6px 10px; border-radius: 3px; }"
        )
        self.warning.setVisible(bool(document.missing))
        layout.addWidget(self.warning)
        self.banner = QLabel(banner)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c12; padding: 6px 10px; font-weight: bold; }"
            if damaged
            else "QLabel { background: #eef4ea; color: #2e5d27; padding: 6px 10px; }"
        )
        self.banner.setVisible(bool(banner))
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)

    def save_as(self) -> Path | None:
        path = file_dialogs.ask_save_file(
            self,
            self.tr("另存为 PDF"),
            file_name(self.document.title),
            self.tr("PDF 文档 (*.pdf)"),
            suffix=".pdf",
        )
        if path is None:
            return None
        try:
            write_atomic(path, self.document.data)
        except StudioError as exc:
            messages.show_error(self, exc)
            return None
        self._hand_out()
        return path

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare(printer)
        printer.setFromTo(1, self.pdf.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        dialog.setMinMax(1, self.pdf.pageCount())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.print_to(printer)

    def prepare(self, printer: QPrinter) -> None:
        """The document's paper (A4 or A3) and orientation as the printer's defaults."""
        printer.setDocName(self.document.title)
        points = self.pdf.pagePointSize(0)
        w, h = sorted((points.width(), points.height()))
        printer.setPageSize(QPageSize(QSizeF(w, h), QPageSize.Unit.Point, "",
                                      QPageSize.SizeMatchPolicy.FuzzyMatch))  # fmt: skip
        landscape = points.width() > points.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages the printer asks for (all, or its page range); returns how many."""
        first, last = printer.fromPage(), printer.toPage()
        if first == 0:  # no range chosen: every page
            first, last = 1, self.pdf.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            messages.show_error(self, self.tr("无法开始打印。请检查打印机是否已连接并开机。"))
            return 0
        printed = 0
        try:
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                self._draw_page(painter, printer, number - 1)
                printed += 1
        finally:
            painter.end()
        if printed:
            self._hand_out()
        return printed

    def _hand_out(self) -> None:
        """Tell the archive once: the document left the program on paper or as a file."""
        if self._handed_out is None:
            return
        handed_out, self._handed_out = self._handed_out, None
        try:
            handed_out(self.document)
        except StudioError as exc:
            messages.show_error(self, exc)

    def _draw_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        """One page fitted into the printable area with its proportions, rendered at no more
        than PRINT_DPI (a 600 dpi A4 page would be a 140 MB image)."""
        area = painter.viewport()
        points = self.pdf.pagePointSize(index)
        target = points.scaled(QSizeF(area.size()), Qt.AspectRatioMode.KeepAspectRatio).toSize()
        factor = min(1.0, PRINT_DPI / printer.resolution())
        image = self.pdf.render(
            index, QSize(round(target.width() * factor), round(target.height() * factor))
        )
        x = area.x() + (area.width() - target.width()) // 2
        painter.drawImage(QRect(x, area.y(), target.width(), target.height()), image)


class ImagePreviewDialog(QDialog):
    """A scanned photo (a signed copy), fitted to the window, with 另存为."""

    def __init__(self, data: bytes, name: str, parent: QWidget | None = None, *,
                 banner: str = "", damaged: bool = False):  # fmt: skip
        from PySide6.QtGui import QPixmap
        from PySide6.QtWidgets import QScrollArea

        super().__init__(parent)
        self.data = data
        self.name = name
        self.setWindowTitle(self.tr("扫描件：{name}").format(name=name))
        screen_fit.fit_size(self, 800, 900)
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.isNull():
            self.image.setText(self.tr("这张图片无法显示，可能已损坏。"))
        else:
            self.image.setPixmap(
                pixmap.scaledToWidth(760, Qt.TransformationMode.SmoothTransformation)
            )
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        save = QPushButton(self.tr("另存为…"))
        save.clicked.connect(self.save_as)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(save)
        bar.addStretch(1)
        bar.addWidget(close)
        note = QLabel(banner)
        note.setWordWrap(True)
        note.setStyleSheet("color: #8a1c12; font-weight: bold;" if damaged else "color: #2e5d27;")
        note.setVisible(bool(banner))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)

    def save_as(self) -> Path | None:
        suffix = Path(self.name).suffix or ".jpg"
        path = file_dialogs.ask_save_file(
            self, self.tr("另存为"), self.name, self.tr("图片 (*{suffix})").format(suffix=suffix),
            suffix=suffix,
        )  # fmt: skip
        if path is None:
            return None
        try:
            write_atomic(path, self.data)
        except StudioError as exc:
            messages.show_error(self, exc)
            return None
        return path
