"""The app factory: open the store once, wire the routers, errors and limits."""

from __future__ import annotations

import os
from importlib.resources import files

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from dateline import __version__
from dateline.store.store import Store
from dateline.web import api, checking, feeds, pages, records
from dateline.web.engines import Engines
from dateline.web.errors import install_error_handlers
from dateline.web.middleware import BodySizeLimit, ResponseCache, SecurityHeaders
from dateline.web.settings import WebSettings
from dateline.web.state import WebState


def create_app(
    store_location: str | os.PathLike[str] | None = None,
    *,
    store: Store | None = None,
    settings: WebSettings | None = None,
    engines: Engines | None = None,
) -> FastAPI:
    """A Dateline web app over the store at ``store_location`` (or an already open ``store``).

    The store is opened here, once, and only read while serving. ``engines`` replaces the
    analysis and checking engines (by default imported from dateline.text / dateline.check
    when first needed).
    """
    settings = settings or WebSettings.from_env()
    store = store or Store.open(store_location)
    app = FastAPI(
        title="Dateline",
        version=__version__,
        summary="On this day in the history of political violence; incidents; article checks.",
        docs_url=None,  # the interactive docs load from a CDN; /openapi.json is the contract
        redoc_url=None,
    )
    state = WebState(store, settings, engines)
    app.state.web = state
    install_error_handlers(app)
    for module in (api, feeds, pages, records, checking):
        app.include_router(module.router)
    static = files("dateline.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    # Outermost last: security headers on every answer, cached ones included.
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(
        ResponseCache, prefixes=("/api/onthisday/",), size=settings.cache_size, today=state.today
    )
    app.add_middleware(SecurityHeaders, tiles_origin=settings.tiles_origin)
    return app
