"""duplicate-passage: exact and near copies of sentences and paragraphs; the later is marked."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.check import Checker
from dateline.check import duplicates as dup
from dateline.check.context import CheckContext
from tests.check.conftest import of_rule, post

PUBLISHED = dt.date(2023, 4, 22)
HEADLINE = "April 22, 1997 | Siege Ends in Lima"
LEDE = "On this day in 1997, Peruvian commandos stormed the Japanese ambassador's residence in Lima and freed 71 hostages."
STORY = (
    "LIMA, PERU — The Túpac Amaru Revolutionary Movement had seized the residence during a reception "
    "four months earlier. The rebels demanded the release of hundreds of imprisoned comrades. "
    "President Alberto Fujimori refused to negotiate on that point."
)
BACKGROUND = (
    "The group was founded in the early 1980s and modelled itself on Latin American guerrilla movements. "
    "It never matched the size or the brutality of its rival, the Shining Path."
)


@pytest.mark.parametrize(
    ("paragraphs", "copied", "message_part"),
    [
        # a sentence pasted again
        (
            [
                LEDE,
                STORY,
                BACKGROUND,
                "The rebels demanded the release of hundreds of imprisoned comrades.",
            ],
            "The rebels demanded the release of hundreds of imprisoned comrades.",
            "repeats, word for word",
        ),
        # with a changed year (the seed's flaw), and with a changed number
        (
            [LEDE, STORY, LEDE.replace("1997", "2097").replace("On this day in", "In")],
            None,
            "nearly repeats",
        ),
        (
            [
                LEDE,
                STORY,
                BACKGROUND,
                LEDE.replace("71 hostages", "72 hostages").replace("On this day in 1997, ", ""),
            ],
            None,
            "71 → 72",
        ),
        # a whole paragraph
        ([LEDE, STORY, BACKGROUND, STORY], STORY, "this paragraph repeats"),
        # a clause reworded at the end of the post
        (
            [
                LEDE,
                "Four months as a captive in a diplomat's house must be a terrible ordeal: can you imagine it?",
                STORY,
                "Four months as a captive in a diplomat's house must be a dreadful ordeal.",
            ],
            "Four months as a captive in a diplomat's house must be a dreadful ordeal.",
            "nearly repeats",
        ),
    ],
)
def test_copies_are_found(
    bare_checker: Checker, paragraphs: list[str], copied: str | None, message_part: str
) -> None:
    text = post(HEADLINE, *paragraphs)
    report = bare_checker(text, published=PUBLISHED)
    [finding] = of_rule(report, "duplicate-passage")
    assert finding.severity == "warning"
    assert message_part in finding.message
    if copied is not None:
        assert finding.text == copied
        assert finding.start == text.rindex(copied)  # the span is the later copy
    assert "earlier copy at" in finding.evidence


@pytest.mark.parametrize(
    "paragraphs",
    [
        [LEDE, STORY, BACKGROUND],
        # the series' formula twice is not a copy
        [
            LEDE,
            STORY,
            "On this day in 1997 the army also stormed a rebel camp in the jungle near Tarapoto.",
        ],
        # short repeated lines are not compared
        [LEDE, "Leave a reply.", STORY, "Leave a reply."],
        # similar openings, different content
        [
            LEDE,
            "The rebels demanded the release of their leader, Víctor Polay.",
            "The rebels demanded an end to the government's economic programme.",
        ],
    ],
)
def test_no_false_copies(bare_checker: Checker, paragraphs: list[str]) -> None:
    report = bare_checker(post(HEADLINE, *paragraphs), published=PUBLISHED)
    assert of_rule(report, "duplicate-passage") == []


def test_the_evidence_quotes_the_earlier_copy(bare_checker: Checker) -> None:
    text = post(HEADLINE, LEDE, STORY, BACKGROUND, STORY)
    [finding] = of_rule(bare_checker(text, published=PUBLISHED), "duplicate-passage")
    first = text.index(STORY)
    assert f"earlier copy at {first}–{first + len(STORY)}" in finding.evidence
    assert finding.start == text.rindex(STORY)


def test_a_long_text_is_compared_in_about_linear_work(
    bare_checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """100 KB of near-identical sentences: candidate alignments stay bounded per sentence."""
    calls = 0
    similar = dup._similar

    def counting(a: dup.Unit, b: dup.Unit) -> float | None:
        nonlocal calls
        calls += 1
        return similar(a, b)

    monkeypatch.setattr(dup, "_similar", counting)
    sentences = [
        f"Report {n} says the patrol on road {n % 7} met no resistance that day."
        for n in range(1600)
    ]
    text = "March 1, 2001 | Patrols\n\n" + " ".join(sentences) + "\n"
    assert len(text) > 100_000
    context = CheckContext(bare_checker.analyze(text), bare_checker.facts, dt.date(2024, 1, 1))
    found = dup.copies(context)
    assert calls <= dup.CANDIDATES * len(dup.units(context))
    assert len(found) >= 1500  # every later sentence copies an earlier one, numbers masked
