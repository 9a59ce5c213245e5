"""``dateline serve``: the web app, the JSON API and the feeds on one port."""

from __future__ import annotations

import gc
from typing import Annotated

import typer

from dateline.cli.output import handles_errors


def register(app: typer.Typer) -> None:
    @app.command("serve")
    @handles_errors
    def serve(
        ctx: typer.Context,
        host: Annotated[
            str, typer.Option(help="Address to listen on; 0.0.0.0 for every interface.")
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
        access_log: Annotated[
            bool, typer.Option("--access-log/--no-access-log", help="Log every request.")
        ] = True,
    ) -> None:
        """Serve the pages, the JSON API (/api, /openapi.json) and the feeds (/feeds).

        Map tiles come from $DATELINE_TILES (empty: none); today's date from --tz pages or
        $DATELINE_TZ. The database is opened once and only read.
        """
        import uvicorn

        from dateline.web.app import create_app

        web = create_app(store=ctx.obj.store)
        # What start-up built lives as long as the process: keep it out of every GC pass.
        gc.collect()
        gc.freeze()
        typer.echo(
            f"Dateline on http://{host}:{port}/ (API: /api, OpenAPI: /openapi.json)", err=True
        )
        uvicorn.run(web, host=host, port=port, access_log=access_log, log_level="info")
