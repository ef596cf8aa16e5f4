"""The program's own words stored in Chinese (界别, 专委会, 诉求类别, 议题来源, 联系户标签, the
reception-day rule) read in English in the English interface, and what is picked or typed there
is still stored in Chinese, so the data does not depend on the language it was entered in.

A small translator knows the few English words used here; every other text stays Chinese.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialog

from studio_app.base import i18n
from studio_app.core.members import MemberInput, MemberQuery
from studio_app.ui.action_dialog import ActionDialog
from studio_app.ui.form_fields import combo_word
from studio_app.ui.household_dialog import HouseholdDialog
from studio_app.ui.meeting_dialog import MeetingDialog
from studio_app.ui.member_dialog import MemberDialog
from studio_app.ui.members_page import MembersPage
from studio_app.ui.reception_days_page import ReceptionDaysPage
from studio_app.ui.reception_desk_page import ReceptionDeskPage
from studio_app.ui.settings_dialogs import CategoriesDialog

CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
ENGLISH = {
    "农业界": "Agriculture",
    "经济界": "Economy",
    "提案委员会": "Proposals Committee",
    "低保": "Subsistence allowance",
    "医疗": "Medical care",
    "群众出题": "Raised by residents",
    "、": ", ",
    "每月{n}个{d}": "The {n} {d} of every month",
    "第一": "first",
    "最后一": "last",
    "星期三": "Wednesday",
    "星期五": "Friday",
    "每月{days}": "Every month on day {days}",
    "{d}日": "{d}",
    "接待日规则：{rule}": "Reception-day rule: {rule}",
}


class FewWords(QTranslator):
    """English for the texts above, in any context; None (no translation) for the rest."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return ENGLISH.get(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def english(qapp, restore_app_setup):
    qapp.installTranslator(FewWords(qapp))  # a child of qapp: restore_app_setup removes it
    i18n.install_translator(QCoreApplication.translate)


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _texts(combo) -> dict[str, str]:
    """{stored word: text shown} of a word combo."""
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_a_shipped_sector_shows_in_english_and_is_saved_in_chinese(
    qtbot, english, services, studio, type_text
):
    dialog = _open(qtbot, MemberDialog(services))
    assert _texts(dialog.sector)["农业界"] == "Agriculture"
    assert _texts(dialog.committee)["提案委员会"] == "Proposals Committee"
    type_text(dialog.name, "Wang Jianguo")
    dialog.sector.setCurrentIndex(dialog.sector.findData("农业界"))
    assert dialog.sector.currentText() == "Agriculture"
    type_text(dialog.committee.lineEdit(), "Proposals Committee")  # typed as it is shown
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    member = services.members.get(dialog.saved_id).member
    assert (member.sector, member.committee) == ("农业界", "提案委员会")

    again = _open(qtbot, MemberDialog(services, member.id))
    assert again.sector.currentText() == "Agriculture"
    assert again.committee.currentText() == "Proposals Committee"
    assert (combo_word(again.sector), combo_word(again.committee)) == ("农业界", "提案委员会")

    page = MembersPage(services)
    qtbot.addWidget(page)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == member.id)
    assert page.model.index(row, 3).data() == "Agriculture"
    assert _texts(page.sector_filter)["农业界"] == "Agriculture"


def test_a_word_of_ones_own_or_typed_in_chinese_is_saved_as_typed(
    qtbot, english, services, type_text
):
    dialog = _open(qtbot, MemberDialog(services))
    type_text(dialog.name, "Li Kun")
    dialog.sector.setEditText("Overseas Chinese")
    dialog.committee.setEditText("经济委员会")  # the stored word itself, typed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    member = services.members.get(dialog.saved_id).member
    assert (member.sector, member.committee) == ("Overseas Chinese", "经济委员会")
    again = _open(qtbot, MemberDialog(services, member.id))
    assert again.sector.currentText() == "Overseas Chinese"  # offered, as typed
    assert combo_word(again.sector) == "Overseas Chinese"


