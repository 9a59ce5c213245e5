"""Read queries for browsing: counts per day of a month, a group's activity, search facets,
and the records that describe the same incident in other datasets.

Like every other query, these leave out records marked as duplicates (``same_as``) from
counts, so that an incident imported from two datasets is counted once.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, case, func, or_, select, union_all

from dateline.model import KINDS, Incident
from dateline.store import schema
from dateline.store.queries import SearchQuery, matching
from dateline.store.rows import row_to_incident
from dateline.store.store import Store


def month_day_counts(store: Store, month: int) -> dict[int, int]:
    """Day of the month → how many incidents started or ended on it (day precision).

    An incident that starts and ends on the same month-day (a year apart) counts once.
    """
    table = schema.incidents
    low, high = month * 100 + 1, month * 100 + 31
    starts = select(table.c.start_md.label("md")).where(
        table.c.start_md.between(low, high), table.c.same_as.is_(None)
    )
    ends = select(table.c.end_md.label("md")).where(
        table.c.end_md.between(low, high),
        table.c.same_as.is_(None),
        or_(table.c.start_md.is_(None), table.c.start_md != table.c.end_md),
    )
    days = union_all(starts, ends).subquery()
    query = select(days.c.md, func.count()).group_by(days.c.md)
    with store.read() as conn:
        return {int(md) % 100: int(count) for md, count in _execute(conn, query)}


@dataclass(frozen=True)
class GroupActivity:
    """What a group's incidents add up to: per year, per country, and the worst of them."""

    total: int
    years: tuple[tuple[int, int], ...]  # (year, incidents), every year from first to last
    countries: tuple[tuple[str, str, int], ...]  # (alpha-3, name, incidents), most first
    incidents: tuple[Incident, ...]  # the most significant, best first


def group_activity(store: Store, group_id: str, *, top: int = 50) -> GroupActivity:
    """Incidents credited to a group, counted by start year and by country."""
    table = schema.incidents
    credited = (
        select(table)
        .join(schema.incident_groups, schema.incident_groups.c.incident_pk == table.c.pk)
        .where(schema.incident_groups.c.group_id == group_id, table.c.same_as.is_(None))
        .subquery()
    )
    with store.read() as conn:
        by_year = dict(
            _execute(
                conn, select(credited.c.start_year, func.count()).group_by(credited.c.start_year)
            ).all()
        )
        by_country = _execute(
            conn,
            select(credited.c.country, func.max(credited.c.country_name), func.count().label("n"))
            .where(credited.c.country.is_not(None))
            .group_by(credited.c.country)
            .order_by(func.count().desc(), credited.c.country),
        ).all()
        rows = _execute(
            conn,
            select(credited).order_by(credited.c.significance.desc(), credited.c.start).limit(top),
        ).mappings()
        incidents = tuple(row_to_incident(r) for r in rows)
    years: tuple[tuple[int, int], ...] = ()
    if by_year:
        first, last = min(by_year), max(by_year)
        years = tuple((y, int(by_year.get(y, 0))) for y in range(first, last + 1))
    return GroupActivity(
        total=sum(int(n) for n in by_year.values()),
        years=years,
        countries=tuple((code, name or code, int(n)) for code, name, n in by_country),
        incidents=incidents,
    )


def same_incident_elsewhere(store: Store, incident: Incident) -> list[Incident]:
    """Records of the same incident in other datasets: those marked ``same_as`` this one,
    the record this one is marked ``same_as``, and that record's other duplicates."""
    table = schema.incidents
    canonical = incident.same_as or incident.id
    query = select(table).where(
        or_(table.c.id == canonical, table.c.same_as == canonical), table.c.id != incident.id
    )
    with store.read() as conn:
        rows = _execute(conn, query.order_by(table.c.dataset, table.c.id)).mappings()
        return [row_to_incident(r) for r in rows]


