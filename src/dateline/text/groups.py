"""Perpetrator groups: the store's alias table, the analysis' own alias table
(``group_aliases.tsv``: names → canonical name), acronyms defined in the text
("Tupac Amaru Revolutionary Movement (MRTA)") and names shaped like a group's
("the Popular Liberation Front").

Matching is on normalised word sequences (case, accents and punctuation ignored), longest
first; a name must be written with a capital, and an acronym in capitals.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from dateline.names import normalize_name
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, GroupValue, Mention

if TYPE_CHECKING:
    from dateline.store.store import Store

COMPONENT = "dateline.groups.v1"

_WORD = re.compile(r"[\w’'-]+")
_GROUP_HEAD = (
    r"Army|Front|Movement|Brigades?|Party|Organi[sz]ation|Group|Forces|League|Commandos?|Cells?|"
    r"Council|Liberation|Revolutionary|Resistance|Jihad|Mujahideen|Mujahidin|Tigers|Faction|"
    r"Nuclei|Struggle|Guerrillas?|Militia|Battalions?|Squads?|Jamaat|Lashkar|Jaish|Harakat|Hizb|"
    r"Ansar|Fighters|Defenders|Volunteers|Hawks|Command|Federation|Units?|Commission|Network"
)
_GROUPISH = re.compile(rf"\b(?:{_GROUP_HEAD})\b")
_NAME_WORD = r"(?:[A-Z][\w’'-]{0,40}|al-[A-Z][\w’'-]{0,40}|of|the|for|and|de|del|la|el|al|in|on|y|des|du|da|-|\d+(?:st|nd|rd|th)?)"
_ACRONYM_DEFINITION = re.compile(
    rf"(?<![\w’'-])(?P<name>[A-Z][\w’'-]{{0,40}}(?:\s+{_NAME_WORD}){{1,9}})\s*\((?P<acr>[A-Z][A-Za-z0-9&/.-]{{1,11}})\)"
)
_SHAPED_NAME = re.compile(
    rf"(?<![\w-])(?P<name>(?:[A-Z][\w’'-]*\s+){{0,6}}(?:{_GROUP_HEAD})(?:\s+(?:of|for|from)(?:\s+the)?(?:\s+[A-Z][\w’'-]*){{1,4}}){{0,3}})"
)
_SHAPED_NOT = re.compile(
    r"^(?:The|A|An|This|That|Iraqi|Afghan|Pakistani|Indian|Israeli|Turkish|Colombian|Peruvian|"
    r"Lebanese|Syrian|U\.S\.|US|American|British|Russian|National|Police|Army|Security|"
    r"Government|Special|Border|Republican|Revolutionary\s+Guard|Liberation)$"
)
_NOT_GROUP_WORDS = re.compile(
    r"\b(?:Police|Ministry|Government|Embassy|Nations|Security Forces|Armed Forces of the|"
    r"National Army|Army of (?:Iraq|Colombia|Peru)|Border|Coalition|Iraqi Army|Afghan Army|"
    r"Red Cross|Red Crescent|Party of|Council of|Army Base|Guard)\b"
)


@dataclass(frozen=True)
class GroupEntry:
    id: str | None
    name: str
    via: str  # "alias" | "extra_alias"
    acronym: bool  # written in capitals in the table: match capitals only
    country: str | None = None


@dataclass
class GroupIndex:
    """Normalised name → group; ``first`` maps a first word to the longest name's length."""

    names: dict[str, GroupEntry] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)

    def add(self, alias: str, entry: GroupEntry) -> None:
        key = normalize_name(alias)
        if not key or key in self.names:
            return
        self.names[key] = entry
        words = key.split()
        self.first[words[0]] = max(self.first.get(words[0], 0), len(words))
        head, _, rest = key.partition(" ")
        if head in ("al", "el", "the") and rest and rest not in self.names:
            self.names[rest] = entry
            first = rest.split()[0]
            self.first[first] = max(self.first.get(first, 0), len(rest.split()))

    def lookup(self, name: str) -> GroupEntry | None:
        key = normalize_name(name)
        entry = self.names.get(key)
        if entry is None:
            head, _, rest = key.partition(" ")
            if head in ("al", "el", "the") and rest:
                entry = self.names.get(rest)
        return entry


