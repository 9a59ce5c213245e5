"""Rendering pages: one helper, the filters and globals every template may use."""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from dateline.geo import country_name

if TYPE_CHECKING:
    from dateline.web.state import WebState


def incident_url(incident_id: str) -> str:
    return "/incidents/" + quote(incident_id, safe="")


def group_url(group_id: str) -> str:
    return "/groups/" + quote(group_id, safe="")


def with_params(path: str, params: dict[str, Any], **changes: Any) -> str:
    """``path?params`` with some changed; a None or empty change removes the parameter."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def safe_href(url: str | None) -> str | None:
    """A record's URL as a link target only when it is http(s): never ``javascript:``."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def count(value: int | None) -> str:
    """``1,234`` or ``unknown`` (unknown counts are never shown as 0)."""
    return "unknown" if value is None else f"{value:,}"


def template_environment() -> jinja2.Environment:
    """Templates from the package; autoescape on everywhere, undefined names fail loudly."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("dateline.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["incident_url"] = incident_url
    env.filters["group_url"] = group_url
    env.filters["count"] = count
    env.filters["safe_href"] = safe_href
    env.filters["country"] = lambda code: country_name(code) or code
    env.filters["words"] = lambda value: str(value).replace("_", " ")
    env.globals["with_params"] = with_params
    env.globals["month_name"] = lambda month: calendar.month_name[month]
    return env


def render(
    state: WebState, request: Request, name: str, status: int = 200, **context: Any
) -> HTMLResponse:
    html = state.templates.get_template(name).render(
        request=request, settings=state.settings, **context
    )
    return HTMLResponse(html, status_code=status)