def test_household_tags_topic_sources_and_desk_categories(
    qtbot, english, services, studio, type_text
):
    household = _open(qtbot, HouseholdDialog(services))
    assert household.tags._item("低保").text() == "Subsistence allowance"
    type_text(household.head_name, "Zhou Yao")
    type_text(household.tags.other, "Subsistence allowance, lives alone")
    qtbot.mouseClick(household.save_button, Qt.MouseButton.LeftButton)
    assert sorted(services.households.get(household.saved_id).tag_names) == ["lives alone", "低保"]

    meeting = _open(qtbot, MeetingDialog(services))
    assert _texts(meeting.topic_source)["群众出题"] == "Raised by residents"
    meeting.topic_source.setCurrentIndex(meeting.topic_source.findData("群众出题"))
    assert meeting.data().topic_source == "群众出题"

    desk = ReceptionDeskPage(services)
    qtbot.addWidget(desk)
    desk.refresh()
    assert _texts(desk.category)["医疗"] == "1  Medical care"  # its number before it
    desk.category.setFocus()
    qtbot.keyClicks(desk.category, "mc")  # or the first letters of its words
    assert desk.data().category == "医疗"


def test_a_category_typed_as_shown_is_the_shipped_one(qtbot, english, services, when_modal):
    categories = _open(qtbot, CategoriesDialog(services))
    assert categories.model.index(0, 0).data() == "Medical care"
    categories.view.selectRow(0)

    def keep_the_name(d: ActionDialog) -> None:
        assert d.fields.widget("name").text() == "Medical care"
        d.accept_button.click()  # unchanged: stays 医疗, not renamed to English

    when_modal(ActionDialog, keep_the_name)
    categories.rename()
    assert services.categories.names()[0] == "医疗"

    def add_it_again(d: ActionDialog) -> None:
        d.fields.widget("name").setText("Medical care")
        d.accept_button.click()
        assert d.isVisible()  # refused: 医疗 is there already
        assert "Medical care" in d.fields.error("name").text()

    when_modal(ActionDialog, add_it_again)
    categories.add()
    assert services.categories.names().count("医疗") == 1
    assert "Medical care" not in services.categories.names()


def test_the_reception_day_rule_reads_in_english_and_is_stored_in_chinese(
    qtbot, english, services, studio, answers, when_modal
):
    page = ReceptionDaysPage(services)
    qtbot.addWidget(page)
    page.show()

    def rule(d: ActionDialog) -> None:
        d.fields.widget("reception_rule").setText("the last Friday of every month")
        d.accept_button.click()

    answers.confirm = False  # generate later
    when_modal(ActionDialog, rule)
    page.rule_action.trigger()
    assert services.studios.get(studio.id).reception_rule == "每月最后一个星期五"
    assert page.rule_label.text() == "Reception-day rule: The last Friday of every month"
    assert "The last Friday of every month" in answers.texts("confirm")[0]

    def unchanged(d: ActionDialog) -> None:
        assert d.fields.widget("reception_rule").text() == "The last Friday of every month"
        d.accept_button.click()

    when_modal(ActionDialog, unchanged)
    page.rule_action.trigger()
    assert services.studios.get(studio.id).reception_rule == "每月最后一个星期五"

    services.reception_days.set_rule(studio.id, "每月10日和20日")
    page.reload_days()
    assert page.rule_label.text() == "Reception-day rule: Every month on day 10, 20"
    assert not CHINESE.search(page.rule_label.text())
    assert len(services.reception_days.generate(studio.id, date.today().year).created) == 24


def test_an_unknown_word_is_shown_as_stored(english, services):
    """tr() gives back a text it has no English for: the user's own words stay as typed."""
    services.members.create(MemberInput(name="Zhao", sector="自定义界别"))
    row = services.members.page(MemberQuery(), 0, 10)[0]
    from studio_app.base.labels import word_label

    assert word_label(row.sector) == "自定义界别"
    assert word_label("农业界") == "Agriculture"
    assert word_label("") == ""
