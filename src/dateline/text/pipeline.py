"""The analysis pipeline: an ordered list of registered components (configuration).

``analyze`` builds the document, runs each component in order and returns the Analysis.
Pipelines are cached per store (building the group index reads the store once).
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dateline.text.document import new_document
from dateline.text.frames import finalize
from dateline.text.registry import Component, create
from dateline.text.types import Analysis, InputFormat

if TYPE_CHECKING:
    from dateline.store.store import Store

DEFAULT_PIPELINE: tuple[str, ...] = (
    "dateline.document.v1",
    "dateline.dates.v1",
    "dateline.durations.v1",
    "dateline.groups.v1",
    "dateline.places.v1",
    "dateline.people.v1",
    "dateline.counts.v1",
    "dateline.frames.v1",
    "dateline.links.v1",
)


class Pipeline:
    """Components run in order; ``links`` runs only when the pipeline has a store."""

    def __init__(self, names: Sequence[str] = DEFAULT_PIPELINE, *, store: Store | None = None, **config: Any):
        self.names = tuple(n for n in names if store is not None or n != "dateline.links.v1")
        self.components: list[Component] = [create(name, store=store, **config) for name in self.names]

    def __call__(self, analysis: Analysis) -> Analysis:
        for component in self.components:
            analysis = component(analysis)
        finalize(analysis)
        return analysis


_BY_STORE: weakref.WeakKeyDictionary[Store, Pipeline] = weakref.WeakKeyDictionary()
_WITHOUT_STORE: list[Pipeline] = []
_LOCK = threading.Lock()


def pipeline_for(store: Store | None) -> Pipeline:
    """The default pipeline for a store (or for no store), built once per store."""
    with _LOCK:
        if store is None:
            if not _WITHOUT_STORE:
                _WITHOUT_STORE.append(Pipeline())
            return _WITHOUT_STORE[0]
        if store not in _BY_STORE:
            _BY_STORE[store] = Pipeline(store=store)
        return _BY_STORE[store]


def analyze(
    text: str,
    *,
    published: dt.date | None = None,
    store: Store | None = None,
    title: str | None = None,
    fmt: InputFormat | None = None,
    pipeline: Pipeline | None = None,
) -> Analysis:
    """Analyse an article: document, mentions with spans, incident frames and their links.

    ``store`` gives the group alias table and the incidents to link to; without it the
    analysis' own alias table is used and frames have no links.
    """
    document = new_document(text, published=published, title=title, fmt=fmt)
    return (pipeline or pipeline_for(store))(Analysis(document))
