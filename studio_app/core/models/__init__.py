"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from studio_app.core.models.access import AppendOnlyError, AuditEvent, User
from studio_app.core.models.archive import DocumentAttachment, IssuedDocument
from studio_app.core.models.base import Base, Record, utcnow
from studio_app.core.models.field import FieldConflict, FieldPackage
from studio_app.core.models.households import (
    Household,
    HouseholdStudio,
    HouseholdTag,
    Linkage,
    Visit,
)
from studio_app.core.models.intake import IntakeStanding, IntakeSubmission
from studio_app.core.models.meetings import (
    AgendaItem,
    AgreedItem,
    FollowUpAction,
    Meeting,
    MeetingAttendee,
)
from studio_app.core.models.member_record import (
    ActivityAttachment,
    MemberActivity,
    PointsScheme,
    PointsYear,
)
from studio_app.core.models.organisation import Member, Studio, StudioMembership
from studio_app.core.models.proposals import Proposal, ProposalEvent, ProposalMember
from studio_app.core.models.reception import (
    CommonIssue,
    DutyAssignment,
    ReceptionDay,
    Request,
    RequestCategory,
    RequestEvent,
    Visitor,
)
from studio_app.core.models.settings import AppSetting, CalendarDay

# The entities whose numbers the status bar, ``studio-app info`` and a backup's report show.
COUNTED = {
    "studios": Studio,
    "members": Member,
    "households": Household,
    "linkages": Linkage,
    "visits": Visit,
    "reception_days": ReceptionDay,
    "visitors": Visitor,
    "requests": Request,
    "meetings": Meeting,
}

__all__ = [
    "COUNTED",
    "ActivityAttachment",
    "AgendaItem",
    "AgreedItem",
    "AppSetting",
    "AppendOnlyError",
    "AuditEvent",
    "Base",
    "CalendarDay",
    "CommonIssue",
    "DocumentAttachment",
    "DutyAssignment",
    "FieldConflict",
    "FieldPackage",
    "FollowUpAction",
    "Household",
    "HouseholdStudio",
    "HouseholdTag",
    "IntakeStanding",
    "IntakeSubmission",
    "IssuedDocument",
    "Linkage",
    "Meeting",
    "MeetingAttendee",
    "Member",
    "MemberActivity",
    "PointsScheme",
    "PointsYear",
    "Proposal",
    "ProposalEvent",
    "ProposalMember",
    "ReceptionDay",
    "Record",
    "Request",
    "RequestCategory",
    "RequestEvent",
    "Studio",
    "StudioMembership",
    "User",
    "Visit",
    "Visitor",
    "utcnow",
]
