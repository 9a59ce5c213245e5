"""The public types of article analysis: Document, Mention, Frame, Link, Analysis.

These are the contract between the analysis pipeline (``dateline.text``), the linker
(``dateline.link``) and the fact-checker (``dateline.check``). Fields may be added;
none is renamed or removed. Every span is a pair of character offsets into
``Document.text`` (the text analysed: the input itself for plain text and Markdown,
the extracted main text for HTML), end exclusive, so ``text[m.start:m.end] == m.text``.

A date is always a :class:`~dateline.model.PartialDate` with its precision: "in 1997"
is year-precise and is never turned into 1 January. A date written but impossible
("February 30, 1997", "September 31") is still a mention: ``DateValue.valid`` is False,
``DateValue.value`` is None, and ``DateValue.written`` keeps the fields as written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from dateline.model import PartialDate, Precision

MentionKind = Literal["date", "date_range", "duration", "place", "group", "person", "count"]
MENTION_KINDS: tuple[str, ...] = (
    "date", "date_range", "duration", "place", "group", "person", "count",
)  # fmt: skip

# How a date got its missing parts (its year, or all of it for relative dates).
#   absolute   everything needed is written in the mention ("April 22, 1997")
#   headline   the headline's date ("On this day in 1997" takes the headline's month-day)
#   published  the publication date (a month-day with no year and nothing else to go on)
#   context    the nearest earlier date in the text ("November 4 of that year", "on 17 May")
#   relative   an offset from another date ("four months earlier", "two days later")
DateAnchor = Literal["absolute", "headline", "published", "context", "relative"]

# What a count counts (the noun) is free text normalised to a singular lower-case word
# ("people", "passenger", "member", "hostage", "citizen", …); the incident role is one of:
CountRole = Literal[
    "killed", "injured", "hostages", "kidnapped", "perpetrators", "perpetrators_killed",
    "arrested", "missing", "other",
]  # fmt: skip
COUNT_ROLES: tuple[str, ...] = (
    "killed", "injured", "hostages", "kidnapped", "perpetrators", "perpetrators_killed",
    "arrested", "missing", "other",
)  # fmt: skip

# How exact a number is: "14" exact, "at least 30" at_least, "up to 5" at_most,
# "about 20" / "dozens" / "hundreds" about.
Bound = Literal["exact", "at_least", "at_most", "about"]

DurationUnit = Literal["minute", "hour", "day", "week", "month", "year", "decade"]


def _iso(value: PartialDate | None) -> str | None:
    return value.iso() if value is not None else None


@dataclass(frozen=True)
class WrittenDate:
    """The fields of a date as the text gives them (after anchoring), valid or not.

    ``February 30, 1997`` → ``WrittenDate(1997, 2, 30)``: kept so that the checker can say
    what is wrong with it.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, "month": self.month, "day": self.day}


@dataclass(frozen=True)
class RelativeOffset:
    """``four months earlier`` → ``RelativeOffset(4, "month", -1)``; ``that year`` → (0, "year", 0)."""

    amount: int
    unit: DurationUnit
    direction: int  # -1 earlier, +1 later, 0 same period

    def to_dict(self) -> dict[str, Any]:
        return {"amount": self.amount, "unit": self.unit, "direction": self.direction}


@dataclass(frozen=True)
class DateValue:
    """A date mention's meaning: the partial date, how exact, what anchored it, is it real."""

    value: PartialDate | None  # None when the written date cannot exist
    written: WrittenDate
    precision: Precision
    anchor: DateAnchor = "absolute"
    # Index (in Analysis.mentions) of the date mention this one was anchored to, if any.
    anchor_mention: int | None = None
    offset: RelativeOffset | None = None  # for relative dates
    valid: bool = True
    problem: str | None = None  # why it is invalid: "February 1997 has no day 30"
    approximate: bool = False  # "around", "early 1997", "c. 1880"
    weekday: int | None = None  # weekday as written (0 = Monday), for the weekday check
    # The year was written with the date (False for "May 17" resolved from context):
    # a checker compares only what was written.
    year_written: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": _iso(self.value),
            "written": self.written.to_dict(),
            "precision": str(self.precision),
            "anchor": self.anchor,
            "anchor_mention": self.anchor_mention,
            "offset": self.offset.to_dict() if self.offset else None,
            "valid": self.valid,
            "problem": self.problem,
            "approximate": self.approximate,
            "weekday": self.weekday,
            "year_written": self.year_written,
        }


@dataclass(frozen=True)
class DateRangeValue:
    """``1979-1981``, ``January 9-18, 1996``, ``from 4 November 1979 to 20 January 1981``."""

    start: DateValue
    end: DateValue

    @property
    def valid(self) -> bool:
        return self.start.valid and self.end.valid

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.to_dict(), "end": self.end.to_dict(), "valid": self.valid}


