"""The closed loop of visitor requests: deadlines, transitions, history, refusals."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from studio_app.base.enums import ProposalKind, Satisfaction
from studio_app.base.enums import RequestStatus as S
from studio_app.base.errors import ConflictError, StudioError, ValidationError
from studio_app.core.members import MemberInput
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.core.visitor_requests import Action, RequestInput, RequestService, may_act
from studio_app.storage.migrate import open_database

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


D = date.fromisoformat
BEFORE_SPRING_FESTIVAL = D("2026-02-12")  # a Thursday; 2/14 is a make-up working day


def _register(services, content="村口路灯坏了三个月", *, today=BEFORE_SPRING_FESTIVAL, **kw):
    data = RequestInput(content=content, visitor_name=kw.pop("name", "张三"), **kw)
    return services.requests.register(data, today=today)


def test_the_whole_loop_with_working_day_deadlines(services):
    member = services.members.create(MemberInput(name="王䶮"))
    r = _register(services, category="交通", visitor_phone="138 1234 5678", village="东关村")
    assert r.number == "2026-0001" and r.status == S.REGISTERED
    assert r.assign_due == D("2026-02-14")  # Thu + 2 working days = the make-up Saturday
    # The date on the receipt: 5 working days after 2/14, 2/24 … 2/28 after the Spring Festival
    assert r.answer_due == D("2026-02-28")

    r = services.requests.assign(r.id, assignee_id=member.id, handling_unit=" 县交通局 ",
                                 today=D("2026-02-13"))  # fmt: skip
    assert (r.status, r.handling_unit) == (S.ASSIGNED, "县交通局")
    assert r.answer_due == D("2026-02-28")  # assigned early: still the date promised
    r = services.requests.start(r.id)
    r = services.requests.answer(r.id, "已列入维修计划，下周更换", today=D("2026-02-27"))
    assert (r.status, r.return_visit_due) == (S.ANSWERED, D("2026-03-05"))  # 2/28 is worked
    r = services.requests.return_visit(r.id, Satisfaction.SATISFIED, "已修好")
    assert (r.status, r.satisfaction, r.closed_at is not None) == (
        S.CLOSED,
        Satisfaction.SATISFIED,
        True,
    )

    history = services.requests.history(r.id)
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, S.REGISTERED), (S.REGISTERED, S.ASSIGNED), (S.ASSIGNED, S.IN_PROGRESS),
        (S.IN_PROGRESS, S.ANSWERED), (S.ANSWERED, S.CLOSED),
    ]  # fmt: skip
    assert history[3].note == "已列入维修计划，下周更换"
    assert history[4].note == "满意：已修好"


def test_an_unsatisfied_return_visit_reopens(services):
    member = services.members.create(MemberInput(name="李堃"))
    r = _register(services)
    services.requests.assign(r.id, assignee_id=member.id)
    services.requests.answer(r.id, "已协调")
    r = services.requests.return_visit(
        r.id, Satisfaction.UNSATISFIED, "还是不亮", today=D("2026-11-23")
    )
    assert (r.status, r.reopen_count, r.return_visit_due) == (S.IN_PROGRESS, 1, None)
    assert r.answer_due == D("2026-11-30")
    services.requests.answer(r.id, "已更换灯具")
    r = services.requests.return_visit(r.id, Satisfaction.BASICALLY)
    assert (r.status, r.reopen_count) == (S.CLOSED, 1)


def test_a_transition_not_allowed_is_refused_and_changes_nothing(services):
    r = _register(services)
    with pytest.raises(StudioError, match="诉求 2026-0001 当前是“登记”，不能“答复”"):
        services.requests.answer(r.id, "答复")
    with pytest.raises(StudioError, match="不能“回访”"):
        services.requests.return_visit(r.id, Satisfaction.SATISFIED)
    assert services.requests.get(r.id).status == S.REGISTERED
    assert len(services.requests.history(r.id)) == 1


def test_required_notes_and_targets(services):
    r = _register(services)
    with pytest.raises(ValidationError, match="请选择承办委员，或填写承办单位"):
        services.requests.assign(r.id)
    with pytest.raises(ValidationError, match="不予受理的理由"):
        services.requests.reject(r.id, "  ")
    with pytest.raises(StudioError, match="合并到它自己"):
        services.requests.merge(r.id, r.id)
    other = _register(services, "同一盏路灯")
    services.requests.merge(other.id, r.id)
    merged = services.requests.get(other.id)
    assert (merged.status, merged.merged_into_id) == (S.MERGED, r.id)
    third = _register(services, "又一条")
    with pytest.raises(StudioError, match="已合并到其他诉求"):
        services.requests.merge(third.id, other.id)
    services.requests.reject(third.id, "不属于本工作室职责范围")
    assert services.requests.get(third.id).close_reason == "不属于本工作室职责范围"
    services.proposals.convert_request(r.id, ProposalKind.SOCIAL_OPINION)
    assert services.requests.get(r.id).status == S.CONVERTED


def test_registering_and_merging_is_one_act(services):
    target = _register(services)
    merged = services.requests.register(
        RequestInput(content="同一盏路灯又不亮了", visitor_name="李四"),
        today=BEFORE_SPRING_FESTIVAL, merge_into=target.id,
    )  # fmt: skip
    stored = services.requests.get(merged.id)
    assert (stored.status, stored.merged_into_id) == (S.MERGED, target.id)
    assert [e.to_status for e in services.requests.history(merged.id)] == [S.REGISTERED, S.MERGED]
    services.requests.reject(target.id, "已由村委会处理")
    count = services.request_list.count(RequestQuery(include_merged=True))
    with pytest.raises(StudioError, match="已合并到其他诉求"):  # into a merged one: refused
        services.requests.register(
            RequestInput(content="路灯", visitor_name="王五"),
            today=BEFORE_SPRING_FESTIVAL, merge_into=merged.id,
        )  # fmt: skip
    # nothing of the refused registration is left: no request, no number taken
    assert services.request_list.count(RequestQuery(include_merged=True)) == count
    assert _register(services, "下一条").number == "2026-0003"


def test_registration_checks_and_numbers(services):
    with pytest.raises(ValidationError) as info:
        services.requests.register(RequestInput(content="", visitor_name="", visitor_phone="12"))
    assert {e.field for e in info.value.errors} == {"content", "visitor_name", "visitor_phone"}
    anonymous = services.requests.register(RequestInput(content="匿名反映", anonymous=True))
    first = _register(services, "一", visitor_phone="13812345678", name="赵垚")
    again = _register(services, "二", visitor_phone="138-1234-5678", name="赵垚")
    assert first.visitor_id == again.visitor_id != anonymous.visitor_id
    assert [anonymous.number, first.number, again.number] == ["2026-0001", "2026-0002", "2026-0003"]
    next_year = _register(services, "三", today=D("2027-01-04"))
    assert next_year.number == "2027-0001"


def test_a_request_without_a_category_is_filed_under_other_unless_the_desk_asks(services):
    # Any door but the desk (command line, import, intake): filed under 其他, never refused.
    r = _register(services, "没有写类别的诉求")
    assert services.requests.get(r.id).category == "其他"
    assert _register(services, "写了类别", category=" 交通 ").category == "交通"
    # The desk asks for one: refused with the error under the category, nothing saved.
    count = services.request_list.count(RequestQuery())
    with pytest.raises(ValidationError) as info:
        services.requests.register(
            RequestInput(content="路灯坏了", visitor_name="张三"), require_category=True
        )
    assert [(e.field, e.message) for e in info.value.errors] == [("category", "请选择诉求类别。")]
    assert services.request_list.count(RequestQuery()) == count
    with pytest.raises(ValidationError, match="请选择诉求类别"):  # checked before asking
        services.requests.check(
            RequestInput(content="路灯坏了", visitor_name="张三"), require_category=True
        )
    services.requests.check(RequestInput(content="路灯坏了", visitor_name="张三"))
    assert services.request_list.count(RequestQuery()) == count  # a check saves nothing
    desk = services.requests.register(
        RequestInput(content="路灯坏了", visitor_name="张三", category="交通"),
        require_category=True,
    )
    assert desk.category == "交通"


def test_a_return_visit_needs_the_visitor_s_answer(services):
    r = _register(services)
    services.requests.assign(r.id, handling_unit="镇城建办")
    services.requests.answer(r.id, "已更换灯具")
    with pytest.raises(ValidationError) as info:
        services.requests.return_visit(r.id, None, "电话没说满不满意")
    assert [e.field for e in info.value.errors] == ["satisfaction"]
    assert services.requests.get(r.id).status == S.ANSWERED  # nothing assumed, nothing changed
    assert services.requests.return_visit(r.id, Satisfaction.SATISFIED).status == S.CLOSED


@pytest.mark.parametrize(
    ("typed", "head", "by_phone", "name", "family"),
    [
        ("钱天", "钱天佑", False, "钱天佑", False),  # a fragment typed to find the household
        ("", "钱天佑", True, "钱天佑", False),  # found by the phone, no name typed yet
        ("天佑", "钱天佑", True, "钱天佑", False),  # part of the head's name
        ("李梅", "钱天佑", True, "李梅", True),  # found by the phone: his wife came
        ("东关", "钱天佑", False, "钱天佑", False),  # found by the village typed as a name
    ],
)
def test_the_name_a_household_gives_the_visitor(typed, head, by_phone, name, family):
    from studio_app.core.visitor_requests import family_member_of, name_for_household

    assert name_for_household(typed, head, by_phone=by_phone) == name
    assert family_member_of(name, head) is family


def test_numbers_go_on_past_9999(services):
    from sqlalchemy import update

    from studio_app.core.models import Request

    last = _register(services, "第9999件")
    with services.db.session() as s:
        s.execute(update(Request).where(Request.id == last.id).values(number="2026-9999"))
    assert _register(services, "第10000件").number == "2026-10000"
    assert _register(services, "第10001件").number == "2026-10001"  # not 2026-10000 again


# ---- random sequences of actions never reach an invalid state -----------------------------

OPEN = {S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS}
SPEC = {  # from the issue: which statuses each action may start from
    "assign": OPEN,  # assigning again re-routes (改派), also while 办理中
    "extend": OPEN,
    "start": {S.ASSIGNED},
    "answer": {S.ASSIGNED, S.IN_PROGRESS},
    "return_visit": {S.ANSWERED},
    "reject": OPEN,
    "merge": OPEN,
    "convert": OPEN | {S.ANSWERED, S.CLOSED},
    "link": OPEN | {S.ANSWERED},
}
FINISHED = {S.MERGED, S.CLOSED, S.REJECTED, S.CONVERTED}  # no merging into these


@cache
def _migrated_file() -> Path:
    """A migrated database file, copied for each example of the state machine."""
    path = Path(tempfile.mkdtemp()) / "template.sqlite3"
    open_database(path).close()
    return path


class Workflow(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = tempfile.mkdtemp()
        path = Path(self.folder) / "s.sqlite3"
        shutil.copyfile(_migrated_file(), path)
        self.db = open_database(path)
        self.services = Services(self.db)
        self.member = self.services.members.create(MemberInput(name="王䶮")).id
        self.expected: dict = {}  # request id -> status per the spec
        self.accepted: dict = {}  # request id -> number of accepted changes
        self.merged_into: dict = {}  # merged request id -> the request it joined
        self.awaiting: set = set()  # merged visitors whose own call back is due
        self.satisfied: set = set()  # merged visitors called back, satisfied
        self.converted_awaiting: set = set()  # converted before their visitor was called back

    def teardown(self):
        self.db.close()
        shutil.rmtree(self.folder)

    @rule()
    def register(self):
        r = self.services.requests.register(RequestInput(content="诉求", anonymous=True))
        self.expected[r.id], self.accepted[r.id] = S.REGISTERED, 1

    @precondition(lambda self: self.expected)
    @rule(data=st.data(), action=st.sampled_from(sorted(SPEC)),
          satisfied=st.booleans())  # fmt: skip
    def act(self, data, action, satisfied):
        ids = sorted(self.expected)
        rid = data.draw(st.sampled_from(ids))
        target = data.draw(st.sampled_from(ids))
        before = self.expected[rid]
        allowed = before in SPEC[action]
        if action == "merge":
            allowed = allowed and target != rid and self.expected[target] not in FINISHED
        if action == "link":
            allowed = allowed and self.expected[target] == S.CONVERTED
        if action == "return_visit" and before == S.MERGED:
            allowed = rid in self.awaiting
        if action == "return_visit" and before == S.CONVERTED:
            allowed = rid in self.converted_awaiting
        requests = self.services.requests
        proposals = self.services.proposals
        calls = {
            "assign": (lambda: requests.assign(rid, assignee_id=self.member), S.ASSIGNED),
            "extend": (
                lambda: requests.extend(rid, requests.extension_proposal(rid)[1], "会商"),
                before,
            ),
            "start": (lambda: requests.start(rid), S.IN_PROGRESS),
            "answer": (lambda: requests.answer(rid, "答复"), S.ANSWERED),
            "return_visit": (
                lambda: requests.return_visit(
                    rid, Satisfaction.SATISFIED if satisfied else Satisfaction.UNSATISFIED
                ),
                S.CLOSED if satisfied else S.IN_PROGRESS,
            ),
            "reject": (lambda: requests.reject(rid, "理由"), S.REJECTED),
            "merge": (lambda: requests.merge(rid, target), S.MERGED),
            "convert": (lambda: proposals.convert_request(rid, ProposalKind.PROPOSAL), S.CONVERTED),
            "link": (lambda: requests.link_to_proposal(rid, target), before),
        }
        call, after = calls[action]
        if action == "return_visit" and before in (S.MERGED, S.CONVERTED):
            after = before
        if allowed:
            call()
            self.expected[rid] = after
            self.accepted[rid] += 1
            self._followed(action, rid, target, before, satisfied)
        else:
            with pytest.raises(StudioError):
                call()

    def _followed(self, action, rid, target, before, satisfied) -> None:
        """What an accepted step does to the merged visitors (each with a step of their own)."""
        followers = [m for m, joined in self.merged_into.items() if joined == rid]
        if action == "answer":
            for m in followers:
                if m not in self.satisfied:
                    self.awaiting.add(m)
                    self.accepted[m] += 1
        elif action == "merge":
            for m in followers:
                self.merged_into[m] = target
                self.accepted[m] += 1
            self.merged_into[rid] = target
            if self.expected[target] == S.ANSWERED:
                self.awaiting.add(rid)
        elif action == "convert":
            if before != S.CLOSED:  # its visitor is still called back
                self.converted_awaiting.add(rid)
            for m in followers:  # and so are those merged into it, not yet called back
                if m not in self.satisfied and m not in self.awaiting:
                    self.awaiting.add(m)
                    self.accepted[m] += 1
        elif action == "return_visit" and before == S.CONVERTED:
            self.converted_awaiting.discard(rid)
        elif action == "return_visit" and before == S.MERGED:
            self.awaiting.discard(rid)
            if satisfied:
                self.satisfied.add(rid)
            elif self.expected[joined := self.merged_into[rid]] in (S.ANSWERED, S.CLOSED):
                self.expected[joined] = S.IN_PROGRESS
                self.accepted[joined] += 1

    @invariant()
    def database_matches_the_spec_and_history_records_exactly_the_accepted_changes(self):
        for rid, status in self.expected.items():
            assert self.services.requests.get(rid).status == status
            history = self.services.requests.history(rid)
            assert len(history) == self.accepted[rid]
            chain = [h.from_status for h in history[1:]]
            assert chain == [
                h.to_status for h in history[:-1]
            ]  # each step starts where the last ended
            assert history[-1].to_status == status


TestWorkflow = Workflow.TestCase
TestWorkflow.settings = settings(max_examples=15, stateful_step_count=15, deadline=None)


@pytest.mark.slow
class TestWorkflowLong(Workflow.TestCase):
    settings = settings(max_examples=200, stateful_step_count=40, deadline=None)


def test_overdue_lists_the_step_each_request_waits_for(services):
    member = services.members.create(MemberInput(name="王䶮"))
    waiting = _register(services, "未交办")  # assign due 2026-02-14
    answering = _register(services, "未答复")
    services.requests.assign(answering.id, assignee_id=member.id, today=D("2026-02-13"))  # 2/28
    calling = _register(services, "未回访")
    services.requests.assign(calling.id, handling_unit="县民政局", today=D("2026-02-13"))
    services.requests.answer(calling.id, "已答复", today=D("2026-02-24"))  # return visit 3/2
    done = _register(services, "已办结")
    services.requests.reject(done.id, "不属于职责范围")

    assert services.requests.overdue(D("2026-02-14")) == []  # a deadline is met on its own day
    late = services.requests.overdue(D("2026-03-04"))
    assert [(o.number, o.stage, o.deadline, o.days_overdue) for o in late] == [
        (waiting.number, "交办", D("2026-02-14"), 8),  # 2/24–2/27, 2/28 (调休), 3/2–3/4
        (answering.number, "答复", D("2026-02-28"), 3),  # 3/2–3/4
        (calling.number, "回访", D("2026-03-02"), 2),  # 3/3, 3/4
    ]


def test_overdue_from_the_command_line(tmp_path, capsys):
    from studio_app.cli import main

    db = tmp_path / "s.sqlite3"
    services = Services(open_database(db))
    r = _register(services, "路灯")
    services.db.close()
    assert main(["overdue", "--db", str(db), "--today", "2026-02-24", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row == {"id": str(r.id), "number": "2026-0001", "status": "registered", "stage": "交办",
                   "deadline": "2026-02-14", "days_overdue": 1}  # fmt: skip
    assert main(["overdue", "--db", str(db), "--today", "2026-02-14"]) == 0
    assert "没有超期的诉求" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["overdue", "--db", str(db), "--today", "昨天"])
    assert "不是日期" in capsys.readouterr().err


def test_a_step_can_be_recorded_for_when_it_happened(services):
    from datetime import UTC, datetime

    registered = datetime(2026, 2, 12, 2, 30, tzinfo=UTC)  # 10:30 in Beijing, a Thursday
    assigned = datetime(2026, 2, 13, 1, 0, tzinfo=UTC)
    r = services.requests.register(RequestInput(content="路灯", anonymous=True), at=registered)
    assert (r.registered_at, r.assign_due) == (registered, D("2026-02-14"))
    member = services.members.create(MemberInput(name="王䶮"))
    r = services.requests.assign(r.id, assignee_id=member.id, at=assigned)
    assert (r.assigned_at, r.answer_due) == (assigned, D("2026-02-28"))
    assert [h.at for h in services.requests.history(r.id)] == [registered, assigned]


def test_a_stale_step_is_refused_with_when_and_nothing_is_overwritten(services):
    member = services.members.create(MemberInput(name="王䶮"))
    r = _register(services)
    opened_at = r.version  # the list showed the request at this version
    services.requests.assign(r.id, assignee_id=member.id, today=BEFORE_SPRING_FESTIVAL,
                             version=opened_at)  # fmt: skip
    with pytest.raises(ConflictError, match="您这次的修改没有保存") as caught:
        services.requests.assign(r.id, handling_unit="县交通运输局", version=opened_at)
    assert caught.value.when  # when the other save was made
    stored = services.requests.get(r.id)
    assert (stored.assignee_id, stored.handling_unit) == (member.id, "")  # the first stands
    assert len(services.requests.history(r.id)) == 2


def test_an_answer_that_loses_a_race_is_a_conflict_not_a_raw_error(services, monkeypatch):
    """Two PCs answer at once: the second's UPDATE finds the version moved under it."""
    member = services.members.create(MemberInput(name="王䶮"))
    r = _register(services)
    services.requests.assign(r.id, assignee_id=member.id, today=BEFORE_SPRING_FESTIVAL)
    other = Services(services.db.database)  # another window on the same database
    real_check = RequestService._check
    raced: list[bool] = []

    def check_then_race(request, action):
        real_check(request, action)
        if not raced:  # the other PC saves between this one's reading and writing
            raced.append(True)
            other.requests.answer(r.id, "已修好", today=BEFORE_SPRING_FESTIVAL)

    monkeypatch.setattr(RequestService, "_check", staticmethod(check_then_race))
    with pytest.raises(ConflictError, match="您这次的修改没有保存"):
        services.requests.answer(r.id, "正在修", today=BEFORE_SPRING_FESTIVAL)
    assert services.requests.get(r.id).reply == "已修好"


