from __future__ import annotations

import datetime as dt

import pytest

from dateline.errors import InvalidDate
from dateline.model import PartialDate, Precision, days_between


@pytest.mark.parametrize(
    ("text", "precision", "iso", "month_day", "earliest", "latest"),
    [
        ("1997", Precision.YEAR, "1997", None, dt.date(1997, 1, 1), dt.date(1997, 12, 31)),
        ("1997-04", Precision.MONTH, "1997-04", None, dt.date(1997, 4, 1), dt.date(1997, 4, 30)),
        ("1997-4", Precision.MONTH, "1997-04", None, dt.date(1997, 4, 1), dt.date(1997, 4, 30)),
        ("1996-02", Precision.MONTH, "1996-02", None, dt.date(1996, 2, 1), dt.date(1996, 2, 29)),
        ("1997-04-22", Precision.DAY, "1997-04-22", (4, 22), dt.date(1997, 4, 22), dt.date(1997, 4, 22)),
        ("2000-02-29", Precision.DAY, "2000-02-29", (2, 29), dt.date(2000, 2, 29), dt.date(2000, 2, 29)),
        (" 1881-03-13 ", Precision.DAY, "1881-03-13", (3, 13), dt.date(1881, 3, 13), dt.date(1881, 3, 13)),
        (1970, Precision.YEAR, "1970", None, dt.date(1970, 1, 1), dt.date(1970, 12, 31)),
    ],
)
def test_parse_partial_dates(text, precision, iso, month_day, earliest, latest) -> None:
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert date.iso() == iso
    assert date.month_day == month_day
    assert (date.earliest(), date.latest()) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1997-02-29", "February 1997 has no day 29"),
        ("1900-02-29", "February 1900 has no day 29"),
        ("1997-09-31", "September 1997 has no day 31"),
        ("1997-13", "month 13 does not exist"),
        ("1997-00-10", "month 0 does not exist"),
        ("1997-04-00", "has no day 0"),
        ("nineteen-seventy", "is not a date"),
        ("", "is not a date"),
        ("22/04/1997", "is not a date"),
    ],
)
def test_impossible_dates_are_refused(text: str, message: str) -> None:
    with pytest.raises(InvalidDate, match=message):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("date", "human"),
    [
        (PartialDate(1997, 4, 22), "April 22, 1997"),
        (PartialDate(1997, 4), "April 1997"),
        (PartialDate(1997), "1997"),
        (PartialDate(1997, 4, approximate=True), "c. April 1997"),
    ],
)
def test_human(date: PartialDate, human: str) -> None:
    assert date.human() == human


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        ("1996-12-17", "1997-04-22", 126),
        ("1979-11-04", "1981-01-20", 443),  # "444 days" is the inclusive count
        ("1996-12-17", "1997-04", None),  # not known to the day: no day count
        ("2000-02-28", "2000-03-01", 2),
    ],
)
def test_days_between(start: str, end: str, days: int | None) -> None:
    assert days_between(PartialDate.parse(start), PartialDate.parse(end)) == days


def test_unknown_day_never_becomes_the_first() -> None:
    date = PartialDate.parse("1997-04")
    assert date.day is None
    with pytest.raises(InvalidDate):
        date.to_date()