@functools.cache
def _alias_rows() -> tuple[tuple[str, str, bool], ...]:
    """(alias, canonical, is_wing) rows of ``group_aliases.tsv``."""
    text = resources.files("dateline.text").joinpath("group_aliases.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        alias, canonical, *flags = line.split("\t")
        rows.append((alias.strip(), canonical.strip(), "wing" in (f.strip() for f in flags)))
    return tuple(rows)


def extra_aliases() -> tuple[tuple[str, str], ...]:
    """(alias, canonical) pairs of the analysis' own table, ``group_aliases.tsv``.

    Armed wings (third column ``wing``) are listed under their parent: datasets attribute
    their attacks to it ("al-Quds Brigades" → Palestinian Islamic Jihad).
    """
    return tuple((alias, canonical) for alias, canonical, _ in _alias_rows())


def _wings() -> tuple[tuple[str, str], ...]:
    return tuple((alias, canonical) for alias, canonical, wing in _alias_rows() if wing)


# Names that denote a group only in one country: "Maoists" in Nepal are the CPN-M, in
# India the CPI-Maoist. (words, country alpha-3, the group's name in the alias tables)
GENERIC_NAMES: tuple[tuple[str, str, str], ...] = (
    ("maoists", "NPL", "Communist Party of Nepal-Maoists"),
    ("maoist", "NPL", "Communist Party of Nepal-Maoists"),
    ("maoists", "IND", "Communist Party of India-Maoists"),
    ("maoist", "IND", "Communist Party of India-Maoists"),
    ("maoists", "PER", "Shining Path"),
    ("tamil", "LKA", "Liberation Tigers of Tamil Eelam"),
    ("tigers", "LKA", "Liberation Tigers of Tamil Eelam"),
    ("tiger", "LKA", "Liberation Tigers of Tamil Eelam"),
    ("kurdish", "TUR", "PKK/KONGRA-GEL"),
    ("kurdish", "DEU", "PKK/KONGRA-GEL"),
    ("kurdish", "FRA", "PKK/KONGRA-GEL"),
    ("basque", "ESP", "Basque Fatherland and Freedom"),
    ("basque", "FRA", "Basque Fatherland and Freedom"),
    ("islamic jihad", "LBN", "Hizballah"),
    ("islamic extremists", "DZA", "Armed Islamic Group"),
    ("muslim extremists", "DZA", "Armed Islamic Group"),
    ("islamic fundamentalists", "DZA", "Armed Islamic Group"),
    ("muslim fundamentalists", "DZA", "Armed Islamic Group"),
    ("chechen", "RUS", "Chechen separatists"),
)  # fmt: skip
_GENERIC_WORDS = tuple(dict.fromkeys(words for words, _, _ in GENERIC_NAMES))


def resolve_generic(value: GroupValue, country: str | None) -> GroupValue | None:
    """The group a generic name ("Maoist rebels") denotes in ``country``, None if none."""
    lowered = value.name.lower()
    for words, where, name in GENERIC_NAMES:
        if where == country and (lowered == words or lowered.startswith(words + " ")):
            return GroupValue(None, name, "extra_alias")
    return None


# What a generic word must be followed by to name the group ("Kurdish rebels", "Tamil Tigers").
_GENERIC_FOLLOWER = re.compile(
    r"\s+(?:(?:separatists?|rebels?|insurgents?|guerrillas?|guerillas?|militants?|extremists?|"
    r"terrorists?|fighters?|cadres?|gunmen|activists?|tigers)\b)"
)


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
    for canonical_name, aliases in by_canonical.items():
        name = canonical_name
        # A canonical name the store knows under any of its aliases takes the store's id.
        group_id = next(
            (store_names[k] for k in _key_forms(name, *aliases) if k in store_names),
            None,
        )
        entry_name = canonical.get(group_id, name) if group_id is not None else name
        for alias in (name, *aliases):
            is_acronym = alias.isupper() and len(alias) <= 12 and " " not in alias
            index.add(alias, GroupEntry(group_id, entry_name, "alias" if group_id else "extra_alias",
                                        is_acronym, countries.get(group_id) if group_id else None))  # fmt: skip
    # Armed wings count as their parent, even where the store lists the wing apart.
    for wing, parent in _wings():
        target = index.lookup(parent)
        if target is not None:
            index.names[normalize_name(wing)] = target
    # Names the store writes in capitals (MRTA, ETA) match only in capitals.
    if store is not None:
        for group in store.groups():
            for written in group.names:
                key = normalize_name(written)
                known = index.names.get(key)
                if known is not None and written.isupper() and " " not in written and len(written) <= 12:
                    index.names[key] = GroupEntry(known.id, known.name, known.via, True, known.country)
    return index


def _key_forms(*names: str) -> list[str]:
    """Normalised names, each also without a leading "al"/"el"/"the"."""
    keys = []
    for name in names:
        key = normalize_name(name)
        keys.append(key)
        head, _, rest = key.partition(" ")
        if head in ("al", "el", "the") and rest:
            keys.append(rest)
    return keys


_APOSTROPHES = str.maketrans({"'": None, "’": None})
_SEPARATORS = re.compile(r"[^\w]+")


def token_key(token: str) -> str:
    """normalize_name for one token, with a fast path for plain ASCII words."""
    if token.isascii():
        lowered = token.lower().translate(_APOSTROPHES)
        return lowered if lowered.isalnum() else _SEPARATORS.sub(" ", lowered).strip()
    return normalize_name(token)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), token_key(m.group())) for m in _WORD.finditer(text)]


