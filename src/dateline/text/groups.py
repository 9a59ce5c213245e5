"""Perpetrator groups in a text: names the alias index knows (:mod:`.group_index`),
acronyms defined in the text ("Tupac Amaru Revolutionary Movement (MRTA)"), names shaped
like a group's ("the Popular Liberation Front") and generic names that denote a group in
one country ("Maoist rebels", resolved by the frame).

Matching is on normalised word sequences (case, accents and punctuation ignored), longest
first, within a sentence; a name must be written as one: with a capital (or "al-"), an
acronym in capitals, not as a day ("on 17 November"), not an ordinary word at a sentence's
start ("Officials said"), not part of a longer name ("the Arab Revolutionary Cells").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.text.group_index import (
    GROUP_WORDS,
    GroupEntry,
    GroupIndex,
    build_index,
    name_key,
    written_as_acronym,
)
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, GroupValue, Mention

if TYPE_CHECKING:
    from dateline.store.store import Store

COMPONENT = "dateline.groups.v1"

_WORD = re.compile(r"\w(?:[\w’'-]*\w)?")
_DASHED = re.compile(r"[^-]+(?:-[^-]+)*")
_GROUP_HEAD = (
    r"Army|Front|Movement|Brigades?|Party|Organi[sz]ation|Group|Forces|League|Commandos?|Cells?|"
    r"Council|Liberation|Revolutionary|Resistance|Jihad|Mujahideen|Mujahidin|Tigers|Faction|"
    r"Nuclei|Struggle|Guerrillas?|Militia|Battalions?|Squads?|Jamaat|Lashkar|Jaish|Harakat|Hizb|"
    r"Ansar|Fighters|Defenders|Volunteers|Hawks|Command|Federation|Units?|Commission|Network"
)
_GROUPISH = re.compile(rf"\b(?:{_GROUP_HEAD})\b")
_NAME_WORD = r"(?:[A-Z][\w’'-]{0,40}|al-[A-Z][\w’'-]{0,40}|of|the|for|and|de|del|la|el|al|in|on|y|des|du|da|-|\d+(?:st|nd|rd|th)?)"
_ACRONYM_DEFINITION = re.compile(
    rf"(?<![\w’'-])(?P<name>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?[A-Z][\w’'-]{{0,40}}(?:\s+{_NAME_WORD}){{1,9}})\s*\((?P<acr>[A-Z][A-Za-z0-9&/.-]{{1,11}})\)"
)
_SHAPED_NAME = re.compile(
    rf"(?<![\w-])(?P<name>(?:(?:[A-Z][\w’'-]*|al|el|bin|ibn)\s+){{0,6}}(?:{_GROUP_HEAD})(?:\s+(?:of|for|from)(?:\s+the)?(?:\s+[A-Z][\w’'-]*){{1,4}}){{0,3}})"
)
_SHAPED_NOT = re.compile(
    r"^(?:The|A|An|This|That|Iraqi|Afghan|Pakistani|Indian|Israeli|Turkish|Colombian|Peruvian|"
    r"Lebanese|Syrian|U\.S\.|US|American|British|Russian|National|Police|Army|Security|"
    r"Government|Special|Border|Republican|Revolutionary\s+Guard|Liberation)$"
)
_GENERIC_SHAPE = re.compile(
    r"^(?:Communist|Socialist|Revolutionary|Liberation|Islamic|Islamist|National|Popular|People's|"
    r"Peoples'?|Democratic|Marxist|Maoist|Anarchist|Nationalist|Armed|Militant|Resistance)\s+"
    r"(?:Party|Army|Front|Movement|Organi[sz]ation|Group|Forces|Council|League|Commandos?|Cells?|"
    r"Faction|Brigades?|Struggle|Militia|Units?|Command)$"
)
_NOT_GROUP_WORDS = re.compile(
    r"\b(?:Police|Ministry|Government|Embassy|Nations|Security Forces|Armed Forces|"
    r"National Army|Army of (?:Iraq|Colombia|Peru)|Border|Coalition|Iraqi Army|Afghan Army|"
    r"Red Cross|Red Crescent|Party of|Council of|Army Base|Guard|Defen[cs]e Forces?|Special Forces|"
    r"Municipal(?:ity)?|Administrative|Commission|Army's|U\.?S\.? Army|"
    # State-allied forces and international bodies: "the Awakening Council", "NATO Supreme Command"
    r"Awakening Council|NATO|Organization of American States|Army of the Rhine)\b"
)


# Names that denote a group only in one country: "Maoists" in Nepal are the CPN-M, in
# India the CPI-Maoist. (words, country alpha-3 or "*" for any other, the group's name in
# the alias tables)
GENERIC_NAMES: tuple[tuple[str, str, str], ...] = (
    ("maoists", "NPL", "Communist Party of Nepal-Maoists"),
    ("maoist", "NPL", "Communist Party of Nepal-Maoists"),
    ("maoists", "IND", "Communist Party of India-Maoists"),
    ("maoist", "IND", "Communist Party of India-Maoists"),
    ("maoists", "PER", "Shining Path"),
    ("tamil", "LKA", "Liberation Tigers of Tamil Eelam"),
    ("tamils", "LKA", "Liberation Tigers of Tamil Eelam"),
    ("tamil", "IND", "Liberation Tigers of Tamil Eelam"),
    ("tamils", "IND", "Liberation Tigers of Tamil Eelam"),
    ("tigers", "LKA", "Liberation Tigers of Tamil Eelam"),
    ("tiger", "LKA", "Liberation Tigers of Tamil Eelam"),
    ("kurdish", "TUR", "PKK/KONGRA-GEL"),
    ("kurdish", "DEU", "PKK/KONGRA-GEL"),
    ("kurdish", "FRA", "PKK/KONGRA-GEL"),
    ("basque", "ESP", "Basque Fatherland and Freedom"),
    ("basque", "FRA", "Basque Fatherland and Freedom"),
    ("basques", "ESP", "Basque Fatherland and Freedom"),
    ("basques", "FRA", "Basque Fatherland and Freedom"),
    # "The Revolutionary Armed Forces claimed": in Colombia, the FARC.
    ("revolutionary armed forces", "COL", "Revolutionary Armed Forces of Colombia"),
    # Plain "Islamic Jihad" is Palestinian Islamic Jihad at home (as the alias tables say;
    # "" keeps what they say), elsewhere the Lebanese Islamic Jihad Organization, a name
    # of Hizballah's (other Islamic Jihads carry a qualifier: Egyptian, Eritrean, Union).
    ("islamic jihad", "ISR", ""),
    ("islamic jihad", "PSE", ""),
    ("islamic jihad", "IRQ", ""),
    ("islamic jihad", "JOR", ""),
    ("islamic jihad", "UZB", ""),
    ("islamic jihad", "ERI", ""),
    ("islamic jihad", "*", "Hizballah"),
    ("islamic extremists", "DZA", "Armed Islamic Group"),
    ("muslim extremists", "DZA", "Armed Islamic Group"),
    ("islamic fundamentalists", "DZA", "Armed Islamic Group"),
    ("muslim fundamentalists", "DZA", "Armed Islamic Group"),
    ("chechen", "RUS", "Chechen separatists"),
    ("eritrean", "ETH", "Eritrean Liberation Front"),
    ("communist", "PHL", "New People's Army"),
    ("anti-castro cuban", "*", "Anti-Castro Cubans"),
    ("anti-castro cubans", "*", "Anti-Castro Cubans"),
    ("anti-castro", "*", "Anti-Castro Cubans"),
    ("cuban exile", "*", "Anti-Castro Cubans"),
    ("cuban exiles", "*", "Anti-Castro Cubans"),
)  # fmt: skip
_GENERIC_WORDS = tuple(dict.fromkeys(words for words, _, _ in GENERIC_NAMES))


def names_no_group(value: GroupValue) -> bool:
    """A name the text defines by initials that is a state's or a body's, not a group's:
    "the Israel Defense Forces (IDF)", "the Communist Party of India-Marxist (CPI-M)". It stays
    a mention (its words still tell the place) but is never a perpetrator."""
    return value.via == "acronym" and bool(_NOT_GROUP_WORDS.search(value.name))


def resolve_generic(value: GroupValue, country: str | None, *, whole: bool = False) -> GroupValue | None:
    """The group a generic name ("Maoist rebels") denotes in ``country``, None if none.

    ``whole``: the name must be the generic words alone ("Islamic Jihad", not "Islamic
    Jihad Union"), for names the alias tables resolved already.
    """
    lowered = value.name.lower()
    found = None
    for words, where, name in GENERIC_NAMES:
        if lowered != words and (whole or not lowered.startswith(words + " ")):
            continue
        if where == country:
            found = name
            break
        if where == "*" and found is None:
            found = name
    return GroupValue(None, found, "extra_alias") if found else None


# Generic words that name a group written in lower case too ("anti-Castro", "communist guerrillas").
_LOWERCASE_GENERIC = ("anti-", "cuban exile", "communist")
# What a generic word must be followed by to name the group ("Kurdish rebels", "Tamil Tigers").
_GENERIC_FOLLOWER = re.compile(
    r"\s+(?:(?:separatists?|rebels?|insurgents?|guerrillas?|guerillas?|militants?|extremists?|"
    r"terrorists?|fighters?|cadres?|gunmen|activists?|nationalists?|exiles?|tigers|groups?|organi[sz]ations?|army)\b)"
)


_APOSTROPHES = str.maketrans({"'": None, "’": None})
_SEPARATORS = re.compile(r"[^\w]+")


def token_key(token: str) -> str:
    """normalize_name for one token, with a fast path for plain ASCII words."""
    if token.isascii():
        lowered = token.lower().translate(_APOSTROPHES)
        return lowered if lowered.isalnum() else _SEPARATORS.sub(" ", lowered).strip()
    return name_key(token)


_GAP = re.compile(r"[\s,/&–—'’-]*")
_POSSESSIVES = ("'s", "’s", "Õs")
_ARABIC_ARTICLE = re.compile(r"(?:al|el|an|as|ad)-\w")
_ARTICLE = re.compile(r"^the\s+", re.I)
_LOWER_HEAD = re.compile(r"(?:group|organi[sz]ation|movement|front|brigade|army|party|faction|commando|cell|militia|council|league|force)s?")
# Single-word names that are also ordinary words, so not a name at a sentence's start.
_COMMON_WORDS = frozenset({"officials", "provisionals", "order", "base", "tigers", "jihad", "anarchists"})
_GENERIC_NAME_WORDS = frozenset(
    "people peoples popular revolutionary revolution liberation national army front forces cells cell "
    "movement organization party brigades brigade resistance struggle armed democratic socialist "
    "communist union council league group united federal of for and the".split()
)
# What may stand between a name's words: "Resistance, Liberation and …".
_GAP_OR_NAME = re.compile(r"(?:[A-Z][\w’'-]*|and|of|the|for|[ ,])*")
_LINK_WORDS = frozenset("of the for and in de del la el al des du da y".split())
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)\s+$")
_ARTICLES = frozenset({"The", "A", "An", "By", "Of", "And", "For"})
_NAME_AFTER = re.compile(r"[ \t]+(?:al-)?[A-Z]")
_STATE_AFTER_TOWN = re.compile(r"[A-Z][a-z]+,[ \t]*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*|\n\s*)$")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "17 November", "November 17": a group's name that is also a day.
_DATE_SHAPED = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)$")
_DATE_BEFORE = re.compile(
    r"(?:\b(?:on|since|until|till|before|after|between|early|late|mid|dated|last|next|"
    r"(?:night|morning|evening|afternoon|day|weekend)\s+of)|,)\s*$",
    re.I,
)
_DATE_AFTER = re.compile(r"^(?:,?\s*\d{4}|\s*(?:and|to|-|–)\s*\d)")


def _part_of_another_name(text: str, start: int, end: int) -> bool:
    """Two capitals are initials of many things: a title before a name ("HM Prison", "IG
    Farben") or a state after a town ("Columbia, SC"). Only standing alone do they name a group."""
    return bool(_NAME_AFTER.match(text, end) or _STATE_AFTER_TOWN.search(text, max(0, start - 30), start))


def _a_date(text: str, start: int, end: int) -> bool:
    """Is the date-shaped name at ``start:end`` written as a day ("on 17 November, 1999")?"""
    return bool(_DATE_BEFORE.search(text[max(0, start - 12) : start]) or _DATE_AFTER.match(text[end : end + 8]))


def _tokens(text: str) -> list[tuple[int, int, str]]:
    tokens: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        if word == "s" and tokens and text[tokens[-1][1] : start].rstrip() in ("'", "’"):
            # "Lord' s Resistance Army": a possessive the text split
            tokens[-1] = (tokens[-1][0], m.end(), tokens[-1][2] + "s")
            continue
        if "--" not in word:
            tokens.append((start, m.end(), token_key(word)))
            continue
        # "the BSO--two men": a typed dash between words, not a hyphenated name
        for part in _DASHED.finditer(word):
            tokens.append((start + part.start(), start + part.end(), token_key(part.group())))
    return tokens


class GroupFinder:
    """``dateline.groups.v1``: group mentions from alias tables, acronyms and name shapes."""

    name = COMPONENT
    assigns = ("mentions[kind=group]",)

    def __init__(self, index: GroupIndex):
        self.index = index
        self._prefix_cache: tuple[int, frozenset[str]] | None = None
        self._entry_words: tuple[int, dict[str, set[str]]] | None = None

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.document.text
        found: list[Mention] = []
        taken = bytearray(len(text))
        defined = self._acronyms(text, found, taken)
        dateline = analysis.document.dateline
        country = dateline.place.country if dateline is not None and dateline.place is not None else None
        self._known(text, found, taken, defined, country)
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
                if any(taken[start:end]) or not (text[start].isupper() or words.startswith(_LOWERCASE_GENERIC)):
                    continue
                found.append(self._mention(text, start, end, GroupValue(None, text[start:end], "generic"), taken))

    def _mention(self, text: str, start: int, end: int, value: GroupValue, taken: bytearray) -> Mention:
        taken[start:end] = b"\x01" * (end - start)
        return Mention("group", start, end, text[start:end], COMPONENT, group=value)

    def _acronyms(self, text: str, found: list[Mention], taken: bytearray) -> dict[str, GroupValue | None]:
        """"Tupac Amaru Revolutionary Movement (MRTA)": the name, and the acronym from now on.

        An acronym the text defines as something else ("Knesset Member (MK)") maps to None:
        not the group the tables know by it.
        """
        defined: dict[str, GroupValue | None] = {}
        for match in _ACRONYM_DEFINITION.finditer(text):
            name, acronym = match.group("name"), match.group("acr")
            if not written_as_acronym(acronym):
                continue  # "Hamas and the al-Aqsa Martyrs Brigade (Fatah)": a name, not initials
            start = match.start("name")
            trimmed, entry = self._trimmed(name, acronym)
            if trimmed is None:
                if not _GROUPISH.search(name):
                    known = self.index.lookup(acronym) if acronym.isupper() else None
                    if known is not None and not set(name_key(known.name).split()) & set(name_key(name).split()):
                        defined[acronym] = None
                    continue
            else:
                start = match.start("name") + trimmed[0]
                name = trimmed[1]
            known_acronym = self.index.lookup(acronym) if acronym.isupper() else None
            if entry is None and known_acronym is not None and not self._shares_a_word(name, known_acronym):
                # "the Resistance, Liberation and Independence Organization (AAA)" in Athens is
                # not the Argentine Anticommunist Alliance: initials another group's name has
                known_acronym = None
            if entry is None:
                # "the Resistance, Liberation and Independence Organization (AAA)": a known
                # name may begin before a comma the pattern stops at
                longer = self._known_ending(text, start, match.end("name"))
                if longer is not None:
                    start, entry = longer
                    name = text[start : match.end("name")]
            if entry is None or (known_acronym is not None and set(name_key(name).split()) <= _GENERIC_NAME_WORDS):
                # "the pro-Guevara Revolutionary Army (ERG)": words any group's name may
                # hold, and the initials of a known group's name
                entry = known_acronym or entry
            if entry is None and not _GROUPISH.search(name):
                continue
            if entry is None and _ARTICLE.match(name):
                start += len(_ARTICLE.match(name).group())  # type: ignore[union-attr]
                name = _ARTICLE.sub("", name)
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

    def _trimmed(self, name: str, acronym: str) -> tuple[tuple[int, str] | None, GroupEntry | None]:
        """The name before initials without its leading words: trimmed until it is known, else
        until it starts where the initials do ("the Pakistani Lashkar-e-Taiba (LeT)": a known
        name of one word will do; "Cadres of the Communist Party of India-Maoist (CPI-Maoist)":
        the party). ((offset, name) or None, the known group or None)."""
        word_starts = [w.start() for w in re.finditer(r"\S+", name)]
        candidates = [
            (n, offset, name[offset:]) for n, offset in enumerate(word_starts)
            if name[offset : offset + 1].isupper() or name[offset : offset + 1].isdigit()
        ]  # fmt: skip
        for _n, offset, candidate in candidates:
            entry = self.index.lookup(candidate)
            if entry is not None:
                return (offset, candidate), entry
        shaped = next(
            ((offset, candidate) for n, offset, candidate in candidates
             if n < len(word_starts) - 1 and candidate[:1].upper() == acronym[:1].upper()
             and _GROUPISH.search(candidate)),
            None,
        )  # fmt: skip
        return shaped, None

    def _known_ending(self, text: str, start: int, end: int) -> tuple[int, GroupEntry] | None:
        """A known name that ends at ``end`` and begins up to four words before ``start``."""
        before = text[max(0, start - 60) : start]
        starts = [max(0, start - 60) + w.start() for w in re.finditer(r"[A-Z][\w’'-]*", before)][-4:]
        for begin in starts:
            if not _GAP_OR_NAME.fullmatch(text, begin, start):
                continue
            entry = self.index.lookup(text[begin:end])
            if entry is not None:
                return begin, entry
        return None

    def _shares_a_word(self, name: str, entry: GroupEntry) -> bool:
        """Does ``name`` share a word (not "of", "the"…) with any of ``entry``'s names?"""
        if self._entry_words is None or self._entry_words[0] != len(self.index.names):
            words: dict[str, set[str]] = {}
            for key, known in self.index.names.items():
                words.setdefault(known.id or known.name, set()).update(key.split())
            self._entry_words = (len(self.index.names), words)
        own = self._entry_words[1].get(entry.id or entry.name, set())
        return bool((set(name_key(name).split()) - _LINK_WORDS) & own)

    def _prefixes(self) -> frozenset[str]:
        """Every proper word prefix of a name in the index ("popular front for the"), also
        of the name beginning in another word for a group ("brigade of the …")."""
        if self._prefix_cache is None or self._prefix_cache[0] != len(self.index.names):
            prefixes: set[str] = set()
            for key in self.index.names:
                words = key.split(" ")
                family = next((f for f in GROUP_WORDS if words[0] in f), (words[0],)) if len(words) > 2 else (words[0],)
                for head in family:
                    prefixes.update(" ".join([head, *words[1:n]]) for n in range(1, len(words)))
            self._prefix_cache = (len(self.index.names), frozenset(prefixes))
        return self._prefix_cache[1]

    def _known(
        self, text: str, found: list[Mention], taken: bytearray, defined: dict[str, GroupValue | None],
        country: str | None = None,
    ) -> None:  # fmt: skip
        tokens = _tokens(text)
        names, first = self.index.names, self.index.first
        prefixes = self._prefixes()
        i = 0
        while i < len(tokens):
            start, end, key = tokens[i]
            raw = text[start:end]
            if raw in defined and raw.isupper() and not any(taken[start:end]):
                value = defined[raw]
                if value is not None:
                    found.append(self._mention(text, start, end, value, taken))
                i += 1
                continue
            hit = None
            if key.split(" ")[0] in first or (key[-1:] == "s" and key[:-1] in names) or key in prefixes:
                # Extend the phrase word by word while it begins some name; the longest name
                # that passes the case checks wins.
                candidates: list[tuple[int, int, GroupEntry]] = []
                phrase_key = ""
                for j in range(i + 1, len(tokens) + 1):
                    if j > i + 1 and not _GAP.fullmatch(text, tokens[j - 2][1], tokens[j - 1][0]):
                        break  # a name does not run on over a full stop or a parenthesis
                    if j > i + 1 and tokens[j - 1][2] == "the":
                        continue  # names are matched without an inner "the" (see GroupIndex.add)
                    previous = phrase_key
                    phrase_key = tokens[j - 1][2] if j == i + 1 else phrase_key + " " + tokens[j - 1][2]
                    last_end = tokens[j - 1][1]
                    entry = names.get(phrase_key)
                    if entry is None and text.endswith(_POSSESSIVES, start, last_end):
                        # "Hamas's military wing": the name without its possessive
                        entry = names.get(phrase_key[:-1])
                        if entry is not None:
                            last_end -= 2
                    word = text[tokens[j - 1][0] : tokens[j - 1][1]]
                    if entry is None and j > i + 1 and (word[:1].isupper() or _ARABIC_ARTICLE.match(word) or word in GROUP_WORDS[0]):
                        # "Tamil Tiger", "… Resistance Group(s)", "… of Greater Sy(ria)"
                        entry = self.index.variant(phrase_key) or self._completes_cut(previous, phrase_key)
                    if entry is not None:
                        candidates.append((j, last_end, entry))
                    if phrase_key not in prefixes:
                        break
                for j, last_end, entry in reversed(candidates):
                    if not any(taken[start:last_end]) and self._written_as_a_name(text, start, last_end, entry):
                        hit = (j, entry)
                        break
            if hit is None:
                i += 1
                continue
            j, entry = hit
            end = tokens[j - 1][1]
            if text.endswith(_POSSESSIVES, start, end) and name_key(text[start:end]) not in names:
                end -= 2
            if not any(taken[start:end]):
                if entry.acronym and self.index.shared:
                    entry = self.index.by_country(name_key(text[start:end]), entry, country)
                value = GroupValue(entry.id, entry.name, entry.via, entry.country)  # type: ignore[arg-type]
                found.append(self._mention(text, start, end, value, taken))
            i = j

    def _completes_cut(self, previous: str, phrase_key: str) -> GroupEntry | None:
        """A cut name that the phrase's last token completes, where in that token it ends."""
        words = phrase_key.split(" ")
        for n in range(len(previous.split(" ")) if previous else 1, len(words)):
            entry = self.index.completes_cut(" ".join(words[:n]), words[n])
            if entry is not None:
                return entry
        return None

    @staticmethod
    def _written_as_a_name(text: str, start: int, end: int, entry: GroupEntry) -> bool:
        """Case and context checks: "ETA" not "Eta"; "17 November" the group, not the day;
        "Officials said" at a sentence's start is not the Official IRA."""
        span = text[start:end]
        if entry.acronym and not (span.replace("-", "").replace("/", "").isupper() or written_as_acronym(span)):
            return False
        if entry.acronym and len(span) == 2 and _part_of_another_name(text, start, end):
            return False  # "HM Prison Maze", "Columbia, SC": two capitals that belong to another name
        if span[:1].isdigit():
            return bool(re.search(r"[A-Z]", span)) and not _a_date(text, start, end)
        if not span[:1].isupper() and not _ARABIC_ARTICLE.match(span):
            return False
        if _ARTICLE.match(span) and not _ARTICLE.sub("", span)[:1].isupper():
            return False  # "The anarchist group": not "The Anarchists"
        last = span.rsplit(None, 1)[-1] if " " in span else ""
        if last[:1].islower() and not (_LOWER_HEAD.fullmatch(last) or _ARABIC_ARTICLE.match(last)):
            return False  # "an Islamic state": not the Islamic State; "the International Communist group" is
        if _LOWER_HEAD.fullmatch(last) and _NAME_AFTER.match(text, end):
            return False  # "the militant Islamic group Hamas": a description of the name that follows
        if _DATE_SHAPED.match(span) and _a_date(text, start, end):
            return False
        if name_key(span) in _COMMON_WORDS and _SENTENCE_START.search(text[max(0, start - 4) : start]):
            return False
        # "the Arab Revolutionary Cells", "the Tigre People's Liberation Front": a name of
        # generic words after a capitalised word is part of a longer, other name.
        if set(name_key(span).split()) <= _GENERIC_NAME_WORDS:
            before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
            if before and before.group(1) not in _ARTICLES and not _SENTENCE_START.search(text[max(0, before.start(1) - 4) : before.start(1)]):
                return False
        return True

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
            if _GENERIC_SHAPE.match(name):
                continue  # "the Communist Party Nepal-Maoists": a kind of group, not a name
            found.append(self._mention(text, start, end, GroupValue(None, " ".join(name.split()), "pattern"), taken))


def make_groups(store: Store | None = None, index: GroupIndex | None = None) -> GroupFinder:
    return GroupFinder(index or build_index(store))


def register() -> None:
    register_factory(COMPONENT, make_groups, assigns=GroupFinder.assigns)
