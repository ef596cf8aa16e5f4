"""The acting user in the services: every door gets the same answer, and every refusal is logged.

Before login is set up nothing is asked; once it is, the services refuse what the signed-in
user's role may not do (nobody signed in: everything that reads in full or changes), with the
act's audit event in the act's own transaction and the refusal in one of its own.
"""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlalchemy import func, select

from studio_app.base.enums import AuditAction, DayKind, Role
from studio_app.base.errors import ConflictError, StudioError
from studio_app.core.access import PermissionDeniedError
from studio_app.core.app_settings import Deadlines
from studio_app.core.audit import AuditService
from studio_app.core.households import HouseholdInput, HouseholdQuery
from studio_app.core.members import MemberInput, MemberQuery
from studio_app.core.models import Household, Member, User, utcnow
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL

PHONE, ID_NUMBER = "13812345678", "11010519491231002X"


@pytest.fixture
def log(services) -> AuditService:
    """The audit log as read straight from the database (no one's permission asked)."""
    return AuditService(services.db.database)


@pytest.fixture
def people(services):
    """An administrator (signed in), a coordinator and a viewer; one studio, one household."""
    access = services.access
    admin = access.create_first_admin("admin", "王管理", "guanli-2026")
    services.current_user = admin
    services.studios.create(StudioInput(name="城关镇委员工作室"))
    household = services.households.create(
        HouseholdInput(head_name="李堃", phone=PHONE, id_number=ID_NUMBER, village="东关村")
    )
    for name, role in (("lianluo", Role.COORDINATOR), ("chakan", Role.VIEWER)):
        access.add_user(admin, name, name, role, f"{name}-pass-2026")
    return {
        "admin": admin,
        "coordinator": access.login("lianluo", "lianluo-pass-2026"),
        "viewer": access.login("chakan", "chakan-pass-2026"),
        "household": household,
    }


def _count(services, model) -> int:
    with services.db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _refusals(log) -> list[tuple[str, str]]:
    return [(e.username, e.detail) for e in reversed(log.list(action=AuditAction.REFUSED))]


def test_before_login_is_set_up_nothing_is_asked_and_acts_are_still_logged(services, log, tmp_path):
    member = services.members.create(MemberInput(name="王䶮", phone="13912345678"))
    services.members.archive(member.id)
    services.members.restore(member.id)
    services.settings.set_deadlines(Deadlines(assign=3, answer=5, return_visit=5))
    services.rosters.export_members(tmp_path / "m.xlsx", MemberQuery())
    actions = [(e.username, e.action, e.target) for e in reversed(log.list())]
    assert actions == [
        ("", AuditAction.ARCHIVE, f"委员 {member.id}"),
        ("", AuditAction.RESTORE_RECORD, f"委员 {member.id}"),
        ("", AuditAction.SETTINGS, "设置"),
        ("", AuditAction.EXPORT, "委员名册"),
    ]
    assert _refusals(log) == []


def test_with_login_on_and_nobody_signed_in_every_change_is_refused_and_logged(
    services, people, log
):
    services.current_user = None
    before = _count(services, Member)
    with pytest.raises(PermissionDeniedError, match="请先登录，再修改数据"):
        services.members.create(MemberInput(name="王䶮"))
    with pytest.raises(PermissionDeniedError, match="请先登录，再修改设置"):
        services.calendar.set_day(date(2027, 2, 8), DayKind.HOLIDAY, "春节")
    with pytest.raises(PermissionDeniedError, match="请先登录"):
        services.households.reveal_numbers(people["household"].id)
    with pytest.raises(PermissionDeniedError, match="请先登录"):
        services.audit.list()
    assert _count(services, Member) == before
    assert _refusals(log) == [
        ("", "不能修改数据"),
        ("", "不能修改设置"),
        ("", "不能查看完整的电话和身份证号"),
        ("", "不能查看操作日志"),
    ]


def test_the_viewer_reads_and_exports_masked_and_changes_nothing(services, people, log, tmp_path):
    services.current_user = people["viewer"]
    household = people["household"]
    assert services.households.count(HouseholdQuery()) == 1  # reading the lists is allowed
    with pytest.raises(PermissionDeniedError, match="您的身份是“查看”，不能修改数据"):
        services.households.update(
            household.id, HouseholdInput(head_name="李堃", village="西关村"),
            expected_version=household.version,
        )  # fmt: skip
    with pytest.raises(PermissionDeniedError, match="不能修改数据"):
        services.households.archive(household.id)
    with pytest.raises(PermissionDeniedError, match="不能修改设置"):
        services.categories.add("水利")
    with pytest.raises(PermissionDeniedError, match="不能查看完整的电话和身份证号"):
        services.households.reveal_numbers(household.id)
    with pytest.raises(PermissionDeniedError, match="不能导出不隐去号码的表格"):
        services.rosters.export_households(tmp_path / "full.xlsx", HouseholdQuery(), masked=False)
    assert not (tmp_path / "full.xlsx").exists()
    assert services.rosters.export_households(tmp_path / "masked.xlsx", HouseholdQuery()) == 1
    assert services.households.get(household.id).village == "东关村"  # nothing changed
    assert [d for u, d in _refusals(log) if u == "chakan"] == [
        "不能修改数据", "不能修改数据", "不能修改设置", "不能查看完整的电话和身份证号",
        "不能导出不隐去号码的表格",
    ]  # fmt: skip
    export = log.list(action=AuditAction.EXPORT)[0]
    assert (export.username, export.target, export.detail) == ("chakan", "联户名册", "1 条")


