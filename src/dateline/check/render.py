"""Every way a report is shown: Rich terminal text, the JSON contract, a standalone HTML page.

All three mark the same spans. Spans may overlap or nest (a future year inside a
duplicated sentence), so the text is cut at every span boundary and each run knows the
marks covering it; the run takes the colour of the most severe one.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from dateline.check.report import SEVERITY_RANK, Finding, Report

_STYLES = {"error": "bold white on red", "warning": "black on yellow", "info": "black on cyan",
           "verified": "black on green"}  # fmt: skip
_CONTEXT = 1  # paragraphs shown around each marked one in the terminal


@dataclass(frozen=True)
class Mark:
    number: int  # footnote number: findings first, then verified claims
    finding: Finding

    @property
    def kind(self) -> str:
        return "verified" if self.finding.verified else self.finding.severity

    @property
    def rank(self) -> int:
        return 0 if self.finding.verified else SEVERITY_RANK[self.finding.severity]


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    marks: tuple[Mark, ...]  # covering this run
    ending: tuple[Mark, ...]  # whose span ends here

    @property
    def strongest(self) -> Mark | None:
        return max(self.marks, key=lambda m: (m.rank, -m.number)) if self.marks else None


def marks_of(report: Report) -> list[Mark]:
    items = [*report.findings, *report.verified]
    return [Mark(n, f) for n, f in enumerate(items, start=1)]


def runs(text: str, marks: Iterable[Mark]) -> list[Run]:
    """The text cut at every boundary of a usable span."""
    usable = [m for m in marks if 0 <= m.finding.start < m.finding.end <= len(text)]
    cuts = sorted(
        {0, len(text), *(m.finding.start for m in usable), *(m.finding.end for m in usable)}
    )
    pieces = []
    for left, right in itertools.pairwise(cuts):
        covering = tuple(m for m in usable if m.finding.start <= left and right <= m.finding.end)
        pieces.append(
            Run(left, right, covering, tuple(m for m in covering if m.finding.end == right))
        )
    return pieces


# ---- JSON ------------------------------------------------------------------------------


def to_json(report: Report) -> dict[str, Any]:
    """``{"document", "findings", "verified"}`` (the ``dateline check`` contract)."""
    return report.to_dict()


# ---- terminal --------------------------------------------------------------------------


def to_rich(report: Report, *, source: str = "") -> RenderableType:
    """The marked paragraphs with footnotes, then the findings and verified claims."""
    text = report.text
    marks = marks_of(report)
    parts: list[RenderableType] = []
    counts = report.counts()
    summary = Text(f"{source + ': ' if source else ''}")
    summary.append(f"{counts['error']} error(s)", style="bold red" if counts["error"] else "")
    summary.append(f", {counts['warning']} warning(s)", style="yellow" if counts["warning"] else "")
    summary.append(f", {counts['info']} note(s), {len(report.verified)} verified claim(s)")
    parts.append(summary)
    if marks:
        parts.append(Text(""))
        parts.append(_marked_text(text, marks))
        parts.append(Text(""))
        parts.append(_listing(text, marks))
    return Group(*parts)


def _marked_text(text: str, marks: list[Mark]) -> Text:
    """The paragraphs holding a mark (and their neighbours), with the spans styled."""
    paragraphs = _paragraphs(text)
    marked = {
        n for n, (start, end) in enumerate(paragraphs)
        for m in marks if start <= m.finding.start < end or m.finding.start <= start < m.finding.end
    }  # fmt: skip
    shown = sorted(
        {
            k
            for n in marked
            for k in range(n - _CONTEXT, n + _CONTEXT + 1)
            if 0 <= k < len(paragraphs)
        }
    )
    result = Text()
    previous = -1
    for n in shown:
        if previous >= 0 and n != previous + 1:
            result.append("…\n\n", style="dim")
        start, end = paragraphs[n]
        result.append_text(_styled(text, start, end, marks))
        result.append("\n\n")
        previous = n
    result.rstrip()
    return result


def _styled(text: str, start: int, end: int, marks: list[Mark]) -> Text:
    piece = Text()
    inside = [m for m in marks if m.finding.start < end and start < m.finding.end]
    for run in runs(text, inside):
        left, right = max(run.start, start), min(run.end, end)
        if left >= right:
            continue
        strongest = run.strongest
        piece.append(text[left:right], style=_STYLES[strongest.kind] if strongest else "")
        if right == run.end:
            for mark in run.ending:
                piece.append(f"[{mark.number}]", style="bold")
    return piece


def _listing(text: str, marks: list[Mark]) -> Text:
    """One entry per mark: number, severity, rule, line, message, then the evidence."""
    listing = Text()
    for heading, verified in (("Findings", False), ("Verified", True)):
        chosen = [m for m in marks if m.finding.verified is verified]
        if not chosen:
            continue
        listing.append(f"{heading}\n", style="bold underline")
        for mark in chosen:
            f = mark.finding
            line = text.count("\n", 0, f.start) + 1
            listing.append(f"[{mark.number}] ", style="bold")
            listing.append(mark.kind, style=_STYLES[mark.kind])
            listing.append(f" {f.rule} · line {line} ({f.start}–{f.end}): ", style="dim")
            listing.append(f"{f.message}\n")
            if f.evidence and not verified:
                listing.append(f"    evidence: {f.evidence}\n", style="dim")
        listing.append("\n")
    listing.rstrip()
    return listing


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for block in text.split("\n\n"):
        end = start + len(block)
        if block.strip():
            spans.append((start, end))
        start = end + 2
    return spans


# ---- HTML ------------------------------------------------------------------------------

_CSS = """
body{font:16px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font:600 1.3rem system-ui,sans-serif}
.summary{font:14px system-ui,sans-serif;color:#444}
.article{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1rem}
mark{border-radius:2px;padding:0 1px;cursor:help}
mark.error{background:#fcc;border-bottom:2px solid #c00}
mark.warning{background:#ffe9a8;border-bottom:2px solid #c90}
mark.info{background:#d6ecff}
mark.verified{background:#d7f5d7;border-bottom:1px dashed #393}
sup{font:600 11px system-ui,sans-serif;color:#555}
ol{font:14px/1.5 system-ui,sans-serif}
li .rule{font-family:ui-monospace,monospace}
li .error{color:#b00;font-weight:600} li .warning{color:#a60;font-weight:600}
li .info{color:#036} li .verified{color:#272}
li .evidence{color:#555}
""".strip()


def to_html(report: Report, *, title: str | None = None) -> str:
    """A standalone page: inline CSS, the article escaped, spans marked, evidence on hover."""
    text = report.text
    marks = marks_of(report)
    heading = title or report.document.title or "Fact-check report"
    counts = report.counts()
    body: list[str] = []
    for run in runs(text, marks):
        piece = html.escape(text[run.start : run.end])
        strongest = run.strongest
        if strongest is not None:
            hover = "\n".join(_hover(m) for m in sorted(run.marks, key=lambda m: -m.rank))
            piece = f'<mark class="{strongest.kind}" title="{html.escape(hover, quote=True)}">{piece}</mark>'
        for mark in run.ending:
            piece += f'<sup><a href="#f{mark.number}">[{mark.number}]</a></sup>'
        body.append(piece)
    items = []
    for mark in marks:
        f = mark.finding
        items.append(
            f'<li id="f{mark.number}"><span class="{mark.kind}">{mark.kind}</span> '
            f'<span class="rule">{html.escape(f.rule)}</span> '
            f"({f.start}–{f.end}) “{html.escape(f.text)}”: {html.escape(f.message)}"
            + (f'<br><span class="evidence">{html.escape(f.evidence)}</span>' if f.evidence else "")
            + "</li>"
        )
    summary = (
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s), "
        f"{len(report.verified)} verified claim(s). Hover over a marked passage for the evidence."
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Check: {html.escape(heading)}</title><style>{_CSS}</style></head><body>"
        f'<h1>Check: {html.escape(heading)}</h1><p class="summary">{html.escape(summary)}</p>'
        f'<div class="article">{"".join(body)}</div>'
        + (f"<h2>Findings and verified claims</h2><ol>{''.join(items)}</ol>" if items else "")
        + "</body></html>\n"
    )


def _hover(mark: Mark) -> str:
    f = mark.finding
    line = f"[{mark.number}] {mark.kind} · {f.rule}: {f.message}"
    return f"{line}\nevidence: {f.evidence}" if f.evidence else line
