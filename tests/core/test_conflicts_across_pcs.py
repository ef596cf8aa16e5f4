"""Two PCs on one database (issue 20, point 3): every editable record, each way a save can be
late, is refused with the one ConflictError that names who saved first and when, and nothing of
the late save is written.

Each PC is a ``Services`` over its own engine (its own connections) to the same database,
signed in as a different user. For every service method that edits a record:

* stale: this PC read the record (the form shows its version), the other saved it, this PC
  saves with the version it read;
* race: both read, neither passes a version, and the other's save lands between this PC's
  reading and its first write (the UPDATE finds the version moved under it).

The requests' workflow steps have their own table (test_request_races.py, same two engines).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from studio_app.base.enums import (
    ActionStatus,
    ActivityKind,
    DayKind,
    MembershipRole,
    ProposalKind,
    ProposalStep,
    Role,
)
from studio_app.base.errors import ConflictError
from studio_app.core.activities import ActivityInput
from studio_app.core.households import HouseholdInput
from studio_app.core.meetings import ActionInput, MeetingInput
from studio_app.core.members import MemberInput
from studio_app.core.proposals import ProposalInput
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.database import Database, create_db_engine

pytestmark = pytest.mark.pg  # both databases

DAY = date(2026, 3, 2)
THEM = "李管理"  # the other PC's user, named in the refusal


@dataclass
class Pcs:
    mine: Services  # this PC (王管理), whose save is late
    theirs: Services  # the other PC (李管理), which saves first
    studio: uuid.UUID


def _second_engine(db: Database) -> Database:
    """The same database through an engine of its own: another PC's connections."""
    return Database(db.url, create_db_engine(db.url))


@pytest.fixture(scope="module")
def pcs(module_db) -> Iterator[Pcs]:
    first = Services(module_db)
    studio = first.studios.create(StudioInput(name="城关委员工作室", address="城关镇"))
    admin = first.access.create_first_admin("admin", "王管理", "guanli-2026")  # of the studio
    first.access.add_user(admin, "li", THEM, Role.ADMIN, "li-guanli-2026")
    first.current_user = admin
    other_db = _second_engine(module_db)
    other = Services(other_db)
    other.current_user = other.access.login("li", "li-guanli-2026")
    try:
        yield Pcs(first, other, studio.id)
    finally:
        other_db.close()


@contextmanager
def between_read_and_write(mine: Services, act: Callable[[], Any]) -> Iterator[None]:
    """Run ``act`` (the other PC's save) just before this PC's first write statement: this PC
    has read everything it reads, and writes from what it read."""
    engine = mine.db.database.engine
    fired: list[bool] = []

    def before(_conn, _cursor, statement, *_args) -> None:
        if not fired and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            fired.append(True)
            act()

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", before)
    assert fired, "this PC wrote nothing"


# ---- the records, made fresh for each case --------------------------------------------------
_made = itertools.count()


def _unique(name: str) -> str:
    """A name no other record of the module has (the duplicate checks stay out of the way)."""
    return name + chr(0x4E00 + next(_made))


def _member(s: Services, pcs: Pcs, name: str = "王䶮") -> uuid.UUID:
    data = MemberInput(name=_unique(name), sector="经济界", studio_id=pcs.studio)
    return s.members.create(data).id


def _household(s: Services, _pcs: Pcs, name: str = "李堃") -> uuid.UUID:
    data = HouseholdInput(head_name=_unique(name), village="西关村", tags=["低保"])
    return s.households.create(data).id


def _link(s: Services, pcs: Pcs) -> tuple[uuid.UUID, uuid.UUID]:
    """Two members linked to one household: (the first's link, the second's)."""
    h = _household(s, pcs)
    first = s.linkages.link(_member(s, pcs, "张喆"), h, since=DAY, primary=True)
    second = s.linkages.link(_member(s, pcs, "赵赟"), h, since=DAY)
    return first.id, second.id


