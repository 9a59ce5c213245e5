"""One error shape for every error the web app returns, built by one helper.

    {"error": {"status": 404, "code": "not_found", "message": "…", "details": [
        {"location": "query.limit", "message": "…"}]}}

The API, the feeds and the OpenAPI document answer it as JSON; pages show the same
envelope as an HTML page, so a reader never sees a traceback or a bare status.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response

from dateline.errors import DatelineError, FeatureUnavailable, InvalidInput, NotFound, StoreError

log = logging.getLogger("dateline.web")

ERROR_CODES: dict[int, str] = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_parameters",
    500: "internal_error",
    503: "unavailable",
}

# Paths whose errors are JSON; everything else is a page for a reader.
_MACHINE_PREFIXES = ("/api/", "/feeds/", "/openapi.json", "/static/")


def error_envelope(
    status: int, message: str, details: Iterable[tuple[str | None, str]] = ()
) -> dict[str, Any]:
    """The one error document: status, a stable code, a message naming the fix, details."""
    return {
        "error": {
            "status": status,
            "code": ERROR_CODES.get(status, "client_error" if status < 500 else "server_error"),
            "message": message,
            "details": [{"location": where, "message": what} for where, what in details],
        }
    }


def wants_json(path: str) -> bool:
    return path.startswith(_MACHINE_PREFIXES) or path == "/api"


def error_response(
    request: Request,
    status: int,
    message: str,
    details: Iterable[tuple[str | None, str]] = (),
    headers: Mapping[str, str] | None = None,
) -> Response:
    """The envelope as JSON for machines, or as an HTML page for readers."""
    envelope = error_envelope(status, message, details)
    if wants_json(request.url.path):
        return JSONResponse(envelope, status_code=status, headers=headers)
    web = getattr(request.app.state, "web", None)
    if web is None:  # pragma: no cover - only before the app is wired
        return JSONResponse(envelope, status_code=status, headers=headers)
    html = web.templates.get_template("error.html").render(
        request=request, error=envelope["error"], settings=web.settings
    )
    return HTMLResponse(html, status_code=status, headers=headers)


def _status_of(exc: DatelineError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, (FeatureUnavailable, StoreError)):
        return 503
    if isinstance(exc, InvalidInput):
        return 400
    return 400


def _location(loc: Iterable[Any]) -> str:
    return ".".join(str(part) for part in loc)


def install_error_handlers(app: FastAPI) -> None:
    """Route every error — ours, HTTP, validation, unexpected — through ``error_response``."""

    @app.exception_handler(DatelineError)
    async def dateline_error(request: Request, exc: DatelineError) -> Response:
        return error_response(request, _status_of(exc), str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; see / for today's page or /about for the API"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(request, exc.status_code, message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [
            (_location(e.get("loc", ())), str(e.get("msg", "invalid"))) for e in exc.errors()
        ]
        names = ", ".join(sorted({d[0] for d in details if d[0]})) or "the request"
        return error_response(request, 422, f"invalid parameters: {names}", details)

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal error; the server log has the details")
