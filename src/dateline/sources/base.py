"""The importer interface: a source row in, a domain record (or a located reason) out.

An importer knows one dataset's columns and codes; it never touches the store. It turns
each :class:`Row` into a :class:`SourceRecord` — the incident, its perpetrator names
resolved by the :class:`GroupResolver` it is handed (the store's alias table, in an
import) — or raises :class:`RowError` naming the column, the value and what is wrong with
it, or :class:`RowExcluded` for a valid row outside Dateline's scope (an ACLED protest).
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from dateline.model import Incident, Perpetrator

# How source files write "no value": blank (GTD, UCDP), "N/A" (spreadsheet compilations),
# "NA" (R exports), "NULL" (SQL dumps).
MISSING = frozenset({"", "N/A", "NA", "NULL", "n/a", "null"})


@dataclass(frozen=True)
class RowProblem:
    """A row that was skipped (or a value that was dropped), located in the file."""

    line: int
    reason: str
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        if self.column is None:
            return f"line {self.line}: {self.reason}"
        if self.value is None:
            return f"line {self.line}: {self.column} {self.reason}"
        return f"line {self.line}: {self.column} '{_shorten(self.value)}' {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "value": self.value,
                "reason": self.reason, "message": str(self)}


def _shorten(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


class RowError(Exception):
    """The row cannot be imported: ``column`` holds ``value``, which ``reason``."""

    def __init__(self, column: str | None, value: str | None, reason: str):
        super().__init__(reason)
        self.column = column
        self.value = value
        self.reason = reason

    def at(self, line: int) -> RowProblem:
        return RowProblem(line, self.reason, self.column, self.value)


class RowExcluded(Exception):
    """A valid row that Dateline does not import (the reason is counted in the report)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FieldWarning:
    """A value dropped or changed while the row itself was imported."""

    column: str
    value: str
    reason: str

    def at(self, line: int) -> RowProblem:
        return RowProblem(line, self.reason, self.column, self.value)


@dataclass(frozen=True)
class SourceRecord:
    """An incident from a source row, with what had to be dropped from it."""

    incident: Incident
    warnings: tuple[FieldWarning, ...] = ()


class GroupResolver(Protocol):
    """Perpetrator names as a dataset writes them → groups (the store's alias table)."""

    def resolve(self, names: Iterable[str]) -> tuple[Perpetrator, ...]: ...


class Row:
    """One data row: values by column name, blanks and ``N/A`` read as missing."""

    __slots__ = ("_index", "line", "values")

    def __init__(self, line: int, values: Sequence[str], index: Mapping[str, int]):
        self.line = line
        self.values = values
        self._index = index

    def text(self, column: str) -> str:
        """The stripped value, or ``""`` when the column is absent or the value missing."""
        position = self._index.get(column)
        if position is None:
            return ""
        value = self.values[position].strip()
        return "" if value in MISSING else value


class Importer(abc.ABC):
    """One dataset's reader. Subclasses set the class attributes and implement ``map_row``."""

    dataset: ClassVar[str]  # "gtd": the incident ids' prefix and the records' origin
    title: ClassVar[str]  # "Global Terrorism Database (START)"
    required_columns: ClassVar[tuple[str, ...]]
    id_column: ClassVar[str] = "id"  # the column holding the dataset's own record id
    # Other spellings of our column names found in real exports: {"year": "iyear"}.
    column_aliases: ClassVar[Mapping[str, str]] = {}

    def column_index(self, header: Iterable[str]) -> dict[str, int]:
        """Column name (lower-cased, aliases resolved) → position; the first one wins."""
        index: dict[str, int] = {}
        for position, raw in enumerate(header):
            name = raw.strip().lstrip("\ufeff").lower()
            index.setdefault(self.column_aliases.get(name, name), position)
        return index

    def missing_columns(self, index: Mapping[str, int]) -> list[str]:
        return [column for column in self.required_columns if column not in index]

    def bind(self, index: Mapping[str, int]) -> None:  # noqa: B027 - optional hook
        """Called once with the file's columns before its rows (to look positions up once)."""

    @abc.abstractmethod
    def map_row(self, row: Row, groups: GroupResolver) -> SourceRecord:
        """The record for one row; raises RowError or RowExcluded."""

    def incident_id(self, source_id: str) -> str:
        return f"{self.dataset}:{source_id}"
