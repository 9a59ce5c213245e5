"""What every importer does the same way: places, titles, citations."""

from __future__ import annotations

import functools
import re

from dateline.geo import country_code, country_name
from dateline.sources import cells
from dateline.sources.base import FieldWarning, Row

KIND_TITLES = {
    "assassination": "Assassination",
    "armed_assault": "Armed assault",
    "bombing": "Bombing",
    "hijacking": "Hijacking",
    "hostage_barricade": "Hostage taking",
    "hostage_kidnapping": "Kidnapping",
    "facility_attack": "Facility attack",
    "unarmed_assault": "Unarmed assault",
    "unknown": "Attack",
}

# Datasets write "Unknown" where a place is not known.
_UNKNOWN_PLACES = frozenset({"unknown", "unk", "unknown city", "-"})
_URL = re.compile(r"https?://[^\s\"'<>]+")


def place_text(value: str) -> str | None:
    """A province or city name, or None for the datasets' "Unknown"."""
    value = " ".join(value.split())
    return None if not value or value.lower() in _UNKNOWN_PLACES else value


_BRACKETS = re.compile(r"\(([^()]*)\)")


@functools.lru_cache(maxsize=4096)
def _country(name: str) -> str | None:
    """Try the name, then the forms datasets wrap names in: "Zaire (Belgian Congo)",
    "FRY (Kosovo)", "China, Republic of (Taiwan)", "Korea, South", "Benin, Dahomey"."""
    code = country_code(name)
    if code is not None:
        return code
    outside = " ".join(_BRACKETS.sub(" ", name).split())
    forms = [outside, *(inner.strip() for inner in _BRACKETS.findall(name))]
    if "," in outside:
        head, _, tail = outside.partition(",")
        forms += [f"{tail.strip()} {head.strip()}", head.strip()]
    for form in forms:
        code = country_code(form) if form and form != name else None
        if code is not None:
            return code
    return None


def country(
    name: str, column: str, warnings: list[FieldWarning]
) -> tuple[str | None, str | None]:
    """(alpha-3, display name) for a country as a dataset names it, historical names included.

    An unknown name keeps the record (its place is still worth having) with the name as
    written and no code, and says so in a warning.
    """
    if not name or name.lower() in _UNKNOWN_PLACES:
        return None, None
    code = _country(name)
    if code is None:
        warnings.append(FieldWarning(column, name, "is not a known country; stored without a code"))
        return None, name
    return code, country_name(code) or name


def title(kind: str | None, city: str | None, admin1: str | None, country_label: str | None) -> str:
    """``Bombing in San Salvador, El Salvador``: what happened and where, for listings."""
    what = KIND_TITLES.get(kind or "unknown", "Attack")
    where = [p for p in (city or admin1, country_label) if p]
    if len(where) == 2 and where[0] == where[1]:
        where = where[:1]
    return f"{what} in {', '.join(where)}" if where else what


def citation_url(text: str) -> tuple[str, str | None]:
    """(citation without its URL, the URL) for a free-text source citation."""
    match = _URL.search(text)
    if not match:
        return text, None
    url = match[0].rstrip(".,;)")
    rest = (text[: match.start()] + text[match.end():]).strip().rstrip(",;: ")
    return rest or url, url


def _latitude(row: Row, column: str) -> float | None:
    return cells.coordinate(row, column, 90)


def _longitude(row: Row, column: str) -> float | None:
    return cells.coordinate(row, column, 180)


def coordinates(
    row: Row, lat_column: str, lon_column: str, warnings: list[FieldWarning]
) -> tuple[float | None, float | None]:
    """Latitude and longitude, both or neither; an impossible value is dropped with a warning."""
    lat = cells.lenient(_latitude, row, lat_column, warnings)
    lon = cells.lenient(_longitude, row, lon_column, warnings)
    return (lat, lon) if lat is not None and lon is not None else (None, None)
