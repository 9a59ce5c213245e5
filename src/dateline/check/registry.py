"""The fact-checker's rules, registered by versioned name, spaCy-style.

A rule is built by a factory registered under ``<id>.v<version>`` ("future-date.v1")
together with its description and default severity; the built object is a callable that
takes a :class:`~dateline.check.context.CheckContext` and yields
:class:`~dateline.check.report.Finding` objects (findings and verified claims). Which
rules run, and in which order, is configuration: :data:`DEFAULT_RULES`.

Registration happens in each rule module's ``register()`` function, called the first
time a name is looked up, so importing ``dateline.check`` does no work.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from dateline.check.report import Finding, Severity
from dateline.errors import InvalidInput

if TYPE_CHECKING:
    from dateline.check.context import CheckContext


class Rule(Protocol):
    """What a rule is: ``findings = rule(context)``."""

    id: str
    severity: str  # the default severity of its findings: error, warning or info

    def __call__(self, context: CheckContext, /) -> Iterable[Finding]: ...


@dataclass(frozen=True)
class RuleSpec:
    """A registered rule: its versioned name, what it checks, how bad its findings are."""

    name: str  # "future-date.v1"
    id: str  # "future-date": what findings carry in their ``rule`` field
    factory: Callable[[], Rule]
    description: str
    severity: Severity


# The order matters twice: rules run in it, and when two rules flag the very same span the
# earlier one wins among equally severe findings (so it lists the most specific first).
DEFAULT_RULES: tuple[str, ...] = (
    "impossible-date.v1",
    "future-date.v1",
    "weekday.v1",
    "headline-conflict.v1",
    "duration.v1",
    "record-conflict.v1",
    "count-conflict.v1",
    "anachronism.v1",
    "duplicate-passage.v1",
)

_PROVIDERS: dict[str, str] = {
    "impossible-date.v1": "dateline.check.dates",
    "future-date.v1": "dateline.check.dates",
    "weekday.v1": "dateline.check.dates",
    "headline-conflict.v1": "dateline.check.headline",
    "duration.v1": "dateline.check.durations",
    "record-conflict.v1": "dateline.check.records",
    "count-conflict.v1": "dateline.check.counts",
    "anachronism.v1": "dateline.check.anachronism",
    "duplicate-passage.v1": "dateline.check.duplicates",
}

_RULES: dict[str, RuleSpec] = {}


def register_rule(
    name: str, factory: Callable[[], Rule], *, description: str, severity: Severity
) -> None:
    """Register the rule built by ``factory`` as ``name`` ("<id>.v<version>")."""
    rule_id, _, version = name.rpartition(".")
    if not rule_id or not version.startswith("v") or not version[1:].isdigit():
        raise ValueError(f"rule name {name!r} needs a version suffix, e.g. {name}.v1")
    _RULES[name] = RuleSpec(name, rule_id, factory, description, severity)


def rule_spec(name: str) -> RuleSpec:
    """The registration of ``name``, loading the module that provides it if needed."""
    if name not in _RULES and name in _PROVIDERS:
        importlib.import_module(_PROVIDERS[name]).register()
    if name not in _RULES:
        known = ", ".join(sorted(set(_RULES) | set(_PROVIDERS)))
        raise InvalidInput(f"no check rule named {name!r}; known rules: {known}")
    return _RULES[name]


def build_rules(names: Iterable[str] = DEFAULT_RULES) -> list[tuple[RuleSpec, Rule]]:
    """Each named rule's registration with a fresh instance of it, in order."""
    return [(spec, spec.factory()) for spec in map(rule_spec, names)]


def registered_rules() -> list[RuleSpec]:
    """Every known rule (loads the default providers), in the default order first."""
    for name in _PROVIDERS:
        rule_spec(name)
    ordered = [_RULES[name] for name in DEFAULT_RULES]
    return ordered + [spec for name, spec in sorted(_RULES.items()) if name not in DEFAULT_RULES]