# ---- re-routing and extensions: the clock is not restarted (issue 16, point 4) -------------


def test_a_late_or_second_assignment_keeps_the_date_promised_to_the_visitor(services):
    a = services.members.create(MemberInput(name="王䶮")).id
    b = services.members.create(MemberInput(name="李堃")).id
    r = _register(services)  # promised for 2/28 (the receipt's date)
    r = services.requests.assign(r.id, assignee_id=a, today=D("2026-03-03"))  # late 交办
    assert (r.status, r.answer_due) == (S.ASSIGNED, D("2026-02-28"))
    late = services.requests.overdue(D("2026-03-04"))
    assert [(o.stage, o.deadline, o.days_overdue) for o in late] == [
        ("答复", D("2026-02-28"), 3)  # 3/2–3/4: the late answer is not hidden
    ]
    services.requests.start(r.id)
    r = services.requests.assign(r.id, assignee_id=b, today=D("2026-03-04"))  # 改派 while 办理中
    assert (r.status, r.assignee_id, r.answer_due) == (S.ASSIGNED, b, D("2026-02-28"))
    assert [(h.from_status, h.to_status) for h in services.requests.history(r.id)][-2:] == [
        (S.ASSIGNED, S.IN_PROGRESS), (S.IN_PROGRESS, S.ASSIGNED),
    ]  # fmt: skip


