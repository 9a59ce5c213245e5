"""Numbers as articles write them: digits, number words, and vague quantities.

``NUMBER`` is a regular expression for one number ("14", "1,200", "twenty-one",
"one hundred and fifty five", "a dozen"); :func:`parse_number` reads what it matched.
Vague words ("dozens", "hundreds") map to their low end in ``VAGUE``.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
SPECIAL: dict[str, int] = {"dozen": 12, "couple": 2, "pair": 2, "both": 2}

# Vague quantities: the figure is the lower end of what the word means.
VAGUE: dict[str, int] = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "several": 3,
    "many": 10, "numerous": 10, "tens": 20, "a few": 2, "few": 2, "some": 2,
}  # fmt: skip

_UNIT_WORDS = "|".join(sorted((w for w in UNITS if w not in ("a", "an", "no")), key=len, reverse=True))
_TEN_WORDS = "|".join(TENS)
_SMALL = rf"(?:(?:{_TEN_WORDS})(?:[-\s](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
_WORD_NUMBER = (
    rf"(?:{_SMALL}|a|one)\s+hundred(?:\s+(?:and\s+)?{_SMALL})?"
    rf"|(?:{_SMALL}|a|one)\s+thousand(?:\s+(?:and\s+)?{_SMALL})?"
    rf"|{_SMALL}"
)
# ASCII digits only: "١٢٣" in a quoted name is no count, and \d would try every such run.
DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,6}(?![0-9,][0-9])"
# One number, digits or words, case-insensitive; "a dozen" counts.
NUMBER = rf"(?:{DIGITS}|(?:a\s+)?dozen|(?:{_WORD_NUMBER}))"
def parse_number(text: str) -> int | None:
    """``"twenty-one"`` → 21, ``"1,200"`` → 1200, ``"a dozen"`` → 12, else None.

    >>> parse_number("one hundred and fifty five"), parse_number("Seventy")
    (155, 70)
    """
    raw = text.strip().lower()
    if not raw:
        return None
    digits = raw.replace(",", "")
    if digits.isdigit():
        return int(digits)
    words = [w for w in re.split(r"[\s-]+", raw) if w and w != "and"]
    total = current = 0
    seen = False
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SPECIAL:
            current = max(current, 1) * SPECIAL[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


