"""Conversion between domain objects and table rows (both directions, in one place)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

from dateline.model import Group, Incident, PartialDate, Perpetrator, Source
from dateline.significance import significance

# The list columns have fixed shapes, so they are written directly with json's own C
# string encoders, in exactly json.dumps's output; a 200,000-row import spends a good part
# of its time here otherwise. ``extra`` is free-form and goes through one reused encoder.
_ASCII = encode_basestring_ascii
_EXTRA = json.JSONEncoder(ensure_ascii=False, default=str, check_circular=False).encode


def _json_strings(items: Iterable[str]) -> str:
    """``json.dumps(list(items))``."""
    return "[" + ", ".join(map(_ASCII, items)) + "]"


def _json_perpetrators(perpetrators: Iterable[Perpetrator]) -> str:
    """``json.dumps([[p.group_id, p.name] for p in perpetrators])``."""
    return "[" + ", ".join(f"[{_ASCII(p.group_id)}, {_ASCII(p.name)}]" for p in perpetrators) + "]"


def _json_sources(sources: Iterable[Source]) -> str:
    """``json.dumps([s.to_dict() for s in sources], ensure_ascii=False)``."""
    return "[" + ", ".join(
        f'{{"title": {encode_basestring(s.title)}, '
        f'"url": {encode_basestring(s.url) if s.url is not None else "null"}}}'
        for s in sources
    ) + "]"


def _month_day(date: PartialDate | None) -> int | None:
    if date is None or date.month_day is None:
        return None
    month, day = date.month_day
    return month * 100 + day


def incident_to_row(incident: Incident) -> dict[str, Any]:
    end = incident.end
    return {
        "id": incident.id,
        "dataset": incident.dataset,
        "source_id": incident.source_id or incident.id,
        "title": incident.title,
        "start": incident.start.iso(),
        "start_precision": str(incident.start.precision),
        "start_year": incident.start.year,
        "start_md": _month_day(incident.start),
        "end": end.iso() if end else None,
        "end_precision": str(end.precision) if end else None,
        "end_year": end.year if end else None,
        "end_md": _month_day(end),
        "approximate": incident.start.approximate or bool(end and end.approximate),
        "country": incident.country,
        "country_name": incident.country_name,
        "admin1": incident.admin1,
        "city": incident.city,
        "lat": incident.lat,
        "lon": incident.lon,
        "geo_precision": incident.geo_precision,
        "kinds": _json_strings(incident.kinds),
        "targets": _json_strings(incident.targets),
        "weapons": _json_strings(incident.weapons),
        "perpetrators": _json_perpetrators(incident.perpetrators),
        "killed": incident.killed,
        "killed_perpetrators": incident.killed_perpetrators,
        "injured": incident.injured,
        "hostages": incident.hostages,
        "hostages_held_to_end": incident.hostages_held_to_end,
        "duration_days": incident.duration_days,
        "outcome": incident.outcome,
        "summary": incident.summary,
        "sources": _json_sources(incident.sources),
        "notability": incident.notability,
        "significance": significance(incident),
        "doubt": incident.doubt,
        "notes": incident.notes,
        "same_as": incident.same_as,
        "extra": _EXTRA(incident.extra),
    }


def _partial(text: str | None, precision: str | None, approximate: bool) -> PartialDate | None:
    if not text:
        return None
    date = PartialDate.parse(text, approximate=approximate)
    # The stored precision is authoritative; the text always agrees with it.
    assert precision is None or str(date.precision) == precision
    return date


def row_to_incident(row: Mapping[Any, Any]) -> Incident:
    approximate = bool(row["approximate"])
    start = _partial(row["start"], row["start_precision"], approximate)
    assert start is not None
    return Incident(
        id=row["id"],
        title=row["title"],
        start=start,
        end=_partial(row["end"], row["end_precision"], approximate),
        country=row["country"],
        country_name=row["country_name"],
        admin1=row["admin1"],
        city=row["city"],
        lat=row["lat"],
        lon=row["lon"],
        geo_precision=row["geo_precision"],
        kinds=tuple(json.loads(row["kinds"])),
        targets=tuple(json.loads(row["targets"])),
        weapons=tuple(json.loads(row["weapons"])),
        perpetrators=tuple(Perpetrator(g, n) for g, n in json.loads(row["perpetrators"])),
        killed=row["killed"],
        killed_perpetrators=row["killed_perpetrators"],
        injured=row["injured"],
        hostages=row["hostages"],
        hostages_held_to_end=row["hostages_held_to_end"],
        outcome=row["outcome"],
        summary=row["summary"],
        sources=tuple(Source(s["title"], s.get("url")) for s in json.loads(row["sources"])),
        dataset=row["dataset"],
        source_id=row["source_id"],
        notability=row["notability"],
        doubt=bool(row["doubt"]),
        notes=row["notes"],
        same_as=row["same_as"],
        extra=json.loads(row["extra"] or "{}"),
    )


def group_to_row(group: Group) -> dict[str, Any]:
    return {
        "id": group.id,
        "name": group.name,
        "short": group.short,
        "aliases": json.dumps(list(group.aliases), ensure_ascii=False),
        "country": group.country,
        "ideology": group.ideology,
        "founded": group.founded,
        "dissolved": group.dissolved,
        "sources": json.dumps([s.to_dict() for s in group.sources], ensure_ascii=False),
        "dataset": group.dataset,
    }


def row_to_group(row: Mapping[Any, Any]) -> Group:
    return Group(
        id=row["id"],
        name=row["name"],
        short=row["short"],
        aliases=tuple(json.loads(row["aliases"])),
        country=row["country"],
        ideology=row["ideology"],
        founded=row["founded"],
        dissolved=row["dissolved"],
        sources=tuple(Source(s["title"], s.get("url")) for s in json.loads(row["sources"])),
        dataset=row["dataset"],
    )
