"""Global Terrorism Database (START, University of Maryland): CSV or XLSX as distributed.

Follows the GTD Codebook: ``iyear``/``imonth``/``iday`` with 0 for an unknown month or day
(the date keeps only what is known), ``approxdate`` kept, ``extended`` + ``resolution``
(else ``ndays``) give the end, codes 1–9 / 1–22 / 1–13 for attack, target and weapon
types, -99 and -9 for unknown counts and flags, ``doubtterr`` / ``alternative`` for doubt.
Partial exports are accepted as long as the columns needed for a dated, placed incident
are there; every other column is optional.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, ClassVar

from dateline.errors import InvalidDate
from dateline.model import KINDS, TARGET_TYPES, Incident, PartialDate, Source
from dateline.names import normalize_name
from dateline.sources import cells, common
from dateline.sources.base import (
    MISSING,
    FieldWarning,
    GroupResolver,
    Importer,
    Row,
    RowError,
    SourceRecord,
)
from dateline.sources.cells import CodeTable

# Codebook order: attack type n is KINDS[n - 1], target type n is TARGET_TYPES[n - 1].
ATTACK_TYPES = CodeTable(KINDS, "a GTD attack type")
TARGET_CODES = CodeTable(TARGET_TYPES, "a GTD target type")
WEAPON_TYPES = CodeTable((
    "Biological", "Chemical", "Radiological", "Nuclear", "Firearms", "Explosives",
    "Fake Weapons", "Incendiary", "Melee", "Vehicle", "Sabotage Equipment", "Other", "Unknown",
), "a GTD weapon type")  # fmt: skip
HOSTAGE_OUTCOMES = CodeTable((
    "Attempted Rescue", "Hostage(s) released by perpetrators",
    "Hostage(s) escaped (not during rescue attempt)", "Hostage(s) killed (not during rescue attempt)",
    "Successful Rescue", "Combination", "Unknown",
), "a hostage outcome")  # fmt: skip
ALTERNATIVES = CodeTable((
    "Insurgency/Guerilla Action", "Other Crime Type", "Inter/Intra-Group Conflict",
    "Lack of Intentionality", "State Actors",
), "an alternative designation")  # fmt: skip
# specificity 1: the city's own coordinates; 2–4: a centroid of an administrative area.
SPECIFICITY = ("city", "admin1", "admin1", "admin1", None)

_ATTACK_LABELS = {
    normalize_name(label): kind
    for label, kind in (
        ("Assassination", "assassination"), ("Armed Assault", "armed_assault"),
        ("Bombing/Explosion", "bombing"), ("Hijacking", "hijacking"),
        ("Hostage Taking (Barricade Incident)", "hostage_barricade"),
        ("Hostage Taking (Kidnapping)", "hostage_kidnapping"),
        ("Facility/Infrastructure Attack", "facility_attack"),
        ("Unarmed Assault", "unarmed_assault"), ("Unknown", "unknown"),
    )
}  # fmt: skip
_TARGET_LABELS = {
    normalize_name(label): target
    for label, target in (
        ("Business", "business"), ("Government (General)", "government_general"),
        ("Police", "police"), ("Military", "military"), ("Abortion Related", "abortion_related"),
        ("Airports & Aircraft", "airports_aircraft"), ("Airports & Airlines", "airports_aircraft"),
        ("Government (Diplomatic)", "government_diplomatic"),
        ("Educational Institution", "educational_institution"),
        ("Food or Water Supply", "food_water_supply"), ("Journalists & Media", "journalists_media"),
        ("Maritime", "maritime"), ("NGO", "ngo"), ("Other", "other"),
        ("Private Citizens & Property", "private_citizens_property"),
        ("Religious Figures/Institutions", "religious_figures_institutions"),
        ("Telecommunication", "telecommunication"),
        ("Terrorists/Non-State Militia", "terrorists_non_state_militia"),
        ("Terrorists/Non-State Militias", "terrorists_non_state_militia"),
        ("Tourists", "tourists"), ("Transportation", "transportation"), ("Unknown", "unknown"),
        ("Utilities", "utilities"), ("Violent Political Party", "violent_political_party"),
        ("Violent Political Parties", "violent_political_party"),
    )
}  # fmt: skip
_EVENT_ID = re.compile(r"^(\d{1,15})(?:\.0+)?$")
_ATTACK_COLUMNS = tuple((f"attacktype{i}", f"attacktype{i}_txt") for i in (1, 2, 3))
_TARGET_COLUMNS = tuple((f"targtype{i}", f"targtype{i}_txt") for i in (1, 2, 3))
_WEAPON_COLUMNS = tuple(
    (f"weaptype{i}", f"weaptype{i}_txt", f"weapsubtype{i}_txt") for i in (1, 2, 3, 4)
)
_UNKNOWN_CODES = frozenset({"-9", "-99", "-9.0", "-99.0"})
_FLAG_VALUES = {"1": True, "1.0": True, "0": False, "0.0": False, "Yes": True, "No": False}

# Columns kept verbatim in Incident.extra when present: what researchers filter on that
# the domain model has no field for.
_EXTRA_TEXT = (
    "approxdate", "resolution", "region_txt", "location", "target1", "target2", "target3",
    "corp1", "corp2", "corp3", "natlty1_txt", "natlty2_txt", "natlty3_txt", "gsubname",
    "gsubname2", "gsubname3", "motive", "weapdetail", "propextent_txt", "propcomment",
    "divert", "kidhijcountry", "ransomnote", "addnotes", "dbsource", "related",
)  # fmt: skip
_EXTRA_FLAGS = (
    "extended", "vicinity", "multiple", "success", "suicide", "crit1", "crit2", "crit3",
    "doubtterr", "guncertain1", "guncertain2", "guncertain3", "individual", "claimed",
    "property", "ishostkid", "ransom",
)  # fmt: skip
_EXTRA_COUNTS = (
    "specificity", "nperps", "nperpcap", "nkillus", "nwoundus", "nwoundte", "propvalue",
    "nhostkid", "nhostkidus", "nhours", "ndays", "ransomamt", "ransompaid", "nreleased",
)  # fmt: skip


class GtdImporter(Importer):
    dataset = "gtd"
    title = "Global Terrorism Database (START)"
    required_columns = ("eventid", "iyear", "imonth", "iday", "country_txt")
    id_column = "eventid"
    # The drone-attack compilation writes year/month/day.
    column_aliases: ClassVar[Mapping[str, str]] = {"year": "iyear", "month": "imonth", "day": "iday"}

    def __init__(self) -> None:
        self._extra: list[tuple[str, int, str]] = []

    def bind(self, index: Mapping[str, int]) -> None:
        columns = [(c, "text") for c in _EXTRA_TEXT] + [(c, "flag") for c in _EXTRA_FLAGS]
        columns += [(c, "number") for c in _EXTRA_COUNTS]
        self._extra = [(name, index[name], kind) for name, kind in columns if name in index]

    def map_row(self, row: Row, groups: GroupResolver) -> SourceRecord:
        text = row.text
        warnings: list[FieldWarning] = []
        event_id = self._event_id(row)
        start = self._start(row, warnings)
        end = self._end(row, start, warnings)
        code, country_label = common.country(text("country_txt"), "country_txt", warnings)
        admin1 = common.place_text(text("provstate"))
        city = common.place_text(text("city"))
        lat, lon = common.coordinates(row, "latitude", "longitude", warnings)
        specificity = cells.lenient(cells.integer, row, "specificity", warnings)
        geo_precision = (
            SPECIFICITY[specificity - 1] if specificity and 1 <= specificity <= 5 else None
        )
        kinds = self._types(row, _ATTACK_COLUMNS, ATTACK_TYPES, _ATTACK_LABELS)
        targets = self._types(row, _TARGET_COLUMNS, TARGET_CODES, _TARGET_LABELS)
        alternative = ALTERNATIVES(row, "alternative")
        names = [n for n in (text("gname"), text("gname2"), text("gname3")) if n]
        incident = Incident(
            id=self.incident_id(event_id),
            title=common.title(kinds[0] if kinds else None, city, admin1, country_label),
            start=start,
            end=end,
            country=code,
            country_name=country_label,
            admin1=admin1,
            city=city,
            lat=lat,
            lon=lon,
            geo_precision=geo_precision if lat is not None else None,
            kinds=kinds,
            targets=targets,
            weapons=self._weapons(row),
            perpetrators=groups.resolve(names),
            killed=cells.count(row, "nkill"),
            killed_perpetrators=cells.count(row, "nkillter"),
            injured=cells.count(row, "nwound"),
            hostages=cells.count(row, "nhostkid") if cells.flag(row, "ishostkid") else None,
            outcome=self._outcome(row),
            summary=text("summary") or None,
            sources=self._sources(row, event_id),
            dataset=self.dataset,
            source_id=event_id,
            doubt=bool(cells.flag(row, "doubtterr")) or alternative is not None,
            extra=self._extras(row, alternative, names),
        )
        return SourceRecord(incident, tuple(warnings))

    @staticmethod
    def _event_id(row: Row) -> str:
        raw = row.text("eventid")
        match = _EVENT_ID.match(raw)
        if not match:
            reason = "is empty" if not raw else "is not a GTD event id (digits, e.g. 197001010001)"
            raise RowError("eventid", raw or None, reason)
        return match[1]

    @staticmethod
    def _start(row: Row, warnings: list[FieldWarning]) -> PartialDate:
        year = cells.year(row, "iyear")
        month = cells.month_or_unknown(row, "imonth")
        day = cells.day_or_unknown(row, "iday")
        if month is None and day is not None:
            warnings.append(FieldWarning("iday", row.text("iday"), "is ignored: the month is unknown"))
            day = None
        try:
            return PartialDate(year, month, day, approximate=bool(row.text("approxdate")))
        except InvalidDate as exc:
            raise RowError("iday", row.text("iday"), f"is not a day of that month ({exc})") from None

    @staticmethod
    def _end(row: Row, start: PartialDate, warnings: list[FieldWarning]) -> PartialDate | None:
        """The resolution date of an extended incident, else its start plus ``ndays``."""
        extended = cells.lenient(cells.flag, row, "extended", warnings)
        if extended is False:
            return None
        resolved = cells.lenient(cells.date, row, "resolution", warnings)
        if resolved is not None:
            if resolved < start.earliest():
                warnings.append(FieldWarning(
                    "resolution", row.text("resolution"), "is before the incident began; no end date kept"
                ))  # fmt: skip
                return None
            return PartialDate.from_date(resolved) if resolved > start.latest() else None
        if not extended or start.day is None:
            return None
        days = cells.lenient(cells.count, row, "ndays", warnings)
        if not days:
            hours = cells.lenient(cells.count, row, "nhours", warnings)
            days = hours // 24 if hours else None
        if not days:
            return None
        # ndays is the hostage-taking's approximate length (codebook): the end is approximate.
        return PartialDate.from_date(start.to_date() + dt.timedelta(days=days), approximate=True)

    @staticmethod
    def _types(
        row: Row, columns: tuple[tuple[str, str], ...], codes: CodeTable[str], labels: dict[str, str]
    ) -> tuple[str, ...]:
        found: list[str] = []
        for column, label_column in columns:
            value = codes(row, column)
            if value is None:
                label = row.text(label_column)
                value = labels.get(normalize_name(label)) if label else None
            if value is not None and value not in found:
                found.append(value)
        return tuple(found)

    @staticmethod
    def _weapons(row: Row) -> tuple[str, ...]:
        """Free-text labels, ``Firearms (Handgun)``: the model keeps weapons as written."""
        found: list[str] = []
        for code_column, kind_column, sub_column in _WEAPON_COLUMNS:
            kind = row.text(kind_column)
            if not kind:
                try:
                    kind = WEAPON_TYPES(row, code_column) or ""
                except RowError:
                    kind = ""
            sub = row.text(sub_column)
            label = f"{kind} ({sub})" if kind and sub else kind or sub
            if label and label not in found:
                found.append(label)
        return tuple(found)

    @staticmethod
    def _outcome(row: Row) -> str | None:
        label = row.text("hostkidoutcome_txt")
        if not label:
            try:
                label = HOSTAGE_OUTCOMES(row, "hostkidoutcome") or ""
            except RowError:
                label = ""
        if not label:
            return None
        released = cells.count(row, "nreleased")
        return f"{label}; {released} released, escaped or rescued" if released is not None else label

    @staticmethod
    def _sources(row: Row, event_id: str) -> tuple[Source, ...]:
        found = []
        for column in ("scite1", "scite2", "scite3"):
            text = row.text(column)
            if text:
                title, url = common.citation_url(text)
                found.append(Source(title, url))
        found.append(Source(
            f"Global Terrorism Database (START), incident {event_id}",
            f"https://www.start.umd.edu/gtd/search/IncidentSummary.aspx?gtdid={event_id}",
        ))  # fmt: skip
        return tuple(found)

    def _extras(self, row: Row, alternative: str | None, names: list[str]) -> dict[str, Any]:
        """Codebook fields the model has no place for, as the file has them."""
        extra: dict[str, Any] = {}
        values = row.values
        for name, position, kind in self._extra:
            value = values[position].strip()
            if value in MISSING:
                continue
            if kind == "text":
                extra[name] = value
            elif value not in _UNKNOWN_CODES:
                extra[name] = _FLAG_VALUES.get(value, value) if kind == "flag" else _number(value)
        if alternative:
            extra["alternative"] = alternative
        if names:
            extra["gname"] = names
        return extra


def _number(value: str) -> int | float | str:
    try:
        return int(value)
    except ValueError:
        try:
            return float(value)
        except ValueError:
            return value
