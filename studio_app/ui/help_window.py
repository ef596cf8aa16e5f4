"""帮助 → 用户手册: the guide (``resources/guide/用户手册.md``, or its English twin) in a window
of its own, with its chapters on the left and a search box, beside the main window (not modal)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImageReader, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio_app.base import resources
from studio_app.ui import language, screen_fit

# Each guide beside its pictures (manual/, manual/en/).
GUIDE_FOLDER = resources.folder("guide")
GUIDES = {language.CHINESE: "用户手册.md", language.ENGLISH: "user-guide.md"}
MAX_IMAGE_WIDTH = 760  # screenshots are 1280 wide: shown smaller, the text stays readable

_open: list[GuideWindow] = []


def guide_file(lang: str | None = None) -> Path:
    """The guide in the interface language, else the Chinese one."""
    wanted = GUIDE_FOLDER / GUIDES.get(lang or language.saved_language(), GUIDES[language.CHINESE])
    return wanted if wanted.is_file() else GUIDE_FOLDER / GUIDES[language.CHINESE]


class GuideWindow(QDialog):
    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("用户手册"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        screen_fit.fit_size(self, 1100, 760)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        document.setMarkdown(path.read_text(encoding="utf-8"))
        self._fit_images(path.parent)
        self.chapters = QListWidget()
        self._list_chapters()
        self.chapters.currentItemChanged.connect(self._go_to_chapter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("在手册中查找（回车找下一处）"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.not_found = QLabel()
        self.not_found.setStyleSheet("color: #c0392b;")
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.not_found)
        left_layout.addWidget(self.chapters, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def _fit_images(self, folder: Path) -> None:
        """Scale screenshots wider than ``MAX_IMAGE_WIDTH`` down, keeping their proportions."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    size = QImageReader(str(folder / QUrl(image.name()).path())).size()
                    if size.width() > MAX_IMAGE_WIDTH:
                        image.setWidth(MAX_IMAGE_WIDTH)
                        image.setHeight(size.height() * MAX_IMAGE_WIDTH / size.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def _list_chapters(self) -> None:
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (1, 2) and block.text().strip():
                item = QListWidgetItem(("" if level == 1 else "    ") + block.text().strip())
                item.setData(Qt.ItemDataRole.UserRole, block.position())
                if level == 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.chapters.addItem(item)
            block = block.next()

    def _go_to_chapter(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(item.data(Qt.ItemDataRole.UserRole))
        self.browser.setTextCursor(cursor)
        # Put the heading at the top: scroll to the end first, then back to it.
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.browser.ensureCursorVisible()

    def find_next(self) -> bool:
        """Select the next place the search text occurs (from the top again after the last)."""
        text = self.search.text().strip()
        self.not_found.clear()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if self.browser.find(text):
            return True
        self.not_found.setText(self.tr("手册中没有“{text}”。").format(text=text))
        return False


def show_guide(parent) -> GuideWindow:
    """The guide window, opened once and brought to the front after that."""
    for window in _open:
        window.show()
        window.raise_()
        window.activateWindow()
        return window
    window = GuideWindow(guide_file(), parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda: _open.clear())
    _open.append(window)
    window.show()
    return window