@dataclass(frozen=True)
class DurationValue:
    """``126 days``, ``a 4-month siege``, ``four months``, ``444 days``.

    ``attributive`` is True for the hyphenated adjective form ("4-month siege"), which
    writers round; ``inclusive`` is True when the text says both ends are counted
    ("inclusive", "counting both days"), None when it does not say (the checker then
    accepts either count).
    """

    amount: float
    unit: DurationUnit
    bound: Bound = "exact"
    attributive: bool = False
    inclusive: bool | None = None

    @property
    def days(self) -> float:
        """Length in days (months of 30.44 days, years of 365.25): for comparisons only."""
        per_unit = {
            "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
            "month": 30.4375, "year": 365.25, "decade": 3652.5,
        }  # fmt: skip
        return self.amount * per_unit[self.unit]

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "unit": self.unit,
            "bound": self.bound,
            "attributive": self.attributive,
            "inclusive": self.inclusive,
            "days": round(self.days, 3),
        }


PlaceLevel = Literal["country", "admin1", "city", "region"]


@dataclass(frozen=True)
class PlaceValue:
    """A place resolved through the gazetteer.

    ``via`` says how: ``name`` (a country, province or city name), ``demonym``
    ("Peruvian"), ``dateline`` ("LIMA, PERU —"). ``ambiguous`` lists other countries a
    city name could be in, best first, when the context chose among homonyms.
    """

    name: str
    level: PlaceLevel
    country: str | None  # ISO 3166-1 alpha-3
    country_name: str | None = None
    admin1: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    via: Literal["name", "demonym", "dateline"] = "name"
    ambiguous: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "level": self.level,
            "country": self.country,
            "country_name": self.country_name,
            "admin1": self.admin1,
            "city": self.city,
            "lat": self.lat,
            "lon": self.lon,
            "population": self.population,
            "via": self.via,
            "ambiguous": list(self.ambiguous),
        }


@dataclass(frozen=True)
class GroupValue:
    """A perpetrator group: its store id (None when only defined in the text) and name.

    ``via``: ``alias`` (a name in the store's alias table), ``extra_alias`` (the analysis'
    own alias table), ``acronym`` (an acronym defined in the text, "… Movement (MRTA)"),
    ``pattern`` (a capitalised name shaped like a group's: "the Popular Resistance Front"),
    ``generic`` ("Maoist rebels": a group only in one country; frames resolve it).
    """

    id: str | None
    name: str
    via: Literal["alias", "extra_alias", "acronym", "pattern", "generic"] = "alias"
    country: str | None = None  # the group's home country (alpha-3), when the store knows it

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "via": self.via, "country": self.country}


@dataclass(frozen=True)
class PersonValue:
    """A named person, with the title written before the name ("President Fujimori")."""

    name: str
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title}


@dataclass(frozen=True)
class CountValue:
    """A number of people with what they are and what happened to them.

    ``killing two and wounding five`` → (2, role killed) and (5, role injured);
    ``hundreds of hostages`` → value 200, bound about, role hostages;
    ``14 members of the MRTA`` → value 14, counts "member", role perpetrators, group mrta.
    ``value`` is the lower figure for ranges ("10 to 15" → 10, ``high`` 15).
    """

    value: int
    counts: str  # the counted noun, singular lower case ("people", "passenger", "member")
    role: CountRole | None = None
    bound: Bound = "exact"
    high: int | None = None
    group: str | None = None  # group id for "members of X"
    all_of: bool = False  # "all 259 passengers"

    @property
    def approximate(self) -> bool:
        return self.bound != "exact"

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "counts": self.counts,
            "role": self.role,
            "bound": self.bound,
            "approximate": self.approximate,
            "high": self.high,
            "group": self.group,
            "all_of": self.all_of,
        }


@dataclass
class Mention:
    """One thing the text says, located by character offsets into ``Document.text``.

    Exactly one of the kind-specific fields is set, the one named by ``kind``
    (``date_range`` → ``date_range``). ``component`` is the registered name of the
    pipeline component that found it ("dateline.dates.v1"). ``index`` is the mention's
    position in ``Analysis.mentions`` (mentions are sorted by start offset).
    """

    kind: MentionKind
    start: int
    end: int
    text: str
    component: str = ""
    date: DateValue | None = None
    date_range: DateRangeValue | None = None
    duration: DurationValue | None = None
    place: PlaceValue | None = None
    group: GroupValue | None = None
    person: PersonValue | None = None
    count: CountValue | None = None
    sentence: int = 0  # index of the sentence holding the mention
    frame: int | None = None  # index of the frame it supports, if any
    index: int = -1

    @property
    def value(self) -> Any:
        """The kind-specific value (DateValue, DurationValue, …)."""
        return getattr(self, self.kind)

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        return {
            "index": self.index,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence,
            "frame": self.frame,
            "component": self.component,
            "value": value.to_dict() if value is not None else None,
        }


