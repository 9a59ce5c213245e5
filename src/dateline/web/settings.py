"""What the web app can be told from the environment: map tiles, time zone, limits."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from dateline.almanac.onthisday import today_in
from dateline.errors import InvalidInput

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"


@dataclass(frozen=True)
class WebSettings:
    """``tiles_url`` empty means no tiles: maps show the marker on a plain background."""

    tiles_url: str = OSM_TILES
    tiles_attribution: str = OSM_ATTRIBUTION
    time_zone: str | None = None  # IANA name; None = the machine's local zone
    max_body_bytes: int = 1_000_000
    cache_size: int = 4096  # on-this-day results kept; the store is read-only while serving

    def __post_init__(self) -> None:
        if self.time_zone:
            today_in(self.time_zone)  # raises InvalidInput naming the zone
        if self.tiles_url and urlsplit(self.tiles_url).scheme not in ("http", "https"):
            raise InvalidInput(
                f"DATELINE_TILES={self.tiles_url!r} is not an http(s) URL; "
                "use e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png, or empty for no tiles"
            )
        if self.max_body_bytes < 1:
            raise InvalidInput("the request body limit must be at least 1 byte")

    @property
    def tiles_origin(self) -> str | None:
        """scheme://host of the tile server, for the Content-Security-Policy."""
        if not self.tiles_url:
            return None
        parts = urlsplit(self.tiles_url.replace("{s}", "a"))
        host = parts.netloc
        if "{s}" in self.tiles_url:  # Leaflet's subdomains a, b, c
            host = "*." + host.split(".", 1)[1] if "." in host else host
        return f"{parts.scheme}://{host}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> WebSettings:
        """DATELINE_TILES, DATELINE_TILES_ATTRIBUTION, DATELINE_TZ, DATELINE_MAX_BODY,
        DATELINE_CACHE_SIZE."""
        env = os.environ if environ is None else environ
        return cls(
            tiles_url=env.get("DATELINE_TILES", OSM_TILES).strip(),
            tiles_attribution=env.get("DATELINE_TILES_ATTRIBUTION", OSM_ATTRIBUTION),
            time_zone=env.get("DATELINE_TZ") or None,
            max_body_bytes=_whole(
                env, "DATELINE_MAX_BODY", cls.max_body_bytes, "bytes, e.g. 1000000"
            ),
            cache_size=_whole(
                env, "DATELINE_CACHE_SIZE", cls.cache_size, "results, e.g. 4096 (0: none)"
            ),
        )


def _whole(env: Mapping[str, str], name: str, default: int, what: str) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit():
        raise InvalidInput(f"{name}={raw!r} is not a number of {what}")
    return int(raw)
