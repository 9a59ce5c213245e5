"""Pages through the ASGI client: what each shows, links, escaping, headers."""

from __future__ import annotations

import html
import json
import re

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import LIMA, TEHRAN

SCRIPT = '<script>alert("x")</script>'


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/", ["Today, ", "in UTC"]),
        ("/?tz=America/Lima", ["in America/Lima"]),
        ("/on/04-22", ["On this day, April 22", "Fictional major bombing", "Why it ranks here", "/on/04-21", "/on/04-23"]),
        ("/on/02-29", ["On this day, February 29", "Fictional leap-day bombing"]),
        ("/on/12-31?year=2025", ["50 years ago", "Fictional New Year"]),
        ("/calendar/04", ["April", "/on/04-22", "/calendar/03", "/calendar/05"]),
        (f"/incidents/{LIMA}", ["Fact box", "Timeline", "126 days later", "127 counting both",
                                 'href="/groups/mrta"', "Draft a post", "Japanese embassy hostage crisis"]),
        (f"/incidents/{LIMA}/draft", ["April 22, 1997 | Hostage Taking in Peru", "On this day in 1997", "# April 22, 1997"]),
        (f"/incidents/{LIMA}/draft?on=12-17", ["December 17, 1996 | Hostage Taking in Peru"]),
        ("/groups/mrta", ["Túpac Amaru Revolutionary Movement", "Movimiento Revolucionario Túpac Amaru",
                          "activity-data", "Peru"]),
        ("/search?q=embassy", ["1 match", "Seizure of the US embassy in Tehran"]),
        ("/check", ["Check an article", 'enctype="multipart/form-data"']),
        ("/about", ["/openapi.json", "/feeds/anniversaries.ics"]),
    ],
)
def test_pages_show(client: TestClient, url: str, expected: list[str]) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text[:500]
    text = html.unescape(response.text)
    for part in expected:
        assert part in text


def test_today_redirects_nothing_and_calendar_redirects_to_this_month(client: TestClient) -> None:
    response = client.get("/calendar", follow_redirects=False)
    assert response.status_code == 307
    assert re.fullmatch(r"/calendar/\d\d", response.headers["location"])


def test_calendar_counts_starts_and_ends(client: TestClient) -> None:
    page = client.get("/calendar/04").text
    cell = re.search(r'href="/on/04-22">\s*<span class="day">22</span>\s*<span class="count">(\d+)</span>', page)
    assert cell and cell.group(1) == "5"  # four bombings started, the Lima siege ended


def test_incident_page_has_a_map_with_its_coordinates(client: TestClient) -> None:
    page = client.get(f"/incidents/{TEHRAN}").text
    assert 'data-lat="35.7089"' in page and 'data-lon="51.4222"' in page
    assert "/static/vendor/leaflet/leaflet.js" in page


def test_incident_without_coordinates_says_so(client: TestClient) -> None:
    page = client.get("/incidents/1988-04-22-fixture-major-bombing").text
    assert 'id="map"' not in page and "No coordinates on record" in page


def test_group_chart_data_is_json(client: TestClient) -> None:
    page = client.get("/groups/mrta").text
    data = re.search(r'<script type="application/json" id="activity-data">(.*?)</script>', page, re.S)
    assert data and json.loads(data.group(1)) == {"years": [1996], "counts": [1]}


def test_search_facet_link_narrows(client: TestClient) -> None:
    page = client.get("/search?q=bombing").text
    link = re.search(r'<a href="([^"]*country=ESP[^"]*)"', page)
    assert link
    narrowed = client.get(html.unescape(link.group(1))).text
    assert 'data-total="4"' in narrowed
    assert "Country: ESP" in narrowed
    assert re.findall(r'data-country="(\w*)"', narrowed) == ["ESP"] * 4


def test_search_pagination_and_exports(client: TestClient) -> None:
    page = html.unescape(client.get("/search").text)
    assert 'data-total="10"' in page
    assert "/api/search.csv" in page and "/api/search?limit=20&offset=0" in page


def test_check_page_marks_findings_and_verified_claims(checking_client: TestClient, article: str) -> None:
    response = checking_client.post("/check", data={"text": article, "published": "1997-04-22"})
    assert response.status_code == 200
    page = response.text
    assert re.search(r'<mark class="sev-error" data-rule="date.future"[^>]*>2997</mark>', page)
    assert re.search(r'<mark class="sev-verified" data-rule="duration.matches"[^>]*>126 days</mark>', page)
    assert 'id="mark-1"' in page and 'id="mark-2"' in page
    assert "2997 is after the publication date" in page


def test_check_page_takes_a_file(checking_client: TestClient, article: str) -> None:
    files = {"file": ("post.txt", article.encode("utf-8"), "text/plain")}
    page = checking_client.post("/check", files=files, data={"text": ""}).text
    assert '<mark class="sev-error"' in page


@pytest.mark.parametrize(
    ("data", "files", "status"),
    [
        ({"text": "   "}, None, 400),
        ({"text": "x", "published": "22/04/1997"}, None, 400),
        ({"text": ""}, {"file": ("latin1.txt", "Túpac".encode("latin-1"), "text/plain")}, 400),
    ],
)
def test_check_page_bad_input(checking_client: TestClient, data: dict, files: dict | None, status: int) -> None:
    response = checking_client.post("/check", data=data, files=files)
    assert response.status_code == status
    assert f'data-status="{status}"' in response.text


@pytest.mark.parametrize("fixture_name", ["client", "checking_client"])
def test_script_in_an_article_comes_back_inert(request: pytest.FixtureRequest, fixture_name: str) -> None:
    client: TestClient = request.getfixturevalue(fixture_name)
    response = client.post("/check", data={"text": f"On this day in 2997 {SCRIPT} ended."})
    assert response.status_code in (200, 503)
    assert SCRIPT not in response.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in response.text


@pytest.mark.parametrize(
    "url",
    [
        f"/search?q={SCRIPT}",
        f"/search?group={SCRIPT}",
        f"/on/{SCRIPT}",
        f"/incidents/{SCRIPT}",
        f"/?tz={SCRIPT}",
    ],
)
def test_script_in_parameters_comes_back_inert(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code < 500
    assert SCRIPT not in response.text and "<script>alert" not in response.text


def test_pages_forbid_inline_script(client: TestClient) -> None:
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text.replace('<script type="application/json"', "")


def test_source_urls_that_are_not_http_are_not_links(client: TestClient, store) -> None:
    from dateline.model import Incident, PartialDate, Source

    with store.write() as writer:
        writer.upsert_incidents([
            Incident(id="fixture-js-source", title="Fictional record with a bad source", start=PartialDate(1990),
                     sources=(Source("Bad link", "javascript:alert(1)"), Source("Good link", "https://example.org/a")),
                     dataset="gtd", source_id="js1"),
        ])  # fmt: skip
    page = client.get("/incidents/fixture-js-source").text
    assert 'href="javascript:' not in page
    assert 'href="https://example.org/a"' in page


def test_vendored_libraries_are_served_with_licences(client: TestClient) -> None:
    for path in ("leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/LICENSE", "leaflet/images/marker-icon.png",
                 "uplot/uPlot.iife.min.js", "uplot/LICENSE"):  # fmt: skip
        assert client.get(f"/static/vendor/{path}").status_code == 200
