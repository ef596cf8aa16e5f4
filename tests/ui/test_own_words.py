"""设置 → 近义词: the coordinator's own words, tried on two requests before they are saved."""

from __future__ import annotations

from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.own_words_dialog import OwnWordsDialog


def test_own_words_are_tried_then_saved_and_the_desk_finds_by_them(qtbot, services, studio):
    drain = services.requests.register(RequestInput(content="洋沟冒水，坝子里全是水",
                                                    visitor_name="张三"))  # fmt: skip
    dialog = OwnWordsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "组基层常用说法" in dialog.intro.text()
    dialog.first.setText("洋沟冒水，坝子里全是水")
    dialog.second.setText("下水道积水，院子被淹")
    assert dialog.verdict.text().startswith("不相近")
    dialog.words.setPlainText("洋沟 下水道\n问题：冒水 积水\n坝子 院子")
    assert dialog.verdict.text().startswith("内容相近")
    assert services.own_words.text() == ""  # only tried, not yet saved
    dialog.words.setPlainText("洋沟 一二三四五六七八九十一二三")
    assert "第 1 组" in dialog.verdict.text()
    dialog.save()  # refused: the error under the field, nothing saved
    assert not dialog.changed and services.own_words.text() == ""
    assert "第 1 组" in dialog.fields.error("words").text()
    dialog.words.setPlainText("洋沟 下水道\n问题：冒水 积水\n坝子 院子")
    dialog.save()
    assert dialog.changed
    found = services.request_list.similar("下水道积水，院子被淹")
    assert [f.request.id for f in found] == [drain.id]