def _visit(s: Services, pcs: Pcs) -> uuid.UUID:
    from studio_app.core.linkage import VisitInput

    return s.visits.record(VisitInput(_member(s, pcs), _household(s, pcs), DAY, notes="走访")).id


def _day(s: Services, pcs: Pcs) -> uuid.UUID:
    on = date(2030, 1, 1) + timedelta(days=next(_made))  # a day no other case uses
    day = s.reception_days.add_day(pcs.studio, on, "加开")
    s.reception_days.set_duty(day.id, [_member(s, pcs, "钱昇")])
    return day.id


def _free_day() -> date:
    """A day of 2028 no other reception day of the module is on."""
    return date(2028, 1, 1) + timedelta(days=next(_made))


def _day_and_two(s: Services, pcs: Pcs) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    """A day, two members not on its duty, and the member on it."""
    day = _day(s, pcs)
    on_duty = s.reception_days.duties(day)[0].member_id
    return day, _member(s, pcs, "周旻"), _member(s, pcs, "吴垚"), on_duty


def _meeting(s: Services, pcs: Pcs, **more) -> MeetingInput:
    return MeetingInput(
        studio_id=pcs.studio, topic="村道修缮协商", place="会议室",
        starts_at=datetime(2026, 3, 2, 2, tzinfo=UTC), **more,
    )  # fmt: skip


def _meeting_with_action(s: Services, pcs: Pcs) -> uuid.UUID:
    data = _meeting(s, pcs, actions=[ActionInput(text="修村道", responsible_unit="镇城建办")])
    return s.meetings.create(data).id


def _issue(s: Services, _pcs: Pcs) -> uuid.UUID:
    r1 = s.requests.register(RequestInput(content="路灯坏了", visitor_name="张三"), today=DAY)
    r2 = s.requests.register(RequestInput(content="路灯不亮", visitor_name="李四"), today=DAY)
    return s.common_issues.create("村道路灯", "多户反映", [r1.id, r2.id]).id


def _proposal(s: Services, pcs: Pcs, submitted: bool = False) -> uuid.UUID:
    lead = _member(s, pcs, "孙犇")
    item = s.proposals.create(
        ProposalInput(ProposalKind.PROPOSAL, "关于村道修缮的提案", lead_id=lead), today=DAY
    )
    if submitted:
        s.proposals.record_step(item.id, ProposalStep.SUBMIT, DAY, today=DAY)
    return item.id


def _activity(s: Services, pcs: Pcs) -> uuid.UUID:
    return s.activities.add(
        ActivityInput(_member(s, pcs), ActivityKind.SPEECH, DAY, "written", "大会发言")
    ).id


def _category(s: Services, _pcs: Pcs) -> str:
    return s.categories.add(f"类别{uuid.uuid4().hex[:6]}")


def _user(s: Services, _pcs: Pcs) -> uuid.UUID:
    name = f"u{uuid.uuid4().hex[:6]}"
    return s.access.add_user(s.current_user, name, "小周", Role.COORDINATOR, "zhou-pass-2026").id


def _calendar_day(s: Services, _pcs: Pcs) -> date:
    on = date(2031, 1, 1) + timedelta(days=next(_made))
    s.calendar.set_day(on, DayKind.HOLIDAY, "县里放假")
    return on


def _entry(s: Services, on: date):
    return next(e for e in s.calendar.entries(on.year) if e.day == on)


def _category_entry(s: Services, name: str):
    return next(e for e in s.categories.entries() if e.name == name)


def _user_row(s: Services, user_id: uuid.UUID):
    return next(u for u in s.access.users(s.current_user) if u.id == user_id)


# A user's version moves with each of their logins (the last login is kept on the row), so the
# users dialog acts on a click, not on a form read earlier: only the race applies to users.
NOT_READ = None


# ---- the table ------------------------------------------------------------------------------


