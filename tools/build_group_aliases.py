"""Build src/dateline/text/group_aliases.tsv: group names → canonical name.

Group names are facts. This reads only the *names* in a perpetrator column (RAND RDWTI's
``Perpetrator``), never a record, and writes one line per alias: ``alias<TAB>canonical``,
with an optional third column: ``wing`` for armed wings and cover names that datasets
attribute to their parent (``WING_OF``), ``cut`` for a name the column cut off at 50
characters whose full form is unknown (the analysis matches a text that goes on), ``shared``
for an acronym two groups share, one line per group (the analysis picks one by country).

- Names of the form "Name (ACR)" give the name and the acronym; single lowercase words
  and country qualifiers in parentheses ("(rightist)", "(Argentina)") are dropped, and so
  is a broken parenthesis at the cut ("Popular Front for the Liberation of Palestine (PFL").
- Names that normalise alike are one group; so are names that share an acronym when they
  are spellings of one name ("Palestine/Palestinian Islamic Jihad"). An acronym that two
  different groups share ("ELF": Eritrean and Earth Liberation Front) is written for each,
  flagged ``shared``, unless one group has nearly all its rows.
- A cut name joins the group of the one known name it begins ("... of Angol" → Angola).
- Known other names of a group (``SAME_GROUP``, facts from reference works) join it; the
  group is named by the ``SAME_GROUP`` key, else by its most frequent full name.

    python tools/build_group_aliases.py ../shared/data/rand_rdwti/rdwti_dev.csv
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dateline.geo import country_code
from dateline.names import normalize_name

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "text" / "group_aliases.tsv"
# Not a group's name: no one, or a description ("Shiite Militias", "Sunni Insurgents").
GENERIC = re.compile(
    r"^(?:unknown|other|none)$|^[\w'-]+\s+(?:militias?|students|rebels|insurgents|guerrillas|"
    r"separatists|extremists|militants|terrorists|nationalists|activists|gunmen|tribesmen|"
    r"sympathizers|supporters|loyalists|republicans|individuals|elements)$",
    re.IGNORECASE,
)
ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9/&.-]{1,11}$")
DOMINANT = 4  # an acronym two groups share is kept for one with 4 times the others' rows
CUT_AT = 49  # the column holds 50 characters; a value this long may be cut off
# Other names of the same group (facts from reference works), → the dataset's name for it.
SAME_GROUP: dict[str, tuple[str, ...]] = {
    "Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn": (
        "Tanzim QaÕidat al-Jihad fi Bilad al-Rafidayn", "al-Qaeda in Iraq", "al-Qaida in Iraq",
        "Al Qaeda in Iraq", "AQI", "Tawhid and Jihad", "al-Tawhid wal-Jihad", "Monotheism and Jihad",
    ),
    "Communist Party of India-Maoists": ("Communist Party of India (Maoist)", "CPI-Maoist", "CPI (Maoist)"),
    "Communist Party of Nepal-Maoists": ("Communist Party of Nepal (Maoist)", "CPN (Maoist)", "CPN-Maoist"),
    "al-Mahdi Army": ("Mahdi Army", "Jaish al-Mahdi", "Mahdi Militia"),
    "Anti-Castro Cubans": (
        "Cuban Action", "El Poder Cubano", "Cuban Power", "Cuban Nationalist Movement",
        "Frente de Liberacion Nacional Cubana", "Frente de Liberacion Cubana", "Cuban National Liberation Front",
        "National Front for the Liberation of Cuba", "FLNC", "Secret Cuban Government",
    ),
    "Mujahideen Council": (
        "Mujahideen Shura Council", "Mujahedeen Shura Council", "Shura Council of the Mujahideen",
        "Shura Council of the Mujahedeen", "Shura Council of the Mujahideen of Iraq", "Shura Council of the Mujahedeen of Iraq",
    ),
    "Anti-terrorist Liberation Group": ("Antiterrorist Liberation Group", "Antiterrorist Liberation Groups"),
    "PKK/KONGRA-GEL": (
        "Kurdistan Workers' Party", "Kurdistan Workers Party", "Kurdish Workers Party", "PKK", "Kongra-Gel", "PKK/KADEK", "KADEK",
    ),
    "Tupac Amaru Revolutionary Movement": ("Tupac Amaru", "Movimiento Revolucionario Tupac Amaru"),
    "Revolutionary Armed Forces of Colombia": ("Fuerzas Armadas Revolucionarias de Colombia", "FARC"),
    "National Liberation Army of Colombia": ("Ejercito de Liberacion Nacional",),
    "Liberation Tigers of Tamil Eelam": ("Tamil Tigers",),
    "Shining Path": ("Sendero Luminoso",),
    "Lebanese Socialist Revolutionary Organization": (
        "Lebanese Socialist Revolutionary Movement", "Lebanese Revolutionary Socialist Organization",
    ),
    "Manuel Rodriguez Patriotic Front": ("Patriarchs of Manuel Rodriguez", "Manuel Rodriguez Front"),
    "November 17 Revolutionary Organization": ("17 November", "17N", "Revolutionary Organization 17 November", "November 17 Organization"),
    "Kach": ("Kakh",),
    "al-Gama'at al-Islamiyya": ("el-Gama'a el-Islamiya", "Gama'a al-Islamiyya", "al-Gamaa al-Islamiya", "Gamaa Islamiya", "Jamaa Islamiya"),
    "Cinchoneros Popular Liberation Movement": ("Cinchoneros", "Cinchonero Popular Liberation Front"),
    "Orly Organization": ("Orly Group",),
    "Liberation Battalion": ("Liberation Batallion",),
    "Overthrown Anarchist Faction": ("Overthrown Anarchists Faction",),
    "June 16 Organization": ("Warriors of the 16th of June Movement", "16th of June Movement"),
    "Hawk Brigades": ("Hawk Brigade",),
    "Huthis": ("Huthi", "Houthi", "Houthis", "al-Houthi", "Ansar Allah"),
    "National Union for the Total Independence of Angola": ("UNITA",),
    "Red Army Faction": ("Baader-Meinhof Group", "Baader-Meinhof Gang", "Baader-Meinhof", "RAF"),
    "Mujahideen-I-Khalq": (
        "Mojahedin-e Khalq Organization", "Mojahedin-e Khalq", "Mujahedin-e Khalq", "Mujahideen-e-Khalq",
        "People's Mujahedin of Iran", "People's Mojahedin Organization of Iran", "MEK", "PMOI",
        "Mujahedeen Khalq", "Mujahedin Khalq", "Mujahiddin e Khalq", "Mojahedine-e Khalq",
    ),
    "Group Bakunin Gdansk Paris Guatemala Salvador": (
        "Bakunin-Gdansk-Paris-Guatemala-Salvador", "Bakounine-Gdansk-Paris-Guatemala-Salvador",
        "Group Bakounine-Gdansk-Paris-Guatemala-Salvador", "Group Bakounine-Gdansk-Guatemala-Salvador",
        "Bakounine Gdansk Paris Group", "Bakunin-Gdansk-Paris Group", "Bakunin-Gdansk Group",
    ),
    "Action Directe": ("Direct Action", "Action Direct"),
    "Montoneros": ("Montonero",),
    "Palestinian Revolution Forces General Command": (
        "General Command of the Palestinian Revolutionary Forces", "Palestinian Revolutionary Forces General Command",
    ),
    "Committee for Solidarity with Arab and Middle Eastern Political Prisoners": (
        "Committee of Solidarity with Arab and Middle East", "Committee of Solidarity with Arab and Middle Eastern Political Prisoners", "CSPPA",
    ),
    "Strugglers for the Unity and Freedom of Greater Syria": (),
    "Front for the Liberation of Lebanon from Foreigners": (),
    "Front for the Liberation of the French Somali Coast": (),
    "May 15 Organization for the Liberation of Palestine": ("15 May Organization", "May 15 Organization"),
    "Arab Nationalist Youth for the Liberation of Palestine": (),
    "Action Front for the Liberation of the Baltic Countries": (),
    "Popular Front for the Liberation of Palestine-General Command": ("PFLP-GC", "Popular Front for the Liberation of Palestine – General Command"),
    # Names one group went by: the Spanish and the English, two spellings of a translation.
    "Vanguardia Popular Revolucionaria": ("Popular Revolutionary Vanguard",),
    "Fuerzas Armadas Peronistas": ("Peronist Armed Forces",),
    "Ejercito Revolucionaria del Pueblo": ("People's Revolutionary Army", "Revolutionary People's Army"),
    "Revolutionary Front for Proletarian Action": ("Proletarian Revolutionary Action Front",),
    "Janatha Vimukthi Peramuna": ("Sinhalese Janatha Vimukthi Peramuna", "People's Liberation Front"),
    "Patriotic Morazanista Front": ("Morazanista Patriotic Liberation Front", "Morazanista Liberation Front"),
    "Group of People's Fighters": ("People's Fighter Group",),
    "2nd of June Movement": ("June 2 Movement", "2 June Movement", "Bewegung 2 Juni", "Movement 2 June"),
    "Justice Commandos for the Armenian Genocide": ("Commando for Justice for the Genocide of Armenians",),
    "Armenian Secret Army for the Liberation of Armenia": (
        "Secret Armenian Army", "Secret Armenian Liberation Army", "Armenian Secret Army", "Armenian Secret Liberation Army",
        "Secret Army for the Liberation of Armenia", "Secret Liberation Army of Armenia",
    ),
    "Islamic Jihad Union - Uzbekistan": ("Islamic Jihad Union",),
    "Ber Satu": ("Bersatu",),
    "Popular Forces of April 25": ("Popular Forces 25 April", "FP-25"),
    # The group is named for its leader: "Abu Nidal claimed responsibility".
    "Abu Nidal Organization": ("Abu Nidal", "Arab Revolutionary Cells"),
    "Al-Qaeda in the Islamic Maghreb": (
        "al-Qaeda Organization in the Land of the Islamic Maghreb", "Al Qaeda in the Land of the Islamic Maghreb", "AQLIM",
    ),
    "People's Liberation Forces": ("Popular Liberation Forces",),
    "Polisario Front": ("Polisario",),
    "Mozambique National Resistance Movement": ("Mozambique National Resistance", "Mozambican National Resistance", "RENAMO", "Renamo"),
    "Jammu and Kashmir Islamic Front": ("Jammu Kashmir Islamic Front",),
    "Corsican National Liberation Front": ("Front for the National Liberation of Corsica", "FNLC"),
    "Mujahideen Army": ("Jaish al-Mujahideen",),
    # One group under two spellings, which the store lists under its later name, Ansar al-Islam.
    "Ansar al-Sunnah": ("Ansar al-Sunnah Army", "Ansar al-Sunna", "Jaish Ansar al-Sunna"),
    "23rd of September Communist League": ("23d of September Communist League", "September 23 Communist League"),
    "Tigray Peoples Liberation Front": ("Tigray People's Liberation Front", "Tigre People's Liberation Front"),
    "Third of October Group": (
        "October Third Organization", "October Third Group", "Movement of the Third of October", "Third of October Movement",
    ),
    "Che Guevara Brigade": ("Che Guevara Internationalist Brigade", "Che Guevara International Brigade"),
    "Revolutionary Eelam Organization": ("Eelam Revolutionary Organization of Students", "Eelam Revolutionary Organisation of Students"),
    "Alianca Libertadora Nacional": ("National Liberation Alliance", "National Liberation Action", "Acao Libertadora Nacional"),
    "Palestine Liberation Organization": ("Palestinian Liberation Organization",),
    "Turkish People's Liberation Army": ("TPLA",),
    "Chukakuha": ("Central Core Faction",),
    "Al Borkan Liberation Organization": ("Al Borkan",),
    "February 28 Popular League": ("Popular League of 28 February", "28 February Popular League"),
    # Ejercito Guerrillero de los Pobres, also rendered "People's Guerrilla Army".
    "Guerrilla Army of the Poor": ("People's Guerrilla Army", "Peoples Guerrilla Army"),
    "Front for Defenders of Islam": ("Islamic Defenders Front", "Front Pembela Islam", "FPI"),
    "Kurdish Islamic Unity Party": ("Kurdistan Islamic Unity Party",),
    "Lautaro Youth Movement": ("Lautaro Movement", "Movimiento Juvenil Lautaro"),
    "Secret Organization Zero": ("Secret Organization of Zero",),
    "Weather Underground, Weathermen": ("Weather Underground", "Weathermen", "Weather Underground Organization"),
    "Tupamaros": ("Tupamaro",),
    "Jamatul Mujahedin Bangladesh": ("Jamaat-ul-Mujahideen Bangladesh", "Jamaat-ul Mujahideen", "Jamayetul Mujahedin", "JMB"),
    "Al Mansoorain": ("Al-Mansooran", "Al Mansoorian", "Al-Mansoorien", "Al Mansoorin"),
    "Al-Nasireen": ("Al-Nasirin",),
    "Jaish-ul-Muslimin": ("Jaish al-Muslimin", "Jaish al-Moslimin"),
    "Free People of Galillee": ("Free People of the Galilee", "Free People of Galilee"),
    "Egypt's Revolution": ("Egyptian Revolution",),
    "Ninth of June Organization": ("June 9 Organization", "9th of June Organization"),
    # Spellings: of a transliteration, a number inside a name, a word the dataset mistyped.
    "Jemmah Islamiyah": ("Jemaah Islamiyah", "Jemaah Islamiya"),
    "Taliban": ("Talliban", "Talbian"),
    "United Nasirite Organizaiton": ("United Nasirite Organization",),
    "Territorial Anti-Imperialist Nucleus": ("Territorial Anti-Imperialist Nuclei",),
    "Informal Anarchist Federation": ("Informal Anarchists Federation",),
    "Karbi Longri North Cachar Hills Liberation Front": ("Karbi Longri N.C. Hills Liberation Front", "Karbi Longri NC Hills Liberation Front"),
    "Rebel Armed Forces of Guatemala": ("Rebel Armed Forces",),
    "Palestine Islamic Jihad": ("Islamic Jihad Palestine",),
    "Revolutionary Peoples' Liberation Party-Front": (
        "Revolutionary People's Liberation Front", "DHKC", "Devrimici Halk Kurtulus Cephesi", "DHKP/C",
    ),
    # The party and the army it fielded, which datasets name as one.
    "Ethiopian People's Revolutionary Army": ("Ethiopian People's Revolutionary Party", "EPRP", "EPRA"),
}  # fmt: skip
# Armed wings, fronts and cover names that research datasets attribute to their parent
# organisation: written with a third column ("wing") so that the analysis reports the parent.
WING_OF: dict[str, tuple[str, ...]] = {
    "al-Fatah": ("Al-Aqsa Martyrs' Brigades", "Al-Aqsa Martyrs Brigades", "Al-Aqsa Martyrs Brigade", "al-Aqsa Brigades", "Tanzim", "Force 17"),
    "Palestinian Islamic Jihad": ("al-Quds Brigades", "Al-Quds Squads", "Saraya al-Quds", "Jerusalem Brigades"),
    "Hamas": (
        "Izz ad-Din al-Qassam Brigades", "Izz al-Din al-Qassam Brigades", "Ezzedine al-Qassam Brigades", "Qassam Brigades",
        "al-Qassam Brigades", "Izz al-Din al-Qassem Brigades", "Ezzedine al-Qassem Brigades", "al-Qassem Brigades",
    ),
    "Popular Front for the Liberation of Palestine": ("Abu Ali Mustafa Brigades", "Abu-Ali Mustafa Brigades"),
    "Popular Resistance Committees": ("al-Nasir Salah al-Din Brigades", "Al-Nasser Salah al-Din Brigades"),
    "Jewish Defense League": ("Jewish Armed Resistance", "Jewish Armed Resistance Strike Movement"),
    # Names Hizballah claimed attacks under in the 1980s.
    "Hizballah": (
        "Islamic Jihad Organization", "Islamic Holy War", "Organization of the Oppressed on Earth",
        "Organization of the Oppressed of the Earth", "Revolutionary Justice Organization",
    ),
    # Exile groups that datasets code under the one collective name (RAND: "Anti-Castro Cubans").
    "Anti-Castro Cubans": (
        "Omega 7", "Omega Seven", "Alpha 66", "Alfa 66", "Coordination of United Revolutionary Organizations", "CORU",
        "Pedro Luis Boitel Commandos", "Luis Boitel Commandos",
    ),
}  # fmt: skip


def is_acronym(name: str) -> bool:
    """"PIJ", "N17RO", "LeT": short, and two capitals or a digit."""
    return bool(ACRONYM.match(name)) and (sum(c.isupper() for c in name) >= 2 or any(c.isdigit() for c in name))


def split_name(raw: str) -> tuple[str, list[str], bool]:
    """"Name (ACR)" → ("Name", ["ACR"], cut); drops a broken tail and qualifiers.

    ``cut`` says that the name itself (not a parenthesis after it) may be cut off.
    """
    name = raw.strip()
    cut = len(raw) >= CUT_AT
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")].strip(" ,-")
        cut = False
    extras: list[str] = []
    for inner in re.findall(r"\(([^()]*)\)", name):
        inner = inner.strip()
        if country_code(inner) or not (is_acronym(inner) or (" " in inner and inner[:1].isupper())):
            continue
        extras.append(inner)
    if "(" in name:
        cut = False
    base = re.sub(r"\s*\([^()]*\)", "", name).strip(" ,-")
    return base, extras, cut


def spellings_of_one_name(names: list[str]) -> bool:
    """"Palestine Islamic Jihad" and "Palestinian Islamic Jihad": word by word alike."""
    keys = [normalize_name(n).split() for n in names]
    first = keys[0]
    return all(
        len(other) == len(first)
        and all(SequenceMatcher(None, a, b).ratio() >= 0.8 for a, b in zip(first, other, strict=True))
        for other in keys[1:]
    )


class Groups:
    """Union-find over names: each group's names and the name it goes by."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, name: str) -> None:
        self.parent.setdefault(name, name)

    def find(self, name: str) -> str:
        while self.parent[name] != name:
            self.parent[name] = self.parent[self.parent[name]]
            name = self.parent[name]
        return name

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def main(path: str) -> None:
    counts: dict[str, int] = defaultdict(int)
    with open(path, encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            counts[row.get("Perpetrator") or ""] += 1
    lines = alias_lines(counts)
    header = "# alias\tcanonical — group names only (facts); built by tools/build_group_aliases.py\n"
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} aliases → {OUT}")


