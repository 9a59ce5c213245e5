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
