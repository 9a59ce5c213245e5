"""duration: a stated length ("126 days", "a 4-month siege") against its own start and end.

The start and end are the text's own dates when it gives them next to the duration
("on November 4 … on January 20, 1981 … for 444 days"), else the linked record's. Day
counts are accepted counted either way — exclusive (443 from 4 Nov 1979 to 20 Jan 1981)
or inclusive (444) — unless the text says which; weeks, months and years within
rounding ("four months" for 126 days). A match goes to ``verified``; a contradiction
of the text's own dates in the same clause is an error, one against the linked record
a warning; dates in other clauses or sentences only verify (they may be of something
else).

Only a duration told as the length of the event is checked: "held for 444 days", "a
4-month hostage taking", "lasted 66 days". Ages, careers, sentences and offsets ("a
32-year veteran", "sentenced to 25 years", "two days after") are not.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from dateline.check.context import CheckContext, record_evidence
from dateline.check.registry import register_rule
from dateline.check.report import Finding
from dateline.model import Incident, PartialDate, Precision
from dateline.text.types import DurationValue, Mention

DURATION = "duration"

_PER_UNIT = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25, "decade": 3652.5}
# How far a rounded length may be from the true one, in its own unit: "four months" for
# 126 days (4.1 months) or 4.5, not 4.9; "three weeks" for 18 to 25 days.
_ROUNDING = {"week": 0.6, "month": 0.6, "year": 0.6, "decade": 0.6}
# How exactly the pair of dates must be known for a match to count as verified.
_VERIFY_SLACK_DAYS = {"day": 0, "week": 3, "month": 15, "year": 120, "decade": 400}

_SPAN_BEFORE = re.compile(
    r"(?i)\b(?:for|lasted|lasting|spanned|spanning|endured|enduring|after|ended\s+after|"
    r"over\s+the\s+course\s+of|throughout|in\s+all|total\s+of|all\s+of)\s+(?:(?:some|nearly|almost|"
    r"about|around|roughly|approximately|more\s+than|over|just\s+over|just\s+under|less\s+than|"
    r"an?|the|a\s+full|a\s+total\s+of)\s+)*$"
)
_SPAN_AFTER = re.compile(
    r"(?i)^\s*(?:-long|long\b|of\s+(?:captivity|detention|negotiations?|siege|standoff|"
    r"occupation|terror|fighting|crisis|confinement|being\s+held|hell|horror|talks)|in\s+captivity|"
    r"later\s+(?:it|the\s+(?:siege|crisis|standoff|ordeal|occupation|hostage))\s+ended)\b"
)
# Attributive lengths of a person's life or career, not of an event: "a 32-year veteran".
_NOT_EVENT_NOUN = re.compile(
    r"(?i)^\s*(?:veteran|career|old|sentence|term|prison|jail|ban|history|tenure|stint|"
    r"service|contract|mandate|plan|programme|program|project|membership|reign|rule|"
    r"marriage|life|lifetime|campaign|struggle|insurgency|war|conflict|exile|absence)\b"
)
_NOT_EVENT_SENTENCE = re.compile(
    r"(?i)\b(?:sentenc\w*|prison|jail\w*|imprison\w*|convict\w*|served|parole|veteran|career|"
    r"worked|aged|years?\s+old|ruled|in\s+office|reign\w*|exile|insurgency|war)\b"
)


@dataclass(frozen=True)
class Pair:
    """A start and an end the duration may be the length of, and where they came from."""

    start: PartialDate
    end: PartialDate
    source: str  # "text", "record" (of the duration's frame) or "other-record"
    same_sentence: bool = False  # both dates in the duration's own clause
    record: Incident | None = None
    mentions: tuple[Mention, ...] = ()

    @property
    def bounds(self) -> tuple[int, int]:
        """(fewest, most) days between the two, exclusive count."""
        low = (self.end.earliest() - self.start.latest()).days
        high = (self.end.latest() - self.start.earliest()).days
        return low, high


@dataclass(frozen=True)
class Verdict:
    matches: bool  # the length fits at least one way of counting
    exact: bool  # the dates are known well enough for a match to verify it
    days: int  # the closest exclusive count
    detail: str


def judge(duration: DurationValue, pair: Pair) -> Verdict | None:
    """Does ``duration`` fit the days between ``pair``? None when they are not a span."""
    low, high = pair.bounds
    if high < 0 or duration.unit not in _PER_UNIT:
        return None
    low = max(low, 0)
    amount = float(duration.amount)
    if duration.unit == "day":
        candidates = []  # exclusive counts, and +1 for inclusive ones
        for exclusive in range(low, high + 1):
            if duration.inclusive is not False:
                candidates.append(exclusive + 1)
            if duration.inclusive is not True:
                candidates.append(exclusive)
        matches = (
            any(_within_bound(duration, amount, c, 0.0) for c in candidates)
            if candidates
            else False
        )
        closest = min(range(low, high + 1), key=lambda d: abs(d - amount))
    else:
        per = _PER_UNIT[duration.unit]
        tolerance = _ROUNDING[duration.unit]
        closest = min(range(low, high + 1), key=lambda d: abs(d / per - amount))
        matches = _within_bound(duration, amount, closest / per, tolerance - 1e-9) or any(
            _within_bound(duration, amount, d / per, tolerance - 1e-9) for d in (low, high)
        )
    exact = high - low <= _VERIFY_SLACK_DAYS[duration.unit]
    return Verdict(matches, exact, closest, _describe(pair, low, high, duration))


def _within_bound(duration: DurationValue, stated: float, actual: float, tolerance: float) -> bool:
    if duration.bound == "at_least":  # "more than 400 days": the true length is above
        return actual + tolerance >= stated
    if duration.bound == "at_most":  # "nearly four months"
        return actual - tolerance <= stated
    if duration.bound == "about":
        return abs(actual - stated) <= max(tolerance, 0.1 * stated, 1.0)
    return abs(actual - stated) <= tolerance


def _describe(pair: Pair, low: int, high: int, duration: DurationValue) -> str:
    span = f"{_human(pair.start)} → {_human(pair.end)}"
    if low == high:
        length = f"{low} days, {low + 1} counting both the first and the last day"
        if duration.unit not in ("day",):
            length = f"{low} days ({low / _PER_UNIT[duration.unit]:.1f} {duration.unit}s)"
        return f"{span} is {length}"
    return f"{span} is between {low} and {high} days"


def _human(date: PartialDate) -> str:
    if date.precision == Precision.DAY:
        assert date.month is not None
        return f"{date.day} {calendar.month_name[date.month]} {date.year}"
    return date.human()


class DurationCheck:
    """A stated duration vs its own start and end (inclusive and exclusive counts accepted)."""

    id = DURATION
    severity = "error"

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        for mention in ctx.mentions:
            duration = mention.duration
            if duration is None or duration.unit not in _PER_UNIT or ctx.in_bio(mention.start):
                continue
            if not self._is_event_length(ctx, mention):
                continue
            yield from self._check(ctx, mention, duration)

    @staticmethod
    def _is_event_length(ctx: CheckContext, mention: Mention) -> bool:
        text = ctx.text
        sentence = text[slice(*ctx.sentence_of(mention))]
        after = text[mention.end : mention.end + 40]
        if mention.duration is not None and mention.duration.attributive:
            return _NOT_EVENT_NOUN.match(after) is None and not _NOT_EVENT_SENTENCE.search(sentence)
        if _NOT_EVENT_SENTENCE.search(sentence):
            return False
        before = text[max(0, mention.start - 40) : mention.start]
        return bool(_SPAN_BEFORE.search(before) or _SPAN_AFTER.match(after))

    def _check(
        self, ctx: CheckContext, mention: Mention, duration: DurationValue
    ) -> Iterator[Finding]:
        judged = [(pair, verdict) for pair in self._pairs(ctx, mention)
                  if (verdict := judge(duration, pair)) is not None]  # fmt: skip
        own = [pv for pv in judged if pv[0].source == "text" and pv[0].same_sentence]
        near = [pv for pv in judged if pv[0].source == "text" and not pv[0].same_sentence]
        record = [pv for pv in judged if pv[0].source == "record"]
        others = [pv for pv in judged if pv[0].source == "other-record"]
        # The text's own dates in the same sentence come first: they are what the
        # duration was written against. Then the record of the duration's incident, and
        # of the other incidents the text speaks of ("the four-month siege is often
        # compared with Tehran"): a length that fits none of them is doubted. Dates in
        # neighbouring sentences come last, since they may well be of something else.
        for group, may_contradict in ((own, True), (record + others, True), (near, False)):
            if not group:
                continue
            verified = [(p, v) for p, v in group if v.matches and v.exact]
            if verified:
                pair, verdict = verified[0]
                yield ctx.verified(
                    self.id, mention.start, mention.end,
                    f"{mention.text} agrees with {self._whose(pair)}: {verdict.detail}",
                    self._evidence(pair),
                )  # fmt: skip
                return
            if any(v.matches for _, v in group):
                continue  # consistent, but the dates are too vague to verify it
            if not may_contradict:
                continue
            primary = [pv for pv in group if pv[0].source != "other-record"]
            if not primary:
                continue
            pair, verdict = min(primary, key=lambda pv: abs(pv[1].days - duration.days))
            severity = "error" if pair.source == "text" and pair.same_sentence else "warning"
            yield ctx.finding(
                self.id, severity, mention.start, mention.end,  # type: ignore[arg-type]
                f"{mention.text} does not match {self._whose(pair)}: {verdict.detail}",
                self._evidence(pair),
            )  # fmt: skip
            return

    @staticmethod
    def _whose(pair: Pair) -> str:
        return "its own dates" if pair.source == "text" else "the linked record's dates"

    @staticmethod
    def _evidence(pair: Pair) -> str:
        if pair.record is not None:
            return record_evidence(pair.record)
        spans = ", ".join(f"{m.text!r} at {m.start}–{m.end}" for m in pair.mentions)
        return f"dates in the text: {spans}"

    def _pairs(self, ctx: CheckContext, mention: Mention) -> Iterator[Pair]:
        yield from self._text_pairs(ctx, mention)
        own = ctx.frame_of(mention)
        for frame in ctx.analysis.frames:
            linked = ctx.linked_record(frame)
            if linked is None or linked[0].end is None:
                continue
            record = linked[0]
            assert record.end is not None
            source = "record" if frame is own else "other-record"
            yield Pair(record.start, record.end, source, record=record)

    def _text_pairs(self, ctx: CheckContext, mention: Mention) -> Iterator[Pair]:
        """Start-end pairs from the duration's sentence, then from its neighbours."""
        sentence = mention.sentence
        paragraph = ctx.paragraph_index(mention.start)
        here = [m for m in self._dates_near(ctx, sentence, paragraph) if m.sentence == sentence]
        for pair in self._pairs_of(here, same_sentence=True):
            # Dates in another clause ("…, where 52 were held between 1979 and 1981") may
            # be of another event: the pair then counts as a neighbour's, not the text's own.
            in_clause = [ctx.same_clause(mention.start, m.start) for m in pair.mentions]
            yield replace(pair, same_sentence=all(in_clause))
        if not here or len(here) < 2:
            around = self._dates_near(ctx, sentence, paragraph, reach=1)
            if len(around) > len(here):
                for pair in self._pairs_of(around, same_sentence=False):
                    if any(m.sentence != sentence for m in pair.mentions):
                        yield pair

    @staticmethod
    def _dates_near(
        ctx: CheckContext, sentence: int, paragraph: int | None, reach: int = 0
    ) -> list[Mention]:
        found = []
        for m in ctx.mentions:
            if abs(m.sentence - sentence) > reach or m.start < ctx.analysis.document.body_start:
                continue
            if reach and ctx.paragraph_index(m.start) != paragraph:
                continue
            single = m.date is not None and m.date.value is not None and m.date.offset is None
            if single or (m.date_range is not None and m.date_range.valid):
                found.append(m)
        return found

    @staticmethod
    def _pairs_of(dates: list[Mention], *, same_sentence: bool) -> Iterator[Pair]:
        for m in dates:
            if m.date_range is not None:
                start, end = m.date_range.start.value, m.date_range.end.value
                if start is not None and end is not None:
                    yield Pair(start, end, "text", same_sentence, mentions=(m,))
        singles = [m for m in dates if m.date is not None and m.date.value is not None]
        for first, second in itertools.combinations(singles, 2):
            a, b = first.date.value, second.date.value  # type: ignore[union-attr]
            assert a is not None and b is not None
            if a.latest() > b.earliest():
                first, second, a, b = second, first, b, a
            if a == b:
                continue
            yield Pair(a, b, "text", same_sentence, mentions=(first, second))


def register() -> None:
    register_rule(
        "duration.v1", DurationCheck,
        description="A stated duration vs its own start and end; inclusive and exclusive "
        "day counts both accepted, months and years within rounding.",
        severity="error",
    )  # fmt: skip
