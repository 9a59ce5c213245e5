"""Recognising one incident recorded by several datasets, and linking the copies.

Two records are the same incident when they come from different datasets, both are known
to the day, their days are at most one apart, they are in the same country, and they share
the city or a perpetrator group. The copy points at the canonical record with ``same_as``
(on-this-day and search leave copies out); the canonical record is the one from the most
authoritative dataset: built-in, then GTD, RAND, UCDP, ACLED. A cluster takes at most one
record of each dataset, and a record with two equally good matches is linked to neither:
a listing that shows an incident twice is better than one that hides an incident.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select

from dateline.model import Incident, Precision
from dateline.names import normalize_name
from dateline.store import schema
from dateline.store.store import Writer

PRECEDENCE = ("builtin", "gtd", "rand", "ucdp", "acled")
_CHUNK = 900  # bound parameters per IN list (SQLite's old limit is 999)


def _rank(dataset: str) -> int:
    return PRECEDENCE.index(dataset) if dataset in PRECEDENCE else len(PRECEDENCE)


@dataclass(frozen=True)
class _Stored:
    pk: int
    id: str
    dataset: str
    country: str
    day: dt.date
    city: str  # normalised, "" when unknown
    root: str  # the canonical record of its cluster (its own id when canonical)


def _chunks(values: Sequence[object]) -> Iterable[Sequence[object]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _day(incident: Incident) -> dt.date | None:
    if incident.start.precision is not Precision.DAY or not incident.country:
        return None
    return incident.start.to_date()


def link_same_incidents(writer: Writer, dataset: str, incidents: Sequence[Incident]) -> int:
    """Link each of ``incidents`` (just written, all of ``dataset``) to its copies in other
    datasets; returns how many of them joined a cluster."""
    dated = [(i, d) for i in incidents if (d := _day(i)) is not None]
    if not dated:
        return 0
    nearby: dict[tuple[str, dt.date], list[_Stored]] = defaultdict(list)
    for record in _neighbours(writer, dataset, dated):
        nearby[(record.country, record.day)].append(record)
    if not nearby:
        return 0
    groups = _groups(writer, [r.pk for records in nearby.values() for r in records])
    choices: dict[str, tuple[str, int]] = {}
    for incident, day in dated:
        city = normalize_name(incident.city) if incident.city else ""
        own_groups = {p.group_id for p in incident.perpetrators}
        best: dict[str, int] = {}
        for delta in (-1, 0, 1):
            for record in nearby.get((incident.country or "", day + dt.timedelta(days=delta)), ()):
                if record.root == incident.id:
                    continue
                same_city = bool(city) and city == record.city
                same_group = bool(own_groups & groups.get(record.pk, set()))
                if same_city or same_group:
                    score = (2 if delta == 0 else 1) + 2 * same_city + 2 * same_group
                    best[record.root] = max(best.get(record.root, 0), score)
        ranked = sorted(best.items(), key=lambda item: -item[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            choices[incident.id] = ranked[0]
    return _apply(writer, dataset, _unambiguous(choices))


def _neighbours(writer: Writer, dataset: str, dated: list[tuple[Incident, dt.date]]) -> list[_Stored]:
    """Other datasets' day-precise records in the same countries within a day of ours."""
    table = schema.incidents
    wanted = {d + dt.timedelta(days=k) for _, d in dated for k in (-1, 0, 1)}
    query = select(
        table.c.pk, table.c.id, table.c.dataset, table.c.country, table.c.start, table.c.city,
        table.c.same_as,
    ).where(
        table.c.start_md.in_(sorted({d.month * 100 + d.day for d in wanted})),
        table.c.start_year.in_(sorted({d.year for d in wanted})),
        table.c.country.in_(sorted({i.country for i, _ in dated if i.country})),
        table.c.dataset != dataset,
    )  # fmt: skip
    found = []
    for row in writer.conn.execute(query):
        day = dt.date.fromisoformat(row.start)
        if day in wanted:
            city = normalize_name(row.city) if row.city else ""
            found.append(_Stored(row.pk, row.id, row.dataset, row.country, day, city,
                                 row.same_as or row.id))
    return found


def _groups(writer: Writer, pks: list[int]) -> dict[int, set[str]]:
    links = schema.incident_groups
    found: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(pks):
        query = select(links.c.incident_pk, links.c.group_id).where(links.c.incident_pk.in_(chunk))
        for row in writer.conn.execute(query):
            found[row.incident_pk].add(row.group_id)
    return found


def _unambiguous(choices: dict[str, tuple[str, int]]) -> dict[str, str]:
    """incident id → root id, keeping a root only for its single best-scoring claimant."""
    claimants: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for incident_id, (root, score) in choices.items():
        claimants[root].append((score, incident_id))
    chosen = {}
    for root, claims in claimants.items():
        claims.sort(reverse=True)
        if len(claims) == 1 or claims[0][0] > claims[1][0]:
            chosen[claims[0][1]] = root
    return chosen


def _apply(writer: Writer, dataset: str, chosen: dict[str, str]) -> int:
    """Join each incident to its root's cluster; the most authoritative record leads it."""
    if not chosen:
        return 0
    table = schema.incidents
    keys = sorted(set(chosen) | set(chosen.values()))
    state: dict[str, tuple[str, str | None]] = {}  # id → (dataset, same_as)
    for chunk in _chunks(keys):
        query = select(table.c.id, table.c.dataset, table.c.same_as).where(
            or_(table.c.id.in_(chunk), table.c.same_as.in_(chunk))
        )
        for row in writer.conn.execute(query):
            state[row.id] = (row.dataset, row.same_as)

    def members(root: str) -> list[str]:
        return [i for i, (_, same_as) in state.items() if same_as == root]

    linked = 0
    for incident_id, root in chosen.items():
        if root not in state or incident_id not in state:
            continue  # a dangling same_as: leave it alone
        root = state[root][1] or root  # it may have joined another cluster in this batch
        cluster = [root, *members(root)]
        if root == incident_id or any(
            state[i][0] == dataset and i != incident_id for i in cluster
        ):
            continue  # one record of each dataset in a cluster
        canonical = incident_id if _rank(dataset) < _rank(state[root][0]) else root
        for member in dict.fromkeys([*cluster, *members(incident_id), incident_id]):
            target = None if member == canonical else canonical
            if state[member][1] != target:
                writer.set_same_as(member, target)
                state[member] = (state[member][0], target)
        linked += 1
    return linked
