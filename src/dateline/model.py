"""The domain: partial dates with precision, incidents, groups.

A date in the history of political violence is often known only to the month or the
year. ``PartialDate`` keeps exactly what is known: an unknown day is never stored as
the 1st, and a month-precise date never matches a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass, field, replace
from typing import Any

from dateline.errors import InvalidDate

KINDS: tuple[str, ...] = (
    "assassination",
    "armed_assault",
    "bombing",
    "hijacking",
    "hostage_barricade",
    "hostage_kidnapping",
    "facility_attack",
    "unarmed_assault",
    "unknown",
)

TARGET_TYPES: tuple[str, ...] = (
    "business",
    "government_general",
    "police",
    "military",
    "abortion_related",
    "airports_aircraft",
    "government_diplomatic",
    "educational_institution",
    "food_water_supply",
    "journalists_media",
    "maritime",
    "ngo",
    "other",
    "private_citizens_property",
    "religious_figures_institutions",
    "telecommunication",
    "terrorists_non_state_militia",
    "tourists",
    "transportation",
    "unknown",
    "utilities",
    "violent_political_party",
)

GEO_PRECISIONS: tuple[str, ...] = ("exact", "city", "admin1", "country")

DATASETS: tuple[str, ...] = ("builtin", "gtd", "ucdp", "acled", "rand")


class Precision(enum.IntEnum):
    """How much of a date is known; ordered so that ``DAY > MONTH > YEAR``."""

    YEAR = 1
    MONTH = 2
    DAY = 3

    def __str__(self) -> str:
        return self.name.lower()


_ISO_PARTIAL = re.compile(r"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    >>> PartialDate.parse("1997-04").precision
    <Precision.MONTH: 2>
    >>> PartialDate.parse("1997-04-22").month_day
    (4, 22)
    """

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise InvalidDate(f"a day without a month is not a date: {self.year}-??-{self.day}")
        if not 1 <= self.year <= 9999:
            raise InvalidDate(f"year {self.year} is out of range (1–9999)")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidDate(f"month {self.month} does not exist in {self.year}")
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                name = calendar.month_name[self.month]
                raise InvalidDate(f"{name} {self.year} has no day {self.day} (it has {last} days)")

    @classmethod
    def parse(cls, text: str | int, approximate: bool = False) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; precision is what is written."""
        raw = str(text).strip()
        match = _ISO_PARTIAL.match(raw)
        if not match:
            raise InvalidDate(f"'{raw}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        return cls(
            int(year),
            int(month) if month else None,
            int(day) if day else None,
            approximate=approximate,
        )

    @classmethod
    def parse_option(cls, text: str | None, option: str) -> PartialDate | None:
        """Parse a user-supplied option value; the error names the option (``--from: …``)."""
        if text is None:
            return None
        try:
            return cls.parse(text)
        except InvalidDate as exc:
            raise InvalidDate(f"{option}: {exc}") from exc

    @classmethod
    def from_date(cls, value: dt.date, approximate: bool = False) -> PartialDate:
        return cls(value.year, value.month, value.day, approximate=approximate)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def month_day(self) -> tuple[int, int] | None:
        """(month, day) when day-precise, else None: partial dates never match a day."""
        if self.month is None or self.day is None:
            return None
        return (self.month, self.day)

    def earliest(self) -> dt.date:
        """First day the date may denote."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """Last day the date may denote."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def to_date(self) -> dt.date:
        """The exact day; raises for month- or year-precise dates."""
        if self.day is None:
            raise InvalidDate(f"{self.iso()} is not known to the day")
        return self.earliest()

    def contains(self, day: dt.date) -> bool:
        return self.earliest() <= day <= self.latest()

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def human(self) -> str:
        """``April 22, 1997``, ``April 1997`` or ``1997`` (the series' style)."""
        if self.month is None:
            text = str(self.year)
        elif self.day is None:
            text = f"{calendar.month_name[self.month]} {self.year}"
        else:
            text = f"{calendar.month_name[self.month]} {self.day}, {self.year}"
        return f"c. {text}" if self.approximate else text

    def __str__(self) -> str:
        return self.iso()


