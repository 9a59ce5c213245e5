"""Benchmark: article analysis on RAND RDWTI descriptions — quality and speed, one run.

    python benchmarks/eval_rand.py [--csv PATH] [--limit N] [--seed S] [--workers N]
                                   [--baseline-limit N] [--errors FIELD]

Each description goes through the batch form of ``dateline analyze`` (JSON Lines in,
JSON Lines out, the packaged built-in groups in a temporary store); the main frame (the
first incident) is compared with the row's fields:

- country: frame country vs the row's Country as alpha-3 (RAND's own spellings such as
  "Kashmir", "West Bank/Gaza", "FRY (Kosovo)" mapped to the code of the place meant);
- city: rows with a City; same name after normalisation, or the same gazetteer city;
- named perpetrator: rows whose Perpetrator is not Unknown/Other; the frame's first
  perpetrator and the row's resolve to the same group (alias tables), or the same name;
- fatalities / injuries: frame killed / injured, null read as 0 (RAND writes 0 for none);
- stated dates: rows whose text writes the incident's date in full (month, day and year);
  the frame's start must be that day. Rows with any full date are reported too.

Speed: the analysis alone (no I/O, one process) in texts/s, against
``dateparser.search_dates(text, languages=["en"])`` alone on the same texts (the first
``--baseline-limit`` of them: dateparser is slow), and their ratio.
Targets (issue 5): country ≥ 98%, city ≥ 90%, fatalities ≥ 93%, injuries ≥ 93%,
named perpetrator ≥ 90%, stated dates ≥ 97%, ≥ 300 texts/s and faster than dateparser.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from dateline.geo import country_code
from dateline.names import normalize_name
from dateline.text.batch import analyze_lines
from dateline.text.gazetteer import gazetteer
from dateline.text.groups import build_index
from dateline.text.pipeline import analyze, pipeline_for

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "rand_rdwti" / "rdwti_dev.csv"

# RAND's country spellings that are not country names, → the code of the place meant.
RAND_COUNTRIES = {
    "West Bank/Gaza": "PSE", "Kashmir": "IND", "Chechnya": "RUS", "FRY (Kosovo)": "XKX",
    "FRY (Serbia)": "SRB", "FRY (Southern Serbia)": "SRB", "FRY (Montenegro)": "MNE",
    "FRY": "YUG", "Burma (Myanmar)": "MMR", "Korea, South": "KOR",
    "China, People's Republic of": "CHN", "China, Republic of (Taiwan)": "TWN",
    "Zimbabwe (Rhodesia)": "ZWE", "Zaire (Belgian Congo)": "COD", "Canary Islands": "ESP",
    "Croatians": "HRV", "Sri Lanka (Ceylon)": "LKA", "Trinidad-Tobago": "TTO",
    "Democratic Republic of Congo": "COD", "Trucial Oman States": "ARE", "Azores": "PRT",
    "Transkei": "ZAF", "Namibia, SWAf": "NAM", "Benin, Dahomey": "BEN", "USSR": "SUN",
    "Northern Ireland": "GBR", "Federal Republic of Germany": "DEU",
    "German Democratic Republic": "DEU", "Yugoslavia": "YUG", "Papua-New Guinea": "PNG",
    "Congo (Brazzaville)": "COG", "Guadeloupe": "GLP", "French Polynesia": "PYF",
}  # fmt: skip
# Codes that name the same country at different times (the text may use either).
SAME_COUNTRY = [{"YUG", "SCG", "SRB"}, {"SUN", "RUS"}]
MONTHS = "|".join(calendar.month_name[1:])


def rand_country(name: str) -> str | None:
    return RAND_COUNTRIES.get(name) or country_code(name) or gazetteer().countries.get(normalize_name(name))


def same_country(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    return a == b or any(a in group and b in group for group in SAME_COUNTRY)


def same_city(predicted: str | None, truth: str) -> bool:
    if not predicted:
        return False
    p, t = normalize_name(predicted), normalize_name(truth)
    if p == t or p.removeprefix("al ") == t.removeprefix("al "):
        return True
    gaz = gazetteer()
    p_ids = {c.geonameid for c in gaz.cities.get(p, ())[:1]}
    t_ids = {c.geonameid for c in gaz.cities.get(t, ())}
    if p_ids & t_ids:
        return True
    return bool(re.search(rf"\b{re.escape(t)}\b", p) or re.search(rf"\b{re.escape(p)}\b", t))


def states_date(text: str, iso: str) -> bool:
    """Does the text write this day in full ("May 26, 2006", "26 May 2006")?"""
    year, month, day = (int(x) for x in iso.split("-"))
    name = calendar.month_name[month]
    return bool(
        re.search(rf"\b{name}\s+0?{day}(?:st|nd|rd|th)?,?\s+{year}\b", text)
        or re.search(rf"\b0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{name},?\s+{year}\b", text)
    )


def any_full_date(text: str) -> bool:
    return bool(re.search(rf"\b(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|\b\d{{1,2}}\s+(?:{MONTHS}),?\s+\d{{4}}", text))


def group_key(name: str, index: object) -> str:
    entry = index.lookup(name)  # type: ignore[attr-defined]
    if entry is None:
        stripped = re.sub(r"\s*\([^)]*\)?", "", name).strip()
        entry = index.lookup(stripped)  # type: ignore[attr-defined]
        if entry is None:
            return normalize_name(stripped)
    return entry.id or normalize_name(entry.name)


def load_rows(path: Path, limit: int | None, seed: int) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as stream:
        rows = [r for r in csv.DictReader(stream) if (r.get("Description") or "").strip()]
    if limit and limit < len(rows):
        rows = random.Random(seed).sample(rows, limit)
    return rows


def open_store():  # type: ignore[no-untyped-def]
    from dateline.store.store import Store

    folder = tempfile.mkdtemp(prefix="dateline-bench-")
    try:
        return Store.open(Path(folder) / "bench.db")
    except Exception as exc:
        print(f"(built-in dataset unusable: {exc}; running without a store)", file=sys.stderr)
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--limit", type=int, default=None, help="random sample of N rows")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1, help="processes for the batch run")
    parser.add_argument("--baseline-limit", type=int, default=1000, help="texts timed with dateparser")
    parser.add_argument("--errors", default=None, help="print misses for one field (country, city, …)")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing (quality only)")
    parser.add_argument("--dump", type=Path, default=None,
                        help="write every row's text, RAND fields, main frame and misses as JSON Lines")
    args = parser.parse_args()

    rows = load_rows(args.csv, args.limit, args.seed)
    texts = [r["Description"] for r in rows]
    store = open_store()
    started = time.perf_counter()
    pipeline_for(store)  # build the gazetteer, the group index and the components
    analyze("ARGENTINA.  A bomb exploded in Rosario on May 1, 1970, killing two.", store=store)
    setup = time.perf_counter() - started

    ours = ours_same = theirs = 0.0
    baseline_texts = random.Random(args.seed + 1).sample(texts, min(args.baseline_limit, len(texts)))
    if not args.no_speed:
        # Speed: the analysis alone, one process: all texts, and the baseline's sample.
        started = time.perf_counter()
        for text in texts:
            analyze(text, store=store)
        ours = len(texts) / (time.perf_counter() - started)
        started = time.perf_counter()
        for text in baseline_texts:
            analyze(text, store=store)
        ours_same = len(baseline_texts) / (time.perf_counter() - started)
        import dateparser.search

        dateparser.search.search_dates("warm up on 1 May 2000", languages=["en"])
        started = time.perf_counter()
        for text in baseline_texts:
            dateparser.search.search_dates(text, languages=["en"])
        theirs = len(baseline_texts) / (time.perf_counter() - started)

    # Quality: the batch form, JSON Lines in and out.
    lines = (json.dumps({"id": n, "text": t}) for n, t in enumerate(texts))
    outputs = list(analyze_lines(lines, store, workers=args.workers))
    index = build_index(store)
    tally: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses: list[str] = []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for row, output in zip(rows, outputs, strict=True):
        frame = output["incidents"][0] if output.get("incidents") else {}
        text = row["Description"]
        missed: list[str] = []

        def record(field: str, ok: bool, shown: object, truth: object, row: dict[str, str] = row,
                   missed: list[str] = missed) -> None:  # fmt: skip
            totals[field] += 1
            tally[field] += ok
            if not ok:
                missed.append(field)
            if not ok and args.errors == field:
                misses.append(f"[{field}] predicted={shown!r} truth={truth!r} | {row['Description'][:300]}")

        truth_country = rand_country(row["Country"])
        if truth_country:
            record("country", same_country(frame.get("country"), truth_country), frame.get("country"), truth_country)
        city = (row.get("City") or "").strip()
        if city and city.lower() not in ("unknown", "nan"):
            record("city", same_city(frame.get("city"), city), frame.get("city"), city)
        perpetrator = (row.get("Perpetrator") or "").strip()
        if perpetrator and perpetrator.lower() not in ("unknown", "other"):
            named = frame.get("perpetrators") or []
            truth_key = group_key(perpetrator, index)
            ok = bool(named) and group_key(named[0], index) == truth_key
            record("named perpetrator", ok, named[:1], perpetrator)
        for field, column in (("fatalities", "Fatalities"), ("injuries", "Injuries")):
            value = frame.get("killed" if field == "fatalities" else "injured") or 0
            try:
                truth = int(float(row[column]))
            except ValueError:
                continue
            record(field, value == truth, value, truth)
        if states_date(text, row["Date"]):
            record("stated dates", frame.get("start") == row["Date"], frame.get("start"), row["Date"])
        if any_full_date(text):
            totals["any full date"] += 1
            tally["any full date"] += frame.get("start") == row["Date"]
        if dump is not None:
            fields = {k: row.get(k) for k in ("Date", "Country", "City", "Perpetrator", "Fatalities", "Injuries")}
            dump.write(json.dumps({"text": text, "rand": fields, "frame": frame, "missed": missed}) + "\n")
    if dump is not None:
        dump.close()

    targets = {"country": 98, "city": 90, "fatalities": 93, "injuries": 93, "named perpetrator": 90, "stated dates": 97}
    print(f"RAND RDWTI: {len(rows)} descriptions from {args.csv.name} (seed {args.seed}); setup {setup:.1f} s")
    print(f"{'field':<20}{'rows':>8}{'accuracy':>10}{'target':>8}")
    for field in ("country", "city", "named perpetrator", "fatalities", "injuries", "stated dates", "any full date"):
        if totals[field]:
            share = 100 * tally[field] / totals[field]
            target = f"{targets[field]}%" if field in targets else "—"
            mark = "" if field not in targets else ("  ok" if share >= targets[field] else "  BELOW")
            print(f"{field:<20}{totals[field]:>8}{share:>9.1f}%{target:>8}{mark}")
    if not args.no_speed:
        print(f"speed: dateline analyze {ours:,.0f} texts/s (one process, all {len(texts)} texts)")
        print(f"same {len(baseline_texts)} random texts: dateline analyze {ours_same:,.0f} texts/s, "
              f"dateparser.search_dates {theirs:,.0f} texts/s, ratio {ours_same / theirs:.2f}x")  # fmt: skip
    for miss in misses[:60]:
        print(miss)


if __name__ == "__main__":
    main()
