"""headline-conflict: the headline's date against the lede's and the body's.

An on-this-day post names its day twice: in the headline ("April 22, 1997 | …") and in
the lede ("On this day in 1997, …"). When the years differ one of them is wrong. Which
one is decided by the rest of the text: if the body's dates (and the linked record)
side with the lede, the headline is flagged; otherwise the lede is. Later "On this day
in …" sentences, and full dates on the headline's month-day with another year, may be
about another event on the same day, so they are warnings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.check.context import CheckContext
from dateline.check.registry import register_rule
from dateline.check.report import Finding, Severity
from dateline.model import PartialDate, Precision
from dateline.text.types import DateValue, Mention

HEADLINE_CONFLICT = "headline-conflict"
_ON_THIS_DAY = re.compile(r"(?i)^(?:on\s+)?this\s+(?:day|date)\b")
_OTHER_EVENT = re.compile(
    r"(?i)\b(?:anniversary|years?\s+(?:earlier|later|before|after|ago)|also|another|too|"
    r"same\s+(?:day|date)|previous|following)\b"
)


@dataclass(frozen=True)
class _Conflict:
    mention: Mention
    value: PartialDate
    severity: Severity
    why: str  # "the lede" / "the body"


class HeadlineConflict:
    """The headline's date vs the lede's or body's date for the same incident."""

    id = HEADLINE_CONFLICT
    severity = "error"

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.analysis.document
        headline = document.headline_date
        if headline is None:
            return
        years = {headline.year} | (
            {document.headline_date_end.year} if document.headline_date_end else set()
        )
        conflicts = list(self._conflicts(ctx, headline, years))
        if not conflicts:
            return
        errors = [c for c in conflicts if c.severity == "error"]
        headline_mention = self._headline_mention(ctx)
        if errors and headline_mention is not None:
            lede = errors[0]
            for_headline, for_other = self._votes(ctx, lede, years)
            # The side the rest of the text (and the store) agrees with is right; when
            # nothing decides, both sides of the conflict are marked.
            if for_other >= for_headline:
                yield ctx.finding(
                    self.id, "error", headline_mention.start, headline_mention.end,
                    f"the headline says {headline.year}, but {lede.why} says {lede.value.year}",
                    self._evidence(ctx, lede, years, headline_wrong=True),
                )  # fmt: skip
            if for_other > for_headline:
                # The headline is the odd one out: dates agreeing with the lede are right.
                conflicts = [c for c in conflicts if c.value.year != lede.value.year]
        for conflict in conflicts:
            yield ctx.finding(
                self.id, conflict.severity, conflict.mention.start, conflict.mention.end,
                f"{conflict.why} says {conflict.value.human()}, but the headline says {headline.human()}",
                self._evidence(ctx, conflict, years, headline_wrong=False),
            )  # fmt: skip

    def _conflicts(
        self, ctx: CheckContext, headline: PartialDate, years: set[int]
    ) -> Iterator[_Conflict]:
        document = ctx.analysis.document
        lede = self._lede_span(ctx)
        first_full = next(
            (m for m in ctx.mentions  # an impossible date ("April 31, 1995") counts too
             if m.date is not None and m.date.year_written
             and m.date.anchor == "absolute" and m.date.precision == Precision.DAY
             and m.start >= (lede[1] if lede else document.body_start)),
            None,
        )  # fmt: skip
        # The lede agreeing with the headline makes a restatement in another year an error.
        lede_agrees = lede is not None and any(
            m.date is not None and m.date.value is not None and m.date.year_written
            and lede[0] <= m.start < lede[1] and m.date.value.year in years
            for m in ctx.mentions
        )  # fmt: skip
        seen_on_this_day = False
        for mention in ctx.mentions:
            value = mention.date
            if value is None or value.value is None or not value.year_written:
                continue
            if mention.start < document.body_start or ctx.in_bio(mention.start):
                continue
            if value.value.earliest() > ctx.published:
                continue  # future-date says what is wrong with it
            in_lede = lede is not None and lede[0] <= mention.start < lede[1]
            if _ON_THIS_DAY.match(mention.text) and value.anchor == "headline":
                first = not seen_on_this_day
                seen_on_this_day = True
                if value.value.year in years:
                    continue
                severity: Severity = "error" if first or in_lede else "warning"
                yield _Conflict(mention, value.value, severity, "the lede" if first else "the body")
            elif self._same_day_other_year(value, headline, years):
                if in_lede:
                    yield _Conflict(mention, value.value, "error", "the lede")
                    continue
                # The body restates the day in its first full date ("LIMA, PERU — On April
                # 22, 1997, …"); other dates on the same month-day are often of another
                # event on that day ("two years to the day after Waco").
                sentence = ctx.text[slice(*ctx.sentence_of(mention))]
                if mention is first_full and not _OTHER_EVENT.search(sentence):
                    severity = "error" if lede_agrees else "warning"
                    yield _Conflict(mention, value.value, severity, "the body")

    @staticmethod
    def _same_day_other_year(value: DateValue, headline: PartialDate, years: set[int]) -> bool:
        date = value.value
        return (
            date is not None
            and value.anchor == "absolute"
            and date.precision == Precision.DAY
            and headline.month_day is not None
            and date.month_day == headline.month_day
            and date.year not in years
        )

    @staticmethod
    def _lede_span(ctx: CheckContext) -> tuple[int, int] | None:
        """The first sentence of the body (the lede of an on-this-day post)."""
        body_start = ctx.analysis.document.body_start
        for start, end in ctx.analysis.document.sentences:
            if start >= body_start and ctx.text[start:end].strip():
                return start, end
        return None

    @staticmethod
    def _headline_mention(ctx: CheckContext) -> Mention | None:
        index = ctx.analysis.document.headline_date_mention
        if index is not None and 0 <= index < len(ctx.mentions):
            return ctx.mentions[index]
        span = ctx.headline_span
        for mention in ctx.mentions:
            if (
                span
                and span[0] <= mention.start < span[1]
                and mention.kind in ("date", "date_range")
            ):
                return mention
        return None

    def _votes(self, ctx: CheckContext, conflict: _Conflict, years: set[int]) -> tuple[int, int]:
        """(evidence for the headline's year, evidence for the conflicting year).

        What counts: another date on the headline's month-day (3 points) and the store (2
        points). Other dates are often of other moments (the start of a siege that ended
        on the day, a trial, an earlier attack) and do not vote.
        """
        for_headline = for_other = 0
        document = ctx.analysis.document
        headline = document.headline_date
        for mention in ctx.mentions:
            if (
                mention is conflict.mention
                or mention.start < document.body_start
                or ctx.in_bio(mention.start)
            ):
                continue
            value = mention.date
            if value is None or value.value is None or not value.year_written:
                continue
            same_day = headline is not None and value.value.month_day == headline.month_day
            weight = 3 if same_day else 0
            if value.value.year in years:
                for_headline += weight
            elif value.value.year == conflict.value.year:
                for_other += weight
        # The store: an incident on the headline's month-day in one year and not the other
        # (any link of the text's frames, then every stored anniversary of the day).
        if headline is not None and headline.month_day is not None:
            countries = {
                m.place.country for m in ctx.mentions if m.place is not None and m.place.country
            }
            linked_years = set()
            for frame in ctx.analysis.frames:
                for link in frame.links:
                    record = ctx.facts.incident(link.id) if link.score >= 0.5 else None
                    if record is None or record.country not in countries:
                        continue  # the same day elsewhere (Aden, not Bali) says nothing
                    for date in (record.start, record.end):
                        if date is not None and date.month_day == headline.month_day:
                            linked_years.add(date.year)
            stored = linked_years or ctx.facts.anniversary_years(*headline.month_day, countries)
            in_headline_year = bool(stored & years)
            in_other_year = conflict.value.year in stored
            if in_headline_year != in_other_year:
                for_headline += 2 * in_headline_year
                for_other += 2 * in_other_year
        return for_headline, for_other

    def _evidence(
        self, ctx: CheckContext, conflict: _Conflict, years: set[int], *, headline_wrong: bool
    ) -> str:
        document = ctx.analysis.document
        for_headline, for_other = self._votes(ctx, conflict, years)
        headline = f"headline: {document.headline!r}"
        where = f"{conflict.why} at {conflict.mention.start}–{conflict.mention.end}: {conflict.mention.text!r}"
        if headline_wrong:
            return f"{where}; {for_other} other date(s) in the text or the linked record agree with it, {for_headline} with the headline"
        return f"{headline}; {for_headline} other date(s) in the text or the linked record agree with the headline"


def register() -> None:
    register_rule(
        "headline-conflict.v1", HeadlineConflict,
        description="The headline's date vs the lede's or the body's date for the same incident.",
        severity="error",
    )  # fmt: skip
