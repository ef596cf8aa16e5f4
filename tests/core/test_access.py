"""Access: the optional login, argon2id hashes, lockout, roles and permissions, users."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from studio_app.base.enums import AuditAction, Permission, Role
from studio_app.base.errors import StudioError, ValidationError
from studio_app.core.access import (
    AccessService,
    CurrentUser,
    LoginError,
    PermissionDeniedError,
)
from studio_app.core.audit import AuditService
from studio_app.core.models import User
from studio_app.core.studios import StudioInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
PASSWORD = "lianluo2026"


@pytest.fixture
def access(services) -> AccessService:
    return services.access


@pytest.fixture
def admin(access) -> CurrentUser:
    return access.create_first_admin("Admin", "王管理", "guanli-2026", now=NOW)


def _actions(services) -> list[tuple[str, AuditAction, str]]:
    """(username, action, detail) of every audit event, oldest first."""
    return [
        (e.username, e.action, e.detail)
        for e in reversed(AuditService(services.db.database).list())
    ]


def _stored(services, username_key: str) -> User:
    with services.db.session() as s:
        return s.scalars(select(User).where(User.username_key == username_key)).one()


# ---- login is optional ----------------------------------------------------------------------


def test_without_users_login_is_off_and_nobody_may_do_everything(access):
    assert access.enabled() is False
    assert all(access.can(None, p) for p in Permission)
    access.require(None, Permission.MANAGE_USERS)  # no error


def test_the_first_admin_turns_login_on_and_only_once(services, access, admin):
    assert (admin.username, admin.display_name, admin.role) == ("Admin", "王管理", Role.ADMIN)
    assert access.enabled() is True
    assert AccessService(services.db).enabled() is True  # another window sees it too
    assert access.can(None, Permission.EDIT) is False
    with pytest.raises(PermissionDeniedError, match="请先登录"):
        access.require(None, Permission.EDIT)
    with pytest.raises(StudioError, match="已经设置过管理员"):
        access.create_first_admin("second", "", "another-2026")
    assert _actions(services) == [("Admin", AuditAction.USER_ADDED, "首次设置，身份：管理员")]


def test_logins_set_up_elsewhere_hold_here_within_the_recheck(services, monkeypatch):
    """Another PC (or door) sets up logins: this one, which asked a moment ago, asks the
    database again within LOGIN_RECHECK seconds, not at every act."""
    import studio_app.core.access as access_module

    clock = [100.0]
    monkeypatch.setattr(access_module.time, "monotonic", lambda: clock[0])
    here = AccessService(services.db)
    assert here.enabled() is False
    AccessService(services.db).create_first_admin("Admin", "", "guanli-2026", now=NOW)
    clock[0] += access_module.LOGIN_RECHECK / 2
    assert here.enabled() is False  # asked too recently
    clock[0] += access_module.LOGIN_RECHECK
    assert here.enabled() is True and here.can(None, Permission.EDIT) is False


def test_adding_a_user_before_any_admin_is_refused(access):
    with pytest.raises(StudioError, match="请先设置管理员"):
        access.add_user(None, "zhang", "张三", Role.COORDINATOR, PASSWORD)
    assert access.enabled() is False


# ---- passwords ------------------------------------------------------------------------------


def test_the_password_is_stored_as_an_argon2id_hash_that_verifies(services, admin):
    stored = _stored(services, "admin")
    assert stored.password_hash.startswith("$argon2id$v=19$")
    assert "guanli-2026" not in stored.password_hash
    assert PasswordHasher().verify(stored.password_hash, "guanli-2026")
    assert stored.username == "Admin" and stored.username_key == "admin"


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short1", "密码至少要 8 个字符（现在是 6 个）"),
        ("12345678901", "密码不能全是数字"),
        ("ZhangSan", "密码不能与用户名相同"),
        ("", "密码至少要 8 个字符（现在是 0 个）"),
    ],
)
def test_password_rules_are_explained_in_chinese(access, password, message):
    with pytest.raises(ValidationError, match=message) as caught:
        access.create_first_admin("zhangsan", "张三", password)
    assert [e.field for e in caught.value.errors] == ["password"]
    assert access.enabled() is False  # nothing was saved


def test_user_names_are_checked(access):
    with pytest.raises(ValidationError) as caught:
        access.create_first_admin("  ", "", "guanli-2026")
    assert [(e.field, e.message) for e in caught.value.errors][:1] == [
        ("username", "请填写用户名。")
    ]
    with pytest.raises(ValidationError, match="用户名中不能有空格"):
        access.create_first_admin("zhang san", "", "guanli-2026")
    with pytest.raises(ValidationError, match="最多 50 个字"):
        access.create_first_admin("z" * 51, "", "guanli-2026")


def test_user_names_are_unique_whatever_their_case_or_width(access, admin):
    access.add_user(admin, "zhang", "张三", Role.COORDINATOR, PASSWORD)
    for spelling in ("ZHANG", "Zhang", "ｚｈａｎｇ"):
        with pytest.raises(ValidationError, match="已被使用（不区分大小写）"):
            access.add_user(admin, spelling, "", Role.VIEWER, PASSWORD)
    assert access.login("ZHANG", PASSWORD, now=NOW).username == "zhang"


def test_a_wrong_password_is_refused_and_logged(services, access, admin):
    with pytest.raises(LoginError, match=r"^用户名或密码不正确。$"):
        access.login("admin", "not-the-password", now=NOW)
    with pytest.raises(LoginError, match=r"^用户名或密码不正确。$"):
        access.login("nobody", "guanli-2026", now=NOW)  # the same message: no user is revealed
    user = access.login("admin", "guanli-2026", now=NOW + timedelta(seconds=5))
    assert user == admin
    assert _actions(services)[1:] == [
        ("Admin", AuditAction.LOGIN_FAILED, "密码错误（连续第 1 次）"),
        ("nobody", AuditAction.LOGIN_FAILED, "没有这个用户"),
        ("Admin", AuditAction.LOGIN, ""),
    ]
    stored = _stored(services, "admin")
    assert (stored.failed_attempts, stored.last_login_at) == (0, NOW + timedelta(seconds=5))


def test_five_wrong_passwords_lock_the_account_for_five_minutes(services, access, admin):
    messages = []
    for i in range(5):
        with pytest.raises(LoginError) as caught:
            access.login("admin", f"wrong-{i}-password", now=NOW + timedelta(seconds=i))
        messages.append(str(caught.value))
    assert messages[:2] == ["用户名或密码不正确。"] * 2
    assert messages[2] == "用户名或密码不正确。再输错 2 次，账户将锁定 5 分钟。"
    assert messages[3] == "用户名或密码不正确。再输错 1 次，账户将锁定 5 分钟。"
    assert messages[4].startswith("密码已连续输错 5 次，账户已锁定。请 5 分钟后")
    locked_at = NOW + timedelta(seconds=4)
    assert caught.value.locked_until == locked_at + timedelta(minutes=5)

    # Locked: even the right password is refused, saying how long is left.
    with pytest.raises(LoginError, match="请 2 分钟后") as caught:
        access.login("admin", "guanli-2026", now=locked_at + timedelta(minutes=3, seconds=30))
    assert caught.value.locked_until == locked_at + timedelta(minutes=5)
    with pytest.raises(LoginError, match="请 1 分钟后"):
        access.login("admin", "guanli-2026", now=locked_at + timedelta(minutes=4, seconds=59))
    # Five minutes later it opens again.
    user = access.login("admin", "guanli-2026", now=locked_at + timedelta(minutes=5))
    assert user.username == "Admin"
    stored = _stored(services, "admin")
    assert (stored.failed_attempts, stored.locked_until) == (0, None)

    actions = [a for _u, a, _d in _actions(services)]
    assert actions.count(AuditAction.LOGIN_FAILED) == 7
    assert actions.count(AuditAction.ACCOUNT_LOCKED) == 1
    assert actions[-1] == AuditAction.LOGIN


def test_the_count_of_wrong_passwords_restarts_after_a_good_login(access, admin):
    for i in range(4):
        with pytest.raises(LoginError):
            access.login("admin", "wrong-password", now=NOW + timedelta(seconds=i))
    access.login("admin", "guanli-2026", now=NOW + timedelta(seconds=10))
    for i in range(4):
        with pytest.raises(LoginError, match="用户名或密码不正确"):
            access.login("admin", "wrong-password", now=NOW + timedelta(seconds=20 + i))
    assert access.login("admin", "guanli-2026", now=NOW + timedelta(seconds=30)) == admin


def test_an_admin_reset_lifts_a_lockout(services, access, admin):
    zhang = access.add_user(admin, "zhang", "张三", Role.COORDINATOR, PASSWORD)
    for i in range(5):
        with pytest.raises(LoginError):
            access.login("zhang", "wrong-password", now=NOW + timedelta(seconds=i))
    access.reset_password(admin, zhang.id, "xinmima-2026")
    with pytest.raises(LoginError):
        access.login("zhang", PASSWORD, now=NOW + timedelta(seconds=10))
    assert access.login("zhang", "xinmima-2026", now=NOW + timedelta(seconds=11)).id == zhang.id
    assert ("Admin", AuditAction.PASSWORD_CHANGED, "管理员重设") in _actions(services)


@pytest.mark.real_password_hashes
def test_a_hash_made_with_older_parameters_is_replaced_at_login(services):
    weak = AccessService(
        services.db, PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    )
    weak.create_first_admin("admin", "", "guanli-2026")
    before = _stored(services, "admin").password_hash
    assert "m=8192,t=1,p=1" in before

    AccessService(services.db).login("admin", "guanli-2026", now=NOW)  # default parameters
    after = _stored(services, "admin").password_hash
    ph = PasswordHasher()
    params = f"m={ph.memory_cost},t={ph.time_cost},p={ph.parallelism}"
    assert after != before and after.startswith(f"$argon2id$v=19${params}$")
    assert not PasswordHasher().check_needs_rehash(after)
    assert PasswordHasher().verify(after, "guanli-2026")


def test_changing_ones_own_password(services, access, admin):
    with pytest.raises(ValidationError, match="原密码不正确"):
        access.change_password(admin, "wrong-old-one", "xinmima-2026")
    with pytest.raises(ValidationError, match="新密码不能全是数字"):
        access.change_password(admin, "guanli-2026", "20262026")
    with pytest.raises(ValidationError, match="新密码不能与原密码相同"):
        access.change_password(admin, "guanli-2026", "guanli-2026")
    access.change_password(admin, "guanli-2026", "xinmima-2026")
    with pytest.raises(LoginError):
        access.login("admin", "guanli-2026", now=NOW)
    assert access.login("admin", "xinmima-2026", now=NOW) == admin
    assert ("Admin", AuditAction.PASSWORD_CHANGED, "本人修改") in _actions(services)


# ---- the idle lock ---------------------------------------------------------------------------


def test_unlocking_the_window_checks_the_password_and_is_logged(services, access, admin):
    access.lock(admin, now=NOW)
    with pytest.raises(LoginError, match="用户名或密码不正确"):
        access.unlock(admin.id, "wrong-password", now=NOW)
    assert access.unlock(admin.id, "guanli-2026", now=NOW) == admin
    assert _actions(services)[1:] == [
        ("Admin", AuditAction.LOCK, ""),
        ("Admin", AuditAction.UNLOCK_FAILED, "密码错误（连续第 1 次）"),
        ("Admin", AuditAction.UNLOCK, ""),
    ]


def test_guessing_at_the_locked_window_locks_the_account_too(access, admin):
    for _ in range(5):
        with pytest.raises(LoginError):
            access.unlock(admin.id, "wrong-password", now=NOW)
    with pytest.raises(LoginError, match="请 4 分钟后"):
        access.unlock(admin.id, "guanli-2026", now=NOW + timedelta(minutes=1))
    assert access.unlock(admin.id, "guanli-2026", now=NOW + timedelta(minutes=5)) == admin


# ---- roles and permissions -------------------------------------------------------------------

STUDIO_ADMIN, COUNTY_ADMIN, COUNTY = Role.ADMIN, Role.COUNTY_ADMIN, Role.COUNTY_COORDINATOR
MATRIX = {
    Permission.EDIT: {STUDIO_ADMIN, Role.COORDINATOR, COUNTY_ADMIN, COUNTY},
    Permission.REVEAL: {STUDIO_ADMIN, Role.COORDINATOR, COUNTY_ADMIN, COUNTY},
    Permission.EXPORT: {STUDIO_ADMIN, Role.COORDINATOR, Role.VIEWER, COUNTY_ADMIN, COUNTY},
    Permission.EXPORT_UNMASKED: {STUDIO_ADMIN, COUNTY_ADMIN},
    Permission.BACKUP: {STUDIO_ADMIN, Role.COORDINATOR, COUNTY_ADMIN, COUNTY},
    Permission.SETTINGS: {STUDIO_ADMIN, Role.COORDINATOR, COUNTY_ADMIN, COUNTY},
    Permission.RESTORE: {STUDIO_ADMIN, COUNTY_ADMIN},
    Permission.MANAGE_USERS: {STUDIO_ADMIN, COUNTY_ADMIN},
    Permission.VIEW_AUDIT: {STUDIO_ADMIN, COUNTY_ADMIN},
    Permission.ANONYMISE: {STUDIO_ADMIN, COUNTY_ADMIN},
    Permission.MANAGE_STUDIOS: {COUNTY_ADMIN},
    Permission.COUNTY_OVERVIEW: {COUNTY_ADMIN, COUNTY},
    # 外出工作包: a 联络员 or an administrator (issue 21), the viewer never
    Permission.FIELD: {STUDIO_ADMIN, Role.COORDINATOR, COUNTY_ADMIN, COUNTY},
}


def test_the_permission_matrix(services, access):
    assert set(MATRIX) == set(Permission)
    studio = services.studios.create(StudioInput(name="城关委员工作室"))
    county = access.create_first_admin("county", "县管理", "guanli-2026", role=COUNTY_ADMIN)
    for role in Role:
        if role != COUNTY_ADMIN:
            access.add_user(county, role.value, "", role, PASSWORD, studio_id=studio.id)
    for role in Role:
        user = access.login(role.value if role != COUNTY_ADMIN else "county",
                            PASSWORD if role != COUNTY_ADMIN else "guanli-2026",
                            now=NOW)  # fmt: skip
        assert user.role == role
        assert user.studio_id == (None if role.county else studio.id)
        for permission, allowed in MATRIX.items():
            assert access.can(user, permission) is (role in allowed), (role, permission)
            assert access.can(user, permission.value) is (role in allowed)  # plain ids too


def test_a_refusal_says_who_you_are_and_whom_to_ask(access, admin):
    access.add_user(admin, "li", "李四", Role.VIEWER, PASSWORD)
    viewer = access.login("li", PASSWORD, now=NOW)
    with pytest.raises(PermissionDeniedError) as caught:
        access.require(viewer, "edit")
    assert str(caught.value) == "您的身份是“查看”，不能修改数据，请联系管理员。"
    assert caught.value.permission == Permission.EDIT
    with pytest.raises(PermissionDeniedError, match="不能导出不隐去号码的表格"):
        access.require(viewer, Permission.EXPORT_UNMASKED)
    with pytest.raises(ValueError):
        access.can(viewer, "fly")  # a typo in a permission is a bug, not a refusal


def test_only_admins_manage_users(access, admin):
    access.add_user(admin, "zhang", "张三", Role.COORDINATOR, PASSWORD)
    coordinator = access.login("zhang", PASSWORD, now=NOW)
    with pytest.raises(PermissionDeniedError, match="您的身份是“联络员”，不能管理用户"):
        access.add_user(coordinator, "wang", "", Role.ADMIN, PASSWORD)
    with pytest.raises(PermissionDeniedError):
        access.set_role(coordinator, coordinator.id, Role.ADMIN)
    with pytest.raises(PermissionDeniedError):
        access.users(coordinator)
    assert [u.username for u in access.users(admin)] == ["Admin", "zhang"]


def test_a_demoted_admin_loses_the_rights_at_once(access, admin):
    other = access.add_user(admin, "wang", "王五", Role.ADMIN, PASSWORD)
    wang = access.login("wang", PASSWORD, now=NOW)
    access.set_role(admin, other.id, Role.VIEWER)
    # The window still holds the old CurrentUser; managing users checks the stored role.
    with pytest.raises(PermissionDeniedError, match="您的身份是“查看”"):
        access.add_user(wang, "zhao", "", Role.VIEWER, PASSWORD)
    assert access.current(wang.id).role == Role.VIEWER


def test_roles_names_and_activity_change_and_are_logged(services, access, admin):
    zhang = access.add_user(admin, "zhang", "张三", Role.COORDINATOR, PASSWORD, now=NOW)
    assert (zhang.role, zhang.active, zhang.display_name) == (Role.COORDINATOR, True, "张三")
    assert access.set_role(admin, zhang.id, Role.VIEWER).role == Role.VIEWER
    assert access.set_active(admin, zhang.id, False).active is False
    with pytest.raises(LoginError, match="账户“zhang”已停用，请联系管理员"):
        access.login("zhang", PASSWORD, now=NOW)
    assert access.current(zhang.id) is None
    assert access.set_active(admin, zhang.id, True).active is True
    assert access.login("zhang", PASSWORD, now=NOW).role == Role.VIEWER
    changes = [(a, d) for u, a, d in _actions(services) if u == "Admin"][1:]
    assert changes == [
        (AuditAction.USER_ADDED, "身份：联络员"),
        (AuditAction.USER_CHANGED, "身份：联络员 → 查看"),
        (AuditAction.USER_CHANGED, "停用"),
        (AuditAction.USER_CHANGED, "启用"),
    ]


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(access, admin):
    with pytest.raises(StudioError, match="“王管理”是唯一在用的管理员，不能改为“联络员”"):
        access.set_role(admin, admin.id, Role.COORDINATOR)
    with pytest.raises(StudioError, match="是唯一在用的管理员，不能停用"):
        access.set_active(admin, admin.id, False)
    second = access.add_user(admin, "wang", "王五", Role.ADMIN, PASSWORD)
    access.set_active(admin, second.id, False)  # a deactivated admin does not count
    with pytest.raises(StudioError, match="唯一在用的管理员"):
        access.set_role(admin, admin.id, Role.VIEWER)
    access.set_active(admin, second.id, True)
    access.set_role(admin, admin.id, Role.VIEWER)  # now another admin remains
    assert access.current(admin.id).role == Role.VIEWER
    wang = access.login("wang", PASSWORD, now=NOW)
    with pytest.raises(StudioError, match="“王五”是唯一在用的管理员"):
        access.set_active(wang, wang.id, False)
    assert access.enabled() is True