@dataclass
class Case:
    """A record made by ``prepare``; what ``version`` the form reads; this PC's save
    (``mine``, with the version read or None); the other PC's save (``theirs``, first); and
    ``state``: what is saved, as compared before and after the refused save."""

    prepare: Callable[[Services, Pcs], Any]
    version: Callable[[Services, Any], Any] | None  # the version read (or the entry, with it)
    mine: Callable[[Services, Any, int | None], object]
    theirs: Callable[[Services, Any], object]
    state: Callable[[Services, Any], object]


def _member_state(s, m):
    d = s.members.get(m)
    m = d.member
    roles = [(ms.role, ms.left_on) for _studio, ms in d.memberships]
    return m.sector, m.archived_at is not None, m.photo, m.version, roles


def _household_state(s, h):
    x = s.households.get(h)
    return x.village, x.tag_names, x.archived_at is not None, x.version


PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 20
JPG = b"\xff\xd8\xff" + b"1" * 20


def _m_update(s, m, v, sector):
    name = s.members.get(m).member.name
    return s.members.update(m, MemberInput(name=name, sector=sector), expected_version=v)


def _m_role(s, pcs_studio, m, v, role):
    name = s.members.get(m).member.name
    return s.members.update(
        m, MemberInput(name=name, sector="经济界", studio_id=pcs_studio, role=role),
        expected_version=v,
    )  # fmt: skip


def _h_update(s, h, v, village, tags=("低保",)):
    name = s.households.get(h).head_name
    data = HouseholdInput(head_name=name, village=village, tags=list(tags))
    return s.households.update(h, data, expected_version=v)


