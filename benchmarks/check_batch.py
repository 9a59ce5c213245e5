"""``dateline check --jsonl`` over a thousand posts in one process, against the analysis alone.

Usage:
    python benchmarks/check_batch.py [--posts 1000] [--folder tests/fixtures/check/posts]

Builds a JSON Lines file of ``--posts`` posts (the fixture posts, cycled, each with a
different publication date), then times, in the same run and on the same database
(a temporary one with the built-in dataset):

    baseline   dateline analyze --jsonl IN --out OUT   (the analysis the checker builds on)
    check      dateline check --jsonl IN --out OUT     (analysis + every rule + the report)

and prints posts per second for each and the ratio check/analyze. Both run as one
process, as a user would run them: the store is opened once, the pipeline built once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_input(folder: Path, count: int, target: Path) -> int:
    posts = sorted(folder.glob("*.txt"))
    with target.open("w", encoding="utf-8") as handle:
        for number in range(count):
            text = posts[number % len(posts)].read_text(encoding="utf-8")
            published = dt.date(2023, 1, 1) + dt.timedelta(days=number % 365)
            handle.write(json.dumps({"id": number, "text": text, "published": published.isoformat()}) + "\n")
    return count


def timed(command: list[str]) -> float:
    began = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - began
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--folder", type=Path, default=ROOT / "tests" / "fixtures" / "check" / "posts")
    args = parser.parse_args()
    dateline = shutil.which("dateline", path=str(Path(sys.executable).parent)) or "dateline"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "posts.jsonl"
        count = build_input(args.folder, args.posts, source)
        db = str(work / "bench.db")
        subprocess.run([dateline, "--db", db, "stats"], capture_output=True, check=False)  # create + load once
        analyze = timed([dateline, "--db", db, "analyze", "--jsonl", str(source), "--out", str(work / "a.jsonl")])
        check = timed([dateline, "--db", db, "check", "--jsonl", str(source), "--out", str(work / "c.jsonl")])
        lines = (work / "c.jsonl").read_text(encoding="utf-8").splitlines()
        errors = sum(1 for line in lines if "error" in json.loads(line) and "findings" not in json.loads(line))
    print(f"posts: {count} (one process each, same database)")
    print(f"  analyze --jsonl: {analyze:6.1f} s  {count / analyze:6.1f} posts/s  (baseline)")
    print(f"  check --jsonl:   {check:6.1f} s  {count / check:6.1f} posts/s")
    print(f"  ratio check/analyze: {check / analyze:.2f}  ({len(lines)} output lines, {errors} bad-line errors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
