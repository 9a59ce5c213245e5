"""Fact-checking articles: registered rules over the article analysis (docs/check.md).

>>> from dateline.check import check
>>> report = check("April 31, 1997 | A Day That Never Was\\n\\nOn this day in 1997, nothing.")
>>> [(f.rule, f.severity, f.text) for f in report.findings]
[('impossible-date', 'error', 'April 31, 1997')]
"""

from dateline.check.checker import Checker, check, checker_for
from dateline.check.registry import DEFAULT_RULES, RuleSpec, register_rule, registered_rules
from dateline.check.report import SEVERITIES, Finding, Report, Severity

__all__ = [
    "DEFAULT_RULES",
    "SEVERITIES",
    "Checker",
    "Finding",
    "Report",
    "RuleSpec",
    "Severity",
    "check",
    "checker_for",
    "register_rule",
    "registered_rules",
]
