"""The 工作台 (home page): what needs doing today, the next reception day, and how the studio is
doing against the rule 两天内交办、一周内答复、百分百回访.

The lists come at once (a few bounded queries); the period's figures are worked out on a
background thread (a county's year takes a few tenths of a second), so choosing a period never
stalls the window. What counts as 将到期 and as 办结 is the core's rule, named there."""

from __future__ import annotations

import logging
import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.labels import word_label
from studio_app.core.request_charts import RequestCharts, month_meanings
from studio_app.core.request_figures import RATE_LABELS, Figures, closed_label, closed_meaning
from studio_app.core.request_list import due_soon_label, due_soon_meaning
from studio_app.core.services import Services
from studio_app.core.workbench import WorkList, WorkRow
from studio_app.ui import messages
from studio_app.ui.action_dialog import date_picker, pydate
from studio_app.ui.background import BackgroundOp
from studio_app.ui.list_model import Field, RowsModel, rows_view, selected_row
from studio_app.ui.list_view import WHOLE, FilterRow
from studio_app.ui.page import Page
from studio_app.ui.print_actions import show_document
from studio_app.ui.reception_days_page import weekday

log = logging.getLogger("studio_app.ui")

CARD_STYLE = "QFrame#card { background: white; border: 1px solid #dfe3e8; border-radius: 6px; }"
TITLE_STYLE = "font-size: 15px; font-weight: bold;"
LATE = "#c0392b"


