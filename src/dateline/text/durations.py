"""Durations: "126 days", "a 4-month siege", "four months", "more than 444 days".

A span already taken by a date ("four months earlier" is a relative date) is left alone;
ages ("a 23-year-old", "40 years old") are not durations.
"""

from __future__ import annotations

import re

from dateline.text.numbers import NUMBER, parse_number
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, Bound, DurationValue, Mention

COMPONENT = "dateline.durations.v1"

_BOUNDS: dict[str, Bound] = {
    "more than": "at_least", "over": "at_least", "at least": "at_least", "just over": "at_least",
    "nearly": "at_most", "almost": "at_most", "less than": "at_most", "under": "at_most",
    "up to": "at_most", "just under": "at_most", "about": "about", "around": "about",
    "some": "about", "roughly": "about", "approximately": "about", "an estimated": "about",
}  # fmt: skip
_QUALIFIER = "|".join(sorted((re.escape(k) for k in _BOUNDS), key=len, reverse=True))
_UNITS = "minute|hour|day|week|month|year|decade"
_DURATION = re.compile(
    rf"(?:\b(?P<q>{_QUALIFIER})\s+)?(?P<n>\b(?:{NUMBER}))(?P<sep>-|\s+)"
    rf"(?P<u>{_UNITS})s?\b"
    r"(?P<age>-old|\s+old\b|\s+of\s+age\b)?"
    r"(?P<inclusive>\s*\(?\s*(?:inclusive|counting both (?:the first and the last|ends|days))\)?)?",
    re.IGNORECASE,
)


# Most texts name no unit of time at all: one cheap scan for the unit first spares them
# the full pattern, which tries every number word at every position.
_UNIT = re.compile(rf"\b(?:{_UNITS})", re.IGNORECASE)


class DurationFinder:
    """``dateline.durations.v1``: duration mentions with amount, unit and bound."""

    name = COMPONENT
    assigns = ("mentions[kind=duration]",)

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.document.text
        if not _UNIT.search(text):
            return analysis
        taken = bytearray(len(text))
        for mention in analysis.mentions:
            if mention.kind in ("date", "date_range"):
                taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        for match in _DURATION.finditer(text):
            if match.group("age"):
                continue
            start, end = match.span()
            if match.group("inclusive"):
                end = match.end("u") + (1 if text[match.end("u") : match.end("u") + 1] == "s" else 0)
            if any(taken[match.start("n") : match.end("u")]):
                continue
            amount = parse_number(match.group("n"))
            if amount is None or amount == 0:
                continue
            qualifier = (match.group("q") or "").lower()
            unit = match.group("u").lower()
            value = DurationValue(
                amount=amount,
                unit=unit,  # type: ignore[arg-type]
                bound=_BOUNDS.get(qualifier, "exact"),
                attributive=match.group("sep") == "-",
                inclusive=True if match.group("inclusive") else None,
            )
            analysis.mentions.append(
                Mention("duration", start, end, text[start:end], COMPONENT, duration=value)
            )
        return analysis


def make_durations() -> DurationFinder:
    return DurationFinder()


def register() -> None:
    register_factory(COMPONENT, make_durations, assigns=DurationFinder.assigns)
