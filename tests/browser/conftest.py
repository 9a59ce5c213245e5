"""A live server on a loopback port and Debian's Chromium driven by Playwright.

Every test here is marked ``browser`` and skips cleanly when /usr/bin/chromium or the
playwright package is missing (no browser is ever downloaded). Screenshots go to
artifacts/screenshots/ at the root of the repository.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Incident, PartialDate, Perpetrator, Source
from dateline.store.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
BUILTIN_FIXTURE = ROOT / "tests" / "fixtures" / "builtin"
# A tile server that is not there: maps must still show the marker on a plain background.
DEAD_TILES = "http://127.0.0.1:9/{z}/{x}/{y}.png"
TODAY_ID = "fixture-browser-today-siege"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _today_incident(today: dt.date) -> Incident:
    """A fictional multi-day incident that began on today's month-day, so '/' lists it."""
    start = PartialDate(2000, today.month, today.day)  # a leap year: 29 February exists
    return Incident(
        id=TODAY_ID,
        title="Fictional harbour siege",
        start=start,
        end=PartialDate.from_date(start.to_date() + dt.timedelta(days=3)),
        country="PER",
        country_name="Peru",
        city="Callao",
        lat=-12.0566,
        lon=-77.1181,
        geo_precision="city",
        kinds=("hostage_barricade",),
        perpetrators=(Perpetrator("mrta", "Túpac Amaru Revolutionary Movement"),),
        killed=3,
        hostages=40,
        notability=3,
        summary="Fictional fixture: rebels held a harbour office for three days.",
        sources=(Source("Test fixture", "https://example.org/fixture"),),
        dataset="builtin",
        source_id=TODAY_ID,
    )


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory, chromium: Any) -> Iterator[str]:
    """The app over the fixture store plus one incident on today's date, served by uvicorn."""
    import uvicorn

    from dateline.web.app import create_app
    from dateline.web.settings import WebSettings

    store = Store.open(tmp_path_factory.mktemp("browser") / "web.db", builtin_root=BUILTIN_FIXTURE)
    with store.write() as writer:
        writer.upsert_incidents([_today_incident(dt.datetime.now(dt.UTC).date())])
    app = create_app(store=store, settings=WebSettings(tiles_url=DEAD_TILES, time_zone="UTC"))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture
def page(chromium: Any, live_server: str) -> Iterator[Any]:
    """A fresh page that may reach only the live server (anything else is refused)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(live_server) else route.abort(),
    )
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


def screenshot(page: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
