"""Counts of people with what they are and what happened to them.

For each number (digits, number words, "dozens", "a"/"one" before a person noun) the
component reads the noun after it ("14 members", "two Peruvian commandos", "all 259
passengers") and the role from the verb before it ("killing two and wounding five",
"took 72 people hostage") or after its noun phrase ("at least 30 people were killed",
"another eight were wounded"). A number with neither a person noun nor a role verb
(a distance, a sum of money, "five mortar shells") is not a count of people.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from dateline.text.demonyms import demonym_table
from dateline.text.numbers import NUMBER, VAGUE, parse_number
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, Bound, CountRole, CountValue, Mention

COMPONENT = "dateline.counts.v1"

PERSON_NOUNS = frozenset(
    ["people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "policemen", "policeman", "police", "officers", "officer", "troops", "trooper", "troopers", "guards", "guard", "members", "member", "militants", "militant", "gunmen", "gunman", "terrorists", "terrorist", "rebels", "rebel", "guerrillas", "guerrilla", "guerillas", "attackers", "attacker", "assailants", "assailant", "insurgents", "insurgent", "bombers", "bomber", "hostages", "hostage", "passengers", "passenger", "crew", "crewmen", "tourists", "tourist", "workers", "worker", "employees", "employee", "students", "student", "children", "child", "women", "woman", "men", "man", "villagers", "villager", "residents", "resident", "worshippers", "worshipers", "worshipper", "pilgrims", "pilgrim", "diplomats", "diplomat", "citizens", "citizen", "nationals", "national", "journalists", "journalist", "officials", "official", "others", "victims", "victim", "customers", "bystanders", "bystander", "commandos", "commando", "marines", "marine", "servicemen", "serviceman", "personnel", "staff", "teachers", "teacher", "doctors", "doctor", "nurses", "nurse", "monks", "monk", "priests", "priest", "farmers", "farmer", "shoppers", "relatives", "boys", "boy", "girls", "girl", "contractors", "contractor", "engineers", "engineer", "businessmen", "businessman", "fighters", "fighter", "militiamen", "militiaman", "policewomen", "recruits", "cadets", "pupils", "supporters", "leaders", "leader", "individuals", "individual", "suspects", "suspect", "kidnappers", "hijackers", "hijacker", "perpetrators", "agents", "agent", "detainees", "prisoners", "prisoner", "inmates", "infants", "babies", "teenagers", "youths", "youth", "adults", "family", "families", "pedestrians", "motorists", "drivers", "driver", "labourers", "laborers", "miners", "truckers", "sailors", "pilots", "pilot", "executives", "executive", "managers", "manager", "judges", "judge", "lawyers", "lawyer", "politicians", "candidates", "candidate", "councillors", "councilors", "activists", "activist", "protesters", "demonstrators", "settlers", "settler", "refugees", "peacekeepers", "peacekeeper", "policemen", "gendarmes", "gendarme", "paramilitaries", "paramilitary", "servicemembers", "americans", "sympathizers", "dead", "wounded", "injured", "bodyguards", "bodyguard", "escorts", "escort", "constables", "constable", "tribesmen", "tribesman", "headmaster", "janitor", "translator", "translators", "interpreter", "collaborator", "collaborators", "informer", "informers", "councilman", "councilmen", "chieftain", "chief", "chiefs", "commanders", "commander", "colonel", "soldiers", "bodies", "body", "elders", "elder", "clerics", "cleric", "imam", "imams", "mullah", "policeman", "shopkeeper", "shopkeepers", "traders", "trader", "merchants", "merchant", "herders", "fishermen", "lorry", "guardsmen", "son", "sons", "daughter", "daughters", "wife", "wives", "husband", "brother", "brothers", "father", "mother", "nephew", "cousin", "cousins", "relative", "sister", "uncle", "dalits", "dalit", "politician", "refugee", "vendor", "vendors", "porter", "headman", "sheikh", "sheikhs", "mayor", "governor", "minister", "businesswoman", "policewoman", "soldier", "informant", "watchman", "guests", "guest", "visitors", "visitor", "spectators", "pedestrian", "motorist", "passerby", "passersby", "commuters", "teenager", "cadres", "cadre", "jawans", "jawan", "guardsman", "shiites", "sunnis", "christians", "muslims", "hindus", "sikhs", "kurds", "jews"]
)
PERPETRATOR_NOUNS = frozenset(
    ["members", "member", "militants", "militant", "gunmen", "gunman", "terrorists", "terrorist", "rebels", "rebel", "guerrillas", "guerrilla", "guerillas", "attackers", "attacker", "assailants", "assailant", "insurgents", "insurgent", "bombers", "bomber", "kidnappers", "hijackers", "hijacker", "perpetrators", "fighters", "fighter", "militiamen", "militiaman"]
)
_DEMONYM_PLURALS = frozenset(w.lower() for w in demonym_table() if w.endswith("s"))
_DEMONYM_SINGULARS = frozenset(w for w in demonym_table() if not w.endswith("s"))

# Words between a verb and its number: "killing at least 30", "wounding an estimated 40".
_QUANT_LEFT = (
    r"(?:(?:at\s+least|about|some|nearly|almost|over|more\s+than|around|approximately|"
    r"roughly|an\s+estimated|up\s+to|as\s+many\s+as|close\s+to|fewer\s+than|less\s+than|"
    r"all|another|the|a\s+further|an\s+additional|only|just|additional|a\s+total\s+of|"
    r"over\s+a)\s+)*"
)
_KILL_LEFT = re.compile(
    r"(?:\b(?:killing|killed|kill|kills|murdering|murdered|slaying|slew|executing|executed|"
    r"claimed the lives of|leaving|left|shot dead|shooting dead|shot and killed|gunned down|"
    r"beheaded|beheading|massacred|massacring|deaths? of|bodies of|killed\s+along\s+with|"
    r"(?:killing|killed)\s+(?:him|her|them)(?:sel(?:f|ves))?\s+and|death toll (?:\w+\s+){0,3}(?:to|at|of|reached|rose to))"
    r")\s+" + _QUANT_LEFT + "$",
    re.IGNORECASE,
)
_INJURE_LEFT = re.compile(
    r"\b(?:(?:wounded|injured)\s+along\s+with|wounding|wounded|wound|injuring|injured|injure|injures|hurting|hurt|maiming|maimed|"
    r"and\s+wounding|and\s+injuring)\s+" + _QUANT_LEFT + "$",
    re.IGNORECASE,
)
_HOSTAGE_LEFT = re.compile(
    r"\b(?:kidnapping|kidnapped|kidnap|abducting|abducted|abduct|seizing|seized|took|taking|"
    r"holding|held|captured|capturing|releasing|released|freed|freeing|rescued|rescuing)\s+"
    + _QUANT_LEFT + "$",
    re.IGNORECASE,
)
_RIGHT = re.compile(
    r"(?:\s*,[^,.;]{0,60},)?(?:,?\s+and\s+(?:all\s+|the\s+|their\s+|his\s+|\w+\s+){0,2}[a-z-]+)?\s*(?:who\s+)?(?:were|was|are|is|have\s+been|had\s+been|has\s+been|"
    r"being|got|died|lay|lie)?\s*(?:(?:reportedly|reported|also|all|critically|seriously|severely|"
    r"slightly|lightly|fatally|mortally|later|subsequently|allegedly|eventually|apparently|"
    r"initially|then|both|instantly|immediately|badly|gravely)\s+)*(?:(?<=\bwere\s)shot\s+and\s+(?:(?:critically|"
    r"seriously|severely|slightly|lightly|badly|gravely|fatally)\s+)?(?=killed|wounded|injured))?"
    r"(?P<verb>killed|dead|died|die|slain|murdered|massacred|shot\s+dead|shot\s+to\s+death|executed|beheaded|assassinated|"
    r"gunned\s+down|(?:stabbed|beaten|hacked|burned|burnt|bludgeoned)\s+to\s+death|found\s+dead|"
    r"(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)|"
    r"wounded|injured|hurt|kidnapped|abducted|taken\s+hostage|held\s+hostage|taken\s+captive|"
    r"held\s+captive|held|seized|sequestered|captured|missing|arrested|detained|"
    r"perished|lost\s+their\s+lives|hospitali[sz]ed|rescued|released|freed|"
    r"(?:had\s+)?spent\s+(?:[\w-]+\s+){0,4}(?:in\s+captivity|as\s+(?:hostages|captives))|"
    r"remained\s+in\s+captivity)\b",
    re.IGNORECASE,
)
# "Six employees of a water plant were killed": the verb after a short qualifying phrase.
_RIGHT_AFTER_PHRASE = re.compile(
    r"\s+(?:of|from|in|at|on|inside|near)\s+[^,.;()]{1,60}?\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:(?:reportedly|also|all|critically|seriously|severely|slightly|later|fatally)\s+)*"
    r"(?P<verb>killed|dead|slain|murdered|massacred|shot\s+dead|shot\s+to\s+death|executed|"
    r"beheaded|wounded|injured|hurt|kidnapped|abducted|taken\s+hostage)\b",
    re.IGNORECASE,
)
# "Four members of the patrol were injured": the verb after the rest of an of-phrase.
_RIGHT_AFTER_OF_REST = re.compile(
    r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?(?:\s+(?:deployed|based|stationed|assigned|of|from|in|at|near)\s+[^,.;()]{1,50}?)?"
    + _RIGHT_AFTER_PHRASE.pattern[_RIGHT_AFTER_PHRASE.pattern.index(r"\s+(?:were|was"):],
    re.IGNORECASE,
)
# "One person was killed and another injured": one more, told by "another".
_ANOTHER_HURT = re.compile(
    r"\b(?:killed|dead|died)\s+and\s+(?:another|one\s+other)\s+(?:(?:was|seriously|critically|slightly)\s+)*"
    r"(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)
# "killing six passengers and the driver": one more person ends the list.
_LIST_TAIL_ONE = re.compile(
    r",?\s+and\s+(?:the|a|an|his|her|their|one)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)(?=\s*(?:[.,;]|$|\s+(?:when|as|in|at|near|on|who|while)\b))"
)
_SUBSET = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|among\s+the\s+dead|among\s+the\s+victims)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_BOUND_LEFT = re.compile(
    r"\b(?P<q>at\s+least|more\s+than|over|about|some|around|nearly|almost|up\s+to|"
    r"an\s+estimated|approximately|roughly|as\s+many\s+as|fewer\s+than|less\s+than)\s+$",
    re.IGNORECASE,
)
_BOUNDS: dict[str, Bound] = {
    "at least": "at_least", "more than": "at_least", "over": "at_least", "about": "about",
    "some": "about", "around": "about", "nearly": "at_most", "almost": "at_most",
    "up to": "at_most", "an estimated": "about", "approximately": "about", "roughly": "about",
    "as many as": "at_most", "fewer than": "at_most", "less than": "at_most",
}  # fmt: skip
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE if v not in ("some", "few", "a few")), key=len, reverse=True))
# A number, or "a"/"an"/"one" before a person noun (a bare "a" is checked for its noun).
_QUANTITY = re.compile(
    rf"(?<![\w$£€#,/-])(?<!\d\.)(?P<all>all\s+)?(?P<n>{NUMBER}|(?:{_VAGUE})(?:\s+of)?|a|an)(?![\w%$-]|,\d|\.\d)",
    re.IGNORECASE,
)
_NOT_PEOPLE_AFTER = re.compile(
    r"^\s*(?:%|percent\b|per\s+cent\b|(?:km|kilomet(?:er|re)|mile|met(?:er|re)|feet|foot|yard|kg|kilo(?:gram)?|"
    r"pound|ton|tonne|gram|litre|liter|dollar|euro|rupee|peso|dinar|shekel|cent|year|month|"
    r"week|day|hour|minute|second|a\.m|p\.m|o'clock|time|round|shot|shell|rocket|mortar|bomb|"
    r"grenade|device|car|vehicle|truck|bus|house|home|building|shop|store|office|bullet|mine|"
    r"explosion|blast|attack|incident|occasion|part|side|floor|storey|story|point|hundred|"
    r"thousand|million)(?:e?s)?\b)",
    re.IGNORECASE,
)
_MODIFIERS = frozenset(
    ["armed", "unarmed", "innocent", "other", "more", "local", "foreign", "young", "elderly", "security", "police", "army", "border", "suspected", "alleged", "masked", "unidentified", "unknown", "civilian", "government", "military", "senior", "junior", "former", "retired", "off-duty", "plainclothes", "paramilitary", "rival", "tribal", "village", "municipal", "party", "family", "private", "traffic", "prison", "church", "mosque", "school", "hospital", "bank", "election", "polling", "aid", "relief", "medical", "health", "oil", "pipeline", "construction", "mine", "railway"]
)
_NOUN_PHRASE = re.compile(r"^\s+(?P<mods>(?:[\w’'-]+\s+){0,3}?)(?P<noun>[A-Za-z’'-]+)\b")
_OF_PEOPLE = re.compile(
    r"\s+of\s+(?:the|his|her|their|its|these|those)\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>[A-Za-z’'-]+)\b(?!\s+of\b)"
)
# The attacker's own death, which RAND-style tallies count: "blew himself up",
# "killing four people in addition to herself".
_SELF_DEATH = re.compile(
    r"\b(?:blew|blowing|blown)\s+(?:him|her)self\s+up\b|"
    r"\b(?:in\s+addition\s+to|including|along\s+with|as\s+well\s+as|besides)\s+(?:him|her)self\b",
    re.IGNORECASE,
)
_THEMSELVES = re.compile(r"\b(?:killing|killed|blew|blowing)\s+themselves\b", re.IGNORECASE)
# "The suicide bomber died", "a policeman later died": one person's death told by "died".
_DIED = re.compile(
    r"\b(?P<subject>(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+)|[Hh]e|[Ss]he)"
    r"(?:\s*\([^()]{0,40}\))?\s+(?:(?:also|later|subsequently|reportedly|eventually|then|and|instantly)\s+){0,2}"
    r"(?:died|was\s+killed|perished)\b"
)
_AGE = re.compile(r"\b\d{1,3}-year-old\s+")
# "Police recovered the body of a teacher", "His body was found": one death, told by the body.
_BODY = re.compile(
    r"\b(?:(?:recovered|found|discovered)\s+the\s+(?:dead\s+)?body\s+of\s+(?:a|an|the)\b|"
    r"(?:[Hh]is|[Hh]er|[A-Z][\w'-]+'s)\s+(?:dead\s+)?(?:body|corpse)\s+(?:was|had\s+been)\s+(?:later\s+)?(?:found|discovered|recovered))"
)
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+|them\b|those\b|whom\b)?")
_ZERO = re.compile(
    r"\b(?P<what>no\s+(?:one|body|persons?|people|civilians)\s+(?:was|were)\s+(?:reported\s+)?"
    r"(?P<verb1>killed|hurt|injured|wounded|harmed)|no\s+(?P<noun>injuries|casualties|deaths|"
    r"fatalities|one\s+was\s+hurt)|without\s+(?:causing\s+)?(?P<noun2>injuries|casualties))",
    re.IGNORECASE,
)
_KILL_VERB = (
    r"shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|killed|murdered|assassinated|"
    r"gunned\s+down|shot\s+down|beheaded|executed|slain|stabbed\s+to\s+death|"
    r"beaten\s+to\s+death|found\s+dead|strangled|hanged|burned\s+to\s+death|lynched"
)
_HURT_VERB = r"shot\s+and\s+wounded|shot\s+and\s+injured|wounded|injured|hurt"
_TAKE_VERB = r"kidnapped|abducted|taken\s+hostage"
# "X was shot and killed", "A tribal leader and his relative were shot to death".
_PASSIVE = re.compile(
    rf"\b(?P<aux>was|were|got)\s+(?:(?:reportedly|allegedly|later|fatally|critically|seriously|"
    rf"severely|slightly|lightly|badly|gravely|then|also|both)\s+)?"
    rf"(?:shot\s+and\s+(?:(?:critically|seriously|severely|slightly|lightly|badly|gravely|fatally)\s+)?(?=wounded|injured|killed))?"
    rf"(?P<verb>{_KILL_VERB}|{_HURT_VERB}|{_TAKE_VERB})\b",
    re.IGNORECASE,
)
# "Gunmen shot and killed Jumhuriyah Ubayd", "killed a Briton and a South African", "killing him".
_ACTIVE = re.compile(
    r"\b(?P<verb>(?:shot\s+and\s+killed|shot\s+dead|killed|killing|murdered|murdering|"
    r"assassinated|assassinating|gunned\s+down|shot\s+down|beheaded|executed|executing|"
    r"stabbed\s+to\s+death|strangled)|(?:wounded|wounding|injured|injuring|shot\s+and\s+wounded)|"
    r"(?:kidnapped|kidnapping|abducted|abducting))\s+(?=(?P<object>[^.;:]{1,120}))",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"\s+(?:when|as|who|while|in|outside|near|at|on|with|after|because|during|from|inside|"
    r"by|whose|which|before|for|to|whom|was|were|had|has|have|but|since|and\s+(?:wounding|"
    r"injuring|killing|then|fled|escaped))\b|[,(](?=\s*(?:who|whom|which|a|an|the|his|her|"
    r"their)\s+(?:[\w-]+\s+){0,3}(?:was|were|is|are|had)\b)",
    re.IGNORECASE,
)
_NP_PERSON = re.compile(
    r"^(?:(?:a|an|the|his|her|their|its|one|another|former|local)\s+)?(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+$|^(?:him|her|himself|herself)$",
    re.IGNORECASE,
)


def _role_of_verb(verb: str) -> CountRole:
    verb = re.sub(r"\s+", " ", verb.lower())
    if verb in ("killed", "dead", "died", "die", "slain", "murdered", "shot dead", "executed",
                "beheaded", "assassinated", "perished", "lost their lives", "massacred",
                "shot to death"):  # fmt: skip
        return "killed"
    if verb in ("wounded", "injured", "hurt", "hospitalised", "hospitalized") or verb.endswith(("injuries", "wounds")):
        return "injured"
    if verb.endswith(("to death", "found dead", "gunned down")):
        return "killed"
    if verb in ("kidnapped", "abducted", "seized", "captured"):
        return "kidnapped"
    if verb in ("taken hostage", "held hostage", "taken captive", "held captive", "held", "sequestered", "rescued", "released", "freed"):
        return "hostages"
    if verb in ("arrested", "detained"):
        return "arrested"
    if verb == "missing":
        return "missing"
    if "captiv" in verb or "hostages" in verb:
        return "hostages"
    return "other"


def _singular(noun: str) -> str:
    noun = noun.lower()
    if noun in ("people", "police", "personnel", "staff", "crew", "others", "dead", "wounded", "injured"):
        return {"others": "other"}.get(noun, noun)
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


class CountFinder:
    """``dateline.counts.v1``: count mentions with value, noun, role and bound."""

    name = COMPONENT
    assigns = ("mentions[kind=count]",)

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.document.text
        taken = bytearray(len(text))
        groups: dict[int, str | None] = {}
        for known in analysis.mentions:
            if known.kind in ("date", "date_range", "duration"):
                taken[known.start : known.end] = b"\x01" * (known.end - known.start)
            elif known.kind == "group" and known.group is not None:
                groups[known.start] = known.group.id or known.group.name
        previous: Mention | None = None
        start_count = len(analysis.mentions)
        for match in _QUANTITY.finditer(text):
            start, end = match.span("n")
            if any(taken[start:end]):
                continue
            found = self._count(text, match, groups, previous)
            if found is None:
                continue
            mention = found
            analysis.mentions.append(mention)
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            previous = mention
        self._list_tails(analysis, text, taken, start_count)
        self._share_list_roles(analysis.mentions[start_count:], text)
        self._zeros(analysis, text, taken)
        self._single_victims(analysis, text, taken)
        self._own_deaths(analysis, text, taken, start_count)
        return analysis

    def _count(
        self, text: str, match: re.Match[str], groups: dict[int, str | None], previous: Mention | None
    ) -> Mention | None:
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
        if not lowered.isdigit() and value > 1000 and "," not in raw:
            pass
        if raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100:
            return None  # a year the date finder did not want is no count either
        after = text[end : end + 80]
        not_people = _NOT_PEOPLE_AFTER.match(after)
        if not_people is not None:
            # "three truck drivers", "two bus passengers": the unit word is a modifier.
            following = re.match(r"\s+([A-Za-z]+)", after[not_people.end() :])
            if following is None or following.group(1).lower() not in PERSON_NOUNS:
                return None
        noun, noun_end = self._noun(text, end)
        is_person = noun is not None and (noun in PERSON_NOUNS or noun in _DEMONYM_PLURALS)
        if noun is None:
            # "six of the hijackers died": the people are named after "of the".
            of_people = _OF_PEOPLE.match(text, end)
            if of_people is not None and of_people.group("noun").lower() in PERSON_NOUNS:
                noun, noun_end, is_person = of_people.group("noun").lower(), of_people.end(), True
        if lowered in ("a", "an") and not is_person:
            return None
        if lowered in ("a", "an", "one") and noun in ("dead", "wounded", "injured"):
            return None
        phrase_end = noun_end if is_person else end
        group = None
        of = _OF_PHRASE.match(text, phrase_end)
        if of is not None:
            after_of = of.end()
            if after_of in groups:
                group = groups[after_of]
            if is_person or of.group().strip().endswith(("them", "whom")):
                # "14 members of the MRTA", "two of them were killed"
                rest = re.match(r"[\w’'-]+(?:\s+[A-Z][\w’'-]*)*", text[after_of:])
                phrase_end = after_of + (rest.end() if rest and text[after_of:after_of + 1].isupper() else 0)
                if of.group().strip().endswith(("them", "whom")):
                    phrase_end = of.end()
        before = text[max(0, match.start() - 60) : match.start()]
        if _SUBSET.search(before) or (lowered == "one" and re.search(r"(?i)\bno\s+$", before)):
            return None
        bound_match = _BOUND_LEFT.search(before)
        if bound_match:
            bound = _BOUNDS.get(re.sub(r"\s+", " ", bound_match.group("q").lower()), bound)
        if lowered in ("a", "an") and re.match(r",?\s+and\s+(?:a|an|the|his|her|their)\b", text[phrase_end : phrase_end + 12]):
            return None  # "a tribal leader and his cousin were shot": the list is read whole
        if noun in ("dead", "wounded", "injured") and phrase_end == noun_end:
            role: CountRole | None = "killed" if noun == "dead" else "injured"
        else:
            role = self._role(text, before, phrase_end, noun, previous, match.start())
        if role is None and not is_person:
            return None
        if role is None and lowered in ("a", "an"):
            return None  # "a former member": counted one by one where a verb says what befell them
        if role is None and noun in PERPETRATOR_NOUNS:
            role = "perpetrators"
        if role is None and noun in ("hostage", "hostages"):
            role = "hostages"
        if role is None and noun in ("dead",):
            role = "killed"
        if role is None and noun in ("wounded", "injured"):
            role = "injured"
        if role == "killed" and noun in PERPETRATOR_NOUNS:
            role = "perpetrators_killed"
        if role == "kidnapped" and re.match(r"^\s*(?:[\w’'-]+\s+){0,3}hostages?\b", text[end : end + 60]):
            role = "hostages"
        span_start = match.start("all") if match.group("all") else start
        span_end = max(end, noun_end if is_person else end)
        value_obj = CountValue(
            value=value,
            counts=_singular(noun) if is_person and noun else "people",
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
            if lower in PERSON_NOUNS or lower in _DEMONYM_PLURALS:
                # "two Peruvian commandos": keep going past a demonym adjective to its noun
                if lower in _DEMONYM_PLURALS and n + 1 < len(words) and words[n + 1].group().lower() in PERSON_NOUNS:
                    continue
                # "police officers", "security guards": the noun is the last of the run
                last = word
                for following in words[n + 1 : n + 3]:
                    if following.group().lower() in PERSON_NOUNS and following.group().lower() not in ("dead", "wounded", "injured"):
                        last = following
                    else:
                        break
                return last.group().lower(), end + last.end()
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
            or lower in _MODIFIERS
            or lower.endswith(("ian", "ese", "ish", "al", "ive", "ic", "ous", "ed", "ly"))
        )

    def _role(
        self, text: str, before: str, phrase_end: int, noun: str | None,
        previous: Mention | None, start: int,
    ) -> CountRole | None:  # fmt: skip
        right = _RIGHT.match(text, phrase_end) or _RIGHT_AFTER_PHRASE.match(text, phrase_end)
        if right is None and re.match(r"[a-z]", text[phrase_end : phrase_end + 1]) and re.search(r"\bof\s+(?:the|a|an|his|her|their)\s+$", text[max(0, phrase_end - 12) : phrase_end]):
            right = _RIGHT_AFTER_OF_REST.match(text, phrase_end)
        if right is not None and not (
            # "killed one officer and one civilian and wounded seven": the verb just before
            # the number is this one's; a verb after "and …" belongs to the next clause.
            re.match(r"[^a-z]*,?\s+and\s", text[phrase_end : right.start("verb")], re.IGNORECASE)
            and (_KILL_LEFT.search(before) or _INJURE_LEFT.search(before))
        ):
            return _role_of_verb(right.group("verb"))
        if _KILL_LEFT.search(before):
            return "killed"
        if _INJURE_LEFT.search(before):
            return "injured"
        if _HOSTAGE_LEFT.search(before):
            tail = text[phrase_end : phrase_end + 20].lower()
            if "hostage" in tail or (noun and "hostage" in noun):
                return "hostages"
            verb = _HOSTAGE_LEFT.search(before)
            assert verb is not None
            word = verb.group().split()[0].lower()
            if word.startswith(("kidnap", "abduct", "captur")):
                return "kidnapped"
            if word.startswith(("releas", "free", "rescu", "held", "hold")):
                return "hostages"
            return None
        # "killing two policemen and a civilian": a list goes on with the role it began with.
        if previous is not None and previous.count is not None and previous.count.role in ("killed", "injured", "hostages", "kidnapped"):
            gap = text[previous.end : start]
            if re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*as\s+well\s+as|\s+plus|,?\s*along\s+with)\s+(?:another\s+|other\s+|the\s+|his\s+|her\s+|their\s+)?", gap):
                return previous.count.role
        if re.search(r"\b(?:deaths?|bodies)\s+of\s+(?:at\s+least\s+|all\s+)?$", before, re.IGNORECASE):
            return "killed"
        return None

    @staticmethod
    def _share_list_roles(counts: list[Mention], text: str) -> None:
        """"One hostage, two commandos and … were killed": the verb after a list is everyone's."""
        for n in range(len(counts) - 2, -1, -1):
            this, following = counts[n], counts[n + 1]
            if this.count is None or following.count is None or following.count.role in (None, "perpetrators"):
                continue
            gap = text[this.end : following.start]
            if not re.fullmatch(r"\s*(?:,|,?\s*and)\s*", gap):
                continue
            if this.count.role in (None, "hostages", "perpetrators") and _RIGHT.match(text, this.end) is None:
                role = following.count.role
                if role == "perpetrators_killed" and this.count.counts not in PERPETRATOR_NOUNS:
                    role = "killed"
                this.count = replace(this.count, role=role)

    def _list_tails(self, analysis: Analysis, text: str, taken: bytearray, first: int) -> None:
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
            self._add_people(analysis, text, tail.start(), tail.end(), 1, role, taken)

    def _zeros(self, analysis: Analysis, text: str, taken: bytearray) -> None:
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

    def _single_victims(self, analysis: Analysis, text: str, taken: bytearray) -> None:
        """People counted one by one: "killed a Briton and a South African", "X was shot dead"."""
        for match in _ACTIVE.finditer(text):
            verb_end = match.end("verb")
            obj_start = match.start("object")
            if any(taken[obj_start : obj_start + 3]):
                continue
            role = self._verb_role(match.group("verb"))
            if role is None:
                continue
            phrase = match.group("object")
            cut = _CLAUSE_END.search(phrase)
            phrase = phrase[: cut.start()] if cut else phrase
            appositive = re.match(
                r"([A-Z][\w’'-]+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][\w’'-]+){0,4}),\s+"
                r"(?:(?:a|an|the)\s|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4}(?:\s+(?:for|of|at|in)\s|$))", phrase
            )
            if appositive:  # "Jumhuriyah Ubayd, a former member of …"
                phrase = appositive.group(1)
            pronoun = re.match(r"(?:him|her)(?:self)?\b(?=\s+and\b)", phrase, re.IGNORECASE)
            if pronoun:  # "killing himself and one other person": the rest is counted apart
                phrase = pronoun.group()
            people = self._noun_phrases(phrase, subject=False)
            if not people:
                continue
            start, end = obj_start, obj_start + len(phrase.rstrip())
            self._add_people(analysis, text, start, end, people, role, taken)
            del verb_end
        for match in _ANOTHER_HURT.finditer(text) if "nother" in text or "other" in text else ():
            start = match.start() + match.group().lower().index(" and ") + 5
            end = match.end()
            if not any(taken[start:end]):
                self._add_people(analysis, text, start, end, 1, "injured", taken)
        for match in _PASSIVE.finditer(text):
            start, end = match.span()
            if any(taken[max(0, start - 1) : end]):
                continue
            role = self._verb_role(match.group("verb"))
            if role is None:
                continue
            clause_start = max(text.rfind(".", 0, start), text.rfind(";", 0, start), text.rfind("\n", 0, start)) + 1
            subject = text[clause_start:start].strip()
            if any(taken[clause_start:start]) or not subject:
                continue
            if re.match(r"(?i)(?:no\b|nobody|none)", subject):
                continue  # "no one was hurt": an explicit zero, counted apart
            subject = re.sub(r",[^,]*,\s*$", "", subject).strip()  # "Juan Cardona, a counsellor,"
            subject = re.sub(r"^.*\b(?:when|after|as|while|and\s+then|that)\s+", "", subject, flags=re.IGNORECASE)
            if match.group("aux").lower() == "was":
                people = 1  # one subject, however it is described
            else:
                people = self._noun_phrases(subject, subject=True)
            if not people:
                continue
            self._add_people(analysis, text, start, end, people, role, taken)

    def _own_deaths(self, analysis: Analysis, text: str, taken: bytearray, first: int) -> None:
        """Deaths told without a number: "blew himself up", "the bomber died", "killing themselves"."""
        counts = analysis.mentions[first:]
        sentences = analysis.document.sentences or [(0, len(text))]

        starts = [s[0] for s in sentences]

        def sentence_of(offset: int) -> tuple[int, int]:
            found = sentences[max(0, bisect.bisect_right(starts, offset) - 1)]
            return found if found[0] <= offset < found[1] else (0, len(text))

        def killed_near(offset: int, *, own: bool) -> bool:
            lo, hi = sentence_of(offset)
            return any(
                m.count is not None and lo <= m.start < hi
                and (m.count.role == "perpetrators_killed" or (not own and m.count.role == "killed")
                     or (own and m.text.lower() in ("himself", "herself")))
                for m in counts
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
            lo, _ = sentence_of(start)
            bombers = [m for m in counts if m.count is not None and lo <= m.start < start and m.count.role == "perpetrators"]
            if bombers and bombers[-1].count is not None and not killed_near(start, own=True):
                added.append(Mention("count", start, end, text[start:end], COMPONENT,
                                     count=CountValue(bombers[-1].count.value, "people", "perpetrators_killed")))  # fmt: skip
        for match in _BODY.finditer(text) if "body" in text else ():
            start, end = match.span()
            if any(taken[start:end]) or killed_near(start, own=False):
                continue
            added.append(Mention("count", start, end, text[start:end], COMPONENT, count=CountValue(1, "person", "killed")))
        has_died = "died" in text or "perished" in text or "was killed" in text
        for match in _DIED.finditer(text) if has_died else ():
            start, end = match.span()
            noun = match.group("noun")
            if noun is not None and noun not in PERSON_NOUNS and noun not in ("bomber", "attacker"):
                continue
            if noun in ("people", "others", "dead", "wounded", "injured", "police", "personnel", "staff", "crew") or (noun or "").endswith("s"):
                continue
            if any(taken[start:end]) or killed_near(start, own=False):
                continue
            role: CountRole = "perpetrators_killed" if noun in PERPETRATOR_NOUNS or noun in ("bomber", "attacker") else "killed"
            added.append(Mention("count", start, end, text[start:end], COMPONENT, count=CountValue(1, "person", role)))
        for mention in added:
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        analysis.mentions.extend(added)

    @staticmethod
    def _verb_role(verb: str) -> CountRole | None:
        verb = re.sub(r"\s+", " ", verb.lower())
        if "wound" in verb or "injur" in verb or verb == "hurt":
            return "injured"
        if verb.startswith(("kidnap", "abduct", "taken hostage", "seized")):
            return "kidnapped"
        return "killed"

    @staticmethod
    def _noun_phrases(phrase: str, *, subject: bool) -> int:
        """How many people a phrase lists: "a Briton and a South African" → 2; 0 if unsure."""
        phrase = _AGE.sub("", phrase.strip(" ,"))
        if not phrase or re.search(r"\d|\b(?:people|several|many|dozens|some|group|members|others|two|three|four|five|six|seven|eight|nine|ten)\b", phrase, re.IGNORECASE):
            return 0
        if re.fullmatch(r"(?:him|her)", phrase, re.IGNORECASE):
            return 1
        if re.fullmatch(r"(?:himself|herself)", phrase, re.IGNORECASE):
            return 1
        parts = [re.split(r"\s+(?:of|from)\s+", p.strip())[0] for p in re.split(r",?\s+and\s+|,\s+", phrase) if p.strip()]
        count = 0
        for part in parts:
            words = part.split()
            if len(words) > 6 or not _NP_PERSON.match(part):
                return 0
            lowered = [w.lower().strip(".,") for w in words]
            head = lowered[-1]
            is_name = all(
                re.sub(r"^(?:al|el|ad|as|an|ash)-", "", w)[:1].isupper()
                for w in words if w.lower() not in ("al", "bin", "ibn", "de", "abu", "van", "von", "da")
            )
            is_person_noun = head in PERSON_NOUNS or head.rstrip("s") in PERSON_NOUNS or head in _DEMONYM_PLURALS or head.capitalize() in _DEMONYM_SINGULARS
            if (lowered[0] in ("a", "an", "one", "another", "his", "her", "their") and (is_person_noun or len(words) <= 4)) or (lowered[0] == "the" and is_person_noun) or lowered[0] in ("him", "her", "himself", "herself") or (is_name and not subject and len(words) <= 5) or (is_name and subject and len(words) <= 5) or (is_person_noun and lowered[0] in ("former", "local")):
                count += 1
            else:
                return 0
        return count

    def _add_people(self, analysis: Analysis, text: str, start: int, end: int, people: int,
                    role: CountRole, taken: bytearray) -> None:  # fmt: skip
        analysis.mentions.append(
            Mention("count", start, end, text[start:end], COMPONENT,
                    count=CountValue(people, "person" if people == 1 else "people", role))
        )
        taken[start:end] = b"\x01" * (end - start)

def make_counts() -> CountFinder:
    return CountFinder()


def register() -> None:
    register_factory(COMPONENT, make_counts, assigns=CountFinder.assigns)
