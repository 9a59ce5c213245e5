"""Places beyond the big cities: villages, districts, quarters, context for homonyms."""

from __future__ import annotations

import pytest


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
    main = run("Gunmen opened fire on a police checkpoint in Iskandariyah, killing three.").main
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
    ],
)
def test_unknown_places_named_by_the_word_beside_them(run, text: str, city: str) -> None:
    main = run(text).main
    assert main is not None and main.city == city
