"""GTD rows → incidents, on our fixture in GTD's format (tests/fixtures/imports/gtd_*.csv)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Perpetrator, Source
from dateline.sources import get_importer
from dateline.sources.base import Row, RowError
from tests.sources.mapping import by_source_id, fixture_records, group_names


def gtd(event_id: str) -> Any:
    return by_source_id("gtd", "gtd_sample.csv")[event_id].incident


@pytest.mark.parametrize(
    ("event_id", "start", "precision", "approximate", "end"),
    [
        ("197301150001", "1973-01-15", "day", False, None),
        ("197402000001", "1974-02", "month", True, None),  # iday 0: never the 1st
        ("197500000001", "1975", "year", True, None),  # imonth 0 and iday 0
        ("197606100001", "1976-06-10", "day", False, "1976-06-14"),  # resolution date
        ("197708200001", "1977-08-20", "day", True, "1977-08-23"),  # extended, ndays 3
        ("198303030001", "1983-03-03", "day", False, None),  # resolution before the start
        ("198807070001", "1988-07-07", "day", True, "1988-07-08"),  # extended, nhours 30
        ("199612170003", "1996-12-17", "day", False, "1997-04-22"),
        ("199202290001", "1992-02-29", "day", False, None),
        ("200312310001", "2003-12-31", "day", False, None),
        ("198001080001", "1980-01-08", "day", False, None),  # "1980.0", "1.0", "8.0"
        ("198405150001", "1984-05-15", "day", False, "1984-05-25"),
    ],
)
def test_dates_keep_their_precision(
    event_id: str, start: str, precision: str, approximate: bool, end: str | None
) -> None:
    incident = gtd(event_id)
    assert incident.start.iso() == start
    assert str(incident.start.precision) == precision
    assert (incident.start.approximate or bool(incident.end and incident.end.approximate)) is approximate
    assert (incident.end.iso() if incident.end else None) == end


def test_day_zero_never_matches_a_day() -> None:
    incident = gtd("197402000001")
    assert incident.start.month_day is None
    assert incident.extra["approxdate"] == "February 1974"


@pytest.mark.parametrize(
    ("event_id", "country", "country_name"),
    [
        ("197301150001", "DEU", "Germany"),  # West Germany (FRG)
        ("197402000001", "SUN", "Soviet Union"),
        ("197500000001", "YUG", "Yugoslavia"),
        ("197606100001", "COD", "Democratic Republic of the Congo"),  # Zaire
        ("197708200001", "ZWE", "Zimbabwe"),  # Rhodesia
        ("197204120001", "VNM", "Vietnam"),  # South Vietnam
        ("198104040001", "DEU", "Germany"),  # East Germany (GDR)
        ("198211300001", "CSK", "Czechoslovakia"),
        ("198405150001", "YEM", "Yemen"),  # North Yemen
        ("199909090001", "SCG", "Serbia and Montenegro"),
        ("197903210001", "COG", "Republic of the Congo"),  # People's Republic of the Congo
        ("201503050001", None, "Freedonia"),  # unknown: kept as written, no code
    ],
)
def test_historical_country_names(event_id: str, country: str | None, country_name: str) -> None:
    incident = gtd(event_id)
    assert (incident.country, incident.country_name) == (country, country_name)


@pytest.mark.parametrize(
    ("event_id", "killed", "killed_perpetrators", "injured", "hostages"),
    [
        ("197301150001", 0, 0, 2, None),  # 0 is a count
        ("197402000001", None, None, None, None),  # blank is unknown
        ("197708200001", None, None, None, None),  # -99 is unknown
        ("197204120001", None, None, None, None),
        ("197606100001", 0, None, 0, 4),  # a kidnapping: nhostkid
        ("199612170003", 17, 14, None, 72),
        ("200509120002", 3, 1, 6, None),  # 2.5 (a share of a linked total) rounds to 3
        ("198001080001", 0, None, 1, None),  # 0.33 rounds to 0; "1.0" as a spreadsheet writes it
        ("198104040001", None, None, None, None),  # "N/A"
        ("198405150001", 0, None, 0, None),  # a kidnapping, hostage count -99: unknown
    ],
)
def test_counts(
    event_id: str, killed: int | None, killed_perpetrators: int | None, injured: int | None,
    hostages: int | None,
) -> None:
    incident = gtd(event_id)
    assert (incident.killed, incident.killed_perpetrators, incident.injured, incident.hostages) == (
        killed, killed_perpetrators, injured, hostages,
    )


@pytest.mark.parametrize(
    ("event_id", "kinds", "targets", "weapons"),
    [
        ("197301150001", ("bombing",), ("business",), ("Explosives: Time Fuse",)),
        ("197903210001", ("assassination",), ("government_general",), ("Melee",)),  # code only
        ("198104040001", ("facility_attack",), ("violent_political_party",), ("Incendiary",)),
        ("200312310001", ("bombing",), ("military",), ("Explosives: Suicide (carried bodily by human being)",)),
        ("197606100001", ("hostage_kidnapping",), ("government_general",), ("Firearms",)),
        ("199612170003", ("hostage_barricade",), ("government_diplomatic",), ("Firearms",)),
        ("200509120002", ("armed_assault", "bombing"), ("military",), ("Firearms",)),
        ("201811110001", ("unarmed_assault",), ("private_citizens_property",), ("Melee",)),
        ("198807070001", ("hijacking",), ("transportation",), ("Fake Weapons",)),
    ],
)
def test_attack_target_and_weapon_types(
    event_id: str, kinds: tuple[str, ...], targets: tuple[str, ...], weapons: tuple[str, ...]
) -> None:
    incident = gtd(event_id)
    assert (incident.kinds, incident.targets, incident.weapons) == (kinds, targets, weapons)


@pytest.mark.parametrize(
    ("event_id", "perpetrators"),
    [
        ("197301150001", ()),  # "Unknown" is not a group
        ("201811110001", ()),  # nor is "Individual"
        ("199612170003", (Perpetrator("mrta", "Túpac Amaru Revolutionary Movement"),)),  # an alias
        ("197606100001", (Perpetrator("gtd:invented-patriotic-front-ipf", "Invented Patriotic Front (IPF)"),)),
        ("200509120002", (
            Perpetrator("gtd:invented-liberation-army-ila", "Invented Liberation Army (ILA)"),
            Perpetrator("gtd:front-of-the-invented-dawn", "Front of the Invented Dawn"),
        )),
        ("198211300001", ()),  # "Other"
        ("198104040001", ()),  # "N/A"
        ("199909090001", (  # gname3; gname2 is gname without its acronym: one group
            Perpetrator("gtd:invented-liberation-army-ila", "Invented Liberation Army (ILA)"),
            Perpetrator("gtd:brotherhood-of-the-fixture", "Brotherhood of the Fixture"),
        )),
    ],
)
def test_groups_resolve_through_the_alias_table(event_id: str, perpetrators: tuple[Perpetrator, ...]) -> None:
    assert gtd(event_id).perpetrators == perpetrators


def test_place_and_coordinates() -> None:
    lima = gtd("199612170003")
    assert (lima.admin1, lima.city, lima.lat, lima.lon, lima.geo_precision) == (
        "Lima", "Lima", -12.09, -77.05, "city",
    )
    assert lima.title == "Hostage taking in Lima, Peru"
    unknown = gtd("201503050001")
    assert (unknown.admin1, unknown.city, unknown.title) == (None, None, "Attack in Freedonia")
    prague = gtd("198211300001")  # province "Unknown", city known
    assert (prague.admin1, prague.city, prague.title) == (None, "Prague", "Armed assault in Prague, Czechoslovakia")


def test_hostage_outcome_summary_sources_and_doubt() -> None:
    lima = gtd("199612170003")
    assert lima.outcome == "Successful Rescue; 71 released, escaped or rescued"
    assert lima.summary and lima.summary.startswith("12/17/1996: A fixture summary")
    assert lima.sources[:2] == (
        Source('"Fixture citation one," Invented Wire, December 18, 1996.'),
        Source('"Fixture citation two," Invented Daily, April 23, 1997', "https://example.org/fixture/lima"),
    )
    assert lima.sources[-1].url == "https://www.start.umd.edu/gtd/search/IncidentSummary.aspx?gtdid=199612170003"
    assert (lima.dataset, lima.source_id, lima.id, lima.doubt) == ("gtd", "199612170003", "gtd:199612170003", False)
    mosul = gtd("200509120002")
    assert mosul.doubt is True
    assert mosul.extra["alternative"] == "Insurgency/Guerilla Action"


def test_codebook_fields_without_a_model_field_stay_in_extra() -> None:
    baghdad = gtd("200312310001")
    assert {k: baghdad.extra[k] for k in ("success", "suicide", "specificity")} == {
        "success": "0", "suicide": "1", "specificity": "1",
    }
    assert "nkill" not in baghdad.extra  # mapped to the model, not repeated
    assert "ndays" not in gtd("197301150001").extra  # blank: not kept
    assert gtd("197708200001").extra["ndays"] == "3"
    assert "nhostkid" not in gtd("197708200001").extra  # -99: unknown, not kept


@pytest.mark.parametrize(
    ("event_id", "column", "message"),
    [
        ("201503050001", "country_txt", "'Freedonia' is not a known country; stored without a code"),
        ("200107040001", "latitude", "'123.4' is not a coordinate (−90 to 90); left empty"),
        ("198303030001", "resolution", "'2/1/1983' is before the incident began; no end date kept"),
    ],
)
def test_dropped_values_are_warned_about(event_id: str, column: str, message: str) -> None:
    [warning] = by_source_id("gtd", "gtd_sample.csv")[event_id].warnings
    assert f"{warning.column} '{warning.value}' {warning.reason}" == f"{column} {message}"


def test_an_impossible_coordinate_drops_both() -> None:
    medellin = gtd("200107040001")
    assert (medellin.lat, medellin.lon, medellin.geo_precision) == (None, None, None)


def test_latin1_file_reads_its_accents() -> None:
    records = by_source_id("gtd", "gtd_latin1.csv")
    bogota = records["199004020001"].incident
    assert (bogota.city, bogota.admin1) == ("Bogotá", "Bogotá")
    assert bogota.summary and "explotó" in bogota.summary and "periódico" in bogota.summary
    assert bogota.perpetrators[0].name == "Frente Patriótico Inventado (FPI)"
    assert records["199203300001"].incident.country == "FRA"  # Corsica


def test_every_fixture_row_maps() -> None:
    assert all(not isinstance(r, str) for r in fixture_records("gtd", "gtd_sample.csv").values())


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"iyear": "1981", "imonth": "9", "iday": "31"}, "line 9: iday '31' is not a day of September 1981, which has 30 days"),
        ({"iyear": "1981", "imonth": "2", "iday": "29"}, "line 9: iday '29' is not a day of February 1981, which has 28 days"),
        ({"iyear": "nineteen-seventy"}, "line 9: iyear 'nineteen-seventy' is not a year"),
        ({"eventid": "SYR132460"}, "line 9: eventid 'SYR132460' is not a GTD event id (digits, e.g. 197001010001)"),
        ({"attacktype1": "12"}, "line 9: attacktype1 '12' is not a GTD attack type code (1–9)"),
        ({"nkill": "several"}, "line 9: nkill 'several' is not a number"),
    ],
)
def test_bad_values_name_the_column_and_the_reason(values: dict[str, str], message: str) -> None:
    row = {"eventid": "198109310001", "iyear": "1981", "imonth": "9", "iday": "1",
           "country_txt": "Peru", "attacktype1": "1", "nkill": "0", **values}
    importer = get_importer("gtd")
    index = importer.column_index(row)
    importer.bind(index)
    with pytest.raises(RowError) as caught:
        importer.map_row(Row(9, list(row.values()), index), group_names("gtd"))
    assert str(caught.value.at(9)) == message
