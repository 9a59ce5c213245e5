"""count-conflict: one quantity given twice, differently, for the same thing.

Two counts conflict when they belong to the same incident frame, count the same people
(same noun) in the same role (killed, hostages, …), are both exact, differ, and neither
is told as a change, a part or a total ("the toll rose to 12", "including three
children"). Counts in near-duplicate sentences are left to duplicate-passage, which
names the changed number.

The helpers here — a count's role when the analysis left it open, the phase of a
hostage count, the range a vague count stands for — are shared with record-conflict.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Literal

from dateline.check.context import CheckContext
from dateline.check.duplicates import near_duplicate_sentences
from dateline.check.registry import register_rule
from dateline.check.report import Finding
from dateline.check.wording import (
    CHANGE,
    HOSTAGE_NOUNS,
    HOSTAGE_WORDS,
    HOSTAGES_TAKEN,
    HOSTAGES_TO_END,
)
from dateline.text.numbers import NUMBER
from dateline.text.types import Mention

COUNT_CONFLICT = "count-conflict"

Phase = Literal["taken", "to_end", "unknown"]

# What a vague word stands for, (low, high): "hundreds of hostages" is 200–999.
_VAGUE_RANGES: dict[str, tuple[int, int]] = {
    "dozens": (24, 199), "scores": (40, 199), "hundreds": (200, 999),
    "thousands": (2000, 9999), "tens": (20, 99), "several": (3, 9), "many": (5, 999),
    "numerous": (5, 999), "a few": (2, 5), "few": (2, 5), "some": (2, 99),
    "dozen": (12, 12), "a dozen": (12, 12),
}  # fmt: skip


# Words that make a count a part of a toll: a place ("there", "at the station alone"), a
# moment ("at the scene", "initially"), an addition ("eight more"), a subset.
_PARTIAL = re.compile(
    r"(?i)\b(?:there|alone|at\s+the\s+scene|on\s+the\s+spot|on\s+board|on\s+the\s+ground|"
    r"initially|at\s+first|immediately|instantly|more(?!\s+than)|another|further|additional|"
    r"later|subsequently|including|among|of\s+(?:them|whom|these|those)|each|per|both)\b"
)
_NAMES_PEOPLE = re.compile(r"(?i)\b(?:people|persons?|victims?|dead|wounded|injured|lives)\b")
_FIGURE = re.compile(rf"(?i)\b(?:{NUMBER}|dozens|hundreds|thousands|scores|several|tens)\b")
# "five of the eight gunmen": the count after "of" is the whole a part is taken from.
_PARTITIVE = re.compile(
    rf"(?i)\b(?:{NUMBER}|some|most|many|several|none|each|both|all\s+but\s+\w+)\s+(?:of|out\s+of)\s+"
    r"(?:the|their|its|his|her)?\s*$"
)


def has_figure(mention: Mention) -> bool:
    """Does the count's text hold a number ("14", "fourteen", "hundreds", "a dozen")?

    "was executed" read as one victim is no figure the text gave.
    """
    return _FIGURE.search(mention.text) is not None


def is_partial(ctx: CheckContext, mention: Mention) -> bool:
    """Is the count a part of a toll or a group rather than the whole of it?

    "213 people died there", "at the station alone, two gunmen killed 58", "eight more",
    "a second police officer", "five of the eight gunmen" (both figures).
    """
    count = mention.count
    assert count is not None
    if count.counts == "people" and not _NAMES_PEOPLE.search(mention.text):
        return True  # "five of the eight gunmen": the noun is not the count's own
    if mention.text.lower().startswith(("a ", "an ")):
        return True  # "a twelfth victim", "a second police officer"
    if _PARTITIVE.search(ctx.text[max(0, mention.start - 40) : mention.start]):
        return True  # "of the eight gunmen": the whole that a part is taken from
    start, end = ctx.clause_span(mention.start)
    return _PARTIAL.search(ctx.text[start:end]) is not None


def role_of(ctx: CheckContext, mention: Mention) -> str | None:
    """The count's role; a person count in a sentence about being held is of hostages."""
    count = mention.count
    if count is None:
        return None
    if count.role not in (None, "other"):
        return count.role
    sentence = ctx.text[slice(*ctx.sentence_of(mention))]
    if count.counts in HOSTAGE_NOUNS and HOSTAGE_WORDS.search(sentence):
        return "hostages"
    return count.role


def hostage_phase(ctx: CheckContext, mention: Mention) -> Phase:
    """Is a hostage count told at the taking, or of those held to the end?"""
    start, end = ctx.sentence_of(mention)
    sentence = ctx.text[start:end]
    to_end = HOSTAGES_TO_END.search(sentence) is not None
    taken = HOSTAGES_TAKEN.search(sentence) is not None
    if to_end and not taken:
        return "to_end"
    if taken and not to_end:
        return "taken"
    return "unknown"


