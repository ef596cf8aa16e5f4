"""Where the data is and how it is opened: one place for the window and the command line.

The database is named by ``--db`` (a file path or an SQLAlchemy URL), else by ``STUDIO_DB``,
else it is the county's server connected to in the first-run wizard (``server.json``), else
``studio.sqlite3`` in the folder chosen there (``location.json``), else in the platform's data
folder. ``locate`` resolves that once into a ``DataPlace``; every
later step (open, offer the newest backup, restore and reopen, the demo database beside it)
works from that place, so the window and the CLI never disagree about which file they mean.

Opening is honest: the user's data (``open_place``) is never created where it is missing,
never taken from an empty (0-byte) file and never used when damaged; the fault says so, with
the newest backup to restore (``DatabaseFault.backup``). Only acts that create a database on
purpose pass ``create=True``: the first-run wizard's data folder and the demo. Each opening of
a database file first tidies what killed backups and restores left and prunes the copies kept
before upgrades and restores (``storage.backups.leftovers``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL

from studio_app.base.enums import AuditAction, Permission
from studio_app.base.errors import DatabaseError, DatabaseFault, FaultKind, StudioError
from studio_app.base.i18n import tr
from studio_app.base.messages import chinese
from studio_app.base.private import make_folder
from studio_app.core.access import CurrentUser
from studio_app.core.audit import actor_name
from studio_app.core.services import Services
from studio_app.storage import database as storage
from studio_app.storage import faults, server_connection
from studio_app.storage.backups import leftovers
from studio_app.storage.backups.check import check, check_file
from studio_app.storage.backups.files import (
    BackupError,
    BackupInfo,
    newest_backup,
    server_backup_message,
)
from studio_app.storage.backups.restore import RestoreResult, restore
from studio_app.storage.backups.service import BackupService
from studio_app.storage.backups.settings import BackupSettings, default_folder
from studio_app.storage.migrate import current_revision, head_revision, open_database


@dataclass(frozen=True)
class DataPlace:
    """Where one database lives.

    Attributes:
        url: the database's URL (a SQLite file or a server).
        explicit: named by ``--db`` or ``STUDIO_DB``: the first-run wizard may not move it.
    """

    url: URL
    explicit: bool = False

    @classmethod
    def of_file(cls, path: Path) -> DataPlace:
        return cls(storage.resolve_url(path), explicit=True)

    @property
    def sqlite_file(self) -> Path | None:
        """The database file (None on a shared PostgreSQL server)."""
        return storage.sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.sqlite_file
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @property
    def exists(self) -> bool:
        """Whether there is a database to open: the file is there, or it is on a server."""
        path = self.sqlite_file
        return path is None or path.exists()

    @property
    def folder(self) -> Path:
        """The folder of the database file (the platform's data folder for a server)."""
        path = self.sqlite_file
        return path.parent if path is not None else storage.data_dir()

    @property
    def demo_file(self) -> Path:
        """The demo database, beside the real one and never mixed with it."""
        return self.folder / storage.DEMO_FILENAME

    @property
    def is_demo(self) -> bool:
        path = self.sqlite_file
        return path is not None and path.name == storage.DEMO_FILENAME

    def backup_folder(self) -> Path | None:
        """Where this database's backups go (readable while the database cannot be opened)."""
        path = self.sqlite_file
        return BackupSettings().folder_for(path) if path is not None else None

    def newest_backup(self) -> Path | None:
        """The newest backup to offer when the database will not open; None if there is none
        (or the database is on a server, which its administrator backs up)."""
        return newest_backup(self.backup_folder())


def locate(db: str | os.PathLike | URL | None = None) -> DataPlace:
    """The place of the database named by ``db`` (``--db``), else ``STUDIO_DB``, else the
    county server connected to in the first-run wizard, else the default file in the data
    folder."""
    explicit = db is not None or bool(os.environ.get(storage.DB_ENV))
    if not explicit and (server := server_connection.saved_url()) is not None:
        return DataPlace(server)  # connected in the first-run wizard: the county's server
    return DataPlace(storage.resolve_url(db), explicit=explicit)


# What a newer backup can mend: the window offers it, the command line names it.
RESTORABLE = frozenset({FaultKind.DAMAGED, FaultKind.EMPTY, FaultKind.MISSING})


def open_place(place: DataPlace, *, upgrade_schema: bool = True, create: bool = False) -> Services:
    """The services over the database at ``place``, upgraded as needed.

    A missing or empty file is made into a new database only with ``create`` (the first-run
    wizard, the demo); otherwise it is refused like a damaged one, with the newest backup in
    the fault's ``backup``. What killed backups and restores left is tidied first. The county's
    server connected to in the wizard is never upgraded from here: an older one is refused,
    saying the county office upgrades it (``studio-app server-upgrade``).
    """
    path = place.sqlite_file
    if path is not None:
        leftovers.tidy(path, place.backup_folder())
    # The county's server connected to in the first-run wizard is upgraded by the county
    # office (``server-upgrade``), never from a studio's PC.
    elif not place.explicit and (older := server_connection.older_schema(place.url)):
        raise DatabaseError(server_connection.older_message(older))
    try:
        return Services(open_database(place.url, upgrade_schema=upgrade_schema, create=create))
    except DatabaseFault as fault:
        if fault.kind in RESTORABLE and path is not None:
            fault.database = str(path)
            fault.backup = place.newest_backup()
        raise


def schema_revision(services: Services) -> tuple[str | None, str]:
    """The schema revision of the open database, and this program's newest."""
    with services.db.engine.connect() as connection:
        return current_revision(connection), head_revision()


def open_data_folder(folder: Path) -> tuple[DataPlace, Services]:
    """Create (or open) the database in ``folder``, chosen in the first-run wizard, and
    remember the folder for the next start unless it is the platform's default."""
    try:
        make_folder(folder)
    except OSError as exc:
        raise StudioError(
            tr("无法在“{path}”建立数据文件夹（{why}）。请换一个文件夹。").format(
                path=folder, why=exc.strerror or exc
            )
        ) from exc
    place = DataPlace.of_file(folder / storage.DEFAULT_FILENAME)
    services = open_place(place, create=True)
    if folder.resolve() != storage.data_dir().resolve():
        storage.save_data_dir(folder)
    return place, services


def open_field_package(package: Path, passphrase: str) -> Services:
    """打开工作包 on a field laptop: the package unsealed into a new database in a folder of its
    own in the data folder, which the program opens from now on (until the next package)."""
    from datetime import datetime

    from studio_app.core.field.service import open_package

    folder = storage.data_dir() / "field" / datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / storage.DEFAULT_FILENAME
    open_package(package, passphrase, path)
    services = open_place(DataPlace.of_file(path))
    storage.save_data_dir(folder)
    return services


def set_backup_folder(place: DataPlace, folder: Path) -> None:
    """Remember ``folder`` for this database's backups (nothing is kept for the default)."""
    path = place.sqlite_file
    if path is not None and folder != default_folder(path):
        BackupSettings().set_folder(path, folder)


def open_demo(place: DataPlace, progress: Callable[[str], None] | None = None) -> Services:
    """The demo database beside ``place``, filled the first time (a few seconds: run it off the
    GUI thread; all or nothing, so a demo stopped half-way is filled afresh next time).
    ``progress`` is told each step of the filling (``fill_demo``)."""
    from studio_app.core.members import MemberQuery
    from studio_app.demo import fill_demo

    path = place.demo_file
    try:
        make_folder(path.parent)
    except OSError as exc:
        raise DatabaseError(
            tr("无法在“{path}”建立数据文件夹（{why}）。请换一个文件夹。").format(
                path=path.parent, why=exc.strerror or exc
            )
        ) from exc
    with _demo_database(DataPlace.of_file(path)) as demo:
        if not demo.members.count(MemberQuery(active=None)):  # not filled on an earlier look
            fill_demo(demo, progress=progress)
    return demo


@contextmanager
def _demo_database(place: DataPlace) -> Iterator[Services]:
    """The database at ``place`` for the demo, made if it is missing; if the block fails, it
    is closed, and a file it made is removed again, so a failed demo leaves nothing behind
    (a killed one leaves at most an empty database, which the next demo fills)."""
    path = place.sqlite_file
    made = path is not None and not path.exists()
    services = open_place(place, create=True)
    try:
        yield services
    except BaseException:
        services.db.close()
        if made:
            for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise


def fill_demo_at(
    place: DataPlace,
    *,
    seed: int = 1,
    force: bool = False,
    county: bool = False,
    sign_in: Callable[[Services], None] | None = None,
):
    """``studio-app demo``: fill the database at ``place`` (made if missing) with the demo
    studio, all or nothing; returns the database's name and the ``DemoSummary``. ``county``:
    the county demo of several studios and their users instead (a ``CountyDemo``), with the
    user ``sign_in`` signs in when logins are set up (a server after ``server-init``)."""
    from studio_app.demo import fill_county_demo, fill_demo

    with _demo_database(place) as services:
        if county:
            if sign_in is not None:
                sign_in(services)
            summary = fill_county_demo(services, seed=seed)
        else:
            summary = fill_demo(services, seed=seed, force=force)
    name = services.db.display_name
    services.db.close()
    return name, summary


def _sqlite_file(place: DataPlace) -> Path:
    """The database file to restore over: it may be missing or damaged, not a folder."""
    path = place.sqlite_file
    if path is None:
        raise BackupError(server_backup_message())
    if path.is_dir():
        raise faults.not_a_file(path)
    return path


def restore_file(
    place: DataPlace, file: Path, *, by: CurrentUser | str | None = None
) -> RestoreResult:
    """Restore the backup ``file`` over the (closed) database at ``place`` after verifying it
    (upgraded if older), keeping the current one in ``before-restore`` and its users and audit
    log in the restored one, where the restore by ``by`` is the newest event."""
    return restore(file, _sqlite_file(place), by=actor_name(by))


def restore_newest(place: DataPlace, file: Path) -> Services:
    """The database at ``place`` would not open: restore ``file`` (its newest backup, which the
    user accepted) over it and open that. A damaged backup raises and replaces nothing. No one
    is logged in yet: the restore is recorded without a user."""
    restore(file, _sqlite_file(place))
    return open_place(place)


@dataclass(frozen=True)
class Reopened:
    """What ``restore_and_reopen`` leaves the window with.

    Attributes:
        services: the services over the database now open: the restored one, or the unchanged
            old one if the restore failed; None if neither could be opened.
        result: the restore, if it was done.
        error: why the restore (or the reopening) failed, to show the user; None on success.
    """

    services: Services | None
    result: RestoreResult | None
    error: StudioError | None


def backup_now(services: Services, folder: Path | None = None) -> BackupInfo:
    """立即备份 (a full copy of everyone's data onto, say, a USB stick): needs the acting user's
    ``backup`` permission, and is logged once made. The automatic daily backup needs none."""
    services.guard.require_whole(Permission.BACKUP, chinese("audit.backup"))
    info = BackupService(services.db).backup_now(folder)
    services.audit.record(services.current_user, AuditAction.BACKUP, str(info.path))
    return info


def restore_and_reopen(services: Services, file: Path) -> Reopened:
    """For the window: close its database, restore ``file`` over it, open it again, with the
    same user signed in (the restored database keeps the current users and audit log, and the
    restore, by that user, is its newest event). Needs the acting user's ``restore``
    permission (administrators): a refusal is raised, and logged.

    Nothing is raised for a failed restore: the window gets the old database reopened (the
    restore changed nothing) together with the error to show.
    """
    place = DataPlace(services.db.url, explicit=True)
    user: CurrentUser | None = services.current_user
    if place.sqlite_file is None:
        return Reopened(services, None, BackupError(server_backup_message()))
    services.guard.require_whole(Permission.RESTORE, chinese("audit.restore"))
    services.db.close()
    try:
        result = restore(file, place.sqlite_file, by=actor_name(user))
    except StudioError as exc:
        try:
            reopened = open_place(place)
        except StudioError:
            return Reopened(None, None, exc)
        reopened.current_user = user
        return Reopened(reopened, None, exc)
    try:
        reopened = open_place(place)
    except StudioError as exc:
        return Reopened(None, result, exc)
    reopened.current_user = user
    return Reopened(reopened, result, None)


def check_place(place: DataPlace) -> tuple[str, list[str]]:
    """The database's name and its problems (integrity and foreign keys of a SQLite file, the
    schema revision); a file is checked as it is, never created or upgraded."""
    path = place.sqlite_file
    if path is not None:
        fault = faults.diagnose(path)  # a folder, nothing there, 0 bytes: said as such
        if fault is not None:
            raise fault
        return str(path), check_file(path)
    try:
        database = open_database(place.url, upgrade_schema=False)
    except DatabaseFault:
        raise
    except DatabaseError as exc:
        return place.display_name, [str(exc)]
    try:
        return database.display_name, check(database)
    finally:
        database.close()
