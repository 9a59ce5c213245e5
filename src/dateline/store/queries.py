"""Read queries that need more than a lookup: anniversaries and search."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Float,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    func,
    literal,
    or_,
    select,
    text,
    union_all,
)

from dateline.errors import InvalidInput
from dateline.model import KINDS, Incident, PartialDate
from dateline.names import normalize_name
from dateline.store import schema
from dateline.store.rows import row_to_incident
from dateline.store.store import Store


@dataclass(frozen=True)
class AnniversaryCandidate:
    """The few columns ranking needs; full records are fetched only for the winners."""

    id: str
    anniversary: str  # "start" or "end"
    year: int
    country: str | None
    significance: float


ROUND_YEAR_STEP = 5  # every round anniversary (10, 25, 50, 75, 100…) is a multiple of 5


@functools.cache
def _candidates_statement() -> CompoundSelect:
    """One UNION ALL of four index scans, built once and reused with bound parameters.

    Per side (start, end): the ``top`` most significant rows of the month-day, and the
    most significant rows whose anniversary year is a multiple of 5 years ago (a superset
    of the round anniversaries that get a boost).
    """
    table = schema.incidents
    parts: list[Select[Any]] = []
    for md_column, year_column, which in (
        (table.c.start_md, table.c.start_year, "start"),
        (table.c.end_md, table.c.end_year, "end"),
    ):
        base = select(
            table.c.id, literal(which).label("which"), year_column.label("year"),
            table.c.country, table.c.significance,
        ).where(md_column == bindparam("md"), table.c.same_as.is_(None))  # fmt: skip
        best = base.order_by(table.c.significance.desc()).limit(bindparam("top"))
        round_years = best.where((bindparam("ref") - year_column) % ROUND_YEAR_STEP == 0)
        parts.extend(q.subquery().select() for q in (best, round_years))
    return union_all(*parts)


def anniversary_candidates(
    store: Store, month: int, day: int, *, top: int = 200, reference_year: int | None = None
) -> list[AnniversaryCandidate]:
    """Incidents that started or ended on month-day at day precision, with which one.

    Returns the ``top`` most significant starts and ends, plus, with ``reference_year``,
    the most significant incidents whose anniversary falls on a multiple of five years
    (round anniversaries get a boost later, so they must be candidates whatever their
    significance). Duplicates of records in other datasets (``same_as``) are left out.
    Each part is an index range scan on (start_md|end_md, significance).
    """
    params = {"md": month * 100 + day, "top": top, "ref": reference_year or 0}
    found: dict[tuple[str, str], AnniversaryCandidate] = {}
    with store.read() as conn:
        for row in conn.execute(_candidates_statement(), params):
            found.setdefault(
                (row[0], row[1]), AnniversaryCandidate(row[0], row[1], row[2], row[3], row[4])
            )
    return list(found.values())


def incidents_on_month_day(store: Store, month: int, day: int) -> list[tuple[Incident, str]]:
    """Every incident that started or ended on month-day (day precision), with which one."""
    candidates = anniversary_candidates(store, month, day, top=1_000_000)
    records = {i.id: i for i in store.incidents_by_ids({c.id for c in candidates})}
    return [(records[c.id], c.anniversary) for c in candidates]


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
    decade: int | None = None  # 1990 = started 1990–1999
    casualties: bool | None = None  # True: someone killed or injured; False: none known
    limit: int = 20
    offset: int = 0


_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def _fts_expression(query: str) -> str:
    """User text → an FTS5 query of quoted prefix terms, so no input is an FTS syntax error."""
    tokens = _FTS_TOKEN.findall(query)
    return " ".join(f'"{t}"*' for t in tokens)


def matching(store: Store, query: SearchQuery) -> tuple[Select[Any], list[Any]] | None:
    """The select of every incident the query matches, best first by ``order``.

    None when the text has no searchable word (nothing can match). Shared by ``search`` and
    the facet counts (``store.browse``), so a facet always counts what the search returns.
    """
    table = schema.incidents
    conditions: list[ColumnElement[bool]] = [table.c.same_as.is_(None)]
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
    if query.decade is not None:
        conditions.append(table.c.start_year.between(query.decade, query.decade + 9))
    if query.casualties is not None:
        hurt = or_(table.c.killed > 0, table.c.injured > 0)
        unhurt = and_(func.coalesce(table.c.killed, 0) == 0, func.coalesce(table.c.injured, 0) == 0)
        conditions.append(hurt if query.casualties else unhurt)
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
        return None
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
        for token in normalize_name(query.text).split():
            conditions.append(table.c.search_text.like(f"%{token}%"))
    return base.where(and_(*conditions)), order


def search(store: Store, query: SearchQuery) -> tuple[list[Incident], int]:
    """Ranked full-text search with filters; returns (page of incidents, total matches)."""
    found = matching(store, query)
    if found is None:
        return [], 0
    filtered, order = found
    with store.read() as conn:
        total = conn.execute(select(func.count()).select_from(filtered.subquery())).scalar() or 0
        return _page(conn, filtered, order, query), int(total)


def find(store: Store, query: SearchQuery) -> list[Incident]:
    """The page of :func:`search` without counting every match (linking asks this per frame)."""
    found = matching(store, query)
    if found is None:
        return []
    filtered, order = found
    with store.read() as conn:
        return _page(conn, filtered, order, query)


def _page(conn: Connection, filtered: Select[Any], order: list[Any], query: SearchQuery) -> list[Incident]:
    rows = conn.execute(filtered.order_by(*order).limit(query.limit).offset(query.offset))
    return [row_to_incident(r) for r in rows.mappings()]
