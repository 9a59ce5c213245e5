"""The JSON API through the ASGI client: contracts with the CLI, filters, paging, engines."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from fastapi.testclient import TestClient

from dateline.cli import app as cli_app
from dateline.web import engines
from tests.web.conftest import LIMA, TEHRAN


@pytest.fixture
def missing_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a server where issues 5 and 6 are not installed."""
    monkeypatch.setattr(engines, "_CHECKER", ("dateline.not_installed_checker", ("check",), "the checker"))
    monkeypatch.setattr(engines, "_ANALYZER", ("dateline.not_installed_text", ("analyze",), "the analyser"))


def test_onthisday_items_are_the_cli_json(client: TestClient, runner, db_path: str) -> None:
    year = dt.date.today().year
    cli = runner.invoke(cli_app, ["--db", db_path, "on", "04-22", "--format", "json"])
    assert cli.exit_code == 0, cli.output
    api = client.get(f"/api/onthisday/04-22?year={year}")
    assert api.status_code == 200
    assert api.headers["content-type"] == "application/json"
    assert api.json() == json.loads(cli.stdout)


@pytest.mark.parametrize(
    ("url", "expected_ids"),
    [
        ("/api/onthisday/04-22?limit=2&year=1997", None),
        ("/api/onthisday/12-17?year=2026", [LIMA]),
        ("/api/onthisday/11-04?year=2029", [TEHRAN]),  # 50th anniversary
        ("/api/onthisday/01-20?year=2031", [TEHRAN]),  # the end's anniversary
        ("/api/onthisday/06-01", []),
    ],
)
def test_onthisday_answers(client: TestClient, url: str, expected_ids: list[str] | None) -> None:
    response = client.get(url)
    assert response.status_code == 200
    items = response.json()
    if expected_ids is None:
        assert len(items) == 2
    else:
        assert [item["id"] for item in items] == expected_ids


def test_onthisday_end_anniversary_and_years_ago(client: TestClient) -> None:
    item = client.get("/api/onthisday/01-20?year=2031").json()[0]
    assert (item["anniversary"], item["years_ago"]) == ("end", 50)
    assert item["lede"].startswith("On this day in 1981")
    assert "50th anniversary" in item["why"]


def test_onthisday_cached_answer_is_identical(client: TestClient) -> None:
    first = client.get("/api/onthisday/04-22?year=2000").content
    assert client.get("/api/onthisday/04-22?year=2000").content == first


@pytest.mark.parametrize(
    ("url", "status", "location"),
    [
        ("/api/onthisday/02-30", 400, None),
        ("/api/onthisday/13-01", 400, None),
        ("/api/onthisday/april", 400, None),
        ("/api/onthisday/04-22?limit=0", 422, "query.limit"),
        ("/api/onthisday/04-22?limit=many", 422, "query.limit"),
        ("/api/onthisday/04-22?year=0", 422, "query.year"),
        ("/api/onthisday/04-22?tz=Mars/Olympus", 400, None),
        ("/api/incidents/no-such-incident", 404, None),
        ("/api/search?kind=arson", 400, None),
        ("/api/search?decade=1995", 400, None),
        ("/api/search?month_day=02-31", 400, None),
        ("/api/search?country=Atlantis", 400, None),
        ("/api/search?from=1997-13", 400, None),
        ("/api/search?casualties=maybe", 422, "query.casualties"),
        ("/api/search?casualties=nah", 400, None),
        ("/api/search?dataset=wikipedia", 400, None),
        ("/api/search?limit=501", 422, "query.limit"),
        ("/api/search?offset=-1", 422, "query.offset"),
    ],
)
def test_bad_parameters_are_4xx_envelopes(client: TestClient, url: str, status: int, location: str | None) -> None:
    response = client.get(url)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status
    if location:
        assert [d["location"] for d in error["details"]] == [location]


def test_incident_is_the_contract_object(client: TestClient, store) -> None:
    response = client.get(f"/api/incidents/{TEHRAN}")
    assert response.status_code == 200
    body = response.json()
    assert body.pop("other_records") == []
    assert body == store.get_incident(TEHRAN).to_dict()
    assert body["hostages_held_to_end"] == 52 and body["injured"] is None


