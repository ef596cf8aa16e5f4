"""Who acts through the services and what they may do: one guard for every door.

The window, the command line and any later door (the LAN intake, the field package) reach the
data only through ``Services``, whose sessions all carry this guard. So the rules hold whoever
calls:

* every change to the records needs ``Permission.EDIT``, and every change to the settings
  (deadlines, categories, the calendar, print and code settings, the studio's own record)
  ``Permission.SETTINGS``, which also writes the 设置 audit event in the same transaction;
  both are checked when the session flushes, so no service method can forget them;
* the acts that reveal, export, archive, restore, anonymise or manage users check their own
  permission with ``Guard.permit`` and write their audit event in the act's transaction;
* on a database of several studios (a county server) what all studios share — the settings,
  categories, calendar and points scheme, adding or closing a studio, restoring the whole
  database — is the county's: a studio's user is refused it (``Guard.require_county``);
* a refusal is itself written to the audit log, in a transaction of its own once the act's
  has been rolled back.

Before login is set up (no user yet) everything is allowed and nobody is asked: a PC with one
coordinator and scripts over ``Services(open_database(...))`` work as before. Once it is set up,
a call with no signed-in user is refused. The audit log and the users' own bookkeeping (failed
logins, lockouts) are written whoever acts: ``AccessService`` checks user management itself.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from studio_app.base.enums import AuditAction, Permission
from studio_app.base.errors import ConflictError
from studio_app.base.i18n import N_, tr
from studio_app.base.labels import label
from studio_app.base.messages import chinese
from studio_app.core.audit import add_event
from studio_app.core.models import (
    AppSetting,
    AuditEvent,
    CalendarDay,
    PointsScheme,
    RequestCategory,
    Studio,
    User,
)
from studio_app.core.models.base import Record, StudioSession
from studio_app.core.records import conflict
from studio_app.core.scope import ACTING_KEY, SCOPE_KEY, studio_count
from studio_app.core.unit_of_work import SessionSource

if TYPE_CHECKING:
    from studio_app.core.access import AccessService, CurrentUser

SHARED_RECHECK = 5.0  # seconds between asking again whether the database holds one studio
GUARD_KEY = "studio_app.guard"
SYSTEM_KEY = "studio_app.system"  # a session the program writes on its own (defaults seeded)
SETTINGS_LOGGED_KEY = "studio_app.settings_logged"
WRITTEN_KEY = "studio_app.written"  # (model, id) -> the version read, of each record updated
FREE = (AuditEvent, User)  # written whoever acts (AccessService checks user management)
# The settings, and what the 设置 audit event calls each kind. All but the studio's own
# record are shared by every studio of the database.
SETTINGS = {
    AppSetting: N_("设置"),
    RequestCategory: N_("诉求类别"),
    CalendarDay: N_("节假日与调休"),
    Studio: N_("工作室信息"),
    PointsScheme: N_("积分办法"),
}


class Acting:
    """Who is signed in on this door (None: nobody, or login is not set up), and the studio
    the door works in (None: every studio: the county's 全县 view, or a database of one)."""

    def __init__(self) -> None:
        self.user: CurrentUser | None = None
        self.studio_id: uuid.UUID | None = None


class Guard:
    """The acting user's permissions, checked in the services' own transactions.

    Attributes:
        access: the users and their roles.
        acting: who is signed in.
    """

    def __init__(self, db: SessionSource, access: AccessService, acting: Acting):
        self._db = db
        self.access = access
        self.acting = acting
        self._shared = False  # the database holds several studios: once seen, for good
        self._checked_at = -math.inf

    def recheck_shared(self) -> None:
        """Ask again at the next session (a studio added here, a studio chosen)."""
        self._checked_at = -math.inf

    def shared(self) -> bool:
        """Whether the database holds more than one studio, open or closed (a county server).
        Asked again at most every few seconds while it holds one: a studio added on the server
        is seen by every PC within that time, before its own users can have recorded anything."""
        if not self._shared and time.monotonic() - self._checked_at > SHARED_RECHECK:
            with self._db.session() as s:
                self._shared = studio_count(s) > 1
            self._checked_at = time.monotonic()
        return self._shared

    @property
    def user(self) -> CurrentUser | None:
        return self.acting.user

    def may(self, permission: Permission) -> bool:
        return self.access.can(self.user, permission)

    def permit(
        self,
        s: Session,
        permission: Permission,
        action: AuditAction | None = None,
        target: str = "",
        detail: str = "",
    ) -> AuditEvent | None:
        """Inside the act's transaction ``s``: refuse (``PermissionDeniedError``; the refusal
        is logged after ``s`` rolls back) unless the acting user may, else add the act's audit
        event (if any) to ``s``, to be saved with the act."""
        from studio_app.core.access import PermissionDeniedError

        if not self.may(permission):
            raise PermissionDeniedError(self.user, permission, target=target)
        if action is None:
            return None
        return add_event(s, self.user, action, target, detail)

    def require(self, permission: Permission, target: str = "") -> None:
        """Outside any transaction: refuse now (logged at once) unless the acting user may."""
        from studio_app.core.access import PermissionDeniedError

        if not self.may(permission):
            refusal = PermissionDeniedError(self.user, permission, target=target)
            self.log_refusal(refusal)
            raise refusal

    def require_county(self, s: Session, permission: Permission, target: str) -> None:
        """What concerns every studio of a shared database is the county's: with several
        studios, a studio's user is refused (``PermissionDeniedError``, logged) even where
        their role has ``permission``; with one studio it is theirs as before."""
        from studio_app.core.access import PermissionDeniedError

        if not self.may(permission):
            raise PermissionDeniedError(self.user, permission, target=target)
        user = self.user
        if user is None or user.role.county or studio_count(s) <= 1:
            return
        raise PermissionDeniedError(
            user, permission, target=target,
            message=tr("这件事关系到全县各个工作室，只有县政协的账户可以{action}。请联系县政协。").format(
                action=label(permission)
            ),
        )  # fmt: skip

    def require_whole(self, permission: Permission, target: str = "") -> None:
        """Outside any transaction, for an act on the whole database (restoring a backup):
        refuse now (logged) unless the acting user may, and on a shared database is the
        county's."""
        from studio_app.core.access import PermissionDeniedError

        self.require(permission, target)
        try:
            with self._db.session() as s:
                self.require_county(s, permission, target)
        except PermissionDeniedError as refusal:
            self.log_refusal(refusal)
            raise

    def log_refusal(self, refusal: Any) -> None:
        """Write a refusal to the audit log in a transaction of its own."""
        with self._db.session() as s:
            s.info[SYSTEM_KEY] = True
            permission = refusal.permission
            add_event(
                s, refusal.user, AuditAction.REFUSED,
                refusal.target or chinese("audit.permission", permission=permission),
                chinese("audit.cannot", permission=permission),
            )  # fmt: skip

    def check_flush(self, session: Session) -> None:
        """What a flush may write: changes to the records need EDIT, to the settings SETTINGS
        (and their 设置 event joins the flush)."""
        changed = [*session.new, *session.dirty, *session.deleted]
        saved_by = self.user.name if self.user is not None else ""
        written = session.info.setdefault(WRITTEN_KEY, {})
        for record in changed:  # who saved it last, for a later stale save's refusal
            if isinstance(record, Record) and _really_changed(session, record):
                if record not in session.deleted:
                    record.updated_by = saved_by
                if record not in session.new:  # its UPDATE or DELETE checks the version read
                    written.setdefault((type(record), record.id), record.version)
        dirty = [o for o in changed if not isinstance(o, FREE) and _really_changed(session, o)]
        records = [o for o in dirty if type(o) not in SETTINGS]
        settings = [o for o in dirty if type(o) in SETTINGS]
        if records:
            self.permit(session, Permission.EDIT, target=_kinds(records))
        # A second studio makes a county database: adding one (not the first) or closing
        # one is the county's.
        studios = [o for o in dirty if isinstance(o, Studio)]
        if any(_archiving(o) for o in studios) or (
            any(o in session.new for o in studios) and studio_count(session) > 0
        ):
            self.permit(session, Permission.MANAGE_STUDIOS, target=_kinds(studios))
        if studios:
            self.recheck_shared()
        if any(not isinstance(o, Studio) for o in settings):
            self.require_county(session, Permission.SETTINGS, chinese("audit.shared_settings"))
        if settings:
            logged = session.info.get(SETTINGS_LOGGED_KEY)  # one 设置 event per transaction
            kinds = chinese("audit.kinds", kinds=sorted({SETTINGS[type(o)] for o in settings}))
            self.permit(session, Permission.SETTINGS, None if logged else AuditAction.SETTINGS,
                        kinds, _settings_detail(session, settings))  # fmt: skip
            session.info[SETTINGS_LOGGED_KEY] = True


def _archiving(studio: Studio) -> bool:
    """Whether this flush closes (archives) or reopens the studio."""
    return bool(inspect(studio).attrs.archived_at.history.has_changes())


def _really_changed(session: Session, obj: object) -> bool:
    """New or deleted, or dirty with a changed column (not merely touched)."""
    if obj in session.new or obj in session.deleted:
        return True
    return session.is_modified(obj, include_collections=False)


def _kinds(objects: list[object]) -> str:
    return chinese("audit.kinds", kinds=sorted({type(o).__name__ for o in objects}))


def _settings_detail(session: Session, objects: list[object]) -> str:
    """Which settings changed (keys, names, days; a studio added, closed or reopened): no
    personal data is among them."""
    for o in objects:  # a studio's own act says itself (its save holds nothing else)
        if isinstance(o, Studio) and o in session.new:
            return chinese("audit.studio_added", name=o.name)
        if isinstance(o, Studio) and _archiving(o):
            closed = o.archived_at is not None
            return chinese("audit.studio_closing" if closed else "audit.studio_reopened",
                           name=o.name)  # fmt: skip
    parts = []
    for o in objects:
        if isinstance(o, AppSetting):
            parts.append(o.key)
        elif isinstance(o, RequestCategory):
            parts.append(o.name)
        elif isinstance(o, CalendarDay):
            parts.append(o.day.isoformat())
        elif isinstance(o, Studio):
            parts.append(o.name)
        elif isinstance(o, PointsScheme):
            parts.append(chinese("audit.scheme_version", number=o.number))
    return chinese("audit.kinds", kinds=sorted(set(parts)))[:500]


class GuardedDatabase:
    """The database as one door sees it: each session carries the door's guard, and a refusal
    raised inside is logged once the session has rolled back. Everything else (``url``,
    ``engine``, ``close`` …) is the database's own."""

    def __init__(self, db: SessionSource, guard: Guard):
        self.database = db  # the database itself, unguarded: for storage (backups, checks)
        self.guard = guard

    @contextmanager
    def session(self) -> Iterator[Session]:
        from studio_app.core.access import PermissionDeniedError

        try:
            with self.database.session() as s:
                s.info[GUARD_KEY] = self.guard
                studio_id = self.guard.acting.studio_id
                s.info[ACTING_KEY] = studio_id
                # Filtered only where there is another studio to keep out: on a PC of one
                # studio the filter would only cost time.
                s.info[SCOPE_KEY] = studio_id if studio_id and self.guard.shared() else None
                yield s
        except PermissionDeniedError as refusal:
            refusal.user = refusal.user or self.guard.user  # raised where nobody was asked
            if not refusal.logged:
                refusal.logged = True
                self.guard.log_refusal(refusal)
            raise
        except StaleDataError as exc:  # saved by someone else between reading and writing
            raise self._stale(s) from exc

    def _stale(self, s: Session) -> ConflictError:
        """The refusal of a write that lost a race, saying who saved first and when: the first
        record the transaction updated that is no longer at the version it read."""
        with self.database.session() as fresh:
            for (model, record_id), version in s.info.get(WRITTEN_KEY, {}).items():
                now = fresh.get(model, record_id)
                if now is not None and now.version != version:
                    return conflict(now)
        return ConflictError()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.database, name)


