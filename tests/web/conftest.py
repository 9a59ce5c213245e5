"""A web app over the fixture store, reached through the ASGI test client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.store.store import Store
from dateline.web.app import create_app
from dateline.web.engines import Engines
from dateline.web.settings import WebSettings

WEB_FIXTURES = Path(__file__).parents[1] / "fixtures" / "web"
LIMA = "1996-12-17-lima-japanese-residence-siege"
TEHRAN = "1979-11-04-tehran-us-embassy-seizure"


def fake_check(text: str, *, published: object = None, store: object = None) -> dict[str, object]:
    """A stand-in checker with the contract's report shape: flags every '2997', verifies '126 days'."""
    findings = []
    verified = []
    start = text.find("2997")
    if start >= 0:
        findings.append({
            "rule": "date.future", "severity": "error", "start": start, "end": start + 4,
            "text": "2997", "message": "2997 is after the publication date",
            "evidence": {"published": str(published), "year": 2997},
        })  # fmt: skip
    start = text.find("126 days")
    if start >= 0:
        verified.append({
            "rule": "duration.matches", "severity": "info", "start": start, "end": start + 8,
            "text": "126 days", "message": "17 Dec 1996 to 22 Apr 1997 is 126 days",
            "evidence": ["1996-12-17", "1997-04-22"],
        })  # fmt: skip
    return {"document": {"title": text.splitlines()[0] if text else ""}, "findings": findings, "verified": verified}


def fake_analyze(text: str, *, published: object = None, store: object = None, title: str | None = None) -> dict[str, object]:
    return {"document": {"title": title, "published": str(published)}, "mentions": [], "incidents": []}


def _settings(**changes: object) -> WebSettings:
    base: dict[str, object] = {"tiles_url": "", "time_zone": "UTC"}
    base.update(changes)
    return WebSettings(**base)  # type: ignore[arg-type]


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    """The app with the engines missing (the default until issues 5 and 6 land)."""
    app = create_app(store=store, settings=_settings(), engines=Engines(checker=None, analyzer=None))
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def checking_client(store: Store) -> Iterator[TestClient]:
    """The app with stand-in engines, for the shape of check and analyze answers."""
    engines = Engines(checker=fake_check, analyzer=fake_analyze)
    app = create_app(store=store, settings=_settings(), engines=engines)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def article() -> str:
    return (WEB_FIXTURES / "future-year-article.txt").read_text(encoding="utf-8")
