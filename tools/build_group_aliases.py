"""Build src/dateline/text/group_aliases.tsv: group names → canonical name.

Group names are facts. This reads only the *names* in a perpetrator column (RAND RDWTI's
``Perpetrator``), never a record, and writes one line per alias: ``alias<TAB>canonical``.
Known other names of a group (``SAME_GROUP``) and armed wings that datasets attribute to
their parent (``WING_OF``, written with a third column ``wing``) are added. Names of the form "Name (ACR)" give the name and the acronym; acronyms that two groups
share are left out (the text or the store must define them); country qualifiers such as
"(Argentina)" are dropped; names cut off at 50 characters lose their broken tail.

    python tools/build_group_aliases.py ../shared/data/rand_rdwti/rdwti_dev.csv
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dateline.geo import country_code
from dateline.names import normalize_name

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "text" / "group_aliases.tsv"
GENERIC = re.compile(
    r"^(?:unknown|other|none|anti-|pro-)|\b(?:militias?|students|rebels|insurgents|guerrillas|"
    r"separatists|extremists|militants|terrorists|nationalists|activists|gunmen|tribesmen|"
    r"sympathizers|supporters|loyalists|republicans|groups?|individuals?|elements)$",
    re.IGNORECASE,
)
ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9/&.-]{1,11}$")
# Other names of the same group (facts from reference works), → the dataset's name for it.
SAME_GROUP: dict[str, tuple[str, ...]] = {
    "Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn": (
        "Tanzim QaÕidat al-Jihad fi Bilad al-Rafidayn", "al-Qaeda in Iraq", "al-Qaida in Iraq",
        "Al Qaeda in Iraq", "AQI", "Tawhid and Jihad", "al-Tawhid wal-Jihad", "Monotheism and Jihad",
    ),
    "Communist Party of India-Maoists": ("Communist Party of India (Maoist)", "CPI-Maoist", "CPI (Maoist)"),
    "Communist Party of Nepal-Maoists": ("Communist Party of Nepal (Maoist)", "CPN (Maoist)", "CPN-Maoist"),
    "al-Mahdi Army": ("Mahdi Army", "Jaish al-Mahdi", "Mahdi Militia"),
    "Anti-Castro Cubans": ("Cuban Action", "El Poder Cubano", "Cuban Power", "Cuban Nationalist Movement"),
    "Armenian Secret Army for the Liberation of Armenia": ("Secret Armenian Army",),
    "Mujahideen Council": ("Mujahideen Shura Council", "Mujahedeen Shura Council"),
    "Action Directe": ("Direct Action",),
    "Anti-terrorist Liberation Group": ("Antiterrorist Liberation Group", "Antiterrorist Liberation Groups"),
    "PKK/KONGRA-GEL": ("Kurdistan Workers' Party", "Kurdistan Workers Party", "Kurdish Workers Party", "PKK", "Kongra-Gel"),
    "Tupac Amaru Revolutionary Movement": ("Tupac Amaru", "Movimiento Revolucionario Tupac Amaru"),
    "Revolutionary Armed Forces of Colombia": ("Fuerzas Armadas Revolucionarias de Colombia", "FARC"),
    "National Liberation Army of Colombia": ("Ejercito de Liberacion Nacional",),
    "Liberation Tigers of Tamil Eelam": ("Tamil Tigers",),
    "Hizballah": ("Islamic Holy War", "Islamic Jihad Organization"),
    "Shining Path": ("Sendero Luminoso",),
    "Lebanese Socialist Revolutionary Organization": ("Lebanese Socialist Revolutionary Movement",),
    "Manuel Rodriguez Patriotic Front": ("Patriarchs of Manuel Rodriguez",),
    "November 17 Revolutionary Organization": ("17 November", "17N", "Revolutionary Organization 17 November"),
    "Kach": ("Kakh",),
    "al-Gama'at al-Islamiyya": ("el-Gama'a el-Islamiya", "Gama'a al-Islamiyya", "al-Gamaa al-Islamiya", "Gamaa Islamiya", "Jamaa Islamiya"),
    "Cinchoneros Popular Liberation Movement": ("Cinchoneros",),
    "Orly Organization": ("Orly Group",),
    "Liberation Battalion": ("Liberation Batallion",),
    "Overthrown Anarchist Faction": ("Overthrown Anarchists Faction",),
    "June 16 Organization": ("Warriors of the 16th of June Movement", "16th of June Movement"),
    "Hawk Brigades": ("Hawk Brigade",),
    "Huthis": ("Huthi", "Houthi", "Houthis", "al-Houthi", "Ansar Allah"),
    "National Union for the Total Independence of Angol": ("UNITA", "National Union for the Total Independence of Angola"),
}  # fmt: skip
# Armed wings and fronts that research datasets attribute to their parent organisation:
# written with a third column ("wing") so that the analysis reports the parent.
WING_OF: dict[str, tuple[str, ...]] = {
    "al-Fatah": ("Al-Aqsa Martyrs' Brigades", "Al-Aqsa Martyrs Brigades", "Al-Aqsa Martyrs Brigade", "al-Aqsa Brigades", "Tanzim"),
    "Palestinian Islamic Jihad": ("al-Quds Brigades", "Al-Quds Squads", "Saraya al-Quds", "Jerusalem Brigades"),
    "Hamas": ("Izz ad-Din al-Qassam Brigades", "Izz al-Din al-Qassam Brigades", "Ezzedine al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"),
    "Popular Front for the Liberation of Palestine": ("Abu Ali Mustafa Brigades", "Abu-Ali Mustafa Brigades"),
    "Popular Resistance Committees": ("al-Nasir Salah al-Din Brigades", "Al-Nasser Salah al-Din Brigades"),
}  # fmt: skip


def split_name(raw: str) -> tuple[str, list[str]]:
    """"Name (ACR)" → ("Name", ["ACR"]); drops a broken tail and country qualifiers."""
    name = raw.strip()
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")].strip(" ,-")
    extras: list[str] = []
    for inner in re.findall(r"\(([^()]*)\)", name):
        inner = inner.strip()
        if country_code(inner):
            continue
        extras.append(inner)
    base = re.sub(r"\s*\([^()]*\)", "", name).strip(" ,-")
    return base, extras


def main(path: str) -> None:
    counts: dict[str, int] = defaultdict(int)
    with open(path, encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            value = (row.get("Perpetrator") or "").strip()
            if value and not GENERIC.search(value):
                counts[value] += 1
    names = set(counts)
    # alias key → canonical names that claim it
    claims: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    for raw in sorted(names):
        base, extras = split_name(raw)
        if len(base) < 3 or GENERIC.search(base):
            continue
        canonical = base
        group_aliases = {base}
        for extra in extras:
            group_aliases.add(extra)
        for alias in group_aliases:
            claims[normalize_name(alias)].add(canonical)
            aliases[canonical].add(alias)
    weight: dict[str, int] = defaultdict(int)
    for raw, n in counts.items():
        weight[split_name(raw)[0]] += n
    # Canonicals that share an alias (an acronym, a name in two languages) are one group,
    # named by its most frequent name.
    parent = {c: c for c in aliases}

    def find(c: str) -> str:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for owners in claims.values():
        ranked = sorted(owners, key=lambda o: (-weight[o], o))
        for other in ranked[1:]:
            a, b = find(ranked[0]), find(other)
            if a != b:
                keep, drop = sorted((a, b), key=lambda o: (-weight[o], o))
                parent[drop] = keep
    lines: dict[str, str] = {}
    for canonical, others in SAME_GROUP.items():
        target = find(canonical) if canonical in parent else canonical
        for alias in (canonical, *others):
            key = normalize_name(alias)
            if key in claims:
                for owner in claims[key]:
                    if owner in parent and find(owner) != target and target in parent:
                        parent[find(owner)] = target
            lines[key] = f"{alias}\t{target}"
    for parent_name, wings in WING_OF.items():
        for wing in wings:
            lines[normalize_name(wing)] = f"{wing}\t{parent_name}\twing"
    for canonical in sorted(aliases):
        target = find(canonical)
        if ACRONYM.match(target) and target.isupper():
            longer = [c for c in aliases if find(c) == target and not c.isupper()]
            if longer:
                target = max(longer, key=lambda c: weight[c])
        for alias in sorted(aliases[canonical]):
            lines.setdefault(normalize_name(alias), f"{alias}\t{target}")
    header = "# alias\tcanonical — group names only (facts); built by tools/build_group_aliases.py\n"
    OUT.write_text(header + "\n".join(sorted(lines.values(), key=str.lower)) + "\n", encoding="utf-8")
    print(f"{len(lines)} aliases → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
