"""People: names after a title ("President Fujimori", "Dr. Jose Amiro Gnecco") and runs of
two to four capitalised words that nothing else claimed and that read as a name.

No model: a first version by rules. Spans already taken by places, groups and dates are
never people.
"""

from __future__ import annotations

import re

from dateline.text.registry import register_factory
from dateline.text.types import Analysis, Mention, PersonValue

COMPONENT = "dateline.people.v1"

TITLES = (
    "President", "Vice President", "Prime Minister", "Minister", "Foreign Minister",
    "Defense Minister", "Interior Minister", "General", "Gen.", "Colonel", "Col.",
    "Lieutenant", "Lt.", "Captain", "Capt.", "Major", "Maj.", "Sergeant", "Sgt.",
    "Commander", "Admiral", "Ambassador", "Senator", "Sen.", "Governor", "Gov.", "Mayor",
    "Judge", "Justice", "Dr.", "Doctor", "Professor", "Prof.", "Mr.", "Mrs.", "Ms.", "Miss",
    "Sheikh", "Shaykh", "Imam", "Ayatollah", "Father", "Bishop", "Archbishop", "Pope",
    "King", "Queen", "Prince", "Princess", "Emperor", "Chancellor", "Premier", "Chairman",
    "Consul", "Deputy", "Councillor", "Councilor", "Congressman", "Congresswoman",
)  # fmt: skip
_TITLE = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
_NAME_WORD = r"(?:[A-Z][a-z’'-]+|[A-Z]\.|(?:al|el|bin|ibn|de|da|van|von|del|la|abu|Abu|Abdul)(?:-|\s+)(?=[A-Z]))"
_TITLED = re.compile(rf"\b(?P<title>{_TITLE})\s+(?P<name>{_NAME_WORD}(?:\s*{_NAME_WORD}){{0,4}})")
_PLAIN = re.compile(rf"(?<![\w.])(?P<name>[A-Z][a-z’'-]+(?:\s+{_NAME_WORD}){{1,3}})")
# Words that make a capitalised run something other than a person's name.
_NOT_NAME = frozenset(
    ["The", "A", "An", "This", "That", "In", "On", "At", "For", "From", "With", "After", "Before", "During", "When", "While", "But", "And", "Or", "If", "As", "By", "To", "Of", "It", "He", "She", "They", "We", "His", "Her", "Their", "Its", "Our", "Police", "Army", "Embassy", "Ministry", "Government", "Party", "Front", "Movement", "Brigade", "Brigades", "Forces", "Organization", "Group", "Council", "University", "Hospital", "Airport", "Airlines", "Airways", "Hotel", "Bank", "Church", "Mosque", "School", "Street", "Road", "Station", "Square", "Company", "Corporation", "International", "National", "Revolutionary", "Liberation", "Islamic", "Muslim", "Christian", "Jewish", "Catholic", "Republic", "Republican", "Democratic", "People's", "United", "States", "Kingdom", "Union", "Nations", "Convention", "Day", "Revolution", "Army's", "Gulf", "Sea", "River", "Valley", "Province", "District", "Region", "City", "Town", "Village", "Camp", "Court", "Prison", "Office", "Center", "Centre", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "North", "South", "East", "West", "New", "Northern", "Southern", "Eastern", "Western", "Central", "Red", "Holy", "Security", "Special", "Secret", "Federal", "State", "Department", "Agency", "Service", "Services", "Committee", "Association", "Institute", "Academy", "Museum", "Marxist", "Leninist", "Maoist", "Communist", "Socialist", "Authority", "Authorities", "Command", "Unit", "Units", "Ltd", "Inc", "Consulting", "Group", "Holdings", "Partners", "Leave", "Reply", "Being", "Coming", "Everyone", "Nevertheless", "One", "Two", "Three", "Diplomats", "Argo"]
)


class PersonFinder:
    """``dateline.people.v1``: person mentions, with the title written before the name."""

    name = COMPONENT
    assigns = ("mentions[kind=person]",)

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.document.text
        taken = bytearray(len(text))
        for mention in analysis.mentions:
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        for match in _TITLED.finditer(text):
            start, end = match.span("name")
            name = match.group("name").strip()
            words = name.split()
            while words and words[-1] in _NOT_NAME:
                words.pop()
            if not words or any(taken[start:end]) or words[0] in _NOT_NAME:
                continue
            name = " ".join(words)
            end = start + len(name)
            self._add(analysis, text, match.start("title"), end, name, match.group("title"), taken)
        headline = analysis.document.headline_span
        for match in _PLAIN.finditer(text):
            if headline is not None and headline[0] <= match.start() < headline[1]:
                continue  # headlines are title-cased: every word looks like a name
            start, end = match.span("name")
            words = match.group("name").split()
            if any(taken[start:end]) or any(w.strip(".,") in _NOT_NAME for w in words):
                continue
            if any(w.isupper() and len(w) > 1 for w in words):
                continue
            self._add(analysis, text, start, end, match.group("name"), None, taken)
        return analysis

    def _add(self, analysis: Analysis, text: str, start: int, end: int, name: str,
             title: str | None, taken: bytearray) -> None:  # fmt: skip
        taken[start:end] = b"\x01" * (end - start)
        analysis.mentions.append(
            Mention("person", start, end, text[start:end], COMPONENT,
                    person=PersonValue(name=name, title=title))
        )


def make_people() -> PersonFinder:
    return PersonFinder()


def register() -> None:
    register_factory(COMPONENT, make_people, assigns=PersonFinder.assigns)
