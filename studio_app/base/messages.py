"""Texts the program itself writes into the database and shows later (a reception day's
“遇节假日顺延”, a request's “合并到 2026-0012”, an archived document's title, an audit event's
target), stored so that they can be shown in the interface language of whoever reads them.

Two stored forms, one table of kinds (``MESSAGES``):

* a **code** with its values, for the records: ``@reception.holiday_moved``,
  ``@request.merged_into{"number":"2026-0012"}`` (``encode``). ``shown`` renders it through
  the catalogue, in the language the window is in; what the user typed stays a value, as typed.
  The form is part of the stored data (migration 0012 writes it): never change it.
* plain **Chinese**, for the audit log, whose stored texts are hashed into its chain and read by
  the county office as they are: ``用户 zhang`` (``chinese``). ``recognised`` finds the kind
  again when it is shown, by matching the text against the kinds its place may hold; the
  English of the rows written in the English window before 0012 (``Kind.legacy``) is
  recognised the same way.

Anything else (a user's own words, a text written before 0012 that no kind matches) is shown
as stored. A user would have to type exactly ``@`` and a known code to be read as one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from studio_app.base.enums import (
    MeetingType,
    Permission,
    ProposalKind,
    ProposalStep,
    Role,
    Satisfaction,
)
from studio_app.base.i18n import N_, put_count, tr, trn
from studio_app.base.labels import chinese_label, label

MARK = "@"
CHINESE_LIST = "、"  # how the Chinese joins the items of a list
_CODED = re.compile(r"@([a-z][a-z_]*(?:\.[a-z][a-z_]*)+)(\{.*\})?\Z", re.S)
_FIELD = re.compile(r"\{(\w+)\}|%L?n")


@dataclass(frozen=True)
class Kind:
    """One kind of program-written text.

    Attributes:
        template: the Chinese, with ``{name}`` fields (``%n``: the count ``n``, in its plural
            form); marked for the catalogue, which has its English.
        enums: fields that are an enum's value, shown by its label.
        counts: fields that are a count, shown by their own text with ``%n`` (``%n 条``).
        lists: fields that are a list of words, each shown through the catalogue (a shipped
            word in the interface language, anything else as is), joined by 、 or “, ”.
        dates: fields that are a day (ISO in a code), shown as 2026年3月1日 / 2026-3-1.
        legacy: the English this kind was written in before 0012 (in the English window),
            recognised in the audit log like the Chinese.
    """

    template: str
    enums: Mapping[str, type[StrEnum]] = field(default_factory=dict)
    counts: Mapping[str, str] = field(default_factory=dict)
    lists: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    legacy: tuple[str, ...] = ()


MESSAGES: dict[str, Kind] = {
    # ---- the records: stored as codes ----------------------------------------------------
    "reception.holiday_moved": Kind(N_("遇节假日顺延")),
    "reception.holiday_moved_back": Kind(N_("遇节假日提前（顺延会跨到下个月）")),
    "request.merged_into": Kind(N_("合并到 {number}")),
    "request.visit": Kind(N_("{satisfaction}"), enums={"satisfaction": Satisfaction}),
    "request.visit_comment": Kind(
        N_("{satisfaction}：{comment}"), enums={"satisfaction": Satisfaction}
    ),
    # a deadline moved with the holiday calendar (workdays.follow_calendar)
    "request.assign_due_moved": Kind(
        N_("节假日安排变更，交办期限由 {old} 改为 {new}"), dates=frozenset({"old", "new"})
    ),
    "request.answer_due_moved": Kind(
        N_("节假日安排变更，答复期限由 {old} 改为 {new}"), dates=frozenset({"old", "new"})
    ),
    "request.return_visit_due_moved": Kind(
        N_("节假日安排变更，回访期限由 {old} 改为 {new}"), dates=frozenset({"old", "new"})
    ),
    "request.extended": Kind(
        N_("延期：答复期限由 {old} 延至 {new}。理由：{reason}"),
        dates=frozenset({"old", "new"}),
    ),
    # core/field: a request registered on a field laptop, numbered at check-in
    "request.provisional": Kind(N_("外出时登记，临时编号 {provisional}，带回后编为 {number}")),
    "request.field_steps_kept": Kind(
        N_("外出期间笔记本上的办理步骤没有采用（保留办公室的办理过程）：{steps}")
    ),
    "audit.field_package": Kind(N_("外出工作包（{studio}）")),
    "audit.from_laptop": Kind(N_("外出笔记本 {device}：{detail}")),
    "request.merged_answer": Kind(N_("{number} 已答复：同样答复这位群众，待回访")),
    "request.reopened_by": Kind(N_("合并进来的 {number} 回访不满意，重新办理")),
    "request.linked_to": Kind(N_("关联到提案（诉求 {number}）：{report}")),
    "request.converted": Kind(N_("转为{kind}：{title}"), enums={"kind": ProposalKind}),
    "document.minutes": Kind(N_("{kind}纪要：{topic}"), enums={"kind": MeetingType}),
    "document.reception_record": Kind(N_("委员接待日登记表（{day}）")),
    "document.receipt": Kind(N_("受理回执（{number}）")),
    "document.qr_poster": Kind(N_("{studio} 扫码找委员")),
    "document.member_card": Kind(N_("委员联系卡：{name}")),
    # ---- the audit log: stored in Chinese, recognised when shown ---------------------------
    "audit.member": Kind(N_("委员 {id}"), legacy=("Member {id}",)),
    "audit.household": Kind(N_("联户 {id}"), legacy=("Household {id}",)),
    "audit.household_numbers": Kind(
        N_("联系户 {id} 的电话和身份证号"), legacy=("Phone and ID number of household {id}",)
    ),
    "audit.meeting": Kind(N_("会议 {id}"), legacy=("Meeting {id}",)),
    "audit.reception_record": Kind(
        N_("{day} 接待日登记表"), legacy=("Reception-day record of {day}",)
    ),
    "audit.receipt": Kind(N_("诉求 {number} 的受理回执"), legacy=("Receipt of request {number}",)),
    "audit.visitor_phone": Kind(
        N_("诉求 {number} 来访人的电话"), legacy=("Visitor's phone for request {number}",)
    ),
    "audit.member_roster": Kind(N_("委员名册"), legacy=("Member roster",)),
    "audit.household_roster": Kind(
        N_("联户名册"), legacy=("Linked households roster", "Linked household roster")
    ),
    "audit.archive": Kind(N_("档案"), legacy=("Archive",)),
    "audit.audit_log": Kind(N_("操作日志"), legacy=("Audit log",)),
    "audit.backup": Kind(N_("备份"), legacy=("Backup",)),
    "audit.restore": Kind(N_("从备份恢复"), legacy=("Restore from backup",)),
    "audit.user": Kind(N_("用户 {username}"), legacy=("User {username}",)),
    "audit.records": Kind(N_("%n 条"), legacy=("%n records",)),
    "audit.period": Kind(N_("{start} 至 {end}"), legacy=("{start} to {end}",)),
    "audit.no_such_user": Kind(N_("没有这个用户"), legacy=("No such user",)),
    "audit.account_locked": Kind(N_("账户已锁定"), legacy=("Account locked",)),
    "audit.account_disabled": Kind(N_("账户已停用"), legacy=("Account disabled",)),
    "audit.no_studio": Kind(N_("账户没有所属的工作室")),
    "audit.studio_closed": Kind(N_("账户所在的工作室已撤销")),
    "audit.studio_added": Kind(N_("新增“{name}”")),
    "audit.studio_closing": Kind(N_("撤销“{name}”")),
    "audit.studio_reopened": Kind(N_("恢复“{name}”")),
    "audit.shared_settings": Kind(N_("全县共用的设置")),
    "audit.wrong_password": Kind(
        N_("密码错误（连续第 %n 次）"), legacy=("Wrong password (%n times in a row)",)
    ),
    "audit.locked_until": Kind(N_("锁定到 {time}"), legacy=("Locked until {time}",)),
    "audit.first_admin": Kind(
        N_("首次设置，身份：{role}"),
        enums={"role": Role},
        legacy=("First-time setup, role: {role}",),
    ),
    "audit.role": Kind(N_("身份：{role}"), enums={"role": Role}, legacy=("Role: {role}",)),
    "audit.role_changed": Kind(
        N_("身份：{old} → {new}"),
        enums={"old": Role, "new": Role},
        legacy=("Role: {old} → {new}",),
    ),
    "audit.enabled": Kind(N_("启用"), legacy=("reactivated",)),
    "audit.disabled": Kind(N_("停用"), legacy=("deactivated",)),
    "audit.own_password": Kind(N_("本人修改"), legacy=("Changed by the user",)),
    "audit.password_reset": Kind(N_("管理员重设"), legacy=("Reset by administrator",)),
    "audit.permission": Kind(N_("{permission}"), enums={"permission": Permission}),
    "audit.cannot": Kind(
        N_("不能{permission}"), enums={"permission": Permission}, legacy=("Cannot {permission}",)
    ),
    "audit.kinds": Kind(N_("{kinds}"), lists=frozenset({"kinds"})),
    "audit.proposal": Kind(N_("{kind}《{title}》"), enums={"kind": ProposalKind}),
    "audit.proposal_step": Kind(
        N_("{step}（{day}）"), enums={"step": ProposalStep}, dates=frozenset({"day"})
    ),
    "audit.proposal_corrected": Kind(
        N_("更正第 {sequence} 步为“{step}”（{day}）：{reason}"),
        enums={"step": ProposalStep},
        dates=frozenset({"day"}),
    ),
    "audit.proposal_exported": Kind(N_("导出 Word")),
    "audit.proposal_edited": Kind(N_("修改正文")),
    "audit.proposal_archived": Kind(N_("归档")),
    "audit.points_year": Kind(N_("{year}年度履职积分")),
    "audit.county_overview": Kind(N_("全县概览（{period}）")),
    "audit.county_overdue": Kind(N_("全县超期诉求")),
    "audit.county_points": Kind(N_("{year}年度全县委员履职积分排名")),
    "audit.scheme_version": Kind(N_("积分办法第{number}版")),
    "audit.rescored": Kind(N_("第{old}版积分办法 → 第{new}版")),
    "audit.anonymised": Kind(
        N_("来访人 {visitors}（诉求 {requests}）"),
        counts={"visitors": N_("%n 位"), "requests": N_("%n 件")},
    ),
    "audit.anonymised_which": Kind(
        N_("{cutoff}以前办结、保存超过 %n 年"),
        dates=frozenset({"cutoff"}),
    ),
    # 扫码说事 (core/intake.py): the server's sessions, the standing poster, the submissions
    "audit.intake_session": Kind(N_("扫码登记 {address}")),
    "audit.intake_started": Kind(N_("开始，{minutes} 分钟后自动停止")),
    "audit.intake_stopped": Kind(
        N_("停止（{why}），本次收到 {count}"),
        lists=frozenset({"why"}),
        counts={"count": N_("%n 条")},
    ),
    "audit.intake_standing": Kind(N_("长期二维码海报")),
    "audit.intake_standing_new": Kind(N_("生成新的二维码（{address}），原来的海报作废")),
    "audit.intake_standing_revoked": Kind(N_("作废，长期海报不能再提交")),
    "audit.intake_submission": Kind(N_("扫码提交 {receipt}")),
    "audit.intake_received": Kind(N_("收到，待受理")),
    "audit.intake_accepted": Kind(N_("受理为诉求 {number}")),
    "audit.intake_merged": Kind(N_("合并到诉求 {number}")),
    "audit.intake_rejected": Kind(N_("不予受理")),
    "audit.backup_time": Kind(N_("备份时间 {time}"), legacy=("Backup of {time}",)),
    "audit.restore_kept": Kind(
        N_("备份时间 {time}；沿用恢复前的操作日志（{events}）和账户（{users}）"),
        counts={"events": N_("%n 条"), "users": N_("%n 个")},
    ),
    "audit.restore_kept_log": Kind(
        N_("备份时间 {time}；沿用恢复前的操作日志（{events}），账户用备份中的"),
        counts={"events": N_("%n 条")},
    ),
    "audit.restore_not_kept": Kind(
        N_("备份时间 {time}；恢复前的操作日志和账户未带入（{reason}），原数据库另存为 {kept}"),
        lists=frozenset({"reason"}),
    ),
}


# ---- the records' codes ---------------------------------------------------------------------
def encode(code: str, **values: Any) -> str:
    """The stored form of ``code`` with ``values`` (strings, numbers, lists of strings, or an
    enum's value): ``@code`` or ``@code{"name":"value"}``."""
    if code not in MESSAGES:
        raise KeyError(code)
    if not values:
        return MARK + code
    plain = {k: (v.value if isinstance(v, StrEnum) else v) for k, v in values.items()}
    return (
        MARK + code + json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    )


def decode(stored: str) -> tuple[str, dict[str, Any]] | None:
    """(code, values) of a stored code; None for any other text."""
    found = _CODED.match(stored or "")
    if found is None or found.group(1) not in MESSAGES:
        return None
    try:
        values = json.loads(found.group(2)) if found.group(2) else {}
    except ValueError:
        return None
    return (found.group(1), values) if isinstance(values, dict) else None


def shown(stored: str, recognise: Iterable[str] = ()) -> str:
    """A stored text as shown in the interface language: a code rendered, a Chinese text of
    one of the kinds ``recognise`` rendered the same way, anything else as stored."""
    found = decode(stored) or (recognised(stored, recognise) if recognise else None)
    if found is None:
        return stored
    return _render(*found, translate=True) or stored


def chinese(code: str, **values: Any) -> str:
    """The kind ``code`` with ``values`` in Chinese, whatever the interface language: how
    the audit log stores it (``recognised`` reads it back)."""
    plain = {k: (v.value if isinstance(v, StrEnum) else v) for k, v in values.items()}
    text = _render(code, plain, translate=False)
    if text is None:
        raise ValueError(f"{code}: {sorted(values)}")
    return text


def matching_codes(term: str, codes: Iterable[str]) -> list[str]:
    """The kinds among ``codes`` whose own words (not their values) hold ``term``, in Chinese
    or in the interface language: a search for 回执 or “receipt” finds the receipts."""
    term = term.lower()
    found = []
    for code in codes:
        kind = MESSAGES[code]
        words = (kind.template, tr(kind.template))  # i18n: from MESSAGES
        if any(term in _FIELD.sub(" ", w).lower() for w in words):
            found.append(code)
    return found


def literal(code: str) -> str:
    """The longest stretch of the kind's Chinese without a field (用户 of 用户 {username}): what
    its stored texts all hold."""
    return max(_FIELD.sub("\0", MESSAGES[code].template).split("\0"), key=len).strip()


# ---- rendering --------------------------------------------------------------------------------
def _render(code: str, values: Mapping[str, Any], *, translate: bool) -> str | None:
    kind = MESSAGES.get(code)
    if kind is None:
        return None
    try:
        fields = {name: _value(kind, name, value, translate) for name, value in values.items()}
        text = kind.template
        if "%n" in text:
            n = int(values["n"])
            text = trn(text, n) if translate else put_count(text, n)  # i18n: from MESSAGES
        elif translate:
            text = tr(text)  # i18n: from MESSAGES
        return text.format_map(fields)
    except (KeyError, ValueError, TypeError, IndexError):
        return None


def _value(kind: Kind, name: str, value: Any, translate: bool) -> str:
    if name in kind.enums:
        try:
            member = kind.enums[name](value)
        except ValueError:
            return str(value)
        return label(member) if translate else chinese_label(member)
    if name in kind.counts:
        text, n = kind.counts[name], int(value)
        return trn(text, n) if translate else put_count(text, n)  # i18n: from MESSAGES
    if name in kind.lists:
        items = [value] if isinstance(value, str) else list(value)
        if translate:
            return tr("、").join(tr(str(i)) for i in items)  # i18n: from MESSAGES (marked N_)
        return CHINESE_LIST.join(str(i) for i in items)
    if name in kind.dates:
        day = date.fromisoformat(str(value))
        if translate:
            return tr("{y}年{m}月{d}日").format(y=day.year, m=day.month, d=day.day)
        return f"{day.year}年{day.month}月{day.day}日"
    return str(value)


# ---- recognising the audit log's Chinese (and the English written before 0012) --------------
_patterns: dict[str, list[tuple[re.Pattern[str], list[str]]]] = {}
_DATE = r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}"