def test_a_reopened_request_has_its_own_answer_period_and_can_be_re_routed(services):
    a = services.members.create(MemberInput(name="王䶮")).id
    b = services.members.create(MemberInput(name="李堃")).id
    r = _register(services)
    services.requests.assign(r.id, assignee_id=a, today=D("2026-02-13"))
    services.requests.answer(r.id, "已协调", today=D("2026-02-27"))
    r = services.requests.return_visit(
        r.id, Satisfaction.UNSATISFIED, "还是不亮", today=D("2026-03-02")
    )
    assert (r.status, r.answer_due) == (S.IN_PROGRESS, D("2026-03-09"))  # a new period
    r = services.requests.assign(r.id, assignee_id=b, today=D("2026-03-05"))  # refused before
    assert (r.status, r.assignee_id, r.answer_due) == (S.ASSIGNED, b, D("2026-03-09"))


def test_an_extension_needs_a_later_date_and_a_reason_and_is_recorded(services):
    member = services.members.create(MemberInput(name="王䶮"))
    r = _register(services)
    services.requests.assign(r.id, assignee_id=member.id, today=D("2026-02-13"))
    with pytest.raises(ValidationError) as info:
        services.requests.extend(r.id, None, " ")
    assert {e.field for e in info.value.errors} == {"new_due", "reason"}
    with pytest.raises(ValidationError, match="要晚于现在的期限 2026-02-28"):
        services.requests.extend(r.id, D("2026-02-28"), "需要会商")
    assert services.requests.extension_proposal(r.id) == (D("2026-02-28"), D("2026-03-06"))
    assert len(services.requests.history(r.id)) == 2  # the refusals recorded nothing

    r = services.requests.extend(
        r.id, D("2026-03-10"), "涉及县交通局和镇政府，需要会商", actor="刘主任"
    )
    assert (r.status, r.answer_due, r.extension_count) == (S.ASSIGNED, D("2026-03-10"), 1)
    last = services.requests.history(r.id)[-1]
    assert (last.actor, last.from_status, last.to_status) == ("刘主任", S.ASSIGNED, S.ASSIGNED)
    assert last.note == (
        "延期：答复期限由 2026年2月28日 延至 2026年3月10日。理由：涉及县交通局和镇政府，需要会商"
    )
    assert services.requests.overdue(D("2026-03-10")) == []  # met by the extended date
    # A re-routing afterwards keeps the extended date.
    r = services.requests.assign(r.id, handling_unit="县交通运输局", today=D("2026-03-09"))
    assert r.answer_due == D("2026-03-10")
    services.requests.answer(r.id, "已答复")
    with pytest.raises(StudioError, match="不能“延期”"):  # answered: nothing owed to extend
        services.requests.extend(r.id, D("2026-03-20"), "再等等")


