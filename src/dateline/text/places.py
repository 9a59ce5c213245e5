"""Places: countries, provinces, cities and demonyms, resolved through the gazetteer.

Capitalised runs of words are looked up longest first. A city name shared by several
places (homonyms) goes to the one in a country the text names elsewhere (or the
dateline's), else to the most populous. A single word that is also an ordinary English
word ("Police", "Most") is a city only after a place cue ("in", "near", "town of").
A capitalised name after a place cue that the gazetteer does not know ("in Khursanibari")
is kept as a city of unknown country: the frame gives it the country of its incident.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.geo import country_name
from dateline.names import normalize_name
from dateline.text.admin_areas import ADMIN_AREAS
from dateline.text.country_cues import country_cues
from dateline.text.gazetteer import COMMON_WORDS, City, Gazetteer, Region, gazetteer
from dateline.text.groups import token_key
from dateline.text.localities import Locality, localities
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, Mention, PlaceValue

COMPONENT = "dateline.places.v1"

_WORD = r"(?:U\.S\.(?:A\.)?|U\.K\.|(?:(?:al|el|an|ad|as|ash|ar|at|az)-)?[A-Z][\w’'Õ-]*\w|[A-Z])"
_CONNECTOR = r"(?:\s+(?:of|de|del|la|el|al|and|da|do|di|du|es|y|-|the|ad|as|an|ar|ash|at|ibn|bin|ben)(?=\s+[A-Z]))?"
_RUN = re.compile(rf"(?<![\w-]){_WORD}(?:{_CONNECTOR}(?:\s+|-|/){_WORD})*")
_TOKEN = re.compile(r"U\.S\.(?:A\.)?|U\.K\.|[\w’'Õ-]+|/")
# "the Kabul-Kandahar highway": two places joined by a hyphen (told apart from "Porto-Vecchio").
_JOINED = re.compile(r"[A-Z][\w’'Õ]{3,}(?:-[A-Z][\w’'Õ]{3,})+")
# "Õ" is "’" read in the wrong encoding (Mac Roman), common in text pasted from old files.
_POSSESSIVE = ("'s", "’s", "Õs")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NAME_GOES_ON = re.compile(r" (?:of\b|[A-Z])")
_NUMBER_AFTER = re.compile(r",?\s+\d")
_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|outside|around|across|southern|northern|eastern|western|central|"
    r"(?:town|city|village|province|district|region|area|capital|suburb|outskirts|center|centre|"
    r"heart|streets|governorate|state|settlement|township|neighbou?rhood)\s+of|kibbutz|moshav)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# Words after a capitalised town name that keep it a place ("Kabul University", "Lima airport").
_INSTITUTION = frozenset(
    ["assembly", "councilor", "councillor", "committee", "municipal", "municipality", "cadet",
     "highway", "main", "branch", "border", "crossing", "checkpoint", "railway", "bus", "cantonment",
     "garrison", "barracks", "jail", "shrine", "cathedral", "palace", "fort", "mall", "refinery",
     "plant", "factory", "radio", "tv", "television", "times", "post", "daily", "press", "chamber",
     "brigade", "division", "corps", "regiment", "battalion", "command", "legislative", "parliament",
     "university", "airport", "hotel", "embassy", "police", "province", "district", "governorate", "region", "city", "town", "village", "market", "station", "square", "street", "road", "bridge", "prison", "hospital", "mosque", "church", "temple", "school", "college", "port", "harbour", "harbor", "valley", "river", "mountains", "airbase", "base", "camp", "court", "office", "headquarters", "bazaar", "council", "stadium", "area"]
)
_REGION_AFTER = re.compile(
    r"^\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Gg]overnorate|[Dd]epartment|[Dd]istrict|[Cc]ounty|[Dd]ivision|[Oo]blast)\b"
)
_NOT_PLACE = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "on", "in", "at", "by", "for", "from", "with", "after", "before", "when", "while", "during", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "police", "army", "mr", "mrs", "ms", "dr", "president", "minister", "general", "colonel", "captain", "sheikh", "shaykh", "god", "allah", "islam", "muslim", "muslims", "christian", "christians", "jewish", "jews", "catholic", "protestant", "sunni", "shia", "shiite", "shiites", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "new", "old", "saint", "st"]
)
# Capitalised words after a town's name that make it the name of a street or an estate.
_FEATURE_AFTER = frozenset(
    ["Court", "Drive", "Avenue", "Lane", "Estate", "Crescent", "Terrace", "Gardens", "Close", "Park", "Way",
     "Gate", "Zone", "Bloc", "Junction", "Heights", "Row"]
)  # fmt: skip
_REGION_WORDS = frozenset(["District", "Province", "Governorate", "Department", "Municipality", "Prefecture", "County"])
# "the Tel Qatifa settlement", "Kuthian village": the word after says it is a place.
_VILLAGE_AFTER = re.compile(r"^\s+(?:village|settlement|refugee\s+camp|kibbutz|moshav|township)\b")
_DIRECTIONS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"]
)
# Unknown names after a cue that are not places: organisations and kinds of place.
_NOT_UNKNOWN_PLACE = re.compile(
    r"\b(?:Army|Police|Party|Front|Movement|Brigades?|Forces?|Group|Organi[sz]ation|Council|"
    r"Ministry|Embassy|Consulate|Hotel|Bank|Airport|Airlines?|Church|Mosque|School|University|"
    r"Hospital|Company|Corporation|Inc|Ltd|Office|Headquarters|Station|Market|Street|Road|"
    r"Square|Bridge|Club|Committee|Union|Association|Agency|Service|Court|Prison|Camp|"
    r"Mission|Center|Centre|Institute|Academy|Department|Government|Republic|Kingdom|"
    r"Revolution|Convention|Nations|Day|Minister|President|Ambassador|Affairs|Zone|Gate|Bloc|Court|Drive|Avenue|Estate)\b"
)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    key: str
    cue: bool  # a place cue stands before it ("in", "near", …)
    region_word: bool  # followed by "province", "district", …


def _country_value(name: str, code: str, via: str = "name") -> PlaceValue:
    return PlaceValue(name=name, level="country", country=code, country_name=country_name(code),
                      via=via)  # type: ignore[arg-type]  # fmt: skip


def _city_value(name: str, city: City, others: tuple[City, ...]) -> PlaceValue:
    ambiguous = tuple(dict.fromkeys(c.country for c in others if c.country != city.country))
    return PlaceValue(
        name=name, level="city", country=city.country, country_name=country_name(city.country),
        city=city.name, lat=city.lat, lon=city.lon, population=city.population,
        ambiguous=ambiguous,
    )  # fmt: skip


def _region_value(name: str, region: Region) -> PlaceValue:
    if region.kind == "quarter" and region.city:
        # "a bomb in Karrada": the quarter is named, the incident is recorded in its city.
        seat = gazetteer().city_in(region.city, region.country)
        return PlaceValue(name=name, level="city", country=region.country, country_name=country_name(region.country),
                          city=region.city, lat=seat.lat if seat else None, lon=seat.lon if seat else None)  # fmt: skip
    if region.kind == "district":
        # A district named like its seat ("Bandipora", "Buner"): the place the news means.
        return PlaceValue(name=name, level="city", country=region.country,
                          country_name=country_name(region.country), city=name)  # fmt: skip

    return PlaceValue(name=name, level="admin1", country=region.country,
                      country_name=country_name(region.country), admin1=region.name)  # fmt: skip


def _locality_value(
    name: str, towns: tuple[Locality, ...], context: frozenset[str], weak: frozenset[str]
) -> PlaceValue:
    """A town from the fallback table: the one in a country of the context, else the first.

    The name is kept as written: geonames spells small places many ways ("Zurmat",
    "Zormat") and the text's spelling is the one a reader will look for. "Sui District"
    is the town's district; its seat is the town, so it stays a city.
    """
    town = next((t for t in towns if t.country in context), None)
    town = town or next((t for t in towns if t.country in weak), towns[0])
    ambiguous = tuple(dict.fromkeys(t.country for t in towns if t.country != town.country))
    return PlaceValue(
        name=name, level="city", country=town.country, country_name=country_name(town.country),
        city=name, lat=town.lat, lon=town.lon, population=town.population, ambiguous=ambiguous,
    )  # fmt: skip


def resolve_place(
    name: str, gaz: Gazetteer | None = None, context: frozenset[str] = frozenset()
) -> PlaceValue | None:
    """One place name (``"Lima"``, ``"PERU"``, ``"Peruvian"``) → its PlaceValue, or None."""
    gaz = gaz or gazetteer()
    if name in gaz.demonyms:
        return _country_value(name, gaz.demonyms[name], "demonym")
    key = normalize_name(name)
    if key in gaz.countries:
        return _country_value(name, gaz.countries[key])
    cities = gaz.cities.get(key, ())
    if cities:
        return _city_value(name, _choose_city(cities, context), cities)
    regions = gaz.regions.get(key, ())
    if regions:
        return _region_value(name, _choose_region(regions, context))
    return None


# Places the news tells under either country's name: an "Israeli" text is often set in the
# West Bank, and a Palestinian one in Israel; either points to the other's towns too.
_ENTWINED = {"ISR": "PSE", "PSE": "ISR"}


def _with_entwined(context: frozenset[str]) -> frozenset[str]:
    extra = {_ENTWINED[code] for code in context if code in _ENTWINED}
    return context | extra if extra else context


def _choose_city(cities: tuple[City, ...], context: frozenset[str]) -> City:
    """The homonym in a country of the context, unless it is tiny beside the best known."""
    top = cities[0]
    context = _with_entwined(context)
    if top.country in context:
        return top
    for city in cities:
        if city.country in context and city.population * 50 >= top.population:
            return city
    return top


def _choose_region(regions: tuple[Region, ...], context: frozenset[str]) -> Region:
    for region in regions:
        if region.country in context:
            return region
    return regions[0]


def _candidates(text: str, gaz: Gazetteer) -> list[tuple[_Candidate, str]]:
    """(candidate, what it is: country|demonym|region|city|unknown), longest match first."""
    found: list[tuple[_Candidate, str]] = []
    for run in _RUN.finditer(text):
        tokens: list[tuple[int, int, str]] = []
        possessive: set[int] = set()  # tokens written "X's": the name ends there
        joined: set[int] = set()  # halves of "Kabul-Kandahar": names, whatever stands beside them
        for start, end, word, half in _words(run.group(), gaz):
            if half:
                joined.add(len(tokens))
            if word.endswith(_POSSESSIVE):  # "Algeria's", "Mogadishu's", "ThailandÕs"
                word, end = word[:-2], end - 2
                possessive.add(len(tokens))
            tokens.append((start + run.start(), end + run.start(), word))
        keys = [token_key(word) for _, _, word in tokens]
        i = 0
        matched_any = False
        while i < len(tokens):
            word_key = keys[i]
            longest = gaz.first_words.get(word_key.split(" ")[0] if word_key else "", 0)
            demonym = tokens[i][2] if tokens[i][2] in gaz.demonyms else None
            hit: tuple[int, str, str] | None = None
            # Longest first: "South Korean" before "Korean", "San Carlos" before "San".
            for j in range(min(len(tokens), i + max(longest, 2) + 3), i, -1):
                start, end = tokens[i][0], tokens[j - 1][1]
                phrase = text[start:end]
                if phrase in gaz.demonyms:
                    hit = (j, "demonym", phrase)
                    break
                if j - i > longest + 2:
                    continue
                key = " ".join(k for k in keys[i:j] if k)
                if key in gaz.countries:
                    hit = (j, "country", key)
                    break
                if key in gaz.regions or key in gaz.cities:
                    hit = (j, "place", key)
                    break
            if hit is None and demonym:
                hit = (i + 1, "demonym", demonym)
            if hit is None:
                i += 1
                continue
            j, what, key = hit
            start, end = tokens[i][0], tokens[j - 1][1]
            if (
                what == "place"
                and i > 0
                and i - 1 not in possessive
                and i not in joined
                and tokens[i - 1][2][:1].isupper()
                and tokens[i - 1][2].lower() not in _NOT_PLACE
                and not _CUE_BEFORE.search(text[max(0, start - 40) : start])
            ):
                i = j  # "Danilo Anderson": a surname, not the town it spells
                continue
            if (
                what == "place"
                and j < len(tokens)
                and j - 1 not in possessive  # "Belfast's Shankill Road": the town, then its street
                and j - 1 not in joined
                and tokens[j][2][:1].isupper()
                and tokens[j][2].lower() not in _INSTITUTION
                and normalize_name(tokens[j][2]) not in gaz.countries
                # after "in", only a town's other name, or a common word, gives way: "in Bala
                # Morghab" is not Basel, "in Abu Dis" not Abu, "at the Police Academy" not Police
                and (
                    not _CUE_BEFORE.search(text[max(0, start - 40) : start])
                    or key not in gaz.primary
                    or (key in COMMON_WORDS and text[end : tokens[j][0]] == " ")  # not "Washington, DC"
                )
                and key not in gaz.regions
            ):
                i = j  # "Adan Hashi": a first name, not the town it spells
                continue
            if what == "place" and j < len(tokens) and tokens[j][2] in _FEATURE_AFTER:
                i = j  # "Norwood Court in Coleraine", "the Fountain Estate": a street's name, not a town
                continue
            before = text[max(0, start - 40) : start]
            cue = _CUE_BEFORE.search(before) is not None
            region_word = _REGION_AFTER.match(text[end : end + 20]) is not None
            found.append((_Candidate(start, end, key, cue, region_word), what))
            matched_any = True
            i = j
        if not matched_any:
            _unknown_place(text, run, gaz, found)
    return found


def _words(run: str, gaz: Gazetteer) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, word, joined) in a run; a hyphenated pair of capitalised names that is no
    place's own name ("Kabul-Kandahar") gives its two names, marked as joined."""
    for m in _TOKEN.finditer(run):
        word = m.group()
        if "-" in word and (_JOINED.fullmatch(word) or normalize_name(word.split("-")[0]) in gaz.regions):
            key = normalize_name(word)
            if key not in gaz.cities and key not in gaz.regions and key not in localities():
                offset = m.start()
                for part in word.split("-"):
                    yield offset, offset + len(part), part, True
                    offset += len(part) + 1
                continue
        yield m.start(), m.end(), word, False


