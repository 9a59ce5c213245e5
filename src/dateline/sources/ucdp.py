"""UCDP Georeferenced Event Dataset (Uppsala Conflict Data Program), CSV or XLSX.

Follows the GED codebook (19.1): ``date_prec`` 1 means the day is known; 2–5 mean the
event lies somewhere between ``date_start`` and ``date_end`` (a few days, a week, a month,
up to a year), so the date keeps only the month or year the range shares and is marked
approximate — on-this-day never lists a guessed day. ``best`` is the death toll (``low``
and ``high`` are kept); ``where_prec`` says how exact the coordinates are.
"""

from __future__ import annotations

import re
from typing import Any

from dateline.model import Incident, PartialDate, Source
from dateline.sources import cells, common
from dateline.sources.base import (
    FieldWarning,
    GroupResolver,
    Importer,
    Row,
    RowError,
    SourceRecord,
)
from dateline.sources.cells import CodeTable

VIOLENCE_TYPES = CodeTable(
    ("state-based conflict", "non-state conflict", "one-sided violence"), "a UCDP type of violence"
)
# where_prec 1–7 → how exact the coordinates are (7: international waters or airspace).
WHERE_PRECISION = ("exact", "city", "admin1", "admin1", "admin1", "country", None)
_FEATURE_SUFFIX = re.compile(r"\s+(town|village|city|hamlet|neighbourhood|neighborhood)$", re.I)
_ID = re.compile(r"^(\d{1,15})(?:\.0+)?$")


class UcdpImporter(Importer):
    dataset = "ucdp"
    title = "UCDP Georeferenced Event Dataset"
    required_columns = (
        "id", "type_of_violence", "side_a", "side_b", "country", "date_prec", "date_start",
        "date_end", "best",
    )  # fmt: skip

    def map_row(self, row: Row, groups: GroupResolver) -> SourceRecord:
        warnings: list[FieldWarning] = []
        raw_id = row.text("id")
        match = _ID.match(raw_id)
        if not match:
            raise RowError("id", raw_id or None, "is not a UCDP event id" if raw_id else "is empty")
        event_id = match[1]
        violence = VIOLENCE_TYPES(row, "type_of_violence")
        if violence is None:
            raise RowError("type_of_violence", row.text("type_of_violence") or None, "is empty")
        start, end = self._dates(row)
        code, country_label = common.country(row.text("country"), "country", warnings)
        where = cells.lenient(cells.integer, row, "where_prec", warnings)
        precise = where is not None and where <= 2
        city = self._city(row.text("where_coordinates")) if precise else None
        admin1 = common.place_text(row.text("adm_1"))
        lat, lon = common.coordinates(row, "latitude", "longitude", warnings)
        side_a, side_b = row.text("side_a"), row.text("side_b")
        names = [*self._actors(side_a)]
        if violence != "one-sided violence":
            names.extend(self._actors(side_b))
        killed = cells.count(row, "best")
        perpetrators = groups.resolve(names)  # last: a refused row leaves no new group
        incident = Incident(
            id=self.incident_id(event_id),
            title=self._title(violence, side_a, side_b, city or admin1, country_label),
            start=start,
            end=end,
            country=code,
            country_name=country_label,
            admin1=admin1,
            city=city,
            lat=lat,
            lon=lon,
            geo_precision=WHERE_PRECISION[where - 1] if lat is not None and where and 1 <= where <= 7 else None,
            targets=("private_citizens_property",) if violence == "one-sided violence" else (),
            perpetrators=perpetrators,
            killed=killed,
            sources=self._sources(row, event_id),
            dataset=self.dataset,
            source_id=event_id,
            extra=self._extra(row, violence),
        )
        return SourceRecord(incident, tuple(warnings))

    @staticmethod
    def _dates(row: Row) -> tuple[PartialDate, PartialDate | None]:
        first = cells.date(row, "date_start")
        last = cells.date(row, "date_end") or first
        if first is None:
            raise RowError("date_start", None, "is empty; every event needs its date")
        assert last is not None
        if last < first:
            raise RowError("date_end", row.text("date_end"), f"is before date_start {first.isoformat()}")
        precision = cells.integer(row, "date_prec")
        if precision is None or not 1 <= precision <= 5:
            raise RowError("date_prec", row.text("date_prec") or None, "is not a UCDP date precision (1–5)")
        if precision == 1:
            # Known to the day; an event of several days keeps its last day as the end.
            return PartialDate.from_date(first), PartialDate.from_date(last) if last > first else None
        # Somewhere in [first, last]: keep only what the range shares, marked approximate.
        if (first.year, first.month) == (last.year, last.month):
            return PartialDate(first.year, first.month, approximate=True), None
        return PartialDate(first.year, approximate=True), None

    @staticmethod
    def _city(where: str) -> str | None:
        """``Teir Maaleh village`` → ``Teir Maaleh``: GED names a point with its kind."""
        name = _FEATURE_SUFFIX.sub("", " ".join(where.split()))
        return common.place_text(name)

    @staticmethod
    def _actors(side: str) -> list[str]:
        """GED joins coalition members with commas; civilians are victims, not actors."""
        return [a.strip() for a in side.split(",") if a.strip() and a.strip().lower() != "civilians"]

    @staticmethod
    def _title(violence: str, side_a: str, side_b: str, place: str | None, country: str | None) -> str:
        if violence == "one-sided violence":
            what = f"Killing of civilians by {side_a}" if side_a else "Killing of civilians"
        else:
            what = f"Fighting between {side_a} and {side_b}" if side_a and side_b else "Fighting"
        where = ", ".join(p for p in dict.fromkeys((place, country)) if p)
        return f"{what} in {where}" if where else what

    @staticmethod
    def _sources(row: Row, event_id: str) -> tuple[Source, ...]:
        found = [Source(part.strip().strip('"'), None)
                 for part in row.text("source_article").split(";") if part.strip().strip('"')][:5]
        found.append(Source(f"UCDP Georeferenced Event Dataset, event {event_id}", None))
        return tuple(found)

    @staticmethod
    def _extra(row: Row, violence: str) -> dict[str, Any]:
        extra: dict[str, Any] = {"type_of_violence": violence}
        for column in ("conflict_name", "dyad_name", "side_a", "side_b", "where_coordinates",
                       "adm_2", "source_original", "source_headline", "date_start", "date_end"):
            value = row.text(column)
            if value:
                extra[column] = value
        for column in ("date_prec", "where_prec", "event_clarity", "number_of_sources", "low",
                       "high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"):
            value = row.text(column)
            if value:
                try:
                    extra[column] = int(float(value))
                except ValueError:
                    extra[column] = value
        return extra
