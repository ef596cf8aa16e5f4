"""Studio-wide settings: the deadlines each step of a request gets."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.base.errors import ValidationError
from studio_app.core.app_settings import Deadlines
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


D = date.fromisoformat


def test_deadlines_default_to_the_city_rule_and_can_be_changed(services):
    assert services.settings.deadlines() == Deadlines(assign=2, answer=5, return_visit=5)
    services.settings.set_deadlines(Deadlines(assign=1, answer=10, return_visit=3))
    assert services.settings.deadlines() == Deadlines(1, 10, 3)

    r = services.requests.register(RequestInput(content="路灯坏了", visitor_name="张三"),
                                   today=D("2026-11-23"))  # fmt: skip
    assert r.assign_due == D("2026-11-24")  # Monday + 1 working day
    r = services.requests.assign(r.id, handling_unit="镇城建办", today=D("2026-11-24"))
    assert r.answer_due == D("2026-12-08")  # Tuesday + 10 working days


@pytest.mark.parametrize("bad", [0, -1, 61])
def test_an_impossible_deadline_is_refused_and_nothing_changes(services, bad):
    with pytest.raises(ValidationError, match="应为 1 到 60 个工作日") as info:
        services.settings.set_deadlines(Deadlines(assign=2, answer=bad, return_visit=5))
    assert [e.field for e in info.value.errors] == ["answer"]
    assert services.settings.deadlines() == Deadlines()


def test_an_unreadable_stored_value_keeps_its_default(services):
    services.settings.set("deadline.assign", "两天")
    assert services.settings.deadlines().assign == 2
