"""Perpetrator groups: the alias index, the names found in a text, and the order in which
a frame lists them (invented one-paragraph reports; group names are real, as facts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dateline.text.group_index import GroupEntry, GroupIndex, build_index, name_key
from dateline.text.pipeline import analyze

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def _groups(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.group.name) for m in analyze(text).mentions if m.group is not None]


def _first(text: str) -> str | None:
    frame = analyze(text).frames[0]
    return frame.perpetrators[0] if frame.perpetrators else None


# ---- the alias index -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Palestine Islamic Jihad (PIJ)", "Palestine Islamic Jihad"),  # a qualifier dropped
        ("First of October Antifascist Resistance Groups", "First of October Antifascist Resistance Group"),
        ("Front for Liberation of Enclave of Cabinda", "Front for the Liberation of the Enclave of Cabinda"),
        ("Fatah", "al-Fatah"),
        ("the Charles Martel organization", "Charles Martel Group"),
        ("Strugglers for the Unity and Freedom of Greater Syria", "Strugglers for the Unity and Freedom of Greater Syria"),
        ("Strugglers for the Unity and Freedom of Greater Sy", "Strugglers for the Unity and Freedom of Greater Syria"),
        ("Tanzim QaÕidat al-Jihad fi Bilad al-Rafidayn", "Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn"),
        ("Tigray Peoples Liberation Front", "Tigray Peoples Liberation Front"),  # not Turkish: TPLF is shared
    ],
)  # fmt: skip
def test_lookup_of_a_whole_name(name: str, canonical: str) -> None:
    entry = build_index().lookup(name.removesuffix(" (PIJ)"))
    assert entry is not None and entry.name == canonical


@pytest.mark.parametrize("name", ["Indonesian", "rightist", "Nazi", "Shiite Militias", "Base"])
def test_words_that_name_no_group(name: str) -> None:
    assert build_index().lookup(name) is None


def test_an_acronym_two_groups_share_goes_by_the_country() -> None:
    earth = GroupEntry("elf", "Earth Liberation Front", "alias", True, "USA")
    eritrean = GroupEntry(None, "Eritrean Liberation Front", "extra_alias", True)
    index = GroupIndex(shared={"elf": [earth, eritrean]})
    assert index.by_country("elf", earth, "ETH") == eritrean
    assert index.by_country("elf", earth, "USA") == earth
    assert index.by_country("elf", earth, None) == earth


def test_a_wing_counts_as_its_parent() -> None:
    index = build_index()
    assert index.lookup("Izz al-Din al-Qassam Brigades") == index.lookup("Hamas")
    assert index.lookup("Organization of the Oppressed on Earth") == index.lookup("Hizballah")


def test_a_garbled_apostrophe_reads_as_one() -> None:
    assert name_key("PeopleÕs Liberation Army") == name_key("People's Liberation Army")


# ---- names found in a text -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is also a day, written as the group…
        ("GREECE.  17 November claimed responsibility.", [("17 November", "November 17 Revolutionary Organization")]),
        # …and as the day
        ("GREECE.  On 17 November 1999 a bomb exploded.", []),
        ("A group calling itself 'Revolutionary Solidarity' claimed it.", [("Revolutionary Solidarity", "Revolutionary Solidarity")]),
        ("The International Communist group claimed it.", [("International Communist group", "International Communist Group")]),
        ("Assailants with al-shabaab killed a legislator.", [("al-shabaab", "al-shabaab")]),
        ("A suspected female Tamil Tiger carried out the attack.", [("Tamil Tiger", "Liberation Tigers of Tamil Eelam")]),
        ("The Freedom of Greater Syria group?  No: the Strugglers for the Unity and Freedom of Greater Syria claimed it.",
         [("Strugglers for the Unity and Freedom of Greater Syria", "Strugglers for the Unity and Freedom of Greater Syria")]),
        ("Police blamed the Pakistani Lashkar-e-Taiba (LeT).", [("Lashkar-e-Taiba", "Lashkar-e-Taiba"), ("LeT", "Lashkar-e-Taiba")]),
        # ordinary words, another name's parts, a name the text defines as something else
        ("Officials believe the bomb was small.", []),
        ("The group aims to carve an Islamic state from the south.", []),
        ("The anarchist group claimed it.", []),
        ("Let us say it plainly.", []),
        ("The car of a Knesset Member (MK) was burned.", []),
        ("Hamas and the al-Aqsa Martyrs Brigade (Fatah) claimed it.", [("Hamas", "Hamas"), ("al-Aqsa Martyrs Brigade", "al-Fatah"), ("Fatah", "al-Fatah")]),
        ("The Arab Revolutionary Cells claimed it.", [("Arab Revolutionary Cells", "Abu Nidal Organization")]),
        ("It was claimed by Islamic Jihad. The group said so.", [("Islamic Jihad", "Islamic Jihad")]),
    ],
)  # fmt: skip
def test_names_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _groups(text) == expected


# ---- the frame's perpetrator -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        # named together in one claim: the first named
        ("A rocket hit Tarvo.  Hamas and the al-Aqsa Martyrs Brigade (Fatah) jointly claimed responsibility.", "Hamas"),
        ("A rocket hit Tarvo.  The Abu al-Rish Brigades and the National Resistance Brigades (the DFLP's armed "
         "wing) said together that they fired it.", "Abu al-Rish Brigades"),
        # a parent named for its wing comes before it
        ("Gunmen seized a police chief in Tarvo.  Responsibility was claimed by the Jenin Martyrs' Brigades, "
         "a wing of the Popular Resistance Committees.", "Popular Resistance Committees"),
        ("A bus was bombed near Tarvo.  Hamas' armed wing, the Izz al-Din al Qassem Brigades, said it did it.", "Hamas"),
        # named only as what the doer is linked to
        ("A car bomb exploded in Ulmen.  The attack was claimed by the al-Qaeda linked group, "
         "Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn.", "Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn"),
        ("Two bombs went off in Ulmen.  The Revolutionary Cells, said to be an offshoot of the Red Army Faction, "
         "claimed them.", "Revolutionary Cells"),
        # a group under its later name
        ("Two bombs went off near Ulmen.  The Salafist Group for Call and Combat (GSPC), since renamed the "
         "al-Qaeda Organization in the Land of the Islamic Maghreb, claimed them.", "Al-Qaeda in the Islamic Maghreb"),
        # the target, the victim and a rally are not the doer
        ("Gunmen attacked a Hamas rally in Tarvo.  Fatah militants were blamed.", "al-Fatah"),
        ("A suicide bomber killed ten in Ulmen.  The Taliban has targeted Awakening Council members.", "Taliban"),
        ("Officials in Ulmen blame the bombing on the Research and Analysis Wing (RAW).", "Research and Analysis Wing"),
        # a group named after "of": the one meant
        ("Naxalites of the People's War Group stormed a house in Tarvo.", "People's War Group"),
        # a generic name by the country, and a named group before a generic name
        ("UNITED STATES.  Cuban exiles claimed credit for the bombing in Miami.", "Anti-Castro Cubans"),
        ("DENMARK.  A bomb exploded in Copenhagen.  Islamic Jihad claimed responsibility.", "Hizballah"),
    ],
)  # fmt: skip
def test_main_frame_perpetrator(text: str, perpetrator: str) -> None:
    assert _first(text) == perpetrator


# ---- the alias table's builder ---------------------------------------------------------


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_group_aliases", TOOLS / "build_group_aliases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_builder_lines(builder) -> None:
    counts = {
        "Unknown": 500, "Shiite Militias": 5,  # no one, a description
        "Eritrean Liberation Front (ELF)": 26, "Earth Liberation Front (ELF)": 43,  # shared
        "Fuerzas Armadas Peronistas (FAP)": 17, "Popular Self Defence Forces (FAP)": 1,  # nearly always one
        "Palestine Islamic Jihad (PIJ)": 185, "Palestinian Islamic Jihad (PIJ)": 1,  # two spellings
        "Komando Jihad (Indonesian)": 1,  # a qualifier, not a name
        "Front for the Liberation of Lebanon from Foreigner": 12,  # cut at 50 characters
        "Action Directe": 3,
    }  # fmt: skip
    lines = set(builder.alias_lines(counts))
    assert "ELF\tEritrean Liberation Front\tshared" in lines
    assert "ELF\tEarth Liberation Front\tshared" in lines
    assert "FAP\tFuerzas Armadas Peronistas" in lines
    assert "PIJ\tPalestine Islamic Jihad" in lines
    assert "Palestinian Islamic Jihad\tPalestine Islamic Jihad" in lines
    assert "Front for the Liberation of Lebanon from Foreigner\tFront for the Liberation of Lebanon from Foreigners" in lines
    assert "Action Direct\tAction Directe" in lines  # a known other name
    assert not any(line.startswith(("Unknown", "Shiite", "Indonesian")) for line in lines)


@pytest.mark.parametrize(
    ("raw", "split"),
    [
        ("Hamas (Islamic Resistance Movement)", ("Hamas", ["Islamic Resistance Movement"], False)),
        ("Montoneros (Argentina)", ("Montoneros", [], False)),
        ("Spanish Basque Battalion (BBE) (rightist)", ("Spanish Basque Battalion", ["BBE"], False)),
        ("Popular Front for the Liberation of Palestine (PFL", ("Popular Front for the Liberation of Palestine", [], False)),
        ("Strugglers for the Unity and Freedom of Greater Sy", ("Strugglers for the Unity and Freedom of Greater Sy", [], True)),
    ],
)  # fmt: skip
def test_builder_splits_names(builder, raw: str, split: tuple) -> None:
    assert builder.split_name(raw) == split
