"""Two windows or two PCs acting on one request (issue 16, point 6; issue 20, point 3: each
PC through its own engine): the one that saves second gets the ConflictError of the guard's
one mechanism, saying who saved first and when, and nothing of its step is saved. Every step,
the new ones included (改派, 延期, a merged visitor's own return visit, 关联到该提案), both ways
a save can be late:

* stale: the window opened the request at an older version (the list's), and says so;
* race: both read the same version; the other saves between this one's reading and writing
  (the UPDATE finds the version moved under it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from studio_app.base.enums import ProposalKind, Role, Satisfaction
from studio_app.base.enums import RequestStatus as S
from studio_app.base.errors import ConflictError
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput, RequestService
from studio_app.storage.database import Database, create_db_engine

pytestmark = pytest.mark.pg  # both databases

DAY = date(2026, 3, 2)


@dataclass
class Case:
    """A request brought to ``state`` and the act of each side on it."""

    prepare: Callable[[Services], object]  # returns the request (or the merged visitor's)
    mine: Callable[[Services, object, int | None], object]  # the loser's step
    theirs: Callable[[Services, object], object]  # the winner's step, saved first


def _register(services, content="村口路灯坏了", name="张三"):
    return services.requests.register(RequestInput(content=content, visitor_name=name), today=DAY)


def _assigned(services):
    r = _register(services)
    return services.requests.assign(r.id, handling_unit="镇城建办", today=DAY)


def _answered(services):
    r = _assigned(services)
    return services.requests.answer(r.id, "已更换灯具", today=DAY)


def _merged_visitor(services):
    main = _register(services)
    merged = _register(services, "路灯不亮", name="李四")
    services.requests.merge(merged.id, main.id)
    services.requests.assign(main.id, handling_unit="镇城建办", today=DAY)
    services.requests.answer(main.id, "已更换灯具", today=DAY)
    return services.requests.get(merged.id)


def _proposal(services):
    p = _register(services, "独居老人冬季取暖难", name="王五")
    services.proposals.convert_request(p.id, ProposalKind.SOCIAL_OPINION)
    return services.requests.get(p.id)


def _reroute(services, r, version=None):
    return services.requests.assign(r.id, handling_unit="县交通运输局", version=version)


def _extend(services, r, version=None):
    return services.requests.extend(r.id, date(2026, 3, 31), "需要会商", version=version)


def _link(services, r, version=None):
    proposal = next(x for x in services.request_list.rows(_all()) if x.status == S.CONVERTED)
    return services.requests.link_to_proposal(r.id, proposal.id, version=version)


def _all():
    from studio_app.core.request_list import RequestQuery

    return RequestQuery(include_merged=True)


CASES = {
    "改派": Case(_assigned, _reroute, lambda s, r: _extend(s, r)),
    "延期": Case(_assigned, _extend, lambda s, r: _reroute(s, r)),
    "开始办理": Case(_assigned, lambda s, r, v: s.requests.start(r.id, version=v), _reroute),
    "答复": Case(_assigned, lambda s, r, v: s.requests.answer(r.id, "正在修", version=v),
                 lambda s, r: s.requests.answer(r.id, "已修好")),
    "回访": Case(_answered,
                 lambda s, r, v: s.requests.return_visit(r.id, Satisfaction.SATISFIED, version=v),
                 lambda s, r: s.requests.return_visit(r.id, Satisfaction.UNSATISFIED, "还是坏")),
    "合并来的群众回访": Case(
        _merged_visitor,
        lambda s, r, v: s.requests.return_visit(r.id, Satisfaction.UNSATISFIED, version=v),
        lambda s, r: s.requests.return_visit(r.id, Satisfaction.SATISFIED),
    ),
    "关联到该提案": Case(lambda s: (_proposal(s), _assigned(s))[1], _link, _reroute),
    "合并": Case(
        lambda s: (_register(s, "另一件", "赵六"), _assigned(s))[1],
        lambda s, r, v: s.requests.merge(
            r.id, next(x.id for x in s.request_list.rows(_all()) if x.id != r.id), version=v
        ),
        _reroute,
    ),
    "不予受理": Case(_assigned, lambda s, r, v: s.requests.reject(r.id, "不属职责", version=v),
                     _reroute),
    "转为提案": Case(_assigned, lambda s, r, v: s.proposals.convert_request(r.id, ProposalKind.PROPOSAL, version=v),
                     _reroute),
}  # fmt: skip


@pytest.fixture
def two_windows(services):
    """This window signed in as the administrator, the other as the coordinator 联络员小李."""
    access = services.access
    admin = access.create_first_admin("admin", "王管理", "guanli-2026")
    access.add_user(admin, "lianluo", "联络员小李", Role.COORDINATOR, "lianluo-pass-2026")
    services.current_user = admin
    db = services.db.database
    other_db = Database(db.url, create_db_engine(db.url))  # another PC: its own connections
    other = Services(other_db)
    other.current_user = access.login("lianluo", "lianluo-pass-2026")
    yield services, other
    other_db.close()


def _saved(services, request_id) -> tuple:
    r = services.requests.get(request_id)
    fields = (r.status, r.version, r.handling_unit, r.answer_due, r.extension_count, r.reply,
              r.satisfaction, r.merged_into_id, r.linked_to_id, r.close_reason)  # fmt: skip
    return fields, len(services.requests.history(request_id))


@pytest.mark.parametrize("step", sorted(CASES))
@pytest.mark.parametrize("way", ["stale", "race"])
def test_the_second_save_is_refused_with_who_and_when_and_saves_nothing(
    two_windows, monkeypatch, step, way
):
    mine, theirs = two_windows
    case = CASES[step]
    r = case.prepare(mine)
    opened = mine.requests.get(r.id).version  # as the list shows it
    saved_by_them: list[tuple] = []  # the request as the other's step left it
    if way == "stale":
        case.theirs(theirs, r)  # saved while this window had it open
        saved_by_them.append(_saved(theirs, r.id))
    else:
        real_check = RequestService._check
        raced: list[bool] = []

        def check_then_race(request, action):
            real_check(request, action)
            if not raced:  # the other saves between this one's reading and writing
                raced.append(True)
                case.theirs(theirs, r)
                saved_by_them.append(_saved(theirs, r.id))

        monkeypatch.setattr(RequestService, "_check", staticmethod(check_then_race))
    with pytest.raises(ConflictError) as caught:
        case.mine(mine, r, opened if way == "stale" else None)
    monkeypatch.undo()
    assert caught.value.who == "联络员小李" and caught.value.when
    assert f"已由“联络员小李”于 {caught.value.when} 修改" in str(caught.value)
    assert "您这次的修改没有保存" in str(caught.value)
    assert _saved(mine, r.id) == saved_by_them[0]  # nothing of the refused step
