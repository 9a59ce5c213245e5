"""The licensed extracts in ../shared/data (skipped when absent): the importers on real files.

Nothing from these files is copied into the repository; the tests only count and compare.
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from dateline.store.importing import import_file
from dateline.store.store import Store

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture
def fresh(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "real.db", load_builtin=False)


def test_guatemala_el_salvador_extract_imports_completely(shared_data: Path, fresh: Store) -> None:
    path = shared_data / "gtd_subset_guatemala_elsalvador" / "GT.csv"
    rows = sum(1 for _ in path.open(encoding="utf-8")) - 1
    report = import_file(fresh, "gtd", path)
    assert (report.rows, report.imported, report.skipped, report.warned) == (rows, rows, 0, 0)
    assert fresh.count_incidents("gtd") == rows
    # rows with iday 0 are never day-precise
    day_zero = {
        line.split(",", 1)[0]
        for line in path.open(encoding="utf-8")
        if line[:1].isdigit() and line.split(",")[3] == "0"
    }
    assert day_zero
    precisions = collections.Counter(
        str(fresh.get_incident(f"gtd:{event_id}").start.precision) for event_id in day_zero
    )
    assert "day" not in precisions
    # importing it again adds nothing
    again = import_file(fresh, "gtd", path)
    assert (again.imported, again.updated, again.skipped) == (0, rows, 0)
    assert fresh.count_incidents("gtd") == rows


def test_a_damaged_copy_imports_the_good_rows_and_names_the_bad_lines(
    shared_data: Path, fresh: Store, tmp_path: Path
) -> None:
    lines = (shared_data / "gtd_subset_guatemala_elsalvador" / "GT.csv").read_text(encoding="utf-8").splitlines(
        keepends=True
    )
    event_id, _year, rest = lines[101].split(",", 2)
    lines[101] = f"{event_id},nineteen-seventy,{rest}"  # line 102 of the file
    lines[-1] = lines[-1][:20]
    damaged = tmp_path / "GT-damaged.csv"
    damaged.write_text("".join(lines), encoding="utf-8")
    report = import_file(fresh, "gtd", damaged)
    assert report.imported == len(lines) - 1 - 2
    assert [p.line for p in report.problems] == [102, len(lines)]
    assert str(report.problems[0]) == "line 102: iyear 'nineteen-seventy' is not a year"
    assert report.exit_status == 1


@pytest.mark.parametrize(
    ("dataset", "relative", "expect_all"),
    [
        ("ucdp", "ucdp_ged_syria/ged_syria_v19_1.csv", True),
        ("rand", "rand_rdwti/rdwti_dev.csv", True),
        ("acled", "acled_samples_acledR/acled_old_deletion_dummy.csv", False),  # protests excluded
    ],
)
def test_other_importers_read_their_real_files(
    shared_data: Path, fresh: Store, dataset: str, relative: str, expect_all: bool
) -> None:
    report = import_file(fresh, dataset, shared_data / relative)
    assert report.skipped == 0, report.problems[:5]
    assert report.imported + report.excluded == report.rows
    assert (report.excluded == 0) is expect_all
    again = import_file(fresh, dataset, shared_data / relative)
    assert (again.imported, again.updated) == (0, report.imported)


def test_full_gtd_schema_from_the_drone_compilation(shared_data: Path, fresh: Store) -> None:
    """Its GTD rows carry the text fields (summary, citations, hostage fields); its ACLED rows
    have no GTD event id and are refused as such."""
    report = import_file(fresh, "gtd", shared_data / "drone_terrorism_acled_gtd" / "Acled_GTD_Drone_Database_20260509.csv")
    assert report.imported > 400
    assert {p.column for p in report.problems} == {"eventid"}
    incidents = list(fresh.iter_incidents("gtd"))
    assert sum(bool(i.summary) for i in incidents) > 0.9 * len(incidents)
    assert sum(len(i.sources) > 1 for i in incidents) > 0.9 * len(incidents)  # scite1 + the GTD page
    assert all(i.country for i in incidents)


def test_the_same_incidents_in_rand_and_gtd_are_linked(shared_data: Path, fresh: Store) -> None:
    import_file(fresh, "gtd", shared_data / "gtd_subset_guatemala_elsalvador" / "GT.csv")
    report = import_file(fresh, "rand", shared_data / "rand_rdwti" / "rdwti_dev.csv")
    assert report.linked > 0
    for incident in fresh.iter_incidents("rand"):
        if incident.same_as:
            canonical = fresh.get_incident(incident.same_as)
            assert canonical.dataset == "gtd" and canonical.country == incident.country
            assert abs((canonical.start.to_date() - incident.start.to_date()).days) <= 1
