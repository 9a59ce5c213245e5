"""Fact-checker quality: plant errors in clean posts, measure recall and false alarms.

Usage:
    python benchmarks/check_quality.py FOLDER_OR_FILE [...] [--seed 7] [--db PATH]
                                       [--copies 3] [--no-published] [--no-store]
                                       [--rand-posts N] [--show-misses]

``--rand-posts N`` adds N held-out clean texts built in memory from the RAND RDWTI
extract in ../shared/data (evaluation only; nothing is written): a headline and an
"On this day in YYYY" lede from one incident's description, then descriptions of other
incidents in the same country as the body paragraphs, then a byline and a bio.

Each post is an on-this-day post ("Month D, YYYY | Title", "On this day in YYYY, …").
The script first checks every post as it is (false errors and warnings per clean post),
then plants one error per copy, of each kind, with plain string edits that do not use
the checker's own parsing:

    future-year      the lede's year replaced by a random year after publication
    future-year-body a year in the body replaced by a random year after publication
    story-year       the body's restatement of the headline's date put in another year
    headline-year    the headline's year changed (the lede keeps the true one)
    lede-year        the lede's "On this day in YYYY" year changed
    impossible-day   the headline's day, or a body date's day, made impossible (April 31)
    dup-sentence     a body sentence pasted again later, sometimes with a changed number
    dup-paragraph    a body paragraph pasted again later

A planted error is found when a finding of the expected rule overlaps the planted span
(for a duplicate: the pasted copy). Recall is printed per kind, with the speed of the
checker in posts per second. The publication date is the headline's month-day in 2023
(or none with --no-published: then "today").
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dateline.check import Checker, Report
from dateline.store.store import Store

MONTHS = "|".join(calendar.month_name[1:])
HEADLINE = re.compile(rf"^\s*(?P<m>{MONTHS}) (?P<d>\d{{1,2}}), (?P<y>\d{{4}})")
LEDE = re.compile(r"\b[Oo]n this day in (?P<y>\d{4})")
FULL_DATE = re.compile(rf"\b(?P<m>{MONTHS}) (?P<d>\d{{1,2}}), (?P<y>\d{{4}})")
BYLINE = re.compile(r"(?m)^By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s*$")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z])")
NUMBER = re.compile(r"\b\d+\b")


@dataclass(frozen=True)
class Planted:
    kind: str
    text: str
    start: int  # the planted span in the new text
    end: int
    rules: tuple[str, ...]  # findings of these rules count as catching it
    note: str


def published_of(text: str, use: bool) -> dt.date | None:
    match = HEADLINE.match(text)
    if not use or match is None:
        return None
    month = list(calendar.month_name).index(match.group("m"))
    day = min(int(match.group("d")), calendar.monthrange(2023, month)[1])
    return dt.date(2023, month, day)


def body_bounds(text: str) -> tuple[int, int]:
    """(start of the body after the headline, start of the byline)."""
    first_break = text.find("\n")
    byline = BYLINE.search(text)
    return (first_break + 1 if first_break >= 0 else 0), (byline.start() if byline else len(text))


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"(?s)(?:^|\n\n)(?P<p>[^\n].*?)(?=\n\n|\Z)", text[start:end]):
        spans.append((start + match.start("p"), start + match.end("p")))
    return spans


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for p_start, p_end in paragraphs(text, start, end):
        begin = p_start
        for match in SENTENCE_END.finditer(text, p_start, p_end):
            spans.append((begin, match.start()))
            begin = match.end()
        spans.append((begin, p_end))
    return [(s, e) for s, e in spans if len(text[s:e].split()) >= 8]


def replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


# ---- planting --------------------------------------------------------------------------


def plant_future_year(text: str, rng: random.Random, published: dt.date) -> Planted | None:
    lede = LEDE.search(text)
    if lede is None:
        return None
    year = rng.randint(published.year + 1, 2999)
    start, end = lede.span("y")
    return Planted("future-year", replace(text, start, end, str(year)), start, start + 4,
                   ("future-date",), f"{lede.group('y')} → {year} in the lede")  # fmt: skip


def plant_future_year_body(text: str, rng: random.Random, published: dt.date) -> Planted | None:
    """A year in the body (after the lede, before the byline) moved past publication."""
    body_start, body_end = body_bounds(text)
    lede = LEDE.search(text)
    start_at = lede.end() if lede else body_start
    years = [m for m in re.finditer(r"\b(?:in|on|of|since|by|early|late|mid-?)\s+(?:\w+\s+\d{1,2},\s+)?(?P<y>1[89]\d\d|20[0-2]\d)\b", text[:body_end])
             if m.start() > start_at]  # fmt: skip
    if not years:
        return None
    chosen = rng.choice(years)
    year = rng.randint(published.year + 1, 2999)
    start, end = chosen.span("y")
    return Planted("future-year-body", replace(text, start, end, str(year)), start, end,
                   ("future-date",), f"{chosen.group('y')} → {year} in the body")  # fmt: skip


def plant_story_year(text: str, rng: random.Random, published: dt.date) -> Planted | None:
    """The body's restatement of the headline's date ("On April 22, 1997, …") in another year."""
    headline = HEADLINE.match(text)
    if headline is None:
        return None
    body_start, body_end = body_bounds(text)
    lede = LEDE.search(text)
    same_day = [m for m in FULL_DATE.finditer(text, lede.end() if lede else body_start, body_end)
                if (m.group("m"), m.group("d"), m.group("y")) == (headline.group("m"), headline.group("d"), headline.group("y"))]  # fmt: skip
    if not same_day:
        return None
    chosen = same_day[0]
    year = _other_year(int(chosen.group("y")), rng, published)
    start, end = chosen.span("y")
    return Planted("story-year", replace(text, start, end, str(year)), chosen.start(), end,
                   ("headline-conflict", "weekday"), f"{chosen.group()} → {year}")  # fmt: skip


def _other_year(year: int, rng: random.Random, published: dt.date) -> int:
    while True:
        other = year + rng.choice([-1, 1]) * rng.randint(1, 12)
        if other != year and other <= published.year:
            return other


def plant_headline_year(text: str, rng: random.Random, published: dt.date) -> Planted | None:
    headline = HEADLINE.match(text)
    if headline is None or LEDE.search(text) is None:
        return None
    year = _other_year(int(headline.group("y")), rng, published)
    start, end = headline.span("y")
    return Planted("headline-year", replace(text, start, end, str(year)), start, end,
                   ("headline-conflict",), f"headline {headline.group('y')} → {year}")  # fmt: skip


def plant_lede_year(text: str, rng: random.Random, published: dt.date) -> Planted | None:
    lede = LEDE.search(text)
    if lede is None or HEADLINE.match(text) is None:
        return None
    year = _other_year(int(lede.group("y")), rng, published)
    start, end = lede.span("y")
    return Planted("lede-year", replace(text, start, end, str(year)), start, end,
                   ("headline-conflict",), f"lede {lede.group('y')} → {year}")  # fmt: skip


def _impossible_day(month: int, rng: random.Random) -> int | None:
    longest = calendar.monthrange(2001, month)[1]
    if month == 2:
        return rng.choice([30, 31])
    return 31 if longest == 30 else None


def plant_impossible_day(text: str, rng: random.Random, published: dt.date) -> Planted | None:
    candidates = []
    headline = HEADLINE.match(text)
    if headline is not None:
        candidates.append(headline)
    body_start, body_end = body_bounds(text)
    candidates.extend(m for m in FULL_DATE.finditer(text, body_start, body_end))
    usable = [m for m in candidates
              if _impossible_day(list(calendar.month_name).index(m.group("m")), rng) is not None]  # fmt: skip
    if not usable:
        # Move the date to a 30-day month instead ("June 31").
        if headline is None:
            return None
        month = rng.choice(["April", "June", "September", "November"])
        start, end = headline.span("m")[0], headline.span("d")[1]
        new = f"{month} 31"
        return Planted("impossible-day", replace(text, start, end, new), start, start + len(new),
                       ("impossible-date",), f"headline → {new}")  # fmt: skip
    chosen = rng.choice(usable)
    month = list(calendar.month_name).index(chosen.group("m"))
    day = _impossible_day(month, rng)
    start, end = chosen.span("d")
    return Planted("impossible-day", replace(text, start, end, str(day)), chosen.start(), chosen.end() + 1,
                   ("impossible-date",), f"{chosen.group()} → day {day}")  # fmt: skip


def plant_dup_sentence(text: str, rng: random.Random, published: dt.date) -> Planted | None:
    body_start, body_end = body_bounds(text)
    spans = sentences(text, body_start, body_end)
    if len(spans) < 3:
        return None
    index = rng.randrange(0, len(spans) - 1)
    start, end = spans[index]
    copy = text[start:end]
    note = "sentence pasted again"
    numbers = list(NUMBER.finditer(copy))
    if numbers and rng.random() < 0.5:
        number = rng.choice(numbers)
        changed = str(int(number.group()) + rng.randint(1, 9))
        copy = copy[: number.start()] + changed + copy[number.end() :]
        note += f" with {number.group()} → {changed}"
    # Pasted at the end of a later paragraph.
    later = [p for p in paragraphs(text, end, body_end) if p[1] > end]
    at = rng.choice(later)[1] if later else end
    new_text = text[:at] + " " + copy + text[at:]
    return Planted(
        "dup-sentence", new_text, at + 1, at + 1 + len(copy), ("duplicate-passage",), note
    )


def plant_dup_paragraph(text: str, rng: random.Random, published: dt.date) -> Planted | None:
    body_start, body_end = body_bounds(text)
    spans = [
        p for p in paragraphs(text, body_start, body_end) if len(text[p[0] : p[1]].split()) >= 12
    ]
    if len(spans) < 2:
        return None
    index = rng.randrange(0, len(spans) - 1)
    start, end = spans[index]
    copy = text[start:end]
    later = [p for p in paragraphs(text, end, body_end) if p[0] > end]
    at = rng.choice(later)[1] if later else end
    new_text = text[:at] + "\n\n" + copy + text[at:]
    return Planted("dup-paragraph", new_text, at + 2, at + 2 + len(copy), ("duplicate-passage",),
                   "paragraph pasted again")  # fmt: skip


PLANTERS: dict[str, Callable[[str, random.Random, dt.date], Planted | None]] = {
    "future-year": plant_future_year,
    "headline-year": plant_headline_year,
    "lede-year": plant_lede_year,
    "future-year-body": plant_future_year_body,
    "story-year": plant_story_year,
    "impossible-day": plant_impossible_day,
    "dup-sentence": plant_dup_sentence,
    "dup-paragraph": plant_dup_paragraph,
}


def caught(report: Report, planted: Planted) -> bool:
    return any(
        f.rule in planted.rules and f.start < planted.end and planted.start < f.end
        for f in report.findings
    )


# ---- running ---------------------------------------------------------------------------


RAND = Path(__file__).resolve().parents[2] / "shared" / "data" / "rand_rdwti" / "rdwti_dev.csv"
_RAND_LEAD = re.compile(r"^\s*[A-Z][A-Z .,/'()&-]{2,40}\.\s+")


def rand_posts(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(name, text) of ``count`` pseudo-posts made from RAND incident descriptions."""
    import csv

    with RAND.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if len(r["Description"]) > 120]
    by_country: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_country[row["Country"]].append(row)
    made = []
    for number in range(count):
        row = rng.choice(rows)
        day = dt.date.fromisoformat(row["Date"])
        place = row["City"] or row["Country"]
        headline = f"{calendar.month_name[day.month]} {day.day}, {day.year} | Attack in {place}"
        first = _RAND_LEAD.sub("", row["Description"]).strip()
        lede = f"On this day in {day.year}, {first[0].lower()}{first[1:]}"
        others = [r for r in by_country[row["Country"]] if r is not row]
        body = [
            _RAND_LEAD.sub("", r["Description"]).strip()
            for r in rng.sample(others, min(4, len(others)))
        ]
        bio = ("By Test Writer\n\nTest Writer is a 25-year veteran of intelligence work and the "
               "author of six books; the next will be published in 2030.")  # fmt: skip
        text = "\n\n".join([headline, lede, *body, bio]) + "\n"
        made.append((f"rand-{number}", text))
    return made


