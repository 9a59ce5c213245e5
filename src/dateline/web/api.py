"""The JSON API under /api (PRODUCT.md): on this day, incidents, search, analyze, check.

Handlers are thin: they read parameters, call the library and shape the answer with the
output models. Errors are raised as Dateline's exceptions and answered by the one error
envelope (dateline.web.errors).
"""

from __future__ import annotations

import io
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from dateline.almanac.onthisday import parse_month_day
from dateline.exports import write_csv
from dateline.store.browse import same_incident_elsewhere, search_facets
from dateline.store.queries import search
from dateline.web.models import (
    ERROR_RESPONSES,
    AnalyzeIn,
    AnalyzeOut,
    AnniversaryOut,
    CheckIn,
    CheckOut,
    FacetValueOut,
    IncidentDetailOut,
    OtherRecordOut,
    SearchOut,
)
from dateline.web.params import SearchFilters, TimeZoneParam, YearParam, search_filters
from dateline.web.state import WebState, web_state

router = APIRouter(prefix="/api", tags=["api"], responses=ERROR_RESPONSES)

State = Annotated[WebState, Depends(web_state)]
Filters = Annotated[SearchFilters, Depends(search_filters)]
MonthDay = Annotated[str, Path(description="Month and day, MM-DD (02-29 allowed).", max_length=5)]
CSV_EXPORT_LIMIT = 10_000


@router.get("/onthisday/{month_day}", response_model=list[AnniversaryOut])
async def onthisday(
    request: Request,
    month_day: MonthDay,
    limit: Annotated[int, Query(ge=1, le=100, description="How many to list.")] = 10,
    year: YearParam = None,
    tz: TimeZoneParam = None,
) -> Response:
    """Incidents that started or ended on a month-day, ranked and explained — the items of
    ``dateline on MM-DD --format json``."""
    state: WebState = request.app.state.web  # not a dependency: this is the hot path
    month, day = parse_month_day(month_day)
    year = year or state.today(tz).year
    # A cached answer is sent from the event loop; only a miss goes to a worker thread.
    body = state.cached_onthisday_json(month, day, year, limit)
    if body is None:
        body = await run_in_threadpool(state.onthisday_json, month, day, year, limit)
    return Response(body, media_type="application/json")


@router.get("/incidents/{incident_id}", response_model=IncidentDetailOut)
def incident(state: State, incident_id: Annotated[str, Path(max_length=200)]) -> IncidentDetailOut:
    """One incident (the contract's incident object) and its records in other datasets."""
    record = state.store.get_incident(incident_id)
    others = same_incident_elsewhere(state.store, record)
    return IncidentDetailOut(
        **record.to_dict(),
        other_records=[
            OtherRecordOut(id=o.id, dataset=o.dataset, source_id=o.source_id) for o in others
        ],
    )


@router.get("/search", response_model=SearchOut)
def search_incidents(
    state: State,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    facets: Annotated[bool, Query(description="Also count matches by facet.")] = False,
) -> SearchOut:
    """Ranked full-text search with the CLI's filters, plus decade, month-day, casualties."""
    query = filters.query(limit, offset)
    found, total = search(state.store, query)
    counted = None
    if facets:
        counted = {
            name: [FacetValueOut(value=v.value, label=v.label, count=v.count) for v in values]
            for name, values in search_facets(state.store, query).items()
        }
    return SearchOut.model_validate(
        {
            "total": total,
            "limit": limit,
            "offset": offset,
            "items": [i.to_dict() for i in found],
            "facets": counted,
        }
    )


@router.get(
    "/search.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "Every match, as CSV."}},
)
def search_csv(state: State, filters: Filters) -> Response:
    """Every match of a search (up to 10,000, best first) as CSV, columns as ``dateline export``."""
    found, _ = search(state.store, filters.query(CSV_EXPORT_LIMIT, 0))
    stream = io.StringIO()
    write_csv(found, stream)
    return Response(
        stream.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="dateline-search.csv"'},
    )


@router.post("/analyze", response_model=AnalyzeOut)
def analyze(state: State, article: AnalyzeIn) -> AnalyzeOut:
    """An article → document, mentions with spans, incident frames linked to the store."""
    result = state.engines.analyze(state.store, article.text, article.published, article.title)
    return AnalyzeOut.model_validate(result)


@router.post("/check", response_model=CheckOut)
def check(state: State, article: CheckIn) -> CheckOut:
    """An article → findings (rule, severity, span, message, evidence) and verified claims."""
    report = state.engines.check(state.store, article.text, article.published)
    return CheckOut.model_validate(report)
