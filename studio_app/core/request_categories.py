"""The editable list of request categories (医疗, 教育 …) the reception desk chooses from.

A new database gets the defaults once; an AppSetting remembers that, so a coordinator who
archives every default does not see them come back. Archived categories leave the desk's
choices, but requests keep their category, and a rename carries the requests along so that
figures by category stay whole.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from studio_app.base.errors import NotFoundError, StudioError, ValidationError
from studio_app.base.i18n import tr
from studio_app.base.labels import REQUEST_CATEGORIES, word_label
from studio_app.base.text import clean_text, fold_key
from studio_app.core.guard import system_session
from studio_app.core.models import AppSetting, Request, RequestCategory, utcnow
from studio_app.core.records import check_version
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator

SEEDED_KEY = "request_categories.seeded"
MAX_LENGTH = 50  # RequestCategory.name and Request.category are String(50)


@dataclass(frozen=True)
class CategoryEntry:
    id: uuid.UUID
    name: str
    position: int
    archived: bool
    used_by: int  # requests filed under this category
    version: int = 0  # as read: a change saved elsewhere since is refused (ConflictError)


def category_key(name: str) -> str:
    """How names compare: full/half width, letter case and spaces do not make a new category."""
    return re.sub(r"\s+", "", fold_key(name))


class CategoryService:
    def __init__(self, db: SessionSource):
        self.db = db
        self._seeded = False  # checked once per service, not on every call

    # ---- reading -------------------------------------------------------------------------
    def names(self) -> list[str]:
        """The active categories in the coordinator's order: the desk's choices."""
        with self._session() as s:
            return [c.name for c in self._ordered(s) if c.archived_at is None]

    def entries(self) -> list[CategoryEntry]:
        """Active categories in order, then archived ones, each with its number of requests."""
        with self._session() as s:
            used = dict(
                s.execute(select(Request.category, func.count()).group_by(Request.category)).all()
            )
            return [
                CategoryEntry(c.id, c.name, c.position, c.archived_at is not None,
                              used.get(c.name, 0), c.version)
                for c in self._ordered(s)
            ]  # fmt: skip

    # ---- changing ------------------------------------------------------------------------
    def add(self, name: str) -> str:
        """Add a category at the end of the list; returns the name as stored."""
        name = self._valid_name(name)
        with _refuse_on_race(name), self._session() as s:
            self._refuse_duplicate(s, name, None)
            s.add(RequestCategory(name=name, position=self._next_position(s)))
        return name

    def rename(self, old: str, new: str, *, read: CategoryEntry | None = None) -> str:
        """Rename a category and, in the same transaction, every request filed under it."""
        new = self._valid_name(new)
        with _refuse_on_race(new), self._session() as s:
            category = self._find(s, old, read)
            if category.name == new:
                return new
            self._refuse_duplicate(s, new, category.id)
            # Through the ORM, not one UPDATE: each request's version goes up (a form opened
            # before the rename is stale) and its derived search text is refreshed on flush.
            for request in s.scalars(select(Request).where(Request.category == category.name)):
                request.category = new
            category.name = new
        return new

    def move(self, name: str, up: bool, *, read: CategoryEntry | None = None) -> list[str]:
        """Swap an active category with its neighbour above or below; returns the new order."""
        with self._session() as s:
            category = self._find(s, name, read)
            if category.archived_at is not None:
                raise StudioError(
                    tr("类别“{name}”已归档，请先恢复再调整顺序。").format(
                        name=word_label(category.name)
                    )
                )
            active = [c for c in self._ordered(s) if c.archived_at is None]
            i = active.index(category)
            j = i - 1 if up else i + 1
            if 0 <= j < len(active):
                active[i], active[j] = active[j], active[i]
                self._renumber(active)
            return [c.name for c in active]

    def reorder(self, names: list[str]) -> list[str]:
        """Put the active categories in the given order (all of them, each once)."""
        wanted = [clean_text(n) for n in names]
        with self._session() as s:
            active = [c for c in self._ordered(s) if c.archived_at is None]
            by_name = {c.name: c for c in active}
            if len(wanted) != len(set(wanted)) or set(wanted) != set(by_name):
                raise StudioError(
                    tr("类别列表已在别处修改（增加、改名或归档），请刷新后重新排序。")
                )
            self._renumber([by_name[n] for n in wanted])
            return wanted

    def archive(self, name: str, *, read: CategoryEntry | None = None) -> None:
        """Take a category off the desk's choices; requests keep it and figures still count it."""
        with self._session() as s:
            category = self._find(s, name, read)
            if category.archived_at is None:
                category.archived_at = utcnow()

    def restore(self, name: str, *, read: CategoryEntry | None = None) -> None:
        """Bring an archived category back, at the end of the list."""
        with self._session() as s:
            category = self._find(s, name, read)
            if category.archived_at is not None:
                category.archived_at = None
                category.position = self._next_position(s)

    # ---- helpers -------------------------------------------------------------------------
    def _session(self) -> AbstractContextManager[Session]:
        self._seed_once()
        return self.db.session()

    def _seed_once(self) -> None:
        """Give a database that never had categories the defaults, and remember it did."""
        if self._seeded:
            return
        try:
            with system_session(self.db) as s:  # whoever is signed in: a default, not a change
                if s.get(AppSetting, SEEDED_KEY) is None:
                    if s.scalar(select(func.count()).select_from(RequestCategory)) == 0:
                        s.add_all(
                            RequestCategory(name=n, position=i)
                            for i, n in enumerate(REQUEST_CATEGORIES)
                        )
                    s.add(AppSetting(key=SEEDED_KEY, value="1"))
        except IntegrityError:
            pass  # another PC on the same server seeded at the same moment: theirs stands
        self._seeded = True

    @staticmethod
    def _valid_name(name: str) -> str:
        v = Validator()
        name = v.required("name", tr("类别名称"), clean_text(name), max_length=MAX_LENGTH)
        v.raise_if_any()
        return name

    @staticmethod
    def _refuse_duplicate(s: Session, name: str, own_id: uuid.UUID | None) -> None:
        key = category_key(name)
        for c in s.scalars(select(RequestCategory)):
            if c.id != own_id and category_key(c.name) == key:
                raise _duplicate(name, c)

    @staticmethod
    def _find(s: Session, name: str, read: CategoryEntry | None = None) -> RequestCategory:
        """The category called ``name``; with ``read`` (the entry as the list showed it), that
        very category, refused (``ConflictError``) if it was changed elsewhere since."""
        if read is not None:
            found = s.get(RequestCategory, read.id)
            if found is not None:
                check_version(found, read.version)
        else:
            found = s.scalars(
                select(RequestCategory).where(RequestCategory.name == clean_text(name))
            ).first()
        if found is None:
            raise NotFoundError(
                tr("找不到类别“{name}”，可能已在别处改名，请刷新后重试。").format(
                    name=word_label(name)
                )
            )
        return found

    @staticmethod
    def _ordered(s: Session) -> list[RequestCategory]:
        stmt = select(RequestCategory).order_by(
            RequestCategory.archived_at.is_not(None), RequestCategory.position, RequestCategory.name
        )
        return list(s.scalars(stmt))

    @staticmethod
    def _next_position(s: Session) -> int:
        return (s.scalar(select(func.max(RequestCategory.position))) or 0) + 1

    @staticmethod
    def _renumber(categories: list[RequestCategory]) -> None:
        for i, c in enumerate(categories):
            if c.position != i:
                c.position = i


def _duplicate(name: str, existing: RequestCategory) -> ValidationError:
    if existing.name == name:
        message = tr("已有类别“{name}”，请换一个名称。").format(name=word_label(name))
    else:
        message = tr(
            "“{name}”与已有类别“{existing}”相同（全角半角、大小写、空格不同也算同一类别），"
            "请换一个名称。"
        ).format(name=word_label(name), existing=word_label(existing.name))
    if existing.archived_at is not None:
        message += tr("该类别已归档，如需使用请在已归档类别中恢复它。")
    return ValidationError.single("name", tr("类别名称"), message)


@contextmanager
def _refuse_on_race(name: str) -> Iterator[None]:
    """Two PCs adding the same name at once: the database's unique name refuses the second."""
    try:
        yield
    except IntegrityError as exc:
        raise ValidationError.single(
            "name",
            tr("类别名称"),
            tr("类别“{name}”刚刚已由别人添加，请刷新后查看。").format(name=word_label(name)),
        ) from exc
