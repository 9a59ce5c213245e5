"""Where a frame's incident happened: country and city voted by its place mentions.

Each mention weighs by how it is used: after a place cue ("in", "near") it names the
place; before "embassy" or "citizens" it names a target; a demonym before "gunmen" names
the actors. A group's home country is weak evidence, once. The city is the first in the
winning country, preferring the city after "the X district of".
"""

from __future__ import annotations

import re
from collections import defaultdict

from dateline.geo import country_name
from dateline.names import normalize_name
from dateline.text.country_cues import country_cues
from dateline.text.gazetteer import gazetteer
from dateline.text.localities import localities
from dateline.text.types import Frame, Mention

_TARGET_NOUN = re.compile(
    r"^\s*(?:embass|consulat|ambassador|consul|diplomat|citizen|national|tourist|business|"
    r"compan|firm|airline|bank|interests|troops|forces|soldier|military|army|navy|officials?|"
    r"employee|worker|engineer|contractor|journalist|reporter|aid|envoy|mission|school|"
    r"cultur|institute|center|centre|club|owned|-owned|government|plane|airliner|aircraft|"
    r"flag|ship|vessel|jet|official|manager|executive|priest|missionar|student)",
    re.I,
)
_PLACE_CUE = re.compile(
    r"(?:\b(?:in|near|at|outside|of|from)\s+(?:the\s+)?(?:(?:(?:north|south)(?:east|west)?|east|west|central)(?:ern)?\s+)?"
    r"(?:(?:town|city|village|province|district|capital|region|area)\s+of\s+)?)$",
    re.I,
)
_DISTRICT_AFTER = re.compile(r"^\s+(?:district|tehsil|sub-district|municipality)\b", re.I)
_QUARTER_OF = re.compile(
    r"^(?:\s+(?:(?:al|el|ad|an|ar|as|at|az)-)?[A-Z][\w'-]*){0,2}(?:\s+[a-z]+)?\s+(?:district|neighbou?rhood|area|quarter|suburb|section|sector|estate)"
    r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:(?:north|south)(?:east|west)?|east|west|central)(?:ern)?\s+)?[A-Z]"
)
_SETTLEMENT_AFTER = re.compile(r"^\s+(?:border\s+)?(?:town|city|village|settlement|kibbutz|moshav|port|capital)s?\b", re.I)
# "Palestinian gunmen", "a Kurdish youth": who acted, not where.
_ACTOR_AFTER = re.compile(
    r"^\s+(?:gunm[ae]n|militants?|youths?|m[ae]n|wom[ae]n|suicide|bombers?|attackers?|rebels?|guerrillas?|"
    r"insurgents?|terrorists?|activists?|extremists?|separatists?|group|gang|assailants?)\b",
    re.I,
)
# "spying for the United States", "extradited to Spain": a country the victim serves or goes to.
_ON_BEHALF = re.compile(r"\b(?:for|to|with|against|by)\s+(?:the\s+)?$", re.I)
# Every word the cue patterns below can end with: a name preceded by anything else has no cue.
_DIRECTION_WORDS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central")
_CUE_TAILS = frozenset(
    ["in", "near", "at", "outside", "of", "from", "the", "for", "to", "with", "against", "by"]
    + [w + end for w in _DIRECTION_WORDS for end in ("", "ern")]
)
_FROM_CUE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.I)
_INSIDE = re.compile(
    r"(?:(?:\s+[A-Z][\w'-]*){0,2}\s+(?:district|neighbou?rhood|area|quarter|suburb|section|sector|estate)?\s*"
    r"(?:,\s*)?"
    # "Moschato, a suburb of Athens"
    r"|,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:suburb|district|neighbou?rhood|quarter|area|part|section)\s+)"
    r"(?:in|of)\s+(?:the\s+)?(?:(?:(?:north|south)(?:east|west)?|east|west|central)(?:ern)?\s+)?(?:city\s+of\s+)?",
    re.I,
)
_EMBASSY = re.compile(r"\b(?:embass(?:y|ies)|ambassador'?s\s+residence|chancery)\b", re.I)
_OPENING_BOOST = 1.5  # the sentence that tells the incident first says where; later ones add background
_LANDMARK_BEFORE = re.compile(
    r"(?:\bnear|\boutside(?:\s+of)?|\b(?:km|kms|kilometers|kilometres|miles)\s+(?:\w+\s+)?(?:from|of)|"
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of)\s+"
    r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.I,
)
_LAUNCHED_BEFORE = re.compile(r"\b(?:fired|launched|shot|lobbed|came|infiltrated|crossed)\b[^.]{0,40}$", re.I)


