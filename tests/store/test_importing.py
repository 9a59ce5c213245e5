"""Importing files into the store: complete, atomic, idempotent, linked across datasets."""

from __future__ import annotations

import csv
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from dateline.errors import SourceFileError
from dateline.store import importing
from dateline.store.importing import import_file
from dateline.store.queries import SearchQuery, incidents_on_month_day, search
from dateline.store.store import Store
from tests.conftest import BUILTIN_FIXTURE
from tests.sources.mapping import IMPORT_FIXTURES

GTD = IMPORT_FIXTURES / "gtd_sample.csv"
RAND = IMPORT_FIXTURES / "rand_sample.csv"
LIMA = "1996-12-17-lima-japanese-residence-siege"


def damaged_copy(tmp_path: Path) -> Path:
    """The GTD fixture with a bad year on line 5 and its last line cut in half."""
    lines = GTD.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = lines[4].replace("197606100001,1976,", "197606100001,nineteen-seventy,", 1)
    lines[-1] = lines[-1][: len(lines[-1]) // 2]
    path = tmp_path / "damaged.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_import_reports_what_it_did(store: Store) -> None:
    report = import_file(store, "gtd", GTD)
    assert (report.rows, report.imported, report.updated, report.skipped) == (24, 24, 0, 0)
    assert (report.format, report.encoding, report.exit_status, report.written) == ("csv", "utf-8", 0, True)
    assert report.groups_created == 4
    assert report.warned == 3
    assert store.count_incidents("gtd") == 24
    assert store.get_incident("gtd:197402000001").start.iso() == "1974-02"


def test_reimport_updates_and_never_duplicates(store: Store) -> None:
    import_file(store, "gtd", GTD)
    groups_before = len(store.groups())
    again = import_file(store, "gtd", GTD)
    assert (again.imported, again.updated, again.skipped, again.groups_created) == (0, 24, 0, 0)
    assert store.count_incidents("gtd") == 24
    assert len(store.groups()) == groups_before
    assert store.get_incident("gtd:199612170003").same_as == LIMA  # links survive


def test_damaged_file_imports_the_good_rows_and_names_the_bad_lines(store: Store, tmp_path: Path) -> None:
    report = import_file(store, "gtd", damaged_copy(tmp_path))
    assert (report.imported, report.skipped, report.exit_status) == (22, 2, 1)
    assert [str(p) for p in report.problems] == [
        "line 5: iyear 'nineteen-seventy' is not a year",
        "line 25: has 28 of the 48 columns (the row is cut short; a truncated file or a stray line break?)",
    ]
    assert store.count_incidents("gtd") == 22


def test_strict_stops_at_the_first_bad_row_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    groups_before = len(store.groups())
    report = import_file(store, "gtd", damaged_copy(tmp_path), strict=True)
    assert (report.stopped_at, report.skipped, report.written, report.exit_status) == (5, 1, False, 1)
    assert store.count_incidents("gtd") == 0
    assert len(store.groups()) == groups_before


def test_dry_run_validates_without_writing(store: Store) -> None:
    report = import_file(store, "gtd", GTD, dry_run=True)
    assert (report.imported, report.updated, report.groups_created, report.written) == (24, 0, 4, False)
    assert store.count_incidents("gtd") == 0
    import_file(store, "gtd", GTD)
    assert import_file(store, "gtd", GTD, dry_run=True).updated == 24


def test_a_failure_half_way_leaves_the_store_as_it_was(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def fail_on_second_batch(*args: object) -> int:
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return 0

    monkeypatch.setattr(importing.SameIncidentLinker, "link", fail_on_second_batch)
    groups_before = len(store.groups())
    with pytest.raises(RuntimeError, match="disk on fire"):
        import_file(store, "gtd", GTD, batch_size=5)
    assert store.count_incidents("gtd") == 0
    assert len(store.groups()) == groups_before


def test_xlsx_imports_like_the_csv(store: Store, tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    with GTD.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    sheet.append(rows[0])
    for row in rows[1:]:  # typed cells, as a spreadsheet holds them
        cells: list[object] = []
        for column, value in zip(rows[0], row, strict=True):
            if column == "resolution" and value:
                month, day, year = map(int, value.split("/"))
                cells.append(dt.datetime(year, month, day))
            elif value.lstrip("-").replace(".", "", 1).isdigit():
                cells.append(float(value) if "." in value else int(value))
            else:
                cells.append(value or None)
        sheet.append(cells)
    path = tmp_path / "gtd.xlsx"
    book.save(path)
    import_file(store, "gtd", GTD)
    from_csv = {i.id: i.to_dict() for i in store.iter_incidents("gtd")}
    with Store.open(tmp_path / "xlsx.db", builtin_root=BUILTIN_FIXTURE) as other:
        report = import_file(other, "gtd", path)
        assert (report.format, report.imported, report.skipped) == ("xlsx", 24, 0)
        assert {i.id: i.to_dict() for i in other.iter_incidents("gtd")} == from_csv


def test_latin1_file(store: Store) -> None:
    report = import_file(store, "gtd", IMPORT_FIXTURES / "gtd_latin1.csv")
    assert (report.encoding, report.imported) == ("iso-8859-1", 3)
    bogota = store.get_incident("gtd:199004020001")
    assert bogota.city == "Bogotá"
    group = store.resolve_group("Frente Patriotico Inventado")  # accents do not matter
    assert group is not None and (group.name, group.dataset) == ("Frente Patriótico Inventado (FPI)", "gtd")


def test_new_groups_belong_to_the_dataset_and_resolve_by_alias(store: Store) -> None:
    import_file(store, "gtd", GTD)
    group = store.resolve_group("IPF")
    assert group is not None
    assert (group.id, group.name, group.dataset) == (
        "gtd:invented-patriotic-front-ipf", "Invented Patriotic Front (IPF)", "gtd",
    )
    assert store.resolve_group("Unknown") is None
    assert store.get_incident("gtd:199612170003").perpetrators[0].group_id == "mrta"


@pytest.mark.parametrize(
    ("dataset", "wrong_file", "expected"),
    [
        ("gtd", "ucdp_sample.csv", "it looks like UCDP Georeferenced Event Dataset: try 'dateline import ucdp"),
        ("rand", "gtd_sample.csv", "it has no column 'date', 'description'"),
        ("acled", "rand_sample.csv", "it looks like RAND Database of Worldwide Terrorism Incidents"),
    ],
)
def test_a_file_of_another_dataset_is_refused_with_its_missing_columns(
    store: Store, dataset: str, wrong_file: str, expected: str
) -> None:
    with pytest.raises(SourceFileError, match=r"is not a .* file: it has no column") as caught:
        import_file(store, dataset, IMPORT_FIXTURES / wrong_file)
    assert expected in str(caught.value)


def test_the_same_incident_in_several_datasets_is_linked(store: Store) -> None:
    assert import_file(store, "gtd", GTD).linked == 1  # Lima → the built-in record
    assert import_file(store, "rand", RAND).linked == 2  # Lima → built-in, Srinagar → GTD
    assert store.get_incident("gtd:199612170003").same_as == LIMA
    rand = {i.city: i for i in store.iter_incidents("rand") if i.city}
    assert rand["Lima"].same_as == LIMA
    assert rand["Srinagar"].same_as == "gtd:198910050001"  # a day apart, same city
    assert rand["San Salvador"].same_as is None  # two GTD bombings that day: ambiguous
    assert store.get_incident("gtd:198910050001").same_as is None  # GTD stays canonical
    # listed once
    on_the_day = [i.id for i, which in incidents_on_month_day(store, 12, 17) if which == "start"]
    assert on_the_day == [LIMA]
    found, total = search(store, SearchQuery(text="Srinagar"))
    assert ([i.id for i in found], total) == (["gtd:198910050001"], 1)


def test_the_more_authoritative_dataset_leads_whatever_the_order(store: Store) -> None:
    import_file(store, "rand", RAND)
    srinagar = next(i for i in store.iter_incidents("rand") if i.city == "Srinagar")
    assert srinagar.same_as is None
    import_file(store, "gtd", GTD)
    assert store.get_incident(srinagar.id).same_as == "gtd:198910050001"
    assert store.get_incident("gtd:198910050001").same_as is None
    import_file(store, "rand", RAND)  # re-import: still linked, still once
    assert store.get_incident(srinagar.id).same_as == "gtd:198910050001"


@pytest.mark.parametrize(
    ("dataset", "name", "imported", "skipped", "excluded"),
    [
        ("ucdp", "ucdp_sample.csv", 7, 2, 0),
        ("acled", "acled_sample.csv", 6, 1, 3),
        ("rand", "rand_sample.csv", 13, 1, 0),
        ("gtd", "gtd_latin1.csv", 3, 0, 0),
    ],
)
def test_each_importer_through_the_store(
    store: Store, dataset: str, name: str, imported: int, skipped: int, excluded: int
) -> None:
    report = import_file(store, dataset, IMPORT_FIXTURES / name)
    assert (report.imported, report.skipped, report.excluded) == (imported, skipped, excluded)
    assert store.count_incidents(dataset) == imported
    assert import_file(store, dataset, IMPORT_FIXTURES / name).imported == 0


def test_progress_is_reported(store: Store) -> None:
    seen: list[tuple[int, int | None]] = []
    import_file(store, "gtd", GTD, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (GTD.stat().st_size, GTD.stat().st_size)


_KILLABLE = """
import sys
from dateline.store.store import Store
from dateline.store.importing import import_file
with Store.open(sys.argv[1], load_builtin=False) as store:
    import_file(store, "gtd", sys.argv[2], progress=lambda *a: print("progress", flush=True), batch_size=500)
"""


@pytest.mark.slow
def test_killed_half_way_the_database_is_as_before(tmp_path: Path) -> None:
    rows = list(csv.reader(GTD.open(encoding="utf-8", newline="")))
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(rows[0])
        for n in range(60_000):
            row = list(rows[1 + n % (len(rows) - 1)])
            row[0] = f"{row[0][:8]}{n:06d}"
            out.writerow(row)
    db = tmp_path / "killed.db"
    Store.open(db, load_builtin=False).close()
    child = subprocess.Popen([sys.executable, "-c", _KILLABLE, str(db), str(big)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    for _ in range(5):  # several batches written inside the open transaction
        child.stdout.readline()
    time.sleep(0.2)
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL  # it was still importing
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,)


def _write(path: Path, header: list[str], *rows: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(header)
        out.writerows(rows)
    return path


def test_clusters_never_chain_and_follow_precedence(store: Store, tmp_path: Path) -> None:
    """RAND, then UCDP (linked to RAND), then GTD: GTD leads, and both point at it."""
    rand = _write(tmp_path / "r.csv", ["Date", "City", "Country", "Perpetrator", "Weapon", "Injuries",
                                        "Fatalities", "Description"],
                  ["2010-05-05", "Aleppo", "Syria", "Invented Front", "Explosives", "3", "2", "A fixture."])
    ucdp = _write(tmp_path / "u.csv", ["id", "type_of_violence", "side_a", "side_b", "country", "date_prec",
                                        "date_start", "date_end", "best", "where_prec", "where_coordinates"],
                  ["77", "3", "Invented Front", "Civilians", "Syria", "1", "2010-05-06", "2010-05-06", "2",
                   "1", "Aleppo town"])
    gtd = _write(tmp_path / "g.csv", ["eventid", "iyear", "imonth", "iday", "country_txt", "city", "gname"],
                 ["201005050009", "2010", "5", "5", "Syria", "Aleppo", "Invented Front"])
    import_file(store, "rand", rand)
    [r] = store.iter_incidents("rand")
    assert import_file(store, "ucdp", ucdp).linked == 1
    assert store.get_incident("ucdp:77").same_as == r.id
    assert import_file(store, "gtd", gtd).linked == 1
    assert store.get_incident("gtd:201005050009").same_as is None
    assert store.get_incident(r.id).same_as == "gtd:201005050009"
    assert store.get_incident("ucdp:77").same_as == "gtd:201005050009"
    import_file(store, "ucdp", ucdp)  # re-importing keeps the cluster as it is
    assert store.get_incident("ucdp:77").same_as == "gtd:201005050009"
    assert [i.id for i, _ in incidents_on_month_day(store, 5, 5)] == ["gtd:201005050009"]


def test_a_repeated_id_in_one_file_is_a_bad_row(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path / "g.csv", ["eventid", "iyear", "imonth", "iday", "country_txt"],
                  ["201005050001", "2010", "5", "5", "Syria"], ["201005050001", "2010", "5", "6", "Syria"])
    report = import_file(store, "gtd", path)
    assert [str(p) for p in report.problems] == [
        "line 3: eventid '201005050001' repeats the record on line 2; the first is kept"
    ]
    assert store.get_incident("gtd:201005050001").start.iso() == "2010-05-05"


def test_a_refused_row_leaves_no_group_behind(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path / "g.csv", ["eventid", "iyear", "imonth", "iday", "country_txt", "gname", "nkill"],
                  ["201005050001", "2010", "5", "5", "Syria", "Front of a Refused Row", "many"])
    report = import_file(store, "gtd", path)
    assert (report.skipped, report.groups_created) == (1, 0)
    assert store.resolve_group("Front of a Refused Row") is None
