"""The reception desk (接待登记): one visitor after another, from the keyboard.

Enter registers and clears the form for the next visitor (Shift+Enter is a new line in the
content); Esc clears it. While a name or phone is typed the matching households are listed
(↓ to choose one); while the content is typed, open requests with similar text, the same
household or the same village are shown, so a repeated matter is merged instead of duplicated.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import ReceptionStatus, RequestChannel
from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.labels import choices, label, word_label
from studio_app.base.masking import mask_phone
from studio_app.core.households import HouseholdQuery
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.ui import messages
from studio_app.ui.action_dialog import plain_text
from studio_app.ui.detail_panel import section_label
from studio_app.ui.form_fields import (
    FormFields,
    combo_word,
    editable_combo,
    enum_data,
    set_words,
)
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import side_by_side
from studio_app.ui.page import Page
from studio_app.ui.print_actions import print_receipt

LOOKUP_DELAY_MS = 250
HOUSEHOLD_MATCHES = 8
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReceptionDeskPage(Page):
    """Registration of visitors' requests, on a reception day or any other day.

    Signals:
        requestRequested(object): show this request (its id) on the requests page.
    """

    requestRequested = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.household_id: uuid.UUID | None = None
        t = self.tr

        self.day = QComboBox()
        self.day.setMinimumWidth(230)
        self.channel = QComboBox()
        for channel, text in choices(RequestChannel):
            self.channel.addItem(text, channel)
        self.received_by = QComboBox()
        self.received_by.setMinimumWidth(120)
        top = QHBoxLayout()
        for text, widget in ((t("接待日"), self.day), (t("来源"), self.channel),
                             (t("接待委员"), self.received_by)):  # fmt: skip
            top.addWidget(QLabel(text))
            top.addWidget(widget)
            top.addSpacing(10)
        top.addStretch()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FormFields(form)
        self.name = QLineEdit()
        self.name.setPlaceholderText(t("来访人姓名"))
        self.anonymous = QCheckBox(t("匿名(&N)"))  # Alt+N: out of the Tab chain
        self.anonymous.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        name_row = QWidget()
        name_layout = QHBoxLayout(name_row)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self.name, 1)
        name_layout.addWidget(self.anonymous)
        self.fields.add("visitor_name", t("来访人"), name_row)
        self.phone = self.fields.add("visitor_phone", t("联系电话"), QLineEdit())
        self.village = self.fields.add("village", t("村（社区）"), editable_combo([]))
        self.household_label = QLabel()
        self.household_label.setStyleSheet("color: #1f4e8c;")
        self.clear_household_button = QPushButton(t("不关联"))
        self.clear_household_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_household_button.clicked.connect(lambda: self._set_household(None, ""))
        household_row = QWidget()
        household_layout = QHBoxLayout(household_row)
        household_layout.setContentsMargins(0, 0, 0, 0)
        household_layout.addWidget(self.household_label, 1)
        household_layout.addWidget(self.clear_household_button)
        self.fields.add("household_id", t("联系户"), household_row)
        self.category = self.fields.add("category", t("类别"), QComboBox())
        self.content = self.fields.add(
            "content", t("诉求内容"), plain_text(t("群众反映的问题和诉求（Shift+Enter 换行）"), 5)
        )
        self.households = QListWidget()
        self.households.setMaximumHeight(150)
        self.households.itemActivated.connect(self._household_chosen)
        self.households.itemClicked.connect(self._household_chosen)

        self.register_button = QPushButton(t("登记（Enter）"))
        self.register_button.setDefault(True)
        self.register_button.clicked.connect(self.register)
        self.merge_button = QPushButton(t("登记并合并到所选诉求"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(lambda: self.register(merge=True))
        self.clear_button = QPushButton(t("清空（Esc）"))
        self.clear_button.clicked.connect(self.clear_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.fields.general)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.status)
        left_layout.addWidget(section_label(t("匹配的联系户（↓ 选择，Enter 确定）")))
        left_layout.addWidget(self.households)
        left_layout.addStretch()

        similar_fields = [
            Field(t("编号"), lambda r: r.request.number, 80),
            Field(t("相似原因"), lambda r: r.reason, 90),
            Field(t("状态"), lambda r: label(r.request.status), 60),
            Field(t("内容"), lambda r: r.request.content, 300),
        ]
        self.similar = RowsModel(similar_fields, self)
        self.similar_view = rows_view(self.similar, similar_fields)
        self.similar_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.similar_view.selectionModel().selectionChanged.connect(
            lambda *_: self.merge_button.setEnabled(selected_row(self.similar_view) is not None)
        )
        self.similar_view.doubleClicked.connect(
            lambda _i: self.requestRequested.emit(selected_row(self.similar_view).request.id)
        )
        done_fields = [
            Field(t("编号"), lambda r: r.number, 80),
            Field(t("来访人"), lambda r: r.visitor_name, 70),
            Field(t("类别"), lambda r: word_label(r.category), 60),
            Field(t("内容"), lambda r: r.content, 300),
        ]
        self.registered = RowsModel(done_fields, self)
        self.registered_view = rows_view(self.registered, done_fields)
        self.registered_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.registered_view.doubleClicked.connect(
            lambda _i: self.requestRequested.emit(selected_row(self.registered_view).id)
        )
        self.registered_label = section_label(t("本次已登记"))
        self.receipt_button = QPushButton(t("打印回执（Ctrl+P）"))
        self.receipt_button.setToolTip(t("打印所选诉求的受理回执；没有选中时打印刚登记的一件"))
        self.receipt_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not in the Tab chain
        self.receipt_button.clicked.connect(self.print_receipt)
        self.receipt_button.setEnabled(False)
        receipt = QShortcut(QKeySequence("Ctrl+P"), self)
        receipt.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        receipt.activated.connect(self.print_receipt)
        registered_head = QHBoxLayout()
        registered_head.addWidget(self.registered_label, 1)
        registered_head.addWidget(self.receipt_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(section_label(t("相似的未办结诉求（可合并，避免重复）")))
        right_layout.addWidget(self.similar_view, 1)
        right_layout.addLayout(registered_head)
        right_layout.addWidget(self.registered_view, 1)

        splitter = side_by_side(left, right, (560, 500), stretch=(1, 1), remember="desk")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._lookup_timer = self._timer(self._look_up_households)
        self._similar_timer = self._timer(self._find_similar)
        self.name.textEdited.connect(lambda _t: self._lookup_timer.start())
        self.phone.textEdited.connect(lambda _t: self._lookup_timer.start())
        self.content.textChanged.connect(self._similar_timer.start)
        self.village.currentTextChanged.connect(lambda _t: self._similar_timer.start())
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.day.currentIndexChanged.connect(lambda _i: self._day_changed())
        self._keys = _DeskKeys(self)
        for widget in (self.name, self.phone, self.village.lineEdit(), self.category,
                       self.content, self.anonymous, self.households):  # fmt: skip
            widget.installEventFilter(self._keys)
        # The Tab chain of a practised coordinator: name, phone, village, category, content.
        chain = (self.name, self.phone, self.village, self.category, self.content)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_form)
        self.refresh()
        self.clear_form()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.setEnabled(not read_only)  # the 查看 role registers nothing

    def print_receipt(self) -> None:
        """The receipt of the selected request, or of the one registered last."""
        row = selected_row(self.registered_view) or next(iter(self.registered.rows), None)
        if row is not None:
            print_receipt(self, self.services, row.id)

    def hideEvent(self, event) -> None:
        # A lookup due after the page is left (or the window closed) has nobody to show it to.
        self._lookup_timer.stop()
        self._similar_timer.stop()
        super().hideEvent(event)

    def _timer(self, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(LOOKUP_DELAY_MS)
        timer.timeout.connect(slot)
        return timer

    # ---- choices ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the choices (days, categories, villages, members) from the database."""
        self._load_days(self.day.currentData())
        set_words(self.category, self.services.categories.names(), blank="")
        village = self.village.currentText()
        self.village.clear()
        self.village.addItems(self.services.households.villages())
        self.village.setCurrentText(village)

    def _load_days(self, keep: uuid.UUID | None = None) -> None:
        """This year's reception days that are not cancelled, today's (or the next) chosen."""
        self.day.blockSignals(True)
        self.day.clear()
        self.day.addItem(self.tr("非接待日登记（电话、来信等）"), None)
        today = date.today()
        studio = self.services.studios.default()
        chosen = None
        if studio is not None:
            days = [
                d for d in self.services.reception_days.summaries(studio.id, today.year)
                if d.status != ReceptionStatus.CANCELLED
            ]  # fmt: skip
            for d in days:
                day = d.held_on.isoformat()
                if d.status != ReceptionStatus.PLANNED:
                    day = self.tr("{day} （{status}）").format(day=day, status=label(d.status))
                self.day.addItem(day, d.id)
            chosen = next((d.id for d in days if d.held_on == today), None)
        index = self.day.findData(keep if keep is not None else chosen)
        self.day.setCurrentIndex(max(index, 0))
        self.day.blockSignals(False)
        self._day_changed()

    def open_day(self, day_id: uuid.UUID) -> None:
        """Register visitors of this reception day (from the 接待日 page)."""
        day = self.services.reception_days.get(day_id)
        if self.day.findData(day_id) < 0:
            self.day.addItem(day.held_on.isoformat(), day_id)
        self.day.setCurrentIndex(self.day.findData(day_id))
        self.name.setFocus()

    def _day_changed(self) -> None:
        day_id = self.day.currentData()
        channel = RequestChannel.RECEPTION_DAY if day_id else RequestChannel.PHONE
        self.channel.setCurrentIndex(self.channel.findData(channel))
        duty = self.services.reception_days.duties(day_id) if day_id else []
        on_duty = [(d.member_id, d.name) for d in duty]
        others = [c for c in self.services.members.choices() if c[0] not in dict(on_duty)]
        self.received_by.clear()
        self.received_by.addItem(self.tr("（不指定）"), None)
        for member_id, name in on_duty:
            self.received_by.addItem(self.tr("{name}（值班）").format(name=name), member_id)
        for member_id, name in others:
            self.received_by.addItem(name, member_id)
        self.received_by.setCurrentIndex(1 if on_duty else 0)

    # ---- households ---------------------------------------------------------------------
    def _look_up_households(self) -> None:
        text = self.phone.text().strip() if len(self.phone.text().strip()) >= 4 else ""
        text = text or ("" if self.anonymous.isChecked() else self.name.text().strip())
        self.households.clear()
        if not text:
            return
        head = self.services.households.first_page(HouseholdQuery(text=text), HOUSEHOLD_MATCHES)
        for row in head.rows:
            parts = [row.head_name, row.village, row.group_name, mask_phone(row.phone)]
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.households.addItem(item)

    def _household_chosen(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        self._set_household(row.id, " · ".join(p for p in (row.head_name, row.village) if p))
        if not self.name.text().strip() and not self.anonymous.isChecked():
            self.name.setText(row.head_name)
        if not self.phone.text().strip():
            self.phone.setText(row.phone)
        if row.village:
            self.village.setCurrentText(row.village)
        self.households.clear()
        self.category.setFocus()

    def _set_household(self, household_id: uuid.UUID | None, text: str) -> None:
        self.household_id = household_id
        self.household_label.setText(text or self.tr("未关联（输入姓名或电话可查找）"))
        self.clear_household_button.setEnabled(household_id is not None)
        self._similar_timer.start()

    def _anonymous_toggled(self, on: bool) -> None:
        self.name.setEnabled(not on)
        if on:
            self.name.clear()

    # ---- similar requests ---------------------------------------------------------------
    def _find_similar(self) -> None:
        content = self.content.toPlainText().strip()
        village = self.village.currentText().strip()
        if not (content or village or self.household_id):
            self.similar.set_rows([])
            return
        self.similar.set_rows(
            self.services.request_list.similar(
                content, village=village, household_id=self.household_id
            )
        )

    # ---- registering --------------------------------------------------------------------
    def data(self) -> RequestInput:
        day_id = self.day.currentData()
        studio_id = self.services.reception_days.get(day_id).studio_id if day_id else None
        if studio_id is None and (studio := self.services.studios.default()) is not None:
            studio_id = studio.id
        return RequestInput(
            content=self.content.toPlainText(), category=combo_word(self.category),
            channel=enum_data(self.channel, RequestChannel), visitor_name=self.name.text(),
            anonymous=self.anonymous.isChecked(), visitor_phone=self.phone.text(),
            village=self.village.currentText(), household_id=self.household_id,
            received_by_id=self.received_by.currentData(), reception_day_id=day_id,
            studio_id=studio_id,
        )  # fmt: skip

    def register(self, *, merge: bool = False) -> None:
        """Register the visitor's request; with ``merge``, join it to the selected similar one."""
        similar = selected_row(self.similar_view) if merge else None
        into = similar.request if similar is not None else None
        self.fields.clear()
        try:
            request = self.services.requests.register(
                self.data(), merge_into=into.id if into is not None else None
            )
        except ValidationError as exc:
            self.fields.show(exc.errors)
            if any(e.field == "visitor_name" for e in exc.errors):
                self.name.setFocus()  # the name sits inside a row widget FormFields cannot focus
            return
        except StudioError as exc:
            messages.show_error(self, exc)
            return
        row = self.services.request_list.row(request.id)
        self.registered.set_rows([row, *self.registered.rows])
        self.receipt_button.setEnabled(True)
        self.registered_label.setText(
            self.tr("本次已登记 {n} 件").format(n=len(self.registered.rows))
        )
        text = self.tr("已登记 {number}（{name}）。").format(
            number=request.number, name=row.visitor_name
        )
        if into is not None:
            text += self.tr("已合并到 {number}。").format(number=into.number)
        self.status.setText(text)
        self.status.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.clear_form(keep_status=True)
        self.recordsChanged.emit()

    def clear_form(self, *, keep_status: bool = False) -> None:
        """Ready for the next visitor: the day, channel and receiving member stay."""
        self.fields.clear()
        self.anonymous.setChecked(False)
        self.name.clear()
        self.phone.clear()
        self.village.setCurrentText("")
        self.category.setCurrentIndex(0)
        self.content.clear()
        self.households.clear()
        self._set_household(None, "")
        self.similar.set_rows([])
        if not keep_status:
            self.status.setText(self.tr("Enter 登记并清空，接着登记下一位；Esc 清空重填。"))
            self.status.setStyleSheet("color: #666;")
        self.name.setFocus()


class _DeskKeys(QObject):
    """Enter registers from any field (in the content too; Shift+Enter is a new line there);
    ↓ in the name or phone moves into the matching households."""

    def __init__(self, desk: ReceptionDeskPage):
        super().__init__(desk)
        self.desk = desk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        desk, key = self.desk, event.key()
        if watched is desk.households:
            if key in ENTER_KEYS and desk.households.currentItem() is not None:
                desk._household_chosen(desk.households.currentItem())
                return True
            return False
        if key == Qt.Key.Key_Down and watched in (desk.name, desk.phone):
            if desk.households.count():
                desk.households.setFocus()
                desk.households.setCurrentRow(0)
                return True
            return False
        if key in ENTER_KEYS:
            if watched is desk.content and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                return False
            desk.register()
            return True
        return False
