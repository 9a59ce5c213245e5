"""``dateline analyze``: an article → document, mentions, incident frames and links."""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli.output import emit_json, emit_text, handles_errors, table
from dateline.errors import InvalidInput
from dateline.text.batch import analyze_lines
from dateline.text.pipeline import analyze
from dateline.text.types import Analysis


class AnalyzeFormat(enum.StrEnum):
    text = "text"
    json = "json"


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"--published {value!r} is not a date; write YYYY-MM-DD, e.g. 2023-04-22") from None


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise InvalidInput(f"{source}: no such file; pass the path of an article, or - for stdin")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _show(analysis: Analysis) -> None:
    document = analysis.document
    emit_text(f"title: {document.title or '—'}")
    if document.headline_date:
        emit_text(f"headline date: {document.headline_date.iso()}")
    if document.dateline:
        place = document.dateline.place
        emit_text(f"dateline: {document.dateline.text}" + (f" ({place.city or place.name}, {place.country})" if place else ""))
    table(
        "incidents",
        ["frame", "start", "end", "place", "perpetrators", "killed", "injured", "hostages", "link"],
        (
            (f.id, f.start, f.end, ", ".join(p for p in (f.city, f.country) if p),
             ", ".join(f.perpetrators), f.killed, f.injured, f.hostages,
             f"{f.links[0].id} ({f.links[0].score:.2f})" if f.links else "")
            for f in analysis.frames
        ),
    )  # fmt: skip
    table(
        "mentions",
        ["#", "kind", "span", "text", "value"],
        ((m.index, m.kind, f"{m.start}-{m.end}", m.text, _brief(m.to_dict()["value"])) for m in analysis.mentions),
    )


def _brief(value: dict[str, Any] | None) -> str:
    if not value:
        return ""
    keys = ("value", "valid", "anchor", "amount", "unit", "country", "city", "id", "name", "role", "counts", "title")
    parts = []
    for key in keys:
        item = value.get(key)
        if isinstance(item, dict):
            continue
        if item not in (None, "", True) or (key == "valid" and item is False):
            parts.append(f"{key}={item}")
    if "start" in value and isinstance(value["start"], dict):
        parts.append(f"{value['start'].get('value')}→{value['end'].get('value')}")
    return " ".join(parts)


def register(app: typer.Typer) -> None:
    @app.command("analyze")
    @handles_errors
    def analyze_command(
        ctx: typer.Context,
        source: Annotated[str | None, typer.Argument(metavar="FILE|-", help="Article (text, Markdown, HTML); - reads stdin.")] = None,
        published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
        title: Annotated[str | None, typer.Option(help="Title, when the text has no headline.")] = None,
        fmt: Annotated[AnalyzeFormat, typer.Option("--format", "-f", help="text or json.")] = AnalyzeFormat.text,
        jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Batch: JSON Lines of {id, text, published?, title?}.")] = None,
        out: Annotated[Path | None, typer.Option("--out", "-o", help="Batch output file (default: stdout).")] = None,
        workers: Annotated[int, typer.Option(min=1, max=256, help="Batch: processes to use.")] = 1,
        dask: Annotated[bool, typer.Option("--dask", help="Batch: run on Dask (pip install 'dateline[scale]').")] = False,
        scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help="Batch: a Dask scheduler address (tcp://host:8786) for a real cluster; implies --dask.")] = None,
    ) -> None:
        """Dates, places, groups, people, counts and incidents in an article, linked to the store."""
        store = ctx.obj.store
        if jsonl is not None:
            if source is not None:
                raise InvalidInput("give either FILE or --jsonl IN, not both")
            _batch(jsonl, out, store, workers, dask, scheduler)
            return
        if source is None:
            raise InvalidInput("missing FILE; pass an article path, - for stdin, or --jsonl IN for a batch")
        analysis = analyze(_read(source), published=_published(published), store=store, title=title)
        if fmt is AnalyzeFormat.json:
            emit_json(analysis.to_dict())
        else:
            _show(analysis)


def _batch(
    source: Path, out: Path | None, store: Any, workers: int, use_dask: bool, scheduler: str | None
) -> None:
    if str(source) != "-" and not source.is_file():
        raise InvalidInput(f"{source}: no such file; pass --jsonl a JSON Lines file of {{id, text}} objects")
    stream = sys.stdin if str(source) == "-" else source.open(encoding="utf-8", errors="replace")
    try:
        target = sys.stdout if out is None else out.open("w", encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot write {out}: {exc.strerror}") from exc
    try:
        for record in analyze_lines(stream, store, workers=workers, use_dask=use_dask, scheduler=scheduler):
            target.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if target is not sys.stdout:
            target.close()
        if stream is not sys.stdin:
            stream.close()
