"""Deaths told without a number: "blew himself up", "the bomber died", "his body was found",
"the bodies of the men were found" (those kidnapped before), "resulted in the guard's death",
"was wounded … later died" (the one told hurt, now dead).

Run by the count finder last; a death already counted in its sentence is not counted again.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from dateline.text.count_phrases import COMPONENT, NATURAL_DEATH, PERPETRATOR_NOUNS, PERSON_NOUNS
from dateline.text.person_phrases import people_in
from dateline.text.types import Analysis, CountRole, CountValue, Mention
from dateline.text.unnumbered_counts import BACK_REFERENCE, CountIndex, object_phrase

_SELF_DEATH = re.compile(
    r"\b(?:blew|blowing|blown)\s+(?:him|her)self\s+(?:and\s+(?:his|her|the)\s+[\w-]+\s+)?up\b|"
    r"\b(?:in\s+addition\s+to|including|along\s+with|as\s+well\s+as|besides)\s+(?:him|her)self\b|"
    r"\b(?:he|she)\s+(?:him|her)self\s+(?:was|being)\s+(?:shot\s+(?:and\s+)?)?killed\b",
    re.IGNORECASE,
)
_THEMSELVES = re.compile(r"\b(?:killing|killed|blew|blowing)\s+themselves\b|\bbeing\s+(?:shot\s+(?:and\s+)?)?killed\s+themselves\b", re.IGNORECASE)
# "The suicide bomber died", "a policeman later died": one person's death told by "died".
_DIED = re.compile(
    r"\b(?P<subject>(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+)|[Hh]e|[Ss]he|"
    r"(?P<name>(?<![\w’'-]\s)[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w’'-]+){0,3}"
    r"(?=(?:\s*,[^,.;()]{1,60},)?\s+(?:later\s+|subsequently\s+)?died\s+(?:of|from|after|in|at|on|as|while|when|shortly|instantly))))"
    r"(?:\s*\([^()]{0,40}\)|\s*,[^,.;()]{1,60},|\s+(?:of|in|from)\s+(?:the\s+)?[\w’'-]+(?:\s+(?!(?:who|had|has|was|were)\b)[\w’'-]+){0,3}?)?(?:\s+who)?"
    r"\s+(?:(?:also|later|subsequently|reportedly|eventually|then|and|instantly)\s+){0,2}"
    r"(?:died|was\s+killed|perished|succumbed|was\s+pronounced\s+dead)\b"
)
# "His throat was slit", "found with his throat slit", "they later slit his throat": one death.
_THROAT_SLIT = re.compile(
    r"\b(?:his|her)\s+throat\s+(?:was\s+|had\s+been\s+)?(?:slit|cut|slashed)\b|"
    r"\b(?:slit|slitting|cut|slashed)\s+(?:his|her|(?:a|the)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl)['’]s)\s+throat\b",
    re.IGNORECASE,
)
_SURVIVED = re.compile(r"[^.;]{0,40}?\b(?:injur|wound|surviv|hospitali[sz]ed)", re.IGNORECASE)
_ATTEMPT = re.compile(r"\b(?:attempted|failed|planned|plotting|plot\s+for|attempt\s+at|foiled)\s+(?:the\s+)?$", re.IGNORECASE)
# "later died of his wounds": a death after an injury told before, the same person.
_LATER = re.compile(r"\b(?:later|subsequently|eventually)\b|\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)", re.IGNORECASE)
# "the deaths of Ali and his son", "resulted in the guard's death".
_DEATH_OF = re.compile(
    r"\b(?:resulted\s+in|resulting\s+in|caused|causing|led\s+to|leading\s+to)\s+the\s+(?:deaths?\s+of\s+(?P<who>[^.;:]{1,100})|"
    r"(?P<whose>[\w’'-]+(?:\s+[\w’'-]+)?['’]s)\s+death)",
    re.IGNORECASE,
)
# "Police recovered the body of a teacher", "His body was found": one death, told by the body.
_BODY_OF = re.compile(
    r"\b(?:(?:recovered|found|discovered|retrieved|located|discovery\s+of|recovery\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:dead\s+)?bod(?:y|ies)\s+of\s+(?P<who>[^.;:]{1,120})|"
    r"(?:[Tt]he\s+)?(?:[\w-]+\s+)?bod(?:y|ies)\s+of\s+(?P<who2>[^.;:]{1,120}?)\s+(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:later\s+|subsequently\s+|then\s+)?(?:found|discovered|recovered|located|dumped))"
)
# "His body was found", "police found the Sheikh's body", "their bodies were later found".
_OWN_BODY = re.compile(
    r"\b(?:(?:found|discovered|recovered|retrieved)\s+(?P<p1>his|her|their|(?:the\s+)?[\w’'-]+['’]s)\s+(?:[\w-]+\s+)?(?:body|bodies|corpse|corpses)|"
    r"(?P<p2>[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?[\w’'-]+['’]s)\s+(?:dead\s+|mutilated\s+|headless\s+|bullet-riddled\s+)?(?:body|bodies|corpse|corpses)\s+"
    r"(?:was|were|had\s+been|have\s+been)\s+(?:later\s+|subsequently\s+|then\s+)?(?:found|discovered|recovered|located|dumped|identified))"
)
# "An unidentified body was recovered", "police found the beheaded body of a man": one death.
_A_BODY = re.compile(
    r"\b(?:(?:found|discovered|recovered|retrieved)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:body|corpse)(?!\s+(?:armou?r|parts?|of)\b)|"
    r"(?<![\w’'-]\s)(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:body|corpse)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:later\s+|subsequently\s+|then\s+)?(?:found|discovered|recovered|located|dumped))"
)
# "the murder of a teacher", "the assassination in Paris of a diplomat": one death told by its noun.
_MURDER_OF = re.compile(
    r"\b(?:murder|assassination|beheading|execution|slaying)\s+(?:in\s+[A-Z][\w’'-]+\s+)?of\s+(?P<who>[^.;:]{1,100})", re.IGNORECASE
)


def own_deaths(analysis: Analysis, text: str, taken: bytearray, first: int) -> None:
    """Deaths told without a number: "blew himself up", "the bomber died", "killing themselves"."""
    counts = analysis.mentions[first:]
    index = CountIndex(analysis, first)
    sentences = analysis.document.sentences or [(0, len(text))]

    starts = [s[0] for s in sentences]

    def sentence_of(offset: int) -> tuple[int, int]:
        found = sentences[max(0, bisect.bisect_right(starts, offset) - 1)]
        return found if found[0] <= offset < found[1] else (0, len(text))

    def killed_near(offset: int, *, own: bool) -> bool:
        return any(
            m.count is not None
            and (m.count.role == "perpetrators_killed" or (not own and m.count.role == "killed")
                 or (own and m.text.lower() in ("himself", "herself")))
            for m in index.between(*sentence_of(offset))
        )  # fmt: skip

    added: list[Mention] = []
    for match in _SELF_DEATH.finditer(text):
        start, end = match.span()
        if any(taken[start:end]) or killed_near(start, own=True):
            continue
        added.append(Mention("count", start, end, text[start:end], COMPONENT,
                             count=CountValue(1, "person", "perpetrators_killed")))  # fmt: skip
    for match in _THEMSELVES.finditer(text):
        start, end = match.span()
        lo = min(sentence_of(start)[0], max(0, start - 300))  # "… fired at police. Stopped, they blew themselves up"
        told = [m for m in index.between(lo, start) if m.count is not None]
        # "Two Palestinians attacked …, killing six, before being killed themselves": the attackers
        bombers = [m for m in told if m.count is not None and m.count.role == "perpetrators"] or told[:1]
        if bombers and bombers[-1].count is not None and bombers[-1].count.role not in ("perpetrators", None):
            continue
        if bombers and bombers[-1].count is not None and not killed_near(start, own=True):
            added.append(Mention("count", start, end, text[start:end], COMPONENT,
                                 count=CountValue(bombers[-1].count.value, "people", "perpetrators_killed")))  # fmt: skip
    for match in _BODY_OF.finditer(text) if "bod" in text else ():
        who = match.group("who") or match.group("who2") or ""
        phrase, _ = object_phrase(who)
        start = match.start()
        end = match.end() if match.group("who2") else match.start("who") + len(phrase.rstrip(" ,"))
        # a date told after the name ("… two days after he was abducted") is no part of it
        if any(taken[start : match.start("who") + 1 if match.group("who") else end]) or killed_near(start, own=False):
            continue
        if "bodies" not in match.group().lower():
            people = 1  # "the body of a policeman bearing gunshot wounds"
        else:
            people = people_in(phrase.rstrip(" ,")).count or _held_before(counts, start, phrase)
        if people:
            added.append(_killed(text, start, end, people))
    for match in _OWN_BODY.finditer(text) if "bod" in text or "corpse" in text else ():
        start, end = match.span()
        if any(taken[start:end]) or killed_near(start, own=False):
            continue
        whose = (match.group("p1") or match.group("p2")).lower()
        # "their bodies", "the men's bodies": those told before
        plural = whose == "their" or re.fullmatch(r"(?:the\s+)?(?:men|women|victims|hostages|captives|workers)['’]s?|(?:the\s+)?\w+s['’]", whose)
        people = _held_before(counts, start, "them") if plural else 1
        if people:
            added.append(_killed(text, start, end, people))
    for match in _THROAT_SLIT.finditer(text) if "throat" in text else ():
        start, end = match.span()
        if any(taken[start:end]) or killed_near(start, own=False) or _SURVIVED.match(text, end):
            continue  # "slit his throat, seriously injuring him": hurt, not dead
        lo, hi = sentence_of(start)
        if not any(lo <= a.start < hi for a in added):  # "his body was found with his throat slit": one death
            added.append(_killed(text, start, end, 1))
    for match in _A_BODY.finditer(text) if "bod" in text or "corpse" in text else ():
        start, end = match.span()
        if not any(taken[start:end]) and not killed_near(start, own=False) and not any(a.start < end and start < a.end for a in added):
            added.append(_killed(text, start, end, 1))
    for match in _MURDER_OF.finditer(text):
        start = match.start()
        if bisect.bisect_right(starts, start) > 2:
            break  # told first, it is the incident; later, often a past one ("after the assassination of …")
        who = object_phrase(match.group("who"))[0].rstrip(" ,")
        end = match.start("who") + len(who)
        if killed_near(start, own=False) or _ATTEMPT.search(text, max(0, start - 30), start):
            continue  # "an attempted murder of", "the assassination attempt": no death
        numbered = [m for m in index.between(match.start("who"), end) if m.count is not None and m.count.role is None]
        if numbered and numbered[0].start == match.start("who") and numbered[0].count is not None:
            numbered[0].count = replace(numbered[0].count, role="killed")  # "witnessed the murder of two policemen"
            continue
        if any(taken[start:end]):
            continue
        people = people_in(who).count
        if people:
            added.append(_killed(text, start, end, people))
    for match in _DEATH_OF.finditer(text) if "death" in text else ():
        start = match.start()
        who = object_phrase(match.group("who"))[0].rstrip(" ,") if match.group("who") else ""
        end = match.start("who") + len(who) if who else match.end()
        if any(taken[start:end]) or killed_near(start, own=False):
            continue  # "the death of an accountant and the wounding of a porter": the porter is told apart
        people = 1 if match.group("whose") else people_in(who).count
        if people:
            added.append(_killed(text, start, end, people))
    has_died = "died" in text or "perished" in text or "was killed" in text or "pronounced dead" in text
    for match in _DIED.finditer(text) if has_died else ():
        start, end = match.span()
        noun = match.group("noun")
        if noun is not None and noun not in PERSON_NOUNS and noun not in ("bomber", "attacker", "couple"):
            continue
        if noun in ("people", "others", "dead", "wounded", "injured", "police", "personnel", "staff", "crew", "body") or (noun or "").endswith("s"):
            continue
        if noun == "victim" and match.group("subject").lower().startswith("the") and any(
            m.count is not None and m.count.role == "killed" for m in index.between(max(0, start - 1500), start)
        ):
            continue  # "… was shot dead. The victim later died …": the one told dead
        if NATURAL_DEATH.match(text, end):
            continue  # "a man who died of old age": no one's victim
        if any(taken[start:end]) or killed_near(start, own=False):
            continue
        role: CountRole = "perpetrators_killed" if noun in PERPETRATOR_NOUNS or noun in ("bomber", "attacker") else "killed"
        if noun == "couple":
            added.append(Mention("count", start, end, text[start:end], COMPONENT, count=CountValue(2, "people", role)))
            continue
        hurt = _hurt_before(index.between(start - 400, start), start) if _LATER.search(text, start, min(len(text), end + 40)) else None
        if hurt is not None and hurt.count is not None:
            hurt.count = replace(hurt.count, role="killed")  # "was wounded … later died": one person
            continue
        added.append(Mention("count", start, end, text[start:end], COMPONENT, count=CountValue(1, "person", role)))
    for mention in added:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    analysis.mentions.extend(added)


def _killed(text: str, start: int, end: int, people: int) -> Mention:
    return Mention("count", start, end, text[start:end], COMPONENT,
                   count=CountValue(people, "person" if people == 1 else "people", "killed"))  # fmt: skip


def _held_before(counts: list[Mention], offset: int, phrase: str) -> int:
    """"The bodies of the men were found": those kidnapped, held or told before, if the text told them."""
    if not BACK_REFERENCE.fullmatch(phrase.strip()) and phrase.strip().lower() not in ("them", "the two", "the three"):
        return 0
    # "Gunmen shot 16 pilgrims … Their bodies were found": the people told just before, too
    held = [m for m in counts if m.count is not None and m.end <= offset and (m.count.role in ("kidnapped", "hostages")
            or (m.count.role is None and m.count.counts not in PERPETRATOR_NOUNS))]  # fmt: skip
    return held[-1].count.value if held and held[-1].count is not None else 0


def _hurt_before(counts: list[Mention], offset: int) -> Mention | None:
    """The one person told hurt just before a "later died" (this sentence or the one before)."""
    hurt = [m for m in counts if m.count is not None and m.end <= offset and m.count.role in ("injured", "killed")]
    if hurt and hurt[-1].count is not None and hurt[-1].count.role == "injured" and hurt[-1].count.value == 1:
        return hurt[-1]
    return None