def context_countries(mentions: list[Mention], dateline: object | None) -> frozenset[str]:
    """Countries the text names without doubt: dateline, groups, countries and unambiguous places."""
    codes: set[str] = set()
    place = getattr(dateline, "place", None)
    if place is not None and place.country:
        codes.add(place.country)
    for m in mentions:
        if m.group is not None and m.group.country:
            codes.add(m.group.country)
        elif m.place is not None and m.place.country and not m.place.ambiguous and m.place.via == "name":
            codes.add(m.place.country)
    return frozenset(codes)


def _containing_city(text: str, cities: list[Mention]) -> list[Mention]:
    """"Zayouna district in East Baghdad", "near Sadr City in Baghdad": the quarter is inside
    the city named right after it, which is the city the incident is recorded in."""
    for n, m in enumerate(cities[:-1]):
        nxt = cities[n + 1]
        between = text[m.end : nxt.start]
        if len(between) <= 40 and _INSIDE.fullmatch(between):
            return [nxt, *cities[:n], *cities[n + 2 :]]
    return cities


def _is_route_end(text: str, m: Mention) -> bool:
    after, before = text[m.end : m.end + 2], text[max(0, m.start - 2) : m.start]
    return (after[:1] == "-" and after[1:].isalpha()) or (before[1:] == "-" and before[:1].isalpha())


def _cue_word_before(before: str) -> bool:
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return False
    return stripped[stripped.rfind(" ") + 1 :].lower() in _CUE_TAILS


