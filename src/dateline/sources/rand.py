"""RAND Database of Worldwide Terrorism Incidents (RDWTI), 1968–2009, CSV or XLSX.

Eight columns: ``Date, City, Country, Perpetrator, Weapon, Injuries, Fatalities,
Description``. RDWTI has no incident ids, so a record's id is its date plus a hash of its
other fields; rows that are identical in every field (RDWTI has a few hundred) are told
apart by their order in the file. Re-importing the same file therefore updates the same
records; a corrected description makes a new one.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from dateline.model import Incident, PartialDate, Source
from dateline.names import normalize_name
from dateline.sources import cells, common
from dateline.sources.base import (
    FieldWarning,
    GroupResolver,
    Importer,
    Row,
    RowError,
    SourceRecord,
)

# RDWTI weapon categories → GTD attack types (arson is a facility attack in GTD's terms;
# chemical and biological attacks are armed assaults).
WEAPON_KINDS = {
    normalize_name(weapon): kind
    for weapon, kind in (
        ("Explosives", "bombing"), ("Remote-detonated explosive", "bombing"), ("Bombing", "bombing"),
        ("Firearms", "armed_assault"), ("Knives & sharp objects", "armed_assault"),
        ("Fire or Firebomb", "facility_attack"), ("Chemical Agent", "armed_assault"),
        ("Biological Agent", "armed_assault"),
    )
}  # fmt: skip
RDWTI_SOURCE = Source(
    "RAND Database of Worldwide Terrorism Incidents",
    "https://www.rand.org/nsrd/projects/terrorism-incidents.html",
)


class RandImporter(Importer):
    dataset = "rand"
    title = "RAND Database of Worldwide Terrorism Incidents"
    required_columns = ("date", "country", "description")
    id_column = "date"  # RDWTI has no ids: ours start with the date

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def map_row(self, row: Row, groups: GroupResolver) -> SourceRecord:
        warnings: list[FieldWarning] = []
        day = cells.date(row, "date")
        if day is None:
            raise RowError("date", None, "is empty; every incident needs its date")
        if not row.text("country"):
            raise RowError("country", None, "is empty")
        city = common.place_text(row.text("city"))
        code, country_label = common.country(row.text("country"), "country", warnings)
        weapon = row.text("weapon")
        kind = WEAPON_KINDS.get(normalize_name(weapon), "unknown")
        perpetrator = row.text("perpetrator")
        description = row.text("description")
        killed, injured = cells.count(row, "fatalities"), cells.count(row, "injuries")
        source_id = self._source_id(
            day.isoformat(), row.text("city"), row.text("country"), perpetrator, weapon,
            str(injured), str(killed), description,
        )  # fmt: skip
        incident = Incident(
            id=self.incident_id(source_id),
            title=common.title(kind, city, None, country_label),
            start=PartialDate.from_date(day),
            country=code,
            country_name=country_label,
            city=city,
            kinds=(kind,),
            weapons=(weapon,) if weapon and normalize_name(weapon) not in ("unknown", "other") else (),
            perpetrators=groups.resolve((perpetrator,)) if perpetrator else (),
            killed=killed,
            injured=injured,
            summary=description or None,
            sources=(RDWTI_SOURCE,),
            dataset=self.dataset,
            source_id=source_id,
            extra={"perpetrator": perpetrator, "weapon": weapon} if perpetrator or weapon else {},
        )
        return SourceRecord(incident, tuple(warnings))

    def _source_id(self, date: str, *fields: str) -> str:
        digest = hashlib.sha1("\x1f".join(fields).encode("utf-8"), usedforsecurity=False)
        key = f"{date}-{digest.hexdigest()[:10]}"
        self._seen[key] += 1
        n = self._seen[key]
        return key if n == 1 else f"{key}-{n}"
