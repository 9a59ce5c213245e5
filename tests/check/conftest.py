"""Helpers for the fact-checker's tests: a checker on the fixture store, short posts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from dateline.check import Checker, Finding, Report
from dateline.store.store import Store

POSTS = Path(__file__).resolve().parents[1] / "fixtures" / "check" / "posts"
FLAWED = Path(__file__).resolve().parents[1] / "fixtures" / "check" / "flawed"
TODAY = dt.date(2024, 6, 1)  # what "today" is for checks without a publication date


@pytest.fixture
def checker(store: Store) -> Checker:
    """A checker on the fixture store (Lima siege, Tehran embassy, fictional records)."""
    return Checker(store, today=TODAY)


@pytest.fixture
def bare_checker() -> Checker:
    """A checker without a store: the text's own consistency only."""
    return Checker(None, today=TODAY)


def post(headline: str, *paragraphs: str, byline: bool = True) -> str:
    """A short on-this-day post: headline, paragraphs, and (by default) a byline and bio."""
    parts = [headline, *paragraphs]
    if byline:
        parts += ["By Jane Marlowe", "Jane Marlowe is a 30-year veteran of the foreign service "
                  "and the author of five books."]  # fmt: skip
    return "\n\n".join(parts) + "\n"


def of_rule(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def verified_of(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.verified if f.rule == rule]


def summary(findings: list[Finding]) -> list[tuple[str, str, str]]:
    """(rule, severity, text) of each finding, for comparing with a table."""
    return [(f.rule, f.severity, f.text) for f in findings]


def published_of(text: str) -> dt.date | None:
    """The headline's month-day in 2023: when the series would publish the post."""
    match = re.match(r"(\w+ \d{1,2}), \d{4}", text)
    if match is None:
        return None
    return dt.datetime.strptime(f"{match.group(1)} 2023", "%B %d %Y").date()