def _unknown_place(text: str, run: re.Match[str], gaz: Gazetteer, found: list[tuple[_Candidate, str]]) -> None:
    """A capitalised name after a place cue, or before "province", that nothing resolved."""
    start, end = run.span()
    name = run.group()
    if name.endswith(_POSSESSIVE):  # "Saravena's offices": the town is Saravena
        name, end = name[:-2], end - 2
    words = name.split()
    if len(words) > 3 or words[0].lower() in _NOT_PLACE or _NOT_UNKNOWN_PLACE.search(name):
        return
    if name.isupper() and len(name) <= 5:  # an acronym
        return
    if len(words) >= 2 and words[-1] in _REGION_WORDS:
        # "in the Bgerhat District": the name is the district's, written with its kind.
        name = " ".join(words[:-1])
        end = start + len(name)
    before = text[max(0, start - 40) : start]
    region_word = end < run.end() or _REGION_AFTER.match(text[end : end + 20]) is not None
    village = _VILLAGE_AFTER.match(text[end : end + 20]) is not None
    prep_cue = re.search(
        r"(?:\b(?:in|near|outside)\s+|\b(?:town|city|village|province|district|region|area|settlement|neighbou?rhood)\s+of\s+"
        r"|\b(?:[Kk]ibbutz|[Mm]oshav)\s+)$",
        before,
    )
    if not (prep_cue or village or region_word):
        return
    if start > 0 and text[start - 1] not in " \t\n(\"'“":
        return
    # Named only by the word after it ("the Morag settlement"), a name is too weak to look up
    # among the world's villages: it stays a name, placed by the rest of the text.
    cue = bool(region_word or prep_cue)
    found.append((_Candidate(start, end, normalize_name(name), cue, region_word), "unknown"))


