"""Closed vocabularies of the domain. Values are stable English ids; labels are Chinese.

Labels go through ``tr`` at display time so the English translation can replace them.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class MemberLevel(StrEnum):
    """四级委员: the level of the CPPCC body the member sits on."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    COUNTY = "county"


class MembershipRole(StrEnum):
    LEAD = "lead"  # 领衔委员
    TEAM = "team"  # 加盟委员


class HouseholdKind(StrEnum):
    HOUSEHOLD = "household"
    ENTERPRISE = "enterprise"
    ORGANISATION = "organisation"


class VisitMethod(StrEnum):
    IN_PERSON = "in_person"  # 上门
    PHONE = "phone"  # 电话
    WECHAT = "wechat"  # 微信


class ReceptionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class RequestChannel(StrEnum):
    RECEPTION_DAY = "reception_day"  # 接待日
    PHONE = "phone"  # 电话
    VISIT = "visit"  # 走访
    LETTER = "letter"  # 来信
    GRID_WORKER = "grid_worker"  # 网格员
    QR = "qr"  # 扫码


class IntakeStatus(StrEnum):
    """A submission of the intake page (扫码说事) at the desk."""

    PENDING = "pending"  # 待受理
    ACCEPTED = "accepted"  # 已受理: became a registered request
    MERGED = "merged"  # 已合并 into an open request
    REJECTED = "rejected"  # 不予受理, with a reason


class RequestStatus(StrEnum):
    REGISTERED = "registered"  # 登记
    ASSIGNED = "assigned"  # 已交办
    IN_PROGRESS = "in_progress"  # 办理中
    ANSWERED = "answered"  # 已答复
    CLOSED = "closed"  # 已回访
    REJECTED = "rejected"  # 不予受理
    MERGED = "merged"  # 已合并
    CONVERTED = "converted"  # 转为提案/社情民意


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"
    BASICALLY = "basically"
    UNSATISFIED = "unsatisfied"


class ProposalKind(StrEnum):
    PROPOSAL = "proposal"  # 提案
    SOCIAL_OPINION = "social_opinion"  # 社情民意信息


class ProposalRole(StrEnum):
    LEAD = "lead"  # 领衔
    CO = "co"  # 附议


class ProposalStep(StrEnum):
    """The steps of a proposal's or a 社情民意 item's course (core/proposals.py)."""

    DRAFT = "draft"  # 起草
    SUBMIT = "submit"  # 提交
    REGISTER = "register"  # 立案 (proposals)
    NOT_REGISTER = "not_register"  # 不予立案 (proposals)
    ADOPT = "adopt"  # 采用, with the level (社情民意)
    INSTRUCT = "instruct"  # 领导批示 (社情民意)
    REPLY = "reply"  # 承办单位答复
    RATE = "rate"  # 委员对答复满意度
    RETRACT = "retract"  # a step recorded by mistake, withdrawn by a correcting step


class AdoptionLevel(StrEnum):
    COUNTY = "county"  # 县
    CITY = "city"  # 市
    PROVINCE = "province"  # 省
    NATIONAL = "national"  # 全国


class MeetingType(StrEnum):
    CONSULTATION = "consultation"  # 协商议事会
    SYMPOSIUM = "symposium"  # 座谈会
    SURVEY = "survey"  # 调研
    RECEPTION = "reception"  # 接待日


class AttendanceRole(StrEnum):
    PRESENT = "present"
    LEAVE = "leave"  # 请假: absent with leave (the 履职积分 deducts only absence without)
    ABSENT = "absent"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class DocumentKind(StrEnum):
    """What an issued (archived) document is."""

    MINUTES = "minutes"  # 会议纪要
    RECEPTION_RECORD = "reception_record"  # 接待日登记表
    RECEIPT = "receipt"  # 受理回执
    QR_POSTER = "qr_poster"  # 扫码找委员海报
    MEMBER_CARD = "member_card"  # 委员联系卡


class RosterKind(StrEnum):
    """Which roster an Excel file holds."""

    MEMBERS = "members"
    HOUSEHOLDS = "households"


class DuplicatePolicy(StrEnum):
    """What an import does with a row whose name and phone match an existing record."""

    UPDATE = "update"  # overwrite the existing record with the file's values
    SKIP = "skip"  # keep the existing record as it is


