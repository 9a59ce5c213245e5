"""Tables and migrations.

Migrations are small named functions, applied in order and recorded in the
``dateline_migrations`` table (the sqlite-utils way). Never edit an applied migration:
add a new one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    text,
)

metadata = MetaData()

incidents = Table(
    "incidents",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(200), nullable=False, unique=True),
    Column("dataset", String(20), nullable=False),
    Column("source_id", String(200), nullable=False),
    Column("title", Text, nullable=False),
    Column("start", String(10), nullable=False),  # partial ISO: 1997, 1997-04, 1997-04-22
    Column("start_precision", String(5), nullable=False),
    Column("start_year", Integer, nullable=False),
    Column("start_md", Integer),  # month*100+day when day-precise, else NULL
    Column("end", String(10)),
    Column("end_precision", String(5)),
    Column("end_year", Integer),
    Column("end_md", Integer),  # month*100+day when day-precise, else NULL
    Column("approximate", Boolean, nullable=False, default=False),
    Column("country", String(3)),
    Column("country_name", Text),
    Column("admin1", Text),
    Column("city", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", String(10)),
    Column("kinds", Text, nullable=False, default="[]"),  # JSON lists
    Column("targets", Text, nullable=False, default="[]"),
    Column("weapons", Text, nullable=False, default="[]"),
    Column("perpetrators", Text, nullable=False, default="[]"),  # JSON [[group_id, name]]
    Column("killed", Integer),
    Column("killed_perpetrators", Integer),
    Column("injured", Integer),
    Column("hostages", Integer),
    Column("hostages_held_to_end", Integer),
    Column("duration_days", Integer),
    Column("outcome", Text),
    Column("summary", Text),
    Column("sources", Text, nullable=False, default="[]"),
    Column("notability", Integer, nullable=False, default=0),
    Column("significance", Float, nullable=False, default=0.0),
    Column("doubt", Boolean, nullable=False, default=False),
    Column("notes", Text),
    Column("same_as", String(200)),  # id of the record this one duplicates
    Column("extra", Text, nullable=False, default="{}"),
    # Normalised words of title, summary, place and groups, for search where FTS5 is absent
    # (PostgreSQL, with a trigram index); NULL on SQLite, which uses the FTS5 table.
    Column("search_text", Text),
    UniqueConstraint("dataset", "source_id", name="uq_incidents_origin"),
)
# "Started or ended on month-day X", best first, is an index range scan; year and same_as
# ride along so that the round-anniversary filter never leaves the index.
Index("ix_incidents_start_md", incidents.c.start_md, incidents.c.significance,
      incidents.c.start_year, incidents.c.same_as)  # fmt: skip
Index("ix_incidents_end_md", incidents.c.end_md, incidents.c.significance,
      incidents.c.end_year, incidents.c.same_as)  # fmt: skip
Index("ix_incidents_country", incidents.c.country)
Index("ix_incidents_start_year", incidents.c.start_year)

groups = Table(
    "groups",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("short", Text),
    Column("aliases", Text, nullable=False, default="[]"),
    Column("country", String(3)),
    Column("ideology", String(40)),
    Column("founded", Integer),
    Column("dissolved", Integer),
    Column("sources", Text, nullable=False, default="[]"),
    Column("dataset", String(20), nullable=False),
)

# Every known name of every group, normalised: the alias table used for matching.
group_names = Table(
    "group_names",
    metadata,
    Column("name_key", String(300), primary_key=True),
    Column("name", Text, nullable=False),
    Column("group_id", String(200), nullable=False, index=True),
)

incident_groups = Table(
    "incident_groups",
    metadata,
    Column("incident_pk", Integer, primary_key=True),
    Column("group_id", String(200), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Index("ix_incident_groups_group", "group_id"),
)

settings = Table(
    "dateline_meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text),
)

migrations_table = Table(
    "dateline_migrations",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

FTS_TABLE = "incidents_fts"


def _m001_initial(conn: Connection) -> None:
    metadata.create_all(
        conn, tables=[incidents, groups, group_names, incident_groups, settings]
    )


def _m002_full_text(conn: Connection) -> None:
    # FTS5 exists only on SQLite; PostgreSQL searches with ILIKE (see queries.search).
    if conn.dialect.name != "sqlite":
        return
    conn.execute(
        text(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
            "title, summary, place, groups, tokenize='unicode61 remove_diacritics 2')"
        )
    )


def _m003_search_text(conn: Connection) -> None:
    # Databases created before this migration lack the column (001 now creates it).
    if "search_text" not in {c["name"] for c in inspect(conn).get_columns("incidents")}:
        conn.execute(text("ALTER TABLE incidents ADD COLUMN search_text TEXT"))
    if conn.dialect.name != "postgresql":
        return
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_incidents_search_text "
            "ON incidents USING gin (search_text gin_trgm_ops)"
        )
    )


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("001_initial", _m001_initial),
    ("002_full_text", _m002_full_text),
    ("003_search_text", _m003_search_text),
]


def foreign_tables(conn: Connection) -> list[str]:
    """Tables of a database that Dateline did not create (an unrelated database)."""
    names = inspect(conn).get_table_names()
    if migrations_table.name in names:
        return []
    return [n for n in names if not n.startswith("sqlite_")]


def migrate(conn: Connection) -> list[str]:
    """Apply pending migrations in order; return the names applied."""
    migrations_table.create(conn, checkfirst=True)
    done = {row[0] for row in conn.execute(migrations_table.select())}
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        step(conn)
        conn.execute(
            migrations_table.insert().values(
                name=name, applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            )
        )
        applied.append(name)
    return applied
