"""Cutting an article into runs under possibly overlapping finding spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.web.highlight import marks_of, runs


def _finding(start: int, end: int, severity: str = "error", rule: str = "r") -> dict:
    return {"rule": rule, "severity": severity, "start": start, "end": end, "text": "", "message": "m"}


@pytest.mark.parametrize(
    ("text", "findings", "verified", "expected"),
    [
        ("abc", [], [], [("abc", None)]),
        ("in 2997 it", [_finding(3, 7)], [], [("in ", None), ("2997", "error"), (" it", None)]),
        ("abcdef", [_finding(0, 4, "warning")], [_finding(2, 6)], [("ab", "warning"), ("cd", "warning"), ("ef", "verified")]),
        ("abcdef", [_finding(0, 6, "info"), _finding(2, 3, "error")], [], [("ab", "info"), ("c", "error"), ("def", "info")]),
        ("abc", [_finding(2, 9), _finding(-1, 2), _finding(2, 2)], [], [("abc", None)]),
    ],
)
def test_runs(text: str, findings: list, verified: list, expected: list) -> None:
    pieces = runs(text, marks_of(findings, verified))
    assert [(p.text, p.strongest.severity if p.strongest else None) for p in pieces] == expected


def test_footnote_goes_after_the_last_run_of_a_span() -> None:
    pieces = runs("abcdef", marks_of([_finding(0, 4)], [_finding(2, 6)]))
    assert [[m.number for m in p.ends] for p in pieces] == [[], [1], [2]]


@given(
    st.text(max_size=60),
    st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70), st.sampled_from(["error", "warning", "info"])), max_size=8),
)
def test_runs_join_back_into_the_text(text: str, spans: list[tuple[int, int, str]]) -> None:
    pieces = runs(text, marks_of([_finding(a, b, s) for a, b, s in spans], []))
    assert "".join(p.text for p in pieces) == text
    assert all(p.text for p in pieces) or text == ""
