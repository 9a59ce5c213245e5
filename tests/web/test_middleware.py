"""The middleware on its own: the response cache in front of the on-this-day route."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from dateline.web import state as state_module


@pytest.fixture
def counted(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int, int]]:
    """Every time the on-this-day body is built (i.e. the route ran past the caches)."""
    calls: list[tuple[int, int, int, int]] = []
    web = client.app.state.web
    original = web.onthisday_json
    monkeypatch.setattr(state_module.WebState, "cached_onthisday_json", lambda self, *key: None)

    def counting(month: int, day: int, year: int, limit: int) -> bytes:
        calls.append((month, day, year, limit))
        return original(month, day, year, limit)

    monkeypatch.setattr(web, "onthisday_json", counting)
    return calls


def test_repeated_requests_are_answered_from_the_cache(client: TestClient, counted: list) -> None:
    first = client.get("/api/onthisday/04-22?year=2000")
    second = client.get("/api/onthisday/04-22?year=2000")
    assert first.content == second.content and len(counted) == 1
    assert second.headers["content-type"] == "application/json"
    assert "content-security-policy" in second.headers
    assert second.headers["content-length"] == str(len(second.content))


@pytest.mark.parametrize(
    "url",
    ["/api/onthisday/04-22?year=2000&tz=UTC", "/api/onthisday/04-22?year=2000&limit=3"],
)
def test_other_requests_are_not_confused_with_the_cached_one(client: TestClient, counted: list, url: str) -> None:
    client.get("/api/onthisday/04-22?year=2000")
    client.get(url)
    assert len(counted) == 2


def test_errors_are_never_cached(client: TestClient, counted: list) -> None:
    for _ in range(2):
        assert client.get("/api/onthisday/02-30").status_code == 400


def test_a_new_day_is_a_new_answer(client: TestClient, counted: list, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_module, "today_in", lambda zone=None: dt.date(2029, 11, 3))
    client.get("/api/onthisday/11-04")
    monkeypatch.setattr(state_module, "today_in", lambda zone=None: dt.date(2030, 11, 4))
    body = client.get("/api/onthisday/11-04").json()
    assert counted == [(11, 4, 2029, 10), (11, 4, 2030, 10)]
    assert body[0]["years_ago"] == 51


def test_cache_size_zero_turns_caching_off(store, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.web.app import create_app
    from dateline.web.settings import WebSettings

    app = create_app(store=store, settings=WebSettings(tiles_url="", cache_size=0))
    calls = []
    original = state_module.anniversaries_on
    monkeypatch.setattr(state_module, "anniversaries_on", lambda *a, **k: calls.append(1) or original(*a, **k))
    with TestClient(app) as client:
        client.get("/api/onthisday/04-22?year=2000")
        client.get("/api/onthisday/04-22?year=2000")
    assert len(calls) == 2