def _pattern(kind: Kind, template: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []
    parts, at = [], 0
    for found in _FIELD.finditer(template):
        parts.append(re.escape(template[at : found.start()]))
        name = found.group(1) or "n"
        names.append(name)
        if name == "n" and found.group(1) is None:
            parts.append(r"(\d[\d,]*)")
        elif name in kind.counts:
            count = re.escape(kind.counts[name]).replace("%n", r"\d+")
            parts.append(f"({count})")
        elif name in kind.dates:
            parts.append(f"({_DATE})")
        else:
            parts.append("(.+?)")
        at = found.end()
    parts.append(re.escape(template[at:]))
    return re.compile("".join(parts) + r"\Z", re.S), names


def _patterns_of(code: str) -> list[tuple[re.Pattern[str], list[str]]]:
    if code not in _patterns:
        kind = MESSAGES[code]
        _patterns[code] = [_pattern(kind, t) for t in (kind.template, *kind.legacy)]
    return _patterns[code]


def recognised(text: str, codes: Iterable[str]) -> tuple[str, dict[str, Any]] | None:
    """(code, values) of the first of the kinds ``codes`` that ``text`` is written in (its
    Chinese, or its English from before 0012); None if none."""
    if not text:
        return None
    for code in codes:
        kind = MESSAGES[code]
        for pattern, names in _patterns_of(code):
            found = pattern.match(text)
            if found is None:
                continue
            values = _values(kind, names, found.groups())
            if values is not None:
                return code, values
    return None


def _values(kind: Kind, names: list[str], groups: tuple[str, ...]) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    for name, text in zip(names, groups, strict=True):
        if name == "n" and name not in kind.counts:
            values[name] = int(text.replace(",", ""))
        elif name in kind.enums:
            member = _enum_member(kind.enums[name], text)
            if member is None:
                return None
            values[name] = member.value
        elif name in kind.counts:
            values[name] = int(re.search(r"\d+", text).group())
        elif name in kind.lists:
            values[name] = text.split(CHINESE_LIST)
        elif name in kind.dates:
            values[name] = date(*map(int, re.findall(r"\d+", text))).isoformat()
        else:
            values[name] = text
    return values


# The English labels the audit log was written with from the English window before 0012.
LEGACY_LABELS: dict[StrEnum, str] = {
    Role.ADMIN: "Administrator", Role.COORDINATOR: "Coordinator", Role.VIEWER: "Viewer",
    Permission.EDIT: "edit data", Permission.REVEAL: "view full phone and ID numbers",
    Permission.EXPORT: "export tables", Permission.EXPORT_UNMASKED: "export tables with full numbers",
    Permission.BACKUP: "back up data", Permission.SETTINGS: "change settings",
    Permission.RESTORE: "restore data", Permission.MANAGE_USERS: "manage users",
    Permission.VIEW_AUDIT: "view the audit log",
    Permission.ANONYMISE: "anonymise expired visitor details",
}  # fmt: skip


def _enum_member(enum_cls: type[StrEnum], text: str) -> StrEnum | None:
    for member in enum_cls:
        if text in (chinese_label(member), label(member), LEGACY_LABELS.get(member)):
            return member
    return None
