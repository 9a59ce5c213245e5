"""Who did a frame's incident: its group mentions, ranked by how the text attributes them.

A group that claimed the attack comes before one named as its author, which comes before
one merely mentioned; a group named as the target ("the office of the Socialist Party",
"a Hamas rally") comes last. Groups named together in one claim ("Hamas and the al-Aqsa
Martyrs Brigade claimed") share it; a parent named for its wing ("the Jenin Martyrs'
Brigades, a wing of the Popular Resistance Committees, claimed") comes just before the
wing, as datasets attribute wings' attacks to their parent; a group named only as what
another is linked to ("the al-Qaeda linked group", "an offshoot of the JDL") is merely
mentioned.
"""

from __future__ import annotations

import itertools
import re

from dateline.text.groups import names_no_group, resolve_generic
from dateline.text.types import Frame, GroupValue, Mention

CLAIMED, AUTHOR, MENTIONED, TARGET = 0, 1, 2, 3

_CLAIM_VERB = (
    r"(?:claimed|claiming|claims|took\s+(?:responsibility|credit)|accepted\s+responsibility|"
    r"assumed\s+responsibility|said\s+(?:it|they)\s+(?:had\s+)?carried\s+out)"
)
_CLAIM_HINT = re.compile(r"claim|responsib|credit|carried", re.I)
_CLAIMED_AFTER = re.compile(
    rf"^(?:[^.;]{{0,40}}?|\s*,[^.;]{{0,100}}?,\s*(?:(?:jointly|also|later)\s+)?)\b{_CLAIM_VERB}", re.I
)
# "claimed by the", "claimed by a group calling itself the", "claimed by the al-Qaeda
# linked group,": what stands between the claim and the name.
_CLAIMED_BEFORE = re.compile(
    r"\b(?:claimed\s+by|claim\s+(?:of\s+responsibility\s+)?(?:by|from)|credit\s+for\s+[^.;]{0,60}?\s+was\s+claimed\s+by)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[^.;,]{0,40}?\b(?:group|organi[sz]ation|movement|faction)\s*,?\s*"
    r"(?:(?:calling|calls)\s+itself|called|named|known\s+as)?\s*)?(?:the\s+)?$",
    re.I,
)
_AUTHOR_AFTER = re.compile(
    r"^\W*(?:\([^)]*\)\s*)?(?:(?!was\b|were\b|been\b|being\b|is\b|are\b)\w+\s+){0,3}"
    r"(?:was\s+responsible|were\s+responsible|militants|guerrillas|rebels|gunmen|members|"
    r"fighters|insurgents|operatives|cadres|activists|(?:is|are|was|were)\s+(?:(?:also|widely|strongly)\s+)?"
    r"(?:believed|suspected|thought|blamed|behind)|"
    r"(?:kidnapped|abducted|killed|attacked|bombed|detonated|fired|shot|ambushed|stormed|hijacked|"
    r"seized|planted|launched|shelled|torched|burned|assassinated|executed|beheaded|raided|blew|"
    r"dynamited|firebombed|machine-gunned|murdered|"
    r"set\s+fire|opened\s+fire|carried\s+out|targeted|threatened|warned)\b)",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"\b(?:claimed|claim(?:ing)?\s+responsibility|responsib|suspected|suspect|blamed?|blames|blaming|attributed|"
    r"by|members?\s+of|militants?\s+(?:of|from)|fighters\s+of|guerrillas?\s+of|rebels?\s+of|"
    r"carried\s+out|believed|thought\s+to\s+be(?:\s+part\s+of)?|linked|identified\s+themselves|"
    r"(?:calling|calls)\s+(?:itself|themselves))\b",
    re.I,
)
# The group is the target: "the office of the Socialist Party", "targeting Awakening Council
# members", "attacks on the PKK".
_TARGET_BEFORE = re.compile(
    r"\b(?:(?:office|offices|headquarters|home|house|vehicle|car|convoy|checkpoint|rally|leader|"
    r"leaders|official|officials|supporters|candidate|meeting)\s+of|(?:owned|used|run|operated)\s+by|"
    r"targeting|targeted|against|attacked|"
    r"attacks?\s+on)\s+(?:the\s+|a\s+|an\s+)?(?:(?!by\b|from\b)[\w-]+\s+){0,2}$",
    re.I,
)
# …unless the attack is blamed on it: "blaming the attack on the Research and Analysis Wing".
_BLAMED_ON = re.compile(r"\b(?:blam\w*|pinned|attribut\w*)\s+(?:[\w-]+\s+){0,4}on\s+(?:the\s+)?$", re.I)
# …or a word qualifying what was hit ("a Hamas rally", "the Fatah official"), or the victim
# ("a member of Kach- was killed").
_TARGET_AFTER = re.compile(
    r"^(?:(?:'s?|’s?)?\s+(?:rally|rallies|office|offices|headquarters|leader|leaders|official|officials|"
    r"candidate|candidates|stronghold|lawmaker|lawmakers|legislator|legislators|mayor|politician|"
    r"politicians|supporters|deputy|deputies)\b|"
    r"\s*(?:\([^()]{1,20}\))?[\s,–—-]*(?:who\s+(?:(?:was|were)\s+[^.;,]{0,40}?\s+)?)?(?:was|were)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|shot|kidnapped|abducted|assassinated|murdered)\b)",
    re.I,
)
# Named only as what the doer is linked to: "the al-Qaeda linked group", "an offshoot of the JDL".
_LINKED_AFTER = re.compile(r"^[\s-]+(?:linked|affiliated|allied|inspired|backed|related|style)\b", re.I)
_LINKED_BEFORE = re.compile(
    r"\b(?:(?:offshoot|splinter(?:\s+group)?|faction|affiliate|ally|allies|rivals?|enemy|enemies|"
    r"opponents?)\s+of|fronts?\s+for|(?:linked|affiliated|allied|associated|connected|ties|links)\s+(?:to|with)|"
    r"inspired\s+by|named\s+after|loyal\s+to)\s+(?:the\s+)?$",
    re.I,
)
# The parent named next to its wing: "the Jenin Martyrs' Brigades, a wing of the Popular
# Resistance Committees", "Hamas' militant wing, the Izz al-Din al-Qassam Brigades".
_WING_THEN_PARENT = re.compile(
    r"\s*[,(–—-]\s*(?:(?:the|a|an|its|which|is|was)\s+)*(?:[\w-]+\s+){0,2}(?:wings?|factions?)\s+"
    r"(?:of|associated\s+with|linked\s+to|affiliated\s+with)\s+(?:the\s+)?",
    re.I,
)
_PARENT_THEN_WING = re.compile(
    r"(?:'s?|’s?)?\s+(?:(?:armed|military|militant)\s+)?wing\s*[,(–—-]?\s*(?:the\s+)?(?:[\w'-]+\s+){0,3}", re.I
)
_RENAMED = re.compile(
    r"\)?\s*(?:\([^()]{1,15}\)\s*)?,?\s*(?:(?:now|later|since|which\s+(?:is\s+)?now|which\s+became)\s+)?"
    r"(?:called|known\s+as|renamed(?:\s+as)?|became)\s+(?:the\s+)?",
    re.I,
)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_ADJACENT = re.compile(r"[\s()]*(?:(?:[A-Z][\w'-]*|del|de|la|of|the)\s+){0,3}")
# Names listed with "and" share what the text says of them: "activists of the People's War
# Group (PWG) and the Maoist Communist Center set fire".
_AND = re.compile(r"\)?\s*(?:\([^()]{1,20}\)\s*)?(?:and|&)\s+(?:the\s+)?")
# Between names that claim together: "Hamas and the al-Aqsa Martyrs Brigade (Fatah), jointly",
# "X and the previously unheard of Y claimed", "X's military wing and the Fatah-linked Y claimed".
_JOINT = re.compile(
    rf"^(?:\s*(?:,|and|&|the|of|a|previously|unheard|unknown|little-known|new|newly\s+formed|obscure|as\s+well\s+as|"
    rf"\x00|\([^()]*\)|\)|-|–|—|,[^,.;]{{0,100}},|(?:[\w-]+\s+)?wings?(?:\s+of)?|\w*-?(?:linked|affiliated|aligned)))*"
    rf"\s*(?:(?:jointly|both|also|have|has|later|each)\s+)*{_CLAIM_VERB}",
    re.I,
)


