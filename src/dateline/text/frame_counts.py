"""How many a frame's incident killed, injured and held.

Killed and injured are the victims as the text first tells them: the counts of the first
sentence that tells any, summed, plus those told later as more ("another four", "two of
his guards were also killed") and the perpetrators killed. A report tells its toll first;
later sentences tell it again ("the three men"), tell another source's figure, another
time ("killed the day before", "in retaliation for the killing of three") or totals over
several attacks or a period ("in the attacks", "nationwide", "so far this year"), none of
which is added. "Among the dead were seven policemen" is part of a toll, the toll itself
only when no other is told; "several" or "many" wounded tell no number (left unknown).
Hostages and perpetrators: the largest sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict

from dateline.text.count_phrases import AMONG_LEFT
from dateline.text.types import Frame, Mention

# "Two of his bodyguards were also killed": victims added to those told before.
_ALSO_AFTER = re.compile(
    r"(?:\s+(?:of|who|that|from|in|at)\s+[^,.;]{1,80}?)?\s*(?:were|was|had\s+been)?\s*(?:also|as\s+well)\s+(?:killed|wounded|injured|died|shot\s+dead|slain)\b", re.I
)
# "Three other people were also killed": "other" people, told after the first toll, are more.
_OTHER = re.compile(r"\S+\s+(?:[\w-]+\s+)?others?\b", re.I)
_TOLD_PASSIVE = re.compile(r"[^.;]{0,100}?\b(?:were|was)\s+(?:also\s+)?(?:killed|wounded|injured)\b", re.I)
# "… along with 82 others in a car bombing in Najaf": an attack told as another one.
_IN_AN_ATTACK = re.compile(r"[^.;]{0,40}?\bin\s+an?\s+(?:[\w-]+\s+)?(?:bombing|attack|explosion|ambush|blast|raid|shooting)\b", re.I)
# "Most of those killed were civilians": the toll told again, in parts.
_SUBSET_OF_TOLL = re.compile(r"\b(?:most|many|some|all|majority|several)\s+of\s+(?:those|the)\s+(?:killed|dead|victims|wounded|injured)\b[^.;]*$", re.I)
# "Four bodyguards were killed in the attack as well", "a guard, wounded in the attack, later
# died": more victims than those told first.
_MORE_AFTER = re.compile(
    r"\s*(?:were|was)\s+(?:killed|wounded|injured)(?:\s+(?:in|during)\s+the\s+\w+)?\s+as\s+well\b|"
    r"[^.;]{0,100}?\b(?:and|but)\s+(?:later|subsequently|eventually)\s+(?:died|succumbed)\b|"
    r"\s+(?:later|subsequently|eventually)\s+(?:died|succumbed)\b",
    re.I,
)
# "Also killed in the attack were his son and four bodyguards", "X was killed along with three
# of his guards", "In addition to his death, two of his guards were killed".
_ALSO_BEFORE = re.compile(
    r"\balso\s+(?:killed|wounded|injured)\b[^.;]{0,40}\b(?:was|were)\s+(?:[\w’'-]+\s+){0,4}$|"
    r"\b(?:killed|wounded|injured)\s+along\s+with\s+(?:[\w’'-]+\s+){0,2}$|"
    r"\bin\s+addition\s+to\s+(?:his|her|their|the)\s+(?:[\w’'-]+\s+)?(?:death|deaths|killing|murder)\b[^.;]{0,60}$|"
    r"(?:^|[.;]\s*)in\s+addition,[^.;]{0,80}$",
    re.I,
)
# Another time, told after a count: "killed the day before", "two weeks earlier".
_EARLIER_AFTER = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+"
    r"(?:before(?!\s+(?:the|a|an|his|her|their|it)\b)|earlier|ago|previously)|"
    r"the\s+(?:day|night|week|month|year)\s+before(?!\s+(?:the|a|an|his|her|their|it)\b)|earlier\s+(?:that|this|in\s+the)\s+(?:day|week|month|year)|"
    r"(?:last|the\s+previous)\s+(?:week|month|year))\b",
    re.I,
)
_OTHER_TIME_WORDS = re.compile(
    r"\b(?:before|earlier|ago|previously|last|previous|retaliation|revenge|reprisal|response|avenge|avenging|protest|protesting|"
    r"mourning|after|following|anniversary|prior|funeral|funerals|investigating|responding|accused|convicted|charged|sentenced|jailed)\b",
    re.I,
)
_OWN_CLAUSE = re.compile(r"\s+(?:who|that)\s")
_CLAUSE_STOP = re.compile(r"[.;,]|\s(?:when|as|while|after|because|who|whom|whose|which|that|where)\s")
_HELD = re.compile(r"\b(?:kidnapped|abducted|disappeared|missing|held|taken|seized)\b", re.I)
# The cause told for an attack: "in retaliation for the killing of three Palestinians".
_FOR_EARLIER = re.compile(r"\b(?:retaliation|revenge|reprisal|response)\s+(?:for|to)\b|\bto\s+(?:avenge|protest)\b", re.I)
# "The attack comes a day after five car bombs detonated …, killing 215 people".
_AFTER_EARLIER = re.compile(
    r"\b(?:comes?|came|occurred|took\s+place)\s+(?:just\s+|only\s+)?(?:(?:a|one|two|three|four|five|six|several|few|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?)\s+)?(?:after|before)\s+(?:[\w’'-]+\s+){0,6}?(?:bombs?|bombings?|blasts?|attacks?|explosions?|"
    r"shootings?|killings?|assassinations?|massacres?|ambush(?:es)?|raids?|strikes?|clash(?:es)?)\b",
    re.I,
)
# "Five days after a politician was killed, a bomb …", "following the death of Ali, who was
# killed by an air strike", "protesting the death of a man killed in a crash", "the funeral of
# a teacher and her two children": another death.
_SINCE_DEATH = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+[^.;,]{0,60}$|"
    r"\banniversary\s+of\s+(?:the\s+)?(?:deaths?|killings?|massacre|murders?)\b[^.;]{0,40}$|"
    r"\b(?:investigating|responding\s+to)\s+(?:the\s+scene\s+of\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:attack|bombing|shooting|explosion|blast)\b"
    r"[^.;,]{0,30}?\s(?:that|which|in\s+which)\b[^.;]{0,40}$|"
    # "Ba'asyir was accused with others in the bombing in Bali which killed 202 people": a past one
    r"\b(?:accused|convicted|charged|sentenced|jailed)\b[^.;,]{0,80}$|"
    r"\bfunerals?\s+(?:of|for)\s+(?:(?!\b(?:killing|wounding|injuring|killed|wounded|injured)\b)[^.;]){0,80}$|"
    r"\b(?:a|the)\s+(?:previous|earlier|prior)\s+(?:[\w-]+\s+){0,2}(?:attack|bombing|blast|explosion|shooting)\b[^.;,]{0,60}$|"
    r"\b(?:following|after|protest(?:ing)?|mourn(?:ing)?|avenge|avenging)\s+the\s+(?:[\w-]+\s+)?(?:death|deaths|killing|murder|assassination)\s+of\b[^.;]{0,80}$",
    re.I,
)
# Vague words that tell no number: a toll of "several" or "many" is unknown, not three or ten.
_UNSAID = re.compile(r"(?:several|many|numerous|some|a\s+few|few)\b", re.I)
_ANOTHER = re.compile(r"\b(?:another|more|additional|further)\s+$", re.I)
# Totals over several attacks or a period are not this incident's: "killed in the attacks",
# "so far this year", "since January".
_TOTAL_OF_OTHERS = re.compile(
    r"\bnationwide\b|\b(?:in|across|throughout)\s+(?:the\s+)?(?:country|[A-Z][a-z]+)\s+(?:on\s+(?:this|that|the\s+same)\s+day|that\s+day)\b|\bover\s+(?:a\s+period\s+of\s+)?(?:two|three|four|five|several|\d+)\s+days\b|\bacross\s+(?:all|the)\s+(?:\w+\s+)?(?:incidents|attacks|blasts|explosions)\b|"
    r"\bin\s+all\s+(?:\w+\s+)?(?:attacks|incidents|bombings|blasts|explosions)\b|"
    r"\bin\s+(?:two|three|four|five|\d+)\s+(?:separate|different)\s+(?:incidents|attacks)\b|"
    r"\bon\s+a\s+day\s+(?:in\s+which|when|on\s+which)\b|\bcombined\s+(?:casualties|death\s+toll|toll)\b|"
    r"\bkilled\s+in\s+(?:a|the)\s+(?:set|series|wave|string)\s+of\s+(?:\w+\s+)?attacks\b|"
    # "A series of eight bomb blasts took place …, 60 people were killed": the whole series' toll
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)\b(?:a|the|this)\s+(?:series|wave)\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|twenty|thirty|multiple|several|coordinated|synchronized)\s+(?:[\w-]+\s+){0,2}(?:bombs|blasts|explosions|bombings|attacks)\s+"
    r"(?:exploded|detonated|occurred|took\s+place|struck|hit|went\s+off|ripped|left|killed|in|across|at)\b|"
    r"\b(?:in|during|by|from)\s+(?:the|these|those|both|separate|similar|other|related)\s+(?:\w+\s+){0,2}(?:attacks|bombings|blasts|explosions|incidents|ambushes)\b|"
    # what the group says it did: "according to the group"
    r"\baccording\s+to\s+(?:the|a)\s+(?:group|statement|claim|militants|insurgents)\b|"
    r"\bso\s+far\s+this\s+year\b|\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|\w+\s+(?:days|weeks|months))\s+alone\b|\b(?:in|during|over)\s+the\s+(?:past|last|preceding|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b|\bsince\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+beginning|the\s+start)\b",
    re.I,
)
# What the group says it did, from where it is told on: "One officer was killed, although the
# group claimed it killed three", "claimed three policemen killed".
_CLAIMED = re.compile(
    r"\bclaimed\s+(?:to\s+have\s+killed\s+|(?:[\w-]+\s+){1,3}(?:were\s+)?(?:killed|dead|wounded|injured)\b)|"
    # "claimed credit for the attack and stated that six police were killed"
    r"\bclaimed\s+(?:credit|responsibility)\b[^.;]{0,60}?\b(?:stated|said|claimed|adding|saying)\s+that\b",
    re.I,
)
_ROLES_SUMMED = ("killed", "perpetrators_killed", "injured", "hostages", "kidnapped", "perpetrators")


def _earlier(text: str, mention: Mention) -> bool:
    """Is the mention about another time ("… killed the day before", "in retaliation for the
    killing of three", "comes a day after five car bombs …, killing 215")?"""
    own = _OWN_CLAUSE.match(text, mention.end)  # "a police officer who had been killed the day before"
    stop = _CLAUSE_STOP.search(text, own.end() if own else mention.end, min(len(text), mention.end + 60))
    limit = stop.start() if stop else mention.end + 60
    earlier = _EARLIER_AFTER.search(text, mention.end, min(len(text), limit + 40))
    if earlier is not None and earlier.start() < limit and not _HELD.search(text, mention.end, earlier.start()):
        return True  # not "two people kidnapped the day before": that tells when they were taken
    lo = max(0, mention.start - 150)  # bounded: a long text without periods stays linear
    clause_start = max(text.rfind(".", lo, mention.start), text.rfind(";", lo, mention.start)) + 1
    before = text[max(clause_start, lo) : mention.start]
    cause = _FOR_EARLIER.search(before)
    if cause is not None and "," not in before[cause.end() :]:
        return True
    return bool(_AFTER_EARLIER.search(before) or _SINCE_DEATH.search(before))


def count_frame(frame: Frame, text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> None:
    """Set the frame's killed, injured, hostages, perpetrator counts and their support."""
    per_sentence: dict[str, dict[int, int]] = {role: defaultdict(int) for role in _ROLES_SUMMED}
    extra: dict[str, int] = defaultdict(int)
    among: dict[str, int] = defaultdict(int)
    support: dict[str, list[int]] = defaultdict(list)
    first_sentence: dict[str, int] = {}  # role → the first sentence that tells it
    # Searched once per sentence: a long sentence full of counts stays linear.
    totals_of_others: dict[int, bool] = {}

    # Searched once per sentence too: only a sentence that speaks of another time is read closely.
    other_times: dict[int, bool] = {}

    def tells_other_times(index: int) -> bool:
        if index not in other_times:
            other_times[index] = index < len(sentences) and bool(_OTHER_TIME_WORDS.search(text, *sentences[index]))
        return other_times[index]

    def tells_other_totals(index: int) -> bool:
        if index not in totals_of_others:
            found = index < len(sentences) and _TOTAL_OF_OTHERS.search(text, *sentences[index])
            totals_of_others[index] = bool(found)
        return totals_of_others[index]

    claims: dict[int, int | None] = {}  # sentence → where a claim begins in it

    def claimed_after(index: int, offset: int) -> bool:
        if index not in claims:
            found = _CLAIMED.search(text, *sentences[index]) if index < len(sentences) else None
            claims[index] = found.start() if found else None
        begins = claims[index]
        return begins is not None and offset > begins

    for m in mentions:
        if m.count is None or m.count.role not in _ROLES_SUMMED:
            continue
        if m.count.role in ("killed", "perpetrators_killed", "injured") and (tells_other_totals(m.sentence) or claimed_after(m.sentence, m.start)):
            continue
        role = m.count.role
        if role in ("killed", "injured") and m.count.bound == "about" and _UNSAID.match(m.text):
            continue  # "several were wounded": how many is not told (RAND records none)
        if role in ("killed", "injured", "perpetrators_killed") and (m.sentence >= len(sentences) or tells_other_times(m.sentence)) and _earlier(text, m):
            continue  # "an Israeli had assassinated a leader several hours before": another time
        if role in ("killed", "injured") and AMONG_LEFT.search(text, max(0, m.start - 60), m.start):
            among[role] += m.count.value  # "Among the dead were seven policemen": some of those told
            support[role].append(m.index)
            continue
        if m.count.all_of and per_sentence[role].get(m.sentence, 0) >= m.count.value:
            continue  # "six recruits were killed … and killed all six men": the same six
        after = m.end if m.text[:1].isalnum() and not m.text.lower().startswith(("was ", "were ")) else m.start
        # only a later sentence adds more: the first sentence's toll is summed whatever it says
        later = role in first_sentence and m.sentence != first_sentence[role]
        also = later and (
            _ANOTHER.search(text[max(0, m.start - 20) : m.start])
            or re.match(r"(?i)another\b", m.text)
            or _ALSO_BEFORE.search(text, max(0, m.start - 80), m.start)
            or _ALSO_AFTER.match(text, after)
            or (role == "killed" and _MORE_AFTER.match(text, after))
            or (role in ("killed", "injured") and _OTHER.match(m.text) and _TOLD_PASSIVE.match(text, m.end))
        )
        if also and (_SUBSET_OF_TOLL.search(text, max(0, m.start - 120), m.start) or _IN_AN_ATTACK.match(text, m.end)):
            # "Most of those killed were civilians, although six guards were also killed"; "was
            # killed along with 82 others in a car bombing in Najaf": the toll again, or another's
            also = None
        if also:
            extra[role] += m.count.value
        else:
            per_sentence[role][m.sentence] += m.count.value
            first_sentence[role] = min(first_sentence.get(role, m.sentence), m.sentence)
        support[role].append(m.index)

    def total(*roles: str) -> int | None:
        values = [
            max(per_sentence[r].values(), default=0) + extra[r] for r in roles if per_sentence[r] or extra[r]
        ]
        return sum(values) if values else None

    def first_told(role: str) -> int | None:
        """The victims as the text first tells them, plus those told later as more."""
        told = per_sentence[role]
        if not told and not extra[role]:
            return among[role] or None
        return (told[min(told)] if told else 0) + extra[role]

    victims, perpetrators = per_sentence["killed"], per_sentence["perpetrators_killed"]
    killed = first_told("killed")
    if perpetrators:
        first = min(victims) if victims else None
        # Perpetrators killed: those of the victims' sentence, else as first told.
        own = perpetrators.get(first, 0) if first is not None else 0
        if not own:
            own = perpetrators[min(perpetrators)]
        killed = (killed or 0) + own + extra["perpetrators_killed"]
    frame.killed = killed
    frame.injured = first_told("injured")
    hostages = [v for v in (total("hostages"), total("kidnapped")) if v is not None]
    frame.hostages = max(hostages) if hostages else None
    frame.killed_perpetrators = total("perpetrators_killed")
    frame.perpetrator_count = total("perpetrators")
    for field_name, roles in (("killed", ("killed", "perpetrators_killed")), ("injured", ("injured",)), ("hostages", ("hostages", "kidnapped"))):
        indexes = [i for r in roles for i in support.get(r, [])]
        if indexes:
            frame.support[field_name] = indexes
