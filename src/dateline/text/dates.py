"""Dates in text: absolute, partial, anchored, relative, ranges — each with its precision.

Two steps. :func:`scan` finds date expressions with regular expressions tried in order of
priority (ranges before single dates, full dates before partial ones); a span taken by
one expression is not matched again. :func:`resolve` then reads them in text order and
fills what is missing from context: the nearest earlier date ("November 4 of that
year", "four months earlier"), the headline ("On this day in 1997"), the publication
date. Nothing is ever filled from today, and ordinary words ("may", "march", "sat") are
never dates: month names match only capitalised and next to a day or a year (or after
"in"/"since"/… for a bare month).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from dateline.errors import InvalidDate
from dateline.model import PartialDate, Precision
from dateline.text.numbers import NUMBER, parse_number
from dateline.text.types import (
    Analysis,
    DateAnchor,
    DateRangeValue,
    DateValue,
    DurationUnit,
    Mention,
    RelativeOffset,
    WrittenDate,
)

COMPONENT = "dateline.dates.v1"

MONTH_NAMES: dict[str, int] = {name: n for n, name in enumerate(calendar.month_name) if name}
_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {name: n for n, name in enumerate(calendar.day_name)}


def month_number(word: str) -> int | None:
    word = word.rstrip(".")
    title = word[:1].upper() + word[1:].lower()
    return MONTH_NAMES.get(title) or _ABBREVIATIONS.get(title)


def _alternatives(words: list[str]) -> str:
    forms: list[str] = []
    for word in words:
        forms.extend((word, word.upper()))
    return "|".join(sorted(set(forms), key=len, reverse=True))


_FULL_MONTH = _alternatives(list(MONTH_NAMES))
# Abbreviations only with their full stop ("Sept."), so that "Jan" the name and "mar" the
# Spanish word are not months.
_ABBR_MONTH = "|".join(
    sorted((f"{a}\\." for a in _ABBREVIATIONS), key=len, reverse=True)
)
MONTH = rf"(?:{_FULL_MONTH}|{_ABBR_MONTH})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"[12]\d{3}(?![\d])"
_WEEKDAY = rf"(?:(?P<wd>{_alternatives(list(WEEKDAYS))}),?\s+(?:the\s+)?)?"
_TAIL = (
    r"(?:,?\s+(?:of\s+)?(?P<tail>that\s+(?:same\s+)?year|the\s+same\s+year|"
    r"the\s+(?:following|next|previous|preceding)\s+year))?"
)
_QUALIFIER = r"(?:(?P<q>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+end\s+of|[Tt]he\s+beginning\s+of)[-\s]+)?"
_DAY_G = rf"(?P<d>{_DAY})"
_DAY2_G = rf"(?P<d2>{_DAY})"
_DASH = r"\s*(?:-|–|—|to|until|through|thru)\s*"

_UNIT = r"(?P<u>day|week|month|year|decade)s?"
_DIRECTION = (
    r"(?P<dir>earlier|later|before|after(?:wards?)?|beforehand|prior|previously|ago|on)\b"
)

# (kind, pattern); tried in this order, a span once taken is not matched again.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", rf"(?<![\d-])(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"),
    ("range_md", rf"{_WEEKDAY}(?P<m>{MONTH})\s+{_DAY_G}{_DASH}{_DAY2_G},?\s+(?P<y>{_YEAR})"),
    ("range_dm", rf"(?<!\d){_DAY_G}{_DASH}{_DAY2_G}\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{_YEAR})"),
    ("full_mdy", rf"{_WEEKDAY}(?P<m>{MONTH})\s+{_DAY_G},?\s+(?P<y>{_YEAR})"),
    ("full_dmy", rf"{_WEEKDAY}(?<!\d){_DAY_G}(?:\s+of)?\s+(?P<m>{MONTH}),?\s+(?P<y>{_YEAR})"),
    ("on_this_day", rf"(?P<lead>\b(?:[Oo]n\s+)?[Tt]his\s+(?:day|date)|\b[Oo]n\s+[Tt]his\s+day),?\s+in\s+(?P<y>{_YEAR})"),
    ("range_years", rf"(?<![\d/.,-])(?P<y>{_YEAR})\s*(?:-|–|—|/)\s*(?P<y2>[12]\d{{3}}|\d{{2}})(?![\d/.,-]\d)(?!\d)"),
    ("range_between_years", rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<y>{_YEAR})\s+(?:and|to|until|through)\s+(?P<y2>{_YEAR})"),
    ("month_year", rf"{_QUALIFIER}(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})"),
    ("md", rf"{_WEEKDAY}(?P<m>{MONTH})\s+{_DAY_G}(?!,?\s*\d){_TAIL}"),
    ("dm", rf"{_WEEKDAY}(?<!\d)(?:the\s+)?{_DAY_G}(?:\s+of)?\s+(?P<m>{_FULL_MONTH}|{_ABBR_MONTH})(?!,?\s*\d){_TAIL}"),
    ("decade", rf"{_QUALIFIER}(?:the\s+)?(?P<y>[12]\d{{2}}0)'?s\b"),
    ("month", rf"\b(?P<cue>in|In|since|Since|until|Until|by|during|from|From|of|early|late|mid|Early|Late|Mid)[\s-](?P<m>{_FULL_MONTH})\b(?!\s+\d){_TAIL}"),
    ("year", rf"(?:\b(?P<cue>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|[Oo]f|[Tt]he\s+year|[Tt]he|year|[Ss]ummer\s+of|[Ss]pring\s+of|[Aa]utumn\s+of|[Ff]all\s+of|[Ww]inter\s+of|[Cc]irca|c\.|[Aa]round|[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd\s+of)[\s-]+)(?P<y>{_YEAR})(?!\s*(?:-|–)\s*\d)(?!\s+(?:people|persons|men|women|children|soldiers|troops|civilians|police|km|kilometers|miles|meters|metres|feet|kg|pounds|tons|dollars|rounds|hostages|members|passengers)\b)"),
    ("relative", rf"(?P<n>\b(?i:{NUMBER}|several|a\s+few|few|an?)\b)\s+{_UNIT}\s+{_DIRECTION}"),
    ("relative_the", r"\b[Tt]he\s+(?P<dir>following|next|previous|preceding|same)\s+(?P<u>day|week|month|year)\b"),
    ("relative_that", r"\b(?P<dir>that|[Tt]hat\s+same|the\s+same)\s+(?P<u>day|year)\b"),
    ("relative_day", r"\b[Tt]he\s+(?P<u>day)\s+(?P<dir>before|after)\b(?!\s+(?:the|a|an|his|her|their|its)\b)"),
    ("yesterday", r"\b(?P<dir>[Yy]esterday)\b"),
    ("last_year", r"\b(?P<dir>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<u>year|month)\b"),
)  # fmt: skip

_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in _PATTERNS)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*$")
_RANGE_LEAD = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")
_QUALIFIED = {"early", "mid", "late", "the end of", "the beginning of", "end of", "circa", "c.", "around"}


@dataclass(frozen=True)
class Found:
    """One date expression as written, before anchoring."""

    kind: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year2: int | None = None
    month2: int | None = None
    day2: int | None = None
    weekday: int | None = None
    approximate: bool = False
    tail: str | None = None  # "that year", "the following year", …
    offset: RelativeOffset | None = None
    ago: bool = False  # "three years ago": counted back from the publication date


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else None


def _direction(word: str) -> int:
    word = word.lower()
    if word in ("earlier", "before", "beforehand", "prior", "previously", "ago", "previous", "preceding", "yesterday", "last"):
        return -1
    if word in ("that", "that same", "the same", "same", "this"):
        return 0
    return 1


def _found(kind: str, match: re.Match[str]) -> Found | None:
    groups = match.groupdict()
    weekday = WEEKDAYS.get((groups.get("wd") or "").title())
    qualifier = (groups.get("q") or groups.get("cue") or "").lower()
    approximate = qualifier in _QUALIFIED
    start, end = match.span()
    if kind == "year" and groups.get("cue") and not approximate:
        start = match.start("y")  # "in 1997": the date is the year
    if kind == "month" and not approximate:
        start = match.start("m")  # "in 1997": the date is the year
    month = None
    if groups.get("m"):
        month = int(groups["m"]) if groups["m"].isdigit() else month_number(groups["m"])
    year = _int(groups.get("y"))
    day = _int(groups.get("d"))
    tail = re.sub(r"\s+", " ", groups["tail"].lower()) if groups.get("tail") else None
    if kind.startswith("range") and kind != "range_years" and kind != "range_between_years":
        return Found(kind, start, end, year, month, day, year, month, _int(groups["d2"]), weekday)
    if kind in ("range_years", "range_between_years"):
        assert year is not None
        raw = groups["y2"]
        year2 = int(raw) if len(raw) == 4 else (year // 100) * 100 + int(raw)
        if not 0 < year2 - year <= 100:
            return None
        return Found("range_years", start, end, year, year2=year2)
    if kind == "decade":
        assert year is not None
        return Found(kind, start, end, year, year2=year + 9, approximate=approximate)
    if kind.startswith("relative") or kind in ("yesterday", "last_year"):
        unit = (groups.get("u") or "day").lower()
        direction = _direction(groups["dir"].split()[-1] if groups["dir"] else "")
        if kind == "relative":
            amount = parse_number(groups["n"]) if groups["n"].lower() not in ("an", "a") else 1
            if groups["n"].lower() in ("several", "a few", "few"):
                amount = 3
            if amount is None:
                return None
            if groups["dir"].lower() == "on":
                direction = 1
        elif kind == "relative_that":
            amount = 0
        else:
            amount = 0 if direction == 0 else 1
        return Found(
            kind, start, end, weekday=weekday,
            offset=RelativeOffset(amount, _unit(unit), direction),
            ago=(groups["dir"] or "").lower() == "ago",
        )  # fmt: skip
    return Found(kind, start, end, year, month, day, weekday=weekday, approximate=approximate, tail=tail)


def _unit(word: str) -> DurationUnit:
    return word if word in ("day", "week", "month", "year", "decade") else "day"  # type: ignore[return-value]


_HAS_MONTH = re.compile(rf"{MONTH}")
_HAS_YEAR = re.compile(r"[12]\d{3}")
_HAS_RELATIVE = re.compile(
    r"(?i)\b(?:day|week|month|year|decade|yesterday|following|previous|preceding|same)s?\b"
)
# Which patterns can match at all, by what they need in the text: most short texts have no
# month name or no year, and skipping their patterns halves the time of a scan.
_NEEDS: dict[str, tuple[bool, bool, bool]] = {  # (month, year, relative word)
    "iso": (False, True, False), "range_md": (True, True, False), "range_dm": (True, True, False),
    "full_mdy": (True, True, False), "full_dmy": (True, True, False),
    "on_this_day": (False, True, False), "range_years": (False, True, False),
    "range_between_years": (False, True, False), "month_year": (True, True, False),
    "md": (True, False, False), "dm": (True, False, False), "decade": (False, False, False),
    "month": (True, False, False), "year": (False, True, False),
    "relative": (False, False, True), "relative_the": (False, False, True),
    "relative_that": (False, False, True), "relative_day": (False, False, True),
    "yesterday": (False, False, True), "last_year": (False, False, True),
}  # fmt: skip


def scan(text: str) -> list[Found]:
    """Every date expression in ``text``, by start offset, without overlaps."""
    taken = bytearray(len(text))
    found: list[Found] = []
    has = (
        _HAS_MONTH.search(text) is not None,
        _HAS_YEAR.search(text) is not None,
        _HAS_RELATIVE.search(text) is not None,
    )
    for kind, pattern in _COMPILED:
        needs = _NEEDS[kind]
        if (needs[0] and not has[0]) or (needs[1] and not has[1]) or (needs[2] and not has[2]):
            continue
        if kind == "decade" and not has[1] and "0s" not in text and "0's" not in text:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            item = _found(kind, match)
            if item is None:
                continue
            if kind == "relative" and item.offset and item.offset.direction == 1 and match.group("dir").lower() == "on":
                # "two days on" is rare; "on" more often starts a phrase ("a year on which …")
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append(item)
    found.sort(key=lambda f: f.start)
    return _join_ranges(text, found)


def _join_ranges(text: str, found: list[Found]) -> list[Found]:
    """``from 4 November 1979 to 20 January 1981`` and ``May 1 - June 3, 1990``: one range."""
    joined: list[Found] = []
    for item in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind in ("full_mdy", "full_dmy", "md", "dm", "month_year", "month")
            and item.kind in ("full_mdy", "full_dmy", "month_year", "md", "dm")
            and previous.tail is None
            and _RANGE_JOIN.fullmatch(text[previous.end : item.start]) is not None
            and (
                "and" not in text[previous.end : item.start]
                or _RANGE_LEAD.search(text[max(0, previous.start - 9) : previous.start])
            )
        ):
            year = previous.year or item.year
            joined[-1] = Found(
                "range_full", previous.start, item.end, year, previous.month, previous.day,
                item.year, item.month, item.day, previous.weekday,
            )  # fmt: skip
            continue
        joined.append(item)
    return joined


# ---- resolution ----------------------------------------------------------------------


def _partial(year: int | None, month: int | None, day: int | None) -> tuple[PartialDate | None, str | None]:
    """The PartialDate, or None with the reason it cannot exist."""
    if year is None:
        return None, None
    try:
        return PartialDate(year, month, day), None
    except InvalidDate as exc:
        return None, str(exc)


def _impossible_without_year(month: int | None, day: int | None) -> str | None:
    """"September 31" is impossible in any year; "February 29" is not."""
    if month is None or day is None:
        return None
    longest = calendar.monthrange(2000, month)[1]
    if day > longest:
        return f"{calendar.month_name[month]} has no day {day} (it has {longest} days)"
    return None


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift(anchor: PartialDate, offset: RelativeOffset) -> PartialDate | None:
    """``anchor`` moved by ``offset``; precision never exceeds what the offset allows."""
    amount = offset.amount * offset.direction
    try:
        if offset.unit in ("day", "week"):
            if anchor.precision < Precision.DAY:
                if offset.unit == "week" and anchor.month is not None:
                    return PartialDate(anchor.year, anchor.month)
                return PartialDate(anchor.year)
            days = amount * (7 if offset.unit == "week" else 1)
            return PartialDate.from_date(anchor.to_date() + dt.timedelta(days=days))
        if offset.unit == "month":
            if anchor.month is None:
                return PartialDate(anchor.year)
            year, month = _add_months(anchor.year, anchor.month, amount)
            return PartialDate(year, month)
        years = amount * (10 if offset.unit == "decade" else 1)
        if offset.amount == 0:
            return anchor
        return PartialDate(anchor.year + years)
    except (InvalidDate, OverflowError, ValueError):
        return None


@dataclass
class _Context:
    """What earlier text tells about the time being talked about."""

    headline: PartialDate | None
    published: dt.date | None
    last: PartialDate | None = None  # the latest resolved date, in text order
    last_index: int | None = None


def _year_from_context(
    context: _Context, month: int | None, day: int | None, tail: str | None
) -> tuple[int | None, DateAnchor, int | None]:
    """The year for a month-day or a bare month, and what gave it."""
    if context.last is not None:
        year = context.last.year
        if tail and ("following" in tail or "next" in tail):
            year += 1
        elif tail and ("previous" in tail or "preceding" in tail):
            year -= 1
        return year, "context", context.last_index
    if context.headline is not None:
        return context.headline.year, "headline", None
    if context.published is not None:
        year = context.published.year
        # A news report of "December 30" published on 2 January means last year.
        if month is not None and (month, day or 1) > (context.published.month, context.published.day):
            year -= 1
        return year, "published", None
    return None, "context", None


def _value(
    found: Found,
    year: int | None,
    month: int | None,
    day: int | None,
    *,
    anchor: DateAnchor = "absolute",
    anchor_mention: int | None = None,
    offset: RelativeOffset | None = None,
    year_written: bool = True,
) -> DateValue:
    value, problem = _partial(year, month, day)
    if year is None:
        problem = _impossible_without_year(month, day)
    precision = Precision.DAY if day is not None else Precision.MONTH if month is not None else Precision.YEAR
    if value is not None and found.approximate:
        value = replace(value, approximate=True)
    return DateValue(
        value=value,
        written=WrittenDate(year, month, day),
        precision=precision,
        anchor=anchor,
        anchor_mention=anchor_mention,
        offset=offset,
        valid=problem is None,
        problem=problem,
        approximate=found.approximate,
        weekday=found.weekday,
        year_written=year_written,
    )


def resolve(
    text: str,
    found: list[Found],
    *,
    headline: PartialDate | None = None,
    published: dt.date | None = None,
    first_index: int = 0,
) -> list[Mention]:
    """Date mentions, anchored in text order; ``first_index`` numbers them for anchors."""
    context = _Context(headline, published)
    mentions: list[Mention] = []
    for item in found:
        index = first_index + len(mentions)
        mention = _resolve_one(text, item, context, index)
        if mention is None:
            continue
        mentions.append(mention)
        latest = _latest_value(mention)
        # Relative dates are too vague to anchor later ones; the event they point back to
        # is not the time the text is now talking about.
        if latest is not None and item.offset is None:
            context.last, context.last_index = latest, index
    return mentions


def _latest_value(mention: Mention) -> PartialDate | None:
    if mention.date is not None:
        return mention.date.value
    if mention.date_range is not None:
        return mention.date_range.end.value or mention.date_range.start.value
    return None


def _resolve_one(text: str, item: Found, context: _Context, index: int) -> Mention | None:
    span_text = text[item.start : item.end]

    def date(value: DateValue) -> Mention:
        return Mention("date", item.start, item.end, span_text, COMPONENT, date=value)

    def date_range(start: DateValue, end: DateValue) -> Mention:
        return Mention(
            "date_range", item.start, item.end, span_text, COMPONENT,
            date_range=DateRangeValue(start, end),
        )  # fmt: skip

    kind = item.kind
    if kind in ("iso", "full_mdy", "full_dmy", "month_year", "year"):
        return date(_value(item, item.year, item.month, item.day))
    if kind in ("range_md", "range_dm"):
        start = _value(item, item.year, item.month, item.day)
        end = _value(replace(item, weekday=None), item.year, item.month, item.day2)
        return date_range(start, end)
    if kind == "range_years":
        return date_range(_value(item, item.year, None, None), _value(item, item.year2, None, None))
    if kind == "decade":
        start = _value(item, item.year, None, None)
        return date_range(start, _value(item, item.year2, None, None))
    if kind == "range_full":
        start_year = item.year if item.year is not None else item.year2
        end_year = item.year2 if item.year2 is not None else item.year
        written = item.year is not None
        anchor: DateAnchor = "absolute"
        anchor_mention = None
        if start_year is None:
            start_year, anchor, anchor_mention = _year_from_context(context, item.month, item.day, None)
            end_year = start_year
            written = False
        if start_year is not None and end_year is not None and (item.month2 or 0) < (item.month or 0) and item.year2 is None:
            end_year += 1
        start = _value(item, start_year, item.month, item.day, anchor=anchor,
                       anchor_mention=anchor_mention, year_written=written)  # fmt: skip
        end = _value(replace(item, weekday=None), end_year, item.month2, item.day2, anchor=anchor,
                     anchor_mention=anchor_mention, year_written=item.year2 is not None)  # fmt: skip
        return date_range(start, end)
    if kind == "on_this_day":
        reference = context.headline or (
            PartialDate.from_date(context.published) if context.published else None
        )
        if reference is None or reference.month_day is None:
            return date(_value(item, item.year, None, None))
        month, day = reference.month_day
        return date(
            _value(item, item.year, month, day,
                   anchor="headline" if context.headline else "published")
        )  # fmt: skip
    if kind in ("md", "dm", "month"):
        year, anchor, anchor_mention = _year_from_context(context, item.month, item.day, item.tail)
        return date(
            _value(item, year, item.month, item.day, anchor=anchor,
                   anchor_mention=anchor_mention, year_written=False)
        )  # fmt: skip
    assert item.offset is not None
    return _relative(item, context, index, date)


def _relative(item: Found, context: _Context, index: int, date: object) -> Mention | None:
    offset = item.offset
    assert offset is not None
    base: PartialDate | None
    anchor: DateAnchor = "relative"
    anchor_mention = context.last_index
    if item.kind in ("yesterday", "last_year") or item.ago:
        base = PartialDate.from_date(context.published) if context.published else None
        anchor_mention, anchor = None, "published"
    else:
        base = context.last or context.headline
        if context.last is None:
            anchor_mention = None
            anchor = "headline" if context.headline else "relative"
    if base is None:
        # Nothing to count from: still a date mention (so not a duration), without a value.
        unit_precision = {"day": Precision.DAY, "week": Precision.DAY, "month": Precision.MONTH}
        return date(DateValue(  # type: ignore[operator]
            value=None, written=WrittenDate(), precision=unit_precision.get(offset.unit, Precision.YEAR),
            anchor=anchor, anchor_mention=None, offset=offset, year_written=False,
        ))  # fmt: skip
    if item.kind == "last_year" and offset.unit == "month":
        base = PartialDate(base.year, base.month)
    elif item.kind == "last_year":
        base = PartialDate(base.year)
    if item.kind == "relative_that" and offset.unit == "year":
        base = PartialDate(base.year)
    value = shift(base, offset)
    if value is None:
        return None
    result = DateValue(
        value=value,
        written=WrittenDate(value.year, value.month, value.day),
        precision=value.precision,
        anchor=anchor,
        anchor_mention=anchor_mention,
        offset=offset,
        year_written=False,
    )
    return date(result)  # type: ignore[operator]



class DateFinder:
    """``dateline.dates.v1``: date and date-range mentions, anchored."""

    name = COMPONENT
    assigns = ("mentions[kind=date]", "mentions[kind=date_range]")

    def __call__(self, analysis: Analysis) -> Analysis:
        document = analysis.document
        text = document.text
        mentions = resolve(
            text,
            scan(text),
            headline=document.headline_date,
            published=document.published,
            first_index=len(analysis.mentions),
        )
        analysis.mentions.extend(mentions)
        return analysis


def make_dates() -> DateFinder:
    return DateFinder()


def register() -> None:
    from dateline.text.registry import register_factory

    register_factory(COMPONENT, make_dates, assigns=DateFinder.assigns)
