"""The checker: analyse a text once, run every rule over the analysis, assemble the report.

A :class:`Checker` holds what is worth keeping between texts — the analysis pipeline
(built once per store), the rules, and the cached store reads — so a batch of a thousand
posts opens nothing twice. :func:`check` is the one-call library entry point.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dateline.check.context import CheckContext, StoreFacts
from dateline.check.registry import DEFAULT_RULES, build_rules
from dateline.check.report import Finding, Report, assemble
from dateline.text.types import Analysis

if TYPE_CHECKING:
    from dateline.store.store import Store
    from dateline.text.pipeline import Pipeline


class Checker:
    """Checks texts against the rules named in ``rules`` (default: every rule)."""

    def __init__(
        self,
        store: Store | None = None,
        *,
        rules: Sequence[str] = DEFAULT_RULES,
        today: dt.date | None = None,
    ):
        self.store = store
        self.facts = StoreFacts(store)
        self.rules = build_rules(rules)
        self.rule_names = tuple(spec.name for spec, _ in self.rules)
        self.today = today
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from dateline.text.pipeline import pipeline_for

            self._pipeline = pipeline_for(self.store)
        return self._pipeline

    def analyze(
        self, text: str, *, published: dt.date | None = None, title: str | None = None
    ) -> Analysis:
        from dateline.text.pipeline import analyze

        return analyze(
            text, published=published, store=self.store, title=title, pipeline=self.pipeline
        )

    def check_analysis(self, analysis: Analysis) -> Report:
        """The report for an analysis already made (by :meth:`analyze` or elsewhere)."""
        context = CheckContext(analysis, self.facts, self.today or dt.date.today())
        results: list[Finding] = []
        for _, rule in self.rules:
            results.extend(rule(context))
        return assemble(
            analysis.document, results, [spec.id for spec, _ in self.rules], self.rule_names
        )

    def __call__(
        self, text: str, *, published: dt.date | None = None, title: str | None = None
    ) -> Report:
        return self.check_analysis(self.analyze(text, published=published, title=title))


_BY_STORE: weakref.WeakKeyDictionary[Store, Checker] = weakref.WeakKeyDictionary()
_WITHOUT_STORE: list[Checker] = []
_LOCK = threading.Lock()


def checker_for(store: Store | None) -> Checker:
    """The default checker for a store (or none), built once and reused."""
    with _LOCK:
        if store is None:
            if not _WITHOUT_STORE:
                _WITHOUT_STORE.append(Checker())
            return _WITHOUT_STORE[0]
        if store not in _BY_STORE:
            _BY_STORE[store] = Checker(store)
        return _BY_STORE[store]


def check(
    text: str,
    *,
    published: dt.date | None = None,
    store: Store | None = None,
    title: str | None = None,
) -> Report:
    """Check an article: findings (what is doubted) and verified claims, with spans.

    ``published`` is what "in the future" is measured from (default: today). ``store``
    gives the incidents and groups to compare with; without one, only the text's own
    consistency is checked.
    """
    return checker_for(store)(text, published=published, title=title)
