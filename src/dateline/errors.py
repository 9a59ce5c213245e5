"""Dateline's one exception tree.

    DatelineError                 base of everything Dateline raises on purpose
    ├── InvalidInput              the user gave something unusable (bad MM-DD, bad option)
    │   └── InvalidDate           a date string that is not a real (partial) date
    ├── NotFound                  an id that is not in the store
    ├── StoreError                the database cannot be opened or is not Dateline's
    ├── DataError                 records that fail validation; carries every problem
    ├── SourceFileError           an import file that cannot be used at all (exit 2)
    └── FeatureUnavailable        a part of Dateline that is not installed or not built yet

The CLI turns each of these into a one-line ``Error: …`` message and exit status 2.
Third-party errors are re-raised as one of these with ``raise … from exc``.
"""

from __future__ import annotations

from dataclasses import dataclass


class DatelineError(Exception):
    """Base class for every error Dateline raises deliberately."""


class InvalidInput(DatelineError):
    """Input from the user that cannot be used; the message says how to fix it."""


class InvalidDate(InvalidInput):
    """A date that does not exist or cannot be parsed."""


class NotFound(DatelineError):
    """A requested record does not exist."""


class StoreError(DatelineError):
    """The database cannot be opened, created or migrated."""


@dataclass(frozen=True)
class Problem:
    """One validation problem, located in its source file."""

    where: str  # "file:line" or "line 102"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class DataError(DatelineError):
    """One or more records failed validation."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{len(problems)} problem(s) in the data:\n{shown}{more}")


class SourceFileError(DatelineError):
    """An import file that is unusable as a whole (wrong format, missing columns)."""


class FeatureUnavailable(DatelineError):
    """A component the request needs is missing (the web API answers 503)."""
