"""The ``dateline`` command line: one module per command group, registered explicitly."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline import __version__
from dateline.cli.context import CliState


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="dateline",
        help="Dateline: what happened on this day in the history of terrorism and political "
        "violence, and is this article about it right?",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
        rich_markup_mode=None,
    )

    @app.callback()
    def root(
        ctx: typer.Context,
        db: Annotated[
            str | None,
            typer.Option(
                "--db",
                envvar="DATELINE_DB",
                help="Database file path or URL (postgresql://…). "
                "Default: a per-user file, created and filled with the built-in dataset.",
                show_default=False,
            ),
        ] = None,
        version: Annotated[
            bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
        ] = False,
    ) -> None:
        ctx.obj = CliState(db)

    from dateline.cli import almanac, analyze, check, imports, records, serve

    for module in (almanac, records, imports, serve, analyze, check):
        module.register(app)
    return app


app = build_app()


def main() -> None:
    app()


__all__ = ["app", "build_app", "main"]
