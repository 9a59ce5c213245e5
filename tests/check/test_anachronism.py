"""anachronism: a group acting before it was founded or after it dissolved (fixture groups)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.check import Checker
from tests.check.conftest import of_rule, post, summary

# Fixture groups: MRTA founded 1982, dissolved 1997; the fictional FLF 1950–2000.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In 1980 the MRTA bombed a police station in Lima.", [("anachronism", "warning", "MRTA")]),
        (
            "In March 2005 the MRTA kidnapped a businessman in Lima.",
            [("anachronism", "warning", "MRTA")],
        ),
        ("In 1990 the MRTA kidnapped a businessman in Lima.", []),
        # background, not an action
        ("The MRTA was formed in 1983 and modelled itself on the Cuban revolution.", []),
        ("The MRTA, which had been inactive since 1997, was no longer a threat by 2005.", []),
        # the date belongs to another clause
        ("In 1975 the army killed a student leader; the MRTA later claimed to avenge him.", []),
        # no store group, or no year written
        ("The MRTA kidnapped a businessman that winter.", []),
    ],
)
def test_anachronism(checker: Checker, body: str, expected: list[tuple[str, str, str]]) -> None:
    text = post(
        "June 1, 1990 | A Kidnapping in Lima",
        "On this day in 1990, gunmen kidnapped a banker in Lima.",
        body,
    )
    report = checker(text, published=dt.date(2023, 6, 1))
    assert summary(of_rule(report, "anachronism")) == expected


def test_the_evidence_gives_the_group_years_and_source(checker: Checker) -> None:
    text = post(
        "June 1, 1990 | X",
        "On this day in 1990, gunmen struck.",
        "In 1980 the MRTA bombed a police station in Lima.",
    )
    [finding] = of_rule(checker(text, published=dt.date(2023, 6, 1)), "anachronism")
    assert finding.message == "MRTA is said to act in 1980, before it was founded in 1982"
    assert "group mrta" in finding.evidence and "founded 1982, dissolved 1997" in finding.evidence
