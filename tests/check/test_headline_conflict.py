"""headline-conflict: the headline's date against the lede's and the body's."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.check import Checker
from tests.check.conftest import of_rule, post, summary

PUBLISHED = dt.date(2023, 4, 22)
STORY = "LIMA, PERU — Commandos came through tunnels dug beneath the residence."


@pytest.mark.parametrize(
    ("headline", "paragraphs", "expected"),
    [
        # agreeing: nothing
        (
            "April 22, 1997 | Siege Ends in Lima",
            ["On this day in 1997, commandos ended the siege.", STORY],
            [],
        ),
        # the lede disagrees and the body sides with the headline: the lede is flagged
        (
            "April 22, 1997 | Siege Ends in Lima",
            [
                "On this day in 1996, commandos ended the siege.",
                "LIMA, PERU — On April 22, 1997, commandos came through tunnels.",
            ],
            [("headline-conflict", "error", "On this day in 1996")],
        ),
        # the body sides with the lede: the headline is flagged
        (
            "April 22, 1996 | Siege Ends in Lima",
            [
                "On this day in 1997, commandos ended the siege.",
                "LIMA, PERU — On April 22, 1997, commandos came through tunnels.",
            ],
            [("headline-conflict", "error", "April 22, 1996")],
        ),
        # nothing decides: both sides are marked
        (
            "April 22, 1997 | Siege Ends in Lima",
            ["On this day in 1995, commandos ended the siege.", STORY],
            [
                ("headline-conflict", "error", "April 22, 1997"),
                ("headline-conflict", "error", "On this day in 1995"),
            ],
        ),
        # the lede's full date on the headline's day in another year
        (
            "April 22, 1997 | Siege Ends in Lima",
            ["On April 22, 1996, commandos ended the siege.", STORY],
            [
                ("headline-conflict", "error", "April 22, 1997"),
                ("headline-conflict", "error", "April 22, 1996"),
            ],
        ),
        # a later "On this day" may be another event of the same day: a warning
        (
            "April 22, 1997 | Siege Ends in Lima",
            [
                "On this day in 1997, commandos ended the siege.",
                STORY,
                "On this day in 1980, too, Peru's army had been in the news.",
            ],
            [("headline-conflict", "warning", "On this day in 1980")],
        ),
        # the story restates the day in another year while the lede agrees: an error
        ("April 22, 1997 | Siege Ends in Lima",
         ["On this day in 1997, commandos ended the siege.",
          "LIMA, PERU — On April 22, 1996, commandos came through tunnels."],
         [("headline-conflict", "error", "April 22, 1996")]),
        # another event on the same day, told as such: nothing
        (
            "April 19, 1995 | Truck Bomb in Oklahoma City",
            [
                "On this day in 1995, a truck bomb destroyed a federal building.",
                "OKLAHOMA CITY — At 9:02 a.m. on April 19, 1995, the truck exploded.",
                "The date was chosen: the Waco siege had ended on April 19, 1993.",
            ],
            [],
        ),
        # a headline with a range
        (
            "January 9-18, 1996 | Raid in Kizlyar",
            ["On this day in 1996, Chechen fighters seized a hospital in Kizlyar.", STORY],
            [],
        ),
    ],
)
def test_headline_conflict(
    bare_checker: Checker,
    headline: str,
    paragraphs: list[str],
    expected: list[tuple[str, str, str]],
) -> None:
    report = bare_checker(post(headline, *paragraphs), published=PUBLISHED)
    assert summary(of_rule(report, "headline-conflict")) == expected


def test_a_future_lede_is_left_to_future_date(bare_checker: Checker) -> None:
    report = bare_checker(
        post("April 22, 1997 | X", "On this day in 2997, it ended.", STORY), published=PUBLISHED
    )
    assert summary(report.findings) == [("future-date", "error", "On this day in 2997")]


def test_the_store_decides_between_headline_and_lede(checker: Checker) -> None:
    # The fixture store has the Lima siege ending on 22 April 1997, and nothing in 1995.
    text = post(
        "April 22, 1995 | Siege Ends in Lima",
        "On this day in 1997, commandos ended the siege.",
        STORY,
    )
    assert summary(of_rule(checker(text, published=PUBLISHED), "headline-conflict")) == [
        ("headline-conflict", "error", "April 22, 1995")
    ]
    text = post(
        "April 22, 1997 | Siege Ends in Lima",
        "On this day in 1995, commandos ended the siege.",
        STORY,
    )
    assert summary(of_rule(checker(text, published=PUBLISHED), "headline-conflict")) == [
        ("headline-conflict", "error", "On this day in 1995")
    ]
