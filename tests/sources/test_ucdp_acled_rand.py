"""UCDP GED, ACLED and RAND RDWTI rows → incidents, on our fixtures in their formats."""

from __future__ import annotations

import pytest

from dateline.sources.base import SourceRecord
from tests.sources.mapping import fixture_records, record


@pytest.mark.parametrize(
    ("line", "start", "precision", "approximate", "end", "killed"),
    [
        (2, "2017-03-01", "day", False, None, 5),  # date_prec 1
        (3, "2017-03", "month", True, None, 3),  # date_prec 2: a few days inside March
        (4, "2017", "year", True, None, 8),  # date_prec 4 across two months
        (5, "2018-05-01", "day", False, "2018-05-03", 12),  # exact, over three days
        (6, "2018", "year", True, None, 1),  # date_prec 5
        (9, "2019-06", "month", True, None, 6),  # date_prec 3: a week inside June
    ],
)
def test_ucdp_dates_never_guess_a_day(
    line: int, start: str, precision: str, approximate: bool, end: str | None, killed: int
) -> None:
    incident = record("ucdp", "ucdp_sample.csv", line).incident
    assert (incident.start.iso(), str(incident.start.precision), incident.start.approximate) == (
        start, precision, approximate,
    )
    assert (incident.end.iso() if incident.end else None, incident.killed) == (end, killed)


def test_ucdp_event() -> None:
    incident = record("ucdp", "ucdp_sample.csv", 2).incident
    assert (incident.id, incident.source_id, incident.dataset) == ("ucdp:9001", "9001", "ucdp")
    assert incident.title == "Fighting between Government of Syria and Invented insurgents in Tal Qasir, Syria"
    assert (incident.city, incident.admin1, incident.country, incident.geo_precision) == (
        "Tal Qasir", "Homs governorate", "SYR", "exact",
    )
    assert [p.name for p in incident.perpetrators] == ["Government of Syria", "Invented insurgents"]
    assert (incident.extra["low"], incident.extra["high"]) == (5, 7)
    assert incident.sources[0].title == "Fixture Wire,2017-03-01,Clashes near an invented village"


def test_ucdp_coalitions_and_one_sided_violence() -> None:
    coalition = record("ucdp", "ucdp_sample.csv", 3).incident
    assert [p.name for p in coalition.perpetrators] == ["Alpha Brigade", "Beta Front", "Gamma Army"]
    one_sided = record("ucdp", "ucdp_sample.csv", 4).incident
    assert [p.name for p in one_sided.perpetrators] == ["Invented Militia"]  # civilians are victims
    assert one_sided.targets == ("private_citizens_property",)
    assert one_sided.city is None  # where_prec 4: only the province is known
    country_only = record("ucdp", "ucdp_sample.csv", 6).incident
    assert country_only.geo_precision == "country"
    at_sea = record("ucdp", "ucdp_sample.csv", 10).incident  # where_prec 7: international waters
    assert (at_sea.city, at_sea.geo_precision) == (None, None)


def test_ucdp_sources_are_split() -> None:
    incident = record("ucdp", "ucdp_sample.csv", 9).incident
    assert [s.title for s in incident.sources] == [
        "Fixture Agency,2019-06-12,Village attacked", "Invented Monitor,2019-06-13,Toll rises",
        "Fixture Daily,2019-06-14,Mourning", "UCDP Georeferenced Event Dataset, event 9008",
    ]


@pytest.mark.parametrize(
    ("dataset", "name", "line", "message"),
    [
        ("ucdp", "ucdp_sample.csv", 7, "line 7: date_end '2019-02-08' is before date_start 2019-02-10"),
        ("ucdp", "ucdp_sample.csv", 8, "line 8: date_prec '8' is not a UCDP date precision (1–5)"),
        ("acled", "acled_sample.csv", 8, "line 8: event_date '2022-06-31' is not a real date (day is out of range for month)"),
        ("acled", "acled_sample.csv", 5, "excluded: Protests (not political violence)"),
        ("acled", "acled_sample.csv", 6, "excluded: Strategic developments (not political violence)"),
        ("acled", "acled_sample.csv", 9, "excluded: Riots (not political violence)"),  # a violent demonstration
        ("rand", "rand_sample.csv", 11, "line 11: date '1975-13-01' is not a real date (month must be in 1..12)"),
    ],
)
def test_refused_rows(dataset: str, name: str, line: int, message: str) -> None:
    assert fixture_records(dataset, name)[line] == message


