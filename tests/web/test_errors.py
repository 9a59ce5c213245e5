"""One error envelope for every error: its shape, its statuses, and its HTML twin."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dateline.web.errors import ERROR_CODES, error_envelope

ENVELOPE_KEYS = {"status", "code", "message", "details"}


@pytest.mark.parametrize(
    ("status", "details", "code"),
    [
        (404, [], "not_found"),
        (422, [("query.limit", "too small")], "invalid_parameters"),
        (413, [], "payload_too_large"),
        (503, [], "unavailable"),
        (418, [], "client_error"),
        (502, [], "server_error"),
    ],
)
def test_envelope_shape(status: int, details: list[tuple[str, str]], code: str) -> None:
    envelope = error_envelope(status, "what went wrong and how to fix it", details)
    assert set(envelope) == {"error"}
    assert set(envelope["error"]) == ENVELOPE_KEYS
    assert envelope["error"]["status"] == status
    assert envelope["error"]["code"] == code
    assert envelope["error"]["details"] == [{"location": w, "message": m} for w, m in details]


def _assert_envelope(response, status: int) -> None:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ENVELOPE_KEYS
    assert body["error"]["status"] == status
    assert body["error"]["code"] == ERROR_CODES[status]
    assert body["error"]["message"]
    for detail in body["error"]["details"]:
        assert set(detail) == {"location", "message"}


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status"),
    [
        ("GET", "/api/incidents/nope", {}, 404),
        ("GET", "/api/nowhere", {}, 404),
        ("GET", "/static/nothing.js", {}, 404),
        ("GET", "/api/onthisday/04-31", {}, 400),
        ("GET", "/api/onthisday/04-22?limit=x", {}, 422),
        ("DELETE", "/api/onthisday/04-22", {}, 405),
        ("POST", "/api/search", {"json": {}}, 405),
        ("POST", "/api/check", {"json": {"text": ""}}, 422),
        ("POST", "/api/check", {"content": b"x" * 1_000_001, "headers": {"content-type": "application/json"}}, 413),
        ("POST", "/api/check", {"content": b"{}", "headers": {"content-length": "ten"}}, 400),
        ("GET", "/feeds/onthisday.atom?days=0", {}, 422),
        ("GET", "/feeds/anniversaries.ics?tz=Nowhere/Town", {}, 400),
    ],
)
def test_every_machine_error_is_the_envelope(client: TestClient, method: str, url: str, kwargs: dict, status: int) -> None:
    _assert_envelope(client.request(method, url, **kwargs), status)


def test_streamed_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks():
        for _ in range(20):
            yield b"x" * 100_000

    _assert_envelope(client.post("/api/check", content=chunks(), headers={"content-type": "application/json"}), 413)


@pytest.mark.parametrize(
    ("url", "status", "message_part"),
    [
        ("/incidents/no-such-incident", 404, "no incident with id"),
        ("/groups/nobody", 404, "no group with id"),
        ("/on/02-30", 400, "February has no day 30"),
        ("/calendar/13", 400, "is not a month"),
        ("/search?decade=199", 400, "is not a decade"),
        ("/search?page=0", 422, "query.page"),
        ("/nowhere", 404, "nothing at /nowhere"),
    ],
)
def test_pages_show_the_envelope_as_html(client: TestClient, url: str, status: int, message_part: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f'data-status="{status}"' in response.text
    assert message_part in response.text.replace("&#39;", "'")


def test_page_form_over_the_limit_is_413_page(client: TestClient) -> None:
    response = client.post("/check", data={"text": "x" * 1_100_000})
    assert response.status_code == 413
    assert 'data-status="413"' in response.text
