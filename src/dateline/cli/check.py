"""``dateline check``: fact-check an article, or a JSON Lines batch of them."""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from dateline.check import Checker
from dateline.check.render import to_html, to_json, to_rich
from dateline.check.report import Report
from dateline.cli.output import console, emit_json, handles_errors
from dateline.errors import DatelineError, InvalidInput


class CheckFormat(str, enum.Enum):
    text = "text"
    json = "json"
    html = "html"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    never = "never"


def _published(value: str | None, where: str = "--published") -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError) as exc:
        raise InvalidInput(
            f"{where} {value!r} is not a date; write YYYY-MM-DD, e.g. 2023-04-22"
        ) from exc


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"{name} is not UTF-8 text (byte {exc.start} cannot be decoded); save it as UTF-8 and try again"
        ) from exc


def _read(source: str) -> tuple[str, str]:
    """(text, name to show) of FILE or ``-`` (standard input), decoded as UTF-8."""
    if source == "-":
        return _decode(sys.stdin.buffer.read(), "standard input"), "standard input"
    path = Path(source)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InvalidInput(
            f"cannot read {source}: {reason}; pass the path of a UTF-8 text, Markdown or HTML file, or - for standard input"
        ) from exc
    return _decode(raw, source), source


def _lines(source: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of the JSON Lines input, decoded as UTF-8."""
    if source == "-":
        stream: IO[bytes] = sys.stdin.buffer
        for number, raw in enumerate(stream, start=1):
            yield number, _decode(raw, f"standard input line {number}")
        return
    try:
        handle = Path(source).open("rb")  # noqa: SIM115 - closed below, read lazily
    except OSError as exc:
        raise InvalidInput(
            f"cannot read {source}: {exc.strerror or exc}; pass the path of a JSON Lines file or - for standard input"
        ) from exc
    with handle:
        for number, raw in enumerate(handle, start=1):
            try:
                yield number, raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                yield number, "\x00not-utf8"


def _batch_item(checker: Checker, number: int, line: str) -> tuple[dict[str, Any], Report | None]:
    """One output line for one input line: the report, or ``{"id", "error"}``."""
    post_id: Any = None
    try:
        if line == "\x00not-utf8":
            raise InvalidInput(f"line {number} is not UTF-8 text")
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                f"line {number} is not JSON ({exc.msg} at column {exc.colno})"
            ) from exc
        if not isinstance(item, dict):
            raise InvalidInput(f'line {number} is not a JSON object; write {{"id": …, "text": …}}')
        post_id = item.get("id")
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput(f'line {number} has no "text" string to check')
        published = item.get("published")
        if published is not None and not isinstance(published, str):
            raise InvalidInput(f'line {number}: "published" must be a YYYY-MM-DD string')
        report = checker(text, published=_published(published, f'line {number}: "published"'))
        return report.to_batch_dict(post_id), report
    except DatelineError as exc:
        return {"id": post_id, "error": str(exc)}, None


def _run_batch(checker: Checker, source: str, out: Path | None, fail_on: FailOn) -> int:
    failed = False
    sink: IO[str]
    if out is not None:
        try:
            sink = out.open("w", encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(
                f"cannot write {out}: {exc.strerror or exc}; pass --out a writable file path"
            ) from exc
    else:
        sink = sys.stdout
    try:
        for number, line in _lines(source):
            if not line.strip():
                continue
            result, report = _batch_item(checker, number, line)
            sink.write(json.dumps(result, ensure_ascii=False) + "\n")
            if report is not None and report.reaches(fail_on.value):
                failed = True
        sink.flush()
    finally:
        if out is not None:
            sink.close()
    return 1 if failed else 0


def register(app: typer.Typer) -> None:
    @app.command("check")
    @handles_errors
    def check_command(
        ctx: typer.Context,
        source: Annotated[
            str | None,
            typer.Argument(
                metavar="FILE|-",
                help="The article (text, Markdown or HTML); - reads standard input.",
            ),
        ] = None,
        published: Annotated[
            str | None,
            typer.Option("--published", help="Publication date, YYYY-MM-DD (default: today)."),
        ] = None,
        fmt: Annotated[
            CheckFormat, typer.Option("--format", "-f", help="text, json or html.")
        ] = CheckFormat.text,
        fail_on: Annotated[
            FailOn,
            typer.Option(
                "--fail-on",
                help="Exit 1 when a finding is at least this severe (error, warning or never).",
            ),
        ] = FailOn.error,
        jsonl: Annotated[
            str | None,
            typer.Option(
                "--jsonl",
                metavar="IN",
                help='Check a JSON Lines batch: lines {"id", "text", "published"?}; - reads standard input.',
            ),
        ] = None,
        out: Annotated[
            Path | None,
            typer.Option(
                "--out", help="With --jsonl: write the results here (default: standard output)."
            ),
        ] = None,
    ) -> None:
        """Fact-check an article: impossible and future dates, headline conflicts, durations,
        weekdays, counts, duplicated passages, conflicts with the stored record, anachronisms."""
        if jsonl is not None:
            if source is not None:
                raise InvalidInput("give either FILE or --jsonl IN, not both")
            checker = Checker(ctx.obj.store)
            raise typer.Exit(_run_batch(checker, jsonl, out, fail_on))
        if source is None:
            raise InvalidInput(
                "no article given; pass FILE, - for standard input, or --jsonl IN for a batch"
            )
        if out is not None:
            raise InvalidInput(
                "--out goes with --jsonl; for one article redirect standard output instead"
            )
        day = _published(published)
        text, name = _read(source)
        if not text.strip():
            raise InvalidInput(f"{name} is empty; nothing to check")
        report = Checker(ctx.obj.store)(text, published=day)
        if fmt is CheckFormat.json:
            emit_json(to_json(report))
        elif fmt is CheckFormat.html:
            sys.stdout.write(to_html(report))
        else:
            console().print(to_rich(report, source=name))
        if report.reaches(fail_on.value):
            raise typer.Exit(1)
