"""``dateline on``, ``today`` and ``draft``: anniversaries and posts."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from dateline.almanac.draft import draft_post, render
from dateline.almanac.onthisday import (
    Anniversary,
    anniversaries_on,
    anniversaries_today,
    parse_month_day,
)
from dateline.cli.output import Format, console, emit_json, emit_text, handles_errors, markdown_list
from dateline.errors import InvalidInput

LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, max=500, help="How many to list.")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="text, json or markdown.")]


def _ago(years: int) -> str:
    if years == 0:
        return "this year"
    return "1 year ago" if years == 1 else f"{years} years ago"


def _show(items: list[Anniversary], fmt: Format, heading: str) -> None:
    if fmt is Format.json:
        emit_json([item.to_dict() for item in items])
        return
    if fmt is Format.markdown:
        lines = [f"## {heading}", ""]
        lines.append(markdown_list((f"{a.incident.title} ({a.year})", a.lede) for a in items) or "_Nothing on record._")
        emit_text("\n".join(lines))
        return
    if not items:
        emit_text(f"{heading}: nothing on record.")
        return
    console().print(f"[bold]{heading}[/bold]")
    for n, a in enumerate(items, 1):
        which = "ended" if a.anniversary == "end" else "began" if a.incident.end else ""
        head = " · ".join(
            part
            for part in (
                f"{a.year} ({_ago(a.years_ago)}{', ' + which if which else ''})",
                a.incident.title + (" [29 Feb]" if a.leap_day else ""),
                a.incident.place_name,
                f"score {a.score:.1f}",
            )
            if part
        )
        console().print(f"\n[bold]{n}.[/bold] {escape(head)}", soft_wrap=True)
        console().print(f"   {escape(a.lede)}", soft_wrap=True)
        console().print(f"   [dim]why: {escape('; '.join(a.why))}[/dim]", soft_wrap=True)
        console().print(f"   [dim]id: {escape(a.incident.id)}[/dim]")


def register(app: typer.Typer) -> None:
    @app.command("on")
    @handles_errors
    def on(
        ctx: typer.Context,
        month_day: Annotated[str, typer.Argument(metavar="MM-DD", help="Month and day, e.g. 04-22.")],
        limit: LimitOption = 10,
        fmt: FormatOption = Format.text,
    ) -> None:
        """Incidents that started or ended on a month-day, ranked and explained."""
        month, day = parse_month_day(month_day)
        items = anniversaries_on(ctx.obj.store, month, day, limit=limit)
        _show(items, fmt, f"On this day, {month_day}")

    @app.command("today")
    @handles_errors
    def today(
        ctx: typer.Context,
        tz: Annotated[str | None, typer.Option("--tz", help="IANA time zone, e.g. America/Lima. Default: this machine's.")] = None,
        limit: LimitOption = 10,
        fmt: FormatOption = Format.text,
    ) -> None:
        """Today's anniversaries (29 February incidents show on 28 February in common years)."""
        date, items = anniversaries_today(ctx.obj.store, tz, limit=limit)
        _show(items, fmt, f"On this day, {date:%B} {date.day}")

    @app.command("draft")
    @handles_errors
    def draft(
        ctx: typer.Context,
        incident_id: Annotated[str, typer.Argument(metavar="ID", help="Incident id (see 'dateline on' or 'search').")],
        on: Annotated[str | None, typer.Option("--on", metavar="MM-DD", help="Draft for the anniversary on this day (start or end).")] = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="markdown or html.")] = "markdown",
    ) -> None:
        """Draft a post: headline, lede, dateline, fact box and sources."""
        if fmt not in ("markdown", "html"):
            raise InvalidInput(f"unknown format {fmt!r}; use markdown or html")
        incident = ctx.obj.store.get_incident(incident_id)
        emit_text(render(draft_post(incident, on), fmt))