def test_extensions_count_in_the_figures_and_the_answer_is_judged_by_the_extended_date(services):
    from datetime import UTC, datetime

    member = services.members.create(MemberInput(name="王䶮"))
    at = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # Monday 10:00 in Beijing: promised 3/11
    extended = services.requests.register(RequestInput(content="路灯", anonymous=True), at=at)
    plain = services.requests.register(RequestInput(content="水渠", anonymous=True), at=at)
    for r in (extended, plain):
        services.requests.assign(r.id, assignee_id=member.id, today=D("2026-03-03"))
    services.requests.extend(extended.id, D("2026-03-18"), "等县水利局测量")
    later = datetime(2026, 3, 16, 2, 0, tzinfo=UTC)
    for r in (extended, plain):
        services.requests.answer(r.id, "已答复", at=later)
    f = services.figures.figures(D("2026-03-01"), D("2026-03-31"), today=D("2026-03-31"))
    assert f.extended == 1
    assert (f.answer_on_time.numerator, f.answer_on_time.denominator) == (1, 2)  # plain: late


# ---- every visitor called back, a merged one too (issue 16, point 5) ------------------------


def test_merging_into_a_finished_request_is_refused_and_saves_nothing(services):
    from studio_app.core.visitor_requests import ConvertedTargetError

    closed, rejected, converted = (_register(services, t) for t in ("路灯", "噪声", "取暖"))
    services.requests.assign(closed.id, handling_unit="镇城建办")
    services.requests.answer(closed.id, "已修好")
    services.requests.return_visit(closed.id, Satisfaction.SATISFIED)
    services.requests.reject(rejected.id, "属于司法程序")
    services.proposals.convert_request(converted.id, ProposalKind.SOCIAL_OPINION)
    late = _register(services, "路灯又坏了")
    for target, why in ((closed, "已办结，不能再合并进去"), (rejected, "已不予受理，不能合并")):
        with pytest.raises(StudioError, match=why):
            services.requests.merge(late.id, target.id)
    with pytest.raises(ConvertedTargetError, match="可以改为“关联到该提案”") as refused:
        services.requests.merge(late.id, converted.id)
    assert refused.value.target_id == converted.id
    stored = services.requests.get(late.id)
    assert (stored.status, stored.merged_into_id, stored.version) == (S.REGISTERED, None, 1)
    assert len(services.requests.history(late.id)) == 1


