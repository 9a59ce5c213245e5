"""ASGI middleware: a request body size limit, security headers, a response cache."""

from __future__ import annotations

from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline.web.errors import error_response
from dateline.web.state import LruCache


class BodySizeLimit:
    """Refuse bodies over ``max_bytes`` with 413: at once when Content-Length says so,
    otherwise as soon as the streamed body passes the limit (chunked uploads)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self) -> str:
        return f"the request body is larger than {self.max_bytes:,} bytes; send a shorter text"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                response = error_response(Request(scope), 400, "Content-Length is not a number")
                await response(scope, receive, send)
                return
            if int(declared) > self.max_bytes:
                response = error_response(Request(scope), 413, self._too_large())
                await response(scope, receive, send)
                return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # Raised inside the app's body reading; the error handlers answer it.
                    raise HTTPException(413, self._too_large())
            return message

        await self.app(scope, limited_receive, send)


class SecurityHeaders:
    """A Content-Security-Policy that allows only our own scripts (and the tile server's
    images), so even text that escaped escaping could not run; plus the usual hardening."""

    def __init__(self, app: ASGIApp, tiles_origin: str | None) -> None:
        self.app = app
        images = "'self' data:" + (f" {tiles_origin}" if tiles_origin else "")
        policy = (
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'; form-action 'self'"
        )
        self.headers = [
            (b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class ResponseCache:
    """Answer repeated GETs of a read-only resource from memory, before any routing.

    The store does not change while serving, so a successful answer depends only on the
    request line and today's date (answers without ``year`` count years from today);
    requests that name a time zone go through, since their today may differ. Misses run
    the full route — validation, errors and all — and only 200 answers are kept.
    """

    def __init__(
        self,
        app: ASGIApp,
        prefixes: tuple[str, ...],
        size: int,
        today: Callable[[], object],
    ) -> None:
        self.app = app
        self.prefixes = prefixes
        self.today = today
        self.cache: LruCache[tuple[str, bytes, object], tuple[Message, bytes]] = LruCache(size)
        self.enabled = size > 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            not self.enabled
            or scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith(self.prefixes)
            or b"tz=" in scope["query_string"]
        ):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope["query_string"], self.today())
        hit = self.cache.get(key)
        if hit is not None:
            start, body = hit
            await send({**start, "headers": list(start["headers"])})
            await send({"type": "http.response.body", "body": body})
            return
        start_message: Message | None = None
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            nonlocal start_message
            if message["type"] == "http.response.start":
                start_message = {**message, "headers": list(message.get("headers", []))}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if (
                    not message.get("more_body")
                    and start_message
                    and start_message["status"] == 200
                ):
                    self.cache.put(key, (start_message, b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, keep)
