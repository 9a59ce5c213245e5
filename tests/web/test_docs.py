"""docs/web.md names every route and every setting the app has (a missing one fails)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.routing import APIRoute

from dateline.web import settings as settings_module
from dateline.web.app import create_app
from dateline.web.settings import WebSettings

DOCS = Path(__file__).parents[2] / "docs" / "web.md"


def test_every_route_is_documented(store) -> None:
    text = DOCS.read_text(encoding="utf-8")
    app = create_app(store=store, settings=WebSettings(tiles_url=""))
    paths = {route.path for route in app.routes if isinstance(route, APIRoute)}
    missing = sorted(p for p in paths if f"`{p}`" not in text and f"{p} " not in text and f"`GET {p}`" not in text
                     and f"`POST {p}`" not in text)  # fmt: skip
    assert not missing, f"routes missing from docs/web.md: {missing}"


def test_every_setting_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    source = Path(settings_module.__file__).read_text(encoding="utf-8")
    names = set(re.findall(r'"(DATELINE_[A-Z_]+)"', source))
    assert names and not sorted(n for n in names if f"`{n}`" not in text)
