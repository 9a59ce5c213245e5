"""The check page: paste an article or upload a file, see it with its findings marked."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from dateline.errors import FeatureUnavailable, InvalidInput
from dateline.web.highlight import marks_of, runs
from dateline.web.models import MAX_TEXT_CHARS
from dateline.web.rendering import render
from dateline.web.state import WebState, web_state

router = APIRouter(include_in_schema=False)
State = Annotated[WebState, Depends(web_state)]


def _published(value: str | None) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput(f"published={value!r} is not a date; write YYYY-MM-DD") from exc


async def _article(text: str | None, upload: UploadFile | None) -> str:
    """The pasted text, else the uploaded file decoded as UTF-8."""
    if upload is not None and upload.filename:
        raw = await upload.read()
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                f"{upload.filename} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and upload again"
            ) from exc
    # Browsers send a textarea's line breaks as CRLF; the writer typed newlines.
    return (text or "").replace("\r\n", "\n")


@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request, state: State) -> HTMLResponse:
    return render(
        state, request, "check.html", text="", published="", report=None, runs=[], marks=[],
        problem=None, available=state.engines.available("check"),
    )  # fmt: skip


@router.post("/check", response_class=HTMLResponse)
async def check_article(
    request: Request,
    state: State,
    text: Annotated[str | None, Form(max_length=MAX_TEXT_CHARS)] = None,
    published: Annotated[str | None, Form(max_length=10)] = None,
    file: Annotated[
        UploadFile | None, File(description="A UTF-8 text, Markdown or HTML file.")
    ] = None,
) -> HTMLResponse:
    """The article as sent, findings highlighted and explained, verified claims marked."""
    article = await _article(text, file)
    if not article.strip():
        raise InvalidInput("the article is empty; paste its text or choose a file")
    day = _published(published)
    context: dict[str, Any] = {"text": article, "published": published or "", "available": True}
    try:
        report = await run_in_threadpool(state.engines.check, state.store, article, day)
    except FeatureUnavailable as exc:
        # Still show the article (escaped) so the reader sees what was received.
        return render(
            state, request, "check.html", status=503, report=None, problem=str(exc),
            runs=runs(article, []), marks=[], **{**context, "available": False},
        )  # fmt: skip
    marks = marks_of(report["findings"], report["verified"])
    return render(
        state, request, "check.html", report=report, problem=None,
        runs=runs(article, marks), marks=marks, **context,
    )  # fmt: skip