@dataclass(frozen=True)
class Dateline:
    """``LIMA, PERU —``: where the story is filed from, with its span and resolved place."""

    start: int
    end: int
    text: str
    place: PlaceValue | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "place": self.place.to_dict() if self.place else None,
        }


InputFormat = Literal["plain", "markdown", "html"]


@dataclass
class Document:
    """The article as analysed.

    ``text`` is the text every span points into: the input as decoded for plain text and
    Markdown, the extracted main text for HTML (``format`` says which). ``title`` is the
    headline without its date; ``headline`` the whole first line as written, at
    ``headline_span``; ``headline_date`` the date in it ("April 22, 1997 | …"), with
    ``headline_date_end`` for a range ("January 9-18, 1996 | …").
    """

    text: str
    format: InputFormat = "plain"
    title: str | None = None
    headline: str | None = None
    headline_span: tuple[int, int] | None = None
    headline_date: PartialDate | None = None
    headline_date_end: PartialDate | None = None
    headline_date_mention: int | None = None  # index of the date mention in the headline
    published: dt.date | None = None
    dateline: Dateline | None = None
    body_start: int = 0  # offset where the body begins (after the headline)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "headline": self.headline,
            "headline_span": list(self.headline_span) if self.headline_span else None,
            "headline_date": _iso(self.headline_date),
            "headline_date_end": _iso(self.headline_date_end),
            "headline_date_precision": (
                str(self.headline_date.precision) if self.headline_date else None
            ),
            "headline_date_mention": self.headline_date_mention,
            "published": self.published.isoformat() if self.published else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "format": self.format,
            "body_start": self.body_start,
            "text_analysed": "input" if self.format != "html" else "extracted main text",
            "length": len(self.text),
            "text": self.text,
        }


@dataclass(frozen=True)
class Link:
    """A stored incident that a frame may be: its id, a score in [0, 1] and the reasons."""

    id: str
    score: float
    why: tuple[str, ...] = ()
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "score": round(self.score, 3), "why": list(self.why),
                "title": self.title}  # fmt: skip


# Frame fields that mentions support (keys of Frame.support).
FRAME_FIELDS: tuple[str, ...] = (
    "start", "end", "country", "city", "perpetrators", "kinds", "killed", "injured",
    "hostages", "duration",
)  # fmt: skip


@dataclass
class Frame:
    """One incident the text speaks of, in the contract's incident shape, plus evidence.

    ``support`` maps each field ("start", "killed", …) to the indexes of the mentions it
    was read from; ``mentions`` lists every mention grouped into the frame; ``span`` is
    the stretch of text it was read from. The first frame of an analysis is the text's
    main incident.
    """

    id: str  # "frame-1", "frame-2", … in order of importance
    title: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    country: str | None = None
    country_name: str | None = None
    admin1: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    kinds: list[str] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)
    perpetrator_ids: list[str | None] = field(default_factory=list)
    killed: int | None = None
    injured: int | None = None
    hostages: int | None = None
    killed_perpetrators: int | None = None
    perpetrator_count: int | None = None
    duration: DurationValue | None = None
    summary: str | None = None
    span: tuple[int, int] = (0, 0)
    mentions: list[int] = field(default_factory=list)
    support: dict[str, list[int]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The incident object of the JSON contract, with ``links`` and the evidence."""
        return {
            "id": self.id,
            "title": self.title,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "start_precision": str(self.start.precision) if self.start else None,
            "end_precision": str(self.end.precision) if self.end else None,
            "country": self.country,
            "country_name": self.country_name,
            "admin1": self.admin1,
            "city": self.city,
            "lat": self.lat,
            "lon": self.lon,
            "kinds": list(self.kinds),
            "perpetrators": list(self.perpetrators),
            "perpetrator_ids": list(self.perpetrator_ids),
            "killed": self.killed,
            "injured": self.injured,
            "hostages": self.hostages,
            "killed_perpetrators": self.killed_perpetrators,
            "perpetrator_count": self.perpetrator_count,
            "duration": self.duration.to_dict() if self.duration else None,
            "summary": self.summary,
            "sources": [],
            "dataset": None,
            "source_id": None,
            "span": list(self.span),
            "mentions": list(self.mentions),
            "support": {k: list(v) for k, v in self.support.items()},
            "links": [link.to_dict() for link in self.links],
        }


@dataclass
class Analysis:
    """What ``analyze`` returns: the document, its mentions (by start offset), its frames."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)

    @property
    def main(self) -> Frame | None:
        """The text's main incident (the first frame), if any."""
        return self.frames[0] if self.frames else None

    def of_kind(self, kind: MentionKind) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def to_dict(self) -> dict[str, Any]:
        """``{"document", "mentions", "incidents"}`` — the ``dateline analyze`` contract."""
        return {
            "document": self.document.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
            "incidents": [f.to_dict() for f in self.frames],
        }
