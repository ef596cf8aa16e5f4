"""外出工作包: take one studio's work to the villages on a laptop and bring it back.

* ``check_out`` (office): the studio's working set (``working_set``) as its own SQLite
  database, with the package id, the schema revision and the office's sync point, sealed with
  the coordinator's passphrase (``sealed``). The office keeps the rows it packed: the base of
  the three-way merge at check-in. One package per studio is out at a time.
* ``open_package`` (laptop): the package unsealed into the laptop's own database, which the
  program then opens and works in as usual; requests registered there get provisional numbers.
* ``make_return`` (laptop): the laptop's database sealed into the return file.
* ``check_in`` (office): in one transaction (``merge``), every change the laptop made since the
  check-out, against the base and the office's records as they are now; what both sides changed
  waits in the conflict list (``conflicts``, ``settle``) for the coordinator.
"""

from __future__ import annotations

import platform
import sqlite3
import tempfile
import uuid
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import Engine

from studio_app.base.enums import AuditAction, Permission
from studio_app.base.i18n import tr
from studio_app.base.local_times import local_minute
from studio_app.base.messages import chinese
from studio_app.base.private import create_file
from studio_app.core.field import sealed
from studio_app.core.field.common import (
    CANCELLED,
    IMPORTED,
    OPENED,
    OUT,
    RETURNED,
    SQLITE_HEADER,
    CheckInSummary,
    FieldError,
    PackageInfo,
)
from studio_app.core.field.merge import DryRun, merge
from studio_app.core.field.rows import Key, Row, read, tables
from studio_app.core.field.working_set import working_set
from studio_app.core.guard import permit
from studio_app.core.models import AuditEvent, Studio, utcnow
from studio_app.core.models.field import LAPTOP, OFFICE, FieldPackage
from studio_app.core.scope import studio_for_new


def sqlite_engine(path: Path) -> Engine:
    """A plain engine over a package's SQLite file: no foreign keys (rows go in as they are,
    in any order), no WAL."""
    return create_engine(f"sqlite:///{path}")


def revision_of(connection) -> str:
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""


