"""Helpers for analysis tests: run the default pipeline (no store) on a text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.text import analyze
from dateline.text.types import Analysis

ANALYSIS_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "analysis"


@pytest.fixture
def run():
    def _run(text: str, **options) -> Analysis:
        return analyze(text, **options)

    return _run


@pytest.fixture
def siege_post() -> str:
    return (ANALYSIS_FIXTURES / "siege-post.txt").read_text(encoding="utf-8")
