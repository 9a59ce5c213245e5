"""The fixture posts: clean ones give nothing; each planted or authored flaw gives its finding.

Posts are in tests/fixtures/check/posts (clean, in the series' shape, in our own words);
tests/fixtures/check/flawed holds posts with a flaw of the kind authors make. Planted
copies are made here with one edit each, so every flaw is one row of a table.
"""

from __future__ import annotations

import pytest

from dateline.check import Checker
from tests.check.conftest import FLAWED, POSTS, published_of, summary

CLEAN = sorted(p.name for p in POSTS.glob("*.txt"))


def test_there_are_many_clean_posts() -> None:
    assert len(CLEAN) >= 30


@pytest.mark.parametrize("name", CLEAN)
def test_a_clean_post_gives_no_finding(checker: Checker, name: str) -> None:
    text = (POSTS / name).read_text(encoding="utf-8")
    report = checker(text, published=published_of(text))
    assert summary(report.findings) == []


@pytest.mark.parametrize("name", CLEAN)
def test_a_clean_post_gives_no_finding_without_a_store(bare_checker: Checker, name: str) -> None:
    text = (POSTS / name).read_text(encoding="utf-8")
    assert summary(bare_checker(text, published=published_of(text)).findings) == []


# (post, text replaced, replacement, expected finding (rule, severity, text))
PLANTED = [
    # future years
    (
        "oklahoma-city.txt",
        "On this day in 1995",
        "On this day in 2095",
        ("future-date", "error", "On this day in 2095"),
    ),
    (
        "bali.txt",
        "On this day in 2002",
        "On this day in 2602",
        ("future-date", "error", "On this day in 2602"),
    ),
    (
        "charlie-hebdo.txt",
        "were killed two days later, on January 9",
        "were killed two days later, on January 9, 2031",
        ("future-date", "error", "January 9, 2031"),
    ),
    # headline against lede
    (
        "munich.txt",
        "On this day in 1972",
        "On this day in 1927",
        ("headline-conflict", "error", "On this day in 1927"),
    ),
    (
        "lockerbie.txt",
        "December 21, 1988 |",
        "December 21, 1998 |",
        ("headline-conflict", "error", "December 21, 1998"),
    ),
    (
        "tokyo-sarin.txt",
        "March 20, 1995 |",
        "March 20, 1985 |",
        ("headline-conflict", "error", "March 20, 1985"),
    ),
    (
        "brighton.txt",
        "On this day in 1984",
        "On this day in 1948",
        ("headline-conflict", "error", "On this day in 1948"),
    ),
    # impossible days
    (
        "beslan.txt",
        "September 3, 2004",
        "September 31, 2004",
        ("impossible-date", "error", "September 31, 2004"),
    ),
    (
        "aldo-moro.txt",
        "May 9, 1978",
        "February 30, 1978",
        ("impossible-date", "error", "February 30, 1978"),
    ),
    (
        "khobar-towers.txt",
        "June 25, 1996 |",
        "June 31, 1996 |",
        ("impossible-date", "error", "June 31, 1996"),
    ),
    (
        "madrid.txt",
        "On April 3, 2004",
        "On April 31, 2004",
        ("impossible-date", "error", "April 31, 2004"),
    ),
    # weekdays
    (
        "manchester-arena.txt",
        "on Monday, May 22, 2017",
        "on Sunday, May 22, 2017",
        ("weekday", "error", "Sunday, May 22, 2017"),
    ),
    (
        "madrid.txt",
        "on Thursday, March 11, 2004",
        "on Tuesday, March 11, 2004",
        ("weekday", "error", "Tuesday, March 11, 2004"),
    ),
    # durations against their own dates
    ("oklahoma-city.txt", "the 51-day siege", "the 15-day siege", ("duration", "error", "15-day")),
    # duplicated passages
    (
        "entebbe.txt",
        "\n\nBy Martin Hale",
        " The hijackers released most of the non-Israeli passengers, keeping 106 hostages, Israelis, Jews and the "
        "French crew, who refused to leave them.\n\nBy Martin Hale",
        (
            "duplicate-passage",
            "warning",
            "The hijackers released most of the non-Israeli passengers, keeping 106 "
            "hostages, Israelis, Jews and the French crew, who refused to leave them.",
        ),
    ),
    (
        "omagh.txt",
        "\n\nBy Martin Hale",
        "\n\nOn this day in 1988, a car bomb planted by the Real IRA exploded in the crowded centre of Omagh, "
        "County Tyrone, killing 29 people.\n\nBy Martin Hale",
        (
            "duplicate-passage",
            "warning",
            "On this day in 1988, a car bomb planted by the Real IRA exploded in the "
            "crowded centre of Omagh, County Tyrone, killing 29 people.",
        ),
    ),
    # counts
    (
        "oklahoma-city.txt",
        "Nineteen of the dead were children",
        "In the end 186 people died. Nineteen of the dead were children",
        ("count-conflict", "warning", "186 people"),
    ),
    # the record (fixture store: the Lima siege and the Tehran embassy)
    (
        "lima-siege-end.txt",
        "72 hostages were still inside",
        "27 hostages were still inside",
        ("record-conflict", "warning", "27 hostages"),
    ),
    (
        "lima-siege-end.txt",
        "where 52 Americans were held",
        "where 44 Americans were held",
        ("record-conflict", "warning", "44 Americans"),
    ),
    (
        "lima-siege-end.txt",
        "that had lasted 126 days",
        "that had lasted 162 days",
        ("duration", "warning", "162 days"),
    ),
    # a group before its time (fixture store: the MRTA was founded in 1982)
    (
        "lima-siege-end.txt",
        "The rescuers came through tunnels dug beneath the house.",
        "The rescuers came through tunnels dug beneath the house. In 1979 the MRTA had bombed a bank in Lima.",
        ("anachronism", "warning", "MRTA"),
    ),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "expected"), PLANTED, ids=[f"{p[0]}:{p[3][0]}" for p in PLANTED]
)
def test_a_planted_flaw_is_found(
    checker: Checker, name: str, old: str, new: str, expected: tuple[str, str, str]
) -> None:
    text = (POSTS / name).read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {name}"
    report = checker(text.replace(old, new), published=published_of(text))
    assert expected in summary(report.findings)
    # and nothing else is an error, except the other side of a headline conflict
    others = [f for f in summary(report.findings) if f != expected and f[1] == "error"]
    assert all(rule == expected[0] == "headline-conflict" for rule, _, _ in others), others


FLAWED_POSTS = [
    ("waco-siege.txt", [("duration", "error", "61-day")]),
    ("lockerbie-weekday.txt", [("weekday", "error", "Tuesday, December 21, 1988")]),
    ("tehran-hostages.txt", [("record-conflict", "warning", "44 Americans")]),
    ("mrta-anachronism.txt", [("anachronism", "warning", "MRTA")]),
]


@pytest.mark.parametrize(("name", "expected"), FLAWED_POSTS)
def test_an_authored_flaw_is_found(
    checker: Checker, name: str, expected: list[tuple[str, str, str]]
) -> None:
    text = (FLAWED / name).read_text(encoding="utf-8")
    assert summary(checker(text, published=published_of(text)).findings) == expected
