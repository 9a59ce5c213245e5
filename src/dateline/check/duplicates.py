"""duplicate-passage: a sentence or paragraph pasted twice, exactly or nearly.

Sentences (and the clauses of long sentences) are compared on normalised tokens —
lower case, numbers masked as ``#`` so that a copy with a changed number or year still
matches, "can not" read as "cannot". Candidates come from an index of word 3-shingles
(a shingle shared by many units is dropped from the index), so a 100 KB text costs
about linear time; each candidate pair is then scored with a sequence alignment on all
tokens and on content words, which keeps formulaic openings ("On this day in 1997,
the …") from counting as copies. Runs of consecutive copied sentences become one
finding for the whole passage. The span is the later copy; the evidence quotes the
earlier one and says what changed.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.check.context import CheckContext
from dateline.check.registry import register_rule
from dateline.check.report import Finding

DUPLICATE_PASSAGE = "duplicate-passage"

MIN_TOKENS = 6  # shorter units ("Leave a Reply", "By Jane Doe") are not compared
MIN_CONTENT = 3  # content words the copies must share
RATIO_ALL = 0.75  # alignment ratio on all tokens
RATIO_CONTENT = 0.6  # and on content words only
MIN_PIECE = 7  # a pasted piece of a sentence counts from this many tokens…
PIECE_SHARE = 0.9  # …when this share of it stands in the longer sentence
SHINGLE = 3
COMMON_SHINGLE = 24  # a shingle in more units than this is formula, not evidence
CANDIDATES = 4  # best candidates aligned per unit

_TOKEN = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?", re.UNICODE)
_NUMBER = re.compile(r"^\d[\d,.]*(?:st|nd|rd|th|s)?$")
_CLAUSE = re.compile(r"[:;?!]\s+|\s+[—–]\s+|—")
_STOPWORDS = frozenset(
    """a an the and or but if of in on at to for from by with as is are was were be been
    being am it its this that these those there here he she they we you i his her their our
    your my me him them us who whom which what when where why how not no nor so than then
    too very can could would should will shall may might must do does did done has have had
    having into onto over under about after before during while also just only all any
    some such each both more most other another one same own up down out off again further
    once day #""".split()
)


@dataclass(frozen=True)
class Unit:
    """A sentence, or a clause of one, ready for comparison."""

    start: int
    end: int
    sentence: int
    clause: bool
    tokens: tuple[str, ...]  # normalised, numbers masked
    words: tuple[str, ...]  # as written, for saying what changed
    content: tuple[str, ...]


@dataclass(frozen=True)
class Copy:
    """``later`` repeats ``earlier``."""

    later: Unit
    earlier: Unit
    exact: bool
    ratio: float


def _tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = tuple(_TOKEN.findall(text))
    normal: list[str] = []
    for word in words:
        lower = word.lower().replace("’", "'")
        normal.append("#" if _NUMBER.match(lower) else lower)
    joined = " ".join(normal).replace("can not", "cannot")
    return tuple(joined.split()), words


def _unit(text: str, start: int, end: int, sentence: int, clause: bool) -> Unit | None:
    tokens, words = _tokens(text[start:end])
    if len(tokens) < MIN_TOKENS:
        return None
    content = tuple(t for t in tokens if t not in _STOPWORDS)
    return Unit(start, end, sentence, clause, tokens, words, content)


def units(ctx: CheckContext) -> list[Unit]:
    """Every sentence, and every clause of a sentence that has several."""
    text = ctx.text
    found: list[Unit] = []
    for number, (start, end) in enumerate(ctx.analysis.document.sentences):
        whole = _unit(text, start, end, number, clause=False)
        if whole is not None:
            found.append(whole)
        cuts = [m for m in _CLAUSE.finditer(text, start, end) if m.end() < end]
        if not cuts:
            continue
        begin = start
        for cut in [*cuts, None]:
            stop = cut.start() if cut is not None else end
            part = _unit(text, begin, stop, number, clause=True)
            if part is not None:
                found.append(part)
            begin = cut.end() if cut is not None else end
    return found


