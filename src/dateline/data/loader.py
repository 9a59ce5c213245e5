"""Load and validate the built-in dataset (``incidents/*.yaml``, ``groups/*.yaml``).

Every problem is reported with ``file:line`` so that a contributor can fix it at once;
``python -m dateline.data.loader`` prints them all. The format is in docs/dataset.md.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from dateline.errors import DataError, InvalidDate, Problem
from dateline.geo import country_name, is_country_code
from dateline.model import (
    GEO_PRECISIONS,
    KINDS,
    TARGET_TYPES,
    Group,
    Incident,
    PartialDate,
    Perpetrator,
    Source,
)
from dateline.names import normalize_name

IDEOLOGIES = (
    "far-left",
    "far-right",
    "ethno-nationalist",
    "separatist",
    "religious",
    "jihadist",
    "anarchist",
    "single-issue",
    "state-sponsored",
    "other",
)

_INCIDENT_KEYS = {
    "id", "title", "start", "end", "approximate", "country", "admin1", "city", "lat", "lon",
    "geo_precision", "kinds", "targets", "weapons", "perpetrators", "killed",
    "killed_perpetrators", "injured", "hostages", "hostages_held_to_end", "outcome",
    "notability", "doubt", "summary", "sources", "notes",
}  # fmt: skip
_GROUP_KEYS = {
    "id", "name", "short", "aliases", "country", "ideology", "founded", "dissolved", "sources",
    "notes",
}  # fmt: skip
_COUNT_KEYS = ("killed", "killed_perpetrators", "injured", "hostages", "hostages_held_to_end")


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records each mapping's line and keeps dates as strings."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates must stay text: "1997-04" and "1997-04-22" are partial dates, not datetime objects.
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class BuiltinDataset:
    incidents: list[Incident]
    groups: list[Group]
    fingerprint: str


def data_root() -> Traversable:
    return resources.files("dateline.data")


def _yaml_files(folder: Traversable) -> list[Traversable]:
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


def _read_records(file: Traversable, label: str, problems: list[Problem]) -> list[dict[str, Any]]:
    try:
        records = yaml.load(file.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problems.append(Problem(f"{label}:{line}", f"not valid YAML: {exc}"))
        return []
    if records is None:
        return []
    if not isinstance(records, list):
        problems.append(Problem(f"{label}:1", "the file must be a YAML list of records"))
        return []
    good = []
    for position, record in enumerate(records, 1):
        if isinstance(record, dict):
            good.append(record)
        else:
            problems.append(Problem(f"{label}", f"record #{position} is not a mapping"))
    return good


class _RecordChecker:
    """Collects problems for one record, each located at the record's line."""

    def __init__(self, where: str, problems: list[Problem]):
        self.where = where
        self.problems = problems

    def fail(self, message: str) -> None:
        self.problems.append(Problem(self.where, message))

    def text(self, record: dict[str, Any], key: str, required: bool = False) -> str | None:
        value = record.get(key)
        if value is None:
            if required:
                self.fail(f"'{key}' is required")
            return None
        if not isinstance(value, str | int | float) or not str(value).strip():
            self.fail(f"'{key}' must be non-empty text")
            return None
        return str(value).strip()

    def count(self, record: dict[str, Any], key: str) -> int | None:
        value = record.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(f"'{key}' must be a whole number ≥ 0 or null, not {value!r}")
            return None
        return value

    def year(self, record: dict[str, Any], key: str) -> int | None:
        value = record.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= 2100:
            self.fail(f"'{key}' must be a year or null, not {value!r}")
            return None
        return value

    def date(self, record: dict[str, Any], key: str, approximate: bool) -> PartialDate | None:
        value = record.get(key)
        if value is None:
            return None
        try:
            return PartialDate.parse(value, approximate=approximate)
        except InvalidDate as exc:
            self.fail(f"'{key}': {exc}")
            return None

    def choices(self, record: dict[str, Any], key: str, allowed: Iterable[str]) -> tuple[str, ...]:
        values = record.get(key) or []
        if not isinstance(values, list):
            self.fail(f"'{key}' must be a list")
            return ()
        allowed = set(allowed)
        for value in values:
            if value not in allowed:
                self.fail(f"'{key}': unknown value {value!r}")
        return tuple(v for v in values if v in allowed)

    def sources(self, record: dict[str, Any]) -> tuple[Source, ...]:
        raw = record.get("sources")
        if not raw or not isinstance(raw, list):
            self.fail("every record needs at least one source (title + url)")
            return ()
        sources = []
        for item in raw:
            if not isinstance(item, dict) or not item.get("title") or not item.get("url"):
                self.fail("each source needs a 'title' and a 'url'")
                continue
            url = str(item["url"])
            if not url.startswith(("https://", "http://")):
                self.fail(f"source url must be http(s): {url!r}")
            sources.append(Source(str(item["title"]), url))
        return tuple(sources)

    def country(self, record: dict[str, Any], required: bool) -> str | None:
        code = self.text(record, "country", required=required)
        if code is not None and not is_country_code(code):
            self.fail(f"'country': {code!r} is not an ISO 3166-1 alpha-3 code")
            return None
        return code

    def unknown_keys(self, record: dict[str, Any], known: set[str]) -> None:
        extra = sorted(k for k in record if k not in known and k != "__line__")
        if extra:
            self.fail(f"unknown field(s): {', '.join(extra)}")


