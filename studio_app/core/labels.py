"""Chinese labels of the vocabularies, through ``tr`` so the English build can replace them."""

from __future__ import annotations

from enum import StrEnum

from studio_app.core.enums import (
    ActionStatus,
    AttendanceRole,
    AuditAction,
    DayKind,
    DocumentKind,
    Gender,
    HouseholdKind,
    MeetingType,
    MemberLevel,
    MembershipRole,
    Permission,
    ReceptionStatus,
    RequestChannel,
    RequestStatus,
    Role,
    Satisfaction,
    VisitMethod,
)
from studio_app.core.i18n import tr

SECTORS = (
    "中国共产党", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "无党派人士",
    "共青团", "工会", "妇联", "工商联", "经济界", "农业界", "教育界", "科技界", "医药卫生界",
    "文化艺术界", "体育界", "新闻出版界", "社会科学界", "社会福利和社会保障界", "少数民族界",
    "宗教界", "特邀",
)  # fmt: skip
COMMITTEES = (
    "提案委员会", "经济委员会", "农业和农村委员会", "人口资源环境委员会", "教科卫体委员会",
    "社会和法制委员会", "民族和宗教委员会", "文化文史和学习委员会", "港澳台侨和外事委员会",
)  # fmt: skip
# The default request categories; the list is editable (RequestCategory).
REQUEST_CATEGORIES = (
    "医疗",
    "教育",
    "就业",
    "养老",
    "社保",
    "住房",
    "交通",
    "环境",
    "农业",
    "矛盾纠纷",
    "其他",
)
# Where a consultation topic comes from (协商议题来源); stored as these words.
TOPIC_SOURCES = ("党政点题", "群众出题", "委员荐题", "网格筛题")
HOUSEHOLD_TAGS = ("低保", "独居老人", "残疾", "留守儿童", "五保", "脱贫户", "退役军人", "企业")


def label(value: StrEnum | None) -> str:
    if value is None:
        return ""
    return tr(_LABELS[type(value)][value])


def choices(enum_cls: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    return [(member, tr(text)) for member, text in _LABELS[enum_cls].items()]


def parse_label(enum_cls: type[StrEnum], text: str) -> StrEnum:
    """The enum member whose Chinese label, English id, or common short form is ``text``."""
    wanted = text.strip()
    for member, name in _LABELS[enum_cls].items():
        if wanted in (name, tr(name), member.value, *_ALIASES.get(member, ())):
            return member
    options = "、".join(tr(n) for n in _LABELS[enum_cls].values())
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
    MeetingType: {
        MeetingType.CONSULTATION: "协商议事会",
        MeetingType.SYMPOSIUM: "座谈会",
        MeetingType.SURVEY: "调研",
        MeetingType.RECEPTION: "接待日",
    },
    AttendanceRole: {AttendanceRole.PRESENT: "出席", AttendanceRole.ABSENT: "缺席"},
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
    Role: {Role.ADMIN: "管理员", Role.COORDINATOR: "联络员", Role.VIEWER: "查看"},
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
    AttendanceRole.ABSENT: ("请假", "未到"),
    ActionStatus.OPEN: ("未完成", "办理中"),
    ActionStatus.DONE: ("已完成", "完成"),
    ActionStatus.CANCELLED: ("取消",),
    Role.ADMIN: ("管理",),
    Role.COORDINATOR: ("工作室联络员",),
    Role.VIEWER: ("只读", "查看者"),
}
