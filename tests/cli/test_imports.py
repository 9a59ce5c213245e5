"""``dateline import``: exit statuses, the text report, and one JSON document with --format json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from dateline.cli import app
from tests.sources.mapping import IMPORT_FIXTURES

GTD = str(IMPORT_FIXTURES / "gtd_sample.csv")


def run(runner: CliRunner, db_path: str, *args: str) -> Result:
    return runner.invoke(app, ["--db", db_path, "import", *args])


def test_text_report(runner: CliRunner, db_path: str) -> None:
    result = run(runner, db_path, "gtd", GTD)
    assert result.exit_code == 0, result.output
    assert "24 rows" in result.stdout
    assert "imported  24 new" in result.stdout
    assert "skipped   0 bad rows" in result.stdout
    assert "line 9: country_txt 'Freedonia' is not a known country; stored without a code (warning)" in result.stderr
    again = run(runner, db_path, "gtd", GTD)
    assert "imported  0 new" in again.stdout and "updated   24 already in the store" in again.stdout


def test_json_report_is_the_only_thing_on_stdout(runner: CliRunner, db_path: str) -> None:
    result = run(runner, db_path, "gtd", GTD, "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert (report["imported"], report["updated"], report["skipped"], report["dataset"]) == (24, 0, 0, "gtd")
    assert report["warnings_total"] == 3 and len(report["warnings"]) == 3
    assert result.stderr == ""


def test_bad_rows_exit_1_and_are_listed_by_line(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.csv"
    text = Path(GTD).read_text(encoding="utf-8").replace("197606100001,1976,", "197606100001,nineteen-seventy,")
    damaged.write_text(text, encoding="utf-8")
    result = run(runner, db_path, "gtd", str(damaged))
    assert result.exit_code == 1
    assert "line 5: iyear 'nineteen-seventy' is not a year" in result.stderr
    assert "skipped   1 bad row\n" in result.stdout
    report = json.loads(run(runner, db_path, "gtd", str(damaged), "-f", "json").stdout)
    assert report["problems"][0] == {
        "line": 5, "column": "iyear", "value": "nineteen-seventy", "reason": "is not a year",
        "message": "line 5: iyear 'nineteen-seventy' is not a year",
    }


def test_strict_and_dry_run(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    dry = run(runner, db_path, "gtd", GTD, "--dry-run")
    assert dry.exit_code == 0 and "Dry run: nothing was written." in dry.stdout
    damaged = tmp_path / "damaged.csv"
    damaged.write_text(Path(GTD).read_text(encoding="utf-8") + "199901010001,1999,1,1\n", encoding="utf-8")
    strict = run(runner, db_path, "gtd", str(damaged), "--strict")
    assert strict.exit_code == 1
    assert "Stopped at line 26 (--strict): nothing was written." in strict.stdout
    # nothing was written by either: the next dry run still finds every row new
    assert "imported  24 would be new" in run(runner, db_path, "gtd", GTD, "--dry-run").stdout
    assert runner.invoke(app, ["--db", db_path, "show", "gtd:197301150001"]).exit_code == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope", GTD), "Error: no importer for 'nope'; choose one of gtd, ucdp, acled, rand"),
        (("gtd", "/no/such/file.csv"), "Error: /no/such/file.csv does not exist"),
        (("gtd", str(IMPORT_FIXTURES / "rand_sample.csv")),
         "Error: " + str(IMPORT_FIXTURES / "rand_sample.csv") + " is not a Global Terrorism Database (START) file: "
         "it has no column 'eventid', 'iyear', 'imonth', 'iday', 'country_txt'"),
    ],
)
def test_unusable_input_exits_2_with_one_error_line(
    runner: CliRunner, db_path: str, args: tuple[str, ...], message: str
) -> None:
    result = run(runner, db_path, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert "Traceback" not in result.output
