"""Dates: text → the date mentions found, their values, precision, anchor and validity."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import PartialDate
from dateline.text import dates


def _dates(text: str, headline: PartialDate | None = None, published: dt.date | None = None):
    return dates.resolve(text, dates.scan(text), headline=headline, published=published)


def _value(mention) -> str | None:
    if mention.date is not None:
        return mention.date.value.iso() if mention.date.value else None
    start, end = mention.date_range.start.value, mention.date_range.end.value
    return f"{start.iso() if start else None}/{end.iso() if end else None}"


@pytest.mark.parametrize(
    ("text", "expected_text", "expected_value"),
    [
        # absolute, in the forms articles use
        ("It ended on April 22, 1997.", "April 22, 1997", "1997-04-22"),
        ("It ended on 22 April 1997.", "22 April 1997", "1997-04-22"),
        ("It ended on the 22nd of April, 1997.", "22nd of April, 1997", "1997-04-22"),
        ("It ended on Tuesday, April 22, 1997.", "Tuesday, April 22, 1997", "1997-04-22"),
        ("Filed 1997-04-22.", "1997-04-22", "1997-04-22"),
        ("It began on Sept. 5, 1972.", "Sept. 5, 1972", "1972-09-05"),
        ("ON JUNE 27, 1976 the plane landed.", "JUNE 27, 1976", "1976-06-27"),
        # partial: the precision is what is written
        ("The group was formed in 1983.", "1983", "1983"),
        ("It happened in March 1975.", "March 1975", "1975-03"),
        ("It happened in early 1975.", "early 1975", "1975"),
        # ranges
        ("the 1979-1981 siege", "1979-1981", "1979/1981"),
        ("the 1979–81 siege", "1979–81", "1979/1981"),
        ("between 1968 and 1972 the group", "between 1968 and 1972", "1968/1972"),
        ("January 9-18, 1996 | Kizlyar", "January 9-18, 1996", "1996-01-09/1996-01-18"),
        ("from 4 November 1979 to 20 January 1981", "4 November 1979 to 20 January 1981", "1979-11-04/1981-01-20"),
        ("in the 1970s", "the 1970s", "1970/1979"),
    ],
)
def test_dates_found_with_their_values(text: str, expected_text: str, expected_value: str) -> None:
    found = _dates(text)
    assert [m.text for m in found] == [expected_text]
    assert _value(found[0]) == expected_value


@pytest.mark.parametrize(
    "text",
    [
        "You may go now.",
        "They march on Sunday.",
        "We sat in the May sun.",  # a month name without a day or a year is not a date
        "They fired 1500 rounds.",
        "He may 5 times try.",
        "The Sat. edition.",
        "March forward!",
        "In May he left.",  # no year anywhere to anchor to: found, but without a value
    ][:-1],
)
def test_ordinary_words_are_not_dates(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "written", "problem_word"),
    [
        ("It happened on February 30, 1997.", (1997, 2, 30), "no day 30"),
        ("It happened on September 31.", (None, 9, 31), "no day 31"),
        ("Leap day: February 29, 1997.", (1997, 2, 29), "no day 29"),
    ],
)
def test_impossible_dates_are_mentions_flagged_invalid(text: str, written: tuple, problem_word: str) -> None:
    (mention,) = _dates(text)
    assert mention.date is not None
    assert mention.date.valid is False
    assert mention.date.value is None
    assert (mention.date.written.year, mention.date.written.month, mention.date.written.day) == written
    assert problem_word in (mention.date.problem or "")


def test_leap_day_in_a_leap_year_is_valid() -> None:
    (mention,) = _dates("On February 29, 1996 a bomb went off.")
    assert mention.date.valid and mention.date.value == PartialDate(1996, 2, 29)


@pytest.mark.parametrize(
    ("text", "headline", "published", "expected", "anchor"),
    [
        # "On this day" takes the headline's month-day
        ("On this day in 1997, the siege ended.", PartialDate(1997, 4, 22), None, ["1997-04-22"], ["headline"]),
        ("On this day in 1997, the siege ended.", None, dt.date(2024, 4, 22), ["1997-04-22"], ["published"]),
        # a month-day takes its year from the nearest earlier date
        ("After February 1979, they came on November 4 of that year.", None, None,
         ["1979-02", "1979-11-04"], ["absolute", "context"]),
        ("In 1980 it began; on May 3 of the following year it ended.", None, None,
         ["1980", "1981-05-03"], ["absolute", "context"]),
        ("On May 26, gunmen fired.", None, dt.date(2006, 5, 28), ["2006-05-26"], ["published"]),
        # a December date told in January is last year's
        ("On December 30, gunmen fired.", None, dt.date(2007, 1, 2), ["2006-12-30"], ["published"]),
        # relative dates: from the date they are told from
        ("On April 22, 1997 they were freed, seized four months earlier.", None, None,
         ["1997-04-22", "1996-12"], ["absolute", "relative"]),
        ("It began on March 3, 1990. Two days later it ended.", None, None,
         ["1990-03-03", "1990-03-05"], ["absolute", "relative"]),
        ("It began in 1990. The following year it ended.", None, None, ["1990", "1991"], ["absolute", "relative"]),
        ("Three years ago it ended.", None, dt.date(2020, 6, 1), ["2017"], ["published"]),
    ],
)  # fmt: skip
def test_anchoring(text: str, headline, published, expected: list[str], anchor: list[str]) -> None:
    found = _dates(text, headline=headline, published=published)
    assert [_value(m) for m in found] == expected
    assert [m.date.anchor for m in found] == anchor


def test_no_year_anywhere_gives_no_value_never_today() -> None:
    (mention,) = _dates("On May 26, gunmen fired.")
    assert mention.date.value is None
    assert mention.date.written.month == 5 and mention.date.written.day == 26


def test_relative_date_points_at_its_anchor() -> None:
    found = _dates("On April 22, 1997 they were freed, seized four months earlier.")
    relative = found[1].date
    assert relative.anchor_mention == 0
    assert relative.offset is not None and (relative.offset.amount, relative.offset.unit, relative.offset.direction) == (4, "month", -1)


def test_weekday_as_written_is_kept() -> None:
    (mention,) = _dates("It began on Sunday, November 4, 1979.")
    assert mention.date.weekday == 6
