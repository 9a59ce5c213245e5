"""People counted without a number: "killed a Briton and a South African", "X was shot
dead", "killing six passengers and the driver", "no one was hurt".

Run by the count finder after the numbered counts; ``taken`` marks the characters already
counted, so no one is counted twice.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from dateline.text.count_phrases import COMPONENT, PERPETRATOR_NOUNS, PERSON_NOUNS, WHO_DIED
from dateline.text.numbers import NUMBER, parse_number
from dateline.text.person_phrases import People, ends_in_person, people_in
from dateline.text.types import Analysis, CountRole, CountValue, Mention

# Where or in what, between a verb and the next clause: "killed in the attack on Tarvo".
_WHERE = r"(?:\s+(?:in|at|near|on|outside|inside)\s+(?:the\s+)?[\w’'-]+(?:\s+(?:on|of|in)\s+(?:the\s+)?[\w’'-]+)?){0,2}"
# "One person was killed and another injured": one more, told by "another".
_ANOTHER_HURT = re.compile(
    r"\b(?:killed|dead|died)" + _WHERE + r",?\s+and\s+(?:another|one\s+other|a\s+(?:second|third|fourth|fifth))\s+"
    r"(?:(?:was|seriously|critically|slightly|severely)\s+)*(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)
# "An official was shot dead and another died from his wounds": one more death.
_ANOTHER_DIED = re.compile(
    r"\b(?:killed|shot\s+dead|died)" + _WHERE + r",?\s+and\s+(?P<other>another|a\s+second)\s+(?:[a-z]+\s+)?(?:later\s+)?(?:died|was\s+killed)\b",
    re.IGNORECASE,
)
# "X was assassinated and his driver wounded": the second subject, its verb left out.
_AND_HURT = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:killed|assassinated|murdered|shot\s+dead|slain)" + _WHERE + r",?\s+and\s+"
    r"(?P<who>(?:his|her|their|the|a|an)\s+(?:(?!(?:was|were)\b)[\w’'-]+\s+){0,2}?(?!(?:was|were)\b)[a-z]+)\s+(?:(?:was|were)\s+)?"
    r"(?:(?:also|seriously|critically|slightly|severely|badly)\s+)*"
    r"(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)
# "Two guards were wounded and the driver killed": the other way round.
_AND_KILLED = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt)" + _WHERE + r",?\s+and\s+"
    r"(?P<who>(?:his|her|their|the|a|an)\s+(?:(?!(?:was|were)\b)[\w’'-]+\s+){0,2}?(?!(?:was|were)\b)[a-z]+)\s+"
    r"(?:killed|shot\s+dead)\b",
    re.IGNORECASE,
)
# "killing six passengers and the driver", "an official of the council and his guard", "an
# imam, who ran a school, and his son": one more person ends the list.
_LIST_TAIL_ONE = re.compile(
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?|,\s+who\s+[^,.;]{1,80}(?=,)|"
    r"\s+who\s+[^,.;]{1,60}?(?=\s+and\s+(?:the|a|an|his|her|their|one|another)\s))?,?\s+(?:and|along\s+with|together\s+with)\s+"
    r"(?:the|a|an|his|her|their|one|another)\s+(?:[A-Za-z-]+\s+){0,4}?(?P<noun>[a-z]+)"
    r"(?=\s*(?:[.,;]|$|\s+(?:when|as|in|at|near|on|of|who|while|south|north|east|west|outside|inside)\b))"
)
_ZERO = re.compile(
    r"\b(?P<what>no\s+(?:one|body|persons?|people|civilians)\s+(?:was|were)\s+(?:reported\s+)?"
    r"(?P<verb1>killed|hurt|injured|wounded|harmed)|no\s+(?P<noun>injuries|casualties|deaths|"
    r"fatalities|one\s+was\s+hurt)|without\s+(?:causing\s+)?(?P<noun2>injuries|casualties))",
    re.IGNORECASE,
)
_KILL_VERB = (
    r"shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|killed|murdered|assassinated|"
    r"gunned\s+down|beheaded|decapitated|executed|slain|stabbed\s+to\s+death|"
    r"(?:beaten|hacked|choked|bludgeoned|clubbed)\s+to\s+death|strangled|hanged|burned\s+(?:to\s+death|alive)|lynched|"
    r"found\s+(?:dead|murdered|beheaded|decapitated|strangled|hanged|slain|shot(?:\s+dead|\s+to\s+death)?)"
)
_HURT_VERB = r"shot\s+and\s+wounded|shot\s+and\s+injured|wounded|injured|hurt"
_TAKE_VERB = r"kidnapped|abducted|taken\s+hostage"
# "X was shot and killed", "A tribal leader and his relative were shot to death", and "X was
# shot (and later died)", "was kidnapped and shot dead": a later verb of death decides.
_PASSIVE = re.compile(
    rf"\b(?P<aux>was|were|got)\s+(?:(?:reportedly|reported|allegedly|later|fatally|critically|seriously|"
    rf"severely|slightly|lightly|badly|gravely|then|also|both)\s+){{0,2}}"
    rf"(?:shot\s+(?:at\s+)?and\s+(?:(?:critically|seriously|severely|slightly|lightly|badly|gravely|fatally)\s+)?(?=wounded|injured|killed))?"
    rf"(?P<verb>{_KILL_VERB}|{_HURT_VERB}|{_TAKE_VERB}|shot|attacked|ambushed|stabbed|tortured|beaten|caught|captured|dragged|found)\b",
    re.IGNORECASE,
)
_THEN_DIED = re.compile(
    r"(?:(?!\b(?:was|were|and\s+(?:his|her|their|the|a|an|one|another|two|three)|while|but)\b)[^.;:]){0,50}?(?:\(|,|\s)\s*(?:and\s+|but\s+)?(?:then\s+|later\s+|subsequently\s+|eventually\s+|soon\s+)*"
    rf"(?P<verb>{_KILL_VERB}|died|succumbed|perished)\b",
    re.IGNORECASE,
)
# "Gunmen shot and killed Piet Varga", "killed a Briton and a South African", "killing him".
_ACTIVE = re.compile(
    r"\b(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bgot\s)"
    r"(?P<verb>(?:shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|killed|killing|murdered|murdering|gunning\s+down|"
    r"assassinated|assassinating|gunned\s+down|shot\s+down|beheaded|beheading|executed|executing|"
    r"(?:stabbed|beat|beaten|hacked|burned|stoned)\s+to\s+death|strangled|decapitated|lynched|martyred|slaughtered|"
    r"(?:slit|slitting)\s+the\s+throats?\s+of|claimed\s+the\s+(?:life|lives)\s+of)|"
    r"(?:fatally|mortally)\s+(?:wounded|wounding|injured|injuring|shot|shooting)|"
    r"(?:wounded|wounding|injured|injuring|shot\s+and\s+wounded)|"
    r"(?:kidnapped|kidnapping|abducted|abducting))\s+"
    r"(?!(?:and|or|by|in|at|on|near|when|as|after|during|while|with|from|to|for|but|because|outside|inside)\b)"
    r"(?=(?P<object>[^.;:]{1,160}))",
    re.IGNORECASE,
)
# "Gunmen shot a man to death", "shot him dead", "the blast left a guard dead": the object inside the verb.
_SPLIT_KILL = re.compile(
    r"\b(?:shot|shooting|stabbed|stabbing|beat|beating|hacked|hacking|stoned|clubbed|burned|left|leaving)\s+(?P<object>(?!(?:and|at|to|dead)\b)[^.;:,()]{1,60}?)\s+(?:dead|to\s+death)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"(?:^|\s+)(?:when|as|who|while|in|outside|near|at|on|with|after|because|during|from|inside|or|"
    r"by|whose|which|before|for|to|whom|was|were|had|has|have|but|since|early|late|yesterday|overnight|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"and\s+(?:then\s+|later\s+|[a-z]+ly\s+|the\s+)?(?:wounding|injuring|killing|injury|injuries|then|fled|escaped|took|left|set|threw|stole|dumped|shot|"
    r"beat|cut|hung|burnt|blew|drove|ran|held|kept|sent|brought|tied|forced|made|gave|fired|"
    r"(?!(?:a|an|the|his|her|their|one|two|three)\b)[a-z]+ed))\b|[,(](?=\s*(?:who|whom|which|a|an|the|his|her|"
    r"their)\s+(?:[\w-]+\s+){0,3}(?:was|were|is|are|had)\b)",
    re.IGNORECASE,
)
# ", and his two sons in Mosul": the list goes on after a description cut at "in".
_MORE_AFTER_CUT = re.compile(
    r"[^.;]*?,?\s+and\s+(?P<more>(?:his|her|their|another)\s+[^,.;()]{1,40}?)(?=\s+(?:in|at|on|near|as|when|while|who|from|outside)\b|[,.;]|$)"
)
# "They were wounded and died", "Both were killed": the people told just before.
_BACK_SUBJECT = re.compile(
    r"they|both(?:\s+of\s+them|\s+(?:men|women|victims))?",
    re.IGNORECASE,
)
# "killing them", "killing both": the people told just before.
BACK_REFERENCE = re.compile(
    r"(?:them|both(?:\s+of\s+them|\s+(?:men|women|individuals|victims|of\s+the\s+\w+))?|all\s+of\s+them|"
    r"the\s+(?:men|women|victims|hostages|captives|individuals))\b",
    re.IGNORECASE,
)
_SHOT = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)\b(?:shot|shooting)\s+(?!(?:dead|and|to|down|at|in|through|from|into|twice|several|once|up|off|back|out|himself|herself|themselves)\b)"
    r"(?=(?P<object>[^.;:]{1,120}))"
)
_IN_LIMB = re.compile(
    r"\bin\s+(?:the|his|her|their)\s+(?:(?:right|left)\s+)?(?:leg|legs|arm|arms|knee|knees|kneecaps?|foot|feet|"
    r"shoulders?|hands?|thighs?|back|stomach|abdomen|face|jaw|hip|buttocks|ankles?|wrists?|elbows?)\b",
    re.IGNORECASE,
)
_SHOT_IN_LIMB = re.compile(r"\s+at\b|[^.;:]{0,40}?" + _IN_LIMB.pattern, re.IGNORECASE)
_CASUALTY_WORDS = re.compile(
    r"\b(?:kill|killed|killing|dead|died|death|wound|wounded|wounding|injur\w*|hurt|murder\w*|assassinat\w*|slain|surviv\w*|"
    r"hospital\w*|critical|condition|escaped|unharmed|fatal\w*|lethal|missed|body|bodies|casualt\w*|harm\w*)\b",
    re.IGNORECASE,
)
_LEADING_NUMBER = re.compile(rf"(?:(?:his|her|their|all)\s+)?(?P<n>{NUMBER})\b(?!-)(?!\s+out\s+of\b)", re.IGNORECASE)
_KILLED_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:killed|assassinated|murdered|slain|executed)\b", re.IGNORECASE)
_BY_FORCES = re.compile(r"\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:police|troops|soldiers|security\s+forces|forces|guards|army|commandos)\b", re.IGNORECASE)
_UNSURE = re.compile(r"\b(?:whether|unclear\s+if|not\s+known\s+if)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|killed|killing|wounded|wounding|injured|injuring|shot|opened|attacked|exploded|detonated|fired)\b", re.IGNORECASE)
_ALONG_WITH = re.compile(
    r"(?:\s+(?:in|during|near|at)\s+(?:the\s+)?[\w’'-]+)?,?\s+(?:along\s+with|together\s+with|and\s{7})\s*(?P<more>[^.;:]{1,120})", re.IGNORECASE
)
_ONE_PERPETRATOR = re.compile(
    r"(?:the|a|an|one)\s+(?:\w+\s+){0,2}?(?:attacker|gunman|bomber|militant|assailant|terrorist|insurgent|hijacker|kidnapper|perpetrator|shooter)",
    re.IGNORECASE,
)
_THE_ATTACKERS = re.compile(
    r"(?:all\s+(?:\w+\s+)?of\s+)?the\s+(?:attackers|gunmen|militants|assailants|perpetrators|terrorists|insurgents|hijackers|kidnappers|bombers)",
    re.IGNORECASE,
)
_AIRCRAFT = re.compile(r"\b(?:helicopter|plane|aircraft|airplane|jet|airliner|drone|transport|chopper|fighter\s+jet)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"him|her", re.IGNORECASE)
_NOBODY = re.compile(r"\b(?:no(?:\s+one|body|-one)?|none|anyone|anybody|nobody|no\s+\w+)(?:\s+else)?\s*$", re.IGNORECASE)
_NOBODY_START = re.compile(r"(?:no\b|nobody|none|no-one|neither)", re.IGNORECASE)
# Periods that end no sentence, masked so that "Dr. Piet Varga" stays one object.
_ABBREVIATION = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Col|Gen|Lt|Capt|Maj|Sgt|Cpl|Brig|Prof|Rev|Gov|Sen|Rep|St|Jr|Sr|No|Mt)\.|\b(?:[A-Z]\.){2,}|\b[A-Z]\.(?=\s+[A-Z][a-z])"
)
_TIME_WORDS = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight|late|early)\b", re.IGNORECASE
)


class CountIndex:
    """The count mentions of an analysis by position: what a window of text told, without
    reading every count for every question (a long text stays linear). Mentions appended to
    the analysis since the last question are taken in first."""

    def __init__(self, analysis: Analysis, first: int) -> None:
        self._analysis, self._synced = analysis, first
        self._starts: list[int] = []
        self._mentions: list[Mention] = []

    def between(self, lo: int, hi: int) -> list[Mention]:
        """Count mentions starting in ``[lo, hi)``, in text order."""
        mentions = self._analysis.mentions
        for mention in mentions[self._synced :]:
            if mention.count is not None:
                at = bisect.bisect_right(self._starts, mention.start)
                self._starts.insert(at, mention.start)
                self._mentions.insert(at, mention)
        self._synced = len(mentions)
        return self._mentions[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]


def list_tails(analysis: Analysis, text: str, taken: bytearray, first: int) -> None:
    """"killing six passengers and the driver": the person after the count is one more."""
    for mention in analysis.mentions[first:]:
        if mention.count is None or mention.count.role not in ("killed", "injured") or mention.count.counts == "people":
            continue
        tail = _LIST_TAIL_ONE.match(text, mention.end)
        if tail is None or any(taken[tail.start() : tail.end()]):
            continue
        noun = tail.group("noun")
        if noun not in PERSON_NOUNS or noun.endswith("s") or noun in ("dead", "wounded", "injured", "police", "staff", "crew", "personnel"):
            continue
        role: CountRole = "perpetrators_killed" if mention.count.role == "killed" and noun in PERPETRATOR_NOUNS else mention.count.role
        add_people(analysis, text, tail.start(), tail.end(), 1, role, taken)


def zeros(analysis: Analysis, text: str, taken: bytearray) -> None:
    """"no one was hurt", "no casualties": explicit zeros."""
    for match in _ZERO.finditer(text):
        start, end = match.span()
        if any(taken[start:end]):
            continue
        verb = (match.group("verb1") or match.group("noun") or match.group("noun2") or "").lower()
        roles: list[CountRole] = []
        if verb in ("killed", "deaths", "fatalities"):
            roles = ["killed"]
        elif verb in ("hurt", "injured", "wounded", "harmed", "injuries", "one was hurt"):
            roles = ["injured"] if verb not in ("harmed", "hurt") else ["killed", "injured"]
        elif verb == "casualties":
            roles = ["killed", "injured"]
        for role in roles:
            analysis.mentions.append(
                Mention("count", start, end, text[start:end], COMPONENT,
                        count=CountValue(0, "people", role))
            )


def single_victims(analysis: Analysis, text: str, taken: bytearray, first: int) -> None:
    """People counted one by one: "killed a Briton and a South African", "X was shot dead"."""
    index = CountIndex(analysis, first)
    starts = [s for s, _ in analysis.document.sentences] or [0]
    scan = _ABBREVIATION.sub(lambda m: m.group().replace(".", " "), text) if "." in text else text
    scan = scan.replace("along with", "and       ") if "along with" in scan else scan  # same length
    # RAND-style summaries say "Gunmen shot X" and nothing more when X was shot dead.
    shot_means_killed = shot_means_dead(text)

    def sentence_start(offset: int) -> int:
        n = max(0, bisect.bisect_right(starts, offset) - 1)
        # a sentence "ending" at an abbreviation ("Piet Varga Jr. and two aides") goes on
        while n > 0 and scan[max(0, starts[n] - 2) : starts[n]].strip() == "" and "." in text[max(0, starts[n] - 2) : starts[n]]:
            n -= 1
        return starts[n]

    def told_before(offset: int, role: CountRole) -> bool:
        lo = sentence_start(offset)
        return any(m.count is not None and m.count.role == role for m in index.between(lo, offset))

    for match in _ACTIVE.finditer(scan):
        obj_start = match.start("object")
        if any(taken[obj_start : obj_start + 3]):
            continue
        if match.group("verb").endswith("ed") and re.search(r"(?i)\b(?:a|the)\s+$", scan[max(0, match.start() - 5) : match.start()]):
            continue  # "a murdered leader": an adjective
        role = _verb_role(match.group("verb"))
        phrase, more = object_phrase(match.group("object"))
        if role == "injured" and WHO_DIED.match(scan, obj_start + len(phrase)):
            role = "killed"  # "severely injuring a second guard, Anton Brel, who died later"
        if role == "killed" and _THE_ATTACKERS.fullmatch(phrase.strip()):
            # "police shot back, killing the attackers": those told as the attackers before
            attackers = [m for m in index.between(match.start() - 600, match.start()) if m.count is not None and m.count.role == "perpetrators"]
            if attackers and attackers[-1].count is not None:
                add_people(analysis, text, obj_start, obj_start + len(phrase.strip()), attackers[-1].count.value, "perpetrators_killed", taken)
            continue
        if BACK_REFERENCE.fullmatch(phrase.strip()):
            _refer_back(analysis, text, index.between(match.start() - 250, match.start()), obj_start, obj_start + len(phrase.strip()), role, taken)
            continue
        if _PRONOUN.fullmatch(phrase.strip()) and told_before(obj_start, role):
            continue  # "assassinated an official … and shot him dead": the same person
        _count_phrase(analysis, text, index, obj_start, phrase, role, taken)
        if more is not None and (re.search(r",\s+and\s+$", more.string[: more.start("more")]) or ends_in_person(more.group("more"))):
            # ", and his two sons" after a description cut at "in"; "… office and his bodyguard"
            _count_phrase(analysis, text, index, obj_start + more.start("more"), more.group("more"), role, taken)
    for match in _SHOT.finditer(scan) if shot_means_killed else ():
        obj_start = match.start("object")
        phrase = object_phrase(match.group("object"))[0]
        if match.group().startswith("shooting") and not ends_in_person(phrase):
            continue  # "shooting a missile at a plane"
        if not any(taken[obj_start : obj_start + 3]) and not _IN_LIMB.search(match.group("object")[: len(phrase) + 40]):
            _count_phrase(analysis, text, index, obj_start, phrase, "killed", taken)
    for match in _SPLIT_KILL.finditer(scan) if "dead" in text or "death" in text else ():
        obj_start = match.start("object")
        if _PRONOUN.fullmatch(match.group("object").strip()) and (
            told_before(obj_start, "killed") or _KILLED_BEFORE.search(scan, max(sentence_start(obj_start), obj_start - 300), obj_start)
        ):
            continue  # "X was assassinated by gunmen who stabbed him to death": the same person
        if BACK_REFERENCE.fullmatch(match.group("object").strip()):  # "kidnapped nine men and shot all of them dead"
            _refer_back(analysis, text, index.between(match.start() - 250, match.start()), obj_start, match.end("object"), "killed", taken, held_too=True)
            continue
        if not any(taken[obj_start : match.end("object")]) and not _TIME_WORDS.match(match.group("object")):
            _count_phrase(analysis, text, index, obj_start, match.group("object"), "killed", taken)
    for match in _AND_HURT.finditer(scan) if " and " in text else ():
        start = match.start("who")
        if not any(taken[start : match.end()]):
            _count_phrase(analysis, text, index, start, match.group("who"), "injured", taken)
    for match in _AND_KILLED.finditer(scan) if " and " in text else ():
        start = match.start("who")
        if not any(taken[start : match.end()]):
            _count_phrase(analysis, text, index, start, match.group("who"), "killed", taken)
    for match in _ANOTHER_DIED.finditer(text) if "another" in text else ():
        start = match.start("other")
        if not any(taken[start : match.end()]):
            add_people(analysis, text, start, match.end(), 1, "killed", taken)
    for match in _ANOTHER_HURT.finditer(text):
        start = match.start() + match.group().lower().index(" and ") + 5
        end = match.end()
        if not any(taken[start:end]):
            add_people(analysis, text, start, end, 1, "injured", taken)
    for match in _PASSIVE.finditer(scan):
        start, end = match.span()
        if any(taken[max(0, start - 1) : end]):
            continue
        verb = match.group("verb").lower()
        befell = _verb_role(verb)
        later = _THEN_DIED.match(scan, end)
        if re.search(r"(?i)\b(?:fatally|mortally)\b", match.group()) and befell in ("injured", "killed"):
            befell = "killed"  # "was shot and fatally wounded", "was fatally shot"
        elif later is not None and _verb_role(later.group("verb")) == "killed":
            befell, end = "killed", later.end()  # "was kidnapped and shot dead", "was shot (and later died)"
        elif verb == "shot" and shot_means_killed and not _SHOT_IN_LIMB.match(scan, end):
            befell = "killed"  # "X was shot", and nothing else told of anyone hurt: shot dead
        elif verb == "stabbed" and not any(m.count is not None and m.count.role == "killed" for m in index.between(start - 300, start)):
            befell = "injured"  # stabbed, and not told to have died
        elif verb in ("shot", "attacked", "ambushed", "tortured", "beaten", "caught", "captured", "dragged", "found"):
            continue  # shot or attacked, but not told to have died or been hurt
        lo = max(sentence_start(start), start - 300)  # bounded: linear on long sentences
        clause_start = max(
            (found + len(mark) for mark in (";", "\n", " but ", ", while ", "however, ") if (found := text.rfind(mark, lo, start)) >= 0),
            default=lo,
        )
        comma_and = text.rfind(", and ", clause_start, start)
        if comma_and >= 0 and _FINITE.search(scan, clause_start, comma_and):
            clause_start = comma_and + 6  # "Gunmen killed two policemen, and a civilian was wounded"
        # "X was wounded and his companion was killed": the second clause's subject
        second = re.match(r".*\b(?:was|were)\s+(?:\w+\s+){0,2}?\w+(?:ed|en)\s+and\s+", scan[clause_start:start])
        if second is not None:
            clause_start += second.end()
        if not text[clause_start:start].strip(" ,"):
            clause_start = sentence_start(start)  # "X was abducted, taken to a forest, and was killed"
        subject = text[clause_start:start].strip()
        if _UNSURE.search(subject):
            continue  # "it is not clear whether his guards were killed as well"
        in_subject = index.between(clause_start, start)
        # "Two gunmen and the engineer were killed": perpetrators killed share the verb of death
        share = (None, befell, "perpetrators_killed") if befell == "killed" else (None, befell)
        if any(m.count is not None and m.count.role not in share for m in in_subject):
            continue  # "three people were killed and two were wounded": told with their number
        numbered_subject = any(m.count is not None and m.count.role is not None for m in in_subject)
        if not subject or _NOBODY.search(subject) or _NOBODY_START.match(subject):
            continue  # "no one was hurt": an explicit zero, counted apart; "if anyone was killed"
        subject = re.sub(r",?\s+including\s.*$", "", subject, flags=re.IGNORECASE | re.DOTALL)  # "Two men, including …": some of them
        subject = re.sub(r"^(?:however|meanwhile|moreover|additionally|also|in\s+addition|nevertheless)\s*,?\s*", "", subject, flags=re.IGNORECASE)
        subject = re.sub(r",(?!\s*and\s)[^,]*,\s*$", "", subject).strip().rstrip(" ,")  # "Juan Cardona, a counsellor,", not ", and his son,"
        if _BACK_SUBJECT.fullmatch(subject):
            # "Three Israelis were ambushed. They were wounded and died": the people told before
            _refer_back(analysis, text, index.between(start - 300, clause_start), start, end, befell, taken, held_too=True)
            continue
        subject = re.sub(r"^.*\b(?:when|after|as|while|and\s+then|that|if|whether|which|whom|where|although|though|whereas|before|until)\s+", "", subject, flags=re.IGNORECASE)
        subject_at = clause_start + text[clause_start:start].find(subject)
        people = people_in(
            subject, [(m.start - subject_at, m.end - subject_at) for m in in_subject], strict=True,
            singular=match.group("aux").lower() == "was",
        )  # fmt: skip
        # numbered parts take the verb, unless the subject told its toll already ("Two workers,
        # one Indian and one Afghan, were killed": the parts are the same people)
        told = False if numbered_subject else _assign_numbered(analysis, index, subject_at, subject, people, befell, taken)
        told = told or numbered_subject
        if numbered_subject and not people.numbered:
            continue  # the numbered count is the whole subject ("Three people were killed")
        if match.group("aux").lower() == "was" and not told:
            # one subject, however it is described ("a couple": two)
            count = people.count if people.count and "couple" in subject.lower() else 1
        else:
            count = people.count
        if count and befell == "killed" and (_ONE_PERPETRATOR.fullmatch(subject) or (
            re.fullmatch(r"(?:he|she)", subject, re.IGNORECASE) and _BY_FORCES.match(scan, end)
        )):
            befell = "perpetrators_killed"  # "the attacker was killed", "he was killed by security forces"
        if count:
            add_people(analysis, text, start, end, count, befell, taken)
        elif told:
            taken[start:end] = b"\x01" * (end - start)
        along = _ALONG_WITH.match(scan, end)
        if along is not None and not any(taken[along.start("more") : along.start("more") + 3]):
            # "X was killed along with his brother and three other occupants"
            listed, _ = object_phrase(along.group("more"))
            _count_phrase(analysis, text, index, along.start("more"), listed, befell, taken)


def shot_means_dead(text: str) -> bool:
    """RAND-style summaries say "Gunmen shot X" and nothing more when X was shot dead
    (not "shot in the abdomen": a wound)."""
    return ("shot" in text or "shooting" in text) and not _CASUALTY_WORDS.search(text) and not _IN_LIMB.search(text)


def object_phrase(phrase: str) -> tuple[str, re.Match[str] | None]:
    """The object of a verb, cut where its clause ends, and a list going on after the cut."""
    cut = _CLAUSE_END.search(phrase)
    if cut is None:
        return phrase, None
    more = _MORE_AFTER_CUT.match(phrase, cut.start())
    return phrase[: cut.start()], more


def _count_phrase(
    analysis: Analysis, text: str, index: CountIndex, start: int, phrase: str, role: CountRole, taken: bytearray
) -> None:  # fmt: skip
    pronoun = re.match(r"(?:him|her)(?:self)?\b(?=\s+and\s+(?:\w+\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)", phrase, re.IGNORECASE)
    if pronoun:  # "killing himself and one other person": the rest is counted apart
        phrase = pronoun.group()
    phrase = phrase.rstrip(" ,")
    only = re.match(r"(?:only|just)\s+", phrase, re.IGNORECASE)
    if only:  # "killed only the bomber"
        start, phrase = start + only.end(), phrase[only.end() :]
    if _AIRCRAFT.search(phrase):
        return  # "shot down a helicopter carrying three …"
    counted = [(m.start - start, m.end - start) for m in index.between(start, start + len(phrase))]
    people = people_in(phrase, counted, singular=True)
    if people.count:
        _assign_numbered(analysis, index, start, phrase, people, role, taken)
        if role == "killed" and _ONE_PERPETRATOR.fullmatch(phrase):
            role = "perpetrators_killed"  # "guards shot and killed the attacker"
        add_people(analysis, text, start, start + len(phrase), people.count, role, taken)
    elif _assign_numbered(analysis, index, start, phrase, people, role, taken):
        taken[start : start + len(phrase)] = b"\x01" * len(phrase)


def _assign_numbered(
    analysis: Analysis, index: CountIndex, start: int, phrase: str, people: People, role: CountRole | None,
    taken: bytearray,
) -> bool:  # fmt: skip
    """The numbered parts of a list ("Ali and his two sons") take the list's verb; a part the
    numbered finder passed over ("fourteen of the riders") is counted here."""
    told = False
    for lo, hi in people.numbered:
        piece = phrase[lo:hi].strip()
        at = start + phrase.find(piece, lo)
        found = False
        for mention in index.between(at, at + len(piece)):
            if mention.count is not None:
                found = True
                if mention.count.role is None and role is not None:
                    mention.count = replace(mention.count, role=role)
                told = told or mention.count.role == role
        number = _LEADING_NUMBER.match(piece)
        if number is None or found or role is None or any(taken[at : at + number.end()]) or re.fullmatch(r"\d{4}", number.group("n")):
            continue
        value = parse_number(number.group("n"))
        if value:
            end = at + number.end()
            analysis.mentions.append(Mention("count", at, end, piece[: number.end()], COMPONENT, count=CountValue(value, "people", role)))
            told = True
    return told


def _refer_back(
    analysis: Analysis, text: str, earlier: list[Mention], start: int, end: int, role: CountRole, taken: bytearray,
    *, held_too: bool = False,
) -> None:  # fmt: skip
    """"opened fire on two policemen, killing them": the people told just before (``earlier``);
    ``held_too``: a subject ("They were found dead") may be those kidnapped before."""
    if earlier:
        last = earlier[-1]
        assert last.count is not None
        if last.count.role is None and last.count.counts not in PERPETRATOR_NOUNS:
            last.count = replace(last.count, role=role)
            taken[start:end] = b"\x01" * (end - start)
        elif held_too and last.count.role in ("kidnapped", "hostages") and role == "killed":
            add_people(analysis, text, start, end, last.count.value, role, taken)  # "… kidnapped. They were found dead"
        return
    if text[start:end].lower().startswith("both"):
        add_people(analysis, text, start, end, 2, role, taken)


def _verb_role(verb: str) -> CountRole:
    verb = re.sub(r"\s+", " ", verb.lower())
    if verb.startswith(("fatally", "mortally")):
        return "killed"
    if "wound" in verb or "injur" in verb or verb == "hurt":
        return "injured"
    if verb.startswith(("kidnap", "abduct", "taken hostage", "seized")):
        return "kidnapped"
    return "killed"


def add_people(analysis: Analysis, text: str, start: int, end: int, people: int,
                role: CountRole, taken: bytearray) -> None:  # fmt: skip
    analysis.mentions.append(
        Mention("count", start, end, text[start:end], COMPONENT,
                count=CountValue(people, "person" if people == 1 else "people", role))
    )
    taken[start:end] = b"\x01" * (end - start)
