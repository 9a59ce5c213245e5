"""How many a frame's incident killed, injured and held: counts summed per sentence.

The same victims are often told twice ("killing two…", "the two victims…"), so counts are
summed within a sentence and the largest sentence wins, plus "another N" told later.
Totals over several attacks or a period ("in the attacks", "so far this year") are not
this incident's.
"""

from __future__ import annotations

import re
from collections import defaultdict

from dateline.text.types import Frame, Mention

# "Two of his bodyguards were also killed": victims added to those told before.
_ALSO_AFTER = re.compile(r"\s*(?:were|was|had\s+been)?\s*(?:also|as\s+well)\s+(?:killed|wounded|injured|died|shot\s+dead|slain)\b", re.I)
_ANOTHER = re.compile(r"\b(?:another|other|more|additional|further)\s+$", re.I)
# Totals over several attacks or a period are not this incident's: "killed in the attacks",
# "so far this year", "since January".
_TOTAL_OF_OTHERS = re.compile(
    r"\b(?:in|during|by|from)\s+(?:the|these|those|both|separate)\s+(?:\w+\s+){0,2}(?:attacks|bombings|blasts|explosions|incidents|ambushes)\b|"
    # what the group says it did: "claimed three policemen killed", "according to the group"
    r"\bclaimed\s+(?:to\s+have\s+killed\s+|(?:[\w-]+\s+){1,3}(?:were\s+)?(?:killed|dead|wounded|injured)\b)|"
    r"\baccording\s+to\s+(?:the|a)\s+(?:group|statement|claim|militants|insurgents)\b|"
    r"\bso\s+far\s+this\s+year\b|\bsince\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+beginning|the\s+start)\b",
    re.I,
)
_ROLES_SUMMED = ("killed", "perpetrators_killed", "injured", "hostages", "kidnapped", "perpetrators")


def count_frame(frame: Frame, text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> None:
    """Victims, hostages and perpetrators: summed within a sentence, the largest sentence wins."""
    per_sentence: dict[str, dict[int, int]] = {role: defaultdict(int) for role in _ROLES_SUMMED}
    extra: dict[str, int] = defaultdict(int)
    support: dict[str, list[int]] = defaultdict(list)
    # Searched once per sentence: a long sentence full of counts stays linear.
    totals_of_others: dict[int, bool] = {}

    def tells_other_totals(index: int) -> bool:
        if index not in totals_of_others:
            found = index < len(sentences) and _TOTAL_OF_OTHERS.search(text, *sentences[index])
            totals_of_others[index] = bool(found)
        return totals_of_others[index]

    for m in mentions:
        if m.count is None or m.count.role not in _ROLES_SUMMED:
            continue
        if m.count.role in ("killed", "injured") and tells_other_totals(m.sentence):
            continue
        role = m.count.role
        also = _ANOTHER.search(text[max(0, m.start - 20) : m.start]) or _ALSO_AFTER.match(text, m.end if m.text[:1].isalnum() and not m.text.lower().startswith(("was ", "were ")) else m.start)
        if also and per_sentence[role] and m.sentence not in per_sentence[role]:
            extra[role] += m.count.value
        else:
            per_sentence[role][m.sentence] += m.count.value
        support[role].append(m.index)

    def total(*roles: str) -> int | None:
        values = [
            max(per_sentence[r].values(), default=0) + extra[r] for r in roles if per_sentence[r] or extra[r]
        ]
        return sum(values) if values else None

    killed = total("killed", "perpetrators_killed")
    if killed is not None and per_sentence["killed"] and per_sentence["perpetrators_killed"]:
        # Victims and perpetrators told in the same sentence are both counted once each.
        killed = max(
            max(per_sentence["killed"][s] + per_sentence["perpetrators_killed"].get(s, 0) for s in per_sentence["killed"]),
            max(per_sentence["perpetrators_killed"].values()),
        ) + extra["killed"] + extra["perpetrators_killed"]
    frame.killed = killed
    frame.injured = total("injured")
    hostages = [v for v in (total("hostages"), total("kidnapped")) if v is not None]
    frame.hostages = max(hostages) if hostages else None
    frame.killed_perpetrators = total("perpetrators_killed")
    frame.perpetrator_count = total("perpetrators")
    for field_name, roles in (("killed", ("killed", "perpetrators_killed")), ("injured", ("injured",)), ("hostages", ("hostages", "kidnapped"))):
        indexes = [i for r in roles for i in support.get(r, [])]
        if indexes:
            frame.support[field_name] = indexes
