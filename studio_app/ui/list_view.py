"""What the list pages (委员, 联户, 诉求) share around their lazy table: the view's look, the
debounced search box, the count label, fitting columns and finding a record again."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QTableView,
    QWidget,
    QWidgetItem,
)

from studio_app.ui.lazy_table_model import LazyTableModel, SqlSortProxyModel

SEARCH_DELAY_MS = 200
WHOLE = 4  # a column's priority: never cut short (see ColumnFitter)
SEARCH_WIDTH = 220


def setup_list_view(view: QTableView, proxy: SqlSortProxyModel, *,
                    multi_select: bool = False) -> None:  # fmt: skip
    """Whole rows, no editing, no row numbers, comfortable rows; sorting through SQL."""
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)


def search_box(owner: QWidget, placeholder: str,
               on_search: Callable[[], None]) -> tuple[QLineEdit, QTimer]:  # fmt: skip
    """A search field that runs ``on_search`` once typing pauses (not on every keystroke),
    and Ctrl+F in ``owner`` to reach it; returns the field and its timer."""
    box = QLineEdit()
    box.setClearButtonEnabled(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumWidth(SEARCH_WIDTH)
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(on_search)
    box.textChanged.connect(lambda _text: timer.start())
    find = QShortcut(QKeySequence.StandardKey.Find, owner)
    find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    find.activated.connect(box.setFocus)
    return box, timer


def total_text(total: int, exact: bool) -> str:
    if exact:
        return QCoreApplication.translate("list_view", "共 %n 条", None, total)
    return QCoreApplication.translate("list_view", "超过 {n} 条").format(n=total)


def fit_columns(view: QTableView, model: LazyTableModel | Sequence[Any]) -> None:
    """Columns as wide as the loaded rows and their headers need, within the list's width: see
    ``ColumnFitter``. ``model``: a lazy model, or the columns (``ColumnSpec``, ``Field``)."""
    columns = model.columns() if isinstance(model, LazyTableModel) else list(model)
    fitter = view.findChild(ColumnFitter, ColumnFitter.NAME)
    if fitter is None:
        fitter = ColumnFitter(view)
    fitter.measure(columns)


class ColumnFitter(QObject):
    """Keeps a list's columns within its width, again whenever the list is resized.

    Each column wants its loaded rows' width and its header's, in the language shown, up to
    its ``width`` (the header always fits where there is room). The last column stretches
    (or the one the header stretches) over what is left, never narrower than ``LAST_MIN``. Where that leaves room, columns cut
    short grow to their full text, the most important first; where it does not, they narrow,
    the least important first (``priority``: 0 … 3), down to ``min_width`` (or a few
    characters): their text is elided, the tooltip has it whole. Columns of priority 0 are
    hidden last of all, so those that matter (诉求's 承办 and 内容) stay in sight. A column of
    priority ``WHOLE`` (a request's number, a date: what a row is found and named by) is never
    cut short.
    """

    NAME = "column_fitter"
    LAST_MIN = 160

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.setObjectName(self.NAME)
        self.view = view
        self.columns: list[Any] = []
        self.wish: list[int] = []  # the whole text's width
        self.natural: list[int] = []  # that, up to the column's width
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.columns:
            self.apply()
        return False

    def measure(self, columns: Sequence[Any]) -> None:
        view, header = self.view, self.view.horizontalHeader()
        self.columns = list(columns)
        self.wish, self.natural = [], []
        for i, column in enumerate(self.columns):
            wish = max(view.sizeHintForColumn(i), header.sectionSizeHint(i))
            heading = header.sectionSizeHint(i)
            self.wish.append(wish)
            whole = getattr(column, "priority", 1) >= WHOLE
            self.natural.append(wish if whole else min(wish, max(column.width, heading)))
        self.apply()

    def _least(self, i: int) -> int:
        if self._priority(i) >= WHOLE:
            return self.wish[i]
        own = getattr(self.columns[i], "min_width", 0)
        return own or self.view.fontMetrics().horizontalAdvance("一二…") + 12

    def _stretching(self) -> int:
        """The column that takes what is left: one the header stretches, else the last."""
        header = self.view.horizontalHeader()
        for i in range(len(self.columns) - 1):
            if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch:
                header.setStretchLastSection(False)
                return i
        return len(self.columns) - 1

    def _priority(self, i: int) -> int:
        return getattr(self.columns[i], "priority", 1)

    def _share(self, shown: list[int], room: int, last_min: int) -> tuple[dict[int, int], int]:
        """Widths for the ``shown`` columns in ``room``, and what is left over (< 0: short)."""
        widths = {i: self.natural[i] for i in shown}
        spare = room - last_min - sum(widths.values())
        order = sorted(shown, key=self._priority)
        if spare > 0:  # room: columns cut short get their whole text, important ones first
            for i in reversed(order):
                grow = min(spare, self.wish[i] - widths[i])
                if grow > 0:
                    widths[i] += grow
                    spare -= grow
        for i in order:  # too narrow: the least important give way first
            if spare >= 0:
                break
            give = min(-spare, widths[i] - min(widths[i], self._least(i)))
            widths[i] -= give
            spare += give
        return widths, spare

    def apply(self) -> None:
        view, count = self.view, len(self.columns)
        if count < 2 or view.model() is None or view.model().columnCount() != count:
            return
        stretch = self._stretching()
        shown = [i for i in range(count) if i != stretch]
        widths = {i: self.natural[i] for i in shown}
        room = view.viewport().width()
        last_min = min(self.wish[stretch], self.LAST_MIN)
        if room > 0:
            widths, spare = self._share(shown, room, last_min)
            # Columns of priority 0 go, one by one, rather than those of 2 and 3 narrow.
            hideable = [i for i in sorted(shown, key=self._priority) if self._priority(i) == 0]
            while hideable and (
                spare < 0
                or any(widths[i] < self.natural[i] for i in shown if self._priority(i) >= 2)
            ):
                shown.remove(hideable.pop(0))
                widths, spare = self._share(shown, room, last_min)
        for i in range(count):
            if i != stretch:
                view.setColumnHidden(i, i not in widths)
        for i, width in widths.items():
            view.setColumnWidth(i, width)
        if room > 0:  # the stretching column's own size is the least the header stretches it to
            view.setColumnWidth(stretch, last_min)


def select_record(view: QTableView, proxy: SqlSortProxyModel, model: LazyTableModel,
                  record_id: uuid.UUID | None, max_pages: int = 5) -> None:  # fmt: skip
    """Select the row of ``record_id``, loading a few more pages to find it."""
    if record_id is None:
        return
    row = model.row_of(record_id, max_pages=max_pages)
    if row is None:
        return
    index = proxy.mapFromSource(model.index(row, 0))
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)


def side_by_side(
    left: QWidget,
    right: QWidget,
    sizes: tuple[int, int],
    *,
    remember: str,
    stretch: tuple[int, int] | None = None,
) -> QSplitter:
    """A list and its detail (or any two panes) side by side: neither pane can be squeezed
    away, ``sizes`` to start with, ``stretch`` sharing what a bigger window adds. Where the
    user drags the divider is kept (QSettings ``splitters/<remember>``) for the next start."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(remember)
    splitter.addWidget(left)
    splitter.addWidget(right)
    if stretch is not None:
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(list(sizes))
    key = f"splitters/{remember}"
    saved = QSettings().value(key)
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda *_: QSettings().setValue(key, splitter.saveState()))
    return splitter


class FilterRow(QLayout):
    """The search box, the filters and the count above a list, in one row where the page is
    wide enough and wrapped onto more rows where it is not (a narrow screen, longer English
    words), so a page is never pushed wider than the screen. What follows ``addStretch()``
    keeps to the right end of its row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None  # the first item after addStretch()
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(6)

    # ---- what a QHBoxLayout offers the pages --------------------------------------------
    def addSpacing(self, size: int) -> None:
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addStretch(self, _stretch: int = 0) -> None:
        self._right_from = len(self._items)

    def addWidget(self, widget: QWidget, _stretch: int = 0) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    # ---- QLayout ------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if self._right_from is not None and index < self._right_from:
            self._right_from -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        items = self._shown()
        width = sum(i.sizeHint().width() for i in items) + self.spacing() * max(len(items) - 1, 0)
        height = max((i.sizeHint().height() for i in items), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in rows within ``rect`` (each at its preferred width, none wider
        than the row); return the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self.spacing()
        rows: list[list[tuple[QLayoutItem, int, bool]]] = [[]]  # (item, width, right-hand)
        used = 0
        for index, item in enumerate(self._items):
            spacer = isinstance(item, QSpacerItem)
            if item.isEmpty() and not spacer:
                continue
            right = self._right_from is not None and index >= self._right_from
            width = min(item.sizeHint().width(), max(area.width(), 0))
            if rows[-1] and used + gap + width > area.width():
                rows.append([])
                used = 0
            if spacer and not rows[-1]:
                continue  # no gap at the start of a row
            used += (gap if rows[-1] else 0) + width
            rows[-1].append((item, width, right))
        top = area.top()
        for row in [r for r in rows if r]:
            height = max(item.sizeHint().height() for item, _w, _r in row)
            if move:
                on_right = [width for _i, width, right in row if right]
                right_width = sum(on_right) + gap * (len(on_right) - 1)
                x = area.left()
                first_right = True
                for item, width, right in row:
                    if right and first_right:
                        x = max(x, area.right() + 1 - right_width)
                        first_right = False
                    item_height = min(height, item.sizeHint().height())
                    y = top + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, item_height)))
                    x += width + gap
            top += height + gap
        return max(top - gap - area.top(), 0) + margins.top() + margins.bottom()
