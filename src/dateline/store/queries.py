"""Read queries that need more than a lookup: anniversaries and search."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Float, Integer, and_, column, func, or_, select, text

from dateline.errors import InvalidInput
from dateline.model import KINDS, Incident, PartialDate
from dateline.store import schema
from dateline.store.rows import row_to_incident
from dateline.store.store import Store


def incidents_on_month_day(
    store: Store, month: int, day: int, *, top: int = 200, years: Iterable[int] = ()
) -> list[tuple[Incident, str]]:
    """Incidents that started or ended on month-day at day precision, with which one.

    Returns the ``top`` most significant starts and ends, plus every incident whose
    anniversary year is in ``years`` (round anniversaries get a boost later, so they must
    be candidates whatever their significance). Duplicates of records in other datasets
    (``same_as``) are left out. Each is an index range scan on (start_md|end_md, …).
    """
    table = schema.incidents
    md = month * 100 + day
    years = sorted(set(years))
    found: dict[tuple[str, str], Incident] = {}
    with store.read() as conn:
        for column, year_column, which in (
            (table.c.start_md, table.c.start_year, "start"),
            (table.c.end_md, table.c.end_year, "end"),
        ):
            base = table.select().where(column == md, table.c.same_as.is_(None))
            queries = [base.order_by(table.c.significance.desc()).limit(top)]
            if years:
                queries.append(base.where(year_column.in_(years)).limit(top))
            for query in queries:
                for row in conn.execute(query).mappings():
                    found.setdefault((row["id"], which), row_to_incident(row))
    return [(incident, which) for (_, which), incident in found.items()]


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    country: str | None = None
    group: str | None = None
    kind: str | None = None
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None
    month_day: tuple[int, int] | None = None
    dataset: str | None = None
    limit: int = 20
    offset: int = 0


_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def _fts_expression(query: str) -> str:
    """User text → an FTS5 query of quoted prefix terms, so no input is an FTS syntax error."""
    tokens = _FTS_TOKEN.findall(query)
    return " ".join(f'"{t}"*' for t in tokens)


def search(store: Store, query: SearchQuery) -> tuple[list[Incident], int]:
    """Ranked full-text search with filters; returns (page of incidents, total matches)."""
    table = schema.incidents
    conditions = [table.c.same_as.is_(None)]
    if query.country:
        conditions.append(table.c.country == query.country.upper())
    if query.kind:
        if query.kind not in KINDS:
            raise InvalidInput(f"unknown kind {query.kind!r}; choose one of {', '.join(KINDS)}")
        conditions.append(table.c.kinds.like(f'%"{query.kind}"%'))
    if query.dataset:
        conditions.append(table.c.dataset == query.dataset)
    if query.date_from:
        conditions.append(table.c.start >= query.date_from.iso())
    if query.date_to:
        # "1997" sorts before "1997-04": compare against the end of the period.
        conditions.append(table.c.start <= query.date_to.iso() + "-99")
    if query.month_day:
        md = query.month_day[0] * 100 + query.month_day[1]
        conditions.append(or_(table.c.start_md == md, table.c.end_md == md))
    if query.group:
        group = store.resolve_group(query.group)
        group_id = group.id if group else query.group
        conditions.append(
            table.c.pk.in_(
                select(schema.incident_groups.c.incident_pk).where(
                    schema.incident_groups.c.group_id == group_id
                )
            )
        )
    order = [table.c.significance.desc(), table.c.start]
    words = _fts_expression(query.text) if query.text else ""
    if query.text and not words:
        return [], 0
    with store.read() as conn:
        if words and store.dialect == "sqlite":
            ranked = (
                text(
                    f"SELECT rowid, bm25({schema.FTS_TABLE}, 10.0, 2.0, 3.0, 5.0) AS rank "
                    f"FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH :q"
                )
                .bindparams(q=words)
                .columns(column("rowid", Integer), column("rank", Float))
                .subquery("ranked")
            )
            base = select(table, ranked.c.rank).join(ranked, ranked.c.rowid == table.c.pk)
            order = [ranked.c.rank, *order]
        else:
            base = select(table)
            for token in _FTS_TOKEN.findall(query.text):
                pattern = f"%{token}%"
                conditions.append(
                    or_(table.c.title.ilike(pattern), table.c.summary.ilike(pattern),
                        table.c.city.ilike(pattern), table.c.country_name.ilike(pattern))
                )
        filtered = base.where(and_(*conditions))
        total = conn.execute(select(func.count()).select_from(filtered.subquery())).scalar() or 0
        rows = conn.execute(filtered.order_by(*order).limit(query.limit).offset(query.offset))
        incidents = [row_to_incident(r) for r in rows.mappings()]
    return incidents, int(total)
