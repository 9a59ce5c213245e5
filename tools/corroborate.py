"""Check the built-in dataset's dates against the licensed research extracts.

The extracts in ../shared/data are a *check only*: nothing here writes to the dataset.
For every built-in incident known to the day whose start lies in 1968–2017:

- **corroborated** when RAND RDWTI (dev split) has an incident in the same country within
  ±1 day of our start or end, or the GTD 2010–2017 subset does, or the GTD event index has an
  event on the same day (±1) of a rare attack type we share (hijacking, barricade hostage
  taking);
- **conflict** when it is not corroborated but RAND has the same country *and city* within 30
  days: the extract may have another date for the same incident (or be wrong: check the public
  references before changing anything, and note it in the record);
- **uncorroborated** otherwise (often domestic incidents outside RAND's pre-1998 scope).

The totals are followed by the same verdicts per period of what the extracts hold (RAND keeps
only international incidents before 1998 and ends in 2009).

Usage:
    python tools/corroborate.py [--file src/dateline/data/incidents/04.yaml] [--list conflicts|all|none]
Skips with exit status 0 and a message when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

from dateline.data.loader import load_builtin
from dateline.geo import country_code
from dateline.model import Incident, Precision
from dateline.names import normalize_name

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
FIRST_YEAR, LAST_YEAR = 1968, 2017
RARE_GTD_TYPES = {4: "hijacking", 5: "hostage_barricade"}
# What the extracts can say differs by period, so the verdicts are also shown per period:
# RAND's extract holds only international incidents before 1998, domestic ones too from 1998,
# and ends in 2009; after that only the GTD subset (which has no city) can corroborate, and
# nothing can conflict.
PERIODS = ((1968, 1997, "RAND: international only"), (1998, 2009, "RAND: all incidents"), (2010, 2017, "GTD subset only"))


class DatedIndex:
    """country → sorted dates (and cities), for ±N-day lookups."""

    def __init__(self) -> None:
        self._dates: dict[str, list[dt.date]] = defaultdict(list)
        self._cities: dict[tuple[str, str], list[dt.date]] = defaultdict(list)

    def add(self, country: str, date: dt.date, city: str | None = None) -> None:
        self._dates[country].append(date)
        if city:
            self._cities[(country, normalize_name(city))].append(date)

    def freeze(self) -> None:
        for values in (*self._dates.values(), *self._cities.values()):
            values.sort()

    @staticmethod
    def _near(dates: list[dt.date], day: dt.date, window: int) -> list[dt.date]:
        low = bisect.bisect_left(dates, day - dt.timedelta(days=window))
        high = bisect.bisect_right(dates, day + dt.timedelta(days=window))
        return dates[low:high]

    def near(self, country: str, day: dt.date, window: int) -> list[dt.date]:
        return self._near(self._dates.get(country, []), day, window)

    def near_city(self, country: str, city: str, day: dt.date, window: int) -> list[dt.date]:
        return self._near(self._cities.get((country, normalize_name(city)), []), day, window)


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def load_rand(path: Path) -> DatedIndex:
    index = DatedIndex()
    with path.open(encoding="utf-8", errors="replace", newline="") as stream:
        for row in csv.DictReader(stream):
            day = _parse_date(row.get("Date", ""))
            code = country_code(row.get("Country", ""))
            if day and code:
                index.add(code, day, row.get("City"))
    index.freeze()
    return index


def load_gtd_subset(path: Path) -> DatedIndex:
    index = DatedIndex()
    with path.open(encoding="utf-8", errors="replace", newline="") as stream:
        for row in csv.DictReader(stream):
            try:
                day = dt.date(int(row["iyear"]), int(row["imonth"]), int(row["iday"]))
            except (ValueError, KeyError):
                continue
            code = country_code(row.get("country", ""))
            if code:
                index.add(code, day)
    index.freeze()
    return index


def load_gtd_rare_days(path: Path) -> dict[str, set[dt.date]]:
    """Days with at least one GTD hijacking / barricade hostage taking, by our kind name."""
    days: dict[str, set[dt.date]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            kind = RARE_GTD_TYPES.get(int(float(row["attacktype_id"])))
            eventid = row["eventid"].split(".")[0]
            if not kind or len(eventid) != 12:
                continue
            try:
                day = dt.date(int(eventid[:4]), int(eventid[4:6]), int(eventid[6:8]))
            except ValueError:
                continue  # month or day 00: unknown
            days[kind].add(day)
    return days


def _days(incident: Incident) -> list[dt.date]:
    days = [incident.start.to_date()]
    if incident.end is not None and incident.end.precision == Precision.DAY:
        days.append(incident.end.to_date())
    return days


def classify(
    incident: Incident,
    rand: DatedIndex,
    gtd: DatedIndex,
    rare: dict[str, set[dt.date]],
) -> tuple[str, str]:
    """(verdict, evidence) for one day-precise incident."""
    country = incident.country or ""
    for day in _days(incident):
        if rand.near(country, day, 1):
            return "corroborated", f"RAND: {country} on {rand.near(country, day, 1)[0]}"
        if gtd.near(country, day, 1):
            return "corroborated", f"GTD 2010-2017: {country} on {gtd.near(country, day, 1)[0]}"
        for kind in incident.kinds:
            for shift in (-1, 0, 1):
                if day + dt.timedelta(days=shift) in rare.get(kind, ()):
                    return "corroborated", f"GTD event index: a {kind} on {day + dt.timedelta(days=shift)}"
    start = incident.start.to_date()
    if incident.city:
        close = rand.near_city(country, incident.city, start, 30)
        if close:
            shown = ", ".join(str(d) for d in close[:3])
            return "conflict", f"RAND has {incident.city}, {country} on {shown}, not within ±1 day of {start}"
    return "uncorroborated", ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", help="only records of this month's data file, e.g. 04.yaml")
    parser.add_argument("--list", choices=("conflicts", "all", "none"), default="conflicts")
    args = parser.parse_args(argv)
    rand_path = SHARED / "rand_rdwti" / "rdwti_dev.csv"
    if not rand_path.exists():
        print(f"skipped: {SHARED} is not present")
        return 0
    rand = load_rand(rand_path)
    gtd = load_gtd_subset(SHARED / "gtd_subset_2010_2017_lgcpspde" / "gtd_2010_2017_geo.csv")
    rare = load_gtd_rare_days(SHARED / "gtd_event_index_1970_2020" / "bridge_event_attack_cleaned.csv")
    dataset = load_builtin(strict=False)
    # Data files are named by the start month of their records (incidents/04.yaml).
    month = int(Path(args.file).name[:2]) if args.file else None
    verdicts: dict[str, list[tuple[Incident, str]]] = defaultdict(list)
    for incident in dataset.incidents:
        if month is not None and incident.start.month != month:
            continue
        if incident.start.precision != Precision.DAY or not FIRST_YEAR <= incident.start.year <= LAST_YEAR:
            continue
        verdict, evidence = classify(incident, rand, gtd, rare)
        verdicts[verdict].append((incident, evidence))
    total = sum(len(v) for v in verdicts.values())
    if not total:
        print("no day-precise built-in incidents in 1968–2017")
        return 0
    for verdict in ("corroborated", "uncorroborated", "conflict"):
        count = len(verdicts[verdict])
        print(f"{verdict:15s} {count:4d}  {100 * count / total:5.1f}%")
    print(f"{'total':15s} {total:4d}  (day-precise built-in incidents starting {FIRST_YEAR}–{LAST_YEAR})")
    print()
    for first, last, scope in PERIODS:
        counts = {
            verdict: sum(first <= incident.start.year <= last for incident, _ in found)
            for verdict, found in verdicts.items()
        }
        period_total = sum(counts.values())
        if period_total:
            conflicts = counts.get("conflict", 0)
            print(
                f"{first}–{last} ({scope}): {period_total} incidents, "
                f"{counts.get('corroborated', 0)} corroborated, "
                f"{conflicts} conflict ({100 * conflicts / period_total:.1f}%)"
            )
    shown = {"conflicts": ("conflict",), "all": ("conflict", "uncorroborated", "corroborated"), "none": ()}
    for verdict in shown[args.list]:
        for incident, evidence in verdicts[verdict]:
            print(f"{verdict}: {incident.id} ({incident.country}, {incident.city or '-'}) {evidence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