def test_relating_to_a_proposal_keeps_the_visitor_s_own_loop_open(services):
    converted = _register(services, "独居老人冬季取暖难")
    services.proposals.convert_request(converted.id, ProposalKind.SOCIAL_OPINION)
    r = _register(services, "老人冬天取暖没保障")
    other = _register(services, "另一件")
    with pytest.raises(StudioError, match="没有转为提案，不能关联"):
        services.requests.link_to_proposal(r.id, other.id)
    r = services.requests.link_to_proposal(r.id, converted.id, version=r.version)
    assert (r.status, r.linked_to_id) == (S.REGISTERED, converted.id)
    assert services.requests.history(r.id)[-1].note == (
        f"关联到提案（诉求 {converted.number}）：独居老人冬季取暖难"
    )
    services.requests.assign(r.id, handling_unit="县民政局")
    services.requests.answer(r.id, "已纳入提案办理，先发放取暖补贴")
    assert services.requests.return_visit(r.id, Satisfaction.SATISFIED).status == S.CLOSED


def test_each_merged_visitor_gets_the_answer_and_a_return_visit_of_their_own(services):
    main = _register(services, "村口路灯坏了", name="张三")  # promised for 2/28
    first = _register(services, "路灯不亮", name="李四")
    second = _register(services, "晚上路太黑", name="王五")
    services.requests.merge(second.id, first.id)
    services.requests.merge(first.id, main.id)  # second follows first into main
    assert services.requests.get(second.id).merged_into_id == main.id
    with pytest.raises(StudioError, match="答复后才能回访这位群众"):
        services.requests.return_visit(first.id, Satisfaction.SATISFIED)

    services.requests.assign(main.id, handling_unit="镇城建办", today=D("2026-02-13"))
    services.requests.answer(main.id, "已更换灯具", today=D("2026-02-27"))  # calls due 3/5
    for merged in (first, second):
        m = services.requests.get(merged.id)
        assert (m.status, m.reply, m.return_visit_due) == (S.MERGED, "已更换灯具", D("2026-03-05"))
        assert services.requests.history(merged.id)[-1].note == (
            f"{main.number} 已答复：同样答复这位群众，待回访"
        )
    awaiting = services.workbench.today(D("2026-03-02")).awaiting_return_visit
    assert {r.number for r in awaiting.rows} == {main.number, first.number, second.number}
    late = services.requests.overdue(D("2026-03-09"))
    assert {(o.number, o.stage) for o in late} == {
        (main.number, "回访"), (first.number, "回访"), (second.number, "回访"),
    }  # fmt: skip

    services.requests.return_visit(first.id, Satisfaction.SATISFIED, today=D("2026-03-02"))
    on = services.requests.get(main.id).registered_at.astimezone().date()  # registered now
    f = services.figures.figures(on, on, today=D("2026-03-09"))
    assert (f.return_visit.numerator, f.return_visit.denominator) == (1, 3)  # visitors
    assert (f.satisfaction.numerator, f.satisfaction.denominator) == (1, 1)

    # The second visitor is not satisfied: the request they joined is reopened.
    m = services.requests.return_visit(second.id, Satisfaction.UNSATISFIED, "还是黑",
                                       today=D("2026-03-02"))  # fmt: skip
    assert (m.status, m.return_visit_due, m.reopen_count) == (S.MERGED, None, 1)
    reopened = services.requests.get(main.id)
    assert (reopened.status, reopened.answer_due, reopened.reopen_count) == (
        S.IN_PROGRESS, D("2026-03-09"), 1,
    )  # fmt: skip
    assert services.requests.history(main.id)[-1].note == (
        f"合并进来的 {second.number} 回访不满意，重新办理"
    )
    services.requests.answer(main.id, "已加装两盏灯", today=D("2026-03-04"))
    assert services.requests.get(second.id).return_visit_due == D("2026-03-11")  # again
    assert services.requests.get(first.id).return_visit_due is None  # satisfied already
    assert services.requests.return_visit(second.id, Satisfaction.BASICALLY).satisfaction == (
        Satisfaction.BASICALLY
    )


