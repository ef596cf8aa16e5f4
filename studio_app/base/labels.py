"""Chinese labels of the vocabularies, through ``tr`` so the English build can replace them."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from studio_app.base.enums import (
    ActionStatus,
    ActivityKind,
    AdoptionLevel,
    AttendanceRole,
    AuditAction,
    DayKind,
    DocumentKind,
    Gender,
    HouseholdKind,
    IntakeStatus,
    MeetingType,
    MemberLevel,
    MembershipRole,
    Permission,
    ProposalKind,
    ProposalRole,
    ProposalStep,
    ReceptionStatus,
    RequestChannel,
    RequestStatus,
    Role,
    Satisfaction,
    VisitMethod,
)
from studio_app.base.i18n import N_, tr, trn

# Shipped vocabularies: stored as these Chinese words (the user may add their own), shown
# through ``word_label`` in the interface language.
SECTORS = (
    N_("中国共产党"), N_("民革"), N_("民盟"), N_("民建"), N_("民进"), N_("农工党"),
    N_("致公党"), N_("九三学社"), N_("无党派人士"), N_("共青团"), N_("工会"), N_("妇联"),
    N_("工商联"), N_("经济界"), N_("农业界"), N_("教育界"), N_("科技界"), N_("医药卫生界"),
    N_("文化艺术界"), N_("体育界"), N_("新闻出版界"), N_("社会科学界"),
    N_("社会福利和社会保障界"), N_("少数民族界"), N_("宗教界"), N_("特邀"),
)  # fmt: skip
COMMITTEES = (
    N_("提案委员会"), N_("经济委员会"), N_("农业和农村委员会"), N_("人口资源环境委员会"),
    N_("教科卫体委员会"), N_("社会和法制委员会"), N_("民族和宗教委员会"),
    N_("文化文史和学习委员会"), N_("港澳台侨和外事委员会"),
)  # fmt: skip
# The default request categories; the list is editable (RequestCategory).
REQUEST_CATEGORIES = (
    N_("医疗"), N_("教育"), N_("就业"), N_("养老"), N_("社保"), N_("住房"), N_("交通"),
    N_("环境"), N_("农业"), N_("矛盾纠纷"), N_("其他"),
)  # fmt: skip
# Where a consultation topic comes from (协商议题来源); stored as these words.
TOPIC_SOURCES = (N_("党政点题"), N_("群众出题"), N_("委员荐题"), N_("网格筛题"))
HOUSEHOLD_TAGS = (
    N_("低保"), N_("独居老人"), N_("残疾"), N_("留守儿童"), N_("五保"), N_("脱贫户"),
    N_("退役军人"), N_("企业"),
)  # fmt: skip
VOCABULARIES = (SECTORS, COMMITTEES, REQUEST_CATEGORIES, TOPIC_SOURCES, HOUSEHOLD_TAGS)


def word_label(word: str) -> str:
    """A stored word as shown: a shipped one (of VOCABULARIES) in the interface language, the
    user's own as typed."""
    return tr(word) if word else ""  # i18n: from VOCABULARIES (each word marked with N_)


def word_choices(words: Iterable[str]) -> list[tuple[str, str]]:
    """(stored word, as shown) for each of ``words``, like ``choices`` for an enum."""
    return [(word, word_label(word)) for word in words]


def stored_word(text: str, words: Iterable[str]) -> str:
    """The stored form of what the user typed: the word of ``words`` shown as ``text``, else
    ``text`` itself (a Chinese word typed in the English interface is stored as typed)."""
    for word in words:
        if text == word_label(word):
            return word
    return text


def label(value: StrEnum | None) -> str:
    if value is None:
        return ""
    return tr(_LABELS[type(value)][value])


def chinese_label(value: StrEnum) -> str:
    """The label as stored where the program writes Chinese whatever the interface language
    (the audit log: ``base.messages.chinese``)."""
    return _LABELS[type(value)][value]


