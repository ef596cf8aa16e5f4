"""Studios (委员工作室) and who is in them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.base.enums import MembershipRole
from studio_app.base.errors import FieldError, NotFoundError, StudioError, ValidationError
from studio_app.base.i18n import N_, tr
from studio_app.base.text import clean_text
from studio_app.core.guard import acting_user
from studio_app.core.members import MemberInput, MemberService, validate_member
from studio_app.core.models import Studio
from studio_app.core.models.base import utcnow
from studio_app.core.records import check_version
from studio_app.core.scope import (
    EVERY_STUDIO,
    OtherStudioError,
    adopt_unowned,
    studio_count,
    studio_for_new,
)
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.validation import Validator, normalise_phone


@dataclass
class StudioInput:
    name: str
    township: str = ""
    address: str = ""
    phone: str = ""
    speciality: str = ""


ONLY_OWN_STUDIO = N_("您只能在自己的工作室工作。需要看别的工作室，请联系县政协。")

# The lead member's fields as the first-run wizard names them: an error says 领衔委员手机, not
# the member form's 联系电话 (which the wizard uses for the studio's own phone).
LEAD_LABELS = {"name": "领衔委员姓名", "phone": "领衔委员手机"}


@dataclass
class StudioSetup:
    """What the first-run wizard asks: the studio, and its lead member (optional)."""

    studio: StudioInput
    lead_name: str = ""
    lead_phone: str = ""


class StudioService:
    def __init__(self, db: SessionSource):
        self.db = db

    def list(self, *, include_archived: bool = False) -> list[Studio]:
        with self.db.session() as s:
            stmt = select(Studio).order_by(Studio.created_at)
            if not include_archived:
                stmt = stmt.where(Studio.archived_at.is_(None))
            return list(s.scalars(stmt))

    def get(self, studio_id: uuid.UUID) -> Studio:
        with self.db.session() as s:
            studio = s.get(Studio, studio_id)
            if studio is None:
                raise NotFoundError(tr("找不到这个工作室，可能已被删除。"))
            return studio

    def switchable(self) -> list[Studio]:
        """The studios the signed-in user may work in, for the window's studio switcher: every
        open studio for the county's users (and before logins are set up), else their own."""
        with self.db.session() as s:
            user = acting_user(s)
            stmt = select(Studio).where(Studio.archived_at.is_(None)).order_by(Studio.created_at)
            if user is None or user.role.county:
                return list(s.scalars(stmt, execution_options={EVERY_STUDIO: True}))
            return list(s.scalars(stmt.where(Studio.id == user.studio_id)))

    def managed(self) -> list[Studio]:
        """Every studio, closed ones too, for the county's users (and before logins are set
        up): the studios they add, edit, close and reopen; else the user's own."""
        with self.db.session() as s:
            user = acting_user(s)
            stmt = select(Studio).order_by(Studio.archived_at.is_not(None), Studio.created_at)
            if user is None or user.role.county:
                return list(s.scalars(stmt, execution_options={EVERY_STUDIO: True}))
            return list(s.scalars(stmt.where(Studio.id == user.studio_id)))

    def find(self, text: str, *, closed: bool = False) -> uuid.UUID:
        """The studio the user may work in named ``text`` (its name, its id, or a part of its
        name that no other studio has): the command line's ``--studio``; with ``closed``,
        among the studios they manage, closed ones too."""
        studios = self.managed() if closed else self.switchable()
        text = clean_text(text)
        found = [s for s in studios if text in (s.name, str(s.id))] or [
            s for s in studios if text and text in s.name
        ]
        if len(found) == 1:
            return found[0].id
        user = self._user()
        if not found and user is not None and not user.role.county:
            raise StudioError(tr(ONLY_OWN_STUDIO))  # i18n: from ONLY_OWN_STUDIO
        if found:
            raise StudioError(
                tr("名称含“{text}”的工作室不止一个：{names}。请写得更完整些。").format(
                    text=text, names="、".join(s.name for s in found)
                )
            )
        raise NotFoundError(
            tr("没有名为“{text}”的工作室。可以选择的有：{names}。").format(
                text=text, names="、".join(s.name for s in studios) or tr("（无）")
            )
        )

    def _user(self):
        with self.db.session() as s:
            return acting_user(s)

    def registering_refused(self) -> str | None:
        """Why nothing can be registered where this door works now (the county's 全县 view
        of several studios: a new record would belong to no studio), else None."""
        with self.db.session() as s:
            try:
                studio_for_new(s)
            except OtherStudioError as exc:
                return str(exc)
        return None

    def default(self) -> Studio | None:
        """The first active studio: a grassroots database usually holds exactly one."""
        studios = self.list()
        return studios[0] if studios else None

    def create(self, data: StudioInput) -> Studio:
        values = self._validate(data)
        with self.db.session() as s:
            studio = Studio(**values)
            s.add(studio)
            self._adopt_if_first(s, studio)
        return studio

    def update(
        self, studio_id: uuid.UUID, data: StudioInput, *, expected_version: int | None = None
    ) -> Studio:
        """The studio's own record; refused (``ConflictError``) if it was saved elsewhere since
        the form read it at ``expected_version``."""
        values = self._validate(data)
        with self.db.session() as s:
            studio = s.get(Studio, studio_id)
            if studio is None:
                raise NotFoundError(tr("找不到这个工作室，可能已被删除。"))
            check_version(studio, expected_version)
            for key, value in values.items():
                setattr(studio, key, value)
        return studio

    def close(self, studio_id: uuid.UUID, *, expected_version: int | None = None) -> Studio:
        """Close (撤销) a studio of a county database (the county's: 管理工作室). Its records
        stay, seen under 全县 and in the county's figures; its users can no longer sign in;
        ``reopen`` undoes it. The last open studio cannot be closed: every record needs one."""
        with self.db.session() as s:
            studio = self._one(s, studio_id)
            check_version(studio, expected_version)
            if studio.archived_at is None:
                if studio_count(s, closed=False) <= 1:
                    raise StudioError(
                        tr("“{name}”是唯一在用的工作室，不能撤销。").format(name=studio.name)
                    )
                studio.archived_at = utcnow()
        return studio

    def reopen(self, studio_id: uuid.UUID, *, expected_version: int | None = None) -> Studio:
        """Open a closed studio again, with everything it held and its users."""
        with self.db.session() as s:
            studio = self._one(s, studio_id)
            check_version(studio, expected_version)
            studio.archived_at = None
        return studio

    @staticmethod
    def _one(s: Session, studio_id: uuid.UUID) -> Studio:
        studio = s.get(Studio, studio_id, execution_options={EVERY_STUDIO: True})
        if studio is None:
            raise NotFoundError(tr("找不到这个工作室，可能已被删除。"))
        return studio

    def set_up(self, setup: StudioSetup) -> Studio:
        """Create the studio and, when named, its lead member (领衔委员), in one transaction after
        checking both: a mistake in either changes nothing. The lead member's errors come as
        ``lead_name`` and ``lead_phone``."""
        errors: list[FieldError] = []
        try:
            studio_values = self._validate(setup.studio)
        except ValidationError as exc:
            errors += exc.errors
        lead = lead_values = None
        if clean_text(setup.lead_name) or clean_text(setup.lead_phone):
            lead = MemberInput(
                name=setup.lead_name, phone=setup.lead_phone, role=MembershipRole.LEAD
            )
            try:
                lead_values = validate_member(lead)
            except ValidationError as exc:
                errors += [_lead_error(e) for e in exc.errors]
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            studio = Studio(**studio_values)
            s.add(studio)
            self._adopt_if_first(s, studio)
            if lead is not None and lead_values is not None:
                MemberService.add(s, lead_values, studio.id, lead.role)
        return studio

    @staticmethod
    def _adopt_if_first(s: Session, studio: Studio) -> None:
        """The first studio of a database takes what was recorded before it existed."""
        s.flush()
        if studio_count(s) == 1:
            adopt_unowned(s, studio.id)

    @staticmethod
    def _validate(data: StudioInput) -> dict:
        v = Validator()
        values = {
            "name": v.required("name", tr("工作室名称"), clean_text(data.name), max_length=200),
            "township": v.length(
                "township", tr("乡镇（街道）"), clean_text(data.township), max_length=100
            ),
            "address": v.length("address", tr("地址"), clean_text(data.address), max_length=300),
            "phone": v.check("phone", tr("联系电话"), normalise_phone, data.phone),
            "speciality": v.length(
                "speciality", tr("特色"), clean_text(data.speciality), max_length=2000
            ),
        }
        v.raise_if_any()
        return values


def _lead_error(error: FieldError) -> FieldError:
    """A member's field error as the lead member's: its field lead_…, its label and the label
    in its message those of the wizard (领衔委员手机：…)."""
    if error.field not in LEAD_LABELS:
        return FieldError(f"lead_{error.field}", error.label, error.message)
    label = tr(LEAD_LABELS[error.field])  # i18n: from LEAD_LABELS
    return FieldError(f"lead_{error.field}", label, error.message.replace(error.label, label, 1))
