"""record-conflict: what the text says of an incident against the stored record of it.

Only frames confidently linked to a stored incident are compared (see
``CheckContext.confident_link``), and only like with like:

- counts: a total of people killed against ``killed`` (or the victims alone, killed less
  perpetrators killed); perpetrators killed against ``killed_perpetrators``; hostages at
  the taking ("seized hundreds") against ``hostages``, hostages held to the end ("held
  for 444 days") against ``hostages_held_to_end``. Counts of a part ("two commandos")
  are not compared. Exact counts conflict when they differ by more than a rounding;
  vague ones ("hundreds") only when far off.
- dates: a date the text tells as the incident's own ("On this day in …", or the record's
  month-day in another year) against the record's start and end; other dates of a frame
  are often of its aftermath (a trial, a march) and only verify.
- place: a country named for the incident against the record's.
- perpetrator: the group the lede names against the record's (elsewhere a group may be
  a sponsor, a rival or an inspiration).

Agreements go to ``verified``. Disagreements are warnings: records differ between
sources, and the text may be right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.check.context import CheckContext, record_evidence
from dateline.check.counts import count_range, has_figure, hostage_phase, is_partial, role_of
from dateline.check.registry import register_rule
from dateline.check.report import Finding
from dateline.model import Incident, PartialDate
from dateline.names import normalize_name
from dateline.text.types import Frame, Link, Mention

RECORD_CONFLICT = "record-conflict"
_ON_THIS_DAY = re.compile(r"(?i)^(?:on\s+)?this\s+(?:day|date)\b")

# Nouns that count everyone of a kind, not a part of them ("two commandos" is a part).
_TOTAL_NOUNS = frozenset({"people", "person", "victim", "dead", "wounded", "injured", "other"})
_PERPETRATOR_NOUNS = frozenset(
    {"member", "militant", "gunman", "terrorist", "rebel", "guerrilla", "attacker", "assailant",
     "insurgent", "bomber", "kidnapper", "hijacker", "perpetrator", "fighter", "militiaman",
     "hostage-taker", "captor"}
)  # fmt: skip


def _close(low: int, high: int, stored: int, exact: bool) -> bool:
    """Does a told figure (or range) agree with the stored one?"""
    if exact:
        return abs(low - stored) <= max(1, round(0.05 * stored))
    # A vague figure conflicts only when far off: beyond half its low end or twice its high.
    return low / 2 <= stored <= high * 2


class RecordConflict:
    """A confidently linked frame that disagrees with its stored incident."""

    id = RECORD_CONFLICT
    severity = "warning"

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        for number, frame in enumerate(ctx.analysis.frames):
            linked = ctx.linked_record(frame)
            if linked is None:
                continue
            record, link = linked
            yield from self._counts(ctx, number, record, link)
            yield from self._dates(ctx, frame, record, link)
            yield from self._place(ctx, frame, record, link)
            yield from self._perpetrators(ctx, frame, record, link)

    # ---- counts -------------------------------------------------------------------------

    def _counts(
        self, ctx: CheckContext, number: int, record: Incident, link: Link
    ) -> Iterator[Finding]:
        # Per kind of figure, only the text's total is compared: the largest count of that
        # kind in the frame, told without a partial cue. "213 died there", "at the station
        # alone, 58", "eight more" are parts of a toll, not the toll.
        by_kind: dict[str, list[tuple[Mention, list[tuple[str, int]]]]] = {}
        for mention in ctx.mentions:
            count = mention.count
            if count is None or mention.frame != number or ctx.in_bio(mention.start):
                continue
            if ctx.in_headline(mention.start) or not has_figure(mention) or is_partial(ctx, mention):
                continue
            kind, fields = self._fields(ctx, mention, record)
            if kind and fields:
                by_kind.setdefault(kind, []).append((mention, fields))
        for candidates in by_kind.values():
            exact = [c for c in candidates if c[0].count and c[0].count.bound == "exact"]
            pool = exact or candidates
            top = max(count_range(ctx, m)[0] for m, _ in pool)
            for mention, fields in pool:
                if count_range(ctx, mention)[0] == top:
                    yield self._compare(ctx, mention, fields, record, link)

    def _compare(
        self,
        ctx: CheckContext,
        mention: Mention,
        fields: list[tuple[str, int]],
        record: Incident,
        link: Link,
    ) -> Finding:
        assert mention.count is not None
        low, high = count_range(ctx, mention)
        exact = mention.count.bound == "exact" and low == high
        stored = "; ".join(f"{label}: {value}" for label, value in fields)
        evidence = f"{record_evidence(record, link)}: {stored}"
        agreeing = [(label, value) for label, value in fields if _close(low, high, value, exact)]
        if agreeing:
            label, value = agreeing[0]
            return ctx.verified(self.id, mention.start, mention.end,
                                f"{mention.text!r} agrees with the record ({label}: {value})", evidence)  # fmt: skip
        told = " or ".join(f"{label} {value}" for label, value in fields)
        return ctx.finding(
            self.id, "warning", mention.start, mention.end,
            f"{mention.text!r} disagrees with the linked record: {told}", evidence,
        )  # fmt: skip

    @staticmethod
    def _fields(
        ctx: CheckContext, mention: Mention, record: Incident
    ) -> tuple[str | None, list[tuple[str, int]]]:
        """What kind of figure a count is, and the stored figures to compare it with."""
        count = mention.count
        assert count is not None
        role = role_of(ctx, mention)
        kind: str | None = None
        fields: list[tuple[str, int | None]] = []
        perpetrators = count.counts in _PERPETRATOR_NOUNS and (
            count.counts != "member" or count.group
        )
        if role in ("killed", "perpetrators_killed") and perpetrators:
            kind = "perpetrators_killed"
            fields.append(("perpetrators killed", record.killed_perpetrators))
        elif role == "killed" and count.counts in _TOTAL_NOUNS:
            kind = "killed"
            fields.append(("killed", record.killed))
            if record.killed is not None and record.killed_perpetrators:
                fields.append(
                    (
                        "killed, not counting the perpetrators",
                        record.killed - record.killed_perpetrators,
                    )
                )
        elif role == "injured" and count.counts in _TOTAL_NOUNS:
            kind = "injured"
            fields.append(("injured", record.injured))
        elif role in ("hostages", "kidnapped") and count.counts not in _PERPETRATOR_NOUNS:
            phase = hostage_phase(ctx, mention)
            kind = f"hostages_{phase}"
            if phase in ("to_end", "unknown"):
                fields.append(("hostages held to the end", record.hostages_held_to_end))
            if phase in ("taken", "unknown"):
                fields.append(("hostages taken", record.hostages))
            if phase == "unknown" and not all(value is not None for _, value in fields):
                return None, []  # without the other figure a mismatch proves nothing
        return kind, [(label, value) for label, value in fields if value is not None]

    # ---- dates --------------------------------------------------------------------------

    def _dates(
        self, ctx: CheckContext, frame: Frame, record: Incident, link: Link
    ) -> Iterator[Finding]:
        seen: set[int] = set()
        for field in ("start", "end"):
            for index in frame.support.get(field, ()):
                if index in seen or not 0 <= index < len(ctx.mentions):
                    continue
                seen.add(index)
                mention = ctx.mentions[index]
                told = mention.date.value if mention.date is not None else None
                if told is None or ctx.in_headline(mention.start):
                    continue
                if told.earliest() > ctx.published:
                    continue  # future-date says what is wrong with it
                stored = [d for d in (record.start, record.end) if d is not None]
                agrees = [d for d in stored if _overlap(told, d)]
                evidence = f"{record_evidence(record, link)}: {self._record_dates(record)}"
                if agrees:
                    which = "start" if agrees[0] == record.start else "end"
                    yield ctx.verified(self.id, mention.start, mention.end,
                                       f"{mention.text!r} agrees with the record's {which}, {agrees[0].human()}",
                                       evidence)  # fmt: skip
                elif self._same_day_other_year(told, stored) or _ON_THIS_DAY.match(mention.text):
                    # Only a date told as the incident's own is compared: "On this day in
                    # …", or the record's very month and day in another year. Other dates
                    # in a frame are often of its aftermath (a trial, a march, a release).
                    yield ctx.finding(
                        self.id, "warning", mention.start, mention.end,
                        f"{mention.text!r} ({told.human()}) disagrees with the linked record: "
                        f"{self._record_dates(record)}",
                        evidence,
                    )  # fmt: skip

    @staticmethod
    def _same_day_other_year(told: PartialDate, stored: list[PartialDate]) -> bool:
        return told.month_day is not None and any(
            d.month_day == told.month_day and d.year != told.year for d in stored
        )

    @staticmethod
    def _record_dates(record: Incident) -> str:
        if record.end is not None and record.end != record.start:
            return f"from {record.start.human()} to {record.end.human()}"
        return f"on {record.start.human()}"

    # ---- place and perpetrator ----------------------------------------------------------

    def _place(
        self, ctx: CheckContext, frame: Frame, record: Incident, link: Link
    ) -> Iterator[Finding]:
        if not frame.country or not record.country or frame.country == record.country:
            return
        support = [
            ctx.mentions[i] for i in frame.support.get("country", ()) if 0 <= i < len(ctx.mentions)
        ]
        named = [m for m in support if m.place is not None and m.place.via != "demonym"]
        in_frame = [ctx.mentions[i] for i in frame.mentions if 0 <= i < len(ctx.mentions)]
        if not named or any(
            m.place is not None and m.place.country == record.country for m in in_frame
        ):
            return
        mention = named[0]
        yield ctx.finding(
            self.id, "warning", mention.start, mention.end,
            f"{mention.text!r} disagrees with the linked record's country, {record.country_name or record.country}",
            f"{record_evidence(record, link)}: {record.place_name or record.country}",
        )  # fmt: skip

    def _perpetrators(
        self, ctx: CheckContext, frame: Frame, record: Incident, link: Link
    ) -> Iterator[Finding]:
        told = {g for g in frame.perpetrator_ids if g}
        stored = {p.group_id for p in record.perpetrators}
        if not told or not stored or told & stored:
            return
        in_frame = [ctx.mentions[i] for i in frame.mentions if 0 <= i < len(ctx.mentions)]
        if any(m.group is not None and m.group.id in stored for m in in_frame):
            return
        support = [
            ctx.mentions[i]
            for i in frame.support.get("perpetrators", ())
            if 0 <= i < len(ctx.mentions)
        ]
        lede = _lede(ctx)
        # Only the perpetrator the lede names is compared: elsewhere a group may be named
        # as a sponsor, a rival or an inspiration ("armed by the Black Hand").
        mention = next(
            (m for m in support if m.group is not None and m.group.id in told
             and lede is not None and lede[0] <= m.start < lede[1]),
            None,
        )  # fmt: skip
        if mention is None:
            return
        assert mention.group is not None
        told_name = normalize_name(mention.group.name)
        if any(told_name in normalize_name(p.name) or normalize_name(p.name) in told_name
               for p in record.perpetrators):  # fmt: skip
            return  # "Islamic Jihad" and "Islamic Jihad Organization": one name, two ids
        names = ", ".join(p.name for p in record.perpetrators)
        yield ctx.finding(
            self.id, "warning", mention.start, mention.end,
            f"{mention.text!r} disagrees with the linked record's perpetrator: {names}",
            f"{record_evidence(record, link)}: perpetrators {names}",
        )  # fmt: skip


def _lede(ctx: CheckContext) -> tuple[int, int] | None:
    """The first sentence of the body."""
    body_start = ctx.analysis.document.body_start
    return next(((s, e) for s, e in ctx.analysis.document.sentences if s >= body_start), None)


def _overlap(a: PartialDate, b: PartialDate) -> bool:
    return a.earliest() <= b.latest() and b.earliest() <= a.latest()


def register() -> None:
    register_rule(
        "record-conflict.v1", RecordConflict,
        description="A frame confidently linked to a stored incident disagrees with it on "
        "date, place, perpetrator, killed or hostages.",
        severity="warning",
    )  # fmt: skip