@dataclass(frozen=True)
class FacetValue:
    value: str  # what goes into the filter parameter
    label: str  # what a reader sees
    count: int


def search_facets(
    store: Store, query: SearchQuery, *, top: int = 12
) -> dict[str, list[FacetValue]]:
    """Counts of the query's matches by country, group, kind, decade, month-day and casualties.

    Each facet counts within the current result, so choosing a value narrows to exactly
    that count.
    """
    found = matching(store, query)
    if found is None:
        return {
            name: [] for name in ("country", "group", "kind", "decade", "month_day", "casualties")
        }
    matches = found[0].subquery()
    links, groups = schema.incident_groups, schema.groups
    count = func.count().label("n")
    decade = (matches.c.start_year - matches.c.start_year % 10).label("decade")
    month_days = union_all(
        select(matches.c.start_md.label("md")).where(matches.c.start_md.is_not(None)),
        select(matches.c.end_md.label("md")).where(
            matches.c.end_md.is_not(None),
            or_(matches.c.start_md.is_(None), matches.c.start_md != matches.c.end_md),
        ),
    ).subquery()

    with store.read() as conn:
        countries = _execute(
            conn,
            select(matches.c.country, func.max(matches.c.country_name), count)
            .where(matches.c.country.is_not(None))
            .group_by(matches.c.country)
            .order_by(count.desc(), matches.c.country)
            .limit(top),
        ).all()
        credited = _execute(
            conn,
            select(links.c.group_id, func.max(groups.c.name), count)
            .select_from(matches)
            .join(links, links.c.incident_pk == matches.c.pk)
            .outerjoin(groups, groups.c.id == links.c.group_id)
            .group_by(links.c.group_id)
            .order_by(count.desc(), links.c.group_id)
            .limit(top),
        ).all()
        kind_counts = _execute(
            conn,
            select(
                *(_count_where(matches.c.kinds.like(f'%"{kind}"%')).label(kind) for kind in KINDS)
            ),
        ).one()
        decades = _execute(conn, select(decade, count).group_by(decade).order_by(decade)).all()
        days = _execute(
            conn,
            select(month_days.c.md, count)
            .group_by(month_days.c.md)
            .order_by(count.desc(), month_days.c.md)
            .limit(top),
        ).all()
        hurt = or_(matches.c.killed > 0, matches.c.injured > 0)
        total, with_casualties = _execute(conn, select(func.count(), _count_where(hurt))).one()
    kinds = sorted(
        ((kind, int(n)) for kind, n in zip(KINDS, kind_counts, strict=True) if n),
        key=lambda item: -item[1],
    )
    return {
        "country": [FacetValue(code, name or code, int(n)) for code, name, n in countries],
        "group": [FacetValue(gid, name or gid, int(n)) for gid, name, n in credited],
        "kind": [FacetValue(kind, kind.replace("_", " "), n) for kind, n in kinds],
        "decade": [FacetValue(str(int(d)), f"{int(d)}s", int(n)) for d, n in decades],
        "month_day": [
            FacetValue(
                f"{int(md) // 100:02d}-{int(md) % 100:02d}", _month_day_label(int(md)), int(n)
            )
            for md, n in days
        ],
        "casualties": [
            FacetValue(value, label, n)
            for value, label, n in (
                ("yes", "killed or injured", int(with_casualties)),
                ("no", "none known", int(total) - int(with_casualties)),
            )
            if n
        ],
    }


def _execute(conn: Connection, query: Any) -> Any:
    """Run a query; results are untyped rows (SQLAlchemy's row types do not narrow here)."""
    return conn.execute(query)


def _count_where(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    """How many rows meet a condition, as one aggregate column (0 on no rows)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _month_day_label(md: int) -> str:
    return f"{calendar.month_abbr[md // 100]} {md % 100}"


__all__ = [
    "FacetValue",
    "GroupActivity",
    "group_activity",
    "month_day_counts",
    "same_incident_elsewhere",
    "search_facets",
]
