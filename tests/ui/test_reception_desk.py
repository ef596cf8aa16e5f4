"""The reception desk from the keyboard: ten visitors in a row, households found as you type,
similar requests offered, bad input refused with nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from studio_app.base.enums import RequestChannel, RequestStatus
from studio_app.core.members import MemberInput
from studio_app.core.request_list import RequestQuery
from studio_app.ui.reception_desk_page import ReceptionDeskPage

VISITORS = [
    ("张三", "13812345671", "东关村", "交通", "村口路灯坏了三个月，晚上出行不便"),
    ("李四", "13812345672", "西关村", "医疗", "村卫生室缺少常用药"),
    ("王五", "13812345673", "东关村", "养老", "希望村里办老年食堂"),
    ("赵六", "13812345674", "南街社区", "住房", "老旧小区屋顶漏水"),
    ("钱七", "13812345675", "北坡村", "农业", "灌溉水渠堵塞影响春耕"),
    ("孙八", "13812345676", "东关村", "教育", "校车接送时间太早"),
    ("周九", "13812345677", "西关村", "就业", "想参加电商技能培训"),
    ("吴十", "13812345678", "南街社区", "环境", "垃圾清运不及时"),
    ("郑䶮", "13812345679", "北坡村", "社保", "医保转移手续办不下来"),
    ("冯𠮷", "13812345670", "东关村", "矛盾纠纷", "宅基地边界纠纷"),
]


@pytest.fixture
def reception_day(services, studio):
    services.reception_days.set_rule(studio.id, "每月15日")
    services.reception_days.generate(studio.id, date.today().year)
    today = date.today()  # make today a reception day (it may be one by the rule already)
    days = services.reception_days
    held = {d.held_on: d for d in days.summaries(studio.id, today.year)}
    day = held[today] if today in held else days.add_day(studio.id, today)
    member = services.members.create(MemberInput(name="王委员"))
    services.reception_days.set_duty(day.id, [member.id])
    return day, member


@pytest.fixture
def desk(qtbot, services, studio):
    page = ReceptionDeskPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _fill_and_enter(qtbot, type_text, desk, name, phone, village, category, content):
    assert desk.name.hasFocus()
    type_text(desk.name, name)
    qtbot.keyClick(desk.focusWidget(), Qt.Key.Key_Tab)
    assert desk.phone.hasFocus()
    qtbot.keyClicks(desk.phone, phone)
    qtbot.keyClick(desk.phone, Qt.Key.Key_Tab)
    type_text(desk.village.lineEdit(), village)
    qtbot.keyClick(desk.focusWidget(), Qt.Key.Key_Tab)
    assert desk.category.hasFocus()
    desk.category.setCurrentText(category)  # ↑/↓ in a real combo; the text is what matters
    qtbot.keyClick(desk.category, Qt.Key.Key_Tab)
    assert desk.content.hasFocus()
    type_text(desk.content, content)
    qtbot.keyClick(desk.content, Qt.Key.Key_Return)


def test_ten_visitors_from_the_keyboard(qtbot, services, type_text, desk, reception_day):
    day, member = reception_day
    desk.refresh()
    assert desk.day.currentData() == day.id  # today's reception day is chosen by itself
    assert desk.received_by.currentData() == member.id  # the member on duty receives
    assert desk.channel.currentData() == RequestChannel.RECEPTION_DAY

    for visitor in VISITORS:
        _fill_and_enter(qtbot, type_text, desk, *visitor)
        # Saved and cleared for the next visitor, focus back on the name.
        assert desk.content.toPlainText() == "" and desk.name.text() == ""

    rows = list(services.request_list.rows(RequestQuery(reception_day_id=day.id)))
    assert len(rows) == 10
    got = sorted((r.visitor_name, r.visitor_phone, r.village, r.category, r.content)
                 for r in rows)  # fmt: skip
    assert got == sorted(VISITORS)
    assert {r.status for r in rows} == {RequestStatus.REGISTERED}
    assert all(services.requests.get(r.id).received_by_id == member.id for r in rows)
    assert len(desk.registered.rows) == 10
    assert desk.registered.rows[0].visitor_name == "冯𠮷"  # the newest on top
    assert "已登记" in desk.status.text() and desk.registered.rows[0].number in desk.status.text()


def test_shift_enter_is_a_new_line_and_esc_clears(qtbot, type_text, desk, services):
    type_text(desk.content, "第一行")
    qtbot.keyClick(desk.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(desk.content, "第二行")
    assert desk.content.toPlainText() == "第一行\n第二行"
    qtbot.keyClick(desk.content, Qt.Key.Key_Escape)
    assert desk.content.toPlainText() == ""
    assert services.request_list.count(RequestQuery()) == 0


def test_bad_input_is_refused_in_place_and_nothing_is_saved(qtbot, type_text, desk, services):
    qtbot.keyClicks(desk.phone, "12345")
    desk.name.setFocus()
    qtbot.keyClick(desk.name, Qt.Key.Key_Return)
    assert services.request_list.count(RequestQuery()) == 0
    assert "请填写" in desk.fields.error("content").text()
    assert desk.fields.error("visitor_name").isVisible()
    assert desk.fields.error("visitor_phone").text()  # a 5-digit phone is no phone
    assert desk.phone.text() == "12345"  # what was typed stays, to be corrected


def test_anonymous_visitor_and_a_day_without_reception(qtbot, type_text, desk, services):
    desk.day.setCurrentIndex(0)  # 非接待日登记
    assert desk.channel.currentData() == RequestChannel.PHONE
    qtbot.keyClick(desk.name, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    desk.anonymous.setChecked(True)  # Alt+N needs a real window system; the effect is this
    assert not desk.name.isEnabled()
    type_text(desk.content, "举报村里违规占用耕地")
    qtbot.keyClick(desk.content, Qt.Key.Key_Return)
    (row,) = services.request_list.rows(RequestQuery())
    assert (row.visitor_name, row.content) == ("匿名", "举报村里违规占用耕地")
    request = services.requests.get(row.id)
    assert (request.channel, request.reception_day_id) == (RequestChannel.PHONE, None)


def test_household_found_as_you_type(qtbot, type_text, desk, make_household, services):
    household = make_household("冯𠮷祥", "13900001111", village="东关村", group_name="三组")
    make_household("冯二", village="西关村")
    type_text(desk.name, "冯𠮷")
    qtbot.waitUntil(lambda: desk.households.count() == 1, timeout=3000)
    assert "东关村" in desk.households.item(0).text()
    qtbot.keyClick(desk.name, Qt.Key.Key_Down)
    assert desk.households.hasFocus()
    qtbot.keyClick(desk.households, Qt.Key.Key_Return)
    assert desk.household_id == household.id
    assert (desk.phone.text(), desk.village.currentText()) == ("13900001111", "东关村")
    assert desk.name.text() == "冯𠮷"  # what the coordinator typed is kept
    assert desk.category.hasFocus()
    type_text(desk.content, "家门口排水沟堵了")
    qtbot.keyClick(desk.content, Qt.Key.Key_Return)
    (row,) = services.request_list.rows(RequestQuery())
    assert row.household_id == household.id


def test_similar_open_requests_are_offered_and_can_be_merged_into(qtbot, type_text, desk, services):
    from studio_app.core.visitor_requests import RequestInput

    first = services.requests.register(
        RequestInput(content="东关村村口路灯坏了，晚上看不见路", visitor_name="张三",
                     village="东关村")
    )  # fmt: skip
    type_text(desk.name, "李四")
    type_text(desk.content, "村口路灯一直不亮")
    qtbot.waitUntil(lambda: len(desk.similar.rows) >= 1, timeout=3000)
    assert desk.similar.rows[0].request.id == first.id
    assert not desk.merge_button.isEnabled()
    desk.similar_view.selectRow(0)
    assert desk.merge_button.isEnabled()
    desk.merge_button.click()

    merged = services.request_list.merged_into(first.id)
    assert [r.visitor_name for r in merged] == ["李四"]
    assert services.requests.get(merged[0].id).status == RequestStatus.MERGED
    assert f"已合并到 {first.number}" in desk.status.text()


def test_ctrl_p_prints_the_receipt_of_the_visitor_just_registered(
    qtbot, type_text, desk, services, reception_day, when_modal, wait_background
):
    assert not desk.receipt_button.isEnabled()
    _fill_and_enter(qtbot, type_text, desk, "郑䶮", "13812345679", "北坡村", "社保", "医保转移")
    _fill_and_enter(qtbot, type_text, desk, "冯𠮷", "13812345670", "东关村", "其他", "路灯坏了")
    assert desk.receipt_button.isEnabled()
    from studio_app.ui.pdf_preview import PdfPreviewDialog

    seen = when_modal(PdfPreviewDialog, lambda d: d.reject())
    qtbot.keyClick(desk.name, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    latest = desk.registered.rows[0]
    assert latest.visitor_name == "冯𠮷"
    assert seen[0].document.title == f"受理回执（{latest.number}）"
