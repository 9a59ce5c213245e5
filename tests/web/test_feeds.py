"""The Atom feed and the iCalendar, parsed back with XML and icalendar."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import icalendar
import pytest
from fastapi.testclient import TestClient

ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_has_one_entry_per_day_newest_first(client: TestClient) -> None:
    response = client.get("/feeds/onthisday.atom?days=3")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    today = dt.datetime.now(dt.UTC).date()
    expected = [today - dt.timedelta(days=n) for n in range(3)]
    assert [e.findtext(f"{ATOM}title") for e in entries] == [f"On this day, {d:%B} {d.day}" for d in expected]
    assert [e.find(f"{ATOM}link").get("href").split("/on/")[1] for e in entries] == [
        f"{d:%m-%d}?year={d.year}" for d in expected
    ]
    assert len({e.findtext(f"{ATOM}id") for e in entries}) == 3


def test_atom_entry_content_lists_the_ledes(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.web import state as state_module

    monkeypatch.setattr(state_module, "today_in", lambda zone=None: dt.date(1998, 4, 22))
    feed = ET.fromstring(client.get("/feeds/onthisday.atom?days=1").content)
    content = feed.find(f"{ATOM}entry/{ATOM}content")
    assert content.get("type") == "html"
    assert "Fictional major bombing" in content.text and "On this day in 1988" in content.text


def test_icalendar_events_for_the_coming_days(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.web import state as state_module

    monkeypatch.setattr(state_module, "today_in", lambda zone=None: dt.date(2026, 4, 21))
    response = client.get("/feeds/anniversaries.ics?days=3&per_day=2")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert [(e.decoded("dtstart"), str(e["summary"])) for e in events] == [
        (dt.date(2026, 4, 22), "29 years: Japanese ambassador's residence hostage crisis (ended)"),
        (dt.date(2026, 4, 22), "38 years: Fictional major bombing"),
    ]
    assert events[0].decoded("dtend") == dt.date(2026, 4, 23)
    assert str(events[0]["url"]).endswith("/incidents/1996-12-17-lima-japanese-residence-siege")
    assert len({str(e["uid"]) for e in events}) == len(events)


@pytest.mark.parametrize("url", ["/feeds/onthisday.atom?days=32", "/feeds/anniversaries.ics?per_day=0"])
def test_feed_parameters_are_bounded(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 422