def _parse_group(record: dict[str, Any], check: _RecordChecker) -> Group | None:
    check.unknown_keys(record, _GROUP_KEYS)
    group_id = check.text(record, "id", required=True)
    name = check.text(record, "name", required=True)
    aliases = record.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        check.fail("'aliases' must be a list of names")
        aliases = []
    ideology = check.text(record, "ideology")
    if ideology is not None and ideology not in IDEOLOGIES:
        check.fail(f"'ideology': {ideology!r} is not one of {', '.join(IDEOLOGIES)}")
    founded, dissolved = check.year(record, "founded"), check.year(record, "dissolved")
    if founded and dissolved and dissolved < founded:
        check.fail(f"dissolved {dissolved} is before founded {founded}")
    sources = check.sources(record)
    country = check.country(record, required=False)
    if group_id is None or name is None:
        return None
    return Group(
        id=group_id,
        name=name,
        short=check.text(record, "short"),
        aliases=tuple(a.strip() for a in aliases),
        country=country,
        ideology=ideology,
        founded=founded,
        dissolved=dissolved,
        sources=sources,
    )


def _parse_incident(
    record: dict[str, Any], check: _RecordChecker, names: dict[str, Group]
) -> Incident | None:
    check.unknown_keys(record, _INCIDENT_KEYS)
    approximate = bool(record.get("approximate", False))
    incident_id = check.text(record, "id", required=True)
    title = check.text(record, "title", required=True)
    start = check.date(record, "start", approximate)
    if record.get("start") is None:
        check.fail("'start' is required")
    end = check.date(record, "end", approximate)
    if start and end and end.latest() < start.earliest():
        check.fail(f"end {end} is before start {start}")
    if start and incident_id and not incident_id.startswith(str(start.year)):
        check.fail(f"id {incident_id!r} should begin with the start year {start.year}")
    country = check.country(record, required=True)
    lat, lon = record.get("lat"), record.get("lon")
    if (lat is None) != (lon is None):
        check.fail("give both 'lat' and 'lon' or neither")
    elif lat is not None and not (
        isinstance(lat, int | float) and isinstance(lon, int | float)
        and -90 <= lat <= 90 and -180 <= lon <= 180
    ):  # fmt: skip
        check.fail(f"coordinates out of range: {lat}, {lon}")
        lat = lon = None
    geo_precision = check.text(record, "geo_precision")
    if geo_precision is not None and geo_precision not in GEO_PRECISIONS:
        check.fail(f"'geo_precision' must be one of {', '.join(GEO_PRECISIONS)}")
    kinds = check.choices(record, "kinds", KINDS)
    if not kinds:
        check.fail("'kinds' needs at least one attack type")
    targets = check.choices(record, "targets", TARGET_TYPES)
    perpetrators = []
    for name in record.get("perpetrators") or []:
        group = names.get(normalize_name(str(name)))
        if group is None:
            check.fail(f"perpetrator {name!r} matches no group name or alias")
        else:
            perpetrators.append(Perpetrator(group.id, group.name))
    counts = {key: check.count(record, key) for key in _COUNT_KEYS}
    if (
        counts["killed"] is not None
        and counts["killed_perpetrators"] is not None
        and counts["killed_perpetrators"] > counts["killed"]
    ):
        check.fail("'killed_perpetrators' exceeds 'killed' (killed counts everyone)")
    notability = record.get("notability", 1)
    if notability not in (1, 2, 3):
        check.fail("'notability' must be 1, 2 or 3")
        notability = 1
    summary = check.text(record, "summary", required=True)
    sources = check.sources(record)
    if incident_id is None or title is None or start is None or country is None:
        return None
    return Incident(
        id=incident_id,
        title=title,
        start=start,
        end=end,
        country=country,
        country_name=country_name(country),
        admin1=check.text(record, "admin1"),
        city=check.text(record, "city"),
        lat=float(lat) if lat is not None else None,
        lon=float(lon) if lon is not None else None,
        geo_precision=geo_precision or ("city" if record.get("city") else "country"),
        kinds=kinds,
        targets=targets,
        weapons=tuple(str(w) for w in record.get("weapons") or []),
        perpetrators=tuple(dict.fromkeys(perpetrators)),
        outcome=check.text(record, "outcome"),
        summary=summary,
        sources=sources,
        dataset="builtin",
        source_id=incident_id,
        notability=notability,
        doubt=bool(record.get("doubt", False)),
        notes=check.text(record, "notes"),
        killed=counts["killed"],
        killed_perpetrators=counts["killed_perpetrators"],
        injured=counts["injured"],
        hostages=counts["hostages"],
        hostages_held_to_end=counts["hostages_held_to_end"],
    )


