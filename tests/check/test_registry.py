"""The rule registry: versioned names, descriptions, severities, explicit registration."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dateline.check import DEFAULT_RULES, Checker, registered_rules
from dateline.check.registry import build_rules, register_rule, rule_spec
from dateline.errors import InvalidInput

RULE_IDS = {
    "future-date": "error",
    "impossible-date": "error",
    "headline-conflict": "error",
    "duration": "error",
    "weekday": "error",
    "count-conflict": "warning",
    "duplicate-passage": "warning",
    "record-conflict": "warning",
    "anachronism": "warning",
}


def test_every_rule_of_the_issue_is_registered_with_a_version_and_a_description() -> None:
    specs = {spec.id: spec for spec in registered_rules()}
    assert set(specs) == set(RULE_IDS)
    for rule_id, severity in RULE_IDS.items():
        spec = specs[rule_id]
        assert spec.name == f"{rule_id}.v1"
        assert spec.severity == severity
        assert len(spec.description) > 20
        assert spec.factory().id == rule_id


def test_default_rules_are_the_registered_ones_in_order() -> None:
    assert [spec.name for spec, _ in build_rules()] == list(DEFAULT_RULES)


@pytest.mark.parametrize("name", ["future-date", "future-date.v", "future-date.latest"])
def test_a_rule_name_needs_a_version(name: str) -> None:
    with pytest.raises(ValueError, match="version"):
        register_rule(name, lambda: None, description="x", severity="info")  # type: ignore[arg-type,return-value]


def test_an_unknown_rule_names_the_known_ones() -> None:
    with pytest.raises(InvalidInput, match=r"future-date\.v1"):
        rule_spec("no-such-rule.v1")


def test_the_rules_to_run_are_configuration() -> None:
    checker = Checker(None, rules=["impossible-date.v1"])
    report = checker("April 31, 1997 | X\n\nOn this day in 2997, something happened.\n")
    assert {f.rule for f in report.findings} == {"impossible-date"}
    assert report.rules == ("impossible-date.v1",)


def test_importing_the_checker_does_no_work() -> None:
    code = (
        "import sys, dateline.check as c; "
        "print(any(m.startswith('dateline.check.') and m.rsplit('.', 1)[1] in "
        "('dates', 'durations', 'duplicates', 'records') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
