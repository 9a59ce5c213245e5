"""The words of a count: who is counted, and the verbs that tell what befell them.

Tables and patterns shared by the count finders (``counts`` for numbered counts,
``unnumbered_counts`` for people told one by one): person and perpetrator nouns, the
verb before a number ("killing two", "took 72 people hostage") and after its noun
phrase ("30 people were killed"), bounds ("at least"), and what a verb makes a role.
"""

from __future__ import annotations

import re

from dateline.text.demonyms import demonym_table
from dateline.text.numbers import NUMBER, VAGUE
from dateline.text.types import Bound, CountRole

COMPONENT = "dateline.counts.v1"  # the name every count mention carries

PERSON_NOUNS = frozenset(
    ["people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "policemen", "policeman", "police", "officers", "officer", "troops", "trooper", "troopers", "guards", "guard", "members", "member", "militants", "militant", "gunmen", "gunman", "terrorists", "terrorist", "rebels", "rebel", "guerrillas", "guerrilla", "guerillas", "attackers", "attacker", "assailants", "assailant", "insurgents", "insurgent", "bombers", "bomber", "hostages", "hostage", "passengers", "passenger", "crew", "crewmen", "tourists", "tourist", "workers", "worker", "employees", "employee", "students", "student", "children", "child", "women", "woman", "men", "man", "villagers", "villager", "residents", "resident", "worshippers", "worshipers", "worshipper", "pilgrims", "pilgrim", "diplomats", "diplomat", "citizens", "citizen", "nationals", "national", "journalists", "journalist", "officials", "official", "others", "victims", "victim", "customers", "bystanders", "bystander", "commandos", "commando", "marines", "marine", "servicemen", "serviceman", "personnel", "staff", "teachers", "teacher", "doctors", "doctor", "nurses", "nurse", "monks", "monk", "priests", "priest", "farmers", "farmer", "shoppers", "relatives", "boys", "boy", "girls", "girl", "contractors", "contractor", "engineers", "engineer", "businessmen", "businessman", "fighters", "fighter", "militiamen", "militiaman", "policewomen", "recruits", "cadets", "pupils", "supporters", "leaders", "leader", "individuals", "individual", "suspects", "suspect", "kidnappers", "hijackers", "hijacker", "perpetrators", "perpetrator", "agents", "agent", "detainees", "prisoners", "prisoner", "inmates", "infants", "babies", "teenagers", "adult", "foreigners", "foreigner", "extremists", "extremist", "youths", "youth", "adults", "pedestrians", "motorists", "drivers", "driver", "labourers", "laborers", "miners", "truckers", "sailors", "pilots", "pilot", "executives", "executive", "managers", "manager", "judges", "judge", "lawyers", "lawyer", "politicians", "candidates", "candidate", "councillors", "councilors", "activists", "activist", "protesters", "demonstrators", "settlers", "settler", "refugees", "peacekeepers", "peacekeeper", "policemen", "gendarmes", "gendarme", "paramilitaries", "paramilitary", "servicemembers", "americans", "sympathizers", "dead", "wounded", "injured", "bodyguards", "bodyguard", "escorts", "escort", "constables", "constable", "tribesmen", "tribesman", "headmaster", "janitor", "translator", "translators", "interpreter", "collaborator", "collaborators", "informer", "informers", "councilman", "councilmen", "chieftain", "chief", "chiefs", "commanders", "commander", "colonel", "soldiers", "bodies", "body", "elders", "elder", "clerics", "cleric", "imam", "imams", "mullah", "policeman", "shopkeeper", "shopkeepers", "traders", "trader", "merchants", "merchant", "herders", "fishermen", "lorry", "guardsmen", "son", "sons", "daughter", "daughters", "wife", "wives", "husband", "brother", "brothers", "father", "mother", "nephew", "cousin", "cousins", "relative", "sister", "uncle", "dalits", "dalit", "banker", "visitor", "politician", "refugee", "vendor", "vendors", "porter", "headman", "sheikh", "sheikhs", "mayor", "governor", "minister", "businesswoman", "policewoman", "soldier", "informant", "watchman", "guests", "guest", "visitors", "visitor", "spectators", "pedestrian", "motorist", "passerby", "passersby", "commuters", "teenager", "cadres", "cadre", "jawans", "jawan", "guardsman", "shiites", "sunnis", "christians", "muslims", "hindus", "sikhs", "kurds", "jews", "peasants", "peasant", "barbers", "barber", "missionaries", "missionary", "nuns", "nun", "novitiates", "bishops", "technicians", "technician", "mechanics", "electricians", "clerks", "clerk", "bankers", "cameramen", "cameraman", "photographers", "photographer", "reporters", "reporter", "correspondents", "editors", "editor", "broadcasters", "scientists", "surgeons", "physicians", "paramedics", "medics", "firefighters", "firemen", "rescuers", "volunteers", "volunteer", "conscripts", "deminers", "hunters", "shepherds", "herdsmen", "nomads", "beggars", "occupants", "riders", "travelers", "travellers", "mourners", "worshipers", "devotees", "parishioners", "congregants", "believers", "monitors", "observers", "inspectors", "auditors", "lecturers", "professors", "academics", "intellectuals", "scholars", "aides", "advisers", "advisors", "assistants", "secretaries", "chauffeurs", "servants", "maids", "cooks", "waiters", "clients", "patients", "tenants", "landowners", "owners", "owner", "brothers-in-law", "sons-in-law", "grandchildren", "nephews", "nieces", "uncles", "wives", "husbands", "mothers", "fathers", "sisters", "parents"]
)
PERPETRATOR_NOUNS = frozenset(
    ["members", "member", "militants", "militant", "gunmen", "gunman", "terrorists", "terrorist", "rebels", "rebel", "guerrillas", "guerrilla", "guerillas", "attackers", "attacker", "assailants", "assailant", "insurgents", "insurgent", "bombers", "bomber", "kidnappers", "hijackers", "hijacker", "perpetrators", "perpetrator", "fighters", "fighter", "militiamen", "militiaman"]
)
DEMONYM_PLURALS = frozenset(w.lower() for w in demonym_table() if w.endswith("s"))
DEMONYM_SINGULARS = frozenset(w for w in demonym_table() if not w.endswith("s"))

# Words between a verb and its number: "killing at least 30", "wounding an estimated 40".
_QUANT_LEFT = (
    r"(?:(?:at\s+least|about|some|nearly|almost|over|more\s+than|around|approximately|"
    r"roughly|an\s+estimated|up\s+to|as\s+many\s+as|close\s+to|fewer\s+than|less\s+than|"
    r"all|another|the|a\s+further|an\s+additional|only|just|additional|a\s+total\s+of|an?\s+(?:[A-Z][\w-]*\s+)?family\s+of|"
    r"over\s+a|his|her|their)\s+)*"
)
KILL_LEFT = re.compile(
    r"(?:\b(?:killing|killed|kill|kills|murdering|murdered|slaying|slew|executing|executed|assassinated|assassinating|"
    r"slaughtered|slaughtering|martyred|martyring|lynched|shot\s+to\s+death|(?:stabbed|hacked|beat|beaten)\s+to\s+death|"
    r"claimed the (?:life|lives) of|claiming the (?:life|lives) of|gunning down|"
    r"(?:fatally|mortally)\s+(?:stabbing|stabbed|shooting|shot|wounding|wounded|injuring|injured)|slit the throats? of|slitting the throats? of|shot dead|shooting dead|shot and killed|gunned down|"
    r"beheaded|beheading|massacred|massacring|deaths? of|bodies of|killed\s+along\s+with|"
    r"(?:killing|killed)\s+(?:him|her|them)(?:sel(?:f|ves))?\s+and|(?:assassinated|murdered|shot\s+dead)\s+(?:along\s+|together\s+)?with|death toll (?:\w+\s+){0,3}(?:to|at|of|reached|rose to))"
    r")\s+" + _QUANT_LEFT + "$",
    re.IGNORECASE,
)
INJURE_LEFT = re.compile(
    r"\b(?:(?:wounded|injured)\s+along\s+with|wounding|wounded|wound|injuring|injured|injure|injures|hurting|hurt|maiming|maimed|"
    r"(?<!\bno\s)(?:injury|injuries|wounding)\s+(?:of|to)|"
    r"and\s+wounding|and\s+injuring)\s+" + _QUANT_LEFT + "$",
    re.IGNORECASE,
)
HOSTAGE_LEFT = re.compile(
    r"\b(?:kidnapping|kidnapped|kidnap|abducting|abducted|abduct|seizing|seized|took|taking|"
    r"holding|held|captured|capturing|releasing|released|freed|freeing|rescued|rescuing)\s+"
    + _QUANT_LEFT + "$",
    re.IGNORECASE,
)
RIGHT = re.compile(
    r"(?:\s*,?\s*(?:aged?|ages)\s+\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*,?)?"
    r"(?:\s*,(?:(?!\b(?:was|were|killed|wounded|injured|died)\b)[^,.;]){0,80},|\s*\([^()]{0,120}\)|"
    # "Ten people including a judge and eight policemen were killed": the list is some of them
    r"(?P<incl>,?\s+including\s+[^.;()]{1,100}?,?(?=\s+(?:were|was|had\s+been|have\s+been)\s)))?(?:,?\s+and\s+(?:all\s+|the\s+|their\s+|his\s+|\w+\s+){0,2}[a-z-]+)?\s*(?:who\s+)?(?P<aux>were|was|are|is|have\s+been|had\s+been|has\s+been|"
    r"being|got|died|lay|lie)?\s*(?:(?:reportedly|reported|also|all|critically|seriously|severely|"
    r"slightly|lightly|fatally|mortally|later|subsequently|allegedly|eventually|apparently|"
    r"initially|then|both|instantly|immediately|badly|gravely)\s+)*(?:(?<=\bwere\s)shot\s+(?:at\s+)?and\s+(?:(?:critically|"
    r"seriously|severely|slightly|lightly|badly|gravely|fatally)\s+)?(?=killed|wounded|injured))?"
    r"(?P<verb>killed|dead|died|die|slain|murdered|massacred|shot\s+dead|shot\s+to\s+death|executed|beheaded|assassinated|"
    r"gunned\s+down|(?:stabbed|beaten|hacked|burned|burnt|bludgeoned)\s+to\s+death|found\s+(?:dead|shot(?:\s+dead)?|murdered|beheaded|slain)|"
    r"(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)|"
    r"wounded|injured|hurt|kidnapped|abducted|taken\s+hostage|held\s+hostage|taken\s+captive|"
    r"held\s+captive|held|seized|sequestered|captured|missing|arrested|detained|"
    r"perished|lost\s+their\s+lives|hospitali[sz]ed|rescued|released|freed|"
    r"(?:had\s+)?spent\s+(?:[\w-]+\s+){0,4}(?:in\s+captivity|as\s+(?:hostages|captives))|"
    r"remained\s+in\s+captivity)\b",
    re.IGNORECASE,
)
# "was kidnapped, shot, and killed", "were abducted and later killed": death ends the chain.
THEN_KILLED = re.compile(
    r"(?:\s+(?:from|in|at|near|on|by)\s+(?:(?!\b(?:and|that|which|who)\b)[^,.;]){1,40}?)?(?:\s*,\s*|\s+)(?:and\s+)?(?:then\s+|later\s+|subsequently\s+)?"
    r"(?:(?:shot|tortured|beaten|stabbed|robbed|mutilated|taken\s+away|bound|blindfolded)\s*,?\s+(?:and\s+)?(?:then\s+|later\s+)?)*"
    r"(?:killed|shot\s+dead|murdered|executed|beheaded|slain|strangled|hanged|(?:shot|stabbed|beaten|hacked)\s+to\s+death|found\s+dead)\b",
    re.IGNORECASE,
)
# "Among the dead were seven policemen", "among the wounded were two children".
AMONG_LEFT = re.compile(
    r"\b(?:among|including)\s+(?:the\s+(?:dead|killed|victims|fatalities|(?P<hurt>wounded|injured))|"
    r"those\s+(?:killed|(?P<hurt2>wounded|injured)))\s+(?:were|was)\s+" + _QUANT_LEFT + "$",
    re.IGNORECASE,
)
# "injuring a second guard, who died later": hurt, then dead.
WHO_DIED = re.compile(r"[^.;]{0,40}?,?\s+who\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)\b")
# "was wounded in the attack, and later died in hospital", "were wounded and died": hurt, then dead.
LATER_DIED = re.compile(r"[^.;]{0,50}?,?\s+(?:and|but)\s+(?:(?:later|subsequently|eventually|then)\s+)?(?:died|succumbed)\b", re.IGNORECASE)
# "a woman who died of old age": a death no one caused.
NATURAL_DEATH = re.compile(
    r"\s+(?:of|from)\s+(?:old\s+age|natural\s+causes|(?:an?\s+)?illness|cancer|(?:a\s+)?heart\s+attack|(?:a\s+)?disease)\b",
    re.IGNORECASE,
)
# After a verb with no auxiliary, what makes the count its subject: "ten gunmen killed a
# dean" (an object follows), unlike "ten people killed in the blast".
ACTIVE_OBJECT = re.compile(
    rf"\s+(?:(?:a|an|the|his|her|their|its|{NUMBER}|at\s+least|all|"
    r"some|several|dozens|scores|himself|herself|themselves|him|them|both)\b|"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][a-z])"
)
# "left two soldiers dead", "leaving five militants and two police officers injured".
LEFT_BEFORE = re.compile(r"\b(?:left|leaving)\s+" + _QUANT_LEFT + "$", re.IGNORECASE)
LEFT_STATE = re.compile(
    r"(?:[^.;()]|\([^()]{0,80}\)){0,80}?\b(?P<state>dead|killed|injured|wounded)\b", re.IGNORECASE
)
AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:\d{1,3}\s*(?:,|and|&)\s*)*$", re.IGNORECASE)
# Members of a family, a council or a crew are no perpetrators ("four members of a family").
NOT_GROUP_MEMBERS = re.compile(
    r"\b(?:family|families|household|council|councils|parliament|parliamentary|crew|staff|committee|commission|ministry|board|tribe|"
    r"tribal|club|union|delegation|assembly|party|Sahwa|Awakening|congregation|team|security|police|community|communities|sect|clan|minority|"
    r"army|forces|patrol|militia\s+loyal)\b|\bmembers?\s+of\s+(?:his|her|their|the\s+same)\b",
    re.IGNORECASE,
)
# The verb of a noun phrase told with more words between: "… were killed", "… killed by".
_PASSIVE_VERB = (
    r"\s+(?:(?:were|was|had\s+been|have\s+been)\s+|(?=(?:killed|wounded|injured)\s+by\b))"
    r"(?:(?:reportedly|also|all|critically|seriously|severely|slightly|later|fatally)\s+)*"
    r"(?P<verb>killed|dead|slain|murdered|massacred|shot\s+dead|shot\s+to\s+death|executed|"
    r"beheaded|wounded|injured|hurt|kidnapped|abducted|taken\s+hostage)\b"
)
# "Six employees of a water plant were killed": the verb after a short qualifying phrase.
RIGHT_AFTER_PHRASE = re.compile(
    r"(?:\s*\([^()]{1,80}\))?(?:\s+(?:of|from|in|at|on|inside|near|aboard|with|(?:who|that)\s+(?:were|was|are|is|had|worked|lived)|"
    r"[a-z]+ing|accused|suspected|believed|identified|said|employed|hired|stationed|assigned)\s+"
    r"(?:[^,.;()]|\([^()]{0,60}\)){1,80}?|"
    # "Four soldiers who are part of the UN force, were killed": a relative clause between commas
    r",?\s+(?:who|that)\s+(?:were|was|are|is)\s+[^,.;()]{1,80}?,)" + _PASSIVE_VERB,
    re.IGNORECASE,
)
# "Four members of the patrol were injured": the verb after the rest of an of-phrase.
RIGHT_AFTER_OF_REST = re.compile(
    r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?(?:\s+(?:deployed|based|stationed|assigned|of|from|in|at|near)\s+[^,.;()]{1,50}?)?"
    + _PASSIVE_VERB,
    re.IGNORECASE,
)
SUBSET = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|among\s+the\s+dead|among\s+the\s+victims)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
BOUND_LEFT = re.compile(
    r"\b(?P<q>at\s+least|more\s+than|over|about|some|around|nearly|almost|up\s+to|"
    r"an\s+estimated|approximately|roughly|as\s+many\s+as|fewer\s+than|less\s+than)\s+$",
    re.IGNORECASE,
)
BOUNDS: dict[str, Bound] = {
    "at least": "at_least", "more than": "at_least", "over": "at_least", "about": "about",
    "some": "about", "around": "about", "nearly": "at_most", "almost": "at_most",
    "up to": "at_most", "an estimated": "about", "approximately": "about", "roughly": "about",
    "as many as": "at_most", "fewer than": "at_most", "less than": "at_most",
}  # fmt: skip
_VAGUE_WORDS = "|".join(sorted((re.escape(v) for v in VAGUE if v not in ("some", "few", "a few")), key=len, reverse=True))
# A number, or "a"/"an"/"one"/"both" before a person noun (checked for its noun).
QUANTITY = re.compile(
    rf"(?<![\w$£€#,/-])(?<!\d\.)(?P<all>all\s+)?(?P<n>{NUMBER}|(?:{_VAGUE_WORDS})(?:\s+of)?|a|an|both)(?![\w%$-]|,\d|\.\d)",
    re.IGNORECASE,
)
NOT_PEOPLE_AFTER = re.compile(
    r"^\s*(?:%|percent\b|per\s+cent\b|(?:km|kilomet(?:er|re)|mile|met(?:er|re)|feet|foot|yard|kg|kilo(?:gram)?|"
    r"pound|ton|tonne|gram|litre|liter|dollar|euro|rupee|peso|dinar|shekel|cent|year|month|"
    r"week|day|hour|minute|second|a\.m|p\.m|o'clock|time|round|shot|shell|rocket|mortar|bomb|"
    r"grenade|device|car|vehicle|truck|bus|house|home|building|shop|store|office|bullet|mine|"
    r"explosion|blast|attack|incident|occasion|part|side|floor|storey|story|point|hundred|"
    r"chicken|cow|sheep|goat|cattle|animal|horse|camel|dog|donkey|livestock|bird|"
    r"thousand|million)(?:e?s)?\b)",
    re.IGNORECASE,
)
MODIFIERS = frozenset(
    ["armed", "unarmed", "innocent", "other", "more", "local", "foreign", "young", "elderly", "security", "police", "army", "border", "suspected", "alleged", "masked", "unidentified", "unknown", "civilian", "government", "military", "senior", "junior", "former", "retired", "off-duty", "plainclothes", "paramilitary", "rival", "tribal", "village", "municipal", "party", "family", "private", "traffic", "prison", "church", "mosque", "school", "hospital", "bank", "election", "polling", "aid", "relief", "medical", "health", "oil", "pipeline", "construction", "mine", "railway"]
)
OF_PEOPLE = re.compile(
    r"\s+of\s+(?:the|his|her|their|its|these|those|[A-Z][\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>[A-Za-z’'-]+)\b(?!\s+of\b)"
)
# The attacker's own death, which RAND-style tallies count: "blew himself up",
# "killing four people in addition to herself".
OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+|them\b|those\b|whom\b)?")


def role_of_verb(verb: str) -> CountRole:
    verb = re.sub(r"\s+", " ", verb.lower())
    if verb in ("killed", "dead", "died", "die", "slain", "murdered", "shot dead", "executed",
                "beheaded", "assassinated", "perished", "lost their lives", "massacred",
                "shot to death"):  # fmt: skip
        return "killed"
    if verb in ("wounded", "injured", "hurt", "hospitalised", "hospitalized") or verb.endswith(("injuries", "wounds")):
        return "injured"
    if verb.endswith(("to death", "gunned down")) or verb.startswith("found "):
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


def singular(noun: str) -> str:
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

