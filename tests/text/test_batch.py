"""Batch analysis: one output line per input line, in order; bad lines give error lines."""

from __future__ import annotations

import json

import pytest

from dateline.text.batch import analyze_lines

LINES = [
    json.dumps({"id": "a", "text": "A bomb exploded in Lima on May 1, 1990, killing two."}),
    "not json at all",
    json.dumps({"id": "c", "text": 42}),
    json.dumps({"id": "d", "text": "Gunmen fired in Tehran.", "published": "yesterday"}),
    json.dumps(["a list"]),
    json.dumps({"id": "f", "text": "On this day in 1997 the siege ended.", "published": "2024-04-22",
                "title": "Siege"}),
]


def test_one_output_per_line_in_order_with_errors(store) -> None:
    outputs = list(analyze_lines(LINES, store))
    assert [o.get("id") for o in outputs] == ["a", None, "c", "d", None, "f"]
    assert [("error" in o) for o in outputs] == [False, True, True, True, True, False]
    assert set(outputs[0]) == {"id", "incidents", "mentions"}
    assert outputs[0]["incidents"][0]["country"] == "PER"
    assert "line" in outputs[1] and outputs[1]["line"] == 2
    dates = [m for m in outputs[5]["mentions"] if m["kind"] == "date"]
    assert dates[0]["value"]["value"] == "1997-04-22"


@pytest.mark.slow
def test_process_pool_keeps_order(store) -> None:
    serial = list(analyze_lines(LINES, store))
    parallel = list(analyze_lines(LINES, store, workers=2, chunksize=1))
    assert [json.dumps(o, sort_keys=True) for o in parallel] == [json.dumps(o, sort_keys=True) for o in serial]


@pytest.mark.slow
def test_dask_scheduler_address_keeps_order(store) -> None:
    """A real (local, in-process) Dask cluster reached by its scheduler address."""
    distributed = pytest.importorskip("dask.distributed")
    serial = list(analyze_lines(LINES * 3, store))
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        outputs = list(
            analyze_lines(LINES * 3, store, workers=2, scheduler=cluster.scheduler_address)
        )
    assert [o.get("id") for o in outputs] == [o.get("id") for o in serial]
    assert [("error" in o) for o in outputs] == [("error" in o) for o in serial]