# fmt: off
def cases(pcs: Pcs) -> dict[str, Case]:
    st = pcs.studio
    mv = lambda s, m: s.members.get(m).member.version  # noqa: E731
    hv = lambda s, h: s.households.get(h).version  # noqa: E731
    return {
        "委员 修改": Case(
            _member, mv, lambda s, m, v: _m_update(s, m, v, "农业界"),
            lambda s, m: _m_update(s, m, None, "教育界"), _member_state,
        ),
        "委员 工作室角色": Case(
            _member, mv, lambda s, m, v: _m_role(s, st, m, v, MembershipRole.LEAD),
            lambda s, m: _m_role(s, st, m, None, MembershipRole.LEAD), _member_state,
        ),  # only the membership changes: the member's version moves with it
        "委员 照片": Case(
            _member, mv, lambda s, m, v: s.members.set_photo(m, PNG, version=v),
            lambda s, m: s.members.set_photo(m, JPG), _member_state,
        ),
        "委员 归档": Case(
            _member, mv, lambda s, m, v: s.members.archive(m, version=v),
            lambda s, m: _m_update(s, m, None, "教育界"), _member_state,
        ),
        "委员 恢复": Case(
            lambda s, p: (m := _member(s, p), s.members.archive(m))[0], mv,
            lambda s, m, v: s.members.restore(m, version=v),
            lambda s, m: _m_update(s, m, None, "教育界"), _member_state,
        ),
        "联系户 修改": Case(
            _household, hv,
            lambda s, h, v: _h_update(s, h, v, "南关村"),
            lambda s, h: _h_update(s, h, None, "北关村"),
            _household_state,
        ),
        "联系户 标签": Case(
            _household, hv,
            lambda s, h, v: _h_update(s, h, v, "西关村", ["独居老人"]),
            lambda s, h: _h_update(s, h, None, "西关村", ["残疾"]),
            _household_state,
        ),
        "联系户 归档": Case(
            _household, hv, lambda s, h, v: s.households.archive(h, version=v),
            lambda s, h: _h_update(s, h, None, "北关村"),
            _household_state,
        ),
        "联系户 恢复": Case(
            lambda s, p: (h := _household(s, p), s.households.archive(h))[0], hv,
            lambda s, h, v: s.households.restore(h, version=v),
            lambda s, h: _h_update(s, h, None, "北关村"),
            _household_state,
        ),
        "联系 解除": Case(
            _link, lambda s, k: _link_version(s, k[1]),
            lambda s, k, v: s.linkages.unlink(k[1], until=DAY, version=v),
            lambda s, k: s.linkages.set_primary(k[1]), _link_state,
        ),
        "联系 设为主要联系人": Case(
            _link, lambda s, k: _link_version(s, k[1]),
            lambda s, k, v: s.linkages.set_primary(k[1], version=v),
            lambda s, k: s.linkages.unlink(k[1], until=DAY), _link_state,
        ),
        "走访 撤回": Case(
            _visit, lambda s, v: _visit_row(s, v).version,
            lambda s, x, v: s.visits.archive(x, version=v),
            lambda s, x: s.visits.archive(x), lambda s, x: _visit_state(s, x),
        ),
        "接待日 改期": Case(
            _day, _day_version,
            lambda s, d, v: s.reception_days.move(d, _free_day(), "撞会", version=v),
            lambda s, d: s.reception_days.cancel(d, "下雪"), _day_state,
        ),
        "接待日 取消": Case(
            _day, _day_version,
            lambda s, d, v: s.reception_days.cancel(d, "下雪", version=v),
            lambda s, d: s.reception_days.move(d, _free_day(), "撞会"), _day_state,
        ),
        "接待日 已举行": Case(
            _day, _day_version,
            lambda s, d, v: s.reception_days.mark_held(d, version=v),
            lambda s, d: s.reception_days.cancel(d, "下雪"), _day_state,
        ),
        "接待日 值班": Case(
            _day_and_two, lambda s, d: _day_version(s, d[0]),
            lambda s, d, v: s.reception_days.set_duty(d[0], [d[1]], version=v),
            lambda s, d: s.reception_days.set_duty(d[0], [d[2]]),
            lambda s, d: _day_state(s, d[0]),
        ),
        "接待日 换班": Case(
            _day_and_two, lambda s, d: _day_version(s, d[0]),
            lambda s, d, v: s.reception_days.swap(d[0], d[3], d[1], version=v),
            lambda s, d: s.reception_days.swap(d[0], d[3], d[2]),
            lambda s, d: _day_state(s, d[0]),
        ),
        "接待日规则": Case(
            lambda s, p: (s.reception_days.set_rule(p.studio, "每月10日"), p.studio)[1], lambda s, x: s.studios.get(x).version,
            lambda s, x, v: s.reception_days.set_rule(x, "每月15日", version=v),
            lambda s, x: s.reception_days.set_rule(x, "每月第一个星期三"),
            lambda s, x: (s.studios.get(x).reception_rule, s.studios.get(x).version),
        ),
        "工作室信息": Case(
            lambda s, p: (s.studios.update(p.studio, StudioInput(name="城关委员工作室",
                                                                 address="城关镇")), p.studio)[1], lambda s, x: s.studios.get(x).version,
            lambda s, x, v: s.studios.update(x, StudioInput(name="城关委员工作室",
                                                            address="城关镇一号"),
                                             expected_version=v),
            lambda s, x: s.studios.update(x, StudioInput(name="城关委员工作室",
                                                         address="城关镇二号")),
            lambda s, x: (s.studios.get(x).address, s.studios.get(x).version),
        ),
        "会议 修改": Case(
            lambda s, p: s.meetings.create(_meeting(s, p)).id, _meeting_version,
            lambda s, x, v: s.meetings.update(x, v, _meeting(s, pcs, summary="议定修路")),
            lambda s, x: s.meetings.update(x, None, _meeting(s, pcs, summary="改日再议")),
            _meeting_state,
        ),
        "会议 跟踪事项": Case(
            _meeting_with_action, lambda s, x: s.meetings.get(x).actions[0].version,
            lambda s, x, v: s.meetings.set_action_status(
                s.meetings.get(x).actions[0].id, ActionStatus.DONE, "已修好", DAY, version=v),
            lambda s, x: s.meetings.set_action_status(
                s.meetings.get(x).actions[0].id, ActionStatus.CANCELLED, "不修了"),
            _meeting_state,
        ),
        "会议 归档": Case(
            lambda s, p: s.meetings.create(_meeting(s, p)).id, _meeting_version,
            lambda s, x, v: s.meetings.archive(x, version=v),
            lambda s, x: s.meetings.update(x, None, _meeting(s, pcs, summary="改日再议")),
            _meeting_state,
        ),
        "会议 恢复": Case(
            lambda s, p: (x := s.meetings.create(_meeting(s, p)).id, s.meetings.archive(x))[0],
            _meeting_version, lambda s, x, v: s.meetings.restore(x, version=v),
            lambda s, x: s.meetings.restore(x),
            _meeting_state,
        ),
        "共性问题 修改": Case(
            _issue, _issue_version,
            lambda s, x, v: s.common_issues.update(x, "村道路灯", "十户反映", expected_version=v),
            lambda s, x: s.common_issues.update(x, "村道路灯", "五户反映", expected_version=None),
            _issue_state,
        ),
        "共性问题 添加诉求": Case(
            lambda s, p: (_issue(s, p), _new_request(s), _new_request(s)),
            lambda s, x: _issue_version(s, x[0]),
            lambda s, x, v: s.common_issues.add_requests(x[0], [x[1]], version=v),
            lambda s, x: s.common_issues.add_requests(x[0], [x[2]]),
            lambda s, x: _issue_state(s, x[0]),
        ),
        "共性问题 移出诉求": Case(
            _issue, _issue_version,
            lambda s, x, v: s.common_issues.remove_request(
                x, s.common_issues.requests_of(x)[0].id, version=v),
            lambda s, x: s.common_issues.remove_request(x, s.common_issues.requests_of(x)[1].id),
            _issue_state,
        ),
        "共性问题 归档": Case(
            _issue, _issue_version, lambda s, x, v: s.common_issues.archive(x, version=v),
            lambda s, x: s.common_issues.update(x, "村道路灯", "五户反映", expected_version=None),
            _issue_state,
        ),
        "共性问题 恢复": Case(
            lambda s, p: (x := _issue(s, p), s.common_issues.archive(x))[0], _issue_version,
            lambda s, x, v: s.common_issues.restore(x, version=v),
            lambda s, x: s.common_issues.update(x, "村道路灯", "五户反映", expected_version=None),
            _issue_state,
        ),
        "提案 正文": Case(
            _proposal, _proposal_version,
            lambda s, x, v: s.proposals.update(x, _text(s, x, "道路年久失修"), expected_version=v),
            lambda s, x: s.proposals.update(x, _text(s, x, "路面破损"), expected_version=None),
            _proposal_state,
        ),
        "提案 经过": Case(
            lambda s, p: _proposal(s, p, submitted=True), _proposal_version,
            lambda s, x, v: s.proposals.record_step(x, ProposalStep.REGISTER, DAY, version=v,
                                                    today=DAY),
            lambda s, x: s.proposals.record_step(x, ProposalStep.NOT_REGISTER, DAY, today=DAY),
            _proposal_state,
        ),
        "提案 更正": Case(
            lambda s, p: _proposal(s, p, submitted=True), _proposal_version,
            lambda s, x, v: s.proposals.correct(x, 2, ProposalStep.RETRACT, DAY, "误录",
                                                version=v, today=DAY),
            lambda s, x: s.proposals.record_step(x, ProposalStep.REGISTER, DAY, today=DAY),
            _proposal_state,
        ),
        "提案 归档": Case(
            _proposal, _proposal_version, lambda s, x, v: s.proposals.archive(x, version=v),
            lambda s, x: s.proposals.update(x, _text(s, x, "路面破损"), expected_version=None),
            _proposal_state,
        ),
        "履职活动 修改": Case(
            _activity, _activity_version,
            lambda s, x, v: s.activities.update(x, v, _activity_input(s, x, "书面发言一")),
            lambda s, x: s.activities.update(x, None, _activity_input(s, x, "书面发言二")),
            _activity_state,
        ),
        "履职活动 撤回": Case(
            _activity, _activity_version, lambda s, x, v: s.activities.withdraw(x, version=v),
            lambda s, x: s.activities.update(x, None, _activity_input(s, x, "书面发言二")),
            _activity_state,
        ),
        "积分办法": Case(
            lambda s, p: None, lambda s, _x: s.points.current().number,
            lambda s, _x, v: s.points.publish(_scheme(s, 30), "第一版", based_on=v),
            lambda s, _x: s.points.publish(_scheme(s, 40), "第二版"),
            lambda s, _x: [(x.number, x.note) for x in s.points.versions()],
        ),
        "诉求类别 改名": Case(
            _category, lambda s, n: _category_entry(s, n),
            lambda s, n, v: s.categories.rename(n, n + "甲", read=v),
            lambda s, n: s.categories.rename(n, n + "乙"),
            lambda s, n: [e.name for e in s.categories.entries()],
        ),
        "诉求类别 归档": Case(
            _category, lambda s, n: _category_entry(s, n),
            lambda s, n, v: s.categories.archive(n, read=v),
            lambda s, n: s.categories.rename(n, n + "乙"),
            lambda s, n: [(e.name, e.archived) for e in s.categories.entries()],
        ),
        "诉求类别 恢复": Case(
            lambda s, p: (n := _category(s, p), s.categories.archive(n))[0],
            lambda s, n: _category_entry(s, n),
            lambda s, n, v: s.categories.restore(n, read=v),
            lambda s, n: s.categories.rename(n, n + "乙"),
            lambda s, n: [(e.name, e.archived) for e in s.categories.entries()],
        ),
        "诉求类别 排序": Case(
            lambda s, p: (_category(s, p), _category(s, p))[1],
            lambda s, n: _category_entry(s, n),
            lambda s, n, v: s.categories.move(n, True, read=v),
            lambda s, n: s.categories.rename(n, n + "乙"),
            lambda s, n: [e.name for e in s.categories.entries()],
        ),
        "设置": Case(
            lambda s, p: s.settings.set("print.footer", "城关镇"),
            lambda s, _x: s.settings.stored(["print.footer"]),
            lambda s, _x, v: s.settings.set_many({"print.footer": "城关镇政协"}, read=v),
            lambda s, _x: s.settings.set("print.footer", "县政协"),
            lambda s, _x: s.settings.get("print.footer"),
        ),
        "节假日 修改": Case(
            _calendar_day, lambda s, d: _entry(s, d).version,
            lambda s, d, v: s.calendar.set_day(d, DayKind.WORKDAY, "调休上班", version=v),
            lambda s, d: s.calendar.set_day(d, DayKind.HOLIDAY, "县里另放一天"),
            lambda s, d: [(e.kind, e.name, e.version) for e in s.calendar.entries(d.year)],
        ),
        "节假日 删除": Case(
            _calendar_day, lambda s, d: _entry(s, d).version,
            lambda s, d, v: s.calendar.remove_day(d, version=v),
            lambda s, d: s.calendar.set_day(d, DayKind.HOLIDAY, "县里另放一天"),
            lambda s, d: [(e.kind, e.name, e.version) for e in s.calendar.entries(d.year)],
        ),
        "用户 角色": Case(
            _user, NOT_READ,
            lambda s, u, _v: s.access.set_role(s.current_user, u, Role.VIEWER),
            lambda s, u: s.access.set_active(s.current_user, u, False),
            lambda s, u: (_user_row(s, u).role, _user_row(s, u).active),
        ),
        "用户 停用": Case(
            _user, NOT_READ,
            lambda s, u, _v: s.access.set_active(s.current_user, u, False),
            lambda s, u: s.access.set_role(s.current_user, u, Role.VIEWER),
            lambda s, u: (_user_row(s, u).role, _user_row(s, u).active),
        ),
        "用户 重设密码": Case(
            _user, NOT_READ,
            lambda s, u, _v: s.access.reset_password(s.current_user, u, "new-pass-2026"),
            lambda s, u: s.access.set_role(s.current_user, u, Role.VIEWER),
            lambda s, u: (_user_row(s, u).role, _user_row(s, u).active),
        ),
    }
