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


def _key(country: str, day: dt.date) -> tuple[str, int]:
    return country, day.toordinal()


class SameIncidentLinker:
    """Links the batches of one import to the other datasets' records.

    The days and countries of every other dataset's day-precise records are read once, at
    the first batch, into a map kept in memory (about 100 bytes a record); each batch then
    fetches only the records that share a country and a day (±1) with one of its own, by
    primary key, whatever the order of the file and the size of the store.
    """

    def __init__(self, writer: Writer, dataset: str):
        self.writer = writer
        self.dataset = dataset
        self._days: dict[tuple[str, int], list[int]] | None = None

    def link(self, incidents: Sequence[Incident]) -> int:
        """Link each of ``incidents`` (just written, all of this dataset) to its copies in
        other datasets; returns how many of them joined a cluster."""
        dated = [(i, d) for i in incidents if (d := _day(i)) is not None]
        if not dated:
            return 0
        days = self._other_days()
        wanted = {
            pk
            for incident, day in dated
            for delta in (-1, 0, 1)
            for pk in days.get(_key(incident.country or "", day + dt.timedelta(days=delta)), ())
        }
        if not wanted:
            return 0
        nearby: dict[tuple[str, dt.date], list[_Stored]] = defaultdict(list)
        for record in self._records(sorted(wanted)):
            nearby[(record.country, record.day)].append(record)
        groups = _groups(self.writer, sorted(wanted))
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
        return _apply(self.writer, self.dataset, _unambiguous(choices))

    def _other_days(self) -> dict[tuple[str, int], list[int]]:
        if self._days is None:
            table = schema.incidents
            query = select(table.c.pk, table.c.country, table.c.start_year, table.c.start_md).where(
                table.c.dataset != self.dataset,
                table.c.start_md.is_not(None),
                table.c.country.is_not(None),
            )
            days: dict[tuple[str, int], list[int]] = defaultdict(list)
            for row in self.writer.conn.execute(query):
                day = dt.date(row.start_year, row.start_md // 100, row.start_md % 100)
                days[_key(row.country, day)].append(row.pk)
            self._days = dict(days)
        return self._days

    def _records(self, pks: list[int]) -> list[_Stored]:
        table = schema.incidents
        found = []
        for chunk in _chunks(pks):
            query = select(
                table.c.pk, table.c.id, table.c.dataset, table.c.country, table.c.start,
                table.c.city, table.c.same_as,
            ).where(table.c.pk.in_(chunk))  # fmt: skip
            for row in self.writer.conn.execute(query):
                city = normalize_name(row.city) if row.city else ""
                found.append(_Stored(row.pk, row.id, row.dataset, row.country,
                                     dt.date.fromisoformat(row.start), city, row.same_as or row.id))
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
    datasets: dict[str, str] = {}
    root_of: dict[str, str] = {}  # member → its canonical record
    members: dict[str, set[str]] = defaultdict(set)  # canonical record → its members
    for chunk in _chunks(keys):
        query = select(table.c.id, table.c.dataset, table.c.same_as).where(
            or_(table.c.id.in_(chunk), table.c.same_as.in_(chunk))
        )
        for row in writer.conn.execute(query):
            datasets[row.id] = row.dataset
            if row.same_as:
                root_of[row.id] = row.same_as
                members[row.same_as].add(row.id)

    linked = 0
    for incident_id, root in chosen.items():
        if root not in datasets or incident_id not in datasets:
            continue  # a dangling same_as: leave it alone
        root = root_of.get(root, root)  # it may have joined another cluster in this batch
        cluster = {root, *members[root]}
        if root == incident_id or any(datasets[i] == dataset and i != incident_id for i in cluster):
            continue  # one record of each dataset in a cluster
        canonical = incident_id if _rank(dataset) < _rank(datasets[root]) else root
        for member in sorted(cluster | members[incident_id] | {incident_id}):
            target = None if member == canonical else canonical
            if root_of.get(member) == target:
                continue
            if member in root_of:
                members[root_of.pop(member)].discard(member)
            if target is not None:
                root_of[member] = target
                members[target].add(member)
            writer.set_same_as(member, target)
        linked += 1
    return linked
