"""Proposals and 社情民意 items: drafting, conversion from requests and common issues (no visitor
in the text, every visitor still called back), the course in order with corrections, stale
writes, the audit log, and the involvements the points read."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from studio_app.base.enums import (
    AdoptionLevel,
    AuditAction,
    ProposalKind,
    ProposalRole,
    ProposalStep,
    RequestStatus,
    Satisfaction,
)
from studio_app.base.errors import ConflictError, StudioError, ValidationError
from studio_app.core.members import MemberInput
from studio_app.core.models import AuditEvent, ProposalEvent, Request
from studio_app.core.proposals import (
    ProposalInput,
    ProposalInvolvement,
    ProposalQuery,
    involvements,
    masked_name,
    proposal_title,
)
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL

K, P = ProposalKind, ProposalStep
TODAY = date(2026, 6, 30)


def _noon(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 12).astimezone()


@pytest.fixture
def members(services: Services):
    made = {}
    for name, phone, unit in (("陈委员", "13900001111", "县人民医院"), ("林委员", "", "县一中"),
                              ("周委员", "", "县农业农村局")):  # fmt: skip
        made[name] = services.members.create(MemberInput(name=name, phone=phone, work_unit=unit))
    return made


@pytest.fixture
def issue(services: Services, members):
    """A common issue of three requests about street lights, one visitor naming themself and
    their phone in the text; a fourth request merged into the first."""
    requests = services.requests
    made = []
    for month, day, name, phone, village, content in [
        (3, 2, "王䶮", "13812345678", "东关村",
         "我是王䶮，电话13812345678，村口路灯坏了三个月没人修"),
        (3, 9, "李四", "", "西沟村", "西沟村路灯不亮，晚上出行不便"),
        (3, 16, "", "", "南庄村", "南庄村路灯全坏了，身份证 110101199001011234 的老人摔倒"),
    ]:  # fmt: skip
        data = RequestInput(content=content, category="交通", visitor_name=name,
                            anonymous=not name, visitor_phone=phone, village=village)  # fmt: skip
        made.append(requests.register(data, at=_noon(month, day)))
    requests.assign(made[0].id, assignee_id=members["陈委员"].id, handling_unit="县交通局",
                    at=_noon(3, 3))  # fmt: skip
    requests.assign(made[1].id, handling_unit="镇城建办", at=_noon(3, 10))
    requests.assign(made[2].id, handling_unit="县交通局", at=_noon(3, 17))
    requests.answer(made[0].id, "已报县交通局统一更换", at=_noon(3, 20))
    requests.return_visit(made[0].id, Satisfaction.SATISFIED, at=_noon(3, 25))  # closed
    requests.answer(made[1].id, "已列入维修计划", at=_noon(3, 20))  # answered, not called
    merged = requests.register(
        RequestInput(content="路灯坏了", category="交通", visitor_name="赵堃"), at=_noon(3, 18)
    )
    requests.merge(merged.id, made[2].id, at=_noon(3, 18))
    issue = services.common_issues.create("农村路灯失修", "多个村反映。", [r.id for r in made])
    return issue, made, merged


def _course(services, item):
    return [(c.step, c.day) for c in services.proposals.detail(item.id).course]


def test_a_common_issue_becomes_a_draft_in_one_step(services, issue, members):
    issue, (closed, answered, assigned), merged = issue
    item = services.proposals.convert_issue(issue.id, K.PROPOSAL, at=_noon(4, 1))
    detail = services.proposals.detail(item.id)
    assert detail.row.title == "关于农村路灯失修的提案"
    assert (detail.row.step, detail.common_issue) == (P.DRAFT, "农村路灯失修")
    # the member who handled the requests leads; their own phone is the contact
    assert detail.members == ((members["陈委员"].id, "陈委员", ProposalRole.LEAD),)
    assert detail.text.contact == "13900001111"
    assert detail.text.units == "县交通局、镇城建办"  # most requests first
    text = detail.text.analysis
    assert "3 件" in text and "东关村" in text and "多个村反映。" in text
    assert "路灯坏了三个月没人修" in text and "2026-0001" in text
    # no visitor named, no phone or ID number
    for secret in ("王䶮", "李四", "13812345678", "110101199001011234"):
        assert secret not in text and secret not in detail.row.title
    assert "王某" in text and "（电话略）" in text and "（身份证号略）" in text
    assert [(c.step, c.day) for c in detail.course] == [(P.DRAFT, date(2026, 4, 1))]

    # every request marked converted and linked; each visitor not yet called back still is
    rows = {r.number: r for r in detail.requests}
    assert set(rows) == {closed.number, answered.number, assigned.number}
    assert all(r.status == RequestStatus.CONVERTED for r in rows.values())
    assert not rows[closed.number].awaiting_call  # called back before: satisfied
    assert rows[answered.number].awaiting_call and rows[assigned.number].awaiting_call
    awaiting = services.workbench.today(date(2026, 4, 2)).awaiting_return_visit.rows
    # 工作台 → 回访: and the visitor merged into a converted request is called back too
    assert {w.number for w in awaiting} == {answered.number, assigned.number, merged.number}
    r = services.requests.return_visit(assigned.id, Satisfaction.BASICALLY)
    assert (r.status, r.return_visit_due, r.satisfaction) == (
        RequestStatus.CONVERTED, None, Satisfaction.BASICALLY,
    )  # fmt: skip
    with pytest.raises(StudioError, match="不能“回访”"):
        services.requests.return_visit(assigned.id, Satisfaction.SATISFIED)
    history = services.requests.history(answered.id)
    assert history[-1].note == "转为提案：关于农村路灯失修的提案"
    assert services.requests.get(merged.id).status == RequestStatus.MERGED  # follows its own
    # a converted request cannot be converted again
    with pytest.raises(StudioError, match="没有可以转为提案的诉求"):
        services.proposals.convert_issue(issue.id, K.SOCIAL_OPINION)


def test_a_single_request_becomes_a_social_opinion_draft(services, members):
    r = services.requests.register(RequestInput(
        content="钱天佑反映：村卫生室缺少常用药品，联系电话 0571-86661234", category="医疗",
        visitor_name="钱天佑", visitor_phone="13700001111", village="北山村",
    ), at=_noon(5, 6))  # fmt: skip
    services.requests.assign(r.id, handling_unit="县卫健局", at=_noon(5, 7))
    item = services.proposals.convert_request(r.id, K.SOCIAL_OPINION, lead_id=members["林委员"].id,
                                              at=_noon(5, 8))  # fmt: skip
    detail = services.proposals.detail(item.id)
    assert detail.row.kind == K.SOCIAL_OPINION and detail.text.units == "县卫健局"
    assert "钱天佑" not in detail.row.title and detail.row.title.startswith("钱某反映")
    everything = " ".join((detail.row.title, detail.text.situation, detail.text.problems))
    for secret in ("钱天佑", "13700001111", "0571-86661234"):
        assert secret not in everything
    assert "北山村" in detail.text.situation and "缺少常用药品" in detail.text.problems
    assert services.requests.get(r.id).status == RequestStatus.CONVERTED
    with pytest.raises(StudioError, match="不能“转为提案/社情民意”"):
        services.proposals.convert_request(r.id, K.PROPOSAL)


def _proposal(services, members, **changes):
    data = ProposalInput(K.PROPOSAL, "加强农村路灯维护", analysis="路灯失修。",
                         suggestions="建立长效机制。", units="县交通局",
                         lead_id=members["陈委员"].id,
                         co_ids=[members["林委员"].id, members["周委员"].id])  # fmt: skip
    for key, value in changes.items():
        setattr(data, key, value)
    return services.proposals.create(data, today=date(2026, 3, 1))


def test_a_proposal_goes_its_course_in_order_each_step_dated(services, members):
    item = _proposal(services, members)
    assert item.title == "关于加强农村路灯维护的提案"  # 案由 "关于……的提案"
    proposals = services.proposals
    with pytest.raises(StudioError, match="还没有提交"):
        proposals.record_step(item.id, P.REGISTER, date(2026, 3, 2), today=TODAY)
    with pytest.raises(StudioError, match="采用和批示只用于社情民意信息"):
        proposals.record_step(item.id, P.ADOPT, date(2026, 3, 2), level=AdoptionLevel.CITY,
                              today=TODAY)  # fmt: skip
    with pytest.raises(StudioError, match="早于上一步"):
        proposals.record_step(item.id, P.SUBMIT, date(2026, 2, 1), today=TODAY)
    with pytest.raises(StudioError, match="还没有到"):
        proposals.record_step(item.id, P.SUBMIT, date(2026, 7, 1), today=TODAY)
    proposals.record_step(item.id, P.SUBMIT, date(2026, 3, 5), today=TODAY)
    with pytest.raises(StudioError, match="已经提交过了"):
        proposals.record_step(item.id, P.SUBMIT, date(2026, 3, 6), today=TODAY)
    with pytest.raises(StudioError, match="立案后才有承办单位答复"):
        proposals.record_step(item.id, P.REPLY, date(2026, 3, 6), unit="县交通局", text="已办",
                              today=TODAY)  # fmt: skip
    proposals.record_step(item.id, P.REGISTER, date(2026, 3, 20), today=TODAY)
    with pytest.raises(StudioError, match="请填写答复的承办单位"):
        proposals.record_step(item.id, P.REPLY, date(2026, 5, 6), today=TODAY)
    proposals.record_step(item.id, P.REPLY, date(2026, 5, 6), unit="县交通局",
                          text="已纳入年度计划", today=TODAY)  # fmt: skip
    proposals.record_step(item.id, P.REPLY, date(2026, 5, 8), unit="镇城建办",
                          text="已组织排查", today=TODAY)  # fmt: skip
    with pytest.raises(StudioError, match="请选择委员对答复是否满意"):
        proposals.record_step(item.id, P.RATE, date(2026, 5, 20), today=TODAY)
    item = proposals.record_step(item.id, P.RATE, date(2026, 5, 20),
                                 satisfaction=Satisfaction.BASICALLY, today=TODAY)  # fmt: skip
    assert (item.step, item.submitted_on, item.accepted, item.satisfaction) == (
        P.RATE, date(2026, 3, 5), True, Satisfaction.BASICALLY,
    )  # fmt: skip
    assert _course(services, item) == [
        (P.DRAFT, date(2026, 3, 1)), (P.SUBMIT, date(2026, 3, 5)), (P.REGISTER, date(2026, 3, 20)),
        (P.REPLY, date(2026, 5, 6)), (P.REPLY, date(2026, 5, 8)), (P.RATE, date(2026, 5, 20)),
    ]  # fmt: skip
    assert services.proposals.detail(item.id).next_steps == ()
    with pytest.raises(StudioError, match="已经提交，正文和委员不再修改"):
        proposals.update(item.id, ProposalInput(K.PROPOSAL, "x"), expected_version=item.version)


def test_a_social_opinion_is_adopted_by_a_level_and_instructed(services, members):
    item = services.proposals.create(ProposalInput(
        K.SOCIAL_OPINION, "农村独居老人冬季取暖难", situation="独居老人多。", problems="取暖设施缺。",
        suggestions="建议纳入民生实事。", lead_id=members["林委员"].id,
    ), today=date(2026, 1, 5))  # fmt: skip
    assert item.title == "农村独居老人冬季取暖难"  # a 社情民意 headline is kept as typed
    proposals = services.proposals
    proposals.record_step(item.id, P.SUBMIT, date(2026, 1, 6), today=TODAY)
    with pytest.raises(StudioError, match="立案只用于提案"):
        proposals.record_step(item.id, P.REGISTER, date(2026, 1, 7), today=TODAY)
    with pytest.raises(StudioError, match="请选择采用的层级"):
        proposals.record_step(item.id, P.ADOPT, date(2026, 1, 7), today=TODAY)
    assert proposals.detail(item.id).next_steps == (P.ADOPT, P.INSTRUCT)
    proposals.record_step(item.id, P.ADOPT, date(2026, 1, 20), level=AdoptionLevel.CITY,
                          today=TODAY)  # fmt: skip
    item = proposals.record_step(item.id, P.INSTRUCT, date(2026, 2, 3), text="副市长批示：抓紧研究",
                                 today=TODAY)  # fmt: skip
    assert (item.step, item.accepted, item.level, item.instructed) == (
        P.INSTRUCT, True, AdoptionLevel.CITY, True,
    )  # fmt: skip
    assert proposals.detail(item.id).next_steps == (P.REPLY,)


def test_a_step_is_corrected_by_a_correcting_step_never_deleted(services, members, db):
    item = _proposal(services, members)
    proposals = services.proposals
    proposals.record_step(item.id, P.SUBMIT, date(2026, 3, 5), today=TODAY)
    proposals.record_step(item.id, P.REGISTER, date(2026, 3, 20), today=TODAY)
    with pytest.raises(ValidationError):
        proposals.correct(item.id, 3, P.NOT_REGISTER, date(2026, 3, 20), " ", today=TODAY)
    item = proposals.correct(item.id, 3, P.NOT_REGISTER, date(2026, 3, 21), "录错了：实为不予立案",
                             today=TODAY)  # fmt: skip
    assert (item.step, item.accepted) == (P.NOT_REGISTER, False)
    course = proposals.detail(item.id).course
    assert [(c.sequence, c.step, c.corrects, c.superseded) for c in course] == [
        (1, P.DRAFT, None, False), (2, P.SUBMIT, None, False), (3, P.REGISTER, None, True),
        (4, P.NOT_REGISTER, 3, False),
    ]  # fmt: skip
    assert course[-1].reason == "录错了：实为不予立案"
    with pytest.raises(StudioError, match="立案后才有承办单位答复"):
        proposals.record_step(item.id, P.REPLY, date(2026, 4, 1), unit="县交通局", text="x",
                              today=TODAY)  # fmt: skip
    # a correction that would put the course out of order is refused
    with pytest.raises(StudioError, match="早于上一步"):
        proposals.correct(item.id, 2, P.SUBMIT, date(2026, 3, 25), "日期", today=TODAY)
    with pytest.raises(StudioError, match="起草这一步不能更正"):
        proposals.correct(item.id, 1, P.RETRACT, date(2026, 3, 1), "撤回", today=TODAY)
    # withdrawn: the decision, then the submission; the course is a draft again
    # the correction (4) stands in the place of step 3: withdrawing it withdraws step 3
    proposals.correct(item.id, 4, P.RETRACT, date(2026, 3, 22), "尚未答复立案结果", today=TODAY)
    with pytest.raises(StudioError, match="不在现在的经过中"):
        proposals.correct(item.id, 3, P.REGISTER, date(2026, 3, 21), "再改", today=TODAY)
    item = proposals.correct(item.id, 2, P.RETRACT, date(2026, 3, 22), "误录提交", today=TODAY)
    assert (item.step, item.submitted_on, item.accepted) == (P.DRAFT, None, None)
    with db.session() as s:
        rows = s.scalars(select(ProposalEvent.step).where(ProposalEvent.proposal_id == item.id)
                         .order_by(ProposalEvent.sequence)).all()  # fmt: skip
    assert rows == [P.DRAFT, P.SUBMIT, P.REGISTER, P.NOT_REGISTER, P.RETRACT, P.RETRACT]


def test_every_act_is_audited_and_a_stale_write_is_refused(services, members, db, tmp_path):
    item = _proposal(services, members, lead_id=None, co_ids=())
    with pytest.raises(StudioError, match="还没有领衔委员"):
        services.proposals.record_step(item.id, P.SUBMIT, date(2026, 3, 5), today=TODAY)
    data = ProposalInput(K.PROPOSAL, "加强农村路灯维护", lead_id=members["周委员"].id)
    updated = services.proposals.update(item.id, data, expected_version=item.version)
    assert services.proposals.detail(item.id).text.contact == ""  # 周委员 left no phone
    chen = ProposalInput(K.PROPOSAL, "加强农村路灯维护", lead_id=members["陈委员"].id)
    chen = services.proposals.update(item.id, chen, expected_version=updated.version)
    assert services.proposals.detail(item.id).text.contact == "13900001111"  # 陈委员's own
    lin = ProposalInput(
        K.PROPOSAL, "加强农村路灯维护", contact="13900001111", lead_id=members["林委员"].id
    )  # the form still shows 陈委员's phone
    updated = services.proposals.update(item.id, lin, expected_version=chen.version)
    assert services.proposals.detail(item.id).text.contact == ""  # not 陈委员's: 林委员 has none
    with pytest.raises(ConflictError):
        services.proposals.update(item.id, data, expected_version=item.version)
    with pytest.raises(ConflictError):
        services.proposals.record_step(item.id, P.SUBMIT, date(2026, 3, 5), version=item.version,
                                       today=TODAY)  # fmt: skip
    services.proposals.record_step(item.id, P.SUBMIT, date(2026, 3, 5), version=updated.version,
                                   today=TODAY)  # fmt: skip
    services.proposals.export_word(item.id, tmp_path / "提案.docx")
    assert (tmp_path / "提案.docx").stat().st_size > 5000
    with db.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.PROPOSAL)
                           .order_by(AuditEvent.at, AuditEvent.id)).all()  # fmt: skip
    assert {e.target for e in events} == {"提案《关于加强农村路灯维护的提案》"}
    assert sorted(e.detail for e in events) == sorted(
        ["起草（2026年3月1日）", *["修改正文"] * 3, "提交（2026年3月5日）", "导出 Word"]
    )


def test_the_list_filters_by_kind_step_and_year(services, members):
    first = _proposal(services, members)
    services.proposals.record_step(first.id, P.SUBMIT, date(2026, 3, 5), today=TODAY)
    services.proposals.create(ProposalInput(K.SOCIAL_OPINION, "校车时刻", lead_id=members["林委员"].id),
                              today=date(2025, 12, 1))  # fmt: skip
    proposals = services.proposals
    head = proposals.first_page(ProposalQuery())
    assert head.total == 2 and [r.kind for r in head.rows] == [K.PROPOSAL, K.SOCIAL_OPINION]
    assert head.rows[0].lead == "陈委员" and head.rows[0].co_count == 2
    assert [r.title for r in proposals.page(ProposalQuery(kind=K.SOCIAL_OPINION))] == ["校车时刻"]
    assert [r.id for r in proposals.page(ProposalQuery(step=P.SUBMIT))] == [first.id]
    assert [r.title for r in proposals.page(ProposalQuery(year=2025))] == ["校车时刻"]
    assert proposals.years() == [2026, 2025]


def test_involvements_count_what_was_submitted_in_the_year(services, members, db):
    chen, lin, zhou = (members[n].id for n in ("陈委员", "林委员", "周委员"))
    registered = _proposal(services, members)
    services.proposals.record_step(registered.id, P.SUBMIT, date(2026, 3, 5), today=TODAY)
    services.proposals.record_step(registered.id, P.REGISTER, date(2026, 3, 20), today=TODAY)
    opinion = services.proposals.create(
        ProposalInput(K.SOCIAL_OPINION, "校车时刻", lead_id=lin), today=date(2026, 1, 5)
    )
    services.proposals.record_step(opinion.id, P.SUBMIT, date(2026, 1, 6), today=TODAY)
    services.proposals.record_step(opinion.id, P.ADOPT, date(2026, 1, 9),
                                   level=AdoptionLevel.PROVINCE, today=TODAY)  # fmt: skip
    services.proposals.record_step(opinion.id, P.INSTRUCT, date(2026, 1, 19), text="批示",
                                   today=TODAY)  # fmt: skip
    _proposal(services, members, title="草稿一件")  # a draft: not counted
    last_year = services.proposals.create(
        ProposalInput(K.PROPOSAL, "去年的提案", lead_id=zhou), today=date(2025, 12, 1)
    )
    services.proposals.record_step(last_year.id, P.SUBMIT, date(2025, 12, 2), today=TODAY)

    found = involvements(services, 2026)
    assert found == [
        ProposalInvolvement(lin, opinion.id, "social_opinion", "lead", date(2026, 1, 6), True,
                            "province", True, "校车时刻"),
        ProposalInvolvement(chen, registered.id, "proposal", "lead", date(2026, 3, 5), True,
                            None, False, "关于加强农村路灯维护的提案"),
        ProposalInvolvement(lin, registered.id, "proposal", "co", date(2026, 3, 5), True,
                            None, False, "关于加强农村路灯维护的提案"),
        ProposalInvolvement(zhou, registered.id, "proposal", "co", date(2026, 3, 5), True,
                            None, False, "关于加强农村路灯维护的提案"),
    ]  # fmt: skip
    assert [i.item_id for i in involvements(db, 2025)] == [last_year.id]
    with db.session() as s:  # a session the caller holds; only the members asked for
        assert [(i.member_id, i.role) for i in involvements(s, 2026, [lin])] == [
            (lin, "lead"), (lin, "co"),
        ]  # fmt: skip
    # a 不予立案 counts the item, not accepted
    services.proposals.correct(registered.id, 3, P.NOT_REGISTER, date(2026, 3, 20), "录错",
                               today=TODAY)  # fmt: skip
    assert not involvements(services, 2026, [chen])[0].accepted


def test_the_draft_helpers():
    assert proposal_title(K.PROPOSAL, "关于路灯的提案") == "关于路灯的提案"
    assert proposal_title(K.PROPOSAL, "关于路灯") == "关于路灯的提案"
    assert proposal_title(K.PROPOSAL, "路灯提案") == "关于路灯的提案"
    assert proposal_title(K.SOCIAL_OPINION, "路灯") == "路灯"
    assert (masked_name("王䶮"), masked_name("欧阳小明"), masked_name("")) == ("王某", "欧阳某", "")


def test_requests_are_linked_in_the_database(services, issue, db):
    issue, made, _merged = issue
    issue = services.common_issues.update(issue.id, "王䶮等反映农村路灯失修", "",
                                          expected_version=issue.version)  # fmt: skip
    item = services.proposals.convert_issue(issue.id, K.SOCIAL_OPINION)
    with db.session() as s:
        linked = s.scalars(select(Request.number).where(Request.proposal_id == item.id)
                           .order_by(Request.number)).all()  # fmt: skip
    assert linked == [r.number for r in made]
    assert services.proposals.detail(item.id).row.title == "王某等反映农村路灯失修"