class GroupFinder:
    """``dateline.groups.v1``: group mentions from alias tables, acronyms and name shapes."""

    name = COMPONENT
    assigns = ("mentions[kind=group]",)

    def __init__(self, index: GroupIndex):
        self.index = index
        self._prefix_cache: tuple[int, frozenset[str]] | None = None

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.document.text
        found: list[Mention] = []
        taken = bytearray(len(text))
        defined = self._acronyms(text, found, taken)
        self._known(text, found, taken, defined)
        self._shaped(text, found, taken)
        self._generic(analysis, text, found, taken)
        analysis.mentions.extend(found)
        return analysis

    def _generic(self, analysis: Analysis, text: str, found: list[Mention], taken: bytearray) -> None:
        """"Maoist rebels", "Tamil Tigers": named by the words; which group they are depends
        on the country of the incident, so the frame resolves them (:func:`resolve_generic`)."""
        lowered = text.lower()
        for words in _GENERIC_WORDS:
            if words not in lowered:
                continue
            for match in re.finditer(rf"\b{re.escape(words)}\b", lowered):
                start, end = match.span()
                follower = _GENERIC_FOLLOWER.match(text, end)
                if follower is None and not words.endswith("s"):
                    continue
                if follower is not None:
                    end = follower.end()
                if any(taken[start:end]) or not text[start].isupper():
                    continue
                found.append(self._mention(text, start, end, GroupValue(None, text[start:end], "generic"), taken))

    def _mention(self, text: str, start: int, end: int, value: GroupValue, taken: bytearray) -> Mention:
        taken[start:end] = b"\x01" * (end - start)
        return Mention("group", start, end, text[start:end], COMPONENT, group=value)

    def _acronyms(self, text: str, found: list[Mention], taken: bytearray) -> dict[str, GroupValue]:
        """"Tupac Amaru Revolutionary Movement (MRTA)": the name, and the acronym from now on."""
        defined: dict[str, GroupValue] = {}
        for match in _ACRONYM_DEFINITION.finditer(text):
            name, acronym = match.group("name"), match.group("acr")
            # Trim leading words until the name is known or starts where the initials do.
            word_starts = [w.start() for w in re.finditer(r"\S+", name)]
            entry = None
            start = match.start("name")
            for offset in word_starts[:-1]:
                candidate = name[offset:]
                if not candidate[:1].isupper():
                    continue
                entry = self.index.lookup(candidate)
                if entry is not None or (
                    candidate[:1].upper() == acronym[:1].upper() and _GROUPISH.search(candidate)
                ):
                    start = match.start("name") + offset
                    name = candidate
                    break
            else:
                if not _GROUPISH.search(name):
                    continue
            if entry is None:
                entry = self.index.lookup(acronym) if acronym.isupper() else None
            if entry is None and not _GROUPISH.search(name):
                continue
            value = (
                GroupValue(entry.id, entry.name, "alias" if entry.id else "extra_alias", entry.country)
                if entry
                else GroupValue(None, " ".join(name.split()), "acronym")
            )
            defined[acronym] = value
            end = match.end("name")
            if not any(taken[start:end]):
                found.append(self._mention(text, start, end, value, taken))
        return defined

    def _prefixes(self) -> frozenset[str]:
        """Every proper word prefix of a name in the index ("popular front for the")."""
        if self._prefix_cache is None or self._prefix_cache[0] != len(self.index.names):
            prefixes: set[str] = set()
            for key in self.index.names:
                words = key.split(" ")
                prefixes.update(" ".join(words[:n]) for n in range(1, len(words)))
            self._prefix_cache = (len(self.index.names), frozenset(prefixes))
        return self._prefix_cache[1]

    def _known(self, text: str, found: list[Mention], taken: bytearray, defined: dict[str, GroupValue]) -> None:
        tokens = _tokens(text)
        names, first = self.index.names, self.index.first
        prefixes = self._prefixes()
        i = 0
        while i < len(tokens):
            start, end, key = tokens[i]
            raw = text[start:end]
            if raw in defined and raw.isupper() and not any(taken[start:end]):
                found.append(self._mention(text, start, end, defined[raw], taken))
                i += 1
                continue
            hit = None
            if key.split(" ")[0] in first or (key[-1:] == "s" and key[:-1] in names):
                # Extend the phrase word by word while it begins some name; the longest name
                # that passes the case checks wins.
                candidates: list[tuple[int, int, GroupEntry]] = []
                phrase_key = ""
                for j in range(i + 1, len(tokens) + 1):
                    phrase_key = tokens[j - 1][2] if j == i + 1 else phrase_key + " " + tokens[j - 1][2]
                    last_end = tokens[j - 1][1]
                    entry = names.get(phrase_key)
                    if entry is None and text.endswith(("'s", "’s"), start, last_end):
                        # "Hamas's military wing": the name without its possessive
                        entry = names.get(phrase_key[:-1])
                        last_end -= 2
                    if entry is not None:
                        candidates.append((j, last_end, entry))
                    if phrase_key not in prefixes:
                        break
                for j, last_end, entry in reversed(candidates):
                    span_text = text[start:last_end]
                    if entry.acronym and not span_text.replace("-", "").replace("/", "").isupper():
                        continue
                    if not span_text[:1].isupper() and not re.match(r"(?:al|el|an|as|ad)-[A-Z]", span_text):
                        continue
                    hit = (j, entry)
                    break
            if hit is None:
                i += 1
                continue
            j, entry = hit
            end = tokens[j - 1][1]
            if text.endswith(("'s", "’s"), start, end) and normalize_name(text[start:end]) not in names:
                end -= 2
            if not any(taken[start:end]):
                value = GroupValue(entry.id, entry.name, entry.via, entry.country)  # type: ignore[arg-type]
                found.append(self._mention(text, start, end, value, taken))
            i = j

    def _shaped(self, text: str, found: list[Mention], taken: bytearray) -> None:
        """"the Popular Resistance Brigades": a capitalised name ending like a group's."""
        for match in _SHAPED_NAME.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            words = name.split()
            while words and words[0] in ("The", "A", "An"):
                start += len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
            if len(words) < 2 or _SHAPED_NOT.match(name) or _NOT_GROUP_WORDS.search(name):
                continue
            if any(taken[start:end]) or not name[:1].isupper():
                continue
            if start > 0 and text[start - 1] not in " (\"“'\n\t":
                continue
            if re.match(r"^[A-Z][a-z]+\s+(?:Army|Police|Forces|Government)$", name):
                continue  # "Iraqi Army", "Peruvian Army": a state's forces, not a group
            found.append(self._mention(text, start, end, GroupValue(None, " ".join(name.split()), "pattern"), taken))


def make_groups(store: Store | None = None, index: GroupIndex | None = None) -> GroupFinder:
    return GroupFinder(index or build_index(store))


def register() -> None:
    register_factory(COMPONENT, make_groups, assigns=GroupFinder.assigns)
