from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline.errors import NotFound, StoreError
from dateline.model import Incident, PartialDate, Perpetrator
from dateline.store.queries import SearchQuery, incidents_on_month_day, search
from dateline.store.store import Store
from tests.conftest import BUILTIN_FIXTURE


def test_builtin_loaded_on_first_open(store: Store) -> None:
    lima = store.get_incident("1996-12-17-lima-japanese-residence-siege")
    assert lima.start == PartialDate(1996, 12, 17)
    assert lima.end == PartialDate(1997, 4, 22)
    assert lima.perpetrators == (Perpetrator("mrta", "Túpac Amaru Revolutionary Movement"),)
    assert lima.injured is None  # unknown stays unknown


def test_unknown_id_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="nope"):
        store.get_incident("nope")


@pytest.mark.parametrize(
    ("name", "group_id"),
    [
        ("MRTA", "mrta"),
        ("mrta", "mrta"),
        ("Movimiento Revolucionario Tupac Amaru", "mrta"),
        ("túpac amaru revolutionary movement", "mrta"),
        ("Front de Liberation Fictif", "fixture-front"),
        ("Shining Path", None),
    ],
)
def test_resolve_group_by_alias(store: Store, name: str, group_id: str | None) -> None:
    group = store.resolve_group(name)
    assert (group.id if group else None) == group_id


@pytest.mark.parametrize(
    ("month", "day", "expected"),
    [
        (4, 22, {("1996-12-17-lima-japanese-residence-siege", "end"), ("1986-04-22-fixture-minor-bombing", "start"),
                 ("1987-04-22-fixture-third-major-bombing", "start"), ("1988-04-22-fixture-major-bombing", "start"),
                 ("1989-04-22-fixture-second-major-bombing", "start")}),
        (12, 17, {("1996-12-17-lima-japanese-residence-siege", "start")}),
        (2, 29, {("1996-02-29-fixture-leap-day-bombing", "start")}),
        (12, 31, {("1975-12-31-fixture-new-years-eve-attack", "start")}),
        (1, 1, {("1975-12-31-fixture-new-years-eve-attack", "end")}),
        (4, 1, set()),  # the month-precise April 1997 record never lands on the 1st
        (1, 2, set()),
    ],
)
def test_month_day_lookup(store: Store, month: int, day: int, expected: set[tuple[str, str]]) -> None:
    found = {(i.id, which) for i, which in incidents_on_month_day(store, month, day)}
    assert found == expected


def test_refresh_keeps_imported_records(store: Store, tmp_path: Path) -> None:
    imported = Incident(id="gtd:1", title="Imported", start=PartialDate(1990, 5, 1), country="PER",
                        dataset="gtd", source_id="1")
    with store.write() as writer:
        writer.upsert_incidents([imported])
        writer.set_meta("builtin_fingerprint", "stale")
    assert store.refresh_builtin(BUILTIN_FIXTURE) is True
    assert store.get_incident("gtd:1").title == "Imported"
    assert store.refresh_builtin(BUILTIN_FIXTURE) is False  # unchanged data: no reload


def test_upsert_is_idempotent(store: Store) -> None:
    record = Incident(id="gtd:2", title="Twice", start=PartialDate(1990, 5), country="PER",
                      dataset="gtd", source_id="2")
    with store.write() as writer:
        assert writer.upsert_incidents([record]) == (1, 0)
    with store.write() as writer:
        assert writer.upsert_incidents([record.with_changes(title="Twice, updated")]) == (0, 1)
    assert store.count_incidents("gtd") == 1
    assert store.get_incident("gtd:2").title == "Twice, updated"


def test_failed_write_leaves_store_as_before(store: Store) -> None:
    before = store.count_incidents()
    record = Incident(id="gtd:3", title="Half", start=PartialDate(1990), country="PER",
                      dataset="gtd", source_id="3")
    with pytest.raises(RuntimeError), store.write() as writer:
        writer.upsert_incidents([record])
        raise RuntimeError("killed half-way")
    assert store.count_incidents() == before


@pytest.mark.parametrize(
    ("query", "first"),
    [
        (SearchQuery(text="Tupac Amaru"), "1996-12-17-lima-japanese-residence-siege"),
        (SearchQuery(text="Tehran embassy"), "1979-11-04-tehran-us-embassy-seizure"),
        (SearchQuery(group="MRTA"), "1996-12-17-lima-japanese-residence-siege"),
        (SearchQuery(country="IRN"), "1979-11-04-tehran-us-embassy-seizure"),
        (SearchQuery(text="bombing", country="ESP", date_from=PartialDate(1988), date_to=PartialDate(1988)),
         "1988-04-22-fixture-major-bombing"),
        (SearchQuery(kind="hostage_kidnapping"), "1997-04-fixture-month-precise-kidnapping"),
    ],
)
def test_search(store: Store, query: SearchQuery, first: str) -> None:
    found, total = search(store, query)
    assert found and found[0].id == first
    assert total >= 1


@pytest.mark.parametrize("text", ['"', "AND OR NOT", "(((", "*", "na\u0000me", "😀"])
def test_search_never_fails_on_odd_text(store: Store, text: str) -> None:
    search(store, SearchQuery(text=text))


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StoreError, match="not a Dateline database"):
        Store.open(path)


def test_non_database_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(path)
