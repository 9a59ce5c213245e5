"""Importing a research dataset file into the store: streamed, atomic, idempotent.

The file is read row by row and written in batches, all inside one ``Store.write()``
transaction: an import that fails or is killed half-way leaves the database as it was.
Records are keyed by dataset + source id, so importing a file again updates the records
it made instead of adding copies. Bad rows are skipped and reported with their line, the
column and the reason; with ``strict`` the first one stops the import and nothing is
written. Perpetrator names resolve through the alias table (new names become groups of
the dataset), and each batch is linked to the same incidents in other datasets.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dateline.errors import SourceFileError
from dateline.model import Group, Incident
from dateline.sources import get_importer, importer_names
from dateline.sources.base import Importer, Row, RowError, RowExcluded, RowProblem
from dateline.sources.groups import GroupNames
from dateline.sources.tables import MalformedRow, Table, open_table
from dateline.store import schema
from dateline.store.same_as import SameIncidentLinker
from dateline.store.store import Store, Writer

BATCH_SIZE = 5000
PROBLEMS_KEPT = 1000  # the report keeps this many bad rows and warnings; counts are exact
ProgressCallback = Callable[[int, int | None], None]


@dataclass
class ImportReport:
    """What an import did; ``exit_status`` 0 when every row was good, 1 when some were not."""

    dataset: str
    path: str
    dry_run: bool = False
    strict: bool = False
    format: str = ""
    encoding: str | None = None
    rows: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    excluded: int = 0
    warned: int = 0
    groups_created: int = 0
    linked: int = 0
    stopped_at: int | None = None
    seconds: float = 0.0
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    exclusions: Counter[str] = field(default_factory=Counter)

    @property
    def written(self) -> bool:
        return not self.dry_run and self.stopped_at is None

    @property
    def exit_status(self) -> int:
        return 1 if self.skipped else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "path": self.path,
            "format": self.format,
            "encoding": self.encoding,
            "dry_run": self.dry_run,
            "strict": self.strict,
            "written": self.written,
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "skipped": self.skipped,
            "excluded": self.excluded,
            "exclusions": dict(self.exclusions.most_common()),
            "warnings_total": self.warned,
            "groups_created": self.groups_created,
            "linked": self.linked,
            "stopped_at_line": self.stopped_at,
            "seconds": round(self.seconds, 3),
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [w.to_dict() for w in self.warnings],
        }


class _StrictStop(Exception):
    """Raised inside the write transaction to roll it back at the first bad row."""


class _DryRun:
    """Stands in for the writer: counts what would be new, writes nothing."""

    def __init__(self, store: Store, report: ImportReport):
        self.store = store
        self.report = report

    def write(self, groups: list[Group], incidents: list[Incident]) -> None:
        self.report.groups_created += len(groups)
        ids = list({i.id for i in incidents})
        table = schema.incidents
        existing = 0
        with self.store.read() as conn:
            for start in range(0, len(ids), 900):
                query = select(table.c.id).where(table.c.id.in_(ids[start : start + 900]))
                existing += len(conn.execute(query).all())
        self.report.imported += len(ids) - existing
        self.report.updated += existing


class _Writing:
    """Writes each batch in the import's one transaction."""

    def __init__(self, writer: Writer, dataset: str, report: ImportReport):
        self.writer = writer
        self.report = report
        self.linker = SameIncidentLinker(writer, dataset)

    def write(self, groups: list[Group], incidents: list[Incident]) -> None:
        if groups:
            self.writer.upsert_groups(groups)
            self.report.groups_created += len(groups)
        new, old = self.writer.upsert_incidents(incidents)
        self.report.imported += new
        self.report.updated += old
        self.report.linked += self.linker.link(incidents)


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cycle collector while rows stream through.

    Each row makes a few dozen small objects and no reference cycles, so reference counting
    frees them all; the collector would only rescan them, a tenth of an import's time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _missing_columns_message(path: Path, importer: Importer, missing: list[str], table: Table) -> str:
    found = ", ".join(c.strip() for c in table.columns[:8]) + (" …" if len(table.columns) > 8 else "")
    message = (
        f"{path} is not a {importer.title} file: it has no column "
        f"{', '.join(repr(m) for m in missing)} (its columns: {found})"
    )
    for name in importer_names():
        other = get_importer(name)
        if other.dataset != importer.dataset and not other.missing_columns(
            other.column_index(table.columns)
        ):
            return f"{message}; it looks like {other.title}: try 'dateline import {name} {path}'"
    return message + f"; export the file with {importer.title}'s column names"


