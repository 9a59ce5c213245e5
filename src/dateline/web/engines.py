"""The analysis (issue 5) and checking (issue 6) engines, as the web app calls them.

They live in ``dateline.text`` and ``dateline.check`` and may not be installed or built
yet; they are imported when first asked for, and a missing one is a 503 with the error
envelope rather than an import error at start-up. Reports are turned into plain JSON-able
dicts here, whatever object the engine returns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dateline.errors import FeatureUnavailable
from dateline.store.store import Store

# (module, function names tried in order, what it is for the message)
_CHECKER = ("dateline.check", ("check_text", "check"), "the article checker (issue 6)")
_ANALYZER = ("dateline.text", ("analyze",), "the article analyser (issue 5)")


def _engine(spec: tuple[str, tuple[str, ...], str]) -> Callable[..., Any]:
    module_name, names, what = spec
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise FeatureUnavailable(f"{what} is not installed on this server ({exc})") from exc
    for name in names:
        function = getattr(module, name, None)
        if callable(function):
            return function
    raise FeatureUnavailable(
        f"{what} is not available on this server yet ({module_name} has no {names[0]}())"
    )


def plain(value: Any) -> Any:
    """Engine results → JSON-able values: to_dict() when offered, dataclasses, dates."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return plain(to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _run(function: Callable[..., Any], what: str, *args: Any, **kwargs: Any) -> Any:
    """Call an engine; a part of it that is not installed yet is "unavailable", not a crash."""
    try:
        return function(*args, **kwargs)
    except ImportError as exc:
        raise FeatureUnavailable(f"{what} is not fully installed on this server ({exc})") from exc


def _report(result: Any, keys: tuple[str, ...], what: str) -> dict[str, Any]:
    report = plain(result)
    if not isinstance(report, dict):
        raise FeatureUnavailable(f"{what} returned {type(result).__name__}, not a report")
    for key in keys:
        report.setdefault(key, {} if key == "document" else [])
    return report


@dataclass(frozen=True)
class Engines:
    """How the app reaches the engines. Unset ones are imported on first use; tests and
    embedding applications may pass their own callables with the same signature."""

    checker: Callable[..., Any] | None = None
    analyzer: Callable[..., Any] | None = None

    def available(self, which: str) -> bool:
        """Whether ``check`` or ``analyze`` can run here (pages say so when not)."""
        try:
            self._function(which)
        except FeatureUnavailable:
            return False
        return True

    def _function(self, which: str) -> Callable[..., Any]:
        if which == "check":
            return self.checker or _engine(_CHECKER)
        return self.analyzer or _engine(_ANALYZER)

    def check(self, store: Store, text: str, published: dt.date | None) -> dict[str, Any]:
        """``{"document", "findings", "verified"}`` for an article (the CLI's check JSON)."""
        result = _run(self._function("check"), _CHECKER[2], text, published=published, store=store)
        return _report(result, ("document", "findings", "verified"), _CHECKER[2])

    def analyze(
        self, store: Store, text: str, published: dt.date | None, title: str | None = None
    ) -> dict[str, Any]:
        """``{"document", "mentions", "incidents"}`` for an article (the CLI's analyze JSON)."""
        kwargs: dict[str, Any] = {"published": published, "store": store}
        if title:
            kwargs["title"] = title
        result = _run(self._function("analyze"), _ANALYZER[2], text, **kwargs)
        return _report(result, ("document", "mentions", "incidents"), _ANALYZER[2])
