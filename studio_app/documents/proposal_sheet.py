"""What a proposal's or a 社情民意 item's Word file prints (documents/proposal_docx.py): plain
data, kept apart from the writer so that reading it loads no python-docx."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from studio_app.base.enums import ProposalKind


@dataclass(frozen=True)
class ProposalSheet:
    """The item as printed: plain data (core/proposals.py fills it)."""

    kind: ProposalKind
    title: str  # 案由 / 标题
    lead: str  # 提案人 / 反映人 (the 领衔 member)
    lead_unit: str  # the lead member's work unit
    co_signers: tuple[str, ...]  # 附议人
    contact: str  # the lead member's contact
    analysis: str  # 提案: 情况分析/存在问题
    situation: str  # 社情民意: 基本情况
    problems: str  # 社情民意: 存在问题
    suggestions: str  # 具体建议 / 意见建议
    units: str  # 建议承办单位
    day: date  # submitted, else drafted
