from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app

LIMA = "1996-12-17-lima-japanese-residence-siege"


def run(runner: CliRunner, db_path: str, *args: str):
    return runner.invoke(app, ["--db", db_path, *args])


def test_on_json_follows_the_contract(runner: CliRunner, db_path: str) -> None:
    result = run(runner, db_path, "on", "04-22", "--format", "json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    lima = next(item for item in items if item["id"] == LIMA)
    assert lima["anniversary"] == "end"
    assert (lima["start"], lima["end"], lima["country"]) == ("1996-12-17", "1997-04-22", "PER")
    assert lima["start_precision"] == "day"
    for key in ("id", "title", "start", "end", "start_precision", "end_precision", "country",
                "country_name", "city", "lat", "lon", "kinds", "perpetrators", "killed", "injured",
                "hostages", "summary", "sources", "dataset", "source_id", "anniversary",
                "years_ago", "lede", "score", "why"):
        assert key in lima
    assert lima["perpetrators"] == ["Túpac Amaru Revolutionary Movement"]
    assert lima["injured"] is None


def test_on_tehran(runner: CliRunner, db_path: str) -> None:
    items = json.loads(run(runner, db_path, "on", "11-04", "-f", "json").stdout)
    assert [(i["country"], i["end"]) for i in items] == [("IRN", "1981-01-20")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["on", "13-45"], "Error: '13-45': there is no month 13"),
        (["on", "02-30"], "Error: '02-30': February has no day 30"),
        (["show", "no-such-id"], "Error: no incident with id 'no-such-id'"),
        (["draft", LIMA, "--on", "05-01"], "neither started nor ended on 05-01"),
        (["draft", LIMA, "--format", "pdf"], "Error: unknown format 'pdf'"),
        (["today", "--tz", "Mars/Olympus"], "Error: unknown time zone 'Mars/Olympus'"),
        (["search", "--from", "1997-02-30"], "Error: --from: February 1997 has no day 30"),
        (["search", "--kind", "arson"], "Error: unknown kind 'arson'"),
    ],
)
def test_bad_input_exits_2_with_one_line(runner: CliRunner, db_path: str, args: list[str], message: str) -> None:
    result = run(runner, db_path, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_unusable_database_exits_2(runner: CliRunner, tmp_path) -> None:
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"\x00junk" * 1000)
    result = runner.invoke(app, ["--db", str(bad), "on", "04-22"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: cannot open")


def test_draft_markdown_headline(runner: CliRunner, db_path: str) -> None:
    result = run(runner, db_path, "draft", LIMA, "--on", "04-22", "--format", "markdown")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "# April 22, 1997 | Hostage Taking in Peru"
    assert "LIMA, PERU —" in result.stdout
    assert "| Killed | 17 (including 14 perpetrators) |" in result.stdout
    assert "(https://en.wikipedia.org/wiki/Japanese_embassy_hostage_crisis)" in result.stdout


def test_draft_start_anniversary_by_default(runner: CliRunner, db_path: str) -> None:
    result = run(runner, db_path, "draft", LIMA)
    assert result.stdout.startswith("# December 17, 1996 | Hostage Taking in Peru")


def test_draft_html_escapes_record_text(runner: CliRunner, db_path: str) -> None:
    result = run(runner, db_path, "draft", LIMA, "--format", "html")
    assert "<h1>December 17, 1996 | Hostage Taking in Peru</h1>" in result.stdout
    assert "ambassador&#39;s residence" in result.stdout  # record text is escaped


def test_today_text_runs(runner: CliRunner, db_path: str) -> None:
    result = run(runner, db_path, "today", "--tz", "America/Lima")
    assert result.exit_code == 0
    assert "On this day" in result.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_export_every_incident(runner: CliRunner, db_path: str, fmt: str, tmp_path) -> None:
    out = tmp_path / f"export.{fmt}"
    result = run(runner, db_path, "export", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text()
    if fmt == "jsonl":
        rows = [json.loads(line) for line in text.splitlines()]
        assert len(rows) == 10 and all(r["sources"] for r in rows)
    elif fmt == "csv":
        assert text.splitlines()[0].startswith("id,title,start,end")
        assert len(text.splitlines()) == 11
    else:
        doc = json.loads(text)
        assert len(doc["features"]) == 10
        lima = next(f for f in doc["features"] if f["id"] == LIMA)
        assert lima["geometry"]["coordinates"] == [-77.0465, -12.0931]


def test_search_and_show(runner: CliRunner, db_path: str) -> None:
    found = json.loads(run(runner, db_path, "search", "embassy", "--country", "IRN", "-f", "json").stdout)
    assert [f["id"] for f in found] == ["1979-11-04-tehran-us-embassy-seizure"]
    shown = json.loads(run(runner, db_path, "show", LIMA, "-f", "json").stdout)
    assert shown["hostages_held_to_end"] == 72


def test_stats_json(runner: CliRunner, db_path: str) -> None:
    report = json.loads(run(runner, db_path, "stats", "-f", "json").stdout)
    assert report["incidents"] == 10
    assert report["uncited"] == 0
    assert "04-22" not in report["month_days_missing"]
    assert "04-01" in report["month_days_missing"]
