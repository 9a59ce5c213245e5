"""Reading single values: every reason completes ``<column> '<value>' …``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from dateline.sources import cells
from dateline.sources.base import Row, RowError


def one(value: str, column: str = "x") -> Row:
    return Row(7, [value], {column: 0})


@pytest.mark.parametrize(
    ("read", "raw", "expected"),
    [
        (cells.count, "", None),
        (cells.count, "-99", None),
        (cells.count, "-9", None),
        (cells.count, "N/A", None),
        (cells.count, "0", 0),
        (cells.count, "12", 12),
        (cells.count, "4.0", 4),
        (cells.count, "2.5", 3),
        (cells.count, " 7 ", 7),
        (cells.year, "1970", 1970),
        (cells.year, "1970.0", 1970),
        (cells.month_or_unknown, "0", None),
        (cells.month_or_unknown, "12", 12),
        (cells.day_or_unknown, "0", None),
        (cells.day_or_unknown, "", None),
        (cells.day_or_unknown, "31", 31),
        (cells.flag, "1", True),
        (cells.flag, "0", False),
        (cells.flag, "-9", None),
        (cells.flag, "Yes", True),
        (cells.date, "1997-04-22", dt.date(1997, 4, 22)),
        (cells.date, "1997-04-22 00:00:00", dt.date(1997, 4, 22)),
        (cells.date, "4/22/1997", dt.date(1997, 4, 22)),  # GTD: month first
        (cells.date, "22-04-1997", dt.date(1997, 4, 22)),  # ACLED: day first
        (cells.date, "22 April 1997", dt.date(1997, 4, 22)),
        (cells.date, "22-Apr-97", dt.date(1997, 4, 22)),
        (cells.date, "", None),
    ],
)
def test_values(read: Callable[[Row, str], Any], raw: str, expected: Any) -> None:
    assert read(one(raw), "x") == expected


@pytest.mark.parametrize(
    ("read", "column", "raw", "message"),
    [
        (cells.year, "iyear", "nineteen-seventy", "iyear 'nineteen-seventy' is not a year"),
        (cells.year, "iyear", "0", "iyear '0' means an unknown year; every incident needs at least its year"),
        (cells.year, "iyear", "", "iyear is empty; every incident needs at least its year"),
        (cells.month_or_unknown, "imonth", "13", "imonth '13' is not a month (1–12, or 0 when unknown)"),
        (cells.day_or_unknown, "iday", "x", "iday 'x' is not a day (1–31, or 0 when unknown)"),
        (cells.count, "nkill", "many", "nkill 'many' is not a number"),
        (cells.count, "nkill", "-3", "nkill '-3' is not a count (negative)"),
        (cells.flag, "extended", "maybe", "extended 'maybe' is not a yes/no value (1, 0 or -9 for unknown)"),
        (cells.date, "resolution", "1997-02-30", "resolution '1997-02-30' is not a real date (day is out of range for month)"),
        (cells.date, "resolution", "soon", "resolution 'soon' is not a date (YYYY-MM-DD, M/D/YYYY or D Month YYYY)"),
    ],
)
def test_reasons(read: Callable[[Row, str], Any], column: str, raw: str, message: str) -> None:
    with pytest.raises(RowError) as caught:
        read(one(raw, column), column)
    assert str(caught.value.at(102)) == f"line 102: {message}"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("3", "bombing"), ("3.0", "bombing"), ("", None), ("-9", None)],
)
def test_code_table(raw: str, expected: str | None) -> None:
    table = cells.CodeTable(("assassination", "armed_assault", "bombing"), "an attack type")
    assert table(one(raw), "x") == expected


def test_code_table_refuses_codes_out_of_range() -> None:
    table = cells.CodeTable(("assassination", "armed_assault"), "an attack type")
    with pytest.raises(RowError, match=r"is not an attack type code \(1–2\)"):
        table(one("12", "attacktype1"), "attacktype1")


@pytest.mark.parametrize(("raw", "expected"), [("12.5", 12.5), ("-90", -90.0), ("", None)])
def test_coordinates(raw: str, expected: float | None) -> None:
    assert cells.coordinate(one(raw), "x", 90) == expected


@pytest.mark.parametrize("raw", ["90.5", "nan", "north"])
def test_impossible_coordinates(raw: str) -> None:
    with pytest.raises(RowError):
        cells.coordinate(one(raw, "latitude"), "latitude", 90)
