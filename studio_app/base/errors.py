"""Errors the services raise. Messages are Chinese, name the field, and say how to fix it."""

from __future__ import annotations

from dataclasses import dataclass

from studio_app.base.i18n import tr


class StudioError(Exception):
    """Base of every error a user may see; ``str(err)`` is the message to show."""


@dataclass(frozen=True)
class FieldError:
    field: str  # attribute name, e.g. "phone"
    label: str  # what the user sees, e.g. "联系电话"
    message: str  # full sentence, e.g. "联系电话“123”不是有效的手机号或座机号"


class ValidationError(StudioError):
    """One or more fields are wrong; nothing was changed."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__(tr("；").join(e.message for e in errors))

    @classmethod
    def single(cls, field: str, label: str, message: str) -> ValidationError:
        return cls([FieldError(field, label, message)])


class NotFoundError(StudioError):
    pass


class ConflictError(StudioError):
    """The record changed since it was opened (another window or PC saved it first): the later
    save is refused, nothing is overwritten, and the form offers to load what is there now.

    Attributes:
        who: who saved the change ("" when not known).
        when: when it was saved, as the coordinator reads it ("" when not known).
    """

    def __init__(self, message: str | None = None, *, who: str = "", when: str = ""):
        self.who, self.when = who, when
        if message is None and when:
            message = tr(
                "这条记录在您打开后，已由{who}于 {when} 修改（可能在另一个窗口或另一台电脑上）。"
                "您这次的修改没有保存：请重新载入，看过最新的内容后再改。"
            ).format(who=f"“{who}”" if who else tr("别人"), when=when)
        super().__init__(
            message
            or tr(
                "这条记录刚刚被别人修改（可能在另一个窗口或另一台电脑上）。您这次的修改没有保存："
                "请重新载入，看过最新的内容后再改。"
            )
        )


class DuplicateError(StudioError):
    def __init__(self, message: str, existing_id):
        self.existing_id = existing_id
        super().__init__(message)


class DatabaseError(StudioError):
    """The database cannot be opened or upgraded; the message says why and what to do."""
