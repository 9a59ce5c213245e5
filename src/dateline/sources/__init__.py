"""Importers for the research datasets, registered by name.

Each importer is a small class (:class:`~dateline.sources.base.Importer`) that maps one
row of its dataset to a domain record; reading files is :mod:`dateline.sources.tables`,
and writing to the store is :mod:`dateline.store.importing`. Dateline's own importers
register through the same function as any other::

    register_importer("gtd", GtdImporter)

A factory, not an instance, is registered: an importer may keep state for one file (RAND
numbers rows that repeat), so every import gets a fresh one.
"""

from __future__ import annotations

from collections.abc import Callable

from dateline.errors import InvalidInput
from dateline.sources.base import Importer

_FACTORIES: dict[str, Callable[[], Importer]] = {}
_builtins_registered = False


def register_importer(name: str, factory: Callable[[], Importer]) -> None:
    """Make ``dateline import NAME`` use importers made by ``factory``."""
    _FACTORIES[name] = factory


def register_builtin_importers() -> None:
    global _builtins_registered
    if _builtins_registered:
        return
    from dateline.sources.acled import AcledImporter
    from dateline.sources.gtd import GtdImporter
    from dateline.sources.rand import RandImporter
    from dateline.sources.ucdp import UcdpImporter

    for factory in (GtdImporter, UcdpImporter, AcledImporter, RandImporter):
        _FACTORIES.setdefault(factory.dataset, factory)
    _builtins_registered = True


def importer_names() -> tuple[str, ...]:
    register_builtin_importers()
    return tuple(_FACTORIES)


def get_importer(name: str) -> Importer:
    """A fresh importer for the dataset ``name`` (``gtd``, ``ucdp``, ``acled``, ``rand``)."""
    register_builtin_importers()
    factory = _FACTORIES.get(name.lower())
    if factory is None:
        raise InvalidInput(f"no importer for {name!r}; choose one of {', '.join(_FACTORIES)}")
    return factory()


__all__ = ["Importer", "get_importer", "importer_names", "register_builtin_importers",
           "register_importer"]