def test_a_visitor_merged_into_an_answered_request_is_called_back_too(services):
    main = _register(services)
    services.requests.assign(main.id, handling_unit="镇城建办")
    services.requests.answer(main.id, "已更换灯具")
    late = _register(services, "路灯坏了", name="赵六")
    from datetime import UTC, datetime

    services.requests.merge(late.id, main.id, at=datetime(2026, 3, 2, 2, 0, tzinfo=UTC))
    m = services.requests.get(late.id)
    assert (m.reply, m.return_visit_due) == ("已更换灯具", D("2026-03-09"))  # from the merge


def test_a_merged_visitor_is_called_back_only_once_there_is_an_answer():
    """The window greys 回访 out by the same rule the service refuses it by."""
    assert not may_act(Action.RETURN_VISIT, S.MERGED, waits_for_a_step=False)
    assert may_act(Action.RETURN_VISIT, S.MERGED, waits_for_a_step=True)
    assert may_act(Action.RETURN_VISIT, S.ANSWERED, waits_for_a_step=True)
    assert not may_act(Action.RETURN_VISIT, S.REGISTERED, waits_for_a_step=True)
    assert may_act(Action.EXTEND, S.IN_PROGRESS, waits_for_a_step=True)
    assert not may_act(Action.EXTEND, S.ANSWERED, waits_for_a_step=True)
