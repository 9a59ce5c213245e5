"""Store tests run on SQLite and, when DATELINE_TEST_PG names a server, on PostgreSQL too.

.ci/run starts a local PostgreSQL and sets DATELINE_TEST_PG; elsewhere the PostgreSQL
variants skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dateline.store.store import Store, resolve_location
from tests.conftest import BUILTIN_FIXTURE


def _reset_postgres(url: str) -> None:
    engine = create_engine(resolve_location(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        location = str(tmp_path / "test.db")
    else:
        location = os.environ.get("DATELINE_TEST_PG", "")
        if not location:
            pytest.skip("set DATELINE_TEST_PG to a PostgreSQL URL to run this on PostgreSQL")
        _reset_postgres(location)
    with Store.open(location, builtin_root=BUILTIN_FIXTURE) as opened:
        yield opened
