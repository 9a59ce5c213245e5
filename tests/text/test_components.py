"""Durations, places, groups, people and counts: text → the mentions each component finds."""

from __future__ import annotations

import pytest

from dateline.text.registry import create, registered


def _of(analysis, kind: str):
    return [m for m in analysis.mentions if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held hostage for 126 days", [("126 days", 126, "day", "exact", False)]),
        ("a 4-month siege", [("4-month", 4, "month", "exact", True)]),
        ("it lasted four months", [("four months", 4, "month", "exact", False)]),
        ("for more than 444 days", [("more than 444 days", 444, "day", "at_least", False)]),
        ("nearly two weeks of talks", [("nearly two weeks", 2, "week", "at_most", False)]),
        ("a 23-year-old student", []),  # an age
        ("he was 40 years old", []),
        ("seized four months earlier", []),  # a relative date, not a duration
    ],
)
def test_durations(run, text: str, expected: list[tuple]) -> None:
    found = [(m.text, m.duration.amount, m.duration.unit, m.duration.bound, m.duration.attributive)
             for m in _of(run(text), "duration")]  # fmt: skip
    assert found == expected


def test_duration_inclusive_hint(run) -> None:
    (mention,) = _of(run("They were held 444 days (inclusive)."), "duration")
    assert mention.duration.inclusive is True


@pytest.mark.parametrize(
    ("text", "name", "level", "country", "via"),
    [
        ("A bomb exploded in Lima.", "Lima", "city", "PER", "name"),
        ("The siege in Tehran lasted long.", "Tehran", "city", "IRN", "name"),
        ("Shots were fired in Peru.", "Peru", "country", "PER", "name"),
        ("Peruvian troops stormed in.", "Peruvian", "country", "PER", "demonym"),
        ("A blast hit Baghdad's market.", "Baghdad", "city", "IRQ", "name"),
        ("A bomb exploded in Pattani province.", "Pattani", "admin1", "THA", "name"),
        ("Militants attacked a town in Bavaria.", "Bavaria", "admin1", "DEU", "name"),
        ("Shots were fired in the village of Khursanibari.", "Khursanibari", "city", None, "name"),
    ],
)
def test_places(run, text: str, name: str, level: str, country: str | None, via: str) -> None:
    places = {m.text: m.place for m in _of(run(text), "place")}
    assert name in places
    place = places[name]
    assert (place.level, place.country, place.via) == (level, country, via)


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # a homonym goes to the country named elsewhere in the text…
        ("Gunmen attacked Lima, Ohio. The United States condemned it.", "Lima", "USA"),
        # …else to the most populous
        ("Gunmen attacked a bank in Lima.", "Lima", "PER"),
        # but a small namesake does not beat a capital
        ("Talks were held in Vienna. The United States left them.", "Vienna", "AUT"),
    ],
)
def test_homonyms(run, text: str, city: str, country: str) -> None:
    places = [m.place for m in _of(run(text), "place") if m.place.level == "city"]
    assert (places[0].city, places[0].country) == (city, country)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the Most important thing was calm.",
        "The UN condemned the attack.",
        "Gunmen shot Danilo Anderson outside his office.",
    ],
)
def test_words_that_are_not_places(run, text: str) -> None:
    assert [m.place.level for m in _of(run(text), "place") if m.place.level == "city"] == []


def test_groups_from_the_store_and_acronyms(run, store) -> None:
    text = ("Rebels of the Tupac Amaru Revolutionary Movement (MRTA) took the residence. "
            "The MRTA demanded the release of prisoners.")  # fmt: skip
    groups = _of(run(text, store=store), "group")
    assert [(m.text, m.group.id) for m in groups] == [
        ("Tupac Amaru Revolutionary Movement", "mrta"),
        ("MRTA", "mrta"),
        ("MRTA", "mrta"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "via"),
    [
        ("The Popular Resistance Brigades (PRB) fired rockets. The PRB said so.", "Popular Resistance Brigades", "acronym"),
        ("Fighters of the Fictional Liberation Front attacked.", "Fictional Liberation Front", "alias"),
        ("The Free Fictional Army claimed the bombing.", "Free Fictional Army", "pattern"),
    ],
)
def test_groups_defined_or_shaped_in_the_text(run, store, text: str, name: str, via: str) -> None:
    groups = _of(run(text, store=store), "group")
    assert groups and groups[0].group.name == name and groups[0].group.via == via


def test_acronym_definition_across_a_line_break(run) -> None:
    groups = _of(run("Members of the Popular   Resistance\nBrigades (PRB) fired. The PRB said so."), "group")
    assert [m.group.name for m in groups] == ["Popular Resistance Brigades"] * 3


def test_acronyms_match_only_in_capitals(run, store) -> None:
    assert _of(run("Eta and mrta are words here.", store=store), "group") == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("a policy of Peruvian President Fujimori", "Fujimori", "President"),
        ("Dr. Jose Amiro Gnecco was kidnapped.", "Jose Amiro Gnecco", "Dr."),
        ("the film starred Ben Affleck as a spy", "Ben Affleck", None),
    ],
)
def test_people(run, text: str, name: str, title: str | None) -> None:
    people = [m.person for m in _of(run(text), "person")]
    assert (people[0].name, people[0].title) == (name, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast went off, killing two and wounding five.", [(2, "killed"), (5, "injured")]),
        ("At least 30 people were killed.", [(30, "killed")]),
        ("They held hundreds of hostages.", [(200, "hostages")]),
        ("It was carried out by 14 members of the MRTA.", [(14, "perpetrators")]),
        ("The bomb killed all 259 passengers.", [(259, "killed")]),
        ("Seventy people were killed in the attack.", [(70, "killed")]),
        ("One civilian was killed and another eight were wounded.", [(1, "killed"), (8, "injured")]),
        ("Three police officers were killed and two were injured.", [(3, "killed"), (2, "injured")]),
        ("Gunmen killed a Briton and a South African.", [(2, "killed")]),
        ("Gunmen shot and killed Jumhuriyah Ubayd, a teacher, in Kut.", [(1, "killed")]),
        ("A tribal leader and his cousin were shot to death.", [(2, "killed")]),
        ("The gunmen took 72 people hostage.", [(72, "hostages")]),
        ("No one was injured in the attack.", [(0, "injured")]),
        ("They fired five mortar shells 12 km away for $21,000.", []),
        ("The bomber blew himself up, killing himself and one other person.", [(1, "killed"), (1, "killed")]),
    ],
)
def test_counts(run, text: str, expected: list[tuple[int, str]]) -> None:
    found = [(m.count.value, m.count.role) for m in _of(run(text), "count")]
    assert found == expected


def test_count_details(run) -> None:
    (hostages,) = _of(run("They held hundreds of hostages."), "count")
    assert hostages.count.bound == "about" and hostages.count.approximate
    (members,) = _of(run("It was carried out by 14 members of the MRTA."), "count")
    assert members.count.counts == "member"
    (passengers,) = _of(run("The bomb killed all 259 passengers."), "count")
    assert passengers.count.all_of and passengers.count.counts == "passenger"


def test_every_component_is_registered_with_a_version_and_what_it_assigns() -> None:
    components = registered()
    for name in ("dateline.document.v1", "dateline.dates.v1", "dateline.durations.v1",
                 "dateline.places.v1", "dateline.groups.v1", "dateline.people.v1",
                 "dateline.counts.v1", "dateline.frames.v1", "dateline.links.v1"):  # fmt: skip
        assert components[name], name
    assert callable(create("dateline.dates.v1"))