@pytest.mark.parametrize(
    ("line", "start", "precision", "kinds", "weapons", "perpetrators", "targets"),
    [
        (2, "2022-03-12", "day", ("armed_assault",), (), ["Military Forces of Nigeria (2015-)", "Invented Jihadist Front"], ()),
        (3, "2022-03-13", "day", ("armed_assault",), (), ["Invented Jihadist Front"], ("private_citizens_property",)),
        (4, "2022-04", "month", ("bombing",), ("Remote explosive/landmine/IED",), [], ()),  # a week: month only
        (7, "2022-05-22", "day", ("unarmed_assault",), (), [], ("private_citizens_property",)),  # rioters: no group
        (10, "2022-06", "month", ("bombing",), ("Air/drone strike",), ["Invented Air Force"], ()),
        (11, "2022-07-01", "day", ("unarmed_assault",), (), ["Invented Militia (Democratic Republic of Congo)"],
         ("private_citizens_property",)),  # dd-mm-yyyy
    ],
)
def test_acled_events(
    line: int, start: str, precision: str, kinds: tuple[str, ...], weapons: tuple[str, ...],
    perpetrators: list[str], targets: tuple[str, ...],
) -> None:
    incident = record("acled", "acled_sample.csv", line).incident
    assert (incident.start.iso(), str(incident.start.precision)) == (start, precision)
    assert (incident.kinds, incident.weapons, incident.targets) == (kinds, weapons, targets)
    assert [p.name for p in incident.perpetrators] == perpetrators


def test_acled_event_fields() -> None:
    incident = record("acled", "acled_sample.csv", 2).incident
    assert (incident.id, incident.country, incident.city, incident.admin1) == (
        "acled:NGA90001", "NGA", "Maiduguri", "Borno",
    )
    assert incident.title == "Armed clash in Maiduguri, Nigeria"
    assert incident.killed == 4
    assert incident.summary and incident.summary.startswith("On 12 March 2022")
    assert [s.title for s in incident.sources] == ["Fixture Times", "Invented Radio", "ACLED event NGA90001"]
    congo = record("acled", "acled_sample.csv", 4).incident
    assert congo.country == "COD"


@pytest.mark.parametrize(
    ("line", "country", "city", "kinds", "killed", "injured"),
    [
        (2, "PER", "Lima", ("armed_assault",), 0, 0),
        (3, "IND", "Srinagar", ("armed_assault",), 1, 0),  # RAND's "Kashmir"
        (5, "XKX", "Pristina", ("bombing",), 0, 2),  # FRY (Kosovo)
        (6, "PSE", "Gaza City", ("bombing",), 2, 4),  # West Bank/Gaza
        (7, "KOR", "Seoul", ("bombing",), 0, 0),  # Korea, South
        (8, "KOR", None, ("bombing",), 0, 0),  # no city
        (10, "FRA", "Paris", ("facility_attack",), 0, 0),  # a firebomb
        (12, "COD", "Kinshasa", ("armed_assault",), 2, None),  # Zaire (Belgian Congo); injuries blank
        (13, "COD", "Goma", ("armed_assault",), 0, 1),  # knives
        (14, "TWN", "Taipei", ("armed_assault",), 0, 12),  # China, Republic of (Taiwan); chemical
        (15, None, "Atlantis", ("unknown",), 0, 0),  # "Croatians" is no country: kept, without a code
    ],
)
def test_rand_incidents(
    line: int, country: str | None, city: str | None, kinds: tuple[str, ...], killed: int,
    injured: int | None,
) -> None:
    incident = record("rand", "rand_sample.csv", line).incident
    assert (incident.country, incident.city, incident.kinds, incident.killed, incident.injured) == (
        country, city, kinds, killed, injured,
    )
    assert str(incident.start.precision) == "day"


def test_rand_ids_are_stable_and_repeated_rows_are_numbered() -> None:
    records = fixture_records("rand", "rand_sample.csv")
    first, second = records[8], records[9]  # identical in every field
    assert isinstance(first, SourceRecord) and isinstance(second, SourceRecord)
    assert second.incident.source_id == f"{first.incident.source_id}-2"
    assert first.incident.source_id.startswith("1987-11-30-")
    assert fixture_records.__wrapped__("rand", "rand_sample.csv")[8] == first  # same file, same ids


def test_rand_group_names() -> None:
    lima = record("rand", "rand_sample.csv", 2).incident
    assert [p.group_id for p in lima.perpetrators] == ["mrta"]
    cut = record("rand", "rand_sample.csv", 7).incident  # a name RDWTI cut short
    assert [p.name for p in cut.perpetrators] == ["Popular Front for the Liberation of Fictionland (PFL"]
    assert record("rand", "rand_sample.csv", 10).incident.perpetrators == ()  # "Other"
    assert record("rand", "rand_sample.csv", 13).incident.perpetrators == ()  # blank
    kinshasa = record("rand", "rand_sample.csv", 12).incident  # RDWTI's name for a GTD group
    assert [p.group_id for p in kinshasa.perpetrators] == ["rand:invented-patriotic-front-ipf"]
