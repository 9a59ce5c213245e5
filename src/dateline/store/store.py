"""The incident store: SQLite by default, PostgreSQL by URL, through SQLAlchemy Core.

All writes go through :meth:`Store.write`, which yields a :class:`Writer` inside one
transaction: an import or a built-in refresh either lands whole or not at all.
"""

from __future__ import annotations

import contextlib
import operator
import os
from collections.abc import Iterable, Iterator, Sequence
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, exc, select, text
from sqlalchemy.engine import Connection

from dateline.errors import NotFound, StoreError
from dateline.model import Group, Incident
from dateline.names import normalize_name
from dateline.store import schema
from dateline.store.rows import group_to_row, incident_to_row, row_to_group, row_to_incident

ENV_VAR = "DATELINE_DB"
# A folder laid out like dateline/data (groups/, incidents/) to use instead of the packaged
# dataset: for curators testing a working copy, and for the test suite's fixtures.
BUILTIN_ENV_VAR = "DATELINE_BUILTIN_DATA"
BUILTIN_KEY = "builtin_fingerprint"
_BATCH = 2000


def default_location() -> Path:
    """The per-user database file, e.g. ~/.local/share/dateline/dateline.db."""
    return Path(platformdirs.user_data_dir("dateline", appauthor=False)) / "dateline.db"


def resolve_location(location: str | os.PathLike[str] | None) -> str:
    """--db value, else $DATELINE_DB, else the per-user file; returns an SQLAlchemy URL."""
    raw = os.fspath(location) if location else os.environ.get(ENV_VAR) or ""
    if "://" in raw:
        if raw.startswith(("postgresql://", "postgres://")):
            raw = "postgresql+psycopg://" + raw.split("://", 1)[1]
        return raw
    path = Path(raw).expanduser() if raw else default_location()
    if str(path) == ":memory:":
        return "sqlite://"
    if path.is_dir():
        raise StoreError(f"{path} is a folder; pass --db the path of a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the folder for {path}: {err.strerror}") from err
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Month-day lookups touch scattered pages of a large table: memory-mapped reads and a
    # 64 MB page cache keep them off the read() syscall path (p95 halves at 1M rows).
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _insert_sql(
    conn: Connection, table: str, columns: Sequence[str], keys: Sequence[str] = ()
) -> str:
    """INSERT (… ON CONFLICT DO UPDATE when ``keys``) with positional placeholders, for the
    driver's executemany: SQLite and PostgreSQL share this syntax, and names are quoted by
    the dialect (``end`` is reserved in PostgreSQL)."""
    quote = conn.dialect.identifier_preparer.quote
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join([marker] * len(columns))})"
    )
    if keys:
        updates = ", ".join(f"{quote(c)} = EXCLUDED.{quote(c)}" for c in columns if c not in keys)
        conflict = f"ON CONFLICT ({', '.join(quote(k) for k in keys)})"
        sql += f" {conflict} DO UPDATE SET {updates}" if updates else f" {conflict} DO NOTHING"
    return sql


def _insert_many(
    conn: Connection, table: str, rows: list[dict[str, Any]], keys: Sequence[str] = ()
) -> None:
    """Rows (dicts with the same keys) through the driver's executemany, as plain tuples.

    SQLAlchemy's per-row parameter processing costs more than SQLite's own work on a
    200,000-row import; the values here are already plain Python values.
    """
    if not rows:
        return
    columns = list(rows[0])
    values = operator.itemgetter(*columns)
    params = [values(row) for row in rows] if len(columns) > 1 else [(values(r),) for r in rows]
    conn.exec_driver_sql(_insert_sql(conn, table, columns, keys), params)


