"""The one service API the window and the command line share."""

from __future__ import annotations

import uuid
from functools import cached_property
from typing import TYPE_CHECKING

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.core.access import AccessService
from studio_app.core.app_settings import SettingsService
from studio_app.core.audit import AuditService
from studio_app.core.common_issues import CommonIssueService
from studio_app.core.county_overview import CountyOverviewService
from studio_app.core.guard import Acting, Guard, GuardedDatabase
from studio_app.core.households import HouseholdService
from studio_app.core.intake import IntakeService
from studio_app.core.linkage import LinkageService, VisitService
from studio_app.core.meetings import MeetingService
from studio_app.core.member_codes import MemberCodeService
from studio_app.core.members import MemberService
from studio_app.core.proposals import ProposalService
from studio_app.core.reception_days import ReceptionDayService
from studio_app.core.request_categories import CategoryService
from studio_app.core.request_charts import RequestChartService
from studio_app.core.request_figures import FigureService
from studio_app.core.request_list import RequestListService
from studio_app.core.retention import RetentionService
from studio_app.core.similarity import OwnWordsService
from studio_app.core.studios import ONLY_OWN_STUDIO, StudioService
from studio_app.core.unit_of_work import SessionSource
from studio_app.core.visitor_requests import RequestService
from studio_app.core.workbench import WorkbenchService
from studio_app.core.workdays import CalendarService

if TYPE_CHECKING:
    from studio_app.core.access import CurrentUser
    from studio_app.core.activities import ActivityService
    from studio_app.core.archive import ArchiveService
    from studio_app.core.field.service import FieldService
    from studio_app.core.member_record import MemberRecordService
    from studio_app.core.points import PointsService
    from studio_app.core.printing import PrintService
    from studio_app.core.roster_io import RosterTransfer


class Services:
    """Every service over one open database.

    Attributes:
        db: the open database as this door sees it: each session carries the guard.
        current_user: who is signed in (None: nobody, or login is not set up).
        guard: the acting user's permissions.
    """

    def __init__(self, db: SessionSource):
        # Who is signed in on this door (``AccessService.login``); None while login is not
        # set up, and then every permission is granted, as on a PC with one coordinator.
        self.acting = Acting()
        self.access = AccessService(db)
        # Every service below works through the guard: the acting user's permissions are
        # checked, and their acts logged, in the services' own transactions (core/guard.py).
        self.guard = Guard(db, self.access, self.acting)
        self.db = db = GuardedDatabase(db, self.guard)
        self.studios = StudioService(db)
        self.members = MemberService(db)
        self.households = HouseholdService(db)
        self.linkages = LinkageService(db)
        self.visits = VisitService(db)
        self.settings = SettingsService(db)
        self.member_codes = MemberCodeService(db, self.settings)
        self.calendar = CalendarService(db)
        self.requests = RequestService(db, self.calendar, self.settings)
        self.reception_days = ReceptionDayService(db, self.calendar)
        self.request_list = RequestListService(db, self.calendar)
        self.own_words = OwnWordsService(db)  # 设置 → 近义词, used by request_list.similar
        self.categories = CategoryService(db)
        self.common_issues = CommonIssueService(db)
        self.proposals = ProposalService(db, self.requests)
        self.meetings = MeetingService(db)
        self.figures = FigureService(db, self.calendar)
        self.request_charts = RequestChartService(db)  # the 工作台's charts
        self.workbench = WorkbenchService(db, self.calendar, self.requests, self.reception_days)
        self.audit = AuditService(db, self.guard)
        self.retention = RetentionService(db)
        self.intake = IntakeService(db, self.requests, self.categories)  # 扫码说事
        # 全县概览 and the county's ranking (which loads the members' record when asked)
        self.county = CountyOverviewService(db, self.calendar, lambda: self.points)

    @property
    def current_user(self) -> CurrentUser | None:
        return self.acting.user

    @current_user.setter
    def current_user(self, user: CurrentUser | None) -> None:
        """Sign ``user`` in on this door: a studio's user works in their studio from now on,
        the county's users over every studio until they pick one (``use_studio``)."""
        self.acting.user = user
        self.acting.studio_id = user.studio_id if user is not None else None

    @property
    def studio_id(self) -> uuid.UUID | None:
        """The studio this door works in (None: every studio, or a database of one)."""
        return self.acting.studio_id

    def use_studio(self, studio_id: uuid.UUID | None) -> None:
        """Work in ``studio_id`` (None: the whole county). Only the county's users, or anyone
        before logins are set up, may change studio; a studio's user stays in their own."""
        user = self.acting.user
        if user is not None and not user.role.county and studio_id != user.studio_id:
            raise StudioError(tr(ONLY_OWN_STUDIO))  # i18n: from ONLY_OWN_STUDIO
        self.guard.recheck_shared()
        if studio_id is not None:
            self.acting.studio_id = None  # the studio itself is looked up county-wide
            self.studios.get(studio_id)
        self.acting.studio_id = studio_id

    @cached_property
    def rosters(self) -> RosterTransfer:
        # Excel support (openpyxl) is loaded on first use: it would add ~0.1 s to start-up.
        from studio_app.core.roster_io import RosterTransfer

        return RosterTransfer(self.db)

    @cached_property
    def field(self) -> FieldService:
        # 外出工作包 (cryptography is loaded when a package is first made or opened).
        from studio_app.core.field.service import FieldService

        return FieldService(self)

    @cached_property
    def archive(self) -> ArchiveService:
        from studio_app.core.archive import ArchiveService

        return ArchiveService(self.db, self.meetings, self.printing)

    @cached_property
    def printing(self) -> PrintService:
        # reportlab and the fonts are loaded when the first document is made, not at start-up.
        from studio_app.core.printing import PrintService

        return PrintService(
            self.db, self.settings, self.calendar, self.meetings, self.reception_days,
            self.member_codes,
        )  # fmt: skip

    # The members' record is loaded when first asked for (its page, the CLI), not at start-up.
    @cached_property
    def activities(self) -> ActivityService:
        from studio_app.core.activities import ActivityService, proposal_activities

        return ActivityService(self.db, sources=[proposal_activities])

    @cached_property
    def points(self) -> PointsService:
        from studio_app.core.points import PointsService

        return PointsService(self.db, self.activities)

    @cached_property
    def member_records(self) -> MemberRecordService:
        from studio_app.core.member_record import MemberRecordService

        return MemberRecordService(self.db, self.points, self.linkages)
