"""Batch analysis of JSON Lines: one output line per input line, in order.

Input lines are ``{"id", "text", "published"?, "title"?}``; output lines
``{"id", "incidents", "mentions"}``, or ``{"id", "line", "error"}`` for a line that cannot
be analysed (bad JSON, no text, a bad date): a bad line never stops the batch.
With ``workers > 1`` lines are analysed by a process pool (each worker opens the store
read-only by its URL); ``use_dask`` runs the same function on Dask's process scheduler.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from dateline.text.pipeline import analyze

if TYPE_CHECKING:
    from dateline.store.store import Store

_WORKER_STORE: list[Store | None] = []


def analyze_record(record: Any, store: Store | None, line_number: int | None = None) -> dict[str, Any]:
    """One parsed input record → its output line (an error line if the record is bad)."""
    if not isinstance(record, dict):
        return _error(None, line_number, "each line must be a JSON object with an \"id\" and a \"text\"")
    record_id = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        return _error(record_id, line_number, "\"text\" is missing or not a string")
    published = record.get("published")
    published_date = None
    if published is not None:
        try:
            published_date = dt.date.fromisoformat(str(published))
        except ValueError:
            return _error(record_id, line_number, f"\"published\" must be YYYY-MM-DD, not {published!r}")
    title = record.get("title")
    analysis = analyze(text, published=published_date, store=store, title=title if isinstance(title, str) else None)
    output = analysis.to_dict()
    return {"id": record_id, "incidents": output["incidents"], "mentions": output["mentions"]}


def analyze_line(line: str, store: Store | None, line_number: int | None = None) -> dict[str, Any]:
    """One JSON Lines input line → its output line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(None, line_number, f"not JSON ({exc.msg} at column {exc.colno})")
    try:
        return analyze_record(record, store, line_number)
    except Exception as exc:
        record_id = record.get("id") if isinstance(record, dict) else None
        return _error(record_id, line_number, f"analysis failed: {type(exc).__name__}: {exc}")


def _error(record_id: Any, line_number: int | None, message: str) -> dict[str, Any]:
    return {"id": record_id, "line": line_number, "error": message}


def _init_worker(store_url: str | None) -> None:
    from dateline.store.store import Store

    _WORKER_STORE.clear()
    _WORKER_STORE.append(Store.open(store_url, load_builtin=False) if store_url else None)


def _worker(item: tuple[int, str]) -> dict[str, Any]:
    number, line = item
    return analyze_line(line, _WORKER_STORE[0] if _WORKER_STORE else None, number)


def analyze_lines(
    lines: Iterable[str],
    store: Store | None,
    *,
    workers: int = 1,
    use_dask: bool = False,
    scheduler: str | None = None,
    chunksize: int = 64,
) -> Iterator[dict[str, Any]]:
    """Output lines for input lines, in order; blank lines are skipped.

    ``scheduler`` is a Dask scheduler address (``tcp://host:8786``) for a real cluster; its
    workers open the store by URL, so give them one they can reach (PostgreSQL).
    """
    use_dask = use_dask or scheduler is not None
    numbered = ((n, line) for n, line in enumerate(lines, start=1) if line.strip())
    if workers <= 1 and not use_dask:
        for number, line in numbered:
            yield analyze_line(line, store, number)
        return
    url = store.url if store is not None else None
    if use_dask:
        yield from _dask(list(numbered), url, workers, scheduler)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(url,)) as pool:
        yield from pool.map(_worker, numbered, chunksize=chunksize)


def _dask(
    items: list[tuple[int, str]], url: str | None, workers: int, scheduler: str | None = None
) -> Iterator[dict[str, Any]]:
    try:
        import dask.bag as bag
    except ImportError as exc:
        from dateline.errors import InvalidInput

        raise InvalidInput("Dask is not installed; pip install 'dateline[scale]' or drop --dask") from exc

    def run_partition(partition: Iterable[tuple[int, str]]) -> list[dict[str, Any]]:
        if not _WORKER_STORE:
            _init_worker(url)
        return [_worker(item) for item in partition]

    partitions = max(1, workers * 4)
    results = bag.from_sequence(items, npartitions=partitions).map_partitions(run_partition)
    if scheduler is None:
        yield from results.compute(scheduler="processes", num_workers=max(1, workers))
        return
    try:
        from dask.distributed import Client
    except ImportError as exc:
        from dateline.errors import InvalidInput

        raise InvalidInput("dask.distributed is not installed; pip install 'dateline[scale]'") from exc
    with Client(scheduler) as client:
        yield from client.compute(results).result()
