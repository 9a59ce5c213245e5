"""Registered pipeline components, spaCy-style.

A component is built by a factory registered under a versioned name
(``dateline.dates.v1``); the built object is a callable that takes the analysis in
progress and returns it, and declares which parts of it it assigns. The order of the
pipeline is configuration (a list of names), not code.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from dateline.errors import InvalidInput
from dateline.text.types import Analysis


class Component(Protocol):
    """What a pipeline step is: ``analysis = component(analysis)``."""

    name: str
    assigns: tuple[str, ...]

    def __call__(self, analysis: Analysis) -> Analysis: ...


Factory = Callable[..., Any]


@dataclass(frozen=True)
class Registration:
    name: str
    factory: Factory
    assigns: tuple[str, ...]
    defaults: dict[str, Any]


_FACTORIES: dict[str, Registration] = {}

# Where the factories of the default components are registered: a name is looked up in
# its module the first time it is needed (like spaCy's entry points), so the text layer
# never imports the linker above it.
_PROVIDERS: dict[str, str] = {
    "dateline.document.v1": "dateline.text.document",
    "dateline.dates.v1": "dateline.text.dates",
    "dateline.durations.v1": "dateline.text.durations",
    "dateline.places.v1": "dateline.text.places",
    "dateline.groups.v1": "dateline.text.groups",
    "dateline.people.v1": "dateline.text.people",
    "dateline.counts.v1": "dateline.text.counts",
    "dateline.frames.v1": "dateline.text.frames",
    "dateline.links.v1": "dateline.link",
}


def register_factory(
    name: str, factory: Factory, *, assigns: tuple[str, ...], defaults: dict[str, Any] | None = None
) -> None:
    """Register ``factory`` under ``name`` (with a version: ``dateline.dates.v1``)."""
    if not name.rsplit(".", 1)[-1].startswith("v"):
        raise ValueError(f"component name {name!r} needs a version suffix, e.g. {name}.v1")
    _FACTORIES[name] = Registration(name, factory, assigns, dict(defaults or {}))


def registration(name: str) -> Registration:
    if name not in _FACTORIES and name in _PROVIDERS:
        module = importlib.import_module(_PROVIDERS[name])
        module.register()
    if name not in _FACTORIES:
        known = ", ".join(sorted(set(_FACTORIES) | set(_PROVIDERS)))
        raise InvalidInput(f"no pipeline component named {name!r}; known: {known}")
    return _FACTORIES[name]


def create(name: str, **config: Any) -> Component:
    """Build the component registered as ``name``; ``config`` overrides its defaults.

    Keys a factory does not take are ignored, so one shared config (``store=…``) can be
    passed to every component.
    """
    entry = registration(name)
    settings = {**entry.defaults, **config}
    accepted = entry.factory.__code__.co_varnames[: entry.factory.__code__.co_argcount]
    kwonly = entry.factory.__code__.co_kwonlyargcount
    accepted = (
        *accepted,
        *entry.factory.__code__.co_varnames[
            entry.factory.__code__.co_argcount : entry.factory.__code__.co_argcount + kwonly
        ],
    )
    component: Component = entry.factory(**{k: v for k, v in settings.items() if k in accepted})
    return component


def registered() -> dict[str, tuple[str, ...]]:
    """Every known component name → what it assigns (loads the default providers)."""
    for name in _PROVIDERS:
        registration(name)
    return {name: entry.assigns for name, entry in sorted(_FACTORIES.items())}