def count_range(ctx: CheckContext, mention: Mention) -> tuple[int, int]:
    """The figures a count allows: (14, 14) for "14", (200, 999) for "hundreds"."""
    count = mention.count
    assert count is not None
    word = re.sub(r"\s+of$", "", mention.text.split(" of ")[0].strip().lower())
    for vague, bounds in _VAGUE_RANGES.items():
        if word == vague or word.startswith(vague + " "):
            return bounds
    high = count.high if count.high is not None else count.value
    if count.bound == "at_least":
        return count.value, max(high, count.value * 3)
    if count.bound == "at_most":
        return max(1, count.value // 2), high
    if count.bound == "about":
        return max(1, int(count.value * 0.7)), max(high, int(count.value * 1.3) + 1)
    return count.value, high


class CountConflict:
    """The same quantity given twice, differently, for the same incident."""

    id = COUNT_CONFLICT
    severity = "warning"

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        duplicates = near_duplicate_sentences(ctx)
        groups: dict[tuple[int, str], list[Mention]] = {}
        unassigned: dict[int, list[Mention]] = {}  # counts whose role the text leaves open
        for m in ctx.mentions:
            if (
                m.count is None
                or m.frame is None
                or ctx.in_bio(m.start)
                or ctx.in_headline(m.start)
            ):
                continue
            role = role_of(ctx, m)
            if role not in (None, "other"):
                groups.setdefault((m.frame, str(role)), []).append(m)
            else:
                unassigned.setdefault(m.frame, []).append(m)
        flagged: set[int] = set()
        for (frame, role), mentions in groups.items():
            # "killed 100 people in the north wing and 68 in the south": the second count
            # shares the verb, so it may be a part of the toll too.
            parts = _summands(mentions + unassigned.get(frame, []))
            totals = [
                m for m in mentions
                if m.index not in parts and m.count is not None and m.count.bound == "exact"
                and not m.count.all_of and has_figure(m) and not is_partial(ctx, m)
            ]  # fmt: skip
            for first, second in itertools.combinations(totals, 2):
                assert first.count is not None and second.count is not None
                if second.index in flagged or first.sentence == second.sentence:
                    continue
                if (
                    first.count.value == second.count.value
                    or first.count.counts != second.count.counts
                ):
                    continue
                if frozenset((first.sentence, second.sentence)) in duplicates:
                    continue
                if role == "hostages" and hostage_phase(ctx, first) != hostage_phase(ctx, second):
                    continue
                if not _same_places(ctx, first, second):
                    continue
                if self._told_as_change(ctx, first) or self._told_as_change(ctx, second):
                    continue
                flagged.add(second.index)
                yield ctx.finding(
                    self.id, "warning", second.start, second.end,
                    f"{second.text!r} ({role}) differs from {first.text!r} earlier for the same incident",
                    f"earlier count at {first.start}–{first.end}: {first.text!r} "
                    f"in {ctx.text[slice(*ctx.sentence_of(first))]!r}",
                )  # fmt: skip

    @staticmethod
    def _told_as_change(ctx: CheckContext, mention: Mention) -> bool:
        """ "The toll rose to 12", "ten other members", "a bomb also exploded … killing six"."""
        start, _ = ctx.clause_span(mention.start)
        return CHANGE.search(ctx.text[start : mention.end]) is not None


def _summands(mentions: list[Mention]) -> set[int]:
    """Indexes of counts that add up to another count of the list (8 + 69 = 77)."""
    values = [(m.index, m.count.value) for m in mentions if m.count is not None]
    parts: set[int] = set()
    for index, total in values:
        others = [(i, v) for i, v in values if i != index and v < total]
        for size in (2, 3):
            for combo in itertools.combinations(others, size):
                if sum(v for _, v in combo) == total:
                    parts.update(i for i, _ in combo)
                    break
            if len(values) > 12:
                break
    return parts


def _same_places(ctx: CheckContext, first: Mention, second: Mention) -> bool:
    """Neither sentence names a place the other does not: not two sites of one attack."""

    def places(mention: Mention) -> set[str]:
        start, end = ctx.sentence_of(mention)
        return {
            m.place.city or m.place.country or m.place.name for m in ctx.mentions
            if m.place is not None and start <= m.start < end and m.place.via != "demonym"
        }  # fmt: skip

    a, b = places(first), places(second)
    return not a or not b or a == b


def register() -> None:
    register_rule(
        "count-conflict.v1", CountConflict,
        description="One quantity given twice, differently, for the same thing.",
        severity="warning",
    )  # fmt: skip
