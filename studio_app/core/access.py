"""Access (登录与权限): an optional login, roles, and what each role may do.

Login is optional: a single-coordinator PC works as before until someone sets up the first
administrator. From then on the window asks for a user name and password at start (and again
after N idle minutes), and every check goes by the logged-in user's role:

* 管理员 (admin): everything in their studio, its users, restoring, the audit log;
* 联络员 (coordinator): the daily work;
* 查看 (viewer): read-only, phone and ID numbers masked;
* 县政协管理员 (county admin): every studio: users, studios, the county's reports, restoring;
* 县政协联络员 (county coordinator): the daily work in any studio, and the county's reports.

A studio's users work in their studio only (``core/scope.py``); the county's pick one, or none
for the whole county. On a database of several studios what concerns all of them (the shared
settings, restoring a backup) is the county's: ``Guard`` asks for a county role there.

Before login is set up, ``None`` stands for the one user and may do everything.

Passwords are hashed with argon2id (argon2-cffi's ``PasswordHasher``; a stored hash made with
older parameters is replaced at the next successful login). Five wrong passwords in a row lock
the account for five minutes. Logins, failed logins, lockouts, unlocks and every change of a
user are recorded in the audit log in the same transaction as the change itself.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from studio_app.base.enums import AuditAction, Permission, Role
from studio_app.base.errors import NotFoundError, StudioError, ValidationError
from studio_app.base.i18n import tr, trn
from studio_app.base.labels import label
from studio_app.base.local_times import local_minute
from studio_app.base.messages import chinese
from studio_app.base.text import clean_text, fold_key
from studio_app.core.audit import add_event
from studio_app.core.models import AuditEvent, Studio, User, utcnow
from studio_app.core.models.base import EVERY_STUDIO
from studio_app.core.records import conflict
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator

MAX_FAILED_ATTEMPTS = 5
# While no login is set up, every act asks whether one is: at most this often (seconds). Logins
# set up on another PC sharing the server (or by a script) hold here within that time; each
# act would otherwise cost two more queries (2,500 in a county demo's fill).
LOGIN_RECHECK = 5.0
LOCKOUT = timedelta(minutes=5)
WARN_AFTER = 3  # from this many wrong passwords on, the message says how many are left
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
MAX_USERNAME_LENGTH = 50
P = Permission
COUNTY_ONLY = frozenset({P.MANAGE_STUDIOS, P.COUNTY_OVERVIEW})
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission) - COUNTY_ONLY,
    Role.COORDINATOR: frozenset({P.EDIT, P.REVEAL, P.EXPORT, P.BACKUP, P.SETTINGS, P.FIELD}),
    Role.VIEWER: frozenset({P.EXPORT}),  # lists export masked
    Role.COUNTY_ADMIN: frozenset(Permission),
    Role.COUNTY_COORDINATOR: frozenset(
        {P.EDIT, P.REVEAL, P.EXPORT, P.BACKUP, P.SETTINGS, P.COUNTY_OVERVIEW, P.FIELD}
    ),
}
# The roles that manage users: a studio's admin those of the studio, the county's all.
ADMIN_ROLES = (Role.ADMIN, Role.COUNTY_ADMIN)


@dataclass(frozen=True)
class CurrentUser:
    """Who is logged in (what the window keeps and passes to checks and the audit log)."""

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    studio_id: uuid.UUID | None = None  # where they work (None: the county office)

    @property
    def name(self) -> str:
        """What the window shows and ``by`` fields hold: the display name, else the username."""
        return self.display_name or self.username


@dataclass(frozen=True)
class UserRow:
    """A user as the users dialog lists it."""

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    last_login_at: datetime | None
    locked_until: datetime | None
    failed_attempts: int
    created_at: datetime
    studio_id: uuid.UUID | None = None  # where they work (None: the county office)
    studio_name: str = ""

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


class PermissionDeniedError(StudioError):
    """The logged-in user's role may not do this; nothing was changed."""

    def __init__(
        self,
        user: CurrentUser | None,
        permission: Permission,
        *,
        target: str = "",
        message: str = "",
    ):
        self.user = user
        self.permission = permission
        self.target = target  # what was refused, for the audit log
        self.logged = False  # written to the audit log (core.guard does it once)
        if not message and user is None:
            message = tr("请先登录，再{action}。").format(action=label(permission))
        elif not message:
            message = tr("您的身份是“{role}”，不能{action}，请联系管理员。").format(
                role=label(user.role), action=label(permission)
            )
        super().__init__(message)