# fmt: on


def _link_version(s, link_id):
    from studio_app.core.models import Linkage

    with s.db.session() as session:
        return session.get(Linkage, link_id).version


def _link_state(s, ids):
    from studio_app.core.models import Linkage

    with s.db.session() as session:
        return [(k.until, k.primary, k.version) for k in (session.get(Linkage, i) for i in ids)]


def _visit_row(s, visit_id):
    from studio_app.core.models import Visit

    with s.db.session() as session:
        return session.get(Visit, visit_id)


def _visit_state(s, visit_id):
    v = _visit_row(s, visit_id)
    return v.archived_at is not None, v.version


def _day_version(s, day_id):
    return s.reception_days.get(day_id).version


def _day_state(s, day_id):
    d = s.reception_days.get(day_id)
    duties = sorted(x.name for x in s.reception_days.duties(day_id))
    return d.held_on, d.status, d.change_reason, d.version, duties


def _meeting_version(s, meeting_id):
    return s.meetings.get(meeting_id).version


def _meeting_state(s, meeting_id):
    m = s.meetings.get(meeting_id)
    actions = [(a.status, a.feedback) for a in m.actions]
    return m.summary, m.archived_at is not None, m.version, actions


def _new_request(s):
    return s.requests.register(RequestInput(content="路灯又坏", visitor_name="王五"), today=DAY).id


