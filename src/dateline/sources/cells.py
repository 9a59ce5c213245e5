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
from typing import Generic, TypeVar

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


def _whole(row: Row, column: str, reason: str) -> tuple[str, int | None]:
    """(raw text, its whole-number value or None when blank); RowError(reason) otherwise."""
    raw = row.text(column)
    if not raw:
        return raw, None
    try:
        return raw, int(raw)
    except ValueError:
        pass
    try:
        return raw, integer(row, column)  # "1970.0", as spreadsheets export whole numbers
    except RowError:
        raise RowError(column, raw, reason) from None


def year(row: Row, column: str) -> int:
    raw, value = _whole(row, column, "is not a year")
    if value is None:
        raise RowError(column, None, "is empty; every incident needs at least its year")
    if value == 0:
        raise RowError(column, raw, "means an unknown year; every incident needs at least its year")
    if not 1 <= value <= 9999:
        raise RowError(column, raw, "is not a year")
    return value


def month_or_unknown(row: Row, column: str) -> int | None:
    """1–12, or None for 0 / blank: an unknown month lowers the precision, never January."""
    reason = "is not a month (1–12, or 0 when unknown)"
    raw, value = _whole(row, column, reason)
    if not value:
        return None
    if not 1 <= value <= 12:
        raise RowError(column, raw, reason)
    return value


def day_or_unknown(row: Row, column: str) -> int | None:
    """1–31, or None for 0 / blank: an unknown day lowers the precision, never the 1st."""
    reason = "is not a day (1–31, or 0 when unknown)"
    raw, value = _whole(row, column, reason)
    if not value:
        return None
    if not 1 <= value <= 31:
        raise RowError(column, raw, reason)
    return value


def count(row: Row, column: str) -> int | None:
    """A head count: blank, -99 and -9 are unknown (None), never 0.

    GTD spreads a total over linked incidents, so fractions occur; they round to the
    nearest whole person.
    """
    raw = row.text(column)
    if not raw:
        return None
    try:
        value: float = int(raw)
    except ValueError:
        value = number(row, column) or 0
    if value in UNKNOWN_NUMBERS:
        return None
    if value < 0:
        raise RowError(column, raw, "is not a count (negative)")
    return math.floor(value + 0.5)


_FLAGS = {
    "1": True, "1.0": True, "yes": True, "true": True, "y": True,
    "0": False, "0.0": False, "no": False, "false": False, "n": False,
    "-9": None, "-9.0": None, "-99": None,
}  # fmt: skip


def flag(row: Row, column: str) -> bool | None:
    """1/0 (or yes/no, true/false); -9 and blank are unknown."""
    raw = row.text(column)
    if not raw:
        return None
    try:
        return _FLAGS[raw.lower()]
    except KeyError:
        raise RowError(column, raw, "is not a yes/no value (1, 0 or -9 for unknown)") from None


class CodeTable(Generic[T]):
    """A dataset's numbered categories: code n (1-based) → ``labels[n - 1]``.

    >>> CodeTable(("assassination", "armed_assault"), "a GTD attack type").label("2")
    'armed_assault'
    """

    def __init__(self, labels: Sequence[T], what: str):
        self.labels = tuple(labels)
        self.what = what
        self._by_text = {str(n): label for n, label in enumerate(self.labels, 1)}

    def label(self, raw: str) -> T:
        return self._by_text[raw]

    def __call__(self, row: Row, column: str) -> T | None:
        """The label for the row's code; None when blank or -9/-99 (unknown)."""
        raw = row.text(column)
        if not raw:
            return None
        found = self._by_text.get(raw)
        if found is not None:
            return found
        reason = f"is not {self.what} code (1–{len(self.labels)})"
        try:
            value = integer(row, column)
        except RowError:
            raise RowError(column, raw, reason) from None
        if value is None or value in UNKNOWN_NUMBERS:
            return None
        if not 1 <= value <= len(self.labels):
            raise RowError(column, raw, reason)
        return self.labels[value - 1]


def coordinate(row: Row, column: str, limit: float) -> float | None:
    raw = row.text(column)
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise RowError(column, raw, "is not a number") from None
    if not -limit <= value <= limit:  # also false for NaN
        raise RowError(column, raw, f"is not a coordinate (−{limit:g} to {limit:g})")
    return value


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
