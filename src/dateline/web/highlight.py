"""Findings over an article: cut the text into runs, each knowing which spans cover it.

The check page shows the article as written, with every finding's span marked; spans
may overlap or nest, so the text is cut at every span boundary and each run carries the
marks that cover it. Offsets are character offsets into the text as decoded (the check
contract), so the runs join back into exactly the input.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

SEVERITY_ORDER = {"error": 3, "warning": 2, "info": 1, "verified": 0}


@dataclass(frozen=True)
class Mark:
    number: int  # shown as a footnote; findings first, then verified claims
    verified: bool
    severity: str  # error, warning, info; "verified" for verified claims
    rule: str
    message: str
    start: int
    end: int


@dataclass(frozen=True)
class Run:
    text: str
    marks: tuple[Mark, ...]
    ends: tuple[Mark, ...]  # marks whose span ends with this run (footnote goes here)

    @property
    def strongest(self) -> Mark | None:
        """The mark whose colour the run takes: the most severe finding, else a verified claim."""
        if not self.marks:
            return None
        return max(self.marks, key=lambda m: (SEVERITY_ORDER.get(m.severity, 1), -m.number))


def marks_of(
    findings: Iterable[Mapping[str, Any]], verified: Iterable[Mapping[str, Any]]
) -> list[Mark]:
    marks: list[Mark] = []
    for is_verified, items in ((False, findings), (True, verified)):
        for item in items:
            marks.append(
                Mark(
                    number=len(marks) + 1,
                    verified=is_verified,
                    severity="verified" if is_verified else str(item.get("severity", "info")),
                    rule=str(item.get("rule", "")),
                    message=str(item.get("message", "")),
                    start=_offset(item.get("start")),
                    end=_offset(item.get("end")),
                )
            )
    return marks


def _offset(value: Any) -> int:
    return value if isinstance(value, int) and value >= 0 else -1


def runs(text: str, marks: Iterable[Mark]) -> list[Run]:
    """The text cut at every boundary of a usable span (inside the text, non-empty)."""
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    pieces: list[Run] = []
    for left, right in itertools.pairwise(cuts):
        covering = tuple(m for m in usable if m.start <= left and right <= m.end)
        ending = tuple(m for m in covering if m.end == right)
        pieces.append(Run(text[left:right], covering, ending))
    return pieces
