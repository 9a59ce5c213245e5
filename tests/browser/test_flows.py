"""What a reader does, in a real Chromium: today → incident → map; search by facet;
check an article; a script in an article stays text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline.web.engines import Engines
from tests.browser.conftest import TODAY_ID, screenshot

pytestmark = pytest.mark.browser

ARTICLE = Path(__file__).parents[1] / "fixtures" / "web" / "future-year-article.txt"


def test_today_to_an_incident_shows_its_marker(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/")
    link = page.locator(f'li[data-id="{TODAY_ID}"] h2 a')
    link.wait_for()
    screenshot(page, "01-today")
    link.click()
    page.wait_for_url(f"**/incidents/{TODAY_ID}")
    marker = page.locator("#map .leaflet-marker-icon")
    marker.wait_for(state="visible")
    assert marker.is_visible()
    box = marker.bounding_box()
    map_box = page.locator("#map").bounding_box()
    assert box and map_box and map_box["x"] <= box["x"] <= map_box["x"] + map_box["width"]
    assert page.locator("ol.timeline").is_visible()
    screenshot(page, "02-incident-map")

    page.locator("#draft-post").click()
    page.wait_for_url("**/draft*")
    assert "Hostage Taking in Peru" in page.locator("h2.headline").inner_text()
    screenshot(page, "03-draft")


def test_group_activity_chart_draws(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/groups/mrta")
    canvas = page.locator("#activity-chart canvas")
    canvas.first.wait_for(state="visible")
    assert canvas.count() >= 1
    screenshot(page, "04-group-chart")


def test_search_narrowed_by_a_facet(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/search")
    page.fill('form.search input[name="q"]', "bombing")
    page.press('form.search input[name="q"]', "Enter")
    page.wait_for_url("**/search?q=bombing*")
    before = int(page.locator("#result-count").get_attribute("data-total") or 0)
    page.locator('[data-facet="country"] a', has_text="Spain").click()
    page.wait_for_url("**country=ESP*")
    after = int(page.locator("#result-count").get_attribute("data-total") or 0)
    assert (before, after) == (6, 4)
    countries = page.locator("li.result").evaluate_all("items => items.map(i => i.dataset.country)")
    assert countries == ["ESP"] * 4
    assert page.locator("a.chip", has_text="Country: ESP").is_visible()
    screenshot(page, "05-search-facet")


def test_check_highlights_a_future_year(page: Any, live_server: str) -> None:
    if not Engines().available("check"):
        pytest.skip("the article checker (dateline.check, issue 6) is not built yet")
    page.goto(f"{live_server}/check")
    page.fill("#article-text", ARTICLE.read_text(encoding="utf-8"))
    page.fill('input[name="published"]', "1997-04-22")
    page.click("form.check button[type=submit]")
    page.wait_for_url("**/check")
    mark = page.locator("#article mark.sev-error", has_text="2997")
    mark.first.wait_for(state="visible")
    assert mark.first.is_visible()
    screenshot(page, "06-check-future-year")


def test_script_in_an_article_is_shown_inert(page: Any, live_server: str) -> None:
    hostile = (
        "On this day in 1997 <script>window.__pwned = 1</script> rebels "
        '<img src="x" onerror="window.__pwned = 2"> surrendered.'
    )
    page.goto(f"{live_server}/check")
    page.fill("#article-text", hostile)
    page.click("form.check button[type=submit]")
    page.wait_for_url("**/check")
    article = page.locator("#article")
    article.wait_for()
    assert "<script>window.__pwned = 1</script>" in article.inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#article script, #article img").count() == 0
    screenshot(page, "07-script-inert")


def test_calendar_links_a_day_to_its_anniversaries(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/calendar/04")
    cell = page.locator('ol.calendar a[href="/on/04-22"]')
    assert cell.locator(".count").inner_text() == "5"
    screenshot(page, "08-calendar")
    cell.click()
    page.wait_for_url("**/on/04-22")
    assert page.locator("li.anniversary").count() == 5
