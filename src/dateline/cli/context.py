"""State shared by commands: the --db option and the store opened from it, lazily."""

from __future__ import annotations

from dateline.store.store import Store


class CliState:
    def __init__(self, db: str | None):
        self.db = db
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.db)
        return self._store
