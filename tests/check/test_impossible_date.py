"""impossible-date: no such day; the year decides only for 29 February."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.check import Checker
from tests.check.conftest import of_rule, post, summary

PUBLISHED = dt.date(2023, 4, 22)


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "April 31, 1997 | Hostage Taking in Peru",
            "On this day in 1997, it ended.",
            [("impossible-date", "error", "April 31, 1997")],
        ),
        (
            "April 22, 1997 | Hostage Taking in Peru",
            "It began on September 31, 1996.",
            [("impossible-date", "error", "September 31, 1996")],
        ),
        (
            "April 22, 1997 | Hostage Taking in Peru",
            "It began on 30 February 1997.",
            [("impossible-date", "error", "30 February 1997")],
        ),
        (
            "April 22, 1997 | Hostage Taking in Peru",
            "Talks stalled on February 29, 1997.",
            [("impossible-date", "error", "February 29, 1997")],
        ),
        (
            "April 22, 1997 | Hostage Taking in Peru",
            "Talks stalled on June 31 of that year.",
            [("impossible-date", "error", "June 31 of that year")],
        ),
        # 29 February of a year the text did not write: likely, not certainly, wrong
        (
            "April 22, 1997 | Hostage Taking in Peru",
            "Talks stalled on February 29.",
            [("impossible-date", "warning", "February 29")],
        ),
        # real days
        ("April 22, 1997 | Hostage Taking in Peru", "Talks stalled on February 29, 1996.", []),
        ("February 29, 1996 | A Leap-Day Bombing", "On this day in 1996, a bomb exploded.", []),
        ("April 22, 1997 | Hostage Taking in Peru", "It began on December 31, 1996.", []),
        ("April 22, 1997 | Hostage Taking in Peru", "The 31st Infantry Division took part.", []),
    ],
)
def test_impossible_date(
    bare_checker: Checker, headline: str, body: str, expected: list[tuple[str, str, str]]
) -> None:
    report = bare_checker(post(headline, body), published=PUBLISHED)
    assert summary(of_rule(report, "impossible-date")) == expected


def test_the_message_says_why(bare_checker: Checker) -> None:
    [finding] = bare_checker(
        post("April 22, 1997 | X", "It began on September 31, 1996."), published=PUBLISHED
    ).findings
    assert finding.message == "no such day: September 1996 has no day 31 (it has 30 days)"
    assert finding.evidence == "September 1996 has 30 days"
