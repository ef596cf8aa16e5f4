"""诉求 → 共性问题 → 发现共性问题…: groups found by the program, accepted as they are or edited."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from studio_app.core.visitor_requests import RequestInput
from studio_app.ui.common_issues_panel import CommonIssuesPanel
from studio_app.ui.suggested_issues_dialog import SuggestedIssuesDialog

TODAY = date(2026, 12, 7)


def _register(services, content, name, village, day):
    data = RequestInput(content=content, visitor_name=name, village=village, category="其他")
    return services.requests.register(data, at=datetime(2026, 11, day, 12).astimezone())


def test_a_found_group_is_edited_and_accepted(qtbot, services, studio):
    lamps = [_register(services, text, name, village, 2 + i) for i, (name, village, text) in
             enumerate([("张三", "东关村", "村口的路灯坏了三个月没人修"),
                        ("李四", "西沟村", "路灯一直不亮，晚上出门摸黑"),
                        ("王五", "南庄村", "村里路灯坏了好几个，夜里走路看不见"),
                        ("赵六", "南庄村", "路灯的电费让村民摊，不合理")])]  # fmt: skip
    drains = [_register(services, text, name, "东关村", 10 + i) for i, (name, text) in
              enumerate([("钱七", "下水道堵了，污水漫到院子里"),
                         ("孙八", "排水沟不通，一下雨院子就淹"),
                         ("周九", "街上的下水管堵死了，脏水流不动")])]  # fmt: skip
    _register(services, "孩子上幼儿园收费太高", "吴十", "北坡村", 20)
    dialog = SuggestedIssuesDialog(services, services.common_issues.suggestions(TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "近 3 个月" in dialog.intro.text()
    assert [(g.title, len(g.requests)) for g in dialog.found.rows] == [
        ("路灯损坏", 3), ("下水道堵塞", 3),
    ]  # fmt: skip  # the electricity bill is another matter
    assert dialog.title.text() == "路灯损坏" and dialog.members.count() == 3
    dialog.title.setText("农村路灯失修")
    dialog.members.item(2).setCheckState(Qt.CheckState.Unchecked)  # left out
    dialog.accept_chosen()
    (issue,) = services.common_issues.issues()
    assert (issue.title, issue.request_count) == ("农村路灯失修", 2)
    assert {r.id for r in services.common_issues.requests_of(issue.id)} == {
        lamps[0].id, lamps[1].id,
    }  # fmt: skip
    assert dialog.created == [issue.id]
    # The accepted group left the list; the next one is shown.
    assert [g.title for g in dialog.found.rows] == ["下水道堵塞"]
    assert dialog.title.text() == "下水道堵塞"
    dialog.accept_chosen()
    assert len(services.common_issues.issues()) == 2 and dialog.found.rows == []
    assert not dialog.accept_button.isEnabled()
    assert {r.id for r in services.common_issues.requests_of(dialog.created[-1])} == {
        d.id for d in drains
    }


def test_the_common_issues_tab_finds_in_the_background_and_lists_the_accepted(
    qtbot, services, studio, when_modal, wait_background
):
    for name, text in [("钱七", "下水道堵了，污水漫到院子里"),
                       ("孙八", "排水沟不通，一下雨院子就淹"),
                       ("周九", "街上的下水管堵死了，脏水流不动")]:  # fmt: skip
        data = RequestInput(content=text, visitor_name=name, village="东关村")
        services.requests.register(data)  # today: within the last three months
    panel = CommonIssuesPanel(services)
    qtbot.addWidget(panel)
    seen = when_modal(SuggestedIssuesDialog, lambda d: d.accept_chosen())
    panel.find_button.click()
    wait_background()
    # The panel deletes the dialog once its exec() returns: wait for what the panel shows, never
    # touch the dialog itself (it may already be gone).
    qtbot.waitUntil(lambda: bool(seen) and bool(panel.issues.rows), timeout=10_000)
    assert [r.title for r in panel.issues.rows] == ["下水道堵塞"]
    assert panel.selected().request_count == 3