def days_between(start: PartialDate, end: PartialDate) -> int | None:
    """Days from start to end (exclusive count), or None unless both are day-precise."""
    if start.precision < Precision.DAY or end.precision < Precision.DAY:
        return None
    return (end.to_date() - start.to_date()).days


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url}


@dataclass(frozen=True)
class Perpetrator:
    """A group credited with an incident: its id in the group table and its name."""

    group_id: str
    name: str


@dataclass(frozen=True)
class Incident:
    """One incident, from the built-in dataset or an imported research dataset."""

    id: str
    title: str
    start: PartialDate
    end: PartialDate | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    country_name: str | None = None
    admin1: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    kinds: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    perpetrators: tuple[Perpetrator, ...] = ()
    killed: int | None = None
    killed_perpetrators: int | None = None
    injured: int | None = None
    hostages: int | None = None
    hostages_held_to_end: int | None = None
    outcome: str | None = None
    summary: str | None = None
    sources: tuple[Source, ...] = ()
    dataset: str = "builtin"
    source_id: str | None = None
    notability: int = 0
    doubt: bool = False
    notes: str | None = None
    same_as: str | None = None  # id of the record this one duplicates in another dataset
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def duration_days(self) -> int | None:
        """Exclusive day count from start to end, when both are day-precise."""
        if self.end is None:
            return None
        return days_between(self.start, self.end)

    @property
    def place_name(self) -> str:
        """``Lima, Peru`` — the most precise place known, for ledes and headlines."""
        parts = [p for p in (self.city, self.country_name) if p]
        return ", ".join(parts)

    def with_changes(self, **changes: Any) -> Incident:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The incident object of the JSON contract (PRODUCT.md), plus documented extras."""
        return {
            "id": self.id,
            "title": self.title,
            "start": self.start.iso(),
            "end": self.end.iso() if self.end else None,
            "start_precision": str(self.start.precision),
            "end_precision": str(self.end.precision) if self.end else None,
            "approximate": self.start.approximate or bool(self.end and self.end.approximate),
            "country": self.country,
            "country_name": self.country_name,
            "admin1": self.admin1,
            "city": self.city,
            "lat": self.lat,
            "lon": self.lon,
            "geo_precision": self.geo_precision,
            "kinds": list(self.kinds),
            "targets": list(self.targets),
            "weapons": list(self.weapons),
            "perpetrators": [p.name for p in self.perpetrators],
            "perpetrator_ids": [p.group_id for p in self.perpetrators],
            "killed": self.killed,
            "killed_perpetrators": self.killed_perpetrators,
            "injured": self.injured,
            "hostages": self.hostages,
            "hostages_held_to_end": self.hostages_held_to_end,
            "duration_days": self.duration_days,
            "outcome": self.outcome,
            "summary": self.summary,
            "sources": [s.to_dict() for s in self.sources],
            "dataset": self.dataset,
            "source_id": self.source_id,
            "notability": self.notability,
            "doubt": self.doubt,
            "same_as": self.same_as,
        }


@dataclass(frozen=True)
class Group:
    """A perpetrator group with its names in several languages."""

    id: str
    name: str
    short: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    ideology: str | None = None
    founded: int | None = None
    dissolved: int | None = None
    sources: tuple[Source, ...] = ()
    dataset: str = "builtin"

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the group is known by, canonical first."""
        names = [self.name]
        if self.short:
            names.append(self.short)
        names.extend(self.aliases)
        return tuple(dict.fromkeys(names))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "short": self.short,
            "aliases": list(self.aliases),
            "country": self.country,
            "ideology": self.ideology,
            "founded": self.founded,
            "dissolved": self.dissolved,
            "sources": [s.to_dict() for s in self.sources],
            "dataset": self.dataset,
        }