def _linked(text: str, m: Mention) -> bool:
    """Named only as what the doer is linked to ("the al-Qaeda linked group")?"""
    return bool(_LINKED_AFTER.match(text[m.end : m.end + 20]) or _LINKED_BEFORE.search(text[max(0, m.start - 40) : m.start]))


def attribution(text: str, m: Mention) -> int:
    """CLAIMED (0): claimed the attack; AUTHOR (1): named as its author; MENTIONED (2);
    TARGET (3): its target."""
    before = text[max(0, m.start - 80) : m.start]
    after = text[m.end : m.end + 60]
    if _linked(text, m):
        return MENTIONED
    if _CLAIMED_AFTER.match(text[m.end : m.end + 160]) or _CLAIMED_BEFORE.search(before):
        return CLAIMED
    if _BLAMED_ON.search(before):
        return AUTHOR
    if _TARGET_AFTER.match(after) or _TARGET_BEFORE.search(before[-40:]):
        return TARGET
    if _AUTHOR_AFTER.match(after) or _ATTRIBUTION.search(before[-60:]):
        return AUTHOR
    return MENTIONED


def _ranks(text: str, groups: list[Mention]) -> dict[int, tuple[int, float]]:
    """Each group mention's (attribution, place in the text), with joint claims, fronts and
    parents of wings (a parent takes its wing's attribution and comes just before it)."""
    ranks: dict[int, tuple[int, float]] = {m.index: (attribution(text, m), m.start) for m in groups}
    by_start = sorted(groups, key=lambda m: m.start)
    # An acronym in parentheses after its name is the name: "the Salafist Group … (GSPC)".
    for name, acronym in itertools.pairwise(by_start):
        if text[name.end : acronym.start].strip() == "(" and text[acronym.end : acronym.end + 1] == ")":
            ranks[acronym.index] = ranks[name.index]
    for n, m in enumerate(by_start):
        if ranks[m.index][0] == CLAIMED or _linked(text, m):
            continue
        # Names listed before the claim: "X and the Y claimed", "X, Y and Z claimed".
        window = text[m.end : m.end + 160]
        if not _CLAIM_HINT.search(window):
            continue  # no claim told after the name: nothing to share (and a long list stays fast)
        for other in by_start[n + 1 :]:
            if other.start >= m.end + 160:
                break
            window = window[: other.start - m.end] + "\x00" * (other.end - other.start) + window[other.end - m.end :]
        if _JOINT.match(window):
            ranks[m.index] = (CLAIMED, m.start)
    # A group and its front named together: "the National Liberation Army (ELN) Guerreros
    # del Sindagua Front kidnapped" (right to left: a chain of names takes its last's rank).
    for m, nxt in reversed(list(itertools.pairwise(by_start))):
        if not _linked(text, m) and (_ADJACENT.fullmatch(text, m.end, nxt.start) or _AND.fullmatch(text, m.end, nxt.start)):
            ranks[m.index] = (min(ranks[m.index][0], ranks[nxt.index][0]), m.start)
    for wing, parent in itertools.pairwise(by_start):
        if _WING_THEN_PARENT.fullmatch(text, wing.end, parent.start) and ranks[wing.index][0] <= ranks[parent.index][0]:
            ranks[parent.index] = (ranks[wing.index][0], wing.start - 0.5)
    # A group under its later name: "the Salafist Group for Call and Combat (GSPC) now called
    # the al-Qaeda Organization in the Land of the Islamic Maghreb".
    for old, new in itertools.pairwise(by_start):
        if _RENAMED.fullmatch(text, old.end, new.start):
            # before the old name and its initials ("… (GSPC) now called …")
            first = min(ranks[x.index][1] for x in by_start if x.group == old.group)
            ranks[new.index] = (min(ranks[old.index][0], ranks[new.index][0]), first - 0.5)
    # "Naxalites of the People's War Group": the group named after "of" is the one meant.
    for word, name in itertools.pairwise(by_start):
        if " " not in word.text and _OF_THE.fullmatch(text, word.end, name.start):
            ranks[name.index] = (min(ranks[word.index][0], ranks[name.index][0]), ranks[word.index][1] - 0.5)
    for parent, wing in itertools.pairwise(by_start):
        if _PARENT_THEN_WING.fullmatch(text, parent.end, wing.start):
            ranks[parent.index] = (min(ranks[parent.index][0], ranks[wing.index][0]), parent.start)
    return ranks


