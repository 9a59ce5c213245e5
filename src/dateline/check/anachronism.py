"""anachronism: a group acting before it was founded or after it dissolved.

The group's years come from the store's group table (``founded``/``dissolved``). A
group acts in a year when one clause names it and a written date, in a sentence with an
attack verb. Sentences that give background
("formed in 1983", "has been inactive for years", "disbanded in 2017") are not
actions; neither are dates the future-date rule already doubts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.check.context import CheckContext
from dateline.check.registry import register_rule
from dateline.check.report import Finding
from dateline.check.wording import ACTION, BACKGROUND, SUBORDINATE
from dateline.model import Group, PartialDate
from dateline.text.types import Mention

ANACHRONISM = "anachronism"


def _outside(group: Group, date: PartialDate) -> str | None:
    """Why ``group`` cannot have acted on ``date``, else None."""
    if group.founded is not None and date.latest().year < group.founded:
        return f"before it was founded in {group.founded}"
    if group.dissolved is not None and date.earliest().year > group.dissolved:
        return f"after it dissolved in {group.dissolved}"
    return None


# Group names that are also ordinary words: "Base", "Jihad", "Resistance" as written are
# more often the words than the groups.
_COMMON_WORDS = frozenset(
    """base jihad army front movement resistance organization organisation party league
    brigade brigades council committee group cell cells faction alliance union force forces
    unit network state revolution liberation""".split()
)


def _names_a_group(mention: Mention, mentions: list[Mention]) -> bool:
    """Is the group mention a name, not a common word or a date ("November 17")?"""
    if any(
        m.kind in ("date", "date_range") and m.start < mention.end and mention.start < m.end
        for m in mentions
    ):
        return False
    words = mention.text.split()
    return not (len(words) == 1 and words[0].lower().strip(".,'’") in _COMMON_WORDS)


class Anachronism:
    """A group acting before it was founded or after it dissolved."""

    id = ANACHRONISM
    severity = "warning"

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        flagged: set[int] = set()
        for mention, date, date_mention in self._actions(ctx):
            assert mention.group is not None
            if mention.index in flagged:
                continue
            group = ctx.facts.group(mention.group.id)
            if group is None:
                continue
            why = _outside(group, date)
            if why is None:
                continue
            flagged.add(mention.index)
            years = f"founded {group.founded or '?'}, dissolved {group.dissolved or 'never'}"
            sources = "; ".join(
                f"{s.title} <{s.url}>" if s.url else s.title for s in group.sources[:2]
            )
            yield ctx.finding(
                self.id, "warning", mention.start, mention.end,
                f"{mention.text} is said to act in {date.human()}, {why}",
                f"group {group.id} ({group.name}): {years}"
                + (f"; source: {sources}" if sources else "")
                + f"; date {date_mention.text!r} at {date_mention.start}–{date_mention.end}",
            )  # fmt: skip

    def _actions(self, ctx: CheckContext) -> Iterator[tuple[Mention, PartialDate, Mention]]:
        """(group mention, date it acts on, the date's mention)."""
        by_sentence: dict[int, list[Mention]] = {}
        for mention in ctx.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        for _, mentions in sorted(by_sentence.items()):
            groups = [m for m in mentions if m.group is not None and m.group.id]
            if not groups:
                continue
            start, end = ctx.sentence_of(groups[0])
            text = ctx.text[start:end]
            if BACKGROUND.search(text) or not ACTION.search(text) or ctx.in_bio(start):
                continue
            dates = [
                m for m in mentions
                if m.date is not None and m.date.value is not None and m.date.year_written
                and m.date.offset is None and m.date.value.earliest() <= ctx.published
            ]  # fmt: skip
            if not dates:
                continue
            for group in groups:
                if not _names_a_group(group, mentions):
                    continue
                # The date must stand in the group's own clause: "…, which the MRTA
                # later joined" does not date the MRTA's action.
                tied = [d for d in dates if ctx.same_clause(group.start, d.start)]
                if tied and _acts(ctx, group):
                    yield group, tied[0].date.value, tied[0]  # type: ignore[union-attr,misc]


def _acts(ctx: CheckContext, group: Mention) -> bool:
    """Is the group the doer of an attack verb in its clause?

    "In 1980 the MRTA bombed …" and "… was carried out by the MRTA" are; "the Justice
    Commandos contend that the Turks massacred …" is not.
    """
    start, end = ctx.clause_span(group.start)
    after = ctx.text[group.end : end]
    verb = ACTION.search(after)
    if verb is not None and verb.start() <= 60 and not SUBORDINATE.search(after[: verb.start()]):
        return True
    before = ctx.text[start : group.start]
    return re.search(r"(?i)\bby\s+(?:the\s+)?$", before) is not None and ACTION.search(before) is not None


def register() -> None:
    register_rule(
        "anachronism.v1", Anachronism,
        description="A group acting before it was founded or after it dissolved.",
        severity="warning",
    )  # fmt: skip
