"""``dateline analyze``: the JSON contract, the batch form and user errors."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.cli import app

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "analysis" / "siege-post.txt"


def test_analyze_json_contract(runner, db_path) -> None:
    result = runner.invoke(app, ["--db", db_path, "analyze", str(FIXTURE), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"document", "mentions", "incidents"}
    assert data["document"]["headline_date"] == "1997-04-22"
    assert data["incidents"][0]["links"][0]["id"] == "1996-12-17-lima-japanese-residence-siege"


def test_analyze_stdin_and_published(runner, db_path) -> None:
    result = runner.invoke(
        app, ["--db", db_path, "analyze", "-", "--published", "2024-05-28", "--format", "json"],
        input="On May 26, gunmen killed two people in Lima.",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"]["published"] == "2024-05-28"
    assert data["incidents"][0]["start"] == "2024-05-26"


def test_analyze_text_output(runner, db_path) -> None:
    result = runner.invoke(app, ["--db", db_path, "analyze", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert "headline date: 1997-04-22" in result.stdout


def test_batch_jsonl(runner, db_path, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 1, "text": "Gunmen killed two in Lima."}) + "\n{broken\n"
        + json.dumps({"id": 3, "text": "A bomb exploded in Tehran."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["--db", db_path, "analyze", "--jsonl", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line.get("id") for line in lines] == [1, None, 3]
    assert "error" in lines[1] and "incidents" in lines[0]


def test_user_errors(runner, db_path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["--db", db_path, "analyze", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "Error:" in missing.stderr and "nope.txt" in missing.stderr
    bad_date = runner.invoke(app, ["--db", db_path, "analyze", str(FIXTURE), "--published", "22/04/1997"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.stderr
    nothing = runner.invoke(app, ["--db", db_path, "analyze"])
    assert nothing.exit_code == 2 and "Error:" in nothing.stderr