def _issue_version(s, issue_id):
    return next(i for i in s.common_issues.issues(True) if i.id == issue_id).version


def _issue_state(s, issue_id):
    row = next(i for i in s.common_issues.issues(True) if i.id == issue_id)
    numbers = sorted(r.number for r in s.common_issues.requests_of(issue_id))
    return row.summary, row.archived, row.version, numbers


def _proposal_version(s, proposal_id):
    return s.proposals.detail(proposal_id).row.version


def _text(s, proposal_id, analysis):
    d = s.proposals.detail(proposal_id)
    return replace(d.text, analysis=analysis)


def _proposal_state(s, proposal_id):
    d = s.proposals.detail(proposal_id)
    return d.row.step, d.row.version, d.text.analysis, [(c.step, c.day) for c in d.course]


def _activity_row(s, activity_id):
    from studio_app.core.models import MemberActivity

    with s.db.session() as session:
        return session.get(MemberActivity, activity_id)


def _activity_version(s, activity_id):
    return _activity_row(s, activity_id).version


def _activity_input(s, activity_id, title):
    a = _activity_row(s, activity_id)
    return ActivityInput(a.member_id, ActivityKind.SPEECH, DAY, "written", title)


def _activity_state(s, activity_id):
    a = _activity_row(s, activity_id)
    return a.title, a.archived_at is not None, a.version


