"""Incident frames: mentions grouped into the incidents the text speaks of.

Sentences are grouped by the time they talk about: a sentence with an event date joins
the incident whose dates lie within a year of it, or starts a new one; a sentence with no
date stays with the incident before it. An incident needs evidence (a count of victims or
hostages, an attack word, a group) to become a frame. The main frame (the first) is the
one holding the headline's date, else the first with evidence.

Per frame: the start is the earliest day-precise event date (or the earliest date), the
end the latest; a relative date pointing back ("seized four months earlier") makes the
start, refined to the day by a day-count duration ("126 days") that falls inside it.
Place, perpetrators and counts are each decided by their own module: ``frame_place``,
``frame_groups`` and ``frame_counts``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from dateline.model import PartialDate, Precision
from dateline.text.frame_counts import count_frame
from dateline.text.frame_groups import group_frame, perpetrator_elsewhere
from dateline.text.frame_place import place_frame
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, DurationValue, Frame, Mention

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


@functools.lru_cache(maxsize=64)
def kinds_told(sentence: str) -> tuple[str, ...]:
    """The attack kinds a sentence's words tell, in KIND_WORDS order. Frames ask this of the
    same sentences several times; on a long text each pass of the patterns costs."""
    return tuple(kind for kind, pattern in KIND_WORDS if pattern.search(sentence))


_ANAPHORA = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:attack|incident|bombing|explosion|blast|kidnapping|"
    r"abduction|shooting|assassination|killing|hijacking|siege|raid|ambush|murder)\b|"
    r"\b(?:occurred|took\s+place|happened)\b",
    re.I,
)
_YEAR_WINDOW = 180  # days: dates this close to an incident's dates belong to it


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

    def __call__(self, analysis: Analysis) -> Analysis:
        finalize(analysis)
        document = analysis.document
        sentences = document.sentences or [(0, len(document.text))]
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
            perpetrator_elsewhere(frames[0], document.text, analysis.mentions)
        return analysis

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
            if kinds_told(sentence) and any(
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
        # No attack told with its place, group, date or victims: the first dated stretch,
        # else the first telling an attack at all ("The police defused a bomb."), else the
        # whole text if it names a place or a group.
        for i, cluster in enumerate(clusters):
            if cluster.dates:
                return i
        text, sentences = analysis.document.text, analysis.document.sentences
        for i, cluster in enumerate(clusters):
            if any(kinds_told(text[slice(*sentences[n])]) for n in cluster.sentences if n < len(sentences)):
                return i
        dateline = analysis.document.dateline
        has_subject = any(m.kind in ("place", "group") for m in analysis.mentions) or (
            dateline is not None and dateline.place is not None
        )
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
        place_frame(frame, text, mentions, document if is_main else None)
        group_frame(frame, text, mentions)
        self._kinds(frame, text, cluster, sentences)
        count_frame(frame, text, mentions, sentences)
        headline_end = document.headline_span[1] if document.headline_span else -1
        evidence_sentence = next(
            (sentences[n] for n in cluster.sentences
             if sentences[n][0] > headline_end and kinds_told(text[sentences[n][0] : sentences[n][1]])),
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
        # Only for an incident that lasted: in one-day news, "on the previous day, a bomb…" is
        # another attack.
        earlier = [
            (v, m) for v, m in relative
            if lasting and m.date and m.date.offset and m.date.offset.direction < 0 and v.earliest() < start_value.earliest()
        ]  # fmt: skip
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

    def _kinds(self, frame: Frame, text: str, cluster: _Cluster, sentences: list[tuple[int, int]]) -> None:
        found: list[str] = []
        for number in cluster.sentences:
            sentence = text[sentences[number][0] : sentences[number][1]]
            found.extend(kind for kind in kinds_told(sentence) if kind not in found)
        if "hostage_kidnapping" in found and "hostage_barricade" in found:
            found.remove("hostage_barricade")
        frame.kinds = found

def make_frames(today: dt.date | None = None) -> FrameBuilder:
    return FrameBuilder(today)


def register() -> None:
    register_factory(COMPONENT, make_frames, assigns=FrameBuilder.assigns)


__all__ = ["DurationValue", "FrameBuilder", "finalize"]