def choices(enum_cls: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    return [(member, tr(text)) for member, text in _LABELS[enum_cls].items()]  # i18n: from _LABELS


def parse_label(enum_cls: type[StrEnum], text: str) -> StrEnum:
    """The enum member whose Chinese label, English id, or common short form is ``text``."""
    wanted = text.strip()
    for member, name in _LABELS[enum_cls].items():
        shown = tr(name)  # i18n: from _LABELS
        if wanted in (name, shown, member.value, *_ALIASES.get(member, ())):
            return member
    options = tr("、").join(tr(n) for n in _LABELS[enum_cls].values())  # i18n: from _LABELS
    raise ValueError(
        tr("“{text}”不是可选的值，可选：{options}。").format(text=text, options=options)
    )


_LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    Gender: {Gender.MALE: "男", Gender.FEMALE: "女"},
    MemberLevel: {
        MemberLevel.NATIONAL: "全国",
        MemberLevel.PROVINCIAL: "省",
        MemberLevel.MUNICIPAL: "市",
        MemberLevel.COUNTY: "县（区）",
    },
    MembershipRole: {MembershipRole.LEAD: "领衔委员", MembershipRole.TEAM: "加盟委员"},
    HouseholdKind: {
        HouseholdKind.HOUSEHOLD: "农户/居民",
        HouseholdKind.ENTERPRISE: "企业",
        HouseholdKind.ORGANISATION: "单位/组织",
    },
    VisitMethod: {
        VisitMethod.IN_PERSON: "上门",
        VisitMethod.PHONE: "电话",
        VisitMethod.WECHAT: "微信",
    },
    ReceptionStatus: {
        ReceptionStatus.PLANNED: "计划",
        ReceptionStatus.HELD: "已举行",
        ReceptionStatus.CANCELLED: "已取消",
    },
    DayKind: {DayKind.HOLIDAY: "放假", DayKind.WORKDAY: "调休上班"},
    IntakeStatus: {
        IntakeStatus.PENDING: "待受理",
        IntakeStatus.ACCEPTED: "已受理",
        IntakeStatus.MERGED: "已合并",
        IntakeStatus.REJECTED: "不予受理",
    },
    RequestStatus: {
        RequestStatus.REGISTERED: "登记",
        RequestStatus.ASSIGNED: "已交办",
        RequestStatus.IN_PROGRESS: "办理中",
        RequestStatus.ANSWERED: "已答复",
        RequestStatus.CLOSED: "已回访",
        RequestStatus.REJECTED: "不予受理",
        RequestStatus.MERGED: "已合并",
        RequestStatus.CONVERTED: "转为提案/社情民意",
    },
    RequestChannel: {
        RequestChannel.RECEPTION_DAY: "接待日",
        RequestChannel.PHONE: "电话",
        RequestChannel.VISIT: "走访",
        RequestChannel.LETTER: "来信",
        RequestChannel.GRID_WORKER: "网格员",
        RequestChannel.QR: "扫码",
    },
    Satisfaction: {
        Satisfaction.SATISFIED: "满意",
        Satisfaction.BASICALLY: "基本满意",
        Satisfaction.UNSATISFIED: "不满意",
    },
    ProposalKind: {ProposalKind.PROPOSAL: "提案", ProposalKind.SOCIAL_OPINION: "社情民意信息"},
    ProposalRole: {ProposalRole.LEAD: "领衔", ProposalRole.CO: "附议"},
    ProposalStep: {
        ProposalStep.DRAFT: "起草",
        ProposalStep.SUBMIT: "提交",
        ProposalStep.REGISTER: "立案",
        ProposalStep.NOT_REGISTER: "不予立案",
        ProposalStep.ADOPT: "采用",
        ProposalStep.INSTRUCT: "批示",
        ProposalStep.REPLY: "承办单位答复",
        ProposalStep.RATE: "满意度",
        ProposalStep.RETRACT: "撤回",
    },
    AdoptionLevel: {
        AdoptionLevel.COUNTY: "县",
        AdoptionLevel.CITY: "市",
        AdoptionLevel.PROVINCE: "省",
        AdoptionLevel.NATIONAL: "全国",
    },
    MeetingType: {
        MeetingType.CONSULTATION: "协商议事会",
        MeetingType.SYMPOSIUM: "座谈会",
        MeetingType.SURVEY: "调研",
        MeetingType.RECEPTION: "接待日",
    },
    AttendanceRole: {
        AttendanceRole.PRESENT: "出席",
        AttendanceRole.LEAVE: "请假",
        AttendanceRole.ABSENT: "缺席",
    },
    ActivityKind: {
        ActivityKind.DUTY: "接待日值班",
        ActivityKind.VISIT: "走访联系户",
        ActivityKind.REQUEST: "承办诉求",
        ActivityKind.MEETING: "协商议事等会议",
        ActivityKind.FOLLOW_UP: "跟踪落实事项",
        ActivityKind.PLENARY: "全体会议",
        ActivityKind.STANDING: "常委会议",
        ActivityKind.SPEECH: "大会发言",
        ActivityKind.RESEARCH: "调研视察",
        ActivityKind.TRAINING: "学习培训",
        ActivityKind.SERVICE: "帮办实事",
        ActivityKind.OTHER: "其他活动",
        ActivityKind.PROPOSAL: "提案",
        ActivityKind.SOCIAL_OPINION: "社情民意信息",
    },
    DocumentKind: {
        DocumentKind.MINUTES: "会议纪要",
        DocumentKind.RECEPTION_RECORD: "接待日登记表",
        DocumentKind.RECEIPT: "受理回执",
        DocumentKind.QR_POSTER: "扫码找委员海报",
        DocumentKind.MEMBER_CARD: "委员联系卡",
    },
    ActionStatus: {
        ActionStatus.OPEN: "待落实",
        ActionStatus.DONE: "已落实",
        ActionStatus.CANCELLED: "已取消",
    },
    Role: {
        Role.ADMIN: "管理员",
        Role.COORDINATOR: "联络员",
        Role.VIEWER: "查看",
        Role.COUNTY_ADMIN: "县政协管理员",
        Role.COUNTY_COORDINATOR: "县政协联络员",
    },
    # What a role is refused, as it reads in "您的身份是“查看”，不能{label}".
    Permission: {
        Permission.EDIT: "修改数据",
        Permission.REVEAL: "查看完整的电话和身份证号",
        Permission.EXPORT: "导出表格",
        Permission.EXPORT_UNMASKED: "导出不隐去号码的表格",
        Permission.BACKUP: "备份数据",
        Permission.SETTINGS: "修改设置",
        Permission.RESTORE: "恢复数据",
        Permission.MANAGE_USERS: "管理用户",
        Permission.VIEW_AUDIT: "查看操作日志",
        Permission.ANONYMISE: "匿名化过期的来访人信息",
        Permission.MANAGE_STUDIOS: "管理工作室",
        Permission.COUNTY_OVERVIEW: "查看全县概览",
        Permission.FIELD: "使用外出工作包",
    },
    AuditAction: {
        AuditAction.LOGIN: "登录",
        AuditAction.LOGIN_FAILED: "登录失败",
        AuditAction.LOGOUT: "退出登录",
        AuditAction.LOCK: "锁定窗口",
        AuditAction.UNLOCK: "解锁窗口",
        AuditAction.UNLOCK_FAILED: "解锁失败",
        AuditAction.ACCOUNT_LOCKED: "账户锁定",
        AuditAction.EXPORT: "导出",
        AuditAction.EXPORT_UNMASKED: "导出（不隐去号码）",
        AuditAction.REVEAL: "查看完整号码",
        AuditAction.ARCHIVE: "归档",
        AuditAction.RESTORE_RECORD: "恢复记录",
        AuditAction.RESTORE_BACKUP: "从备份恢复",
        AuditAction.BACKUP: "备份",
        AuditAction.SETTINGS: "修改设置",
        AuditAction.USER_ADDED: "添加用户",
        AuditAction.USER_CHANGED: "修改用户",
        AuditAction.PASSWORD_CHANGED: "修改密码",
        AuditAction.ANONYMISE: "匿名化来访人",
        AuditAction.PROPOSAL: "提案与社情民意",
        AuditAction.REFUSED: "操作被拒绝",
        AuditAction.RESCORE: "按现行办法重算积分",
        AuditAction.INTAKE: "扫码登记",
        AuditAction.INTAKE_DECIDED: "扫码提交的受理",
        AuditAction.FIELD: "外出工作包",
    },
}
_ALIASES: dict[StrEnum, tuple[str, ...]] = {
    MemberLevel.NATIONAL: ("全国政协", "全国政协委员", "国家"),
    MemberLevel.PROVINCIAL: ("省级", "省政协", "省政协委员"),
    MemberLevel.MUNICIPAL: ("市级", "市政协", "市政协委员"),
    MemberLevel.COUNTY: (
        "县",
        "区",
        "县区",
        "县(区)",
        "县级",
        "区级",
        "县政协",
        "区政协",
        "县区政协委员",
    ),
    MembershipRole.LEAD: ("领衔",),
    MembershipRole.TEAM: ("加盟", "成员"),
    HouseholdKind.HOUSEHOLD: ("农户", "居民", "住户", "家庭"),
    HouseholdKind.ENTERPRISE: ("公司",),
    HouseholdKind.ORGANISATION: ("单位", "组织", "机构"),
    VisitMethod.IN_PERSON: ("上门走访", "入户"),
    VisitMethod.PHONE: ("电话回访",),
    VisitMethod.WECHAT: ("微信联系",),
    MeetingType.CONSULTATION: ("协商议事", "议事会", "协商会"),
    MeetingType.SYMPOSIUM: ("座谈",),
    MeetingType.SURVEY: ("调研活动", "视察"),
    AttendanceRole.PRESENT: ("到会", "参加"),
    AttendanceRole.LEAVE: ("因事请假",),
    AttendanceRole.ABSENT: ("未到", "无故缺席"),
    ActionStatus.OPEN: ("未完成", "办理中"),
    ActionStatus.DONE: ("已完成", "完成"),
    ActionStatus.CANCELLED: ("取消",),
    Role.ADMIN: ("管理",),
    Role.COORDINATOR: ("工作室联络员",),
    Role.VIEWER: ("只读", "查看者"),
    Role.COUNTY_ADMIN: ("县管理员", "县政协管理"),
    Role.COUNTY_COORDINATOR: ("县联络员",),
}


