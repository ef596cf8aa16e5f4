"""The reception desk (接待登记): one visitor after another, from the keyboard.

Enter registers and clears the form for the next visitor (Shift+Enter is a new line in the
content); Esc clears it. While a name or phone is typed the matching households are listed
(↓ and Enter pick one: its head's name, phone and village fill the form); the category is one
or two keys (its number, or its pinyin's first letters). While the content is typed, open
requests with similar text or of the same household are shown, and those only of the same
village apart; when some read alike, Enter asks once whether this is the same matter (merge
into the best match, preselected), a new one, or back to the form.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.enums import ReceptionStatus, RequestChannel
from studio_app.base.errors import StudioError, ValidationError
from studio_app.base.labels import choices, label, word_choices, word_label
from studio_app.base.masking import mask_phone
from studio_app.core.households import HouseholdQuery
from studio_app.core.request_list import SimilarGroups, SimilarRequest
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput, family_member_of, name_for_household
from studio_app.ui import messages
from studio_app.ui.action_dialog import KeyedCombo, plain_text
from studio_app.ui.detail_panel import section_label
from studio_app.ui.form_fields import FormFields, editable_combo, enum_data
from studio_app.ui.intake_panel import IntakePanel
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import WHOLE, side_by_side
from studio_app.ui.page import Page
from studio_app.ui.print_actions import print_receipt

LOOKUP_DELAY_MS = 250
HOUSEHOLD_MATCHES = 8
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MERGE_CHOICES = 3  # close matches offered as a button each when Enter asks
FOCUS_STYLE = "color: #1f4e8c; font-weight: bold;"  # the label of the field the cursor is in
FAMILY_STYLE = "color: #8a5a00;"
REFUSED_STYLE = (  # why nothing can be registered here (the county's 全县 view)
    "background: #fff4e5; color: #8a5a00; border: 1px solid #f0c27b; padding: 8px;"
    " font-size: 14px; font-weight: bold;"
)
QUIET = QColor("#777777")
FIELDS = ("visitor_name", "visitor_phone", "village", "category", "content")  # down the form


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
        self._household_head = ""
        self._lookup_by_phone = False
        self._came_from: QWidget | None = None  # the field ↓ left for the households
        self._groups = SimilarGroups([], [])
        t = self.tr

        self.day = QComboBox()
        self.day.setMinimumWidth(200)
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
        # Under the name, when the household picked is not the visitor's own name: its family.
        self.family_note = QLabel()
        self.family_note.setStyleSheet(FAMILY_STYLE)
        self.family_note.setWordWrap(True)
        self.family_note.hide()
        name_row = QWidget()
        name_layout = QVBoxLayout(name_row)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.setSpacing(2)
        name_line = QHBoxLayout()
        name_line.addWidget(self.name, 1)
        name_line.addWidget(self.anonymous)
        name_layout.addLayout(name_line)
        name_layout.addWidget(self.family_note)
        self.fields.add("visitor_name", t("来访人"), name_row)
        self.phone = self.fields.add("visitor_phone", t("联系电话"), QLineEdit())
        self.village = self.fields.add("village", t("村（社区）"), editable_combo([]))
        self.household_label = QLabel()
        self.household_label.setStyleSheet("color: #1f4e8c;")
        self.clear_household_button = QPushButton(t("不关联(&U)"))  # Alt+U
        self.clear_household_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_household_button.clicked.connect(lambda: self._set_household(None))
        household_row = QWidget()
        household_layout = QHBoxLayout(household_row)
        household_layout.setContentsMargins(0, 0, 0, 0)
        household_layout.addWidget(self.household_label, 1)
        household_layout.addWidget(self.clear_household_button)
        self.fields.add("household_id", t("联系户"), household_row)
        self.category = self.fields.add(
            "category", t("类别"),
            KeyedCombo(placeholder=t("请选择：按类别前的数字，或拼音首字母（如 jt：交通）")),
        )  # fmt: skip
        self.content = self.fields.add(
            "content", t("诉求内容"), plain_text(t("群众反映的问题和诉求（Shift+Enter 换行）"), 4)
        )
        self.households = QListWidget()
        self.households.setMaximumHeight(130)
        self.households.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # ↓ from the name or phone
        self.households.itemActivated.connect(self._household_chosen)
        self.households.itemClicked.connect(self._household_chosen)

        self.register_button = QPushButton(t("登记（Enter）"))
        self.register_button.setDefault(True)
        self.register_button.clicked.connect(lambda: self.register())
        self.merge_button = QPushButton(t("登记并合并到所选诉求(&M)"))  # Alt+M
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(lambda: self.register(merge=True))
        self.clear_button = QPushButton(t("清空（Esc）"))
        self.clear_button.clicked.connect(lambda: self.clear_form())
        for button in (self.register_button, self.merge_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys do these; Tab skips them
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
            Field(t("编号"), lambda r: r.request.number, 80, priority=WHOLE),
            Field(t("相似原因"), lambda r: r.reason, 90),
            Field(t("状态"), lambda r: label(r.request.status), 60),
            Field(t("内容"), lambda r: r.request.content, 300),
        ]
        self.similar = RowsModel(similar_fields, self)
        self.similar_view = rows_view(self.similar, similar_fields)
        village_fields = [
            Field(t("编号"), lambda r: r.request.number, 80, priority=WHOLE),
            Field(t("来访人"), lambda r: r.request.visitor_name, 70),
            Field(t("内容"), lambda r: r.request.content, 300),
        ]
        self.nearby = RowsModel(village_fields, self)
        self.nearby.set_foreground(lambda _row: QUIET)
        self.nearby_view = rows_view(self.nearby, village_fields)
        self.nearby_view.setMaximumHeight(120)
        self.nearby_view.setStyleSheet("QTableView { color: #777; }")
        for view in (self.similar_view, self.nearby_view):
            view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+S, Alt+V: out of the Tab chain
            view.selectionModel().selectionChanged.connect(lambda *_: self._merge_target_changed())
            view.doubleClicked.connect(
                lambda _i, v=view: self.requestRequested.emit(selected_row(v).request.id)
            )
        self.similar_label = section_label(t("内容相近、同一联系户的未办结诉求(&S)"))
        self.similar_label.setBuddy(self.similar_view)
        self.nearby_label = section_label(t("同村的未办结诉求（仅供参考）(&V)"))
        self.nearby_label.setStyleSheet("color: #777; margin-top: 6px;")
        self.nearby_label.setBuddy(self.nearby_view)
        done_fields = [
            Field(t("编号"), lambda r: r.number, 80, priority=WHOLE),
            Field(t("来访人"), lambda r: r.visitor_name, 70),
            Field(t("类别"), lambda r: word_label(r.category), 60),
            Field(t("内容"), lambda r: r.content, 300),
        ]
        self.registered = RowsModel(done_fields, self)
        self.registered_view = rows_view(self.registered, done_fields)
        self.registered_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+R
        self.registered_view.doubleClicked.connect(
            lambda _i: self.requestRequested.emit(selected_row(self.registered_view).id)
        )
        self.registered_label = section_label(t("本次已登记(&R)"))
        self.registered_label.setBuddy(self.registered_view)
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
        right_layout.addWidget(self.similar_label)
        right_layout.addWidget(self.similar_view, 2)
        right_layout.addWidget(self.nearby_label)
        right_layout.addWidget(self.nearby_view, 1)
        right_layout.addLayout(registered_head)
        right_layout.addWidget(self.registered_view, 2)

        # 扫码说事: the intake's run and its 待受理 list, a tab beside the form's own lists.
        self.intake = IntakePanel(services)
        self.intake.requestRequested.connect(self.requestRequested)
        self.side = QTabWidget()
        self.side.addTab(right, t("相似诉求与本次登记"))
        self.side.addTab(self.intake, "")
        self.intake.countChanged.connect(self._intake_count)
        self._intake_count(self.intake.model.rowCount())
        splitter = side_by_side(left, self.side, (520, 440), stretch=(1, 1), remember="desk")
        # Said at the top when the services refuse to register here (全县: choose a studio).
        self.refused_note = QLabel()
        self.refused_note.setWordWrap(True)
        self.refused_note.setStyleSheet(REFUSED_STYLE)
        self.refused_note.hide()
        self.form_area = QWidget()
        form_area_layout = QVBoxLayout(self.form_area)
        form_area_layout.setContentsMargins(0, 0, 0, 0)
        form_area_layout.addLayout(top)
        form_area_layout.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.refused_note)
        layout.addWidget(self.form_area, 1)

        self._lookup_timer = self._timer(self._look_up_households)
        self._similar_timer = self._timer(self._find_similar)
        self.name.textEdited.connect(lambda _t: self._lookup_timer.start())
        self.phone.textEdited.connect(lambda _t: self._lookup_timer.start())
        self.name.textChanged.connect(lambda _t: self._show_family_note())
        self.content.textChanged.connect(self._similar_timer.start)
        self.village.currentTextChanged.connect(lambda _t: self._similar_timer.start())
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.day.currentIndexChanged.connect(lambda _i: self._day_changed())
        self._keys = _DeskKeys(self)
        for widget in (self.name, self.phone, self.village.lineEdit(), self.category,
                       self.content, self.anonymous, self.households, self.similar_view,
                       self.nearby_view, self.registered_view):  # fmt: skip
            widget.installEventFilter(self._keys)
        # The Tab chain of a practised coordinator: name, phone, village, category, content.
        chain = (self.name, self.phone, self.village, self.category, self.content)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(lambda: self.clear_form())
        self.refresh()
        self.clear_form()

    def _intake_count(self, count: int) -> None:
        self.side.setTabText(1, self.tr("扫码待受理（{n}）").format(n=count))

    def shutdown(self) -> None:
        """The window closes: the intake page (if served) is taken down."""
        self.intake.shutdown()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.setEnabled(not read_only)  # the 查看 role registers nothing

    def print_receipt(self) -> None:
        """The receipt of the selected request, or of the one registered last."""
        row = selected_row(self.registered_view) or next(iter(self.registered.rows), None)
        if row is not None:
            print_receipt(self, self.services, row.id)

    def showEvent(self, event) -> None:
        """Arriving at the page (Ctrl+3, a click on 接待登记): the cursor goes to the name, or
        back to the field it was in when a visitor is half registered."""
        super().showEvent(event)
        if not event.spontaneous():
            QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        if not self.isVisible() or not self.isEnabled():
            return
        inside = QApplication.focusWidget()
        if inside is not None and self.isAncestorOf(inside):
            return  # already here (open_day, a dialog closed): leave it
        last = self.focusWidget()
        if last is not None and self.fields.field_of(last) and self._filled():
            last.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filled(self) -> bool:
        return bool(self.name.text() or self.phone.text() or self.content.toPlainText())

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

    def _mark(self, widget: QWidget | None) -> None:
        """The label of the field the cursor is in stands out: where am I, at a glance."""
        current = self.fields.field_of(widget)
        for field in FIELDS:
            shown = self.fields.label(field)
            if shown is not None:
                shown.setStyleSheet(FOCUS_STYLE if field == current else "")

    # ---- choices ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the choices (days, categories, villages, members) from the database, and
        whether registering is possible here at all (the services say why not)."""
        refused = self.services.studios.registering_refused()
        self.refused_note.setText(refused or "")
        self.refused_note.setVisible(refused is not None)
        self.form_area.setEnabled(refused is None)
        self.intake.refresh()
        self._load_days(self.day.currentData())
        chosen = self.category.currentData()
        categories = [
            (shown, word) for word, shown in word_choices(self.services.categories.names())
        ]
        self.category.set_items(categories, current=chosen)
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
        self._lookup_timer.stop()
        phone = self.phone.text().strip()
        self._lookup_by_phone = len(phone) >= 4
        text = phone if self._lookup_by_phone else ""
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
        """The household's head is the visitor (the name typed to find it becomes the head's
        whole name), unless found by the phone under another name: a member of the family."""
        row = item.data(Qt.ItemDataRole.UserRole)
        if not self.anonymous.isChecked():
            self.name.setText(
                name_for_household(self.name.text(), row.head_name, by_phone=self._lookup_by_phone)
            )
        if not self.phone.text().strip():
            self.phone.setText(row.phone)
        if row.village:
            self.village.setCurrentText(row.village)
        self._set_household(row.id, row.head_name, row.village)
        self.households.clear()
        self.category.setFocus(Qt.FocusReason.TabFocusReason)

    def _set_household(self, household_id: uuid.UUID | None, head: str = "",
                       village: str = "") -> None:  # fmt: skip
        self.household_id, self._household_head = household_id, head if household_id else ""
        text = " · ".join(p for p in (head, village) if p)
        self.household_label.setText(text or self.tr("未关联（输入姓名或电话可查找）"))
        self.clear_household_button.setEnabled(household_id is not None)
        self._show_family_note()
        self._similar_timer.start()

    def _show_family_note(self) -> None:
        """A visitor linked to a household under another name than its head's: said so."""
        family = (
            self.household_id is not None and not self.anonymous.isChecked()
            and family_member_of(self.name.text(), self._household_head)
        )  # fmt: skip
        self.family_note.setText(
            self.tr("{head}户的家人（不是户主本人；不是家人请按 Alt+U 不关联）").format(
                head=self._household_head
            )
            if family
            else ""
        )
        self.family_note.setVisible(family)

    def _anonymous_toggled(self, on: bool) -> None:
        self.name.setEnabled(not on)
        if on:
            self.name.clear()
        self._show_family_note()

    # ---- similar requests ---------------------------------------------------------------
    def _find_similar(self) -> None:
        self._similar_timer.stop()
        content = self.content.toPlainText().strip()
        village = self.village.currentText().strip()
        if content or village or self.household_id:
            self._groups = self.services.request_list.similar_groups(
                content, village=village, household_id=self.household_id
            )
        else:
            self._groups = SimilarGroups([], [])
        self.similar.set_rows(self._groups.likely)
        self.nearby.set_rows(self._groups.village)
        if self._groups.likely and content:  # a visitor's matter is typed: what reads alike
            self.side.setCurrentIndex(0)
        self._merge_target_changed()

    def _merge_target(self) -> SimilarRequest | None:
        """The similar request chosen in either list, if any."""
        for view in (self.similar_view, self.nearby_view):
            if view.hasFocus() and (row := selected_row(view)) is not None:
                return row
        return selected_row(self.similar_view) or selected_row(self.nearby_view)

    def _merge_target_changed(self) -> None:
        self.merge_button.setEnabled(self._merge_target() is not None)

    def _ask_if_the_same(self, close: list[SimilarRequest]) -> SimilarRequest | bool | None:
        """Asked once when open requests read alike: the one to merge into, None for a new
        request, False to go back to the form. Enter merges into the best match."""
        offered = close[:MERGE_CHOICES]
        lines = [
            self.tr("{n}. {number}（{status}，{who}）{content}").format(
                n=i, number=m.request.number, status=label(m.request.status),
                who=m.request.visitor_name, content=_short(m.request.content),
            )
            for i, m in enumerate(offered, 1)
        ]  # fmt: skip
        text = "\n\n".join([
            self.tr("这位来访人反映的事，和下面未办结的诉求内容相近，可能是同一件事："),
            "\n".join(lines),
            self.tr("合并：由原来那件继续办理和回访，这一件登记后显示在它下面。"),
        ])  # fmt: skip
        options = [
            self.tr("登记为新诉求(&N)"),
            *(self.tr("合并到 {number}(&{key})").format(number=m.request.number, key=i)
              for i, m in enumerate(offered, 1)),
            self.tr("返回修改"),
        ]  # fmt: skip
        answer = messages.choose(self, self.tr("可能是同一件事"), text, options, default=1)
        if answer is None:
            return False
        return None if answer == 0 else offered[answer - 1]

    # ---- registering --------------------------------------------------------------------
    def data(self) -> RequestInput:
        day_id = self.day.currentData()
        studio_id = self.services.reception_days.get(day_id).studio_id if day_id else None
        if studio_id is None and (studio := self.services.studios.default()) is not None:
            studio_id = studio.id
        return RequestInput(
            content=self.content.toPlainText(), category=self.category.currentData() or "",
            channel=enum_data(self.channel, RequestChannel), visitor_name=self.name.text(),
            anonymous=self.anonymous.isChecked(), visitor_phone=self.phone.text(),
            village=self.village.currentText(), household_id=self.household_id,
            received_by_id=self.received_by.currentData(), reception_day_id=day_id,
            studio_id=studio_id,
        )  # fmt: skip

    def register(self, *, merge: bool = False) -> None:
        """Register the visitor's request. With ``merge``, join it to the similar request
        chosen in the lists; else, when open requests read alike, ask first (merge into the
        best match, a new request, or back to the form)."""
        focused = QApplication.focusWidget()
        back_to = focused if focused is not None and self.isAncestorOf(focused) else None
        self.fields.clear()
        data = self.data()
        try:
            self.services.requests.check(data, require_category=True)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        if merge:
            chosen = self._merge_target()
            if chosen is None:
                return
        else:
            if self._similar_timer.isActive():  # typed faster than the search: search now
                self._find_similar()
            chosen = self._ask_if_the_same(self._groups.close) if self._groups.close else None
            if chosen is False:
                self.status.setText(self.tr("没有登记：改好后再按 Enter。"))
                self.status.setStyleSheet("color: #666;")
                self.content.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        into = chosen.request if chosen is not None else None
        try:
            request = self.services.requests.register(
                data, merge_into=into.id if into is not None else None, require_category=True
            )
        except ValidationError as exc:
            self._show_errors(exc)
            return
        except StudioError as exc:
            messages.show_error(self, exc)
            (back_to or self.content).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        row = self.services.request_list.row(request.id)
        self.registered.set_rows([row, *self.registered.rows])
        self.receipt_button.setEnabled(True)
        self.registered_label.setText(
            self.tr("本次已登记 {n} 件(&R)").format(n=len(self.registered.rows))
        )
        text = self.tr("已登记 {number}（{name}）。").format(
            number=request.number, name=row.visitor_name
        )
        if into is not None:
            text += self.tr("已合并到 {number}。").format(number=into.number)
        elif pending := self.services.calendar.calendar().pending_note(request.assign_due):
            text += self.tr("交办期限 {day} 按预估的法定节假日计算，{pending}。").format(
                day=request.assign_due.isoformat(), pending=pending
            )
        self.status.setText(text)
        self.status.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.clear_form(keep_status=True)
        self.recordsChanged.emit()

    def _show_errors(self, exc: ValidationError) -> None:
        """Each error under its field, the cursor in the first of them down the form."""
        self.fields.show(exc.errors)
        wrong = {e.field for e in exc.errors}
        first = next((f for f in FIELDS if f in wrong), None)
        if first == "visitor_name":
            self.name.setFocus()  # the name sits inside a row widget FormFields cannot focus
        elif first is not None:
            self.fields.widget(first).setFocus()

    def clear_form(self, *, keep_status: bool = False) -> None:
        """Ready for the next visitor: the day, channel and receiving member stay."""
        self.fields.clear()
        self.anonymous.setChecked(False)
        self.name.clear()
        self.phone.clear()
        self.village.setCurrentText("")
        self.category.setCurrentIndex(-1)
        self.content.clear()
        self.households.clear()
        self._set_household(None)
        self._similar_timer.stop()
        self._groups = SimilarGroups([], [])
        self.similar.set_rows([])
        self.nearby.set_rows([])
        self._merge_target_changed()
        if not keep_status:
            self.status.setText(self.tr("Enter 登记并清空，接着登记下一位；Esc 清空重填。"))
            self.status.setStyleSheet("color: #666;")
        self.name.setFocus()
        self._mark(self.name)


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