@functools.cache
def _named_areas() -> frozenset[str]:
    """Keys of the districts and towns news of political violence names (admin_areas.py)."""
    return frozenset(normalize_name(name) for name in ADMIN_AREAS)


def _common_word_in_use(text: str, candidate: _Candidate) -> bool:
    """A common word that names a town abroad, used as itself even after a place cue:
    "the University of Magdalena" (a town's name seldom takes "the"), "in March 1998"."""
    before = text[max(0, candidate.start - 5) : candidate.start]
    after = text[candidate.end : candidate.end + 4]
    return bool((_THE_BEFORE.search(before) and _NAME_GOES_ON.match(after)) or _NUMBER_AFTER.match(after))


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'(")
    return not before or before[-1] in ".!?\n:"


class PlaceFinder:
    """``dateline.places.v1``: place mentions from the gazetteer and place cues."""

    name = COMPONENT
    assigns = ("mentions[kind=place]",)

    def __init__(self, gaz: Gazetteer | None = None):
        self._gaz = gaz

    def __call__(self, analysis: Analysis) -> Analysis:
        gaz = self._gaz or gazetteer()
        text = analysis.document.text
        candidates = _candidates(text, gaz)
        context = self._context_countries(analysis, candidates, gaz)
        # Demonyms, groups' home countries and country cues ("the Ertzaintza") are weaker
        # context ("Iraqi official"): they choose among namesakes and small towns.
        weak = frozenset(
            [gaz.demonyms[text[c.start : c.end]] for c, what in candidates if what == "demonym"]
            + [m.group.country for m in analysis.mentions if m.group is not None and m.group.country]
            + [code for _, _, code in country_cues(text)]
        )
        dateline = analysis.document.dateline
        for candidate, what in candidates:
            if dateline is not None and candidate.start >= dateline.start and candidate.end <= dateline.end:
                continue  # the dateline is the document's, already resolved
            value = self._value(text, candidate, what, gaz, context, weak)
            if value is not None:
                analysis.mentions.append(
                    Mention("place", candidate.start, candidate.end, text[candidate.start : candidate.end],
                            COMPONENT, place=value)
                )
        return analysis

    def _context_countries(
        self, analysis: Analysis, candidates: list[tuple[_Candidate, str]], gaz: Gazetteer
    ) -> frozenset[str]:
        codes: set[str] = set()
        dateline = analysis.document.dateline
        if dateline is not None and dateline.place is not None and dateline.place.country:
            codes.add(dateline.place.country)
        for candidate, what in candidates:
            if what == "country":
                codes.add(gaz.countries[candidate.key])
            elif what == "place" and (candidate.key not in gaz.cities or (candidate.region_word and candidate.key in gaz.regions)):
                regions = gaz.regions[candidate.key]
                if len({r.country for r in regions}) == 1:
                    codes.add(regions[0].country)
            elif what == "place":
                cities = gaz.cities[candidate.key]
                if len({c.country for c in cities}) == 1 and cities[0].population >= 100_000:
                    codes.add(cities[0].country)
        return frozenset(codes)

    def _value(
        self, text: str, candidate: _Candidate, what: str, gaz: Gazetteer, context: frozenset[str],
        weak: frozenset[str] = frozenset(),
    ) -> PlaceValue | None:
        name = text[candidate.start : candidate.end]
        if what == "demonym":
            if name in ("American", "Americans") and text[candidate.end : candidate.end + 1] == ",":
                pass
            return _country_value(name, gaz.demonyms[name], "demonym")
        if what == "country":
            if name.isupper() and len(name) <= 3 and name not in ("US", "USA", "UK", "UAE", "PRC", "DRC"):
                return None
            return _country_value(name, gaz.countries[candidate.key])
        if what == "unknown":
            towns = localities().lookup(candidate.key) if candidate.cue else ()
            if towns:
                return _locality_value(name, towns, context, weak)
            if candidate.region_word:
                return PlaceValue(name=name, level="admin1", country=None, admin1=name)
            return PlaceValue(name=name, level="city", country=None, city=name)
        cities = gaz.cities.get(candidate.key, ())
        regions = gaz.regions.get(candidate.key, ())
        single_word = " " not in candidate.key
        if single_word and not candidate.cue and (
            candidate.key in COMMON_WORDS
            or (_is_sentence_start(text, candidate.start) and candidate.key in _NOT_PLACE)
        ):
            return None
        if single_word and candidate.key in COMMON_WORDS and _common_word_in_use(text, candidate):
            return None
        if single_word and candidate.key in _DIRECTIONS and not candidate.region_word:
            return None  # "in Northern Athens", "North Baghdad": a part of the place that follows
        if name.isupper() and (len(name) <= 3 or (len(name) <= 4 and not candidate.cue)):
            return None  # an acronym ("UN", "ELN", "PKK") that happens to be a place name
        if regions and (candidate.region_word or not cities):
            return _region_value(name, _choose_region(regions, context))
        if not cities:
            return None
        qualifier = re.match(r",\s*([A-Z][\w'’. -]{1,30}?)(?=[,.;:)]|\s+[a-z]|$)", text[candidate.end : candidate.end + 40])
        if qualifier:
            # "Lima, Ohio": the state or country written after the town decides.
            where = resolve_place(qualifier.group(1), gaz)
            if where is not None and where.level in ("country", "admin1") and where.country:
                local = [c for c in cities if c.country == where.country]
                if local:
                    return _city_value(name, local[0], cities)
        city = _choose_city(cities, context)
        if city.country not in context and weak:
            city = _choose_city(cities, weak)  # "Iraqi police in Tunis": the Iraqi Tunis
        if candidate.cue and (context or weak) and city.country not in context | weak:
            # "in Borgo" with Corsica named: the Corsican village, not Porvoo (Borgå) abroad.
            nearby = [
                t for t in localities().lookup(candidate.key)
                # geonames gives 0 for an unknown population: such a town yields to a big city only
                if t.country in context | weak and max(t.population, 2_000) * 50 >= city.population
            ]  # fmt: skip
            if nearby:
                return _locality_value(name, tuple(nearby), context, weak)
        # Without "in"/"near" a capitalised word is a town only if it is a big one under
        # its own name: "Qassam" is a rocket, not a German town's old name.
        # With no country in the text at all, a town under its own name is the best clue.
        lone = not context and candidate.key in gaz.primary and len(candidate.key) >= 5
        if (
            not candidate.cue
            and not lone
            and candidate.key not in _named_areas()  # "a Chakkan, Doda, man": a district the news names
            and city.country not in context
            and (city.population < 100_000 or (candidate.key not in gaz.primary and city.population < 1_000_000))
        ):
            return None
        return _city_value(name, city, cities)


def make_places(gaz: Gazetteer | None = None) -> PlaceFinder:
    return PlaceFinder(gaz)


def register() -> None:
    register_factory(COMPONENT, make_places, assigns=PlaceFinder.assigns)