def _upsert(conn: Connection, table: Any, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """INSERT … ON CONFLICT DO UPDATE, in the dialect of the connection."""
    _insert_many(conn, table.name, rows, keys)


def _place_words(incident: Incident) -> str:
    return " ".join(p for p in (incident.city, incident.admin1, incident.country_name) if p)


def _group_words(incident: Incident) -> str:
    return " ".join(p.name for p in incident.perpetrators)


def _search_words(incident: Incident) -> str:
    parts = (incident.title, incident.summary or "", _place_words(incident), _group_words(incident))
    return " ".join(parts)


class Writer:
    """The one write path. Obtain it from ``Store.write()``; it lives in one transaction."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self._fts = conn.dialect.name == "sqlite"

    def upsert_groups(self, groups: Iterable[Group]) -> int:
        rows = [group_to_row(g) for g in groups]
        _upsert(self.conn, schema.groups, rows, ["id"])
        for group in groups:
            self.add_group_names(group.id, group.names)
        return len(rows)

    def add_group_names(self, group_id: str, names: Iterable[str]) -> None:
        """Register names for a group; a name already owned by another group keeps its owner."""
        table = schema.group_names
        wanted: dict[str, str] = {}
        for name in names:
            key = normalize_name(name)
            if key:
                wanted.setdefault(key, name)
        if not wanted:
            return
        query = select(table.c.name_key).where(table.c.name_key.in_(list(wanted)))
        owned: set[str] = set(self.conn.execute(query).scalars())
        _insert_many(self.conn, table.name, [
            {"name_key": key, "name": name, "group_id": group_id}
            for key, name in wanted.items() if key not in owned
        ])  # fmt: skip

    def delete_groups(self, group_ids: Iterable[str]) -> None:
        ids = list(group_ids)
        if not ids:
            return
        self.conn.execute(schema.group_names.delete().where(schema.group_names.c.group_id.in_(ids)))
        self.conn.execute(schema.groups.delete().where(schema.groups.c.id.in_(ids)))

    def upsert_incidents(self, incidents: Iterable[Incident]) -> tuple[int, int]:
        """Insert or update by id; return (inserted, updated)."""
        inserted = updated = 0
        batch: list[Incident] = []
        for incident in incidents:
            batch.append(incident)
            if len(batch) >= _BATCH:
                new, old = self._upsert_batch(batch)
                inserted, updated, batch = inserted + new, updated + old, []
        if batch:
            new, old = self._upsert_batch(batch)
            inserted, updated = inserted + new, updated + old
        return inserted, updated

    def _pks(self, ids: list[str]) -> dict[str, int]:
        table = schema.incidents
        rows = self.conn.execute(select(table.c.id, table.c.pk).where(table.c.id.in_(ids)))
        return {row.id: row.pk for row in rows}

    def _upsert_batch(self, batch: list[Incident]) -> tuple[int, int]:
        ids = [i.id for i in batch]
        existing = self._pks(ids)
        rows = [incident_to_row(i) for i in batch]
        if not self._fts:
            for row, incident in zip(rows, batch, strict=True):
                row["search_text"] = normalize_name(_search_words(incident))
        _upsert(self.conn, schema.incidents, rows, ["id"])
        pks = self._pks(ids) if len(existing) < len(set(ids)) else existing
        old_pks = list(existing.values())
        if old_pks:
            self.conn.execute(
                schema.incident_groups.delete().where(schema.incident_groups.c.incident_pk.in_(old_pks))
            )
            if self._fts:
                self.conn.execute(
                    text(f"DELETE FROM {schema.FTS_TABLE} WHERE rowid IN ({','.join(map(str, old_pks))})")
                )
        links = [
            {"incident_pk": pks[i.id], "group_id": p.group_id, "position": n}
            for i in batch
            for n, p in enumerate(dict.fromkeys(i.perpetrators))
        ]
        _insert_many(self.conn, schema.incident_groups.name, links)
        if self._fts:
            _insert_many(self.conn, schema.FTS_TABLE, [
                {
                    "rowid": pks[i.id],
                    "title": i.title,
                    "summary": i.summary or "",
                    "place": _place_words(i),
                    "groups": _group_words(i),
                }
                for i in {i.id: i for i in batch}.values()
            ])  # fmt: skip
        new = len(set(ids) - set(existing))
        return new, len(set(ids)) - new

    def delete_incidents(self, dataset: str, keep_ids: set[str] | None = None) -> int:
        """Delete a dataset's incidents (except ``keep_ids``); returns how many."""
        table = schema.incidents
        rows = self.conn.execute(select(table.c.pk, table.c.id).where(table.c.dataset == dataset))
        doomed = [r.pk for r in rows if keep_ids is None or r.id not in keep_ids]
        for start in range(0, len(doomed), _BATCH):
            chunk = doomed[start : start + _BATCH]
            self.conn.execute(
                schema.incident_groups.delete().where(schema.incident_groups.c.incident_pk.in_(chunk))
            )
            if self._fts:
                self.conn.execute(
                    text(f"DELETE FROM {schema.FTS_TABLE} WHERE rowid IN ({','.join(map(str, chunk))})")
                )
            self.conn.execute(table.delete().where(table.c.pk.in_(chunk)))
        return len(doomed)

    def set_same_as(self, incident_id: str, canonical_id: str | None) -> None:
        table = schema.incidents
        self.conn.execute(
            table.update().where(table.c.id == incident_id).values(same_as=canonical_id)
        )

    def set_meta(self, key: str, value: str) -> None:
        _upsert(self.conn, schema.settings, [{"key": key, "value": value}], ["key"])


class Store:
    """A Dateline database. Use :meth:`open`; read with the query methods, write with ``write()``."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(
        cls,
        location: str | os.PathLike[str] | None = None,
        *,
        load_builtin: bool = True,
        builtin_root: Traversable | None = None,
    ) -> Store:
        """Open (creating and migrating if needed) and refresh the built-in dataset."""
        url = resolve_location(location)
        try:
            engine = create_engine(url, future=True)
        except (exc.ArgumentError, exc.NoSuchModuleError, ModuleNotFoundError) as err:
            raise StoreError(f"cannot use database URL {url!r}: {err}") from err
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine, url)
        try:
            with engine.begin() as conn:
                foreign = schema.foreign_tables(conn)
                if foreign:
                    raise StoreError(
                        f"{engine.url.database or url} is not a Dateline database "
                        f"(it has tables {', '.join(sorted(foreign)[:5])}); pass --db a new path"
                    )
                schema.migrate(conn)
        except exc.DatabaseError as err:
            engine.dispose()
            raise StoreError(
                f"cannot open {engine.url.database or url} as a database: {err.orig}; "
                "pass --db a Dateline database or a new file path"
            ) from err
        if load_builtin:
            override = os.environ.get(BUILTIN_ENV_VAR)
            store.refresh_builtin(builtin_root or (Path(override) if override else None))
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Writer]:
        """The one write path: everything done with the writer commits together or not at all."""
        try:
            with self.engine.begin() as conn:
                yield Writer(conn)
        except exc.DatabaseError as err:
            raise StoreError(f"the database refused the write: {err.orig}") from err

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def meta(self, key: str) -> str | None:
        with self.read() as conn:
            return conn.execute(
                select(schema.settings.c.value).where(schema.settings.c.key == key)
            ).scalar()

    def refresh_builtin(self, root: Traversable | None = None) -> bool:
        """Load the packaged dataset if it changed since the last load; imported data untouched.

        ``root`` points at another data folder of the same layout (tests use small fixtures).
        """
        from dateline.data.loader import fingerprint, load_builtin

        current = fingerprint(root)
        if self.meta(BUILTIN_KEY) == current:
            return False
        dataset = load_builtin(root)
        with self.write() as writer:
            old_groups = {
                r[0]
                for r in writer.conn.execute(
                    select(schema.groups.c.id).where(schema.groups.c.dataset == "builtin")
                )
            }
            # Names are rebuilt so that a renamed alias stops matching at once.
            writer.delete_groups(old_groups)
            writer.upsert_groups(dataset.groups)
            writer.delete_incidents("builtin", keep_ids={i.id for i in dataset.incidents})
            writer.upsert_incidents(dataset.incidents)
            writer.set_meta(BUILTIN_KEY, current)
        return True

    # ---- reads -------------------------------------------------------------------------

    def get_incident(self, incident_id: str) -> Incident:
        with self.read() as conn:
            row = conn.execute(
                schema.incidents.select().where(schema.incidents.c.id == incident_id)
            ).mappings().first()
        if row is None:
            raise NotFound(f"no incident with id {incident_id!r}; find ids with 'dateline search'")
        return row_to_incident(row)

    def incidents_by_ids(self, ids: Iterable[str]) -> list[Incident]:
        wanted = list(ids)
        with self.read() as conn:
            rows = conn.execute(
                schema.incidents.select().where(schema.incidents.c.id.in_(wanted))
            ).mappings()
            found = {r["id"]: row_to_incident(r) for r in rows}
        return [found[i] for i in wanted if i in found]

    def iter_incidents(self, dataset: str | None = None) -> Iterator[Incident]:
        table = schema.incidents
        query = table.select().order_by(table.c.pk)
        if dataset:
            query = query.where(table.c.dataset == dataset)
        with self.read() as conn:
            for row in conn.execution_options(yield_per=1000).execute(query).mappings():
                yield row_to_incident(row)

    def count_incidents(self, dataset: str | None = None) -> int:
        from sqlalchemy import func

        table = schema.incidents
        query = select(func.count()).select_from(table)
        if dataset:
            query = query.where(table.c.dataset == dataset)
        with self.read() as conn:
            return int(conn.execute(query).scalar() or 0)

    def groups(self) -> list[Group]:
        with self.read() as conn:
            rows = conn.execute(schema.groups.select().order_by(schema.groups.c.name)).mappings()
            return [row_to_group(r) for r in rows]

    def get_group(self, group_id: str) -> Group:
        with self.read() as conn:
            row = conn.execute(
                schema.groups.select().where(schema.groups.c.id == group_id)
            ).mappings().first()
        if row is None:
            raise NotFound(f"no group with id {group_id!r}")
        return row_to_group(row)

    def resolve_group(self, name: str) -> Group | None:
        """The group a name or alias denotes (case-, accent- and punctuation-insensitive)."""
        key = normalize_name(name)
        with self.read() as conn:
            group_id = conn.execute(
                select(schema.group_names.c.group_id).where(schema.group_names.c.name_key == key)
            ).scalar()
        return self.get_group(group_id) if group_id else None

    def group_name_index(self) -> dict[str, str]:
        """Every normalised group name → group id (for matching in text and imports)."""
        with self.read() as conn:
            rows = conn.execute(select(schema.group_names.c.name_key, schema.group_names.c.group_id))
            return {r.name_key: r.group_id for r in rows}
