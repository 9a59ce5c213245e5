"""Places beyond the big cities: villages, districts, quarters, context for homonyms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.text import frame_place


def _places(analysis):
    return [m for m in analysis.mentions if m.kind == "place"]


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        # a village from the fallback table (geonames' places of 500 people or more)
        ("Four firebombs were thrown at an office in Berriozar.", "ESP", "Berriozar"),
        # a district the news names, from the admin-area table
        ("Militants shot a man in a village in Rajouri.", "IND", "Rajouri"),
        # a big city without a place cue still counts ("Mosul's" is no ordinary word)
        ("A car bomb exploded in a market south of Mosul's centre, killing two.", "IRQ", "Mosul"),
        # the quarter "of" a city: the city is the place
        ("A grenade hit a bus in the Laleli district of Istanbul, injuring three.", "TUR", "Istanbul"),
        # …and the quarter "in" a city
        ("A bomb hit a patrol in the Karrada district in central Baghdad.", "IRQ", "Baghdad"),
        # a possessive ends the name: the town, then its street
        ("Youths hurled a petrol bomb at a house in north Belfast's Oldpark Road area.", "GBR", "Belfast"),
        # "’s" read in the wrong encoding ("Õs") is still a possessive
        ("Gunmen shot a teacher in ThailandÕs Yala province.", "THA", "Yala"),
        # a road's two ends are not the place when the province is named
        ("Gunmen stopped a bus on the Kabul-Kandahar highway in Ghazni Province.", "AFG", "Ghazni"),
        # a hyphenated town's own name stays whole
        ("A charge went off outside the court in Porto-Vecchio.", "FRA", "Porto-Vecchio"),
        # only a province named: the province is the most precise place
        ("A teacher was shot dead in a village of Helmand Province.", "AFG", "Helmand"),
        # a town in the country the rest of the text names beats a namesake abroad
        ("Separatists on Corsica claimed a bomb that wrecked a car in Borgo.", "FRA", "Borgo"),
        # a bilingual city name: either half is the city's own name
        ("A bomb exploded at a bank in San Sebastian.", "ESP", "Donostia / San Sebastián"),
    ],
)
def test_main_frame_place(run, text: str, country: str, city: str) -> None:
    main = run(text).main
    assert main is not None
    assert (main.country, main.city) == (country, city)


@pytest.mark.parametrize(
    "text",
    [
        "Youths threw Molotov cocktails at the police station.",
        "Police said the Most important thing was calm.",
    ],
)
def test_ordinary_words_stay_words(run, text: str) -> None:
    assert [m.place.country for m in _places(run(text)) if m.place.level == "city"] == []


def test_a_district_beats_a_namesake_abroad(run) -> None:
    # "Iskandariyah" is also an old name of Alexandria; the Iraqi town is meant.
    main = run("Three guards died when gunmen raked a checkpoint in Iskandariyah with fire.").main
    assert main is not None and main.country == "IRQ"


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        # where the rockets came from is not where they fell
        ("Rockets fired from the Gaza Strip landed in Sederot, injuring two.", "ISR", "Sderot"),
        # a country inside a group's name is the group's home at most, not the place
        (
            "The Popular Front for the Liberation of Palestine claimed two rockets fired at Ashqelon, injuring one.",
            "ISR",
            "Ashkelon",
        ),
        # "the Israeli town of X" names where it happened; "Palestinian gunmen" who did it
        ("Palestinian gunmen fired on the Israeli town of Sederot, killing one.", "ISR", "Sderot"),
        # a direction before a city is part of the city, not a province called "Northern"
        ("A bomb went off in Northern Athens, injuring one.", "GRC", "Athens"),
        # an estate named like a foreign town: the city after "area of" is the place
        ("Petrol bombs were thrown at a house in the Fountain Estate area of Londonderry, injuring one.", "GBR", "Derry"),
        # a village with namesakes abroad goes to the country of the province beside it
        ("Insurgents shot two rangers in Chana district, Pattani province.", "THA", "Chana"),
        # a common word that names a town abroad is part of a longer name here
        ("Mortar rounds landed near the Police College in western Kabul.", "AFG", "Kabul"),
        ("Gunmen killed a lecturer outside the University of Mosul.", "IRQ", "Mosul"),
        ("A bomb damaged the Ali Pasha mosque in Sarajevo.", "BIH", "Sarajevo"),
        # a month before a number is a date, not the English town of March
        ("A parcel bomb went off at a Kampala hotel that a visiting leader had used in March 1998.", "UGA", "Kampala"),
        # an Israeli cue points to West Bank towns too: Bethlehem is not the South African one
        ("Israeli soldiers were fired on at a roadblock near Bethlehem; nobody was hurt.", "PSE", "Bethlehem"),
    ],
)
def test_incidental_and_ambiguous_places(run, text: str, country: str, city: str) -> None:
    main = run(text).main
    assert main is not None
    assert (main.country, main.city) == (country, city)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Mortar shells were fired at the Tel Qatifa settlement, injuring one.", "Tel Qatifa"),
        ("Two bombs exploded at a rally in the Bgerhat District, injuring four.", "Bgerhat"),
        # a possessive is not part of the name
        ("Gunmen fired at the mayor's office in Tarvoka's main square.", "Tarvoka"),
    ],
)
def test_unknown_places_named_by_the_word_beside_them(run, text: str, city: str) -> None:
    main = run(text).main
    assert main is not None and main.city == city


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a police force, a parliament, a party: the country without a place name
        ("The Ertzaintza defused a parcel bomb left at a bank.", "ESP"),
        ("A Knesset member's car was set on fire outside his home.", "ISR"),
        ("Militants threw a grenade at a CRPF bunker, wounding two.", "IND"),
        # a country written as a dateline, with nothing else placed
        ("PERU.  The offices of an airline were bombed.", "PER"),
    ],
)
def test_country_without_a_place_name(run, text: str, country: str) -> None:
    main = run(text).main
    assert main is not None
    assert main.country == country


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the town measured from a landmark is the place
        ("Two shopkeepers were shot dead on Tuesday in Buhruz, near Baqubah.", "Buhruz"),
        ("A grenade was thrown at a school in Ishaqi, some sixty kilometres north of Baghdad.", "Ishaqi"),
        # a landmark alone is still the place
        ("Gunmen shot a reporter just outside Kirkuk.", "Kirkuk"),
    ],
)
def test_landmarks(run, text: str, city: str) -> None:
    main = run(text).main
    assert main is not None
    assert main.country == "IRQ" and main.city is not None and main.city.startswith(city)


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        # a quarter named alone: the incident is recorded in its city
        ("A car bomb went off in Karrada, wounding eleven.", "IRQ", "Baghdad"),
        ("Youths threw petrol bombs at police in Exarchia.", "GRC", "Athens"),
        ("A firebomb hit a party office in Moschato, a suburb of Athens.", "GRC", "Athens"),
        # an embassy with no town named: the capital
        ("NORWAY.  A parcel bomb was defused at the Turkish embassy.", "NOR", "Oslo"),
        # a district the news names is a place without "in" before it
        ("Militants shot and wounded a Doda shopkeeper.", "IND", "Doda"),
        # a department is a province: the town named in it is the city
        ("A bomb damaged the Haute-Corse housing office in Bastia.", "FRA", "Bastia"),
    ],
)
def test_quarters_and_departments(run, text: str, country: str, city: str) -> None:
    main = run(text).main
    assert main is not None
    assert (main.country, main.city) == (country, city)


_CUE_VOCABULARY = ["in", "near", "from", "the", "town", "of", "northern", "central", "for", "against", "by",
                   "Lima", "Peru", "bombs", "fired", "rockets", "In", "From", ",", "  "]


@given(st.lists(st.sampled_from(_CUE_VOCABULARY), max_size=8))
def test_the_cue_prefilter_never_hides_a_cue(words: list[str]) -> None:
    # frame_place tests the word before a place cheaply before its cue patterns: wherever a
    # pattern matches, the cheap test must say yes, or a cue would be lost.
    before = " ".join(words) + " "
    if any(p.search(before) for p in (frame_place._PLACE_CUE, frame_place._FROM_CUE, frame_place._ON_BEHALF)):
        assert frame_place._cue_word_before(before), before
