"""Pages of the almanac: today, any day, the calendar of a month, and the about page."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from dateline.almanac.onthisday import parse_month_day
from dateline.errors import InvalidInput
from dateline.store.browse import month_day_counts
from dateline.web.params import TimeZoneParam, YearParam
from dateline.web.rendering import render
from dateline.web.state import WebState, web_state

router = APIRouter(include_in_schema=False)
State = Annotated[WebState, Depends(web_state)]
Limit = Annotated[int, Query(ge=1, le=50, description="How many to list.")]
_LEAP = 2000  # month-days are shown on a leap year's calendar so that 02-29 exists


def _neighbours(month: int, day: int) -> tuple[str, str]:
    here = dt.date(_LEAP, month, day)
    before, after = here - dt.timedelta(days=1), here + dt.timedelta(days=1)
    return f"{before:%m-%d}", f"{after:%m-%d}"


def _day_page(
    state: WebState, request: Request, month: int, day: int, year: int, limit: int, **extra: Any
) -> HTMLResponse:
    items = state.anniversaries(month, day, year, limit)
    previous, following = _neighbours(month, day)
    return render(
        state,
        request,
        "day.html",
        month=month,
        day=day,
        year=year,
        month_day=f"{month:02d}-{day:02d}",
        items=items,
        previous=previous,
        following=following,
        **extra,
    )


@router.get("/", response_class=HTMLResponse)
def today_page(
    request: Request, state: State, tz: TimeZoneParam = None, limit: Limit = 10
) -> HTMLResponse:
    """Today's anniversaries in the asked, configured or local time zone."""
    today = state.today(tz)
    zone = tz or state.settings.time_zone
    return _day_page(
        state, request, today.month, today.day, today.year, limit, today=today, zone=zone
    )


@router.get("/on/{month_day}", response_class=HTMLResponse)
def day_page(
    request: Request,
    state: State,
    month_day: Annotated[str, Path(max_length=5)],
    year: YearParam = None,
    tz: TimeZoneParam = None,
    limit: Limit = 10,
) -> HTMLResponse:
    month, day = parse_month_day(month_day)
    return _day_page(
        state, request, month, day, year or state.today(tz).year, limit, today=None, zone=None
    )


@router.get("/calendar")
def calendar_now(state: State, tz: TimeZoneParam = None) -> RedirectResponse:
    return RedirectResponse(f"/calendar/{state.today(tz).month:02d}", status_code=307)


@router.get("/calendar/{month}", response_class=HTMLResponse)
def calendar_page(
    request: Request, state: State, month: Annotated[str, Path(max_length=2)]
) -> HTMLResponse:
    """Every day of a month with how many incidents started or ended on it."""
    if not month.isdigit() or not 1 <= int(month) <= 12:
        raise InvalidInput(f"'{month}' is not a month; write MM, e.g. /calendar/04")
    number = int(month)
    counts = month_day_counts(state.store, number)
    days = [(d, counts.get(d, 0)) for d in range(1, calendar.monthrange(_LEAP, number)[1] + 1)]
    busiest = max((c for _, c in days), default=0)
    return render(
        state,
        request,
        "calendar.html",
        month=number,
        days=days,
        busiest=busiest,
        total=sum(c for _, c in days),
        previous=f"{(number - 2) % 12 + 1:02d}",
        following=f"{number % 12 + 1:02d}",
    )


@router.get("/about", response_class=HTMLResponse)
def about_page(request: Request, state: State) -> HTMLResponse:
    """The API, the feeds and where the data comes from."""
    return render(state, request, "about.html", incidents=state.store.count_incidents())
