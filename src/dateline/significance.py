"""How much an incident matters for ranking, independent of today's date.

Logarithmic in deaths, injuries, hostages and duration, so that one mass-casualty attack
does not drown every other incident of the day, plus the curated notability of built-in
records (1–3). The store keeps the total in an indexed column; on-this-day adds the
round-anniversary boost and explains every part. See docs/ranking.md.
"""

from __future__ import annotations

import math

from dateline.model import Incident

WEIGHTS = {"killed": 3.0, "injured": 1.0, "hostages": 2.0, "duration": 2.0, "notability": 5.0}
_NOTABILITY_LABELS = {1: "curated", 2: "well known", 3: "landmark incident"}


def significance_parts(incident: Incident) -> list[tuple[float, str]]:
    """Each part of the score with its points and a label for ``why``."""
    parts: list[tuple[float, str]] = []
    if incident.killed:
        parts.append((WEIGHTS["killed"] * math.log1p(incident.killed), f"{incident.killed:,} killed"))
    if incident.injured:
        parts.append((WEIGHTS["injured"] * math.log1p(incident.injured), f"{incident.injured:,} injured"))
    hostages = incident.hostages or incident.hostages_held_to_end
    if hostages:
        parts.append((WEIGHTS["hostages"] * math.log1p(hostages), f"{hostages:,} hostages"))
    days = incident.duration_days
    if days:
        parts.append((WEIGHTS["duration"] * math.log1p(days), f"lasted {days} day{'s' if days != 1 else ''}"))
    if incident.notability:
        label = _NOTABILITY_LABELS.get(incident.notability, "curated")
        parts.append((WEIGHTS["notability"] * incident.notability, label))
    return parts


def significance(incident: Incident) -> float:
    return round(sum(points for points, _ in significance_parts(incident)), 4)