@pytest.mark.parametrize(
    ("query", "expected_total", "first_id"),
    [
        ("q=embassy", 1, TEHRAN),
        ("q=bombing&country=ESP", 4, "1988-04-22-fixture-major-bombing"),
        ("country=Peru", 3, None),
        ("group=MRTA", 1, LIMA),
        ("group=Movimiento Revolucionario Túpac Amaru", 1, LIMA),
        ("kind=hostage_barricade&from=1990", 1, LIMA),
        ("decade=1980", 4, None),
        ("month_day=04-22", 5, None),
        ("casualties=no", 2, None),
        ("casualties=yes&decade=1990", 3, None),
        ("q=%22%29%28*", 0, None),  # FTS syntax in user text is just text
    ],
)
def test_search_filters(client: TestClient, query: str, expected_total: int, first_id: str | None) -> None:
    body = client.get(f"/api/search?{query}").json()
    assert body["total"] == expected_total
    assert len(body["items"]) == min(expected_total, 20)
    if first_id:
        assert body["items"][0]["id"] == first_id


def test_search_pages_through_every_match_once(client: TestClient) -> None:
    seen = []
    for offset in range(0, 12, 3):
        page = client.get(f"/api/search?limit=3&offset={offset}").json()
        assert (page["limit"], page["offset"], page["total"]) == (3, offset, 10)
        seen += [item["id"] for item in page["items"]]
    assert len(seen) == len(set(seen)) == 10


def test_search_facets_count_within_the_result(client: TestClient) -> None:
    body = client.get("/api/search?q=bombing&facets=true").json()
    countries = {f["value"]: f["count"] for f in body["facets"]["country"]}
    assert countries == {"ESP": 4, "FRA": 1, "PER": 1}
    narrowed = client.get("/api/search?q=bombing&country=ESP").json()
    assert narrowed["total"] == countries["ESP"]
    assert set(body["facets"]) == {"country", "group", "kind", "decade", "month_day", "casualties"}


def test_search_csv_has_every_match(client: TestClient) -> None:
    response = client.get("/api/search.csv?country=ESP")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.text.strip().splitlines()
    assert lines[0].startswith("id,title,start")
    assert len(lines) == 1 + 4


def test_engines_missing_answer_503(client: TestClient, missing_engines: None) -> None:
    for path in ("/api/check", "/api/analyze"):
        response = client.post(path, json={"text": "On this day in 2997, nothing happened."})
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "unavailable"


def test_check_answers_the_report_shape(checking_client: TestClient, article: str) -> None:
    response = checking_client.post("/api/check", json={"text": article, "published": "1997-04-22"})
    assert response.status_code == 200
    report = response.json()
    assert set(report) == {"document", "findings", "verified"}
    finding = report["findings"][0]
    assert set(finding) == {"rule", "severity", "start", "end", "text", "message", "evidence"}
    assert article[finding["start"] : finding["end"]] == "2997"
    assert report["verified"][0]["text"] == "126 days"


def test_analyze_passes_published_and_title(checking_client: TestClient) -> None:
    body = {"text": "Lima, 1997.", "published": "1997-04-22", "title": "A title"}
    document = checking_client.post("/api/analyze", json=body).json()["document"]
    assert document == {"title": "A title", "published": "1997-04-22"}


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ({"text": ""}, "body.text"),
        ({}, "body.text"),
        ({"text": "x", "published": "1997-02-30"}, "body.published"),
        ({"text": "x", "colour": "red"}, "body.colour"),
        ({"text": 42}, "body.text"),
    ],
)
def test_check_input_is_validated(checking_client: TestClient, body: dict, location: str) -> None:
    response = checking_client.post("/api/check", json=body)
    assert response.status_code == 422
    assert location in [d["location"] for d in response.json()["error"]["details"]]


def test_check_body_that_is_not_json(checking_client: TestClient) -> None:
    response = checking_client.post(
        "/api/check", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_parameters"


def test_openapi_documents_every_route_with_separate_models(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/api/onthisday/{month_day}", "/api/incidents/{incident_id}", "/api/search",
        "/api/search.csv", "/api/analyze", "/api/check",
        "/feeds/onthisday.atom", "/feeds/anniversaries.ics",
    } <= set(spec["paths"])  # fmt: skip
    schemas = spec["components"]["schemas"]
    assert {"CheckIn", "CheckOut", "AnalyzeIn", "AnalyzeOut", "AnniversaryOut", "IncidentOut", "ErrorOut"} <= set(schemas)
    check = spec["paths"]["/api/check"]["post"]
    assert check["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/CheckIn")
    assert "413" in check["responses"] and "503" in check["responses"]
    assert not any(path.startswith(("/on/", "/search", "/check")) for path in spec["paths"] if not path.startswith("/api"))


def test_check_text_length_is_bounded(checking_client: TestClient) -> None:
    response = checking_client.post("/api/check", json={"text": "x" * 200_001})
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["location"] == "body.text"
