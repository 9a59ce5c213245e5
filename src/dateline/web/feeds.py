"""Feeds under /feeds/: an Atom feed of daily anniversaries and an iCalendar of them.

Both are built with maintained libraries (feedgen, icalendar), never string templates;
the HTML inside Atom entries comes from an autoescaped template.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from zoneinfo import ZoneInfo

import icalendar
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from feedgen.feed import FeedGenerator

from dateline import __version__
from dateline.almanac.onthisday import Anniversary
from dateline.web.params import TimeZoneParam
from dateline.web.state import WebState, web_state

router = APIRouter(prefix="/feeds", tags=["feeds"])
State = Annotated[WebState, Depends(web_state)]


def _zone(state: WebState, tz: str | None) -> dt.tzinfo:
    name = tz or state.settings.time_zone
    return ZoneInfo(name) if name else dt.UTC


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _day_items(state: WebState, day: dt.date, limit: int) -> tuple[Anniversary, ...]:
    return state.anniversaries(day.month, day.day, day.year, limit)


@router.get(
    "/onthisday.atom",
    response_class=Response,
    responses={200: {"content": {"application/atom+xml": {}}}},
)
def onthisday_atom(
    request: Request,
    state: State,
    tz: TimeZoneParam = None,
    days: Annotated[int, Query(ge=1, le=31, description="How many days back, one entry each.")] = 7,
    limit: Annotated[int, Query(ge=1, le=20, description="Anniversaries per entry.")] = 5,
) -> Response:
    """One entry per day (today and the days before): that day's ranked anniversaries."""
    today = state.today(tz)
    zone = _zone(state, tz)
    base = _base(request)
    feed = FeedGenerator()
    feed.id(f"{base}/feeds/onthisday.atom")
    feed.title("Dateline: on this day in the history of political violence")
    feed.subtitle("Each day's anniversaries, ranked and explained.")
    feed.author({"name": "Dateline"})
    feed.link(href=f"{base}/", rel="alternate")
    feed.link(href=f"{base}/feeds/onthisday.atom", rel="self")
    feed.generator("Dateline", version=__version__)
    feed.language("en")
    feed.updated(dt.datetime.combine(today, dt.time(), zone))
    template = state.templates.get_template("feed_entry.html")
    for back in range(days):  # newest first
        day = today - dt.timedelta(days=back)
        items = _day_items(state, day, limit)
        entry = feed.add_entry(order="append")
        entry.id(f"{base}/on/{day:%m-%d}?year={day.year}")
        entry.title(f"On this day, {day:%B} {day.day}")
        entry.link(href=f"{base}/on/{day:%m-%d}?year={day.year}")
        entry.updated(dt.datetime.combine(day, dt.time(), zone))
        entry.published(dt.datetime.combine(day, dt.time(), zone))
        summary = items[0].lede if items else "Nothing on record for this day."
        entry.summary(summary)
        entry.content(template.render(items=items, base=base), type="html")
    return Response(feed.atom_str(pretty=True), media_type="application/atom+xml")


@router.get(
    "/anniversaries.ics",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}}},
)
def anniversaries_ics(
    request: Request,
    state: State,
    tz: TimeZoneParam = None,
    days: Annotated[int, Query(ge=1, le=366, description="How many days ahead, from today.")] = 366,
    per_day: Annotated[int, Query(ge=1, le=10, description="Anniversaries per day.")] = 3,
) -> Response:
    """All-day events for the coming days' top anniversaries, each with its lede and why."""
    today = state.today(tz)
    base = _base(request)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Dateline//Anniversaries {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Dateline anniversaries")
    for ahead in range(days):
        day = today + dt.timedelta(days=ahead)
        for item in _day_items(state, day, per_day):
            event = icalendar.Event()
            event.add("uid", f"{item.incident.id}/{item.anniversary}/{day.year}@dateline")
            event.add("dtstamp", stamp)
            event.add("dtstart", day)
            event.add("dtend", day + dt.timedelta(days=1))
            what = "ended" if item.anniversary == "end" else "began" if item.incident.end else ""
            event.add(
                "summary",
                f"{item.years_ago} years: {item.incident.title}" + (f" ({what})" if what else ""),
            )
            event.add("description", f"{item.lede}\n\nWhy: {'; '.join(item.why)}")
            event.add("url", f"{base}/incidents/{item.incident.id}")
            if item.incident.place_name:
                event.add("location", item.incident.place_name)
            event.add("transp", "TRANSPARENT")
            calendar.add_component(event)
    return Response(calendar.to_ical(), media_type="text/calendar; charset=utf-8")
