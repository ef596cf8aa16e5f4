"""What services need from storage: a session per unit of work (storage provides it)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol

from sqlalchemy.orm import Session


class SessionSource(Protocol):
    def session(self) -> AbstractContextManager[Session]:
        """A session committed when the block ends, rolled back on error."""
        ...
