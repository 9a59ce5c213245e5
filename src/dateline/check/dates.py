"""Rules on single dates: impossible-date, future-date, weekday.

Each reads the analysis' date mentions (``DateValue``): whether the written date exists
(``valid``/``problem``), whether it lies after the publication date, and whether the
weekday written with it is the right one. Only what the text wrote is judged: a year
filled in from context ("November 4 of that year") is not the writer's claim.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from dateline.check.context import CheckContext
from dateline.check.registry import register_rule
from dateline.check.report import Finding
from dateline.check.wording import ATTRIBUTIVE_YEAR, DEADLINE, FUTURE
from dateline.model import PartialDate, Precision
from dateline.text.types import DateValue, Mention

IMPOSSIBLE = "impossible-date"
FUTURE_DATE = "future-date"
WEEKDAY = "weekday"

PLAN_HORIZON_YEARS = 30
WEEKDAY_NAMES = tuple(calendar.day_name)
# "April 22, 1997, a Tuesday" / "(a Tuesday)" / "which was a Tuesday": a weekday told after.
_WEEKDAY_AFTER = re.compile(
    r"^,?\s*(?:\(\s*)?(?:which\s+was\s+|that\s+was\s+|then\s+)?(?:a|on\s+a)\s+"
    rf"(?P<wd>{'|'.join(WEEKDAY_NAMES)})\b"
)
_CLOCK = re.compile(r"(?i)^\s*(?:hours?|hrs?|h\b|local\s+time|gmt|utc|zulu|z\b)")
# Clause boundaries for tense: a date's tense is read in its own clause.
_CLAUSE_END = re.compile(r"[;:()\[\]—]|\s–\s|\s-\s")


def date_values(mention: Mention) -> Iterator[DateValue]:
    """The DateValue(s) of a date or date-range mention."""
    if mention.date is not None:
        yield mention.date
    elif mention.date_range is not None:
        yield mention.date_range.start
        yield mention.date_range.end


def written_human(value: DateValue) -> str:
    """The date as written, in words: "April 31, 1997", "February 29"."""
    w = value.written
    month = calendar.month_name[w.month] if w.month else None
    if month and w.day and w.year:
        return f"{month} {w.day}, {w.year}"
    if month and w.day:
        return f"{month} {w.day}"
    if month and w.year:
        return f"{month} {w.year}"
    return str(w.year) if w.year else "the date"


def _is_on_this_day(ctx: CheckContext, mention: Mention) -> bool:
    return re.match(r"(?i)(?:on\s+)?this\s+(?:day|date)", mention.text) is not None


# ---- impossible-date ----------------------------------------------------------------


class ImpossibleDate:
    """A day that does not exist: 31 September, 30 February, 29 February of a common year."""

    id = IMPOSSIBLE
    severity = "error"

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        for mention in ctx.mentions:
            for value in date_values(mention):
                if value.valid:
                    continue
                yield self._finding(ctx, mention, value)
                break

    def _finding(self, ctx: CheckContext, mention: Mention, value: DateValue) -> Finding:
        w = value.written
        problem = value.problem or f"{written_human(value)} does not exist"
        # 29 February of a year the text did not write: the year came from context and
        # may be what is wrong, so this is likely, not certainly, an error.
        leap_only = w.month == 2 and w.day == 29
        severity = "warning" if leap_only and not value.year_written else "error"
        evidence = ""
        if w.month and w.day:
            if w.year and not (leap_only and not value.year_written):
                days = calendar.monthrange(w.year, w.month)[1]
                evidence = f"{calendar.month_name[w.month]} {w.year} has {days} days"
            else:
                longest = calendar.monthrange(2000, w.month)[1]
                evidence = f"{calendar.month_name[w.month]} never has more than {longest} days"
            if leap_only and not value.year_written and w.year:
                evidence = f"the year {w.year} comes from the context and is not a leap year"
        return ctx.finding(
            self.id, severity, mention.start, mention.end,  # type: ignore[arg-type]
            f"no such day: {problem}", evidence,
        )  # fmt: skip


# ---- future-date --------------------------------------------------------------------


class FutureDate:
    """A date after the publication date (today if none is given) told as past."""

    id = FUTURE_DATE
    severity = "error"

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        published = ctx.published
        for mention in ctx.mentions:
            value = self._first_value(mention)
            if value is None or value.value is None or not value.year_written:
                continue
            if value.anchor == "relative" or value.offset is not None:
                continue  # "four months later": its base is what the text wrote
            if value.value.earliest() <= published:
                continue
            if self._clock_time(ctx, mention):
                continue
            # Plans and forecasts reach a few decades ahead at most; beyond that a year is
            # a typo whatever the wording ("who would become prime minister in 2956").
            past = self._told_as_past(ctx, mention)
            if not past and value.value.year <= published.year + PLAN_HORIZON_YEARS:
                continue
            yield self._finding(ctx, mention, value.value, past)

    @staticmethod
    def _first_value(mention: Mention) -> DateValue | None:
        # A range is in the future when its start is: "2020-2030" may be a plan's term.
        if mention.date is not None:
            return mention.date
        if mention.date_range is not None:
            return mention.date_range.start
        return None

    @staticmethod
    def _clock_time(ctx: CheckContext, mention: Mention) -> bool:
        """"shortly after 2100 local time": a clock time the date finder read as a year."""
        is_year = mention.date is not None and mention.date.precision == Precision.YEAR
        return is_year and _CLOCK.match(ctx.text[mention.end : mention.end + 20]) is not None

    def _told_as_past(self, ctx: CheckContext, mention: Mention) -> bool:
        # The headline and "On this day in …" of an on-this-day post are past by design.
        if ctx.in_headline(mention.start) or _is_on_this_day(ctx, mention):
            return True
        text = ctx.text
        start, end = ctx.sentence_of(mention)
        before = text[start : mention.start]
        after = text[mention.end : end]
        cut = list(_CLAUSE_END.finditer(before))
        clause_before = before[cut[-1].end() :] if cut else before
        found = _CLAUSE_END.search(after)
        clause_after = after[: found.start()] if found else after
        if DEADLINE.search(clause_before):
            return False
        if FUTURE.search(clause_before) or FUTURE.search(clause_after):
            return False
        # "the 2030 Agenda", "the 2028 Olympics": a name, not a past event.
        is_year = mention.date is not None and mention.date.precision == Precision.YEAR
        return not (
            is_year
            and re.search(r"(?i)\bthe\s+$", clause_before)
            and ATTRIBUTIVE_YEAR.match(clause_after)
        )

    def _finding(self, ctx: CheckContext, mention: Mention, value: PartialDate, past: bool) -> Finding:
        published = ctx.published
        told = "but is told as past" if past else f"by more than {PLAN_HORIZON_YEARS} years"
        if ctx.published_given:
            reference = f"published {published.isoformat()}"
            message = f"{value.human()} is after the publication date ({_day(published)}) {told}"
        else:
            reference = f"no publication date given: compared with today, {published.isoformat()}"
            message = f"{value.human()} is in the future {told}"
        how = "the text tells it as a past event" if past else "too far ahead for a plan or a forecast"
        evidence = f"{reference}; {how}"
        years = value.year - published.year
        if years > 100:
            evidence += f" ({years} years ahead: likely a typo in the year)"
        return ctx.finding(self.id, "error", mention.start, mention.end, message, evidence)


def _day(day: dt.date) -> str:
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


# ---- weekday ------------------------------------------------------------------------


class WeekdayCheck:
    """ "Tuesday, 22 April 1997" when that day was not a Tuesday."""

    id = WEEKDAY
    severity = "error"

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        for mention in ctx.mentions:
            value = (
                mention.date
                if mention.date is not None
                else (mention.date_range.start if mention.date_range is not None else None)
            )
            if value is None or value.value is None or value.value.precision < Precision.DAY:
                continue
            written = value.weekday
            span_end = mention.end
            if written is None:
                after = _WEEKDAY_AFTER.match(ctx.text[mention.end : mention.end + 40])
                if after is None:
                    continue
                written = WEEKDAY_NAMES.index(after.group("wd"))
                span_end = mention.end + after.end()
            actual = value.value.to_date().weekday()
            if actual == written:
                yield ctx.verified(
                    self.id, mention.start, span_end,
                    f"{value.value.human()} was indeed a {WEEKDAY_NAMES[actual]}",
                    "calendar (proleptic Gregorian)",
                )  # fmt: skip
                continue
            # With a year the text did not write, the year may be what is wrong.
            certain = value.year_written or value.anchor == "headline"
            yield ctx.finding(
                self.id, "error" if certain else "warning", mention.start, span_end,
                f"{value.value.human()} was a {WEEKDAY_NAMES[actual]}, not a {WEEKDAY_NAMES[written]}",
                "calendar (proleptic Gregorian)"
                + ("" if certain else f"; the year {value.value.year} comes from the context"),
            )  # fmt: skip


def register() -> None:
    register_rule(
        "impossible-date.v1", ImpossibleDate,
        description="A day that does not exist (31 September, 30 February, 29 February of a common year).",
        severity="error",
    )  # fmt: skip
    register_rule(
        "future-date.v1", FutureDate,
        description="A date after the publication date (default today) told as past.",
        severity="error",
    )  # fmt: skip
    register_rule(
        "weekday.v1", WeekdayCheck,
        description="A weekday written with a date that fell on another day.",
        severity="error",
    )  # fmt: skip
