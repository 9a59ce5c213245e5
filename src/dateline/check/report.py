"""What the fact-checker returns: findings, verified claims, and the report holding them.

A :class:`Finding` is one thing the checker doubts (or, in ``Report.verified``, one claim it
confirmed), located by character offsets into the text checked. The JSON shape is the
``dateline check`` contract: ``{"rule", "severity", "start", "end", "text", "message",
"evidence"}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from dateline.text.types import Document

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
# Higher is worse; --fail-on compares with this.
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}


@dataclass(frozen=True)
class Finding:
    """A doubted (or, with ``verified``, a confirmed) claim at ``text[start:end]``."""

    rule: str  # rule id without its version: "future-date"
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    evidence: str = ""
    verified: bool = False  # True: goes to Report.verified, not Report.findings

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "evidence": self.evidence,
        }


@dataclass
class Report:
    """The findings and verified claims for one text, sorted by position."""

    document: Document
    findings: list[Finding] = field(default_factory=list)
    verified: list[Finding] = field(default_factory=list)
    rules: tuple[str, ...] = ()  # registered names of the rules that ran

    @property
    def text(self) -> str:
        return self.document.text

    def worst(self) -> Severity | None:
        """The most severe finding's severity, None when there is none."""
        if not self.findings:
            return None
        return max(self.findings, key=lambda f: SEVERITY_RANK[f.severity]).severity

    def reaches(self, threshold: str) -> bool:
        """Whether a finding is at least as severe as ``threshold`` ("never" never is)."""
        if threshold not in SEVERITY_RANK:
            return False
        return any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold] for f in self.findings)

    def counts(self) -> dict[str, int]:
        tally: dict[str, int] = {severity: 0 for severity in SEVERITIES}
        for finding in self.findings:
            tally[finding.severity] += 1
        return tally

    def to_dict(self) -> dict[str, Any]:
        """``{"document", "findings", "verified"}`` — the ``dateline check`` JSON contract."""
        return {
            "document": self.document.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "verified": [f.to_dict() for f in self.verified],
        }

    def to_batch_dict(self, post_id: Any) -> dict[str, Any]:
        """``{"id", "findings", "verified"}``: one output line of ``dateline check --jsonl``."""
        return {
            "id": post_id,
            "findings": [f.to_dict() for f in self.findings],
            "verified": [f.to_dict() for f in self.verified],
        }


def assemble(
    document: Document, results: list[Finding], rule_order: list[str], rules: tuple[str, ...] = ()
) -> Report:
    """Sort and deduplicate what the rules produced into a report.

    One span gets one finding: when two rules flag the very same span (the year of a
    duplicated lede that is also in the future), the more severe one is kept, and among
    equals the rule that runs first (the more specific one). Verified claims that a
    finding contradicts at the same span are dropped: a claim is never both.
    """
    order = {rule: n for n, rule in enumerate(rule_order)}
    best: dict[tuple[int, int], Finding] = {}
    for finding in (f for f in results if not f.verified):
        key = (finding.start, finding.end)
        kept = best.get(key)
        if kept is None or _rank(finding, order) > _rank(kept, order):
            best[key] = finding
    findings = sorted(best.values(), key=lambda f: (f.start, f.end, f.rule))
    doubted = set(best)
    seen: set[tuple[int, int, str]] = set()
    verified: list[Finding] = []
    for claim in sorted((f for f in results if f.verified), key=lambda f: (f.start, f.end)):
        key3 = (claim.start, claim.end, claim.rule)
        if (claim.start, claim.end) in doubted or key3 in seen:
            continue
        seen.add(key3)
        verified.append(claim)
    return Report(document, findings, verified, rules)


def _rank(finding: Finding, order: dict[str, int]) -> tuple[int, int]:
    return SEVERITY_RANK[finding.severity], -order.get(finding.rule, len(order))