def file_bytes(path: Path) -> bytes:
    """A consistent copy of the SQLite file at ``path`` as one file's bytes (SQLite's backup
    API: the WAL folded in), even while the program has it open."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite3"
        source, target = sqlite3.connect(path), sqlite3.connect(copy)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            source.close()
            target.close()
        return copy.read_bytes()


def read_package(plain: bytes, folder: Path, name: str) -> tuple[Path, Engine]:
    """Write an unsealed package or return into ``folder`` and open it (plain engine)."""
    if not plain.startswith(SQLITE_HEADER):
        raise FieldError(tr("文件内容已损坏，无法使用。请从原处重新复制一份。"))
    path = folder / name
    path.write_bytes(plain)
    return path, sqlite_engine(path)


def laptop_record(engine: Engine) -> Row:
    t = tables()["field_package"]
    with engine.connect() as c:
        rows = read(c, t, t.c.side == LAPTOP)
    if len(rows) != 1:
        raise FieldError(tr("这个文件里没有外出工作包的记录，不是本程序生成的工作包或带回文件。"))
    return rows[0]


def open_package(source: Path, passphrase: str, laptop: Path) -> PackageInfo:
    """The package at ``source`` unsealed into the laptop's new database at ``laptop`` (which
    the program then opens as usual). An existing file is never overwritten: one package per
    laptop database, so two packages are never mixed."""
    if laptop.exists():
        raise FieldError(tr(
            "“{name}”已经存在（可能是另一个外出工作包的数据）。为免混在一起，请换一个新的文件名，"
            "或先把那份数据生成带回文件交回办公室。"
        ).format(name=laptop.name))  # fmt: skip
    plain = sealed.unseal(source, sealed.PACKAGE, passphrase)
    with tempfile.TemporaryDirectory() as folder:
        path, engine = read_package(plain, Path(folder), "package.sqlite3")
        try:
            row = laptop_record(engine)
            with engine.connect() as c:
                counts = {n: c.execute(text(f"SELECT count(*) FROM {n}")).scalar()
                          for n in ("member", "household", "request")}  # fmt: skip
        finally:
            engine.dispose()
        laptop.parent.mkdir(parents=True, exist_ok=True)
        create_file(laptop)  # the user's alone (0600) before a byte is written
        laptop.write_bytes(path.read_bytes())
    return PackageInfo(row["id"], row["studio_name"], row["made_at"], row["made_by"],
                       row["schema_revision"], counts)  # fmt: skip


class FieldService:
    """The field package's acts over one door's services (the guard, the workflow)."""

    def __init__(self, services: Any):
        self._services = services
        self.db = services.db

    # ---- office: check-out ---------------------------------------------------------------
    def outstanding(self) -> list[PackageInfo]:
        """The packages out now (not yet imported nor cancelled)."""
        with self.db.session() as s:
            found = s.scalars(select(FieldPackage).where(
                FieldPackage.side == OFFICE, FieldPackage.state == OUT
            ).order_by(FieldPackage.made_at)).all()  # fmt: skip
            return [PackageInfo(p.id, p.studio_name, p.made_at, p.made_by, p.schema_revision)
                    for p in found]  # fmt: skip

    def check_out(self, target: Path, passphrase: str, *, blank: Callable[[Path], None],
                  replace: bool = False, today: date | None = None) -> PackageInfo:  # fmt: skip
        """Write the studio's package to ``target``. ``blank`` makes an empty database of this
        program's schema at a path (storage does). A studio with a package still out is
        refused unless ``replace``: the earlier package is then cancelled (its return will be
        refused), in the same transaction."""
        sealed.check_passphrase(passphrase)
        today = today or date.today()
        user = self._services.current_user
        with self.db.session() as s:
            if s.get_bind().dialect.name == "postgresql":  # one snapshot for every table read
                s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            studio_id = self._services.studio_id or studio_for_new(s)
            studio = s.get(Studio, studio_id) if studio_id is not None else None
            if studio is None:
                raise FieldError(tr("请先在窗口上方选择要带出的工作室。"))
            target_text = chinese("audit.field_package", studio=studio.name)
            permit(s, Permission.FIELD, AuditAction.FIELD, target_text, tr("带出"))
            out = s.scalars(select(FieldPackage).where(
                FieldPackage.side == OFFICE, FieldPackage.studio_id == studio.id,
                FieldPackage.state == OUT,
            )).all()  # fmt: skip
            if out and not replace:
                first = out[0]
                raise FieldError(tr(
                    "“{studio}”已有一个外出工作包没有带回（{when} 由 {who} 带出）。两个工作包同时在外，"
                    "带回时会互相覆盖。请先导入那个工作包的带回文件；若那台笔记本已丢失或不再带回，"
                    "请选择“作废之前的工作包并重新带出”（命令行：--replace）。"
                ).format(studio=studio.name, when=local_minute(first.made_at),
                         who=first.made_by or tr("（未登录）")))  # fmt: skip
            for earlier in out:
                earlier.state = CANCELLED
            connection = s.connection()
            rows = working_set(connection, studio.id, today, user.id if user else None)
            package = FieldPackage(
                id=uuid.uuid4(), side=OFFICE, studio_id=studio.id, studio_name=studio.name,
                state=OUT, schema_revision=revision_of(connection),
                sync_point=s.scalar(select(func.max(AuditEvent.seq))) or 0,
                made_at=utcnow(), made_by=user.name if user else "",
            )  # fmt: skip
            plain = self._package_file(rows, package, blank)
            package.base = zlib.compress(plain, 6)
            s.add(package)
            s.flush()
            # Sealed inside the transaction: a stick that is full or pulled records nothing.
            sealed.seal(plain, sealed.PACKAGE, passphrase, target)
            counts = {n: len(rows[n]) for n in ("member", "household", "request")}
            return PackageInfo(package.id, studio.name, package.made_at, package.made_by,
                               package.schema_revision, counts)  # fmt: skip

    @staticmethod
    def _package_file(rows: dict[str, dict[Key, Row]], package: FieldPackage,
                      blank: Callable[[Path], None]) -> bytes:  # fmt: skip
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "package.sqlite3"
            blank(path)
            engine = sqlite_engine(path)
            try:
                with engine.begin() as c:
                    for table in tables().values():
                        found = rows.get(table.name)
                        if found:
                            c.execute(insert(table), list(found.values()))
                    c.execute(insert(tables()["field_package"]), [{
                        "id": package.id, "side": LAPTOP, "studio_id": package.studio_id,
                        "studio_name": package.studio_name, "state": OPENED,
                        "schema_revision": package.schema_revision,
                        "sync_point": package.sync_point, "made_at": package.made_at,
                        "made_by": package.made_by, "device": "", "imported_by": "",
                        "summary": "",
                    }])  # fmt: skip
            finally:
                engine.dispose()
            return file_bytes(path)

    def cancel(self, package_id: uuid.UUID) -> None:
        """作废: a package that will not come back (a lost laptop); its return is refused."""
        with self.db.session() as s:
            package = s.get(FieldPackage, package_id)
            if package is None or package.side != OFFICE or package.state != OUT:
                raise FieldError(tr("这个工作包已经带回或作废，不能再作废。"))
            permit(s, Permission.FIELD, AuditAction.FIELD,
                   chinese("audit.field_package", studio=package.studio_name), tr("作废"))  # fmt: skip
            package.state = CANCELLED

    # ---- laptop --------------------------------------------------------------------------
    def opened(self) -> PackageInfo:
        """On the laptop: the package this database was opened from (and the act logged)."""
        with self.db.session() as s:
            package = self._laptop_package(s)
            permit(s, Permission.FIELD, AuditAction.FIELD,
                   chinese("audit.field_package", studio=package.studio_name), tr("打开"))  # fmt: skip
            return PackageInfo(package.id, package.studio_name, package.made_at,
                               package.made_by, package.schema_revision)  # fmt: skip

    def laptop_package(self) -> PackageInfo | None:
        """The package this database was opened from, if it is a field laptop's."""
        with self.db.session() as s:
            package = s.scalars(select(FieldPackage).where(FieldPackage.side == LAPTOP)).first()
            if package is None:
                return None
            return PackageInfo(package.id, package.studio_name, package.made_at,
                               package.made_by, package.schema_revision)  # fmt: skip

    @staticmethod
    def _laptop_package(s) -> FieldPackage:
        package = s.scalars(select(FieldPackage).where(FieldPackage.side == LAPTOP)).first()
        if package is None:
            raise FieldError(tr(
                "这个数据库不是从外出工作包打开的，不能生成带回文件。带回文件在外出的笔记本上生成。"
            ))  # fmt: skip
        return package

    def make_return(self, target: Path, passphrase: str) -> PackageInfo:
        """The laptop's database sealed into the return file at ``target``, with the device
        and its clock recorded (for the record only: the office orders by its own numbers)."""
        sealed.check_passphrase(passphrase)
        path = Path(self.db.url.database or "")
        with self.db.session() as s:
            package = self._laptop_package(s)
            permit(s, Permission.FIELD, AuditAction.FIELD,
                   chinese("audit.field_package", studio=package.studio_name), tr("生成带回文件"))  # fmt: skip
            package.state, package.device = RETURNED, platform.node()[:200]
            package.device_clock = package.returned_at = utcnow()
            info = PackageInfo(package.id, package.studio_name, package.made_at,
                               package.made_by, package.schema_revision)  # fmt: skip
        sealed.seal(file_bytes(path), sealed.RETURN, passphrase, target)
        return info

    # ---- office: check-in ----------------------------------------------------------------
    def check_in(self, source: Path, passphrase: str, *, dry_run: bool = False) -> CheckInSummary:
        """Import the return file at ``source``: all of it in one transaction, or nothing.
        ``dry_run``: everything is done and then rolled back; the summary says what it did."""
        plain = sealed.unseal(source, sealed.RETURN, passphrase)
        with tempfile.TemporaryDirectory() as folder:
            _path, laptop = read_package(plain, Path(folder), "return.sqlite3")
            try:
                row = laptop_record(laptop)
                with laptop.connect() as c:
                    laptop_revision = revision_of(c)
                with self.db.session() as s:
                    package = self._importable(s, row["id"], laptop_revision)
                    base_bytes, studio_id = package.base, package.studio_id
                _base_path, base = read_package(zlib.decompress(base_bytes), Path(folder),
                                                "base.sqlite3")  # fmt: skip
                try:
                    return merge(self._services, package.id, studio_id, base, laptop,
                                 device=row["device"], dry_run=dry_run)  # fmt: skip
                except DryRun as dry:
                    return dry.summary
                finally:
                    base.dispose()
            finally:
                laptop.dispose()

    @staticmethod
    def _importable(s, package_id: uuid.UUID, laptop_revision: str) -> FieldPackage:
        package = s.get(FieldPackage, package_id)
        if package is None or package.side != OFFICE:
            raise FieldError(tr(
                "这个带回文件不是从本数据库带出的工作包（可能来自另一个办公室或另一个数据库），没有导入。"
                "请在带出它的那台电脑（或那个服务器）上导入。"
            ))  # fmt: skip
        if package.state == IMPORTED:
            raise FieldError(tr(
                "这个带回文件已于 {when} 导入过，这次没有再导入任何内容。"
            ).format(when=local_minute(package.imported_at)))  # fmt: skip
        if package.state == CANCELLED:
            raise FieldError(tr(
                "这个工作包已经作废（之后又带出了新的工作包），它的带回文件不能再导入，以免覆盖新的工作。"
                "请联系管理员处理。"
            ))  # fmt: skip
        office_revision = revision_of(s.connection())
        if laptop_revision != package.schema_revision or office_revision != package.schema_revision:
            raise FieldError(tr(
                "带回文件的数据结构版本（{laptop}）与带出时（{out}）或本数据库（{office}）不同，没有导入。"
                "请让笔记本和办公室使用同一版本的程序，再生成带回文件。"
            ).format(laptop=laptop_revision, out=package.schema_revision,
                     office=office_revision))  # fmt: skip
        return package

    # ---- the conflict list ---------------------------------------------------------------
    def conflicts(self, *, settled: bool = False) -> list:
        from studio_app.core.field.conflicts import list_conflicts

        return list_conflicts(self.db, settled=settled)

    def settle(self, conflict_id: uuid.UUID, choices: dict[str, str]) -> None:
        """Settle a conflict: for each field ``office`` or ``laptop`` (a field not named keeps
        the office's value); for request steps, ``steps``: ``office`` or ``laptop``."""
        from studio_app.core.field.conflicts import settle

        settle(self._services, conflict_id, choices)
