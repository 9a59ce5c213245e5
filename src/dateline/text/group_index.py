"""The alias index of perpetrator groups: the store's names (they carry ids) and the
analysis' own table, ``group_aliases.tsv`` (built by ``tools/build_group_aliases.py``),
merged into one map from normalised names to groups.

Besides the names as written, the index knows a name without an inner "the", in the other
number ("Tamil Tiger"), ending in another word for a group ("organization" / "Group"), the
full form of a name a dataset cut off ("… of Greater Sy"), armed wings and cover names as
their parent, and acronyms two groups share (the text's country picks one).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from dateline.names import normalize_name

if TYPE_CHECKING:
    from dateline.store.store import Store

# Words that names end in interchangeably: "the Charles Martel Group/organization", "the
# al-Aqsa Martyrs Brigades/Battalions" (one Arabic word, two translations).
GROUP_WORDS = (("group", "organization", "organisation"), ("brigade", "brigades", "battalion", "battalions"))


@dataclass(frozen=True)
class GroupEntry:
    id: str | None
    name: str
    via: str  # "alias" | "extra_alias"
    acronym: bool  # written in capitals in the table: match capitals only
    country: str | None = None


@dataclass
class GroupIndex:
    """Normalised name → group; ``first`` maps a first word to the longest name's length.

    ``cut`` holds names a dataset cut off ("… of Greater Sy"), by their words but the last:
    the text's name matches when its next word begins with that last one ("Syria").
    """

    names: dict[str, GroupEntry] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    cut: dict[str, list[tuple[str, GroupEntry]]] = field(default_factory=dict)
    shared: dict[str, list[GroupEntry]] = field(default_factory=dict)  # acronym → its groups

    def by_country(self, key: str, entry: GroupEntry, country: str | None) -> GroupEntry:
        """Of the groups an acronym names, the one of the text's country: "ELF" under an
        "ETHIOPIA." dateline is not the Earth Liberation Front of the United States."""
        others = [e for e in self.shared.get(key, ()) if e != entry]
        if not others or country is None:
            return entry
        same = [e for e in (entry, *others) if e.country == country]
        if same:
            return same[0]
        if entry.country is not None:
            # Not at the default group's home: another group that shares the initials is the
            # likelier ("ELF" in Greece, at home in neither), one with no known home first.
            return next((e for e in others if e.country is None), others[0])
        return entry

    def add(self, alias: str, entry: GroupEntry, *, cut: bool = False, replace: bool = False) -> None:
        """Index ``alias`` (and the forms it is matched by) unless known; ``replace``: even so."""
        key = name_key(alias)
        if not key or (key in self.names and not replace):
            return
        if replace:
            bare = _bare(key)
            head, _, rest = bare.partition(" ")
            for form in (key, bare, rest if head in ("al", "el", "the") else ""):
                self.names.pop(form, None)
        self.names[key] = entry
        # Matching skips a "the" inside a name: "Justice Commandos of (the) Armenian Genocide".
        bare = _bare(key)
        for form in dict.fromkeys((key, bare)):
            self.names.setdefault(form, entry)
            words = form.split()
            self.first[words[0]] = max(self.first.get(words[0], 0), len(words))
            # "al-Mahdi Army" is also written "Mahdi Army"; a single word left ("The Base" →
            # "Base", "Al-Badr" → "Badr") is too often another word or another group's.
            head, _, rest = form.partition(" ")
            if head in ("al", "el", "the") and " " in rest and rest not in self.names:
                self.names[rest] = entry
                first = rest.split()[0]
                self.first[first] = max(self.first.get(first, 0), len(rest.split()))
        words = bare.split()
        if cut and len(words) > 2:
            self.cut.setdefault(" ".join(words[:-1]), []).append((words[-1], entry))

    def lookup(self, name: str) -> GroupEntry | None:
        """The group a whole name denotes: as written, without "al"/"the", in the singular or
        plural ("… Resistance Groups"), or as the full form of a cut name."""
        key = _bare(name_key(name))
        head, _, rest = key.partition(" ")
        forms = [key, rest] if head in ("al", "el", "the") and rest else [key]
        for form in forms:
            entry = self.names.get(form) or self.variant(form)
            if entry is not None:
                return entry
        words = key.split()
        for n in range(len(words) - 1, 1, -1):
            entry = self.completes_cut(" ".join(words[:n]), words[n])
            if entry is not None:
                return entry
        return None

    def variant(self, key: str) -> GroupEntry | None:
        """A name of two words or more in the other number ("Tamil Tiger", "Black Widow"),
        or ending or beginning in another word for a group ("the Charles Martel organization",
        "Brigade of the Victorious Lion of God")."""
        if " " not in key:
            return None
        entry = self.names.get(key[:-1]) if key.endswith("s") else self.names.get(key + "s")
        head, _, last = key.rpartition(" ")
        words = next((family for family in GROUP_WORDS if last in family), ())
        if entry is None and words and " " in head:
            entry = next((self.names[f"{head} {w}"] for w in words if f"{head} {w}" in self.names), None)
        # "Brigade of the Victorious Lion of God" / "Brigades of …": the first word too
        first, _, rest = key.partition(" ")
        words = next((family for family in GROUP_WORDS if first in family), ())
        if entry is None and words and " " in rest:
            entry = next((self.names[f"{w} {rest}"] for w in words if f"{w} {rest}" in self.names), None)
        return entry

    def completes_cut(self, head: str, word: str) -> GroupEntry | None:
        """The cut name ``head`` + a cut last word that ``word`` completes, if any."""
        for ending, entry in self.cut.get(head, ()):
            if word.startswith(ending):
                return entry
        return None


@functools.cache
def _alias_rows() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(alias, canonical, flags) rows of ``group_aliases.tsv``; flags: "wing", "cut"."""
    text = resources.files("dateline.text").joinpath("group_aliases.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        alias, canonical, *flags = line.split("\t")
        rows.append((alias.strip(), canonical.strip(), frozenset(f.strip() for f in flags)))
    return tuple(rows)


def extra_aliases() -> tuple[tuple[str, str], ...]:
    """(alias, canonical) pairs of the analysis' own table, ``group_aliases.tsv``.

    Armed wings (third column ``wing``) are listed under their parent: datasets attribute
    their attacks to it ("al-Quds Brigades" → Palestinian Islamic Jihad).
    """
    return tuple((alias, canonical) for alias, canonical, flags in _alias_rows() if "shared" not in flags)


def _wings() -> tuple[tuple[str, str], ...]:
    return tuple((alias, canonical) for alias, canonical, flags in _alias_rows() if "wing" in flags)


def _shared_acronyms() -> dict[str, list[str]]:
    """Acronym → the canonical names of the groups that share it ("ELF": Eritrean, Earth)."""
    shared: dict[str, list[str]] = {}
    for alias, canonical, flags in _alias_rows():
        if "shared" in flags:
            shared.setdefault(alias, []).append(canonical)
    return shared


def _cut_names() -> frozenset[str]:
    return frozenset(alias for alias, _, flags in _alias_rows() if "cut" in flags)


def build_index(store: Store | None = None) -> GroupIndex:
    """The store's names first (they carry ids), then the extra table merged into them."""
    index = GroupIndex()
    store_names: dict[str, str] = {}
    canonical: dict[str, str] = {}
    countries: dict[str, str | None] = {}
    if store is not None:
        store_names = store.group_name_index()
        stored = store.groups()
        canonical = {g.id: g.name for g in stored}
        countries = {g.id: g.country for g in stored}
        for key, store_id in store_names.items():
            entry = GroupEntry(store_id, canonical.get(store_id, key), "alias", False, countries.get(store_id))
            index.add(key, entry)
    by_canonical: dict[str, list[str]] = {}
    for alias, name in extra_aliases():
        by_canonical.setdefault(name, []).append(alias)
    cut = _cut_names()
    wings = {wing for wing, _ in _wings()}
    for canonical_name, aliases in by_canonical.items():
        name = canonical_name
        # A canonical name the store knows under any of its own aliases (not a wing's: "Omega
        # 7" is not "Anti-Castro Cubans"), in either number, takes the store's id; so does a
        # cut name that begins one group's names only.
        own = [a for a in aliases if a not in wings]
        group_id = next((store_names[k] for k in _key_forms(name, *own) if k in store_names), None)
        if group_id is None and name in cut:
            prefix = normalize_name(name)
            ids = {i for k, i in store_names.items() if k.startswith(prefix)}
            group_id = ids.pop() if len(ids) == 1 else None
        entry_name = canonical.get(group_id, name) if group_id is not None else name
        for alias in (name, *aliases):
            index.add(alias, GroupEntry(group_id, entry_name, "alias" if group_id else "extra_alias",
                                        written_as_acronym(alias), countries.get(group_id) if group_id else None),
                      cut=alias in cut)  # fmt: skip
    # Armed wings and cover names count as their parent, even where the store lists them apart.
    for wing, parent in _wings():
        target = index.lookup(parent)
        if target is not None:
            index.add(wing, target, replace=True)
    # Acronyms two groups share: the store's group by default, the text's country decides.
    for acronym, names in _shared_acronyms().items():
        key = normalize_name(acronym)
        entries = [e for e in (index.lookup(n) for n in names) if e is not None]
        entries = [GroupEntry(e.id, e.name, e.via, True, e.country) for e in entries]
        if key not in index.names and entries:
            index.add(acronym, entries[0])
        if key in index.names:
            index.shared[key] = entries
    # Names the store writes in capitals (MRTA, ETA, LeT) match only so written.
    if store is not None:
        for group in store.groups():
            for written in group.names:
                key = normalize_name(written)
                known = index.names.get(key)
                if known is not None and written_as_acronym(written):
                    index.names[key] = GroupEntry(known.id, known.name, known.via, True, known.country)
    return index


def written_as_acronym(name: str) -> bool:
    """"MRTA", "17N", "LeT": one short word with two capitals, or a capital and a digit.

    Words joined by hyphens, each capitalised or lower case ("Al-Qaida", "Dev-Sol"), are a
    name, not initials: "Al Qaida" matches them however it is written.
    """
    capitals = sum(c.isupper() for c in name)
    if " " in name or len(name) > 12:
        return False
    if "-" in name and all(part[1:].islower() and len(part) > 1 for part in name.split("-")):
        return False
    return capitals >= 2 or (capitals == 1 and any(c.isdigit() for c in name))


def _key_forms(*names: str) -> list[str]:
    """Normalised names, each also without a leading "al"/"el"/"the" and, when of two
    words or more, in the other number ("Resistance Group" / "Resistance Groups")."""
    keys = []
    for name in names:
        key = normalize_name(name)
        head, _, rest = key.partition(" ")
        for form in (key, rest) if head in ("al", "el", "the") and rest else (key,):
            keys.append(form)
            if " " in form:
                keys.append(form[:-1] if form.endswith("s") else form + "s")
    return keys


# "QaÕidat", "PeopleÕs": an apostrophe garbled by a Mac Roman round trip.
_GARBLED_APOSTROPHE = re.compile(r"(?<=[a-z])Õ(?=[a-z])")


def _bare(key: str) -> str:
    """A normalised name without a "the" after its first word."""
    if " the " not in key:
        return key
    first, _, rest = key.partition(" ")
    return " ".join([first, *(w for w in rest.split(" ") if w != "the")])


def name_key(name: str) -> str:
    """normalize_name, reading a garbled apostrophe as one."""
    return normalize_name(_GARBLED_APOSTROPHE.sub("'", name) if "Õ" in name else name)