def import_file(
    store: Store,
    dataset: str,
    path: str | Path,
    *,
    dry_run: bool = False,
    strict: bool = False,
    progress: ProgressCallback | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportReport:
    """Import ``path`` with the importer registered as ``dataset``; see the module docs.

    Raises SourceFileError when the file cannot be used at all (not a table, columns
    missing); everything about single rows is in the report.
    """
    importer = get_importer(dataset)
    path = Path(path)
    report = ImportReport(importer.dataset, str(path), dry_run=dry_run, strict=strict)
    started = time.perf_counter()
    with open_table(path) as table:
        report.format, report.encoding = table.format, table.encoding
        index = importer.column_index(table.columns)
        missing = importer.missing_columns(index)
        if missing:
            raise SourceFileError(_missing_columns_message(path, importer, missing, table))
        importer.bind(index)
        run = _Run(importer, table, index, report, progress, batch_size)
        names = GroupNames(store.groups(), store.group_name_index(), importer.dataset)
        try:
            with _cyclic_gc_paused():
                if dry_run:
                    run.execute(_DryRun(store, report), names)
                else:
                    with store.write() as writer:
                        run.execute(_Writing(writer, importer.dataset, report), names)
        except _StrictStop:
            pass  # the transaction has rolled back: nothing was written
    report.seconds = time.perf_counter() - started
    return report


class _Run:
    def __init__(
        self,
        importer: Importer,
        table: Table,
        index: dict[str, int],
        report: ImportReport,
        progress: ProgressCallback | None,
        batch_size: int,
    ):
        self.importer = importer
        self.table = table
        self.index = index
        self.report = report
        self.progress = progress
        self.batch_size = batch_size

    def execute(self, sink: _DryRun | _Writing, names: GroupNames) -> None:
        report, importer = self.report, self.importer
        first_line: dict[str, int] = {}  # incident id → line: a repeated id is a bad row
        batch: list[Incident] = []
        for item in self.table.rows():
            report.rows += 1
            if self.progress is not None and report.rows % 1000 == 0:
                self.progress(*self.table.progress())
            if isinstance(item, MalformedRow):
                self._bad(RowProblem(item.line, item.reason))
                continue
            try:
                record = importer.map_row(Row(item.line, item.values, self.index), names)
            except RowError as exc:
                self._bad(exc.at(item.line))
                continue
            except RowExcluded as exc:
                report.excluded += 1
                report.exclusions[exc.reason] += 1
                continue
            incident = record.incident
            if incident.id in first_line:
                self._bad(RowProblem(
                    item.line, f"repeats the record on line {first_line[incident.id]}; the first is kept",
                    importer.id_column, incident.source_id,
                ))  # fmt: skip
                continue
            first_line[incident.id] = item.line
            for warning in record.warnings:
                self._warn(warning.at(item.line))
            batch.append(incident)
            if len(batch) >= self.batch_size:
                self._flush(sink, names, batch)
                batch = []
        self._flush(sink, names, batch)
        if self.progress is not None:
            self.progress(*self.table.progress())

    def _flush(self, sink: _DryRun | _Writing, names: GroupNames, batch: list[Incident]) -> None:
        groups = names.take_new_groups()
        if groups or batch:
            sink.write(groups, batch)

    def _bad(self, problem: RowProblem) -> None:
        self.report.skipped += 1
        if len(self.report.problems) < PROBLEMS_KEPT:
            self.report.problems.append(problem)
        if self.report.strict:
            self.report.stopped_at = problem.line
            raise _StrictStop

    def _warn(self, warning: RowProblem) -> None:
        self.report.warned += 1
        if len(self.report.warnings) < PROBLEMS_KEPT:
            self.report.warnings.append(warning)