# What the counted entities are called (``core.models.COUNTED``): ``studio-app info`` and a
# backup's report.
COUNT_LABELS = {
    "studios": N_("工作室"),
    "members": N_("委员"),
    "households": N_("联系户"),
    "linkages": N_("联户关系"),
    "visits": N_("走访"),
    "reception_days": N_("接待日"),
    "visitors": N_("来访群众"),
    "requests": N_("诉求"),
    "meetings": N_("会议"),
    "request_events": N_("诉求办理记录"),
}


def count_label(key: str) -> str:
    return tr(COUNT_LABELS.get(key, key))  # i18n: from COUNT_LABELS


# How many of each there are (a backup's report): 联系户 320, “320 linked households”.
COUNT_TEXTS = {
    "studios": N_("工作室 %Ln"),
    "members": N_("委员 %Ln"),
    "households": N_("联系户 %Ln"),
    "linkages": N_("联户关系 %Ln"),
    "visits": N_("走访 %Ln"),
    "reception_days": N_("接待日 %Ln"),
    "visitors": N_("来访群众 %Ln"),
    "requests": N_("诉求 %Ln"),
    "meetings": N_("会议 %Ln"),
    "request_events": N_("诉求办理记录 %Ln"),
}


def count_text(key: str, n: int) -> str:
    """``n`` of the entity ``key`` (``core.models.COUNTED``), in its plural form."""
    if key not in COUNT_TEXTS:
        return tr("{what} {n}").format(what=count_label(key), n=f"{n:,}")
    return trn(COUNT_TEXTS[key], n)  # i18n: from COUNT_TEXTS
