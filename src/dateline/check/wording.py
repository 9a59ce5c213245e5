"""Cues in the wording around a claim: tense, background, phases of a hostage taking.

The analysis says *what* a mention is; these say *how the text tells it* — "will be
released in 2030" is not a past event, "formed in 1983" is not an attack, "seized" counts
hostages taken while "held for 444 days" counts those held to the end. They are small
word lists on purpose: each is checked against false alarms in tests/check.
"""

from __future__ import annotations

import re

# Words that make a date a plan, a forecast, a hypothesis or a deadline rather than a
# past event ("will be released in 2030", "by 2050", "the 2030 Agenda").
FUTURE = re.compile(
    r"\b(?:will|shall|won[’']t|going\s+to|gonna|scheduled|plans?|planned|planning|expected|"
    r"expects?|due|set\s+to|intends?|intended|aims?|aiming|hopes?|hoped|forecasts?|"
    r"projected|projections?|predicts?|predicted|could|might|should|would|upcoming|next|"
    r"coming|future|deadline|target(?:ed|s)?|goal|ambitions?|vision|agenda|"
    r"is\s+to|are\s+to|to\s+be|if|unless)\b|[’']ll\b",
    re.IGNORECASE,
)
# A deadline right before the date ("by 2050", "until the end of 2030").
DEADLINE = re.compile(
    r"\b(?:by|until|till|before|through|unless|if)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$",
    re.IGNORECASE,
)

# A year used as a name or an attribute ("the 2030 Agenda", "the 2028 Olympics").
ATTRIBUTIVE_YEAR = re.compile(r"^\s*(?:[-–]\s*)?[A-Za-z]")

# Sentences that give a group's background rather than an action of it.
BACKGROUND = re.compile(
    r"\b(?:formed|founded|established|created|emerged|set\s+up|born|began\s+as|"
    r"dissolved|disbanded|defunct|dismantled|inactive|ceased|demobili[sz]ed|renounced|"
    r"laid\s+down|declared\s+an?\s+end|announced\s+an?\s+end|gave\s+up|split|merged|"
    r"renamed|rebranded|origins?|roots|history|legacy|successor|predecessor|"
    r"has\s+been|have\s+been|no\s+longer|any\s+more|anymore|today|now|since)\b",
    re.IGNORECASE,
)

# Verbs of a group doing something on a date.
ACTION = re.compile(
    r"\b(?:attacked|bombed|killed|murdered|assassinated|seized|kidnapped|abducted|hijacked|"
    r"stormed|shot|fired\s+on|detonated|launched|struck|claimed|carried\s+out|"
    r"took\s+(?:over|hostage)|massacred|ambushed|raided|blew\s+up|set\s+off|planted|"
    r"targeted|executed|captured)\b",
    re.IGNORECASE,
)
# What may stand between a group and its verb ("the MRTA, which …, bombed" is not it).
SUBORDINATE = re.compile(r"(?i)\b(?:that|which|who|whom|whose|contend|said|say|says|claim|believe)\b")

# How a hostage count is told: at the taking, or at the end.
HOSTAGES_TAKEN = re.compile(
    r"\b(?:seiz(?:ed|ing)|took|taken|taking|captur(?:ed|ing)|kidnapp(?:ed|ing)|abduct(?:ed|ing)|"
    r"rounded\s+up|initially|at\s+first|originally|began|grabbed|trapped|attending|guests)\b",
    re.IGNORECASE,
)
HOSTAGES_TO_END = re.compile(
    r"\b(?:for\s+[\w,-]+\s+(?:days|weeks|months|years)|remaining|remained|rescu(?:ed|ing)|"
    r"still\s+(?:held|inside|captive|in\s+captivity|there|being\s+held)|left\s+inside|"
    r"until\s+the\s+end|to\s+the\s+end|finally|at\s+the\s+end|all\s+was\s+said\s+and\s+done|"
    r"when\s+it\s+(?:was\s+)?(?:ended|over)|freed\s+on|released\s+on|sequestered|"
    r"held\s+(?:captive\s+)?(?:for|until|through)|throughout|entire|whole)\b",
    re.IGNORECASE,
)
HOSTAGE_WORDS = re.compile(
    r"\b(?:hostages?|held|captive|captivity|sequestered|kidnapp\w*|abduct\w*|detained|"
    r"imprisoned|seized|taken)\b",
    re.IGNORECASE,
)
# Nouns that can count the people held ("44 American citizens", "52 diplomats").
HOSTAGE_NOUNS = frozenset(
    {
        "hostage", "captive", "citizen", "american", "diplomat", "person", "people", "staff",
        "national", "passenger", "guest", "employee", "worker", "tourist", "foreigner",
        "official", "personnel", "crew", "child", "student", "civilian", "man", "woman",
    }
)  # fmt: skip

# Words around a second figure that make it a different quantity, not a contradiction:
# a later toll, a part, an addition ("the toll rose to 12", "including 3 children").
CHANGE = re.compile(
    r"\b(?:rose|risen|rising|climbed|grew|increased|eventually|later|subsequently|final|"
    r"finally|ultimately|initially|at\s+first|first|another|other|more|additional|further|"
    r"extra|including|included|among|of\s+(?:whom|them|these|those)|remaining|rest|"
    r"each|per|every|both|also|only|some|most|"
    r"nearly|almost|about|around|roughly|approximately|over|under|fewer|less|least|"
    r"since|until|before|after|previous|prior|earlier|then|by|until)\b",
    re.IGNORECASE,
)


def window(text: str, start: int, end: int, before: int, after: int) -> str:
    """The text around a span, for cue matching."""
    return text[max(0, start - before) : start] + " " + text[end : end + after]
