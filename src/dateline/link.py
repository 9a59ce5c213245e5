"""Frames → stored incidents: candidates from the store, scored with their reasons.

Candidates are the incidents that started within a window around the frame's start (the
window widens with the start's precision), and, for a frame without a date, the
incidents of its country and group. Each is scored on what agrees — start and end
within their precision, country, city, group, kind, counts — and every point comes with a
reason. Links below ``MIN_SCORE`` are dropped; the best ``MAX_LINKS`` are kept.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateline.model import Incident, PartialDate, Precision
from dateline.names import normalize_name
from dateline.store.queries import SearchQuery, find
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, Frame, Link

if TYPE_CHECKING:
    from dateline.store.store import Store

COMPONENT = "dateline.links.v1"
MIN_SCORE = 0.35
MAX_LINKS = 3
_WINDOW_DAYS = {Precision.DAY: 31, Precision.MONTH: 62, Precision.YEAR: 400}


def _overlap(a: PartialDate, b: PartialDate) -> bool:
    return a.earliest() <= b.latest() and b.earliest() <= a.latest()


def _date_points(label: str, told: PartialDate | None, stored: PartialDate | None) -> tuple[float, str | None]:
    if told is None or stored is None:
        return 0.0, None
    if _overlap(told, stored):
        precision = min(told.precision, stored.precision)
        points = {Precision.DAY: 0.35, Precision.MONTH: 0.25, Precision.YEAR: 0.15}[precision]
        return points, f"{label} {told.iso()} agrees with {stored.iso()} (to the {precision})"
    gap = min(abs((told.earliest() - stored.latest()).days), abs((stored.earliest() - told.latest()).days))
    if gap <= 31:
        return 0.1, f"{label} {told.iso()} is {gap} days from {stored.iso()}"
    return 0.0, None


def _close(told: int | None, stored: int | None) -> bool:
    if told is None or stored is None:
        return False
    return abs(told - stored) <= max(2, 0.2 * max(told, stored))


def score(frame: Frame, incident: Incident) -> tuple[float, list[str]]:
    """How well a stored incident fits a frame (0–1), with the reasons."""
    points = 0.0
    why: list[str] = []
    for label, told, stored in (("start", frame.start, incident.start), ("end", frame.end, incident.end)):
        gained, reason = _date_points(label, told, stored)
        if label == "end":
            gained /= 2
        if reason:
            points += gained
            why.append(reason)
    if frame.end is None and incident.end is not None and incident.end != incident.start and not why:
        # A text dated on the day an incident ended ("On this day in 1997 commandos ended
        # the siege") tells its end, not its start.
        gained, reason = _date_points("date", frame.start, incident.end)
        if reason and gained >= 0.25:
            points += gained
            why.append(reason.replace("agrees with", "agrees with the end,"))
    if frame.country and frame.country == incident.country:
        points += 0.2
        why.append(f"same country ({frame.country})")
    if frame.city and incident.city and normalize_name(frame.city) == normalize_name(incident.city):
        points += 0.1
        why.append(f"same city ({incident.city})")
    told_groups = {g for g in frame.perpetrator_ids if g} | {normalize_name(n) for n in frame.perpetrators}
    stored_groups = {p.group_id for p in incident.perpetrators} | {normalize_name(p.name) for p in incident.perpetrators}
    shared = told_groups & stored_groups
    if shared:
        points += 0.15
        why.append(f"same group ({', '.join(p.name for p in incident.perpetrators)})")
    if set(frame.kinds) & set(incident.kinds):
        points += 0.05
        why.append(f"same kind ({', '.join(sorted(set(frame.kinds) & set(incident.kinds)))})")
    for label, told_count, stored_counts in (
        ("killed", frame.killed, (incident.killed, incident.killed_perpetrators)),
        ("hostages", frame.hostages, (incident.hostages, incident.hostages_held_to_end)),
    ):
        if any(_close(told_count, s) for s in stored_counts):
            points += 0.05
            why.append(f"{label} {told_count} close to the record")
    return min(points, 1.0), why


def candidates(store: Store, frame: Frame, limit: int = 200) -> list[Incident]:
    """Stored incidents worth scoring for a frame."""
    found: dict[str, Incident] = {}
    if frame.start is not None:
        window = dt.timedelta(days=_WINDOW_DAYS[frame.start.precision])
        try:
            low = PartialDate.from_date(frame.start.earliest() - window)
            high = PartialDate.from_date(frame.start.latest() + window)
        except (OverflowError, ValueError):
            return []
        found.update((i.id, i) for i in find(store, SearchQuery(date_from=low, date_to=high, limit=limit)))
        if frame.start.precision == Precision.DAY:
            found.update((i.id, i) for i in _ended_on(store, frame.start, limit))
    elif frame.country and any(frame.perpetrator_ids):
        # Without a date only a country and a known group narrow the store enough.
        group = next(g for g in frame.perpetrator_ids if g)
        found.update((i.id, i) for i in find(store, SearchQuery(country=frame.country, group=group, limit=limit)))
    return list(found.values())


def _ended_on(store: Store, day: PartialDate, limit: int) -> list[Incident]:
    """Incidents that ended on ``day`` (an on-this-day post is often about the end)."""
    from dateline.store import schema
    from dateline.store.rows import row_to_incident

    assert day.month is not None and day.day is not None
    table = schema.incidents
    query = table.select().where(
        table.c.end_year == day.year, table.c.end_md == day.month * 100 + day.day
    ).limit(limit)
    with store.read() as conn:
        return [row_to_incident(row) for row in conn.execute(query).mappings()]


def link_frame(store: Store, frame: Frame) -> list[Link]:
    scored = []
    for incident in candidates(store, frame):
        points, why = score(frame, incident)
        if points >= MIN_SCORE:
            scored.append(Link(incident.id, points, tuple(why), incident.title))
    scored.sort(key=lambda link: (-link.score, link.id))
    return scored[:MAX_LINKS]


class Linker:
    """``dateline.links.v1``: Frame.links from the store."""

    name = COMPONENT
    assigns = ("frames.links",)

    def __init__(self, store: Store):
        self.store = store

    def __call__(self, analysis: Analysis) -> Analysis:
        for frame in analysis.frames:
            frame.links = link_frame(self.store, frame)
        return analysis


def make_links(store: Store) -> Linker:
    return Linker(store)


def register() -> None:
    register_factory(COMPONENT, make_links, assigns=Linker.assigns)
