"""Counts of people with what they are and what happened to them.

For each number (digits, number words, "dozens", "a"/"one" before a person noun) the
component reads the noun after it ("14 members", "two Peruvian commandos", "all 259
passengers") and the role from the verb before it ("killing two and wounding five",
"took 72 people hostage") or after its noun phrase ("at least 30 people were killed",
"another eight were wounded"). A number with neither a person noun nor a role verb
(a distance, a sum of money, "five mortar shells") is not a count of people; nor is an age
or a year. The same people told again ("four people, three of whom were police", "three
workers, one Briton and two Danes") keep no role of their own.

After the numbered counts, people told without a number (``unnumbered_counts``) and deaths
told by a body or a "later died" (``deaths``). The words and phrases are in
``count_phrases``; ``frame_counts`` decides what a frame adds up.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.text.count_phrases import (
    ACTIVE_OBJECT,
    AGE_BEFORE,
    AMONG_LEFT,
    BOUND_LEFT,
    BOUNDS,
    COMPONENT,
    DEMONYM_PLURALS,
    DEMONYM_SINGULARS,
    HOSTAGE_LEFT,
    INJURE_LEFT,
    KILL_LEFT,
    LATER_DIED,
    LEFT_BEFORE,
    LEFT_STATE,
    MODIFIERS,
    NATURAL_DEATH,
    NOT_GROUP_MEMBERS,
    NOT_PEOPLE_AFTER,
    OF_PEOPLE,
    OF_PHRASE,
    PERPETRATOR_NOUNS,
    PERSON_NOUNS,
    QUANTITY,
    RIGHT,
    RIGHT_AFTER_OF_REST,
    RIGHT_AFTER_PHRASE,
    SUBSET,
    THEN_KILLED,
    WHO_DIED,
    role_of_verb,
    singular,
)
from dateline.text.deaths import own_deaths
from dateline.text.numbers import VAGUE, parse_number
from dateline.text.person_phrases import TITLE_NOUNS
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, Bound, CountRole, CountValue, Mention
from dateline.text.unnumbered_counts import list_tails, shot_means_dead, single_victims, zeros

# "killing the driver as well as seven soldiers": a list begun by a person without a number.
_AFTER_ONE_VICTIM = re.compile(
    r"\b(?P<verb>killing|killed|murdering|murdered|assassinating|assassinated|wounding|wounded|injuring|injured)\s+"
    r"(?:the|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s*,?\s+(?:and|as\s+well\s+as|along\s+with)\s+"
    r"(?:(?:at\s+least|another|other|some|about|nearly|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_ALL_OF_WHOM = re.compile(r"\s*,\s+(?:all|both)\s+of\s+whom\s+(?:were\s+)?(?P<verb>killed|died|wounded|injured)\b", re.IGNORECASE)
# "One of the attackers was killed, as were two settlers".
_AS_WERE = re.compile(r"\b(?P<verb>killed|wounded|injured)\s*,\s+as\s+(?:were|was)\s+(?:(?:at\s+least|another|the)\s+)?$", re.IGNORECASE)
_LABEL_BEFORE = re.compile(
    r"\b(?:Ward|Block|Sector|Route|Highway|Road|Street|Flight|Unit|Battalion|Brigade|Division|Platoon|Gate|Phase|Zone|Room|"
    r"No\.?|Number|Article|Resolution|Chapter|Section|Camp|Kilometer|Km|Bus|Train|Line)\s+$"
)
# Looked for right after a count, matched at its position (slicing the rest of a long text
# for each count would copy it every time).
_AS_NEXT = re.compile(r"\s+as\b")
_OF_THE_BODIES = re.compile(r"\s+of\s+the\s+bodies\b")
_GUARDS = re.compile(r"\s+guards?\b")
_AND_NEXT = re.compile(r"\s+and\b")
_NAME_WORDS = re.compile(r"[\w’'-]+(?:\s+[A-Z][\w’'-]*)*")
_COMMA_NEXT = re.compile(r"\s*,")
_OF_WHOM = re.compile(r"\s+(?:of\s+(?:whom|them|those|these|the\s+(?:dead|victims|wounded|injured))|with)\b")
# "Gunmen rounded up and shot four officers".
_SHOT_LEFT = re.compile(r"\bshot\s+(?:(?:at\s+least|all|the|some)\s+)?$", re.IGNORECASE)
_OF_THE = re.compile(r"\bof\s+(?:the|these|those)\s+$", re.IGNORECASE)
_TO_DEATH = re.compile(r"\s+(?:to\s+death|dead)\b")
_BODIES_OF = re.compile(r"\b(?:bodies|corpses)\s+of\s+(?:at\s+least\s+|all\s+)?$", re.IGNORECASE)
# "shot fourteen of the riders to death": the verb split by its object.
_SPLIT_VERB_LEFT = re.compile(r"\b(?:shot|shooting|stabbed|stabbing|hacked|hacking|beat|beating|burned|burning|stoned|clubbed)\s+(?:(?:at\s+least|all|the)\s+)?$", re.IGNORECASE)
# Nouns that tell a toll, not people: "12 fatalities", "one death", "41 injuries".
_TOLL_NOUN = re.compile(r"\s+(?:(?:civilian|more|other|confirmed)\s+)?(fatalities|deaths|death|injuries)\b", re.IGNORECASE)
# Between a count and the parts it is made of: "three workers, one …", "Two people died, one …",
# "Thirteen people (eleven …".
_BREAKDOWN_OPEN = re.compile(r"(?:\s+(?:were|was)?\s*(?:killed|died|dead|wounded|injured|hurt))?\s*(?:,|\(|--|—|:)\s*")
# Nouns general enough to be broken down by nationality or occupation.
_GENERIC_NOUNS = frozenset(
    ["people", "person", "worker", "passenger", "victim", "other", "civilian", "tourist", "foreigner", "national", "employee", "pilgrim", "resident", "villager", "member", "hostage", "dead", "wounded", "injured", "contractor", "official", "individual", "citizen", "crew"]
)
# Parts that only say who the people were: "two officers, a man and a woman".
_PLAIN_PARTS = frozenset(["man", "woman", "child", "boy", "girl", "person", "people", "worker", "national", "citizen", "civilian"])
# Before the people a count includes: "ten people, including …", "(among them …".
_INCLUDING = re.compile(r",?\s*\(?\s*(?:including|among\s+them)\s+")
# Between the parts of an included list: "a judge, a clerk and two guards".
_INCLUDED_JOINT = re.compile(r"(?:(?!\b(?:were|was|killed|wounded|injured|died)\b)[^,.;()]){0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")
_BREAKDOWN_JOINT = re.compile(r"\s*(?:,\s*and|,|and)\s+")
# A short noun phrase ending in a plural, before its verb: " Danish field surveyors were".
_PLURAL_PHRASE = re.compile(
    r"(?:\s+(?!(?:were|was|and|or|of|in|at|on|who|as|than|least|more|other|others|another)\b)[A-Za-z][\w’'-]*){0,3}"
    r"\s+(?!others\b|(?:bank|car|building|house|home|vehicle|shop|store|office|truck|bus|station|post|tower|pylon|"
    r"line|bridge|school|church|mosque|temple|hotel|restaurant|window|facilit(?:y|ie)|shell|round|rocket|bomb|device)s\b)"
    r"[a-z][\w’'-]*s(?=\s+(?:were|have\s+been|had\s+been)\b)"
)
# What may follow a word that stands for a person: "one Iraqi was killed", "a Briton and …".
_AFTER_PERSON = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|was|were|who|had|has|in|on|at|near|died|killed|wounded|injured|hurt)\b)")


class CountFinder:
    """``dateline.counts.v1``: count mentions with value, noun, role and bound."""

    name = COMPONENT
    assigns = ("mentions[kind=count]",)

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.document.text
        taken = bytearray(len(text))
        groups: dict[int, str | None] = {}
        group_ends: dict[int, int] = {}  # where a group's name ends, by where it starts
        for known in analysis.mentions:
            if known.kind in ("date", "date_range", "duration"):
                following = re.match(r"\s+([a-z]+)", text[known.end : known.end + 20])
                if known.kind == "duration" and following and following.group(1) in PERSON_NOUNS:
                    continue  # "two day laborers": people, not a duration
                taken[known.start : known.end] = b"\x01" * (known.end - known.start)
            elif known.kind == "group" and known.group is not None:
                groups[known.start] = known.group.id or known.group.name
                group_ends[known.start] = known.end
        previous: Mention | None = None
        start_count = len(analysis.mentions)
        shot_dead = shot_means_dead(text)
        for match in QUANTITY.finditer(text):
            start, end = match.span("n")
            if any(taken[start:end]):
                continue
            found = self._count(text, match, groups, previous, shot_dead=shot_dead, group_ends=group_ends)
            if found is None:
                continue
            mention = found
            analysis.mentions.append(mention)
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            previous = mention
        list_tails(analysis, text, taken, start_count)
        self._share_list_roles(analysis.mentions[start_count:], text)
        self._breakdowns(analysis.mentions[start_count:], text)
        self._included(analysis.mentions[start_count:], text)
        zeros(analysis, text, taken)
        single_victims(analysis, text, taken, start_count)
        own_deaths(analysis, text, taken, start_count)
        return analysis

    def _count(
        self, text: str, match: re.Match[str], groups: dict[int, str | None], previous: Mention | None,
        *, shot_dead: bool = False, group_ends: dict[int, int] | None = None,
    ) -> Mention | None:  # fmt: skip
        raw = match.group("n")
        lowered = raw.lower()
        start, end = match.span("n")
        vague = re.sub(r"\s+of$", "", lowered)
        bound: Bound = "exact"
        if lowered in ("a", "an"):
            value = 1
        elif vague in VAGUE:
            value, bound = VAGUE[vague], "about"
        else:
            number = parse_number(raw)
            if number is None:
                return None
            value = number
        if vague == "many" and _AS_NEXT.match(text, end):
            return None  # "as many as ten": the number follows
        if raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100:
            return None  # a year the date finder did not want is no count either
        after = text[end : end + 80]
        not_people = NOT_PEOPLE_AFTER.match(after)
        if not_people is not None:
            # "three truck drivers", "two bus passengers": the unit word is a modifier.
            following = re.match(r"\s+([A-Za-z]+)", after[not_people.end() :])
            if following is None or following.group(1).lower() not in PERSON_NOUNS:
                return None
        toll = _TOLL_NOUN.match(text, end)
        noun, noun_end = self._noun(text, end) if toll is None else (None, end)
        before_name = re.match(r" (?:other |more |rival |former )?", text[end : end + 9]) if noun is None else None
        named_group = (group_ends or {}).get(end + before_name.end()) if before_name else None
        if named_group is not None:
            # "Two FARC guerrillas", "four other Awami League (AL) members": the group's name between
            after_name = re.match(r"\s*\([^()]{1,12}\)", text[named_group : named_group + 16])
            noun, noun_end = self._noun(text, named_group + (after_name.end() if after_name else 0))
        if toll is not None:  # "12 fatalities and 41 injuries": the toll told by its noun
            noun, noun_end = ("injured" if toll.group(1).lower().startswith("injur") else "dead"), toll.end()
        is_person = noun is not None and (noun in PERSON_NOUNS or noun in DEMONYM_PLURALS or noun.capitalize() in DEMONYM_SINGULARS)
        if noun is None:
            # "six of the hijackers died": the people are named after "of the".
            of_people = OF_PEOPLE.match(text, end)
            if of_people is not None and of_people.group("noun").lower() in PERSON_NOUNS:
                noun, noun_end, is_person = of_people.group("noun").lower(), of_people.end(), True
                if noun == "bodies" and _OF_THE_BODIES.match(text, end):
                    return None  # "Four of the bodies were policemen": the dead told again
                guards = _GUARDS.match(text, noun_end) if noun == "body" else None
                if guards:  # "two of his body guards"
                    noun, noun_end = "bodyguards", guards.end()
        if lowered in ("a", "an", "both") and not is_person:
            return None
        if lowered == "both" and (noun_end - end > 25 or _AND_NEXT.match(text, noun_end)):
            return None  # "both gunmen were killed" is two; "both Israelis and Palestinians" is no count
        if lowered in ("a", "an") and noun in ("dead", "wounded", "injured"):
            return None
        if lowered == "one" and re.match(r"\s+(?:a|an|the)\s", text[end : end + 6]):
            return None  # "two French citizens, one a priest and the other …": the same people
        phrase_end = noun_end if is_person else end
        group = None
        of = OF_PHRASE.match(text, phrase_end)
        if of is not None:
            after_of = of.end()
            if after_of in groups:
                group = groups[after_of]
            if is_person or of.group().strip().endswith(("them", "whom")):
                # "14 members of the MRTA", "two of them were killed"
                rest = _NAME_WORDS.match(text, after_of)
                phrase_end = rest.end() if rest and text[after_of:after_of + 1].isupper() else after_of
                if of.group().strip().endswith(("them", "whom")):
                    phrase_end = of.end()
        before = text[max(0, match.start() - 60) : match.start()]
        if lowered in ("a", "an") and noun is not None and noun.capitalize() in DEMONYM_SINGULARS and (KILL_LEFT.search(before) or INJURE_LEFT.search(before)):
            return None  # "killed a Briton and a South African": counted one by one
        if SUBSET.search(before) or (lowered == "one" and re.search(r"(?i)\bno\s+$", before)):
            return None
        if noun is None and _OF_THE.search(before, max(0, len(before) - 12)):
            return None  # "one of the two was killed": the two told before
        if _LABEL_BEFORE.search(before, max(0, len(before) - 14)):
            return None  # "Ward 12", "Route 7", "Flight 103": a name, not a count
        if AGE_BEFORE.search(before) or (raw.isdigit() and value < 120 and re.search(r"[A-Za-z],\s*$", before) and _COMMA_NEXT.match(text, end)):
            return None  # an age: "two men aged 37 and 42", "Erez, 53, and his driver"
        # "killing four people, three of whom were police": some of those told, unless
        # something else befell them ("wounding six, one of whom later died").
        subset = bool(re.search(r"[,(]\s*$", before) and _OF_WHOM.match(text, end))
        bound_match = BOUND_LEFT.search(before)
        if bound_match:
            bound = BOUNDS.get(re.sub(r"\s+", " ", bound_match.group("q").lower()), bound)
        if lowered in ("a", "an") and (
            re.match(r",?\s+(?:and\s+)?(?:the|his|her|their)\b", text[phrase_end : phrase_end + 12])
            # "a lawyer, Anton Brel, and his nephew": the list is read whole
            or re.match(r",\s+[A-Z][\w’'-]+(?:\s+(?:(?:al|el|bin|ibn|abu|de|da|del|van|von)\b|(?:[a-z]{1,3}-)?[A-Z][\w’'-]+)){0,4},\s+and\s", text[phrase_end : phrase_end + 70])
            or re.match(r"\s+[a-z]+\s+(?:commander|officer|chief|leader|official|member|head|director|guard|worker|employee)\b", text[phrase_end : phrase_end + 40])
            or re.match(r"\s+and\s+(?:wife|husband)\b", text[phrase_end : phrase_end + 14])  # "a husband and wife"
        ):
            return None  # "a tribal leader and his cousin were shot": the list is read whole
        if noun in ("dead", "wounded", "injured") and phrase_end == noun_end:
            role: CountRole | None = "killed" if noun == "dead" else "injured"
            if re.match(r"\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)\b", text[noun_end : noun_end + 30]):
                role = "killed"  # "one of the wounded later died of his wounds"
        else:
            role = self._role(text, before, phrase_end, noun, previous, match.start())
            if role is None and shot_dead and "shot" in before and _SHOT_LEFT.search(before):
                role = "killed"  # "gunmen shot four officers", and no one told hurt: shot dead
            if role is None and _TO_DEATH.match(text, phrase_end) and _SPLIT_VERB_LEFT.search(before):
                role = "killed"  # "shot fourteen of the riders to death"
        if subset and (role is None or previous is None or previous.count is None or role == previous.count.role):
            return None
        if role is None and not is_person:
            return None
        if named_group is not None and lowered in ("a", "an") and not (KILL_LEFT.search(before) or INJURE_LEFT.search(before)):
            return None  # "a Tarvo Party worker and shot dead his son": one by one, from the verb before
        if role is None and lowered in ("a", "an"):
            return None  # "a former member": counted one by one where a verb says what befell them
        if lowered in ("a", "an") and re.match(r"\s*(?:were|have\s+been)\s", text[phrase_end : phrase_end + 15]):
            return None  # "two brothers working for a contractor were killed": the verb is theirs
        after_phrase = RIGHT_AFTER_PHRASE.match(text, phrase_end) if lowered in ("a", "an") else None
        if after_phrase is not None and re.search(r"\band\s+(?:his|her|their|the|a|an)\s", text[phrase_end : after_phrase.start("verb")]):
            return None  # "an official in the ministry and his driver were killed": the list is read whole
        perpetrators = noun in PERPETRATOR_NOUNS and not (
            noun in ("member", "members") and NOT_GROUP_MEMBERS.search(text, max(0, start - 20), min(len(text), phrase_end + 40))
        )
        if role is None and perpetrators:
            role = "perpetrators"
        if role is None and noun in ("hostage", "hostages"):
            role = "hostages"
        if role is None and (noun == "dead" or re.fullmatch(r"\s+(?:of\s+the\s+|[a-z]+\s+)?bod(?:y|ies)", text[end:noun_end])):
            role = "killed"
        if role is None and noun in ("wounded", "injured"):
            role = "injured"
        if role == "killed" and perpetrators:
            role = "perpetrators_killed"
        if role == "kidnapped" and re.match(r"^\s*(?:[\w’'-]+\s+){0,3}hostages?\b", text[end : end + 60]):
            role = "hostages"
        span_start = match.start("all") if match.group("all") else start
        span_end = max(end, noun_end if is_person else end)
        value_obj = CountValue(
            value=value,
            counts=singular(noun) if is_person and noun else "people",
            role=role,
            bound=bound,
            group=group,
            all_of=bool(match.group("all")),
        )
        return Mention("count", span_start, span_end, text[span_start:span_end], COMPONENT, count=value_obj)

    def _noun(self, text: str, end: int) -> tuple[str | None, int]:
        """The person noun within the next four words ("two Peruvian commandos"), if any."""
        window = text[end : end + 60].replace("U.S.", "US  ")  # same length: offsets hold
        words = list(re.finditer(r"[A-Za-z’'-]+|[^\sA-Za-z’'-]", window))
        for n, word in enumerate(words[:4]):
            token = word.group()
            if not token[0].isalpha():
                break
            lower = token.lower()
            if n > 0 and lower not in PERSON_NOUNS and not self._modifier(words[n - 1].group()):
                break
            # "one Iraqi was killed": a demonym is a person, unless a noun follows it
            singular_demonym = token in DEMONYM_SINGULARS and bool(_AFTER_PERSON.match(window, word.end()))
            if lower in PERSON_NOUNS or lower in DEMONYM_PLURALS or singular_demonym:
                # "two Peruvian commandos": keep going past a demonym adjective to its noun
                if lower in DEMONYM_PLURALS and n + 1 < len(words) and words[n + 1].group().lower() in PERSON_NOUNS:
                    continue
                # "police officers", "security guards": the noun is the last of the run
                last = word
                reach = last  # "a police lieutenant colonel": the noun phrase goes on with titles
                for following in words[n + 1 : n + 3]:
                    if following.group().lower() in PERSON_NOUNS and following.group().lower() not in ("dead", "wounded", "injured"):
                        last = reach = following
                    elif following.group().lower() in TITLE_NOUNS or following.group().lower() in ("colonel", "lieutenant", "constable"):
                        reach = following
                    else:
                        break
                return last.group().lower(), end + reach.end()
            if lower in ("and", "or", "were", "was", "of", "who", "had", "have", "in", "on", "at", "to", "by", "killed", "wounded", "injured", "dead", "with", "from"):
                break
        return None, end

    @staticmethod
    def _modifier(word: str) -> bool:
        """Can ``word`` stand between a number and its noun ("two Peruvian commandos")?"""
        lower = word.lower()
        return (
            word[:1].isupper()
            or "-" in word
            or lower in MODIFIERS
            or lower.endswith(("ian", "ese", "ish", "al", "ive", "ic", "ous", "ed", "ly"))
        )

    def _role(
        self, text: str, before: str, phrase_end: int, noun: str | None,
        previous: Mention | None, start: int,
    ) -> CountRole | None:  # fmt: skip
        kill_left, injure_left = KILL_LEFT.search(before), INJURE_LEFT.search(before)
        if ("bodies" in before or "corpses" in before) and _BODIES_OF.search(before):
            return "killed"  # "the bodies of three policemen who had been kidnapped": dead now
        right = RIGHT.match(text, phrase_end)
        if right is None and not (kill_left or injure_left):
            # "wounded four guards at the funeral of a clerk who had been killed": not theirs
            right = RIGHT_AFTER_PHRASE.match(text, phrase_end)
        if right is None and noun is None:
            # "Four Danish field surveyors were hacked to death": a noun not in the tables
            plural = _PLURAL_PHRASE.match(text, phrase_end)
            right = RIGHT.match(text, plural.end()) if plural else None
        if right is None and re.match(r"[a-z]", text[phrase_end : phrase_end + 1]) and re.search(r"\bof\s+(?:(?:the|a|an|his|her|their)\s+)?$", text[max(0, phrase_end - 12) : phrase_end]):
            right = RIGHT_AFTER_OF_REST.match(text, phrase_end)
        chain = THEN_KILLED.match(text, right.end("verb")) if right is not None else None
        verbs_end = chain.end() if chain else right.end("verb") if right is not None else 0
        if right is not None and right.re is RIGHT and not right.group("aux") and right.group("verb").lower() not in ("died", "die", "dead", "perished") and (
            ACTIVE_OBJECT.match(text, verbs_end)
            # "three rebels apparently killed indigenous governor …": attackers with an object
            or (noun in PERPETRATOR_NOUNS and re.match(r"\s+(?!(?:in|at|on|by|near|during|when|while|as|after|and|or|but|inside|outside)\b)[a-z]", text[verbs_end : verbs_end + 20]))
        ):
            right = None  # "ten gunmen killed a dean": the count did it, to someone else
        if right is not None and not (
            # "killed one officer and one civilian and wounded seven", "killed ten, including
            # two children, and 20 were wounded": the verb just before the number is this
            # one's; a verb after "and …" belongs to the next clause.
            re.search(r",?\s+and\s", text[phrase_end : right.start("verb")], re.IGNORECASE)
            and (kill_left or injure_left)
        ):
            role = role_of_verb(right.group("verb"))
            if role == "killed" and NATURAL_DEATH.match(text, right.end("verb")):
                return None  # "the funeral of a woman who died of old age": no victim
            if role == "injured" and LATER_DIED.match(text, right.end("verb")):
                return "killed"  # "was wounded in the attack, and later died in hospital"
            if role == "injured" and re.search(r"(?i)\b(?:fatally|mortally)\s+$", text[right.start() : right.start("verb")]):
                return "killed"  # "were fatally wounded"
            if role in ("kidnapped", "injured", "hostages") and chain is not None:
                return "killed"  # "were kidnapped and later killed"
            return role
        if kill_left:
            return "killed"
        all_of_whom = _ALL_OF_WHOM.match(text, phrase_end)
        if all_of_whom is not None:  # "a car carrying five civilians, all of whom were killed"
            return "injured" if all_of_whom.group("verb").lower() in ("wounded", "injured") else "killed"
        as_were = _AS_WERE.search(before) if " as " in before else None
        if as_were is not None:  # "One of the attackers was killed, as were two settlers"
            return "killed" if as_were.group("verb").lower() == "killed" else "injured"
        tail = before[-25:]
        listed = (" and " in tail or " as " in tail or " with " in tail) and (" the " in before or " his " in before or " her " in before or " their " in before)
        after_one = _AFTER_ONE_VICTIM.search(before) if listed else None
        if after_one is not None:  # "killing the driver as well as seven soldiers"
            return "killed" if after_one.group("verb").lower().startswith(("kill", "murder", "assassin")) else "injured"
        among = AMONG_LEFT.search(before)
        if among is not None:  # "Among the dead were seven policemen": part of a toll
            return "injured" if among.group("hurt") or among.group("hurt2") else "killed"
        if LEFT_BEFORE.search(before):
            # "left two young women (one from …) dead": the state after the noun phrase
            state = LEFT_STATE.match(text, phrase_end)
            if state is not None:
                return "killed" if state.group("state").lower() in ("dead", "killed") else "injured"
        if injure_left:
            if "tally" in before and re.search(r"(?i)\b(?:fatally|mortally)\s+$", before[: injure_left.start()]):
                return "killed"  # "fatally wounding a bystander"
            return "killed" if WHO_DIED.match(text, phrase_end) else "injured"  # "injuring a clerk, who died later"
        if HOSTAGE_LEFT.search(before):
            tail = text[phrase_end : phrase_end + 20].lower()
            if "hostage" in tail or (noun and "hostage" in noun):
                return "hostages"
            verb = HOSTAGE_LEFT.search(before)
            assert verb is not None
            word = verb.group().split()[0].lower()
            if word.startswith(("kidnap", "abduct", "captur")):
                return "kidnapped"
            if word.startswith(("releas", "free", "rescu", "held", "hold")):
                return "hostages"
            return None
        # "killing two policemen and a civilian": a list goes on with the role it began with.
        if previous is not None and previous.count is not None and previous.count.role in ("killed", "injured", "hostages", "kidnapped", "perpetrators_killed"):
            gap = text[previous.end : start]
            if re.fullmatch(
                # "killed a member of the council and one of his companions": a qualifier between
                r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?=,?\s+and\s))?"
                r"\s*(?:(?:,|,?\s*and|,?\s*as\s+well\s+as|\s+plus|,?\s*along\s+with)|"
                # "two soldiers were killed, as well as one of the attackers"
                r"(?:were|was)\s+(?:also\s+)?(?:killed|wounded|injured),?\s+(?:as\s+well\s+as|along\s+with))"
                r"\s+(?:another\s+|other\s+|the\s+|his\s+|her\s+|their\s+)?",
                gap,
            ):
                # "killed 12 rebels and 4 police officers": the victims after the attackers
                return "killed" if previous.count.role == "perpetrators_killed" else previous.count.role
        if re.search(r"\b(?:deaths?|bodies)\s+of\s+(?:at\s+least\s+|all\s+)?$", before, re.IGNORECASE):
            return "killed"
        return None

    @staticmethod
    def _breakdowns(counts: list[Mention], text: str) -> None:
        """"killing three workers, one Chinese and two Palestinians": the same people, told again."""
        for n, whole in enumerate(counts):
            if whole.count is None or whole.count.role is None or whole.count.value < 2:
                continue
            members: list[Mention] = []
            total, position = 0, whole.end
            opening = _BREAKDOWN_OPEN.match(text, position)
            if opening is None:
                continue
            position = opening.end()
            for following in range(n + 1, len(counts)):
                part = counts[following]
                if part.count is None or part.start != position:
                    break
                members.append(part)
                total += part.count.value
                if total >= whole.count.value:
                    break  # "two died, one Briton and one Dane, and nine were wounded"
                joint = _BREAKDOWN_JOINT.match(text, part.end)
                if joint is None:
                    break
                position = joint.end()
            enclosed = opening.group().rstrip().endswith(("(", "-", "—"))
            plain = all(p.count is not None and (p.count.counts in _PLAIN_PARTS or p.count.counts.capitalize() in DEMONYM_SINGULARS) for p in members)
            if not members or (whole.count.counts not in _GENERIC_NOUNS and not plain):
                continue
            if (total == whole.count.value and (len(members) > 1 or enclosed)) or (enclosed and total < whole.count.value):
                for part in members:
                    assert part.count is not None
                    part.count = replace(part.count, role=None)

    @staticmethod
    def _included(counts: list[Mention], text: str) -> None:
        """"killing ten people, including a judge and two guards": the list is some of the ten."""
        for n, whole in enumerate(counts):
            if whole.count is None or whole.count.role is None or whole.count.value < 2:
                continue
            opening = _INCLUDING.match(text, whole.end)
            if opening is None:
                continue
            position = opening.end()
            for following in range(n + 1, min(len(counts), n + 13)):  # a list of a dozen at most
                part = counts[following]
                if part.count is None or part.start < position:
                    continue
                if part.start - position > 40 or part.count.role not in (None, whole.count.role):
                    break  # "…, including two children, and wounding 20": the next clause
                part.count = replace(part.count, role=None)
                joint = _INCLUDED_JOINT.match(text, part.end)
                if joint is None:
                    break
                position = joint.end()

    @staticmethod
    def _share_list_roles(counts: list[Mention], text: str) -> None:
        """"One hostage, two commandos and … were killed": the verb after a list is everyone's."""
        for n in range(len(counts) - 2, -1, -1):
            this, following = counts[n], counts[n + 1]
            if this.count is None or following.count is None or following.count.role in (None, "perpetrators"):
                continue
            gap = text[this.end : following.start]
            # "two Britons, an Italian and an Australian were killed": one by one items between
            if not re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:(?:a|an)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*(?:,|,?\s*and)\s*)*", gap):
                continue
            if this.count.role in (None, "hostages", "perpetrators") and RIGHT.match(text, this.end) is None:
                role = following.count.role
                if role == "perpetrators_killed" and this.count.counts not in PERPETRATOR_NOUNS:
                    role = "killed"
                this.count = replace(this.count, role=role)


def make_counts() -> CountFinder:
    return CountFinder()


def register() -> None:
    register_factory(COMPONENT, make_counts, assigns=CountFinder.assigns)