def _scheme(s, base):
    return replace(s.points.current().scheme, base=base)


TABLE = cases(Pcs(None, None, uuid.uuid4()))  # type: ignore[arg-type]
WAYS = [
    (name, way)
    for name, case in sorted(TABLE.items())
    for way in ("stale", "race")
    if way == "race" or case.version is not NOT_READ
]


@pytest.mark.parametrize(("name", "way"), WAYS)
def test_the_late_save_is_refused_naming_who_saved_first_and_keeps_theirs(pcs, name, way):
    case = cases(pcs)[name]
    mine, theirs = pcs.mine, pcs.theirs
    record = case.prepare(mine, pcs)
    kept: list[object] = []

    def their_save() -> None:
        case.theirs(theirs, record)
        kept.append(case.state(theirs, record))

    with pytest.raises(ConflictError) as refused:
        if way == "stale":
            read = case.version(mine, record)  # what this PC's form shows
            their_save()
            case.mine(mine, record, read)
        else:
            with between_read_and_write(mine, their_save):
                case.mine(mine, record, None)
    assert refused.value.who == THEM and refused.value.when
    assert f"已由“{THEM}”于 {refused.value.when} 修改" in str(refused.value)
    assert case.state(theirs, record) == kept[0]  # theirs kept, nothing of mine written
    assert case.state(mine, record) == kept[0]
