"""``dateline check``: formats, exit statuses, bad input, and the JSON Lines batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

CLEAN = (
    "April 22, 1997 | Commandos End the Siege in Lima\n\n"
    "On this day in 1997, Peruvian commandos stormed the Japanese ambassador's residence in Lima.\n\n"
    "LIMA, PERU — The rebels had held the residence for 126 days.\n"
)
FUTURE = CLEAN.replace("On this day in 1997", "On this day in 2997")
COPIED = (
    CLEAN
    + "\nOn this day in 1997, Peruvian commandos stormed the Japanese ambassador's residence in Lima.\n"
)


def run(runner: CliRunner, db_path: str, *args: str, stdin: str | None = None):
    return runner.invoke(app, ["--db", db_path, "check", *args], input=stdin)


@pytest.fixture
def article(tmp_path: Path):
    def write(text: str, name: str = "post.txt") -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


@pytest.mark.parametrize(
    ("text", "args", "code"),
    [
        (CLEAN, [], 0),
        (FUTURE, [], 1),
        (FUTURE, ["--fail-on", "never"], 0),
        (COPIED, [], 0),
        (COPIED, ["--fail-on", "warning"], 1),
        (CLEAN, ["--published", "1990-01-01"], 1),  # 1997 is after 1990: a future date
    ],
)
def test_exit_status_follows_fail_on(
    runner, db_path, article, text: str, args: list[str], code: int
) -> None:
    result = run(runner, db_path, article(text), "--format", "json", *args)
    assert result.exit_code == code, result.output


def test_json_is_one_document_per_the_contract(runner, db_path, article) -> None:
    result = run(runner, db_path, article(FUTURE), "--format", "json", "--published", "2023-04-22")
    data = json.loads(result.stdout)
    assert set(data) == {"document", "findings", "verified"}
    [error] = data["findings"]
    assert (error["rule"], error["severity"], error["text"]) == (
        "future-date",
        "error",
        "On this day in 2997",
    )
    assert FUTURE[error["start"] : error["end"]] == error["text"]
    assert [v["text"] for v in data["verified"]] == ["126 days"]


def test_spans_count_characters_not_bytes_and_keep_newlines(runner, db_path, article) -> None:
    text = "April 22, 1997 | Émeute à Lima — «Túpac Amaru»\r\n\r\nOn this day in 2997, the siege ended.\r\n"
    data = json.loads(run(runner, db_path, article(text), "-f", "json").stdout)
    [error] = data["findings"]
    assert text[error["start"] : error["end"]] == "On this day in 2997"


def test_standard_input(runner, db_path) -> None:
    result = run(runner, db_path, "-", "--format", "json", stdin=FUTURE)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["findings"][0]["rule"] == "future-date"


def test_text_and_html(runner, db_path, article) -> None:
    text = run(runner, db_path, article(FUTURE))
    assert "1 error(s)" in text.stdout and "future-date" in text.stdout
    page = run(runner, db_path, article(FUTURE), "--format", "html")
    assert page.stdout.startswith("<!doctype html>")
    assert '<mark class="error"' in page.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "Error: cannot read missing.txt: No such file or directory"),
        (
            ["{post}", "--published", "2023-02-30"],
            "Error: --published '2023-02-30' is not a date; write YYYY-MM-DD",
        ),
        (["{post}", "--published", "yesterday"], "Error: --published 'yesterday' is not a date"),
        (["{post}", "--format", "pdf"], "Invalid value for '--format'"),
        ([], "Error: no article given"),
        (["{empty}"], "is empty; nothing to check"),
        (["{latin1}"], "is not UTF-8 text"),
        (["{post}", "--jsonl", "x.jsonl"], "Error: give either FILE or --jsonl IN, not both"),
        (["--jsonl", "missing.jsonl"], "Error: cannot read missing.jsonl"),
    ],
)
def test_unusable_input_exits_2(
    runner, db_path, tmp_path: Path, article, args: list[str], message: str
) -> None:
    (tmp_path / "latin1.txt").write_bytes("Émeute à Lima, 1997".encode("latin-1"))
    names = {
        "{post}": article(CLEAN),
        "{empty}": article("  \n", "empty.txt"),
        "{latin1}": str(tmp_path / "latin1.txt"),
    }
    result = run(runner, db_path, *[names.get(a, a) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_batch_keeps_order_and_reports_bad_lines(runner, db_path, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "text": CLEAN, "published": "2023-04-22"}),
        "{not json",
        json.dumps({"id": "b", "text": FUTURE}),
        json.dumps({"id": 3, "text": CLEAN, "published": "2023-02-30"}),
        json.dumps({"id": 4}),
        json.dumps(["a list"]),
        "",
        json.dumps({"id": 5, "text": COPIED, "published": "2023-04-22"}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run(runner, db_path, "--jsonl", str(source), "--out", str(out))
    assert result.exit_code == 1  # post "b" has an error
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [1, None, "b", 3, 4, None, 5]
    assert set(rows[0]) == {"id", "findings", "verified"}
    assert rows[0]["findings"] == [] and rows[0]["verified"][0]["text"] == "126 days"
    assert "line 2 is not JSON" in rows[1]["error"]
    assert rows[2]["findings"][0]["rule"] == "future-date"
    assert "is not a date" in rows[3]["error"]
    assert 'no "text"' in rows[4]["error"]
    assert "not a JSON object" in rows[5]["error"]
    assert rows[6]["findings"][0]["rule"] == "duplicate-passage"


def test_batch_from_standard_input_to_standard_output(runner, db_path) -> None:
    lines = "".join(
        json.dumps({"id": n, "text": CLEAN, "published": "2023-04-22"}) + "\n" for n in range(40)
    )
    result = run(runner, db_path, "--jsonl", "-", stdin=lines)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == list(range(40))
