"""The report: assembly of rule results, the JSON contract, and the three renderings."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

from rich.console import Console

from dateline.check import Checker, Finding
from dateline.check.render import to_html, to_json, to_rich
from dateline.check.report import assemble
from dateline.text.types import Document
from tests.check.conftest import post

DOC = Document(text="On this day in 2997, it ended.")


def finding(rule: str, severity: str, start: int, end: int, verified: bool = False) -> Finding:
    return Finding(
        rule, severity, start, end, DOC.text[start:end], f"{rule} message", "evidence", verified
    )  # type: ignore[arg-type]


def test_one_span_one_finding_the_more_severe_or_earlier_rule_wins() -> None:
    report = assemble(
        DOC,
        [finding("headline-conflict", "error", 0, 19), finding("future-date", "error", 0, 19),
         finding("duplicate-passage", "warning", 0, 30), finding("record-conflict", "warning", 0, 19)],
        ["future-date", "headline-conflict", "record-conflict", "duplicate-passage"],
    )  # fmt: skip
    assert [(f.rule, f.start, f.end) for f in report.findings] == [
        ("future-date", 0, 19),
        ("duplicate-passage", 0, 30),
    ]


def test_a_claim_is_never_both_doubted_and_verified() -> None:
    report = assemble(
        DOC, [finding("duration", "error", 0, 19), finding("record-conflict", "info", 0, 19, verified=True),
              finding("duration", "info", 20, 22, verified=True)], ["duration", "record-conflict"],
    )  # fmt: skip
    assert [(f.rule, f.start) for f in report.verified] == [("duration", 20)]


def test_reaches_and_counts() -> None:
    report = assemble(DOC, [finding("duplicate-passage", "warning", 0, 30)], ["duplicate-passage"])
    assert report.reaches("warning") and not report.reaches("error") and not report.reaches("never")
    assert report.counts() == {"error": 0, "warning": 1, "info": 0}
    assert report.worst() == "warning"


PUBLISHED = dt.date(2023, 4, 22)
TRICKY = post(
    "April 22, 1997 | <script>alert('x')</script> & \"Siege\"",
    "On this day in 2997, commandos <b>stormed</b> the residence & freed 71 hostages.",
    "LIMA, PERU — The rebels demanded the release of hundreds of imprisoned comrades in 1996.",
    "The rebels demanded the release of hundreds of imprisoned comrades in 1996.",
)


def test_json_follows_the_contract(bare_checker: Checker) -> None:
    report = bare_checker(TRICKY, published=PUBLISHED)
    data = json.loads(json.dumps(to_json(report)))
    assert set(data) == {"document", "findings", "verified"}
    assert data["document"]["headline_date"] == "1997-04-22"
    for item in data["findings"] + data["verified"]:
        assert set(item) == {"rule", "severity", "start", "end", "text", "message", "evidence"}
        assert TRICKY[item["start"] : item["end"]] == item["text"]
    assert [f["rule"] for f in data["findings"]] == ["future-date", "duplicate-passage"]


def test_html_is_standalone_escaped_and_marks_every_finding(bare_checker: Checker) -> None:
    report = bare_checker(TRICKY, published=PUBLISHED)
    page = to_html(report)
    assert page.startswith("<!doctype html>") and "<style>" in page and "<link" not in page
    assert "<script>" not in page and "<b>stormed</b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    marks = re.findall(r'<mark class="(\w+)" title="([^"]*)">', page)
    assert {kind for kind, _ in marks} >= {"error", "warning"}
    hover = html.unescape(next(title for kind, title in marks if kind == "error"))
    assert "future-date" in hover and "evidence:" in hover
    # the article survives whole: remove the markup and unescape
    body = re.search(r'<div class="article">(.*?)</div>', page, re.S)
    assert body is not None
    text = html.unescape(re.sub(r"<sup>.*?</sup>|<[^>]+>", "", body.group(1)))
    assert text == TRICKY


def test_terminal_text_marks_the_spans(bare_checker: Checker) -> None:
    report = bare_checker(TRICKY, published=PUBLISHED)
    console = Console(record=True, width=100, color_system="truecolor")
    console.print(to_rich(report, source="post.txt"))
    plain = console.export_text(clear=False)
    assert plain.startswith("post.txt: 1 error(s), 1 warning(s)")
    assert "[1]" in plain and "future-date" in plain and "evidence:" in plain
    assert "\x1b[" in console.export_text(styles=True)  # the spans are styled
