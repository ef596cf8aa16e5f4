"""The one service API the window and the command line share."""

from __future__ import annotations

from studio_app.core.households import HouseholdService
from studio_app.core.linkage import LinkageService, VisitService
from studio_app.core.members import MemberService
from studio_app.core.roster_io import RosterTransfer
from studio_app.core.studios import StudioService
from studio_app.core.unit_of_work import SessionSource


class Services:
    """Every service over one open database.

    Attributes:
        db: the open database (anything with ``session()``).
    """

    def __init__(self, db: SessionSource):
        self.db = db
        self.studios = StudioService(db)
        self.members = MemberService(db)
        self.households = HouseholdService(db)
        self.linkages = LinkageService(db)
        self.visits = VisitService(db)
        self.rosters = RosterTransfer(db)
