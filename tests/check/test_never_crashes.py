"""Whatever the text, the checker answers, and every span points into it."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.check import Checker

PIECES = st.sampled_from(
    [
        "April 31, 1997 | ",
        "On this day in 2997, ",
        "On this day in 1997, ",
        "February 29",
        "Tuesday, ",
        "for 444 days",
        "a 4-month siege",
        "killing 14 people",
        "hundreds of hostages",
        "the MRTA",
        "LIMA, PERU — ",
        "in 1979-1981",
        "the 1990s",
        "will be released in 2030",
        "\n\n",
        ". ",
        ", ",
        "By Jane Doe\n\n",
        "a 32-year veteran",
        "September 31, 1996",
        "44 American citizens",
        "—",
        "(",
        ")",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=30).map("".join)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=TEXTS, published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))
)
def test_never_crashes_and_spans_are_the_texts(
    bare_checker: Checker, text: str, published: dt.date | None
) -> None:
    report = bare_checker(text, published=published)
    for finding in report.findings + report.verified:
        assert 0 <= finding.start <= finding.end <= len(report.text)
        assert report.text[finding.start : finding.end] == finding.text
        assert finding.severity in ("error", "warning", "info")
