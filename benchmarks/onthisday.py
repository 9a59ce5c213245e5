"""Benchmark: on-this-day over N synthetic incidents vs a full pandas scan, same run.

    python benchmarks/onthisday.py [--count 1000000] [--queries 1000] [--db PATH]

Generates incidents (realistic date spread weighted to 1970–2020, ~10% month/year
precision, ~5% multi-day) into a temporary store through the store's one write path,
then times ``anniversaries_on`` (candidates, ranking, variety, full records for the top
10) for random month-days. Baselines, timed on the same month-days:

- *pandas scan*: the same data already in a DataFrame; boolean scan on start/end month-day,
  sort by significance, top 10 (the best case for a scan: data in memory);
- *pandas load + scan*: read the table from the database into pandas, then scan — what an
  analyst without an index does per question.

Targets (docs/benchmarks.md): p95 ≤ 5 ms and ≥ 100× the scan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from dateline.almanac.onthisday import anniversaries_on
from dateline.model import Incident, PartialDate
from dateline.store.store import Store

COUNTRIES = ("PER", "IRN", "GBR", "ESP", "FRA", "DEU", "ITA", "USA", "COL", "IND", "PAK",
             "AFG", "IRQ", "SYR", "NGA", "PHL", "TUR", "ISR", "LBN", "DZA", "SOM", "RUS", "LKA")  # fmt: skip
KINDS = ("bombing", "armed_assault", "assassination", "hostage_kidnapping", "facility_attack",
         "hijacking", "hostage_barricade", "unarmed_assault")  # fmt: skip


def synthetic_incidents(count: int, seed: int = 7) -> Iterator[Incident]:
    rng = random.Random(seed)
    for n in range(count):
        year = int(min(2025, max(1880, rng.gauss(1998, 18))))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        roll = rng.random()
        if roll < 0.05:
            start = PartialDate(year)
        elif roll < 0.10:
            start = PartialDate(year, month)
        else:
            start = PartialDate(year, month, day if rng.random() > 0.01 else 29 if month != 2 else 28)
        end = None
        if start.day is not None and rng.random() < 0.05:
            end = PartialDate.from_date(start.to_date() + dt.timedelta(days=rng.randint(1, 400)))
        killed = int(rng.paretovariate(1.3)) - 1 if rng.random() < 0.7 else None
        yield Incident(
            id=f"bench:{n}",
            title=f"Synthetic incident {n}",
            start=start,
            end=end,
            country=rng.choice(COUNTRIES),
            kinds=(rng.choice(KINDS),),
            killed=killed,
            injured=int(rng.paretovariate(1.2)) - 1 if rng.random() < 0.5 else None,
            dataset="gtd",
            source_id=str(n),
        )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--scan-queries", type=int, default=50, help="month-days for the pandas baselines")
    parser.add_argument("--db", help="reuse this database (generated if empty)")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    store = Store.open(path, load_builtin=False)  # only synthetic rows: a stable baseline
    have = store.count_incidents("gtd")
    if have < args.count:
        started = time.perf_counter()
        with store.write() as writer:
            writer.upsert_incidents(synthetic_incidents(args.count))
        print(f"generated {args.count:,} incidents in {time.perf_counter() - started:.1f} s")
    total = store.count_incidents()
    rng = random.Random(11)
    days = [(rng.randint(1, 12), rng.randint(1, 28)) for _ in range(args.queries)]

    for month, day in days[:20]:  # warm the page cache and the statement cache
        anniversaries_on(store, month, day, reference_year=2026)
    timings = []
    for month, day in days:
        started = time.perf_counter()
        anniversaries_on(store, month, day, reference_year=2026, limit=10)
        timings.append((time.perf_counter() - started) * 1000)
    p50, p95 = statistics.median(timings), percentile(timings, 0.95)

    columns = "id, start_md, end_md, significance"
    started = time.perf_counter()
    with store.read() as conn:
        frame = pd.read_sql(f"SELECT {columns} FROM incidents", conn.connection.dbapi_connection)  # type: ignore[arg-type]
    load_ms = (time.perf_counter() - started) * 1000
    scan = []
    for month, day in days[: args.scan_queries]:
        md = month * 100 + day
        started = time.perf_counter()
        hits = frame[(frame["start_md"] == md) | (frame["end_md"] == md)]
        hits.nlargest(10, "significance")
        scan.append((time.perf_counter() - started) * 1000)
    scan_ms = statistics.median(scan)

    print(f"store: {total:,} incidents ({path})")
    print(f"on-this-day (full pipeline, top 10): p50 {p50:.2f} ms, p95 {p95:.2f} ms over {len(timings)} month-days")
    print(f"pandas scan (data already in memory): median {scan_ms:.2f} ms")
    print(f"pandas load + scan:                   {load_ms + scan_ms:.0f} ms")
    print(f"ratio vs in-memory scan (median/median): {scan_ms / p50:.1f}x")
    print(f"ratio vs load + scan (median):           {(load_ms + scan_ms) / p50:.0f}x")
    print(f"target p95 <= 5 ms: {'met' if p95 <= 5 else 'NOT met'}")
    store.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
