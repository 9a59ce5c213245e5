"""Perpetrator groups: the alias index, the names found in a text, and the order in which
a frame lists them (invented one-paragraph reports; group names are real, as facts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

from dateline.text.group_index import (
    GroupEntry,
    GroupIndex,
    build_index,
    name_key,
    written_as_acronym,
)
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
        # other names and spellings of one group
        ("Ansar al-Sunna", "Ansar al-Sunnah"),
        ("Ansar al-Sunnah Army", "Ansar al-Sunnah"),
        ("Armenian Secret Army", "Armenian Secret Army for the Liberation of Armenia"),
        ("PKK/KADEK", "PKK/KONGRA-GEL"),
        ("Manuel Rodriguez Front", "Manuel Rodriguez Patriotic Front"),
        ("Tigre People's Liberation Front", "Tigray Peoples Liberation Front"),
        # exile groups a dataset codes under one collective name
        ("Omega-7", "Anti-Castro Cubans"),
        ("Alpha 66", "Anti-Castro Cubans"),
        ("Secret Cuban Government", "Anti-Castro Cubans"),
        ("Tupamaro", "Tupamaros"),  # one word, in the singular
        ("Brigade of the Victorious Lion of God", "Brigades of the Victorious Lion of God"),  # the first word
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
    # both at home somewhere: away from the default group's home, the other
    eritrean_at_home = GroupEntry("eritrean", "Eritrean Liberation Front", "alias", True, "ERI")
    index = GroupIndex(shared={"elf": [earth, eritrean_at_home]})
    assert index.by_country("elf", earth, "GRC") == eritrean_at_home
    assert index.by_country("elf", earth, "USA") == earth


@pytest.mark.parametrize(
    ("written", "acronym"),
    [("LeT", True), ("17N", True), ("CPI-Maoist", True), ("FLEC-FAC", True), ("Al-Qaida", False), ("Dev-Sol", False)],
)
def test_written_as_acronym(written: str, acronym: bool) -> None:
    assert written_as_acronym(written) is acronym


class _Store:
    """The two store calls build_index makes: one stored group, Omega 7."""

    def group_name_index(self) -> dict[str, str]:
        return {"omega 7": "omega-7"}

    def groups(self) -> list[SimpleNamespace]:
        return [SimpleNamespace(id="omega-7", name="Omega 7", country="USA", names=("Omega 7",))]


def test_a_collective_name_does_not_take_a_member_groups_id() -> None:
    index = build_index(_Store())  # type: ignore[arg-type]
    collective = GroupEntry(None, "Anti-Castro Cubans", "extra_alias", False)
    assert index.lookup("Anti-Castro Cubans") == collective
    assert index.lookup("Omega 7") == collective


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
        # two capitals that are initials of another name: a title before one, a state after a town
        ("Two prisoners escaped from HM Prison Tarvo overnight.", []),
        ("A gunman opened fire in a church in Columbia, SC on Sunday.", []),
        ("Police said HM claimed the grenade attack in Srinagar.", [("HM", "Hizbul Mujahideen")]),
        ("Hamas and the al-Aqsa Martyrs Brigade (Fatah) claimed it.", [("Hamas", "Hamas"), ("al-Aqsa Martyrs Brigade", "al-Fatah"), ("Fatah", "al-Fatah")]),
        ("The Arab Revolutionary Cells claimed it.", [("Arab Revolutionary Cells", "Abu Nidal Organization")]),
        ("It was claimed by Islamic Jihad. The group said so.", [("Islamic Jihad", "Islamic Jihad")]),
        # a typed dash ends a name; a description before a name is not a name
        ("Members of ETA--two men--seized a plane.", [("ETA", "Basque Fatherland and Freedom")]),
        ("Lord' s Resistance Army rebels burned a bus.", [("Lord' s Resistance Army", "Lord's Resistance Army")]),
        ("Two members of the militant Islamic group Hamas raided a farm.", [("Hamas", "Hamas")]),
        # known initials name a group whose name is of generic words
        ("A mayor was seized by the pro-Guevara Revolutionary Army (ERG) near Tarvo.",
         [("Revolutionary Army", "Guevarista Revolutionary Army"), ("ERG", "Guevarista Revolutionary Army")]),
        ("IRAQ.  The Brigade of the Victorious Lion of God seized two drivers.",
         [("Brigade of the Victorious Lion of God", "Brigades of the Victorious Lion of God")]),
        # initials another group's name has, after a name that shares no word with it; a known
        # name that begins before a comma
        ("GREECE.  A bomb hit a bank.  The Kastoria Freedom Fighters (AAA) claimed it.",
         [("Kastoria Freedom Fighters", "Kastoria Freedom Fighters"), ("AAA", "Kastoria Freedom Fighters")]),
        ("GREECE.  The Resistance, Liberation and Independence Organization (AAA) is blamed.",
         [("Resistance, Liberation and Independence Organization", "Resistance, Liberation and Independence Organizat"),
          ("AAA", "Resistance, Liberation and Independence Organizat")]),
        # a name defined by initials is the known name inside it, not the words before it
        ("Cadres of the Communist Party of India-Maoist (CPI-Maoist) raided a police post.",
         [("Communist Party of India-Maoist", "Communist Party of India-Maoists"), ("CPI-Maoist", "Communist Party of India-Maoists")]),
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
        ("FRANCE.  Two men were shot in a bar in Bayonne.  Spanish Basques are suspected.", "Basque Fatherland and Freedom"),
        ("COLOMBIA.  Bombs went off in Cali.  The Revolutionary Armed Forces claimed responsibility.",
         "Revolutionary Armed Forces of Colombia"),
        ("SRI LANKA.  Tamils ambushed an army jeep near Tarvo, killing two soldiers.", "Liberation Tigers of Tamil Eelam"),
        ("UNITED STATES.  A bomb damaged a consulate in New York.  Omega-7 claimed responsibility.", "Anti-Castro Cubans"),
        ("TURKEY.  A bomb hit a cafe in Istanbul.  The Revolutionary People's Liberation Front (DHKC) claimed it.",
         "Revolutionary Peoples' Liberation Party-Front"),
        # a group named in a sentence of another time, resolved by the country all the same
        ("LEBANON.  A priest was seized in Beirut.  In March 1986 his captors, members of Islamic Jihad, freed him.",
         "Hizballah"),
        # a state's forces, the victim told at more length and the target of a meeting are not the doer
        ("ISRAEL.  A car was shot at near Tarvo.  The Israel Defense Forces (IDF) said the gunmen were Fatah "
         "members.", "al-Fatah"),
        ("FRANCE.  An exiled member of ETA who was living in Hendaye was shot dead by members of the "
         "Antiterrorist Liberation Groups (GAL).", "Anti-terrorist Liberation Group"),
        ("BANGLADESH.  A bomb went off at a meeting of the ruling Awami League in Tarvo.  Police blamed the "
         "Harkat-ul-Jihad-al-Islami.", "Harkat-ul-Jihad-al-Islami"),
        # named together: the first named, whatever stands between them
        ("GREECE.  A bomb damaged a bank in Athens.  Revolutionary Struggle and the previously unknown "
         "Renegade Terrorist Group claimed responsibility.", "Revolutionary Struggle"),
        ("INDIA.  Gunmen fired on a bank in Calcutta.  Two groups, Harakat-ul-Jehad Islami (HUGI) and the "
         "Asif Raza Commandos, have each claimed it.", "Harkat ul-Jehad"),
        ("INDIA.  Armed activists of the People's War Group (PWG) and the Maoist Communist Center (MCC) "
         "burned ten lorries in Tarvo.", "People's War Group"),
        # a known group before a name known only by its shape
        ("TURKEY.  Both the Kartal Fighters Front and Dev-Sol claimed the bombing of a ferry.", "Dev Sol"),
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
    assert "Omega 7\tAnti-Castro Cubans\twing" in lines  # a member of a collective name
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