def permit(
    s: Session,
    permission: Permission,
    action: AuditAction | None = None,
    target: str = "",
    detail: str = "",
) -> AuditEvent | None:
    """For a service, inside the act's transaction ``s``: the permission checked by the guard
    the session carries (``Guard.permit``) and the act's audit event added. A session of a
    bare database (a script's own) carries none: the event is still written, by nobody."""
    guard = s.info.get(GUARD_KEY)
    if guard is not None:
        return guard.permit(s, permission, action, target, detail)
    return add_event(s, None, action, target, detail) if action is not None else None


def acting_user(s: Session) -> CurrentUser | None:
    """Who acts in the session's transaction (None: nobody signed in, or a bare database)."""
    guard = s.info.get(GUARD_KEY)
    return guard.user if guard is not None else None


@contextmanager
def system_session(db: SessionSource) -> Iterator[Session]:
    """A session for what the program writes on its own, whoever is signed in (the default
    categories the first time they are needed)."""
    with db.session() as s:
        s.info[SYSTEM_KEY] = True
        yield s


@event.listens_for(StudioSession, "before_flush")
def _guard_the_flush(session: Session, _context, _instances) -> None:
    guard = session.info.get(GUARD_KEY)
    if guard is not None and not session.info.get(SYSTEM_KEY):
        guard.check_flush(session)
