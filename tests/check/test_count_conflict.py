"""count-conflict: one quantity given twice, differently, for the same incident."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.check import Checker
from tests.check.conftest import of_rule, post, summary

PUBLISHED = dt.date(2023, 4, 19)
HEADLINE = "April 19, 1995 | Truck Bomb in Oklahoma City"
LEDE = "On this day in 1995, a truck bomb destroyed the federal building in Oklahoma City, killing 168 people."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The blast on April 19, 1995 tore the front off the building. In all, 186 people were killed.",
            [("count-conflict", "warning", "186 people")],
        ),
        (
            "The blast on April 19, 1995 tore the front off the building. The 168 people killed included 19 children.",
            [],
        ),
        # parts of a toll: a place, an addition, a sum
        ("The blast on April 19, 1995 killed 15 people in the daycare centre alone.", []),
        (
            "The blast on April 19, 1995 killed 160 people at the scene and eight more died later.",
            [],
        ),
        (
            "The blast on April 19, 1995 killed 100 people in the north wing and 68 people in the south wing.",
            [],
        ),
        # a later toll, told as such
        (
            "The blast on April 19, 1995 at first left 150 people dead; the toll rose to 168 people.",
            [],
        ),
        # other people, other roles
        ("The blast on April 19, 1995 injured 680 people and killed 19 children.", []),
    ],
)
def test_count_conflict(
    bare_checker: Checker, body: str, expected: list[tuple[str, str, str]]
) -> None:
    report = bare_checker(post(HEADLINE, LEDE, body), published=PUBLISHED)
    assert summary(of_rule(report, "count-conflict")) == expected


def test_the_evidence_names_the_earlier_count(bare_checker: Checker) -> None:
    text = post(
        HEADLINE,
        LEDE,
        "The blast on April 19, 1995 tore the building apart. In all, 186 people were killed.",
    )
    [finding] = of_rule(bare_checker(text, published=PUBLISHED), "count-conflict")
    assert "'168 people'" in finding.evidence
    assert (
        finding.message
        == "'186 people' (killed) differs from '168 people' earlier for the same incident"
    )


def test_two_sites_of_one_attack_are_not_a_conflict(bare_checker: Checker) -> None:
    text = post(
        "August 7, 1998 | Embassy Bombings in Kenya and Tanzania",
        "On this day in 1998, truck bombs exploded outside the American embassies in Kenya and Tanzania, killing 224 people.",
        "NAIROBI, KENYA — In Nairobi the blast killed 213 people. In Dar es Salaam the second bomb killed 11 people.",
    )
    assert of_rule(bare_checker(text, published=dt.date(2023, 8, 7)), "count-conflict") == []
