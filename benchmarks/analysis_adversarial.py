"""Benchmark: analysis time on pathological 100 KB inputs, and how it grows with size.

    python benchmarks/analysis_adversarial.py [--size 100000]

For each input shape (long digit runs, "on on on", deep parentheses, no spaces, runs of
capitalised place names, dates, counts, month words) the analysis of ``size`` characters
is timed, and of half as many: a ratio near 2 means linear time (near 4, quadratic).
The issue's target: each 100 KB input in under a second.
"""

from __future__ import annotations

import argparse
import time

from dateline.text import analyze

SHAPES = {
    "digits": "1",
    "on on on": "on ",
    "parentheses": None,  # built below: "(((…)))"
    "no spaces": "abcDEF",
    "capitalised places": "Lima Peru ",
    "dates": "May 5, 1997 - ",
    "counts": "killing two and wounding five, ",
    "month words": "May March may march ",
    "unicode": "Túpac Амару 東京 ١٢٣ ",
}


def make(shape: str, size: int) -> str:
    if shape == "parentheses":
        return "(" * (size // 2) + ")" * (size // 2)
    unit = SHAPES[shape]
    assert unit is not None
    return (unit * (size // len(unit) + 1))[:size]


def timed(text: str) -> float:
    started = time.perf_counter()
    analyze(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    analyze("warm up: the gazetteer is built once per process")
    print(f"{'input':<20}{'size':>9}{'seconds':>10}{'half':>10}{'ratio':>8}")
    worst = 0.0
    for shape in SHAPES:
        full = timed(make(shape, args.size))
        half = timed(make(shape, args.size // 2))
        worst = max(worst, full)
        print(f"{shape:<20}{args.size:>9}{full:>10.3f}{half:>10.3f}{full / max(half, 1e-9):>8.2f}")
    print(f"slowest: {worst:.3f} s (target < 1 s per 100 KB input)")


if __name__ == "__main__":
    main()
