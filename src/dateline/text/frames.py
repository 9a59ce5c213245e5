"""Incident frames: mentions grouped into the incidents the text speaks of.

Sentences are grouped by the time they talk about: a sentence with an event date joins
the incident whose dates lie within a year of it, or starts a new one; a sentence with no
date stays with the incident before it. An incident needs evidence (a count of victims or
hostages, an attack word, a group) to become a frame. The main frame (the first) is the
one holding the headline's date, else the first with evidence.

Per frame: the start is the earliest day-precise event date (or the earliest date), the
end the latest; a relative date pointing back ("seized four months earlier") makes the
start, refined to the day by a day-count duration ("126 days") that falls inside it.
Country and city are voted by place mentions, weighted by how they are used (a demonym
before "embassy" names the target, not the place). Counts are summed within a sentence
and the largest sentence wins (the same victims are told twice: "killing two…", "the two
victims…"), plus "another N" told later.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from dateline.geo import country_name
from dateline.model import PartialDate, Precision
from dateline.text.gazetteer import gazetteer
from dateline.text.groups import resolve_generic
from dateline.text.localities import localities
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, DurationValue, Frame, GroupValue, Mention

COMPONENT = "dateline.frames.v1"

KIND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hijacking", re.compile(r"\bhijack", re.I)),
    ("hostage_barricade", re.compile(r"\b(?:siege|barricade|held\s+hostage|hostage[- ]taking|took\s+(?:\w+\s+){0,4}hostages?|hostages?\b)", re.I)),
    ("hostage_kidnapping", re.compile(r"\b(?:kidnap|abduct)", re.I)),
    ("assassination", re.compile(r"\bassassinat", re.I)),
    ("bombing", re.compile(r"\b(?:bomb|explosi|explod|blast|detonat|IED|grenade|dynamite|suicide\s+attack|mortar|rocket|projectile|missile|Qassam|Katyusha)", re.I)),
    ("armed_assault", re.compile(r"\b(?:gunm[ae]n|shot|shoot|opened\s+fire|gunfire|ambush|machine-gun|fired\s+(?:on|at|upon)|stormed|raid(?:ed)?\b|massacre)", re.I)),
    ("facility_attack", re.compile(r"\b(?:arson|set\s+(?:\w+\s+){0,3}(?:on\s+)?fire|torched|firebomb|incendiary|sabotag)", re.I)),
    ("unarmed_assault", re.compile(r"\b(?:beaten|stabbed|poison)", re.I)),
)
_ATTRIBUTION = re.compile(
    r"\b(?:claimed|claim(?:ing)?\s+responsibility|responsib|suspected|suspect|blamed|attributed|"
    r"by|members?\s+of|militants?\s+(?:of|from)|fighters\s+of|guerrillas?\s+of|rebels?\s+of|"
    r"carried\s+out|believed|thought\s+to\s+be(?:\s+part\s+of)?|linked|identified\s+themselves)\b",
    re.I,
)
_ANAPHORA = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:attack|incident|bombing|explosion|blast|kidnapping|"
    r"abduction|shooting|assassination|killing|hijacking|siege|raid|ambush|murder)\b|"
    r"\b(?:occurred|took\s+place|happened)\b",
    re.I,
)
_TARGET_NOUN = re.compile(
    r"^\s*(?:embass|consulat|ambassador|consul|diplomat|citizen|national|tourist|business|"
    r"compan|firm|airline|bank|interests|troops|forces|soldier|military|army|navy|officials?|"
    r"employee|worker|engineer|contractor|journalist|reporter|aid|envoy|mission|school|"
    r"cultur|institute|center|centre|club|owned|-owned|government|plane|airliner|aircraft|"
    r"flag|ship|vessel|jet|official|manager|executive|priest|missionar|student)",
    re.I,
)
_PLACE_CUE = re.compile(
    r"(?:\b(?:in|near|at|outside|of|from)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?"
    r"(?:(?:town|city|village|province|district|capital|region|area)\s+of\s+)?)$",
    re.I,
)
_DISTRICT_AFTER = re.compile(r"^\s+(?:district|tehsil|sub-district|municipality)\b", re.I)
_QUARTER_OF = re.compile(
    r"^(?:\s+[A-Z][\w'-]*){0,2}\s+(?:district|neighbou?rhood|area|quarter|suburb|section|sector|estate)\s+of\s+(?:the\s+)?[A-Z]"
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
_FROM_CUE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# "Two of his bodyguards were also killed": victims added to those told before.
_ALSO_AFTER = re.compile(r"\s*(?:were|was|had\s+been)?\s*(?:also|as\s+well)\s+(?:killed|wounded|injured|died|shot\s+dead|slain)\b", re.I)
_ANOTHER = re.compile(r"\b(?:another|other|more|additional|further)\s+$", re.I)
# Totals over several attacks or a period are not this incident's: "killed in the attacks",
# "so far this year", "since January".
_TOTAL_OF_OTHERS = re.compile(
    r"\b(?:in|during|by|from)\s+(?:the|these|those|both|separate)\s+(?:\w+\s+){0,2}(?:attacks|bombings|blasts|explosions|incidents|ambushes)\b|"
    # what the group says it did: "claimed three policemen killed", "according to the group"
    r"\bclaimed\s+(?:to\s+have\s+killed\s+|(?:[\w-]+\s+){1,3}(?:were\s+)?(?:killed|dead|wounded|injured)\b)|"
    r"\baccording\s+to\s+(?:the|a)\s+(?:group|statement|claim|militants|insurgents)\b|"
    r"\bso\s+far\s+this\s+year\b|\bsince\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+beginning|the\s+start)\b",
    re.I,
)
_YEAR_WINDOW = 180  # days: dates this close to an incident's dates belong to it
_ROLES_SUMMED = ("killed", "perpetrators_killed", "injured", "hostages", "kidnapped", "perpetrators")


def _context_countries(mentions: list[Mention], dateline: object | None) -> frozenset[str]:
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


@dataclass
class _Cluster:
    sentences: list[int] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    low: dt.date | None = None
    high: dt.date | None = None

    def extend(self, low: dt.date, high: dt.date) -> None:
        self.low = low if self.low is None else min(self.low, low)
        self.high = high if self.high is None else max(self.high, high)

    def near(self, low: dt.date, high: dt.date) -> bool:
        if self.low is None or self.high is None:
            return False
        window = dt.timedelta(days=_YEAR_WINDOW)
        return low <= self.high + window and high >= self.low - window


def finalize(analysis: Analysis) -> None:
    """Sort mentions by position, number them, give each its sentence; keep anchors right."""
    if all(m.index == n for n, m in enumerate(analysis.mentions)) and analysis.mentions:
        return
    order = sorted(range(len(analysis.mentions)), key=lambda i: (analysis.mentions[i].start, -analysis.mentions[i].end))
    new_of_old = {old: new for new, old in enumerate(order)}
    mentions = [analysis.mentions[i] for i in order]
    starts = [s for s, _ in analysis.document.sentences]
    for new, mention in enumerate(mentions):
        mention.index = new
        mention.sentence = max(0, bisect.bisect_right(starts, mention.start) - 1)
        if mention.date is not None and mention.date.anchor_mention is not None:
            mention.date = replace(mention.date, anchor_mention=new_of_old.get(mention.date.anchor_mention))
    analysis.mentions = mentions
    document = analysis.document
    if document.headline_span is not None:
        for mention in mentions:
            if mention.kind in ("date", "date_range") and document.headline_span[0] <= mention.start < document.headline_span[1]:
                document.headline_date_mention = mention.index
                break


def _event_range(mention: Mention, latest_year: int) -> tuple[dt.date, dt.date] | None:
    value = mention.date.value if mention.date else None
    if mention.date_range is not None:
        start, end = mention.date_range.start.value, mention.date_range.end.value
        if start is None or end is None or end.year > latest_year:
            return None
        return start.earliest(), end.latest()
    if value is None or value.year > latest_year or value.year < 1000:
        return None
    return value.earliest(), value.latest()


class FrameBuilder:
    """``dateline.frames.v1``: Analysis.frames and Mention.frame."""

    name = COMPONENT
    assigns = ("frames", "mentions.frame", "mentions.index", "mentions.sentence")

    def __init__(self, today: dt.date | None = None):
        self.today = today
        self._sentences: list[tuple[int, int]] = []

    def __call__(self, analysis: Analysis) -> Analysis:
        finalize(analysis)
        document = analysis.document
        sentences = document.sentences or [(0, len(document.text))]
        self._sentences = sentences
        latest_year = (document.published or self.today or dt.date.today()).year + 1
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for mention in analysis.mentions:
            by_sentence[mention.sentence].append(mention)
        clusters = self._clusters(analysis, sentences, by_sentence, latest_year)
        evidence = [self._has_evidence(document.text, sentences, c, by_sentence) for c in clusters]
        main = self._main_index(analysis, clusters, evidence)
        order = ([main] if main is not None else []) + [
            i for i, ok in enumerate(evidence) if ok and i != main
        ]
        frames = []
        for number, index in enumerate(order, start=1):
            frame = self._frame(analysis, clusters[index], sentences, by_sentence, f"frame-{number}", number == 1, latest_year)
            frames.append(frame)
            for m in frame.mentions:
                analysis.mentions[m].frame = number - 1
        analysis.frames = frames
        if frames and not frames[0].perpetrators:
            self._perpetrator_elsewhere(frames[0], document.text, analysis.mentions)
        return analysis

    def _perpetrator_elsewhere(self, frame: Frame, text: str, mentions: list[Mention]) -> None:
        """A group named as the doer in a sentence clustered into another frame: when the text
        names exactly one such group, the main incident is its (the text is about one attack)."""
        doers: dict[str, tuple[GroupValue, Mention]] = {}
        for m in mentions:
            if m.group is None:
                continue
            value = resolve_generic(m.group, frame.country) if m.group.via == "generic" else m.group
            if value is not None and _attribution(text, m) <= 1:
                doers.setdefault(value.id or value.name.casefold(), (value, m))
        if len(doers) == 1:
            value, m = next(iter(doers.values()))
            frame.perpetrators.append(value.name)
            frame.perpetrator_ids.append(value.id)
            frame.support["perpetrators"] = [m.index]

    # ---- grouping ----------------------------------------------------------------------

    def _clusters(
        self, analysis: Analysis, sentences: list[tuple[int, int]],
        by_sentence: dict[int, list[Mention]], latest_year: int,
    ) -> list[_Cluster]:  # fmt: skip
        clusters: list[_Cluster] = [_Cluster()]  # the first holds sentences before any date
        current = 0
        text = analysis.document.text
        for number in range(len(sentences)):
            dated = [
                (m, r) for m in by_sentence.get(number, ())
                if m.kind in ("date", "date_range")
                and (m.date is None or m.date.offset is None)
                and (r := _event_range(m, latest_year)) is not None
            ]  # fmt: skip
            if dated:
                _, (low, high) = dated[0]
                target = None
                if clusters[current].near(low, high):
                    target = current
                else:
                    for i, cluster in enumerate(clusters):
                        if cluster.near(low, high):
                            target = i
                            break
                if target is None:
                    if current == 0 and clusters[0].low is None and clusters[0].sentences and self._continues(text, sentences, number, clusters[0], by_sentence):
                        target = 0
                    else:
                        clusters.append(_Cluster())
                        target = len(clusters) - 1
                current = target
                for m, (lo, hi) in dated:
                    if clusters[current].low is None or clusters[current].near(lo, hi):
                        clusters[current].extend(lo, hi)
                        clusters[current].dates.append(m)
            clusters[current].sentences.append(number)
            for m in by_sentence.get(number, ()):
                if m.date is not None and m.date.offset is not None and m.date.value is not None:
                    clusters[current].dates.append(m)
        return clusters

    def _continues(
        self, text: str, sentences: list[tuple[int, int]], number: int, first: _Cluster,
        by_sentence: dict[int, list[Mention]],
    ) -> bool:  # fmt: skip
        """Does the first dated sentence date the undated incident told before it?"""
        start, end = sentences[number]
        if _ANAPHORA.search(text[start:end]):
            return True
        return not self._has_evidence(text, sentences, first, by_sentence)

    def _has_evidence(
        self, text: str, sentences: list[tuple[int, int]], cluster: _Cluster,
        by_sentence: dict[int, list[Mention]],
    ) -> bool:  # fmt: skip
        for number in cluster.sentences:
            for m in by_sentence.get(number, ()):
                if m.kind == "count" and m.count is not None and m.count.role in ("killed", "injured", "hostages", "kidnapped", "perpetrators_killed"):
                    return True
            start, end = sentences[number]
            sentence = text[start:end]
            # An attack word counts where the sentence also says where, who or when.
            if any(pattern.search(sentence) for _, pattern in KIND_WORDS) and any(
                m.kind in ("place", "group", "date", "date_range") for m in by_sentence.get(number, ())
            ):
                return True
        return False

    def _main_index(self, analysis: Analysis, clusters: list[_Cluster], evidence: list[bool]) -> int | None:
        headline = analysis.document.headline_date
        if headline is not None:
            day = headline.earliest()
            for i, cluster in enumerate(clusters):
                if cluster.low is not None and cluster.high is not None and cluster.low <= day <= cluster.high:
                    return i
        for i, ok in enumerate(evidence):
            if ok:
                return i
        # No attack word or victim count: the first dated stretch, else the whole text if
        # it names a place or a group.
        for i, cluster in enumerate(clusters):
            if cluster.dates:
                return i
        has_subject = any(m.kind in ("place", "group") for m in analysis.mentions)
        return 0 if clusters and clusters[0].sentences and has_subject else None

    # ---- one frame ---------------------------------------------------------------------

    def _frame(
        self, analysis: Analysis, cluster: _Cluster, sentences: list[tuple[int, int]],
        by_sentence: dict[int, list[Mention]], frame_id: str, is_main: bool, latest_year: int,
    ) -> Frame:  # fmt: skip
        document = analysis.document
        text = document.text
        mentions = [m for n in cluster.sentences for m in by_sentence.get(n, ())]
        frame = Frame(id=frame_id, mentions=[m.index for m in mentions])
        first, last = cluster.sentences[0], cluster.sentences[-1]
        frame.span = (sentences[first][0], sentences[last][1])
        if is_main:
            frame.title = document.title
        self._dates(frame, cluster, mentions, latest_year)
        self._place(frame, text, mentions, document if is_main else None)
        self._groups(frame, text, mentions)
        self._kinds(frame, text, cluster, sentences)
        self._counts(frame, text, mentions)
        headline_end = document.headline_span[1] if document.headline_span else -1
        evidence_sentence = next(
            (sentences[n] for n in cluster.sentences
             if sentences[n][0] > headline_end and any(p.search(text[sentences[n][0]:sentences[n][1]]) for _, p in KIND_WORDS)),
            sentences[first],
        )  # fmt: skip
        summary = text[evidence_sentence[0] : evidence_sentence[1]].strip()
        frame.summary = summary[:300] + ("…" if len(summary) > 300 else "")
        return frame

    def _dates(self, frame: Frame, cluster: _Cluster, mentions: list[Mention], latest_year: int) -> None:
        absolute: list[tuple[PartialDate, PartialDate, Mention]] = []
        relative: list[tuple[PartialDate, Mention]] = []
        for m in cluster.dates:
            if m.date_range is not None and m.date_range.valid:
                s, e = m.date_range.start.value, m.date_range.end.value
                if s is not None and e is not None and e.year <= latest_year:
                    absolute.append((s, e, m))
            elif m.date is not None and m.date.value is not None and m.date.value.year <= latest_year:
                if m.date.offset is not None:
                    relative.append((m.date.value, m))
                else:
                    absolute.append((m.date.value, m.date.value, m))
        if not absolute and not relative:
            return
        days = [(s, m) for s, e, m in absolute if s.precision == Precision.DAY] + [
            (e, m) for s, e, m in absolute if e.precision == Precision.DAY and e != s
        ]
        lasting = any(m.duration is not None for m in mentions) or any(
            s != e for s, e, _ in absolute
        )
        if days:
            if lasting:
                start_value, start_mention = min(days, key=lambda d: d[0].earliest())
            else:
                # One-day news: the first day told is the incident's; later ones follow it.
                start_value, start_mention = min(days, key=lambda d: d[1].start)
            end_value, end_mention = max(days, key=lambda d: d[0].latest())
        elif absolute:
            start_value, _, start_mention = min(absolute, key=lambda d: d[0].earliest())
            _, end_value, end_mention = max(absolute, key=lambda d: d[1].latest())
        else:
            start_value, start_mention = relative[0]
            end_value, end_mention = start_value, start_mention
        support_start = [start_mention.index]
        # "seized four months earlier": the incident began before the date it is told from.
        earlier = [(v, m) for v, m in relative if m.date and m.date.offset and m.date.offset.direction < 0 and v.earliest() < start_value.earliest()]
        if earlier:
            value, mention = min(earlier, key=lambda d: d[0].earliest())
            if end_value == start_value:
                end_value = start_value
            start_value, support_start = value, [mention.index]
        durations = [m for m in mentions if m.duration is not None]
        unit_rank = {"minute": 0, "hour": 1, "day": 2, "week": 3, "month": 4, "year": 5, "decade": 6}
        durations.sort(key=lambda m: (unit_rank[m.duration.unit] if m.duration else 9, m.start))
        if durations:
            frame.duration = durations[0].duration
        # A day count from a day-precise end, inside the start's month: the start's day.
        if start_value.precision < Precision.DAY and end_value.precision == Precision.DAY:
            for m in durations:
                assert m.duration is not None
                if m.duration.unit == "day" and m.duration.bound == "exact":
                    candidate = end_value.to_date() - dt.timedelta(days=int(m.duration.amount))
                    if start_value.contains(candidate):
                        start_value = PartialDate.from_date(candidate)
                        support_start = [*support_start, m.index]
                        break
        frame.start = start_value
        frame.support["start"] = support_start
        if end_value != start_value:
            frame.end = end_value
            frame.support["end"] = [end_mention.index]
        if frame.duration is not None:
            frame.support["duration"] = [durations[0].index]

    def _place(self, frame: Frame, text: str, mentions: list[Mention], document: object | None) -> None:
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
        context = _context_countries(mentions, dateline)
        groups_seen: set[str] = set()
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
            cue = _PLACE_CUE.search(before) is not None and not _FROM_CUE.search(before)
            targetish = _TARGET_NOUN.match(after) is not None
            if place.country is None:
                unknown.append(m)
                continue
            country: str = place.country
            if place.ambiguous and country not in context:
                # "Santander" with the EPL, "Chana" beside Pattani: the homonym the rest agrees with.
                country = next((c for c in place.ambiguous if c in context), country)
            if _QUARTER_OF.match(text[m.end : m.end + 60]):
                targetish = True  # "the Fountain Estate area of Londonderry": the city named next
            if place.via == "demonym" and _SETTLEMENT_AFTER.match(after):
                weight = 2.0  # "the Israeli town of Sderot", "Colombian villages": where it happened
            elif place.via == "demonym":
                weight = 0.2 if targetish else (0.3 if _ACTOR_AFTER.match(after) else 0.6)
            elif place.level == "country":
                weight = 0.5 if targetish or _ON_BEHALF.search(before) else (2.5 if cue else 1.5)
            elif place.level == "city":
                weight = 0.4 if targetish else (2.5 if cue else 1.5)
                cities.append(m)
            else:
                weight = 2.0 if cue else 1.2
                regions.append(m)
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
        in_country = [
            m for m in cities
            if m.place and (m.place.country == best or best in m.place.ambiguous)
            and not _TARGET_NOUN.match(text[m.end : m.end + 30])
        ]  # fmt: skip
        region = next((m for m in regions if m.place and m.place.country == best), None)
        if region is not None and len(in_country) > 1:
            # "the Qalat District of Zabol Province": the province names the place.
            in_country = [m for m in in_country if not _DISTRICT_AFTER.match(text[m.end : m.end + 12])] or in_country
        # "the Laleli district of Istanbul": the city named after the quarter is the city.
        in_country.sort(key=lambda m: _QUARTER_OF.match(text[m.end : m.end + 40]) is not None)
        # A village the fallback table put in another country is still the place named.
        unknown = unknown or [m for m in cities if m.place and m.place.country != best and (m.place.population or 0) < 15_000]
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
            seat = next((c for c in gazetteer().cities.get(_key(region.place.name), ()) if c.country == best), None)
            town = seat or next((t for t in localities().lookup(_key(region.place.name)) if t.country == best), None)
            if town is not None:
                frame.city, frame.lat, frame.lon = town.name, town.lat, town.lon
                frame.support["city"] = [region.index]
            elif unknown:
                frame.city = unknown[0].text
                frame.support["city"] = [unknown[0].index]
        if region is not None and region.place is not None:
            frame.admin1 = region.place.admin1

    def _groups(self, frame: Frame, text: str, mentions: list[Mention]) -> None:
        # "Maoist rebels" name a group only in a country: resolved by the frame's country.
        values: dict[int, GroupValue] = {}
        for m in mentions:
            if m.group is None:
                continue
            value = resolve_generic(m.group, frame.country) if m.group.via == "generic" else m.group
            # "Islamic Jihad" in Lebanon is another group than in Gaza: the country decides.
            value = resolve_generic(GroupValue(None, m.text, "generic"), frame.country) or value
            if value is not None:
                values[m.index] = value
        groups = [m for m in mentions if m.index in values]
        if not groups:
            return

        ranked = sorted(groups, key=lambda m: (_attribution(text, m), m.start))
        seen: dict[str, Mention] = {}
        for m in ranked:
            value = values[m.index]
            key = value.id or value.name.casefold()
            if key not in seen:
                seen[key] = m
        for m in seen.values():
            value = values[m.index]
            frame.perpetrators.append(value.name)
            frame.perpetrator_ids.append(value.id)
        frame.support["perpetrators"] = [m.index for m in seen.values()]

    def _kinds(self, frame: Frame, text: str, cluster: _Cluster, sentences: list[tuple[int, int]]) -> None:
        found: list[str] = []
        for number in cluster.sentences:
            sentence = text[sentences[number][0] : sentences[number][1]]
            for kind, pattern in KIND_WORDS:
                if kind not in found and pattern.search(sentence):
                    found.append(kind)
        if "hostage_kidnapping" in found and "hostage_barricade" in found:
            found.remove("hostage_barricade")
        frame.kinds = found

    def _counts(self, frame: Frame, text: str, mentions: list[Mention]) -> None:
        per_sentence: dict[str, dict[int, int]] = {role: defaultdict(int) for role in _ROLES_SUMMED}
        extra: dict[str, int] = defaultdict(int)
        support: dict[str, list[int]] = defaultdict(list)
        sentences = self._sentences
        # Searched once per sentence: a long sentence full of counts stays linear.
        totals_of_others: dict[int, bool] = {}

        def tells_other_totals(index: int) -> bool:
            if index not in totals_of_others:
                found = index < len(sentences) and _TOTAL_OF_OTHERS.search(text, *sentences[index])
                totals_of_others[index] = bool(found)
            return totals_of_others[index]

        for m in mentions:
            if m.count is None or m.count.role not in _ROLES_SUMMED:
                continue
            if m.count.role in ("killed", "injured") and tells_other_totals(m.sentence):
                continue
            role = m.count.role
            also = _ANOTHER.search(text[max(0, m.start - 20) : m.start]) or _ALSO_AFTER.match(text, m.end if m.text[:1].isalnum() and not m.text.lower().startswith(("was ", "were ")) else m.start)
            if also and per_sentence[role] and m.sentence not in per_sentence[role]:
                extra[role] += m.count.value
            else:
                per_sentence[role][m.sentence] += m.count.value
            support[role].append(m.index)

        def total(*roles: str) -> int | None:
            values = [
                max(per_sentence[r].values(), default=0) + extra[r] for r in roles if per_sentence[r] or extra[r]
            ]
            return sum(values) if values else None

        killed = total("killed", "perpetrators_killed")
        if killed is not None and per_sentence["killed"] and per_sentence["perpetrators_killed"]:
            # Victims and perpetrators told in the same sentence are both counted once each.
            killed = max(
                max(per_sentence["killed"][s] + per_sentence["perpetrators_killed"].get(s, 0) for s in per_sentence["killed"]),
                max(per_sentence["perpetrators_killed"].values()),
            ) + extra["killed"] + extra["perpetrators_killed"]
        frame.killed = killed
        frame.injured = total("injured")
        hostages = [v for v in (total("hostages"), total("kidnapped")) if v is not None]
        frame.hostages = max(hostages) if hostages else None
        frame.killed_perpetrators = total("perpetrators_killed")
        frame.perpetrator_count = total("perpetrators")
        for field_name, roles in (("killed", ("killed", "perpetrators_killed")), ("injured", ("injured",)), ("hostages", ("hostages", "kidnapped"))):
            indexes = [i for r in roles for i in support.get(r, [])]
            if indexes:
                frame.support[field_name] = indexes


_CLAIMED_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:claimed|claiming|has\s+claimed|have\s+claimed|took\s+responsibility|accepted\s+responsibility)\b",
    re.I,
)
_CLAIMED_BEFORE = re.compile(r"\b(?:claimed\s+by|claim\s+(?:of\s+responsibility\s+)?(?:by|from))\s+(?:the\s+)?$", re.I)
_AUTHOR_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}(?:was\s+responsible|were\s+responsible|militants|guerrillas|rebels|gunmen|members|"
    r"fighters|insurgents|operatives|cadres|activists|(?:is|are|was|were)\s+(?:(?:also|widely|strongly)\s+)?"
    r"(?:believed|suspected|thought|blamed|behind))",
    re.I,
)
# The group is the target: "the office of the Socialist Party", "members of the Awakening Council".
_TARGET_BEFORE = re.compile(
    r"\b(?:office|offices|headquarters|home|house|vehicle|car|convoy|checkpoint|rally|leader|"
    r"official|officials|supporters|candidate|targeting|targeted|against)\s+"
    r"(?:of\s+)?(?:the\s+|a\s+)?(?:\w+\s+){0,2}$",
    re.I,
)


def _attribution(text: str, m: Mention) -> int:
    """0: claimed the attack; 1: named as its author; 2: merely mentioned; 3: its target."""
    before = text[max(0, m.start - 60) : m.start]
    after = text[m.end : m.end + 60]
    if _CLAIMED_AFTER.match(after) or _CLAIMED_BEFORE.search(before):
        return 0
    if _AUTHOR_AFTER.match(after):
        return 1
    if _TARGET_BEFORE.search(before[-40:]):
        return 3
    if _ATTRIBUTION.search(before):
        return 1
    return 2


def _key(name: str) -> str:
    from dateline.names import normalize_name

    return normalize_name(name)


def make_frames(today: dt.date | None = None) -> FrameBuilder:
    return FrameBuilder(today)


def register() -> None:
    register_factory(COMPONENT, make_frames, assigns=FrameBuilder.assigns)


__all__ = ["DurationValue", "FrameBuilder", "finalize"]
