"""How many people a phrase names, when it names them without a number.

"a Briton and a South African" → 2; "Piet Varga, director of the Roads and Bridges
Department" → 1 (a name and its description are one person); "a lawyer, Anton Brel, and
his nephew" → 2; "a couple" → 2. A phrase with a vague or group word ("several",
"a family", "people") gives 0: unsure, so uncounted. Parts that carry a number ("his two
sons") are counted by the numbered finder; their spans are returned for the caller to
give them the verb's role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.text.count_phrases import DEMONYM_PLURALS, DEMONYM_SINGULARS, PERSON_NOUNS
from dateline.text.numbers import NUMBER

# Heads that name one person by what they do (beyond the counted nouns).
TITLE_NOUNS = frozenset(
    ["head", "director", "chairman", "chairwoman", "principal", "dean", "deputy", "secretary", "spokesman", "spokeswoman", "president", "administrator", "editor", "inspector", "coordinator", "commissioner", "owner", "founder", "treasurer", "superintendent", "lieutenant", "captain", "sergeant", "major", "general", "brigadier", "professor", "physician", "surgeon", "broadcaster", "correspondent", "reporter", "photographer", "cameraman", "preacher", "pastor", "missionary", "nun", "bishop", "rabbi", "aide", "adviser", "advisor", "assistant", "clerk", "accountant", "niece", "grandson", "granddaughter", "grandfather", "grandmother", "fiance", "fiancee", "companion", "colleague", "representative", "neighbor", "neighbour", "friend", "landlord", "proprietor", "mechanic", "technician", "scientist", "lecturer", "instructor", "envoy", "ambassador", "consul", "attache", "delegate", "lawmaker", "legislator", "senator", "parliamentarian", "magistrate", "prosecutor", "attorney", "ombudsman", "scholar", "writer", "author", "singer", "artist", "actor", "athlete", "coach", "medic", "paramedic", "chauffeur", "servant", "maid", "housekeeper", "caretaker", "watchman", "gatekeeper", "doorman", "shepherd", "herder", "fisherman", "farmhand", "labourer", "laborer", "tailor", "barber", "baker", "butcher", "cook", "student", "trader", "dealer", "broker", "banker", "industrialist", "businessman", "entrepreneur", "landowner", "activist", "organizer", "organiser", "campaigner", "unionist", "dissident", "opponent", "critic", "defector", "informant", "agent", "operative", "officer", "official", "functionary", "bureaucrat", "employee", "worker", "veteran", "recruit", "conscript", "trainee", "volunteer", "pilgrim", "tourist", "visitor", "resident", "villager", "settler", "inhabitant", "native", "citizen", "national", "expatriate", "foreigner", "immigrant", "refugee", "passenger", "driver", "pilot", "motorist", "cyclist", "pedestrian", "bystander", "passerby", "customer", "shopkeeper", "vendor", "merchant", "teacher", "headmaster", "doctor", "nurse", "engineer", "contractor", "translator", "interpreter", "journalist", "priest", "imam", "cleric", "mullah", "monk", "sheikh", "mayor", "governor", "minister", "judge", "lawyer", "politician", "candidate", "councilman", "councillor", "councilor", "leader", "commander", "chief", "chieftain", "elder", "headman", "bodyguard", "guard", "escort", "policeman", "policewoman", "soldier", "man", "woman", "boy", "girl", "child", "baby", "infant", "teenager", "youth", "person", "civilian", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "cousin", "uncle", "aunt", "relative", "victim", "member"]
)
# Last words that make a capitalised run an organisation or a place, not a person.
_ORG_WORDS = frozenset(
    ["department", "ministry", "party", "university", "company", "council", "office", "army", "brigade", "brigades", "front", "committee", "organization", "organisation", "bank", "corporation", "school", "college", "institute", "association", "union", "movement", "directorate", "division", "service", "services", "agency", "hospital", "station", "police", "forces", "force", "authority", "commission", "court", "assembly", "parliament", "province", "district", "embassy", "consulate", "mosque", "church", "group", "center", "centre", "project", "program", "programme", "foundation", "radio", "television", "tv", "news", "times", "network", "channel", "post", "tribunal", "government", "administration", "republic", "state", "states", "city", "town", "village", "camp", "region", "area", "street", "road", "market", "square", "hotel", "airport", "base", "industries", "list", "alliance", "coalition", "bureau", "team", "club", "society", "federation", "guard", "militia", "battalion", "regiment", "unit", "command", "cabinet", "board", "academy", "zone", "territory", "territories", "jihad", "taliban", "qaeda", "hamas", "hezbollah", "farc", "eln", "auc", "ira", "eta", "ltte"]
)
_NOT_NAMES = frozenset(
    ["in", "on", "at", "near", "from", "to", "by", "of", "for", "with", "after", "before", "during", "when", "while", "as", "and", "or", "but", "if", "since", "although", "though", "according", "following", "the", "a", "an", "he", "she", "it", "they", "we", "his", "her", "their", "this", "that", "these", "those", "there", "police", "gunmen", "militants", "insurgents", "terrorists", "rebels", "attackers", "assailants", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "tonight", "one", "two", "all", "both", "several", "many", "some", "no", "none", "nobody", "anyone", "everyone"]
)
# Before a name, words that make it no title: "in Tarvo Heights", "the Iraqi Army".
_NOT_TITLE_START = re.compile(
    r"(?:a|an|the|his|her|their|its|in|at|on|near|from|to|into|outside|inside|by|of|for|with|during|after|before)\b",
    re.IGNORECASE,
)
# What only tells where a person is from: "a companion, a Tarvo citizen".
_NATIONALITY = re.compile(r"(?:a|an)\s+[A-Z][\w-]*\s+(?:citizen|national|resident|native)", re.IGNORECASE)
# Heads that name no person, whatever their determiner: "a targeted attack", "a parked car".
_NOT_PEOPLE_HEADS = frozenset(["attack", "bomb", "blast", "explosion", "car", "vehicle", "truck", "bus", "house", "building", "shop", "office", "station", "checkpoint", "convoy", "device", "grenade", "rocket", "mine", "ambush"])
_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their", "its"])
_KIN = frozenset(["spouse", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law", "stepson", "stepdaughter", "grandchild", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "child", "fiance", "fiancee", "bodyguard", "driver", "guard", "aide", "escort"])
_TITLE_WORDS = frozenset(["army", "police", "colonel", "col", "gen", "lt", "capt", "maj", "sgt", "dr", "mr", "mrs", "ms", "vice", "deputy", "chief", "senior", "former", "acting", "lieutenant-colonel", "major-general"])
_PARTICLES = frozenset(["al", "el", "bin", "ibn", "bint", "de", "da", "del", "la", "van", "von", "abu", "abd", "abdul", "ul", "ud", "ben", "y", "dos", "das", "di", "le"])
_VAGUE = re.compile(
    r"\b(?:people|persons|several|many|dozens|scores|hundreds|some|group|groups|members|others|family|families|number|"
    r"crowd|unit|patrol|convoy|team|residents|civilians|villagers|everyone|anyone|those|these|all)\b",
    re.IGNORECASE,
)
# Asides between parentheses or dashes: "(two men and an infant)", "-- a mother and her daughter --".
_ASIDE = re.compile(r"\([^()]*\)|\s(?:--|—|-)\s[^-—]{1,80}?\s?(?:--|—|-)(?=\s|$)")
_NOT_PEOPLE_NUMBER = re.compile(rf"(?:{NUMBER}|\d+)(?:\s+|-)(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|times|shots|rounds|bombs|cars|vehicles|houses|buildings|chickens|cows|sheep|goats|cattle|animals|horses|camels|dogs|km|kilomet(?:er|re)s?|miles?|meters?|metres?)\b", re.IGNORECASE)
_NUMBERED = re.compile(rf"^(?:(?:his|her|their|the|all|another|at\s+least|some)\s+)*(?:{NUMBER}|\d+)\b(?!-)", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+", re.IGNORECASE)
_AGE = re.compile(r"\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\s+|\b(?:aged\s+)?\d{1,3}\b(?=\s*(?:,|$))|\([^()]*\)\s*")
# Where a noun phrase's head ends: "a teacher from Tarvo", "a couple living in Ulmen".
_HEAD_END = re.compile(
    r"\s+(?:(?:of|from|for|with|who|whom|whose|at|in|on|near)\s|(?:living|working|traveling|travelling|riding|driving|walking|"
    r"waiting|staying|sitting|standing|returning|heading)\b).*$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass
class People:
    """What a phrase names: ``count`` people without a number, and the spans (in the
    phrase) of its numbered parts ("his two sons"), each a list member of its own."""

    count: int = 0
    numbered: list[tuple[int, int]] = field(default_factory=list)


def _is_name(words: list[str]) -> bool:
    """"Omar al-Tarvi", "Dr. Piet van Varga": capitalised words, name particles between."""
    if not words or (words[0].lower() in _NOT_NAMES and not (len(words) > 1 and re.fullmatch(r"[A-Z]\.?", words[0]))):
        return False  # "A. Varga" (an initial) is a name, "A Briton" is not
    if len(words) == 1 and words[0].lower() in PERSON_NOUNS:
        return False  # "Guards traveling in a second car": a noun at the head of a sentence
    for word in words:
        bare = re.sub(r"^(?:al|el|ad|as|an|ash|ar|at|az)-", "", word.strip(".,'’"))
        if word.lower() in _PARTICLES or not bare:
            continue
        if not bare[:1].isupper() or bare.lower() in _NOT_NAMES:
            return False
    return words[-1].lower().strip(".,") not in _ORG_WORDS


def _plural(noun: str) -> bool:
    return noun.endswith(("s", "men")) or noun in ("people", "police", "personnel", "staff", "crew", "children")


def _person_word(head: str) -> bool:
    """Is the word one for people ("teenager", "policemen", "Briton", "director")?"""
    return (
        head in PERSON_NOUNS or head in TITLE_NOUNS or head.rstrip("s") in TITLE_NOUNS
        or head in DEMONYM_PLURALS or head.capitalize() in DEMONYM_SINGULARS
    )  # fmt: skip


def _personal(piece: str) -> bool:
    """Does the piece end in a word for a person ("an Israeli teenager", "his wife")?"""
    head = re.sub(r"['’]s$", "", _HEAD_END.sub("", piece).split()[-1].lower().strip(".,'’")) if piece.split() else ""
    return _person_word(head) or head in _KIN or head in ("couple", "him", "her", "both")


def ends_in_person(phrase: str) -> bool:
    """Does the phrase end in a word for people ("his bodyguard", "their two sons")?"""
    return _personal(phrase.strip(" ,"))


def _plural_people(piece: str) -> bool:
    """Does the piece tell people by a plural noun ("Tarvo councilmen", "the journalists")?"""
    words = piece.split()
    if not words or len(words) > 4 or words[0].lower() in ("a", "an", "one", "another", "his", "her", "their"):
        return False
    head = words[-1].lower().strip(".,'’")
    return _person_word(head) and _plural(head)


def _kind(piece: str) -> tuple[str, int]:
    """One piece of a list and the people it names: "name", "person", "pronoun" (one or
    two), "numbered" (counted with its number), "org" (the rest of a name cut at "and"),
    "desc" (a description, no one by itself) or "bad" (vague: the phrase is uncounted)."""
    piece = piece.strip(" ,")
    if not piece:
        return "bad", 0
    if _NUMBERED.match(piece):
        return "numbered", 0
    lowered = piece.lower()
    if lowered in ("him", "her", "himself", "herself"):
        return "pronoun", 1
    if re.fullmatch(r"(?:his|her|their|the)\s+parents(?:-in-law)?|(?:his|her|their)\s+(?:two\s+)?grandparents", lowered):
        return "person", 2
    if lowered in ("both", "both men", "both women", "both of them"):
        return "person", 2
    if lowered in _DETERMINERS:
        return "bad", 0
    if lowered in _KIN:
        return "person", 1  # "his brother and cousin"
    words = piece.split()
    if _is_name(words) and len(words) <= 6:
        if all(w.lower().strip(".,") in TITLE_NOUNS or w.lower().strip(".,") in _TITLE_WORDS for w in words) or (
            len(words) > 1 and words[-1].lower().strip(".,") in TITLE_NOUNS
        ):
            return "desc", 0  # "Army Lieutenant Colonel", "Administrative Affairs Director": a title
        return "name", 1
    if words[0][:1].isupper() and words[-1].strip(".,")[:1].isupper() and words[-1].lower().strip(".,") in _ORG_WORDS and not _personal(_HEAD_END.sub("", piece)):
        return "org", 0
    head_part = _HEAD_END.sub("", piece)
    head_words = head_part.split()
    if head_part != piece and _is_name(head_words) and len(head_words) <= 5:
        return "name", 1  # "Piet Varga of the traffic police"
    # "traffic police Colonel Piet Varga", "former party member Anton Brel"
    tail_name = next((n for n in range(len(head_words) - 2, 0, -1) if _is_name(head_words[n:])), None)
    if tail_name is not None and tail_name <= 5 and not _NOT_TITLE_START.match(head_part):
        return "name", 1
    if _VAGUE.search(head_part):
        return "bad", 0
    if not head_words or len(head_words) > 7:
        return "desc", 0
    first, head = head_words[0].lower(), head_words[-1].lower().strip(".,'’")
    head = re.sub(r"['’]s$", "", head)
    if head in ("body", "bodies", "corpse", "corpses", "remains"):
        return "bad", 0  # "their bodies were found": told by the finder of bodies
    if head == "couple":
        return "person", 2
    if head in ("province", "district", "city", "village", "town", "region", "area", "governorate", "county", "state"):
        return "org", 0  # "the chief of Tarvo district, Ulmen province, Piet Varga": where, not who
    personal = _person_word(head)
    if first in ("his", "her", "their") and any(w.lower().strip(".,") in _KIN for w in head_words[1:3]):
        return "person", 1  # "his younger brother Anton Brel"
    if head in _NOT_PEOPLE_HEADS:
        return "desc", 0  # "a targeted attack on two clerks": what was done, not to whom
    if first in ("a", "an", "one", "another", "his", "her", "their") and (personal or len(head_words) <= 4):
        return "person", 1
    if personal and not _plural(head) and len(head_words) <= 5 and all(w[:1].isupper() for w in head_words[:-1]):
        return "person", 1  # "U.S. Army sergeant", "Iraqi policeman"
    if personal and not _plural(head) and len(head_words) <= 4 and head_words[0][:1].isupper() and head_words[0].lower() not in _NOT_NAMES:
        return "person", 1  # "Iraqi police officer", "Baghdad traffic policeman"
    if first in ("the", "former", "local", "its") and (personal or (len(head_words) <= 3 and head.endswith(("er", "or", "ar", "ist", "man", "woman", "ant", "ent")))):
        return "person", 1  # "the beggar", "the owner"
    if first in ("a", "an", "the", "his", "her", "their", "its") or piece[:1].islower():
        return "desc", 0
    return "bad", 0


def people_in(
    phrase: str, counted: list[tuple[int, int]] | None = None, *, strict: bool = False, singular: bool = False
) -> People:
    """The people a phrase lists, apposition read as one: see the module docstring.

    ``counted`` are spans of the phrase already counted (with a number, or "a guard" read
    by the numbered finder): the pieces over them are list members counted elsewhere.
    ``strict`` (for subjects, which may carry a clause before them): every piece must be a
    name or a person noun. ``singular`` (the verb says one: "was killed"): a bare noun after
    "and" goes on describing the same person ("a businessman and pilot").
    """
    # Parentheses say more about who was told ("(two men and an infant)"): blanked, same length.
    phrase = _ASIDE.sub(lambda m: " " * len(m.group()), phrase) if "(" in phrase or "-" in phrase else phrase
    # "a husband and wife": two, one word each
    phrase = re.sub(r"\bhusband\s+and\s+wife\b", lambda m: "couple".ljust(len(m.group())), phrase, flags=re.IGNORECASE)
    both = re.match(r"both\s+(?=[^,]+\b(?:and|as\s+well\s+as)\s)", phrase, re.IGNORECASE)
    if both:  # "both him and his wife": the list, same length
        phrase = " " * both.end() + phrase[both.end() :]
    found = People()
    pieces: list[tuple[int, int, str]] = []  # start, end, separator before ("", ",", ",and", "and")
    position, separator = 0, ""
    for match in _SEPARATOR.finditer(phrase):
        pieces.append((position, match.start(), separator))
        joint = match.group().strip()
        position, separator = match.end(), ("," if joint == "," else ",and" if joint.startswith(",") else "and")
    pieces.append((position, len(phrase), separator))
    last = ""  # what the last piece introduced: "name", "person", "numbered", or a pending "desc"
    named = False  # the last person piece ends in a name
    pending = False  # a description not yet counted: "the head of the office, Piet Varga"
    describing = False  # inside a description of the last person: "Ali, a cleric and a member of …"
    enumerating = False  # naming the people a number told
    naming = False  # naming the people a plural noun told: "the councilmen, Piet Varga and Anton Brel"
    kin_before = False  # the last person piece ends in a word of kin or service ("his son", "the driver")
    couple_names = 0  # names still to come that only name the couple just told
    for start, end, sep in pieces:
        raw = _AGE.sub("", phrase[start:end]).strip()
        if not raw and phrase[start:end].strip():
            continue  # an age between commas: "the clerk, aged 53, and his driver"
        kind, people = _kind(raw)
        if counted and any(lo < end and start < hi for lo, hi in counted):
            kind, people = "numbered", 0
        elif kind == "numbered" and _NOT_PEOPLE_NUMBER.match(raw):
            continue  # "Two days before elections": no people
        elif strict and kind == "person" and not (_personal(raw) or any(
            re.search(r"(?:er|or|ist|ian|ant|ent|man|woman|ee)$", (words or [""])[-1].lower()) for words in (raw.split(), _HEAD_END.sub("", raw).split())
        )):  # fmt: skip
            return People()
        determiner = raw.split()[0].lower() if raw else ""
        if kind == "org":
            continue  # the rest of a name cut at its own "and": "… Statistics and IT Department"
        if kind == "numbered":
            if sep == "," and last == "name":
                describing = True  # "Piet Varga, one of the candidates", "X and Y, two delegates"
                continue
            found.numbered.append((start, end))
            # "a local leader" read by the numbered finder is one person all the same
            last = "person" if determiner in ("a", "an", "one") else "numbered"
            pending, describing, enumerating = False, False, False
            continue
        if start == 0 and kind in ("bad", "desc") and _plural_people(raw):
            last, naming = "plural", True  # "Tarvo councilmen, Piet Varga and Anton Brel": counted by name
            continue
        if naming and kind != "name":
            return People()  # "councilmen and others": how many is not told
        naming = False
        if kind == "name" and couple_names:
            couple_names -= 1  # "an Israeli couple, Piet Varga and Eva Brel": the two, named
            continue
        if kind == "name" and (enumerating or (sep == "," and last == "numbered")):
            enumerating = True  # "Two sisters, Eva and Lena Varga": the two, named
            continue
        enumerating = False
        if kind == "name":
            if sep == "," and last in ("person", "desc") and (pending or last == "person") and not describing:
                if pending:
                    found.count += 1  # the description before it was this person's
                last, pending, describing = "name", False, True
                continue
            found.count += people
            last, pending, describing = "name", False, False
            continue
        if kind == "pronoun":
            found.count += people
            last, pending, describing = "pronoun", False, False
            continue
        appositive = sep == "," and determiner not in ("his", "her", "their") and (
            last == "name" or (last == "person" and (named or determiner not in _DETERMINERS or _NATIONALITY.fullmatch(raw) is not None))
        )  # "a French citizen, manager of a bakery, and his wife": the manager is the citizen
        bare = singular and last in ("person", "numbered") and determiner not in _DETERMINERS and determiner not in _KIN
        continuing = sep == "and" and (describing or (bare and determiner != "the")) and determiner not in ("his", "her", "their")
        if kind == "person":
            kin_list = kin_before and raw.lower() in _KIN  # "the son, cousin, and driver": three people
            kin_before = _HEAD_END.sub("", raw).split()[-1].lower() in _KIN
            if (appositive or continuing) and not kin_list:
                describing = True
                continue
            found.count += people
            last, pending, describing = "person", False, False
            couple_names = 2 if people == 2 else 0
            # "the sister of Anton Brel, the former mayor": what follows tells of the name
            named = bool(re.search(r"\bof\s+(?:[A-Z][\w’'-]+\s*){1,4}$", raw))
            continue
        if kind == "desc":
            if appositive or sep == "and":
                describing = describing or appositive
                continue  # "Ali, director of …", "a police official and director of …"
            last, pending, describing = "desc", True, False
            continue
        # a vague or group word: unsure, unless it only describes the person before it
        if not (sep == "," and (last == "name" or describing)):
            return People()
    if (pending or last == "plural") and not found.count and not found.numbered:
        return People()
    return found