def _group_in(m: Mention, country: str | None) -> GroupValue | None:
    """The group a mention names in a frame of ``country``; None for a generic name the
    country does not resolve and for a name that is no group's."""
    if m.group is None:
        return None
    # "Maoist rebels" name a group only in a country: resolved by the frame's country.
    value = resolve_generic(m.group, country) if m.group.via == "generic" else m.group
    # "Islamic Jihad" in Lebanon is another group than in Gaza: the country decides.
    value = resolve_generic(GroupValue(None, m.text, "generic"), country, whole=True) or value
    return None if value is None or names_no_group(value) else value


def group_frame(frame: Frame, text: str, mentions: list[Mention]) -> None:
    values: dict[int, GroupValue] = {}
    for m in mentions:
        value = _group_in(m, frame.country)
        if value is not None:
            values[m.index] = value
    groups = [m for m in mentions if m.index in values]
    if not groups:
        return

    ranks = _ranks(text, groups)
    # At equal rank the first named; a known group before a name known only by its shape
    # ("the Kartal Fighters Front and Dev-Sol claimed"), and both before a generic name
    # ("Maoist rebels").
    def order(m: Mention) -> tuple[int, bool, bool, float]:
        via = m.group.via  # type: ignore[union-attr]
        return ranks[m.index][0], via in ("pattern", "generic"), via == "generic", ranks[m.index][1]

    ranked = sorted(groups, key=order)
    seen: dict[str, Mention] = {}
    for m in ranked:
        value = values[m.index]
        key = value.id or value.name.casefold()
        if key not in seen:
            seen[key] = m
    for m in seen.values():
        value = values[m.index]
        frame.perpetrators.append(value.name)
        frame.perpetrator_ids.append(value.id)
    frame.support["perpetrators"] = [m.index for m in seen.values()]


def perpetrator_elsewhere(frame: Frame, text: str, mentions: list[Mention]) -> None:
    """A group named as the doer in a sentence clustered into another frame: when the text
    names exactly one such group, the main incident is its (the text is about one attack)."""
    doers: dict[str, tuple[GroupValue, Mention]] = {}
    for m in mentions:
        value = _group_in(m, frame.country)
        if value is not None and attribution(text, m) <= AUTHOR:
            doers.setdefault(value.id or value.name.casefold(), (value, m))
    if len(doers) == 1:
        value, m = next(iter(doers.values()))
        frame.perpetrators.append(value.name)
        frame.perpetrator_ids.append(value.id)
        frame.support["perpetrators"] = [m.index]