def test_the_default_categories_are_seeded_whoever_is_signed_in(services, people):
    services.current_user = people["viewer"]
    assert "医疗" in services.categories.names()


def test_the_coordinator_works_and_changes_settings_each_logged_once(services, people, log):
    services.current_user = people["coordinator"]
    member = services.members.create(MemberInput(name="王䶮"))
    services.requests.register(RequestInput(content="路灯坏了", visitor_name="张三"))
    services.categories.rename("医疗", "医疗卫生")  # a category and its requests: one event
    settings = [
        (e.username, e.target, e.detail)
        for e in log.list(action=AuditAction.SETTINGS)
        if e.username == "lianluo"
    ]
    assert settings == [("lianluo", "诉求类别", "医疗卫生")]
    services.members.archive(member.id)
    with pytest.raises(PermissionDeniedError, match="您的身份是“联络员”，不能恢复数据"):
        services.members.restore(member.id)  # restoring is for administrators
    assert services.members.get(member.id).member.archived_at is not None


def test_a_reveal_returns_the_numbers_and_logs_the_look_by_id(services, people, log):
    services.current_user = people["coordinator"]
    household = people["household"]
    assert services.households.reveal_numbers(household.id) == ("李堃", PHONE, ID_NUMBER)
    (event,) = log.list(action=AuditAction.REVEAL)
    assert (event.username, event.target) == ("lianluo", f"联系户 {household.id} 的电话和身份证号")
    assert PHONE not in event.target + event.detail and "李堃" not in event.target


def test_a_refusal_after_an_earlier_flush_in_the_same_transaction_is_logged_at_once(
    services, people, log
):
    """The refusal's own transaction starts only when the act's has rolled back: on SQLite the
    act's write lock would otherwise make it wait out the busy timeout."""
    services.current_user = people["viewer"]
    started = time.monotonic()
    with pytest.raises(PermissionDeniedError), services.db.session() as s:
        s.get(User, people["viewer"].id).last_login_at = utcnow()  # the user's own bookkeeping
        s.flush()  # the transaction holds the write lock from here
        s.add(Household(head_name="王五", village="东关村"))
        s.flush()
    assert time.monotonic() - started < 2
    assert _refusals(log)[-1] == ("chakan", "不能修改数据")
    assert _count(services, Household) == 1


def test_an_administrator_restores_what_was_archived(services, people, log):
    household = people["household"]
    services.current_user = people["coordinator"]
    services.households.archive(household.id)
    services.current_user = people["admin"]
    services.households.restore(household.id)
    events = [(e.username, e.action) for e in reversed(log.list())][-2:]
    assert events == [("lianluo", AuditAction.ARCHIVE), ("admin", AuditAction.RESTORE_RECORD)]
    assert services.households.get(household.id).archived_at is None


def test_a_refusal_is_a_studio_error_with_a_chinese_message(services, people):
    services.current_user = people["viewer"]
    with pytest.raises(StudioError) as caught:
        services.members.create(MemberInput(name="王䶮"))
    assert "查看" in str(caught.value) and "请联系管理员" in str(caught.value)


def test_a_stale_save_says_who_saved_the_record_first_and_when(services, people):
    household = people["household"]
    services.current_user = people["coordinator"]  # display name "lianluo"
    saved = services.households.update(
        household.id, HouseholdInput(head_name="李堃", village="西关村"),
        expected_version=household.version,
    )  # fmt: skip
    assert saved.updated_by == "lianluo"
    services.current_user = people["admin"]
    with pytest.raises(ConflictError) as caught:
        services.households.update(
            household.id, HouseholdInput(head_name="李堃", village="南关村"),
            expected_version=household.version,  # opened before the coordinator saved
        )  # fmt: skip
    assert caught.value.who == "lianluo"
    assert f"已由“lianluo”于 {caught.value.when} 修改" in str(caught.value)
    assert services.households.get(household.id).village == "西关村"