def _shingles(tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {tokens[i : i + SHINGLE] for i in range(len(tokens) - SHINGLE + 1)}


def _similar(a: Unit, b: Unit) -> float | None:
    """The alignment ratio of two units when they are copies, else None.

    Copies either align as wholes (ratio of matched tokens), or the shorter one is a
    long piece of the longer one — a sentence pasted in part.
    """
    shorter = min(len(a.tokens), len(b.tokens))
    matcher = difflib.SequenceMatcher(None, a.tokens, b.tokens, autojunk=False)
    if matcher.quick_ratio() < RATIO_ALL and shorter < MIN_PIECE:
        return None
    blocks = matcher.get_matching_blocks()
    matched = sum(block.size for block in blocks)
    ratio = 2.0 * matched / (len(a.tokens) + len(b.tokens))
    piece = (
        shorter >= MIN_PIECE
        and matched >= PIECE_SHARE * shorter
        and max(b.size for b in blocks) >= MIN_PIECE
    )
    if ratio < RATIO_ALL and not piece:
        return None
    content = difflib.SequenceMatcher(None, a.content, b.content, autojunk=False)
    shared = sum(block.size for block in content.get_matching_blocks())
    content_ratio = (
        content.ratio() if not piece else shared / max(1, min(len(a.content), len(b.content)))
    )
    if shared < MIN_CONTENT or content_ratio < RATIO_CONTENT:
        return None
    return max(ratio, PIECE_SHARE) if piece else ratio


def copies(ctx: CheckContext) -> list[Copy]:
    """Each unit that repeats an earlier one, with the earlier unit it repeats best."""
    if "copies" in ctx.cache:
        cached: list[Copy] = ctx.cache["copies"]
        return cached
    text = ctx.text
    found: list[Copy] = []
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    all_units = units(ctx)
    matched_sentences: set[int] = set()
    for j, unit in enumerate(all_units):
        shingles = _shingles(unit.tokens)
        shared: Counter[int] = Counter()
        for shingle in shingles:
            for i in index.get(shingle, ()):
                shared[i] += 1
        best: Copy | None = None
        for i, count in shared.most_common(CANDIDATES):
            earlier = all_units[i]
            smaller = min(len(unit.tokens), len(earlier.tokens)) - SHINGLE + 1
            if count < max(2, int(0.4 * smaller)) or earlier.sentence == unit.sentence:
                continue
            ratio = _similar(earlier, unit)
            if ratio is None or (best is not None and ratio <= best.ratio):
                continue
            exact = _squash(text[earlier.start : earlier.end]) == _squash(
                text[unit.start : unit.end]
            )
            best = Copy(unit, earlier, exact, ratio)
        if best is not None and not (unit.clause and unit.sentence in matched_sentences):
            found.append(best)
            if not unit.clause:
                matched_sentences.add(unit.sentence)
        for shingle in shingles:
            postings = index[shingle]
            if len(postings) < COMMON_SHINGLE:
                postings.append(j)
    # A clause copy inside a sentence that is itself a copy says nothing more.
    found = [c for c in found if not (c.later.clause and c.later.sentence in matched_sentences)]
    ctx.cache["copies"] = found
    return found


def near_duplicate_sentences(ctx: CheckContext) -> set[frozenset[int]]:
    """Pairs of sentence indexes where one copies the other (for count-conflict)."""
    return {frozenset((c.earlier.sentence, c.later.sentence)) for c in copies(ctx)}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _changes(earlier: Unit, later: Unit) -> list[str]:
    """What the later copy changed: ``1997 → 2997``."""
    matcher = difflib.SequenceMatcher(None, earlier.words, later.words, autojunk=False)
    changed = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "replace":
            changed.append(f"{' '.join(earlier.words[a1:a2])} → {' '.join(later.words[b1:b2])}")
        elif op == "delete":
            changed.append(f"{' '.join(earlier.words[a1:a2])} left out")
        elif op == "insert":
            changed.append(f"{' '.join(later.words[b1:b2])} added")
    return changed


class DuplicatePassage:
    """Exact and near-duplicate sentences or paragraphs; the span is the later copy."""

    id = DUPLICATE_PASSAGE
    severity = "warning"

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        found = sorted(copies(ctx), key=lambda c: c.later.start)
        run: list[Copy] = []
        for copy in found:
            if run and self._continues(ctx, run[-1], copy):
                run.append(copy)
                continue
            if run:
                yield self._finding(ctx, run)
            run = [copy]
        if run:
            yield self._finding(ctx, run)

    @staticmethod
    def _continues(ctx: CheckContext, last: Copy, copy: Copy) -> bool:
        """The next sentence copies the sentence after the one the last copied."""
        return (
            not last.later.clause and not copy.later.clause
            and copy.later.sentence == last.later.sentence + 1
            and copy.earlier.sentence == last.earlier.sentence + 1
            and ctx.paragraph_index(copy.later.start) == ctx.paragraph_index(last.later.start)
        )  # fmt: skip

    def _finding(self, ctx: CheckContext, run: list[Copy]) -> Finding:
        text = ctx.text
        start, end = run[0].later.start, run[-1].later.end
        earlier_start, earlier_end = run[0].earlier.start, run[-1].earlier.end
        exact = all(c.exact for c in run)
        paragraph = ctx.paragraph_index(start)
        whole = paragraph is not None and ctx.paragraphs[paragraph] == (start, end)
        what = (
            "paragraph" if whole and len(run) > 1 else ("passage" if len(run) > 1 else "sentence")
        )
        if run[0].later.clause or run[0].earlier.clause:
            what = "passage"
        changes = [change for c in run for change in _changes(c.earlier, c.later)]
        line = text.count("\n", 0, earlier_start) + 1
        if exact:
            message = f"this {what} repeats, word for word, the one at line {line}"
        else:
            shown = "; ".join(changes[:3]) + ("; …" if len(changes) > 3 else "")
            message = f"this {what} nearly repeats the one at line {line}" + (
                f" ({shown})" if shown else ""
            )
        quoted = text[earlier_start:earlier_end]
        if len(quoted) > 240:
            quoted = quoted[:237] + "…"
        similarity = min(c.ratio for c in run)
        evidence = (
            f"earlier copy at {earlier_start}–{earlier_end} (line {line}): {quoted!r}; "
            f"similarity {similarity:.2f}"
        )
        return ctx.finding(self.id, "warning", start, end, message, evidence)


def register() -> None:
    register_rule(
        "duplicate-passage.v1", DuplicatePassage,
        description="Exact and near-duplicate sentences or paragraphs, even with a changed "
        "number or year; the span is the later copy, the evidence names the earlier.",
        severity="warning",
    )  # fmt: skip
