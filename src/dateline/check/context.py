"""What every rule reads: the analysis, the publication date, the store, and text geometry.

:class:`StoreFacts` caches what the rules look up in the store (linked incidents, the
group table); one is made per checker and shared by every text it checks, so a batch of
a thousand posts reads the group table once. :class:`CheckContext` is made per text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from dateline.check.report import Finding, Severity
from dateline.errors import NotFound
from dateline.model import Group, Incident
from dateline.store.store import Store
from dateline.text.document import trim_span
from dateline.text.types import Analysis, Frame, Link, Mention

# A link is trusted for record comparisons only when it is strong and clearly ahead of the
# runner-up: comparing a text with the wrong record is the worst false alarm there is.
CONFIDENT_LINK = 0.7
LINK_MARGIN = 0.1

# "By Jane Marlowe" / "Written by …": where the byline and the author's bio begin.
_BYLINE = re.compile(
    r"(?m)^[ \t]*(?:[-—–]\s*)?(?:Written\s+)?[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}[ \t]*$"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Where a sentence turns to another statement: "…in Tehran, where 52 Americans were held…".
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]—]|\s–\s|\s-\s|,\s+(?=(?:where|which|while|whereas|who|whose|whom|but|although|"
    r"though|yet|whereupon|just\s+as)\b)"
)


class StoreFacts:
    """Cached reads of the store for the rules; works (finding nothing) without a store."""

    def __init__(self, store: Store | None):
        self.store = store
        self._incidents: dict[str, Incident | None] = {}
        self._groups: dict[str, Group] | None = None
        self._anniversaries: dict[tuple[int, int], list[tuple[int, str | None]]] = {}

    def incident(self, incident_id: str) -> Incident | None:
        if self.store is None:
            return None
        if incident_id not in self._incidents:
            try:
                self._incidents[incident_id] = self.store.get_incident(incident_id)
            except NotFound:
                self._incidents[incident_id] = None
        return self._incidents[incident_id]

    def anniversary_years(self, month: int, day: int, countries: set[str]) -> set[int]:
        """Years in which a stored incident in one of ``countries`` started or ended on
        this month-day."""
        if self.store is None:
            return set()
        key = (month, day)
        if key not in self._anniversaries:
            from dateline.store.queries import anniversary_candidates

            found = anniversary_candidates(self.store, month, day, top=1000)
            self._anniversaries[key] = [(c.year, c.country) for c in found]
        return {year for year, country in self._anniversaries[key] if country in countries}

    def group(self, group_id: str | None) -> Group | None:
        if self.store is None or not group_id:
            return None
        if self._groups is None:
            self._groups = {g.id: g for g in self.store.groups()}
        return self._groups.get(group_id)


@dataclass
class CheckContext:
    """One text under check: its analysis and everything rules ask about it."""

    analysis: Analysis
    facts: StoreFacts
    today: dt.date
    # Results one rule computes and another reuses (duplicate sentences), by name.
    cache: dict[str, Any] = field(default_factory=dict, repr=False)
    _sentence_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sentence_starts = [start for start, _ in self.analysis.document.sentences]

    # ---- the text ---------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.analysis.document.text

    @property
    def mentions(self) -> list[Mention]:
        return self.analysis.mentions

    @property
    def published(self) -> dt.date:
        """The publication date, else today: what "in the future" is measured from."""
        return self.analysis.document.published or self.today

    @property
    def published_given(self) -> bool:
        return self.analysis.document.published is not None

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset``, None when it falls between sentences."""
        sentences = self.analysis.document.sentences
        n = bisect.bisect_right(self._sentence_starts, offset) - 1
        if n >= 0 and sentences[n][0] <= offset < max(sentences[n][1], sentences[n][0] + 1):
            return n
        return None

    def sentence_span(self, offset: int) -> tuple[int, int]:
        """The sentence around ``offset`` (the line around it when it is in none)."""
        n = self.sentence_index(offset)
        if n is not None:
            return self.analysis.document.sentences[n]
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return start, len(self.text) if end < 0 else end

    def sentence_of(self, mention: Mention) -> tuple[int, int]:
        return self.sentence_span(mention.start)

    def clause_span(self, offset: int) -> tuple[int, int]:
        """The clause around ``offset``: its sentence cut at semicolons, dashes, brackets
        and relative turns (", where …", ", which …")."""
        start, end = self.sentence_span(offset)
        clause_start, clause_end = start, end
        for match in _CLAUSE_BREAK.finditer(self.text, start, end):
            if match.end() <= offset:
                clause_start = match.end()
            elif match.start() >= offset:
                clause_end = match.start()
                break
        return clause_start, clause_end

    def same_clause(self, *offsets: int) -> bool:
        first = self.clause_span(offsets[0])
        return all(first[0] <= o < max(first[1], first[0] + 1) for o in offsets[1:])

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Paragraph spans (blocks separated by a blank line), trimmed."""
        spans: list[tuple[int, int]] = []
        begin = 0
        for match in _PARAGRAPH_BREAK.finditer(self.text):
            spans.append((begin, match.start()))
            begin = match.end()
        spans.append((begin, len(self.text)))
        return [trim_span(self.text, s, e) for s, e in spans if self.text[s:e].strip()]

    def paragraph_index(self, offset: int) -> int | None:
        for n, (start, end) in enumerate(self.paragraphs):
            if start <= offset < end:
                return n
        return None

    @cached_property
    def bio_start(self) -> int:
        """Where the byline begins ("By Jane Marlowe"): what follows is about the author.

        The text's length when there is no byline.
        """
        text = self.text
        matches = [m for m in _BYLINE.finditer(text) if m.start() > len(text) // 3]
        return matches[-1].start() if matches else len(text)

    def in_bio(self, offset: int) -> bool:
        return offset >= self.bio_start

    @property
    def headline_span(self) -> tuple[int, int] | None:
        return self.analysis.document.headline_span

    def in_headline(self, offset: int) -> bool:
        span = self.headline_span
        return span is not None and span[0] <= offset < span[1]

    # ---- frames and records -------------------------------------------------------------

    def frame_of(self, mention: Mention) -> Frame | None:
        if mention.frame is None or not 0 <= mention.frame < len(self.analysis.frames):
            return None
        return self.analysis.frames[mention.frame]

    def confident_link(self, frame: Frame) -> Link | None:
        """The frame's link when it is strong and clearly ahead of any other."""
        if not frame.links:
            return None
        ranked = sorted(frame.links, key=lambda link: link.score, reverse=True)
        best = ranked[0]
        if best.score < CONFIDENT_LINK:
            return None
        if len(ranked) > 1 and best.score - ranked[1].score < LINK_MARGIN:
            return None
        return best

    def linked_record(self, frame: Frame) -> tuple[Incident, Link] | None:
        """The stored incident the frame is confidently linked to.

        A frame without a link of its own whose dates fall within the span of another
        frame's record is a later moment of that incident ("The crisis ended on January
        20, 1981, when …" after a lede on 4 November 1979), and takes its record.
        """
        link = self.confident_link(frame)
        if link is not None:
            record = self.facts.incident(link.id)
            return (record, link) if record is not None else None
        if frame.start is None:
            return None
        weak = {link.id for link in frame.links}
        for other in self.analysis.frames:
            if other is frame or (link := self.confident_link(other)) is None:
                continue
            if weak and link.id not in weak:
                continue  # the frame leans towards another incident
            record = self.facts.incident(link.id)
            if record is None or record.end is None or record.end == record.start:
                continue
            low, high = record.start.earliest(), record.end.latest()
            if low <= frame.start.earliest() and (frame.end or frame.start).latest() <= high:
                return record, link
        return None

    # ---- building findings -------------------------------------------------------------

    def finding(
        self, rule: str, severity: Severity, start: int, end: int, message: str, evidence: str = ""
    ) -> Finding:
        return Finding(rule, severity, start, end, self.text[start:end], message, evidence)

    def verified(
        self, rule: str, start: int, end: int, message: str, evidence: str = ""
    ) -> Finding:
        return Finding(
            rule, "info", start, end, self.text[start:end], message, evidence, verified=True
        )



def record_evidence(record: Incident, link: Link | None = None) -> str:
    """``record 1979-11-04-tehran-… (Seizure of …; source: Iran hostage crisis <url>)``."""
    sources = "; ".join(f"{s.title} <{s.url}>" if s.url else s.title for s in record.sources[:2])
    dataset = f"{record.dataset} dataset"
    if record.source_id and record.source_id != record.id:
        dataset += f" id {record.source_id}"
    parts = [f"record {record.id} ({record.title}; {dataset}"]
    if sources:
        parts.append(f"; source: {sources}")
    if link is not None:
        parts.append(f"; linked with score {link.score:.2f}")
    parts.append(")")
    return "".join(parts)
