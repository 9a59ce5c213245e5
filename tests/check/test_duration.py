"""duration: a stated length against its own dates (either counting) or the record's."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.check import Checker
from dateline.check.durations import Pair, judge
from dateline.model import PartialDate
from dateline.text.types import DurationValue
from tests.check.conftest import of_rule, post, summary, verified_of

D = PartialDate.parse


@pytest.mark.parametrize(
    ("duration", "start", "end", "matches", "exact"),
    [
        (DurationValue(444, "day"), "1979-11-04", "1981-01-20", True, True),  # inclusive count
        (DurationValue(443, "day"), "1979-11-04", "1981-01-20", True, True),  # exclusive count
        (DurationValue(445, "day"), "1979-11-04", "1981-01-20", False, True),
        (DurationValue(444, "day", inclusive=False), "1979-11-04", "1981-01-20", False, True),
        (DurationValue(126, "day"), "1996-12-17", "1997-04-22", True, True),
        (DurationValue(127, "day"), "1996-12-17", "1997-04-22", True, True),
        (DurationValue(162, "day"), "1996-12-17", "1997-04-22", False, True),
        (DurationValue(4, "month"), "1996-12-17", "1997-04-22", True, True),
        (DurationValue(4, "month", attributive=True), "1996-12", "1997-04-22", True, False),
        (DurationValue(5, "month"), "1996-12-17", "1997-04-22", False, True),
        (DurationValue(3, "month"), "1996-12-17", "1997-04-22", False, True),
        (DurationValue(18, "week"), "1996-12-17", "1997-04-22", True, True),
        (DurationValue(400, "day", bound="at_least"), "1979-11-04", "1981-01-20", True, True),
        (DurationValue(500, "day", bound="at_least"), "1979-11-04", "1981-01-20", False, True),
        (DurationValue(15, "month", bound="at_most"), "1979-11-04", "1981-01-20", True, True),
        (DurationValue(51, "day"), "1993-02-28", "1993-04-19", True, True),
        (DurationValue(2, "year"), "1979", "1981", True, False),
        (DurationValue(20, "year"), "1979", "1981", False, False),
    ],
)
def test_judge(duration: DurationValue, start: str, end: str, matches: bool, exact: bool) -> None:
    verdict = judge(duration, Pair(D(start), D(end), "text"))
    assert verdict is not None
    assert (verdict.matches, verdict.exact) == (matches, exact)


PUBLISHED = dt.date(2023, 4, 19)


@pytest.mark.parametrize(
    ("body", "found", "verified"),
    [
        # own dates in one clause
        (
            "The 51-day siege began on February 28, 1993 and ended on April 19, 1993.",
            [],
            ["51-day"],
        ),
        (
            "The 50-day siege began on February 28, 1993 and ended on April 19, 1993.",
            [],
            ["50-day"],
        ),
        (
            "The 61-day siege began on February 28, 1993 and ended on April 19, 1993.",
            [("duration", "error", "61-day")],
            [],
        ),
        (
            "Hostages were held from November 4, 1979 to January 20, 1981, for 444 days.",
            [],
            ["444 days"],
        ),
        (
            "Hostages were held from November 4, 1979 to January 20, 1981, for 544 days.",
            [("duration", "error", "544 days")],
            [],
        ),
        (
            "Hostages were held from November 4, 1979 to January 20, 1981, a 14-month ordeal.",
            [],
            ["14-month"],
        ),
        # lengths that are not the event's: never compared
        ("He was arrested on May 10, 1995 and on June 1, 1997 sentenced to 25 years.", [], []),
        ("A 32-year veteran, he retired on May 10, 1995, two years after June 1, 1993.", [], []),
        (
            "The standoff, from February 28, 1993 to April 19, 1993, cost 76 lives in 2 hours.",
            [],
            [],
        ),
        # dates in another clause may be of another event: they only verify
        (
            "The four-month siege is often compared with Tehran, where 52 Americans were held "
            "between November 4, 1979 and January 20, 1981.",
            [],
            [],
        ),
    ],
)
def test_duration_against_its_own_dates(
    bare_checker: Checker, body: str, found: list[tuple[str, str, str]], verified: list[str]
) -> None:
    report = bare_checker(post("April 19, 1993 | The End at Waco", body), published=PUBLISHED)
    assert summary(of_rule(report, "duration")) == found
    assert [f.text for f in verified_of(report, "duration")] == verified


LIMA = "April 22, 1997 | Siege Ends in Lima"
LIMA_STORY = (
    "LIMA, PERU — Fourteen MRTA militants had seized the Japanese ambassador's residence on "
    "December 17, 1996, during a reception."
)


@pytest.mark.parametrize(
    ("lede", "found", "verified"),
    [
        (
            "On this day in 1997, commandos ended a siege of the residence that had lasted 126 days.",
            [],
            ["126 days"],
        ),
        (
            "On this day in 1997, commandos ended a 4-month siege of the residence in Lima.",
            [],
            ["4-month"],
        ),
        (
            "On this day in 1997, commandos ended a siege of the residence that had lasted 162 days.",
            [("duration", "warning", "162 days")],
            [],
        ),
    ],
)
def test_duration_against_the_linked_record(
    checker: Checker, lede: str, found: list[tuple[str, str, str]], verified: list[str]
) -> None:
    report = checker(post(LIMA, lede, LIMA_STORY), published=dt.date(2023, 4, 22))
    assert summary(of_rule(report, "duration")) == found
    assert [f.text for f in verified_of(report, "duration")] == verified
    for claim in verified_of(report, "duration"):
        assert "1996-12-17-lima-japanese-residence-siege" in claim.evidence


def test_the_verified_message_gives_both_counts(bare_checker: Checker) -> None:
    text = post(
        "January 20, 1981 | Hostages Freed",
        "They were held from November 4, 1979 to January 20, 1981, for 444 days.",
    )
    [claim] = verified_of(bare_checker(text, published=dt.date(2023, 1, 20)), "duration")
    assert claim.message == (
        "444 days agrees with its own dates: 4 November 1979 → 20 January 1981 is 443 days, "
        "444 counting both the first and the last day"
    )
