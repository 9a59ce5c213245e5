"""Helpers for importer tests: our own fixture files (tests/fixtures/imports), mapped without a store."""

from __future__ import annotations

import functools
from pathlib import Path

from dateline.model import Group
from dateline.names import normalize_name
from dateline.sources import get_importer
from dateline.sources.base import Row, RowError, RowExcluded, SourceRecord
from dateline.sources.groups import GroupNames
from dateline.sources.tables import MalformedRow, open_table
from tests.conftest import FIXTURES

IMPORT_FIXTURES = FIXTURES / "imports"
MRTA = Group(id="mrta", name="Túpac Amaru Revolutionary Movement", short="MRTA",
             aliases=("Tupac Amaru Revolutionary Movement",))


def group_names(dataset: str, groups: tuple[Group, ...] = (MRTA,)) -> GroupNames:
    index = {normalize_name(n): g.id for g in groups for n in g.names}
    return GroupNames(groups, index, dataset)


def map_file(dataset: str, path: Path) -> dict[int, SourceRecord | str]:
    """line → the record, or the message that refuses the row (``excluded: …`` for scope)."""
    importer = get_importer(dataset)
    names = group_names(dataset)
    found: dict[int, SourceRecord | str] = {}
    with open_table(path) as table:
        index = importer.column_index(table.columns)
        assert not importer.missing_columns(index)
        importer.bind(index)
        for item in table.rows():
            if isinstance(item, MalformedRow):
                found[item.line] = f"line {item.line}: {item.reason}"
                continue
            try:
                found[item.line] = importer.map_row(Row(item.line, item.values, index), names)
            except RowError as exc:
                found[item.line] = str(exc.at(item.line))
            except RowExcluded as exc:
                found[item.line] = f"excluded: {exc.reason}"
    return found


@functools.cache
def fixture_records(dataset: str, name: str) -> dict[int, SourceRecord | str]:
    return map_file(dataset, IMPORT_FIXTURES / name)


def record(dataset: str, name: str, line: int) -> SourceRecord:
    found = fixture_records(dataset, name)[line]
    assert isinstance(found, SourceRecord), found
    return found


def by_source_id(dataset: str, name: str) -> dict[str, SourceRecord]:
    return {
        r.incident.source_id: r
        for r in fixture_records(dataset, name).values()
        if isinstance(r, SourceRecord) and r.incident.source_id
    }