class DayKind(StrEnum):
    """An entry of the editable working-day calendar."""

    HOLIDAY = "holiday"  # 法定节假日 (a weekday off)
    WORKDAY = "workday"  # 调休上班 (a weekend day worked)


class Role(StrEnum):
    """Who a login is (part 6 "Access")."""

    ADMIN = "admin"  # 管理员: everything, user management, restore
    COORDINATOR = "coordinator"  # 联络员: daily work
    VIEWER = "viewer"  # 查看: read-only, numbers masked
    # The county office (县政协), over every studio on a shared server: no studio of its own.
    COUNTY_ADMIN = "county_admin"  # 县政协管理员: every studio, users, studios, reports, restore
    COUNTY_COORDINATOR = "county_coordinator"  # 县政协联络员: acts in any studio

    @property
    def county(self) -> bool:
        """Whether the role belongs to the county office (all studios) rather than one studio."""
        return self in (Role.COUNTY_ADMIN, Role.COUNTY_COORDINATOR)


class Permission(StrEnum):
    """What a role may do; ``AccessService.can`` decides."""

    EDIT = "edit"
    REVEAL = "reveal"  # show one full phone or ID number (logged)
    EXPORT = "export"  # export a list (numbers masked)
    EXPORT_UNMASKED = "export_unmasked"
    BACKUP = "backup"
    SETTINGS = "settings"
    RESTORE = "restore"  # a backup, or an archived record
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    ANONYMISE = "anonymise"  # the retention clean-up of old visitors
    MANAGE_STUDIOS = "manage_studios"  # add, rename or close studios on a shared server
    COUNTY_OVERVIEW = "county_overview"  # 全县概览: every studio's figures and overdue lists
    FIELD = "field"  # 外出工作包: take a studio's work to the villages and bring it back


class AuditAction(StrEnum):
    """What an audit event records. Stored as these ids (no ALTER to add one)."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    LOCK = "lock"  # the window locked itself after idle minutes
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    ACCOUNT_LOCKED = "account_locked"  # too many wrong passwords
    EXPORT = "export"
    EXPORT_UNMASKED = "export_unmasked"
    REVEAL = "reveal"
    ARCHIVE = "archive"
    RESTORE_RECORD = "restore_record"
    RESTORE_BACKUP = "restore_backup"
    BACKUP = "backup"
    SETTINGS = "settings"
    USER_ADDED = "user_added"
    USER_CHANGED = "user_changed"
    PASSWORD_CHANGED = "password_changed"
    ANONYMISE = "anonymise"
    PROPOSAL = "proposal"  # a proposal's or 社情民意 item's act (drafted, a step, exported)
    REFUSED = "refused"  # an act the acting user's role may not do (or nobody signed in)
    RESCORE = "rescore"  # a past year's 履职积分 re-scored by the current scheme
    INTAKE = "intake"  # 扫码登记: the intake server started or stopped, a submission received
    INTAKE_DECIDED = "intake_decided"  # a submission accepted, merged or rejected at the desk
    FIELD = "field"  # a field package made, opened, returned, imported; a conflict settled


class ActivityKind(StrEnum):
    """What a member's activity (履职活动) is. The first five are read from the studio's
    records; the others are entered by the coordinator (proposals and 社情民意 come from
    their own records)."""

    DUTY = "duty"  # 接待日值班 (outcome served / missed)
    VISIT = "visit"  # 走访联系户
    REQUEST = "request"  # 承办诉求 (outcome on_time / late)
    MEETING = "meeting"  # 协商议事等会议 (outcome present / leave / absent)
    FOLLOW_UP = "follow_up"  # 跟踪落实事项
    PLENARY = "plenary"  # 全体会议 (outcome attended / leave / absent)
    STANDING = "standing"  # 常委会议 (outcome attended / leave / absent)
    SPEECH = "speech"  # 大会发言 / 书面发言 (outcome oral / written)
    RESEARCH = "research"  # 调研 / 视察
    TRAINING = "training"  # 学习培训
    SERVICE = "service"  # 帮办实事
    OTHER = "other"  # 其他
    PROPOSAL = "proposal"  # 提案 (role lead / co, accepted = 立案)
    SOCIAL_OPINION = "social_opinion"  # 社情民意信息 (role lead / co, accepted = 采用)
