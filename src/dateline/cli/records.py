"""``dateline show``, ``search``, ``export`` and ``stats``: the records themselves."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import Format, emit_json, emit_text, handles_errors, table
from dateline.errors import InvalidInput
from dateline.exports import EXPORTERS
from dateline.model import PartialDate
from dateline.stats import coverage
from dateline.store.queries import SearchQuery, search


class ExportFormat(str, enum.Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


def register(app: typer.Typer) -> None:
    @app.command("show")
    @handles_errors
    def show(
        ctx: typer.Context,
        incident_id: Annotated[str, typer.Argument(metavar="ID")],
        fmt: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
    ) -> None:
        """One incident with every field and its sources."""
        incident = ctx.obj.store.get_incident(incident_id)
        if fmt is Format.json:
            emit_json(incident.to_dict())
            return
        data = incident.to_dict()
        rows = [
            (key, ", ".join(map(str, value)) if isinstance(value, list) else value)
            for key, value in data.items()
            if key not in ("sources",) and value not in (None, [], "")
        ]
        table(incident.title, ["field", "value"], rows)
        for source in incident.sources:
            emit_text(f"source: {source.title} <{source.url}>")

    @app.command("search")
    @handles_errors
    def search_command(
        ctx: typer.Context,
        query: Annotated[str, typer.Argument(help="Words to find in titles, summaries, places, groups.")] = "",
        country: Annotated[str | None, typer.Option(help="ISO alpha-3 country code, e.g. PER.")] = None,
        group: Annotated[str | None, typer.Option(help="Group name, alias or id, e.g. MRTA.")] = None,
        kind: Annotated[str | None, typer.Option(help="Attack type, e.g. hostage_barricade.")] = None,
        date_from: Annotated[str | None, typer.Option("--from", help="Earliest start: YYYY[-MM[-DD]].")] = None,
        date_to: Annotated[str | None, typer.Option("--to", help="Latest start: YYYY[-MM[-DD]].")] = None,
        limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000)] = 20,
        fmt: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
    ) -> None:
        """Ranked full-text search with filters."""
        found, total = search(
            ctx.obj.store,
            SearchQuery(
                text=query,
                country=country,
                group=group,
                kind=kind,
                date_from=PartialDate.parse_option(date_from, "--from"),
                date_to=PartialDate.parse_option(date_to, "--to"),
                limit=limit,
            ),
        )
        if fmt is Format.json:
            emit_json([i.to_dict() for i in found])
            return
        table(
            f"{total} match(es)" + (f", first {len(found)}" if total > len(found) else ""),
            ["start", "end", "incident", "place", "killed", "id"],
            ((i.start, i.end, i.title, i.place_name, i.killed, i.id) for i in found),
        )

    @app.command("export")
    @handles_errors
    def export(
        ctx: typer.Context,
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv or geojson.")] = ExportFormat.jsonl,
        out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write (default: stdout).")] = None,
    ) -> None:
        """Every incident in the store, as JSON Lines, CSV or GeoJSON."""
        incidents = ctx.obj.store.iter_incidents()
        if out is None:
            EXPORTERS[fmt.value](incidents, sys.stdout)
            return
        try:
            with out.open("w", encoding="utf-8", newline="") as stream:
                EXPORTERS[fmt.value](incidents, stream)
        except OSError as exc:
            raise InvalidInput(f"cannot write {out}: {exc.strerror}") from exc

    @app.command("stats")
    @handles_errors
    def stats(
        ctx: typer.Context,
        fmt: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
        dataset: Annotated[str | None, typer.Option(help="Only this dataset, e.g. builtin.")] = "builtin",
    ) -> None:
        """Coverage: month-days with nothing, decades, regions, kinds, countries."""
        report = coverage(ctx.obj.store.iter_incidents(dataset or None))
        if fmt is Format.json:
            emit_json(report)
            return
        emit_text(
            f"{report['incidents']} incidents, {report['countries']} countries, "
            f"years {report['first_year']}–{report['last_year']}, "
            f"{report['month_days_covered']}/366 month-days covered, "
            f"{report['uncited']} uncited"
        )
        if report["month_days_missing"]:
            emit_text("month-days with nothing: " + ", ".join(report["month_days_missing"]))
        for key in ("decades", "regions", "kinds"):
            table(key, [key[:-1], "incidents", "share"], report[key])
