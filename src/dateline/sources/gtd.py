"""Global Terrorism Database (START, University of Maryland): CSV or XLSX as distributed.

Follows the GTD Codebook: ``iyear``/``imonth``/``iday`` with 0 for an unknown month or day
(the date keeps only what is known), ``approxdate`` kept, ``extended`` + ``resolution``
(else ``ndays``) give the end, codes 1–9 / 1–22 / 1–13 for attack, target and weapon
types, -99 and -9 for unknown counts and flags, ``doubtterr`` / ``alternative`` for doubt.
Partial exports are accepted as long as the columns needed for a dated, placed incident
are there; every other column is optional.
"""

from __future__ import annotations

import calendar
import datetime as dt
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

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

# Codebook fields the model has no place for, kept in Incident.extra as the file writes
# them (codes included: "success": "1"), without blanks and the -9/-99 "unknown" codes.
EXTRA_COLUMNS = (
    "approxdate", "extended", "resolution", "region_txt", "specificity", "vicinity", "location",
    "multiple", "success", "suicide", "crit1", "crit2", "crit3", "target1", "target2",
    "target3", "corp1", "corp2", "corp3", "natlty1_txt", "natlty2_txt", "natlty3_txt",
    "gsubname", "gsubname2", "gsubname3", "guncertain1", "guncertain2", "guncertain3",
    "individual", "motive", "nperps", "nperpcap", "claimed", "weapdetail", "nkillus",
    "nwoundus", "nwoundte", "property", "propextent_txt", "propvalue", "propcomment",
    "ishostkid", "nhostkid", "nhostkidus", "nhours", "ndays", "divert", "kidhijcountry",
    "ransom", "ransomamt", "ransompaid", "ransomnote", "nreleased", "addnotes", "dbsource",
    "related",
)  # fmt: skip
_NOT_KEPT = MISSING | {"-9", "-99", "-9.0", "-99.0"}


class GtdImporter(Importer):
    dataset = "gtd"
    title = "Global Terrorism Database (START)"
    required_columns = ("eventid", "iyear", "imonth", "iday", "country_txt")
    id_column = "eventid"
    # The drone-attack compilation writes year/month/day.
    column_aliases: ClassVar[Mapping[str, str]] = {"year": "iyear", "month": "imonth", "day": "iday"}

    def __init__(self) -> None:
        self._extra_names: tuple[str, ...] = ()
        self._extra_values: Callable[[Sequence[str]], tuple[str, ...]] = lambda values: ()
        self._has: frozenset[str] = frozenset()

    def bind(self, index: Mapping[str, int]) -> None:
        present = [c for c in EXTRA_COLUMNS if c in index]
        self._extra_names = tuple(present)
        if present:
            getter = operator.itemgetter(*(index[c] for c in present))
            self._extra_values = (lambda values: (getter(values),)) if len(present) == 1 else getter
        self._has = frozenset(index)

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
        killed, killed_perpetrators = cells.count(row, "nkill"), cells.count(row, "nkillter")
        injured = cells.count(row, "nwound")
        hostages = cells.count(row, "nhostkid") if cells.flag(row, "ishostkid") else None
        doubt = bool(cells.flag(row, "doubtterr")) or alternative is not None
        outcome = self._outcome(row)
        names = [n for n in (text("gname"), text("gname2"), text("gname3")) if n]
        # Groups last: a row refused above must not leave a new group behind.
        perpetrators = groups.resolve(names)
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
            perpetrators=perpetrators,
            killed=killed,
            killed_perpetrators=killed_perpetrators,
            injured=injured,
            hostages=hostages,
            outcome=outcome,
            summary=text("summary") or None,
            sources=self._sources(row, event_id),
            dataset=self.dataset,
            source_id=event_id,
            doubt=doubt,
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
        if month is not None and day is not None:
            last = calendar.monthrange(year, month)[1]
            if day > last:
                where = f"{calendar.month_name[month]} {year}"
                raise RowError("iday", row.text("iday"), f"is not a day of {where}, which has {last} days")
        return PartialDate(year, month, day, approximate=bool(row.text("approxdate")))

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

    def _types(
        self, row: Row, columns: tuple[tuple[str, str], ...], codes: CodeTable[str], labels: dict[str, str]
    ) -> tuple[str, ...]:
        """Codes 1–3 of a kind; the ``_txt`` labels only when a file has no code column."""
        found: list[str] = []
        for column, label_column in columns:
            if column in self._has:
                value = codes(row, column)
            else:
                label = row.text(label_column)
                value = labels.get(normalize_name(label)) if label else None
            if value is not None and value not in found:
                found.append(value)
        return tuple(found)

    @staticmethod
    def _weapons(row: Row) -> tuple[str, ...]:
        """Free-text labels, ``Firearms: Handgun``: the model keeps weapons as written."""
        found: list[str] = []
        for code_column, kind_column, sub_column in _WEAPON_COLUMNS:
            kind = row.text(kind_column)
            if not kind:
                try:
                    kind = WEAPON_TYPES(row, code_column) or ""
                except RowError:
                    kind = ""
                if not kind:
                    continue  # no weapon n: GTD fills the types in order
            sub = row.text(sub_column)
            label = f"{kind}: {sub}" if sub else kind
            if label not in found:
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
        extra: dict[str, Any] = {
            name: value.strip()
            for name, value in zip(self._extra_names, self._extra_values(row.values), strict=True)
            if value not in _NOT_KEPT and value.strip()
        }
        if alternative:
            extra["alternative"] = alternative
        if names:
            extra["gname"] = names
        return extra
