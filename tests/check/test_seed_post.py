"""The seed post (../shared/articles/seed-post.txt, read in place, never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.check import Checker
from dateline.cli import app

SEED = Path(__file__).resolve().parents[3] / "shared" / "articles" / "seed-post.txt"


@pytest.fixture
def seed() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/articles/seed-post.txt is not present")
    return SEED.read_text(encoding="utf-8")


def test_the_seed_gives_exactly_the_expected_findings(checker: Checker, seed: str) -> None:
    report = checker(seed)
    errors = [f for f in report.findings if f.severity == "error"]
    assert [(f.rule, f.text) for f in errors] == [("future-date", "On this day in 2997")]

    [conflict] = [f for f in report.findings if f.rule == "record-conflict"]
    assert (conflict.severity, conflict.text) == ("warning", "44 American citizens")
    assert "1979-11-04-tehran-us-embassy-seizure" in conflict.evidence
    assert "Iran hostage crisis" in conflict.evidence and "held to the end: 52" in conflict.evidence

    copies = [f for f in report.findings if f.rule == "duplicate-passage"]
    lede_copy = next(f for f in copies if "2997" in f.text)
    assert lede_copy.severity == "warning"
    assert lede_copy.text.startswith("On this day in 2997") and lede_copy.text.endswith(
        "terrorists."
    )
    lede = seed.index("On this day in 1997, a 4-month")
    assert f"earlier copy at {lede}–" in lede_copy.evidence
    assert "1997 → 2997" in lede_copy.message
    # the near-repeat of the teaser in the last paragraph is a warning too, nothing else is
    assert {f.rule for f in report.findings} == {
        "future-date",
        "duplicate-passage",
        "record-conflict",
    }
    assert len(copies) <= 2

    verified = {(f.rule, f.text) for f in report.verified}
    assert ("duration", "126 days") in verified
    assert ("duration", "444 days") in verified
    assert ("duration", "4-month") in verified
    assert ("record-conflict", "four months earlier") in verified
    for finding in report.findings + report.verified:
        assert seed[finding.start : finding.end] == finding.text


def test_the_seed_exits_1_from_the_command_line(runner: CliRunner, db_path: str, seed: str) -> None:
    result = runner.invoke(app, ["--db", db_path, "check", str(SEED), "--format", "json"])
    assert result.exit_code == 1, result.output
    result = runner.invoke(app, ["--db", db_path, "check", str(SEED), "--fail-on", "never"])
    assert result.exit_code == 0