def posts(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".txt", ".md")))
        else:
            found.append(path)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument(
        "--rand-posts", type=int, default=0, help="add N pseudo-posts made from RAND descriptions"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--copies", type=int, default=3, help="planted copies per post and kind")
    parser.add_argument(
        "--db", help="database (default: a temporary one with the built-in dataset)"
    )
    parser.add_argument(
        "--no-published", action="store_true", help="check without a publication date"
    )
    parser.add_argument(
        "--no-store", action="store_true", help="check the text alone, without a store"
    )
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--dump-misses", type=Path, help="write each missed planted text to this folder"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        store = None if args.no_store else Store.open(args.db or Path(folder) / "bench.db")
        checker = Checker(store)
        rng = random.Random(args.seed)
        files = posts(args.paths)
        clean_errors = clean_warnings = 0
        noisy: list[str] = []
        checked = 0
        began = time.perf_counter()
        texts: list[tuple[str, str, dt.date | None]] = []
        sources = [(p.name, p.read_text(encoding="utf-8")) for p in files]
        if args.rand_posts:
            sources.extend(rand_posts(args.rand_posts, rng))
        for name, text in sources:
            published = published_of(text, not args.no_published)
            report = checker(text, published=published)
            checked += 1
            errors = [f for f in report.findings if f.severity == "error"]
            clean_errors += len(errors)
            clean_warnings += sum(f.severity == "warning" for f in report.findings)
            for f in report.findings:
                noisy.append(f"  {name}: {f.severity} {f.rule} {f.text[:60]!r}: {f.message[:100]}")
            texts.append((name, text, published))

        found: Counter[str] = Counter()
        planted_count: Counter[str] = Counter()
        extra_errors: Counter[str] = Counter()
        misses: dict[str, list[str]] = defaultdict(list)
        for name, text, published in texts:
            reference = published or dt.date.today()
            for kind, plant in PLANTERS.items():
                for _ in range(args.copies):
                    planted = plant(text, rng, reference)
                    if planted is None:
                        continue
                    report = checker(planted.text, published=published)
                    checked += 1
                    planted_count[kind] += 1
                    if caught(report, planted):
                        found[kind] += 1
                    else:
                        misses[kind].append(f"  {name}: {planted.note}")
                        if args.dump_misses:
                            args.dump_misses.mkdir(parents=True, exist_ok=True)
                            dump = args.dump_misses / f"{kind}-{name}-{planted.start}.txt"
                            dump.write_text(planted.text, encoding="utf-8")
                    extras = [
                        f for f in report.findings
                        if f.severity == "error" and not (f.start < planted.end and planted.start < f.end)
                    ]  # fmt: skip
                    extra_errors[kind] += len(extras)
                    misses[kind].extend(
                        f"  {name}: ({planted.note}) other error: {f.rule} {f.text[:50]!r}" for f in extras
                    )
        elapsed = time.perf_counter() - began

    n = len(texts)
    print(f"clean posts: {n}")
    print(f"  false errors per clean post: {clean_errors / n:.3f} ({clean_errors} in all)")
    print(f"  warnings per clean post:     {clean_warnings / n:.3f} ({clean_warnings} in all)")
    for line in noisy:
        print(line)
    total_found = sum(found.values())
    total = sum(planted_count.values())
    print(
        f"planted errors: {total}, found {total_found} (recall {total_found / max(total, 1):.1%})"
    )
    for kind in PLANTERS:
        count = planted_count[kind]
        if count:
            print(f"  {kind:15s} recall {found[kind] / count:6.1%} ({found[kind]}/{count}); "
                  f"other errors on these posts: {extra_errors[kind]}")  # fmt: skip
            if args.show_misses:
                for line in misses[kind]:
                    print(line)
    print(f"checked {checked} texts in {elapsed:.1f} s ({checked / elapsed:.1f} texts/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
