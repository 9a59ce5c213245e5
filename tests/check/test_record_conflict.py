"""record-conflict: a confidently linked frame against its stored incident, like with like."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.check import Checker
from tests.check.conftest import of_rule, post, summary, verified_of

TEHRAN = "1979-11-04-tehran-us-embassy-seizure"
LIMA = "1996-12-17-lima-japanese-residence-siege"

TEHRAN_HEADLINE = "November 4, 1979 | Students Seize the US Embassy in Tehran"
TEHRAN_LEDE = "On this day in 1979, Iranian students overran the US embassy in Tehran and took its staff hostage."


def tehran(sentence: str) -> str:
    return post(
        TEHRAN_HEADLINE, TEHRAN_LEDE,
        f"TEHRAN, IRAN — The crisis ended on January 20, 1981, when {sentence}",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "found", "verified"),
    [
        # held to the end: compared with the 52 of the record
        (
            "44 American citizens who had been held for 444 days were flown out.",
            [("record-conflict", "warning", "44 American citizens")],
            [],
        ),
        (
            "52 American citizens who had been held for 444 days were flown out.",
            [],
            ["52 American citizens"],
        ),
        ("the remaining 52 hostages were freed.", [], ["52 hostages"]),
        (
            "the remaining 25 hostages were freed.",
            [("record-conflict", "warning", "25 hostages")],
            [],
        ),
    ],
)
def test_hostages_held_to_the_end(
    checker: Checker, sentence: str, found: list[tuple[str, str, str]], verified: list[str]
) -> None:
    report = checker(tehran(sentence), published=dt.date(2023, 11, 4))
    assert summary(of_rule(report, "record-conflict")) == found
    assert [
        f.text for f in verified_of(report, "record-conflict") if f.text[0].isdigit()
    ] == verified


def test_the_evidence_names_the_record_and_its_source(checker: Checker) -> None:
    report = checker(tehran("44 American citizens who had been held for 444 days were flown out."),
                     published=dt.date(2023, 11, 4))  # fmt: skip
    [finding] = of_rule(report, "record-conflict")
    assert TEHRAN in finding.evidence
    assert (
        "Iran hostage crisis <https://en.wikipedia.org/wiki/Iran_hostage_crisis>"
        in finding.evidence
    )
    assert "hostages held to the end: 52" in finding.evidence
    assert (
        finding.message
        == "'44 American citizens' disagrees with the linked record: hostages held to the end 52"
    )


LIMA_HEADLINE = "April 22, 1997 | Commandos End the Siege in Lima"


@pytest.mark.parametrize(
    ("body", "found", "verified"),
    [
        # hostages at the start are not the hostages at the end
        (
            "LIMA, PERU — Commandos stormed the residence to rescue hundreds of hostages who had been "
            "seized four months earlier by 14 members of the MRTA.",
            [],
            [],
        ),
        (
            "LIMA, PERU — When the commandos attacked, 72 hostages were still inside.",
            [],
            ["72 hostages"],
        ),
        (
            "LIMA, PERU — When the commandos attacked, 27 hostages were still inside.",
            [("record-conflict", "warning", "27 hostages")],
            [],
        ),
        # killed: the total, and the perpetrators alone
        ("LIMA, PERU — The assault left 17 people dead.", [], ["17 people"]),
        (
            "LIMA, PERU — The assault left 40 people dead.",
            [("record-conflict", "warning", "40 people")],
            [],
        ),
        ("LIMA, PERU — All 14 hostage-takers were killed in the assault.", [], []),
        (
            "LIMA, PERU — Commandos killed 14 MRTA guerrillas in the assault.",
            [],
            ["14 MRTA guerrillas"],
        ),
        # parts of the toll are not compared
        ("LIMA, PERU — One hostage and two soldiers died in the assault.", [], []),
    ],
)
def test_lima_counts(
    checker: Checker, body: str, found: list[tuple[str, str, str]], verified: list[str]
) -> None:
    text = post(LIMA_HEADLINE, "On this day in 1997, Peruvian commandos stormed the Japanese ambassador's "
                "residence in Lima, ending the MRTA's siege.", body)  # fmt: skip
    report = checker(text, published=dt.date(2023, 4, 22))
    assert summary(of_rule(report, "record-conflict")) == found
    counts = [f.text for f in verified_of(report, "record-conflict") if f.text[0].isdigit()]
    assert counts == verified


def test_without_a_confident_link_nothing_is_compared(checker: Checker) -> None:
    text = post(
        "March 3, 1985 | A Bombing Somewhere",
        "On this day in 1985, a bomb killed 40 people in a market.",
    )
    assert of_rule(checker(text, published=dt.date(2023, 3, 3)), "record-conflict") == []


def test_dates_that_agree_are_verified(checker: Checker) -> None:
    report = checker(
        tehran("the remaining 52 hostages were freed."), published=dt.date(2023, 11, 4)
    )
    assert "January 20, 1981" in [f.text for f in verified_of(report, "record-conflict")]
