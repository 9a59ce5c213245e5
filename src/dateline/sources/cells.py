"""Reading one cell of a source row: numbers, counts, codes, flags and dates.

Every reader takes the row and the column name and returns the value, ``None`` when the
dataset says "unknown", or raises :class:`RowError` whose message completes the sentence
``<column> '<value>' …`` — ``iyear 'nineteen-seventy' is not a year``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from dateline.sources.base import FieldWarning, Row, RowError

T = TypeVar("T")

# GTD and RAND write an unknown count as -99 and an unknown yes/no as -9.
UNKNOWN_NUMBERS = frozenset({-99, -9})


def number(row: Row, column: str) -> float | None:
    """Any number (``6``, ``6.0``, ``-99``); None when blank."""
    raw = row.text(column)
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        pass
    try:
        value = float(raw)
    except ValueError:
        raise RowError(column, raw, "is not a number") from None
    if not math.isfinite(value):
        raise RowError(column, raw, "is not a number")
    return value


def integer(row: Row, column: str) -> int | None:
    value = number(row, column)
    if value is None:
        return None
    if value != int(value):
        raise RowError(column, row.text(column), "is not a whole number")
    return int(value)


def year(row: Row, column: str) -> int:
    raw = row.text(column)
    if not raw:
        raise RowError(column, None, "is empty; every incident needs at least its year")
    try:
        value = integer(row, column)
    except RowError:
        raise RowError(column, raw, "is not a year") from None
    if value == 0:
        raise RowError(column, raw, "means an unknown year; every incident needs at least its year")
    if value is None or not 1 <= value <= 9999:
        raise RowError(column, raw, "is not a year")
    return value


def month_or_unknown(row: Row, column: str) -> int | None:
    """1–12, or None for 0 / blank: an unknown month lowers the precision, never January."""
    raw = row.text(column)
    try:
        value = integer(row, column)
    except RowError:
        raise RowError(column, raw, "is not a month (1–12, or 0 when unknown)") from None
    if value is None or value == 0:
        return None
    if not 1 <= value <= 12:
        raise RowError(column, raw, "is not a month (1–12, or 0 when unknown)")
    return value


def day_or_unknown(row: Row, column: str) -> int | None:
    """1–31, or None for 0 / blank: an unknown day lowers the precision, never the 1st."""
    raw = row.text(column)
    try:
        value = integer(row, column)
    except RowError:
        raise RowError(column, raw, "is not a day (1–31, or 0 when unknown)") from None
    if value is None or value == 0:
        return None
    if not 1 <= value <= 31:
        raise RowError(column, raw, "is not a day (1–31, or 0 when unknown)")
    return value


def count(row: Row, column: str) -> int | None:
    """A head count: blank, -99 and -9 are unknown (None), never 0.

    GTD spreads a total over linked incidents, so fractions occur; they round to the
    nearest whole person.
    """
    value = number(row, column)
    if value is None or value in UNKNOWN_NUMBERS:
        return None
    if value < 0:
        raise RowError(column, row.text(column), "is not a count (negative)")
    return math.floor(value + 0.5)


def flag(row: Row, column: str) -> bool | None:
    """1/0 (or yes/no, true/false); -9 and blank are unknown."""
    raw = row.text(column)
    if not raw:
        return None
    lowered = raw.lower()
    if lowered in ("1", "1.0", "yes", "true", "y"):
        return True
    if lowered in ("0", "0.0", "no", "false", "n"):
        return False
    if lowered in ("-9", "-9.0", "-99"):
        return None
    raise RowError(column, raw, "is not a yes/no value (1, 0 or -9 for unknown)")


def code(row: Row, column: str, labels: Sequence[T], what: str) -> T | None:
    """The label of a 1-based numeric code (``attacktype1 3`` → ``bombing``)."""
    raw = row.text(column)
    try:
        value = integer(row, column)
    except RowError:
        raise RowError(column, raw, f"is not {what} code (1–{len(labels)})") from None
    if value is None or value in UNKNOWN_NUMBERS:
        return None
    if not 1 <= value <= len(labels):
        raise RowError(column, raw, f"is not {what} code (1–{len(labels)})")
    return labels[value - 1]


def coordinate(row: Row, column: str, limit: float) -> float | None:
    value = number(row, column)
    if value is None:
        return None
    if not -limit <= value <= limit:
        raise RowError(column, row.text(column), f"is not a coordinate (−{limit:g} to {limit:g})")
    return float(value)


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?$")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?: [\d:]+(?: ?[AP]M)?)?$", re.I)
_DMY_DATE = re.compile(r"^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$")
_WORDY_DATE = re.compile(r"^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4}|\d{2})$")
_MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (dt.date(2000, number, 1).strftime("%B").lower(), dt.date(2000, number, 1).strftime("%b").lower())
}


def _full_year(text: str) -> int:
    # Two-digit years in these datasets are 1968–2067 at the widest.
    value = int(text)
    if len(text) == 2:
        return value + (1900 if value >= 68 else 2000)
    return value


def date(row: Row, column: str) -> dt.date | None:
    """A full date as the datasets write it: ``2016-01-31``, ``1/31/2016`` (GTD, US order),
    ``31-01-2016`` or ``31 January 2016`` (ACLED). None when blank."""
    raw = row.text(column)
    if not raw:
        return None
    parts: tuple[int, int, int] | None = None
    if match := _ISO_DATE.match(raw):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif match := _US_DATE.match(raw):
        parts = (_full_year(match[3]), int(match[1]), int(match[2]))
    elif match := _DMY_DATE.match(raw):
        parts = (int(match[3]), int(match[2]), int(match[1]))
    elif (match := _WORDY_DATE.match(raw)) and match[2].lower() in _MONTHS:
        parts = (_full_year(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    if parts is None:
        raise RowError(column, raw, "is not a date (YYYY-MM-DD, M/D/YYYY or D Month YYYY)")
    try:
        return dt.date(*parts)
    except ValueError as exc:
        raise RowError(column, raw, f"is not a real date ({exc})") from None


def lenient(
    read: Callable[[Row, str], T], row: Row, column: str, warnings: list[FieldWarning]
) -> T | None:
    """Read a value that is not worth losing the row over: a bad one becomes a warning."""
    try:
        return read(row, column)
    except RowError as exc:
        warnings.append(FieldWarning(column, exc.value or "", f"{exc.reason}; left empty"))
        return None
