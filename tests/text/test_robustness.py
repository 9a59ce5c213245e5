"""Any text: no crash, spans always inside the text, linear time on adversarial input."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.text import analyze

_WORDS = st.sampled_from(
    ["On", "this", "day", "in", "1997", "May", "may", "March", "4", "of", "that", "year", "killing",
     "two", "and", "wounding", "(", ")", "MRTA", "Lima", "PERU", "—", "\n", "hundreds", "of",
     "hostages", "February", "30,", "four", "months", "earlier", "126", "days", "9-18,", "—",
     "LIMA,", "President", "Fujimori", "all", "259", "passengers", ".", ",", "|", "’s"]
)  # fmt: skip


def _check(text: str) -> None:
    analysis = analyze(text)
    body = analysis.document.text
    for mention in analysis.mentions:
        assert 0 <= mention.start <= mention.end <= len(body)
        assert body[mention.start : mention.end] == mention.text
    analysis.to_dict()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_never_crashes(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=80).map(" ".join))
def test_article_like_word_salad_never_crashes(text: str) -> None:
    _check(text)


ADVERSARIAL = {
    "digits": "1" * 100_000,
    "on on on": "on " * 33_000,
    "parentheses": "(" * 50_000 + ")" * 50_000,
    "no spaces": "abcDEF" * 17_000,
    "capitals": "Lima Peru " * 10_000,
    "dates": "May 5, 1997 - " * 7_000,
    "numbers": "killing two and wounding five, " * 3_300,
    "month words": "May March may march " * 5_000,
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_100_kb_adversarial_input_finishes(name: str) -> None:
    text = ADVERSARIAL[name]
    analyze("warm up")  # the gazetteer is built once per process; not part of the time
    started = time.perf_counter()
    _check(text)
    # Linear time is measured in benchmarks; here only that it finishes at all, generously.
    assert time.perf_counter() - started < 60
