"""Pages of the records: an incident (with its map, timeline and draft), a group, search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from dateline.almanac.draft import draft_post, fact_box
from dateline.almanac.draft import render as render_draft
from dateline.errors import NotFound
from dateline.model import Group, Incident
from dateline.store.browse import group_activity, same_incident_elsewhere, search_facets
from dateline.store.queries import search
from dateline.web.params import SearchFilters, search_filters
from dateline.web.rendering import render
from dateline.web.state import WebState, web_state

router = APIRouter(include_in_schema=False)
State = Annotated[WebState, Depends(web_state)]
IncidentId = Annotated[str, Path(max_length=200)]
OnDay = Annotated[
    str | None, Query(max_length=5, description="MM-DD: the anniversary to draft for.")
]
PER_PAGE = 20
MAP_ZOOM = {"exact": 13, "city": 10, "admin1": 7, "country": 5}


def _groups(state: WebState, incident: Incident) -> list[tuple[str, Group | None]]:
    """Each perpetrator's name with its group record when the store has one."""
    found: list[tuple[str, Group | None]] = []
    for perpetrator in incident.perpetrators:
        try:
            found.append((perpetrator.name, state.store.get_group(perpetrator.group_id)))
        except NotFound:
            found.append((perpetrator.name, None))
    return found


def _draft_day(incident: Incident, on: str | None) -> str | None:
    """The anniversary to draft for: the one asked, else the end of a multi-day incident."""
    if on:
        return on
    if incident.end is not None and incident.end.month_day is not None:
        return f"{incident.end.month_day[0]:02d}-{incident.end.month_day[1]:02d}"
    return None


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, state: State, incident_id: IncidentId) -> HTMLResponse:
    incident = state.store.get_incident(incident_id)
    today = state.today()
    has_place = incident.lat is not None and incident.lon is not None
    return render(
        state,
        request,
        "incident.html",
        incident=incident,
        facts=fact_box(incident),
        groups=_groups(state, incident),
        others=same_incident_elsewhere(state.store, incident),
        map_zoom=MAP_ZOOM.get(incident.geo_precision or "city", 9),
        has_place=has_place,
        years_ago=today.year - incident.start.year,
        draft_day=_draft_day(incident, None),
    )


@router.get("/incidents/{incident_id}/draft", response_class=HTMLResponse)
def draft_page(
    request: Request, state: State, incident_id: IncidentId, on: OnDay = None
) -> HTMLResponse:
    """The post the CLI's ``dateline draft`` writes, as Markdown to copy and as a preview."""
    incident = state.store.get_incident(incident_id)
    day = _draft_day(incident, on or None)
    draft = draft_post(incident, day)
    return render(
        state,
        request,
        "draft.html",
        incident=incident,
        draft=draft,
        on=day,
        markdown=render_draft(draft, "markdown"),
    )


@router.get("/incidents/{incident_id}/draft.md", response_class=PlainTextResponse)
def draft_markdown(state: State, incident_id: IncidentId, on: OnDay = None) -> Response:
    incident = state.store.get_incident(incident_id)
    draft = draft_post(incident, _draft_day(incident, on or None))
    return Response(render_draft(draft, "markdown"), media_type="text/markdown; charset=utf-8")


@router.get("/incidents/{incident_id}/draft.html", response_class=HTMLResponse)
def draft_html(state: State, incident_id: IncidentId, on: OnDay = None) -> Response:
    """The standalone HTML draft; it carries its own inline style and no script."""
    incident = state.store.get_incident(incident_id)
    draft = draft_post(incident, _draft_day(incident, on or None))
    policy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'"
    return HTMLResponse(render_draft(draft, "html"), headers={"Content-Security-Policy": policy})


@router.get("/groups/{group_id}", response_class=HTMLResponse)
def group_page(
    request: Request, state: State, group_id: Annotated[str, Path(max_length=200)]
) -> HTMLResponse:
    group = state.store.get_group(group_id)
    activity = group_activity(state.store, group.id)
    chart = {"years": [y for y, _ in activity.years], "counts": [n for _, n in activity.years]}
    return render(state, request, "group.html", group=group, activity=activity, chart=chart)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    state: State,
    filters: Annotated[SearchFilters, Depends(search_filters)],
    page: Annotated[int, Query(ge=1, le=50_000)] = 1,
) -> HTMLResponse:
    """Ranked search with facets; every facet value is a link that narrows the result."""
    query = filters.query(PER_PAGE, (page - 1) * PER_PAGE)
    found, total = search(state.store, query)
    facets = search_facets(state.store, query)
    pages = max(1, -(-total // PER_PAGE))
    return render(
        state,
        request,
        "search.html",
        filters=filters,
        params=filters.params(),
        found=found,
        total=total,
        facets=facets,
        page=page,
        pages=pages,
        per_page=PER_PAGE,
    )
