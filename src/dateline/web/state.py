"""What every request shares: the store (opened once), settings, templates, caches.

The app never writes: the store is opened at start-up and only read while serving, so
on-this-day results are cached for the life of the process.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from typing import Generic, TypeVar

from fastapi import Request

from dateline.almanac.onthisday import Anniversary, anniversaries_on, today_in
from dateline.store.store import Store
from dateline.web.engines import Engines
from dateline.web.rendering import template_environment
from dateline.web.settings import WebSettings

K = TypeVar("K")
V = TypeVar("V")

OnThisDayKey = tuple[int, int, int, int]  # month, day, reference year, limit


class LruCache(Generic[K, V]):
    """A small thread-safe least-recently-used map (requests run on many threads)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class WebState:
    def __init__(self, store: Store, settings: WebSettings, engines: Engines | None = None) -> None:
        self.store = store
        self.settings = settings
        self.engines = engines or Engines()
        self.templates = template_environment()
        self._anniversaries: LruCache[OnThisDayKey, tuple[Anniversary, ...]] = LruCache(
            settings.cache_size
        )
        self._json: LruCache[OnThisDayKey, bytes] = LruCache(settings.cache_size)

    def today(self, zone: str | None = None) -> dt.date:
        """Today in ``zone``, else in the configured zone, else the machine's."""
        return today_in(zone or self.settings.time_zone)

    def anniversaries(self, month: int, day: int, year: int, limit: int) -> tuple[Anniversary, ...]:
        """Ranked anniversaries, computed once per (month-day, reference year, limit)."""
        key = (month, day, year, limit)
        found = self._anniversaries.get(key)
        if found is None:
            found = tuple(
                anniversaries_on(self.store, month, day, reference_year=year, limit=limit)
            )
            self._anniversaries.put(key, found)
        return found

    def cached_onthisday_json(self, month: int, day: int, year: int, limit: int) -> bytes | None:
        """The API body if it is cached: answered without a thread hop or the database."""
        return self._json.get((month, day, year, limit))

    def onthisday_json(self, month: int, day: int, year: int, limit: int) -> bytes:
        """The body of ``/api/onthisday``: the CLI's JSON items, encoded once per key."""
        key = (month, day, year, limit)
        body = self._json.get(key)
        if body is None:
            items = [item.to_dict() for item in self.anniversaries(month, day, year, limit)]
            body = json.dumps(items, ensure_ascii=False).encode()
            self._json.put(key, body)
        return body


async def web_state(request: Request) -> WebState:
    """The app's shared state (a FastAPI dependency; async so it needs no thread)."""
    state: WebState = request.app.state.web
    return state
