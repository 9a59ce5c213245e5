"""The API and the check page with the real analyser and checker (skipped until installed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.web.engines import Engines


@pytest.fixture
def real_checker() -> None:
    if not Engines().available("check"):
        pytest.skip("the article checker (dateline.check) is not built yet")


@pytest.fixture
def real_analyzer() -> None:
    if not Engines().available("analyze"):
        pytest.skip("the article analyser (dateline.text) is not built yet")


def _future_year_errors(report: dict, text: str) -> list[dict]:
    return [
        f for f in report["findings"]
        if f["severity"] == "error" and "2997" in text[f["start"] : f["end"]]
    ]  # fmt: skip


def test_api_check_flags_the_future_year(client: TestClient, article: str, real_checker: None) -> None:
    response = client.post("/api/check", json={"text": article, "published": "2025-04-22"})
    assert response.status_code == 200
    report = response.json()
    assert _future_year_errors(report, article)
    for item in report["findings"] + report["verified"]:
        assert item["text"] == article[item["start"] : item["end"]]


@pytest.mark.shared
def test_api_check_on_the_seed_post_returns_the_2997_error(
    client: TestClient, shared_data: Path, real_checker: None
) -> None:
    seed = (shared_data.parent / "articles" / "seed-post.txt").read_text(encoding="utf-8")
    report = client.post("/api/check", json={"text": seed}).json()
    assert _future_year_errors(report, seed)


def test_check_page_highlights_the_future_year(client: TestClient, article: str, real_checker: None) -> None:
    page = client.post("/check", data={"text": article, "published": "2025-04-22"}).text
    assert '<mark class="sev-error"' in page and "2997" in page
    assert "&lt;script&gt;" in page and '<script>alert("not code")' not in page


def test_api_analyze_answers_the_contract(client: TestClient, article: str, real_analyzer: None) -> None:
    response = client.post("/api/analyze", json={"text": article, "published": "2025-04-22"})
    assert response.status_code == 200
    assert set(response.json()) == {"document", "mentions", "incidents"}