class _DeskKeys(QObject):
    """The desk's keys: Enter registers from any field (in the content too; Shift+Enter is a
    new line there); ↓ in the name or phone goes into the matching households, Enter picks
    one; in the lists Esc goes back to the form (not clearing it); Enter in a similar
    request's list registers and merges into it; the field with the cursor is marked."""

    def __init__(self, desk: ReceptionDeskPage):
        super().__init__(desk)
        self.desk = desk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        desk, kind = self.desk, event.type()
        lists = (desk.households, desk.similar_view, desk.nearby_view, desk.registered_view)
        if kind == QEvent.Type.FocusIn:
            desk._mark(watched if watched not in lists else None)
            chooser = watched in (desk.similar_view, desk.nearby_view)
            if chooser and selected_row(watched) is None and watched.model().rowCount():
                watched.selectRow(0)  # Alt+S: the best match, ready for Enter
            return False
        if kind == QEvent.Type.ShortcutOverride and watched in lists:
            if event.key() == Qt.Key.Key_Escape:
                event.accept()  # Esc here goes back to the form; it does not clear it
                return True
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched in lists:
            return self._list_key(watched, key)
        if key == Qt.Key.Key_Down and watched in (desk.name, desk.phone):
            if desk._lookup_timer.isActive():  # ↓ before the lookup was due: look up now
                desk._look_up_households()
            if desk.households.count():
                desk._came_from = watched
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

    def _list_key(self, view: QWidget, key: int) -> bool:
        desk = self.desk
        if key == Qt.Key.Key_Escape or (
            key == Qt.Key.Key_Up and view is desk.households and desk.households.currentRow() <= 0
        ):
            back = desk._came_from if view is desk.households else None
            (back or (desk.name if view is desk.registered_view else desk.content)).setFocus()
            return True
        if key not in ENTER_KEYS:
            return False
        if view is desk.households:
            if desk.households.currentItem() is not None:
                desk._household_chosen(desk.households.currentItem())
            return True
        if view is desk.registered_view:
            if (row := selected_row(view)) is not None:
                desk.requestRequested.emit(row.id)
            return True
        desk.register(merge=True)
        return True
