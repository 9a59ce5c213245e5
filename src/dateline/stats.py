"""Coverage statistics of a set of incidents: month-days, decades, regions, kinds."""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable
from typing import Any

from dateline.geo import region
from dateline.model import Incident

ALL_MONTH_DAYS = tuple(
    f"{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, calendar.monthrange(2000, m)[1] + 1)
)


def _shares(counter: Counter[Any], total: int) -> list[tuple[Any, int, str]]:
    return [(key, n, f"{100 * n / total:.1f}%") for key, n in sorted(counter.items())]


def coverage(incidents: Iterable[Incident]) -> dict[str, Any]:
    """Counts a curator needs: which days have nothing, and how the set is spread."""
    days: set[str] = set()
    decades: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    years: list[int] = []
    total = uncited = multi_day = 0
    for incident in incidents:
        total += 1
        years.append(incident.start.year)
        decades[f"{incident.start.year // 10 * 10}s"] += 1
        regions[region(incident.country)] += 1
        countries[incident.country or "?"] += 1
        kinds.update(incident.kinds or ("unknown",))
        uncited += not incident.sources
        multi_day += incident.end is not None
        for date in (incident.start, incident.end):
            if date is not None and date.month_day:
                days.add(f"{date.month_day[0]:02d}-{date.month_day[1]:02d}")
    total_or_one = total or 1
    return {
        "incidents": total,
        "countries": len(countries),
        "first_year": min(years) if years else None,
        "last_year": max(years) if years else None,
        "multi_day": multi_day,
        "uncited": uncited,
        "month_days_covered": len(days),
        "month_days_missing": [d for d in ALL_MONTH_DAYS if d not in days],
        "decades": _shares(decades, total_or_one),
        "regions": _shares(regions, total_or_one),
        "kinds": _shares(kinds, total_or_one),
        "top_countries": countries.most_common(15),
    }