def card(title: QLabel, *widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 10)
    title.setStyleSheet(TITLE_STYLE)
    layout.addWidget(title)
    for w in widgets:
        layout.addWidget(w)
    return frame


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def period_range(key: str, today: date) -> tuple[date, date] | None:
    """The dates of a named period on ``today`` (None for 自定义: the dates as edited)."""
    month = today.replace(day=1)
    last_month_end = month - timedelta(days=1)
    ranges = {
        "month": (month, today),
        "last_month": (last_month_end.replace(day=1), last_month_end),
        "last_30_days": (today - timedelta(days=29), today),
        "quarter": (quarter_start(today), today),
        "year": (date(today.year, 1, 1), today),
        "last_year": (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    }
    return ranges.get(key)


FIGURE_TILE_WIDTH = 112  # a figure's tile: its name over its number


class WorkbenchPage(Page):
    """Today's work and the figures.

    Signals:
        requestRequested(object): show this request (its id) on the requests page.
        dayRequested(object): show this reception day (its id) on the 接待日 page.
        deskRequested(object): open the reception desk on this day (its id).
    """

    requestRequested = Signal(object)
    dayRequested = Signal(object)
    deskRequested = Signal(object)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.next_day_id: uuid.UUID | None = None
        t = self.tr

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.rule_label = QLabel()
        self.rule_label.setStyleSheet("color: #555;")
        self.rule_label.setWordWrap(True)  # longer in English
        refresh = QPushButton(t("刷新"))
        refresh.clicked.connect(self.refresh)
        self.calendar_warning = QLabel()
        self.calendar_warning.setStyleSheet(f"color: {LATE};")
        self.calendar_warning.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(16)
        head.addWidget(self.rule_label, 1)
        head.addWidget(refresh)

        fields = [
            # Where the list is narrow (1024 px, English) the date and the village give way
            # first: 剩余 says how late (in working days, as the heading says: "days" in
            # English, to fit), and the number, the step and the visitor stay whole.
            Field(t("编号"), lambda r: r.number, 80, priority=WHOLE),
            Field(t("步骤"), lambda r: r.stage, 90, priority=2),
            Field(t("期限"), lambda r: r.deadline.strftime("%m-%d"), 50, priority=0),
            Field(t("剩余"), self._days_text, 120, priority=2),
            Field(t("来访人"), lambda r: r.visitor, 70, priority=2),
            Field(t("村（社区）"), lambda r: r.village, 80, priority=0),
            Field(t("内容"), lambda r: r.summary, 300),
        ]
        self.lists: dict[str, tuple[str, RowsModel]] = {}
        self.tabs = QTabWidget()
        for key, text in (("overdue", t("已超期")), ("due_soon", due_soon_label()),
                          ("awaiting_return_visit", t("待回访"))):  # fmt: skip
            model = RowsModel(fields, self)
            model.set_foreground(lambda r: QColor(LATE) if r.days < 0 else None)
            view = rows_view(model, fields)
            # Column widths from the first rows, not all 200: the lists show at once.
            view.horizontalHeader().setResizeContentsPrecision(40)
            view.doubleClicked.connect(
                lambda _i, v=view: self.requestRequested.emit(selected_row(v).id)
            )
            self.tabs.addTab(view, text)
            self.lists[key] = (text, model)
        self.tabs.setTabToolTip(1, due_soon_meaning())
        hint = QLabel(t("双击一行，到诉求页办理。"))
        hint.setStyleSheet("color: #777;")
        self.todo_title = QLabel(t("待办"))
        todo = card(self.todo_title, self.tabs, hint)

        self.day_title = QLabel(t("下一个接待日"))
        self.day_text = QLabel()
        self.day_text.setWordWrap(True)
        self.day_text.setTextFormat(Qt.TextFormat.RichText)
        self.day_button = QPushButton(t("查看接待日"))
        self.day_button.clicked.connect(lambda: self.dayRequested.emit(self.next_day_id))
        self.desk_button = QPushButton(t("开始接待登记"))
        self.desk_button.clicked.connect(lambda: self.deskRequested.emit(self.next_day_id))
        day_buttons = QWidget()
        row = QHBoxLayout(day_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day_button)
        row.addWidget(self.desk_button)
        row.addStretch()
        day_card = card(self.day_title, self.day_text, day_buttons)

        self.period = QComboBox()
        for text, key in ((t("本月"), "month"), (t("上月"), "last_month"),
                          (t("近 30 天"), "last_30_days"), (t("本季度"), "quarter"),
                          (t("今年"), "year"), (t("上一年"), "last_year"),
                          (t("自定义"), "custom")):  # fmt: skip
            self.period.addItem(text, key)
        self.period.setCurrentIndex(0)  # this month: the view of daily work, and quick
        today = date.today()
        self.start = date_picker(date(today.year, 1, 1))
        self.end = date_picker(today)
        dates = QWidget()
        d = QHBoxLayout(dates)
        d.setContentsMargins(0, 0, 0, 0)
        d.addWidget(self.start)
        d.addWidget(QLabel(t("至")))
        d.addWidget(self.end)
        period_row = QWidget()
        p = FilterRow(period_row)  # the dates go under the period where the card is narrow
        p.addWidget(self.period)
        p.addWidget(dates)
        # Early in a month 本月 has nothing yet: offer the last month and the last 30 days.
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("color: #555;")
        self.empty_note.setTextFormat(Qt.TextFormat.RichText)
        self.empty_note.linkActivated.connect(
            lambda key: self.period.setCurrentIndex(self.period.findData(key))
        )
        self.empty_note.hide()
        self.figures: Figures | None = None  # the figures shown (None until the first arrive)
        self._asked = 0  # figures asked for; only the latest answer is shown
        # Each figure a tile, its name over its number; as many tiles a row as the card holds.
        tiles_box = QWidget()
        self.figure_tiles = FilterRow(tiles_box)
        self.figure_tiles.setSpacing(4)
        self.figure_labels: list[QLabel] = []  # the tiles' names and numbers, in order
        self.breakdown = QTabWidget()
        self.breakdown_models: dict[str, RowsModel] = {}
        for key, text, what in (("category", t("按类别"), t("类别")),
                                ("village", t("按村（社区）"), t("村（社区）")),
                                ("member", t("按承办委员"), t("委员"))):  # fmt: skip
            bfields = [Field(what, lambda r: r[0], 160), Field(t("件数"), lambda r: str(r[1]))]
            model = RowsModel(bfields, self)
            self.breakdown.addTab(rows_view(model, bfields), text)
            self.breakdown_models[key] = model
        self.breakdown.setMinimumHeight(170)
        self.figures_title = QLabel(t("工作成效"))
        figures_card = card(self.figures_title, period_row, self.empty_note, tiles_box,
                            self.breakdown)  # fmt: skip

        # The charts: one at a time in tabs (both side by side would not read at 1024 px); the
        # views are made when their data first arrives, so QtCharts loads after the first paint.
        self.charts: RequestCharts | None = None
        self._charts_asked = 0
        self._charts_due = False
        self.month_chart = self.category_chart = None
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setMinimumHeight(220)
        for text in (t("诉求按月（近 12 个月）"), t("今年诉求按类别")):
            waiting = QLabel(t("正在计算…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.chart_tabs.addTab(waiting, text)
        self.charts_title = QLabel(t("图表"))
        charts_card = card(self.charts_title, self.chart_tabs)
        # 打印 on the title's line: the figures of the period chosen on the right, and the charts
        self.print_button = QPushButton(t("打印工作成效…"))
        self.print_button.setToolTip(
            t("所选时间段的工作成效和这两张图表，生成 PDF 预览、打印或保存")
        )
        self.print_button.clicked.connect(self.print_figures)
        charts_card.layout().removeWidget(self.charts_title)
        header = QHBoxLayout()
        header.addWidget(self.charts_title, 1)
        header.addWidget(self.print_button)
        charts_card.layout().insertLayout(0, header)

        left_box = QWidget()
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(todo, 3)
        left.addWidget(charts_card, 2)

        right_box = QWidget()
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(day_card)
        right.addWidget(figures_card, 1)
        columns = QHBoxLayout()
        columns.addWidget(left_box, 3)
        columns.addWidget(right_box, 2)

        content = QWidget()
        content.setObjectName("workbench")
        content.setStyleSheet("QWidget#workbench { background: #f3f5f8; }")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(head)
        layout.addWidget(self.calendar_warning)
        layout.addLayout(columns, 1)
        # Three fifths for the to-do list, two for the cards, whatever their texts' natural
        # widths (long English names would take the list's room); never under their least.
        for box in (left_box, right_box):
            policy = box.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            box.setSizePolicy(policy)
            box.setMinimumWidth(box.minimumSizeHint().width())
        # The to-do list and the charts share the height the cards on the right take: their
        # own tall wishes would make the page scroll at 768 px.
        policy = left_box.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        left_box.setSizePolicy(policy)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.start.dateChanged.connect(lambda _d: self._dates_edited())
        self.end.dateChanged.connect(lambda _d: self._dates_edited())
        self.refresh()

    def _days_text(self, row: WorkRow) -> str:
        if row.days < 0:
            return self.tr("超期 %n 个工作日", None, -row.days)
        if row.days == 0:
            return self.tr("今天到期")
        return self.tr("还有 %n 个工作日", None, row.days)

    # ---- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._charts_due = True  # counted once the figures are in: the tiles come first
        self._period_changed()  # the figures first: they are worked out meanwhile
        today = date.today()
        bench = self.services.workbench.today(today)
        self.heading.setText(
            self.tr("今天 {date} {weekday}").format(date=today.isoformat(), weekday=weekday(today))
        )
        d = self.services.settings.deadlines()
        self.rule_label.setText(
            self.tr("时限：登记后 {a} 个工作日内交办，交办后 {b} 个工作日内答复，"
                    "答复后 {c} 个工作日内回访（节假日顺延）").format(
                a=d.assign, b=d.answer, c=d.return_visit)
        )  # fmt: skip
        # Deadlines count holidays from the calendar: ask for next year's dates from November.
        years = [today.year] + ([today.year + 1] if today.month >= 11 else [])
        missing = self.services.calendar.calendar().unpublished_years(years)
        self.calendar_warning.setVisible(bool(missing))
        self.calendar_warning.setText(
            self.tr("{years} 年的调休安排待公布：期限暂按法定节假日（预估）和周末计算。"
                    "国务院通知下发后，请在“设置 → 节假日与调休”中粘贴通知全文。").format(
                years=tr("、").join(map(str, missing)))
        )  # fmt: skip
        for i, key in enumerate(self.lists):
            text, model = self.lists[key]
            work: WorkList = getattr(bench, key)
            model.set_rows(work.rows)
            more = "" if work.total <= len(work.rows) else "+"
            count = f"{work.total}{more}"
            self.tabs.setTabText(i, tr("{name}（{note}）").format(name=text, note=count))
        late = bench.overdue.total
        self.todo_title.setText(
            self.tr("待办 · <span style='color:{c}'>{n} 件超期</span>").format(c=LATE, n=late)
            if late else self.tr("待办 · 没有超期的诉求")
        )  # fmt: skip
        self.tabs.setCurrentIndex(0 if late else 1)
        self._show_next_day(bench)

    def _show_next_day(self, bench) -> None:
        day = bench.next_reception_day
        self.next_day_id = day.id if day else None
        self.day_button.setEnabled(day is not None)
        self.desk_button.setEnabled(day is not None and day.held_on == bench.today)
        t = self.tr
        if day is None:
            self.day_text.setText(t("还没有安排接待日。请到“接待日”页设置规则并生成全年接待日。"))
            return
        when = t("今天") if day.held_on == bench.today else weekday(day.held_on)
        duty = (
            tr("、").join(
                d.name
                + (t("（替 {name}）").format(name=d.replaces_name) if d.replaces_name else "")
                for d in day.duties
            )
            or f"<span style='color:{LATE}'>{t('未安排值班委员')}</span>"
        )
        self.day_text.setText(
            f"<span style='font-size:16px'><b>{day.held_on.isoformat()}</b> {when}</span><br>"
            + t("地点：{place}").format(place=day.place or t("未填写")) + "<br>"
            + t("值班委员：{names}").format(names=duty)
        )  # fmt: skip

    def _period_changed(self) -> None:
        dates = period_range(self.period.currentData(), date.today())
        if dates is not None:
            for edit, value in zip((self.start, self.end), dates, strict=True):
                edit.blockSignals(True)
                edit.setDate(value)
                edit.blockSignals(False)
        self.show_figures()

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData("custom"))
        self.period.blockSignals(False)
        self.show_figures()

    def show_figures(self) -> None:
        """Work the period's figures out on a background thread; they show when they arrive
        (an answer overtaken by a later choice of period is dropped)."""
        start, end = pydate(self.start.date()), pydate(self.end.date())
        if end < start:
            start, end = end, start
        self._asked += 1
        asked = self._asked
        self.figures_title.setText(self.tr("工作成效 · 正在计算…"))
        figures = self.services.figures
        op = BackgroundOp(self, self.tr("正在计算工作成效…"),
                          lambda: figures.figures(start, end), quietly=True)  # fmt: skip
        op.success(lambda f: self._figures_arrived(asked, f))
        op.failure(lambda exc: self._figures_failed(asked, exc))
        op.run()

    def _figures_arrived(self, asked: int, figures: Figures) -> None:
        if asked != self._asked:
            return
        self._charts_after_figures()
        self.figures = figures
        self.figures_title.setText(self.tr("工作成效"))
        self._fill_tiles(figures)
        self.breakdown_models["category"].set_rows(
            [(word_label(k) or self.tr("未分类"), n) for k, n in figures.by_category.items()]
        )
        self.breakdown_models["village"].set_rows(
            [(k or self.tr("未填写"), n) for k, n in figures.by_village.items()]
        )
        self.breakdown_models["member"].set_rows(
            [(m.name or self.tr("未指定委员"), m.count) for m in figures.by_member]
        )
        empty = not figures.visits and not figures.reception_days_held
        self.empty_note.setVisible(empty and self.period.currentData() == "month")
        self.empty_note.setText(
            self.tr("本月还没有登记诉求。看看<a href='last_month'>上月</a>"
                    "或<a href='last_30_days'>近 30 天</a>的数字。")
        )  # fmt: skip

    def _charts_after_figures(self) -> None:
        """The charts of a refresh are counted after its figures: both at once would slow the
        tiles down (they share the two cores and the database)."""
        if self._charts_due:
            self._charts_due = False
            self.show_charts()

    def show_charts(self) -> None:
        """Count the charts' twelve months and this year's categories on a background thread."""
        self._charts_asked += 1
        asked = self._charts_asked
        charts = self.services.request_charts
        op = BackgroundOp(self, self.tr("正在计算图表…"), lambda: charts.charts(), quietly=True)
        op.success(lambda c: self._charts_arrived(asked, c))
        op.failure(lambda exc: self._charts_failed(asked, exc))
        op.run()

    def _charts_arrived(self, asked: int, charts: RequestCharts) -> None:
        if asked != self._charts_asked:
            return
        from studio_app.ui.charts import BarChart, HBarChart  # QtCharts: after the first paint

        if self.month_chart is None:
            # the tabs name the charts: no title over the bars, the full one in the tab's tip
            self.month_chart, self.category_chart = BarChart(titled=False), HBarChart(titled=False)
            self.month_chart.setToolTip("\n".join(
                self.tr("{name}：{meaning}").format(name=n, meaning=m)
                for n, m in month_meanings().items()))  # fmt: skip
            for i, view in enumerate((self.month_chart, self.category_chart)):
                text = self.chart_tabs.tabText(i)
                old = self.chart_tabs.widget(i)
                self.chart_tabs.removeTab(i)
                self.chart_tabs.insertTab(i, view, text)
                old.deleteLater()
            self.chart_tabs.setCurrentIndex(0)
        self.charts = charts
        self.month_chart.set_data(charts.by_month)
        self.category_chart.set_data(charts.by_category)
        self.chart_tabs.setTabToolTip(0, charts.by_month.title)
        self.chart_tabs.setTabToolTip(1, charts.by_category.title)
        self.charts_title.setText(self.tr("图表"))

    def _charts_failed(self, asked: int, error: BaseException) -> None:
        if not isinstance(error, StudioError):
            log.error("the 工作台's charts failed", exc_info=error)
        if asked == self._charts_asked:
            self.charts_title.setText(
                self.tr("图表 · 没有算出来：{why}").format(why=messages.error_text(error))
            )

    def print_figures(self) -> None:
        """The period's figures and the charts as a PDF, drawn without Qt (documents/)."""
        from studio_app.core.figures_print import figures_pdf

        start, end = sorted((pydate(self.start.date()), pydate(self.end.date())))
        services, charts = self.services, self.charts
        show_document(self, services, self.tr("工作成效统计"),
                      lambda: figures_pdf(services, start, end, charts=charts))  # fmt: skip

    def _figures_failed(self, asked: int, error: BaseException) -> None:
        if not isinstance(error, StudioError):
            log.error("the 工作台's figures failed", exc_info=error)
        if asked != self._asked:
            return
        self._charts_after_figures()
        self.figures_title.setText(
            self.tr("工作成效 · 没有算出来：{why}").format(why=messages.error_text(error))
        )

    def _fill_tiles(self, f: Figures) -> None:
        while self.figure_tiles.count():
            item = self.figure_tiles.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.figure_labels = []
        t = self.tr
        counts = [
            (t("接待日"), t("{n} 次").format(n=f.reception_days_held), ""),
            (
                t("来访"),
                t("{visits}（{people}）").format(
                    visits=t("%n 人次", None, f.visits), people=t("%n 人", None, f.visitors)
                ),
                "",
            ),
            (closed_label(), t("%n 件", None, f.closed), closed_meaning()),
            (
                t("延期"),
                t("%n 件", None, f.extended),
                t("这段时间登记的诉求中，答复期限经批准延期（写明理由）的件数；改派不延长期限"),
            ),
        ]
        named = {k: tr(RATE_LABELS[k]) for k in RATE_LABELS}  # i18n: from RATE_LABELS
        cells = counts + [(named[k], str(rate), "") for k, rate in f.rates().items()]
        for i, (name, value, meaning) in enumerate(cells):
            key = QLabel(name)
            key.setStyleSheet("color: #666;")
            shown = QLabel(value)
            shown.setObjectName(f"figure_{i}")
            shown.setStyleSheet("font-size: 14px; font-weight: bold;")
            tile = QWidget()
            self.figure_tiles.addWidget(tile)
            tile.setMinimumWidth(FIGURE_TILE_WIDTH)  # in the card: not a window of its own
            tile.setToolTip(meaning)
            box = QVBoxLayout(tile)
            box.setContentsMargins(0, 2, 8, 2)
            box.setSpacing(0)
            box.addWidget(key)
            box.addWidget(shown)
            self.figure_labels += [key, shown]
