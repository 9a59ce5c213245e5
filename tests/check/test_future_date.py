"""future-date: a date after publication told as past is an error; plans and forecasts are not."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.check import Checker
from tests.check.conftest import of_rule, post, summary

PUBLISHED = dt.date(2023, 4, 22)
HEADLINE = "April 22, 1997 | Hostage Taking in Peru"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # told as past: errors
        ("On this day in 2997, commandos stormed the residence.", ["On this day in 2997"]),
        ("On this day in 2024, commandos stormed the residence.", ["On this day in 2024"]),
        ("The siege began in 2031 and ended four months later.", ["2031"]),
        ("Commandos stormed the residence on April 22, 2097.", ["April 22, 2097"]),
        ("The group was crushed in December 2023, months after the trial.", ["December 2023"]),
        # far beyond any plan, a year is a typo whatever the wording
        ("Begin, who would become prime minister in 2977, led the group.", ["2977"]),
        ("Begin, who would become prime minister in 2031, led the group.", []),
        # the past, the publication day itself, and plans: no finding
        ("On this day in 1997, commandos stormed the residence.", []),
        ("The anniversary falls on April 22, 2023.", []),
        ("His memoir will be released in 2030.", []),
        ("The government plans to close the prison by 2030.", []),
        ("Officials expect the trial to begin in 2025.", []),
        ("The group could be rebuilt by 2028, analysts say.", []),
        ("The museum is scheduled to open in 2026.", []),
        ("Peru is bidding for the 2030 Games.", []),
        ("The bomb went off shortly after 2100 local time.", []),
        ("Between 1979 and 1981 the embassy was occupied.", []),
        ("The 1990s were quieter for the group.", []),
        ("The prisoners served 25 years, and one will be eligible for parole in 2031.", []),
        ("Five years later, four months later and two decades later the case was reopened.", []),
    ],
)
def test_future_date(bare_checker: Checker, body: str, expected: list[str]) -> None:
    report = bare_checker(post(HEADLINE, body), published=PUBLISHED)
    assert [f.text for f in of_rule(report, "future-date")] == expected
    assert all(f.severity == "error" for f in of_rule(report, "future-date"))


def test_the_headline_itself_may_be_in_the_future(bare_checker: Checker) -> None:
    report = bare_checker(
        post("April 22, 2097 | Hostage Taking in Peru", "Commandos stormed it."),
        published=PUBLISHED,
    )
    assert summary(of_rule(report, "future-date")) == [("future-date", "error", "April 22, 2097")]


def test_without_a_publication_date_today_is_the_reference(bare_checker: Checker) -> None:
    # bare_checker's today is 2024-06-01
    report = bare_checker(post(HEADLINE, "The group struck again in 2025."))
    [finding] = of_rule(report, "future-date")
    assert "no publication date given" in finding.evidence
    assert "2024-06-01" in finding.evidence
    assert bare_checker(post(HEADLINE, "The group struck again in 2023.")).findings == []


def test_the_message_says_when_it_was_published(bare_checker: Checker) -> None:
    report = bare_checker(post(HEADLINE, "On this day in 2997, it ended."), published=PUBLISHED)
    [finding] = report.findings
    assert (
        finding.message
        == "April 22, 2997 is after the publication date (April 22, 2023) but is told as past"
    )
    assert "likely a typo in the year" in finding.evidence