class LoginError(StudioError):
    """A login or unlock was refused; the message says why and, if locked, for how long."""

    def __init__(self, message: str, *, locked_until: datetime | None = None):
        self.locked_until = locked_until
        super().__init__(message)


def username_key(username: str) -> str:
    """The spelling-independent key of a user name: ``Zhang``, ``ZHANG`` and ``ｚｈａｎｇ`` are one."""
    return fold_key(username)


def _locked_message(until: datetime, now: datetime) -> str:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return tr(
        "密码已连续输错 {n} 次，账户已锁定。请 {minutes} 分钟后（{time} 以后）再试，"
        "或请管理员重设密码。"
    ).format(n=MAX_FAILED_ATTEMPTS, minutes=minutes, time=local_minute(until)[-5:])


def _user_label(user: User) -> str:
    return chinese("audit.user", username=user.username)


def _by(admin: CurrentUser | None) -> str:
    """Who changed a user, as a later refused change names them."""
    return admin.name if admin is not None else ""


# argon2id with RFC 9106's low-memory parameters: each service takes this one unless given its
# own (the tests put a cheap one here: a real hash costs ~50 ms, and they make hundreds).
PASSWORD_HASHER = PasswordHasher()


class AccessService:
    def __init__(self, db: SessionSource, hasher: PasswordHasher | None = None):
        self.db = db
        self.hasher = hasher or PASSWORD_HASHER
        self._enabled = False  # once true it stays so: the last active admin cannot go
        self._checked_at = -math.inf
        self._dummy_hash: str | None = None

    # ---- is login on? ---------------------------------------------------------------------
    def enabled(self) -> bool:
        """Whether login is required: from the first administrator on, for good. Any user row,
        active or not, or the log's record of a user added keeps it on, so deactivating or
        deleting every user by SQL leaves the program locked, never open
        (``studio-app check`` says why)."""
        if not self._enabled and time.monotonic() - self._checked_at > LOGIN_RECHECK:
            with self.db.session() as s:
                self._enabled = bool(
                    s.scalar(select(exists().select_from(User)))
                    or s.scalar(select(exists().where(AuditEvent.action == AuditAction.USER_ADDED)))
                )
            self._checked_at = time.monotonic()
        return self._enabled

    # ---- permissions ----------------------------------------------------------------------
    def can(self, user: CurrentUser | None, permission: Permission | str) -> bool:
        """Whether ``user`` may do it. Before login is set up, ``None`` may do everything."""
        permission = Permission(permission)
        if user is None:
            return not self.enabled()
        return permission in ROLE_PERMISSIONS[user.role]

    def require(self, user: CurrentUser | None, permission: Permission | str) -> None:
        """Raise ``PermissionDeniedError`` (a Chinese message) unless ``user`` may do it."""
        if not self.can(user, permission):
            raise PermissionDeniedError(user, Permission(permission))

    # ---- logging in -----------------------------------------------------------------------
    def login(self, username: str, password: str, *, now: datetime | None = None) -> CurrentUser:
        """The user, if the name and password are right and the account is active and not
        locked; otherwise ``LoginError``. Either way the attempt is recorded."""
        now = now or utcnow()
        key = username_key(username)

        def attempt(s: Session) -> CurrentUser | LoginError:
            user = s.scalars(select(User).where(User.username_key == key).with_for_update()).first()
            if user is None:
                self._verify(self._dummy(), password)  # as long as for a real user
                add_event(s, username, AuditAction.LOGIN_FAILED,
                          chinese("audit.user", username=clean_text(username)),
                          chinese("audit.no_such_user"), at=now)  # fmt: skip
                return LoginError(tr("用户名或密码不正确。"))
            return self._check(s, user, password, now, AuditAction.LOGIN, AuditAction.LOGIN_FAILED)

        return self._settle(attempt)

    def unlock(
        self, user_id: uuid.UUID, password: str, *, now: datetime | None = None
    ) -> CurrentUser:
        """Unlock the window that locked itself after idle minutes: the logged-in user's
        password again (recorded as unlock / unlock_failed, counted like a login)."""
        now = now or utcnow()

        def attempt(s: Session) -> CurrentUser | LoginError:
            user = s.scalars(select(User).where(User.id == user_id).with_for_update()).first()
            if user is None:
                return LoginError(tr("找不到这个用户，请重新登录。"))
            return self._check(
                s, user, password, now, AuditAction.UNLOCK, AuditAction.UNLOCK_FAILED
            )

        return self._settle(attempt)

    def logout(self, user: CurrentUser, *, now: datetime | None = None) -> None:
        with self.db.session() as s:
            add_event(s, user, AuditAction.LOGOUT, at=now)

    def lock(self, user: CurrentUser, *, now: datetime | None = None) -> None:
        """Record that the window locked itself (idle)."""
        with self.db.session() as s:
            add_event(s, user, AuditAction.LOCK, at=now)

    def current(self, user_id: uuid.UUID) -> CurrentUser | None:
        """The user as stored now (role changes apply), or None if gone or deactivated."""
        with self.db.session() as s:
            user = s.get(User, user_id)
            if user is None or not user.active:
                return None
            try:
                return self._current(user, self._studio_of(s, user))
            except LoginError:
                return None

    def _check(
        self,
        s: Session,
        user: User,
        password: str,
        now: datetime,
        success: AuditAction,
        failure: AuditAction,
    ) -> CurrentUser | LoginError:
        target = _user_label(user)
        if user.locked_until is not None and user.locked_until > now:
            add_event(s, user.username, failure, target, chinese("audit.account_locked"), at=now)
            return LoginError(
                _locked_message(user.locked_until, now), locked_until=user.locked_until
            )
        if not self._verify(user.password_hash, password):
            user.failed_attempts += 1
            n = user.failed_attempts
            add_event(s, user.username, failure, target,
                      chinese("audit.wrong_password", n=n), at=now)  # fmt: skip
            if n >= MAX_FAILED_ATTEMPTS:
                user.failed_attempts, user.locked_until = 0, now + LOCKOUT
                add_event(s, user.username, AuditAction.ACCOUNT_LOCKED, target,
                          chinese("audit.locked_until", time=local_minute(user.locked_until)),
                          at=now)  # fmt: skip
                return LoginError(
                    _locked_message(user.locked_until, now), locked_until=user.locked_until
                )
            message = tr("用户名或密码不正确。")
            if n >= WARN_AFTER:
                message += trn(
                    "再输错 %n 次，账户将锁定 {minutes} 分钟。", MAX_FAILED_ATTEMPTS - n
                ).format(minutes=int(LOCKOUT.total_seconds() // 60))
            return LoginError(message)
        if not user.active:
            add_event(s, user.username, failure, target, chinese("audit.account_disabled"),
                      at=now)  # fmt: skip
            return LoginError(
                tr("账户“{username}”已停用，请联系管理员。").format(username=user.username)
            )
        try:
            studio_id = self._studio_of(s, user)
        except LoginError as refusal:
            add_event(s, user.username, failure, target, chinese("audit.no_studio"), at=now)
            return refusal
        if studio_id is not None and _closed(s, studio_id):
            add_event(s, user.username, failure, target, chinese("audit.studio_closed"), at=now)
            return LoginError(
                tr(
                    "账户“{username}”所在的工作室已撤销，不能再登录。需要时请县政协管理员恢复这个"
                    "工作室，或在“用户管理”中把账户调到别的工作室。"
                ).format(username=user.username)
            )
        user.failed_attempts, user.locked_until = 0, None
        if success == AuditAction.LOGIN:
            user.last_login_at = now
        if self.hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self.hasher.hash(password)
        add_event(s, user.username, success, target, at=now)
        return self._current(user, studio_id)

    @staticmethod
    def _studio_of(s: Session, user: User) -> uuid.UUID | None:
        """The studio a user works in: their own; for a user from before the county edition,
        the database's only studio; none for the county's roles."""
        if user.role.county:
            return None
        if user.studio_id is not None:
            return user.studio_id
        ids = s.scalars(select(Studio.id).where(Studio.archived_at.is_(None)).limit(2)).all()
        if len(ids) > 1:
            raise LoginError(
                tr(
                    "账户“{username}”还没有所属的工作室。请县政协管理员在“用户管理”中为它选择工作室。"
                ).format(username=user.username)
            )
        return ids[0] if ids else None

    def _settle(self, attempt) -> CurrentUser:
        """Run ``attempt`` in its own transaction (again if another PC changed the user at the
        same moment), commit what it recorded, then raise its refusal if it was one."""
        for tries in range(3):
            try:
                with self.db.session() as s:
                    outcome = attempt(s)
                break
            except StaleDataError:
                if tries == 2:
                    raise
        if isinstance(outcome, LoginError):
            raise outcome
        return outcome

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self.hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash(uuid.uuid4().hex)
        return self._dummy_hash

    @staticmethod
    def _current(user: User, studio_id: uuid.UUID | None = None) -> CurrentUser:
        return CurrentUser(user.id, user.username, user.display_name, user.role, studio_id)

    # ---- setting up and managing users ----------------------------------------------------
    def create_first_admin(
        self,
        username: str,
        display_name: str,
        password: str,
        *,
        role: Role = Role.ADMIN,
        now: datetime | None = None,
    ) -> CurrentUser:
        """Turn login on: the first user, an administrator (only while there is no user): the
        studio's 管理员 on a PC, the 县政协管理员 on a county server (``server-init``)."""
        role = Role(role)
        if role not in ADMIN_ROLES:
            raise ValueError(role)
        values = self._validated(username, display_name, password)
        try:
            with self.db.session() as s:
                if s.scalar(select(func.count()).select_from(User)):
                    raise StudioError(
                        tr(
                            "已经设置过管理员。请用管理员账户登录后，在“设置 → 用户与权限 → 用户管理”中添加其他用户。"
                        )
                    )
                user = User(**values, role=role, password_hash=self.hasher.hash(password))
                user.studio_id = self._studio_of(s, user)
                s.add(user)
                s.flush()
                add_event(s, user.username, AuditAction.USER_ADDED, _user_label(user),
                          chinese("audit.first_admin", role=role), at=now)  # fmt: skip
                current = self._current(user, user.studio_id)
        except IntegrityError as exc:  # another PC set one up at the same moment
            raise StudioError(
                tr(
                    "已经设置过管理员。请用管理员账户登录后，在“设置 → 用户与权限 → 用户管理”中添加其他用户。"
                )
            ) from exc
        self._enabled = True
        return current

    def add_user(
        self,
        admin: CurrentUser | None,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        *,
        studio_id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> UserRow:
        """A new user: a studio's admin adds users of their studio; the county's admin adds
        users of any studio (``studio_id``; the only studio if the database has one) and the
        county's own users."""
        role = Role(role)
        self.require(admin, Permission.MANAGE_USERS)
        values = self._validated(username, display_name, password)
        try:
            with self.db.session() as s:
                stored = self._acting_admin(s, admin)
                studio_id = self._studio_for_user(s, stored, role, studio_id)
                if s.scalar(select(exists().where(User.username_key == values["username_key"]))):
                    raise self._taken(values["username"])
                user = User(**values, role=role, password_hash=self.hasher.hash(password))
                user.studio_id = studio_id
                s.add(user)
                s.flush()
                add_event(s, admin, AuditAction.USER_ADDED, _user_label(user),
                          chinese("audit.role", role=role), at=now)  # fmt: skip
                return self._row(user)
        except IntegrityError as exc:  # the same name added on another PC a moment ago
            raise self._taken(values["username"]) from exc

    def users(self, admin: CurrentUser | None) -> list[UserRow]:
        """Every user the admin manages, by user name (for the users dialog): a studio's admin
        the users of their studio, the county's admin all."""
        self.require(admin, Permission.MANAGE_USERS)
        with self.db.session() as s:
            stmt = select(User).order_by(User.username_key)
            if admin is not None and not admin.role.county:
                stmt = stmt.where(User.studio_id == admin.studio_id)
            names = {
                studio_id: name for studio_id, name in s.execute(select(Studio.id, Studio.name))
            }
            return [self._row(u, names.get(u.studio_id, "")) for u in s.scalars(stmt)]

    @staticmethod
    def assignable_roles(admin: CurrentUser | None) -> tuple[Role, ...]:
        """The roles ``admin`` may give: every one for the county's admin, a studio's roles
        for a studio's admin."""
        if admin is not None and admin.role.county:
            return tuple(Role)
        return tuple(r for r in Role if not r.county)

    def set_role(
        self, admin: CurrentUser | None, user_id: uuid.UUID, role: Role, *,
        now: datetime | None = None,
    ) -> UserRow:  # fmt: skip
        role = Role(role)
        self.require(admin, Permission.MANAGE_USERS)
        with self._changed_once(user_id), self.db.session() as s:
            stored = self._acting_admin(s, admin)
            user = self._managed(s, stored, user_id)
            if user.role == role:
                return self._row(user)
            user.studio_id = self._studio_for_user(s, stored, role, user.studio_id)
            if user.role in ADMIN_ROLES and user.active:
                self._keep_an_admin(s, user, tr("改为“{role}”").format(role=label(role)))
            add_event(s, admin, AuditAction.USER_CHANGED, _user_label(user),
                      chinese("audit.role_changed", old=user.role, new=role),
                      at=now)  # fmt: skip
            user.role, user.updated_by = role, _by(admin)
            s.flush()
            return self._row(user)

    def set_active(
        self, admin: CurrentUser | None, user_id: uuid.UUID, active: bool, *,
        now: datetime | None = None,
    ) -> UserRow:  # fmt: skip
        """Deactivate (停用: cannot log in, history kept) or reactivate a user."""
        self.require(admin, Permission.MANAGE_USERS)
        with self._changed_once(user_id), self.db.session() as s:
            stored = self._acting_admin(s, admin)
            user = self._managed(s, stored, user_id)
            if user.active == active:
                return self._row(user)
            if not active and user.role in ADMIN_ROLES:
                self._keep_an_admin(s, user, tr("停用"))
            add_event(s, admin, AuditAction.USER_CHANGED, _user_label(user),
                      chinese("audit.enabled" if active else "audit.disabled"), at=now)  # fmt: skip
            user.active, user.updated_by = active, _by(admin)
            if active:
                user.failed_attempts, user.locked_until = 0, None
            s.flush()
            return self._row(user)

    def change_password(
        self, user: CurrentUser, old: str, new: str, *, now: datetime | None = None
    ) -> None:
        """The logged-in user changes their own password (the old one is asked for)."""
        with self.db.session() as s:
            stored = self._load(s, user.id)
            if not self._verify(stored.password_hash, old):
                raise ValidationError.single("old_password", tr("原密码"), tr("原密码不正确。"))
            self._check_password(new, stored.username, field="new_password", name=tr("新密码"))
            if old == new:
                raise ValidationError.single(
                    "new_password", tr("新密码"), tr("新密码不能与原密码相同。")
                )
            stored.password_hash = self.hasher.hash(new)
            add_event(s, user, AuditAction.PASSWORD_CHANGED, _user_label(stored),
                      chinese("audit.own_password"), at=now)  # fmt: skip

    def reset_password(
        self, admin: CurrentUser | None, user_id: uuid.UUID, new: str, *,
        now: datetime | None = None,
    ) -> None:  # fmt: skip
        """An administrator sets a new password (a forgotten one); this also lifts a lockout."""
        self.require(admin, Permission.MANAGE_USERS)
        with self._changed_once(user_id), self.db.session() as s:
            stored = self._acting_admin(s, admin)
            user = self._managed(s, stored, user_id)
            self._check_password(new, user.username, field="new_password", name=tr("新密码"))
            user.password_hash, user.updated_by = self.hasher.hash(new), _by(admin)
            user.failed_attempts, user.locked_until = 0, None
            add_event(s, admin, AuditAction.PASSWORD_CHANGED, _user_label(user),
                      chinese("audit.password_reset"), at=now)  # fmt: skip

    @contextmanager
    def _changed_once(self, user_id: uuid.UUID) -> Iterator[None]:
        """An administrator's change to a user that another administrator changed between
        this one's reading and writing is refused, naming who changed it and when."""
        try:
            yield
        except StaleDataError as exc:
            with self.db.session() as s:
                raise conflict(self._load(s, user_id)) from exc

    # ---- rules ----------------------------------------------------------------------------
    def _validated(self, username: str, display_name: str, password: str) -> dict:
        v = Validator()
        name = v.required(
            "username", tr("用户名"), clean_text(username), max_length=MAX_USERNAME_LENGTH
        )
        if any(ch.isspace() for ch in name):
            v.add("username", tr("用户名"), tr("用户名中不能有空格。"))
        display = v.name("display_name", tr("姓名"), display_name, max_length=100)
        try:
            self._check_password(password, name)
        except ValidationError as exc:
            v.errors.extend(exc.errors)
        v.raise_if_any()
        return {
            "username": name,
            "username_key": username_key(name),
            "display_name": display or name,
        }

    @staticmethod
    def _check_password(
        password: str, username: str, *, field: str = "password", name: str | None = None
    ) -> None:
        """At least 8 characters, not only digits, not the user name."""
        name = name or tr("密码")
        v = Validator()
        if len(password) < MIN_PASSWORD_LENGTH:
            v.add(field, name, tr("{name}至少要 {min} 个字符（现在是 {n} 个）。").format(
                name=name, min=MIN_PASSWORD_LENGTH, n=len(password)))  # fmt: skip
        elif len(password) > MAX_PASSWORD_LENGTH:
            v.add(field, name, tr("{name}最多 {max} 个字符。").format(
                name=name, max=MAX_PASSWORD_LENGTH))  # fmt: skip
        elif password.isdigit():
            v.add(field, name, tr("{name}不能全是数字，请加上字母或符号。").format(name=name))
        elif username and username_key(password) == username_key(username):
            v.add(field, name, tr("{name}不能与用户名相同。").format(name=name))
        v.raise_if_any()

    def _acting_admin(self, s: Session, admin: CurrentUser | None) -> User:
        """The acting user is, as stored now, an active administrator (not just when they
        logged in). Before any user exists there is no one to manage."""
        if admin is None:
            raise StudioError(tr("还没有管理员账户，请先设置管理员。"))
        stored = s.get(User, admin.id)
        if stored is None or not stored.active or stored.role not in ADMIN_ROLES:
            raise PermissionDeniedError(
                self._current(stored) if stored is not None else admin, Permission.MANAGE_USERS
            )
        return stored

    def _managed(self, s: Session, admin: User, user_id: uuid.UUID) -> User:
        """A user the admin may manage: any, for the county's admin; for a studio's admin the
        users of their studio (another studio's or the county's are not found)."""
        user = self._load(s, user_id)
        if admin.role.county or (
            not user.role.county and user.studio_id == self._studio_of(s, admin)
        ):
            return user
        raise NotFoundError(tr("找不到这个用户，可能数据库已更换。"))

    def _studio_for_user(
        self, s: Session, admin: User, role: Role, studio_id: uuid.UUID | None
    ) -> uuid.UUID | None:
        """The studio a user of ``role`` will work in, as the acting admin may give it."""
        if role.county:
            if not admin.role.county:
                raise ValidationError.single(
                    "role", tr("身份"), tr("只有县政协管理员可以添加或设置县政协的账户。")
                )
            return None
        if not admin.role.county:
            return self._studio_of(s, admin)  # a studio's admin: their own studio
        if studio_id is not None:
            if s.get(Studio, studio_id) is None:
                raise NotFoundError(tr("找不到这个工作室，可能已被删除。"))
            if _closed(s, studio_id):
                raise ValidationError.single(
                    "studio", tr("工作室"), tr("这个工作室已撤销，请选择在用的工作室。")
                )
            return studio_id
        ids = s.scalars(select(Studio.id).where(Studio.archived_at.is_(None)).limit(2)).all()
        if len(ids) != 1:
            raise ValidationError.single("studio", tr("工作室"), tr("请选择这位用户所在的工作室。"))
        return ids[0]

    @staticmethod
    def _keep_an_admin(s: Session, user: User, change: str) -> None:
        """Refuse to take away the last active administrator (rows locked on PostgreSQL, so
        two PCs cannot each demote one of the last two)."""
        admins = s.scalars(
            select(User.id)
            .where(User.role.in_(ADMIN_ROLES), User.active.is_(True))
            .with_for_update()
        ).all()
        if all(a == user.id for a in admins):
            raise StudioError(
                tr(
                    "“{name}”是唯一在用的管理员，不能{change}。请先把另一位用户设为管理员，"
                    "以免再也没有人能管理用户和恢复数据。"
                ).format(name=user.display_name or user.username, change=change)
            )

    @staticmethod
    def _taken(username: str) -> ValidationError:
        return ValidationError.single(
            "username", tr("用户名"),
            tr("用户名“{username}”已被使用（不区分大小写），请换一个。").format(username=username),
        )  # fmt: skip

    @staticmethod
    def _load(s: Session, user_id: uuid.UUID) -> User:
        user = s.get(User, user_id)
        if user is None:
            raise NotFoundError(tr("找不到这个用户，可能数据库已更换。"))
        return user

    @staticmethod
    def _row(u: User, studio_name: str = "") -> UserRow:
        return UserRow(u.id, u.username, u.display_name, u.role, u.active, u.last_login_at,
                       u.locked_until, u.failed_attempts, u.created_at, u.studio_id,
                       studio_name)  # fmt: skip


def _closed(s: Session, studio_id: uuid.UUID) -> bool:
    """Whether the studio was closed (撤销) by the county."""
    stmt = select(Studio.archived_at).where(Studio.id == studio_id)
    return s.scalar(stmt, execution_options={EVERY_STUDIO: True}) is not None