def fingerprint(root: Traversable | None = None) -> str:
    """Hash of the packaged data files: the store reloads them when it changes."""
    root = root or data_root()
    digest = hashlib.sha256()
    for folder in ("groups", "incidents"):
        for file in _yaml_files(root / folder):
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def load_builtin(root: Traversable | None = None, strict: bool = True) -> BuiltinDataset:
    """Read and validate every built-in record; raise DataError listing all problems."""
    root = root or data_root()
    problems: list[Problem] = []
    groups: list[Group] = []
    names: dict[str, Group] = {}
    seen_ids: dict[str, str] = {}
    for file in _yaml_files(root / "groups"):
        label = f"groups/{file.name}"
        for record in _read_records(file, label, problems):
            where = f"{label}:{record.get('__line__', '?')}"
            group = _parse_group(record, _RecordChecker(where, problems))
            if group is None:
                continue
            if group.id in seen_ids:
                problems.append(Problem(where, f"group id {group.id!r} already at {seen_ids[group.id]}"))
                continue
            seen_ids[group.id] = where
            for name in group.names:
                key = normalize_name(name)
                owner = names.get(key)
                if owner is not None and owner.id != group.id:
                    problems.append(Problem(where, f"name {name!r} also belongs to group {owner.id!r}"))
                else:
                    names[key] = group
            groups.append(group)
    incidents: list[Incident] = []
    seen_ids = {}
    for file in _yaml_files(root / "incidents"):
        label = f"incidents/{file.name}"
        for record in _read_records(file, label, problems):
            where = f"{label}:{record.get('__line__', '?')}"
            incident = _parse_incident(record, _RecordChecker(where, problems), names)
            if incident is None:
                continue
            if incident.id in seen_ids:
                problems.append(Problem(where, f"incident id {incident.id!r} already at {seen_ids[incident.id]}"))
                continue
            seen_ids[incident.id] = where
            incidents.append(incident)
    if problems and strict:
        raise DataError(problems)
    return BuiltinDataset(incidents, groups, fingerprint(root))


def main(argv: list[str] | None = None) -> int:
    """Validate the packaged data; print every problem with file:line."""
    try:
        dataset = load_builtin()
    except DataError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{len(exc.problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(dataset.incidents)} incidents, {len(dataset.groups)} groups")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
