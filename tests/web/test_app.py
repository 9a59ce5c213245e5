"""The app as a whole: read-only while serving, opened once, started by `dateline serve`."""

from __future__ import annotations

import gc

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from dateline.cli import app as cli_app
from dateline.store.store import Store
from tests.web.conftest import LIMA

READS = [
    "/", "/on/04-22", "/calendar/04", f"/incidents/{LIMA}", f"/incidents/{LIMA}/draft",
    "/groups/mrta", "/search?q=bombing", "/about", "/api/onthisday/04-22",
    f"/api/incidents/{LIMA}", "/api/search?facets=true", "/api/search.csv",
    "/feeds/onthisday.atom", "/feeds/anniversaries.ics?days=5", "/openapi.json",
]  # fmt: skip


def test_requests_never_write(checking_client: TestClient, store: Store, article: str) -> None:
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement.lstrip().split()[0].upper())

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        for url in READS:
            assert checking_client.get(url).status_code == 200, url
        assert checking_client.post("/api/check", json={"text": article}).status_code == 200
        assert checking_client.post("/check", data={"text": article}).status_code == 200
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert statements and set(statements) <= {"SELECT", "WITH", "PRAGMA"}


def test_create_app_opens_the_store_at_a_location(db_path: str) -> None:
    from dateline.web.app import create_app
    from dateline.web.settings import WebSettings

    app = create_app(db_path, settings=WebSettings(tiles_url=""))
    with TestClient(app) as client:
        assert client.get(f"/api/incidents/{LIMA}").json()["city"] == "Lima"


def test_serve_runs_uvicorn_on_the_asked_address(runner, db_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append({"app": app, **kwargs}))
    monkeypatch.setattr(gc, "freeze", lambda: None)  # not in the test process
    result = runner.invoke(cli_app, ["--db", db_path, "serve", "--host", "127.0.0.2", "--port", "8123", "--no-access-log"])
    assert result.exit_code == 0, result.output
    assert (calls[0]["host"], calls[0]["port"], calls[0]["access_log"]) == ("127.0.0.2", 8123, False)
    assert calls[0]["app"].title == "Dateline"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["serve", "--port", "0"], "Invalid value for '--port'"),
        (["serve", "--port", "70000"], "Invalid value for '--port'"),
    ],
)
def test_serve_rejects_bad_ports(runner, db_path: str, args: list[str], message: str) -> None:
    result = runner.invoke(cli_app, ["--db", db_path, *args])
    assert result.exit_code == 2
    assert message in result.output


def test_serve_reports_a_bad_time_zone(runner, db_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_TZ", "Mars/Olympus")
    result = runner.invoke(cli_app, ["--db", db_path, "serve"])
    assert result.exit_code == 2
    assert "Error: unknown time zone 'Mars/Olympus'" in result.stderr
