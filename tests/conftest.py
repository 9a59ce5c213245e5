"""Shared fixtures: a fresh store per test, the CLI runner, and the licensed extracts.

Tests that read ../shared/data use the ``shared_data`` fixture, which skips the test
when the folder is absent (CI on a clone without it, or a contributor's laptop).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.store.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
BUILTIN_FIXTURE = FIXTURES / "builtin"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Caches (the localities index) go to a temporary folder, built once per run."""
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test touches the user's database; every store loads the fixture dataset."""
    monkeypatch.setenv("DATELINE_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("DATELINE_BUILTIN_DATA", str(BUILTIN_FIXTURE))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh SQLite store filled with the small fixture dataset (not the packaged one)."""
    with Store.open(tmp_path / "test.db", builtin_root=BUILTIN_FIXTURE) as opened:
        yield opened


@pytest.fixture
def db_path(store: Store, tmp_path: Path) -> str:
    """Path of the fixture store, for CLI tests (``--db``)."""
    return str(tmp_path / "test.db")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
