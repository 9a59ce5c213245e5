"""ACLED (Armed Conflict Location & Event Data) exports, CSV or XLSX.

ACLED records demonstrations and strategic developments as well as political violence;
only political violence is imported, by ACLED's own classification of sub-event types
(``acled_event_categories``: ``political_violence`` = 1). The rest is counted as excluded,
not as bad rows. ``time_precision`` 2 (a week) and 3 (a month) keep only the month.
"""

from __future__ import annotations

from typing import Any

import pycountry

from dateline.model import Incident, PartialDate, Source
from dateline.names import normalize_name
from dateline.sources import cells, common
from dateline.sources.base import (
    FieldWarning,
    GroupResolver,
    Importer,
    Row,
    RowError,
    RowExcluded,
    SourceRecord,
)

# Political-violence sub-event types → (GTD-style kind, weapon label or None).
SUB_EVENT_KINDS: dict[str, tuple[str, str | None]] = {
    normalize_name(name): kind
    for name, kind in (
        ("Armed clash", ("armed_assault", None)),
        ("Government regains territory", ("armed_assault", None)),
        ("Non-state actor overtakes territory", ("armed_assault", None)),
        ("Chemical weapon", ("armed_assault", "Chemical weapon")),
        ("Air/drone strike", ("bombing", "Air/drone strike")),
        ("Suicide bomb", ("bombing", "Suicide bomb")),
        ("Shelling/artillery/missile attack", ("bombing", "Shelling/artillery/missile")),
        ("Remote explosive/landmine/IED", ("bombing", "Remote explosive/landmine/IED")),
        ("Grenade", ("bombing", "Grenade")),
        ("Excessive force against protesters", ("armed_assault", None)),
        ("Excessive force against protestors", ("armed_assault", None)),
        ("Mob violence", ("unarmed_assault", None)),
        ("Sexual violence", ("unarmed_assault", None)),
        ("Attack", ("armed_assault", None)),
        ("Abduction/forced disappearance", ("hostage_kidnapping", None)),
    )
}  # fmt: skip
_VIOLENT_EVENT_TYPES = frozenset(
    normalize_name(t) for t in ("Battles", "Explosions/Remote violence", "Violence against civilians")
)
# inter codes of actors that are not perpetrators: rioters, protesters, civilians.
_NOT_PERPETRATORS = frozenset({"5", "6", "7", "rioters", "protesters", "civilians"})
GEO_PRECISION = ("city", "admin1", "admin1")


def _inter(value: str) -> str:
    """``6.0`` → ``6``; ``Protesters`` → ``protesters`` (ACLED writes codes or names)."""
    value = value.strip().lower()
    return value[:-2] if value.endswith(".0") else value


class AcledImporter(Importer):
    dataset = "acled"
    title = "Armed Conflict Location & Event Data (ACLED)"
    required_columns = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "country")
    id_column = "event_id_cnty"

    def map_row(self, row: Row, groups: GroupResolver) -> SourceRecord:
        warnings: list[FieldWarning] = []
        event_id = row.text("event_id_cnty")
        if not event_id:
            raise RowError("event_id_cnty", None, "is empty")
        sub_event = row.text("sub_event_type")
        kind, weapon = self._kind(row.text("event_type"), sub_event)
        start = self._start(row)
        code, country_label = common.country(row.text("country"), "country", warnings)
        if code is None:
            code = self._numeric_country(row.text("iso"))
            if code is not None:
                warnings.clear()
        precision = cells.lenient(cells.integer, row, "geo_precision", warnings)
        location = common.place_text(row.text("location"))
        city = location if precision in (1, 2, None) else None
        admin1 = common.place_text(row.text("admin1"))
        lat, lon = common.coordinates(row, "latitude", "longitude", warnings)
        civilians = (
            normalize_name(row.text("event_type")) == "violence against civilians"
            or normalize_name(row.text("civilian_targeting")) == "civilian targeting"
            or _inter(row.text("inter2")) in ("7", "civilians")
        )
        names = [
            row.text(actor)
            for actor, inter in (("actor1", "inter1"), ("actor2", "inter2"))
            if row.text(actor) and _inter(row.text(inter)) not in _NOT_PERPETRATORS
        ]
        killed = cells.count(row, "fatalities")
        perpetrators = groups.resolve(names)  # last: a refused row leaves no new group
        incident = Incident(
            id=self.incident_id(event_id),
            title=f"{sub_event} in {', '.join(p for p in dict.fromkeys((city or admin1, country_label)) if p)}",
            start=start,
            country=code,
            country_name=country_label,
            admin1=admin1,
            city=city,
            lat=lat,
            lon=lon,
            geo_precision=GEO_PRECISION[precision - 1] if lat is not None and precision in (1, 2, 3) else None,
            kinds=(kind,),
            targets=("private_citizens_property",) if civilians else (),
            weapons=(weapon,) if weapon else (),
            perpetrators=perpetrators,
            killed=killed,
            summary=row.text("notes") or None,
            sources=self._sources(row, event_id),
            dataset=self.dataset,
            source_id=event_id,
            extra=self._extra(row),
        )
        return SourceRecord(incident, tuple(warnings))

    @staticmethod
    def _kind(event_type: str, sub_event: str) -> tuple[str, str | None]:
        found = SUB_EVENT_KINDS.get(normalize_name(sub_event))
        if found is not None:
            return found
        if normalize_name(event_type) in _VIOLENT_EVENT_TYPES:
            return "unknown", None
        raise RowExcluded(f"{event_type or 'no event type'} (not political violence)")

    @staticmethod
    def _start(row: Row) -> PartialDate:
        day = cells.date(row, "event_date")
        if day is None:
            raise RowError("event_date", None, "is empty; every event needs its date")
        precision = cells.integer(row, "time_precision")
        if precision in (None, 1):
            return PartialDate.from_date(day)
        if precision in (2, 3):
            # ACLED codes a week or a month by a day inside it: only the month is known.
            return PartialDate(day.year, day.month, approximate=True)
        raise RowError("time_precision", row.text("time_precision"), "is not an ACLED time precision (1–3)")

    @staticmethod
    def _numeric_country(raw: str) -> str | None:
        try:
            number = int(float(raw))
        except ValueError:
            return None
        found = pycountry.countries.get(numeric=f"{number:03d}")
        return found.alpha_3 if found else None

    @staticmethod
    def _sources(row: Row, event_id: str) -> tuple[Source, ...]:
        found = [Source(s.strip(), None) for s in row.text("source").split(";") if s.strip()][:5]
        found.append(Source(f"ACLED event {event_id}", None))
        return tuple(found)

    @staticmethod
    def _extra(row: Row) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        for column in ("event_type", "sub_event_type", "disorder_type", "actor1", "assoc_actor_1",
                       "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                       "civilian_targeting", "admin2", "admin3", "location", "geo_precision",
                       "time_precision", "source_scale", "tags", "timestamp"):
            value = row.text(column)
            if value:
                extra[column] = value
        return extra
