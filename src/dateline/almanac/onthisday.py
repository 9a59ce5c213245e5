"""On this day: which incidents started or ended on a month-day, ranked and explained.

The score (docs/ranking.md) is the incident's stored significance — logarithmic in
killed, injured, hostages and duration, plus curated notability — with round
anniversaries boosted. The top of the list is then re-ordered for variety so that the
first five are not all from one decade or one country.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateline.almanac.wording import lede
from dateline.errors import InvalidInput
from dateline.model import Incident
from dateline.significance import significance_parts
from dateline.store.queries import AnniversaryCandidate, anniversary_candidates
from dateline.store.store import Store

VARIETY_WINDOW = 5  # the top N that must mix decades and countries
MAX_SAME_IN_WINDOW = 2
ROUND_BOOSTS = ((25, 6.0), (10, 3.0))  # every 25th year (25, 50, 75, 100…) then every 10th


@dataclass(frozen=True)
class Anniversary:
    incident: Incident
    anniversary: str  # "start" or "end"
    year: int
    years_ago: int
    score: float
    why: tuple[str, ...]
    lede: str
    leap_day: bool = False  # a 29 February incident shown on 28 February of a common year

    def to_dict(self) -> dict[str, Any]:
        data = self.incident.to_dict()
        data.update(
            anniversary=self.anniversary,
            years_ago=self.years_ago,
            lede=self.lede,
            score=round(self.score, 2),
            why="; ".join(self.why),
            leap_day=self.leap_day,
        )
        return data


def parse_month_day(text: str) -> tuple[int, int]:
    """``04-22`` → (4, 22); 02-29 is valid; anything else raises InvalidInput."""
    parts = text.strip().split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise InvalidInput(f"'{text}' is not a month-day; write MM-DD, e.g. 04-22")
    month, day = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12:
        raise InvalidInput(f"'{text}': there is no month {month}; write MM-DD, e.g. 04-22")
    last = calendar.monthrange(2000, month)[1]  # 2000 is a leap year: 02-29 is allowed
    if not 1 <= day <= last:
        name = calendar.month_name[month]
        raise InvalidInput(f"'{text}': {name} has no day {day}; write MM-DD, e.g. 04-22")
    return month, day


def today_in(zone: str | None = None) -> dt.date:
    """Today's date in a time zone (IANA name), or in the machine's local zone."""
    if not zone:
        return dt.date.today()
    try:
        return dt.datetime.now(ZoneInfo(zone)).date()
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(f"unknown time zone {zone!r}; use an IANA name such as Europe/Paris") from exc


def round_anniversary_boost(years_ago: int) -> tuple[float, str | None]:
    if years_ago <= 0:
        return 0.0, None
    for every, boost in ROUND_BOOSTS:
        if years_ago % every == 0:
            return boost, f"{_ordinal(years_ago)} anniversary"
    return 0.0, None


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _explain(incident: Incident, which: str, reference_year: int, leap_day: bool) -> Anniversary:
    date = incident.end if which == "end" and incident.end else incident.start
    years_ago = reference_year - date.year
    parts = significance_parts(incident)
    boost, label = round_anniversary_boost(years_ago)
    if label:
        parts.append((boost, label))
    why = [f"{text} (+{points:.1f})" for points, text in parts]
    if which == "end":
        why.append("anniversary of its end")
    if leap_day:
        why.append("29 February, shown on the 28th in a common year")
    return Anniversary(
        incident=incident,
        anniversary=which,
        year=date.year,
        years_ago=years_ago,
        score=sum(points for points, _ in parts),
        why=tuple(why),
        lede=lede(incident, which),
        leap_day=leap_day,
    )


@dataclass(frozen=True)
class _Ranked:
    candidate: AnniversaryCandidate
    score: float
    leap_day: bool


def _with_variety(ranked: list[_Ranked]) -> list[_Ranked]:
    """Greedy pick for the top window: at most two per decade and per country when possible."""
    chosen: list[_Ranked] = []
    pool = list(ranked)
    while pool and len(chosen) < VARIETY_WINDOW:
        for index, item in enumerate(pool):
            decade = item.candidate.year // 10
            country = item.candidate.country
            same_decade = sum(1 for c in chosen if c.candidate.year // 10 == decade)
            same_country = sum(1 for c in chosen if c.candidate.country == country)
            if same_decade < MAX_SAME_IN_WINDOW and same_country < MAX_SAME_IN_WINDOW:
                chosen.append(pool.pop(index))
                break
        else:
            break  # nothing left that adds variety: keep score order
    return chosen + pool


def anniversaries_on(
    store: Store,
    month: int,
    day: int,
    *,
    reference_year: int | None = None,
    limit: int = 10,
) -> list[Anniversary]:
    """Ranked anniversaries for a month-day (start or end, day precision only).

    Ranking runs on light candidate rows (significance, year, country); full records are
    read only for the ``limit`` winners, which keeps the query fast on millions of rows.
    """
    reference_year = reference_year or dt.date.today().year
    days = [(month, day, False)]
    if (month, day) == (2, 28) and not calendar.isleap(reference_year):
        days.append((2, 29, True))
    best: dict[str, _Ranked] = {}
    for m, d, leap in days:
        for candidate in anniversary_candidates(
            store, m, d, top=max(limit * 4, 40), reference_year=reference_year
        ):
            score = candidate.significance + round_anniversary_boost(reference_year - candidate.year)[0]
            known = best.get(candidate.id)
            if known is None or score > known.score:
                best[candidate.id] = _Ranked(candidate, score, leap)
    ranked = sorted(best.values(), key=lambda r: (-r.score, r.candidate.year, r.candidate.id))
    winners = _with_variety(ranked)[:limit]
    records = {i.id: i for i in store.incidents_by_ids(r.candidate.id for r in winners)}
    return [
        _explain(records[r.candidate.id], r.candidate.anniversary, reference_year, r.leap_day)
        for r in winners
    ]


def anniversaries_today(store: Store, zone: str | None = None, limit: int = 10) -> tuple[dt.date, list[Anniversary]]:
    today = today_in(zone)
    return today, anniversaries_on(store, today.month, today.day, reference_year=today.year, limit=limit)
