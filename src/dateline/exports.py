"""Export incidents as JSON Lines, CSV or GeoJSON, streaming."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from dateline.model import Incident

# CSV columns: the contract's incident fields; lists are joined with "; ".
CSV_COLUMNS = (
    "id", "title", "start", "end", "start_precision", "end_precision", "approximate",
    "country", "country_name", "admin1", "city", "lat", "lon", "geo_precision", "kinds",
    "targets", "perpetrators", "killed", "killed_perpetrators", "injured", "hostages",
    "hostages_held_to_end", "duration_days", "summary", "sources", "dataset", "source_id",
)  # fmt: skip


def write_jsonl(incidents: Iterable[Incident], stream: TextIO) -> int:
    count = 0
    for incident in incidents:
        stream.write(json.dumps(incident.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(
            f"{v['title']} <{v['url']}>" if isinstance(v, dict) else str(v) for v in value
        )
    return value


def write_csv(incidents: Iterable[Incident], stream: TextIO) -> int:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for incident in incidents:
        writer.writerow({k: _csv_value(v) for k, v in incident.to_dict().items()})
        count += 1
    return count


def write_geojson(incidents: Iterable[Incident], stream: TextIO) -> int:
    """A FeatureCollection; incidents without coordinates have a null geometry."""
    stream.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for incident in incidents:
        geometry = (
            {"type": "Point", "coordinates": [incident.lon, incident.lat]}
            if incident.lat is not None and incident.lon is not None
            else None
        )
        feature = {"type": "Feature", "id": incident.id, "geometry": geometry,
                   "properties": incident.to_dict()}  # fmt: skip
        stream.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
        count += 1
    stream.write("\n]}\n")
    return count


EXPORTERS: dict[str, Callable[[Iterable[Incident], TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
}
