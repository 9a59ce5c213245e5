"""Settings from the environment: tiles, time zone, body limit."""

from __future__ import annotations

import pytest

from dateline.errors import InvalidInput
from dateline.web.settings import OSM_TILES, WebSettings


@pytest.mark.parametrize(
    ("environ", "tiles", "zone", "limit"),
    [
        ({}, OSM_TILES, None, 1_000_000),
        ({"DATELINE_TILES": ""}, "", None, 1_000_000),
        ({"DATELINE_TILES": "http://tiles.local/{z}/{x}/{y}.png", "DATELINE_TZ": "Europe/Paris"},
         "http://tiles.local/{z}/{x}/{y}.png", "Europe/Paris", 1_000_000),
        ({"DATELINE_MAX_BODY": "2048", "DATELINE_CACHE_SIZE": "0"}, OSM_TILES, None, 2048),
    ],
)  # fmt: skip
def test_from_env(environ: dict[str, str], tiles: str, zone: str | None, limit: int) -> None:
    settings = WebSettings.from_env(environ)
    assert (settings.tiles_url, settings.time_zone, settings.max_body_bytes) == (tiles, zone, limit)


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"DATELINE_TZ": "Mars/Olympus"}, "unknown time zone"),
        ({"DATELINE_TILES": "javascript:alert(1)"}, r"is not an http\(s\) URL"),
        ({"DATELINE_MAX_BODY": "lots"}, "is not a number of bytes"),
        ({"DATELINE_CACHE_SIZE": "-1"}, "is not a number of results"),
        ({"DATELINE_MAX_BODY": "0"}, "at least 1 byte"),
    ],
)
def test_bad_settings_name_the_fix(environ: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        WebSettings.from_env(environ)


@pytest.mark.parametrize(
    ("tiles", "origin"),
    [
        ("", None),
        (OSM_TILES, "https://tile.openstreetmap.org"),
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
    ],
)
def test_tiles_origin_for_the_content_security_policy(tiles: str, origin: str | None) -> None:
    assert WebSettings(tiles_url=tiles).tiles_origin == origin
