"""Who did a frame's incident: its group mentions, ranked by how the text attributes them.

A group that claimed the attack comes before one named as its author, which comes before
one merely mentioned; a group named as the target ("the office of the Socialist Party")
comes last.
"""

from __future__ import annotations

import re

from dateline.text.groups import resolve_generic
from dateline.text.types import Frame, GroupValue, Mention

_ATTRIBUTION = re.compile(
    r"\b(?:claimed|claim(?:ing)?\s+responsibility|responsib|suspected|suspect|blamed|attributed|"
    r"by|members?\s+of|militants?\s+(?:of|from)|fighters\s+of|guerrillas?\s+of|rebels?\s+of|"
    r"carried\s+out|believed|thought\s+to\s+be(?:\s+part\s+of)?|linked|identified\s+themselves)\b",
    re.I,
)
_CLAIMED_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:claimed|claiming|has\s+claimed|have\s+claimed|took\s+responsibility|accepted\s+responsibility)\b",
    re.I,
)
_CLAIMED_BEFORE = re.compile(r"\b(?:claimed\s+by|claim\s+(?:of\s+responsibility\s+)?(?:by|from))\s+(?:the\s+)?$", re.I)
_AUTHOR_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}(?:was\s+responsible|were\s+responsible|militants|guerrillas|rebels|gunmen|members|"
    r"fighters|insurgents|operatives|cadres|activists|(?:is|are|was|were)\s+(?:(?:also|widely|strongly)\s+)?"
    r"(?:believed|suspected|thought|blamed|behind))",
    re.I,
)
# The group is the target: "the office of the Socialist Party", "members of the Awakening Council".
_TARGET_BEFORE = re.compile(
    r"\b(?:office|offices|headquarters|home|house|vehicle|car|convoy|checkpoint|rally|leader|"
    r"official|officials|supporters|candidate|targeting|targeted|against)\s+"
    r"(?:of\s+)?(?:the\s+|a\s+)?(?:\w+\s+){0,2}$",
    re.I,
)


def _attribution(text: str, m: Mention) -> int:
    """0: claimed the attack; 1: named as its author; 2: merely mentioned; 3: its target."""
    before = text[max(0, m.start - 60) : m.start]
    after = text[m.end : m.end + 60]
    if _CLAIMED_AFTER.match(after) or _CLAIMED_BEFORE.search(before):
        return 0
    if _AUTHOR_AFTER.match(after):
        return 1
    if _TARGET_BEFORE.search(before[-40:]):
        return 3
    if _ATTRIBUTION.search(before):
        return 1
    return 2


def group_frame(frame: Frame, text: str, mentions: list[Mention]) -> None:
    # "Maoist rebels" name a group only in a country: resolved by the frame's country.
    values: dict[int, GroupValue] = {}
    for m in mentions:
        if m.group is None:
            continue
        value = resolve_generic(m.group, frame.country) if m.group.via == "generic" else m.group
        # "Islamic Jihad" in Lebanon is another group than in Gaza: the country decides.
        value = resolve_generic(GroupValue(None, m.text, "generic"), frame.country) or value
        if value is not None:
            values[m.index] = value
    groups = [m for m in mentions if m.index in values]
    if not groups:
        return

    ranked = sorted(groups, key=lambda m: (attribution(text, m), m.start))
    seen: dict[str, Mention] = {}
    for m in ranked:
        value = values[m.index]
        key = value.id or value.name.casefold()
        if key not in seen:
            seen[key] = m
    for m in seen.values():
        value = values[m.index]
        frame.perpetrators.append(value.name)
        frame.perpetrator_ids.append(value.id)
    frame.support["perpetrators"] = [m.index for m in seen.values()]


def perpetrator_elsewhere(frame: Frame, text: str, mentions: list[Mention]) -> None:
    """A group named as the doer in a sentence clustered into another frame: when the text
    names exactly one such group, the main incident is its (the text is about one attack)."""
    doers: dict[str, tuple[GroupValue, Mention]] = {}
    for m in mentions:
        if m.group is None:
            continue
        value = resolve_generic(m.group, frame.country) if m.group.via == "generic" else m.group
        if value is not None and attribution(text, m) <= 1:
            doers.setdefault(value.id or value.name.casefold(), (value, m))
    if len(doers) == 1:
        value, m = next(iter(doers.values()))
        frame.perpetrators.append(value.name)
        frame.perpetrator_ids.append(value.id)
        frame.support["perpetrators"] = [m.index]


def attribution(text: str, m: Mention) -> int:
    """0: claimed the attack; 1: named as its author; 2: merely mentioned; 3: its target."""
    before = text[max(0, m.start - 60) : m.start]
    after = text[m.end : m.end + 60]
    if _CLAIMED_AFTER.match(after) or _CLAIMED_BEFORE.search(before):
        return 0
    if _AUTHOR_AFTER.match(after):
        return 1
    if _TARGET_BEFORE.search(before[-40:]):
        return 3
    if _ATTRIBUTION.search(before):
        return 1
    return 2
