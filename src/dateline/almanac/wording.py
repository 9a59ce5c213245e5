"""The series' voice: ledes, headlines and place phrases built from an incident."""

from __future__ import annotations

from dateline.model import Incident, PartialDate

# Country names that read with "the" in running text ("in the United States").
_NEEDS_ARTICLE = (
    "United ", "Netherlands", "Philippines", "Democratic Republic", "Central African",
    "Gambia", "Czech Republic", "Dominican Republic", "Soviet Union", "Republic of",
    "Bahamas", "Maldives", "Comoros", "Marshall Islands", "Solomon Islands", "Vatican",
    "Palestinian Territories", "West Bank", "Gaza Strip",
)  # fmt: skip

# Common nouns that open titles ("Assassination of …"): lower-cased inside a sentence.
_COMMON_OPENERS = frozenset(
    "assassination attack attacks attempted bombing bombings hijacking hijack kidnapping "
    "kidnappings massacre murder murders killing killings shooting shootings siege seizure "
    "explosion explosions raid hostage car truck suicide storming capture abduction "
    "ambush arson firebombing stabbing poisoning rocket mortar occupation takeover "
    "execution uprising riot riots gas sarin nerve mail letter parcel armed unarmed facility "
    "infrastructure hostage-taking barricade".split()
)

KIND_HEADLINE = {
    "hostage_barricade": "Hostage Taking",
    "hostage_kidnapping": "Kidnapping",
    "bombing": "Bombing",
    "assassination": "Assassination",
    "hijacking": "Hijacking",
    "armed_assault": "Armed Attack",
    "facility_attack": "Attack",
    "unarmed_assault": "Attack",
    "unknown": "Attack",
}


def country_phrase(name: str | None) -> str:
    """``Peru`` → ``Peru``; ``United States`` → ``the United States``."""
    if not name:
        return ""
    if name.startswith(_NEEDS_ARTICLE) or name.endswith(("Islands", "Emirates")):
        return f"the {name}"
    return name


def title_phrase(title: str) -> str:
    """A title as a noun phrase inside a sentence: ``Munich massacre`` → ``the Munich massacre``."""
    words = title.split()
    if not words:
        return title
    first = words[0]
    if first.lower() in ("the", "a", "an"):
        return " ".join([first.lower(), *words[1:]])
    if first.lower() in _COMMON_OPENERS:
        return " ".join(["the", first.lower(), *words[1:]])
    return f"the {title}"


def place_phrase(incident: Incident) -> str:
    """``in Lima, Peru``; the city is dropped when the title already names it."""
    country = incident.country_name
    city = incident.city
    if city and city.lower() not in incident.title.lower():
        return f"in {city}, {country}" if country and country != city else f"in {city}"
    if country and country.lower() not in incident.title.lower():
        return f"in {country_phrase(country)}"
    return ""


def _casualties(incident: Incident, past: bool = False) -> str:
    """``killing 30 people and injuring 100`` (or ``killed …`` with ``past``)."""
    kill, hurt = ("killed", "injured") if past else ("killing", "injuring")
    parts = []
    if incident.killed:
        parts.append(f"{kill} {_people(incident.killed)}")
    if incident.injured:
        parts.append(f"{hurt} {incident.injured:,}")
    return " and ".join(parts)


def _people(count: int) -> str:
    return "one person" if count == 1 else f"{count:,} people"


def lede(incident: Incident, anniversary: str) -> str:
    """One line in the series' voice, for the start or end anniversary of the incident.

    The end anniversary of a multi-day incident speaks of its ending, as the seed post does
    ("On this day in 1997, the 126-day siege … ended").
    """
    date: PartialDate = incident.end if anniversary == "end" and incident.end else incident.start
    subject = title_phrase(incident.title)
    where = place_phrase(incident)
    # "in Lima, Peru, ended": an appositive country is closed by a comma before the verb.
    where = f" {where}," if ", " in where else (f" {where}" if where else "")
    days = incident.duration_days
    if anniversary == "end" and incident.end is not None:
        if days and subject.startswith("the "):
            subject = f"the {days}-day {subject[4:]}"
        sentence = f"{subject}{where} ended"
        if incident.killed:
            sentence += f", leaving {_people(incident.killed)} dead"
    elif incident.end is not None and days and days > 1:
        sentence = f"{subject}{where} began; it lasted {days} days"
        outcome = _casualties(incident)
        sentence += f", {outcome}" if outcome else ""
    else:
        # "the assassination of X … killed one person" says nothing the title does not.
        lone_victim = incident.killed == 1 and "assassination" in incident.kinds
        outcome = "" if lone_victim else _casualties(incident, past=True)
        sentence = f"{subject}{where} {outcome}" if outcome else f"{subject}{where} took place"
    return f"On this day in {date.year}, {sentence}."


def headline(incident: Incident, anniversary: str) -> str:
    """``April 22, 1997 | Hostage Taking in Peru``: the series' headline for a post."""
    date = incident.end if anniversary == "end" and incident.end else incident.start
    kind = KIND_HEADLINE.get(incident.kinds[0] if incident.kinds else "unknown", "Attack")
    country = country_phrase(incident.country_name)
    topic = f"{kind} in {country}" if country else kind
    return f"{date.human()} | {topic}"


def dateline_phrase(incident: Incident) -> str:
    """``LIMA, PERU —``: the dateline that opens the narrative."""
    parts = [p for p in (incident.city, incident.country_name) if p]
    return (", ".join(parts).upper() + " —") if parts else ""