def place_frame(frame: Frame, text: str, mentions: list[Mention], document: object | None) -> None:
    scores: dict[str, float] = defaultdict(float)
    support: dict[str, list[int]] = defaultdict(list)
    first_seen: dict[str, int] = {}
    cities: list[Mention] = []
    regions: list[Mention] = []
    unknown: list[Mention] = []
    dateline = getattr(document, "dateline", None) if document is not None else None
    if dateline is not None and dateline.place is not None and dateline.place.country:
        scores[dateline.place.country] += 8.0
        first_seen.setdefault(dateline.place.country, -1)
    context = context_countries(mentions, dateline)
    groups_seen: set[str] = set()
    opening = min((m.sentence for m in mentions), default=-1)
    if frame.span is not None:
        for start, _, code in country_cues(text, *frame.span):
            # "the Ertzaintza", "a CRPF camp": weak evidence, once per country, like a group.
            if code not in groups_seen:
                groups_seen.add(code)
                scores[code] += 0.8
                first_seen.setdefault(code, start)
    group_spans = [(m.start, m.end) for m in mentions if m.kind == "group"]
    for m in mentions:
        if m.place is not None and m.place.country and any(s <= m.start and m.end <= e for s, e in group_spans):
            # "the Popular Front for the Liberation of Palestine": a group's name, its home at most.
            if m.place.country not in groups_seen:
                groups_seen.add(m.place.country)
                scores[m.place.country] += 0.8
                first_seen.setdefault(m.place.country, m.start)
            continue
        if m.group is not None and m.group.country and m.group.country not in groups_seen:
            # A group's home country is weak evidence, once: groups strike abroad too.
            groups_seen.add(m.group.country)
            scores[m.group.country] += 0.8
            first_seen.setdefault(m.group.country, m.start)
        place = m.place
        if place is None:
            continue
        after = text[m.end : m.end + 30]
        before = text[max(0, m.start - 40) : m.start]
        # A cheap test of the word just before first: the regexes below scan the whole window.
        cued = _cue_word_before(before)
        origin = cued and _FROM_CUE.search(before) is not None
        cue = cued and _PLACE_CUE.search(before) is not None and not origin
        # "rockets fired from the Gaza Strip at Sderot": where it came from is not where it struck.
        targetish = (
            _TARGET_NOUN.match(after) is not None
            or (origin and _LAUNCHED_BEFORE.search(before) is not None)
            or _is_route_end(text, m)  # "the Kabul-Kandahar highway": the road's ends, not the place
        )
        if place.country is None:
            unknown.append(m)
            continue
        country: str = place.country
        if place.ambiguous and country not in context:
            # "Santander" with the EPL, "Chana" beside Pattani: the homonym the rest agrees with.
            country = next((c for c in place.ambiguous if c in context), country)
        if _QUARTER_OF.match(text[m.end : m.end + 60]):
            targetish = True  # "the Fountain Estate area of Londonderry": the city named next
        if place.via == "demonym" and _SETTLEMENT_AFTER.match(after) and not after.lstrip().startswith("settlement"):
            weight = 2.0  # "the Israeli town of Sderot", "Colombian villages": where it happened
        elif place.via == "demonym":
            weight = 0.2 if targetish else (0.3 if _ACTOR_AFTER.match(after) else 0.6)
        elif place.level == "country":
            weight = 0.5 if targetish or (cued and _ON_BEHALF.search(before)) else (2.5 if cue else 1.5)
        elif place.level == "city":
            weight = 0.4 if targetish else (2.5 if cue else 1.5)
            cities.append(m)
        else:
            weight = 2.0 if cue else 1.2
            if not targetish:
                regions.append(m)
        if m.sentence == opening:
            weight *= _OPENING_BOOST
        scores[country] += weight
        support[country].append(m.index)
        first_seen.setdefault(country, m.start)
    if not scores:
        if unknown:
            frame.city = unknown[0].place.name if unknown[0].place else None
            frame.support["city"] = [unknown[0].index]
        return
    best = max(scores, key=lambda c: (scores[c], -first_seen.get(c, 0)))
    frame.country = best
    frame.country_name = country_name(best)
    frame.support["country"] = support.get(best, [])
    local = [m for m in cities if m.place and (m.place.country == best or best in m.place.ambiguous)]
    # "a Berlin centre for asylum seekers" is in Berlin; "the Kabul-Kandahar highway" only
    # runs between them: a road's ends are the place only when nothing else is named.
    region = next((m for m in regions if m.place and m.place.country == best), None)
    in_country = [m for m in local if not _is_route_end(text, m)] or (local if region is None else [])
    in_country = _containing_city(text, in_country)
    if region is not None and len(in_country) > 1:
        # "the Qalat District of Zabol Province": the province names the place.
        in_country = [m for m in in_country if not _DISTRICT_AFTER.match(text[m.end : m.end + 12])] or in_country
    # "the Laleli district of Istanbul": the city named after the quarter is the city.
    in_country.sort(key=lambda m: _QUARTER_OF.match(text[m.end : m.end + 40]) is not None)
    # A village the fallback table put in another country is still the place named.
    unknown = unknown or [m for m in cities if m.place and m.place.country != best and (m.place.population or 0) < 15_000]
    # "in Buhruz, near Baqubah", "Rahsad (250 kilometers north of Baghdad)": the town the
    # distance is measured from is a landmark, not the place.
    towns = in_country + unknown
    landmarks = {
        m.index for m in in_country
        if _LANDMARK_BEFORE.search(text, max(0, m.start - 45), m.start)
        and any(t.sentence == m.sentence and m.start - 80 < t.start < m.start for t in towns)
    }  # fmt: skip
    placed = [m for m in in_country if m.index not in landmarks]
    # Only landmarks known: the unknown town told with them is the place.
    in_country = [] if landmarks and not placed and unknown else placed or in_country
    if in_country:
        chosen = in_country[0]
        assert chosen.place is not None
        frame.city, frame.lat, frame.lon = chosen.place.city, chosen.place.lat, chosen.place.lon
        if chosen.place.country != best:  # the homonym in the incident's country
            frame.lat = frame.lon = None
        frame.support["city"] = [chosen.index]
    elif dateline is not None and dateline.place is not None and dateline.place.level == "city" and dateline.place.country == best:
        frame.city, frame.lat, frame.lon = dateline.place.city, dateline.place.lat, dateline.place.lon
    elif unknown and not (region is not None and unknown[0].place and unknown[0].place.level == "admin1"):
        frame.city = unknown[0].text
        frame.support["city"] = [unknown[0].index]
    elif region is not None and region.place is not None:
        # "Pattani province": the province's seat usually bears its name; "Barmal District,
        # Paktika Province": an unknown district is less telling than the known province.
        seat = gazetteer().city_in(region.place.name, best)
        town = seat or next((t for t in localities().lookup(normalize_name(region.place.name)) if t.country == best), None)
        if town is not None:
            frame.city, frame.lat, frame.lon = town.name, town.lat, town.lon
            frame.support["city"] = [region.index]
        elif unknown:
            frame.city = unknown[0].text
            frame.support["city"] = [unknown[0].index]
        else:
            # "in Helmand Province": the most precise place the text gives, as RAND and GTD
            # record it when no town is named.
            frame.city = region.place.name
            frame.support["city"] = [region.index]
    if frame.city is None and frame.span is not None and _EMBASSY.search(text, *frame.span):
        # "DENMARK. Bombs were found near the Israeli Embassy": embassies are in the capital.
        capital = gazetteer().capitals.get(best)
        seat = gazetteer().city_in(capital, best) if capital else None
        if seat is not None:
            frame.city, frame.lat, frame.lon = seat.name, seat.lat, seat.lon
    if region is not None and region.place is not None:
        frame.admin1 = region.place.admin1
