"""weekday: a weekday written with a date must be that date's weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.check import Checker
from tests.check.conftest import of_rule, post, summary, verified_of

PUBLISHED = dt.date(2023, 12, 21)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The flight left on Tuesday, December 21, 1988.",
            [("weekday", "error", "Tuesday, December 21, 1988")],
        ),
        (
            "The flight left on Monday, 21 December 1988.",
            [("weekday", "error", "Monday, 21 December 1988")],
        ),
        (
            "The flight left on December 21, 1988, a Friday.",
            [("weekday", "error", "December 21, 1988, a Friday")],
        ),
        ("The flight left on Wednesday, December 21, 1988.", []),
        ("The flight left on December 21, 1988, a Wednesday.", []),
        ("On Friday the flight was delayed; it left on December 21, 1988.", []),
    ],
)
def test_weekday(bare_checker: Checker, body: str, expected: list[tuple[str, str, str]]) -> None:
    report = bare_checker(post("December 21, 1988 | Pan Am Flight 103", body), published=PUBLISHED)
    assert summary(of_rule(report, "weekday")) == expected


def test_a_right_weekday_is_verified(bare_checker: Checker) -> None:
    report = bare_checker(
        post("December 21, 1988 | X", "It left on Wednesday, December 21, 1988."),
        published=PUBLISHED,
    )
    [claim] = verified_of(report, "weekday")
    assert claim.message == "December 21, 1988 was indeed a Wednesday"


def test_a_year_from_context_makes_it_a_warning(bare_checker: Checker) -> None:
    text = post(
        "December 21, 1988 | X", "The bomb was loaded in 1988. It flew on Tuesday, December 21."
    )
    [finding] = of_rule(bare_checker(text, published=PUBLISHED), "weekday")
    assert (finding.severity, finding.text) == ("warning", "Tuesday, December 21")