def alias_lines(counts: dict[str, int]) -> list[str]:
    """The table's lines from the perpetrator names and how many rows carry each."""
    counts = {raw: n for raw, n in counts.items() if raw.strip() and not GENERIC.search(raw.strip())}
    groups = Groups()
    aliases: dict[str, set[str]] = defaultdict(set)  # name → its aliases (itself included)
    weight: dict[str, int] = defaultdict(int)
    cut: set[str] = set()
    for raw, n in sorted(counts.items()):
        base, extras, is_cut = split_name(raw)
        if len(base) < 3 or GENERIC.search(base):
            continue
        groups.add(base)
        aliases[base].update((base, *extras))
        weight[base] += n
        if is_cut:
            cut.add(base)
    for canonical, others in SAME_GROUP.items():
        groups.add(canonical)
        aliases[canonical].add(canonical)
        for name in others:
            if is_acronym(name):  # an acronym is the group's alias, which others may share
                aliases[canonical].add(name)
                continue
            groups.add(name)
            aliases[name].add(name)
            groups.union(canonical, name)
    # Names that normalise alike are one group; an acronym joins names only when they
    # are spellings of one name, else it is shared: kept for the group it names nearly
    # always ("FAP": 21 of 22 rows are the Peronist Armed Forces), or written for each.
    claims: dict[str, set[str]] = defaultdict(set)
    for name, written in aliases.items():
        for alias in written:
            key = normalize_name(alias)
            claims[key].add(name)
            head, _, rest = key.partition(" ")
            if head in ("al", "el", "the") and rest:
                claims[rest].add(name)  # "al-Fatah" and "Fatah" are one name
    ambiguous: dict[str, str | None] = {}
    for key, owners in claims.items():
        full = sorted(o for o in owners if normalize_name(o) != key or not is_acronym(o))
        acronym = any(is_acronym(a) and normalize_name(a) == key for o in owners for a in aliases[o])
        if acronym and len({groups.find(o) for o in full}) > 1 and not spellings_of_one_name(full):
            rows: dict[str, int] = defaultdict(int)
            for owner in full:
                rows[groups.find(owner)] += weight[owner]
            top, *others = sorted(rows, key=lambda g: (-rows[g], g))
            ambiguous[key] = top if rows[top] >= DOMINANT * sum(rows[g] for g in others) else None
            continue
        ranked = sorted(owners)
        for other in ranked[1:]:
            groups.union(ranked[0], other)
    # A cut name joins the group of the one whole name it begins.
    for name in sorted(cut):
        key = normalize_name(name)
        roots = {groups.find(o) for o in aliases if o not in cut and normalize_name(o).startswith(key)}
        if len(roots) == 1:
            groups.union(roots.pop(), name)
    members: dict[str, list[str]] = defaultdict(list)
    for name in aliases:
        members[groups.find(name)].append(name)
    lines: dict[str, str] = {}
    for names in members.values():
        preferred = [n for n in names if n in SAME_GROUP]
        full = [n for n in names if not is_acronym(n) and n not in cut] or names
        target = preferred[0] if preferred else max(full, key=lambda n: (weight[n], n))
        # The most frequent spelling of an alias is the one written.
        for name in sorted(names, key=lambda n: (n != target, -weight[n], n)):
            for alias in sorted(aliases[name]):
                key = normalize_name(alias)
                owner = ambiguous.get(key, target)
                if owner is None:
                    # Shared: one line per group; the analysis picks by the text's country.
                    lines[f"{key}\t{target}"] = f"{alias}\t{target}\tshared"
                    continue
                if groups.find(owner) != groups.find(name):
                    continue
                flag = "\tcut" if alias == target and target in cut else ""
                lines.setdefault(key, f"{alias}\t{target}{flag}")
    for parent_name, wings in WING_OF.items():
        for wing in wings:
            lines[normalize_name(wing)] = f"{wing}\t{parent_name}\twing"
    return sorted(lines.values(), key=str.lower)


if __name__ == "__main__":
    main(sys.argv[1])
