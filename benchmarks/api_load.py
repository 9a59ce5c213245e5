"""Benchmark: the on-this-day API under 64 concurrent connections vs Datasette, same run.

    python benchmarks/api_load.py [--count 200000] [--requests 50000] [--seconds 30]
                                  [--connections 64] [--db PATH]

Datasette is the baseline and is not a dependency of Dateline: install it into the
benchmark environment first (``.venv/bin/pip install datasette``); without it this script
says so and exits 0 without measuring.

One SQLite database with ``--count`` synthetic incidents (written through the store's one
write path; reused with ``--db``) is served on loopback by

- ``dateline serve`` — ``GET /api/onthisday/MM-DD?year=2026&limit=10``: candidates,
  ranking, variety, ledes and full records (its default LRU cache of results on);
- ``dateline serve`` again with the cache off (``DATELINE_CACHE_SIZE=0``): every request
  ranks from the database;
- ``datasette serve --immutable`` — the equivalent SQL through its JSON API: rows whose
  start_md or end_md is the month-day (duplicates left out), best significance first,
  limit 10.

Both servers are single uvicorn processes with their default logging (discarded). The
client is a small asyncio HTTP/1.1 keep-alive client in this process, ``--connections``
connections, cycling through all 366 month-days in one shuffled order that is the same for
every server. Each server gets one warm-up pass over the 366 days (filling page caches,
and the result cache where there is one), then a run bounded by ``--requests`` requests
and ``--seconds`` seconds. Printed: requests/s, p50 and p99 latency, errors, the ratios.

Targets (PRODUCT.md): requests/s >= Datasette's, p99 <= 50 ms at 64 connections.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).parent))
from onthisday import percentile, synthetic_incidents

from dateline.store.store import Store

YEAR = 2026
# The small fixture dataset stands in for the built-in one, which other work may be editing:
# the servers refresh it at start-up and must find it valid.
BUILTIN = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "builtin"
SQL = (
    "select * from incidents where (start_md = :md or end_md = :md) and same_as is null "
    "order by significance desc limit 10"
)


@dataclass
class Result:
    name: str
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        if not self.latencies_ms:
            return f"{self.name:<28} no successful request ({self.errors} errors)"
        return (
            f"{self.name:<28} {self.rate:8.0f} req/s   p50 {percentile(self.latencies_ms, 0.5):6.1f} ms"
            f"   p99 {percentile(self.latencies_ms, 0.99):6.1f} ms   "
            f"{len(self.latencies_ms):,} requests, {self.errors} errors, {self.seconds:.1f} s"
        )


def all_month_days() -> list[tuple[int, int]]:
    import calendar

    return [(m, d) for m in range(1, 13) for d in range(1, calendar.monthrange(2000, m)[1] + 1)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server for {url} exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server for {url} did not answer within {seconds:.0f} s")


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one HTTP/1.1 response (Content-Length or chunked); return its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {
        k.strip().lower(): v.strip()
        for k, _, v in (line.partition(":") for line in lines[1:] if line)
    }
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def load(
    port: int, paths: list[str], connections: int, max_requests: int, seconds: float
) -> Result:
    result = Result("")
    counter = iter(range(max_requests))
    deadline = time.monotonic() + seconds

    async def connection() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for n in counter:
                if time.monotonic() > deadline:
                    break
                request = f"GET {paths[n % len(paths)]} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
                started = time.perf_counter()
                writer.write(request.encode())
                status = await _read_response(reader)
                elapsed = (time.perf_counter() - started) * 1000
                if status == 200:
                    result.latencies_ms.append(elapsed)
                else:
                    result.errors += 1
        finally:
            writer.close()

    started = time.perf_counter()
    outcomes = await asyncio.gather(
        *(connection() for _ in range(connections)), return_exceptions=True
    )
    result.seconds = time.perf_counter() - started
    result.errors += sum(1 for o in outcomes if isinstance(o, Exception))
    return result


def run_server(
    name: str,
    command: list[str],
    env: dict[str, str],
    port: int,
    paths: list[str],
    args: argparse.Namespace,
) -> Result:
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}{paths[0]}", process)
        asyncio.run(load(port, paths, min(args.connections, 8), len(paths), 600))  # warm-up pass
        result = asyncio.run(load(port, paths, args.connections, args.requests, args.seconds))
        result.name = name
        return result
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=200_000, help="synthetic incidents")
    parser.add_argument("--requests", type=int, default=50_000, help="at most this many per server")
    parser.add_argument("--seconds", type=float, default=30.0, help="at most this long per server")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--db", help="reuse this database (generated if it has fewer incidents)")
    parser.add_argument("--no-uncached", action="store_true", help="skip the cache-off run")
    args = parser.parse_args()

    bin_dir = Path(sys.executable).parent
    datasette = shutil.which("datasette", path=str(bin_dir)) or shutil.which("datasette")
    dateline = shutil.which("dateline", path=str(bin_dir)) or shutil.which("dateline")
    if datasette is None:
        print(
            "Datasette is not installed: `.venv/bin/pip install datasette` to run this benchmark. Skipped."
        )
        return 0
    if dateline is None:
        print("the dateline command is not installed: `.venv/bin/pip install -e .` first.")
        return 2

    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "api-bench.db"
    store = Store.open(path, builtin_root=BUILTIN)
    if store.count_incidents("gtd") < args.count:
        started = time.perf_counter()
        with store.write() as writer:
            writer.upsert_incidents(synthetic_incidents(args.count))
        print(f"generated {args.count:,} incidents in {time.perf_counter() - started:.1f} s")
    total = store.count_incidents()
    store.close()

    days = all_month_days()
    random.Random(5).shuffle(days)
    ours = [f"/api/onthisday/{m:02d}-{d:02d}?year={YEAR}&limit=10" for m, d in days]
    sql = [
        f"/{path.stem}.json?" + urlencode({"sql": SQL, "md": m * 100 + d, "_shape": "array"})
        for m, d in days
    ]
    env = {
        **os.environ,
        "DATELINE_TILES": "",
        "DATELINE_TZ": "UTC",
        "DATELINE_BUILTIN_DATA": str(BUILTIN),
    }
    servers = [
        ("datasette --immutable", [datasette, "serve", "--immutable", str(path)], {}, sql),
        ("dateline serve (cache)", [dateline, "--db", str(path), "serve"], {}, ours),
        (
            "dateline serve (no cache)",
            [dateline, "--db", str(path), "serve"],
            {"DATELINE_CACHE_SIZE": "0"},
            ours,
        ),
    ]
    results = []
    for name, command, extra, paths in servers[: 2 if args.no_uncached else 3]:
        port = free_port()
        argv = [*command, "--port", str(port), "--host", "127.0.0.1"]
        results.append(run_server(name, argv, {**env, **extra}, port, paths, args))
        print(results[-1].line(), flush=True)

    baseline = results[0]
    print(
        f"\nstore: {total:,} incidents ({path}); {args.connections} connections; "
        f"at most {args.requests:,} requests / {args.seconds:.0f} s per server"
    )
    for result in results[1:]:
        ratio = result.rate / baseline.rate if baseline.rate else float("nan")
        p99 = percentile(result.latencies_ms, 0.99) if result.latencies_ms else float("inf")
        print(
            f"{result.name}: {ratio:.2f}x Datasette's requests/s "
            f"(target >= 1: {'met' if ratio >= 1 else 'NOT met'}); "
            f"p99 {p99:.1f} ms (target <= 50 ms: {'met' if p99 <= 50 else 'NOT met'})"
        )
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
